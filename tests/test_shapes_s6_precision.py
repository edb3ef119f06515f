"""Precision under real packagings, session 6 (issue 10): guards that turn a wrong agency into a null, and ways to
read a copy pasted as one line as the page it was copied from.

- Courts named together (某州法院, 两级法院: a place's or a tier's courts as a whole) are no one body: a court's
  report that says 现将某州法院…情况报告如下 names its system of courts, not itself.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.clean import split_run_on
from summarizer.facts import org_name
from summarizer.models import DocType
from tests.support.facts import document, one_line, spaced_line

# a court's report to a standing committee, its title reduced to the court's name, its opening naming the courts of
# its city together (青岚法院) as the subject of the report
COURTS_REPORT = (
    "青岚市中级人民法院\n"
    "主任、副主任、各位委员:\n"
    "按照市人大常委会的安排,我院对2021年以来的行政审判工作进行了回顾。现将青岚法院2021年以来的行政审判工作情况报告如下:\n"
    "一、行政审判工作的基本情况\n"
    "2021年以来,青岚市两级法院共受理一审行政案件1260件,审结1183件。\n"
    "二、存在的问题\n"
    "行政机关负责人出庭应诉率仍有待提高。\n"
)


@pytest.mark.parametrize("pack", [one_line, spaced_line])
def test_courts_named_together_are_no_agency(pack):
    assert document(pack(COURTS_REPORT)).agency in (None, "青岚市中级人民法院")


@pytest.mark.parametrize("name", ["青岚法院", "青岚州法院", "青岚市两级法院", "全省各级检察院"])
def test_a_system_of_courts_is_no_name(name):
    assert org_name(name) is None


@pytest.mark.parametrize(
    "name",
    ["青岚市中级人民法院", "青岚县人民法院", "县法院", "市中级法院", "青岚海事法院", "青岚县检察院", "最高人民法院"],
)
def test_one_court_keeps_its_name(name):
    assert org_name(name) == name


# A one-line copy of a page read as the page: its trail, title, fields and first sentence each on a line again.

_REPORT_BODY = (
    "2024年,我局在市委、市政府的坚强领导下,深入推进法治政府建设,取得了新的成效。\n"
    "一、主要举措和成效\n"
    "(一)强化组织领导。局主要负责人履行推进法治建设第一责任人职责,召开专题会议4次。\n"
    "二、存在的不足\n"
    "执法队伍力量仍显薄弱。\n"
    "三、下一步工作安排\n"
    "持续加强执法队伍建设,健全行政执法责任制,深入开展法治宣传教育,推动法治政府建设再上新台阶。\n"
)


def _page(crumbs: str, title: str, fields: str) -> str:
    return f"{crumbs}\n{title}\n{fields}\n" + _REPORT_BODY


@pytest.mark.parametrize(
    ("crumbs", "title", "agency"),
    [
        # the last crumb a section's name
        ("首页 > 政务公开 > 通知公告", "青岚县农业农村局2024年法治政府建设年度报告", "青岚县农业农村局"),
        ("当前位置:首页>专题专栏>法治政府建设专栏", "青岚县农业农村局2024年法治政府建设年度报告", "青岚县农业农村局"),
        # the last crumb the body whose pages these are, then the title naming it in full
        (
            "您当前的位置:首页>政务公开>部门信息>县农业农村局",
            "青岚县农业农村局2024年法治政府建设年度报告",
            "青岚县农业农村局",
        ),
        # a title that opens with its year: the body is in the page's source field under it
        ("首页 > 政务公开 > 文件通知", "2024年度农业农村局法治政府建设工作报告", "青岚县农业农村局"),
    ],
)
@pytest.mark.parametrize("pack", [one_line, spaced_line])
def test_a_trail_run_into_the_title(crumbs, title, agency, pack):
    doc = document(pack(_page(crumbs, title, "信息来源:青岚县农业农村局")))
    assert doc.title == title
    assert (doc.agency, doc.report_year) == (agency, 2024)


# a news page: headline, the page's fields, then the lead; the lead's first words glued to the last field's value
NEWS_PAGE = (
    "网站首页 >> 工作动态 >> 法治工作\n"
    "青岚州人大常委会审议青岚州政府2024年法治政府建设情况报告\n"
    "发布日期:2025-05-19 点击数: 来源:青岚州司法局 编辑:青岚州司法局\n"
    "4月22日,州人大常委会第十二次会议听取和审议了州人民政府关于2024年度法治政府建设情况的报告。"
    "会议认为,州人民政府深入推进依法行政,法治政府建设取得新成效。会议要求,持续推进严格规范公正文明执法,"
    "健全行政执法责任制,深入开展法治宣传教育,加强基层执法队伍建设。\n"
)


@pytest.mark.parametrize("pack", [one_line, spaced_line])
def test_fields_run_into_the_lead_are_the_page_s(pack):
    doc = document(pack(NEWS_PAGE))
    assert doc.doc_type == DocType.news
    assert doc.agency != "青岚州司法局"  # the page's poster, not the body the news is about


def test_a_field_value_never_takes_the_body_s_first_words():
    """编辑:某某为…: a value that is neither a date nor a name may hold the body's first words; the row stays whole."""
    line = (
        "首页 > 政务公开 > 通知公告青岚县农业农村局2024年法治政府建设年度报告编辑:王明为深入推进依法行政,"
        + "全面推进法治政府建设。" * 20
    )
    lines = split_run_on([line])
    assert not any(row.startswith("为深入推进") for row in lines)


