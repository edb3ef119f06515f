"""Shapes of session 24 (issue 10), from texts collected again on a new machine (sets A–JQ, by their labels' URLs):
work reports copied as one run of text, whose part one's heading sits between two sentences; news leads whose day or
credit stands before their purpose clause; names that are a speaker and his verb, a committee without its owner, or a
class of governments; page dates whose year a space or a line break sets apart; a government named in its term, quoted
as the text names it; plans carried whole under the lead that names their issuers; one-line copies that run a weekday or
an organ word onto a name, or a notice's signature into the sentence that passes the document on; leads after a
sentence on the day's occasion, or whose body makes full use of something; goal years behind a quotation mark and
plenums an essay recalls; headlines whose body works through many channels; titles that end in 年报 or 公报, and a
field's label run onto its value; a government website's name (某某政府在线) before a subject's verb; a place's
white paper on its rule-of-law government; a bureau's Party committee and the bureau as one subject; an organ's name
alone above a report that speaks as it; a plan that names the year it is made for in its preamble; a white paper on
another subject.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import assert_agency, document, one_line

_REPORT = (
    "摘要\n"
    "各位代表：\n"
    "现在，我代表省人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。\n"
    "{heading}\n"
    "{year}年是全省发展进程中极不平凡的一年。全省地区生产总值增长6.1%，一般公共预算收入增长4.5%。\n"
    "二、{next}年工作安排\n"
    "{next}年是实施“十四五”规划承上启下的一年。\n"
)


def test_a_work_report_run_into_one_line_reports_on_the_year_its_part_one_reviews() -> None:
    # …提出意见。一、2021年工作回顾2021年是…: the copy lost its line breaks, so the heading runs on between sentences
    text = one_line(_REPORT.format(heading="一、2021年工作回顾", year=2021, next=2022))
    doc = document(text)
    assert doc.doc_type == "government_work_report"
    assert doc.report_year == 2021


def test_a_term_review_that_names_its_last_year_reports_on_that_year() -> None:
    # 过去五年和2021年工作回顾: the heading reviews the term and the year just ended, whose figures follow
    text = one_line(_REPORT.format(heading="过去五年和2021年工作回顾", year=2021, next=2022))
    assert document(text).report_year == 2021


def test_a_term_review_with_no_year_still_reports_on_no_one_year() -> None:
    # the twin: 过去五年工作回顾 run on after the preamble names no single year of the term it reviews
    text = one_line(
        "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。过去五年工作回顾过去五年，是全市发展极不平凡的五年。"
        "全市地区生产总值年均增长6.5%。二、今后五年的目标任务\n"
    )
    assert document(text).report_year is None


def test_a_lead_whose_day_comes_before_its_purpose_names_the_body_after_them() -> None:
    # 12月4日上午，在…之际，为…，…，某镇开展…: the day, an occasion and a purpose stand before the subject
    text = (
        "12月4日上午，在第十二个国家宪法日到来之际，为深入学习宣传法治思想，大力弘扬宪法精神，"
        "青禾镇开展“12·4”国家宪法日宣传活动。\n"
        "本次活动由青禾镇工作人员和司法所共同开展，现场发放宣传资料800余份。\n"
    )
    assert_agency(text, "青禾镇", "preamble")


def test_a_lead_whose_credit_comes_before_its_purpose_names_the_body_after_them() -> None:
    # 本报讯（记者 某某）为…，…，某镇开展…: the paper's credit, then the purpose
    text = "本报讯（记者 田禾）为深入学习宣传法治思想，大力弘扬宪法精神，青禾镇开展国家宪法日宣传活动。\n"
    assert_agency(text, "青禾镇", "preamble")


def test_a_visitor_after_the_day_and_purpose_is_still_no_writer() -> None:
    # the twin: 5月13日，为…，某局局长一行来某县调研 — the visitor's body is not the text's
    text = "5月13日，为深入了解法治政府建设情况，青山市司法局局长李明一行来青禾县调研。\n青禾县司法局局长陪同调研。\n"
    assert document(text).agency != "青山市司法局"


def test_a_speaker_and_the_body_he_speaks_of_are_no_one_name() -> None:
    # 某某强调中央编办一直…: a person, his verb, then a body; never 某某强调中央编办
    text = (
        "此次调研主要采取座谈会方式进行，青禾县相关部门和青禾镇负责同志参加了座谈会。\n"
        "李明强调省委编办一直非常重视经济发达镇行政管理体制改革试点工作，下一步将出台更多政策。\n"
    )
    assert document(text).agency != "李明强调省委编办"


def test_a_standing_committee_without_its_owner_is_no_name() -> None:
    # 政协某旗第十三届委员会召开常务委员会第九次会议: the session's committee, its owner named before the verb
    text = (
        "青禾旗2024年大事记（第四期）\n发布日期：2024-02-04 来源：档案馆\n"
        "1月22日，政协青禾旗第十三届委员会召开常务委员会第九次会议，旗政协主席主持会议并讲话。\n"
        "1月23日，旗长主持召开重点项目推进会。\n"
    )
    assert document(text).agency != "常务委员会"


def test_a_class_of_governments_is_no_body() -> None:
    # 某省市县政府依法行政工作…: the province's city and county governments, no one of them
    text = (
        "青山全省市县政府依法行政工作会议召开\n"
        "人民网青州11月6日电 6日上午，青山全省市县政府依法行政工作会议在青州召开。\n"
        "副省长李明指出，青山省市县政府依法行政工作在省委、省政府的正确领导下，取得了显著成效。\n"
    )
    assert document(text).agency != "青山省市县政府"


def test_a_standing_committee_with_its_owner_is_still_the_body() -> None:
    # the twin: 某县人大常委会组织… names its owner, and is the item's body
    text = "3月9日，青禾县人大常委会组织城南街道的30多名代表开展集中视察，县人大常委会主任李明参加。\n"
    assert document(text).agency == "青禾县人大常委会"


def test_a_page_date_whose_year_stands_on_a_line_of_its_own_dates_the_lead() -> None:
    # a district site's date block: 2022 / 10-21 / 17:32, one part a line, over a lead dated by day only
    text = (
        "青禾区召开守法普法协调小组第三次全体会议\n[ 司法 ]\n2022\n10-21\n17:32\n"
        "10月21日上午，青禾区召开守法普法协调小组第三次全体会议，部署下阶段普法工作。\n"
        "区守法普法协调小组全体成员参加会议。\n"
    )
    assert document(text).report_year == 2022


def test_a_page_date_whose_year_a_space_sets_apart_dates_the_item() -> None:
    # a wire's channel page: 2025 09/06 16:29:24 over a feature that names no year of its own
    text = (
        "青禾盟：法治文化润北疆- 某某网青山频道\n某某网 > > 正文\n2025 09/06 16:29:24\n来源：某某网\n"
        "如何在地广人稀的边境地区让法治文化落地生根，是青禾盟委政法委破解的课题。\n"
        "青禾盟推进法治文化建设，打造具有区域特色的法治文化品牌。\n"
    )
    assert document(text).report_year == 2025


def test_a_government_named_in_its_term_is_quoted_as_the_text_names_it() -> None:
    # 某县第十八届人民政府召开第一次全体会议, pasted as one line: the name read is the government's (its term dropped),
    # and its quote is the words the text has, inside the text — once a quote from before the text's start, and a
    # crash for the user
    text = one_line(
        "青禾县第十八届人民政府第一次全体会议召开\n"
        "5月26日，青禾县第十八届人民政府召开第一次全体会议，就加快推进法治政府建设进行部署。\n"
        "县长李明出席会议并讲话。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾县人民政府"
    quote = doc.evidence.agency
    assert quote is not None and 0 <= quote.start < quote.end <= len(text)
    assert quote.text == "青禾县第十八届人民政府"


_CARRIED_PLAN = (
    "近日，中共青山市委办公厅、青山市人民政府办公厅印发了《青山市推进城镇化建设实施方案》，并发出通知，"
    "要求各区县各部门结合实际认真抓好贯彻落实。\n"
    "《青山市推进城镇化建设实施方案》全文如下。\n"
    "为深入贯彻落实党中央决策部署，推进以县城为载体的城镇化建设，制定本方案。\n"
    "一、工作目标\n到2027年，县城综合承载能力明显提升。\n二、主要任务\n（一）推进产业配套设施提质增效。\n"
)


def test_a_plan_carried_whole_under_its_issue_is_its_issuers() -> None:
    # 近日，某市委办公厅、某市政府办公厅印发了《某方案》…。《某方案》全文如下: the plan is theirs, not its place's
    doc = document(_CARRIED_PLAN)
    assert doc.doc_type == "implementation_plan"
    assert_agency(_CARRIED_PLAN, "中共青山市委办公厅、青山市人民政府办公厅", "title")


def test_a_plan_carried_whole_in_traditional_script_is_its_issuers() -> None:
    # 近日，某省委辦公廳、省政府辦公廳印發《某方案》，內容如下: the same shape, its words 内容如下, in a mirror's script
    text = (
        "近日，青山省委辦公廳、省政府辦公廳印發《青山省自然災害防治能力建設行動方案》，內容如下。\n"
        "為建立高效科學的自然災害防治體系，全面提高我省自然災害防治能力，制定本方案。\n"
        "一、工作目標。到2027年，9項重點工程建設取得明顯成效。\n二、主要任務。\n"
    )
    assert document(text).agency == "青山省委办公厅、省政府办公厅"


def test_news_of_an_issue_that_does_not_carry_the_plan_names_no_issuers_as_its_writer() -> None:
    # the twin: …印发了《某方案》，并发出通知。通知指出… tells of the issue; the plan is not on the page
    text = _CARRIED_PLAN.split("\n")[0].replace("，要求各区县各部门结合实际认真抓好贯彻落实。", "。") + (
        "\n通知指出，推进城镇化建设是一项重大任务，各区县要结合实际认真抓好贯彻落实。\n"
    )
    assert document(text).agency != "中共青山市委办公厅、青山市人民政府办公厅"


def test_a_weekday_run_onto_a_name_in_a_one_line_copy_is_no_part_of_it() -> None:
    # 今天是2024年05月20日 星期一某镇召开…: a page's date row, its line break lost, before the headline's subject
    text = one_line(
        "今天是2024年05月20日 星期一\n青禾镇召开第十六届人民代表大会第七次会议\n来源：青禾镇\n"
        "5月18日，青禾镇第十六届人民代表大会第七次会议召开。\n会议听取了镇人民政府工作报告。\n"
    )
    assert "星期" not in (document(text).agency or "")


def test_an_organ_word_run_onto_a_place_in_a_one_line_copy_is_no_name() -> None:
    # 中共某市委办公室某市人民政府办公室印发…, a page pasted as one line: 办公室某市人民政府办公室 is the tail of one
    # name run onto the next, never a body
    text = one_line(
        "归档时间：2018-11-21\n当前位置：首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规\n\n"
        "中共青山市委办公室青山市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(青办发〔2017〕2号)\n\n"
        "来源:青山市政府门户网 日期:2017-01-12 17:08 字号:【\n浏览量:\n\n各县市区委、人民政府，市直各单位：\n"
        "现将《关于全面推进政务公开工作的实施意见》印发给你们，请认真贯彻落实。\n"
    )
    assert not (document(text).agency or "").startswith("办公室")


_NOTICE = (
    "青政发〔2025〕4号\n青山市人民政府 青山市中级人民法院印发\n关于完善府院联动机制的意见的通知\n"
    "各县（区）人民政府、法院，市政府各部门：\n"
    "《青山市人民政府 青山市中级人民法院关于完善府院联动机制的意见》已经市政府常务会议审议通过，现印发给你们，"
    "请认真贯彻执行。\n{signers}\n2025年4月30日\n"
    "关于完善府院联动机制的意见\n为深入推进法治政府建设，持续深化府院联动，制定本意见。\n"
)


def test_a_notice_pasted_as_one_line_is_signed_by_its_issuer() -> None:
    # …现印发给你们，请认真贯彻执行。某市人民政府 某市中级人民法院2025年4月30日…: the signature run into the sentence
    # that passes the document on, as a one-line copy has it, names the issuer the notice's own lines name
    text = _NOTICE.format(signers="青山市人民政府 青山市中级人民法院")
    assert document(text).agency == "青山市人民政府"
    assert document(one_line(text)).agency == "青山市人民政府"


def test_a_joint_signature_run_into_a_one_line_copy_names_the_government() -> None:
    # 中共某市委办公室 某市人民政府办公室2021年…: of a Party office's and a government office's, the government's
    text = one_line(_NOTICE.format(signers="中共青山市委办公室 青山市人民政府办公室"))
    assert document(text).agency == "青山市人民政府办公室"


def test_a_lead_after_a_sentence_on_the_days_occasion_names_its_body() -> None:
    # 2019年12月4日是第六个国家宪法日，…。为…，…，某镇联合某所举办了…: the first sentence names the occasion, the
    # second opens on its purpose and then names the body at work
    text = (
        "2019年12月4日是第六个国家宪法日，也将迎来第二个宪法宣传周。为深入贯彻落实会议精神，进一步弘扬宪法精神，"
        "青禾镇联合城郊派出所举办了主题宣传活动。\n活动现场设置咨询台，发放宣传资料500余份。\n"
    )
    assert_agency(text, "青禾镇", "preamble")


def test_a_lead_whose_body_makes_full_use_of_an_occasion_names_it() -> None:
    # 为…，…，借助…，某局充分利用…，开展…: after the purpose and the means, the body and what it makes use of
    text = (
        "为认真落实“谁执法谁普法”责任制，进一步提高群众的法律意识，借助一年一度的庙会，"
        "青禾县市场监督管理局充分利用庙会期间人员聚集的特点，开展普法宣传。\n现场发放宣传资料300余份。\n"
    )
    assert_agency(text, "青禾县市场监督管理局", "preamble")


def test_a_photo_caption_that_makes_full_use_of_a_corner_is_no_lead() -> None:
    # the twin: 某所充分利用…打造…。图为… under a feature's headline is a caption, not the feature's body at work
    text = (
        "以文化人 法润万家\n——青山纵深推进法治文化建设纪实\n"
        "青禾镇司法所充分利用社区图书角打造“法治书屋”，普及法律知识。图为群众在书屋阅读书籍（资料图片）。\n"
        "近年来，青山各地把法治文化建设作为法治建设的重要内容。\n"
    )
    assert document(text).agency != "青禾镇司法所"


def test_the_year_a_goal_is_set_for_is_no_report_year_whatever_quotes_it() -> None:
    # 对标 “2035年基本建成法治国家…”: the goal's year, behind a space and a quotation mark, is the target, not the news
    text = (
        "青山市人大常委会开展法治政府建设工作专题调研\n来源：青山市司法局 发布时间：2021-03-16 11:29:07\n"
        "3月11日—12日，青山市人大常委会副主任李明带队，专题调研全市法治政府建设工作。\n"
        "调研组指出，2021年是实施“十四五”规划的开局之年，全市各级政府要对标 “2035年基本建成法治国家、法治政府、"
        "法治社会”的目标，持续推进法治政府建设。\n"
    )
    assert document(text).report_year == 2021


def test_the_year_of_a_plenum_an_essay_recalls_is_no_report_year() -> None:
    # 引言 / 1978年，党的十一届三中全会开启了…: a study's introduction recalls history; it reports on no year
    text = (
        "基层政府法律顾问制度实施的困境及其出路\n——以青山省某县为例\n"
        "摘要：政府法律顾问制度是法治政府建设的有机组成，在全面推进依法治国进程中具有重要意义。\n"
        "引言\n1978年，党的十一届三中全会开启了改革开放历史新时期，法制建设随之恢复。\n"
    )
    assert document(text).report_year is None


def test_a_year_that_is_its_congress_year_is_the_texts_own() -> None:
    # the twin: 2022年是党的二十大召开之年，…: the opening tells its own year's character, which names the congress
    text = (
        "2022年是党的二十大召开之年，是“十四五”规划的关键之年，也是青禾街道抢抓新机遇、实现新发展的奋进之年。"
        "今年以来，街道党工委、办事处坚持稳中求进工作总基调，各项工作取得新成效。\n"
        "一、主要工作成效\n（一）经济发展稳中有进。全年完成固定资产投资12.6亿元。\n"
    )
    assert document(text).report_year == 2022


def test_a_headline_whose_body_works_through_many_channels_names_it() -> None:
    # 某县某司法所多渠道开展法治宣传活动: the manner of the deed (多渠道, 多途径) between the body and its verb
    text = (
        "青禾县城关司法所多渠道开展法治宣传活动\n来源：青山司法网 发布时间：2017/8/4 15:18:51\n"
        "本网讯（通讯员 周明）为进一步提高群众法治意识，城关司法所在辖区开展法治宣传活动，发放资料600余份。\n"
    )
    assert_agency(text, "青禾县城关司法所", "title")


def test_a_yearly_statistics_report_titled_as_such_reports_on_its_year() -> None:
    # 某局2020年度行政执法统计年报 over its table of contents: the title ends in 年报, its year the one reported on
    text = (
        "市商务局2020年度行政执法统计年报\n目 录\n第一部分 行政执法总体情况\n一、行政执法信息情况\n"
        "二、行政执法情况综述\n第二部分 行政执法数据统计\n"
        "一、行政执法信息情况\n2020年，市商务局共公开行政执法主体信息12条。\n"
    )
    assert document(text).report_year == 2020


def test_a_bulletin_under_a_disclosure_block_reports_on_its_year() -> None:
    # 2021年某市生态环境状况公报 under an index block: the title ends in 公报
    text = (
        "阅读辅助\n索  引：001008/2022-69044 发文机关：青山市生态环境局青禾分局\n公开形式：主动公开 成文日期：2022-06-14\n"
        "责任部门：青山市生态环境局青禾分局 责任科室：综合生态科\n所属栏目：环境保护 访 问 量 ：\n进入老年模式\n"
        "2021年青禾市生态环境状况公报\n\n  2021年，全市上下深入贯彻生态文明思想，荣获2020年度美丽青山建设优秀市，"
        "环境质量持续改善。\n"
    )
    assert document(text).report_year == 2021


def test_a_field_label_run_onto_a_name_is_no_part_of_it() -> None:
    # 公报标题市商务局2023年度…年报: the field's label, then its value; 公报标题市商务局 is no body
    text = (
        "当前位置：首页 > 政府信息公开 > 政府信息公开年报\n公报标题市商务局2023年度行政执法统计年报\n总号 期号\n"
        "一、行政执法信息情况\n2023年，市商务局共公开行政执法主体信息12条。\n"
    )
    assert "标题" not in (document(text).agency or "")


def test_a_sites_name_run_into_a_one_line_copy_is_no_subject() -> None:
    # 某某政府在线 (a government's website), pasted as one line with the report under it: 在线 is the site's name, not
    # the verb 在 after a subject; the report's own opening names its body
    text = one_line(
        "青山政府在线 青禾政府在线PC端 青禾政府在线英文版\n首页 > 政务公开 > 法治政府建设\n"
        "青山市青禾区司法局2025年法治政府建设年度报告\n发布日期：2026-01-20\n"
        "2025年，青禾区司法局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
    )
    assert document(text).agency == "青禾区司法局"


def test_a_places_white_paper_on_its_rule_of_law_government_is_its_annual_report() -> None:
    # 某区法治政府建设白皮书(2021版) over its table of contents: the district's report on its year, dated by its edition
    text = (
        "办理会员咨询热线：4000-000-000\n青禾区法治政府建设白皮书(2021版)\n所在地区：青山-青禾 发布日期：2022年8月15日\n"
        "青禾区法治政府建设白皮书\n(2021版)\n2022年8月\n目录\n前 言... 1\n一、总报告... 5\n"
        "(一)深入贯彻习近平法治思想，加强党对法治政府建设全面领导... 5\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year, doc.agency) == ("annual_report", 2021, "青禾区")


def test_news_that_a_white_paper_came_out_is_still_news() -> None:
    # the twin: 某市发布法治政府建设白皮书 tells of the paper's release
    text = (
        "青山市发布法治政府建设白皮书\n"
        "6月9日，青山市政府召开新闻发布会，发布《青山市法治政府建设状况报告(2014-2019年)》白皮书。副市长李明对报告作解读。\n"
        "白皮书全文2万余字，全面回顾了6年来青山市法治政府建设取得的成就。\n"
    )
    assert document(text).doc_type == "news"


def test_a_bureaus_party_committee_and_the_bureau_report_as_the_bureau() -> None:
    # 在区委、区政府的坚强领导下，区某局委员会、区某局坚持…: the bureau's Party committee, then the bureau that reports
    text = (
        "2025年，在区委、区政府的坚强领导下，区城市管理局委员会、区城市管理局坚持以习近平新时代中国特色社会主义思想为指导，"
        "深入学习贯彻习近平法治思想，扎实开展法治建设各项工作。现将有关情况报告如下：\n一、主要举措和成效\n"
    )
    assert_agency(text, "区城市管理局", "preamble")


def test_an_organs_name_alone_above_its_report_that_speaks_as_it_is_the_writer() -> None:
    # 某市市场监管局 / 时间:… / 2020年，我局…: the page's only title is the bureau's name, and the report speaks as 我局
    text = (
        "青禾市市场监管局\n"
        "时间：2021-03-22 17:13\n"
        "2020年，我局深入贯彻市委市政府和省市场监管局有关法治政府建设的决策部署，围绕中心、服务大局，"
        "力推法治防疫、优化营商环境，法治政府建设工作取得新成效。现将主要工作汇报如下：\n"
        "一、2020年度推进法治政府建设主要举措和成效\n"
        "（一）高效法治防疫，助推法治市监。在全国范围内率先出台《疫情防控期间市场监管领域执法指南》，"
        "发布指导案例12个。我局法治防疫系列举措被国家市场监管总局推广。\n"
        "（二）优化营商环境，服务市场主体。全面推行证照分离改革，新设市场主体增长12.5%，办理时限压缩至1个工作日。\n"
        "（三）助推立法立规。配合完成地方性法规草案2部，清理规范性文件36件，废止不合时宜的文件5件。\n"
        "（四）规范执法行为。全面落实行政执法三项制度，全年办理行政处罚案件1560件，听证案件12件。\n"
    )
    assert_agency(text, "青禾市市场监管局", "title")


def test_an_organs_name_alone_above_a_text_that_never_speaks_as_it_is_not_the_writer() -> None:
    # the twin: a first line naming a 局 over a text that never says 我局 names no writer by that line alone
    text = (
        "青禾市市场监管局\n时间：2021-03-22 17:13\n"
        "2020年，全省各地市场监管部门深入贯彻总局部署，执法规范化水平持续提升，全年办理行政处罚案件1.2万件。\n"
        "一、执法规范化建设成效\n（一）规范执法行为。全面落实行政执法三项制度。\n"
        "（二）优化营商环境，服务市场主体。全面推行证照分离改革，新设市场主体增长12.5%，办理时限压缩至1个工作日。\n"
        "（三）助推立法立规。配合完成地方性法规草案2部，清理规范性文件36件，废止不合时宜的文件5件。\n"
        "（四）强化执法监督。全年开展执法案卷评查2次，评查案卷300卷，发现问题42个。\n"
        "（五）推进普法依法治理。开展“八五”普法宣传活动120场次，发放宣传资料3万余份，受众10万人次。\n"
        "（六）强化队伍建设。举办执法人员培训班6期，培训执法人员800人次，考试合格率100%。\n"
    )
    assert document(text).agency != "青禾市市场监管局"


def test_a_plan_that_names_the_year_it_is_made_for_in_its_preamble_has_that_year() -> None:
    # 为…，结合我镇实际，制定2024年“民主法治示范村”创建活动实施方案。 over 一、指导思想: the plan's own year
    text = (
        "为深入贯彻落实《关于加强法治乡村建设的意见》，推进乡村治理体系和治理能力现代化，结合我镇实际，"
        "制定2024年“民主法治示范村”创建活动实施方案。\n一、指导思想\n以习近平法治思想为指导，深入推进法治乡村建设。\n"
        "二、工作目标\n到年底，全镇创建县级以上“民主法治示范村”3个。\n三、主要任务\n（一）健全村级组织。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("implementation_plan", 2024)


def test_a_white_paper_on_another_subject_is_no_annual_report() -> None:
    # the twin: 《某方略的实践及其成就》白皮书 carried whole (全文如下) is a paper on its subject, no body's yearly report,
    # however many rule-of-law words it holds
    text = (
        "《新时代青山治理方略的实践及其成就》白皮书\n2025-07-14\n"
        "国务院新闻办公室2023年11月10日发布《新时代青山治理方略的实践及其成就》白皮书。全文如下：\n"
        "前言\n新时代以来，青山坚持全面依法治理，法治政府建设取得历史性成就，依法行政水平全面提高。\n"
        "一、坚持依法治理，法治建设全面推进\n（一）法治政府建设深入推进。全区制定地方性法规20件。\n"
    )
    assert document(text).doc_type != "annual_report"
