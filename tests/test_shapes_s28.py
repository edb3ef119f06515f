"""Shapes of session 28 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import to_simplified
from summarizer.pipeline import prepare_source

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


# a traditional-script mirror's copy of a report pasted as one line: the page's trail, the title, the site's fields
# (時間:… 來源:本網) with spaces between them, the opening and the headings run together
_TRADITIONAL_ONE_LINE = (
    "首頁 > 專題 > 法治政府建設年度報告"
    "白沙縣交通運輸局2024年度法治政府建設情況報告"
    "時間:2025-03-18 09:12:40 來源:本網 【 打印 】"
    "2024年，我局在縣委、縣政府的堅強領導下，深入推進依法行政，各項工作取得新進展。現將有關情況報告如下："
    "一、主要舉措和成效（一）規範行政執法。全年辦理交通運輸行政處罰案件46件，開展執法案卷評查3次。"
    "（二）強化普法宣傳。開展“法律進車站”活動12場，發放宣傳資料2000餘份。"
    "二、存在的不足和原因執法人員專業素質有待提升，執法裝備保障不足。"
    "三、2025年工作安排持續規範執法行為，加強執法隊伍建設。"
)


def test_a_traditional_one_line_copy_keeping_its_script_is_cut_as_its_simplified_reading() -> None:
    # --keep-script: the cleaned text stays traditional, cut into the same lines as the simplified reading (the
    # cut drops the spaces between the site's fields), and the facts read are the same
    plain = summarize(text=_TRADITIONAL_ONE_LINE)
    kept = summarize(text=_TRADITIONAL_ONE_LINE, keep_script=True)
    assert kept.document.text_script == "traditional"
    assert (plain.document.doc_type, plain.document.report_year) == ("annual_report", 2024)
    assert (kept.document.doc_type, kept.document.report_year) == ("annual_report", 2024)
    assert plain.document.agency == "白沙县交通运输局"
    assert kept.document.agency == "白沙縣交通運輸局"
    kept_text = prepare_source(text=_TRADITIONAL_ONE_LINE, keep_script=True).text
    assert to_simplified(kept_text) == prepare_source(text=_TRADITIONAL_ONE_LINE).text
    assert kept_text.count("\n") >= 5  # (title, opening, headings and items on lines of their own)
    assert [(s.id, s.part) for s in kept.outline] == [(s.id, s.part) for s in plain.outline]
    assert kept.compliance.missing == plain.compliance.missing == ["first_responsible_person"]


def test_a_traditional_pages_issuer_row_is_kept_as_a_simplified_one_is() -> None:
    # 發佈機構 | 某局 | (a catalogue's row kept as table cells) is the issuer's row as much as 发布机构 | 某局 | is:
    # kept, so the agency it names can be quoted
    body = (
        "2024年，我局堅持以習近平法治思想為指導，全面推進依法行政，法治政府建設取得新成效。現將有關情況報告如下：\n"
        "一、主要舉措和成效\n"
        "全年審查規範性文件8件，辦理行政複議案件3件。\n"
    )
    for issuer in (
        "索引號 | 11A23-2025-0007 |\n發佈機構 | 白沙縣林業局 |\n",
        "索引号 | 11A23-2025-0007 |\n发布机构 | 白沙县林业局 |\n",
    ):
        assert document(issuer + body).agency == "白沙县林业局"
