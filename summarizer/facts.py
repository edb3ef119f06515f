"""Document facts: title, agency, the year reported on, and the genre, each with the words it rests on.

Real documents arrive as a web page's opening, a mirror's copy, a news item wrapping a report, a report with no
title that opens with its addressee (新区党工委、管委会：), or a plan that looks like a report. The first regex that
fires is wrong a third of the time on such material, so each fact is read from the *weight of evidence*:

- genre: the title (with the titles of documents it cites, 《…》, taken out), the preamble formula
  (现将…情况报告如下), mandated-part headings, a closing 特此报告, against a plan's markers (指导思想, 工作目标,
  主要任务, 保障措施, a multi-year span), a news item's lead, a disclosure report's vocabulary;
- agency: the title's subject, the page's metadata (发布机构), the preamble's self-reference (XX局在…领导下),
  the signature; a candidate must be shaped like an organisation's name (ends in an organ suffix, no verb or
  preposition inside) or it is no agency at all — a wrong agency in a comparison table is worse than none;
- year: the title, the preamble formula, the opening sentence (2025年以来，…), the part-① heading.

Each fact keeps the span it was read from, so the summary can quote it like every other item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .models import DocType
from .numbers import find_numbers

Span = tuple[int, int]

# --- organisation names -------------------------------------------------------------------------------------

_HAN = r"\u4e00-\u9fff"
# organ suffixes, longest first so that 管理委员会 is not read as …委
_SUFFIX = (
    r"(?:管理委员会|工作委员会|委员会|人民政府|管委会|办事处|办公室|领导小组办公室|党工委|总局|"
    r"监督管理局|管理局|服务局|局|委|厅|署|办|院|中心|政府|部|支队|总队|大队)"
)
_ORG = re.compile(rf"[{_HAN}（）()]{{1,30}}?{_SUFFIX}")
# words that never stand inside an organisation's name: prepositions, verbs, and phrases of the report itself
_NOT_IN_NAME = re.compile(
    r"[在的了着我]|作为|现将|根据|按照|依据|坚持|领导|指导|关于|报告|情况|系统|以来|年度|深入|全面推进(?!依法)|"
    r"法治政府|法治建设|推进|贯彻|落实|认真|工作要点|实施|我们|各级|各类|有关|相关|全市|全区|全县|"
    r"全省|全州|全旗|全镇|全乡|全国|全系统|以及|等|与|召开|定期|建议|组织(?!部)|开展|加强|健全|完善|印发|制定|成立|"
    r"听取|研究|部署|发布|反馈|修改|提出|提交|报送|上报|征求|形式|书面|中国政府|我国|"
    r"发文机关|发布机构|和(?:区|市|县|省)委|[，,。：:；;、]"
)
_NOT_FIRST = set("由经向对为是各据按在将把被从和与及并以于")
# superior bodies a report names in passing: never the agency unless the title or the preamble's subject says so
_GENERIC = {
    "市委",
    "市政府",
    "区委",
    "区政府",
    "县委",
    "县政府",
    "省委",
    "省政府",
    "州委",
    "州政府",
    "镇党委",
    "镇政府",
    "乡党委",
    "乡政府",
    "党委",
    "政府",
    "中心",
    "办",
    "委",
    "局",
    "部",
    "院",
    "自治区",
    "自治州",
    "自治县",
    "街道",
    "本市",
    "本区",
    "本县",
    "该市",
    "该区",
    "该县",
    "街道办事处",
    "办事处",
    "人民政府",
    "管委会",
    "委员会",
    "政府办公室",
    "办公室",
}
_BARE = {
    "街道办事处",
    "办事处",
    "人民政府",
    "管委会",
    "委员会",
    "政府办公室",
    "办公室",
    "政府",
    "自治区",
    "自治州",
    "自治县",
}  # organ words with no place or field: a name with its owner cut off
# words that end like an organ but are not one: 格局, 大局, 干部, 全部; an enumerator (一是…) inside
_NOT_AN_ORGAN = re.compile(
    r"(?:格|布|大|全|开|变|新|结|僵|当|时)局$|(?:干|全|内|外|局|细|头|基层)部$|[一二三四五六七八九十]是|通过"
)
_PARTY_ORGAN = re.compile(r"(?:党组|党委|党组织|领导班子)(?:成员)?$")


_PLACE = re.compile(
    rf"[{_HAN}]{{1,14}}?(?:自治区|自治州|自治县|特别行政区|新区|开发区|高新区|街道|省|市|区|县|州|旗|盟|镇|乡)"
)
_JOINT = re.compile(
    r"^(?:中共.{2,24}?(?:委员会|党委|党工委|党组)|.{2,12}?(?:省委|市委|区委|县委|州委|旗委|党委|党工委))(?=.{3})"
)


_SPACED = re.compile(rf"(?:[{_HAN}] ){{2,}}[{_HAN}]")


def despace(line: str) -> str:
    """青 海 省 卫 生 健 康 委 → 青海省卫生健康委: a name letter-spaced on a cover line."""
    return line.replace(" ", "") if _SPACED.fullmatch(line) else line


def org_name(candidate: str, *, place: bool = False) -> Optional[str]:
    """``candidate`` as an organisation's name, or None: it must end in an organ suffix and hold no verb,
    preposition or report phrase (市卫生健康委在市委 and 浙江省法治政府 are fragments, not names). With
    ``place``, a bare place (南昌县, 清波街道) also names its government: so reports of a place's government
    call themselves in their titles and opening sentences. Of joint issuers (中共某乡党委某乡人民政府) the
    government is named."""
    name = candidate.strip(" \u3000")
    if (joint := _JOINT.match(name)) and (rest := org_name(name[joint.end() :], place=place)):
        return rest
    name = _PARTY_ORGAN.sub("", name)  # 市卫生健康委党组 → 市卫生健康委
    name = re.sub(r"(民政局|司法局|教育局|财政局|公安局|统计局|审计局|商务局|局|委)\1$", r"\1", name)  # 民政局民政局
    if name.startswith("中共") and not re.search(r"(?:委员会|党委|党工委|市委|区委|县委|省委)$", name):
        name = name[2:]  # 中共某局（党组）: the bureau's party group speaks for the bureau
    if not 2 <= len(name) <= 32 or name[0] in _NOT_FIRST or re.search(r"\d", name):
        return None
    if _NOT_IN_NAME.search(name) or name in _BARE or _NOT_AN_ORGAN.search(name):
        return None
    if _ORG.fullmatch(name) or (place and len(name) >= 3 and _PLACE.fullmatch(name) and name not in _GENERIC):
        return name
    return None


# --- lines ---------------------------------------------------------------------------------------------------

_ADDRESSEE = re.compile(rf"^[{_HAN}、，,（）()\s]{{2,40}}[:：]$")
_META = re.compile(
    r"^[-•·*]?\s*(?:索\s*引\s*号|发布机构|发文机关|发文单位|发布单位|公开主体|所属机构|文件来源|信息来源|来\s*源|"
    r"成文日期|发文日期|发布日期|公开日期|主题分类|主\s*题\s*词|文\s*号|发文字号|分\s*类|有\s*效\s*性|"
    r"公开方式|公开范围|标\s*题|名\s*称|体裁分类|组配分类|服务对象|信息类别)\s*[:：]"
)
_META_FIELD_ONLY = re.compile(r"(?:发布机构|发文机关|发文单位|发布单位|公开主体|所属机构)\s*[:：]?\s*$")
_META_AGENCY = re.compile(
    r"(?:^|[|｜\]】]\s*|[\[【]\s*)(?:发布机构|发文机关|发文单位|发布单位|公开主体|所属机构)"
    r"\s*(?:[\]】]\s*[:：]?|[:：]|\s*[|｜])\s*([^|｜\s\[【]{2,32})"
)
_SOURCE_FIELD = re.compile(r"(?:文件来源|信息来源|来\s*源)\s*[:：]\s*([^|｜\s\[【]{2,32})")
_TITLE_END = re.compile(r"(?:报告|方案|要点|纲要|意见|规划|总结|通知|表|情况|计划|清单|汇报|公告|通报)$")
_TITLE_CUE = re.compile(r"报告|方案|要点|纲要|意见|规划|情况|总结|通知|表$|评分表|计划|汇报")


def _lines(text: str, limit: int) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n")[:limit]:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


_NOT_TITLE_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|"
    r"第[一二三四五六七八九十]{1,3}部分|现将|根据|按照|为了?|依据|>>)"
)
_FURNITURE = re.compile(
    r"[|｜>＞»]|[A-Za-z]{3}|位置|首页|当前|无障碍|繁体|简体|字号|浏览|今天是|星期[一二三四五六日天]|农历|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|"
    r"〔\d{4}〕|\[\d{4}\]"
)
_META_TITLE = re.compile(
    r"^[-•·*]?\s*(?:标\s*题|文件名称|名\s*称|文件标题)\s*[|｜:：]\s*(?:\[[^\]]{0,24}号\]|【[^】]{0,24}号】)?"
    r"([^|｜]{6,80}?)\s*(?:[|｜]|$)"
)


# a metadata row: a short field name with a short value or none, maybe another field after it (文件编号: 组配分类: …)
_FIELD_ROW = re.compile(
    r"[-•·*]?\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?:\S{0,20}\s*$|\S{0,20}\s+[\u4e00-\u9fff]{2,6}\s*[:：])|"
    r"\s*[\[【]\s+[\u4e00-\u9fff]{2,8}\s+[\]】]|.*[\[【][\u4e00-\u9fff ]{2,8}[\]】].*[\[【][\u4e00-\u9fff ]{2,8}[\]】]"
)


def _titleish(line: str) -> bool:
    """A line that could be (part of) a title: short, no sentence punctuation, not an addressee, a metadata
    field, a heading, a preamble or a line of site furniture (|, >, URLs, dates, document numbers)."""
    return (
        0 < len(line) <= 80
        and not re.search(r"[。；;]", line)
        and not _FURNITURE.search(line)
        and not _ADDRESSEE.match(line)
        and not _META.match(line)
        and not _NOT_TITLE_START.match(line)
        and not _FIELD_ROW.match(line)
        and line.count("，") + line.count(",") <= 1
    )


def find_title(text: str) -> Optional[Span]:
    """The title: a short line without sentence punctuation near the top, past site furniture and metadata; a
    title broken over lines (关于2024年度法治政府建设 / 情况的报告, or the agency on a line of its own above a
    关于… line) is one title; a metadata field 标题 | … gives the title where the page has none of its own."""
    lines = _lines(text, 20)
    seen = False  # a titleish line came before: only the first can be a headline without a title word
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if (m := _META_TITLE.match(line)) and _TITLE_CUE.search(m.group(1)):
            return s + m.start(1), s + m.end(1)
        if not _titleish(line):
            if "。" in line or len(line) > 80:
                break  # the body has started
            continue
        end, joined = e, line
        for ns, ne in lines[i + 1 : i + 3]:
            nxt = text[ns:ne]
            if _TITLE_END.search(joined) or not _titleish(nxt) or len(nxt) > 40:
                break
            if not (
                (_TITLE_CUE.search(joined + nxt) and _TITLE_END.search(joined + nxt))
                or (org_name(despace(joined)) and (nxt.startswith("关于") or re.match(r"(?:19|20)\d{2}", nxt)))
            ):
                break
            end, joined = ne, joined + nxt
        if (
            end != e
            or (_TITLE_CUE.search(line) and len(line) >= 6)
            or (not seen and 8 <= len(line) <= 40 and _NEWS_TITLE.search(line))
        ):  # a news page's headline
            return s, end
        seen = True
    return None


# --- genre ---------------------------------------------------------------------------------------------------

_CITED = re.compile(r"《[^《》]{0,60}》")
# 关于印发《X实施方案》的通知 / 关于印发X工作安排的通知 / 《X》出台: the document is X
_ISSUING = re.compile(r"印发[^《]{0,6}《([^《》]{2,60})》|印发(.{4,60}?)的通知|^《([^《》]{4,60})》.{0,8}$")
_GENRES: list[tuple[DocType, re.Pattern[str]]] = [
    (
        DocType.other,
        re.compile(
            r"解读|范文|模板|审查意见|审议意见|普法(?:工作)?总结|(?:讲话|致辞|发言)$|(?:研究|探析|浅析|思考|综述)$|^——|关键词|考核方案"
        ),
    ),  # an explanation of a report is not the report
    (DocType.information_disclosure_report, re.compile(r"政府信息公开(?:工作)?(?:年度)?(?:报告|年报)")),
    (DocType.accountability_report, re.compile(r"述法(?:报告|情况|材料)?|述职述法")),
    (DocType.government_work_report, re.compile(r"(?<!法治)政府工作报告")),
    (
        DocType.assessment_form,
        re.compile(r"(?:考核|评估|测评|评价|督察)(?:指标|细则)?(?:体系|表|评分)|评分(?:细则|标准)"),
    ),
    (
        DocType.implementation_plan,
        re.compile(
            r"实施方案|实施纲要|实施意见|实施规划|建设规划|工作方案|行动方案|"
            r"(?:19|20)\d{2}\s*[\-—–~至－]+\s*(?:19|20)\d{2}\s*年"
        ),
    ),
    (
        DocType.work_points,
        re.compile(r"工作要点|工作计划(?!.{0,4}(?:的报告|执行))|(?:19|20)\d{2}年(?:度)?.{0,16}工作安排$"),
    ),
    (
        DocType.annual_report,
        re.compile(
            r"法治(?:政府)?建设.{0,20}(?:报告|情况|总结|汇报)|依法行政.{0,12}(?:报告|情况|总结)|"
            r"法治(?:政府)?建设(?:工作)?年度报告|法治.{0,6}工作(?:报告|总结)|法治政府.{0,8}(?:报告|情况)"
        ),
    ),
]
_PREAMBLE = re.compile(
    r"(?:现将|特将|兹将|现就|现把|现对|将)[^。]{0,80}?(?:报告|汇报|总结|说明)如下|(?:报告|汇报)如下[:：]|"
    r"(?:具体内容|主要内容|报告全文|全文)如下"
)
_CLOSING = re.compile(r"特此(?:报告|汇报)")
# the opening of a report on a year: 2024年，XX局… / 2024年以来… / 一年来… / 2023年是…之年
_RETROSPECT = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?(?:以来)?[，,是]|今年以来|一年来|过去一年|本年度)")
_NEWS_LEAD = re.compile(
    r"^(?:本报讯|本网讯|【[^】]{0,12}】|[(（][^)）]{0,10}记者|[^\n]{0,24}(?:网|报|台|社|中心)\s*讯|"
    r"[^\n]{0,12}\d{1,2}月\d{1,2}日\s*电|原标题[:：]|"
    r"[^\n]{0,12}(?:日报|晚报|新闻网|新闻|报)\s*[·•]\s*\d{4}-\d{1,2}-\d{1,2})|"
    r"^[^\n]{0,30}?(?:日前|近日|昨日|\d{1,2}月\d{1,2}日(?:上午|下午)?)[，,]?[^\n。]{0,80}"
    r"(?:召开|举行|举办|发布|公布|审议|听取|通报|调研|视察|督导|检查|座谈|考察|印发)|"
    r"记者[^\n。]{0,8}(?:获悉|了解到|从)|通讯员|"
    r"\d{1,2}月\d{1,2}日[^\n。]{0,60}(?:召开|举行|举办)",
    re.M,
)
_NEWS_TITLE = re.compile(
    r"(?:召开|举行|举办|发布|公布|出炉|审议通过|听取|亮相|晒出|推进会|调研|视察|印发|出台|莅临|获评|荣获|"
    r"入选|启动|考核(?!表|办法|细则|方案|指标|评分)|督查|督导|走访)|"
    r"(?:开展|部署)(?!.*(?:报告|总结)$)"
)
_PLAN_MARKS = re.compile(
    r"指导思想|总体要求|工作目标|总体目标|主要目标|主要任务|重点任务|保障措施|组织保障|实施步骤|"
    r"责任单位|牵头单位|配合单位|责任科室|完成时限|时间安排"
)
_TRANSMITTED = re.compile(r"现将《([^《》]{2,60})》印发给你们")
_PLAN_OWN = re.compile(r"制定本(?:实施)?(?:方案|规划|纲要|意见)")
_POINTS_OWN = re.compile(r"制定本要点|工作要点如下|制定(?:本|如下)?工作安排")
_DISCLOSURE_MARKS = re.compile(r"主动公开|依申请公开|政府信息公开|信息公开申请")
_SCORE = re.compile(r"[(（]\d{1,3}分[)）]|扣\d{1,2}(?:\.\d)?分|得\d{1,3}分")  # an assessment form's points
# a government work report is delivered to the congress in plenary (各位代表); a report to its standing committee
# (主任、各位副主任、各位委员…请予审议) may be on any subject, a year of rule-of-law work among them
_GOV_REPORT_MARKS = re.compile(r"各位代表|请各位政协委员")
# a leader's own report speaks in the first person singular (我始终…, 本人…); 我局/我们 are the body
_FIRST_PERSON = re.compile(r"(?:^|[。，,；\n])(?:我(?![们国省市区县局委厅镇乡街办部院司处科队所校会站])|本人)")


@dataclass
class Genre:
    doc_type: DocType
    evidence: list[Span] = field(default_factory=list)


def _title_genre(title: str) -> Optional[DocType]:
    issued = _ISSUING.search(title)
    if issued:
        title = next(g for g in issued.groups() if g)
    else:
        title = _CITED.sub("", title)  # 关于贯彻落实《法治政府建设实施纲要》情况的报告 is a report
    for doc_type, cue in _GENRES:
        if cue.search(title):
            return doc_type
    if re.search(r"工作(?:总结|报告)(?:$|及)", title) and not re.search(r"法治|依法|法制", title):
        return DocType.other  # 某局2022年工作总结: the whole year's work, not a rule-of-law report
    return None


def find_genre(text: str, title: Optional[str], title_span: Optional[Span], part_headings: list[Span]) -> Genre:
    """``part_headings``: spans of headings that name a mandated part (measures, shortfalls, duty, plans).

    The title decides when it names a genre outright; a news lead or headline makes news unless the body that
    follows is the report itself (全文如下, a preamble formula, mandated-part headings); otherwise the body's
    evidence for a report (preamble formula, part headings, a retrospective opening, 特此报告) is weighed
    against a plan's, a disclosure report's, a government work report's and a leader's first-person account."""
    head = text[:3000]
    body_start = title_span[1] + 1 if title_span else 0
    opening = text[: body_start + 400]
    while m := re.match(r"[^\n]{0,16}〔\d{4}〕\d+号\n|[^\n。]{2,40}[:：]\n", text[body_start:]):
        body_start += m.end()  # a document number or an addressee line above the body
    while m := re.match(r"[^\n。，,]{1,12}\n", text[body_start:]):
        body_start += m.end()  # a column label (省部要闻) above the body
    first_line = text[body_start : text.find("\n", body_start) if "\n" in text[body_start:] else len(text)]
    evidence: list[Span] = [title_span] if title_span else []
    body = _CITED.sub(lambda m: "《" + "＿" * (len(m.group()) - 2) + "》", head)  # cited titles never vote
    preamble = _PREAMBLE.search(body)
    closing = _CLOSING.search(text[-400:])
    # the opening sentence of a report on a year of rule-of-law work names that work (a bureau's general work
    # summary, 各项工作均取得新进展, opens the same way)
    retrospect = (
        _RETROSPECT.search(first_line)
        and re.search(r"法治政府|依法行政|法治(?:\S{0,4})建设|依法治", first_line)
        and not re.match(r"[^，,]{0,12}[，,]\s*(?:我国|全国)", first_line)
    )  # 2018年，我国…: a survey, not a body's report
    annual_weight = (
        (2 if preamble else 0) + min(len(part_headings), 3) + (1 if closing else 0) + (2 if retrospect else 0)
    )
    annual_evidence = ([preamble.span()] if preamble else []) + part_headings[:3]
    if retrospect:
        annual_evidence.insert(0, (body_start, body_start + min(len(first_line), 20)))
    first_person = len(_FIRST_PERSON.findall(body))

    wrapped = preamble is not None and "如下" in preamble.group()
    bare_title = re.sub(r"^(?:\[[^\]]{1,10}\]|【[^】]{1,10}】)", "", title or "")  # [权威发布]福建省…报告
    headline = (
        bare_title
        and not bare_title.startswith("关于")
        and not re.search(r"的通知$|的报告$", bare_title)
        and _NEWS_TITLE.search(_CITED.sub("", bare_title))
    )
    if headline and not wrapped and annual_weight < 4:
        return Genre(DocType.news, evidence)
    by_title = _title_genre(title) if title else None
    if by_title is None and preamble and _DISCLOSURE_MARKS.search(_CITED.sub("", preamble.group())):
        by_title = DocType.information_disclosure_report  # 现将…2024年政府信息公开主要工作报告如下
    if by_title is None and (tag := re.match(r"【([^】]{2,20})】", first_line)):
        by_title = _title_genre(tag.group(1))  # 【普法工作总结】为深入贯彻…
    own_account = preamble is not None and re.search(r"本人|述法", preamble.group())
    if by_title is DocType.annual_report and (first_person >= 2 or own_account):
        by_title = DocType.accountability_report  # 某书记履行第一责任人职责情况的报告, told as 我…
    if by_title and by_title is not DocType.annual_report:
        return Genre(by_title, evidence)

    news = _NEWS_LEAD.search(opening)
    if news and not (wrapped or annual_weight >= 4):
        return Genre(DocType.news, [news.span()])
    if by_title is DocType.annual_report:
        return Genre(DocType.annual_report, evidence + annual_evidence[:1])

    if (sent := _TRANSMITTED.search(head)) and (inner := _title_genre(sent.group(1))):
        return Genre(inner, [sent.span()])  # 现将《X工作要点》印发给你们: the notice carries X
    if speech := re.search(r"同志们[:：，,]", text[: body_start + 600]):
        return Genre(DocType.other, [speech.span()])  # a speech at a meeting, not a report
    if own := _PLAN_OWN.search(body):
        return Genre(DocType.implementation_plan, [own.span()])
    if own := _POINTS_OWN.search(body):
        return Genre(DocType.work_points, [own.span()])
    marks = {
        DocType.implementation_plan: len({m.group() for m in _PLAN_MARKS.finditer(body)}),
        DocType.information_disclosure_report: len(_DISCLOSURE_MARKS.findall(body)),
        DocType.government_work_report: 3 * len(_GOV_REPORT_MARKS.findall(body)),
        DocType.accountability_report: first_person,
        DocType.assessment_form: len(_SCORE.findall(body)),
    }
    rival, weight = max(marks.items(), key=lambda kv: kv[1])
    if annual_weight >= 2 and annual_weight * 2 >= weight:
        return Genre(DocType.annual_report, annual_evidence)
    if weight >= 3:
        cue = {
            DocType.implementation_plan: _PLAN_MARKS,
            DocType.information_disclosure_report: _DISCLOSURE_MARKS,
            DocType.government_work_report: _GOV_REPORT_MARKS,
            DocType.accountability_report: _FIRST_PERSON,
            DocType.assessment_form: _SCORE,
        }[rival].search(body)
        return Genre(rival, [cue.span()] if cue else [])
    line_genre = _title_genre(first_line) if len(first_line) <= 60 else None
    if line_genre:  # a title that the page lost its line break after
        return Genre(line_genre, [(body_start, body_start + len(first_line))])
    if annual_weight >= 1 and len(re.findall(r"法治政府|依法行政|法治建设", body)) >= 2:
        return Genre(DocType.annual_report, annual_evidence)
    return Genre(DocType.other, [])


# --- agency --------------------------------------------------------------------------------------------------

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


# --- year ----------------------------------------------------------------------------------------------------


def years(text: str) -> list[int]:
    """Single years stated in ``text`` (2024年, 二〇二四年), in order; ranges (2021—2025年) are not single years.
    Read by the number finder, so that facts and the verifier agree on what a year is."""
    return [int(m.value) for m in find_numbers(text) if m.kind == "year"]


def _first_year(text: str, offset: int) -> Optional[tuple[int, Span]]:
    for m in find_numbers(text):
        if m.kind == "year":
            return int(m.value), (offset + m.start, offset + m.end)
    return None


_OPENING_YEAR = re.compile(
    r"^(?:[^。\n]{0,30}?|[^。\n]*[，,]\s*)((?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年(?:度)?(?:以来)?[，,是]"
)
_PART_ONE_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年(?:度)?[^\n。]{0,16}(?:主要举措|举措和成效|工作情况|主要做法|"
    r"工作开展情况|法治政府建设(?:工作)?(?:情况|成效)|第一责任人)"
)


def find_year(text: str, title_span: Optional[Span]) -> tuple[Optional[int], Optional[Span], Optional[str]]:
    """(year, span, source): the year reported on, from the title, the preamble formula, the opening sentence
    or the part-① heading; none from a multi-year plan's title, and none from dates of the page itself."""
    if title_span:
        title = text[title_span[0] : title_span[1]]
        mentions = find_numbers(title)
        if any(m.kind == "range" for m in mentions) or re.search(
            r"(?:19|20)\d{2}\s*[\-—–~至－]+\s*(?:19|20)\d{2}", title
        ):
            return None, None, None  # a plan for 2021—2025 reports on no single year
        if found := _first_year(title, title_span[0]):
            return found[0], found[1], "title"
    body_start = title_span[1] if title_span else 0
    head = text[body_start : body_start + 1500]
    m = re.search(r"现将[^，。,]{0,30}?年", head)
    if m and (found := _first_year(m.group(0), body_start + m.start())):
        return found[0], found[1], "preamble"
    for line_start, line_end in _lines(head, 6):
        line = head[line_start:line_end]
        m = _OPENING_YEAR.match(line)
        if m and (found := _first_year(m.group(1) + "年", body_start + line_start + m.start(1))):
            return found[0], (found[1][0], found[1][0] + len(m.group(1)) + 1), "opening"
    m = _PART_ONE_YEAR.search(head)
    if m and (found := _first_year(m.group(1) + "年", body_start + m.start(1))):
        return found[0], (found[1][0], found[1][0] + len(m.group(1)) + 1), "heading"
    return None, None, None


