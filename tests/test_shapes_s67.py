"""Shapes found in session 67's real openings, each written in our own words (see bench/realworld/COLLECTING.md)."""

from .support.facts import document

# a department's report whose copy starts at its part 一、基本情况, with no title and no formula: its items are the
# topics a rule-of-law report tells under their own names, each "…情况"
_UNTITLED_BASICS = (
    "一、基本情况\n"
    "（一）学习贯彻习近平法治思想情况。\n"
    "一是我委把习近平法治思想列入党组理论学习中心组的学习计划，购置学习读本，组织班子成员集中学习4次。"
    "二是面向全体干部职工举办专题讲座1次，18个基层党支部把相关内容纳入主题党日。"
    "三是把学习宣传纳入普法工作重点，组织宣讲进村60场。\n"
    "（二）深化“放管服”改革、优化营商环境情况。\n"
    "一是全面实行权责清单制度，2022年梳理公布事项132项，办事效率进一步提升。二是推行证明事项告知承诺制。\n"
)


def test_an_untitled_copy_that_opens_on_its_basics_and_tells_its_topics_is_an_annual_report() -> None:
    doc = document(_UNTITLED_BASICS)
    assert doc.doc_type == "annual_report"


def test_an_untitled_work_summary_on_other_work_stays_other() -> None:
    # the same layout on a bureau's own line of work names no rule-of-law topic: not a rule-of-law report
    text = (
        "一、基本情况\n（一）粮食收购情况。\n一是全年收购小麦4万吨。二是开展仓储检查12次。\n"
        "（二）安全生产情况。\n一是组织隐患排查9次，整改问题31个。\n"
    )
    assert document(text).doc_type != "annual_report"


def test_a_title_running_one_bodys_two_signboards_together_names_the_body_as_its_text_does() -> None:
    # the page ran 某市水务局 and 某市海洋局 together in the title; the text names them as one body (X(Y))
    text = (
        "2021年宁川市水务局宁川市海洋局政务公开工作年度报告\n"
        "本年度报告根据《中华人民共和国政府信息公开条例》要求，由宁川市水务局(宁川市海洋局)编制。"
        "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。\n"
    )
    assert document(text).agency == "宁川市水务局(宁川市海洋局)"
