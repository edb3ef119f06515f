"""The offline rules engine: fills the schema from the document's own outline, in milliseconds.

It never writes a word the report does not contain: titles, statements and issues are verbatim spans,
so every number in its output is found in the source by construction (the verifier still checks).
What it cannot do is paraphrase; the LLM engine does that, against the same schema and checks.
"""

from __future__ import annotations

import bisect
import re
import time
from typing import Iterable, Optional

from ..areas import classify_area as _area
from ..facts import years
from ..models import (
    Achievement,
    Cause,
    Compliance,
    DocType,
    DutyAction,
    FirstResponsiblePerson,
    Measure,
    Metric,
    PartStatus,
    Plan,
    Provenance,
    Quote,
    Shortfall,
    ShortfallsStatus,
    Summary,
)
from ..numbers import NumberMention
from ..outline import Node
from ..pipeline import Prepared
from ..quotes import clauses, make_quote, sentences
from ..sections import CAUSES, DUTY, MEASURES, PLANS, SHORTFALLS, heading_parts
from ..version import __version__

_LIST_INTRO = re.compile(
    r"(?:主要)?(?:表现在|表现为|体现在|主要是|主要有|有以下|如下|以下(?:几个方面|方面|几项|工作|几点))[:：]"
)
# an enumerator opening an item inside a sentence: 1. / 2、 / （一） / (1) / 一是
_INLINE_ENUM = re.compile(
    r"\s*(?:\d{1,2}[.．、)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}(?:是|、))\s*"
)
_PROBLEM = re.compile(
    r"不够|有待|不足|欠缺|薄弱|仍需|尚未|不强|不高|不到位|不完善|不健全|不平衡|偏低|短板|差距|"
    r"需要进一步|亟待|亟需|较弱|偏弱|滞后|不新颖|单一|不规范|参差不齐|不均衡|不充分"
)
# 究其原因，主要是： / 产生问题的原因在于 / 原因有： — where a section turns from shortfalls to their causes
_CAUSE_INTRO = re.compile(r"(?:究其|分析|产生.{0,6}|存在.{0,6})?(?:主要)?原因[，,]?\s*(?:主要)?(?:是|在于|有)[:：]?")
# the sentence that introduces a list of shortfalls, not one of them
_SHORTFALL_PREAMBLE = re.compile(r"虽然|虽|取得|成效|但(?:仍|还)?存在|如下|以下")
_DUTY_VERB = re.compile(r"主持|带头|召开|组织|研究|落实|担任|部署|督促|亲自|牵头|履行|听取|审议|推动")
_LABEL_TRIM = re.compile(
    r"(?:共计|共|累计|合计|全年|均|分别|达到|高达|达|(?<![行作认成称视])为|至|到|了|约|近|超过|超|计|从|由|"
    r"其中|同比)+$"
)
_LABEL_LEAD = re.compile(r"^(?:[\s，,、；;：:（(“”\"]|(?:19|20)\d{2}年(?:以来|度)?|截至\d{1,2}月\d{1,2}日|今年|全年)+")
# a part that only reports results (一、主要举措 / 二、取得成效): its numbers are achievements, it is no measure
_RESULTS_ONLY = re.compile(r"^(?:\d{4}年)?(?:取得的?|主要|工作)?(?:成效|成果|成绩)$")
_PREPOSITION = re.compile(r"在|对|从|向|为|有|共有|其中|包括|将|把|给|通过")
_NOUN_AFTER = re.compile(r"([\u4e00-\u9fff“”]{2,16}?)(?:中|里|内|的|之中|当中)?(?=[，,。；;、：:\n]|$)")
_VERB = re.compile(r"推动|推进|开展|实现|进行|完成|参加|参与|提升|促进|加强|落实|办理|涉及")
_TITLE_STOP = re.compile(r"[。：:]")
_RUN_IN_TITLE_MAX = 25
_TITLE_BOUNDARY = "，,。；;：:！!？?\n"
_CLAUSE_SEP = re.compile(r"[，,；;。：:\n]")
_NOT_METRIC_UNIT = {"年", "月", "日", "号", "时", "分", "秒", "年度", "季度"}
# the counted noun right after a number and its unit (13份合同、 / 25人参加执法资格考试、 / 开展2次集中学习活动):
# up to a clause separator, a bracket, the next number or a verb that starts what is done with it
_AFTER_NOUN = re.compile(r"\s*([\u4e00-\u9fff“”]+)")
_AFTER_STOP = re.compile(r"(?<=.)(?:进行|下放|开展|实施|转送|移送|参加(?!的))")
_LIST_JOIN = re.compile(r"[和及与、]")
# a label that only says the quantity changed (从1696个工作日大幅压缩至174个工作日): the subject is the one before
_CHANGE_ONLY = re.compile(r"(?:大幅|进一步|有效)?(?:压缩|缩短|减少|降低|下降|提高|提升|增加|增长|上升)(?:至|到|为)?")
# a long label that opens with who or how (为医疗机构、市场主体提供法律咨询): keep from its last action verb
_LABEL_VERB = re.compile(r"提供|开展|组织|进行|发送|推送|发布|办结|受理|查处")
# the verb alone is no label (开展 / 实现 / 共组织)
_VERB_ONLY = re.compile(r"(?:共|累计|全年)?(?:开展|实现|组织|完成|举办|召开|进行|对|做到|达到)")
# structural numbers name the report's own layout or a method, they are no result: 通过三项举措, 从五个方面
_STRUCTURAL = re.compile(r"(?:通过|采取|围绕|聚焦|突出|从|抓好|实施)[^，,。；;]{0,4}$")
_STRUCTURAL_AFTER = re.compile(r"(?:举措|措施|方面|途径|方式|路径|环节|原则|要求|步骤|重点)")
# pending work is not achieved: 拟作出…目前正在办理, 均在制定中, 将于明年
_PENDING = re.compile(r"(?<![模虚草比])拟|将于|目前(?:正在|均在|仍在)|在制定中|正在(?:制定|起草|办理)")
# achievements without a number: something established, issued, or fully covered (not 建立健全: ongoing work)
_ESTABLISHED = re.compile(
    r"(?:^|[，,])[^，,。；;]{0,8}?(?:成立|设立|建立(?!健全)|出台)|实现[^，,。；;]{0,20}全(?:员)?覆盖"
)
# a heading run into its body where the source has no 。: 全面落实行政执法责任制建立健全行政执法权责清单
_FUSED_VERB = re.compile(r"建立健全|建立|健全|推动|组织开展")
_RESPONSIBLE = re.compile(r"[(（]?(?:责任|牵头)(?:单位|科室|部门)[:：]\s*([^)）\n]+)[)）]?")
_PERIOD = re.compile(r"((?:19|20)\d{2})\s*[—–\-－~～至]+\s*((?:19|20)\d{2})")


