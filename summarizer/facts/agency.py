"""The agency: the title's subject, a byline, a metadata row, the preamble's subject, the page's source, the signature."""

from __future__ import annotations

import re
from typing import Optional

from .names import _GENERIC, _HAN, Span, despace, org_name
from .title import _META_AGENCY, _META_FIELD_ONLY, _SOURCE_FIELD, _TITLE_END, _lines

# what an explanation (解读) explains: 关于《X》的政策解读, 【文字解读】《X》文件解读, 文字解读:关于X…的解读
_EXPLAINED = re.compile(r"《([^《》]{6,80})》|解读[:：]\s*关于(.{6,80})")
# The title's subject: XX关于…, XX2024年…, XX法治政府建设…
_TITLE_SUBJECT = re.compile(
    r"^(.{2,32}?)(?=(?:发布|公布|印发)?(?:关于|(?:19|20)\d{2}\s*年|二[〇○零]|法治(?:政府)?建设|依法行政|推进法治))"
)
# The preamble's subject: (2024年，)XX在…领导下 / XX坚持… / 现将XX2024年…
_VERB = (
    r"(?:在|坚持|以|认真|深入|始终|紧紧|全面|积极|紧扣|聚焦|围绕|牢固|持续|严格|按照|根据|立足|着力|扎实|全力|"
    r"高度|切实|大力|不断|进一步|把|将|结合|贯彻|落实|紧密|锚定|深化|强化|主动|统筹|坚定|践行|党组|党委|领导班子|"
    r"召开|组织召开|举行|印发|发布|编制)"
)
_SELF = re.compile(
    rf"(?:^|[。\n]|(?:19|20)\d{{2}}\s*年(?:度|以来)?[，,]\s*|今年以来[，,]\s*|一年来[，,]\s*|"
    rf"(?:领导|指导|关心|支持|监督)下[，,]\s*|(?:日前|近日|\d{{1,2}}月\d{{1,2}}日(?:上午|下午)?)[，,]?\s*)"
    rf"([{_HAN}（）()]{{2,32}}?){_VERB}"
)
_SELF_COMMA = re.compile(rf"[，,]\s*([{_HAN}（）()]{{2,32}}?)(?=在[^。]{{0,40}}(?:领导|指导)下)")
_REPORTING = re.compile(
    rf"(?:现将|现公布|现予公布|现发布|由)([{_HAN}（）()]{{2,32}}?)(?:编制|(?:19|20)\d{{2}}|二[〇○零]|本?年度|今年|一年来|法治|依法|推进)"
)


def _candidate(text: str, m: re.Match[str], group: int = 1, place: bool = False) -> Optional[tuple[str, Span]]:
    name = org_name(m.group(group), place=place)
    if not name:
        return None
    start = m.start(group) + m.group(group).find(name)
    return name, (start, start + len(name))


_VERB_AT = re.compile(_VERB + "|编制|(?:19|20)\\d{2}|二[〇○零]|本?年度|今年|一年来|法治|依法|推进")


def _longest_subject(text: str, start: int) -> Optional[tuple[str, Span]]:
    """The longest organisation (or place) name at ``start`` that a verb follows: 市委全面依法治市委员会办公室
    召开…, not 市委; a superior body alone (市委, 区委) is never the subject found this way."""
    if start and re.match(r"[A-Za-z*＊×某]", text[start - 1]):
        return None  # XX街道办事处, **县: an anonymised copy names no one
    for length in range(min(32, len(text) - start), 1, -1):
        if not _VERB_AT.match(text, start + length):
            continue
        name = org_name(text[start : start + length], place=True)
        if name and (name not in _GENERIC or name.endswith("政府")):  # 区政府坚持…: the government reports
            s = start + text[start : start + length].find(name)
            return name, (s, s + len(name))
    return None


_SIGNED = re.compile(
    r"(?:^|\n)([^\n]{4,32})\n(?:(?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年[^\n]{1,8}日\s*(?:\n|$)"
)


