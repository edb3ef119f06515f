"""Shapes of session 44 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a mirror's copy that starts at part 一 with no title: its work is told done by what was set up, held and cut
# (建成, 举办, 取消) and by its counts, never by the words a report most often uses (印发, 召开, 全年)
_STARTS_AT_PART_ONE = (
    "一、加强统筹部署，全面推进法治政府建设\n"
    "(一)健全工作机制。制定我市贯彻落实法治政府建设实施纲要的实施意见，明确今后五年依法行政的主要任务。\n"
    "(二)提高领导干部法治意识。举办依法行政专题培训班，对各区政府和市政府各部门分管法制工作的负责人集中培训。\n"
    "(三)强化考核评价。完成对12个区和30个市级部门上年度依法行政情况的考核。\n"
    "二、依法履行政府职能\n"
    "(一)深化行政审批制度改革。取消行政审批事项41项，调整合并9项，建成网上办事大厅。\n"
)


def test_an_untitled_copy_from_part_one_that_tells_work_done_is_the_report() -> None:
    d = summarize(text=_STARTS_AT_PART_ONE).document
    assert d.doc_type == "annual_report"


# …and the same opening turned into tasks (要…, 确保年底前完成, 力争), with no count of work done, is no report
def test_an_untitled_list_of_tasks_from_part_one_is_not_a_report() -> None:
    tasks = (
        _STARTS_AT_PART_ONE.replace("制定我市", "要制定我市")
        .replace("举办依法", "要坚持举办依法")
        .replace("完成对", "确保年底前完成对")
        .replace("取消行政", "力争取消行政")
        .replace("12个区和30个", "各区和")
        .replace("41项，调整合并9项", "一批")
    )
    d = summarize(text=tasks).document
    assert d.doc_type != "annual_report"


# a county office's report under the prefecture's portal name: the office has a second name in brackets and the
# title names its Party group (某县某委办(某局)党组2025年度…报告); the portal's name above is no part of the title
_SECOND_NAME_PARTY_GROUP = (
    "青川市人民政府\n"
    "今天是: 2018年9月10日 星期一\n"
    "当前位置: 首页 > 通知公告\n"
    "松林县语委办(编译局)党组2025年度法治政府建设年度报告\n"
    "2026-01-13 17:00:00 来源:县语委办(编译局)\n"
    "2025年,松林县语委办(编译局)党组深入学习贯彻习近平法治思想,扎实推进法治政府建设。现将本年度工作情况报告如下:\n"
    "一、2025年度推进法治政府建设的主要举措和成效\n"
    "全年组织法治专题学习4次,开展执法检查6次。\n"
)


def test_a_bodys_party_group_under_a_second_name_is_the_body_not_the_portal() -> None:
    d = summarize(text=_SECOND_NAME_PARTY_GROUP).document
    assert d.doc_type == "annual_report"
    assert d.agency == "松林县语委办(编译局)"
    assert d.title == "松林县语委办(编译局)党组2025年度法治政府建设年度报告"


# a review office's yearly statistics copied without their title: the first heading names the cases handled
# (一、案件办理情况), the body counts reviews; no rule-of-law government report, whatever its law words
_CASE_STATISTICS = (
    "一、案件办理情况\n"
    "2024年新受理行政复议案件120件,同比增长35%,其中已办结案件108件,受理前协商化解案件12件。\n"
    "二、被申请人构成情况\n"
    "2024年度新受理的行政复议案件中,被申请人为县政府部门的案件100件,乡镇政府20件。\n"
    "三、案件审理情况\n"
    "全年共审结行政复议申请108件,其中纠错15件,依法行政水平持续提升,推进法治政府建设。\n"
)


def test_untitled_case_statistics_under_a_cases_heading_are_no_annual_report() -> None:
    d = summarize(text=_CASE_STATISTICS).document
    assert d.doc_type == "other"
    assert d.report_year == 2024  # the year the statistics count, as a report's year is read from its body


# a special region's policy address as its government's press release carries it: the headline says the chief
# executive delivered it (发表), which alone would be news of it, but the page is the address's whole text (发言全文)
_ADDRESS_IN_FULL = (
    "跳至主要内容\n\n"
    "行政长官向立法会发表《行政长官2030年施政报告》发言全文(一)(附图/短片)\n"
    "*****************************\n"
    "以下是行政长官今日上午向立法会发表《行政长官2030年施政报告》的发言全文:\n\n"
    "立法会主席、各位议员、各位市民:\n\n"
    "(一)前言\n\n1. 今天我发表本届政府的第三份《施政报告》,我和我的团队进行了30场咨询会,接触了超过2 000名市民。\n"
)


def test_a_policy_address_given_in_full_is_the_address_not_news_of_it() -> None:
    d = summarize(text=_ADDRESS_IN_FULL).document
    assert d.doc_type == "government_work_report"
    headline = _ADDRESS_IN_FULL.replace("发言全文(一)(附图/短片)", "")
    assert summarize(text=headline).document.doc_type != "government_work_report"


# a headline on a meeting of the province's cities' bureau heads (某省设区市林业局长会议): 设区市 is a kind of city,
# a city with districts, and 某省设区 no district of the province
_CITIES_WITH_DISTRICTS = (
    "您现在的位置:首页>林业信息>详细内容\n"
    "福建省设区市林业局长会议在泉州召开\n"
    "来源:某林业网 发布时间:2030年01月20日\n"
    "近日,福建省设区市林业局长会议在泉州市召开。会议总结2029年工作,部署2030年全省林业工作。\n"
)


def test_cities_with_districts_are_no_district_of_the_province() -> None:
    d = summarize(text=_CITIES_WITH_DISTRICTS).document
    assert d.agency is None or not d.agency.endswith("设区")


# a joint meeting's story whose lead names a ministry's regional office in full (某部某地专员办与某局召开…) and then by
# its short form when its head speaks (某地专员办党组书记、专员某某…): the office, by the name the text first gives it
_SHORT_FORM_LATER = (
    "国家林草局青山专员办与青山省林业局召开森林资源保护联席会议\n"
    "发布日期:2030-12-31\n"
    "12月29日,国家林草局青山专员办与青山省林业局召开了森林资源保护管理工作联席会议,双方有关处室负责人参加了会议。"
    "青山专员办党组书记、专员王明和省林业局党组书记、局长李红分别作了讲话。\n"
    "会上,青山专员办通报了2030年案件督办工作情况,并就森林资源保护提出了意见建议。\n"
)


def test_a_body_named_short_when_its_head_speaks_is_given_its_full_name() -> None:
    d = summarize(text=_SHORT_FORM_LATER).document
    assert d.agency == "国家林草局青山专员办"
    assert d.evidence.agency is not None and d.evidence.agency.text == "国家林草局青山专员办"


# a city's own report, its title lost, that cites an institute's assessment of governments and the city's rank in it
# (2030年9月，某研究院发布《…评估报告(2030)》，我市…位居第一): the institute is no writer of the report
_CITES_ITS_RANK = (
    "2030年,我市认真贯彻法治政府建设实施纲要,推进法治政府建设取得显著成效。2030年9月,某某大学法治政府研究院发布"
    "《中国法治政府评估报告(2030)》,我市在全部评估的100个城市中位居第一。\n"
    "一、依法全面履行政府职能\n"
    "(一)深化行政体制改革。全年印发改革文件12件,削减行政审批事项80项,召开专题会议6次。\n"
)


def test_a_citys_report_citing_its_rank_in_an_assessment_is_not_the_assessors() -> None:
    d = summarize(text=_CITES_ITS_RANK).document
    assert d.doc_type == "annual_report"
    assert d.agency is None or "研究院" not in d.agency


# a district head's work report on a template site: 我代表区人民政府向大会作工作报告 (no 政府 before 工作报告), then the
# next years' overall requirements (总体要求是…), which alone would read as work points
_DELIVERED_AS_WORK_REPORT = (
    "快捷搜索:论文 合同 演讲\n"
    "区长在代表会上工作汇报\n"
    "各位代表:\n"
    "现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
    "一、五年政府工作回顾\n"
    "五年来,区十届人大一次会议确定的各项任务全面完成,先后荣获30多项荣誉称号。\n"
    "二、今后五年的工作\n"
    "今后五年政府工作的总体要求是:坚持稳中求进,加快转型发展。\n"
)


def test_a_report_delivered_to_the_congress_as_its_work_report_is_a_government_work_report() -> None:
    d = summarize(text=_DELIVERED_AS_WORK_REPORT).document
    assert d.doc_type == "government_work_report"


# a document shop's page for a forest farm's summary: its file name as title, twice (.docxVIP / .docx), bundling the
# next year's plans, then the shop's numbered terms; the farm speaks of itself as 我场
_SHOP_FILE = (
    "2030年某某林场年终总结及2031年工作计划.docxVIP\n"
    "2030年某某林场年终总结及2031年工作计划.docx\n"
    "  1. 1、网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人或单位学习、研究之用,不得用于商业用途。\n"
    "  2. 2、所有内容均由合作方或网友上传,网站不对文档的完整性、权威性做任何保证或承诺!付费前请自行鉴别。\n"
    + "  3. 3、如文档侵犯商业秘密、著作权或人身权等,请点击版权申诉,也可以拨打客服电话,客服将在工作时间内尽快处理。\n"
    + "  4. 4、该文档为VIP文档,如果想要下载,成为VIP会员后下载免费,会员期间可下载的文档数量以会员说明为准。\n"
    + "  5. 5、成为VIP后,下载本文档将扣除1次下载权益,下载后不支持退款、换文档,如有疑问请先咨询客服再行下载。\n"
    + "  6. 6、VIP会员享有下载特权、专属身份标志、高级客服和多端互通等权益,具体以会员中心页面展示的内容为准。\n"
    + "  7. 7、VIP文档为合作方或网友上传,每下载1次,网站将根据文档质量评分和类型对文档贡献者给予补贴和流量扶持。\n"
    + "查看更多\n\n2030年某某林场年终总结及2031年工作计划\n\n"
    + "2030年,我场认真开展造林和森林管护工作,完成造林1200亩,全年未发生森林火灾。\n"
)


def test_a_shops_file_name_bundling_next_years_plans_dates_the_summary() -> None:
    d = summarize(text=_SHOP_FILE).document
    assert d.report_year == 2030


def test_a_farm_speaking_as_wo_chang_is_a_body_not_a_person() -> None:
    d = summarize(text=_SHOP_FILE).document
    assert d.doc_type != "accountability_report"  # 我场 is the farm, as 我局 is the bureau: no leader's own account


# a law paper's headline on a town by its chain abridged (山东峄城某镇: the province and the district by their stems),
# over a lead that names the town in full (山东省枣庄市峄城区某镇召开…): the town by its full name
_ABRIDGED_CHAIN = (
    "您的位置: 主页 > 社会 > 正文\n"
    "山东峄城青石镇积极推动“法律明白人”培养工程\n"
    "浏览: 来源:某法制网\n"
    "  某法制网:8月26日,山东省枣庄市峄城区青石镇召开“法律明白人”培养工程启动部署会议。\n"
    "  会议明确了培养工程的主要目标和工作要求,要求到年底全镇每个行政村至少培育2名“法律明白人”。\n"
)


def test_a_town_a_headline_names_by_an_abridged_chain_is_given_its_full_name() -> None:
    d = summarize(text=_ABRIDGED_CHAIN).document
    assert d.agency == "山东省枣庄市峄城区青石镇"


# a society's page with no headline: its first line is the page's view count and date (被阅读…次,日期:2030-08-27…),
# the lead dates its event by day only (8月22日): the event's year is the date row's
_DATE_ROW_FIRST = (
    "被阅读6169次,日期:2030-08-27 15:18:56\n"
    "为进一步增强群众的法治意识,8月22日,青石区科协邀请法律顾问为社区居民开展法律知识讲座,30余人参加了讲座。\n"
    "讲座中,律师围绕文明出行和古城保护讲解了相关法律法规知识。\n"
)


def test_a_date_row_above_a_lead_dated_by_day_dates_the_event() -> None:
    d = summarize(text=_DATE_ROW_FIRST).document
    assert d.doc_type == "news"
    assert d.report_year == 2030


# a speech's title naming its speaker by both posts (某局党组书记、局长在…会议上的讲话): the bureau's speech, as with one post
def test_a_speech_by_a_bureaus_secretary_and_director_is_the_bureaus() -> None:
    for post in ("党组书记", "局长", "党组书记、局长"):
        text = f"青石市司法局{post}在全市司法行政工作会议上的讲话\n同志们：今天召开会议，总结去年工作，部署今年任务。\n"
        assert summarize(text=text).document.agency == "青石市司法局", post


# a headline on an honour a body was named for (某厅被我省表彰为…优秀单位) over a European-style date row and a lead
# naming the office that ran the assessment first: the headline's body is the news's, not the assessor
_NAMED_FOR_AN_HONOUR = (
    "青山省环保厅被我省表彰为法治政府建设优秀单位\n"
    "28.04.2030  21:55\n"
    "根据考核方案要求,2029年,青山省政府法制办牵头组织对全省各市州和省直部门的法治政府建设工作进行了考核。"
    "近日,省委、省人民政府对考核情况进行了表彰通报,青山省环保厅被评为优秀单位。\n"
)


def test_a_headline_on_a_body_named_for_an_honour_is_that_bodys_news() -> None:
    d = summarize(text=_NAMED_FOR_AN_HONOUR).document
    assert d.doc_type == "news"
    assert d.title == "青山省环保厅被我省表彰为法治政府建设优秀单位"
    assert d.agency == "青山省环保厅"


# a district's report whose title names no one, addressed to the city above it, that speaks of itself only as 全区
# and issues its own document under its full name (制定印发了《某市某区2019年度…清单》): the district
_SCOPE_ONLY = (
    "2029年度法治政府建设工作情况报告\n"
    "发布日期:2030-03-15\n"
    "市委、市政府:\n"
    "2029年,在区委的正确领导下,全区坚持以习近平法治思想为指导,持续推进依法行政。现将2029年度法治政府建设情况报告如下:\n"
    "一、履行第一责任人职责\n"
    "全区高度重视法治建设,制定印发了《阳泉市城区2029年度党政主要负责人履行推进法治建设第一责任人职责工作清单》,"
    "明确区长法治建设5项重点工作。\n"
)


def test_a_place_speaking_of_itself_as_its_scope_is_named_by_its_own_document() -> None:
    d = summarize(text=_SCOPE_ONLY).document
    assert d.doc_type == "annual_report"
    assert d.agency == "阳泉市城区"


# a news item dated by day only, no page date, whose body says which year it is in (2030年是…收官之年): that year
_CALLED_ITS_YEAR = (
    "7月16日,青石市召开全面依法治市委员会会议,总结上半年工作,部署下半年任务。\n"
    "会议指出,法治政府建设走深走实,依法治理能力和水平不断提升。2030年是完成“十九五”规划的收官之年,"
    "要统筹推进各项法治工作。\n"
)


def test_a_text_that_names_the_year_it_is_in_is_of_that_year() -> None:
    assert summarize(text=_CALLED_ITS_YEAR).document.report_year == 2030
    # …never a year a text only looks back on from another sentence's middle
    looked_back = _CALLED_ITS_YEAR.replace("。2030年是", ",回顾2030年是")
    assert summarize(text=looked_back).document.report_year is None


# an untitled story that opens on a town by what it is known for (在…深耕十载的某镇再获殊荣) and calls it 该镇 after:
# the town
_KNOWN_FOR = (
    "在基层法治建设领域深耕十载的长安镇再获殊荣。3月12日,该镇通过“周六普法街”平台开展森林资源保护专题普法,"
    "现场通过案例解析、互动演示等形式讲解《森林法》。\n"
    "数据显示,该镇近三年累计开展专项活动800余场次。\n"
)


def test_a_town_opened_on_by_what_it_is_known_for_and_called_that_town_after_is_the_subject() -> None:
    assert summarize(text=_KNOWN_FOR).document.agency == "长安镇"


# a law database's copy of a bureau's notice: the title twice, its own number on a line under them, no year in its
# text but 今年: the notice was issued in its number's year
_NUMBERED_NOTICE = (
    "某某法律信息网\n"
    "青山市林业局关于报送区县森林建设信息的通知\n"
    "青山市林业局关于报送区县森林建设信息的通知\n"
    "(青林办〔2030〕52号)\n"
    "各区县林业局:\n"
    "今年是森林建设攻坚之年,请各区县林业局及时收集、加强报送领导重视森林建设的有关信息。\n"
)


def test_a_notice_is_dated_by_its_own_number_under_its_title() -> None:
    d = summarize(text=_NUMBERED_NOTICE).document
    assert d.doc_type == "other"
    assert d.report_year == 2030
    assert d.evidence.report_year is not None and d.evidence.report_year.text == "2030"


# page 2 of a mirror's copy of a disclosure report, under the site's bulleted menu (- 政策解读 / … / - 发展报告): two
# of the menu's labels are no broken title (发展报告 would make it a survey), and the report's part 二 below types it
_BULLETED_MENU = (
    "- 政策解读\n- 经济发展\n- 社会发展\n- 减贫救灾\n- 法治中国\n- 天下人物\n- 发展报告\n- 项目中心\n|\n"
    "二、主动公开政府信息的情况\n"
    "各政府机关按照《条例》规定,主动公开政府信息。\n"
    "(一)公开的主要内容\n"
    "各政府机关对政府信息进行了梳理和编目,2030年新增主动公开政府信息5300条,全文电子化率为64.1%。\n"
    "三、依申请公开政府信息的情况\n"
    "2030年共受理政府信息公开申请120件,均已按期答复。\n"
)


def test_a_bulleted_menu_is_no_title_over_the_report_below_it() -> None:
    d = summarize(text=_BULLETED_MENU).document
    assert d.title is None
    assert d.doc_type == "information_disclosure_report"


# a ministry's report titled without 报告 (…法治政府部门建设工作情况), copied without line breaks: the title runs into
# its page's metadata (文号:…索引号…) and the body; it still names the report
_RUN_ON_WITHOUT_REPORT = (
    "青山部2029年度法治政府部门建设工作情况文号:青法发〔2030〕54号文号青法发〔2030〕54号索引号000019713/2030-00450"
    "公开日期2030年04月28日主题词青山部;法治政府;建设机构分类法制司主题分类政府信息公开行业分类其他公文类型部文件"
    "2029年以来,在党中央、国务院坚强领导下,青山系统深入学习贯彻习近平新时代中国特色社会主义思想,坚定不移走中国特色"
    "社会主义法治道路,围绕全面推进依法治国的总目标,以法治政府建设实施纲要为统领,大力推进依法行政,不断提高依法行政"
    "能力,加快建设法治政府部门,青山系统领导干部运用法治思维和法治方式的能力不断增强。一、切实加强党对法治政府部门建设"
    "的领导一是坚持以党的领导为根本保证,完善法治政府部门建设领导体制。"
)


def test_a_run_on_report_title_without_the_word_report_still_names_the_report() -> None:
    d = summarize(text=_RUN_ON_WITHOUT_REPORT).document
    assert d.doc_type == "annual_report"
    assert d.report_year == 2029


# a town's plan copied without its title: its parts are a plan's (背景介绍 / 实施目标 / 实施措施), and its measures set
# up and hold things (成立…小组, 举办…讲座) as a report's work done does; still no report
_UNTITLED_PLAN = (
    "一、背景介绍。\n"
    "为了加强农村法治建设,保障农民的合法权益,制定并实施法律进村实施方案势在必行。\n"
    "二、实施目标。\n"
    "1.推动农村法治建设,加强法律宣传教育。\n"
    "2.建立健全农村法律服务体系。\n"
    "三、实施措施。\n"
    "成立普法工作小组,小组成员以入户送法方式贴近群众,一对一普及法律知识,推进法治政府建设。\n"
    "乡政府将采取举办法律知识讲座的形式,让大家了解法律,推进依法行政。\n"
)


def test_an_untitled_plan_whose_measures_set_things_up_is_no_report() -> None:
    assert summarize(text=_UNTITLED_PLAN).document.doc_type != "annual_report"


# an untitled town story whose purpose is a sentence of its own, the town's deed a clause of the next sentence
# (为…。根据区司法局工作安排，…，某镇开展了…评选活动。): a third party's story, news
_PURPOSE_THEN_CLAUSES = (
    "为加强法治乡村建设,进一步提高农民法治素养,引导群众自觉尊法学法守法用法。根据区司法局工作安排,进一步推进全区"
    "“法律明白人”培育工作,青石镇开展了2030年度青石镇“法律明白人”评选活动。\n"
    "评选会议上传达了推荐标准、选拔程序和考核管理要求,最终评选出“法律明白人”162名。\n"
    "青石镇将通过集中培训、现场实训等方式进一步提升“法律明白人”的法律素养。\n"
)


def test_a_towns_deed_in_the_clauses_after_a_purpose_sentence_is_news() -> None:
    d = summarize(text=_PURPOSE_THEN_CLAUSES).document
    assert d.doc_type == "news"
    assert d.agency == "青石镇"
