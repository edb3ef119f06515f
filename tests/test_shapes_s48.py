"""Shapes of session 48 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize


def test_a_lead_that_names_its_feast_then_says_on_that_day_gives_the_bodys_news() -> None:
    text = (
        "12月4日,是我国第七个国家宪法日。当天,青川市民宗局在市民广场举行了民族宗教政策法规宣传活动。"
        "副局长王明参加活动。\n"
        "活动现场设置咨询台,发放宣传资料800份,接受群众咨询60余人次。\n"
    )
    assert summarize(text=text).document.agency == "青川市民宗局"
