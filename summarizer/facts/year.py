"""The year reported on: the title, the preamble formula, the opening sentence, the part-① heading."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..numbers import find_numbers, parse_chinese_numeral
from .genre import CHRONICLE_END, DATED_CREDIT, FEW_YEARS_WORK, SAMPLE, YEAR_SPAN, YEARBOOK_HEAD
from .names import EVENT_ENDED, Span, exact_name
from .title import _lines


def years(text: str) -> list[int]:
    """Single years stated in ``text`` (2024年, 二〇二四年), in order; ranges (2021—2025年) are not single years.
    Read by the number finder, so that facts and the verifier agree on what a year is."""
    return [int(m.value) for m in find_numbers(text) if m.kind == "year"]


def _first_year(text: str, offset: int) -> Optional[tuple[int, Span]]:
    """The first year ``text`` (a title) names: a year (2019年), or the year of a month it names (某市二〇一九年十月份
    记事, read as the date 201910: a chronicle of that month is of that year)."""
    for m in find_numbers(text):
        if m.kind == "year":
            return int(m.value), (offset + m.start, offset + m.end)
        if m.kind == "date" and len(str(int(m.value))) == 6:
            return int(m.value) // 100, (offset + m.start, offset + m.end)
    return None


# a title's year written without 年 before the work it names (某局2021法治政府建设年度报告, 2023“宪法宣传周”来了)
_BARE_YEAR = re.compile(
    r"(?<![\d\-/.〔\[［(（])((?:19|20)\d{2})(?=\s*(?:[“\"「]|法治|依法|年度|度|工作|政府|上半年|下半年|全年))"
)


def _bare_title_year(title: str, offset: int) -> Optional[tuple[int, Span]]:
    """The year of a title that writes it with no 年, when the title names exactly one such year."""
    found = list(_BARE_YEAR.finditer(title))
    if len({m.group(1) for m in found}) != 1:
        return None
    return int(found[0].group(1)), (offset + found[0].start(1), offset + found[0].end(1))


def _one_year(text: str, offset: int) -> Optional[tuple[int, Span]]:
    """The year ``text`` names, when it names exactly one (however often): two different years say nothing."""
    named = {int(n.value): n for n in find_numbers(text) if n.kind == "year"}
    if len(named) != 1:
        return None
    ((year, n),) = named.items()
    return year, (offset + n.start, offset + n.end)


# a part of the year a summary covers (2025年上半年，…): the year is still the one the text is about
PART_OF_YEAR = r"上半年|下半年|前三季度|第[一二三四]季度"
# a year that closes a span (2015—2020年) or sets a goal (到2025年，…, 对标2035年…目标, 展望2022年, 2035年远景目标) is
# not the year a text reports on
# (…nor the year a goal is set for, whatever stands before it: 对标 “2035年基本建成法治国家…”)
_NOT_REPORTED = (
    # (…nor the start of a span since an event then: 总结回顾自2012年成立…以来; 自2024年以来 is the year itself)
    # (…nor the start of a span to the present: 2013年至今，某会累计开展…)
    # (…nor a year a look back starts from: 早在1996年，我国就提出了…; nor a target: 对实现2025年某目标…)
    # (…nor the year a body was founded: 某集团始建于1919年，是…, 成立于2018年, 创办于1979年)
    r"(?<![\-—–~至－到\d])(?:(?<!自)|(?=\d{4}\s*年度?以来))(?<!对标|瞄准|锚定|迈向|展望|面向|早在|实现)(?<!建于|立于|办于)"
    r"(?!\d{4}\s*年(?:远景|基本建成|基本实现|全面建成|至今))"
)
# …or a subject right after the year, with no comma: 2022年某区坚持…, 2021年某镇人民政府在区委…领导下 (never a
# cited document's title: 2004年国务院《…纲要》颁布实施以来 dates the plan, not the text)
_SUBJECT_ACTS = (
    r"(?=[^。，,\n\d《》“”\"]{2,24}?(?:坚持|在[^。，,\n]{2,20}?领导下|深入|认真|全面|紧紧围绕|始终|持续|扎实)"
    # (…or the place's work itself, then its verb, after a comma or not: 2024年某区法治政府建设，坚持以…为指导,
    # 2022年某镇法治政府建设工作以…为指导)
    r"|[^。，,\n\d《》“”\"]{2,16}?(?:法治政府建设|依法行政|法治建设)(?:工作)?[，,]?\s*(?:坚持|在|以|深入|认真|全面|紧紧|始终|持续|扎实))"
)
_OPENING_YEAR = re.compile(
    # (after a motto of its own, 紧扣时代脉搏，回应发展需求。2025年是…之年: the opening's year all the same)
    r"^(?:[^。\n，,]{2,12}[，,][^。\n，,]{2,12}。)?(?:[^。\n]{0,30}?|[^。\n]*[，,]\s*)"
    # (never the last of a list of years: 2014年、2017年，全国人大常委会对某法进行了两次修订)
    r"(?<!年、)(?<!年和)(?<!年及)"
    rf"({_NOT_REPORTED}(?:19|20)\d{{2}}|二[〇○零][一二三四五六七八九〇○零]{{2}})"
    # (…or its 年 dropped before 以来 by a hasty copy: 2024以来，在县委…指导下)
    rf"(?:\s*年(?:度)?(?:以来|{PART_OF_YEAR})?|(?<=\d)以来(?=[，,]))"
    # (…or the day of the year's occasion the lead opens on: 2021年12月8日是某法颁布38周年纪念日。)
    rf"(?:\d{{1,2}}月\d{{1,2}}日(?=是))?"
    rf"(?:[，,是]|{_SUBJECT_ACTS})"
)
# the central bodies issuing a document, right after an opening's year: the plan's year, not the writer's (nor is
# the year of a Party congress or plenum the opening recalls: 1978年，党的十一届三中全会开启了…; a year that is its
# congress's year, 2022年是党的二十大召开之年, is the text's own)
_CENTRAL_ISSUED = re.compile(
    r"\s*[^。，,；;\n]{0,20}?(?:中共中央|党中央|国务院)(?:办公厅)?[^。，,；;\n]{0,6}?(?:印发|出台|颁布|发布)了?《"
    r"|(?<=[，,])\s*党的[一二三四五六七八九十]{1,3}(?:大|届[一二三四五六七八九]中全会)"
)
# a host that rewrote every year to the one it serves pages in leaves impossible dates behind: a span that starts
# and ends in the same year (纲要(2023-2023)), 2023年年年…: no year the text states can be trusted then
_REWRITTEN = re.compile(r"((?:19|20)\d{2})\s*[\-—–~至－]\s*\1(?!\d)|(?:19|20)\d{2}年年年")
# the preamble names a period of several years: 报告我市“七五”普法规划实施以来工作开展情况 / 现将五年来…报告如下
_SEVERAL_YEARS = re.compile(
    r"(?:现将|向[^。，,]{0,12}报告|汇报)[^。]{0,60}?(?:"
    + FEW_YEARS_WORK
    + r"|[“\"]?[一二三四五六七八九]五[”\"]?(?:普法)?(?:规划)?(?:实施|启动)?以来)"
    # …or names them before its formula: 我区认真梳理了近五年法治政府建设情况，现报告如下
    + r"|(?:"
    + FEW_YEARS_WORK
    + r")[^。]{0,40}?(?:现|特)?(?:报告|汇报)如下"
)


def rewritten(text: str) -> bool:
    """The text's years were rewritten by the site that hosts it (see _REWRITTEN): its year is unknown."""
    return bool(_REWRITTEN.search(text[:3000]))


# the day the document a notice carries was adopted, right after its title (…》已经2023年1月19日某会议审议通过)
_ADOPTED_ON = re.compile(
    r"(?:已经|经)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。\n]{0,30}?(?:审议|讨论)?通过"
)
# an opening sentence that tells of a year's report published (…发布2022年度法治政府建设白皮书。)
_PUBLISHED_REPORT = re.compile(
    r"[^。\n]{0,40}?(?:发布|公布)了?《?((?:19|20)\d{2})\s*年度?[^。\n《》]{0,30}?(?:报告|白皮书)》?。"
)
# …or on the year's work it carried out under that year's plan (根据《2021年某区政务公开考核评估实施方案》，区政府办公室
# …在全区开展了政务公开考核评估工作。): a circular of the year's results, of that year
_DONE_UNDER = re.compile(
    r"(?:^|(?<=[!！]))(?:根据|按照|依据)《[^《》\n\d]{0,12}?((?:19|20)\d{2})\s*年度?[^《》\n]{2,40}》(?:的?(?:规定|要求))?[，,][^。\n]{0,60}?"
    # (…or a ballot's: 根据《某市2017年度依法行政考评方案》的规定，现对…进行满意度测评)
    r"(?:(?:开展|组织|进行)了[^。\n]{0,30}?工作|现对[^。\n]{0,60}?进行[^。\n]{0,10}?测评)。",
    re.M,
)
# a text that opens by naming the document it carries or explains: 《X》已经市政府同意，现印发给你们 /
# 《X》已制定发布，为便于理解，现作如下解读 / 现将《X》印发给你们
# (…or, in a notice that lost its title, the document it says it drew up: 研究制定了《X》，经局领导同意，现印发给你们)
_CARRIED = re.compile(
    r"^(?:现将)?《([^《》]{4,60})》[^。\n]{0,30}?(?:印发|发布|解读|同意|出台)"
    r"|(?:制定|拟定|修订|编制)了?《([^《》]{4,60})》[，,][^。\n]{0,20}?现(?:予)?印发给",
    re.M,
)
# (a year after 发布/公布 is the year of a report someone published, a mirror's headline, not a part heading)
# a line that starts a part (一、, 第一部分): a year run on after its heading's words is the part's story
_PART_START = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}部分)")
# part ①'s heading with its year (a standing committee's report reviews its year as 一、2024年主要工作, never its
# plans: 主要工作任务, 主要工作安排)
_PART_ONE_YEAR = re.compile(
    rf"({_NOT_REPORTED}(?<!发布|公布)(?:19|20)\d{{2}})\s*年(?:度)?[^\n。]{{0,16}}(?:主要举措|举措和成效|工作情况|主要做法|主要工作(?![任安计思打目要])|"
    r"工作开展情况|法治政府建设(?:工作)?(?:情况|成效)|第一责任人)"
)
# …or a work report's part one reviewing its year (一、2020年工作和“十三五”发展回顾), a heading of its own
_PART_ONE_REVIEW = re.compile(r"^\s*(?:一[、．.]|第一部分)\s*((?:19|20)\d{2})\s*年[^\n。]{0,16}回顾", re.M)


# a yearly survey or white paper named by its edition (中国法治政府评估报告(2013), 行政检察工作白皮书(2023)): the year
# the edition covers. A work report's "(2021)" is no edition (a report to a new congress may review five years), and
# an edition of several years ((2021-2022)) is none
_EDITION = r"(?:发展报告|评估报告|年度报告|指数报告|白皮书|蓝皮书)\s*[(（]\s*((?:19|20)\d{2})\s*(?:年度?)?版?\s*[)）]"
# …on a line of its own among the first lines: a compilation's or a catalogue's entry the title finder passed over
_EDITION_LINE = re.compile(rf"^\s*[^。，,；;\n《》]{{2,40}}?{_EDITION}\s*$", re.M)


# a congress's resolution or decision is dated by its adoption line, right under its title or on top of a copy that
# lost it: (2014年2月20日某区第十七届人民代表大会第三次会议通过). It is of that year, whatever year the report it
# approves reviews (同意报告提出的2014年工作安排 is the plans' year, the adoption's own)
_ADOPTED = re.compile(
    r"^\s*[(（]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()（）\n]{0,60}?(?:会议|大会)[^()（）\n]{0,16}?"
    # (…the resolution's first sentence run on after it by a copy that lost the break: (…会议通过)某会议听取和审议了…)
    r"(?:通过|批准)\s*[)）]",
    re.M,
)
_RESOLUTION = re.compile(r"决议|决定|条例")  # (…and a regulation a standing committee adopts)


def adopted_year(text: str, start: int, end: int) -> Optional[tuple[int, Span]]:
    """A resolution's or a decision's adoption year, from its adoption line between ``start`` and ``end``."""
    m = _ADOPTED.search(text, start, end)
    if not m or not _RESOLUTION.search(text, max(0, start - 200), end + 600):
        return None
    return int(m.group(1)), m.span(1)


# a speech's or an address's delivery date under its title, on a line of its own or after the speaker's name
# (在…会议上的讲话 / 某某 / (2017年11月21日) / 同志们：), right above the address that opens it: the year it was given
# (a day in brackets, its year and month read: the speech's date here, a work report's delivery below)
_DAY_OPENS = r"[(（]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*"
_BRACKETED_DAY = _DAY_OPENS + r"[)）]"
_SPEECH_DATE = re.compile(_BRACKETED_DAY)
_ADDRESS = re.compile(r"(?:同志们|各位(?:同志|领导|来宾|专家|同事|老师)|尊敬的|女士们|朋友们)[^\n。]{0,60}?[:：！!]")


def speech_year(text: str, end: int) -> Optional[tuple[int, Span]]:
    """A speech's delivery year, from its date line before ``end`` with the address it opens on (同志们：) after it."""
    m = _SPEECH_DATE.search(text, 0, end)
    if not m or not _ADDRESS.search(text, m.end(), m.end() + 120) or "工作报告" in text[: m.start()]:
        return None  # (a work report delivered to a session reviews the year before: reviewed_year's)
    return int(m.group(1)), m.span(1)


# a paper's own line under its title on the sitting it was given at ((2022年12月12日在市五届人大常委会第三十八次会议上)):
# a committee's review or a department's report to a standing committee, given and dated that year
_SITTING_LINE = re.compile(
    # (…or after a dash, as a congress's gazette sets it: ——2020年7月29日在某市人大常委会第二十三次会议上)
    r"^[ \t　]*(?:[(（]|[—－]{1,2})\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^\n()（）]{2,50}?会议上"
    r"\s*[)）]?[ \t　]*$",
    re.M,
)


