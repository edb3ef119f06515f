"""Tests for summarizer.numbers: the finder, the Chinese numeral parser and the grounding checker.

Everything is derived from the seed reports in tests/fixtures (the expected lists were written by
reading the texts, see GOLD.md) or from explicit hand-written cases; nothing is captured from the
implementation's own output.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from summarizer.numbers import (
    NumberCheck,
    NumberMention,
    SourceIndex,
    check_numbers,
    find_numbers,
    parse_chinese_numeral,
)

from .test_gold import GOLD as GOLD_FACTS

FIXTURES = Path(__file__).parent / "fixtures"
SEED_NAMES = {
    "000": "000_aacb369b95bbd567.txt",  # 福州 2024, traditional script with pinyin artifacts
    "001": "001_fe0e8058e257553a.txt",  # 阳江 2022
    "002": "002_69ba15540b3f8e73.txt",  # 金普 2025
    "003": "003_3719d567a220afbd.txt",  # 荥阳 implementation plan
    "004": "004_85fd514af7da5818.txt",  # 湖滨 2023, full-width punctuation
}
SEEDS = {k: (FIXTURES / v).read_text(encoding="utf-8") for k, v in SEED_NAMES.items()}
T2S = opencc.OpenCC("t2s")
D = Decimal


def _section(doc: str, start_marker: str, end_marker: str) -> tuple[str, int]:
    text = SEEDS[doc]
    a = text.index(start_marker)
    b = text.index(end_marker, a)
    return text[a:b], a


# Achievement sections (part 一 …) as GOLD.md delimits them.
SECTIONS = {
    "000": ("一、強化黨建引領", "七、存在的問題與不足"),
    "001": ("一、2022年度推进法治政府建设的主要举措和成效", "二、推进法治政府工作存在的不足和问题"),
    "002": ("一、2025年推进法治政府建设的主要举措和成效", "二、2025年推进法治政府建设存在的不足和原因"),
    "004": ("一、主要举措和成效", "二、党政主要负责人履行推进法治政府建设第一责任人职责情况"),
}


def _one(text: str) -> NumberMention:
    found = find_numbers(text)
    assert len(found) == 1, (text, found)
    return found[0]


# --------------------------------------------------------------------------------------------
# 1. Table-driven finder tests
# --------------------------------------------------------------------------------------------

# (text searched, expected mention text, value, unit, qualifier, kind, high)
FORMS = [
    # Arabic integers / decimals, simplified and traditional (000), units with and without spaces
    ("全年依托政務服務平臺高效辦結衛(wèi)生健康事項5878件", "5878件", "5878", "件", None, "number", None),
    ("事項辦理時限從1696個工作日大幅壓縮至174 個工作日", "1696個工作日", "1696", "个工作日", None, "number", None),
    ("事項辦理時限從1696個工作日大幅壓縮至174 個工作日", "174 個工作日", "174", "个工作日", None, "number", None),
    ("即辦件占比達65.48%,", "65.48%", "65.48", "%", None, "percent", None),
    ("實現 100% 電子化辦理", "100%", "100", "%", None, "percent", None),
    ("受理各类信访件26 件次，按时办结率100 %，", "26 件次", "26", "件次", None, "number", None),
    ("受理各类信访件26 件次，按时办结率100 %，", "100 %", "100", "%", None, "percent", None),
    ("为执法人员配备了执法记录仪26臺", "26臺", "26", "台", None, "number", None),
    ("发现问题31個。", "31個", "31", "个", None, "number", None),
    ("监督检查诊所4583家次", "4583家次", "4583", "家次", None, "number", None),
    ("出动监督员6828人次、监督车辆2149车次，检查各类单位4238户次", "2149车次", "2149", "车次", None, "number", None),
    ("出动监督员6828人次、监督车辆2149车次，检查各类单位4238户次", "4238户次", "4238", "户次", None, "number", None),
    ("人均完成学习24学分", "24学分", "24", "学分", None, "number", None),
    ("执法人员完成70学时培训", "70学时", "70", "学时", None, "number", None),
    ("共46大项(含子项93项)", "46大项", "46", "大项", None, "number", None),
    ("共受领国家、省随机监督抽查任务5个专业共87件", "5个专业", "5", "个专业", None, "number", None),
    ("累计报告的126例确诊病例", "126例", "126", "例", None, "number", None),
    ("共记6分。", "6分", "6", "分", None, "number", None),
    ("罚款人民币8900元。", "8900元", "8900", "元", None, "number", None),
    # thousands separators (only before exactly three digits), full-width digits
    ("共办理1,256件", "1,256件", "1256", "件", None, "number", None),
    ("共办理1，256件", "1，256件", "1256", "件", None, "number", None),
    ("共办理１２５６件", "１２５６件", "1256", "件", None, "number", None),
    ("占比１２．３％", "１２．３％", "12.3", "%", None, "percent", None),
    # multipliers 万 / 亿 / 千, traditional 萬
    ("罰沒金額231.2442萬元。", "231.2442萬元", "2312442", "元", None, "number", None),
    ("罚没款105.2879万元，", "105.2879万元", "1052879", "元", None, "number", None),
    ("没收违法所得0.498万元。", "0.498万元", "4980", "元", None, "number", None),
    ("处罚金额2.89万元。", "2.89万元", "28900", "元", None, "number", None),
    ("发送疫情防控提醒手机短信近1200万条，", "近1200万条", "12000000", "条", "近", "number", None),
    ("发送疫情防控提醒600多万条。", "600多万条", "6000000", "条", "多", "number", None),
    ("惠及3.5万人次", "3.5万人次", "35000", "人次", None, "number", None),
    ("投入1.2亿元", "1.2亿元", "120000000", "元", None, "number", None),
    ("节省3千元", "3千元", "3000", "元", None, "number", None),
    # qualifiers before and after
    ("培訓人員近1500人次。", "近1500人次", "1500", "人次", "近", "number", None),
    ("全年共提供各類法律服務60余次", "60余次", "60", "次", "余", "number", None),
    ("出具合法性審查意見50余條", "50余條", "50", "条", "余", "number", None),
    ("在政府网站公示信息200余条。", "200余条", "200", "条", "余", "number", None),
    ("提供法律咨询、合规指导40余次", "40余次", "40", "次", "余", "number", None),
    ("法律专业人才占比不足20%，", "不足20%", "20", "%", "不足", "percent", None),
    ("力争案卷优秀率达90%以上。", "90%以上", "90", "%", "以上", "percent", None),
    ("开展专题学习培训不少于2场", "不少于2场", "2", "场", "不少于", "number", None),
    ("每年至少举办两期以上领导班子参加的法治专题讲座", "两期以上", "2", "期", "以上", "number", None),
    ("参训约300人", "约300人", "300", "人", "约", "number", None),
    ("服务超过2000人次", "超过2000人次", "2000", "人次", "超过", "number", None),
    ("受理逾500件", "逾500件", "500", "件", "逾", "number", None),
    ("不到10%的单位", "不到10%", "10", "%", "不到", "percent", None),
    ("培训200人左右", "200人左右", "200", "人", "左右", "number", None),
    ("至少3次", "至少3次", "3", "次", "至少", "number", None),
    ("60岁以下人员", "60岁以下", "60", "岁", "以下", "number", None),
    # percentages in Chinese
    ("覆盖率达到百分之百。", "百分之百", "100", "%", None, "percent", None),
    ("同比增长百分之十二点三", "百分之十二点三", "12.3", "%", None, "percent", None),
    ("占比百分之五十以上", "百分之五十以上", "50", "%", "以上", "percent", None),
    # Chinese numerals used as quantities
    ("通過三項舉措推動政府職能轉變", "三項", "3", "项", None, "number", None),
    ("举办两期培训", "两期", "2", "期", None, "number", None),
    ("办理十二件", "十二件", "12", "件", None, "number", None),
    ("累计两千零二十八次", "两千零二十八次", "2028", "次", None, "number", None),
    ("全区百余家医疗机构", "百余家", "100", "家", "余", "number", None),
    ("投入三万元", "三万元", "30000", "元", None, "number", None),
    ("梳理涉企法治服务事项十八项", "十八项", "18", "项", None, "number", None),
    # years, dates, ranges
    ("2024年,我委在市委、市政府的領導下", "2024年", "2024", "年", None, "year", None),
    ("八、2025 年法治政府建設工作計劃", "2025 年", "2025", "年", None, "year", None),
    ("二〇二三年工作要点", "二〇二三年", "2023", "年", None, "year", None),
    ("截止2023年12月20日，对各类违法行为", "2023年12月20日", "20231220", "年月日", None, "date", None),
    ("10月16日上午，我局党组成员", "10月16日", "1016", "月日", None, "date", None),
    ("时间:2022-12-02 11:44", "2022-12-02", "20221202", "年月日", None, "date", None),
    ("2022年10月，我局对现行有效的规范性文件进行了清理", "2022年10月", "202210", "年月", None, "date", None),
    ("5月組織全委副科級以上幹部", "5月", "5", "月", None, "date", None),
    ("二〇二四年十二月二十日", "二〇二四年十二月二十日", "20241220", "年月日", None, "date", None),
    ("2022年1月1日—11月28日，全市累计报告", "2022年1月1日—11月28日", "20220101", "年月日", None, "date", "20221128"),
    ("2022年1月—9月，全市医调委共受理案件", "2022年1月—9月", "202201", "年月", None, "date", "202209"),
    ("《法治政府建设实施纲要(2021—2025年)》", "2021—2025年", "2021", "年", None, "range", "2025"),
    ("《湖滨区法治政府建设实施方案（2023-2025年）》", "2023-2025年", "2023", "年", None, "range", "2025"),
    ("今年1月—11月，共出动执法人员", "1月—11月", "1", "月", None, "range", "11"),
    ("每季度开展3-5次", "3-5次", "3", "次", None, "range", "5"),
    ("投入3万-5万元", "3万-5万元", "30000", "元", None, "range", "50000"),
    ("法治政府建设实施方案(2021—2025)", "2021—2025", "2021", "", None, "range", "2025"),
    ("2021年至2025年", "2021年至2025年", "2021", "年", None, "range", "2025"),
    # document numbers and codes: found, offsets right, no crash
    ("(粤卫办妇幼函〔2022〕7号)的精神", "7", "7", "", None, "number", None),
    ("网站标识码:4417000019 备案序号", "4417000019", "4417000019", "", None, "number", None),
    ("备案序号:粤ICP备16010311号-3", "16010311", "16010311", "", None, "number", None),
    ("网站报障:0662-3367662", "3367662", "3367662", "", None, "number", None),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier", "kind", "high"), FORMS)
def test_finder_forms(text, span, value, unit, qualifier, kind, high):
    found = find_numbers(text)
    hits = [m for m in found if m.text == span]
    assert hits, f"{span!r} not found in {text!r}: {[m.text for m in found]}"
    m = hits[0]
    assert text[m.start : m.end] == m.text
    assert m.value == D(value) and m.unit == unit and m.qualifier == qualifier and m.kind == kind
    assert m.high == (D(high) if high is not None else None)


@pytest.mark.parametrize(
    ("text", "raw_value", "raw_unit"),
    [
        ("105.2879万元", "105.2879", "万元"),
        ("231.2442萬元", "231.2442", "萬元"),
        ("近1200万条", "1200", "万条"),
        ("600多万条", "600", "万条"),
        ("174 個工作日", "174", "個工作日"),
        ("100 %", "100", "%"),
        ("三万元", "3", "万元"),
        ("8900元", "8900", "元"),
    ],
)
def test_raw_value_and_unit(text, raw_value, raw_unit):
    m = _one(text)
    assert m.raw_value == D(raw_value) and m.raw_unit == raw_unit


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [
        ("两千零二十八", 2028),
        ("二〇二三", 2023),
        ("二○二三", 2023),
        ("十二点三", D("12.3")),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零二", 102),
        ("一百二", 120),
        ("三千零五", 3005),
        ("十二万三千四百五十六", 123456),
        ("一千二百万", 12000000),
        ("兩千", 2000),
        ("三萬", 30000),
        ("壹佰贰拾叁", 123),
        ("百", 100),
        ("零", 0),
        ("十四五", None),  # a name, not a numeral
        ("七八", 78),  # digit by digit; the finder only reads such forms as years
        ("万", None),
        ("万一", None),
        ("十十", None),
        ("点五", None),
        ("进一步", None),
        ("", None),
    ],
)
def test_parse_chinese_numeral(numeral, expected):
    got = parse_chinese_numeral(numeral)
    assert got == expected and type(got) is type(expected)


def test_offsets_and_order_on_all_seeds():
    for doc, text in SEEDS.items():
        found = find_numbers(text)
        assert found, doc
        last_end = 0
        for m in found:
            assert text[m.start : m.end] == m.text, (doc, m)
            assert m.start >= last_end and m.end > m.start, (doc, m)
            assert m.kind in {"number", "percent", "date", "range", "year"}
            assert isinstance(m.value, Decimal) and isinstance(m.raw_value, Decimal)
            last_end = m.end


def test_find_numbers_of_a_mention_reads_it_back():
    """A mention's own text, read alone, yields the same quantity (summaries copy spans)."""
    for doc, text in SEEDS.items():
        for m in find_numbers(text):
            again = _one(m.text)
            assert (again.value, again.unit, again.kind, again.qualifier, again.high) == (
                m.value, m.unit, m.kind, m.qualifier, m.high,
            ), (doc, m.text)  # fmt: skip


