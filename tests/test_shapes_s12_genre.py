"""Genres, session 12 (issue 10): shapes from the labelled sets A–EN, blind sets of session 12 among them.

- A copy that lost its title and its formula may open on one paragraph about the body's rule-of-law work (某市坚持以…
  为指导…，法治建设成效显著。) before its part 一、 and then tell what was done, with the year's counts: the report
  without its title, as a copy starting at 一、 is. Half a year's summary (2022年上半年，…) opening the same way is not,
  nor a bureau's whole year whose opening names no rule-of-law work (…充分发挥司法行政职能作用，各项工作取得了新进展),
  nor the years since a period's start (党的十八大以来，某市…), nor a plan's purpose (为…，现结合某镇实际，制定2024年
  …工作计划), nor a plan whose parts ask what is to be done.
- A feature story is news whose subtitle says what it is (——某县“八五”普法工作掠影, …工作纪实, …工作回眸), in the
  title or on a line of its own under the headline; over a report carried whole (its formula, its parts) the page is
  the report's.
- A 普法 summary titled with 依法治理 or 依法治县 beside it (四五普法与依法治县工作总结) is a 普法 summary.
- A carrier's dateline names the item news whatever the carrier is called (某某在线讯 通讯员 某某 报道：, 某某信息港讯 …),
  unless the page goes on to carry a report whole.
- A headline that ends on a meeting held (十七届县人民政府第25次常务会议召开) is news whoever held the meeting; the
  meeting's minutes (…常务会议纪要) are not.
- A feature story may open on the course of the work it tells (在推进…的进程中，某区法学会积极探索…): a third party's
  story, as one opening on its purpose (为…，) is; a body telling its own course (…进程中，我局坚持…) is none.
- An article that speaks of itself as 本文 (本文将深入探讨…) or opens on its 引言 is a writer's view of the work,
  whatever report's parts it borrows; a mirror's disclaimer (对本文以及其中全部或者部分内容…) makes no article.
- A notice that issues a rule the government passed (《某县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，
  现予印发) is the rule's notice, no news of the meeting; a lead that tells of the meeting that passed it (1月4日，县政府
  召开全体会议，审议通过《…工作规则》) is news.
- A research report (…情况调研报告, …调研报告汇编) and an inspection's circular (…重点工作进展情况督查通报) are documents,
  whatever report's parts a study holds; a headline telling of the research or the inspection done (某县政协开展法治政府
  建设专题调研, 市政府督查组到某县督查…) is news.
- A title that names a survey, an inspection's findings, a budget's accounts or a lesson learnt (…法治政府建设调查
  报告, …重点工作督查报告, …决算公开报告, …创建经验总结) names no year's report, whatever formula and parts follow.
- A decision that makes public what it decided (现将清理结果公布如下) has no report's formula; a body that makes public
  its year's work (现将本县2023年法治政府建设情况公布如下) has.
- A report made public as a notice says so in its formula (现将某厅…法治政府建设情况报告公告如下): a report's formula.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document

_PARTS = (
    "一、高位推进法治政府建设\n"
    "落实第一责任人责任。市委市政府主要负责人亲自部署法治政府建设工作，全年召开法治政府建设专题推进会4次，"
    "印发创建工作方案，对全市各单位开展督察12次。\n"
    "二、依法全面履行政府职能\n"
    "在市政府网站公布政府工作部门权责清单，编制行政许可事项清单，累计办结审批事项3200件。\n"
    "三、严格规范公正文明执法\n"
    "组织行政执法人员培训3场，评查行政执法案卷150份，办结行政复议案件46件。\n"
)

# the mandated parts of a report on 2023, as a formula or a carrier hands them over
_REPORT_PARTS = (
    "一、2023年法治政府建设的主要举措和成效\n全年审查规范性文件12件，办结行政复议案件8件。\n"
    "二、存在的不足和原因\n（一）执法力量不足\n基层执法人员偏少。\n（二）执法能力不足\n培训覆盖面不够。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县长主持召开常务会议研究法治工作5次。\n"
    "四、2024年工作安排\n继续推进严格规范公正文明执法。\n"
)


def test_an_untitled_report_opening_on_its_rule_of_law_year_before_part_one_is_a_report() -> None:
    """某市坚持以…为指导…法治建设成效显著。 over 一、二、三、 that tell what was done with counts: the report, its title
    lost; half a year's summary, a bureau's whole year, or the same opening over a plan's tasks is none."""
    opening = (
        "青禾市坚持以习近平新时代中国特色社会主义思想为指导，认真学习领会习近平法治思想，以创建全省法治政府建设示范市"
        "为引领，推动全市法治建设工作重点突破，连续3年获得法治政府建设考核优秀等次，法治建设成效显著。\n"
    )
    assert document(opening + _PARTS).doc_type == DocType.annual_report
    half_year = "2022年上半年，在县委、县政府的正确领导下，我们始终围绕中心工作，充分发挥职能作用，推进法治政府建设。\n"
    assert document(half_year + _PARTS).doc_type != DocType.annual_report
    bureau = (
        "2023年，在县委、县政府的坚强领导下，县司法局坚持以习近平新时代中国特色社会主义思想为指导，充分发挥司法行政"
        "职能作用，各项工作取得了新进展新成效。青禾县被评为全省人民调解工作先进县。\n"
    )
    assert document(bureau + _PARTS).doc_type != DocType.annual_report
    since = (
        "党的十八大以来，青禾市坚持深学践悟习近平法治思想，将法治建设专章纳入市党代会报告和“十四五”规划，法治青禾"
        "建设取得实质性成效。\n"
    )
    assert document(since + _PARTS).doc_type != DocType.annual_report
    purpose = (
        "为深入推进依法行政，全面建设法治政府，根据《法治政府建设实施纲要（2021—2025年）》，现结合青禾镇实际，制定"
        "2024年法治政府建设工作计划。\n"
    )
    assert document(purpose + _PARTS).doc_type != DocType.annual_report
    plan = opening + (
        "一、高位推进法治政府建设\n"
        "要坚持把法治政府建设摆在全局工作的重要位置，要加强统筹协调，确保各项任务落到实处。\n"
        "二、依法全面履行政府职能\n"
        "要进一步健全权责清单制度，力争年底前完成行政许可事项清单编制。\n"
        "三、严格规范公正文明执法\n"
        "要全面推行行政执法三项制度，确保执法人员培训不少于40学时。\n"
    )
    assert document(plan).doc_type != DocType.annual_report