def sitting_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The year of the sitting a paper names on its own line right under its title (``start``): the paper's, unless
    it is a work report delivered to a session (which reviews the year before: reviewed_year's and
    delivered_year's)."""
    if work_report(text[max(0, start - 80) : start]):
        return None
    m = _SITTING_LINE.search(text, start, start + 120)
    return (int(m.group(1)), m.span(1)) if m else None


def edition_year(text: str, start: int, end: int) -> Optional[tuple[int, Span]]:
    """The edition year of a yearly survey named on a line of its own between ``start`` and ``end``."""
    m = _EDITION_LINE.search(text, start, end)
    return (int(m.group(1)), m.span(1)) if m else None


# a compilation's heading counts its pieces (2024年某工作报告5篇, 某报告汇编(35篇)): the year of the site's page, not
# of the pieces it gathers
_PIECES = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})篇[)）]?\s*$")


# a five-year plan's title (第十四个五年规划, “十四五”规划) or a long-range goal's year (二〇三五年远景目标)
LONG_RANGE = re.compile(
    r"五年规划|十[一二三四五]五[”\"]?[^《》]{0,12}规划|年\s*远景目标"
    # (…or a plan of several years named by their count: 某县提升行政执法质量三年行动实施方案)
    r"|(?<![\d〇○零一二三四五六七八九十])[两二三四五]年(?:行动|攻坚)"
)
# a summary's title that adds next year's plan (…总结和2024年工作思路 / 及2025年工作计划): the plan's year
_PLAN_AFTER = re.compile(r"(?:和|及|暨|与)\s*((?:19|20)\d{2})\s*年度?(?:工作)?(?:思路|计划|打算|安排|要点|重点|设想)")


# a title's part that reviews one year's work (一、二〇二〇年施政工作回顾和总结, 2022年工作回顾), after the address it
# belongs to names another (二〇二一年财政年度施政报告)
_REVIEWED_PART = re.compile(
    r"(?<=[—\-－、\s])(?:(?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年(?:施政)?工作(?:回[顾顧]|总结|總結)"
)


# a title given twice, with a year in each: the words before and after the first year the same in the second
_RESTATED = re.compile(r"(\D*?)(?:19|20)\d{2}(\D*)\1(?:19|20)\d{2}\2")


# a title the text cites (《…》): its years and periods are the cited document's, not the text's
_CITED_TITLE = re.compile(r"《[^《》]*》")


# a body's final accounts or budget laid out by parts, the year on the part's line (目录 / 第一部分 2021年度部门决算报表)
_ACCOUNTS_PART = re.compile(r"(?m)^[ \t　]*第[一二三四五]部分[ \t　]*((?:19|20)\d{2})\s*年度?部门(?:决算|预算)")


def accounts_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A body's final accounts or budget that lost its title (某局2021年度部门决算), its contents' parts naming the
    year: that year, the one the accounts are of."""
    if not (part := _ACCOUNTS_PART.search(text, start, start + 600)):
        return None
    return int(part.group(1)), (part.start(1), part.end(1) + 1)


def yearbook_year(text: str) -> Optional[tuple[int, Span]]:
    """A yearbook's page (its running head: 某市年鉴2017): the year the volume records, the one before its own, where
    the entries name it (2016年…); a volume's year alone dates nothing."""
    if not (head := YEARBOOK_HEAD.search(text, 0, 300)):
        return None
    m = re.search(rf"{int(head.group(1)) - 1}\s*年", text)
    return (int(head.group(1)) - 1, (m.start(), m.start() + 4)) if m else None


def find_year(text: str, title_span: Optional[Span]) -> tuple[Optional[int], Optional[Span], Optional[str]]:
    """(year, span, source): the year reported on, from the title, the preamble formula, the opening sentence
    or the part-① heading; none from a multi-year plan's title, and none from dates of the page itself. A title
    whose year the body's opening contradicts (a mirror's heading with the site's year left on top of a copy that
    lost the document's own title; 县2022年…总结 over 2019年，我县…) gives no year: a null beats a wrong one."""
    if title_span:
        title = text[title_span[0] : title_span[1]]
        # 某部2018年贯彻落实《某纲要(2015-2020年)》的情况: the cited plan's span is the plan's, the year outside
        # its marks the report's; a title with no year of its own outside them keeps every span it quotes
        # (an announcement's number before the title it publishes: 某部(2024年第1号):某部2023年…报告)
        title = _NOTICE_NUMBER.sub(lambda m: " " * len(m.group()), title)
        own = _CITED_TITLE.sub(lambda m: " " * len(m.group()), title)
        if own != title and years(own):
            title = own
        if _RESTATED.fullmatch(re.sub(r"\s+", "", title)) and len(set(years(title))) > 1:
            # a mirror's heading over the document's own title, the same words with another year: which is the
            # document's, the copy does not say
            return None, None, None
        mentions = find_numbers(title)
        if (
            # (a range of months inside one year is no span of years: 2019年执政纪事(7-12月))
            any(m.kind == "range" and m.unit != "月" for m in mentions)
            or YEAR_SPAN.search(title)
            or re.search(FEW_YEARS_WORK, title)
            or LONG_RANGE.search(title)
        ):
            # a plan for 2021—2025, a review of five years, a five-year plan and its goals for 2035: no single year
            return None, None, None
        if work_report(title) and (day := _delivered_on(text, title_span, title)):
            # 某县人民政府工作报告(2023年1月3日), or the day on the line under the title: delivered early in 2023, on
            # 2022
            return day[0] - 1, day[1], "title"
        if work_report(title) and (compact := _COMPACT_DAY.search(title)) and int(compact.group(2)) not in (7, 8, 9):
            # 某县2023年政府工作报告(20221223): a mirror's day of delivery written as one number; late in 2022 it
            # reviews 2022, early in 2023 it reviews 2022 too (a summer's day is no session's: no year from it)
            delivered, month = int(compact.group(1)), int(compact.group(2))
            at = title_span[0] + compact.start(1)
            return (delivered if month >= 10 else delivered - 1), (at, at + 4), "title"
        found = _first_year(title, title_span[0]) or _bare_title_year(title, title_span[0])
        if found and (SAMPLE.search(title) or _PIECES.search(title)):
            found = None  # 2024年…总结范文通用5篇: a template site's heading carries the year it serves pages in
        edition = None
        if not found and (edition := edition_year(text, title_span[0], title_span[1])):
            found = edition  # 中国法治政府评估报告(2023): the edition's year
        if (
            not found
            and _CHRONICLE_TITLE.search(title)
            and (period := _PERIOD_LINE.search(text, title_span[1], title_span[1] + 200))
        ):
            found = int(period.group(1)), (period.start(1), period.end(1) + 1)  # 某市政府工作要事记 / (2024年5月)
        if found and (review := _REVIEWED_PART.search(title)) and (reviewed := _first_year(review.group(), 0)):
            # 二〇二四年财政年度施政报告—二〇二三年施政工作回顾与总结: the part of a policy address a page carries reviews
            # the year before the fiscal year the address is for; that part is the year it reviews
            found = (
                reviewed[0],
                (title_span[0] + review.start() + reviewed[1][0], title_span[0] + review.start() + reviewed[1][1]),
            )
        if found and (plan := _PLAN_AFTER.search(title)) and found[1][0] == title_span[0] + plan.start(1):
            # 某镇…年度总结和2024年工作思路: the year of the plan that follows, not of the year summed up — which a
            # hasty title may write with no 年 (某局2022工作总结和2023年工作思路)
            found = _bare_title_year(title[: plan.start()], title_span[0])
            summed = int(plan.group(1)) - 1
            if not found and (body := re.search(rf"{summed}\s*年", text[title_span[1] : title_span[1] + 400])):
                # 某局工作总结及2021年度工作计划 / 一、2020年度工作特色亮点: the year before the plan's, as the body
                # names it
                found = summed, (title_span[1] + body.start(), title_span[1] + body.end())
        if (
            found
            and _DISCLOSURE_TITLE.search(title)
            and (figures := year_end_year(text, title_span[1]))
            and figures[0] != found[0]
            # (…unless the body's opening names the title's year: 2021年，我办… over 截至2020年12月31日, a figure's
            # day left from the year before's report)
            and not re.search(
                rf"(?:^|\n)\s*{found[0]}\s*年度?(?:以来)?[，,]?\s*我", text[title_span[1] : title_span[1] + 800]
            )
        ):
            # 2022度某街道信息公开工作年度报告 over 统计期限自2023年1月1日起至2023年12月31日止: the period the
            # regulation makes every disclosure report state is its year, a mistyped title's is not
            return figures[0], figures[1], "opening"
        if (
            found
            and work_report(title)
            and (under := _under_title(text, title_span, title, _DELIVERED))
            and under.group(1).isdigit()
            and int(under.group(1)) < found[0]
        ):
            # 2024年某县政府工作报告 / 2023年1月5日在某县…人民代表大会…会议上: a site's year on the title, the day the
            # report was delivered early in 2023 the document's own; it reviews 2022
            return int(under.group(1)) - 1, (under.start(1), under.end(1) + 1), "title"
        if found and work_report(title) and (late := _under_title(text, title_span, title, _DELIVERED_LATE)):
            if int(late.group(1)) == found[0] - 1:
                # 2024年某县政府工作报告 / 2023年12月21日在某县…人民代表大会…会议上: delivered at the end of the year
                # before the one its title names, it reviews the year it was delivered in
                return found[0] - 1, late.span(1), "title"
        if found:
            opening, opening_span, _ = _body_year(text, title_span[1])
            # (a yearly survey's edition reviews the years before it: its body's opening year is no rival's; nor is
            # a period the opening runs since an earlier year, 某区2022年…自评报告 over 2021年以来，某区…)
            if opening_span and opening is not None and opening < found[0] and text.startswith("以来", opening_span[1]):
                opening = None
            if opening is not None and opening != found[0] and not work_report(title) and not edition:
                if (restated := _restated_below(text, title_span[1], title)) and restated[0] == opening:
                    # 某局2022年工作总结 (a mirror's) / 某局2020年工作总结 / 2020年，在市委…: the document's own title,
                    # printed again under the heading, agrees with its body
                    return restated[0], restated[1], "title"
                return None, None, None  # a mirror's heading with the site's year over a body that names another
            if (
                opening is None
                and work_report(title)
                and _GOVERNMENT_REPORT.search(title)
                and not _PART_YEAR.search(title)
                # (…and none below it but its title printed again)
                and not years(text[title_span[1] : title_span[1] + 400].replace(title, ""))
            ):
                # 2026年某市政府工作报告 over a body that names no year (这一年，我们…): given early in 2026, it reviews
                # 2025, as its delivery day would say (a half year's report, 2022年上半年…, is of its own year)
                return found[0] - 1, found[1], "title"
            return found[0], found[1], "title"
    body_start = title_span[1] if title_span else 0
    found_in_body = _body_year(text, body_start)
    # the body's first lines, read once: a resolution's adoption line stands in the first three, a speech's date line
    # in the first eight
    # (the adoption line is read whatever year the body names: 会议认为，2017年州人民政府… under (2018年1月7日某州人民
    # 代表大会第二次会议通过) reviews the year before the one the resolution was adopted in)
    lines = _lines(text[body_start : body_start + 600], 8)
    # (a mirror may print the title again, and its issuer, over the adoption line: those lines are not counted)
    printed_title = re.sub(r"\s", "", text[title_span[0] : title_span[1]]) if title_span else None
    below_title = [
        (start, end)
        for start, end in lines
        if re.sub(r"\s", "", text[body_start + start : body_start + end]) != printed_title
    ]
    if below_title and (adopted := adopted_year(text, body_start, body_start + below_title[:3][-1][1])):
        # (2023年2月25日某区人民代表大会第五次会议通过) under a resolution's title that names no year (a title's year,
        # 关于2022年度…报告的决议, is the year the resolution is about)
        return adopted[0], adopted[1], "opening"
    head = lines if found_in_body[0] is None else []
    if head and (given := speech_year(text, body_start + head[-1][1])):
        return given[0], given[1], "opening"  # (2017年11月21日) / 同志们：: a speech given that year
    if head and title_span and (sat := sitting_year(text, body_start)):
        return sat[0], sat[1], "opening"  # (2022年12月12日在某人大常委会…会议上) / 市人大常委会：
    return found_in_body


def _restated_below(text: str, end: int, title: str) -> Optional[tuple[int, Span]]:
    """The first year of the title printed again on one of the next four lines with other years (a mirror's heading
    某局2022年工作总结 over the document's own 某局2020年工作总结), or None."""
    flat = re.sub(r"\s+", "", title)
    below = text[end : end + 400]
    for start, stop in _lines(below, 5):
        line = below[start:stop]
        bare = re.sub(r"\s+", "", line)
        if bare != flat and re.sub(r"\d", "", bare) == re.sub(r"\d", "", flat):
            return _first_year(line, end + start)
    return None


# a government's work report (政府工作报告), the one a head gives his congress early in the year after the one it reviews
_GOVERNMENT_REPORT = re.compile(r"政府工作报告")
# …or a part of its year only (上半年, 一季度): no review of the year before
_PART_YEAR = re.compile(r"上半年|下半年|半年|季度|月份")


def work_report(title: str) -> bool:
    """A work report (市交委2026年工作报告, 政府工作报告) given early in its year reviews the year before: its body's
    year differs from its title's by nature, not by a copy's fault. A cover's letter-spaced words (工 作 报 告) are
    the same words."""
    title = re.sub(r"\s+", "", title)
    return bool(re.search(r"工作报告", title) and not re.search(r"法治|依法|法制", title))