class _Extractor:
    def __init__(self, doc: Prepared):
        self.doc = doc
        self.text = doc.text
        self.o = doc.outline
        self.pm = doc.parts
        self._excluded = {id(n) for p in (DUTY, SHORTFALLS, CAUSES, PLANS) for n in self.pm.nodes(p)}
        self._separators = [m.start() for m in _CLAUSE_SEP.finditer(self.text)]

    # --- spans (always sliced from the output text: offsets equal those of the analysed text) -------
    def title(self, node: Node) -> str:
        return self.text[node.title_start : node.title_end]

    def item_title(self, item) -> str:
        return self.text[item.title_start : item.title_end]

    def q(self, start: int, end: int) -> Quote:
        return make_quote(self.text, start, end)

    def heading_quote(self, node: Node) -> Quote:
        """The heading's title; one the outline cut at a fixed width mid-clause (…公共场所等重) runs on to the
        clause boundary (the first comma or sentence end on its line)."""
        end = node.title_end
        if end < node.line_end and self.text[end] not in _TITLE_BOUNDARY:
            stop = re.compile("[" + _TITLE_BOUNDARY + "]").search(self.text, end, node.line_end)
            end = stop.start() if stop else node.line_end
        return self.q(node.title_start, end)

    def fused_end(self, start: int, end: int, run_in: bool) -> int:
        """Where a title run into its body stops (the source omits 。): 深入学习宣传习近平法治思想|建立健全…,将….
        Only for a run-in title (it ends at a comma) unless ``run_in`` is forced: a heading ended by 。 is whole."""
        if run_in or self.text[end : end + 1] in ",，":
            verb = _FUSED_VERB.search(self.text, start + 6, end)
            if verb:
                return verb.start()
        return end

    def measure_title(self, node: Node) -> Quote:
        return self.q(node.title_start, self.fused_end(node.title_start, node.title_end, False))

    def leaf_nodes(self, part: str) -> list[Node]:
        """Nodes of a part, keeping the innermost where a part is marked at two depths (二 and 二(一))."""
        nodes = self.pm.nodes(part)
        return [n for n in nodes if not any(d is not n and d in nodes for d in n.walk())]

    def _in_excluded(self, node: Node) -> bool:
        """Inside a node of another part nested in part ① (the duty as 一(二)): not a measure or achievement."""
        cur: Optional[Node] = node
        while cur is not None:
            if id(cur) in self._excluded:
                return True
            cur = cur.parent
        return False

    # --- numbers -----------------------------------------------------------------------------------
    def metrics(self, start: int, end: int) -> list[Metric]:
        out: list[Metric] = []
        mentions = [m for m in self.doc.numbers_in(start, end) if self._is_metric(m)]
        for i, m in enumerate(mentions):
            i_sep = bisect.bisect_left(self._separators, m.start) - 1
            clause_start = self._separators[i_sep] if i_sep >= 0 and self._separators[i_sep] >= start else -1
            label_from = max(clause_start + 1, start)
            if i and mentions[i - 1].end > label_from:
                label_from = mentions[i - 1].end
            label = _LABEL_TRIM.sub("", _LABEL_LEAD.sub("", self.text[label_from : m.start].strip()))
            if label.count("”") > label.count("“") and self.text[label_from : m.start].lstrip().startswith("“"):
                label = "“" + label  # “福州卫生健康”官网: the opening mark belongs to the label
            label = label.rstrip("、")
            if len(label) > 2:
                label = label.rstrip("和及与")  # 市直医疗保健机构和: a list goes on after the number
            after = self._noun_after(m, mentions[i + 1].start if i + 1 < len(mentions) else end)
            if after:
                label = after  # the counted noun follows the number: 13份合同、 / 25人参加执法资格考试
            elif (not label or _CHANGE_ONLY.fullmatch(label)) and out and i and mentions[i - 1].end > clause_start:
                label = out[-1].label  # "抽查任务5个专业共87件", "从1696个工作日压缩至174个工作日": the same subject
            if "的" in label and not after:
                head = label.rsplit("的", 1)[1]
                if len(head) >= 2:
                    label = head  # 人民群众对…的满意度: the head noun
            if len(label) > 16:
                verbs = list(_LABEL_VERB.finditer(label))
                if verbs and verbs[-1].start() >= 2 and len(label) - verbs[-1].end() >= 2:
                    label = label[verbs[-1].start() :]
            if not label:  # fall back to the clause
                label = _LABEL_TRIM.sub("", _LABEL_LEAD.sub("", self.text[max(clause_start + 1, start) : m.start]))
            bare = label.strip()
            if _VERB_ONLY.fullmatch(bare) and out and i and mentions[i - 1].end > clause_start:
                label = out[-1].label
            elif _PREPOSITION.fullmatch(bare) or (len(bare) <= 4 and bare[:1] in "在对从向把给将"):
                # "在84项政务服务事项中", "对全区223家医疗机构开展…": the noun follows the number
                noun_after = _NOUN_AFTER.match(self.text, m.end, end)
                noun = _VERB.split(noun_after.group(1), 1)[0] if noun_after else ""
                if len(noun) >= 2:
                    label = noun
            out.append(
                Metric(
                    label=label.strip() or m.unit or "数量",
                    value=float(m.raw_value),
                    unit=m.raw_unit.replace("％", "%"),
                    qualifier=m.qualifier,
                    normalized_value=float(m.value),
                    normalized_unit=m.unit,
                    quote=Quote(text=self.text[m.start : m.end], start=m.start, end=m.end),
                )
            )
        return out

    def _noun_after(self, m: NumberMention, stop: int) -> str:
        """The noun phrase written right after a number and its unit, if any (at least two characters)."""
        found = _AFTER_NOUN.match(self.text, m.end, stop)
        if not found:
            return ""
        noun = found.group(1)
        if _CHANGE_ONLY.match(noun):
            return ""  # 从1696个工作日大幅压缩至…: what happened to the number, not what it counts
        cut = _AFTER_STOP.search(noun)
        if cut:
            noun = noun[: cut.start()]
        if found.end() == stop:  # runs into the next number: 5间市直医疗保健机构和2间民营医院
            join = _LIST_JOIN.search(noun)
            noun = noun[: join.start()] if join else noun
        noun = re.sub(r"(?:中|里|内|之中|当中)$", "", noun.strip("“”"))
        return noun if len(noun) >= 2 and not noun.startswith(("以上", "以下", "左右")) else ""

    def _is_metric(self, m: NumberMention) -> bool:
        if m.kind not in ("number", "percent") or not m.raw_unit or m.raw_unit in _NOT_METRIC_UNIT:
            return False  # a bare number (“12·4”国家宪法日) states no quantity
        before = self.text[max(0, m.start - 20) : m.start]
        after = self.text[m.end : m.end + 1]
        if after in "号〕]" or re.search(r"[〔《<][^〕》>]*$", before):
            return False  # document numbers and titles: 〔2022〕7号, 《…(2021—2025年)》
        if re.search(r"“[^”。，,；;]*$", before) and re.match(r"[^“。，,；;]{0,12}”", self.text[m.end : m.end + 13]):
            return False  # inside quotation marks the number names a method or a slogan: “3组6专班”, “1543”
        if re.search(r"”[^，,。；;]{0,8}[（(][^）)]*$", before):
            return False  # the gloss of a quoted name: “1543”政府立法机制(一个意见、五项制度…)
        if _STRUCTURAL.search(before) and _STRUCTURAL_AFTER.match(self.text, m.end):
            return False  # 通过三项举措: the report's own layout, not a result
        return True

    # --- enumerations ------------------------------------------------------------------------------
    def entries(
        self, node: Node, prefer_list_sentence: bool = False, skip: Iterable[Node] = (), end: Optional[int] = None
    ) -> list[tuple[Quote, int, int]]:
        """What a section enumerates: (title quote, span start, span end) per entry.

        Headings first, then inline 一是… items, then a list sentence split at ；. ``end`` stops the search
        inside the section's own text (where its causes begin).
        """
        skip = list(skip)
        children = [c for c in node.children if c not in skip]
        if children:
            return [(self.heading_quote(c), c.start, c.end) for c in children]
        stop = node.own_end if end is None else end
        found_list = self.list_sentence(node, stop)
        if prefer_list_sentence and found_list:
            return found_list
        items = [it for it in node.items if it.start < stop]
        if items:
            return [(self.q(it.title_start, min(it.title_end, stop)), it.start, min(it.end, stop)) for it in items]
        return found_list

    def list_sentence(self, node: Node, stop: int) -> list[tuple[Quote, int, int]]:
        m = _LIST_INTRO.search(self.text, node.body_start, stop)
        if not m:
            return []
        end = self.text.find("。", m.end(), stop)
        end = stop if end < 0 else end
        line_end = self.text.find("\n", m.end(), stop)
        if 0 <= line_end < end:
            end = line_end
        out = []
        for s, e in clauses(self.text, m.end(), end):
            enum = _INLINE_ENUM.match(self.text, s, e)
            out.append((self.q(enum.end() if enum else s, e), s, e))  # the item, without its 1. / （一）
        return out

    def problem_clauses(self, node: Node, stop: int) -> list[tuple[Quote, int, int]]:
        """No heading, item or list sentence: the clauses (split at ；) that state a problem."""
        return [
            (self.q(s, e), s, e)
            for s, e in clauses(self.text, node.body_start, stop)
            if _PROBLEM.search(self.text, s, e) and not _SHORTFALL_PREAMBLE.search(self.text, s, e)
        ]

    def cause_intro(self, node: Node) -> Optional[re.Match[str]]:
        return _CAUSE_INTRO.search(self.text, node.body_start, node.own_end)

    # --- parts -------------------------------------------------------------------------------------
    def measure_nodes(self) -> list[Node]:
        """The sections of part ① that hold one measure each (and its achievements)."""
        out: list[Node] = []
        for top in self.leaf_nodes(MEASURES):
            for cand in top.children or [top]:
                if self._in_excluded(cand):
                    continue
                grand = [g for g in cand.children if not self._in_excluded(g)]
                out.extend(grand or [cand])
        return out

    def measures(self) -> list[Measure]:
        out = []
        for node in self.measure_nodes():
            if _RESULTS_ONLY.search(self.title(node)):
                continue  # 二、取得成效: achievements, not a measure
            if not node.children and not node.items and node.parent is self.o.root:
                paragraphs = self.run_in_paragraphs(node)
                if paragraphs:  # a part with no sub-headings left: 强化执法监督。全年… per paragraph
                    out += [self._measure(self.text[ts:te], ts, te, be, pe, node) for ts, te, be, pe in paragraphs]
                    continue
                if heading_parts(self.o.title(node)) == [MEASURES]:
                    continue  # the part's own heading (主要举措和成效) names no measure: its numbers are achievements
            title_quote = self.measure_title(node)
            title = title_quote.text
            if node.items:
                summary = "；".join(self.item_title(i) for i in node.items)
            elif node.children:
                summary = "；".join(self.title(c) for c in node.children)
            else:
                first = next(sentences(self.text, node.body_start, node.own_end), None)
                summary = self.text[first[0] : first[1]].strip("，,。；; ") if first else ""
            out.append(
                Measure(
                    title=title,
                    summary=summary,
                    area=_area(title, self.text[node.start : node.end]),
                    section=node.id,
                    evidence=[title_quote],
                )
            )
        return out

    def _measure(self, title: str, ts: int, te: int, body_start: int, end: int, node: Node) -> Measure:
        first = next(sentences(self.text, body_start, end), None)
        summary = self.text[first[0] : first[1]].strip("，,。；; ") if first else ""
        return Measure(
            title=title,
            summary=summary,
            area=_area(title, self.text[ts:end]),
            section=node.id,
            evidence=[self.q(ts, te)],
        )

    def run_in_paragraphs(self, node: Node) -> list[tuple[int, int, int, int]]:
        """(title start, title end, body start, paragraph end) for paragraphs that open with a short sentence,
        when every paragraph of the part does: a part whose sub-headings lost their numbers."""
        out = []
        pos = node.body_start + 1 if self.text[node.body_start : node.body_start + 1] == "\n" else node.body_start
        for line in self.text[pos : node.own_end].split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            m = _TITLE_STOP.search(line)
            if not m or m.start() < 2 or m.start() > _RUN_IN_TITLE_MAX:
                return []
            out.append((start, start + m.start(), start + m.end(), end))
        return out if len(out) >= 2 else []

    def achievements(self) -> list[Achievement]:
        """Each sentence (split at 。/；) of part ① that states a result: with a number, or establishing something
        (成立/设立/建立/出台, 实现…全覆盖). Pending work (拟…正在办理) is not a result, and a fact stated again
        (two or more of its figures all given before) is given once."""
        out = []
        seen: set[tuple[float, str]] = set()
        for node in self.measure_nodes():
            for cs, ce in clauses(self.text, node.body_start, node.end):
                if _PENDING.search(self.text, cs, ce):
                    continue
                metrics = self.metrics(cs, ce)
                if not metrics and not _ESTABLISHED.search(self.text[cs:ce]):
                    continue
                if not metrics and any(cs <= o.title_start < ce and ce - o.title_end <= 2 for o in node.walk()):
                    continue  # a heading is no statement: (1)建立健全行政执法相关制度
                owner = self._owner(cs, node)
                if self._in_excluded(owner):
                    continue
                figures = {
                    (m.value, m.unit)
                    for m in metrics
                    if m.value > 10 and not (m.unit == "%" and m.value == 100) or m.value != int(m.value)
                }
                if len(figures) >= 2 and figures <= seen:
                    continue  # 立案查处…32宗, 罚款1.77万元 again in another subsection: one fact once
                seen |= figures
                quote = self.q(cs, ce)
                out.append(Achievement(statement=quote.text, section=owner.id, metrics=metrics, evidence=[quote]))
        return out

    def _all_nodes(self) -> list[Node]:
        return [n for top in self.o.top for n in top.walk()]

    def _owner(self, pos: int, node: Node) -> Node:
        for child in node.children:
            if child.start <= pos < child.end:
                return self._owner(pos, child)
        return node

    def shortfalls(self) -> list[Shortfall]:
        out = []
        for node in self.leaf_nodes(SHORTFALLS):
            intro = self.cause_intro(node)
            stop = intro.start() if intro else node.own_end
            found = self.entries(
                node, prefer_list_sentence=True, skip=self.pm.nodes(CAUSES), end=stop
            ) or self.problem_clauses(node, stop)
            for quote, s, e in found:
                out.append(
                    Shortfall(issue=quote.text, section=node.id, metrics=self.metrics(s, e), evidence=[self.q(s, e)])
                )
        return out

    def causes(self) -> list[Cause]:
        """Causes under a heading of their own (二(二)问题产生的原因), or after a cause intro in a shortfall section."""
        found: list[tuple[Node, tuple[Quote, int, int]]] = []
        shortfall_nodes = self.leaf_nodes(SHORTFALLS)
        for node in self.leaf_nodes(CAUSES):
            if node not in shortfall_nodes:
                found += [
                    (node, e) for e in self.entries(node, prefer_list_sentence=True, skip=self.pm.nodes(SHORTFALLS))
                ]
        for node in shortfall_nodes:
            intro = self.cause_intro(node) if not node.children else None
            if intro:
                end = self.text.find("。", intro.end(), node.own_end)
                found += [
                    (node, (self.q(s, e), s, e))
                    for s, e in clauses(self.text, intro.end(), end if end > 0 else node.own_end)
                ]
        return [
            Cause(cause=quote.text, section=node.id, metrics=self.metrics(s, e), evidence=[self.q(s, e)])
            for node, (quote, s, e) in found
        ]

    def duty(self) -> FirstResponsiblePerson:
        nodes = self.leaf_nodes(DUTY)
        if nodes:
            node = nodes[0]
            found = self.entries(node)
            if not found:
                found = [
                    (self.q(s, e), s, e)
                    for s, e in clauses(self.text, node.body_start, node.own_end)
                    if _DUTY_VERB.search(self.text, s, e)
                ]
            actions = [
                DutyAction(action=q.text, metrics=self.metrics(s, e), evidence=[self.q(s, e)]) for q, s, e in found
            ]
            return FirstResponsiblePerson(
                reported=True,
                dedicated_section=True,
                section=node.id,
                actions=actions,
                evidence=[self.heading_quote(node)],
            )
        if self.pm.duty_sentence:
            pos = self.pm.duty_sentence[0]
            span = next(((s, e) for s, e in sentences(self.text, 0, len(self.text)) if s <= pos < e), None)
            if span:
                q = self.q(*span)
                owner = self._owner(pos, self.o.root)
                return FirstResponsiblePerson(
                    reported=True,
                    dedicated_section=False,
                    section=owner.id or None,
                    actions=[DutyAction(action=q.text, metrics=self.metrics(*span), evidence=[q])],
                    evidence=[q],
                )
        return FirstResponsiblePerson()

    def plans(self) -> list[Plan]:
        out = []
        for node in self.leaf_nodes(PLANS):
            target = self._target_year(node)
            found = self.entries(node)
            if not found:
                found = [(self.q(s, e), s, e) for s, e in sentences(self.text, node.body_start, node.own_end)]
            for quote, s, e in found:
                out.append(
                    Plan(
                        action=quote.text,
                        target_year=target,
                        section=node.id,
                        metrics=self.metrics(s, e),
                        evidence=[self.q(s, e)],
                    )
                )
        return out

    def _target_year(self, node: Node) -> Optional[int]:
        """The year the plans are for, as the report states it: the heading's year, unless the text plans for the
        year after the one reported on (湖滨: heading 2023, text 2024). Unstated stays None: "next year" is an
        inference, and this engine writes no number the report does not contain."""
        report_year = self.doc.facts.report_year
        years_heading = years(self.o.title(node))
        years_body = [int(m.value) for m in self.doc.numbers_in(node.body_start, node.end) if m.kind == "year"]
        if report_year and report_year + 1 in years_heading + years_body:
            return report_year + 1
        return years_heading[0] if years_heading else None

    def tasks(self) -> list[Plan]:
        """实施方案 / 工作要点: the document's tasks, as planned actions without a target year, with the unit
        responsible for each (责任科室/责任单位) and the plan's own period (its title's 2021—2025).

        Where the plan names a responsible unit per task, each paragraph that names one is a task, whatever its
        numbering: a damaged or lost enumerator ((十 / )强化… / a paragraph with none) keeps its task."""
        title = self.doc.facts.title or ""
        period_m = _PERIOD.search(title)
        period = period_m.group(0) if period_m else None
        # a task is the block of lines that ends with the line naming its unit: its title is the last heading
        # in the block, else the block's first line (a paragraph broken by a hard wrap stays one task)
        heads = {n.start: n for n in self._all_nodes()}
        blocks: list[tuple[int, int, int, re.Match[str]]] = []  # (title line start, its end, unit line start, found)
        pos, first, title_line = 0, None, None
        for line in self.text.split("\n"):
            end = pos + len(line)
            if first is None:
                first = (pos, end)
            if any(p in heads for p in range(pos, min(end, pos + 8))):
                title_line = (pos, end)
            found = _RESPONSIBLE.search(line)
            if found:
                ts_line = title_line or first
                blocks.append((ts_line[0], ts_line[1], pos, found))
                first, title_line = None, None
            pos = end + 1
        if len(blocks) >= 3:
            out = []
            for ls, le, us, found in blocks:
                section: Optional[str]
                node = next((heads[p] for p in range(ls, min(le, ls + 8)) if p in heads), None)
                if node is not None:
                    ts, te = node.title_start, self.fused_end(node.title_start, node.title_end, True)
                    section = node.id
                else:
                    stop = re.compile(r"[。；;，,]").search(self.text, ls, le)
                    ts, te = ls, self.fused_end(ls, stop.start() if stop else le, True)
                    section = self._owner(ls, self.o.root).id or None
                unit = found.group(1).strip()
                out.append(
                    Plan(
                        action=self.text[ts:te],
                        target_year=None,
                        section=section,
                        responsible=unit,
                        period=period,
                        metrics=self.metrics(te, us + found.start()),
                        evidence=[self.q(ts, te), self.q(us + found.start(1), us + found.start(1) + len(unit))],
                    )
                )
            return out
        out = []
        for top in self.o.top:
            for node in top.children or [top]:
                out.append(
                    Plan(
                        action=self.title(node),
                        target_year=None,
                        section=node.id,
                        period=period,
                        metrics=self.metrics(node.body_start, node.own_end),
                        evidence=[self.heading_quote(node)],
                    )
                )
        return out


