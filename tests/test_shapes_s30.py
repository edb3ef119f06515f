"""Shapes of session 30 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean

# a document-sharing site's copy: one line, its page counter run into the title (第1页共9页某区…报告材料2023年，…)
_SHARED_ONE_LINE = (
    "第1页共9页青禾区依法行政工作报告材料2023年，区司法局根据区政府年度工作重点，以法治思维和法治方式推进"
    "行政机关依法行政，为区政府提供法律咨询、处置法律纠纷，提供法治保障做了大量工作。现将有关情况报告如下："
    "一、以法治思维提升依法行政的自觉性。全年为全区干部举办法治讲座6场，审查重大行政决策14件。"
    "第2页共9页二、规范行政执法。全年开展执法案卷评查2次，评查案卷80卷，发现问题23个，均已督促整改到位。"
    "三、存在的不足。执法人员专业能力有待提升，部分单位合法性审查力量薄弱。"
)


def test_a_shared_copys_page_counter_is_no_part_of_the_title_or_the_text() -> None:
    cleaned = clean(_SHARED_ONE_LINE).text
    assert "页共" not in cleaned  # the counter before the title and the one where a page broke
    s = summarize(text=_SHARED_ONE_LINE)
    assert s.document.title == "青禾区依法行政工作报告材料"
    assert s.document.doc_type == "annual_report"
    assert s.document.report_year == 2023 and s.document.agency == "青禾区"  # the title's place, whose report it is


def test_a_sentence_that_names_pages_is_kept() -> None:
    # only the counter's own shape goes: a sentence about pages keeps its words
    text = "青禾县司法局2024年度法治政府建设情况报告\n全年印发普法读本共3万册，每册共120页。\n"
    assert "每册共120页" in clean(text).text


# a news page whose lead tells of a press conference held lately (日前), its page date above it, and a body that
# looks back over the plan's period from its first year (2021年以来): the item is of the page's year
_LATELY_HELD = (
    "县召开“八五”普法工作情况新闻发布会\n"
    "信息来源：青禾融媒体中心 发布时间：2025-11-20 10:30\n"
    "日前，县召开“八五”普法工作情况新闻发布会，介绍五年来普法工作开展情况。\n"
    "2021年以来，我县深入实施“八五”普法规划，建成法治文化广场12个，开展送法下乡活动90场次。\n"
)


def test_news_of_a_meeting_held_lately_is_of_its_pages_year_not_of_the_period_it_reviews() -> None:
    doc = summarize(text=_LATELY_HELD).document
    assert doc.doc_type == "news"
    assert doc.report_year == 2025
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text == "2025"


def test_a_news_item_with_no_page_date_is_not_dated_by_the_period_it_reviews() -> None:
    # without the page's date nothing dates the item: no year rather than the period's first
    text = _LATELY_HELD.replace("信息来源：青禾融媒体中心 发布时间：2025-11-20 10:30\n", "")
    assert summarize(text=text).document.report_year is None


def test_an_annual_report_opening_with_a_year_and_since_keeps_that_year() -> None:
    # 2023年以来，县司法局…: in a report the year it opens with is the year it reports on
    text = (
        "2023年以来，县司法局在县委、县政府的坚强领导下，始终坚持以习近平法治思想为指引，法治政府建设取得新成效。\n"
        "一、2023年度法治政府建设的主要举措和成效\n"
        "（一）持续深入学习贯彻习近平法治思想。全年开展宣讲活动40场次。\n"
    )
    doc = summarize(text=text).document
    assert doc.doc_type == "annual_report" and doc.report_year == 2023


# a news lead whose subject is several organs acting together (近日，市司法局、市民政局组成审核小组…): the first leads,
# and a careful reader names it; under a headline that names the place (某市开展…), the organ, not the place
_JOINT_LEAD = "为巩固示范村创建质量，近日，市司法局、市民政局组成审核小组先后赴甲镇、乙街道开展实地复核。\n审核组逐项检查了台账资料。\n"


def test_the_first_of_organs_acting_together_is_the_items_agency() -> None:
    assert summarize(text=_JOINT_LEAD).document.agency == "市司法局"
    headlined = summarize(text="青禾市开展民主法治示范村实地复核工作\n" + _JOINT_LEAD).document
    assert headlined.doc_type == "news" and headlined.agency == "市司法局"


def test_organs_that_publish_a_list_of_the_named_are_not_its_agency() -> None:
    # 某办、某局联合印发《…命名的决定》，甲村、乙村…等7个村被命名为…: the news is of those named, not of the issuers
    text = (
        "近日，青禾市法宣办、市司法局、市民政局联合印发《关于命名第三批民主法治示范村的决定》，"
        "甲镇东村、乙镇西村、丙乡南村、丁乡北村等7个村被命名为第三批民主法治示范村。\n"
    )
    assert summarize(text=text).document.agency is None


def test_a_joint_signature_names_its_first_signer() -> None:
    # two organs side by side on one line and a third under them, then the date: the first signs for them
    text = (
        "关于第二批民主法治示范村拟命名名单的公示\n"
        "经逐级申报、审核，拟命名甲村等21个村为民主法治示范村，现予公示。公示期为2023年4月18日至4月24日。\n"
        + "如有异议，请在公示期内向市司法局反映。\n" * 30
        + "青禾市司法局 青禾市民政局\n青禾市法治宣传教育工作领导小组办公室\n2023年4月18日\n"
    )
    doc = summarize(text=text).document
    assert doc.agency == "青禾市司法局" and doc.evidence.agency_source == "signature"


# a visit told in a news lead: the place visited when the text speaks as it (莅临某州，对我州…) or the visit comes
# (来某区); else the visitor's body, the first organ its party is named by (某省司法厅某处副处长某某一行到某市…)
def test_a_visit_that_comes_to_the_writers_place_is_that_places_news() -> None:
    text = (
        "3月5日至8日，省司法厅普法处调研员某某一行三人莅临青禾州，对我州法治文化建设示范点进行考核验收。\n"
        "考核组先后深入甲县、乙县，实地查看法治文化公园4个。\n"
    )
    assert summarize(text=text).document.agency == "青禾州"
    titled = "市委依法治市办督察组来青禾区开展法治建设中期评估督察\n10月24日，督察组查看了台账资料。\n"
    assert summarize(text=titled).document.agency == "青禾区"


def test_a_visitor_going_to_a_place_is_named_by_its_first_organ() -> None:
    text = (
        "10月18日，青禾省司法厅法治督察处副处长李建国一行到禾山市，开展行政执法监督机制创建验收工作。"
        "溪口市司法局党委书记陈志远，禾山市领导王立新参加验收活动。\n"
        "验收组查阅了台账资料，对创建工作给予肯定。\n"
    )
    assert summarize(text=text).document.agency == "青禾省司法厅"  # not the guest's bureau, nor the office


def test_a_section_heads_team_visiting_another_place_is_its_bureaus_news() -> None:
    text = (
        "近日，青禾市农牧局法规科科长林某一行4人到柳岸县开展农牧业综合行政执法交叉检查。\n"
        "活动现场，工作人员向群众发放宣传资料200余份，解答法律咨询30余人次。\n"
    )
    assert summarize(text=text).document.agency == "青禾市农牧局"


def test_a_news_lead_dated_by_its_month_alone_is_news_of_its_subject() -> None:
    # 2022年9月，某部分别在…举办…培训班: no headline, no day, no outlet — the month, the doer and the event make news
    text = (
        "2022年9月，青禾部分别在甲市、乙市举办2期系统领导干部法治专题培训班。部机关各司局共120名干部参加培训。\n"
        "培训采用集中授课、分组研讨等形式，内容涵盖习近平法治思想、依法决策相关法规制度等。\n"
    )
    doc = summarize(text=text).document
    assert doc.doc_type == "news" and doc.agency == "青禾部" and doc.report_year == 2022
    # a report's own sentence of a month in its body is no lead: its opening still makes it a report
    report = (
        "青禾县司法局2022年度法治政府建设情况报告\n"
        "2022年，县司法局坚持以习近平法治思想为指导，现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "2022年9月，县司法局召开全县法治政府建设推进会，部署重点任务12项。\n"
    )
    assert summarize(text=report).document.doc_type == "annual_report"


def test_a_lead_after_a_long_purpose_clause_that_issues_a_plan_is_news() -> None:
    # 为贯彻落实《…》和《…》（no comma inside），我市近日出台《…》: the purpose may run long before the lead's 近日
    text = (
        "为贯彻落实教育部《全国教育系统开展法治宣传教育的第八个五年规划（2021-2025年）》和市委、市政府转发的"
        "《市委宣传部、市司法局关于在全市公民中开展法治宣传教育的第八个五年规划》，我市近日出台《青禾市教育系统"
        "开展法治宣传教育第八个五年规划》，对全市教育系统普法工作进行了全面部署。\n"
        "《规划》明确了五大任务：一是提升师生法治素养；二是将法治教育纳入国民教育体系。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_an_editors_note_opens_a_papers_feature() -> None:
    text = (
        "编者按：\n"
        "近年来，青禾以习近平法治思想为指导，积极推进全面依法治市工作，法治青禾建设蹄疾步稳。今年5月，"
        "《法治青禾建设规划（2021—2025年）》出台，对今后一个时期法治青禾建设进行了统筹谋划。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_an_untitled_explainer_is_no_news_of_the_plan_it_explains() -> None:
    # 2021年9月30日，某部、某局拟订了《…规划（征求意见稿）》…，某局对主要内容作出如下解读: an explainer
    text = (
        "2021年9月30日，青禾区委宣传部、青禾区司法局拟订了《关于开展法治宣传教育的第八个五年规划（征求意见稿）》，"
        "为便于社会公众广泛知晓内容，区司法局对主要内容作出如下解读：\n"
        "一、《征求意见稿》出台的背景\n"
        "2021年9月，市委、市政府转发了全市第八个五年普法规划。\n"
    )
    assert summarize(text=text).document.doc_type == "other"


def test_a_chronicles_title_dates_it_and_names_no_writer() -> None:
    # 某市二〇一九年十月份记事: the month's year dates it; the place is its subject, kept by an unnamed office
    text = "青禾市二O一九年十月份记事\n发布时间:2019-11-19\n1 我市举行庆祝国庆升国旗仪式。\n2 市政府召开常务会议。\n"
    doc = summarize(text=text).document
    assert doc.title == "青禾市二〇一九年十月份记事"
    assert doc.report_year == 2019 and doc.evidence.report_year_source == "title"
    assert doc.agency is None


_FEATURE = (
    "南屿青禾区奋力描绘法治乡村新画卷\n"
    "2023-08-25 15:45:25来源:某某国际在线编辑:某某\n"
    "近年来，南屿市青禾区聚焦乡村振兴，深化基层法治建设，持续秉持法治为民理念。\n"
    "2023年以来，全区新建法治文化阵地12个，培育法律明白人300名。\n"
)


def test_a_feature_looking_back_names_its_district_in_full_and_its_pages_year() -> None:
    # the headline shortens the district (南屿青禾区); the body gives its city's level (南屿市青禾区); the body's
    # 2023年以来 is the page's own year, so the page's date dates it, whatever 近年来 opens the lead
    doc = summarize(text=_FEATURE).document
    assert doc.agency == "南屿市青禾区"
    assert doc.report_year == 2023 and doc.evidence.report_year_source == "date line"


def test_a_feature_whose_body_names_other_years_only_is_not_dated_by_its_page() -> None:
    # a copy dated later than every year it names may be a repost: no year rather than the copy's
    text = _FEATURE.replace("2023年以来", "2019年以来").replace("2023-08-25", "2025-08-25")
    assert summarize(text=text).document.report_year is None


def test_a_one_paragraph_excerpt_opening_on_a_lost_indent_reads_as_without_it() -> None:
    text = "2022年9月，青禾部分别在甲市、乙市举办2期系统领导干部法治专题培训班。部机关各司局共120名干部参加培训。"
    plain, lost = summarize(text=text).document, summarize(text="??" + text).document
    assert "?" not in clean("??" + text).text
    assert (lost.doc_type, lost.agency, lost.report_year) == (plain.doc_type, plain.agency, plain.report_year)
    # a question mark inside a sentence is the author's and stays
    assert "?" in clean("青禾县司法局2024年度法治政府建设情况报告\n群众问：如何申请法律援助?答：拨打热线。\n").text


def test_a_chronicle_names_no_writer_whatever_stands_above_it() -> None:
    text = (
        "青山新闻客户端记者 王明 通讯员 李红\n2021-03-20 10:11 4857阅读\n"
        "您当前的位置: 首页>资源>编研园地>大事记\n青禾市二O一九年十月份记事\n"
        "1 我市举行庆祝国庆升国旗仪式。《青禾市生活垃圾分类管理条例》正式施行。\n"
    )
    assert summarize(text=text).document.agency is None


def test_a_session_told_as_it_sits_names_the_body_whose_report_it_heard() -> None:
    text = (
        "青禾2021年法治政府建设工作取得新成效\n"
        "发布日期: 2022-03-31 10:08:59 来源: 青禾经济日报\n"
        "正在召开的省十三届人大常委会第三十次会议听取和审议了省人民政府2021年度法治政府建设情况报告。报告显示，"
        "2021年，全省法治政府建设工作取得新成效，17427个村（居）实现法律顾问全覆盖。\n"
        "报告显示，去年我省加快推进数字政府建设，全面推行行政柔性执法，办理柔性执法47万件。\n"
        "（记者 林某）\n"
    )
    doc = summarize(text=text).document
    assert doc.doc_type == "news" and doc.agency == "省人民政府" and doc.report_year == 2021


def test_a_short_item_of_a_session_told_as_it_sits_is_news() -> None:
    text = (
        "青禾2021年法治政府建设工作取得新成效\n"
        "正在召开的省十三届人大常委会第三十次会议听取和审议了省人民政府2021年度法治政府建设情况报告。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_a_places_event_held_at_anothers_venue_is_the_places_news() -> None:
    text = (
        "2018年青禾市宪法学习宣传暨农村法治宣传月活动启动仪式在柳岸县举行\n"
        "5月24日，2018年青禾市宪法学习宣传暨农村法治宣传月活动启动仪式在柳岸县城广场举行。\n"
        "市依法治市办常务副主任、市司法局副局长林某，市农委副主任陈某参加了启动仪式。\n"
    )
    doc = summarize(text=text).document
    assert doc.agency == "青禾市" and doc.report_year == 2018  # the host place, not the venue's county


def test_a_lone_question_mark_before_a_headline_is_no_part_of_it() -> None:
    # a character the copy could not encode stands as ? before the headline's first word (?某县：全面深化…)
    text = "?青禾县:全面深化“府院联动”工作\n近日,青禾县“府院联动”第二次联席会议在县人民法院召开。\n"
    assert not clean(text).text.startswith("?")
    assert summarize(text=text).document.agency == "青禾县"
    # …under a page's furniture too: the mark starts the headline's line, not the text
    framed = "青山新闻客户端记者 王明\n2026-03-20 10:11 4857阅读\n" + text
    assert summarize(text=framed).document.agency == "青禾县"
    # a question the author asks keeps its mark
    assert clean("青禾县司法局2024年度法治政府建设情况报告\n如何申请法律援助?拨打热线。\n").text.count("?") == 1


def test_news_of_a_list_names_the_village_on_it_not_the_ministries_that_publish_it() -> None:
    for lead in (
        "近日，司法部、民政部公布了第八批“全国民主法治示范村（社区）”名单，青禾县柳岸镇东山村上榜。",
        "近日，国家司法部、国家民政部联合发文，命名第八批“全国民主法治示范村”，青禾县柳岸镇东山村榜上有名。",
    ):
        text = lead + "\n近年来，东山村稳步推进民主法治示范村创建工作，全村社会和谐发展。\n"
        assert summarize(text=text).document.agency == "青禾县柳岸镇东山村", lead


def test_a_lead_opening_on_a_places_event_at_a_venue_names_the_place() -> None:
    # no headline the title finder keeps (the site ran its date and name into it); the lead tells the event
    text = (
        "首页 > 地方新闻 > 新闻内容详情\n"
        "2024年青禾市“一府两院”法治共建联动会商会议 2024-12-12 00:30:00 某某企业服务平台\n"
        "2024年青禾市“一府两院”法治共建联动会商会议于12月10日在市人民检察院隆重召开。此次会议旨在深化府院联动机制。\n"
    )
    assert summarize(text=text).document.agency == "青禾市"


def test_news_of_a_congress_session_is_of_the_year_whose_budget_it_adopted() -> None:
    text = (
        "本报讯 1月5日至6日，青禾县柳岸镇召开第二届人民代表大会第一次会议，圆满完成各项议程。\n"
        "大会听取并审议了政府工作报告、《柳岸镇2021年财政预算执行情况和2022年财政预算安排情况的报告》。\n"
    )
    assert summarize(text=text).document.report_year == 2022
    # two years that are not a year and the next say nothing of the session's
    other = text.replace("2022年财政预算安排", "2024年财政预算安排")
    assert summarize(text=other).document.report_year != 2024


def test_a_byline_after_the_pages_date_and_the_papers_name_makes_news() -> None:
    text = (
        "当前位置: 本市要闻\n"
        "自治区检查验收我市“六五”普法工作感受“五个新”\n"
        "• 2015-09-10 《青禾日报》 记者 林某、陈某\n"
        "内容导航:\n"
        "“在青禾‘六五’普法工作的生动实践中，汇聚了尊法之和。”今年是全国“六五”普法工作收官之年，检查验收工作组深入"
        "我市社区、农村开展检查验收。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_a_lead_opening_on_the_years_occasion_is_read_on_to_the_organs_acting() -> None:
    text = (
        "四川省启动“八五”普法中期督导检查\n"  # (a province the name checks know)
        "本报讯（记者 林某）今年是全面实施“八五”普法规划承上启下的关键之年。昨（27）日，记者从省司法厅获悉，"
        "为全面检验“八五”普法工作成果，省委依法治省办、省委宣传部、省司法厅印发《关于开展“八五”普法中期督导检查的"
        "通知》，决定即日起启动督导检查。\n"
        "据了解，2021年，中共四川省委、省政府印发《四川省法治宣传教育第八个五年规划》，明确了全省普法工作的目标。\n"
    )
    assert summarize(text=text).document.agency == "省委依法治省办"  # the first of the organs acting, not the province


def test_a_one_line_copy_whose_source_field_runs_into_the_lead_keeps_its_reading() -> None:
    lines = [
        "青禾2021年法治政府建设工作取得新成效",
        "发布日期: 2022-03-31 10:08:59 来源: 青禾经济日报",
        "正在召开的省十三届人大常委会第三十次会议听取和审议了省人民政府2021年度法治政府建设情况报告。报告显示，"
        "2021年，全省法治政府建设工作取得新成效，17427个村（居）实现法律顾问全覆盖，为农民工追回劳动报酬5700余万元。",
        "报告显示，去年我省加快推进数字政府建设，全面推行行政柔性执法，办理柔性执法47万件，新增市场主体30万户。",
        "（记者 林某）",
    ]
    plain = summarize(text="\n".join(lines)).document
    flat = summarize(text="".join(lines)).document
    assert "来源: 青禾经济日报\n" in clean("".join(lines)).text  # the field ends where the lead begins
    assert (flat.doc_type, flat.agency, flat.report_year) == (plain.doc_type, plain.agency, plain.report_year)
    assert plain.agency == "省人民政府"


def test_a_one_line_news_copy_keeps_its_headline_before_the_leads_day() -> None:
    lines = [
        "市委依法治市办督察组来青禾区开展法治建设中期评估督察工作",
        "10月24日，市司法局副局长林某带领市委依法治市办第一督察组，来青禾区实地督查法治建设中期评估工作。",
        "工作见面会上，区司法局局长陈某汇报了青禾区落实法治建设规划的情况、存在问题和改进举措，督察组查看了台账资料。",
        "督察组还到区思源学校、区交通运输局、区人民法院等单位，深入调研青禾区法治建设工作开展情况。",
        "督察组要求，要把握法治建设重点，紧盯年度重点任务，全面落实法治政府建设示范创建工作。",
    ]
    flat = summarize(text="".join(lines)).document
    assert flat.title == lines[0] and flat.agency == "青禾区"