def test_a_report_announced_by_its_formula_is_a_report() -> None:
    """现将某厅2017年度法治政府建设情况报告公告如下: the formula of a report made public as a notice; a notice that
    announces a list (现将…名单公告如下) is none."""
    basis = "根据《法治政府建设实施纲要》和《青禾省法治政府建设情况定期报告规定》有关要求，"
    body = (
        "2017年，全省审计机关在省委、省政府的正确领导下，依法全面履行审计监督职责，全省共开展审计项目4867个。\n"
        "一、依法全面履行审计监督职责\n"
        "全年完成审计项目86个，推动建立健全制度32项。\n"
    )
    report = basis + "现将省审计厅2017年度法治政府建设情况报告公告如下：\n" + body
    assert document(report).doc_type == DocType.annual_report
    roster = basis + "现将2017年度法治政府建设先进单位名单公告如下：\n青禾市审计局\n白石县审计局\n"
    assert document(roster).doc_type != DocType.annual_report


_STORY = (
    "“八五”普法规划实施以来，青禾县坚持以习近平法治思想为指引，强力推动普法各项任务落地生根。全县建成法治文化公园"
    "6个，组织法律明白人培训40场，群众法治素养显著提升。\n"
    "青禾县司法局工作人员在枸杞地里调解矛盾纠纷，把法律送到田间地头。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "法治之光照亮青禾大地\n\n——青禾县“八五”普法工作掠影\n\n",
        "法治之光照亮青禾大地——青禾县“八五”普法工作回眸\n来源：青禾日报 时间：2025-07-09\n",
        "以法治力量护航高质量发展\n——青禾县做实做细法治建设工作纪实\n",
    ],
)
def test_a_feature_storys_subtitle_makes_news(head: str) -> None:
    assert document(head + _STORY).doc_type == DocType.news


