"""Shapes of session 29 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a report whose second part is one heading for both 不足 and 原因 (二、存在的不足和原因): the heading is found as
# both, and compliance names it once
_ONE_HEADING_BOTH = (
    "青禾县司法局2025年度法治政府建设情况报告\n"
    "2025年，县司法局坚持以习近平法治思想为指导，现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）健全依法决策机制。全年审查规范性文件12件，提出修改意见30条。\n"
    "二、存在的不足和原因\n"
    "执法人员专业能力仍有差距，主要原因是培训针对性不强。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "局主要负责人带头学法，全年主持召开专题会议4次。\n"
    "四、2026年主要安排\n"
    "（一）加强执法队伍建设。\n"
)


def test_one_heading_for_shortfalls_and_causes_is_listed_once() -> None:
    part = summarize(_ONE_HEADING_BOTH).compliance.shortfalls_causes
    assert part.present and part.causes_stated
    assert part.sections == ["二"]
