"""The document's own outline: headings (一、 / （一） / 1. / （1）) and inline enumerations (一是…).

Why our own parser: reports are enumerated by hand and the numbering is often damaged by copying
(``二十二)`` without its opening bracket, a lone ``)``, ``十七扎实…`` with no bracket at all, ``6强化…``).
A generic Markdown/heading parser sees none of this. We read each line's leading marker, accept a damaged
one only when it continues the numbering the document is already using, and build the tree by rank.
Offsets are into the cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

from .clean import heading_before_space

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "一二三四五六七八九十"


def cn_to_int(s: str) -> Optional[int]:
    """Small Chinese numerals as used in enumerations (一 … 九十九)."""
    if not s or any(c not in CN_DIGITS and c != "十" for c in s):
        return None
    if "十" not in s:
        return CN_DIGITS[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    t = CN_DIGITS.get(tens, None) if tens else 1
    o = CN_DIGITS.get(ones, None) if ones else 0
    return None if t is None or o is None else t * 10 + o


def int_to_cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


# rank: 0 第一部分, 1 一、 (or an unnumbered part heading), 2 （一）, 3 1., 4 （1）
RANK = {"part": 0, "cn": 1, "unnumbered": 1, "cn_paren": 2, "num": 3, "num_paren": 4}

_L = r"[(（]"
_R = r"[)）]"
_PATTERNS: list[tuple[str, bool, re.Pattern[str]]] = [
    # (kind, damaged, pattern) — the number is group 1 where there is one
    ("part", False, re.compile(r"第([" + _CN + r"]{1,3})(?:部分|章)\s*[、，,:：]?\s*")),
    ("cn_paren", False, re.compile(_L + r"\s*([" + _CN + r"]{1,3})\s*" + _R + r"\s*")),
    ("num_paren", False, re.compile(_L + r"\s*(\d{1,2})\s*" + _R + r"\s*")),
    ("cn", False, re.compile(r"([" + _CN + r"]{1,3})\s*[、．.]\s*")),
    # 4.2024年工作思路 is a heading, 2.89万元 is not: a digit may follow the dot only as a year
    ("num", False, re.compile(r"(\d{1,2})\s*[.．、](?:(?!\d)|(?=(?:19|20)\d{2}\s*年))\s*")),
    ("cn_paren", True, re.compile(r"([" + _CN + r"]{1,3})\s*" + _R + r"\s*")),  # 二十二)
    ("num_paren", True, re.compile(r"(\d{1,2})\s*" + _R + r"\s*")),  # 2)
    ("cn_paren", True, re.compile(_L + r"([" + _CN + r"]{1,3})(?=[\u4e00-\u9fff])")),  # (十全面…
    ("lone_paren", True, re.compile(_R + r"\s*(?=[\u4e00-\u9fff])")),  # )强化…
    ("bare_cn", True, re.compile(r"([" + _CN + r"]{1,3})(?=[\u4e00-\u9fff])")),  # 十七扎实…
    ("bare_num", True, re.compile(r"(\d{1,2})(?![\d.．、%％])(?=[\u4e00-\u9fff])")),  # 6强化…
]
# After a bare numeral these characters mean a quantity, not a heading (三项, 两年, 6人, 一是).
_NOT_AFTER_BARE = set("是年月日号个项次名人家件条期批场位种类等届份间宗起例台学分时秒元万亿千百余多倍成")
_TITLE_END = re.compile(r"[。；;！!？?]")
# (…or 一要…二要… inside a paragraph, after a sentence's end: a plan's items; one opening a line is a run-in heading)
# (…and a run's first item after a comma that ends its lead-in: 但也存在一些薄弱环节，一是…；二是…)
_ITEM = re.compile(
    r"(?:(?:(?<=^)|(?<=[。；;：:！!？?\n]))\s*(?=["
    + _CN
    + r"]{1,3}是)|(?<=[，,])(?=一是)|(?<=[。；;：:！!？?])[ \t]*(?=["
    + _CN
    + r"]{1,3}要))"
    r"([" + _CN + r"]{1,3})[是要]"
)
_RUN_IN_YEAR = re.compile(r"(?<![\d(（《])(?:19|20)\d{2}年(?:以来|来|[，,])")
_ITEM_TITLE_END = re.compile(r"[。；;，,：:！!？?]")
_TITLE_MAX = 40
_NUMERAL = re.compile(r"[0-9０-９.．〇零一二两三四五六七八九十百千万亿]")


@dataclass
class Item:
    """An inline enumeration (一是…二是…) inside a section's own text."""

    number: int
    marker: str
    start: int
    end: int
    title_start: int
    title_end: int