def several_years(text: str, body_start: int) -> bool:
    """The preamble reports on several years: 现将五年来…报告如下, 报告“七五”普法规划实施以来…, or a period since a
    year the body runs past (现将某院2008年以来的…工作情况报告如下 over 2008年1月至2010年5月底…)."""
    head = text[body_start : body_start + 600]
    if _SEVERAL_YEARS.search(head):
        return True
    # (…or a title run into the body's first line that names them: 某乡五年工作总结及下一步工作计划2011年以来，…)
    if re.match(rf"[^。，,\n]{{0,30}}?(?:{FEW_YEARS_WORK})[^。，,\n]{{0,20}}?总结", head):
        return True
    # (…or the speaker's formula: 我代表某院报告2010年以来行政审判工作情况，请审议)
    m = re.search(r"(?:现将|报告|汇报)[^，。,：:\n]{0,30}?((?:19|20)\d{2})\s*年以来", head)
    named = re.findall(r"((?:19|20)\d{2})\s*年", text[body_start : body_start + 3000])  # dates too: 2010年5月底
    return bool(m and any(int(y) > int(m.group(1)) for y in named))


# a preamble's formula that names no year (现将集中整改进展情况公布如下)
_BARE_FORMULA = re.compile(r"现将[^，。,；;\n\d]{2,30}?(?:公布|通报|报告|汇报)如下")


# the edition of an honour list a paragraph counts its entries on (5个项目入选2021年度…成果): that list's year, not the
# paragraph's (今年来，…入选2021年度…成果…。现将有关情况报告如下 under a 2022 report's title)
_HONOUR_YEAR = re.compile(r"(?<=入选|获评|荣获|评为|列入)(?:19|20)\d{2}\s*年度?")
# …nor the year of a past event the paragraph dates a clause by (2012年区划调整时，…; 2001年机构改革时，…): background
# to the study, not its year
_WHEN_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?=[^，。,；;\n\d]{2,12}?时[，,])")


def _body_year(text: str, body_start: int) -> tuple[Optional[int], Optional[Span], Optional[str]]:
    """The year the body's own opening states: the preamble formula, the opening sentence, the part-① heading."""
    head = text[body_start : body_start + 1500]
    if several_years(text, body_start):
        return None, None, None  # a report on several years' work names no one year of them
    # (…or a report delivered to a congress's standing committee: 向区人大常委会报告2022年度…情况，请予审议; a body's
    # sentence on the report it made, 按规定向人大常委会报告2022年法治政府建设情况, asks for no 审议)
    m = re.search(
        r"现将[^，。,]{0,30}?年|向[^。，,\n]{2,16}?(?:报告|汇报)(?=(?:19|20)\d{2}\s*年[^。\n]{0,40}?[，,]\s*请予?审议)"
        r"[^，。,]{0,8}?年",
        head,
    )
    if m and (found := _first_year(m.group(0), body_start + m.start())):
        return found[0], found[1], "preamble"
    # 现将本年度…总结如下 after 我单位在2024年度积极开展…, or a formula that names no year at all (市委巡察组于2022年3月
    # 11日至5月17日对…开展了巡察…。现将集中整改进展情况公布如下): the one year the formula's paragraph names
    for formula in (
        m if m and re.search(r"(?:本|今)年|一年来", m.group(0)) else None,
        _BARE_FORMULA.search(head, 0, 600),
    ):
        if formula:
            line_start = head.rfind("\n", 0, formula.start()) + 1
            paragraph = _HONOUR_YEAR.sub(lambda y: " " * len(y.group()), head[line_start : formula.start()])
            paragraph = _WHEN_YEAR.sub(lambda y: " " * len(y.group()), paragraph)
            if found := _one_year(paragraph, body_start + line_start):
                return found[0], found[1], "preamble"
    if (m := _CARRIED.search(head)) and not YEAR_SPAN.search(carried := m.group(named := m.lastindex or 1)):
        # 《某县2024年…工作要点》已制定发布，现作如下解读: the year of the document carried
        if found := _one_year(carried, body_start + m.start(named)):
            return found[0], found[1], "preamble"
        if not years(carried) and (adopted := _ADOPTED_ON.match(head, m.end(named) + 1)):
            # 《某省人民政府工作规则》已经2023年1月19日省政府党组会议审议通过，现印发给你们: a document of no year
            # of its own is of the year it was adopted and issued
            return int(adopted.group(1)), (body_start + adopted.start(1), body_start + adopted.end(1) + 1), "preamble"
    for line_start, line_end in _lines(head, 6):
        line = head[line_start:line_end]
        m = _OPENING_YEAR.match(line)
        if m and (part := _PART_START.match(line)) and m.start(1) > part.end() and not line[m.start(1) - 1].isspace():
            m = None  # 一、某某现状2019年是…: a part's heading run into its first sentence (a one-line copy's lost break;
            # with a space between, 一、总体情况 2023年，…, the part's overview may be the opening, so it stays)
        if m and _CENTRAL_ISSUED.match(line, m.end()):
            m = None  # 2015年，中共中央、国务院印发《纲要》…: the year a plan the text applies came out, not the text's
        if m and (found := _first_year(m.group(1) + "年", body_start + line_start + m.start(1))):
            with_word = line[m.end(1) : m.end(1) + 1] == "年"  # (a dropped 年 is quoted as the digits alone)
            return found[0], (found[1][0], found[1][0] + len(m.group(1)) + with_word), "opening"
    if (published := _PUBLISHED_REPORT.match(head)) or (published := _DONE_UNDER.search(head, 0, 400)):
        # 2023年5月，某省政府新闻发布会发布2022年度法治政府建设白皮书。2022年，…: the year of the report it opens on;
        # 根据《2021年…考核评估实施方案》，…开展了…考核评估工作。: the year of the work it reports the results of
        return int(published.group(1)), (body_start + published.start(1), body_start + published.end(1) + 1), "opening"
    first = _lines(head, 12)
    if first and (edition := edition_year(text, body_start, body_start + first[-1][1])):
        return edition[0], edition[1], "title"  # 中国法治政府评估报告(2013) on a line of its own under a page's title
    m = _PART_ONE_YEAR.search(head)
    if m and re.search(FEW_YEARS_WORK, m.group()):
        m = None  # 2023年区五年法治政府建设工作情况: a review of five years, no one year
    if not m:
        m = _PART_ONE_REVIEW.search(head)
    if m and (found := _first_year(m.group(1) + "年", body_start + m.start(1))):
        return found[0], (found[1][0], found[1][0] + len(m.group(1)) + 1), "heading"
    if notice := _NOTIFIED_BELOW.search(head, 0, 600):
        # 决定组织开展2023年某某宣传周活动。现将有关事项通知如下: the one year the sentence before a notice's formula names
        start = max(head.rfind("。", 0, notice.start() - 1), head.rfind("\n", 0, notice.start())) + 1
        if found := _one_year(head[start : notice.start()], body_start + start):
            return found[0], found[1], "preamble"
    return None, None, None


# a notice's formula before the arrangements it sets out (现将有关事项通知如下)
_NOTIFIED_BELOW = re.compile(r"现将[^。\n]{0,20}?通知如下")


# news: the year of the meeting, the report or the work the item is about (召开2023年度…会议, 发布2024年…报告,
# 研究审议《某区2021年法治政府建设情况报告》, 对2023年…工作进行了督察, 出台2018年…工作要点)
_NEWS_YEAR = re.compile(
    # (开展 and 传达 as the lead's own verbs, not a cited title's: 《关于开展2021年…的方案》 is another document's year)
    # (…or watches or attends the year's meeting: 组织收看府院联动2021年第1次联席视频会议)
    r"(?:召开|举行|举办|发布|公布|通报|发送|听取|审议|出台|印发|启动|总结|部署|安排|督察|督查|考核|完成|解读|对|收看|收听|参加|出席|借助|交流"
    # (…or names the year's models on a list: 被确定为“2021年全省基层治理示范街道”)
    r"|(?:确定|命名|评|认定)为|(?<!关于)(?:开展|传达))"
    # (not one item of a list of objects: 审议人大、政府工作报告、2022年度民生实事项目完成情况报告; not a period
    # looked back on: 查阅了2011年以来…)
    # (a cited title only as the verb's own object, 审议《某区2021年…报告》, never one the verb's noun is joined to:
    # 根据…统一部署和《某省开展2021年…实施方案》安排 cites the plans it follows)
    rf"(?:了?《[^。\n、《》]{{0,14}}?|[^。\n、《]{{0,14}}?(?<![，,]))({_NOT_REPORTED}(?:19|20)\d{{2}})\s*年(?!\d{{1,2}}月|以来)|"
    # (…or the report that came out: 近日，《2022年法治某省建设满意度调查报告》出炉)
    r"^(?:近日|日前)[，,]\s*(?:《(?=[^《》\n]{4,60}》(?:出炉|发布|公布)))?((?:19|20)\d{2})\s*年(?!\d{1,2}月)|"
    # (…or what a reporter learnt, a year's figures: 记者从某院获悉，2023年全市法院共受理…; 了解到，截至2023年底，…)
    r"(?:获悉|了解到)[，,：:]\s*(?:截至)?((?:19|20)\d{2})\s*年(?!\d{1,2}月|以来)|"
    # the year's plan the event follows or the year's work it pushes (根据2022年…工作要点安排, 推进2018年…重点工作):
    # named right after the verb, not inside a cited title (根据《关于开展2021年…的方案》 is another document's year)
    r"(?:根据|按照|推进)((?:19|20)\d{2})\s*年(?!\d{1,2}月)|"
    # a yearly survey published under its edition's year (发布《…评估报告(2018)》, 发布了《…评估报告》(2018))
    r"(?:发布|公布)了?《[^《》]{0,40}(?:》[(（]|[(（])((?:19|20)\d{2})[)）]|"
    # (…its edition written on without brackets, 发布《某评估报告2016》, or the verb after the title: 《某评估报告2017》
    # 正式发布, 《某评估报告(2016)》在北京发布, as a clause of the lead, not a headline repeated above it)
    r"(?:发布|公布)了?《[^《》]{0,40}?(?:报告|白皮书|蓝皮书)((?:19|20)\d{2})》|"
    r"《[^《》]{0,40}?(?:报告|白皮书|蓝皮书)\s*[(（]?((?:19|20)\d{2})[)）]?》[^。，,《》\n]{0,10}?(?:发布|公布|出炉)(?=[。，,])",
    re.M,
)
# a year's work and the next year's plans heard or told together (2021年工作情况和2022年工作思路)
_REVIEW_AND_PLAN = re.compile(
    r"((?:19|20)\d{2})\s*年度?[^。，,；;、]{0,12}?(?:情况|总结)(?:和|及|与|暨)((?:19|20)\d{2})\s*年度?"
    r"[^。，,；;、]{0,8}?(?:思路|计划|打算|安排|要点|重点)"
)
# a rule-of-law report the item names (审议…关于2022年度法治政府建设情况的报告): its year is the one the item is about,
# whatever else the meeting passed (2023年工作要点, 2023年部门预算)
_NEWS_REPORT_YEAR = re.compile(
    rf"({_NOT_REPORTED}(?:19|20)\d{{2}})\s*年(?:度)?[^。\n，,；;、]{{0,16}}?(?:法治政府建设|依法行政|法治建设)"
    r"[^。\n，,；;、]{0,10}?(?:报告|情况|总结)"
)


# the meeting or course the lead reports held, under its edition's year (2017年全国…法制工作会在北京召开, 2022年度某区
# 述法现场会在…召开, 2018年全区行政执法人员…培训班在…开班, 2018年“江淮普法行”活动启动仪式在…举行): the item is
# about that year, whatever years the meeting reviewed (总结2016年…) or planned
_MEETING_YEAR = re.compile(
    # (a law the event is about may be named in it: 2024年“宪法宣传周”暨新修改《某法》宣传学习活动在…举行; a quoted
    # name may close before the verb: 2017年“法制课堂”首次开课)
    # (…its 年 left out before a place's name: 2024西藏自治区“宪法宣传周”启动仪式…举行)
    rf"({_NOT_REPORTED}(?:19|20)\d{{2}})(?:\s*年(?:度)?(?!\d{{1,2}}月)|(?=[\u4e00-\u9fff])(?![年月日号件个人名次项万亿元余多家条份场户起所台辆届期批])"
    r")(?:[^。，,\n《》]|《[^《》\n]{1,30}》){2,50}?"
    # (…or its quoted name after it: 2020年宪法宣传周某省主场活动“…年度盛典”在长沙举行)
    r"(?:会(?:议)?|培训班?|研讨班|论坛|仪式|活动|课堂|讲堂|讲座|竞赛|大赛|考试|展览?)(?:[”\"」]|[“\"「][^“”\"「」\n]{1,30}[”\"」])?"
    r"(?:首次|正式|隆重)?"
    # (a venue may be long: 在县文化中心四楼会议室召开; the day may come first: …推进会近日在福州召开; a selection's
    # results may come out: 2025年某省“年度法治人物”宣传选树活动结果揭晓)
    r"于?(?:近日|日前|昨日|昨天|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午)?)?(?:在[^。，,\n]{1,24}?)?(?:召开|举行|举办|开幕|开班|开课|启动|(?<=活动)结果揭晓)"
    r"(?![^《》\n]*》)"  # (never inside a cited title: 依照《2017年某活动启动仪式方案》…)
)


_PROSE = re.compile(r"[。，,]")  # site furniture (banners, dates, sources) above a news lead is no lead
# a news page's summary of the story above its lead (摘要：某某表示，…) is the page's, not the lead's first sentence
_SUMMARY = re.compile(r"\s*(?:摘\s*要|导\s*读|核心提示|内容提要)\s*[:：]")


@lru_cache(maxsize=4)
def _lead_lines(text: str, start: int) -> tuple[Span, ...]:
    """The lines of prose under a news item's headline (offsets from ``start``), the furniture above them skipped.
    Kept for the last few texts: the four readers of a news item's year (news_year, dated_news_year, dateline_year,
    page_date_year) each ask for the same lead of the same text."""
    window = text[start : start + 1500]
    # (a metadata block's short rows, 索引号:/公开主体:/2021-02-22 one to a line, do not count against the twelve
    # lines a lead is looked for in: an open-government page may stack a dozen of them over its lead)
    spans, counted = [], 0
    for s, e in _lines(window, 200):
        if counted == 12:
            break
        prose = _PROSE.search(window, s, e) is not None
        counted += e - s > 12 or prose
        if prose and not _SUMMARY.match(text, start + s):
            spans.append((s, e))
    return tuple(spans)


