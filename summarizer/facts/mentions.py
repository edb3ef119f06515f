"""Where a document names its issuer outside its title and opening sentence.

Real pages often give the issuer only in a shape of their own: a speech's speaker line (汕头市某区审计局局长 张三),
a title line below site furniture, the organ's name on a line above a repeated title, the body's own documents
(我局…制定《某市某局2021年依法行政工作要点》), the speech it is (我代表市人民政府向大会报告工作), the report a
news item is about (听取了区政府关于2020年度法治政府建设情况的报告), the committee whose meeting it reports, or a
credit line closing a news item ((某区政府法制办)). Each finder returns ``(name, span, source)`` or None and is
asked only when the stronger evidence (title, metadata, preamble, signature) named no one.
"""

from __future__ import annotations

import re
from typing import Optional

from .lines import _YEAR, Found, found_at
from .names import _GENERIC, _HAN, org_name

_SELF_REF = re.compile(r"我(局|委|厅|部|办|署|院)")
_ISSUED = re.compile(r"(?:制定|印发|出台|修订|编制|下发|发布)(?:了|并实施|并印发|下发|并下发)?《([^《》]{4,60})》")


def own_document(text: str) -> Optional[Found]:
    """A report that calls itself only 我局 names its own documents in full: 制定《某市某局2021年依法行政工作要点》.
    The name must end as the self-reference does (局 for 我局) and be introduced by the verb of making it, so
    that a superior's document the report merely applies (贯彻《省某厅…》) is never taken for its own."""
    suffixes = set(_SELF_REF.findall(text[:20000]))
    if not suffixes:
        return None
    for m in _ISSUED.finditer(text, 0, 20000):
        inner = m.group(1)
        for k in range(min(24, len(inner)), 3, -1):
            name = org_name(inner[:k])
            if not name or name in _GENERIC or not inner.startswith(name):
                continue
            if any(name.endswith(s) or (s == "委" and name.endswith("委员会")) for s in suffixes):
                return found_at(name, m.start(1), "own document")
            break
    return None


_ON_BEHALF = re.compile(rf"代表([{_HAN}]{{2,20}}?)[，,]?向")


def on_behalf(text: str) -> Optional[Found]:
    """The speech it is: 我代表市人民政府向大会报告工作, 县长某某代表县人民政府向大会作《政府工作报告》."""
    for m in _ON_BEHALF.finditer(text, 0, 30000):
        name = org_name(m.group(1), place=True)
        if name == m.group(1) and (name not in _GENERIC or name.endswith("政府")):
            return found_at(name, m.start(1), "speech")
    return None


_CITED = re.compile(
    rf"关于{_YEAR}\s*年度?法治政府建设(?:工作)?情况的报告|《([{_HAN}]{{2,24}}?){_YEAR}\s*年度?法治政府建设(?:工作)?(?:情况)?(?:年度)?报告》"
)
_BEFORE_NAME = re.compile(rf"[^{_HAN}]|[议取了作和及由]")


def cited_report(text: str) -> Optional[Found]:
    """The report a news item is about: 听取了区政府关于2020年度法治政府建设情况的报告, 据《某市2021年法治政府
    建设情况报告》显示. A superior body (区政府, 省政府) is a right answer here: the text names it as the author."""
    for m in _CITED.finditer(text, 0, 3000):
        if m.group(1):
            if (name := org_name(m.group(1), place=True)) == m.group(1):
                return found_at(name, m.start(1), "cited report")
            continue
        for k in range(2, min(24, m.start()) + 1):  # the shortest name the text starts there: 审议|省政府
            at = m.start() - k
            cand = text[at : m.start()]
            if org_name(cand, place=True) == cand and (at == 0 or _BEFORE_NAME.match(text[at - 1])):
                return found_at(cand, at, "cited report")
    return None


# a news lead about a committee's meeting: 4月12日下午，市委全面依法治市委员会办公室第八次会议召开;
# 某县召开了全面依法治县委员会第五次工作会议
_MEETING = re.compile(
    rf"(?:^|[，,。]\s*|日(?:上午|下午|晚上?)?[，,]?\s*|召开了?)([{_HAN}（）()]{{4,30}}?)(?:[（(]扩大[)）])?"
    rf"(?:第[一二三四五六七八九十\d]{{1,3}}次)?(?:全体|工作|扩大)?会议"
)
# a news lead presenting or inspecting a place's rule-of-law work: 介绍2024年某市法治政府建设情况
_ABOUT_PLACE = re.compile(
    rf"(?:介绍|调研|通报|督察|考核|听取)了?(?:{_YEAR}\s*年度?)?([{_HAN}]{{2,12}}?)(?:{_YEAR}\s*年度?)?"
    rf"法治政府建设(?:工作)?情况"
)


def meeting_lead(text: str) -> Optional[Found]:
    lead = text[:300]
    for m in _MEETING.finditer(lead):
        name = org_name(m.group(1))
        if name == m.group(1) and name not in _GENERIC:
            return found_at(name, m.start(1), "news lead")
    for m in _ABOUT_PLACE.finditer(lead):
        name = org_name(m.group(1), place=True)
        if name == m.group(1) and name not in _GENERIC:
            return found_at(name, m.start(1), "news lead")
    return None


def credit_line(text: str) -> Optional[Found]:
    """The credit closing a news item: (某区政府法制办) — an organ, never a person's name (no organ suffix)."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    m = re.fullmatch(rf"\s*[（(]([{_HAN}]{{4,24}})[)）]\s*", last)
    if m and (name := org_name(m.group(1))) == m.group(1) and name not in _GENERIC:
        return found_at(name, len(text.rstrip()) - len(last) + m.start(1), "signature")
    return None