def test_traditional_and_simplified_read_the_same():
    """000 is traditional; OpenCC t2s keeps its length, so both must give the same numbers."""
    trad = SEEDS["000"]
    simp = T2S.convert(trad)
    assert len(simp) == len(trad)
    a = [(m.start, m.end, m.value, m.unit, m.kind, m.qualifier) for m in find_numbers(trad)]
    b = [(m.start, m.end, m.value, m.unit, m.kind, m.qualifier) for m in find_numbers(simp)]
    assert a == b


def test_fold_table_agrees_with_opencc():
    from summarizer.numbers import fold

    for trad, simp in zip(fold._TRAD, fold._SIMP):
        assert T2S.convert(trad) == simp, trad


def test_empty_and_numberless_text():
    assert find_numbers("") == []
    assert find_numbers("坚持以人民为中心，依法依规做好信访工作。") == []


# --------------------------------------------------------------------------------------------
# 2. Idioms, names and enumerators are not numbers
# --------------------------------------------------------------------------------------------

IDIOMS = [
    "第一责任人", "第一议题", "一把手", "一是", "二是", "三是", "一网通办", "一件事", "一次办",
    "一岗双责", "双随机、一公开", "三项制度", "三重一大", "八五", "二十大", "二十届三中全会",
    "十九大", "十九届", "进一步", "统一", "一体化", "三位一体", "四位一体", "四个意识",
    "两个维护", "四个自信", "三统一", "一门式", "一对一", "一次性", "最多跑一次", "三大通讯运营商",
    "一名局领导", "第二十次全国代表大会", "四级责任体系", "三调解一保险", "一审判决",
]  # fmt: skip
# Idioms of the brief that do not occur in the seeds: short sentences in report style.
SYNTHETIC = [
    "科学编制“十四五”卫生健康规划，推动十四五规划落地。",
    "这是唯一的办法，也是十分重要的工作。",
    "坚持“两个确立”、做到“两个维护”，严格落实中央八项规定精神。",
    "贯彻党的二十大和二十届三中全会精神，以及十九届历次全会精神。",
    "建设法治宣传教育第八个五年规划。",
]


