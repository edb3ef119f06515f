"""Cleaning keeps text faithful: what it maps is one-to-one, what it removes is debris."""

from __future__ import annotations

from summarizer.clean import clean, to_simplified
from summarizer.models import Script


def test_fullwidth_digits_and_letters_map_one_to_one_but_punctuation_stays():
    c = clean("共受理１０８２件，占比９８．５％（ＡＢｃ）")
    assert c.text == "共受理1082件，占比98．5％（ABc）"


def test_pinyin_readings_are_removed_but_real_parentheses_stay():
    raw = (
        "衛(wèi)生健康系統(tǒng)監(jiān)管,動態(tài)。建立黨委(黨組)制度(一)規劃(2021—2025年)"
        "《通知》(中发〔2021〕33号)(責任科室:政策法規科)(WHO)"
    )
    c = clean(raw, keep_script=True)
    assert c.text == (
        "衛生健康系統監管,動態。建立黨委(黨組)制度(一)規劃(2021—2025年)"
        "《通知》(中发〔2021〕33号)(責任科室:政策法規科)(WHO)"
    )


def test_bookmarks_spaces_and_line_endings():
    c = clean("一、标题\r\n\r\n\u3000\u3000[bookmark: _GoBack]三是强化\u00a0能力。  \r\n")
    assert c.text == "一、标题\n三是强化 能力。"


def test_bookmark_debris_with_full_width_colon():
    assert clean("［bookmark： _GoBack］三是强化能力。").text == "三是强化能力。"


def test_site_furniture_lines_are_dropped_and_reported():
    raw = (
        "首页 > 政务公开 > 法治政府建设\n智能问答| 无障碍 | 移动版 | 繁體版 | English |\n标题报告\n"
        "来源:本网 时间:2022-12-02 11:44 【字体: 】 浏览量:-\n正文第一段。\n主办单位:某市人民政府办公室\n"
        "网站标识码:4417000019 备案序号:粤ICP备16010311号-3\n责编:卫生健康局"
    )
    c = clean(raw)
    assert c.text == "标题报告\n正文第一段。"  # under a document's title the date row is the posting's: furniture
    assert len(c.removed_lines) == 6


def test_a_news_pages_date_row_is_kept_alone_above_its_lead() -> None:
    """Under a headline, the page's own date stays, alone, above the lead's prose: a news item that names no year
    of its own is dated by it, and the year finder quotes it. Its source and counter go; above a heading (no lead)
    the row goes whole."""
    raw = "青禾县开展法律咨询活动\n来源:本网 时间:2022-12-02 11:44 浏览量:-\n近日，县司法局开展法律咨询活动。"
    assert clean(raw).text == "青禾县开展法律咨询活动\n时间:2022-12-02 11:44\n近日，县司法局开展法律咨询活动。"
    raw = "青禾县开展法律咨询活动\n来源:本网 时间:2022-12-02 11:44 浏览量:-\n一、主要举措\n正文第一段。"
    assert clean(raw).text == "青禾县开展法律咨询活动\n一、主要举措\n正文第一段。"


def test_traditional_is_detected_and_converted_without_moving_offsets():
    raw = "福州市衛生健康委員會2024年度法治政府建設報告\n黨政主要負責人履行職責,審查規範性文件3件。"
    c = clean(raw)
    assert c.script is Script.traditional and c.text_script is Script.simplified
    assert c.text == "福州市卫生健康委员会2024年度法治政府建设报告\n党政主要负责人履行职责,审查规范性文件3件。"
    assert len(c.text) == len(clean(raw, keep_script=True).text)
    assert to_simplified("乾隆") == "乾隆"  # t2s, not a vocabulary rewrite


def test_simplified_is_left_alone():
    c = clean("湖滨区卫生健康委员会关于2023年法治政府建设情况的报告")
    assert c.script is Script.simplified and c.text_script is Script.simplified


def test_hard_wrapped_paragraphs_are_rejoined_but_ordinary_lines_are_not():
    from summarizer.clean import _width, unwrap

    paragraphs = [
        "一、主要举措和成效",
        "全年办理行政许可事项2136件，按时办结率100%，群众满意度持续提升，政务服务水平不断提高。",
        "（一）加强执法监督。全年开展执法案卷评查4次，评查案卷120卷，整改问题35个，执法规范化水平明显提升。",
        "二、存在的不足",
        "执法人员素质参差不齐，信息化执法手段运用不够，普法宣传方式较为单一，基层法治力量仍然薄弱。",
        "三、下一步打算",
        "加强执法队伍建设，推进智慧执法，深化普法宣传，建立健全长效机制，推动法治政府建设再上新台阶。",
    ]
    wrapped = []
    for p in paragraphs:  # broken at 40 display columns, as a PDF viewer copies them
        cur, w = "", 0
        for c in p:
            if w + _width(c) > 40:
                wrapped.append(cur)
                cur, w = "", 0
            cur, w = cur + c, w + _width(c)
        wrapped.append(cur)
    assert len(wrapped) > len(paragraphs) + 5
    assert unwrap(wrapped) == paragraphs
    ordinary = [
        "一、主要举措和成效",
        "全年办理行政许可事项2136件。",
        "（一）加强执法监督，全年开展执法案卷评查4次",
        "二、存在的不足",
        "执法人员素质参差不齐，信息化执法手段运用不够，普法宣传方式较为单一",
        "三、下一步打算",
        "加强执法队伍建设",
        "深化普法宣传，建立健全长效机制，推动法治政府建设再上新台阶",
    ]
    assert unwrap(ordinary) == ordinary
