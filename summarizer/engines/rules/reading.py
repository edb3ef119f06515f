"""Reading the report's text for the rules engine: verbatim spans, counted numbers (metrics and their labels) and
enumerations, all sliced from the analysed text so offsets stay offsets into it."""

from __future__ import annotations

import bisect
import re
from functools import cache, partial
from typing import Callable, Iterable, Optional

from ...models import (
    Metric,
    Quote,
)
from ...numbers import NumberMention, find_numbers
from ...outline import Node
from ...pipeline import Prepared
from ...quotes import clauses, make_quote
from ...sections import CAUSES, DUTY, PLANS, SHORTFALLS
from ...tables import Cell, Row, column_name, data_rows, figure_cells, is_figure, row_name
from .patterns import (
    _AFTER_NOUN,
    _AFTER_STOP,
    _AGES,
    _BOUND_END,
    _BRACKETED_NOUN_END,
    _CAUSE_INTRO,
    _CHANGE_FROM,
    _CHANGE_ONLY,
    _CHANGED_TO,
    _CHANGED_TO_VALUE,
    _CHANGED_TO_YEAR,
    _CLASSIFIERS,
    _CLAUSE_SEP,
    _CLOCK_BEFORE,
    _COMPARED,
    _COUNTED_AFTER,
    _COUNTED_END,
    _COUNTED_OF,
    _DEED_ADVERBS,
    _EACH_HAS,
    _FIELD_NAME,
    _FIGURE_WORDS,
    _FOLLOW_ON,
    _FROM_MEASURE,
    _FUSED_VERB,
    _GRADES,
    _INCREMENT,
    _INCREMENT_TAIL,
    _INLINE_ENUM,
    _JOINER,
    _LABEL_LEAD,
    _LABEL_TRIM,
    _LABEL_VERB,
    _LIST_INTRO,
    _LIST_JOIN,
    _LIST_VERB,
    _LISTED_KINDS_AFTER,
    _MANNER_ONLY,
    _MEASURE_BEFORE,
    _MEASURE_ONLY,
    _MILESTONE,
    _MODAL_AFTER,
    _MODIFIED_HEAD,
    _NEW_LEAD,
    _NO_OBJECT,
    _NO_WORDS,
    _NOT_METRIC_UNIT,
    _NOUN_AFTER,
    _OBJECT_MARK_BEFORE,
    _ONE_OF_AFTER,
    _ORDINAL_LISTED,
    _PAIRED_MODIFIERS,
    _PASSED,
    _PERIOD_LEAD,
    _PREPOSITION,
    _PREPOSITION_LEFT,
    _PROBLEM,
    _RANK_AFTER,
    _RANK_FIELD_BEFORE,
    _RANK_LABEL_END,
    _RATE_REACHED,
    _REACHED,
    _REACHED_ONLY,
    _RESPECTIVE,
    _ROUND_THE_CLOCK,
    _SCORE_VERB,
    _SHARED_HEAD,
    _SHORTFALL_PREAMBLE,
    _SIZE_UNIT,
    _STAGE_END,
    _STAGE_ONLY,
    _STRUCTURAL,
    _STRUCTURAL_AFTER,
    _SUBJECT_END,
    _TALLY_ONLY,
    _THRESHOLD_AFTER,
    _TIME_NOUNS,
    _TIMES_OF,
    _TITLE_BOUNDARY,
    _TITLES,
    _TITLES_KIND,
    _UNITS_THEN_RATE,
    _VERB,
    _VERB_ONLY,
    _VERB_SCOPE,
    _WHICH_MEETING,
)


def _bare_subject(words: str) -> str:
    """The subject of a change without the words around it in its clause: the object marker before it (要把, 将) and
    the modal or adverb after it (可, 将, 均, 已, 分别: 各地可降至…, 参保率均提高到…)."""
    words = _MODAL_AFTER.sub("", _OBJECT_MARK_BEFORE.sub("", words))
    # (an adverb alone, 进一步提高到…, or what a unit leaves, /月提高到…, is no subject)
    if _MANNER_ONLY.fullmatch(words) or not re.match(r"[\u4e00-\u9fff“《]", words):
        return ""
    return words


def _names_something(words: str) -> bool:
    """Whether ``words`` left of a figure before can name its subject: two characters or more, and no figure or date
    inside them (``_FIGURE_WORDS``)."""
    return len(words) >= 2 and not _FIGURE_WORDS.search(words)


def _unquoted(noun: str) -> str:
    """``noun`` without the quotation marks that enclose it whole (“秒批” → 秒批) or stand alone at its ends, its
    inner pairs kept whole (实现“网上办”, “秒批”改革: never 实现“网上办 nor 秒批”改革)."""
    noun = noun.lstrip("”").rstrip("“")
    if noun.startswith("“") and noun.endswith("”") and noun.count("“") == 1 and noun.count("”") == 1:
        return noun[1:-1]
    if noun.startswith("“") and noun.count("“") > noun.count("”"):
        noun = noun[1:]
    if noun.endswith("”") and noun.count("”") > noun.count("“"):
        noun = noun[:-1]
    return noun


