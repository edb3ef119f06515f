"""Shapes of session 64 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.claims import metric_claim
from summarizer.models import Metric, Quote
from summarizer.numbers import find_numbers, qualifier_group, written

from .support.facts import document, wrapped

_QUALIFIED = (
    "一、2024年度法治政府建设的主要举措和成效\n"
    "（一）深化普法宣传。全年开展送法下乡活动36场，参与群众超2万人次，发放宣传资料1万余份。\n"
    "（二）优化营商环境。落实减税降费政策，为企业减负超过10亿元，办件平均等候时间不超过10分钟，"
    "网上办理占比超70%，线下窗口接待3000多人次。\n"
)


def test_a_rules_summary_of_qualified_figures_passes_its_own_verification() -> None:
    # 超/超过/不超过 stand before a number and 余/多 after its magnitude: a metric read from them must be written
    # back the same way, or our own checker calls a figure the source states unsupported
    summary = summarize(_QUALIFIED)
    claims = {metric_claim(m) for a in summary.achievements for m in a.metrics}
    assert {"超2万人次", "1万余份", "超过10亿元", "不超过10分钟", "超70%", "3000多人次"} <= claims
    assert summary.verification.ok
    assert summary.verification.unsupported_numbers == 0


@pytest.mark.parametrize(
    "text",
    ["超2万人次", "1万余份", "1.5万余人次", "3000多人", "600多万条", "10余万元", "5亿余元", "不超过10分钟", "超过10亿元", "超70%",
     "近1500人次", "约58%", "2万人次以上", "不足5%", "不少于30学时", "逾百人", "六十余次", "至少3场", "200人左右"],
)  # fmt: skip
def test_a_quantity_written_back_reads_as_the_same_quantity(text: str) -> None:
    # a claim is checked by reading it again: value, unit and the qualifier's group survive the round trip
    (m,) = find_numbers(text)
    (again,) = find_numbers(written(format(m.raw_value, "f"), m.raw_unit, m.qualifier))
    assert (again.value, again.unit, qualifier_group(again.qualifier)) == (
        m.value,
        m.unit,
        qualifier_group(m.qualifier),
    )


def test_a_models_metric_qualified_before_its_number_is_grounded_not_re_asked() -> None:
    # the LLM path checks a model's metric through the same claim: written 2万人次超, a metric filled exactly as the
    # source has it (超2万人次) was "not in the source", re-asked and in the end dropped
    from summarizer.engines.llm.ground import Grounding
    from summarizer.engines.llm.schema import DraftMetric
    from summarizer.pipeline import prepare_source

    m = Metric(label="参与群众", value=2, unit="万人次", qualifier="超", quote=Quote(text="超2万人次", start=0, end=5))
    assert metric_claim(m) == "超2万人次"
    doc = prepare_source(_QUALIFIED)
    grounding = Grounding(doc)
    for label, value, unit, qualifier, quote in [
        ("参与群众", 2, "万人次", "超", "参与群众超2万人次"),
        ("办件平均等候时间", 10, "分钟", "不超过", "办件平均等候时间不超过10分钟"),
        ("宣传资料", 1, "万份", "余", "发放宣传资料1万余份"),
    ]:
        draft = DraftMetric(label=label, value=value, unit=unit, qualifier=qualifier, quote=quote)
        assert grounding.metric_problems(draft, None) == [], label


def test_a_quoted_name_after_a_rate_is_not_what_the_rate_measures() -> None:
    # 处置率100%“三个目标”: the quotation names the goals the rates add up to; its 三个 is no figure of ours
    text = (
        "一、2023年度法治政府建设的主要举措和成效\n"
        "（一）严格生态环境执法。依法推进污染治理，实现河流水质达标率100%、固废无害化处置率100%“三个目标”。\n"
    )
    summary = summarize(text)
    labels = [m.label for a in summary.achievements for m in a.metrics]
    assert labels == ["河流水质达标率", "固废无害化处置率"]
    assert summary.verification.ok


_WORK_REPORT = (
    "2017年宁川市政府工作报告\n"
    "——2017年1月5日在宁川市第十五届人民代表大会第一次会议上\n"
    "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
    "一、过去一年工作回顾\n过去一年，全市地区生产总值增长7.5%，新增城镇就业2.1万人。\n"
)


def test_a_year_reasoned_from_words_that_do_not_write_it_is_no_unsupported_number(tmp_path) -> None:
    # a work report titled 2017年 reviews 2016: the year is read from the title, which writes another one. Checked
    # as a figure it was "not in the source", verification failed and --strict exited 1 on a right reading
    from click.testing import CliRunner

    from summarizer.cli import cli
    from summarizer.render.markdown import to_markdown

    summary = summarize(_WORK_REPORT)
    assert summary.document.report_year == 2016
    assert summary.verification.ok
    assert "报告年度：2016（推算自原文“2017年”）" in to_markdown(summary)
    path = tmp_path / "report.txt"
    path.write_text(_WORK_REPORT, encoding="utf-8")
    out = tmp_path / "s.json"
    runner = CliRunner()
    assert runner.invoke(cli, ["summarize", str(path), "--engine", "rules", "--strict"]).exit_code == 0
    runner.invoke(cli, ["summarize", str(path), "--engine", "rules", "--format", "json", "-o", str(out)])
    assert runner.invoke(cli, ["verify", str(out), str(path)]).exit_code == 0


def test_a_reasoned_year_changed_by_hand_is_still_caught(tmp_path) -> None:
    # the year is not checked as a figure when reasoned, but verify recomputes it: an edited year fails
    import json

    from click.testing import CliRunner

    from summarizer.cli import cli

    path = tmp_path / "report.txt"
    path.write_text(_WORK_REPORT, encoding="utf-8")
    out = tmp_path / "s.json"
    runner = CliRunner()
    runner.invoke(cli, ["summarize", str(path), "--engine", "rules", "--format", "json", "-o", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    data["document"]["report_year"] = 2015
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = runner.invoke(cli, ["verify", str(out), str(path)])
    assert res.exit_code == 1 and "document.report_year" in res.stdout


def test_a_year_the_source_writes_is_still_checked_as_a_figure() -> None:
    # a written year stays a number claim: its status is the index's, with the places that support it
    summary = summarize("宁川市司法局2023年度法治政府建设情况报告\n一、主要举措和成效\n（一）全年审查合同14份。\n")
    (year,) = [n for n in summary.verification.numbers if n.path == "document.report_year"]
    assert (year.text, year.status) == ("2023年", "exact")


def test_a_long_heading_is_never_cut_inside_a_number_or_an_open_quotation() -> None:
    # headings are cut at a length when no comma comes first; cut at 〔201|7〕 or “五个|能力” they gave figures the
    # source does not state (201, 五个) and the summary failed its own verification
    text = (
        "一、起草依据\n"
        "（一）《宁川市人民政府办公室关于进一步加强规范性文件审核工作的意见》(宁政办发〔2017〕9号)\n"
        "（二）未按市政府办公厅工作方案要求完成基层政务公开标准化规范化建设任务中的“五个能力”建设要求的，扣2分\n"
        "二、主要内容\n本方案共三个部分。\n"
    )
    summary = summarize(text)
    headings = [n.heading for n in summary.outline]
    assert not any(h.endswith(("201", "〔2", "〔20")) for h in headings), headings
    assert not any(h.count("“") > h.count("”") for h in headings), headings
    assert summary.verification.ok


def test_a_lost_indent_copy_that_is_also_hard_wrapped_keeps_its_parts() -> None:
    # a mirror's re-encoded copy (each paragraph's indent became ??) exported at a fixed width: most lines then go
    # on a paragraph and do not start with ??, which was read as the author's own question marks, and every heading
    # behind its ?? was lost
    paragraphs = [
        "??根据上级有关要求，现将2023年宁川市法治政府建设情况报告如下：",
        "??一、加强组织领导，统筹推进法治政府建设",
        "??（一）健全工作机制。市政府常务会议专题研究法治政府建设工作4次，印发年度工作要点，将法治政府建设纳入"
        "全市高质量发展综合考核，考核结果作为领导班子和领导干部实绩评价的重要依据。各县区、各部门主要负责人"
        "认真履行推进法治建设第一责任人职责，年初部署、年中督促、年底述职，形成一级抓一级、层层抓落实的工作格局。",
        "??（二）强化督察考核。组织开展法治政府建设督察，实地督察县区和市直部门12个，发现问题28个，督促整改到位。"
        "对督察中发现的共性问题，及时制发提示函，推动建立长效机制；对整改不力的单位，约谈其主要负责人，并在全市"
        "通报，切实以督察促落实、以考核促提升，推动法治政府建设各项任务落地见效。",
        "??二、存在的不足和原因",
        "??一是部分执法人员能力不足；二是基层法治力量薄弱。",
    ]
    plain = "\n".join(paragraphs)
    copy = wrapped(plain, 38)
    for text in (plain, copy):
        summary = summarize(text=text)
        assert [m.title for m in summary.measures] == ["健全工作机制", "强化督察考核"], text[:60]
        assert "shortfalls" not in summary.compliance.missing


def test_a_one_line_copy_whose_title_runs_into_its_first_part_keeps_the_part() -> None:
    # the title and part 一 on one line (…工作报告一,、法治建设第一责任人履职情况, a converter's debris in its marker):
    # the part is the duty, so its sub-items are the principal's actions, not measures
    lines = [
        "宁川市人民政府2022年度法治政府建设工作报告",
        "一,、法治建设第一责任人履职情况",  # (a converter's stray comma, as in its 要义,。 and 任务,,)
        "（一）深入学习，把握要义。坚持把学习贯彻习近平法治思想作为首要政治任务，组织会前学法19次。",
        "（二）亲自部署，高位统筹。市政府主要负责人认真落实法治建设第一责任人职责，研究相关工作近20次。",
        "（三）重视谋划，主动作为。率先制定法治政府建设实施方案，组织召开法治政府建设工作推进会等全市性会议4次，"
        "细化落实省委、省政府和市委决策部署，推动各项任务落地见效。",
    ]
    for text in ("\n".join(lines), "".join(lines)):
        summary = summarize(text=text)
        assert summary.measures == [], text[:40]
        assert len(summary.first_responsible_person.actions) >= 3


def test_a_one_line_copy_whose_part_name_runs_into_its_first_paragraph() -> None:
    # 一、主要做法和成效 with no line break before its first, unnumbered paragraph
    text = (
        "一年来，在市委、市政府的坚强领导下，我局以习近平法治思想为根本遵循，圆满完成年度法治建设任务。"
        "现将2025年宁川市司法局法治建设工作情况报告如下。一、主要做法和成效党组带头学法，筑牢法治建设思想根基。"
        "党组理论学习中心组全年集体学法7次，开展专题授课10期。二、存在的不足和原因一是执法人员业务能力有待提升。"
        "二是法治宣传形式较为单一，群众参与度不高。三、下一年度主要安排一是持续深化法治学习，二是严格规范执法行为，"
        "三是创新普法宣传方式，推动法治建设各项任务落地见效。"
    )
    summary = summarize(text=text)
    part = next(n for n in summary.outline if n.heading.startswith("主要做法"))
    assert part.heading == "主要做法和成效"


_DISCLOSURE_BODY = (
    "按照上级关于政府信息公开工作的统一部署，认真贯彻落实《中华人民共和国政府信息公开条例》，把政府信息公开工作"
    "作为一项重要工作来抓，各项任务均按时完成。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请"
    "情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况等部分组成。一、总体情况全年主动公开信息85条。"
)


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        # a site's login buttons with no bar after them, run into the title
        ("登录 注册青禾镇2017年度政府信息公开工作报告发布日期:2018-03-14 点击数:2017年，青禾镇", "青禾镇"),
        # …the last of a row of menu items, after the site's greeting
        (
            "欢迎访问宁川网!个人中心 | English | 无障碍浏览 | 适老版桃源县人民政府2023年度政府信息公开工作年度报告"
            "发布时间: 2024-03-07 11:28:57 2023年，桃源县人民政府",
            "桃源县人民政府",
        ),
        # the site's name and a button before the title
        (
            "桃源县统计局无障碍浏览县统计局2022年政府信息公开工作年度报告发布时间:2023年01月17日 2022年，桃源县统计局",
            "桃源县统计局",
        ),
        # a county site's name, its section and its search button, then a town's report
        (
            "手机版|繁體版|无障碍版|政务微信关怀版桃源县人民政府政府信息公开全文检索青禾镇人民政府2020年政府信息公开年度报告"
            "来源:青禾镇 发布时间:2021-04-09 08:59:08 2020年，我镇",
            "青禾镇人民政府",
        ),
        # a breadcrumb's last crumb, a column of any words, run into a headline that opens with a place
        (
            "当前位置: 首页 > 专题专栏 > 府院联动桃源县召开府院联动第三次联席会议信息来源: 发布日期:2025-09-29 2025年，桃源县",
            "桃源县",
        ),
    ],
)
def test_a_one_line_copy_keeps_the_pages_buttons_and_crumbs_out_of_the_name(line: str, agency: str) -> None:
    # a copy that lost its line breaks runs the page's buttons and last crumb into the title: 注册青禾镇, 适老版桃源县…,
    # 府院联动桃源县 were read as names
    assert document(line + _DISCLOSURE_BODY).agency == agency


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        # the page's name for the body (cut at its head) and the title's, run together
        ("县司法局桃源县司法局2023年度政府信息公开工作年度报告一、总体情况2023年，桃源县司法局", "桃源县司法局"),
        # a back-to-home button before the title
        ("返回首页桃源县人民政府关于桃源县2022年度法治政府建设情况的报告2022年以来，在县委的正确领导下，县委、县政府", "桃源县人民政府"),
    ],
)  # fmt: skip
def test_a_one_line_copy_whose_title_follows_the_sites_name_or_button(line: str, agency: str) -> None:
    assert document(line + _DISCLOSURE_BODY).agency == agency


def test_a_body_under_a_committee_is_not_a_name_said_twice() -> None:
    # a standing committee's working committee ends in 委员会 twice: it is one body, not the same name run together
    from summarizer.facts.names import org_name

    name = "湖南省人民代表大会常务委员会法制工作委员会"
    assert org_name(name) == name


def test_a_posting_organ_with_a_bracket_in_its_name_does_not_break_the_reading() -> None:
    # a copy that starts at its metadata row, the organ posting it named with its other signboards in brackets
    # (生态环境局(水务局、绿化市容局)): a piece of that name went into a pattern unescaped and the whole summary failed
    # with a regex error
    text = (
        "索引号 | 发布机构 | 生态环境局(水务局、绿化市容局) | |\n公开类别 | 主动公开 | 发布时间 | 2024-01-31 |\n"
        "桃源县生态环境局\n(水务局、海洋局)\n2023年度法治政府建设情况报告\n2024年1月\n"
        "本年度报告由桃源县生态环境局(水务局、海洋局)编制，全文包括主要工作、存在的主要问题和下一年度工作安排。\n"
        "一、2023年度法治政府建设主要工作\n（一）加强组织领导。全年召开局党组会议研究法治工作6次。\n"
    )
    summary = summarize(text=text)
    assert (summary.document.doc_type, summary.document.report_year) == ("annual_report", 2023)
    assert "生态环境局" in (summary.document.agency or "")


def test_a_count_and_its_unit_split_by_a_line_break_are_one_figure_again() -> None:
    # a short report wrapped at a fixed width has too few full lines to show its width, but a break between a count
    # and its unit (合同23⏎份) is never the author's: 23 alone is no figure of the report
    text = (
        "青禾县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n"
        "（一）完善公共法律服务。实现41个村(社区)法律顾问全覆盖，全年审查合同23\n份，参与群众超2万人次。\n"
    )
    summary = summarize(text=text)
    figures = [metric_claim(m) for a in summary.achievements for m in a.metrics]
    assert "23份" in figures and "23" not in figures
    assert summary.verification.ok


def test_a_long_heading_is_never_cut_between_an_ordinals_mark_and_its_number() -> None:
    # cut at 40 characters between 第 and 二十条, the heading kept 第 and the text after it began 二十条: a count of
    # twenty the source never states (it cites article 20), and verification failed
    text = (
        "二、主动公开政府信息情况\n"
        "（一）本年度主动公开的信息内容按照统一口径本年新制作数量和新公开数量统计规范性文件333第二十条第（五）项信息内容全部公开\n"
        "三、收到和处理政府信息公开申请情况\n本年度收到申请5件。\n"
    )
    summary = summarize(text=text)
    assert not any(n.heading.endswith("333第") for n in summary.outline)
    assert summary.verification.ok
