"""Genre and year, session 5 round 5 (issue 10): shapes of sets V and W — a disclosure report that opens on the
regulation it is owed to, a year guided by the thought on the rule of law, a court's or a consultative conference's
own 法治建设 summary, a headline printed twice under a column label, a letter-spaced title, a lead that arranges the
year's work.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.models import DocType


def document(text: str):
    return summarize(text=text, engine="rules").document


# a disclosure report without its title, whose body is full of rule-of-law work
DISCLOSURE_UNTITLED = (
    "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《某省人民政府办公厅关于做好2020年政府信息公开工作"
    "年度报告编制发布工作的通知》有关要求,现就2020年政务公开年度工作情况报告如下:\n"
    "一、总体情况\n"
    "(一)围绕建设法治政府全面推进政务公开。\n"
    "指导市水务局起草《某市河道保护条例(草案)》。对拟以政府名义出台的50份文件进行合法性审查,出具审查意见48份。"
    "受理行政复议申请30件,办结25件。办理行政应诉案件12件,依法行政水平不断提高。\n"
    "(二)围绕重点领域加大主动公开力度。\n"
)


@pytest.mark.parametrize(
    "name,text",
    [
        ("现就…政务公开年度工作情况报告如下, rule-of-law work in its first part", DISCLOSURE_UNTITLED),
        (
            "现公开本单位 2020 年…年度报告。 with a mirror's spaced year",
            "根据《中华人民共和国政府信息公开条例》、某省办公厅《关于政府信息公开工作年度报告有关事项的通知》和省、市"
            "信息公开工作相关要求,现公开本单位 2020 年政府信息公开工作年度报告。\n一、总体情况\n"
            "2020 年,某局深入推进政务公开,做好政策解读和舆情回应,完善政务公开制度规范。\n",
        ),
        (
            "traditional script: 本報告根據《…條例》編制",
            "本報告根據《中華人民共和國政府信息公開條例》要求編制。報告中所列數據的統計期限為2022年1月1日至12月31日。\n"
            "一、總體情況\n某局依法推進法治政府建設與政務公開工作。\n",
        ),
    ],
)
def test_disclosure_report_opens_on_its_regulation(name, text):
    assert document(text).doc_type == DocType.information_disclosure_report, name


def test_regulation_cited_among_the_work_is_no_disclosure_report():
    """A rule-of-law report that cites the disclosure regulation in its work (not as the basis of the report it
    opens), and a catalogue compiled under it that names no report, stay what they are."""
    report = (
        "2023年,某镇在县委、县政府的坚强领导下,扎实推进法治政府建设。现将有关情况报告如下:\n"
        "一、2023年推进法治政府建设的主要举措和成效\n"
        "严格落实《中华人民共和国政府信息公开条例》,主动公开政府信息120条。\n"
        "二、存在的不足和原因\n三、2024年工作打算\n"
    )
    assert document(report).doc_type == DocType.annual_report
    catalogue = (
        "为全面推进政务公开,根据《中华人民共和国政府信息公开条例》,某区各部门梳理政务公开事项,编制形成事项目录,"
        "现将各单位事项目录集中对外公开。\n事项名称 事项类别 公开内容\n"
    )
    assert document(catalogue).doc_type != DocType.information_disclosure_report


def test_without_the_regulation_the_untitled_report_reads_by_its_work():
    """The same body opened by a plain report formula (现就2020年政务公开年度工作情况报告如下): without the regulation, its
    part ① as the disclosure template gives it (一、总体情况 on the year's 政务公开 work) still tells a careful reader
    what it is (session 8); a report on rule-of-law work whose part one is 总体情况 is not (test_shapes_s8_genre)."""
    text = DISCLOSURE_UNTITLED.replace(
        "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《某省人民政府办公厅关于做好2020年政府信息公开工作"
        "年度报告编制发布工作的通知》有关要求,",
        "",
    )
    assert document(text).doc_type == DocType.information_disclosure_report


GUIDED = (
    "2024年,某署坚持以习近平法治思想为指导,立足监督定位,严格依法履职,深入推进各项工作法治化。\n"
    "一、聚焦服务事业发展大局,统筹谋划开展法治建设各项工作任务\n"
    "(一)突出政治引领。集体专题学习法治思想3次,举办依法履职能力提高班1期。\n"
    "(二)狠抓任务落实。全面贯彻关于法治政府建设的部署要求,制定年度法治工作计划。\n"
    "二、聚焦保障工作高效开展,构建和完善制度体系\n"
)


def test_year_guided_by_the_rule_of_law_thought_is_a_report():
    """No title, no formula, parts named after the body's own work: the opening sentence's guide is the rule of law."""
    doc = document(GUIDED)
    assert (doc.doc_type, doc.report_year) == (DocType.annual_report, 2024)


def test_year_guided_by_another_thought_is_not():
    """The same opening guided by the general thought names no rule-of-law work: the evidence is too weak."""
    text = GUIDED.replace("坚持以习近平法治思想为指导", "坚持以新时代思想为指导")
    assert document(text).doc_type == DocType.other


@pytest.mark.parametrize(
    "name,text",
    [
        (
            "a court's summary, its name only in the opening after the year",
            "2022年法治建设工作总结\n时间:2023-02-14 阅读:120\n"
            "2022年,某区人民法院在区委的坚强领导下,在上级法院的悉心指导下,紧紧围绕全面依法治国总目标,扎实推进法治建设。"
            "\n一、强化组织领导\n全年召开党组会议专题研究法治建设4次。\n",
        ),
        (
            "a consultative conference's organ, no title",
            "2024年,市政协机关深入学习贯彻习近平法治思想,坚持把法治建设、履职尽责有机结合,不断推进机关法治建设取得新成效。"
            "\n一、主要工作情况\n(一)加强学法。组织集中学法6次。\n二、存在的问题\n",
        ),
        (
            "a court's report in its title",
            "某市中级人民法院关于2021年度法治建设工作情况的报告\n"
            "2021年,全院以习近平法治思想为指导,推进法治建设。\n一、主要工作\n",
        ),
    ],
)
def test_outside_the_government_is_no_rule_of_law_government_report(name, text):
    assert document(text).doc_type == DocType.other, name


@pytest.mark.parametrize(
    "name,text",
    [
        (
            "a government under the congress's and the court's oversight",
            "2023年,在县委的坚强领导下,在县人大常委会和县政协的监督下,县人民政府深入推进法治政府建设,取得新成效。\n"
            "一、2023年推进法治政府建设的主要举措和成效\n二、存在的不足和原因\n",
        ),
        (
            "a justice bureau that works with the court",
            "某县司法局2023年法治政府建设工作报告\n"
            "2023年,县司法局会同县人民法院深入推进法治政府建设。\n一、主要举措和成效\n",
        ),
    ],
)
def test_a_government_naming_a_court_stays_a_report(name, text):
    assert document(text).doc_type == DocType.annual_report, name


def test_headline_printed_twice_under_a_column_label():
    """A column label, a breadcrumb, the headline, the date line, the headline again: the headline is the title and
    the item is news, though its headline has no title word."""
    text = (
        "法治动态\n\n当前位置: 首页 > 工作动态 > 法治动态 > 正文\n\n"
        "某大学法治建设工作接受省考核组考核\n\n发布时间:2022-02-23 访问次数:\n\n"
        "某大学法治建设工作接受省考核组考核\n\n"
        "2月22日,省考核组来我校开展法治建设工作实地考核,重点考核领导班子学法用法情况。我办对本校2021年度法治建设"
        "工作情况进行了梳理和总结,形成了年度报告。\n考核组充分肯定了学校的工作。\n"
    )
    doc = document(text)
    assert doc.title == "某大学法治建设工作接受省考核组考核"
    assert doc.doc_type == DocType.news


def test_site_name_over_an_unrepeated_line_is_no_headline():
    """Printed once, the second short line under a site's name is not taken for a headline. (Under a news column's
    name, 法治动态, it is: session 38 found real items whose only headline stands so.)"""
    text = (
        "某大学法治网\n\n某大学法治建设工作接受省考核组考核\n\n"
        "2月22日,省考核组来我校开展法治建设工作实地考核。\n考核组充分肯定了学校的工作。\n"
    )
    assert document(text).title is None


def test_letter_spaced_work_report_title():
    """A cover title spaced out character by character, a dateline split over two lines, a speaker: a government
    work report that reviews a term (no single year)."""
    text = (
        "2023-01-29 16:07\n"
        "政 府 工 作 报 告\n"
        "——2023年1月15日在某市第十六届\n人民代表大会第一次会议上\n"
        "某市代市长 某 某\n"
        "REPORT ON THE WORK OF THE GOVERNMENT\n"
        "一、过去五年工作回顾\n"
        "五是优先发展农业农村,城乡区域发展更趋协调。超额完成耕地保有量任务,粮食生产实现较快增长。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.government_work_report
    assert doc.report_year is None


def test_lead_that_arranges_the_years_work():
    """A news item whose lead dates its meeting by day only and arranges the year's work (安排了2022年…工作)."""
    text = (
        "要闻快递\n"
        "5月9日,某县召开创建法治政府建设示范县工作推进会。会上宣读了《某县委依法治县办关于开展2021年示范创建活动的"
        "通知》,全面安排了2022年法治政府建设示范创建工作。\n"
        "县委常委出席会议并讲话,各乡镇负责同志参加会议。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == (DocType.news, 2022)