class _Reading:
    """What every part's extraction reads from the text: spans, counted numbers and enumerations (the base of
    ``parts._Extractor``, kept apart so each module holds one concern)."""

    def __init__(self, doc: Prepared):
        self.doc = doc
        self.text = doc.text
        self.o = doc.outline
        self.pm = doc.parts
        self._excluded = {id(n) for p in (DUTY, SHORTFALLS, CAUSES, PLANS) for n in self.pm.nodes(p)}
        self._separators = [m.start() for m in _CLAUSE_SEP.finditer(self.text)]
        self._rows: Optional[list[Row]] = None
        self._row_starts: list[int] = []

    # --- spans (always sliced from the output text: offsets equal those of the analysed text) -------
    def title(self, node: Node) -> str:
        return self.text[node.title_start : node.title_end]

    def item_title(self, item) -> str:
        return self.text[item.title_start : item.title_end]

    def q(self, start: int, end: int) -> Quote:
        return make_quote(self.text, start, end)

    def item_start(self, start: int, end: int) -> int:
        """Where an item's own words begin: after the 一是 / （一） / 1. that numbers it in its sentence. The number
        is the list's, not the item's, so a statement, action or title never opens with it."""
        enum = _INLINE_ENUM.match(self.text, start, end)
        return enum.end() if enum and enum.end() < end else start

    def item_q(self, start: int, end: int) -> Quote:
        return self.q(self.item_start(start, end), end)

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
        before_from = start  # where the label of the number before was read from
        for i, m in enumerate(mentions):
            i_sep = bisect.bisect_left(self._separators, m.start) - 1
            clause_start = self._separators[i_sep] if i_sep >= 0 and self._separators[i_sep] >= start else -1
            label_from = max(clause_start + 1, start)
            if i and mentions[i - 1].end > label_from:
                label_from = mentions[i - 1].end
            # the number before stands in the same clause: a label left empty or bare may be the one it counts
            same_clause = i > 0 and mentions[i - 1].end > clause_start
            raw = self.text[label_from : m.start]
            label = _LABEL_TRIM.sub("", _LABEL_LEAD.sub("", raw.strip()))
            # what the number counts by the words after it, read once when a rule below asks (a pure reading)
            counted = cache(partial(self._counted_noun, m, end))
            if label.count("”") > label.count("“") and (k := raw.find(label)) > 0 and raw[k - 1] == "“":
                # “福州卫生健康”官网, 、“最多跑一次”事项253项, 其中“不见面”审批事项: the opening mark belongs to the label
                label = "“" + label
            label = label.rstrip("、")
            if len(label) > 2:
                # 市直医疗保健机构和: a list goes on after the number (never the verb 惠及, 涉及, 参与, 给与)
                label = re.sub(rf"(?:{_JOINER})+$", "", label)
            after = self._noun_after(m, mentions[i + 1].start if i + 1 < len(mentions) else end)
            unit_noun = _unit_noun(m)
            if after and len(unit_noun) >= 2 and unit_noun not in _TIME_NOUNS and _COUNTED_END.match(after):
                # 市本级60个部门共梳理出权力事项6749项: the unit names what is counted (部门), the words after it what
                # those did; the scope before it (市本级) stays, unless it is the figure before's (19个市和2个县被…)
                # (its preposition dropped: 对全市40余个部门贯彻落实… counts 全市部门)
                scope = re.sub(r"^[对在向从把将给](?=..)", "", label)
                after, label = "", (scope if len(label) <= 6 and not same_clause else "") + unit_noun
            if (
                not after
                and unit_noun
                and (prep := _PREPOSITION_LEFT.fullmatch(label))
                and self.text[m.end : m.end + 1] not in "(（"  # (对全市4个县(市、区): the bracket keeps its noun)
            ):
                # 对全市16个区、40余个部门贯彻落实…, 首批把23个部门…划入: a preposition and its scope are all the label
                # holds, the unit names what is counted (全市区, 部门)
                label = prep.group(1) + unit_noun
            if after:
                label = after  # the counted noun follows the number: 13份合同、 / 25人参加执法资格考试
            elif (
                (to_year := _CHANGED_TO_YEAR.fullmatch(label))
                and same_clause
                and _names_something(subject := _PERIOD_LEAD.sub("", out[-1].label))
                and not re.match(r"[从由在]", subject)
                and "年" not in subject
            ):
                # 从2020年的41.6%提升至2025年的52%: the subject's figure of that year (2025年高等教育毛入学率)
                label = to_year.group(1) + subject
            elif (not label or _CHANGE_ONLY.fullmatch(label) or _NO_WORDS.fullmatch(label)) and same_clause:
                # "抽查任务5个专业共87件", "从1696个工作日压缩至174个工作日": the same subject (…as after a bare 的:
                # 完成年初预算65200万元的96.57%; after a bracket's close, the subject of the figure before the bracket
                # opened: 下访16批次(镇联络室12次…各2次)57人次)
                outside: list[Metric] = []
                if label[:1] in ")）":
                    opened = max(self.text.rfind("(", 0, label_from), self.text.rfind("（", 0, label_from))
                    outside = [x for x in out if x.quote.start < opened]
                label = self._changed((outside or out)[-1].label, label, raw)
            elif _INCREMENT.fullmatch(label) and i > 0 and self._next_to(mentions[i - 1], label_from, same_clause):
                # 全年受理申请57件，同比增长71.9%: the change of what the clause before counted
                label = self._changed(out[-1].label, label, raw, unnamed=label)
            elif (
                (compared := _COMPARED.fullmatch(label))
                and i > 0
                and self._next_to(mentions[i - 1], label_from, same_clause)
            ):
                # 收到申请281件，较2020年172件: the same subject's figure of the time compared with (2020年收到申请)
                label = compared.group(1) + _PERIOD_LEAD.sub("", out[-1].label)
            elif same_clause and len(label) <= 4 and label == out[-1].label and label == raw.strip():
                # 开展年度述法工作68家单位78人次: the second count is of the same deed in other units, no count of the
                # first one's noun: the deed before the first number is its label
                deed = self.text[before_from : mentions[i - 1].start].strip()
                label = _LABEL_TRIM.sub("", _LABEL_LEAD.sub("", deed)) or label
            # (a 的 or a verb inside a title the label cites is the title's: 《…八项规定的实施细则》, 《反有组织犯罪法》)
            titled = _TITLES.sub(lambda t: "　" * len(t.group()), label)
            # (…nor is the 的 of the Party's own names: 党的二十大…精神, 党的领导)
            titled = titled.replace("党的", "党　")
            if "的" in titled and not after and not label.endswith(("的比重", "的倍数", "的比例")):
                head = label[titled.rindex("的") + 1 :]
                if len(head) >= 2:
                    label = head  # 人民群众对…的满意度: the head noun
                    titled = titled[len(titled) - len(head) :]
            kind = _TITLES_KIND.search(label)
            if len(label) > 16 and kind and not (_LABEL_VERB.search(kind.group(1)) or _VERB.search(kind.group(1))):
                # (…unless the kind says nothing: 专题学习《宪法》、《民法典》等内容8次, the study counted)
                before = label[: label.find("《")] if "《" in label else ""
                label = before if kind.group(1) in ("内容", "方面") and len(before) >= 2 else kind.group(1)
            elif len(label) > 16:
                verbs = list(_LABEL_VERB.finditer(titled))
                if verbs and verbs[-1].start() >= 2 and len(label) - verbs[-1].end() >= 2:
                    label = label[verbs[-1].start() :]
            if passed := _PASSED.search(label):
                # 社会消费品零售总额突破90亿元大关: what passed the mark (…named in the clause before when the verb is
                # all the clause holds: 地区生产总值稳步增长，迈上3万亿元台阶)
                label = label[: passed.start()].rstrip("、，,")
            if (
                not label
                and (_REACHED_ONLY.fullmatch(raw.strip()) or _PASSED.fullmatch(raw.strip()))
                and (subject := self._subject_before(i_sep, start))
            ):
                # 钢产量增长百分之四十二，达到8000万吨; 地区生产总值迈上6万亿元台阶，达到62661亿元: what reached the figure
                # is the subject of the clause before, in the same sentence
                label = subject
            if (
                not label
                and i > 0
                and _TALLY_ONLY.fullmatch(raw.strip())
                and self._next_to(mentions[i - 1], label_from)
            ):
                # 两区街道办事处各有16个，合计32个: the tally of what the figure before counted
                label = _EACH_HAS.sub("", out[-1].label)
            if not label:  # fall back to the clause
                label = _LABEL_TRIM.sub("", _LABEL_LEAD.sub("", self.text[max(clause_start + 1, start) : m.start]))
            if not label.strip() and not raw.strip() and not unit_noun and not after:
                colon = clause_start >= 0 and self.text[clause_start] in "：:"
                if colon and (field := _FIELD_NAME.search(self.text, 0, clause_start)):
                    label = field.group(1)  # 在岗执法人员：19人: a field's name, its value the figure
                elif i and re.fullmatch(r"\s*[，,、]\s*", self.text[mentions[i - 1].end : label_from]):
                    label = out[-1].label  # 全镇共有14462户，47181人: the figure before's subject counted otherwise
            bare = label.strip()
            if m.raw_unit == "分" and (score := _SCORE_VERB.search(bare)):
                label = score.group(1) + "分"  # 共记6分 / 考核中被扣2分: what is counted is the 记分 or 扣分
            elif _VERB_ONLY.fullmatch(bare) and same_clause:
                label = out[-1].label
            elif (
                (stage := _STAGE_ONLY.fullmatch(bare))
                and i > 0
                and re.fullmatch(r"\s*[、，,]\s*", self.text[mentions[i - 1].end : m.start].replace(bare, "", 1))
                and (done := _STAGE_END.search(out[-1].label))
                and done.start() >= 2
            ):
                # 保障性住房基本建成470万套、新开工630万套; 重大项目开工390个、竣工437个: the next stage of the same things
                label = out[-1].label[: done.start()] + stage.group()
            elif _PREPOSITION.fullmatch(bare) or (bare and len(bare) <= 4 and bare[0] in "在对从向把给将"):
                # "在84项政务服务事项中", "对全区223家医疗机构开展…": the noun follows the number
                noun_after = _NOUN_AFTER.match(self.text, m.end, end)
                noun = _VERB.split(noun_after.group(1), 1)[0] if noun_after else ""
                if len(noun) >= 2:
                    label = noun
                elif counted():
                    label = counted()  # 对21个市(州)91所学校开展明察暗访: the places counted, their bracket and all
            if label.strip() in ("和", "与", "及", "以及") and not counted():
                # 城镇和农村居民收入分别增长5.2%和7.4%: the second of a pair counts what the first does; 27个单位和17个镇:
                # unless the place it counts follows it
                place, rest = self.text[m.end : m.end + 1], self.text[m.end + 1 : m.end + 4]
                if place and place in "省市县区镇乡村" and (not rest or rest[0] in "，,。；;、" or _VERB.match(rest)):
                    label = place  # 对27个单位和17个镇开展考核: 镇
                elif same_clause:
                    label = out[-1].label
            if len(label.strip()) <= 1 or _VERB_ONLY.fullmatch(label.strip()) or _VERB_SCOPE.fullmatch(label.strip()):
                # 完成26个领域…, 组织11个县市、…, 实现41个村(社区)法律顾问全覆盖, 收到20个县(市、区)…: a verb or one
                # character is no label; what the number counts, after it, is
                label = counted() or label
            if label.strip() == "占" and m.raw_unit in ("%", "％"):
                # 50岁以上18人占30.6%: the share of what the number before it counts
                label = (out[-1].label if same_clause else "") + "占比"
            if (
                i > 0
                and not re.search(r"[。；;\n]", self.text[mentions[i - 1].end : m.start])
                and _LIST_VERB.fullmatch(label.strip())
                and (listed := _LIST_VERB.match(out[-1].label))
                and len(noun := out[-1].label[listed.end() :]) >= 2
            ):
                # 取消行政许可事项9项，下放17项，承接2项: the verbs of a list share the first one's noun
                label = label.strip() + noun
            label = _RATE_REACHED.sub("", label.strip())
            if (
                _MEASURE_ONLY.fullmatch(label)
                and i > 0
                and not re.search(r"[。；;！!？?\n]", self.text[mentions[i - 1].end : m.start])
                and _names_something(
                    subject := _NEW_LEAD.sub("", re.sub(r"同比$", "", _INCREMENT_TAIL.sub("", out[-1].label)))
                )
            ):
                # 新增上市公司45家、总量达1224家; 生物医药授权交易255亿美元、占全球10%左右; 装机达到9048万千瓦，占比55.1%:
                # the measure is of what the figure before in the sentence counts (上市公司总量, 授权交易占全球比重)
                share = re.search(r"占全.$", label) and m.raw_unit in ("%", "％")
                label = subject + label + ("比重" if share else "")
            label = self._worded(
                label,
                raw,
                m,
                partial(self._label_before, out, mentions, i, label_from),
                _CHANGE_ONLY.match(self.text, m.end) is not None,
            )
            if m.raw_unit in ("名", "位") and (rank := _RANK_LABEL_END.search(label)):
                # 平川位居全省90个县(市、区)第6名, 满意度测评位居全省第3位: what is ranked, and where (平川全省排名)
                label = label[: rank.start()] + rank.group(1) + "排名"
            if label.strip() in _REACHED and "人" in m.raw_unit:
                # 开展宣传20场，覆盖1万余人次: 覆盖人次, the audience reached (never its magnitude, 万)
                label = label.strip() + m.raw_unit[m.raw_unit.index("人") :]
            out.append(self._metric(label.strip() or m.unit or "数量", m))
            before_from = label_from
        return self._respective(out)

    def _metric(self, label: str, m: NumberMention) -> Metric:
        return Metric(
            label=label,
            value=float(m.raw_value),
            unit=m.raw_unit.replace("％", "%"),
            qualifier=m.qualifier,
            normalized_value=float(m.value),
            normalized_unit=m.unit,
            quote=Quote(text=self.text[m.start : m.end], start=m.start, end=m.end),
        )

    # --- tables ------------------------------------------------------------------------------------
    def table_row(self, start: int, end: int) -> Optional[Row]:
        """The row of figures of a table (summarizer.tables) the span lies on, if any."""
        if self._rows is None:
            self._rows = data_rows(self.text)
            self._row_starts = [r.start for r in self._rows]
        i = bisect.bisect_right(self._row_starts, start) - 1
        return self._rows[i] if i >= 0 and end <= self._rows[i].end else None

    def table_figures(self, row: Row) -> list[tuple[Cell, str, list[Metric]]]:
        """A row's cells of figures, each with its column's name (its bracketed unit left out) and its figures, each
        labelled by the row's name and the column's (受理复议案件 under 2025年: 2025年受理复议案件; under 增幅:
        受理复议案件增幅), in the unit the table gives it (the number finder reads it so). A cell of words with
        figures in them is a sentence, read as one (its clause's metrics), not here."""
        name = row_name(row)
        out = []
        for cell, column, _ in figure_cells(row):
            if not is_figure(cell.text):
                continue
            column = column_name(column)
            label = _table_label(name, column)
            metrics = [
                self._metric(label, m)
                for m in self.doc.numbers_in(cell.start, cell.end)
                if m.kind in ("number", "percent") and label
            ]
            out.append((cell, column, metrics))
        return out

    def _respective(self, out: list[Metric]) -> list[Metric]:
        """Figures given respectively (行政复议案件、行政应诉案件分别为126件、38件; 城镇和农村居民收入分别增长5.2%和7.4%):
        a run of figures with one label, joined by 、/和 only, whose label lists as many things before 分别, each
        labelled by its own (城镇居民收入增长, 农村居民收入增长), the verb after 分别 kept when it is a change. A second
        run of as many figures given respectively in the same sentence (…，同比分别增长12%、5%; …，累计分别达到64项和
        288项) is of the same things, each with its change."""
        i = 0
        listed: Optional[tuple[int, list[str]]] = None  # where the last run given respectively ended, its things
        while i < len(out):
            j = i + 1
            while (
                j < len(out)
                and out[j].label == out[i].label
                and re.fullmatch(r"\s*(?:[、，,]|和|及|与)\s*", self.text[out[j - 1].quote.end : out[j].quote.start])
            ):
                j += 1
            items = _RESPECTIVE.fullmatch(out[i].label) if j - i >= 2 else None
            # (分别 stands in the source before the first figure, in its label or between them)
            respectively = "分别" in self.text[max(0, out[i].quote.start - 40) : out[i].quote.start]
            if items and respectively:
                things = re.split(r"、|和|及|与", items.group(1))
                verb = items.group(2) if _INCREMENT.fullmatch(items.group(2) or "") or items.group(2) == "新增" else ""
                if len(things) == j - i and all(things) and not any(re.search(r"\d|是|为", t) for t in things):
                    last = things[-1]
                    head = _SHARED_HEAD.search(last)
                    named: list[str] = []
                    for k, thing in zip(range(i, j), things):
                        own = _SHARED_HEAD.search(thing)
                        if k == j - 1 or (own and not (head and last.endswith(own.group() + head.group()))):
                            pass  # (…unless the last adds a head to the same: 刑事案件、治安案件起数 → 刑事案件起数)
                        elif len(thing) == 2 and len(last) > 4 and last[:2] in _PAIRED_MODIFIERS:
                            thing += last[2:]  # 城镇和农村居民法律援助人数: 城镇居民法律援助人数
                        elif head and head.start() > 0:
                            thing += head.group()  # 原煤、原油、天然气产量: 原煤产量
                        elif len(thing) == 2 and len(last) > 4:
                            thing += last[2:]  # 快递、电信业务量: 快递业务量 (a two-character modifier against another)
                        named.append(thing)
                        out[k] = out[k].model_copy(update={"label": thing + verb})
                    listed = (out[j - 1].quote.end, named)
                    i = j
                    continue
            if (
                listed
                and respectively
                and j - i == len(listed[1])
                and re.fullmatch(r"[^。；;\n]*", self.text[listed[0] : out[i].quote.start])
                and (words := re.split(r"[，,]", self.text[listed[0] : out[i].quote.start])[-1].strip())
                and (change := _FOLLOW_ON.fullmatch(words.replace("分别", "")))
            ):
                # …，同比分别增长12%、5%: each thing of the run before, with its change (行政复议案件同比增长)
                share = change.group(3) or ""
                said = (
                    (change.group(1) or "") + (change.group(2) or "") + share + ("比重" if share.endswith("的") else "")
                )
                for k, thing in zip(range(i, j), listed[1]):
                    out[k] = out[k].model_copy(update={"label": thing + said})
                listed = (out[j - 1].quote.end, listed[1])
            i = j
        return out

    def _next_to(self, before: NumberMention, label_from: int, same_clause: bool = False) -> bool:
        """Whether the figure ``before`` stands in the clause right before the one read from ``label_from`` (its
        clause ends a few characters after it, at a comma), or in the same clause when ``same_clause`` says so."""
        return (
            same_clause or re.fullmatch(r"[^，,。；;\n]{0,6}[，,]\s*", self.text[before.end : label_from]) is not None
        )

    def _label_before(self, out: list[Metric], mentions: list[NumberMention], i: int, label_from: int) -> str:
        """The label of the figure before the ``i``-th, when it stands in the clause before (``_next_to``)."""
        if not i or not self._next_to(mentions[i - 1], label_from):
            return ""
        # (never a bracket's figure: 完成1.5万亩(含油茶1.0万亩)，为计划任务的100%: the proportion is of the whole)
        return "" if re.search(r"[)）]", self.text[mentions[i - 1].end : label_from]) else out[-1].label

    @staticmethod
    def _worded(label: str, raw: str, m: NumberMention, before: Callable[[], str], changes: bool) -> str:
        """``label`` said as a careful reader says it, where its words only lead up to the figure: the time a
        change starts from (补贴资金从2007年的 → 2007年补贴资金), the value a change reaches (换乘比例提升至 → 换乘比例),
        a share (占总产值的 → 占总产值的比重), a multiple or a proportion of the figure ``before()`` names (是十年前的 →
        …是十年前的倍数, 为年初预算的 → …为年初预算的比例; asked only then), a measure a change starts from when
        ``changes`` says the figure is followed by its change (审批事项从法定平均办理时间 → 审批事项法定平均办理时间)."""
        if (since := _CHANGE_FROM.fullmatch(label)) and len(subject := _bare_subject(since.group(1))) >= 2:
            return since.group(2) + subject
        if changes and (measure := _FROM_MEASURE.fullmatch(label)):
            return measure.group(1) + measure.group(2)
        if (
            re.search(r"[至到为]$", raw.strip())
            and (to := _CHANGED_TO_VALUE.fullmatch(label))
            and len(subject := _bare_subject(to.group(1))) >= 2
        ):
            return subject
        if label.endswith("的") and "占" in label and m.raw_unit in ("%", "％"):
            return label + "比重"
        of = _TIMES_OF.fullmatch(label)
        if of and (m.raw_unit.endswith("倍") or m.raw_unit in ("%", "％")):
            # 地区生产总值完成96.4亿元，是2011年的1.37倍; 完成财政总收入63449万元，为年初预算的85.4%: the figure
            # before's subject as a multiple or a proportion of that base (…是2011年的倍数, …为年初预算的比例)
            kind = "倍数" if m.raw_unit.endswith("倍") else "比例"
            base = _bare_subject(re.sub(r"(?:完成|实现|达到|达)$", "", _INCREMENT_TAIL.sub("", before())))
            if _names_something(base):
                return base + ("是" if kind == "倍数" else "为") + of.group(1) + "的" + kind
            return label + kind
        return label

    @staticmethod
    def _changed(subject: str, label: str, raw: str, unnamed: Optional[str] = None) -> str:
        """The label of a figure that changes the one before (its ``subject``, that figure's label): an increment
        (同比增长) is that subject's change (受理申请同比增长), a value changed to (压缩至174个) that subject itself.
        A subject that names nothing (较2020年, a figure's own words) leaves ``unnamed`` (the subject by default)."""
        if not _INCREMENT.fullmatch(label) or re.search(r"[至到为]$", raw.strip()):
            return _PERIOD_LEAD.sub("", subject) or subject  # (从2006年的18亿元增加到…: the value now is the subject's)
        base = _PERIOD_LEAD.sub("", _INCREMENT_TAIL.sub("", subject))  # (2020年收到申请: the change is of 收到申请)
        if _names_something(base):
            return base + label
        return subject if unnamed is None else unnamed

    def _subject_before(self, i_sep: int, start: int) -> str:
        """The subject of the clause before the one whose separator is ``self._separators[i_sep]``, when that
        separator is a comma (the same sentence): its words before its predicate (``_SUBJECT_END``), at least two
        characters and no figure (今年1到10月增加了… names a time, no subject)."""
        if i_sep < 1 or self.text[self._separators[i_sep]] not in "，,":
            return ""
        clause = self.text[max(self._separators[i_sep - 1] + 1, start) : self._separators[i_sep]]
        predicate = _SUBJECT_END.search(clause)
        if predicate is None:
            return ""
        subject = _LABEL_LEAD.sub("", clause[: predicate.start()].strip())
        # (a figure in it names a time or a count, 今年1到10月; a pollutant's or a standard's name keeps its digits,
        # PM2.5浓度下降8%，达到…)
        if len(subject) < 2 or re.search(r"(?<![A-Za-z.])\d", subject) or subject.endswith(("、", "和", "及")):
            return ""  # (加上减免农村税收、增加…的支出，共达…: a list of what adds up, no subject)
        return "" if re.match(r"加上|包括|除了?|以及", subject) else subject

    def _noun_after(self, m: NumberMention, stop: int) -> str:
        """The noun phrase written right after a number and its unit, if any (at least two characters)."""
        # (…with the grade named between them: 建成12个500千伏输变电工程 counts 500千伏输变电工程)
        near = self.doc.numbers_in(m.end, min(stop, m.end + 24))
        grade = next((n for n in near if n.start == m.end and n.raw_unit in _GRADES), None)
        found = _AFTER_NOUN.match(self.text, grade.end if grade else m.end, stop)
        if grade and found and found.group(1) in ("和", "及", "与", "、"):
            # (…or two grades joined: 新建22个750千伏和330千伏电网工程 counts 750千伏和330千伏电网工程)
            second = next((n for n in near if n.start == found.end(1) and n.raw_unit in _GRADES), None)
            rest = _AFTER_NOUN.match(self.text, second.end, stop) if second else None
            return self.text[grade.start : rest.end(1)] if rest else ""
        if not found:
            return ""
        noun = (grade.text if grade else "") + found.group(1)
        if len(noun) <= 6 and (head := _MODIFIED_HEAD.match(self.text, found.end(1), stop)):
            return head.group(1)  # 52项操作性、针对性强的改革措施: the measures, their qualities before them
        if noun.startswith("的") and _MEASURE_BEFORE.search(self.text, max(0, m.start - 12), m.start):
            # 总投资近2000亿元的格尔木东…项目: the figure is the measure before it, what it belongs to follows (接受不少于
            # 60学时的业务知识培训: with no measure before, the words after 的 are what it counts)
            return ""
        if _MILESTONE.match(noun):
            return ""  # 突破90亿元大关, 迈上6万亿元台阶: the mark the figure passed, not what it counts
        change = _CHANGE_ONLY.match(noun)
        if change and (noun[change.end() - 1] in "至到为" or noun[change.end() : change.end() + 1] in _NO_OBJECT):
            return ""  # 从1696个工作日大幅压缩至…: what happened to the number, not what it counts (两次下调政策利率: a deed)
        if (within := re.match(r"(?:以)?内(?!容)", noun)) and len(noun) - within.end() >= 2:
            # 5个工作日内办结, 2个工作日内回复办结: a time limit, the deed done within it (办结), never its bound (内)
            noun = noun[within.end() :]
        if noun.startswith("“") and find_numbers(noun[: noun.find("”")]):
            return ""  # 处置率100%“三个目标”: a quoted name with a number of its own is what the figures add up to
        cut = _AFTER_STOP.search(noun)
        if cut:
            # (…and the adverbs of that deed before it: 36个大城市率先实现…, 3730万名学生免费提供…, 16个区首次全部获评…)
            noun = _DEED_ADVERBS.sub("", noun[: cut.start()])
        if found.end() == stop:  # runs into the next number: 5间市直医疗保健机构和2间民营医院
            join = _LIST_JOIN.search(noun)
            noun = noun[: join.start()] if join else noun
            if m.raw_unit[-1:] in "个家所座" and (rated := _UNITS_THEN_RATE.fullmatch(noun)):
                noun = rated.group(1)  # 18个行政村法律顾问覆盖率达100%: the villages, whose rate the next figure is
        if found.end() == stop or self.text[found.end() : found.end() + 1].isdigit():
            # (…or where the counted things go, a number its target: 整合31条热线到12345)
            # (never a change's verb: 的税率降至13%, 扩大到7种 say what happened to the number, as before)
            if (to := re.search(r"(?<=..)(?:到|至)$", noun)) and not _CHANGED_TO.search(noun, 0, to.start()):
                noun = noun[: to.start()]
        if noun.count("“") > noun.count("”") and noun.rindex("“") > 0:
            opened = found.start(1) + noun.rindex("“")
            close = self.text.find("”", opened, min(stop, opened + 24))
            if noun[: noun.rindex("“")].endswith("为") and close > 0:
                # 2个县被命名为“全国双拥模范城(县)”: the name is the deed's
                noun = self.text[found.start(1) : close + 1]
            else:
                noun = noun[: noun.rindex("“")]  # 3635项服务事项“就近收件、…”: the items, not the slogan they follow
        elif len(noun) > 2 and noun.endswith("和") and self.text[found.end() : found.end() + 1] == "《":
            noun = noun[:-1]  # 召开4次会议传达学习…精神和《…》: a list of documents goes on past the words
        noun = re.sub(r"(?:中|里|内|之中|当中)$", "", _unquoted(noun))
        if of := _COUNTED_OF.match(noun):
            noun = of.group(1)  # 11个区直执法部门的执法主体公告工作: the departments
        if noun.startswith("的") and len(noun) >= 3:
            noun = noun[1:]  # 71%的煤电机组: the share's noun, not its 的 (的县 stays a noun of its own)
        return noun if len(noun) >= 2 and not noun.startswith(("以上", "以下", "左右")) else ""

    def _counted_noun(self, m: NumberMention, stop: int) -> str:
        """What a number counts when the words before it say nothing (a verb, one character): the noun its unit
        carries (个县 → 县) and the words after the number up to a separator, a digit or a verb, with a bracket they
        open (县(市、区), 社区(村)服务站); empty when that is under two characters."""
        unit_noun = _unit_noun(m)
        after = _COUNTED_AFTER.match(self.text, m.end, stop)
        if not after and not unit_noun:
            # 12类45件民生实事, 6组10家省属国企: a count of groups right before the count of what they hold counts
            # the same things
            held = next(iter(self.doc.numbers_in(m.end, stop)), None)
            if held is not None and held.start == m.end and held.raw_unit and held.raw_unit not in _AGES + ("年",):
                return self._counted_noun(held, stop)
            if held is not None and held.start == m.end and held.raw_unit in _AGES:
                # 为87万名80岁以上老年人发放…: an age bracket says who is counted, with the noun after it
                bracket = held.end + (2 if self.text.startswith(("以上", "以下"), held.end) else 0)
                rest = _COUNTED_AFTER.match(self.text, bracket, stop)
                noun = rest.group() if rest else ""
                if deed := _BRACKETED_NOUN_END.search(noun):
                    noun = noun[: deed.start()]
                whole = self.text[held.start : bracket] + noun
                return whole if len(noun) >= 2 and len(whole) <= 16 else ""
        noun = unit_noun + (after.group() if after else "")
        if not noun[:1].isalpha() or noun[:1] in "“”":
            return ""  # 40人(次), 3项“下放到…”: a gloss or a quotation, no noun
        # (cut outside brackets only: 县(市、区) is one noun)
        masked = re.sub(r"[(（][^()（）]*[)）]", lambda b: "　" * len(b.group()), noun)
        cut = min((c.start() for c in (_VERB.search(masked), _COUNTED_END.search(masked)) if c), default=len(noun))
        noun = noun[:cut]
        if (
            len(noun) > 16
            and unit_noun
            and (short := re.match(re.escape(unit_noun) + r"(?:[(（][^()（）]*[)）])?", noun))
        ):
            noun = short.group()  # 577个社区(村)服务站政务服务规范化建设: the places counted, not the work done in them
        ok = 2 <= len(noun) <= 16 and noun.count("(") == noun.count(")")
        return noun if ok else ""

    def _is_metric(self, m: NumberMention) -> bool:
        before = self.text[max(0, m.start - 20) : m.start]
        # 共记6分, 扣2分, 得分95.5分: points scored, a quantity, not the minutes of a clock time (10时30分)
        points = m.raw_unit == "分" and not _CLOCK_BEFORE.search(before)
        if not points and (m.kind not in ("number", "percent") or not m.raw_unit or m.raw_unit in _NOT_METRIC_UNIT):
            return False  # a bare number (“12·4”国家宪法日) states no quantity
        after = self.text[m.end : m.end + 1]
        if after in "号〕]" or re.search(r"[〔《<][^〕》>]*$", before):
            return False  # document numbers and titles: 〔2022〕7号, 《…(2021—2025年)》
        if (
            m.raw_unit == "期"
            and re.fullmatch(r"[二三四五六七八九]期", self.text[m.start : m.end])
            and re.search(r"[\u4e00-\u9fff]$|[一二三四五六七八九]期[、和及]$", before)
            and not re.match(r"[，,。；;：:]|培训|讲座|班|研修|学习|课程|活动|专题", self.text[m.end : m.end + 2])
        ):
            # 华能四期等项目, 白龙核电二期工程: a project's phase, part of its name, no count of sessions (…nor the
            # next phase of a list of them: 水资源配置一期、二期和某水库)
            return False
        if m.raw_unit in ("批", "批次", "轮") and before.endswith("分") and re.match(r"[\u4e00-\u9fff]", after):
            return False  # 分两批承接落实, 分三轮推进: how the deed was done, in batches, no result
        if _SIZE_UNIT.search(m.raw_unit) and _THRESHOLD_AFTER.match(
            self.text, m.end - (2 if _BOUND_END.search(self.text[m.start : m.end]) else 0)
        ):
            return False  # 50万元以上的合同, 10万千瓦及以下燃煤机组: a size that picks what is meant, no result
        if m.raw_unit in _AGES and (
            re.search(r"以上|以下", self.text[m.start : m.end])
            or re.match(r"\s*[~～至到—–-]|以上|以下", self.text[m.end :])
        ):
            return False  # 50岁以上18人, 40岁~49岁23人: an age bracket says who is counted, it counts nothing
        listed = _ORDINAL_LISTED.search(self.text, max(0, m.start - 40), m.start)  # 第51次、52次、…常务会议
        if (before.endswith(("第", "届")) or listed) and _WHICH_MEETING.match(self.text, m.end - len(m.raw_unit)):
            # 市政府第59次常务会议, 区政府九届七十七次常务会议: which meeting, not how many (a rank, 位列全省第3名,
            # is a result)
            return False
        if (
            m.raw_unit == "次"
            and (
                self.text.startswith(("全会", "产业"), m.end)  # (…and 三次产业, the three sectors of an economy)
                or (
                    re.search(r"届[^，,。；;、\d]{0,8}$", before)
                    and re.match(r"(?:会议|常委会|全体会议)", self.text[m.end :])
                )
            )
        ):
            return False  # 二十届中央纪委四次全会, 十四届人大二次会议: which plenary or session of a term, not how many
        if re.search(r"“[^”。，,；;]*$", before) and re.match(r"[^“。，,；;]{0,12}”", self.text[m.end : m.end + 13]):
            return False  # inside quotation marks the number names a method or a slogan: “3组6专班”, “1543”
        if re.search(r"”[^，,。；;]{0,8}[（(][^）)]*$", before):
            return False  # the gloss of a quoted name: “1543”政府立法机制(一个意见、五项制度…)
        if _STRUCTURAL.search(before) and _STRUCTURAL_AFTER.match(self.text, m.end):
            return False  # 通过三项举措: the report's own layout, not a result
        if before.endswith("等") and _LISTED_KINDS_AFTER.match(self.text, m.end):
            return False  # …和自由裁量权等5个方面: how many kinds were just listed
        if m.raw_unit == "个" and self.text.startswith("方面", m.end):
            return False  # 明确4个方面80项任务, 把握好5个方面: the aspects a text divides its matter into, no result
        if before.endswith("第") and m.raw_unit in ("条", "款", "章", "节", "项") and not m.qualifier:
            return False  # 《某条例》第69条规定: which article is cited, no count
        if re.search(r"(?:这|那|上述|以下|下列|如下)$", before) and not m.qualifier:
            return False  # 这四个问题, 以下三个方面: the text pointing at its own matter, no result
        if before.endswith("为期"):
            return False  # 为期七天半的读书班, 为期3个月的专项行动: how long the event ran, no result of it
        if m.raw_unit == "小时" and m.raw_value == 24 and _ROUND_THE_CLOCK.match(self.text, m.end):
            return False  # 依托24小时智慧政务服务中心: the service's name, no hours worked
        if _ONE_OF_AFTER.match(self.text, m.end):
            return False  # 全省首批10个县域法治国情调查基地之一: the field the place is one of, no result
        if _RANK_FIELD_BEFORE.search(before) and _RANK_AFTER.match(self.text, m.end):
            return False  # 位居全省90个县(市、区)第6名: the field ranked; the rank is the result
        return True

    # --- enumerations ------------------------------------------------------------------------------
    def entries(
        self,
        node: Node,
        prefer_list_sentence: bool = False,
        skip: Iterable[Node] = (),
        end: Optional[int] = None,
        start: Optional[int] = None,
    ) -> list[tuple[Quote, int, int]]:
        """What a section enumerates: (title quote, span start, span end) per entry.

        Headings first, then inline 一是… items, then a list sentence split at ；. ``end`` stops the search
        inside the section's own text (where its causes begin), ``start`` begins it there (where a part that merges
        shortfalls and plans turns to its plans).
        """
        skip = list(skip)
        begin = node.body_start if start is None else start
        children = [c for c in node.children if c not in skip and c.start >= begin]
        if children:
            return _worded_entries([(self.heading_quote(c), c.start, c.end) for c in children])
        stop = node.own_end if end is None else end
        found_list = self.list_sentence(node, stop, begin)
        if prefer_list_sentence and found_list:
            return found_list
        items = [it for it in node.items if begin <= it.start < stop]
        if items:
            return _worded_entries(
                [(self.q(it.title_start, min(it.title_end, stop)), it.start, min(it.end, stop)) for it in items]
            )
        return found_list

    def list_sentence(self, node: Node, stop: int, start: Optional[int] = None) -> list[tuple[Quote, int, int]]:
        m = _LIST_INTRO.search(self.text, node.body_start if start is None else start, stop)
        if not m:
            return []
        end = self.text.find("。", m.end(), stop)
        end = stop if end < 0 else end
        line_end = self.text.find("\n", m.end(), stop)
        if 0 <= line_end < end:
            end = line_end
        out = []
        for s, e in clauses(self.text, m.end(), end):
            out.append((self.item_q(s, e), s, e))
        return out

    def problem_clauses(self, node: Node, stop: int) -> list[tuple[Quote, int, int]]:
        """No heading, item or list sentence: the clauses (split at ；) that state a problem."""
        return [
            (self.item_q(s, e), s, e)
            for s, e in clauses(self.text, node.body_start, stop)
            if _PROBLEM.search(self.text, s, e) and not _SHORTFALL_PREAMBLE.search(self.text, s, e)
        ]

    def cause_intro(self, node: Node) -> Optional[re.Match[str]]:
        return _CAUSE_INTRO.search(self.text, node.body_start, node.own_end)

    def plans_from(self, node: Node) -> Optional[int]:
        """Where a part that merges shortfalls and plans (二、存在的问题及下一步工作打算) turns from its problems to its
        plans: the sentence or line that opens on the year ahead or the next step (2026年，我局将…, 下一步，…), after
        its problems; None for any other part."""
        if node not in self.pm.nodes(SHORTFALLS) or node not in self.pm.nodes(PLANS):
            return None
        m = _PLAN_LEAD.search(self.text, node.body_start + 1, node.own_end)
        return m.start(1) if m else None


