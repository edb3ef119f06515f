"""Shapes of session 38 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# an open-government page: headline, then a metadata block of one short row each, a dozen of them, then the lead
_MEETING_UNDER_METADATA = (
    "周明主持召开区政府第41次常务会议,研究安全生产等工作\n"
    "信息来源:平台发布\n"
    "浏览\n"
    "• 索引号:\n"
    "• 主题分类:\n"
    "其他-\n"
    "• 公开主体:\n"
    "临江市青山区人民政府办公室\n"
    "• 发文字号:\n"
    "• 成文日期:\n"
    "• 发布日期:\n"
    "2023-03-02\n"
    "• 生效日期:\n"
    "• 失效日期:\n"
    "2月20日,区长周明主持召开区政府第41次常务会议,听取关于本区2022年安全生产工作汇报。\n"
    "会议认为,安全生产工作事关群众生命财产安全,必须抓紧抓实。\n"
    "会议还研究了其他事项。\n"
)


def test_a_lead_under_a_dozen_metadata_rows_still_dates_the_item() -> None:
    d = summarize(text=_MEETING_UNDER_METADATA).document
    assert d.doc_type == "news"
    assert d.report_year == 2022


def test_the_governments_meeting_posted_by_its_office_is_the_governments() -> None:
    # the page's 公开主体 is the government's office; the meeting it reports is the government's own
    assert summarize(text=_MEETING_UNDER_METADATA).document.agency == "区政府"


def test_an_office_posting_another_bodys_item_stays_the_poster() -> None:
    # guard: the office's own news (no government meeting in the headline or lead) keeps the office
    text = (
        "区政府办公室开展保密教育培训\n"
        "• 公开主体:\n"
        "临江市青山区人民政府办公室\n"
        "• 发布日期:\n"
        "2023-03-02\n"
        "3月1日,区政府办公室组织全体干部开展保密教育培训,进一步增强保密意识。\n"
        "全体干部参加培训。\n"
    )
    assert summarize(text=text).document.agency != "区政府"


# a government named in its term as it convenes its standing meeting, in a lead with no headline
_TERM_MEETING = (
    "4月2日,县委副书记、县长李华主持召开安宁县十七届人民政府第12次常务会议。\n"
    "会议强调,各级各部门要提高站位,切实做好统计工作,确保数据真实准确。\n"
)


def test_a_government_convening_its_meeting_in_its_term_is_that_government() -> None:
    d = summarize(text=_TERM_MEETING).document
    assert d.agency == "安宁县人民政府"
    quote = d.evidence.agency
    assert quote is not None and quote.text == "安宁县十七届人民政府"


# a visiting bureau comes to a district; the district's own bureau receives it
_HOSTED_VISIT = (
    "为进一步凝聚法治力量,更好服务区域一体化发展,3月5日上午,临江市青山区司法局党委书记王涛、局长孙立带队来到河东区"
    "调研交流司法行政协同发展工作。河东区司法局党委书记、局长赵敏及相关班子成员等陪同。\n"
    "调研组先后实地走访了河东区社区矫正中心、区公共法律服务中心,详细了解了各中心运行情况。\n"
)


def test_a_visit_received_by_the_places_own_bureau_is_that_bureaus_news() -> None:
    assert summarize(text=_HOSTED_VISIT).document.agency == "河东区司法局"


def test_a_visit_with_no_host_bureau_named_stays_the_place_visited() -> None:
    # guard: the same visit with the district's leader, not one of its organs, receiving it
    text = _HOSTED_VISIT.replace("河东区司法局党委书记、局长赵敏及相关班子成员等陪同。", "河东区副区长赵敏陪同。")
    assert summarize(text=text).document.agency == "河东区"


# photo captions in brackets run onto the lead's line, then the lead's full date and a class under way
# (a mirror's summary runs the captions and the lead's start onto one line above them)
_CAPTIONED_LEAD = (
    "(青石县公职人员受贿案庭审现场) (青石县120余名基层干部旁听受贿案公审) 2015年6月3日上午,"
    "青石县人民法院大审判庭座无虚席,一堂别开生面的警示教育课正在这里进行。来自该县各乡镇的(\n"
    "(青石县公职人员受贿案庭审现场)\n"
    "(青石县120余名基层干部旁听受贿案公审)\n"
    "2015年6月3日上午,青石县人民法院大审判庭座无虚席,一堂别开生面的警示教育课正在这里进行。"
    "来自该县各乡镇的120余名干部旁听了庭审。\n"
    "庭审持续3个多小时,旁听干部深受教育。\n"
    "(作者:王明)\n"
)


def test_a_full_date_after_bracketed_captions_dates_the_item() -> None:
    d = summarize(text=_CAPTIONED_LEAD).document
    assert d.doc_type == "news"
    assert d.report_year == 2015


# a place's profile page: its name alone on the first line, then where it lies
_PROFILE = "安宁县\n安宁县位于临江市东部平原,辖10镇、3乡,386个行政村,面积900平方公里。\n近年来坚持改革创新。\n"


def test_a_places_profile_is_the_places() -> None:
    assert summarize(text=_PROFILE).document.agency == "安宁县"


def test_a_thing_located_somewhere_is_no_place_profile() -> None:
    # guard: a park described the same way is no place
    text = "法治公园\n法治公园位于青山镇司法所旁,园内设有宣传长廊。\n群众常在此休闲。\n"
    assert summarize(text=text).document.agency is None


# a disclosure report's standard preamble naming itself year first, the government's own offices in a bracket
_OWN_OFFICES_DISCLOSURE = (
    "根据《中华人民共和国政府信息公开条例》(以下简称《条例》),特向社会公布2020年度白沙镇政府(机关)信息公开年度报告。"
    "本报告由总体情况、主动公开政府信息情况等六个部分组成。\n"
    "一、总体情况\n"
)


def test_a_disclosure_report_naming_its_body_after_the_year_is_that_bodys() -> None:
    d = summarize(text=_OWN_OFFICES_DISCLOSURE).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "白沙镇政府"
    assert d.report_year == 2020


def test_the_same_preamble_without_the_bracket_names_the_same_body() -> None:
    assert summarize(text=_OWN_OFFICES_DISCLOSURE.replace("(机关)", "")).document.agency == "白沙镇政府"


def test_the_publishing_verb_is_never_part_of_the_name() -> None:
    # 特向社会公布某镇政府2020年度…: the verb before the name stays out of it
    text = (
        "根据《中华人民共和国政府信息公开条例》,特向社会公布白沙镇政府2020年度政府信息公开年度报告。"
        "本报告由六个部分组成。\n一、总体情况\n"
    )
    assert summarize(text=text).document.agency == "白沙镇政府"


# a summary's title that drops the 年 of the year it sums up, before the next year's plans
_BARE_YEAR_SUMMARY = (
    "县水利局2023工作总结和2024年工作思路\n一、2023年主要工作\n1.聚焦河湖管护,落实河长制责任,全年巡河1200余次。\n"
)


def test_a_summary_titled_without_its_years_nian_is_of_that_year_and_body() -> None:
    d = summarize(text=_BARE_YEAR_SUMMARY).document
    assert d.report_year == 2023
    assert d.agency == "县水利局"


def test_a_plan_after_a_summary_of_no_year_gives_no_year() -> None:
    # guard: the plan's year is never the summary's
    text = _BARE_YEAR_SUMMARY.replace("县水利局2023工作总结", "县水利局年度工作总结").replace(
        "一、2023年主要工作", "一、主要工作"
    )
    assert summarize(text=text).document.report_year is None


# a bureau's own list, announced with the verb after its title, then 我局 in the next sentence
_OWN_LIST = (
    "根据有关规定和法治政府建设相关要求,经研究确定列入目录的重大行政决策事项2个,"
    "现将《青山盟林草局2023年度重大行政决策事项目录》予以公布如下:\n"
    "我局将严格落实决策法定程序,确保程序正当、过程公开、责任明确。\n"
    "2023年9月12日\n"
)


def test_a_list_announced_with_its_verb_after_the_title_is_the_bureaus() -> None:
    d = summarize(text=_OWN_LIST).document
    assert d.agency == "青山盟林草局"
    assert d.report_year == 2023


def test_a_superiors_document_announced_so_is_not_taken_for_the_bureaus() -> None:
    # guard: a bureau passing on a commission's document (委, not 局) does not become that commission
    text = _OWN_LIST.replace("青山盟林草局2023年度重大行政决策事项目录", "青山盟发展改革委2023年度重大项目清单")
    assert summarize(text=text).document.agency != "青山盟发展改革委"


# a city's head presides over its meeting; the city is named by its full name only further down
_PRESIDED = (
    "1月26日下午,市委副书记、市长王林主持召开2024年度专题述法工作会议,深入学习贯彻习近平法治思想,"
    "不断提高法治临江建设水平。\n"
    "会上,市发改委、市住建局主要负责同志进行了现场述法。\n"
    "会议充分肯定了去年以来临江市认真履行法治建设所取得的成绩。\n"
)


def test_a_meeting_its_head_presides_over_is_the_city_named_below() -> None:
    d = summarize(text=_PRESIDED).document
    assert d.agency == "临江市"
    assert d.report_year == 2024


def test_a_presided_meeting_naming_two_cities_names_neither() -> None:
    # guard: with another city named as well, which is the head's the text does not say
    text = _PRESIDED.replace("去年以来临江市认真", "去年以来临江市、青石市认真")
    assert summarize(text=text).document.agency is None


# a news column's name printed twice over its item's headline, then the page's date and the lead
_UNDER_COLUMN = (
    "工作动态\n"
    "工作动态\n"
    "学院召开依法治校示范校创建工作推进会\n"
    "发布日期:2024-11-28\n"
    "为进一步推进依法治校示范校创建工作,对2024年宪法宣传周系列活动进行部署,11月27日,学院召开了创建工作推进会,"
    "院领导出席,各部门负责人参加会议。\n"
    "会上,院长强调,要不断增强法治意识,依法履行工作职责。\n"
)


def test_a_headline_under_its_columns_name_is_the_title() -> None:
    d = summarize(text=_UNDER_COLUMN).document
    assert d.title == "学院召开依法治校示范校创建工作推进会"
    assert d.doc_type == "news"
    assert d.report_year == 2024


def test_a_column_name_is_never_the_title() -> None:
    # guard: with no headline under it, the column's name is not taken for one
    text = "工作动态\n发布日期:2024-11-28\n11月27日,学院召开了创建工作推进会,院领导出席,各部门负责人参加会议。\n"
    assert summarize(text=text).document.title is None


# a document-sharing site's terms over the file, then the file's title broken after its second year
_SHARED_SUMMARY = (
    "- 18.20 KB\n"
    "- 2022-03-15 发布\n"
    "- 1、本文档由用户上传,文库整理发布,可阅读全部内容。\n"
    "- 2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。\n"
    "- 网站客服QQ:12345678\n"
    "临江县水利局 2021 年工作总结和 2022 年\n"
    "工作重点\n"
    "今年以来,我局认真贯彻县委决策部署,扎实推进河湖治理,目前各项工作\n"
    "进展顺利。现简要汇报如下:\n"
    "一、工作进展情况\n"
)


def test_a_sharing_sites_terms_are_not_the_body_and_the_broken_title_is_joined() -> None:
    d = summarize(text=_SHARED_SUMMARY).document
    assert d.title is not None and d.title.replace(" ", "") == "临江县水利局2021年工作总结和2022年工作重点"
    assert d.agency == "临江县水利局"
    assert d.report_year == 2021


def test_a_title_ending_in_a_bracketed_year_is_whole() -> None:
    # guard: (2021年) closing a title leaves nothing dangling; the next line is the body's
    text = "临江县政府工作报告(2021年)\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
    d = summarize(text=text).document
    assert d.title == "临江县政府工作报告(2021年)"


# a newspaper's author credit: the body that wrote the piece after a hollow square, on the first line
_SQUARE_CREDIT = (
    "□临江省人大常委会法制工作委员会\n"
    "改革开放以来,临江省地方立法工作从无到有,从起步到逐渐完善,取得了显著成绩。\n"
    "回顾四十年的立法历程,经历了探索前行、发展规范和日趋成熟几个阶段。\n"
)


def test_a_body_credited_after_a_hollow_square_is_the_writer() -> None:
    assert summarize(text=_SQUARE_CREDIT).document.agency == "临江省人大常委会法制工作委员会"


# a town's report on a page whose title names no one: its opening calls the year its place's
_YEAR_OF_THE_TOWN = (
    "2023年法治政府工作报告\n"
    "发布时间:2024-02-27\n"
    "刚刚过去的2023年,是白沙镇经济社会发展取得重大突破的一年。一年来,全镇上下坚持以习近平新时代中国特色社会主义"
    "思想为指导,实现了全镇经济和社会各项事业持续健康发展。\n"
    "一、工作开展情况\n"
)


def test_a_report_whose_opening_calls_the_year_its_towns_is_the_towns() -> None:
    d = summarize(text=_YEAR_OF_THE_TOWN).document
    assert d.agency == "白沙镇"
    assert d.report_year == 2023


def test_a_year_called_the_start_of_a_plan_names_no_place() -> None:
    # guard: 2023年是…开局之年 names a plan's year, no place
    text = _YEAR_OF_THE_TOWN.replace("是白沙镇经济社会发展取得重大突破的一年", "是全面贯彻党的二十大精神的开局之年")
    assert summarize(text=text).document.agency is None


# a town's government work report titled with its delivery year, part one the year before's main work
_TOWN_WORK_REPORT = (
    "青石镇2024年度政府工作报告\n"
    "各位代表:\n"
    "现在,我代表青石镇人民政府,向大会报告工作,请予审议。\n"
    "一、2023年主要工作\n"
    "2023年以来,我们坚持以习近平新时代中国特色社会主义思想为指导,全镇经济社会稳步发展。\n"
)


def test_a_work_reports_part_one_on_the_year_before_dates_it() -> None:
    d = summarize(text=_TOWN_WORK_REPORT).document
    assert d.doc_type == "government_work_report"
    assert d.report_year == 2023


def test_a_work_report_whose_part_one_is_its_own_year_keeps_it() -> None:
    # guard: part one on the title's own year is no review of the year before
    text = _TOWN_WORK_REPORT.replace("一、2023年主要工作", "一、2024年主要工作")
    assert summarize(text=text).document.report_year == 2024


def test_a_study_groups_concentrated_session_is_the_groups() -> None:
    text = (
        "本网讯 (记者 王明)9月26日,区委书记李强主持召开区委理论学习中心组第十二次集中学习会。\n"
        "区委副书记、区长张伟,区委常委和有关区领导参加学习会。\n"
    )
    assert summarize(text=text).document.agency == "区委理论学习中心组"


def test_a_party_groups_meeting_called_hui_alone_is_its_bodys() -> None:
    text = (
        "5月5日上午,区委副书记、区长王林主持召开区政府党组(扩大)会,传达学习习近平法治思想和有关文件精神。"
        "全体在家副区长参加。\n"
        "会议强调,要坚持依法行政,不断提升政府工作水平。(区融媒体中心)\n"
    )
    assert summarize(text=text).document.agency == "区政府"


# a town's disclosure report with no title, the town named only in its contact line's office
_TOWN_CONTACT = (
    "本年度报告根据《中华人民共和国政府信息公开条例》有关要求编制,全文包括总体情况、主动公开政府信息情况等六部分内容。"
    "本报告所列数据的统计周期为2021年1月1日至2021年12月31日。如对本年度报告有疑问,"
    "请与临江市青山区白沙镇人民政府办公室联系(地址:临江市青山区白沙路1号,电话:0000-1234567)。\n"
    "一、总体情况\n"
    "2021年,我镇在区委、区政府的正确领导下,积极推进政府信息公开。\n"
)


def test_a_towns_report_named_by_its_governments_office_is_the_towns() -> None:
    d = summarize(text=_TOWN_CONTACT).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "临江市青山区白沙镇人民政府"


def test_a_countys_government_office_stays_itself() -> None:
    # guard: a county's government office reports for itself
    text = _TOWN_CONTACT.replace("青山区白沙镇人民政府办公室", "青山县人民政府办公室").replace("我镇", "我办")
    assert summarize(text=text).document.agency == "临江市青山县人民政府办公室"


def test_a_template_sites_page_of_several_samples_is_no_plan() -> None:
    text = (
        "社区法治宣传方案范例6篇\n"
        "前言:本站精心挑选了社区法治宣传方案供你参考和学习。\n"
        "社区法治宣传方案范例1\n"
        "为深入开展法治宣传,结合社区实际,制定本方案。\n一、指导思想\n二、工作目标\n三、主要任务\n四、保障措施\n"
    )
    assert summarize(text=text).document.doc_type == "other"


def test_a_plan_titled_without_a_count_stays_a_plan() -> None:
    # guard: the same plan on its own is a plan
    text = "白沙社区法治宣传实施方案\n为深入开展法治宣传,结合社区实际,制定本方案。\n一、指导思想\n二、工作目标\n三、主要任务\n"
    assert summarize(text=text).document.doc_type == "implementation_plan"


def test_a_lead_dated_to_the_hour_still_names_its_subject() -> None:
    text = (
        "5月29日上午8点,白沙镇召开第五届人民代表大会第三次会议。全镇人大代表、特邀代表出席了此次会议。\n"
        "会议审议通过了镇长所作的《政府工作报告》。\n"
    )
    assert summarize(text=text).document.agency == "白沙镇"


# an open-government page whose metadata rows hold two fields each, the issuer's after another field's value
_TWO_FIELDS_A_ROW = (
    "当前位置:首页 > 信息公开 >\n"
    "索引号:   123456789/2025-00020 发文时间:   2025-03-18\n"
    "公开方式:   主动公开 公开时限:   长期公开\n"
    "文件编号:   临综执〔2025〕3号 发布机构:   临江市综合行政执法局\n"
    "2025年临江市综合行政执法和城市管理工作要点\n"
    "2025年全市综合行政执法和城市管理工作的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导。\n"
    "一、开展执法改革验收行动\n"
)


def test_an_issuer_field_after_another_fields_value_names_the_body() -> None:
    d = summarize(text=_TWO_FIELDS_A_ROW).document
    assert d.agency == "临江市综合行政执法局"
    assert d.report_year == 2025


def test_the_issuer_word_inside_a_sentence_is_no_field() -> None:
    # guard: 发布机构 in prose, after a space, followed by words, names no body by that alone
    text = "会议要求 发布机构 要加强审核把关,确保信息准确。\n各单位认真落实。\n"
    assert summarize(text=text).document.agency is None


# a town's congress in session as the subject of a lead with no headline, after a scene-setting phrase
_TOWN_CONGRESS = (
    "2月24日,在催人奋进的春天里,和顺乡第十八届人民代表大会第二次会议隆重召开。本次应到代表50名,实到代表47名。\n"
    "会议听取并审议了乡政府工作报告,依法选举王明为和顺乡人民政府乡长。\n"
    "大会在雄壮的国歌声中落下帷幕。\n"
)


def test_a_towns_congress_in_session_is_the_towns_news() -> None:
    assert summarize(text=_TOWN_CONGRESS).document.agency == "和顺乡"


def test_a_congress_of_a_word_that_names_no_place_stays_unnamed() -> None:
    # guard: with no government of that name in the text, a word opening as 和… is not taken for a town
    text = _TOWN_CONGRESS.replace("依法选举王明为和顺乡人民政府乡长", "依法选举了新一届领导班子")
    assert summarize(text=text).document.agency is None


def test_a_townships_report_compiled_by_its_party_and_government_office_is_the_townships() -> None:
    text = (
        "本年度报告根据《中华人民共和国政府信息公开条例》有关要求,由白沙乡人民政府党政办公室编制。"
        "本报告中统计数据期限为2021年1月1日至2021年12月31日。\n"
        "一、总体情况\n2021年,我乡不断完善政府信息公开制度。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "白沙乡人民政府"
    quote = d.evidence.agency
    assert quote is not None and quote.text == "白沙乡人民政府"


def test_an_event_organised_by_a_bureau_is_the_bureaus() -> None:
    text = (
        "近日,由市司法局组织的行政案件现场庭审旁听活动在市人民法院举行。全体行政复议员参加旁听。"
        "此举旨在进一步提高行政执法人员的法治思维和能力素养。\n"
    )
    assert summarize(text=text).document.agency == "市司法局"


def test_two_bodies_hosting_together_are_led_by_the_first() -> None:
    text = (
        "临江法制网:(王明)11月24日,临江县司法局和临江县人民法院联合举办全县行政机关负责人观摩庭审活动,"
        "副县长王明和全县行政机关负责人参加。\n本次庭审观摩活动进一步提高了依法行政意识。\n"
    )
    assert summarize(text=text).document.agency == "临江县司法局"


# a feature's headline set after a slogan and a dash on one line, then the page's date and the lead
_SUBTITLED = (
    "凝心聚力再出发 真抓实干谱新篇——临江市司法行政系统召开2024年工作会议\n"
    "发布日期: 2024-02-22 08:00\n"
    "2月20日下午,临江市司法行政系统2024年工作会议在市司法局召开。会议总结了去年工作,部署了今年任务。\n"
    "局领导班子成员、各县区司法局主要负责人参加会议。\n"
)


def test_a_headline_after_a_slogan_and_a_dash_is_the_title() -> None:
    d = summarize(text=_SUBTITLED).document
    assert d.title == "临江市司法行政系统召开2024年工作会议"
    assert d.doc_type == "news"
    assert d.report_year == 2024


def test_a_report_titles_dash_subtitle_line_stays_apart() -> None:
    # guard: a work report's own dash line (——在某会议上) under its title is no headline after a slogan
    text = (
        "临江县政府工作报告\n——2024年1月10日在临江县第十八届人民代表大会第四次会议上\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
    )
    assert summarize(text=text).document.title == "临江县政府工作报告"
