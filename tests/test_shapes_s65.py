"""Shapes of session 65 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize, verify
from summarizer.models import Quote

# A policy library's page: the title and its fields kept their lines, the body below them was pasted as one line.
_FIELDS_THEN_ONE_LINE_BODY = (
    "宁川市人民政府关于2024年度法治政府建设情况的报告\n"
    "政策\n"
    "发布部门:市政府办公室\n"
    "发布时间:2025年03月20日\n"
    "有效性:有效\n"
    "宁川市人民政府关于2024年度法治政府建设情况的报告省人民政府:2024年,宁川市政府在省委、省政府的正确领导下,"
    "坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:"
    "一、2024年度法治政府建设的主要举措和成效 (一)强化政治引领,压实法治建设责任。"
    "市政府常务会议会前学法8次,各部门专题学法120余次,组织领导干部旁听庭审4场。"
    "把法治政府建设纳入全市经济社会发展总体规划和年度工作计划,与经济社会发展同部署、同推进、同督促、同考核。"
    "(二)深化放管服改革,优化法治化营商环境。全年取消和下放行政许可事项15项,"
    "政务服务事项网上可办率达到98%。深化证明事项告知承诺制,持续清理规范行政审批中介服务事项。(三)严格规范公正文明执法。开展行政执法案卷评查,评查案卷320卷。"
    "二、存在的不足和原因 (一)部分部门运用法治思维的能力还不够强。(二)基层执法力量仍然薄弱。"
    "三、2025年工作安排 (一)持续深化法治政府示范创建。(二)加强行政执法队伍建设。\n"
)


def test_a_body_pasted_as_one_line_under_its_title_keeps_its_parts_and_items() -> None:
    # the page's own lines (title, 发布部门, 发布时间) kept their breaks, so the text is not one line, yet its body
    # is: its headings (…报告如下:一、… (一)…) run on after sentence ends and must start lines again
    summary = summarize(_FIELDS_THEN_ONE_LINE_BODY)
    assert [m.title for m in summary.measures] == [
        "强化政治引领,压实法治建设责任",
        "深化放管服改革,优化法治化营商环境",
        "严格规范公正文明执法",
    ]
    assert {(m.value, m.unit) for a in summary.achievements for m in a.metrics} >= {(8, "次"), (15, "项"), (320, "卷")}
    assert [s.issue for s in summary.shortfalls] == ["部分部门运用法治思维的能力还不够强", "基层执法力量仍然薄弱"]
    assert len(summary.plans) == 2
    assert summary.document.doc_type == "annual_report"
    assert summary.document.report_year == 2024
    assert summary.verification.ok


def test_a_long_paragraph_with_an_inline_list_is_not_cut_into_headings() -> None:
    # a report's own long paragraph that lists its steps (主要做法：一是…) is prose: only the report's numbering run on
    # after a sentence's end (。二、 / 。(二)) shows a body that lost its breaks
    paragraph = (
        "（一）推进严格规范公正文明执法。"
        + "全市各执法部门对照《宁川市行政执法三项制度实施办法》逐项落实，全面推行行政执法公示、执法全过程记录、"
        "重大执法决定法制审核制度，执法数据按月归集、按季分析、按年通报，执法文书统一格式、统一编号、统一存档。"
        * 3
        + "主要做法：一是细化裁量基准，二是开展案卷评查，三是组织执法人员轮训。\n"
    )
    text = (
        "一、2024年度法治政府建设的主要举措和成效\n"
        + paragraph
        + "（二）加强行政复议工作。全年办理行政复议案件56件。\n"
    )
    summary = summarize(text)
    assert [m.title for m in summary.measures] == ["推进严格规范公正文明执法", "加强行政复议工作"]


def test_an_outline_block_above_the_title_is_not_cut_so_the_title_stays_found() -> None:
    # a page that shows the report's outline (【提纲】一、…(一)…) on its first line, then the title and the text:
    # that first line is the page's block, not a body under a title, and cutting it at its headings buried the title
    outline = (
        "【提纲】一、工作情况。(一)强化政治引领,压实法治建设主体责任。一是坚持理论武装。二是落实年度述法要求。"
        "(二)聚焦依法行政,提升基层治理法治效能。一是规范重大决策程序。二是加强行政执法监督。"
        "(三)深化普法教育,筑牢社会治理法治基础。一是健全普法责任体系。二是创新法治宣传形式。"
        "(四)保障司法公正,构建矛盾化解闭环体系。一是加强矛盾纠纷多元化解平台建设。二是推进信访工作法治化。"
        "二、存在问题。(一)基层干部法治思维与实际能力存在差距。(二)基层行政执法规范化水平有待加强。"
        "三、整改措施。(一)持续深化理论武装,全面提升领导能力。(二)突出重点领域攻坚,推进依法行政精细化。"
        "(三)优化资源配置,夯实基层法治人才基础。一是实施法治人才引培计划。二是完善公共法律服务网络。"
        "(四)完善考核评价,压紧压实工作责任。一是把法治建设纳入年度综合考核。二是开展述法评议。"
        "四、下一步打算。(一)坚持以上率下,带头尊法学法守法用法。(二)推动法治建设与经济社会发展同部署同推进。"
    )
    title = "2025年度青禾镇党委主要负责人履行推进法治建设第一责任人职责情况的报告"
    text = f"{outline}\n{title}\n本年度,我始终把履行推进法治建设第一责任人职责作为重要政治任务,现将有关情况报告如下。\n"
    doc = summarize(text).document
    assert doc.title == title
    assert doc.doc_type == "accountability_report"


def test_a_heading_whose_space_a_mirror_lost_keeps_its_words_and_no_item_is_empty() -> None:
    # a re-encoded page turns the full-width space after a marker into ?: the ? is no sentence's end, and a measure
    # with an empty title and an empty quote (what 第一章?总?则 gave) must never reach the summary
    text = (
        "一、2024年度法治政府建设的主要举措和成效\n"
        "（一）?强化组织领导。全年召开专题会议6次。\n"
        "（二）。\n"
        "（三）深化普法宣传。开展送法下乡活动12场。\n"
    )
    summary = summarize(text)
    assert [m.title for m in summary.measures] == ["强化组织领导", "深化普法宣传"]
    assert all(q.text for m in summary.measures for q in m.evidence)


def test_verification_fails_an_item_whose_quote_is_empty() -> None:
    # an empty quote matches the empty slice of any text: it supports nothing, so a summary edited (or a model
    # answering) with one must not pass as grounded
    text = "一、2024年度法治政府建设的主要举措和成效\n（一）强化组织领导。全年召开专题会议6次。\n"
    summary = summarize(text)
    assert summary.verification.ok
    summary.measures[0].evidence[0] = Quote(text="", start=3, end=3)
    result = verify(summary, text)
    assert not result.ok
    assert [q.path for q in result.quotes if q.status == "mismatch"] == ["measures[0].evidence[0]"]


_HEADINGS_WITHOUT_MARKS = (
    "青禾县司法局2024年度法治政府建设情况报告\n"
    "一、2024年度法治政府建设的主要举措和成效\n"
    "（一）健全责任体系\n"
    "局党组高度重视法治政府建设工作，全年召开专题会议4次。\n"
    "（二）规范文件管理\n"
    "严格落实规范性文件制定程序，审核规范性文件12件。\n"
    "（三）推进政务服务\n"
    "深入推进“放管服”改革，政务服务事项全部实现网上可办。\n"
    "二、存在的不足和原因\n"
    "（一）法治建设待深化\n"
    "部分干部职工对法治政府建设的内涵理解不够全面。\n"
    "（二）执法规范待提升\n"
    "部分执法人员专业素养与岗位要求存在差距。\n"
)


def test_a_copy_whose_line_breaks_became_spaces_keeps_headings_that_had_no_mark_of_their_own() -> None:
    # a heading line with no 。 (（一）健全责任体系) is told from its body only by the line break; a copy that turned
    # every break into a space keeps that space, and the heading ends there
    spaced = " ".join(line for line in _HEADINGS_WITHOUT_MARKS.splitlines())
    plain, copy = summarize(_HEADINGS_WITHOUT_MARKS), summarize(text=spaced)
    assert (
        [m.title for m in copy.measures]
        == [m.title for m in plain.measures]
        == [
            "健全责任体系",
            "规范文件管理",
            "推进政务服务",
        ]
    )
    assert [s.issue for s in copy.shortfalls] == [s.issue for s in plain.shortfalls]
    assert {(m.value, m.unit) for a in copy.achievements for m in a.metrics} == {(4, "次"), (12, "件")}


def test_a_plain_report_whose_heading_and_body_share_a_line_split_at_the_space() -> None:
    # real reports (and the converters they pass through) put a heading and its body on one line with a space
    # between: the heading's title is the words before the space, not the body's first clause
    text = (
        "一、2024年度法治政府建设的主要举措和成效\n"
        "（一）强化组织领导 局党组把法治建设纳入年度重点工作，全年专题研究法治工作3次。\n"
        "（二）加强日常管理，确保工作落实到位 严格落实三审三校制度，及时更新政务信息。\n"
    )
    assert [m.title for m in summarize(text).measures] == ["强化组织领导", "加强日常管理，确保工作落实到位"]


def test_a_space_a_converter_put_by_a_number_or_after_di_is_no_heading_boundary() -> None:
    # 2020 年 and 受理 2 个 are a converter's spaces around a number; 全市第 一、 is an ordinal, not the heading 一、
    spaced = (
        "一、 2020 年度法治政府建设的主要举措和成效 （一）加强组织领导，奠定依法行政基础 "
        "成立街道法治政府建设领导小组，全年召开专题会议 5 次。 （二）推进经济发展 "
        "地区生产总值增速 6 个季度位居全市第 一、12 个季度位居区域第一。"
    )
    spaced += " 二、存在的不足和原因 （一）法治宣传形式较为单一。"
    summary = summarize(text=spaced + "宣传覆盖面仍需扩大，基层法治力量较为薄弱。" * 10)
    assert [m.title for m in summary.measures] == ["加强组织领导，奠定依法行政基础", "推进经济发展"]


def test_a_heading_of_two_phrases_or_with_a_space_inside_its_words_stays_whole() -> None:
    # a space is a heading's own separator (突出“八大工程” 提升…成效) where no sentence follows on its line, and never
    # a boundary inside a quotation (“劳动最光荣 合同必须签”) or after a list's comma (遵守宪法、 维护宪法)
    text = (
        "一、2024年度法治政府建设的主要举措和成效\n"
        "（一）突出“八大工程” 提升法治政府建设成效\n"
        "全年实施法治惠民项目8个。\n"
        "（二）开展“劳动最光荣 合同必须签”普法活动，加强企业合规建设。全年走访企业46家。\n"
        "（三）开展尊崇宪法、学习宪法、 遵守宪法的宣传教育活动。全年开展宣讲20场。\n"
    )
    assert [m.title for m in summarize(text).measures] == [
        "突出“八大工程” 提升法治政府建设成效",
        "开展“劳动最光荣 合同必须签”普法活动，加强企业合规建设",
        "开展尊崇宪法、学习宪法、 遵守宪法的宣传教育活动",
    ]


def test_a_one_line_copy_ends_a_heading_without_a_mark_where_its_paragraph_opens() -> None:
    # a copy pasted as one line has no space either: the heading (（一）健全责任体系) ends where the words a report's
    # paragraph opens with begin (局党组高度重视…, 严格落实…, 全年…, 部分干部…), not at the body's first 。
    one_line = "".join(_HEADINGS_WITHOUT_MARKS.splitlines())
    plain, copy = summarize(_HEADINGS_WITHOUT_MARKS), summarize(text=one_line)
    assert [m.title for m in copy.measures] == [m.title for m in plain.measures]
    assert [s.issue for s in copy.shortfalls] == [s.issue for s in plain.shortfalls]


def test_a_headings_own_words_are_not_taken_for_its_paragraphs_opening() -> None:
    # 局领导班子高度重视，认真落实… is a heading's two words before its comma, and 各单位要高度重视… is one clause
    text = (
        "一、2024年度法治政府建设的主要举措和成效"
        "1.局领导班子高度重视，认真落实法治建设各项部署。全年专题研究法治工作4次。"
        "2.各主讲单位要高度重视会前学法工作。全年组织会前学法6次，邀请法律顾问授课3次。"
        "3.规范行政执法行为。全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，"
        "全年开展行政执法案卷评查2次，评查案卷120卷，发现并整改问题15个，执法人员全部持证上岗，"
        "行政执法信息按时向社会公示。"
    )
    titles = [m.title for m in summarize(text=text).measures]
    assert titles == [
        "局领导班子高度重视，认真落实法治建设各项部署",
        "各主讲单位要高度重视会前学法工作",
        "规范行政执法行为",
    ]


def test_a_one_line_heading_of_two_clauses_ends_where_its_paragraph_opens() -> None:
    # the opening words may follow the heading's second clause (深化普法宣传，营造法治氛围|严格落实…); right after a
    # comma they are the heading's own (坚持依法决策，严格落实重大行政决策程序 is one title)
    text = (
        "一、2024年度法治政府建设的主要举措和成效"
        "（一）深化普法宣传，营造浓厚法治氛围严格落实“谁执法谁普法”责任制，全年开展送法下乡活动24场，"
        "发放宣传资料3000余份，覆盖群众1.2万人次。"
        "（二）坚持依法决策，严格落实重大行政决策程序。全年审核重大行政决策事项5件，合法性审查率达到100%。"
        "（三）规范行政执法。全年开展行政执法案卷评查2次，评查案卷120卷，执法人员全部持证上岗，执法信息按时在门户网站公示。"
    )
    assert [m.title for m in summarize(text=text).measures] == [
        "深化普法宣传，营造浓厚法治氛围",
        "坚持依法决策，严格落实重大行政决策程序",
        "规范行政执法",
    ]


def test_a_spaced_copy_keeps_sub_headings_numbered_on_across_sections() -> None:
    # some reports number 1. 2. on across their (一) (二): in a copy whose line breaks became spaces, a 3. after a
    # space starts a line as the plain text's does, though (二) restarted the count
    plain = (
        "一、2024年度法治政府建设的主要举措和成效\n"
        "（一）强化组织领导\n"
        "1.健全责任体系。全年召开专题会议4次，研究解决法治建设重大问题，层层签订法治建设责任书。\n"
        "2.完善工作制度。修订内部管理制度6项，建立重大事项集体决策和合法性审查工作机制。\n"
        "（二）转变政府职能\n"
        "3.统筹行使市级赋权。承接市级下放事项25项，逐项制定承接方案，明确办理流程和责任科室。\n"
        "4.优化政务服务。政务服务事项网上可办率达到98%。\n"
    )
    spaced = " ".join(plain.splitlines())
    assert [m.title for m in summarize(text=spaced).measures] == [m.title for m in summarize(plain).measures]
    assert len(summarize(plain).measures) == 4


def test_a_one_line_heading_ends_where_its_paragraph_sets_up_a_leading_group() -> None:
    # 成立以…为组长的领导小组 opens a paragraph, never a heading's second half: （一）加强组织领导成立了以局长为组长…
    plain = (
        "一、2024年度法治政府建设的主要举措和成效\n"
        "（一）加强组织领导\n"
        "成立了以局长为组长、分管领导为副组长的法治政府建设工作领导小组，全年召开专题会议3次。\n"
        "（二）健全责任体系\n"
        "成立由主要负责人牵头的工作专班，制定年度任务清单，明确责任科室和完成时限，逐项跟踪落实。\n"
        "（三）规范行政执法\n"
        "严格执行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，评查执法案卷80卷，"
        "组织执法人员专题培训4期，执法人员全部持证上岗。\n"
    )
    one_line = "".join(plain.splitlines())
    titles = ["加强组织领导", "健全责任体系", "规范行政执法"]
    assert (
        [m.title for m in summarize(text=one_line).measures] == [m.title for m in summarize(plain).measures] == titles
    )