# a page whose header row ends in its text-size control, then a document whose first sentence names its writer
INDEX_PAGE = (
    "县级法治政府建设评价指标(2024年版)\n"
    "发布日期:2024-09-02 10:17 作者:青岚县财政局 来源:青岚省司法厅 阅读: 字体【 大 中 小 】\n"
    "青岚省法治政府建设领导小组办公室坚持问题导向、目标导向,修订形成本指标体系,作为开展示范创建活动的评估标准。\n"
    "一、政府职能依法全面履行\n"
    "1.深化简政放权。行政许可事项在法定期限内办结,并不断压缩办理时限。\n"
    "2.优化营商环境。全面落实公平竞争审查制度,清理妨碍统一市场的规定。\n"
    "二、依法行政制度体系完善\n"
    "3.加强行政规范性文件管理。规范性文件全部经过合法性审核。\n"
)


@pytest.mark.parametrize("pack", [lambda t: t, one_line, spaced_line])
@pytest.mark.parametrize("control", ["字体【 大 中 小 】", "字号:[ ]", "字体大小: 打印 收藏", "【字体:"])
def test_the_text_size_control_ends_the_page_s_header_row(control, pack):
    text = INDEX_PAGE.replace("字体【 大 中 小 】", control)
    assert document(pack(text)).agency == "青岚省法治政府建设领导小组办公室"  # not the page's source


def test_a_document_number_is_no_text_size_control():
    """发文字号: is a field of its own (the document's number), not the page's 字号 control: the row goes on."""
    row = "发布日期:2024-09-02 发文字号:青政办〔2024〕3号" + "青岚县人民政府办公室关于印发工作要点的通知。" * 12
    assert not any(line.endswith("发文字号:") for line in split_run_on([row]))


# a policy database's page: the notice's title and a tag, then its fields (the issuer's among them), then the notice
NOTICE_PAGE = (
    "印发《青岚市法治政府建设考评指标(试行)》的通知\n"
    "政策\n"
    "发布部门:市政府办公室\n"
    "发布时间:2023年02月10日\n"
    "有效性:有效\n"
    "市政府各部门、各直属机构:《青岚市法治政府建设考评指标(试行)》已经市政府常务会议讨论通过,现印发给你们,请认真执行。\n"
    "青岚市人民政府办公室\n"
    "2023年1月20日\n"
    "一、依法全面履行政府职能\n"
    "(一)机构职能依法设置。部门职责清晰,权责清单动态调整。\n"
    "(二)行政审批依法规范。审批事项全部进驻政务服务中心办理。\n"
    "二、行政决策科学民主合法\n"
    "(一)重大行政决策全部经过合法性审查。\n"
)