# a report published under an edition of several years, the span of (发布《…报告(2018)》)
_SPAN_EDITION = re.compile(
    r"(?:发布|公布)了?《[^《》]{0,40}(?:》[(（]|[(（])(?:19|20)\d{2}\s*[-—–~至]+\s*(?:19|20)\d{2}[)）]"
)
# a yearly edition the lead's first sentence tells came out (《中国政府透明度(2020)》发布暨…研讨会召开): the item is of
# the edition's year, whatever older report the event also released further on
_EDITION_OUT = re.compile(r"《[^《》\n]{2,40}?[(（]((?:19|20)\d{2})[)）]》(?:正式|隆重)?(?:发布|出炉|首发|面世)")
# the lead's verb has objects of two years: the item is about no one year (see news_year)
NO_ONE_YEAR: tuple[None, None] = (None, None)


def _within_title(text: str, at: int) -> bool:
    """``at`` is inside a title the text cites (《 opened before it on its line and not closed)."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("《") > before.count("》")


# a year-end review's lead looking back on the year (回眸2023年，…; 站在2024年的起点回首过往，某会2023年的工作…): the
# year it looks back on, not the year it stands at
_LOOKED_BACK = re.compile(
    r"(?:回首|回望|回眸)(?:过往|过去的?一年)?[，,]?\s*(?:[^。，,；;\n]{2,24}?)?((?:19|20)\d{2})\s*年(?!\d)"
)


def news_year(text: str, start: int) -> Optional[tuple[Optional[int], Optional[Span]]]:
    """The year a news item is about, from its lead (the first three sentences' lines after the headline): the object of its
    lead verb, or a year right after 近日; a year further down is the background or the next year's plans.
    NO_ONE_YEAR when the lead's verb has objects of two years, or publishes a report on several (发布了《…报告》
    (2021-2022)): the item then gives no year at all."""
    lines = _lead_lines(text, start)[:3]
    if not lines:
        return None
    lead = text[start : start + lines[-1][1]]
    if _SPAN_EDITION.search(lead):
        return NO_ONE_YEAR  # 发布了《中国法治政府评估报告》(2021-2022): a report on two years, the item on no one
    if edition := _EDITION_OUT.search(lead, 0, (lead.find("。") + 1) or len(lead)):
        return int(edition.group(1)), (start + edition.start(1), start + edition.end(1))
    if looked_back := _LOOKED_BACK.search(lead):
        # 站在2024年的起点回首过往，市人大常委会2023年的工作…: a year-end review's year is the one it looks back on
        return int(looked_back.group(1)), (start + looked_back.start(1), start + looked_back.end(1) + 1)
    m = _NEWS_REPORT_YEAR.search(lead) or _MEETING_YEAR.search(lead)
    # (a verb inside a cited title is the title's, not the lead's: 根据《某省开展2021年…实施方案》安排)
    # (…nor a deadline met early: 提前5年完成了全省2020年实现…的任务 is the target's year, not the item's; nor what a
    # report the item's session heard looks back on: 检察长在报告中回顾总结了2021年…工作 is the report's year)
    if (
        not m
        and (
            m := next(
                (
                    v
                    for v in _NEWS_YEAR.finditer(lead)
                    if not _within_title(lead, v.start())
                    # (…报告全面回顾总结了2021年…, 报告全面、科学地总结了2023年…: the report's year, whatever its
                    # words before the verb)
                    and not re.search(
                        r"提前|报告中|报告(?:全面|系统|认真)?(?:回顾)?$|报告[^。，,；;]{0,6}地$",
                        lead[max(0, v.start() - 8) : v.start()],
                    )
                ),
                None,
            )
        )
    ):
        clause = re.match(r"[^。，,；;\n]*", lead[m.start() :])
        if clause and (bundle := _REVIEW_AND_PLAN.search(clause.group())) and int(bundle[2]) == int(bundle[1]) + 1:
            # 听取各市司法局2021年工作情况和2022年工作思路汇报: a year's work and the next year's ideas, one report on
            # the year it reviews (as a title's …总结和2024年工作思路 is)
            at = start + m.start() + bundle.start(1)
            return int(bundle[1]), (at, at + 5)
        if clause and len(set(years(clause.group()))) > 1:
            # 会议听取了2020年度…评估结果通报及2021年…工作情况汇报: one verb, two objects of two years, no one year
            # (总结2023年工作，部署2024年工作 reviews the first and plans the second)
            return NO_ONE_YEAR
    if not m:
        return None
    group = next(g for g in range(1, m.re.groups + 1) if m.group(g))
    year = int(m.group(group))
    if m.re is _NEWS_YEAR and (agenda := _law_item_elsewhere(text, start, lead, m.end(group))):
        return agenda
    if (
        _LATE_DAY.search(lead)
        and _PLAN_OBJECT.match(lead, m.end(group))
        and re.search(r"(?:提出|部署|安排|谋划|明确)了?$", lead[max(0, m.start(group) - 4) : m.start(group)])
    ):
        # 12月15日上午，某院院长…作法院工作报告，…回顾总结了近五年工作，提出2022年工作打算: a session late in the
        # year whose only year is the next one's plans is of the year it was held in
        return year - 1, (start + m.start(group), start + m.end(group) + 1)
    # a report heard (听取…2022年工作情况汇报): the report's year
    heard = re.match(r"[^。，,；;、\n]{0,8}?(?:报告|汇报)", lead[m.end() :]) or m.group().endswith("报告")
    # …and a meeting named for the year it sums up (召开2021年度工作总结大会), or for the year whose duties it hears
    # accounted for (召开2022年度党组织书记抓基层党建工作述职评议会): that year, whatever the next year's work it
    # also lays out
    summing_up = re.match(
        r"度?[^。，,；;、\n]{0,20}?(?:总结(?:表彰)?大?会|述职[^。，,；;、\n]{0,4}?会)", lead[m.end() :]
    )
    if m.re is not _MEETING_YEAR and not heard and not summing_up and (ahead := _planned_next(lead, year)):
        return year + 1, (start + ahead.start(1), start + ahead.end(1) + 1)
    return year, (start + m.start(group), start + m.end(group) + 1)


# the words of rule-of-law work in an agenda item (法治政府建设, 依法行政, 普法…)
_LAW_ITEM = re.compile(r"法治|依法|法制|普法|执法|法律|合法性")


def _law_item_elsewhere(text: str, start: int, lead: str, year_end: int) -> Optional[tuple[int, Span]]:
    """A meeting's lead that studies several items (研究2026年度区级重点项目安排、政府系统督查工作、法治政府建设等事项),
    the year it names on an item that is no rule-of-law work while the rule-of-law item it lists has none: the item is
    about the rule-of-law report the meeting heard further down (会议听取《关于2025年度法治政府建设工作情况的报告》…),
    when one year of such a report is all the opening names."""
    item = re.match(r"[^。，,；;、\n]*", lead[year_end:])
    listed = re.match(r"[^。；;\n]*", lead[year_end:])
    if not item or not listed or _LAW_ITEM.search(item.group()) or not _LAW_ITEM.search(listed.group()):
        return None
    found = list(_NEWS_REPORT_YEAR.finditer(text, start, start + 2000))
    if len({int(f.group(1)) for f in found}) != 1:
        return None
    return int(found[0].group(1)), (found[0].start(1), found[0].end(1) + 1)


# a meeting in the first three quarters of a year that reviews the year before and plans its own (3月24日，某区召开…
# 会议，总结2024年…工作，部署2025年…任务): the item is of the year it was held in, the one it plans
_PLAN_VERB = r"(?:部署|安排|谋划|研究|明确|审议)[^。\n]{0,16}?"
_EARLY_DAY = re.compile(r"(?<![\d年])([1-9])\s*月\s*\d{1,2}\s*(?:[-—–~至到]\s*\d{1,2}\s*)?日")  # (1月17-18日 too)


# a lead dated by a day in the year's last quarter (12月15日上午), and a year's plans as a verb's object (2022年工作打算)
_LATE_DAY = re.compile(r"(?<![\d年])1[0-2]\s*月\s*\d{1,2}\s*日")
_PLAN_OBJECT = re.compile(r"\s*年度?(?:工作)?(?:打算|思路|计划|安排|任务|目标)")


def _planned_next(lead: str, year: int) -> Optional[re.Match[str]]:
    """The next year's plans in a lead dated by day in its first nine months (see ``_PLAN_VERB``), or None."""
    # (…or dated by its page, the lead saying only 日前: 2023-04-17 08:40 来源：某日报 … 日前，全省…推进会举行，总结
    # 2022年工作，部署2023年任务)
    paged = re.search(rf"(?<!\d){year + 1}-0?[1-9]-\d{{1,2}}(?!\d)", lead)
    if not (_EARLY_DAY.search(lead) or paged) or "工作报告" in lead:
        return None  # (a work report delivered to a session reviews its year: the session's news is that year's)
    # (…or the year first: 并就2019年工作进行了安排部署)
    return re.search(rf"{_PLAN_VERB}(?:《)?({year + 1})\s*年", lead) or re.search(
        rf"就\s*({year + 1})\s*年[^。\n]{{0,12}}?(?:进行了?|作出了?|作了)?(?:安排部署|部署|安排)", lead
    )


# a lead that opens with the full date of the event it reports (2020年11月27日，市长主持召开…会议): a date, not a
# background event (2015年1月14日，《某意见》印发，…), so only with the verb of a meeting or an activity held
_DATED_LEAD = re.compile(
    # (after the lead's purpose clause or its basis, if it opens with one: 为深化…，提升…，2025年10月27日，某局…召开听证会;
    # 根据…安排，2023年2月24日，某巡察组向…反馈巡察情况; or after up to three clauses of its setting: 在…来临之际，某局联合
    # 某街道办事处，于2026年3月13日在…开展…)
    # (…and after a paper's credit, 某某传媒网：（某某） / 某某人讯（通讯员 某某）, whose purpose clause may end its own
    # sentence: …助力法治农村建设。2022年2月，某所…打造…)
    r"^(?:[^。\n，,]{0,20}?(?:讯|网|报)\s*[:：]?\s*[(（][^()（）\n]{1,30}[)）]\s*)?"
    # (…or after photo captions in brackets run onto the lead's line: （某地庭审现场） （某某旁听…） 2014年9月12日上午，…)
    r"(?:[(（][^()（）\n。]{2,40}[)）]\s*)*"
    # (…or after a sentence of its setting that dates nothing: 某市两会召开期间，我局积极为…提供咨询服务。2019年1月15日
    # 上午，…参加了…活动)
    r"(?:[^。\n年月日]{4,80}。\s*(?=(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))?"
    r"(?:(?:为了?|进一步|根据|按照)(?:[^。\n；;，,]{2,60}[，,。]){1,4}\s*|(?:[^。\n；;，,]{2,60}[，,]+\s*){1,3})?"
    r"[^。\n]{0,20}?((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月"
    # (a period is no day: 2022年11月2日至2023年1月6日; a few days of one month are: 10月15日至17日, 3月23—25日; a month alone
    # dates the deed that follows it closely, 2022年2月，某所精心策划，…打造…, never a law's passing: 2014年2月，市人大
    # 通过《某条例》，规定…举行…)
    # (…its 日 left out before a list of the event's days: 于2024年1月12、4月1日、11月14日组织召开)
    r"(?:\s*\d{1,2}\s*(?:[至—–~-]\s*\d{1,2}\s*)?(?:日|(?=、\s*\d{1,2}\s*月\s*\d{1,2}\s*日))"
    r"(?!\s*[至—–~-]\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月))[^。\n]{0,120}?|(?!\s*\d)(?:(?!通过|施行|规定)[^。\n]){0,40}?)"
    r"(?:召开|举行|举办|开展|开幕|闭幕|开班|汇报|考察|调研|督导|检查|验收|评审|签订|签约|成立|启动|揭牌|授牌|培训|考试|参加|"
    # (…or a court's hearing, an award, a session of teaching or mediation: 开庭审理, 获…殊荣, 作…辅导, 作…专题讲座,
    # 协调化解)
    # (…or whatever is under way that day: 一堂…教育课正在这里进行)
    rf"开庭|审理|宣判|荣获|获评|获得|获|辅导|授课|宣讲|讲座|化解|调解|登门|走进|走访|打造|建成|反馈|进行|{EVENT_ENDED})"
)


def dateline_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item whose lead opens with the full date of the meeting or activity it reports, and that names no
    report or year of work it is about: the year of that date."""
    lines = _lead_lines(text, start)
    if not lines:
        return None
    lead = text[start + lines[0][0] : start + lines[0][1]]
    if m := _DATED_LEAD.match(lead):
        return int(m.group(1)), (start + lines[0][0] + m.start(1), start + lines[0][0] + m.end(1) + 1)
    for at, end in lines[:2]:
        # (…or a carrier's credit that dates its dispatch, also under a headline the title finder passed over: 【某某台
        # 2021年03月12日讯】某法院为…)
        if credit := _DATED_CREDIT.match(text, start + at, start + end):
            return int(credit.group(1)), (credit.start(1), credit.end(1) + 1)
    return None


_DATED_CREDIT = re.compile(r"\s*" + DATED_CREDIT)


# the page's own date line above a news item (时间:2025-12-23, 2024/09/23 09:11 来源:…, 发布日期:2017-12-25)
# (…or written day first by some sites' templates: 29.12.2015 11:53)
_PAGE_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)"
    r"|(?<![\d.])(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d{2})(?=\s+\d{1,2}:\d{2})"
    # (a CMS that sets the year apart from the day, by a space or on a line of its own, the time after them:
    # 2025 09/06 16:29:24, 2022⏎10-21⏎17:32)
    r"|(?<![\d.])(?P<y3>(?:19|20)\d{2})(?:[ \t]+|[ \t]*\n[ \t]*)(?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})(?=\s+\d{1,2}:\d{2})"
    # (…or an image's file name the copy kept where the page shows its screenshot: 微信截图_20230809162042, taken
    # the day the item was written)
    r"|(?<=微信截图_)(?P<y4>20\d{2})(?P<m4>\d{2})(?P<d4>\d{2})(?=\d{6}\s*$)"
)


def _date_groups(page: re.Match[str]) -> tuple[str, str, str]:
    """The names of the year's, the month's and the day's groups of a ``_PAGE_DATE`` match, whichever form it is."""
    return next(
        g for g in (("y", "m", "d"), ("y2", "m2", "d2"), ("y3", "m3", "d3"), ("y4", "m4", "d4")) if page.group(g[0])
    )