# a sentence or a line that turns to the plans: 2026年，我局将…, 下一步，我们将…, 今后，要…
_PLAN_LEAD = re.compile(
    r"(?:[。；;！!？?\n])[ \t]*((?:下一步|下一阶段|今后|明年|新的一年|下一年度?|(?:19|20)\d{2}\s*年)"
    r"[^。；;\n]{0,40}?(?:将|要|计划|打算|着力|重点))"
)


# a column (or a row) of a period: its figures are the period's (2025年 | 受理复议案件 → 2025年受理复议案件)
_PERIOD_NAME = re.compile(r"(?:(?:19|20)\d{2}年度?|上年度?|本年度?|去年|今年|上年同期|同期|全年|累计|合计|小计)")


def _worded_entries(found: list[tuple[Quote, int, int]]) -> list[tuple[Quote, int, int]]:
    """Entries that say something: one character is no item (二是专 where a copy was cut short)."""
    return [e for e in found if len(_WORD_CHARS.findall(e[0].text)) >= 2]


_WORD_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _table_label(name: str, column: str) -> str:
    """A table figure's label from its row's name and its column's: the period first, else the row then the column
    (受理复议案件增幅); either alone when the other is missing or already said."""
    if not column or column in name:
        return name
    if not name or name in column:
        return column
    if period := _PERIOD_NAME.match(column):
        return period.group() + name + column[period.end() :]  # (2024年收案 over 行政复议: 2024年行政复议收案)
    return name + column


def _unit_noun(m: NumberMention) -> str:
    """The noun a compound unit carries after its classifier (个县 → 县, 个部门 → 部门), or "" for a plain unit."""
    if m.raw_unit == "个百分点":
        return ""  # (a measure of its own, no noun the figure counts)
    return m.raw_unit[1:] if len(m.raw_unit) > 1 and m.raw_unit[0] in _CLASSIFIERS else ""