@pytest.mark.parametrize("pack", [one_line, spaced_line])
def test_the_issuer_s_row_run_into_a_one_line_copy(pack):
    assert document(pack(NOTICE_PAGE)).agency == "市政府办公室"  # the page's issuer, not the place of its documents


def test_a_notice_that_issues_a_document_is_no_news_whatever_tag_follows_its_title():
    """印发《…》的通知政策: the page's tag (政策) run onto the title of a one-line copy leaves it a notice."""
    text = NOTICE_PAGE.replace("发布时间:2023年02月10日", "发布时间:2023-02-10")
    assert document(one_line(text)).doc_type != DocType.news


def test_a_date_field_keeps_its_date():
    """发布时间:2023年02月10日: the year opens the field's value, not the body's first sentence."""
    lines = split_run_on([one_line(NOTICE_PAGE)])
    assert not any(line.startswith("2023年02月10日") for line in lines)


# a speech that lost its title: its opening recalls the year a central plan came out
SPEECH = (
    "同志们:\n"
    "刚才,会议通报了全县法治政府建设工作情况,总结了成绩,分析了问题。下面,我讲三点意见。\n"
    "一、提高认识,进一步增强推进法治政府建设的责任感\n"
    "2015年,中共中央、国务院印发《法治政府建设实施纲要(2015-2020年)》,对法治政府建设作出全面部署。\n"
    "二、突出重点,扎实推进依法行政\n"
    "各乡镇、各部门要严格规范公正文明执法,加强行政执法监督。\n"
)


def test_the_year_a_central_plan_came_out_is_not_the_text_s():
    assert document(SPEECH).report_year is None


def test_an_opening_year_that_applies_the_plan_stays():
    """2024年,我局认真贯彻中共中央、国务院印发的《纲要》: the year of the writer's own work."""
    text = SPEECH.replace(
        "2015年,中共中央、国务院印发《法治政府建设实施纲要(2015-2020年)》,对法治政府建设作出全面部署。",
        "2024年,全县认真贯彻中共中央、国务院印发的《法治政府建设实施纲要(2021-2025年)》,法治政府建设取得新成效。",
    )
    assert document(text).report_year == 2024


# a county's progress table on its government work report's tasks, rule-of-law ones among them
PROGRESS_TABLE = (
    "2024年《政府工作报告》重点工作目标任务进展情况表\n"
    "序号 |\n目标与任务 |\n牵头责任单位 |\n完成情况 |\n"
    "12 |\n深化法治政府建设,严格执行重大行政决策程序。 |\n县司法局 |\n全年审查重大行政决策事项9件。 |\n已完成 |\n"
    "15 |\n推进法治政府建设示范创建,加强行政执法监督。 |\n县司法局 |\n开展行政执法案卷评查2次。 |\n已完成 |\n"
)


@pytest.mark.parametrize(
    "pack", [lambda t: t, lambda t: "县委、县政府:\n" + t, lambda t: "原创 青岚普法 2025-01-05 09:30\n" + t]
)
def test_a_table_is_no_report(pack):
    assert document(pack(PROGRESS_TABLE)).doc_type != DocType.annual_report


def test_an_assessment_table_keeps_its_genre():
    text = PROGRESS_TABLE.replace(
        "2024年《政府工作报告》重点工作目标任务进展情况表", "青岚县2024年度法治政府建设考核评分表"
    )
    assert document(text).doc_type == DocType.assessment_form


