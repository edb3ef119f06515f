"""Map the document's outline to the parts mandated by 督察工作规定 art. 25.

Real reports merge parts (面临的问题及2024年工作打算), nest them (the duty as 一(二)), rename them
(工作推进情况, 面临的问题, 工作思路, 下一步打算) or give parts ① as a run of thematic headings
(一、强化党建引领… 六、多元化解纠纷…). So a heading may carry several parts, and an unnamed top-level
heading before the first shortfall/plan part counts as part ①.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .lazyre import lazy
from .outline import Node, Outline

MEASURES = "measures_achievements"
SHORTFALLS = "shortfalls"
CAUSES = "causes"
DUTY = "first_responsible_person"
PLANS = "next_year_plans"
OTHER = "other"

_CUES: list[tuple[str, re.Pattern[str]]] = [
    (DUTY, re.compile(r"第一责任|主要负责人.{0,16}(?:职责|履职)|一把手.{0,8}职责")),
    (CAUSES, re.compile(r"原因")),
    # (a heading ending in 问题 names the part's problems, never a task that tackles them: 5.建立健全…机制，从源头上治理
    # 多头执法、执法缺位问题)
    (
        SHORTFALLS,
        re.compile(
            # (…never the problems a sentence run into the heading says a task solves: 发展是硬道理，是解决我们面临问题的关键)
            r"存在.{0,6}(?:问题|不足)|面临.{0,4}问题(?!的)|不足|短板|差距|薄弱|问题(?:和|与|及)"
            r"|^(?!.*(?:治理|解决|整治|破解|化解|纠正|查处)).*问题$"
        ),
    ),
    (
        PLANS,
        re.compile(
            # (never a past year's heading that carries out a superior's plan: 二、严格落实省委省政府法治建设工作安排)
            r"^(?!(?!.*(?:下一步|下一年|下年度|明年|打算)).*(?:落实|贯彻|执行)[^，,。；;]{0,20}(?:工作安排|工作计划|工作部署)$)"
            r".*?(?:"
            # (never a disclosure report's row of requests carried over: 四、结转下年度继续办理)
            r"下一步|下一年|(?<!结转)下年度|明年|打算|工作安排|主要安排|工作计划|工作思路|工作设想|努力方向|"
            # (a year's 主要举措 is the year reported on: 一、2023年某区法治政府建设工作的主要举措 is part ①)
            r"\d{4}\s*年.{0,16}(?:计划|安排|打算|思路|重点|(?<!主要)举措)$)"
        ),
    ),
    (
        MEASURES,
        re.compile(
            r"主要举措|举措和成效|主要做法|工作开展情况|推进情况|主要成效|工作成效|基本情况|主要工作|"
            r"工作情况|取得的成效|进展|建设的?成效"
        ),
    ),
    (OTHER, re.compile(r"^其[他它]")),
]
# a child heading that divides a shortfall part into sub-parts (not one of its shortfalls)
_SUBPART = lazy(r"原因|整改|改进措施|下一步|打算|计划|安排")
# A sentence that reports the duty without a section of its own: the leader *doing* it (落实/履行…职责), not a
# list of who is responsible for what (主体责任、主要负责人第一责任人、分管领导直接责任); or an inline item of part ①
# titled by the duty (三是严格履行推进法治建设第一责任人职责。…, 一是落实第一责任人责任。…), whose words are the duty's
# report though its title names no leader.
# (…of rule-of-law building, not another field's first responsibility: 全面从严治党第一责任人责任, 安全生产第一责任人)
_OTHER_DUTY = r"(?!从严治党|治党|党风|廉政|意识形态|安全|党建|河长|林长|扶贫|保密|信访|生态)"
_DUTY_LEAD = (
    rf"(?<![一二三四五六七八九十])[一二三四五六七八九十]{{1,2}}是(?:{_OTHER_DUTY}[^。；;，,\n]){{0,30}}"
    r"第一责任(?:人)?”?(?:职责|责任)"
)
DUTY_SENTENCE = re.compile(
    r"(?:主要负责(?:人|同志)|主要领导|一把手|书记|[省市县区州盟旗镇乡]长|局长|厅长|主任)"
    rf".{{0,12}}(?:履行|落实|扛起|担负|担起|带头|切实)(?:{_OTHER_DUTY}[^。；]){{0,24}}第一责任(?:人)?”?(?:职责|责任)"
    rf"|{_DUTY_LEAD}"
)
# an inline item titled by the duty, to its title's end (三是严格履行推进法治建设“第一责任人”职责。): what follows, to
# the next item, is the duty's report
DUTY_ITEM_TITLE = re.compile(_DUTY_LEAD + r"[^。；;\n]{0,30}[。；;]?")


def is_part_heading(line: str) -> bool:
    """A line that names a mandated part on its own (存在的不足和原因, 2024年工作安排): a heading whose number was
    lost in copying. Passed to the outline parser."""
    return any(p != OTHER for p in heading_parts(line))


def heading_parts(heading: str) -> list[str]:
    parts = [part for part, cue in _CUES if cue.search(heading)]
    if DUTY in parts:
        return [DUTY]
    if MEASURES in parts and len(parts) > 1:
        parts.remove(MEASURES)  # "推进法治政府工作存在的不足" is about shortfalls
    return parts


@dataclass
class PartMap:
    """Which nodes carry which part; a node may carry two (merged parts)."""

    outline: Outline
    parts: dict[str, list[Node]] = field(default_factory=dict)
    duty_sentence: Optional[tuple[int, int]] = None
    _first_part: Optional[dict[int, str]] = field(default=None, repr=False)

    def nodes(self, part: str) -> list[Node]:
        return self.parts.get(part, [])

    def part_of(self, node: Node) -> Optional[str]:
        """The first part a node carries (a merged node carries two; either names it)."""
        if self._first_part is None:
            self._first_part = {}
            for part, nodes in self.parts.items():
                for n in nodes:
                    self._first_part.setdefault(id(n), part)
        return self._first_part.get(id(node))

    def add(self, part: str, node: Node) -> None:
        self._first_part = None
        self.parts.setdefault(part, [])
        if node not in self.parts[part]:
            self.parts[part].append(node)


def classify(outline: Outline) -> PartMap:
    pm = PartMap(outline)
    seen_non_measure = False
    for node in outline.top:
        parts = heading_parts(outline.title(node))
        if not parts:
            parts = [OTHER if seen_non_measure else MEASURES]
        if any(p != MEASURES for p in parts):
            seen_non_measure = True
        for part in parts:
            pm.add(part, node)
        if parts == [SHORTFALLS] or set(parts) == {SHORTFALLS, CAUSES}:
            _split_children(pm, node)
    # Parts nested inside part ①: the duty as 一(二), say.
    for node in list(pm.nodes(MEASURES)):
        for child in node.walk():
            if child is node:
                continue
            cparts = heading_parts(outline.title(child))
            if DUTY in cparts:
                pm.add(DUTY, child)
    if not pm.nodes(DUTY):
        pm.duty_sentence = _duty_sentence(pm)
    return pm


def _duty_sentence(pm: PartMap) -> Optional[tuple[int, int]]:
    """The first sentence that reports the duty in passing (``DUTY_SENTENCE``). Not the preamble's list of the
    documents the year's work followed (全面落实《…实施纲要》和《关于印发党政主要负责人履行推进法治建设第一责任人职责
    规定的通知》等要求): there the words are the rule's title among others, and no leader is said to do anything; a
    report whose only such words are these has not reported the duty, and compliance must say so. Nor a part of
    shortfalls or plans: 压实第一责任人责任 there is a weakness or next year's task, not this year's report of it."""
    text = pm.outline.text
    top = pm.outline.top
    preamble_end = top[0].start if top else len(text)
    # (asked only where no part is the duty's: a node merged with part ① keeps its words)
    measures = pm.nodes(MEASURES)
    elsewhere = [(n.start, n.end) for p in (SHORTFALLS, CAUSES, PLANS) for n in pm.nodes(p) if n not in measures]
    for m in DUTY_SENTENCE.finditer(text):
        if m.start() < preamble_end and _among_cited_titles(text, m.start()):
            continue
        if any(s <= m.start() < e for s, e in elsewhere):
            continue
        return m.start(), m.end()
    return None


def _among_cited_titles(text: str, at: int) -> bool:
    """``at`` lies inside a cited title (《…》) of a sentence that cites two or more."""
    if text.rfind("《", 0, at) <= text.rfind("》", 0, at):
        return False
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find("。", at)
    return text.count("《", start, end if end >= 0 else len(text)) >= 2


def _split_children(pm: PartMap, node: Node) -> None:
    """二、存在的不足和原因 with (一)存在的不足 (二)问题产生的原因: the children say which is which. Only when they
    divide the part (a child names causes, rectification or next steps): numbered shortfalls (1.执法装备不足 …) are
    entries of the part, not parts of their own."""
    titles = [pm.outline.title(child) for child in node.children]
    if not any(_SUBPART.search(t) for t in titles):
        return
    kinds = [heading_parts(t) for t in titles]
    for child, cparts in zip(node.children, kinds):
        if CAUSES in cparts:
            pm.add(CAUSES, child)
        elif SHORTFALLS in cparts:
            pm.add(SHORTFALLS, child)
