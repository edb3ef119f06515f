"""Shapes found in session 69's real documents, each written in our own words (see bench/realworld/COLLECTING.md)."""

from .support.facts import document


def test_an_untitled_copy_whose_year_summary_is_all_rule_of_law_work_is_a_report() -> None:
    # no title, the copy opens on its first part; every subsection of the year summed up is the office's 法治 work
    text = (
        "一、2024年工作总结\n"
        "（一）守法治之规，规范内部管理。一是学法强意识。组织法治专题学习12次，全室人员依法履职意识明显增强。\n"
        "（二）借法治之力，服务科学决策。一是调研明方向。围绕中心工作开展法治专题调研9次，形成报告6篇。\n"
    )
    assert document(text).doc_type == "annual_report"


def test_an_untitled_year_summary_of_a_bodys_whole_work_stays_other() -> None:
    # the same opening over a bureau's varied year: its summary, not its rule-of-law report
    text = (
        "一、2024年工作总结\n"
        "（一）抓好项目建设。全年完成重点项目投资12亿元，新开工项目9个。\n"
        "（二）推进法治建设。组织法治专题学习12次，全局干部依法履职意识明显增强。\n"
    )
    assert document(text).doc_type == "other"


def test_a_question_and_answer_explainer_of_a_report_is_no_report() -> None:
    # the preamble says the year's work is explained in questions and answers: an explainer, whatever it tells
    text = (
        "2024年，平川县深入贯彻《法治政府建设实施纲要（2021-2025年）》，扎实推进依法行政，取得阶段性成效。"
        "为便于理解报告内容，现以问答形式进行解读。\n"
        "一、如何推动领导干部带头学法？\n"
        "问：领导干部在学法用法上如何发挥示范作用？\n"
        "答：平川县将法治学习纳入县政府常务会议，全年集中学法11次，举办法治专题讲座2次。\n"
        "二、如何夯实法治政府建设根基？\n"
    )
    assert document(text).doc_type == "other"