# the lead's date of the event, without a year (12月17日, 北京6月5日电, 记者22日从…获悉, 7日上午); cleaning keeps the
# page's date line above a lead so dated. An event over several days (10月12日-13日, 9月28日至10月2日) is dated by
# its last day, the one a report of it follows (1月17-18日 too).
DAY_DATE = (
    # (…its first day's 日 left out before the span: 1月17-18日)
    # (…or a paper's yesterday with its day in brackets: 昨(28)日)
    r"(?<![\d年月/.\-])(?:(\d{1,2})\s*月\s*)?(?:(?<=[昨今])[(（])?(\d{1,2})(?:[)）](?=日))?\s*(?:日|(?=[-—–~至到]\s*\d{1,2}\s*日))"
    r"(?:\s*[-—–~至到]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?(?![\d、至到—\-])"
)
_LEAD_DATE = re.compile(DAY_DATE)
# the first sentence of a news lead that dates its event (为…，9月15日上午，我县召开…): the sentence the year
# finder reads the date from, and above which cleaning keeps the page's date line
LEAD_SENTENCE_DATE = r"^[^。\n]{0,200}?" + DAY_DATE


@lru_cache(maxsize=4)
def _dated_lead_lines(text: str, start: int) -> tuple[Span, ...]:
    """The lead's lines (``_lead_lines``) under the page's date line: a headline the title finder passed over (a
    comma in it: 某县某局：异地学习取经，促进…!) is no lead when the page's date line stands under it. Kept for the
    last few texts, as ``_lead_lines`` is: dated_news_year and page_date_year each ask it of one news item."""
    lines = _lead_lines(text, start)
    head = text[start + lines[0][0] : start + lines[0][1]] if lines else ""
    if len(lines) > 1 and len(head.strip()) <= 60 and "。" not in head:
        below = _PAGE_DATE.finditer(text, start + lines[0][1], start + lines[1][0])
        if any(_own_line(text, m.start()) for m in below):
            return lines[1:]
        if _PAGE_DATE.search(head) and not _LEAD_DATE.search(head):
            return lines[1:]  # 被阅读6169次,日期:2018-08-27 15:18:56: the page's date row itself, above the lead
    return lines


# days between an event and the page that reports it: the lead's own page (a feature may follow its event by weeks);
# further, the date line is a later copy's (measured on the development texts: 14 days left a dozen items undated
# that their pages date rightly, 60 dates no item wrongly that 14 left undated)
_POSTED_WITHIN = 60
# the lead's list or span of its event's days (于2024年1月12、4月1日、11月14日; 于2023年5月20日至22日): its first day is
# no page's date line
# (each day after a separator it must have, so that no character can go to two parts: a long list fails in linear time)
_DATE_LIST = re.compile(
    r"日?(?:[ \t]*[、，,和及与至到—-][ \t]*(?:\d{1,2}月)?\d{1,2}日?)*[ \t]*[、，,和及与至到—-]?[ \t]*"
)


# a line above a news lead that is none: a headline or subtitle (short, no full stop) or a photo's caption (图为…)
_NO_LEAD = re.compile(r"[^。\n]{1,60}$|[图圖]为")


def dated_news_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item whose lead dates its event by month and day only (12月17日，县人大常委会开展…视察; 记者22日从…获悉)
    under the page's own date line (时间:2025-12-23): the event's year is the date line's, when the event falls in
    the two months before it (an item of 2 January on a meeting of 28 December is the year before's; a feature posted
    on 11 November on a hearing of 4 September is that year's). A date line further from the event (a repost, a
    mirror's or an app's copy, a crawl date) dates nothing, and a lead whose days follow a full date of its own
    (于2024年1月12、4月1日…) is no lead dated by day."""
    lines = _dated_lead_lines(text, start)
    # (past the headline said again under the date line and a photo's caption: 某省持续6年…⏎图为某湖。某某 摄⏎
    # 记者21日从…获悉)
    # (a short line that dates its event is the lead itself: 12月3日，县司法局召开…会议)
    while len(lines) > 1 and _NO_LEAD.match(line := text[start + lines[0][0] : start + lines[0][1]].strip()):
        if _LEAD_DATE.search(line) and not line.startswith(("图为", "圖為")):
            break
        lines = lines[1:]
    if not lines:
        return None
    s, e = start + lines[0][0], start + lines[0][1]
    sentence_end = text.find("。", s, e)
    lead = _LEAD_DATE.search(text, s, sentence_end if sentence_end > 0 else e)
    if not lead:
        return None
    dates = list(_PAGE_DATE.finditer(text, max(0, lead.start() - 400), lead.start()))
    if not dates:
        return None
    if text[dates[-1].end() : lead.start()].strip() and _DATE_LIST.fullmatch(text, dates[-1].end(), lead.start()):
        return None  # (the lead's day ends a list or a span that opens with a full date: the lead dates itself)
    return _event_year(lead, dates[-1])


def dated_over_body(text: str, start: int, at: int) -> Optional[tuple[int, Span]]:
    """A news item whose lead is dated by day under the page's date line (``dated_news_year``) while the year read
    at ``at`` stands past the lead's first line (9月13日，某会在某市召开… over 近年来，…2023年，某市经过省级初评…):
    the lead's event is the item's, the later paragraph's year its background."""
    lines = _dated_lead_lines(text, start)
    if not lines or at < start + lines[0][1]:
        return None
    # (…nor one the lead's first line names too: 3月1日，某市2023年度党政主要负责人专题述法会议召开 over 会上，…围绕2023年度
    # 履行…职责情况作了述法报告, the meeting's year)
    named = text[at : at + 4]
    if re.search(rf"{re.escape(named)}\s*年", text[start + lines[0][0] : start + lines[0][1]]):
        return None
    if named in text[: start + lines[0][0]]:
        return None  # 省考核组莅临某厅考核⏎2020年度依法行政工作 over 1月11日，…: the headline's own year, the work it is about
    return dated_news_year(text, start)


def _event_year(lead: re.Match[str], page: re.Match[str]) -> Optional[tuple[int, Span]]:
    """The year of the lead's day (``lead``, a ``_LEAD_DATE`` match) by the page's date (``page``): the date's year
    or the one before (an item of 2 January on a meeting of 28 December), None when the page follows its event by
    more than ``_POSTED_WITHIN`` days (a repost's or a crawl's date) or either is no date at all."""
    ymd = _date_groups(page)
    year, month, day = (int(page.group(g)) for g in ymd)
    event_day = int(lead.group(4) or lead.group(2))
    if named_month := lead.group(3) or lead.group(1):
        event_month = int(named_month)
    else:  # 22日 under 2024/09/23: this month's 22nd, or last month's when the day is still to come
        event_month = month if event_day <= day else (month - 1 or 12)
    event_year = year if (event_month, event_day) <= (month, day) else year - 1
    try:
        days = (date(year, month, day) - date(event_year, event_month, event_day)).days
    except ValueError:
        return None  # not a date at all (2023-13-45, 2月30日)
    if not 0 <= days < _POSTED_WITHIN:
        return None
    return event_year, page.span(ymd[0])


# a news item told over a period, or as the year before the page's (去年，我省…): the page's date dates no year of it
# (今年以来 and 今年来 tell of the page's own year, so they date it; a campaign's name, 专项整治三年行动, tells of no
# period the item covers)
_NOT_THE_PAGE_YEAR = re.compile(
    r"去年|上年|前年|近年|多年|(?<!今)年来|(?<!今年)以来|[一二三四五六七八九十]+年(?!行动|攻坚行动|规划|计划)|[“\"]?(?:十[一二三四五六]|[一二三四五六七八九])五[”\"]?"
    r"|(?:19|20)\d{2}\s*[-—–~至－]+\s*(?:19|20)\d{2}"
)


# a field of a page's metadata table (索引号, 发布机构, 发文日期…)
_METADATA_FIELD = re.compile(r"索\s*引\s*号|发布机构|发文机关|发文日期|成文日期|主题分类|公文目录|文\s*号")


def _own_line(text: str, at: int) -> bool:
    """The date at ``at`` is on a page's date line (发布时间：2021-03-01 来源：某局), not a subtitle's date of an event
    (——2025年3月8日在…会议上)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # (a bullet may set off the page's own line: - 发布日期: 2020-11-25; a source line names a 委员会 that held no
    # meeting: 2025-04-27 15:21 来源: 市民族宗教事务委员会)
    # (…or a page's metadata fields copied out of their table onto one long line, whatever they file it under:
    # 索引号:… 公文目录:政府会议 发文日期:2018年06月13日 … 发布机构:某县政府办)
    if len(_METADATA_FIELD.findall(line)) >= 3:
        return True
    return (
        len(line) <= 100
        and not re.match(r"\s*(?:—|-(?!\s*(?:发布|更新|时间|日期)))", line)
        and not re.search(r"会(?:议|上)|大会", line)
    )


# a lead that tells of what happened lately (近日，某局… / 日前，…): the page's year is its event's, whatever older
# years the body names (a system set up in 2017, a law of 1988)
_LATELY = re.compile(r"近日|日前|近期|今天|昨天|昨日")
# a sentence of the body on the page's own year (今年，某办下发…; 今年以来)
_THIS_YEAR = re.compile(r"(?:^|[。；;\n])\s*今年(?:以来)?[，,]")


# a lead on the page's own year (今年以来，某镇… / 今年，…) and a sentence below that names it (2025年以来，某镇…)
_THIS_YEAR_LEAD = re.compile(r"\s*(?:[^。\n]{0,20}?[，,])?今年(?:以来|来)?[，,]")
_SINCE_YEAR = re.compile(r"(?:^|[。；;\n])\s*((?:19|20)\d{2})\s*年以来[，,]")


def this_year_since(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item whose lead tells of its own year by 今年以来 and names it only further down, as the start of the
    period it sums up (今年以来，某镇… ⏎ …2025年以来，某镇合法性审查工作…): that year, when it is the latest the body
    names (an older 2021年以来 with 2025 named below is a look back, not the item's year)."""
    lines = _lead_lines(text, start)
    if not lines or not _THIS_YEAR_LEAD.match(text, start + lines[0][0], start + lines[0][1]):
        return None
    body = text[start : start + 3000]
    since = list(_SINCE_YEAR.finditer(body))
    if not since or int(since[-1].group(1)) != max(years(body), default=0):
        return None
    last = since[-1]
    return int(last.group(1)), (start + last.start(1), start + last.end(1) + 1)


# a tally of the year so far (2025年1—7月，全区…出庭26次; 2024年1至10月): of a year not yet over
_YEAR_TO_DATE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*1\s*(?:月(?:份)?)?\s*[—\-–~至到]\s*([2-9]|1[01])\s*月(?:份)?(?![^，,。\n]{0,4}日)"
    # (…or a tally as of a month before the year's last: 截至2021年11月，全省律师事务所…)
    r"|截[至止]\s*((?:19|20)\d{2})\s*年\s*(?:[1-9]|1[01])\s*月(?![0-9])"
)