def test_a_report_carried_under_a_feature_subtitle_stays_a_report() -> None:
    """——某县2023年法治政府建设工作回眸 over a text that reports its year by the formula and the mandated parts: the
    page carries the report, whatever its subtitle calls it."""
    head = "法治之光照亮青禾大地\n——青禾县2023年法治政府建设工作回眸\n"
    report = "2023年，青禾县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n" + _REPORT_PARTS
    assert document(head + report).doc_type == DocType.annual_report


def test_a_pufa_summary_with_the_governance_of_its_county_is_no_annual_report() -> None:
    """县四五普法与依法治县工作总结 over a year of 普法 told as 我县: a 普法 summary, as 普法工作总结 is."""
    body = (
        "今年，我县的普法和依法治县工作在县委、县政府的坚强领导下，大力开展普法宣传教育，全面深化依法治理，较好地完成了"
        "年度任务。\n一、夯实工作基础\n（一）健全组织领导。县委、县政府成立了普法依法治县领导小组，全年召开会议4次。\n"
        "二、推进依法行政\n全年审查规范性文件12件，办结行政复议案件8件。\n"
    )
    for title in ("青禾县四五普法与依法治县工作总结\n", "青禾县普法依法治理年度工作总结\n"):
        assert document(title + body).doc_type == DocType.other


@pytest.mark.parametrize(
    "dateline",
    ["青禾在线讯 通讯员 白石 报道：今年5月是第五个民法典宣传月。", "青禾信息港讯 今年5月是第五个民法典宣传月。"],
)
def test_a_carriers_dateline_makes_news(dateline: str) -> None:
    story = (
        "5月8日，县卫健局联合县疾控中心来到城关镇王家坪村，开展民法典集中宣传活动。\n"
        "在活动现场，县卫健局通过设置咨询台、发放普法资料、现场答疑等方式，把法律知识送到群众家门口。\n"
    )
    assert document(dateline + story).doc_type == DocType.news


def test_a_report_carried_under_a_carriers_dateline_stays_a_report() -> None:
    text = "青禾在线讯 现将青禾县2023年法治政府建设情况报告如下：\n" + _REPORT_PARTS
    assert document(text).doc_type == DocType.annual_report


_MEETING_PAGE = "无障碍浏览\n长者模式 青禾县人民政府\n首页 >> 公开信息内容\n\n{headline}\n\n{body}"


def test_a_headline_of_a_meeting_held_makes_news() -> None:
    body = (
        "县长白石主持召开第十七届县人民政府第25次常务会议，学习贯彻土林保护管理条例，听取全县行政执法工作情况"
        "汇报，研究部署下一步工作。\n会议强调，要严格规范公正文明执法。\n"
    )
    text = _MEETING_PAGE.format(headline="十七届县人民政府第25次常务会议召开", body=body)
    assert document(text).doc_type == DocType.news


def test_a_meetings_minutes_are_no_news() -> None:
    body = "会议议定：\n一、原则同意《青禾县行政执法公示办法》，由县司法局修改完善后印发实施。\n二、同意土林保护项目实施方案。\n"
    text = _MEETING_PAGE.format(headline="十七届县人民政府第25次常务会议纪要", body=body)
    assert document(text).doc_type != DocType.news


def test_a_story_opening_on_the_course_of_its_work_is_news() -> None:
    story = (
        "时间:2025-05-16 来源:青禾市法学会 责任编辑:白石\n"
        "在推进法学会基层服务站点建设的进程中，青禾市白石区法学会积极探索、大胆创新，走出了一条服务基层治理之路。\n"
        "该区法学会在12个街道设立服务站点，组织法律专家开展咨询服务40余场。\n"
    )
    assert document(story).doc_type == DocType.news
    own = story.replace("青禾市白石区法学会积极探索、大胆创新", "我会积极探索、大胆创新")
    assert document(own).doc_type != DocType.news