# a duty list (a city's list of what its leaders must do), its parts' headings each run into a sentence that names
# the duty, once its line breaks are lost
DUTY_LIST = (
    "为切实推动党政主要负责人履行推进法治建设第一责任人职责,结合本市实际,制定青岚市党政主要负责人履行推进法治建设"
    "第一责任人职责清单如下。\n"
    "一、基本原则\n"
    "党政主要负责人履行推进法治建设第一责任人职责,必须遵循以下原则:\n"
    "(一)坚持党的领导。\n(二)坚持权责一致,确保有权必有责、失责必追究。\n"
    "二、基本要求\n"
    "党政主要负责人作为推进法治建设第一责任人,应当做到:\n"
    "(一)带头学习贯彻习近平法治思想。\n(二)统筹推进科学立法、严格执法、公正司法、全民守法。\n"
    "三、职责清单\n"
    "(一)市委主要负责人。定期听取法治建设工作汇报,及时研究解决重大问题。\n"
)

# an explanation of a plan, its title run into the plan's name that opens the body, and a part whose heading runs
# into a sentence on the plan's tasks (主要内容《工作安排》共…)
EXPLANATION = (
    "市司法局:《青岚市人民政府2025年法治政府建设重点工作安排》解读\n"
    "《青岚市人民政府2025年法治政府建设重点工作安排》(以下简称《工作安排》)已经市政府同意印发,现作如下解读。\n"
    "一、制定背景\n"
    "法治政府建设是全面依法治国的重点任务和主体工程。\n"
    "二、起草经过\n"
    "市法治政府建设领导小组办公室在深入调研的基础上,起草了《工作安排》,征求了各部门意见。\n"
    "三、主要内容\n"
    "《工作安排》共安排部署16项重点工作,涵盖依法全面履行政府职能、健全依法决策机制等方面。\n"
)


@pytest.mark.parametrize("pack", [one_line, spaced_line])
@pytest.mark.parametrize("text", [DUTY_LIST, EXPLANATION], ids=["duty_list", "explanation"])
def test_a_heading_run_into_its_body_names_no_part(text, pack):
    """Only a heading's own words name a mandated part, never the sentence or the cited title run on after it."""
    assert document(pack(text)).doc_type != DocType.annual_report


@pytest.mark.parametrize("pack", [one_line, spaced_line])
def test_an_explanation_s_title_ends_at_its_word(pack):
    """…》解读《…》(以下简称…): the title ends at 解读, so the explained plan's year is the text's."""
    assert document(pack(EXPLANATION)).report_year == 2025


@pytest.mark.parametrize(
    ("heading", "votes"),
    [
        ("三、主要内容《重点工作安排》共安排部署16项重点工作", False),  # a cited plan's name
        ("一、基本原则党政主要负责人履行推进法治建设第一责任人职责,必须遵循以下原则:", False),  # a lead-in
        ("三、2026年工作安排", True),
        ("二、党政主要负责人履行推进法治建设第一责任人职责情况", True),
    ],
)
def test_only_a_heading_s_own_words_name_a_part(heading, votes):
    from summarizer.outline import parse
    from summarizer.pipeline import part_headings
    from summarizer.sections import is_part_heading

    text = heading + "\n全年组织开展专题培训3次。\n"
    assert bool(part_headings(parse(text, unnumbered=is_part_heading))) is votes


@pytest.mark.parametrize("when", ["今年以来", "(2025年12月11日)\n今年以来", "一年来"])
def test_a_report_that_opens_on_its_time_names_its_writer_after_it(when):
    """今年以来，某分局始终坚持…: the time phrase is no name (今年 with 以 after it), the body after it is."""
    text = (
        f"{when},青岚区公安分局始终坚持以习近平法治思想为指引,深入推进法治公安建设。\n"
        "一、主要举措和成效\n(一)履行法治建设第一责任人职责。局党委召开专题会议4次。\n"
        "二、存在的不足\n执法规范化水平有待提高。\n"
    )
    assert document(text).agency == "青岚区公安分局"


