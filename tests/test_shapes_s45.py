"""Shapes of session 45 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a paper's feature on a city's year, opening like a report (2023年，某市坚持以…) with no title nor formula, its photos'
# captions standing between its paragraphs, each credited to the photographer (…。某某摄)
_CREDITED_CAPTIONS = (
    "2023年,青川市坚持以习近平法治思想为指导,深入推进法治政府建设,各项工作取得新成效,成功获评省级法治政府建设示范市。\n"
    "召开企业家座谈会。李明摄\n"
    "窗口人员为群众办理业务。李明摄\n"
    "示范创建擦亮法治名片\n"
    "近年来,青川市把示范创建作为全面依法治市的重点任务,市政府常务会议研究法治政府建设事项12次,评查行政执法案卷800余份。\n"
)

# …and the same feature whose captions carry no credit, each a short phrase alone as a sentence
_BARE_CAPTIONS = (
    "良法善治,久久为功。随着法治建设的深入推进,青川市全力推动法治政府建设,绘就了一幅平安和谐的新画卷。\n"
    "2023年,青川市获评省级法治政府建设示范市。\n"
    "执法检查。\n"
    "人民调解。\n"
    "政务服务窗口。\n"
    "顶层设计绘就法治蓝图\n"
    "法治政府建设是一项系统工程。青川市坚持在法治轨道上推进政府治理,市政府常务会议研究法治政府建设事项12次。\n"
)


def test_a_feature_with_credited_photo_captions_is_news_not_the_citys_report() -> None:
    d = summarize(text=_CREDITED_CAPTIONS).document
    assert d.doc_type == "news"


def test_a_feature_with_bare_photo_captions_is_news() -> None:
    d = summarize(text=_BARE_CAPTIONS).document
    assert d.doc_type == "news"


# a report whose points are one sentence each (一是…。) has no captions: still the report
def test_a_reports_one_line_points_are_no_captions() -> None:
    report = (
        "2023年,青川市司法局坚持以习近平法治思想为指导,深入推进法治政府建设。现将有关情况报告如下:\n"
        "一、主要举措和成效\n"
        "一是加强学习。\n"
        "二是健全制度。\n"
        "三是严格执法。\n"
        "全年开展执法检查16次,办理行政复议案件9件。\n"
    )
    d = summarize(text=report).document
    assert d.doc_type == "annual_report"


# a correspondent's credit written 通讯: with the names after it, under the place's name as dateline (某市(通讯:某某
# 某某)为…，2025年以来，某市持续举办…): the paper's story of the city's training, not the city's report
def test_a_correspondents_credit_written_tongxun_colon_marks_news() -> None:
    text = (
        "青川市(通讯:王小明 李红)为提升干部运用法治思维解决问题的能力,2025年以来,青川市持续举办科级干部进修班,"
        "每月1期,课程把习近平法治思想、民法典等内容贯穿全程。\n"
        "今年以来,进修班邀请党校专家和业务骨干组成授课团队,开展专题精讲,结合典型案例讲解基层常见纠纷的法律适用。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "青川市"


# a city's own news site (某某网讯) whose lead says 我市 held the meeting: the city the outlet is named after
def test_a_city_news_sites_lead_saying_we_held_it_names_the_city() -> None:
    text = (
        "青川网讯 6月1日,我市召开全市2017年度政府法制工作会议,总结2016年政府法制工作,部署2017年工作。\n"
        "会议要求,各级政府法制机构要以建设法治政府为主线,强化行政执法监督。(记者 王小明)\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "青川市"


# a wire's lead dated by day only (某地12月3日电), its event named under its edition's year with the 年 left out
# (2024某省“宪法宣传周”启动仪式…于2日在某市举行): the item is of that year
def test_an_events_edition_year_without_nian_dates_the_wire() -> None:
    text = (
        "新华网青川12月3日电(王小明)2024青川省“宪法宣传周”启动仪式暨青川市普法主题展于2日在青川市举行。\n"
        "活动现场,工作人员向群众发放宣传资料并提供法律咨询。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2024


# a page dated over its headline, whose item tells of a five-year 普法 plan's work counted so far (持续深化“八五”普法…
# 截至目前，共开展…): told as of the page's day, so of the page's year
def test_work_counted_so_far_under_a_plan_period_takes_the_pages_year() -> None:
    text = (
        "青川网 > 教育\n"
        "青川省普法办持续深化“八五”普法\n"
        "发布时间:2023-04-10 09:59:00 来源: 青川日报\n"
        "青川省普法办把学习宣传贯彻党的二十大精神作为首要政治任务,持续深化“八五”普法。截至目前,全省各级普法办共开展"
        "普法宣传活动6800余场次。\n"
        "同时,省普法办印发精准普法菜单,推行个性化普法。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2023


# a wire's lead on a province's event, its second line a speaker's post in the province's Party committee department
# (某省党委宣传部副部长某某在致辞中表示): the department speaks at the event; the province is no writer of the item
def test_a_speakers_post_in_a_party_committee_department_names_no_province() -> None:
    text = (
        "新华网青川12月3日电(王小明)2024青川省“宪法宣传周”启动仪式于2日在青川市举行。\n"
        "青川省党委宣传部副部长李红在致辞中表示,要以宪法宣传周为契机,深入推进普法工作。\n"
        "活动由青川省党委宣传部、青川省司法厅、青川市司法局主办。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency != "青川省"


# a headline naming the province (某省进一步推动…) over a lead whose subject issued a document that day, named by its
# level word only (省委全面依法治省委员会办公室日前出台《…》): that office is the item's agency, not the province
def test_a_provincial_office_issuing_a_document_on_the_leads_day_is_the_agency() -> None:
    text = (
        "青川省进一步规范法治副校长工作\n"
        "省委全面依法治省委员会办公室日前出台《青川省规范法治副校长工作的实施意见》,对法治副校长的职责作了明确。"
        "《意见》要求,各地教育部门与司法行政部门加强协作。\n"
        "据了解,全省已有2000余名法治副校长在岗。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "省委全面依法治省委员会办公室"


# an untitled news page whose headline names the province's own line of work (某省设区市林业局长会议在某市召开) under
# 来源：某省林业厅: the bureau's own news; the same page telling the place's honour under its bureau's source row stays
# the place's
_BUREAU_MEETING = (
    "林业信息\n"
    "青川省设区市林业局长会议在松林召开\n"
    "发布时间:2017年01月20日\n"
    "来源:青川省林业厅\n"
    "中国林业网1月20日讯 近日,青川省设区市林业局长会议在松林市召开。省林业厅厅长王小明出席会议。"
    "会议总结2016年工作,部署2017年全省林业工作。\n"
)


def test_a_provincial_bureaus_own_meeting_under_its_source_row_is_the_bureaus() -> None:
    d = summarize(text=_BUREAU_MEETING).document
    assert d.doc_type == "news"
    assert d.agency == "青川省林业厅"


def test_a_places_honour_under_a_bureaus_source_row_stays_the_places() -> None:
    honour = (
        "喜报!松林市新增一省级法治文化主题公园\n"
        "来源:松林市司法局\n"
        "本网讯 近日,省司法厅下发通知,松林市河湾法治文化公园榜上有名。\n"
        "松林市河湾法治文化公园占地500亩,配套建设法治文化长廊。\n"
    )
    d = summarize(text=honour).document
    assert d.doc_type == "news"
    assert d.agency != "松林市司法局"


# a paper's lead dated 昨(28)日 under its page's date row (2016-07-29 09:22:16): the day before the page's, so of its year,
# whatever span of years (2011-2015) the honours it reports cover
def test_a_papers_yesterday_with_its_day_in_brackets_takes_the_pages_year() -> None:
    text = (
        "我省获全国普法先进名单揭晓\n"
        "2016-07-29 09:22:16\n"
        "本报讯(记者 王小明)昨(28)日,记者从省司法厅获悉,省普法办日前通报了我省受到表彰的2011-2015年全国法治宣传教育"
        "先进集体和先进个人名单。我省共有4个市、23个县获得表彰。\n"
        "据了解,此前全国普法办对先进集体和个人进行了表彰。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2016


# a district congress that heard the procuratorate's work report, quoted by its title only (检察长某某作的《某区人民
# 检察院工作报告》), the story closing on what the procuratorate will do under the district's leadership (某院将在区委…
# 领导下): the procuratorate's news, not the district's
def test_a_congress_hearing_one_bodys_quoted_work_report_is_that_bodys_news() -> None:
    text = (
        "近日,青川市松林区第五届人民代表大会第五次会议听取了松林区人民检察院检察长王小明作的《松林区人民检察院工作报告》。"
        "大会审议通过了检察工作报告。\n"
        "报告起草之后,先后多次征求人大代表、政协委员和社会各界意见。\n"
        "在今后的工作中,松林区人民检察院将在区委和市检察院的正确领导下,认真履行法律监督职责。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "松林区人民检察院"