@dataclass(eq=False)  # a node is itself: equality by value would compare whole subtrees
class Node:
    kind: str
    number: Optional[int]
    marker: str
    start: int  # start of the heading line
    title_start: int
    title_end: int
    line_end: int
    end: int = 0
    id: str = ""
    level: int = 0
    parent: Optional[Node] = field(default=None, repr=False)
    children: list[Node] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return RANK[self.kind]

    @property
    def body_start(self) -> int:
        """Where the text after the heading title starts (same line for run-in headings)."""
        return self.title_end

    @property
    def own_end(self) -> int:
        """End of the text that belongs to this node and not to a child."""
        return self.children[0].start if self.children else self.end

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Outline:
    text: str
    root: Node

    @property
    def top(self) -> list[Node]:
        return self.root.children

    def nodes(self) -> Iterator[Node]:
        for c in self.root.children:
            yield from c.walk()

    def title(self, node: Node) -> str:
        return self.text[node.title_start : node.title_end]

    def item_title(self, item: Item) -> str:
        return self.text[item.title_start : item.title_end]


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _title_span(text: str, start: int, line_end: int) -> tuple[int, int]:
    """A heading's title: up to the first sentence end on its line, or a short prefix of a run-in line. (A ``?``
    right after the marker is a space a mirror lost, 第一章?总?则, and no sentence's end: the title starts after it.)"""
    while start < line_end and text[start] in "?？":
        start += 1
    m = _TITLE_END.search(text, start, line_end)
    end = m.start() if m else line_end
    if m and (cut := heading_before_space(text, start, end)):
        end = cut  # （一）强化组织领导 局党组…。: a heading and its body on one line (突出“八大工程” 提升…成效 is one title)
    year = _RUN_IN_YEAR.search(text, start + 4, end)
    if year and not _TITLE_END.search(text, start, year.start()) and end - start > 12:
        end = year.start()  # 7.依法做好疫情防控工作2022年以来… : the body starts at the year
    if end - start > _TITLE_MAX:
        comma = re.compile(r"[，,]").search(text, start, min(end, start + _TITLE_MAX))
        end = comma.start() if comma else _cut(text, start, min(end, start + _TITLE_MAX))
    return start, end


def _cut(text: str, start: int, end: int) -> int:
    """A long title cut at a length, moved back so that it splits no number (国办发〔201|7〕) nor an ordinal (第|二十条)
    and leaves no quotation open (完成“五个|能力”): each would turn part of a name, a year or an article's number into
    a figure the source does not state."""
    while end - start > 8 and _NUMERAL.match(text, end - 1) and _NUMERAL.match(text, end):
        end -= 1
    if end - start > 8 and text[end - 1] == "第" and _NUMERAL.match(text, end):
        end -= 1  # (…规范性文件333第|二十条: an ordinal's 第 goes with its number, or 二十条 reads as a count)
    opened = text.rfind("“", start, end)
    if opened - start >= 8 and text.find("”", opened, end) < 0:
        end = opened
    return end


class _Numbering:
    """What the document has used so far, to judge damaged markers."""

    def __init__(self) -> None:
        self.last: dict[str, Optional[int]] = {}
        self.paren_kind = "cn_paren"

    def resolve(self, kind: str, number: Optional[int], damaged: bool) -> Optional[tuple[str, Optional[int]]]:
        if kind == "lone_paren":
            return (self.paren_kind, None) if self.paren_kind in self.last else None
        if kind == "bare_cn":
            last = self.last.get("cn_paren")
            if number is None or last is None or not (0 < number - last <= 8):
                return None
            return "cn_paren", number
        if kind == "bare_num":
            for k in ("num_paren", "num"):
                prev = self.last.get(k)
                if prev is not None and number == prev + 1:
                    return k, number
            return None
        if damaged and kind == "cn_paren" and number is not None and "cn_paren" not in self.last and number > 1:
            return None
        return kind, number

    def seen(self, kind: str, number: Optional[int]) -> None:
        if number is not None or kind not in self.last:
            self.last[kind] = number if number is not None else self.last.get(kind)
        if kind in ("cn_paren", "num_paren"):
            self.paren_kind = kind
        if kind in ("cn", "cn_paren"):  # restarts the arabic numbering below it; (一) may run on across parts
            self.last.pop("num", None)
            self.last.pop("num_paren", None)
        if kind == "num":
            self.last.pop("num_paren", None)


