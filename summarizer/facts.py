"""Document facts: title, agency, the year reported on, and the genre.

Genres that look like annual reports but are not (实施方案, 工作要点, 述法报告, 政府信息公开工作年度报告,
政府工作报告, news items) must be recognised so that no mandated part is invented for them. The title
decides first, then the opening paragraph, then the structure the outline shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .models import DocType
from .numbers import find_numbers

_PLACE = r"(?:[\u4e00-\u9fff]{1,10}?(?:省|市|区|县|州|旗|盟|新区|自治区|自治州|自治县|开发区|高新区|街道|镇|乡))+"
_AGENCY = re.compile(
    _PLACE + r"[\u4e00-\u9fff]{0,16}?(?:委员会|管理局|人民政府|办事处|办公室|监督局|服务局|局|委|厅|署|办|院|中心|政府)"
)
_GENERIC = {"市委", "市政府", "区委", "区政府", "县委", "县政府", "省委", "省政府"}
_RANGE_YEAR = re.compile(r"(?:19|20)\d{2}\s*[\-—–~至]\s*(?:19|20)\d{2}")
_TITLE_CUE = re.compile(r"报告|方案|要点|纲要|意见|规划|情况|总结|通知|表$")
_ADDRESSEE = re.compile(r"^[^。，,]{2,40}[:：]$")

_GENRES: list[tuple[DocType, re.Pattern[str]]] = [
    (DocType.information_disclosure_report, re.compile(r"政府信息公开(?:工作)?(?:年度)?报告")),
    (DocType.accountability_report, re.compile(r"述法(?:报告|情况)")),
    (DocType.government_work_report, re.compile(r"(?<!法治)政府工作报告")),
    (DocType.implementation_plan, re.compile(r"实施方案|实施纲要|实施意见|建设规划|工作方案")),
    (DocType.work_points, re.compile(r"工作要点")),
    (DocType.assessment_form, re.compile(r"(?:考核|评估|测评|评价|督察)(?:指标|细则)?(?:表|评分)")),
    (DocType.annual_report, re.compile(r"法治(?:政府)?建设.{0,12}(?:报告|情况)|依法行政.{0,8}(?:报告|情况)")),
]
_OPENING_ANNUAL = re.compile(r"现将.{0,30}法治(?:政府)?建设.{0,16}(?:报告|汇报)如下")
_NEWS = re.compile(r"^(?:本报讯|本网讯|【.{0,10}】|[(（].{0,8}记者)|(?:^|[。\n])(?:日前|近日|\d{1,2}月\d{1,2}日)[，,].{0,60}"
                   r"(?:召开|举行|发布|公布|审议|听取)|记者.{0,6}(?:获悉|了解到)")
# A headline about a report, not the report: 某市发布2023年度法治政府建设报告 / 某局召开…推进会
_NEWS_TITLE = re.compile(r"(?:召开|举行|发布|公布|出炉|审议通过|听取|亮相|晒出)(?!.{0,4}(?:的通知|的报告$))")


@dataclass
class Facts:
    title: Optional[str]
    title_span: Optional[tuple[int, int]]
    agency: Optional[str]
    report_year: Optional[int]
    doc_type: DocType


def _first_lines(text: str, n: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n")[:n]:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def find_title(text: str) -> Optional[tuple[int, int]]:
    """The title: a short line without sentence punctuation near the top; a line that only names the agency
    followed by a 关于… line makes one title of two lines."""
    lines = _first_lines(text, 4)
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if len(line) > 80 or re.search(r"[。，,]", line) or _ADDRESSEE.match(line):
            continue
        if _TITLE_CUE.search(line):
            if i > 0 and line.startswith("关于"):
                ps, pe = lines[i - 1]
                if _AGENCY.fullmatch(text[ps:pe]):
                    return ps, e
            return s, e
    return None


def find_agency(text: str, title: Optional[str]) -> Optional[str]:
    """Agency from the title, else the opening lines, else the signature at the end."""
    lines = text.split("\n")
    head = [ln for ln in lines[:4] if not _ADDRESSEE.match(ln)]
    for chunk in ([title] if title else []) + head + lines[-6:][::-1]:
        for m in _AGENCY.finditer(chunk or ""):
            name = m.group(0)
            if name not in _GENERIC and len(name) >= 4:
                return name
    return None


def years(text: str) -> list[int]:
    """Single years stated in ``text`` (2024年, 二〇二四年), in order; ranges (2021—2025年) are not single years.
    Read by the number finder, so that facts and the verifier agree on what a year is."""
    return [int(m.value) for m in find_numbers(text) if m.kind == "year"]


def find_year(text: str, title: Optional[str]) -> Optional[int]:
    """The year reported on: the title's, else the one in 现将…报告如下, else a year opening the first lines."""
    if title:
        mentions = find_numbers(title)
        stated = [int(m.value) for m in mentions if m.kind == "year"]
        if stated:
            return stated[0]
        if any(m.kind == "range" for m in mentions) or _RANGE_YEAR.search(title):
            return None  # a plan for 2021—2025 reports on no single year
    m = re.search(r"现将([^，。,]{0,12}?)年", text)
    if m and (stated := years(m.group(1) + "年")):
        return stated[0]
    for line in text.split("\n")[:4]:
        head = re.match(r"\s*([0-9〇零一二三四五六七八九]{4})\s*年(?:以来|度)?[，,]", line)
        if head and (stated := years(head.group(1) + "年")):
            return stated[0]
    return None


def find_genre(text: str, title: Optional[str], has_parts: int) -> DocType:
    """``has_parts``: how many mandated parts (shortfalls, duty, plans) the outline found."""
    opening = "\n".join(text.split("\n")[:3])
    if (title and _NEWS_TITLE.search(title) and not title.startswith("关于")) or _NEWS.search(opening):
        return DocType.news
    if title:
        for doc_type, cue in _GENRES:
            if cue.search(title):
                return doc_type
    if _OPENING_ANNUAL.search(text[:1500]):
        return DocType.annual_report
    for doc_type, cue in _GENRES[:-1]:
        if cue.search(opening[:120]):
            return doc_type
    if has_parts >= 2:
        return DocType.annual_report
    return DocType.other


def document_facts(text: str, has_parts: int) -> Facts:
    span = find_title(text)
    title = None
    if span:
        title = text[span[0]:span[1]].replace("\n", "")
    return Facts(
        title=title,
        title_span=span,
        agency=find_agency(text, title),
        report_year=find_year(text, title),
        doc_type=find_genre(text, title, has_parts),
    )
