"""Shapes of session 31 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a court's site tells that its president delivered the court's work report at the county congress: the headline
# names the report it is about, but the page is the news of its delivery
_DELIVERED = (
    "【两会快讯】李明在青禾县第十八届人民代表大会第三次会议上作法院工作报告\n"
    "来源：青禾法院 发布时间：2024/1/12 16:20:05\n"
    "1月10日，青禾县第十八届人大三次会议召开，县法院院长李明作了《青禾县人民法院工作报告》，报告获全票通过。\n"
    "2023年，青禾县人民法院共受理各类案件3100件，审执结2980件，结案率96.13%。\n"
)


def test_a_headline_on_a_report_delivered_at_a_congress_is_news() -> None:
    s = summarize(text=_DELIVERED)
    assert s.document.doc_type == "news"
    assert s.document.agency == "青禾县人民法院"


def test_a_court_work_report_titled_as_such_stays_other() -> None:
    # the report itself, under its own title, is another body's work report, not news of it
    text = "青禾县人民法院工作报告\n各位代表：\n现在，我代表青禾县人民法院向大会报告工作，请予审议。\n2023年，全院共受理案件3100件。\n"
    assert summarize(text=text).document.doc_type == "other"