def find_agency(text: str, title_span: Optional[Span]) -> tuple[Optional[str], Optional[Span], Optional[str]]:
    """(name, span, source): the title's subject, else the page's metadata, else the preamble's subject, else
    the signature. A name that is only a superior body (市委, 区政府) counts only from the title or as the
    subject of the preamble."""
    if title_span:
        title = text[title_span[0] : title_span[1]]
        first = title.split("\n")[0]
        if "\n" in title and (name := org_name(despace(first))):  # agency on a line of its own above 关于…
            at = first.find(name) if name in first else 0  # a letter-spaced name is quoted as the page spaces it
            return (
                name,
                (title_span[0] + at, title_span[0] + at + (len(name) if name in first else len(first))),
                "title",
            )
        lead = len(title) - len(title.lstrip("《"))  # 《某局关于印发…的通知》
        if "解读" in title and (about := _EXPLAINED.search(title)):
            lead = (
                about.start(1) if about.group(1) else about.start(2)
            )  # an explanation of 《某县人民政府关于…的报告》: the agency is the report's
        m = _TITLE_SUBJECT.match(title[lead:].replace("\n", " "))
        if (
            m
            and "\n" not in m.group(1)
            and (found := _candidate(title, m, place=True))
            and (found[0] not in _GENERIC or _TITLE_END.search(title))
        ):  # 市政府…考核组来我区: a headline, not a title
            name, (s, e) = found
            return name, (title_span[0] + lead + s, title_span[0] + lead + e), "title"
    pos = 0
    lines = text.split("\n")[:16]
    after_title = title_span[1] + 1 if title_span else 0
    for line_start, line_end in _lines(text[after_title:], 4):
        line = text[after_title + line_start : after_title + line_end]
        bare = line.strip(" ■●•·\u3000")
        name = org_name(despace(bare))
        if name and name not in _GENERIC and len(name) >= 4 and name == despace(bare):
            at = after_title + line_start + line.find(bare)
            return name, (at, at + len(bare)), "byline"  # 2024年…情况报告 / 新晃县退役军人事务局 / (2025年2月20日)
    for i, line in enumerate(lines):
        if _META_FIELD_ONLY.search(line) and i + 1 < len(lines):
            nxt = lines[i + 1]  # • 发布机构: / 区市场监督管理局
            value = nxt.strip(" •·\t")
            name = org_name(value)
            if name and name not in _GENERIC:
                at = pos + len(line) + 1 + nxt.find(name)
                return name, (at, at + len(name)), "metadata"
        m = _META_AGENCY.search(line)
        if m and (found := _candidate(line, m)) and found[0] not in _GENERIC:
            name, (s, e) = found
            return name, (pos + s, pos + e), "metadata"
        pos += len(line) + 1
    body_start = title_span[1] if title_span else 0
    head = text[body_start : body_start + 1200]
    # an addressee line (中共某市委全面依法治市工作领导小组：) names the reader, not the writer: blank it, offsets kept
    head = re.sub(
        r"(?m)^[^\n。]{2,40}[:：]$",
        lambda m: m.group() if re.search(r"如下|报告|情况|\d", m.group()) else " " * len(m.group()),
        head,
    )
    for pattern in (_REPORTING, _SELF, _SELF_COMMA):
        for m in pattern.finditer(head):
            found = _longest_subject(head, m.start(1))
            if found:
                name, (s, e) = found
                return name, (body_start + s, body_start + e), "preamble"
    pos = 0
    for line in lines:  # 日期:2022-03-29来源:区卫健委 — a page's source names its publisher, often the writer
        m = _SOURCE_FIELD.search(line)
        if m and (name := org_name(m.group(1))) and name not in _GENERIC:
            at = pos + m.start(1) + m.group(1).find(name)
            return name, (at, at + len(name)), "metadata"
        pos += len(line) + 1
    for m in _SIGNED.finditer(text, 0, 2000):
        name = org_name(m.group(1))
        if name and name not in _GENERIC and len(name) >= 4:
            return (
                name,
                (m.start(1) + m.group(1).find(name), m.start(1) + m.group(1).find(name) + len(name)),
                "signature",
            )
    tail_start = max(0, len(text) - 300)
    tail = text[tail_start:]
    offset = tail_start
    for line in tail.split("\n"):
        bare = re.sub(r"\s*(?:(?:19|20)\d{2}|二[〇○零].{3})\s*年.{0,8}日?\s*$", "", line)
        name = org_name(bare)
        if name and name not in _GENERIC and len(name) >= 4:
            return name, (offset + line.find(name), offset + line.find(name) + len(name)), "signature"
        offset += len(line) + 1
    return None, None, None
