"""The outline parser and section classifier on the seeds' real (and damaged) numbering."""

from __future__ import annotations

from summarizer.outline import cn_to_int, parse
from summarizer.sections import CAUSES, DUTY, MEASURES, PLANS, SHORTFALLS, classify

from .conftest import cleaned_text


def ids(name: str) -> list[str]:
    return [n.id for n in parse(cleaned_text(name)).nodes()]


def test_chinese_numerals_for_enumerations():
    assert [cn_to_int(s) for s in ["一", "十", "十七", "二十", "二十二", "三十一", "九十九"]] == [
        1,
        10,
        17,
        20,
        22,
        31,
        99,
    ]
    assert cn_to_int("是") is None and cn_to_int("") is None


def test_headings_have_offsets_into_the_cleaned_text():
    text = cleaned_text("004_85fd514af7da5818.txt")
    outline = parse(text)
    for node in outline.nodes():
        assert text[node.start :].startswith(node.marker)
        assert node.start < node.title_start <= node.title_end <= node.end
    first = outline.top[0]
    assert outline.title(first) == "主要举措和成效"
    assert outline.title(first.children[0]) == "深化“放管服”改革，优化营商环境"  # run-in heading ends at 。


def test_four_levels_and_malformed_markers_in_yangjiang():
    got = ids("001_fe0e8058e257553a.txt")
    # 一 > (一)(二)(三) > 1.–7. > (1)…, with `2)`, `4)`, `5)`, `6)` and `6强化` taken as (n)
    assert got[:6] == ["一", "一(一)", "一(一)1", "一(一)2", "一(一)3", "一(二)"]
    assert [i for i in got if i.startswith("一(三)5(")] == [f"一(三)5({n})" for n in range(1, 7)]
    assert [i for i in got if i.startswith("一(三)7(")] == [f"一(三)7({n})" for n in range(1, 7)]
    assert [i for i in got if "(" not in i] == ["一", "二", "三"]


def test_damaged_numbering_in_the_implementation_plan_stays_in_its_part():
    outline = parse(cleaned_text("003_3719d567a220afbd.txt"))
    assert len(outline.top) == 10  # 一 … 十: `十七扎实`, `二十二)`, `)强化`, `三十一健全` are not new parts
    by_title = {outline.title(n): n for n in outline.nodes()}
    assert by_title["扎实推进行政执法信息化建设"].id == "五(十七)"
    assert by_title["加强部门内部层级监督"].id == "八(二十二)"
    assert by_title["强化法治政府建设领导机制"].parent is outline.top[8]
    assert by_title["健全领导干部学法用法机制组织开展卫生健康系统法治专题培训"].id == "十(三十一)"
    assert len({n.id for n in outline.nodes()}) == len(list(outline.nodes()))  # ids are unique


def test_inline_enumerations():
    outline = parse(cleaned_text("002_69ba15540b3f8e73.txt"))
    duty = outline.top[2]
    assert [outline.item_title(i) for i in duty.items] == [
        "带头依法履职",
        "狠抓责任落实",
        "强化示范引领",
        "从严整改提升",
    ]
    assert outline.root.items == []


def test_parts_nested_merged_and_thematic():
    def parts(name):
        pm = classify(parse(cleaned_text(name)))
        return {p: [n.id for n in pm.nodes(p)] for p in (MEASURES, SHORTFALLS, CAUSES, DUTY, PLANS)}

    assert parts("000_aacb369b95bbd567.txt") == {
        MEASURES: ["一", "二", "三", "四", "五", "六"],
        SHORTFALLS: ["七"],
        CAUSES: [],
        DUTY: [],
        PLANS: ["八"],
    }
    assert parts("001_fe0e8058e257553a.txt")[DUTY] == ["一(二)"]  # nested in part ①
    p002 = parts("002_69ba15540b3f8e73.txt")
    assert p002[SHORTFALLS] == ["二", "二(一)"] and p002[CAUSES] == ["二", "二(二)"]
    p004 = parts("004_85fd514af7da5818.txt")
    assert p004[SHORTFALLS] == ["三"] and p004[PLANS] == ["三"] and p004[DUTY] == ["二"]  # merged part
