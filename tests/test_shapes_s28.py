"""Shapes of session 28 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document

# a page whose head is a row of empty fields but for its source (时间: 来源:某厅 作者:佚名 点击:), above a lead
# with no year and no self-naming: the source row is the only place the writer is named
_SOURCE_ROW_ONLY = (
    "时间: 来源:湖川省生态环境厅 作者:佚名 点击:\n"
    "在全国生态日到来之际，按照省里统一安排，省生态环境厅组织开展了系列宣传活动。一是开展生态法治进社区活动，"
    "在多个社区设置咨询台，发放宣传资料，解答群众关心的问题。二是组织专题讲座，邀请专家为厅机关干部讲授环境"
    "保护法律知识，提升依法行政能力。三是利用新媒体平台推送普法短视频，扩大宣传覆盖面。\n"
)


def test_a_kept_page_date_line_keeps_the_source_row_under_it_too() -> None:
    # a site's own date line (发布时间：… 来源：本网) put above the page's row of fields: the date line is kept for the
    # lead under it, and the organ in the row below is still the publisher (before, one row or the other was kept)
    plain = document(_SOURCE_ROW_ONLY)
    framed = document("首页 > 信息公开 > 工作动态\n发布时间：2025-03-20 来源：本网\n" + _SOURCE_ROW_ONLY)
    assert plain.agency == framed.agency == "湖川省生态环境厅"
    assert framed.evidence.agency is not None and framed.evidence.agency.text == "湖川省生态环境厅"


def test_an_accounts_source_line_at_the_foot_is_no_organ_already_kept() -> None:
    # a WeChat copy ends 来源：某某普法 (an account, no organ): the head's organ source row is kept all the same
    wechat = "原创 某地普法 2025-01-05 09:30 发表于某地\n" + _SOURCE_ROW_ONLY + "来源：某地普法\n编辑：张三\n"
    assert document(wechat).agency == "湖川省生态环境厅"
