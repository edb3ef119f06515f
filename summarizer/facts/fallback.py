"""The last reading of who speaks in a text: the names standing where a writer names itself, when no finder fired.

``find_agency``'s finders each read one shape (a title's subject, a byline, a metadata row, a signature, the
preamble's subject with a verb it knows…); a document of a shape none of them knows gets no agency, and on
documents nobody had seen most agency misses were such nulls (bench/RESULTS.md, issue 10). This module does not
read one more shape: it lists every organisation name standing in a *self-referring role* — the subject of one of
the opening sentences (whatever verb follows it; past a purpose it opens on, 为…，近日，某乡组织…), the one full name
of the organ a text calls itself (我局 and 某县市场监督管理局 in its first lines), a body issuing a document on a line
of its own (某局关于…), the one full name of the text's own level (我县, 全县) it keeps repeating — and ``agency.py``
weighs them: a body is returned only when exactly one survives the guards every finder passes (never a superior, an
addressee, a body the writer works under, a cited document's owner, a visitor, a place visited or helped) and its
evidence is clear.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from ..lazyre import lazy
from .lines import CREDIT_WRITER, carrier_rows
from .names import (
    _GENERIC,
    _HAN,
    LEVEL_CHARS,
    Span,
    exact_name,
    occurrences,
    org_name,
    outlet,
    proper_place,
    self_organs,
    speaks_as,
)
from .title import _lines


class Cue(NamedTuple):
    """One name in one self-referring role: where it stands and which role (a ``kind`` the weighing counts)."""

    name: str
    span: Span
    kind: str


# the leadership a writer says it works under (在市委、市政府的坚强领导下 / 正确引领下): a body it answers to; and with
# the care, support or oversight of others besides (关心支持下, 监督下)
LED = r"领导|引领|指导"
UNDER = rf"(?:{LED}|关心|支持|监督)下"
# where an opening sentence's subject may start: the body's start, a sentence's or a line's start, after the
# time the sentence opens with (2023年，近日，12月8日下午，今年以来，连日来，) or a news lead's source clause (…获悉，)
_OPENING_TIME = (
    r"(?:(?:(?:19|20)\d{2}\s*年(?:度|以来)?|(?:今年|去年|近年|一年|多年|近|连日)(?:以来|来)|近日|日前|近期|"
    r"(?:\d{1,2}月)?\d{1,2}(?:[-—–~至]\d{1,2})?(?:日|号)(?:上午|下午|晚上?)?)[，,、]?\s*)?"
)
_SENTENCE_START = lazy(
    r"(?:^|(?<=[。！!；;\n]))[ \t\u3000]*"
    + _OPENING_TIME
    # a paper's or an app's credit, its writer and the lead's day after it (本报讯（记者 某某）, 某客户端11月11日讯(记者
    # 某某)11月8日，; its colon too: 本网讯：日前，) or a lead's source (…获悉，)
    + r"(?:(?P<credit>[^。\n，,]{0,24}?(?:讯|日电)[:：]?)(?=[\s(（\d]|近日|日前)\s*"
    + CREDIT_WRITER
    + r"\s*"
    + _OPENING_TIME
    + r"|[^。\n，,]{0,16}获悉[，,：:]\s*)?"
    # the bodies the writer works under, before the writer: 在市委、市政府的坚强领导下，某区政府坚决…
    rf"(?:在[^。；;\n]{{2,40}}?{UNDER}[，,]\s*){{0,2}}"
)
# a purpose or a basis the sentence opens on before its subject (为进一步…，充分发挥…，近日，某乡组织…; 根据…，日前，):
# the subject starts one of the clauses after it, maybe after the time it names
# (…or on the year's occasion: 今年是某规划实施的关键一年，为…，日前，某办召开了…)
_PURPOSE_OPEN = lazy(r"(?:为了?|根据|按照|依据)(?!期)|(?:今年|(?:19|20)\d{2}\s*年)是[^。\n，,]{2,50}[，,]")
# …or on the event it follows (某某联席会议结束后，某市召开…): the subject starts a clause after it, as after a purpose
# (…or in the setting it names: 在全市政务公开工作考核考评中，某局荣获…)
_AFTER_EVENT = lazy(r"[^。，,；;\n]{2,60}?(?:结束|闭幕|召开|举行)(?:之)?后[，,]|在[^。，,；;\n]{2,40}?(?:中|期间)[，,]")
_LEAD_TIME = r"(?:近日|日前|近期|连日来|(?:\d{1,2}月)?\d{1,2}日(?:起|以来)?(?:上午|下午|晚上?)?)[，,、]?\s*"
_CLAUSE_TIME = lazy(_LEAD_TIME)
# what a news lead's subject does next, its deed (近日，某乡组织… / 日前，某院成立… / 某局联合…): a name that goes on
# into more words of a name (某局法规科科长…, 某县城关中学, 某市政协副主席…) was read short and is no subject
_DEED = lazy(
    r"(?:首次|率先|积极|主动|精心|认真|深入|持续|扎实|全面|专门|多措并举|[双多]管齐下|多举措|多种形式|多形式|多渠道|巧借|借助|依托|结合|围绕|聚焦|针对|采取|通过|利用|联合|"
    r"会同|组织|开展|召开|举办|举行|主办|承办|成立|启动|印发|制定|出台|发布|邀请|派出|选派|在|对|从|以|为|与|将|把|"
    # (…or its day, formally: 某办于3月5日召开…, 某办于近日印发…)
    r"于(?=\d|[一二三四五六七八九十]+月|近日|日前|召开|举行|举办)|"
    r"第[一二三四五六七八九十\d]+(?:届|次)|"
    # (…or the honour it won: 某局荣获“某年度先进单位”)
    r"荣获|获评|被评为|被授予)"
)
_LEAD_DAY = lazy(_LEAD_TIME + "$")  # (…right before a name: the lead's day, or 近日)
# what follows a subject that is not its own act: a possessive or a list (某局的…, 某局、某局…), a body acting on
# the writer (某局领导/指导/要求/印发…: a superior), a meeting's venue (在某县召开的)
_NOT_ITS_ACT = lazy(
    r"[的、和与及等,，:：]|领导|指导|要求|印发|下发|部署|通报|督查|督导|检查|考核|调研|视察|批复|召开的|举办的|来|到|赴|"
    r"主要负责|负责人|负责同志|党[委组]副?书记|书记|局长|主任|厅长|[省市区县州]长|副|代(?!表)|常务|常委(?!会)|被|向|首[个家批]|"
    # (…or an official's rank, a person of the body: 市委政法委一级调研员某某带队)
    r"[一二三四]级(?:调研员|巡视员|主任科员)|巡视员|"
    # a document number (京政办发〔2016〕26号): the issuer's short form, no sentence's subject (a copy that lost its
    # line breaks runs the number line into the sentence after it)
    r"发?[〔［\[]"
)
# a press conference's host, whose news is what its speakers tell (国务院新闻办公室举行…新闻发布会)
_PRESS_CONFERENCE = lazy(r"[^。，,]{0,8}?(?:举行|召开|举办)[^。]{0,40}?发布会")
# a sentence goes on past its subject to a mark; a title line (2022年某市法治政府建设工作要点) does not
_CLAUSE_MARK = lazy(r"[，,。；;！!：:]")
# a line that is a document's title with its issuer first, whatever the document: 某局关于…
_ISSUER_LINE = lazy(rf"^[ \t\u3000]*([{_HAN}（）()]{{2,32}}?)关于[^。\n]{{4,80}}$")
# a name's boundary on its left: the text's start, a mark, a space, a line's start
_LEFT_EDGE = lazy(rf"[^{_HAN}（）()]")


# a verb joining two bodies that org_name lets pass inside one name (某局会同某局, 某局联合某局): no one body
# (and a verb of publishing run onto a name's front: 现公布区统计局…; 各 before an organ word: 某政府各部门)
_JOINER = lazy(r"会同|联合|协同|配合|牵头|带领|率队|邀请|督促|指导|组织|召开|举办|开展|被|向|提请|公布|各")


# the last character of every name exact_name reads (an organ's suffix, a place's level, 中共中央, a bracketed second
# name): only where one stands may a name end, which spares the name reader most of its calls
_NAME_END = frozenset("会府处室委局厅署办院心部队学关省市区县州旗盟镇乡道木城街央)）所站组社园联协大司校馆")


def _longest_name(text: str, start: int, longest: int = 32) -> Optional[str]:
    """The name starting at ``start``, read segment by segment: a place, then each organ word that is a whole name
    on its own (青禾县 + 市场监督管理局, 某市 + 人民政府 + 办公室) or ends the word before it; so never the longest string the name reader lets
    pass (青禾县市场监督管理局全年办, 某旗人民政府旗). Never a bare organ word (市政府, 办公室), nor two bodies a verb
    joins."""
    best, prev = None, 0
    for length in range(2, min(longest, len(text) - start) + 1):
        after = text[start + length : start + length + 1]
        if (
            text[start + length - 1] not in _NAME_END
            or after == "长"
            or (after in "法理结案件" and text[start + length - 1] == "办")
            or (after == "署" and text[start + length - 1] == "部")
            or (after in "村镇" and text[start + length - 1] == "乡")
        ):
            continue  # 某镇镇长, 某局副局长: a name ends before its head's title; …管理办法 is a rule and 某局办理…
            # a deed, no 办; 某局精心部|署 is a deed, no 部; 某省乡|村治理 and 某县乡|镇 are words, no township
        if not exact_name(text[start : start + length], place=True):
            continue
        segment = text[start + prev : start + length]
        if prev and not (
            len(segment) <= 2 or segment[0] in "(（" or segment in _GENERIC or exact_name(segment, place=True)
        ):
            continue  # a word's own end (常委|会, 办|公室, 办|事处), a second name in brackets, or a whole organ word
        best, prev = text[start : start + length], length
    if best is None or best in _GENERIC or outlet(best) or _JOINER.search(best) or best[0] == "某":
        return None  # 某县司法局: a template's placeholder names no one
    return best


def _name_at(text: str, start: int, longest: int = 32) -> Optional[str]:
    """The longest name starting at ``start`` when a mark, a space or the text's start stands before it."""
    if start and not _LEFT_EDGE.match(text[start - 1]):
        return None
    return _longest_name(text, start, longest)


