"""Shapes of session 19 (issue 10), from the development texts and the blind sets GO–GT: a feature story told of a
body in the third person, a decision's title.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import document


def test_a_feature_that_tells_of_a_city_since_recent_years_is_news() -> None:
    # 近年来，某州以深入贯彻…为引领，… / 一是…: a newspaper's story of a place's work, no year of its own and no
    # report's formula, whatever verb follows the place's name
    text = (
        "近年来，青川市以深化法治领域改革为驱动，全力破解依法行政中的难点问题，法治建设亮点频出。\n"
        "良法善治，筑牢法治之基。建立基层立法联系点12个，征集意见建议300余条。\n"
        "严格执法，守护公平正义。推行行政执法“三项制度”，全市执法案卷合格率逐年提高。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_bureau_that_stands_on_its_work_in_a_story_is_news() -> None:
    # 某区司法局立足…，充分发挥…作用: the bureau told of by a writer, the verb one of standing on a task
    text = (
        "柳岸区司法局立足法治政府示范创建，充分发挥法治固根本、稳预期的保障作用，扎实推进法治柳岸建设。\n"
        "加强统筹谋划，第一责任人履职探索新路径。抓住领导干部“关键少数”，落实常务会议学法机制。\n"
    )
    assert document(text).doc_type == DocType.news


def test_the_same_opening_over_a_reports_formula_stays_a_report() -> None:
    # the twin: the bureau's opening sentence, then 现将…情况报告如下 and part ①: the bureau's own report
    text = (
        "柳岸区司法局立足法治政府示范创建，充分发挥法治固根本、稳预期的保障作用，扎实推进法治柳岸建设。"
        "现将2024年度法治政府建设情况报告如下：\n"
        "一、2024年度推进法治政府建设的主要举措和成效\n（一）加强统筹谋划。召开专题会议5次。\n"
        "二、存在的不足和原因\n执法队伍力量不足。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_decision_that_names_model_counties_is_read_by_its_title() -> None:
    # 某办关于第一批…示范区县和项目命名的决定 under a page's breadcrumb, then 为树立…，按照…，某办组织开展了…: the
    # decision's title is its title and names its genre, whatever story its purpose clause reads like
    title = "中共青川市委全面依法治市委员会办公室关于第二批全市法治政府建设示范区县和项目命名的决定"
    text = (
        f"关怀版\n您当前的位置: 首页>专题栏目>法治建设 > 法治动态\n\n{title}\n\n日期: 2023-10-09\n字体:\n\n"
        "为树立法治政府建设的先进标杆，进一步推动各区县各部门找差距、补短板，按照中央依法治国办统一部署和市委市政府"
        "工作要求，自2022年12月以来，市委依法治市办组织开展了第二批全市法治政府建设示范创建活动。经过初审、实地评估"
        "和社会公示，决定命名柳岸区等3个区县为示范区县。\n\n中共青川市委全面依法治市委员会办公室\n\n2023年10月3日\n"
    )
    doc = document(text)
    assert doc.title == title
    assert doc.doc_type == DocType.other
