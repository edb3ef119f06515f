"""Shapes of session 47 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# the second page of a long feature: no headline, a quoted maxim, then a photo's caption (an earlier session of the
# national legislature, its photographer's credit closing the line) before the feature's own story of a ministry
_CAPTION_FIRST = (
    "“法者,治之端也。”2021年3月1日,《中华人民共和国青苗保护法》正式施行。\n"
    "2020年9月9日,全国人大常委会第二十一次会议在京闭幕,表决通过《青苗保护法》。王明摄\n"
    "这是我国第一部专门保护青苗的法律,对育苗、移栽、养护等作出系统规定。\n"
    "农林事务部聚焦基层急需,各项制度相继落地,配套规章陆续出台。\n"
)


def test_a_photo_caption_of_a_legislatures_session_does_not_name_the_features_subject() -> None:
    d = summarize(text=_CAPTION_FIRST).document
    assert d.agency == "农林事务部"