def _place_of(name: str) -> Optional[str]:
    """The level of the place that names ``name`` (开阳县司法局 → 县; 某市 → 市), when ``name`` starts with a
    proper place of two or more characters (市司法局, named by a level word only, has none)."""
    for k in range(len(name) - 1, 2, -1):
        if name[k - 1] in LEVEL_CHARS and proper_place(name[:k]):
            return name[k - 1]
    return None


def opening_subjects(text: str, body_start: int) -> list[Cue]:
    """The subject of each of the body's first three sentences: a name that starts a sentence (after its time)
    and does something itself (黄山市首次组织开展…, 某县司法局多举措做好…), whatever the verb."""
    head_end = min(len(text), body_start + 400)
    start = carrier_rows(text, body_start)  # a news app's byline and date row are the carrier's, not the lead's
    cues: list[Cue] = []
    sentences = 0
    # a lead that opens on its day (近日，…) tells its item in its first paragraph: a body doing a deed at a sentence's
    # start there is its subject, though the day stands in another sentence (近日，…工作启动。某局多举措做好…)
    lead_end = start
    first = start + len(text[start:head_end]) - len(text[start:head_end].lstrip())  # (past the rows' line break)
    if _CLAUSE_TIME.match(text, first):
        lead_end = text.find("\n", first) % (len(text) + 1)  # (its first line; all of a one-line text)
    for m in _SENTENCE_START.finditer(text, start, head_end):
        if m.start() > start and text[m.start() - 1] in "。！!；;":
            sentences += 1
        if sentences >= 3:
            break
        at, name = _subject_at(text, m.end())
        end = at + len(name) if name else at
        line_end = text.find("\n", end)
        if (
            name
            and not _NOT_ITS_ACT.match(text, end)
            and re.match(rf"[{_HAN}]", text[end : end + 1])
            and not _read_short(text, at, end)
            and _CLAUSE_MARK.search(text, end, line_end if line_end >= 0 else len(text))  # a sentence, not a title
        ):
            deed = bool(_DEED.match(text, end))
            if m.group("credit") and (
                not (deed or name in text[end : end + 2000])
                or text.startswith("第", end)
                or _PRESS_CONFERENCE.match(text, end)
            ):
                continue  # 某日报讯(记者 某某)漫步市法治文化公园…: a scene, no subject; 国务院新闻办公室举行…发布会: a host;
                # 某市第六届人民代表大会第四次会议举行…: the session's, not the place's
            # (a news lead's subject, on the day it names: 近日，某乡组织… / 日前，某县检察院成立…)
            dated = deed and (_LEAD_DAY.search(text, max(0, at - 12), at) is not None or at < lead_end)
            cues.append(Cue(name, (at, end), "lead subject" if dated else "subject"))
    return cues


