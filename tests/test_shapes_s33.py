"""Shapes of session 33 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a content farm's copy: its title two other headlines put together (one place, then another in brackets), the
# story under them about a third place whose district held the meeting
_MASHED = (
    "青禾区法治政府建设 (白沙区召开法治政府建设推进会)\n"
    "云州融媒讯5月12日，云州市东岭区召开2022年法治政府建设工作会议暨示范创建动员会。\n"
    "会上，副区长王明总结了2021年全区法治政府建设工作，安排部署2022年重点任务。\n"
    "云州市2022年法治政府建设，白沙区法治政府建设推进会议召开\n"
    "区长李华强调，要压实责任，把示范创建工作落到实处。\n"
)


def test_a_mashed_title_does_not_name_the_story() -> None:
    d = summarize(text=_MASHED).document
    assert d.doc_type == "news"
    assert d.agency == "云州市东岭区"


def test_a_title_with_its_own_place_in_brackets_keeps_it() -> None:
    # a bracketed part about the same place is the headline's own subtitle, not a second story
    text = _MASHED.replace("青禾区法治政府建设 (白沙区召开", "东岭区法治政府建设 (东岭区召开")
    assert summarize(text=text).document.agency in ("东岭区", "云州市东岭区")


# exam material retelling a province's white paper: the press conference of its government published it
_WHITE_PAPER = (
    "2023年5月，云岭省政府新闻发布会发布2022年度法治政府建设白皮书。2022年，云岭法治政府建设工作取得明显成效，"
    "群众综合满意率达96.5%。\n"
    "全省提请省人大常委会审议地方性法规9件，持续深化综合行政执法改革。\n"
    "结合材料，谈谈推进法治政府建设给我们的启示。\n"
)


def test_a_white_paper_published_at_a_press_conference_is_the_governments() -> None:
    d = summarize(text=_WHITE_PAPER).document
    assert d.agency == "云岭省政府"
    assert d.report_year == 2022