def _match_heading(text: str, start: int, line_end: int, numbering: _Numbering):
    for kind, damaged, pat in _PATTERNS:
        m = pat.match(text, start, line_end)
        if not m:
            continue
        raw = m.group(1) if m.groups() else ""
        number = int(raw) if raw.isdigit() else cn_to_int(raw) if raw else None
        if raw and number is None:
            continue
        if kind in ("bare_cn", "bare_num"):
            nxt = text[m.end() : m.end() + 1]
            if not nxt or nxt in _NOT_AFTER_BARE:
                continue
        if kind in ("cn", "cn_paren") and not damaged and text.startswith("是", m.end()):
            continue
        resolved = numbering.resolve(kind, number, damaged)
        if resolved is None:
            continue
        if m.end() >= line_end:  # a marker alone on its line is not a heading
            return None
        return resolved[0], resolved[1], text[start : m.end()], m.end()
    return None


def _find_items(text: str, start: int, end: int) -> list[Item]:
    """一是…二是…: a run starting at 一 and counting up by one; shorter runs are prose, not lists."""
    found = []
    expected = 1
    for m in _ITEM.finditer(text, start, end):
        n = cn_to_int(m.group(1))
        if n == expected:
            found.append(m)
            expected += 1
        elif n == 1 and found:  # a second list in the same section: keep the first run only
            break
    if len(found) < 2:
        return []
    items = []
    for i, m in enumerate(found):
        # an item runs to the next item, or to the end of its paragraph when it is the last one
        line_end = text.find("\n", m.end(), end)
        item_end = found[i + 1].start(1) if i + 1 < len(found) else (end if line_end < 0 else line_end)
        if i + 1 < len(found) and 0 <= line_end < item_end:
            item_end = line_end
        t_end_m = _ITEM_TITLE_END.search(text, m.end(), item_end)
        items.append(
            Item(i + 1, m.group(0).strip(), m.start(1), item_end, m.end(), t_end_m.start() if t_end_m else item_end)
        )
    return items


_UNNUMBERED_MAX = 30
_SENTENCE_PUNCT = re.compile(r"[。，,；;：:！!？?]")


def parse(text: str, unnumbered: Optional[Callable[[str], bool]] = None) -> Outline:
    """Build the heading tree of cleaned ``text`` (one paragraph per line).

    ``unnumbered``: a test for heading lines whose numbering was lost in copying (a bare 存在的不足和原因): short
    lines without sentence punctuation that it accepts become top-level headings. The section classifier supplies it,
    so that this module needs no vocabulary of report parts.
    """
    root = Node("part", None, "", 0, 0, 0, 0, end=len(text), id="", level=0)
    stack: list[Node] = [root]
    numbering = _Numbering()
    flat: list[Node] = []
    closing = min(closing_start(text), _glossary_start(text))
    for start, line_end in _lines(text):
        if start >= closing:
            break  # (the signature's lines and its list of attachments head no part: 附件：1.某表 / 2.某台账)
        if text.count("\t", start, line_end) >= 2:
            continue  # a table's row (一、复议 ⇥⇥⇥, a category over the rows below it) is no heading of the report
        hit = _match_heading(text, start, line_end, numbering)
        if not hit and unnumbered is not None and start > 0:
            line = text[start:line_end]
            if len(line) <= _UNNUMBERED_MAX and not _SENTENCE_PUNCT.search(line) and unnumbered(line):
                hit = ("unnumbered", None, "", start)
        if not hit:
            continue
        kind, number, marker, after = hit
        t_start, t_end = _title_span(text, after, line_end)
        node = Node(kind, number, marker.strip(), start, t_start, t_end, line_end)
        while len(stack) > 1 and stack[-1].rank >= node.rank:
            stack.pop()
        parent = stack[-1]
        node.parent = parent
        node.level = parent.level + 1
        parent.children.append(node)
        stack.append(node)
        flat.append(node)
        numbering.seen(kind, number)
    _close(root, closing)
    seen: dict[str, int] = {}
    for node in flat:  # damaged numbering repeats labels ((十) twice): ids stay unique
        node.id = _node_id(node, text)
        seen[node.id] = seen.get(node.id, 0) + 1
        if seen[node.id] > 1:
            node.id = f"{node.id}#{seen[node.id]}"
    for node in [root, *flat]:
        node.items = _find_items(text, node.body_start if node is not root else 0, node.own_end)
    return Outline(text, root)