# a unit under a body, named on after it (某局法律援助中心, 某局法规科)
_UNIT = lazy(rf"[{_HAN}]{{1,8}}?(?:中心|科|股|室|大队|中队)")


def _read_short(text: str, at: int, end: int) -> bool:
    """The name at ``at`` goes on past ``end`` into a unit of its own (。司法局法律援助中心某律师授课): the unit is
    the sentence's subject, and the name reader, which takes no organ word that names no one alone, read it short."""
    return bool(unit := _UNIT.match(text, end)) and exact_name(text[at : unit.end()], place=True) is not None


def _subject_at(text: str, at: int) -> tuple[int, Optional[str]]:
    """Where a sentence's subject starts and the name there: at ``at`` (the pattern found the sentence's start), or,
    when the sentence opens on a purpose (为…，), at the first of the clauses after it that starts with a name."""
    name = _longest_name(text, at)
    after_event = _AFTER_EVENT.match(text, at)  # (a name may open the event: 某某会议结束后，某市召开…)
    if (name and not after_event) or not (after_event or _PURPOSE_OPEN.match(text, at)):
        return at, name
    end = text.find("。", at, at + 200)
    for comma in re.finditer(r"[，,]\s*", text[at : end if end >= 0 else at + 200]):
        start = at + comma.end()
        if time := _CLAUSE_TIME.match(text, start):
            start = time.end()
        if (name := _longest_name(text, start)) and _DEED.match(text, start + len(name)):
            return start, name
    return at, None