def _sentences_with(idiom: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Seed sentences containing ``idiom`` (searched in simplified script) and its spans."""
    out = []
    for text in list(SEEDS.values()) + SYNTHETIC:
        for sent in re.split(r"(?<=[。；;\n])", text):
            simp = T2S.convert(sent)
            if len(simp) != len(sent):
                continue
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(idiom), simp)]
            if spans:
                out.append((sent, spans))
    return out


@pytest.mark.parametrize("idiom", IDIOMS + ["十四五", "唯一", "十分", "两个确立", "八项规定", "五年规划"])
def test_idioms_are_not_numbers(idiom):
    cases = _sentences_with(idiom)
    assert cases, f"no sentence with {idiom!r}"
    for sent, spans in cases:
        for m in find_numbers(sent):
            for a, b in spans:
                assert m.end <= a or m.start >= b, (idiom, m.text, sent)


HEADING = re.compile(r"^\s*([(（]?[一二三四五六七八九十]+[)）、]?)", re.M)


@pytest.mark.parametrize("doc", sorted(SEEDS))
def test_heading_enumerators_are_not_numbers(doc):
    text = SEEDS[doc]
    heads = [m.span(1) for m in HEADING.finditer(text)]
    assert heads
    found = find_numbers(text)
    for a, b in heads:
        assert not [m.text for m in found if m.start < b and m.end > a], text[a : b + 10]


def test_arabic_list_enumerators_are_skipped_but_numbers_after_them_are_not():
    text = (
        "  1.统筹推进法治政府建设。\n  (3)严格落实。\n  2)加强执法。\n  6强化监管。\n7.依法做好疫情防控工作2022年以来"
    )
    assert [m.text for m in find_numbers(text)] == ["2022年"]


def test_chinese_numeral_ordinals_and_quoted_slogans():
    assert find_numbers("第二十次全国代表大会") == []
    assert find_numbers("推行“三项制度”") == []
    assert [m.text for m in find_numbers("落实三项措施")] == ["三项"]


# --------------------------------------------------------------------------------------------
# 3. No miss: every number of the achievement sections, written down by reading the text
# --------------------------------------------------------------------------------------------

# (text as written, value, unit, qualifier) in reading order; repeated texts are listed each time.
EXPECTED = {
    "000": [
        ("2024年", "2024", "年", None), ("2次", "2", "次", None), ("5月", "5", "月", None),
        ("8月", "8", "月", None), ("2024年", "2024", "年", None), ("3件", "3", "件", None),
        ("60余次", "60", "次", "余"), ("50余條", "50", "条", "余"), ("三項", "3", "项", None),
        ("5878件", "5878", "件", None), ("7137件", "7137", "件", None),
        ("100%", "100", "%", None), ("84項", "84", "项", None), ("65.48%", "65.48", "%", None),
        ("1696個工作日", "1696", "个工作日", None), ("174 個工作日", "174", "个工作日", None),
        ("89.74%", "89.74", "%", None), ("2024年", "2024", "年", None),
        ("2028次", "2028", "次", None), ("100%", "100", "%", None), ("2024年", "2024", "年", None),
        ("51起", "51", "起", None), ("203.66萬元", "2036600", "元", None),
        ("312起", "312", "起", None), ("218.07萬元", "2180700", "元", None),
        ("2055家", "2055", "家", None), ("4583家次", "4583", "家次", None),
        ("100%", "100", "%", None), ("706份", "706", "份", None), ("237起", "237", "起", None),
        ("231.2442萬元", "2312442", "元", None), ("2024年", "2024", "年", None),
        ("90名", "90", "名", None), ("93.3%", "93.3", "%", None), ("10期", "10", "期", None),
        ("近1500人次", "1500", "人次", "近"), ("2024年", "2024", "年", None),
        ("46條", "46", "条", None), ("2020條", "2020", "条", None), ("1093條", "1093", "条", None),
        ("26臺", "26", "台", None), ("2024年", "2024", "年", None), ("6起", "6", "起", None),
        ("2024年", "2024", "年", None), ("2次", "2", "次", None), ("37起", "37", "起", None),
        ("31個", "31", "个", None), ("36件", "36", "件", None), ("60件", "60", "件", None),
        ("3件", "3", "件", None), ("100%", "100", "%", None), ("2024年", "2024", "年", None),
        ("918條", "918", "条", None), ("1178條", "1178", "条", None),
        ("2024年", "2024", "年", None), ("149件", "149", "件", None),
        ("71人次", "71", "人次", None),
    ],
    "001": [
        ("2022年", "2022", "年", None), ("10月16日", "1016", "月日", None),
        ("10月26日", "1026", "月日", None), ("11月2日", "1102", "月日", None),
        ("2022年", "2022", "年", None), ("2022年", "2022", "年", None), ("3次", "3", "次", None),
        ("2022年", "2022", "年", None), ("2021—2025年", "2021", "年", None),
        ("2022年", "2022", "年", None), ("2022年", "2022", "年", None),
        ("11月23日", "1123", "月日", None), ("1082件", "1082", "件", None),
        ("100%", "100", "%", None), ("2022", "2022", "", None), ("7", "7", "", None),
        ("5间", "5", "间", None), ("2间", "2", "间", None), ("2022", "2022", "", None),
        ("255", "255", "", None), ("46大项", "46", "大项", None), ("93项", "93", "项", None),
        ("98.5%", "98.5", "%", None), ("100%", "100", "%", None), ("2022年", "2022", "年", None),
        ("2022年", "2022", "年", None), ("539家", "539", "家", None), ("100%", "100", "%", None),
        ("99.26%", "99.26", "%", None), ("95.18%", "95.18", "%", None),
        ("129宗", "129", "宗", None), ("2.89万元", "28900", "元", None), ("19家", "19", "家", None),
        ("100%", "100", "%", None), ("1月—11月", "1", "月", None),
        ("5213人次", "5213", "人次", None), ("45户次", "45", "户次", None),
        ("584间次", "584", "间次", None), ("529户次", "529", "户次", None),
        ("3户次", "3", "户次", None), ("37间次", "37", "间次", None),
        ("540间次", "540", "间次", None), ("112间次", "112", "间次", None),
        ("32宗", "32", "宗", None), ("1.77万元", "17700", "元", None),
        ("0.498万元", "4980", "元", None), ("2022年", "2022", "年", None), ("1项", "1", "项", None),
        ("2022年", "2022", "年", None), ("3份", "3", "份", None),
        ("2022年10月", "202210", "年月", None), ("2022年", "2022", "年", None),
        ("13份", "13", "份", None), ("1份", "1", "份", None), ("43名", "43", "名", None),
        ("5名", "5", "名", None), ("47人", "47", "人", None), ("100%", "100", "%", None),
        ("100%", "100", "%", None), ("100%", "100", "%", None), ("100%", "100", "%", None),
        ("2022年1月—11月", "202201", "年月", None), ("32宗", "32", "宗", None),
        ("1.77万元", "17700", "元", None), ("2022年1月—9月", "202201", "年月", None),
        ("89宗", "89", "宗", None), ("52宗", "52", "宗", None), ("37宗", "37", "宗", None),
        ("58.4%", "58.4", "%", None), ("3113.69万元", "31136900", "元", None),
        ("601.15万元", "6011500", "元", None), ("2022年", "2022", "年", None),
        ("1宗", "1", "宗", None), ("2022年", "2022", "年", None), ("3组", "3", "组", None),
        ("6", "6", "", None), ("2022年1月1日—11月28日", "20220101", "年月日", None),
        ("126例", "126", "例", None), ("7例", "7", "例", None), ("106例", "106", "例", None),
        ("102人", "102", "人", None), ("4人", "4", "人", None), ("137人", "137", "人", None),
        ("12个", "12", "个", None), ("2039间", "2039", "间", None),
        ("11月4日", "1104", "月日", None), ("2188人", "2188", "人", None),
        ("204名", "204", "名", None), ("2022年", "2022", "年", None), ("1间", "1", "间", None),
        ("6分", "6", "分", None), ("2022年", "2022", "年", None), ("706条", "706", "条", None),
        ("701篇", "701", "篇", None), ("近1200万条", "12000000", "条", "近"),
        ("600多万条", "6000000", "条", "多"),
    ],
    "002": [
        ("2025年", "2025", "年", None), ("24学分", "24", "学分", None),
        ("2025年", "2025", "年", None), ("51件", "51", "件", None), ("10次", "10", "次", None),
        ("4次", "4", "次", None), ("2次", "2", "次", None), ("6828人次", "6828", "人次", None),
        ("2149车次", "2149", "车次", None), ("4238户次", "4238", "户次", None),
        ("611起", "611", "起", None), ("27起", "27", "起", None),
        ("105.2879万元", "1052879", "元", None), ("100%", "100", "%", None),
        ("11件", "11", "件", None), ("11起", "11", "起", None), ("5起", "5", "起", None),
        ("3起", "3", "起", None), ("12次", "12", "次", None), ("225人次", "225", "人次", None),
        ("70学时", "70", "学时", None), ("25人", "25", "人", None), ("24人", "24", "人", None),
        ("12", "12", "", None), ("4", "4", "", None),  # “12·4”国家宪法日
        ("18项", "18", "项", None), ("40余次", "40", "次", "余"), ("3次", "3", "次", None),
        ("25项", "25", "项", None),
    ],
    "004": [
        ("223家", "223", "家", None), ("2023年", "2023", "年", None),
        ("5个专业", "5", "个专业", None), ("87件", "87", "件", None), ("100%", "100", "%", None),
        ("2023年12月20日", "20231220", "年月日", None), ("12件", "12", "件", None),
        ("6件", "6", "件", None), ("6件", "6", "件", None), ("8900元", "8900", "元", None),
        ("2023年", "2023", "年", None), ("200余条", "200", "条", "余"),
        ("2023年", "2023", "年", None), ("12月20日", "1220", "月日", None),
        ("26 件次", "26", "件次", None), ("100 %", "100", "%", None), ("100 %", "100", "%", None),
    ],
}  # fmt: skip

# The numbers GOLD.md names for each report, as the source writes them: the must-haves of a correct summary.
GOLD = {name[:3]: facts["written"] for name, facts in GOLD_FACTS.items()}


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_no_miss_in_achievement_sections(doc):
    section, offset = _section(doc, *SECTIONS[doc])
    found = find_numbers(section)
    got = [(m.text, m.value, m.unit, m.qualifier) for m in found]
    want = [(t, D(v), u, q) for t, v, u, q in EXPECTED[doc]]
    missing = Counter(want) - Counter(got)
    extra = Counter(got) - Counter(want)
    assert not missing, f"missed: {missing}"
    assert not extra, f"not numbers (or unexpected readings): {extra}"
    # offsets in the whole document agree with the section's
    whole = {(m.start, m.end) for m in find_numbers(SEEDS[doc])}
    assert {(m.start + offset, m.end + offset) for m in found} <= whole


@pytest.mark.parametrize("doc", sorted(GOLD))
def test_gold_numbers_are_found(doc):
    texts = [m.text for m in find_numbers(SEEDS[doc])]
    for t in GOLD[doc]:
        assert t in texts, t


def test_traditional_seed_specials():
    text = SEEDS["000"]
    by_text = {m.text: m for m in find_numbers(text)}
    assert by_text["174 個工作日"].unit == "个工作日"
    assert by_text["231.2442萬元"].value == D("2312442") and by_text["231.2442萬元"].unit == "元"
    assert by_text["60余次"].qualifier == "余"
    assert by_text["近1500人次"].qualifier == "近"


# --------------------------------------------------------------------------------------------
# 4. Matching table
# --------------------------------------------------------------------------------------------

MATCHES = [
    # (source, claim, status)
    ("通过率达12.3%。", "通过率12.3%", "exact"),
    ("通过率达12.3%。", "通过率13.2%", "unsupported"),  # transposition (regression)
    ("共办理1,256件。", "共办理1,265件", "unsupported"),  # transposition (regression)
    ("共办理1,256件。", "共办理1256件", "exact"),
    ("占比8.5%。", "占比85%", "unsupported"),  # shifted decimal (regression)
    ("占比8.5%。", "占比0.85%", "unsupported"),
    ("通过率达93.3%。", "通过率93%", "unsupported"),  # rounding
    ("通过率达93.3%。", "通过率约93%", "unsupported"),  # rounding with a hedge is still not there
    ("罚没款105.2879万元。", "罚没款105.2879万元", "exact"),
    ("罚没款105.2879万元。", "罚没款1052879元", "equivalent"),
    ("罚没款105.2879万元。", "罚没款105万元", "unsupported"),
    ("罚没款105.2879万元。", "罚没款105.29万元", "unsupported"),
    ("处罚金额2.89万元。", "处罚金额2.89元", "unsupported"),  # unit scale
    ("处罚金额2.89万元。", "处罚金额2.89亿元", "unsupported"),
    ("处罚金额2.89万元。", "处罚金额28900元", "equivalent"),
    ("罰沒金額231.2442萬元。", "罚没金额231.2442万元", "exact"),  # script is not a difference
    ("通过三项举措。", "通过3项举措", "equivalent"),
    ("通过3项举措。", "通过三项举措", "equivalent"),
    ("通过三项举措。", "通过三项举措", "exact"),
    ("2023年工作要点。", "二〇二三年工作要点", "equivalent"),
    ("2024年开展。", "2023年开展", "unsupported"),
    ("2024年开展。", "2024年开展", "exact"),
    ("（2021—2025年）", "2025年", "equivalent"),  # endpoint of a range
    ("（2021—2025年）", "2021—2025年", "exact"),
    ("（2021—2025年）", "2022—2025年", "unsupported"),
    ("实施方案(2021—2025)", "2021—2025年", "equivalent"),
    ("每季度3-5次。", "5次", "equivalent"),
    ("每季度3-5次。", "4次", "unsupported"),
    ("占比85%。", "85件", "unsupported"),  # percent vs absolute
    ("共85件。", "占85%", "unsupported"),
    ("立案51件。", "立案51起", "unsupported"),  # a different unit
    ("培訓人員近1500人次。", "培训人员近1500人次", "exact"),
    ("培訓人員近1500人次。", "培训人员约1500人次", "exact"),  # same qualifier group
    ("培訓人員近1500人次。", "培训人员1500人次", "unsupported"),  # dropped qualifier
    ("培训人员1500人次。", "培训人员近1500人次", "unsupported"),  # added qualifier
    ("培训人员1500人次。", "培训人员1500余人次", "unsupported"),
    ("服务60余次。", "服务60多次", "exact"),  # 余 / 多 same group
    ("服务60余次。", "服务超过60次", "exact"),
    ("服务60余次。", "服务近60次", "unsupported"),
    ("受理1082件。", "共1082", "equivalent"),  # bare number
    ("占比18%。", "共18", "unsupported"),  # a bare number never matches a percent
    ("手机短信近1200万条。", "近12000000条", "equivalent"),
    ("手机短信近1200万条。", "近1200万", "equivalent"),
    ("手机短信近1200万条。", "近120万条", "unsupported"),
    ("办结率100 %。", "办结率100%", "exact"),
    ("办结率１００％。", "办结率100%", "exact"),
    ("覆盖率百分之百。", "覆盖率100%", "equivalent"),
    ("增长12.3%。", "增长百分之十二点三", "equivalent"),
    ("截止2023年12月20日。", "截至2023年12月20日", "exact"),
    ("截止2023年12月20日。", "截至12月20日", "equivalent"),
    ("截止2023年12月20日。", "截至2023年12月21日", "unsupported"),
    ("时间:2022-12-02", "2022年12月2日", "equivalent"),
    ("2022年1月1日—11月28日，全市", "11月28日", "equivalent"),
    ("2022年1月1日—11月28日，全市", "11月29日", "unsupported"),
    ("今年1月—11月，共", "1月—11月", "exact"),
    ("2022年1月—11月，共", "1月—11月", "equivalent"),
    ("提高5个百分点。", "提高5%", "unsupported"),
    ("共5个专业", "共5个", "equivalent"),
]


@pytest.mark.parametrize(("source", "claim", "status"), MATCHES)
def test_matching(source, claim, status):
    checks = check_numbers(claim, source)
    assert len(checks) == 1, checks
    c = checks[0]
    assert c.status == status, (source, claim, c)
    assert claim[c.start : c.end] == c.text
    if status == "unsupported":
        assert c.source_spans == []
    else:
        assert c.source_spans
        for a, b in c.source_spans:
            assert source[a:b]  # spans index the source


def test_check_numbers_accepts_an_index_and_reports_spans():
    source = SEEDS["002"]
    index = SourceIndex(source)
    claim = "全年出动监督员6828人次，罚没款1052879元，开展指导40余次，罚没款105.3万元。"
    checks = check_numbers(claim, index)
    assert [c.status for c in checks] == ["exact", "equivalent", "exact", "unsupported"]
    assert all(isinstance(c, NumberCheck) for c in checks)
    a, b = checks[0].source_spans[0]
    assert source[a:b] == "6828人次"
    a, b = checks[1].source_spans[0]
    assert source[a:b] == "105.2879万元"
    assert check_numbers(claim, source) == checks


# --------------------------------------------------------------------------------------------
# 5. Properties over mentions sampled from the seeds
# --------------------------------------------------------------------------------------------

INDEXES = {doc: SourceIndex(text) for doc, text in SEEDS.items()}
ALL = [(doc, m) for doc in SEEDS for m in INDEXES[doc].mentions]
FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
PROP = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


def _is_arabic(m: NumberMention) -> bool:
    return any(c.isdigit() and c.isascii() for c in m.text)


def _parts(m: NumberMention) -> tuple[str, str, str]:
    """Where the qualifier sits: (before, between number and unit, after)."""
    q = m.qualifier
    if not q:
        return "", "", ""
    if m.text.startswith(q):
        return q, "", ""
    if m.text.endswith(q):
        return "", "", q
    return "", q, ""


def _claim(m: NumberMention, number: str, unit: str) -> str:
    pre, mid, post = _parts(m)
    return f"{pre}{number}{mid}{unit}{post}"


def _plain(d: Decimal) -> str:
    return format(d, "f")


def _to_chinese(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n == 2:
        return "两"
    out, zero = [], False
    for size, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // size % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(digits[d] + name)
    s = "".join(out)
    return s[1:] if s.startswith("一十") else s


def _check_in_sentence(doc: str, claim: str) -> NumberCheck:
    sentence = f"据统计，{claim}。"
    checks = INDEXES[doc].check_text(sentence)
    hits = [c for c in checks if c.start == 4 and c.end == 4 + len(claim)]
    assert len(hits) == 1, (claim, [c.text for c in checks])
    return hits[0]


def _occurs(doc: str, value: Decimal, unit: str) -> bool:
    """Conservative oracle: does the source mention this value with this unit (or with none)?"""
    for m in INDEXES[doc].mentions:
        if (m.value == value or m.high == value) and m.unit in (unit, ""):
            return True
    return False


@PROP
@given(st.sampled_from(ALL))
def test_faithful_copy_is_exact(item):
    doc, m = item
    assert _check_in_sentence(doc, m.text).status == "exact"


@PROP
@given(st.sampled_from(ALL), st.sampled_from(["scale", "chinese", "fullwidth"]))
def test_equivalent_rewrites_are_supported(item, how):
    doc, m = item
    if how == "fullwidth":
        claim = m.text.translate(FULLWIDTH)
    elif how == "scale":
        assume(m.kind == "number" and m.raw_unit[:1] in ("万", "萬", "亿", "億", "千"))
        claim = _claim(m, _plain(m.value), m.unit)
    else:
        assume(m.high is None and m.kind in ("number", "percent", "year", "date"))
        assume(m.value == m.value.to_integral_value() and 2 <= m.value < 10000)
        if not _is_arabic(m):  # Chinese in the source: rewrite to Arabic
            claim = _claim(m, str(m.raw_value), m.raw_unit)
        elif m.kind == "percent":
            pre, _, post = _parts(m)
            claim = f"{pre}百分之{_to_chinese(int(m.value))}{post}"
        elif m.kind == "year":
            claim = "".join("〇一二三四五六七八九"[int(c)] for c in str(m.value)) + "年"
        else:
            assume(m.unit and m.kind in ("number", "date") and m.unit not in ("月日", "年月日"))
            assume(not (m.unit == "分" and m.value == 10))  # 十分 means "very"
            claim = _claim(m, _to_chinese(int(m.value)), m.unit)  # base unit: 4980元, not 4980万元
    assert _check_in_sentence(doc, claim).status in ("exact", "equivalent"), claim


MUTABLE = [
    (doc, m) for doc, m in ALL if m.kind in ("number", "percent") and m.high is None and m.unit and _is_arabic(m)
]
DECIMALS = [(doc, m) for doc, m in MUTABLE if m.raw_value != m.raw_value.to_integral_value()]
YEARS = [(doc, m) for doc, m in ALL if m.kind == "year" and _is_arabic(m)]
MONEY = {"元": 1, "万元": 10**4, "萬元": 10**4, "亿元": 10**8, "億元": 10**8}
COUNTS = {"件", "次", "人次", "家", "起", "条", "項", "项", "條", "宗", "人", "名", "份", "例", "间"}


@PROP
@given(st.sampled_from(DECIMALS), st.data(), st.booleans())
def test_rounding_is_unsupported(item, data, up):
    doc, m = item
    exp = m.raw_value.as_tuple().exponent
    assert isinstance(exp, int) and exp < 0
    places = data.draw(st.integers(min_value=0, max_value=-exp - 1))
    rounded = m.raw_value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP if up else ROUND_DOWN)
    assume(rounded != m.raw_value)
    claim = _claim(m, _plain(rounded), m.raw_unit)
    scaled = rounded * MONEY.get(m.raw_unit, 1) if m.unit == "元" else rounded
    assume(not _occurs(doc, scaled, m.unit))
    assert _check_in_sentence(doc, claim).status == "unsupported", claim


@PROP
@given(st.sampled_from(MUTABLE), st.data())
def test_digit_transposition_is_unsupported(item, data):
    doc, m = item
    digits = _plain(m.raw_value)
    pairs = [i for i in range(len(digits) - 1)
             if digits[i].isdigit() and digits[i + 1].isdigit() and digits[i] != digits[i + 1]]  # fmt: skip
    assume(pairs)
    i = data.draw(st.sampled_from(pairs))
    swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
    claim = _claim(m, swapped, m.raw_unit)
    new = _one(claim)
    assume(not _occurs(doc, new.value, new.unit))
    assert new.value != m.value
    assert _check_in_sentence(doc, claim).status == "unsupported", claim


@PROP
@given(st.sampled_from(MUTABLE), st.booleans())
def test_shifted_decimal_point_is_unsupported(item, left):
    doc, m = item
    shifted = m.raw_value / 10 if left else m.raw_value * 10
    claim = _claim(m, _plain(shifted.normalize()), m.raw_unit)
    new = _one(claim)
    assume(not _occurs(doc, new.value, new.unit))
    assert _check_in_sentence(doc, claim).status == "unsupported", claim


@PROP
@given(st.sampled_from([x for x in MUTABLE if x[1].raw_unit in MONEY]), st.sampled_from(["元", "万元", "亿元"]))
def test_changed_unit_scale_is_unsupported(item, unit):
    doc, m = item
    assume(MONEY[m.raw_unit] != MONEY[unit])
    claim = _claim(m, _plain(m.raw_value), unit)
    new = _one(claim)
    assume(not _occurs(doc, new.value, "元"))
    assert _check_in_sentence(doc, claim).status == "unsupported", claim


@PROP
@given(st.sampled_from([x for x in MUTABLE if x[1].unit == "%" or x[1].raw_unit in COUNTS]))
def test_percent_versus_absolute_is_unsupported(item):
    doc, m = item
    unit = "件" if m.unit == "%" else "%"
    claim = _claim(m, _plain(m.raw_value), unit)
    new = _one(claim)
    assume(not _occurs(doc, new.value, new.unit))
    assert _check_in_sentence(doc, claim).status == "unsupported", claim


@PROP
@given(st.sampled_from(YEARS), st.sampled_from([-1, 1]))
def test_other_year_is_unsupported(item, delta):
    doc, m = item
    year = int(m.value) + delta
    assume(str(year) not in SEEDS[doc])
    claim = f"{year}年"
    assert _check_in_sentence(doc, claim).status == "unsupported", claim


NOISE = st.text(
    alphabet=st.sampled_from(
        list(
            "0123456789０１２.．,，%％ -—~至年月日号万萬亿千百十一二两三〇零点余多近约以上下左右件个個项次元人第“”（）()、。\n"
        )
    ),
    max_size=40,
)


@PROP
@given(NOISE, NOISE)
def test_arbitrary_text_never_crashes_and_offsets_hold(text, other):
    found = find_numbers(text)
    last = 0
    for m in found:
        assert text[m.start : m.end] == m.text and m.start >= last and m.end > m.start
        last = m.end
    for c in check_numbers(other, text):
        assert other[c.start : c.end] == c.text
        assert c.status in ("exact", "equivalent", "unsupported")
        assert (c.status == "unsupported") == (not c.source_spans)


def test_enumerator_before_a_year_at_line_start_is_not_a_decimal():
    text = "3.存在的问题\n4.2024年工作思路\n增长4.2024年"
    found = [(m.text, m.value, m.unit) for m in find_numbers(text)]
    assert ("2024年", Decimal("2024"), "年") in found
    assert all(m.value != Decimal("4.2024") for m in find_numbers(text.split("\n")[1]))