def year_to_date(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item that names no year of its own but tallies its year so far in its first paragraphs (2025年1—7月，
    全区行政机关主要负责人出庭26次): that year, the one the item was written in, when every such tally is of it."""
    found = [(m, 1 if m.group(1) else 3) for m in _YEAR_TO_DATE.finditer(text, start, start + 600)]
    if not found or len({m.group(g) for m, g in found}) != 1:
        return None
    m, g = found[0]
    return int(m.group(g)), (m.start(g), m.end(g) + 1)


def page_date_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item that names no year of its own: the year of the page's own date line, between its headline and
    its lead (发布时间：2021-03-01 over 近日，某局开展…). None when the lead is dated by day (its date line then dates
    it only in the two weeks after: dated_news_year), tells of a period or of the year before (去年，…; 近年来), the
    body names years but not the line's, or it tells of a session that heard a work report or of several years."""
    if PLENARY.search(text, start, start + 600) or several_years(text, start):
        return None  # news of a session hearing a work report, or on several years: no page's year
    lines = _dated_lead_lines(text, start)
    if not lines:
        return None
    lead_start = start + lines[0][0]
    found = [m for m in _PAGE_DATE.finditer(text, start, lead_start) if _own_line(text, m.start())]
    if not found:
        return None
    return _page_year(text, start, (lead_start, start + lines[0][1]), found[-1], lead_start + 3000)


_TARGET_YEAR = re.compile(r"(?:力争|争取)?到(?:19|20)\d{2}\s*年(?:底|末)?")


def _page_year(text: str, start: int, lead: Span, page: re.Match[str], end: int) -> Optional[tuple[int, Span]]:
    """The year of a news page's own date line (``page``) for the item whose body starts at ``start``, its lead
    at ``lead`` and its body running to ``end``: none when the headline or the lead tells of a period or of the year
    before, or the body names years but not the line's (a copy's later date, a look back)."""
    lead_start, lead_end = lead
    first = _first_sentence(text[lead_start:lead_end])
    group = _date_groups(page)[0]
    year = int(page.group(group))
    # (a target year the item looks ahead to, 到2016年，实现…全覆盖, is no year it is about)
    named = years(_TARGET_YEAR.sub("", text[lead_start:end]))
    # (…unless the lead tells of a meeting held lately, whatever period it or its headline looks back on: 日前，县
    # 召开“八五”普法开展情况新闻发布会 was held in the page's year; or the body names the line's year itself: 近年来，
    # 某区… / 2023年以来，… under 2023-08-25)
    # (…or the lead counts what was done so far: 截至目前，全区共开展… is told as of the page's day)
    held_lately = (
        # (…or issued a decision lately, whatever years it honours: 近日，某省委、省政府下发文件，表彰2014~2015年…)
        (_LATELY.search(first) and re.search(r"召开|举行|举办|下发|印发|公布|表彰|命名", first))
        or year in named
        or re.search(r"截至目前|截至发稿", text[lead_start:lead_end])
        # (…or the body tells of a month of this year: 今年6月份，由县委组织部…举办的轮训班分三期举行)
        or re.search(r"今年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月", text[lead_start:end])
        # (…or the lead's campaign since it began, 自…专项行动开展以来，某县…, is followed by the scene of lately:
        # ⏎近日，某村异常热闹，一堂普法课正在这里进行)
        or (
            re.search(r"^[^。]{0,12}自[^。，,]{2,40}以来", first)
            and re.match(r"\s*(?:近日|日前)[，,]", text[lead_end + 1 : end])
        )
    )
    if _LEAD_DATE.search(first):
        return None
    month = int(page.group(_date_groups(page)[1]))
    if (
        set(named) == {year - 1}
        and month <= 3
        and (tally := re.search(rf"截[至止](?:{year - 1})\s*年(?:底|末|12月31日)", text[lead_start:end]))
    ):
        # 截至2021年底，某区共建成… on a page of 2022-02-14: news early in a year of the year before, tallied to its end
        at = lead_start + tally.start() + 2
        return year - 1, (at, at + 4)
    if (
        set(named) == {year - 1}
        and month <= 6
        and (told := re.search(rf"(?:^|[。\n])[ \t　]*({year - 1})\s*年度?[，,]", text[lead_start:end]))
    ):
        # 2024年，全市…1428名…述法 on a page of 2025-05-06, naming no other year: news in the first half of a year
        # telling the year before's account, by its number
        at = lead_start + told.start(1)
        return year - 1, (at, at + 5)
    # (a period inside a cited title, 《“六五”普法简报》, is the title's words, not the item's span)
    if not held_lately and (
        _NOT_THE_PAGE_YEAR.search(_CITED_TITLE.sub("", first)) or _NOT_THE_PAGE_YEAR.search(text[:start])
    ):
        return _last_year(text, start, lead_start, end, year)
    # (…unless every year it names is long past and the lead tells of lately, or the body of this year: 2017年，某市…
    # 作为试点…。今年，某办下发…)
    now = _LATELY.search(first) or _THIS_YEAR.search(text, lead_start, end)
    if named and year not in named and not (max(named) < year and now):
        return None  # a body that names other years, not the line's: a copy's date (later), or a look back
    return year, page.span(group)


def _first_sentence(lead: str) -> str:
    """The lead's first sentence, read past a quotation that opens it (“…。”近日，某院院长…; 本报讯 “…。”8月8日，…):
    the news is told after the quoted words."""
    sentences = lead.split("。")
    first = sentences[0]
    if first.count("“") > first.count("”") and len(sentences) > 1:
        first += "。" + sentences[1]
    return first


def _last_year(text: str, start: int, lead_start: int, end: int, year: int) -> Optional[tuple[int, Span]]:
    """A news item whose headline or lead's first sentence tells of last year (去年推进160余项…) under a page's date
    line of ``year``: the year before, where the body names it (2023年全市…), as the item's own; else no year."""
    body = text[lead_start:end]
    if not re.search(r"去年|上年", text[:start] + body.split("。")[0]) or (year - 1) not in years(body):
        return None
    m = re.search(rf"{year - 1}\s*年", body)
    return (year - 1, (lead_start + m.start(), lead_start + m.end())) if m else None


# a page's date line set under the body instead of over it (…作者：某支队 某某⏎2018-05-17 09:02:57 来源：某网 编辑：…):
# the date with its time or a source, publisher or editor beside it, on a short line of its own (or a digital paper's
# edition row under the item, its day and weekday: 某日报 今日某市 00015 …标题 2022-04-25 … 2022年04月25日 星期一)
# (…and an e-paper's property row its system leaves under the item: 2022-08-12 1 1 某日报 content_16787.html 1 标题
# /enpproperty-->)
_PAGE_FURNITURE = re.compile(
    r"\d{1,2}:\d{2}|来源|发布|编辑|责编|时间|日期|星期[一二三四五六日天]|enpproperty|content_\d+\.html?"
)


def page_date_below(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item whose page sets its date line under the body, with nothing dated over the lead: the year of
    that line, as ``dated_news_year`` reads a lead dated by day and ``page_date_year`` one that is not (近日，…)."""
    if PLENARY.search(text, start, start + 600) or several_years(text, start):
        return None
    lines = _dated_lead_lines(text, start)
    if not lines:
        return None
    lead_start, lead_end = start + lines[0][0], start + lines[0][1]
    if any(_own_line(text, m.start()) for m in _PAGE_DATE.finditer(text, start, lead_start)):
        return None  # a date line over the lead: the readers of that line have judged it
    for page in _PAGE_DATE.finditer(text, lead_end):
        line_start = text.rfind("\n", 0, page.start()) + 1
        line_end = text.find("\n", page.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        rest = line.replace(page.group(), " ")
        if _own_line(text, page.start()) and _PAGE_FURNITURE.search(rest) and not re.search(r"[。，,；;]", rest):
            break  # (a row of fields, no sentence: 2022年6月1日，市政府发布《…》。 is the body's)
    else:
        return None
    first = _first_sentence(text[lead_start:lead_end])
    if lead := _LEAD_DATE.search(text, lead_start, lead_start + len(first)):
        return _event_year(lead, page)
    return _page_year(text, start, (lead_start, lead_end), page, page.start())


# a sentence on what a place will do in a year (2023年，我省将在全省政府系统…; 2024年，全市将…)
_WILL_DO = re.compile(
    r"(?:^|[。；;])\s*((?:19|20)\d{2})\s*年[，,]\s*(?:我|全)[省市州县区旗镇乡][^。\n，,]{0,8}?将"
    # (…or what a meeting's speaker asks of the year: 他强调，2020年要充分发挥…)
    # (…or decides for it, its work named first: 会议确定，2020年某省交通运输工作要…)
    r"|(?:强调|指出|要求|提出|确定)[，,:：]\s*((?:19|20)\d{2})\s*年(?:[^。，,；;\n]{0,14}?工作)?(?:要|将|必须)"
    # (…or a sentence of the year's plans a work meeting lays out: 2019年将重点抓好八个方面工作)
    r"|(?:^|[。；;])\s*((?:19|20)\d{2})\s*年将(?:重点|着力|全力|继续)"
    # (…or what a body named by its level will do in it: 2023年，区人民检察院将锚定…)
    r"|(?:^|[。；;])\s*((?:19|20)\d{2})\s*年[，,]\s*[省市县区州旗][\u4e00-\u9fff]{1,10}(?:院|局|委|厅|政府)将"
)


# a people's congress's session that reviews a year's budget or plan and approves the next's (听取…《2021年财政预算执行
# 情况和2022年财政预算安排情况的报告》 / 审查和批准…2018年…计划执行情况与2019年…计划(草案)的报告): held early in the
# second year, whose plans it adopts
_SESSION_PAIR = re.compile(
    # (…or their reports: 审查批准了2022年财政预算执行报告和2023年财政预算报告)
    # (…or the year's projects for the people, done and chosen: 2022年民生实事项目实施情况及2023年民生实事候选项目)
    r"((?:19|20)\d{2})\s*年[^。；;\n《》]{0,20}?(?:(?:预算|决算|计划)执行|民生实事项目(?:实施|完成))(?:情况|报告)"
    r"[^。；;\n《》]{0,4}?(?:和|与|及|、)\s*"
    r"((?:19|20)\d{2})\s*年[^。；;\n《》]{0,24}?(?:(?:预算|计划)(?:情况)?(?:安排|草案|（草案）|\(草案\)|报告)|民生实事候选项目)"
)
# (…or a subdistrict's, whose people's congress works through its working committee: 街道人大工委)
_CONGRESS = re.compile(r"人民代表大会|人代会|人大[^。，,\n]{0,8}次会议|人大工委")
# …or a standing committee's session that approves an adjustment of the running year's budget (批准2020年市本级预算调整
# 方案): held in that year
_BUDGET_ADJUSTED = re.compile(r"批准[^。；;\n]{0,6}?((?:19|20)\d{2})\s*年[^。；;\n《》]{0,12}?预算调整方案")


def session_plan_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The year of a people's congress session a news item tells of, from the budget or plan pair it reviewed and
    adopted (see ``_SESSION_PAIR``): the second year, when the two are consecutive and the item names a congress;
    else the one year whose budget's adjustment it approved."""
    head = text[start : start + 1500]
    if not _CONGRESS.search(head):
        return None
    for m in _SESSION_PAIR.finditer(head):
        if int(m[2]) == int(m[1]) + 1:
            return int(m[2]), (start + m.start(2), start + m.end(2))
    adjusted = list(_BUDGET_ADJUSTED.finditer(head))
    if len({m[1] for m in adjusted}) == 1:
        return int(adjusted[0][1]), (start + adjusted[0].start(1), start + adjusted[0].end(1))
    return None


def early_lead(text: str, start: int) -> bool:
    """The item's lead dates its event by a day in a year's first nine months (3月22日，全市…会议召开): a meeting then
    looks back on the year before and plans its own."""
    day = _LEAD_DATE.search(text, start, start + 300)
    return bool(day and day.group(1) and int(day.group(1)) <= 9)


def will_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The one year a news item's body says its place will act in (2023年，我省将…), or its meeting's speaker asks of
    (他强调，2020年要…; not at a meeting late in a year, which plans the next), when the item names no year of its
    own: the item looks ahead from that year. None when it names two such years."""
    day = _LEAD_DATE.search(text, start, start + 300)
    late = bool(day and (day.group(3) or day.group(1)) and int(day.group(3) or day.group(1)) >= 11)
    found = {
        int(m.group(g)): m.span(g)
        for m in _WILL_DO.finditer(text, start, start + 3000)
        # (a meeting late in the year asks its speaker's plans of the next: 12月28日…会议强调，2021年要…)
        for g in ((1, 4) if late else (1, 2, 3, 4))
        if m.group(g)
    }
    if len(found) != 1:
        return None
    ((year, (s, e)),) = found.items()
    return year, (s, e + 1)


# the year's own plan a news item's work follows (按照…《2020年法治督察工作计划》的安排, 根据《某局2018年统计执法“双随机”
# 抽查工作方案》要求): the item's year, as the plan's
_PLAN_FOLLOWED = re.compile(
    r"(?:按照|根据|依据|落实)[^。；;\n《》]{0,30}?《[^《》\n]{0,16}?((?:19|20)\d{2})\s*年度?[^《》\n\d]{2,40}?"
    r"(?:工作要点|工作计划|实施方案|工作方案|行动方案|专项方案)》(?:[(（][^()（）\n]{2,24}[)）])?[^。；;\n]{0,6}?"
    r"(?:的)?(?:安排|部署|要求|规定)"
)


def plan_followed_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item dated by day that names no year of its own but the year's plan its work follows (5月14日，… 按照
    《2020年法治督察工作计划》的安排，…开展了…督察): that plan's year. None when it follows plans of two years."""
    # (近日，某办印发…决定 … 根据《…2022年…实施方案》安排，自2022年10月起…: a later news of work begun then)
    return _day_dated_one_year(text, start, _PLAN_FOLLOWED, 1500)


def _day_dated_one_year(text: str, start: int, named: re.Pattern[str], window: int) -> Optional[tuple[int, Span]]:
    """The one year ``named`` (its first group) gives within ``window`` characters of a news item whose lead is dated
    by day: the year the lead's day falls in, when the item names it only so. None for a lead dated otherwise, or
    when ``named`` gives two years."""
    if not _LEAD_DATE.search(text, start, start + 300):
        return None
    found = {int(m.group(1)): m.span(1) for m in named.finditer(text, start, start + window)}
    if len(found) != 1:
        return None
    ((year, (s, e)),) = found.items()
    return year, (s, e + 1)


# a yearly campaign's theme, given by its year (活动围绕2022年“…”主题, 以2023年“…”为主题)
_THEMED = re.compile(r"(?:围绕|以)\s*((?:19|20)\d{2})\s*年度?\s*[“\"][^”\"\n]{2,40}[”\"]\s*(?:的)?(?:为)?主题")


def themed_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item dated by day only (4月22日，某县开展…宣传周活动) whose campaign takes the theme of one year
    (活动围绕2022年“…”主题): that year. None when it names themes of two years."""
    return _day_dated_one_year(text, start, _THEMED, 800)


# a law or a rule the lead says will come into force on a full date (新修订的《…法》将于2024年1月1日起施行)
_IN_FORCE = re.compile(
    r"将(?:于|自)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:起)?(?:正式)?(?:施行|实施|生效)"
)


def in_force_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A news item dated by month and day only (12月4日，某局…开展…宣传月活动) whose lead says what will come into force
    on a full date (将于2024年1月1日起施行): the event falls before that date, so in its year when its day comes
    earlier in the calendar, and in the year before when later. The span is the in-force date's year, the evidence
    the inference rests on."""
    force = _IN_FORCE.search(text, start, start + 400)
    lead = _LEAD_DATE.search(text, start, start + 400)
    if not force or not lead or not lead.group(1) or lead.group(3) or lead.group(4):
        return None  # (a span of days, or a day with no month, dates no event against the in-force date)
    event, in_force = (int(lead.group(1)), int(lead.group(2))), (int(force.group(2)), int(force.group(3)))
    if event == in_force:
        return None
    year = int(force.group(1)) - (event > in_force)
    return year, (force.start(1), force.end(1) + 1)


# days, weeks and months kept every year, by the year each was first kept: the text's year by the ordinal it gives
# its occasion (第七个国家宪法日 → 2020; 第二十三届“世界水日” → 2015). The years are the occasions' own; a text that
# names an ordinal of one names its year as surely as by digits
_FIRST_KEPT = {
    "全国法制宣传日": 2001,
    "国家宪法日": 2014,
    "宪法日": 2014,  # (第七个“宪法日”: the same day, its name shortened)
    "宪法宣传周": 2018,
    "全民国家安全教育日": 2016,
    "国家网络安全宣传周": 2014,
    "民法典宣传月": 2021,
    "全国税收宣传月": 1992,
    "税收宣传月": 1992,
    "安全生产月": 2002,
    "国际禁毒日": 1988,
    "世界水日": 1993,
    "中国水周": 1988,
}
_OCCASION = re.compile(
    # (…or named as the nation's: 第三个全国“宪法宣传周”)
    r"第\s*([一二三四五六七八九十百零〇\d]{1,4})\s*[个届次]\s*(?:全国)?[“\"]?[\d·.]{0,6}[”\"]?\s*("
    + "|".join(sorted(_FIRST_KEPT, key=len, reverse=True))
    + ")"
)


# an occasion the opening dates by its year (在2022年“12.4”国家宪法日暨宪法宣传周活动之际, 于2022年宪法宣传周期间):
# the year the text's events fall in, as surely as a date's
_DATED_OCCASION = re.compile(
    r"(?:在|于|值此)\s*((?:19|20)\d{2})\s*年(?![度底初末])[^。；;\n]{0,30}?(?:之际|期间|来临|到来)"
)


def occasion_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The year of the first occasion the text's opening dates by its year (在2022年…宪法宣传周活动之际) or gives an
    ordinal (第八个“宪法宣传周”, 第32个全国税收宣传月), for a text that names no year of its own: the year it is
    dated by, or the occasion's first year plus the ordinal, less one."""
    if dated := _DATED_OCCASION.search(text, start, start + 400):
        return int(dated.group(1)), dated.span(1)
    m = _OCCASION.search(text, start, start + 1500)
    if not m:
        return None
    if not (n := _ordinal(m.group(1))) or n > 100:
        return None
    return _FIRST_KEPT[m.group(2)] + n - 1, m.span()


# the first part's heading opening a copy, the year it sums up (一、2024年工作总结): what the copy's figures are of,
# whatever the plans it goes on to cite are for
_SUMMED_FIRST = re.compile(
    r"\s*[一1][、.．]\s*((?:19|20)\d{2})\s*年度?(?:工作总结|工作回顾|主要工作|工作开展情况|工作情况)[ \t　]*\n"
)


def body_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The one year the body names most (2019年各级…出动检查536万人次; 印发《2019年…工作要点》, 布置了2019年…):
    for a report whose title, preamble and opening were lost (a copy starting at 一、), the year its figures are
    for. None when two years tie or the body names none; dates (2023年5月) and spans (2021—2025年) never count. A
    copy that opens on its first part's heading (一、2024年工作总结) is of the year that heading sums up."""
    if summed := _SUMMED_FIRST.match(text, start):
        return int(summed.group(1)), summed.span(1)  # 一、2024年工作总结 opening a copy: the year it sums up
    found: dict[int, list[Span]] = {}
    for m in find_numbers(text[start : start + 3000]):
        if m.kind == "year":
            found.setdefault(int(m.value), []).append((start + m.start, start + m.end))
    ranked = sorted(found.items(), key=lambda kv: -len(kv[1]))
    if not ranked or (len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1])):
        return None
    return ranked[0][0], ranked[0][1][0]