def run(doc: Prepared) -> Summary:
    t0 = time.perf_counter()
    ex = _Extractor(doc)
    document = doc.document()
    warnings: list[str] = []
    if document.doc_type in (DocType.implementation_plan, DocType.work_points):
        summary = Summary(
            document=document,
            outline=doc.sections(),
            plans=ex.tasks(),
            provenance=Provenance(engine="rules", version=__version__),
        )
        warnings.append(
            f"not an annual report ({document.doc_type}): its tasks are listed as plans; "
            "no achievements, shortfalls or duty report are extracted"
        )
    else:
        summary = Summary(
            document=document,
            outline=doc.sections(),
            measures=ex.measures(),
            achievements=ex.achievements(),
            shortfalls=ex.shortfalls(),
            causes=ex.causes(),
            first_responsible_person=ex.duty(),
            plans=ex.plans(),
            provenance=Provenance(engine="rules", version=__version__),
        )
        if document.doc_type != DocType.annual_report:
            warnings.append(f"not an annual report ({document.doc_type}): the mandated parts may not apply")
    summary.compliance = compliance(summary, doc)
    summary.warnings = warnings
    summary.provenance.timings_ms = {**doc.timings_ms, "extract": (time.perf_counter() - t0) * 1000}
    return summary


def compliance(summary: Summary, doc: Prepared) -> Compliance:
    """Which mandated parts are present. A document that is not an annual report has none of them."""
    annual = summary.document.doc_type in (DocType.annual_report, DocType.other)
    pm = doc.parts

    def status(present: bool, parts: tuple[str, ...]) -> PartStatus:
        ids = [n.id for p in parts for n in pm.nodes(p)]
        return PartStatus(present=annual and present, sections=ids if annual and present else [])

    shortfalls = status(bool(summary.shortfalls or summary.causes), (SHORTFALLS, CAUSES))
    c = Compliance(
        measures_achievements=status(bool(summary.measures or summary.achievements), (MEASURES,)),
        # a report that names shortfalls but no cause says so: the mandated part is 不足 *and* 原因
        shortfalls_causes=ShortfallsStatus(
            **shortfalls.model_dump(), causes_stated=bool(summary.causes) if shortfalls.present else None
        ),
        first_responsible_person=status(summary.first_responsible_person.reported, (DUTY,)),
        next_year_plans=status(bool(summary.plans), (PLANS,)),
    )
    c.missing = [
        name
        for name in ("measures_achievements", "shortfalls_causes", "first_responsible_person", "next_year_plans")
        if not getattr(c, name).present
    ]
    return c