def test_an_article_on_the_work_is_no_report() -> None:
    article = (
        "引言\n\n青禾作为西南地区的一个省份，乡镇行政执法权的行使对于保障民生具有重要意义。本文将深入探讨青禾乡镇行政"
        "执法权的现状、挑战以及破解之道。\n\n"
    )
    assert document(article + _REPORT_PARTS).doc_type == DocType.other


def test_a_mirrors_disclaimer_makes_no_article() -> None:
    report = (
        "2023年，白石县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        + _REPORT_PARTS
        + "声明：本站转载的文章，对本文以及其中全部或者部分内容、文字的真实性、完整性不作任何保证。\n"
    )
    assert document(report).doc_type == DocType.annual_report


def test_a_notice_issuing_a_rule_the_government_passed_is_no_news() -> None:
    notice = (
        "青禾县人民政府关于印发《青禾县人民政府工作规则》的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "《青禾县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，现予印发，请认真贯彻执行。\n"
        "青禾县人民政府工作规则\n第一章 总则\n第一条 为适应新时代要求，制定本规则。\n"
    )
    assert document(notice).doc_type == DocType.other
    lead = (
        "1月4日，青禾县人民政府召开第三次全体会议，审议通过《青禾县人民政府工作规则》。县长白石主持会议并讲话。\n"
        "会议强调，要严格执行工作规则，推进依法行政。\n"
    )
    assert document(lead).doc_type == DocType.news


_CIRCULAR = (
    "各县区人民政府，市政府各部门：\n根据市政府工作安排，市政府督查室对2020年上半年重点工作进展情况进行了督查。现将"
    "有关情况通报如下：\n一、总体情况\n42项重点工作中，已完成12项，序时推进26项，滞后4项。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "青禾县法治建设情况调研报告\n" + _REPORT_PARTS,
        "法治政府建设情况调研报告汇编（7篇）\n" + _REPORT_PARTS,
        "2020年上半年市政府重点工作进展情况督查通报\n" + _CIRCULAR,
    ],
)
def test_a_research_report_or_an_inspections_circular_is_a_document(text: str) -> None:
    assert document(text).doc_type == DocType.other


@pytest.mark.parametrize(
    "title", ["青禾县政协开展法治政府建设专题调研\n", "市政府督查组到青禾县督查法治政府建设工作\n"]
)
def test_a_headline_of_research_or_inspection_done_is_news(title: str) -> None:
    story = "5月8日，调研组一行实地察看了县行政复议中心，听取了县司法局的工作汇报，并召开座谈会听取意见建议。\n"
    assert document(title + story).doc_type == DocType.news


_FORMULA = "2023年，青禾县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"


@pytest.mark.parametrize(
    "title",
    [
        "青禾县法治政府建设调查报告\n",
        "2023年街道办事处重点工作督查报告\n",
        "白石区司法局2023年决算公开报告\n",
        "民主法治示范村创建经验总结\n",
    ],
)
def test_a_title_naming_a_survey_findings_accounts_or_lessons_is_no_annual_report(title: str) -> None:
    assert document(title + _FORMULA + _REPORT_PARTS).doc_type == DocType.other


def test_the_same_formula_and_parts_under_a_reports_title_are_a_report() -> None:
    title = "青禾县2023年法治政府建设情况报告\n"
    assert document(title + _FORMULA + _REPORT_PARTS).doc_type == DocType.annual_report


def test_a_decision_made_public_has_no_reports_formula() -> None:
    opening = (
        "为维护社会主义法制统一，根据有关规定，县人民政府对现行有效的行政规范性文件进行了全面清理。现将清理结果公布"
        "如下：\n"
    )
    results = "一、继续有效的行政规范性文件（共58件）\n二、废止的行政规范性文件（共12件）\n三、修改的行政规范性文件（共3件）\n"
    assert document(opening + results).doc_type != DocType.annual_report
    made_public = "2023年，青禾县扎实推进法治政府建设。现将本县2023年法治政府建设情况公布如下：\n" + _REPORT_PARTS
    assert document(made_public).doc_type == DocType.annual_report
