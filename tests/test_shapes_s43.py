"""Shapes of session 43 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a portal's metadata as a bulleted list whose field names sit in brackets on a line of their own, the value on the
# bullet below (• [ 发布机构 ] / • 某局): the issuer is the bureau, not the portal named on the first line
_BRACKETED_FIELDS = (
    "青石市人民政府\n"
    "• [ 发布机构 ]\n"
    "• 青石市松山区司法局\n"
    "• [ 发布日期 ] 2024-03-20\n"
    "关于开展法治宣传进社区活动的情况说明\n"
    "今年以来，我局组织普法志愿者深入社区开展宣传活动12场，发放资料3000余份。\n"
)


def test_a_bracketed_issuer_field_over_its_bulleted_value_names_the_issuer() -> None:
    d = summarize(text=_BRACKETED_FIELDS).document
    assert d.agency == "青石市松山区司法局"
    assert d.evidence.agency_source == "metadata"