# the last day of the year a disclosure report's figures run to (截止2023年12月31日, 统计期限…至2023年12月31日), or
# the whole year they span with its year written once (统计时间为2024年1月1日至12月31日)
_YEAR_END = re.compile(
    r"(?:截[止至]|截止到|至)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日"
    r"|((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起\s*)?(?:至|到|[-—–~])\s*12\s*月\s*31\s*日"
)


def year_end_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A report of a year's figures that names the year only in the day they run to (截止2023年12月31日我局发布信息
    34条) or in the span they cover (统计时间为2024年1月1日至12月31日): that year, when every such day in its opening
    is of one year."""
    found = list(_YEAR_END.finditer(text, start, start + 3000))
    if not found or len({m.group(m.lastindex or 1) for m in found}) != 1:
        return None
    group = found[0].lastindex or 1
    return int(found[0].group(group)), (found[0].start(group), found[0].end(group) + 1)


def reviewed_year(text: str, title_year: int, start: int) -> Optional[tuple[int, Span]]:
    """A work report delivered early in year N (2025年政府工作报告, 市交委2017年工作报告) reports on N-1 and plans N:
    its review part says so (一、2024年工作回顾, 总结2016年…工作, 一、2024年工作总结, 首先报告2001年的工作). The year
    reported on is the one reviewed."""
    prior = str(title_year - 1)
    # (回顾 2024年，… : the heading's line break may have become a space or nothing in a copy)
    # (…or part one's heading calls it a summary: 一、2024年工作总结)
    cue = re.compile(
        rf"({prior})\s*年[^。\n]{{0,16}}?回顾|(?:回顾|总结|首先报告)({prior})\s*年|回顾\s+({prior})\s*年[，,]"
        rf"|^\s*[一1][、.．]\s*({prior})\s*年(?:度)?(?:工作)?总结\s*$"
        # (…or its main work: 一、2022年主要工作, on its line or run on after the preamble's last sentence)
        rf"|(?:^|(?<=。))\s*[一1][、.．]\s*({prior})\s*年(?:度)?主要工作(?:\s*$|(?={prior}))"
        # (…or a paragraph told of the year past that names it: 一年来，我们坚持…。成功承办2021年…研讨会)
        rf"|^\s*(?:一年来|过去一年|过去的一年)[，,][^\n]{{0,300}}?({prior})\s*年",
        re.M,
    )
    m = cue.search(text, start, start + 4000)
    if not m:
        return None
    group = next(g for g in (1, 2, 3, 4, 5, 6) if m.group(g))
    return title_year - 1, (m.start(group), m.end(group) + 1)


# part one of a work report delivered to a congress or a CPPCC session: 一、2018年工作回顾 / 2011年检察工作回顾 on a
# line of its own (a sentence that reviews, 2021年，我们回顾…, is no heading)
_REVIEW_HEADING = re.compile(
    r"^[一1][、.．]\s*[^。\n]{0,12}?((?:19|20)\d{2})\s*年[^。\n]{0,8}?(?:工作)?回顾|"
    # (…or the year's summary with the term's review: 2021年工作总结和本届政府工作回顾)
    r"^\s*[^。，,\n]{0,12}?((?:19|20)\d{2})\s*年[^。，,\n]{0,8}?(?:工作)?(?:总结[和及与]本届[^。，,\n]{0,4})?回顾\s*$|"
    # (…or says it reports the year first: 首先报告2001年的工作, on a line of its own or run on after the preamble)
    r"(?:^|(?<=。))\s*首先(?:报告|回顾)((?:19|20)\d{2})\s*年的?工作|"
    # (in a copy that lost its line breaks, the heading runs on between the preamble's last sentence and its own
    # first one: …提出意见。一、2021年工作回顾2021年是…, …提出意见。过去五年和2021年工作回顾过去五年，…)
    r"(?<=。)\s*(?:[一1][、.．]\s*)?[^。，,\n\d]{0,12}?((?:19|20)\d{2})\s*年(?:工作)?回顾",
    re.M,
)
# …or a review of the whole term: 过去五年工作回顾 / 一、本届政府工作回顾 / 一、区十五届人大一次会议以来的主要工作
_TERM_REVIEW = re.compile(
    # (in a copy that lost its line breaks, the heading runs on after the sentence before it: …请予审议。过去五年工作回顾)
    r"(?:^|(?<=。))\s*(?:[一1][、.．]\s*)?[^。，,\n\d]{0,16}?(?:过去|近)?[二三四五六七八九十]年(?:来)?(?:政府)?(?:工作)?回顾|"
    r"^\s*(?:[一1][、.．]\s*)?[^。，,\n\d]{0,10}?本届[^。，,\n\d]{0,8}回顾|"
    r"^\s*[一1][、.．]\s*[^。，,\n\d]{0,12}?届[^。，,\n\d]{0,8}会议以来|"
    # (…or part one headed by the term's years without 回顾: 一、过去五年的工作)
    r"^\s*[一1][、.．]\s*过去[二三四五六七八九十]年(?:来)?的?(?:政府)?工作[ \t　]*$",
    re.M,
)
# the one delivering the report to the session in plenary: 现在，我代表某院向大会报告工作 / 我受…常委会委托，向大会报告工作
# (…or with no hearer named: 我代表国务院，作政府工作报告)
PLENARY = re.compile(r"(?:我代表|受)[^。]{0,40}?(?:向大会(?:报告|作)|[，,]作政府工作报告)")


def review_heading_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A work report delivered to a congress or a CPPCC session (a government's, a court's, a procuratorate's, a
    standing committee's) whose title names no year: its part one reviews the year reported on (一、2018年工作回顾,
    一、本届任期和2021年工作回顾, 2011年检察工作回顾 on a line of its own)."""
    m = _REVIEW_HEADING.search(text, start, start + 4000)
    if not m:
        return None
    group = next(g for g in (1, 2, 3, 4) if m.group(g))
    return int(m.group(group)), (m.start(group), m.end(group) + 1)


# a work report's copy that opens on its part two, the plans of the year it was delivered in (二、2025年重点工作)
_PLANS_PART = re.compile(
    r"\s*二\s*[、.．]\s*((?:19|20)\d{2})\s*年(?:重点工作|工作安排|主要任务|工作任务|工作重点)\s*\n"
)


