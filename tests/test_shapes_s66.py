"""Shapes of session 66 (issue 10), found on real page openings nobody here wrote, read blind before any fix.

Each text is written in our own words (bodies, names and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean

from .support.facts import document, metric_labels, one_line, spaced_line

# A news page: headline, the page's date row, a row of widgets whose values the copy lost, a photo's caption, then
# a lead dated by its day alone.
_WIDGETS_OVER_CAPTION_AND_DAY_LEAD = (
    "平川市政务公开标准化工作推进会召开\n"
    "发布时间:2023-06-16 18:20 来源:平川新闻网\n"
    "字号: 分享:\n"
    "图|会议现场\n"
    "15日下午,平川市召开全市政务公开标准化工作推进会。副市长出席会议并讲话。\n"
    "会议要求抓紧完成3个清单的梳理和4项制度的编制,推动工作有序开展。\n"
)


def test_a_lead_dated_by_day_under_widgets_and_a_caption_takes_the_page_dates_year() -> None:
    # 字号: 分享: is the page's widget row, not an addressee: the lead below the caption is still the one the date
    # line dates, so the news is of 2023
    doc = document(_WIDGETS_OVER_CAPTION_AND_DAY_LEAD)
    assert doc.doc_type == "news"
    assert doc.report_year == 2023
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text == "2023"
    # …and so on a traditional-script copy, whose widget reads 字號
    assert document(_WIDGETS_OVER_CAPTION_AND_DAY_LEAD.replace("字号", "字號")).report_year == 2023


def test_an_addressee_between_the_date_line_and_a_day_still_keeps_the_page_date_out() -> None:
    # the widget row is told apart by its words: an addressee line (某某局:) under a posted document's date row is
    # the document's, and the posting's date dates no year of it
    text = _WIDGETS_OVER_CAPTION_AND_DAY_LEAD.replace("字号: 分享:", "各镇人民政府、市直各部门:")
    assert document(text).report_year is None


# A news item copied without its headline: a purpose of its own sentence, the work it goes with, then the day and
# the deed.
_UNTITLED_PURPOSE_THEN_WORK_THEN_DAY = (
    "为深入贯彻落实保护草原森林资源的重要指示精神,践行生态文明思想。结合我旗当前开展的破坏草原林地违法行为"
    "专项整治工作,8月9日,旗司法局党组书记带领普法志愿者到青禾镇开展“依法保护草原 共建美丽家园”普法宣传活动。\n"
    "活动现场,工作人员通过发放宣传手册、集中宣讲等形式向群众宣传法律知识,解答群众咨询40余人次。\n"
)


def test_an_untitled_lead_whose_day_follows_the_work_it_goes_with_is_news() -> None:
    doc = document(_UNTITLED_PURPOSE_THEN_WORK_THEN_DAY)
    assert doc.doc_type == "news"
    assert doc.agency == "旗司法局"


def test_a_purpose_then_a_day_in_a_report_paragraph_under_its_title_stays_a_report() -> None:
    # the same sentences inside a report's part one are the body's own account, not a news lead
    text = (
        "青禾旗司法局2024年度法治政府建设情况报告\n"
        "2024年,旗司法局坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:\n"
        "一、主要举措和成效\n" + _UNTITLED_PURPOSE_THEN_WORK_THEN_DAY + "二、存在的不足和原因\n基层执法力量仍然薄弱。\n"
    )
    assert document(text).doc_type == "annual_report"


# A news item with no headline under an empty source field and a date: its first sentence is the story's subject and
# what it did, and a year's tally follows at once.
_UNTITLED_STORY_THEN_YEAR = (
    "来源:日期:2025-04-28\n"
    "宁川市创新“清单+评议+考核”三位一体模式,以述法全覆盖推动第一责任人职责落地见效。2024年,市、县区、乡镇"
    "(街道)1260名党政主要负责人在年度述职中述法,其中专题述法210名。\n"
    "一是制度筑基强规范。制定述法工作办法,细化述法清单16项内容。\n"
    "二是评议问效促提升。组织现场评议28场。\n"
)


def test_an_untitled_story_whose_first_sentence_comes_before_a_year_is_news() -> None:
    # the first sentence names a place and what it did: the story's lead, not a maxim before the year's opening
    # (2024年，…) that a report's first paragraph could have
    assert document(_UNTITLED_STORY_THEN_YEAR).doc_type == "news"


def test_a_maxim_before_the_years_opening_is_still_no_story() -> None:
    # a maxim of the work (no place as its subject) before 2024年，… leaves the text to its own evidence
    text = _UNTITLED_STORY_THEN_YEAR.replace(
        "宁川市创新“清单+评议+考核”三位一体模式,以述法全覆盖推动第一责任人职责落地见效。",
        "述法是推动第一责任人职责落地见效的重要抓手。",
    )
    assert document(text).doc_type != "news"


# A news portal's reprint: the issuers' masthead, a headline that issues a document, a lead, then the document itself
# handed over by its own name (《…》公布如下:).
_REPRINT_HANDING_OVER_BY_NAME = (
    "中共宁川省委办公厅 宁川省人民政府办公厅\n"
    "印发《关于深入推进政务服务便民化的实施意见》\n"
    "近日,中共宁川省委办公厅、宁川省人民政府办公厅印发了《关于深入推进政务服务便民化的实施意见》,"
    "并要求各地各部门结合实际认真贯彻执行。\n"
    "《关于深入推进政务服务便民化的实施意见》公布如下:\n"
    "为进一步转变政府职能,提升政务服务水平,根据国家有关文件精神,结合我省实际,提出如下实施意见。\n"
    "一、总体要求\n"
    "坚持以人民为中心的发展思想,到2025年,政务服务事项全部实现网上可办。\n"
    "二、主要任务\n"
    "(一)推进审批服务集中办理。(二)推行告知承诺制。\n"
)


def test_a_reprint_that_hands_over_to_the_document_by_its_name_is_that_document() -> None:
    doc = document(_REPRINT_HANDING_OVER_BY_NAME)
    assert doc.doc_type == "implementation_plan"


def test_a_news_item_that_only_names_a_document_stays_news() -> None:
    # without the hand-over line the page is news of the document's issue, whatever the document says below
    text = _REPRINT_HANDING_OVER_BY_NAME.replace("《关于深入推进政务服务便民化的实施意见》公布如下:\n", "").split(
        "为进一步"
    )[0]
    assert document(text).doc_type == "news"


# A provincial department's site reposting a county bureau's news: its date row (the year set apart, the time to the
# second) and source above the headline, the same row again below it.
_DATE_ROW_OVER_REPOSTED_HEADLINE = (
    "首页 > 正文\n"
    "2024 08-21 10:05:43 来源: 宁川省司法厅\n"
    "平川市青禾县司法局借力“草原文化节” 打造“周末学法”普法品牌\n"
    "2024-08-21 10:05:43 来源: 宁川省司法厅\n"
    "字体:\n"
    "青禾县司法局依托2024年“草原文化节”群众文化活动的热烈氛围,打造“周末学法”普法品牌,"
    "将法治宣传与节庆活动深度融合。\n"
    "活动现场,司法局设立普法咨询台,邀请律师现场解答群众法律问题120余人次。\n"
)


def test_a_date_row_to_the_second_is_no_headline_and_the_headline_names_the_news_subject() -> None:
    # the row above the headline is the page's date and source; the headline (a quoted name, a space, then the
    # deed) is the item's, and its subject, not the reposting department, is the agency
    doc = document(_DATE_ROW_OVER_REPOSTED_HEADLINE)
    assert doc.title == "平川市青禾县司法局借力“草原文化节” 打造“周末学法”普法品牌"
    assert doc.doc_type == "news"
    assert doc.agency == "平川市青禾县司法局"
    assert doc.report_year == 2024


def test_a_headline_of_an_honour_kept_names_its_place_not_the_bodies_that_gave_it() -> None:
    # 蝉联 (kept an honour) is a headline's act: the place it names short is the news's subject, by the full name the
    # body gives it, not the provincial committee and government that handed out the honour in the lead
    text = (
        "您所在的位置:新闻 >> 正文\n"
        "平川蝉联全省法治建设示范县\n"
        "发布时间:2019-6-12\n"
        "平川蝉联全省法治建设示范县\n"
        "近日,宁川省委、省政府下发文件,表彰全省法治建设示范县(市、区),平川通过复核名列其中。\n"
        "多年来,平川市不断丰富法治建设内涵,让法治成为平川核心竞争力的重要标志。\n"
    )
    doc = document(text)
    assert doc.title == "平川蝉联全省法治建设示范县"
    assert doc.doc_type == "news"
    assert doc.agency == "平川市"


# Figures of a change and of places counted by a compound unit, as real reports write them.
_CHANGES_AND_PLACES = (
    "平川市2024年度法治政府建设情况报告\n"
    "2024年,平川市坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:\n"
    "一、主要举措和成效\n"
    "(一)深化放管服改革。市本级审批事项平均办理时间从18.5天提速至5.5天。"
    "区级议事协调机构由300个精简为20个。"
    "工程建设项目审批时限由原来的40个工作日缩短为8个工作日。"
    "市本级50个部门共梳理出权力事项5000项。\n"
    "(二)完善法律顾问制度。全镇12个村社也都聘请律师担任法律顾问。\n"
    "二、存在的不足和原因\n基层执法力量仍然薄弱。\n"
)


def test_a_figure_before_and_after_a_change_is_labelled_by_what_changed() -> None:
    # 提速至 / 精简为 / 由原来的 say how the figure changed: both figures count the subject before them
    labels = metric_labels(_CHANGES_AND_PLACES)
    assert labels["18.5天"] == labels["5.5天"] == "市本级审批事项平均办理时间"
    assert labels["300个"] == labels["20个"] == "区级议事协调机构"
    assert labels["40个工作日"] == labels["8个工作日"] == "工程建设项目审批时限"


def test_a_compound_unit_names_what_it_counts_when_the_words_after_it_say_what_they_did() -> None:
    labels = metric_labels(_CHANGES_AND_PLACES)
    assert labels["50个部门"] == "市本级部门"  # not 共梳理出权力事项, which is the next figure's
    assert labels["5000项"].endswith("权力事项")


def test_a_unit_never_takes_the_first_character_of_a_longer_noun() -> None:
    # 个村 + 社 is 个 + 村社: the figure is 12 of 个, and its label starts with the whole noun
    metrics = [m for a in summarize(text=_CHANGES_AND_PLACES).achievements for m in a.metrics]
    village = next(m for m in metrics if m.value == 12)
    assert village.unit == "个"
    assert village.label.startswith("村社")


def test_a_count_of_the_aspects_just_listed_is_no_result() -> None:
    # 审批事项、收费项目和证明材料等4个方面: the number counts the list before it, the report's own layout
    text = _CHANGES_AND_PLACES.replace(
        "市本级50个部门共梳理出权力事项5000项。",
        "围绕审批事项、收费项目、证明材料和自由裁量权等4个方面削权放权,市本级50个部门共梳理出权力事项5000项。",
    )
    labels = metric_labels(text)
    assert "4个" not in labels
    assert "5000项" in labels


def test_a_counted_noun_stops_before_the_slogan_it_is_followed_by() -> None:
    text = _CHANGES_AND_PLACES.replace(
        "全镇12个村社也都聘请律师担任法律顾问。",
        "实现全市2860项服务事项“就近收件、异地受理、远程办理”。全镇12个村社也都聘请律师担任法律顾问。",
    )
    assert metric_labels(text)["2860项"] == "服务事项"


def test_a_name_conferred_is_kept_whole_in_the_label() -> None:
    # 被命名为“…” : the quoted name is what the deed gave, so the label keeps it whole rather than cut at its mark
    text = _CHANGES_AND_PLACES.replace(
        "全镇12个村社也都聘请律师担任法律顾问。",
        "全市有4个镇被命名为“全省民主法治示范镇(街道)”。全镇12个村社也都聘请律师担任法律顾问。",
    )
    label = metric_labels(text)["4个"]
    assert label.count("“") == label.count("”") == 1
    assert label.endswith("“全省民主法治示范镇(街道)”")


def test_a_share_written_in_words_passes_the_summarys_own_check() -> None:
    # older reports write shares in words (百分之十一点八): the metric keeps the report's unit and its claim is read
    # back as the share it is, so the summary never fails its own verification over it
    text = _CHANGES_AND_PLACES.replace(
        "(二)完善法律顾问制度。",
        "(二)完善法律顾问制度。行政复议案件纠错率比上年提高百分之十一点八,调解结案率超过百分之二十。",
    )
    summary = summarize(text=text)
    shares = [m for a in summary.achievements for m in a.metrics if m.normalized_unit == "%"]
    assert {(m.value, m.qualifier) for m in shares} == {(11.8, None), (20, "超过")}
    assert summary.verification.ok


# A report whose headings hold a span, a rank and a restated subject, as long real reports do, to be pasted as one line.
_SPANS_RANKS_AND_RESTATED = (
    "平川市2025年度法治政府建设情况报告\n"
    "一、“八五”普法时期和2025年工作回顾\n"
    "“八五”普法时期是平川法治建设极不平凡的五年。全市法治政府建设考评连续三年居全省第二、第三、第二,"
    "建成覆盖“从0到1、从1到2”全链条的法律服务体系。\n"
    "(一)深化依法行政制度建设\n"
    "过去一年,全市制定行政规范性文件12件,备案审查率100%。\n"
    "(二)严格规范公正文明执法\n"
    "全年办理行政执法案件1860件,评查案卷320卷。\n"
    "二、存在的不足和原因\n"
    "(一)基层执法力量仍然薄弱。\n"
    "三、2026年工作安排\n"
    "(一)持续深化法治政府示范创建。\n"
)


def _items(text: str) -> tuple[list[str], list[tuple[float, str]]]:
    summary = summarize(text=text)
    figures = sorted((m.value, m.unit) for a in summary.achievements for m in a.metrics)
    return [m.title for m in summary.measures], figures


def test_a_one_line_copy_keeps_spans_and_ranks_inside_their_sentences() -> None:
    # 从0到1、从1到2 and 第二、第三 are a span's and a rank's numbers: a one-line copy must not cut items at them
    assert _items(one_line(_SPANS_RANKS_AND_RESTATED)) == _items(_SPANS_RANKS_AND_RESTATED)


def test_a_one_line_heading_ends_where_its_paragraph_restates_its_subject_or_looks_back() -> None:
    # …工作回顾“八五”普法时期是…: the paragraph opens by naming the heading's subject again; …制度建设过去一年，…: by
    # the year it looks back on
    measures, _ = _items(one_line(_SPANS_RANKS_AND_RESTATED))
    assert "深化依法行政制度建设" in measures
    assert not any("过去一年" in title or title.count("“八五”普法时期") > 1 for title in measures)


def test_a_one_line_heading_never_ends_inside_a_figure_its_paragraph_repeats_words_of() -> None:
    # …布局20个左右重大专项,实施100个左右重大项目: the words after 100 repeat the heading's own, yet a heading never
    # ends between a number and its unit (100 | 个 would read as 0个)
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "(二)严格规范公正文明执法\n",
        "(二)实施法治先锋工程\n布局20个左右重大专项,实施100个左右重大项目。\n(三)严格规范公正文明执法\n",
    )
    assert {(20.0, "个"), (100.0, "个")} <= set(_items(text)[1])
    measures, figures = _items(one_line(text))
    assert (0.0, "个") not in figures
    assert any("实施100个左右重大项目" in title for title in measures)  # (fused with its heading, but whole)


def test_a_one_line_heading_ends_where_its_paragraph_repeats_five_of_its_words() -> None:
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "(二)严格规范公正文明执法\n全年办理",
        "(二)加快转变执法方式,提升执法规范水平\n转变执法方式刻不容缓。全年办理",
    )
    measures, _ = _items(one_line(text))
    assert "加快转变执法方式,提升执法规范水平" in measures


def test_a_one_line_heading_ends_where_its_paragraph_opens_on_the_year_of_its_account() -> None:
    # (一)主动公开2022年度，全区主动公开…: the paragraph opens on its year (年度 too), the heading is before it
    text = _SPANS_RANKS_AND_RESTATED.replace("过去一年,全市制定", "2025年度,全市制定")
    measures, _ = _items(one_line(text))
    assert "深化依法行政制度建设" in measures


def test_an_inline_element_a_converter_put_on_lines_of_its_own_is_rejoined() -> None:
    # a page's subscript or linked title became lines of their own (细颗粒物（PM⏎2.5⏎）…, 根据《⏎…⏎》): the cleaned text
    # reads them whole, so no heading or label starts at the closing mark
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "全年办理行政执法案件1860件,评查案卷320卷。\n",
        "全年办理行政执法案件1860件,评查案卷320卷。根据《\n平川市生态环境保护条例\n》要求,全市细颗粒物(PM\n2.5\n)"
        "平均浓度下降9.1%。\n",
    )
    summary = summarize(text=text)
    labels = {m.quote.text: m.label for a in summary.achievements for m in a.metrics}
    assert labels["9.1%"] == "全市细颗粒物(PM2.5)平均浓度下降"
    assert [m.title for m in summary.measures] == [m.title for m in summarize(text=_SPANS_RANKS_AND_RESTATED).measures]


def test_a_heading_marker_broken_after_its_bracket_is_one_marker() -> None:
    # （⏎二）… in a converted page, （ 二）… in a copy whose line breaks became spaces: the heading of the plain text
    plain = summarize(text=_SPANS_RANKS_AND_RESTATED)
    broken = _SPANS_RANKS_AND_RESTATED.replace("(二)严格规范", "(\n二)严格规范")
    assert [m.title for m in summarize(text=broken).measures] == [m.title for m in plain.measures]
    spaced = spaced_line(_SPANS_RANKS_AND_RESTATED).replace("(二)严格规范", "( 二)严格规范")
    assert "严格规范公正文明执法" in [m.title for m in summarize(text=spaced).measures]


def test_a_spaced_copy_keeps_an_item_its_line_break_opened() -> None:
    # 二要… opened a line of the plain text; in a copy whose line breaks became spaces it follows 。 and a space
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "(一)深化依法行政制度建设\n过去一年,全市制定行政规范性文件12件,备案审查率100%。\n"
        "(二)严格规范公正文明执法\n全年办理行政执法案件1860件,评查案卷320卷。\n",
        "一要深化依法行政制度建设。全市制定行政规范性文件12件。\n二要严格规范公正文明执法。全年办理行政执法案件1860件。\n",
    )
    measures = [m.title for m in summarize(text=text).measures]
    assert "二要严格规范公正文明执法" in measures
    assert [m.title for m in summarize(text=spaced_line(text)).measures] == measures


def test_a_trillion_is_read_as_one() -> None:
    # 万亿 is one magnitude (10^12): 74.4万亿元 is 74.4 trillion yuan, never 74.4万 (744,000) with 亿元 as its label
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "全年办理行政执法案件1860件,", "全市涉案标的总额达到1.2万亿元,全年办理行政执法案件1860件,"
    )
    summary = summarize(text=text)
    trillion = next(m for a in summary.achievements for m in a.metrics if m.quote.text == "1.2万亿元")
    assert (trillion.value, trillion.unit, trillion.normalized_value) == (1.2, "万亿元", 1.2e12)
    assert summary.verification.ok


def test_a_figure_and_a_quotation_a_converter_broke_over_lines_are_whole_again() -> None:
    # a zero-width line between a number and its magnitude (达到1.2⏎\u200b⏎万亿元), a quoted name on a line of its own
    # (“⏎八五⏎”普法): the cleaned text reads them whole
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "全年办理行政执法案件1860件,",
        "全市涉案标的总额达到1.2\n\u200b\n万亿元,全年办理行政执法案件1860件,“\n八五\n”普法",
    )
    summary = summarize(text=text)
    figures = {m.quote.text for a in summary.achievements for m in a.metrics}
    assert "1.2万亿元" in figures
    assert any("“八五”普法" in a.statement for a in summary.achievements)


def test_hundreds_of_billions_and_foreign_currencies_keep_their_magnitude_and_unit() -> None:
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "全年办理行政执法案件1860件,",
        "全市审查政府合同金额1千亿元,涉外合同金额3.5亿美元,全年办理行政执法案件1860件,",
    )
    summary = summarize(text=text)
    metrics = {m.quote.text: m for a in summary.achievements for m in a.metrics}
    assert (metrics["1千亿元"].normalized_value, metrics["1千亿元"].normalized_unit) == (1e11, "元")
    assert (metrics["3.5亿美元"].normalized_value, metrics["3.5亿美元"].normalized_unit) == (3.5e8, "美元")
    assert summary.verification.ok


def test_physical_units_of_long_reports_are_read_with_their_figures() -> None:
    # 千瓦, 千瓦时, 斤, 公顷, 平方公里, 标准箱: a figure's unit, not the next figure's label
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "全年办理行政执法案件1860件,",
        "全市新增光伏装机12万千瓦,查处违法占地3.5公顷,全年办理行政执法案件1860件,",
    )
    metrics = {m.quote.text: m for a in summarize(text=text).achievements for m in a.metrics}
    assert (metrics["12万千瓦"].normalized_value, metrics["12万千瓦"].normalized_unit) == (120000, "千瓦")
    assert metrics["3.5公顷"].normalized_unit == "公顷"


def test_laws_and_rules_are_counted_by_their_measure_word() -> None:
    # 部 counts laws and rules (出台地方性法规4部, 审查规章40多部), 幅 and 块 counts boards: figures of their own, never
    # 部门 (3部门联合), 部分 (6部分组成) or 零部件
    text = _SPANS_RANKS_AND_RESTATED.replace(
        "全年办理行政执法案件1860件,",
        "全年出台政府规章4部,清理规章40多部,设置法治宣传栏20多块,会同3部门开展零部件质量抽查,全年办理行政执法案件1860件,",
    )
    metrics = {m.quote.text: m for a in summarize(text=text).achievements for m in a.metrics}
    assert (metrics["4部"].unit, metrics["40多部"].qualifier, metrics["20多块"].unit) == ("部", "多", "块")
    assert not any(text.startswith(("3部", "零部")) for text in metrics)


# A document-sharing site's copy: the site's name and address, or its slogan, run onto the ends of lines, headings too.
_WATERMARKED = (
    "宁川市司法局2022年度法治政府建设情况报告\n"
    "2022年,我局全面贯彻习近平法治思想,认真落实法治政府建设实施纲要。现将本年度法治政府建设工作情况报告如下:\n"
    "一、2022年度推进法治政府建设的主要举措和成效 文档站 www.wendangzhan.com\n"
    "(一)坚持党的领导,深入学习贯彻习近平法治思想 文档站,办公文档之家\n"
    "我局组织党组理论学习中心组专题学法6次,全局干部参加法治培训120人次。\n"
    "(二)提高决策水平,规范合法性审查工作 范文网 www.fanwenwang.com\n"
    "全年审查规范性文件18件,提出修改意见32条。\n"
    "二、存在的不足和原因 文档站 www.wendangzhan.com\n"
    "(一)执法人员业务能力有待提高。\n"
)


def test_a_sharing_sites_watermark_on_the_ends_of_lines_is_no_part_of_a_heading() -> None:
    summary = summarize(text=_WATERMARKED)
    assert [m.title for m in summary.measures] == [
        "坚持党的领导,深入学习贯彻习近平法治思想",
        "提高决策水平,规范合法性审查工作",
    ]
    assert [s.issue for s in summary.shortfalls] == ["执法人员业务能力有待提高"]


def test_an_address_a_report_gives_once_is_kept() -> None:
    # one line ending with a body's name and its site is the report's own sentence, not a watermark
    line = "本报告全文在宁川市司法局 www.ncsfj.gov.cn"
    assert line in clean(_SPANS_RANKS_AND_RESTATED + line + "\n").text


def test_a_disclosure_report_names_its_writer_where_it_asks_readers_to_call() -> None:
    # the template's opening cites other bodies' notices and its body never names its writer as a subject; the writer
    # is the one whose office takes questions, in the sentence after the one on the report
    text = (
        "本报告根据《中华人民共和国政府信息公开条例》、《宁川省人民政府办公厅关于做好政府信息公开工作年度报告编制"
        "发布工作的通知》有关要求编制。报告分为总体情况、主动公开政府信息情况等六部分。\n"
        "报告所列数据的统计期限为2023年1月1日至2023年12月31日,报告电子版通过平川市审计局网站全文公开。"
        "如有疑问请与平川市审计局办公室联系(地址:平川市人民路1号)。\n"
        "一、总体情况\n"
        "(一)主动公开政府信息情况。全年主动公开政府信息120条。\n"
    )
    doc = document(text)
    assert doc.doc_type == "information_disclosure_report"
    assert doc.agency == "平川市审计局"


def test_a_round_up_of_a_places_bodies_at_large_is_that_places_news() -> None:
    # the lead's subject is the city's bodies at large; each paragraph below tells of one of them, and none of those
    # is the item's subject
    text = (
        "分享\n"
        "本报讯(记者 某某)12月4日是国家宪法日。为弘扬宪法精神,宁川市各地各部门结合各自职能,开展宪法“七进”宣传活动。\n"
        "平川区总工会组织“宪法进企业”活动,为30家企业的经营管理人员讲解宪法。\n"
        "青禾区教育局12月4日联合该区检察院在实验小学组织开展宪法晨读活动。\n"
    )
    doc = document(text)
    assert doc.doc_type == "news"
    assert doc.agency == "宁川市"


def test_a_round_up_of_one_system_at_every_level_still_names_none() -> None:
    # 宁川市各级人大… is one system's bodies at every level, not the place's bodies at large: no subject of its own
    text = (
        "分享\n"
        "本报讯 近期,宁川市各级人大深入学习宣传宪法,开展形式多样的学习活动。\n"
        "平川区人大常委会组织开展了学习宪法修正案活动。\n"
        "青禾区人大常委会召集部分人大代表学习宪法修正案。\n"
    )
    assert document(text).agency != "宁川市"