# a notice from a body named for its task: its number, its title, the bodies it is sent to, then the notice
NOTICE = (
    "青法政办〔2025〕12号\n"
    "青岚市法治政府建设领导小组办公室关于印发《2025年度青岚市依法行政考核实施方案》的通知\n"
    "各县(区)人民政府,市政府各部门:\n"
    "现将《2025年度青岚市依法行政考核实施方案》印发给你们,请认真贯彻执行。\n"
    "一、考核对象\n纳入市政府依法行政考核范围的单位共37个。\n"
    "二、考核组织\n考核在市法治政府建设领导小组统一领导下进行,由领导小组办公室负责组织实施。\n"
    "三、考核方式\n采取日常考核与年终考核相结合的方式进行,年终考核采取实地查看、查阅资料等方式。\n"
)


@pytest.mark.parametrize("pack", [lambda t: t, one_line, spaced_line])
@pytest.mark.parametrize("numbered", ["before", "after"])
def test_a_notice_s_number_and_title_run_together(numbered, pack):
    """青法政办〔2025〕12号…的通知各县(区)人民政府: the number, the title and the addressees are lines again."""
    text = NOTICE
    if numbered == "after":  # the number under the title, as many notices set it
        lines = text.split("\n")
        text = "\n".join([lines[1], lines[0], *lines[2:]])
    doc = document(pack(text))
    assert doc.agency == "青岚市法治政府建设领导小组办公室"
    assert doc.doc_type != DocType.implementation_plan  # an assessment's plan sets no one's work


def test_a_title_broken_over_two_lines_reads_as_one_in_a_spaced_copy():
    """…依法行政考核 实施方案》: the space a lost line break left inside a title says nothing of its genre."""
    text = NOTICE.replace("依法行政考核实施方案》的通知\n", "依法行政考核\n实施方案》的通知\n", 1)
    assert document(spaced_line(text)).doc_type != DocType.implementation_plan


_DISCLOSURE_BODY = (
    "一、总体情况\n2024年,我局深入贯彻《中华人民共和国政府信息公开条例》,全年主动公开政府信息326条。\n"
    "二、主动公开政府信息情况\n全年制发规范性文件2件,均已按规定公开。\n"
    "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请5件,均在法定期限内答复。\n"
    "四、存在的主要问题及改进情况\n信息公开的及时性有待提高。下一步将健全信息发布协调机制,加强业务培训,"
    "进一步提升政府信息公开工作质量。\n"
)


@pytest.mark.parametrize(
    ("title", "after"),
    [
        ("青岚县统计局2024年政府信息公开工作年度报告", "2025-01-20 浏览:青岚县统计局"),  # the page's date
        ("青岚县统计局2024年政府信息公开工作年度报告", "( 2025-01-20)"),  # the date in brackets
        ("青岚县统计局2024年政府信息公开工作年度报告", "【 字体:打印时间:2025-01-20"),  # the page's tools
        ("青岚县统计局2024年政务公开年报", "发布时间:2025-01-20"),  # a title that ends in 年报
        ("青岚县统计局2024年政府信息公开工作年度报告", "本报告根据《中华人民共和国政府信息公开条例》编制。"),
    ],
)
def test_a_title_run_into_what_follows_it_on_the_page(title, after):
    doc = document(one_line(f"{title}\n{after}\n{_DISCLOSURE_BODY}"))
    assert (doc.agency, doc.report_year) == ("青岚县统计局", 2024)


def test_a_traditional_title_run_into_its_opening():
    """年度報告根據《…》: the opening's first word in traditional script ends the title as its simplified form does."""
    text = (
        "青嵐縣統計局2024年政府信息公開工作年度報告\n根據《中華人民共和國政府信息公開條例》編制本報告。\n"
        + _DISCLOSURE_BODY
    )
    doc = document(one_line(text))
    assert (doc.agency, doc.report_year) in (("青嵐縣統計局", 2024), ("青岚县统计局", 2024))