def issuer_lines(text: str, limit: int = 8) -> list[Cue]:
    """A body issuing a document on a line of its own among the first lines: 某局关于…的通知 (any document)."""
    cues = []
    for start, end in _lines(text, limit):
        m = _ISSUER_LINE.match(text, start, end)
        if m and (name := exact_name(m.group(1), place=True)) and name not in _GENERIC and not outlet(name):
            cues.append(Cue(name, (m.start(1), m.end(1)), "issuer line"))
    return cues


# the rest of a working group's name after the body it is named after (…法治建设工作领导小组, …工作专班)
_GROUP_REST = lazy(r"[^，,。；;、\n]{0,12}?(?:领导小组|工作组|专班)")


def _group_owner(text: str, at: int) -> Optional[str]:
    """The body a working group set up at ``at`` is named after (成立某局法治建设工作领导小组 → 某局)."""
    name = _longest_name(text, at, 24)
    return name if name and _GROUP_REST.match(text, at + len(name)) else None


def _full_names(text: str, end: int) -> dict[str, list[int]]:
    """Every full name (a proper place, then its organ: 开阳县司法局, or the place alone) at a left edge in
    ``text[:end]``, with where it stands."""
    names: dict[str, list[int]] = {}
    for m in re.finditer(rf"[^{_HAN}（）()]([{_HAN}])|(?<=成立|设立|组建)([{_HAN}])", text[:end]):
        at = m.start(m.lastindex or 1)
        # (…or a body's own group it set up, named after it: 成立某局法治建设工作领导小组 names 某局)
        name = _name_at(text, at, 24) if m.group(1) else _group_owner(text, at)
        if name and _place_of(name):
            names.setdefault(name, []).append(at)
    if text[:1] and (name := _name_at(text, 0, 24)) and _place_of(name):
        names.setdefault(name, []).insert(0, 0)
    return names