def plans_part_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A government work report whose copy starts at its part two on the year's plans (二、2025年重点工作 / 2025年是…):
    given early in that year, it reports on the year before, which its lost part one reviewed."""
    m = _PLANS_PART.match(text, start)
    return (int(m.group(1)) - 1, (m.start(1), m.end(1) + 1)) if m else None


def term_review(text: str, start: int) -> bool:
    """The work report reviews a whole term (过去五年工作回顾, 本届政府工作回顾): it reports on no single year, whatever
    the date it was delivered on."""
    return bool(_TERM_REVIEW.search(text, start, start + 4000))


# news of a session that heard a work report, saying what the report reviews: 《报告》全面回顾了2021年…工作,
# 报告共分三个部分：一、2023年工作回顾
_REPORT_REVIEWS = re.compile(
    # (…its place named before the year: 报告全面回顾总结了某镇2019年度的政府工作)
    r"报告[》]?[^。\n]{0,30}?(?:(?:回顾了?|回顾总结了?[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|镇|乡|街道))\s*((?:19|20)\d{2})\s*年"
    r"|[一1][、.．]\s*((?:19|20)\d{2})\s*年[^。\n；;]{0,8}?回顾)"
)


# …or what the session approved: 会议充分肯定了县法院过去一年的工作，同意报告提出的2024年工作安排 (the plans are for
# the year after the one reviewed)
_PLANS_APPROVED = re.compile(r"同意[^。\n]{0,6}?报告(?:提出的|关于)\s*((?:19|20)\d{2})\s*年(?:度)?[^。\n]{0,4}?工作")


def news_review_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """News of a congress session that heard a work report and names no year of its own: the year the report
    reviews, which the item is about (a session in January 2024 hears the review of 2023), or the year before
    the one whose plans the session approved."""
    if m := _REPORT_REVIEWS.search(text, start, start + 3000):
        group = 1 if m.group(1) else 2
        return int(m.group(group)), (m.start(group), m.end(group) + 1)
    if m := _PLANS_APPROVED.search(text, start, start + 3000):
        # (quoted whole, 同意报告提出的2025年…工作: the year read is the one before the year the quote names)
        return int(m.group(1)) - 1, m.span()
    if m := _TERM_THEN_PLANS.search(text, start, start + 3000):
        # 报告分为过去五年工作的回顾、今后五年的…、2012年主要工作安排三大部分: a term's review reviews no one year; the
        # session is held early in the year whose plans it hears
        return int(m.group(1)), (m.start(1), m.end(1) + 1)
    return None


# the parts of a work report that reviews a term and plans the year the session is held in
_TERM_THEN_PLANS = re.compile(
    r"报告[^。\n]{0,8}?(?:分为|包括)[^。\n]{0,6}?过去[二三四五六七八九十]年[^。\n]{0,60}?((?:19|20)\d{2})\s*年"
    r"(?:主要|重点)?工作(?:安排|任务|部署)"
)


# the line a government work report was delivered on: 2017年1月5日在某市第十五届人民代表大会第一次会议上 (a CPPCC
# standing committee's report too: 2017年1月15日在政协某省第十一届委员会第五次会议上)
_DELIVERED = re.compile(
    # (…its date in words too: 二〇二六年一月二十七日在某省十四届人民代表大会第四次会议上)
    r"((?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年\s*[1-6一二三四五六]\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
    r"\s*在[^。\n]{0,30}?(?:人民代表大会(?!常务委员会)|政协|政治协商会议)"
    r"[^。\n]{0,16}?会议上"
)


# …or a work report's title that ends in the day it was delivered in a year's first half: 某县人民政府工作报告(2023年1月3日)
# (…with the session it was given at: (2026年1月22日在某市第十八届人民代表大会第五次会议上))
_DELIVERED_ON = re.compile(r"\s*" + _DAY_OPENS + r"(?:在[^()（）\n]{2,60}?上)?\s*[)）]")


# …or in brackets at its end as one number, a mirror's date (某县2023年政府工作报告(20221223)): year, month, day
_COMPACT_DAY = re.compile(r"[(（]\s*((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*[)）]\s*$")


# an announcement's number in brackets (2024年第1号): the year it was issued in, not the year a title reports on
# (…or opening the title, with its running number: 2019年第43号(总第221号)某市关于2018年度…的审计工作报告)
_NOTICE_NUMBER = re.compile(
    r"[(（]\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号\s*[)）]"
    r"|^\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号\s*(?:[(（]\s*总第\s*\d{1,5}\s*号\s*[)）])?"
)
# a disclosure report's title (某局2023年政府信息公开工作年度报告, 某街道信息公开年报, 某部2019年政府信息公开工作报告)
_DISCLOSURE_TITLE = re.compile(r"信息公开[^\n]{0,10}?(?:年度报告|年报|工作报告)")
# a chronicle's title (某市政府工作要事记, 某县大事记; genre's words) and the month it covers on a line of its own under
# it ((2024年5月))
_CHRONICLE_TITLE = re.compile(CHRONICLE_END + r"\s*$")
_PERIOD_LINE = re.compile(r"^[ \t　]*[(（]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月份?\s*[)）][ \t　]*$", re.M)
# what may part a title from the delivery line under it: spaces, a line break, a dash
_AFTER_TITLE = re.compile(r"[\s—－-]*")
# the line under a work report's title that dates its delivery in a year's last months (2023年12月21日在某县第十七届人民
# 代表大会第四次会议上), brackets or none
_DELIVERED_LATE = re.compile(
    r"\s*[(（]?\s*((?:19|20)\d{2})\s*年\s*1[0-2]\s*月\s*\d{1,2}\s*日\s*在[^。\n]{0,30}?人民代表大会(?!常务委员会)[^。\n]{0,16}?会议上"
)


def _under_title(text: str, title_span: Span, title: str, line: re.Pattern[str]) -> Optional[re.Match[str]]:
    """``line`` (a delivery line: ``_DELIVERED_LATE``, ``_DELIVERED``) right under the title, past a dash, or under
    the title printed again below a forum's or a site's furniture (【某省】 2024年某县政府工作报告 / …发表于… /
    2024年某县政府工作报告 / 2023年12月21日在…会议上)."""
    core = re.sub(r"^\s*[\[【][^\]】\n]{1,8}[\]】]\s*", "", title).strip()
    again = text.find(core, title_span[1], title_span[1] + 1500) if core else -1
    return line.match(text, _past_dash(text, title_span[1])) or (
        line.match(text, _past_dash(text, again + len(core))) if again > 0 else None
    )


def _past_dash(text: str, at: int) -> int:
    """Where the line under a title starts: past the spaces, the line break or the dash at ``at``."""
    m = _AFTER_TITLE.match(text, at)
    return m.end() if m else at


def _delivered_on(text: str, title_span: Span, title: str) -> Optional[tuple[int, Span]]:
    """The year of the day a work report was delivered in a year's first half, as its title ends in it or the line
    under the title gives it (also under the title printed again a line or two below: 常务委员会工作报告 / 重要文件 /
    常务委员会工作报告 / (2019年1月13日)…)."""
    again = text.find(title, title_span[1], title_span[1] + 100)
    for day, at in (
        (_DELIVERED_ON.search(title), title_span[0]),
        (_DELIVERED_ON.match(text, title_span[1]), 0),
        (_DELIVERED_ON.match(text, again + len(title)) if again > 0 else None, 0),
    ):
        if day and int(day.group(2)) <= 6 and (at == 0 or not title[day.end() :].strip()):
            return int(day.group(1)), (at + day.start(1), at + day.end(1) + 1)
    return None


def delivered_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """A government work report that names no year of its own, only the session it was delivered at in the first
    half of year N (2017年1月5日在…人民代表大会…会议上): it reports on N-1, as its review part would say."""
    m = _DELIVERED.search(text, max(0, start - 200), start + 600)
    if not m:
        return None
    delivered = int(m.group(1)) if m.group(1).isdigit() else years(m.group(1) + "年")[0]
    return delivered - 1, (m.start(1), m.end(1) + 1)


# the text's own year named by its place in a five-year period: 今年是“七五”普法收官之年 (2020), 今年是“五五”普法的第三年
# (2008), 今年是“十四五”开局之年 (2021). 普法 periods (一五 1986–1990 … 八五 2021–2025) need the word 普法 (九五 is also
# the 1996–2000 plan); 十一五…十六五 are the national plans (2006–2010 … 2031–2035)
_PERIOD_PLACE = re.compile(
    # (…or a year a copy masked, ****年是“十四五”规划收官之年: the period still places it)
    r"(?<![\d年])(?:今年|本年度?|(?<![\d*])\*{2,4}年|20[XxＸ×]{2}年)是[^。；;\n]{0,30}?[“\"]?(?:([一二三四五六七八九])五[”\"]?普法|十([一二三四五六])五[”\"]?)"
    r"[^。；;，,\n]{0,10}?(?:的)?(开局|起步|启动|开篇|首|第[一二三四五]|收官|最后一)(?:之)?年"
)
_DIGITS = "一二三四五六七八九"
_PLACES = {"开局": 0, "起步": 0, "启动": 0, "开篇": 0, "首": 0, "收官": 4, "最后一": 4}


# …or after the Party congress whose spirit it opens carrying out: 今年是全面贯彻落实党的二十大精神的开局之年 (2023); the
# congresses of 2012, 2017 and 2022
_CONGRESS_FIRST = re.compile(
    r"(?:今年|本年度?)是[^。；;\n]{0,20}?党的(十八|十九|二十)大[^。；;，,\n]{0,10}?的?开局之年"
)
_CONGRESS_YEARS = {"十八": 2012, "十九": 2017, "二十": 2022}
# …or on the congress being held as it writes: 在党的二十大召开之际, 值此党的二十大即将召开之际, 喜迎党的二十大
_CONGRESS_HELD = re.compile(
    r"(?:(?:在|值此|正值)党的(十八|十九|二十)大(?:胜利|隆重|即将)?(?:召开|开幕)之际|喜迎党的(十八|十九|二十)大)"
)


# the years the anniversaries a text may say its own year is were counted from (今年是新中国成立70周年)
_FOUNDED = {"新中国成立": 1949, "中华人民共和国成立": 1949, "中国共产党成立": 1921, "建党": 1921, "改革开放": 1978}
_ANNIVERSARY = re.compile(
    r"今年是[^。；;\n]{0,20}?(" + "|".join(_FOUNDED) + r")\s*(\d{1,3}|[一二三四五六七八九十百]{1,4})\s*周年"
)


def _ordinal(digits: str) -> Optional[int]:
    """A count written in digits or in Chinese numerals (70, 七十), between 1 and 200, or None."""
    n = int(digits) if digits.isdigit() else parse_chinese_numeral(digits)
    return n if isinstance(n, int) and 1 <= n <= 200 else None


def period_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The year a text calls its own by its place in a five-year period (今年是“七五”普法收官之年), or as the first
    after a Party congress (``_CONGRESS_FIRST``): only when the text states no year of its own, since a meeting early
    in a year may say so of the year after the one it is about."""
    if congress := _CONGRESS_FIRST.search(text, start, start + 3000):
        return _CONGRESS_YEARS[congress.group(1)] + 1, congress.span()
    if held := _CONGRESS_HELD.search(text, start, start + 3000):
        return _CONGRESS_YEARS[held.group(1) or held.group(2)], held.span()
    if (due := _ANNIVERSARY.search(text, start, start + 3000)) and (n := _ordinal(due.group(2))):
        # 今年是新中国成立70周年: the year of that anniversary
        return _FOUNDED[due.group(1)] + n, due.span()
    m = _PERIOD_PLACE.search(text, start, start + 3000)
    if not m:
        return None
    first = 1986 + 5 * _DIGITS.index(m.group(1)) if m.group(1) else 2006 + 5 * _DIGITS.index(m.group(2))
    place = m.group(3)
    offset = _PLACES[place] if place in _PLACES else _DIGITS.index(place[1])
    return first + offset, m.span()


# the year a text names as the one it is in, at a sentence's start (2020年是决胜全面建成小康社会之年, 2009年，是某市
# 实施…战略的第一年, 2023年，是…开局之年): the year its work is of
_CALLED_YEAR = re.compile(
    r"(?:^|(?<=[。！!\n]))[ \t\u3000]*((?:19|20)\d{2})\s*年[，,]?\s*是[^。；;\n]{2,80}?(?:之年|的一年|第一年|开局年|收官年)"
    # (…or the day it is written on: 今天是2022年元旦，我向全港市民送上祝福)
    r"|今天是((?:19|20)\d{2})\s*年(?:元旦|春节|\d{1,2}月)"
)


# …or a speech's opening on the meeting it is given at, numbered in its year (今天，我们召开县委某领导小组2025年第2次
# 会议): that year
_TODAYS_MEETING = re.compile(
    r"今天(?:上午|下午)?[，,]?\s*我们(?:在这里)?(?:召开|举行)[^。；;\n]{0,40}?((?:19|20)\d{2})\s*年度?"
    r"第[一二三四五六七八九十\d]{1,3}次(?:全体|专题)?会议"
    # (…or the year's annual meeting, after where they gathered: 今天，我们相聚在某地，隆重召开…暨2023年年会)
    r"|今天[，,]?\s*我们[^。；;\n]{0,30}?(?:召开|举行)[^。；;\n]{0,40}?((?:19|20)\d{2})\s*年年会"
)


def called_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The year a text calls the one it is in (``_CALLED_YEAR``), among its first paragraphs, or the year of the
    meeting a speech says it is given at (``_TODAYS_MEETING``): asked only when the text states no year of its own
    otherwise."""
    m = _CALLED_YEAR.search(text, start, start + 5000) or _TODAYS_MEETING.search(text, start, start + 600)
    return (int(m.group(m.lastindex or 1)), m.span(m.lastindex or 1)) if m else None


# a letter's or a notice's signature: the body that signs it on a line of its own, the full date it signed on right
# under it (某委员会 / 2020年9月27日), or a blank line below
_SIGNATURE = re.compile(
    r"^[ \t\u3000]*([\u4e00-\u9fff（）()]{4,40}?)[ \t\u3000]*\n(?:[ \t\u3000]*\n)?[ \t\u3000]*"
    r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"[ \t\u3000]*$",
    re.M,
)


def signature_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The year a reply or a notice that names no year of its own was signed in (…收悉，现答复如下。…某委员会 /
    2020年9月27日): its first signature within the text's opening pages."""
    for m in _SIGNATURE.finditer(text, start, start + 3000):
        # (…its name whole, maybe after the Party's prefix: 中共某市委…办公室 / 2021年11月3日, a blank line between)
        signer = m.group(1).removeprefix("中共")
        if exact_name(signer, place=True) == signer:
            return int(m.group(2)), (m.start(2), m.end(2) + 1)
    return None


# a public notice's own period (公示时间：2020年6月19日—2020年6月25日; 公示期为2023年5月4日至…)
_NOTICE_PERIOD = re.compile(
    r"公示(?:时间|期间?|日期)\s*[:：为自从]?\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"(?:\s*[-—–~至到]+\s*(?:\1\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)?"
)


# a document's own number on a line of its own under its title (（渝林办〔2011〕52号）, 某府发〔2020〕3号): issued that year
_OWN_NUMBER = re.compile(
    r"[ \t\u3000]*[(（]?[\u4e00-\u9fff]{1,12}[〔\[［]((?:19|20)\d{2})[〕\]］]\s*\d{1,4}\s*号[)）]?[ \t\u3000]*"
)
# …or at the head of the line the addressees follow it on (国发〔2008〕17号各省、自治区…人民政府：), its 号 lost at the
# line's end by a hasty copy (某政发〔2019〕1), or in the page's metadata row ([ 发文字号 ] 某府办发〔2017〕132号)
_NUMBER_THEN_ADDRESSEES = re.compile(
    r"[ \t\u3000]*[\u4e00-\u9fff]{1,12}[〔\[［]((?:19|20)\d{2})[〕\]］]\s*\d{1,4}\s*(?:号(?=各|[\u4e00-\u9fff]{2,30}[、，,：:])|(?=[ \t\u3000]*$))"
)
# a title that names the year it is about after its 关于 (某市人民政府关于命名2015年度…示范单位的决定)
_TITLE_NAMES_YEAR = re.compile(r"[^\n。]{0,30}?关于[^\n。《》]{0,20}?((?:19|20)\d{2})\s*年(?!\d{1,2}\s*月)")
_NUMBER_FIELD = re.compile(
    r"(?:发文字号|(?<![发公])文\s*号)\s*[\]】]?\s*[:：|｜]?\s*[\u4e00-\u9fff]{1,12}[〔\[［]((?:19|20)\d{2})[〕\]］]\s*\d{1,4}\s*号"
)


def number_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The year in a document's own number, on one of the first lines under its title (``_OWN_NUMBER``; a mirror may
    print the title twice above it): a notice or a decision that names no year of its own was issued then."""
    at = start
    lines = text[start : start + 300].split("\n")[:3]
    for i, line in enumerate(lines):
        if m := _OWN_NUMBER.fullmatch(line) or _NUMBER_THEN_ADDRESSEES.match(line):
            below = lines[i + 1] if i + 1 < len(lines) else ""
            if titled := _TITLE_NAMES_YEAR.match(below):
                # 某政发〔2016〕10号 / 某市人民政府关于命名2015年度…的决定: the title under the number names its year
                s = at + len(line) + 1 + titled.start(1)
                return int(titled.group(1)), (s, s + 4)
            return int(m.group(1)), (at + m.start(1), at + m.end(1))
        at += len(line) + 1
    if m := _NUMBER_FIELD.search(text, 0, start + 300):
        return int(m.group(1)), m.span(1)  # the number filed in the page's metadata over the title
    return None


# a notice arranging a year's matters below (现就2020年度全省…考试有关事项安排如下): of that year
_ARRANGED = re.compile(r"现(?:就|将)((?:19|20)\d{2})\s*年度?[^。，,\n]{2,40}?(?:有关)?事项(?:安排|通知|明确)如下")


def notice_year(text: str, start: int) -> Optional[tuple[int, Span]]:
    """The year of a public notice (公示) that names none of its own but the period it is open for comment: the
    notice's, whatever years of the campaign it tells of (自2019年7月起…)."""
    if m := _NOTICE_PERIOD.search(text, start, start + 6000):
        return int(m.group(1)), m.span(1)
    # (…or a notice that arranges a year's matters: 现就2020年度全省…考试有关事项安排如下)
    if m := _ARRANGED.search(text, start, start + 1500):
        return int(m.group(1)), m.span(1)
    return None