# --- all facts -----------------------------------------------------------------------------------------------


@dataclass
class Facts:
    title: Optional[str]
    title_span: Optional[Span]
    agency: Optional[str]
    report_year: Optional[int]
    doc_type: DocType
    agency_span: Optional[Span] = None
    agency_source: Optional[str] = None
    year_span: Optional[Span] = None
    year_source: Optional[str] = None
    genre_evidence: list[Span] = field(default_factory=list)


def document_facts(text: str, part_headings: list[Span]) -> Facts:
    span = find_title(text)
    title = text[span[0] : span[1]].replace("\n", "") if span else None
    agency, agency_span, agency_source = find_agency(text, span)
    year, year_span, year_source = find_year(text, span)
    genre = find_genre(text, title, span, part_headings)
    if year is None and genre.doc_type is DocType.news:
        # news: the year of the meeting or report the lead is about (召开2023年度…会议, 发布2024年…报告)
        m = re.search(
            r"(?:召开|举行|举办|发布|公布|听取|审议)[^。\n]{0,8}?((?:19|20)\d{2})\s*年(?!\d{1,2}月)", text[:400]
        )
        if m:
            year, year_span, year_source = int(m.group(1)), (m.start(1), m.end(1) + 1), "opening"
    return Facts(
        title=title,
        title_span=span,
        agency=agency,
        report_year=year,
        doc_type=genre.doc_type,
        agency_span=agency_span,
        agency_source=agency_source,
        year_span=year_span,
        year_source=year_source,
        genre_evidence=genre.evidence,
    )