# what follows an issuer at the head of a title line: its year or 关于
_TITLE_AFTER = lazy(r"(?:关于|(?:19|20)\d{2}\s*年)[^\n。]{4,80}$")


def _heads_title(text: str, at: int, name: str) -> bool:
    """``name`` at ``at`` starts a line that goes on as a title (某局2023年度法治政府建设情况报告)."""
    line_end = text.find("\n", at)
    return (at == 0 or text[at - 1] == "\n") and bool(
        _TITLE_AFTER.match(text[at + len(name) : line_end if line_end >= 0 else len(text)])
    )


def _opens_sentence(text: str, at: int, name: str) -> bool:
    """``name`` at ``at`` opens a sentence of the body, after the one before it ends (。某局被…表彰为…): written by
    the writer, where no page word runs onto a name's front."""
    return (
        at > 0
        and text[at - 1] in "。！!；;"
        and bool(re.match(rf"[{_HAN}]", text[at + len(name) : at + len(name) + 1]))
    )


def own_organ(text: str, body_start: int) -> list[Cue]:
    """A text that calls itself 我局 (我委, 我厅…) and names, in its first lines, exactly one full name of that
    kind of organ (我局 and 某县市场监督管理局): that body."""
    organs = self_organs(text)
    if not organs:
        return []
    head = _full_names(text, min(len(text), body_start + 600))
    kin = [n for n in head if speaks_as(n, organs) and org_name(n) == n]
    kin = [n for n in kin if not any(o != n and o.endswith(n) for o in kin)]  # 某市某局 over 某局 (its tail)
    # named again, or heading a title line (某局2023年…报告): a page word run onto a name's front by a copy that lost
    # its breaks (综合某厅, 有效某局) stands once, and so does a site's name over its search box
    if len(kin) != 1:
        return []
    name, at = kin[0], head[kin[0]][0]
    if (
        len(occurrences(text[:20000], name)) < 2
        and not _heads_title(text, at, name)
        and not _opens_sentence(text, at, name)
        and not _group_owner(text, at)  # (成立某局法治建设工作领导小组: its own group, named once)
    ):
        return []
    return [Cue(name, (at, at + len(name)), "own organ")]


def own_level(text: str, levels: set[str]) -> list[Cue]:
    """The only full name of the text's own level (``levels``: 我县, or the scope it names most) that it names at
    all, named three times or more: a county's text that keeps saying 开阳县司法局 and no other county's body."""
    if len(levels) != 1:
        return []
    (level,) = levels
    names = {n: at for n, at in _full_names(text, 20000).items() if _place_of(n) == level}
    # one body named in its forms (开阳县, 开阳县人民政府, 开阳县司法局): the same place, told apart by its organ
    places = {n[: n.index(level, 1) + 1] for n in names}
    if len(places) != 1:
        return []
    bodies = [n for n in names if len(occurrences(text[:20000], n)) >= 3]
    if len(bodies) != 1:
        return []
    return [Cue(bodies[0], (names[bodies[0]][0], names[bodies[0]][0] + len(bodies[0])), "own level")]


def self_references(text: str, body_start: int, levels: set[str]) -> list[Cue]:
    """Every name in a self-referring role, strongest first; ``levels`` are those the text speaks as."""
    return (
        opening_subjects(text, body_start) + issuer_lines(text) + own_organ(text, body_start) + own_level(text, levels)
    )