# The lines that close a report after its last part (特此报告。 / 某县人民政府 / 2026年2月10日): the signature's, no
# part's, so no item of the last part (a plan part written as prose had taken the organ and the date as two plans)
_SIGNED_ON = (
    r"(?:(?:19|20)\d{2}|二[〇○零][〇○零一二三四五六七八九]{2})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*"
)
# (…its seal noted after it: 某县司法局（印章）)
_ORGAN = (
    r"[\u4e00-\u9fff（）() \u3000]{2,40}(?:政府|局|委员会|委|办公室|办|厅|院|会|部|处|中心|所|站|队|署|街道|镇|乡)"
    r"(?:\s*[（(](?:印章|盖章|公章|章|代)[)）])?"
)
# (…the organ and the date on one line, as a copy run on as one line leaves them: 某县人民政府2026年2月10日)
_CLOSING_DATE = re.compile(rf"\s*(?:{_ORGAN}\s*)?{_SIGNED_ON}")
_CLOSING_WORDS = re.compile(r"\s*特此(?:报告|汇报|说明)[。！!]?\s*")
_CLOSING_ORGAN = re.compile(rf"\s*{_ORGAN}\s*")
# (…and the notes under the signature: (此件公开发布), 联系人：某某 联系电话：…, 抄送：…)
_CLOSING_NOTE = re.compile(
    r"\s*[（(]?(?:此件|本件)[^。（）()]{0,12}[)）]?\s*"
    r"|\s*[（(]?(?:联系人|联系电话|联系方式|抄送)\s*[:：][^。]{0,80}"
)
# (…and the list of its attachments, under the signature or above it: 附件：1.某表 / 2.某台账)
_ATTACHMENT_HEAD = re.compile(r"\s*附\s*件\s*(?:\d{1,2})?\s*[:：]?[^。]{0,80}")
_ATTACHMENT_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）])[^。]{1,60}")
_CLOSING_MAX = 12  # lines: a joint signature, 特此报告, the date, its notes and a short list of attachments


# A glossary appended to the report, its head a short line of its own (附件 / 有关名词解释 / 1.某术语：…, 附：名词解释,
# 某区2017年工作报告有关名词解释, 政府工作报告名词、术语注释): its numbered entries explain terms, no point of the report's
# last part
_GLOSSARY_HEAD = re.compile(
    r"^[ \t]*(?:附件\s*\d{0,2}[ \t]*\n[ \t]*)?(?:附\s*[:：]\s*)?[^\n。，,；;：:]{0,30}?(?:名词|术语)(?:解释|注释|说明)[ \t]*$",
    re.M,
)


def _glossary_start(text: str) -> int:
    """Where a glossary appended to the report begins, past its first third (see ``_GLOSSARY_HEAD``); else its end."""
    found = list(_GLOSSARY_HEAD.finditer(text, len(text) // 3))
    return found[-1].start() if found else len(text)


def closing_start(text: str) -> int:
    """Where the report's closing lines begin: the date it is signed on or 特此报告, with the organs that sign it,
    the notes under them and the list of its attachments, at the very end of the text; the text's end when it
    closes otherwise. Numbered lines count as attachments only under 附件: (…2.加强普法 / 3.… / 某局 / 日期 keeps its
    plans)."""
    start, marked, taken = len(text), False, 0
    listed = False  # numbered lines were read, and no 附件 line above them yet
    for s, e in reversed(list(_lines(text))):
        line = text[s:e]
        if not line.strip():
            continue
        if taken >= _CLOSING_MAX:
            break
        taken += 1
        if _ATTACHMENT_ITEM.fullmatch(line):
            listed = True
            continue
        if _ATTACHMENT_HEAD.fullmatch(line):
            start, listed = s, False
            continue
        if listed:
            break  # numbered lines under no 附件: the report's own
        if _CLOSING_DATE.fullmatch(line) or _CLOSING_WORDS.fullmatch(line):
            marked = True
        elif not (_CLOSING_ORGAN.fullmatch(line) or _CLOSING_NOTE.fullmatch(line)):
            break
        start = s
    return start if marked else len(text)


def _close(node: Node, end: int) -> None:
    node.end = end
    for i, child in enumerate(node.children):
        nxt = node.children[i + 1].start if i + 1 < len(node.children) else end
        _close(child, nxt)


def _label(node: Node, text: str) -> str:
    n = node.number
    if node.kind == "cn":
        return int_to_cn(n) if n is not None else "?"
    if node.kind == "cn_paren":
        return f"({int_to_cn(n)})" if n is not None else "(?)"
    if node.kind == "num":
        return f"{n}" if n is not None else "?"
    if node.kind == "num_paren":
        return f"({n})" if n is not None else "(?)"
    if node.kind == "unnumbered":
        return f"【{text[node.title_start : node.title_end]}】"  # no number to name it by: its words
    return f"第{int_to_cn(n)}部分" if n is not None else "?"


def _node_id(node: Node, text: str) -> str:
    parts = []
    cur: Optional[Node] = node
    while cur is not None and cur.level > 0:
        parts.append(_label(cur, text))
        cur = cur.parent
    return "".join(reversed(parts))
