"""Genres, session 12 (issue 10): shapes from the labelled sets A–DY and the blind sets of session 12.

- A copy that lost its title and its formula may open on one paragraph about the body's rule-of-law work (某市坚持以…
  为指导…，法治建设成效显著。) before its part 一、 and then tell what was done, with the year's counts: the report
  without its title, as a copy starting at 一、 is. Half a year's summary (2022年上半年，…) opening the same way is not,
  nor a bureau's whole year whose opening names no rule-of-law work (…充分发挥司法行政职能作用，各项工作取得了新进展),
  nor a plan whose parts ask what is to be done.
- A report made public as a notice says so in its formula (现将某厅…法治政府建设情况报告公告如下): a report's formula.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

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
