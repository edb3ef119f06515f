"""Lines of a page that name the issuer: a byline, a metadata row, a title line the title finder passed over,
a speech's speaker line, the organ above a repeated title, the page's source, the signature.

Each finder returns ``(name, span, source)`` or None; ``find_agency`` asks them in order of strength.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Optional

from ..lazyre import lazy
from .names import (
    _GENERIC,
    _HAN,
    WECHAT_ACCOUNT,
    Span,
    broken_name,
    despace,
    exact_name,
    level_only,
    org_name,
    outlet,
    self_levels,
    self_organs,
    speaks_as,
    two_names,
    where,
)
from .places import first_place, place_at
from .title import _TITLE_END, _lines

Found = tuple[str, Span, str]

# a metadata row's field for the issuer, in the many names sites give it: 发布机构, 发布机关 (a law database's
# 發布機關:國資委), 发文机关, 发文单位, 制发机关, 成文机关, 来源单位, 公开主体, 所属机构…; a row may be a list's
# item (- 发布机构:某局, • 发布机构:某局)
_ISSUER_FIELD = r"(?:发布|发文|制发|制定|成文|印发|来源|公开|所属)(?:机构|机关|单位|部门|主体)"
_META_FIELD_ONLY = re.compile(rf"{_ISSUER_FIELD}\s*[\]】]?\s*[:：]?\s*$")
_META_AGENCY = re.compile(
    # (…or after another field's value on its row, a space apart: 文件编号: 某〔2025〕3号 发布机构: 某局)
    rf"(?:^[ \t\u3000]*(?:[-•·*][ \t\u3000]*)?|[|｜\]】]\s*|[\[【]\s*|(?<=[^\s:：])[ \t\u3000]+){_ISSUER_FIELD}"
    # (…or a block whose fields only spaces part: 发布机构 某办公室 发布日期 2017-05-05)
    r"(?:\s*(?:[\]】]\s*[:：]?|[:：](?:\s*[|｜])?|\s*[|｜])\s*|[ \t\u3000]+)([^|｜\s\[【]{2,32})"
)
# (a photo's credit, 图片来源：某学院, names who took the picture, not who published the page)
_SOURCE_FIELD = re.compile(r"(?:文件来源|信息来源|(?<!图片)(?<!图)来\s*源)\s*[:：]\s*([^|｜\s\[【]{2,32})")

_YEAR = r"(?:19|20)\d{2}"
# a news credit's writer in brackets after 讯 or 日电 (本报讯（通讯员 某某）, 某网某地9月30日电(记者某某)), if any: read
# by every finder that reads past a credit to its lead
CREDIT_WRITER = r"(?:[(（][^()（）]{0,30}[)）])?"
# a page's date field (发布时间：, 更新日期：, 时间:): how cleaning finds the page's own date among its furniture, and
# how the row it keeps above a lead reads as a carrier's
DATE_FIELD = r"(?:发布|更新)?(?:时间|日期)\s*[:：]\s*"

# a carrier's rows between a headline and its lead: a news app's byline (某某客户端记者 某某 通讯员 某某), its
# date-and-count row (2024-03-20 10:11 4857阅读) and a WeChat account's line; never a reporter who tells something
# (记者从某办获悉…)
_CARRIER_ROW = lazy(
    rf"[ \t\u3000]*(?:[^\n。，,：:]{{0,20}}(?:记者|通讯员)(?![^\n]*(?:获悉|了解到|得知))[^\n。，,]{{0,30}}"
    rf"|(?:{DATE_FIELD})?{_YEAR}(?:[-/.]\d{{1,2}}[-/.]\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日(?=\s*\d{{1,2}}[:：]\d{{2}}))[^\n。，,]{{0,30}}"
    # a WeChat account's line (原创 某某普法 某某普法 2020-01-05 09:30 发表于某地)
    rf"|{WECHAT_ACCOUNT}"
    # a meeting record's fields over its story (会议时间:… 会议地点:… 参会单位:… 主持人:…)
    r"|(?:会议(?:时间|地点)|参会(?:单位|人员)|出席(?:单位|人员)|列席(?:单位|人员)|主持人|记录人)[ \t\u3000]*[:：][^\n]{1,600})"
    r"[ \t\u3000]*(?=\n|$)"
)


def carrier_rows(text: str, start: int = 0) -> int:
    """Where the lead starts when a carrier's rows (a reporter's byline, a date-and-count row) open ``text`` at
    ``start``: the lead's first sentence, not the carrier's credit, names who did what."""
    at = start
    while True:
        blank = len(text) - len(text[at:].lstrip("\n"))
        if not (m := _CARRIER_ROW.match(text, blank)):
            return at
        at = m.end()


def found_at(name: str, at: int, source: str) -> Found:
    return name, (at, at + len(name)), source


def found_in(name: str, hay: str, offset: int, source: str) -> Found:
    """``name`` as read from ``hay`` (which stands at ``offset`` in the text), quoted where the text has it: a
    government read from its name in its term (某县第十八届人民政府) is quoted with its term (``where``)."""
    s, e = where(hay, name)
    return name, (offset + s, offset + e), source


# a name whose last word the text goes on with: 某市气象部|门, 县政协九届常委|会, 某社区居委|会,
# 某市建设区域性国际中心|城市, 市人大常委会委|托 (a lazy match stops at the first organ suffix, inside a longer word)
_CUT_WORD = re.compile(r"(?<=部)门|(?<=常委)会|(?<=居委)会|(?<=中心)城市|(?<=会委)托")


def candidate(text: str, m: re.Match[str], group: int = 1, place: bool = False) -> Optional[tuple[str, Span]]:
    """The organisation named in ``m``'s group, and where it stands in ``text``; none when the name ends inside a
    word the text goes on with (see ``_CUT_WORD``)."""
    name = org_name(m.group(group), place=place)
    if not name:
        return None
    s, e = where(m.group(group), name)
    start, end = m.start(group) + s, m.start(group) + e
    if cut_short(text, end):
        return None
    return name, (start, end)


def cut_short(text: str, end: int) -> bool:
    """A name that ends at ``end`` in ``text`` ends inside a word the text goes on with (see ``_CUT_WORD``)."""
    return _CUT_WORD.match(text, end) is not None


def _line_starts(text: str, limit: int) -> list[tuple[int, str]]:
    """(where it starts, the line) for the first ``limit`` lines."""
    return [(start, text[start:end]) for start, end in _lines(text, limit)]


# a title line the title finder passed over (after furniture with a full stop, behind "Page 2 - "), ending as
# titles of reports do: 广州市某局2017年依法行政工作情况报告, 某区审计局2019政务信息公开年报
_TITLE_LINE = lazy(rf"(?:^|(?<=[^{_HAN}（）()《》]))([{_HAN}（）()]{{2,32}}?)(?:关于)?(?={_YEAR}(?!\d))")


# a title on another's report (关于某院工作报告的决议, 关于某省2021年…计划执行情况…审查结果的报告): the session's resolution or
# the committee's findings, the body or the place after 关于 not its writer
ON_ANOTHERS_REPORT = re.compile(r"关于[^。]{2,60}?报告的决议\s*$|关于[^。]{2,80}?(?:审查结果|审议意见)的报告\s*$")


def title_line(text: str) -> Optional[Found]:
    for pos, line in _line_starts(text, 12):
        if len(line) > 70 or "。" in line or "《" in line or not re.search(r"(?:报告|年报|总结|汇报)\s*$", line):
            continue
        if ON_ANOTHERS_REPORT.search(line):
            continue
        if re.match(r"\s*\d{1,3}[.．、]\s*\D", line):
            continue  # 1.某县公安局2020年…总结 / 2.某委…总结: a compilation's list of the reports it holds, no one's title
        for m in _TITLE_LINE.finditer(line):
            name = org_name(m.group(1), place=True)
            if not name and (at := first_place(m.group(1))) > 0:
                # a page's words run onto the title (…(欢迎您)注销重庆市2021年…报告): the name from its place on
                name = org_name(m.group(1)[at:], place=True)
            if name and m.group(1).endswith(name) and (name not in _GENERIC or _TITLE_END.search(line.strip())):
                return found_at(name, pos + m.end(1) - len(name), "title")
    return None


def restated_title(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """The title printed again on the next line with its issuer in front (重大行政决策听取意见制度 / 某区人民政府重大
    行政决策听取意见制度): that issuer, the page's heading having left it out."""
    if not title_span:
        return None
    title = text[title_span[0] : title_span[1]].strip()
    after = title_span[1] + 1
    for pos, line in _line_starts(text[after:], 3):
        if not (bare := line.strip()):
            continue
        if len(title) >= 4 and bare.endswith(title) and len(bare) > len(title):
            front = bare[: -len(title)]
            if (name := exact_name(front, place=True)) == front and name not in _GENERIC:
                return found_at(name, after + pos + line.find(bare), "title")
        # (…or its first part named after it, the issuer in front: 2021年度行政执法统计年报 / 第一部分：某局2021年度
        # 行政执法数据表, the title's first words after the issuer)
        part = re.match(r"(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]、)\s*[:：]?\s*", bare)
        heading = bare[part.end() :] if part else ""
        if len(title) >= 6 and (at := heading.find(title[:6])) > 0:
            front = heading[:at]
            if (name := exact_name(front)) == front and name not in _GENERIC:
                return found_at(name, after + pos + line.find(front), "title")
        return None
    return None


def name_line(text: str) -> Optional[Found]:
    """A page whose first line is an organ's name alone, the report's own title lost under it (某市市场监管局 /
    时间:2021-03-22 / 2020年，我局深入贯彻…): that organ, when the text speaks as it (我局 for a 局)."""
    first = next(((pos, line) for pos, line in _line_starts(text, 3) if line.strip()), None)
    if not first or not (name := exact_name(first[1].strip())) or name in _GENERIC or outlet(name):
        return None
    if not speaks_as(name, self_organs(text)):
        return None
    return found_in(name, first[1], first[0], "title")


# a speaker's body and the post its head holds there, before the title (某市某区审计局 局长, 某省人民政府 副秘书长)
_BODY_AND_POST = rf"([{_HAN}（）()]{{2,30}}?)(?:党组|党委)?(?:副|代|常务副)?"
HEAD_TITLE = r"局长|主任|厅长|部长|市长|区长|县长|省长|州长|旗长|镇长|乡长|主席|秘书长|署长|院长"
# a speech's speaker line: 某市某区审计局局长 张三, 某市市长 李四, 某省人民政府副秘书长王五
_SPEAKER = re.compile(
    rf"^\s*{_BODY_AND_POST}"
    # (…or a Party committee's or its commission's secretary: 某市政法委书记 某某 speaks for 某市政法委)
    # (…the person's name letter-spaced as a cover sets it: 某区人民政府区长 文 献)
    rf"(?:{HEAD_TITLE}|委员长|(?<=委)书记)\s*[{_HAN}](?:[ \u3000]?[{_HAN}]){{1,2}}\s*$"
)


# the header of a press conference's transcript, listing who speaks and who chairs (发布人：…, 主持人：…)
_PRESS_HEADER = re.compile(r"\s*(?:发布人|主持人|发言人|出席嘉宾)\s*[:：]")


def speaker_line(text: str) -> Optional[Found]:
    """The body a speaker's line names (某局局长 某某 above 主任、各位副主任…); or, when the speaker then says whose
    rule-of-law report it is (我受区人民政府委托，报告法治政府建设情况), the body that entrusted it: a bureau's head
    presents the government's report."""
    lines = _line_starts(text, 16)
    if any(_PRESS_HEADER.match(line) for _, line in lines):
        return (
            None  # 发布人：某局某某 / 某中心副主任 某某 / 主持人：…: a press conference's speakers, its host's guests
        )
    speakers = [(pos + m.start(1), m.group(1)) for pos, line in lines if (m := _SPEAKER.match(line))]
    # (…or the same line run into the subtitle above it and the address below, a copy that lost its lines: …会议上
    # 某省审计厅厅长某某主任、各位副主任…)
    if run_on := _SPEAKER_RUN_ON.search(text, 0, 1500):
        speakers.append((run_on.start(1), run_on.group(1)))
    for at, words in speakers:
        if (name := exact_name(words, place=True)) and name not in _GENERIC:
            entrusted = _ENTRUSTED.search(text, at, at + 400)
            if entrusted and (body := exact_name(entrusted.group(1), place=True)):
                return found_at(body, entrusted.start(1), "speech")
            return found_at(name, at, "byline")
    return None


_SPEAKER_RUN_ON = re.compile(
    rf"(?:(?<=会议上|大会上)|^)\s*{_BODY_AND_POST}(?:{HEAD_TITLE})\s*"
    rf"[{_HAN}]{{2,3}}\s*(?:(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)?\s*(?=主任、|各位|尊敬的)",
    re.M,
)


# a speaker who presents another body's report on its rule-of-law work: 我受区人民政府委托，报告法治政府建设情况 (an
# audit bureau's head who reports 审计工作 受某政府委托 presents the bureau's own work, as its title says)
_ENTRUSTED = re.compile(
    rf"受([{_HAN}]{{2,32}}?)的?委托[，,]?\s*(?:向[^。，,\n]{{2,20}}?)?(?:报告|汇报)[^。\n]{{0,20}}?(?:法治|依法行政)"
)


_TITLE_AGAIN = re.compile(rf"^(?:关于|{_YEAR}\s*年).{{4,60}}(?:报告|总结|汇报|方案|要点)$")


def repeated_title_byline(text: str) -> Optional[Found]:
    """The organ on a line of its own above the title the page repeats below its metadata block."""
    lines = _line_starts(text, 20)
    for (pos, line), (_, nxt) in zip(lines, lines[1:]):
        bare = line.strip(" ■●•·\u3000")
        name = org_name(bare)
        if name and name == bare and name not in _GENERIC and len(name) >= 4 and _TITLE_AGAIN.match(nxt.strip()):
            return found_at(name, pos + line.find(bare), "byline")
    return None


# a signature's date: 2024年3月25日, 二〇二四年三月二十五日, and a mirror's 二oo九年十一月十三日
_SIGN_DATE = (
    r"(?:(?:(?:19|20)\d{2}|二[〇○零oO][一二三四五六七八九〇○零oO]{2})\s*年[^\n]{1,8}?日"
    # (…or its month alone, its 年 maybe lost by the copy: 2021年5月, 20215月)
    r"|(?:19|20)\d{2}\s*年?\s*(?:1[0-2]|0?[1-9])\s*月)"
)
# the organ on a line of its own, the date on the next (blank lines between allowed)
# a signer's mark that it seals for another (某办公室(代), 某局（代章）)
_FOR_SEAL = re.compile(r"[(（]代章?[)）]$")
_SIGNED = re.compile(rf"(?:^|\n)([^\n]{{4,32}})\n(?:[ \t\u3000]*\n)*[ \t\u3000]*{_SIGN_DATE}[ \t\u3000]*(?:\n|$)")
# the same pair run into the text's last line when the copy lost its line breaks: …通知。 某市政府办公室 二oo九年…日 |
# (…the attachment's title may follow it on that line: … 某市政府办公室 2020年1月15日 2020年市政府常务会议学法计划)
_SIGNED_FLAT = re.compile(
    rf"(?:^|[。！!；;\s|｜])([{_HAN}（）()]{{4,32}})[ \t\u3000]+{_SIGN_DATE}"
    rf"(?:[ \t\u3000]+[{_HAN}\d“”]{{4,40}}(?:计划|方案|要点|办法|规定|细则|清单|目录))?[ \t\u3000|｜]*$"
)
# …or run into the sentence that passes the document on, a copy that lost its line breaks: …现印发给你们，请认真贯彻执行。
# 某市人民政府 某市中级人民法院2025年4月30日… (the issuers, one or two, then the date the notice is signed on)
_SIGNED_RUN_IN = re.compile(
    rf"(?:印发|转发)给你们[^。\n]{{0,30}}。[ \t\u3000]*([{_HAN}（）()]{{4,32}}?(?:[ \t\u3000]+[{_HAN}（）()]{{4,32}}?)?)"
    rf"[ \t\u3000]*(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
)

# …or anywhere in a copy that lost its line breaks, the signers' names run together right before the date and the
# note on how the document is published (…认真贯彻落实。某省人社厅某省财政厅2024年4月30日（此件主动公开）), the
# document it issues often following
_SIGNED_NOTE = re.compile(
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(]此件(?:主动|依申请|不予)?公开|"
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(]此件(?:发至|不公开)"
)


def _starts_name(run: str, at: int) -> bool:
    """A signer's name may start at ``at`` in a run of names: a real place's name, a national body's, the Party's."""
    return run.startswith(("国家", "中国", "中共"), at) or place_at(run, at) > 0


def _noted_signers(text: str) -> Optional[Found]:
    """The first of the signers run together before the signing date and its publication note (see ``_SIGNED_NOTE``):
    the longest run of whole names right before the date, and of it the first name, who leads. A run whose front is
    no name the reader knows (…国有资产监督管理委员会某省商务厅: the text before it ends as a name ends) gives none:
    its lead is not known."""
    for note in _SIGNED_NOTE.finditer(text):
        start = note.start()
        while start > 0 and start > note.start() - 160 and re.match(rf"[{_HAN}（）()]", text[start - 1]):
            start -= 1
        for at in range(start, note.start() - 3):
            if names := names_run(text[at : note.start()]):
                if at > start and text[at - 1] in _NAME_END:
                    break  # (the run goes on to the left, through a name the reader does not know)
                return names[0], (at, at + len(names[0])), "signature"
        if (
            start < note.start()
            and (start == 0 or re.match(r"[。！；;!]", text[start - 1]))
            and _starts_name(text, start)
        ):
            # …认真贯彻落实。某省人社厅中共某省委组织部…: a run right after the sentence that passes the document on,
            # some name in it unknown to the reader, starts where its first signer's name does
            run = text[start : note.start()]
            if (k := next(_name_ends(run), None)) is not None:
                return run[:k], (start, start + k), "signature"
    return None


# how an organ's name ends: a run of signers' names read from its middle has one of these right before it
_NAME_END = "会厅局部委办院联室心站所队署府"


def names_run(run: str) -> Optional[tuple[str, ...]]:
    """``run`` as whole names run together (某省公安厅某省人社厅 → (某省公安厅, 某省人社厅)), each after the first
    starting as a place's, a national body's or the Party's does; None when it is not (at most eight names)."""
    if not (_starts_name(run, 0) or level_only(run)):
        return None  # (号某局…: the first name starts as a name starts, never on an address's last word)
    return _names_from(run, 0)


@lru_cache(maxsize=4096)
def _names_from(run: str, depth: int) -> Optional[tuple[str, ...]]:
    """:func:`names_run` past its first name's start (each rest read once: a run of names repeated, 某省某省某省…,
    would otherwise be read again at every split)."""
    for k in _name_ends(run) if depth < 8 else ():
        if rest := _names_from(run[k:], depth + 1):
            return (run[:k], *rest)
    return (run,) if _one_name(run) else None


def _name_ends(run: str) -> Iterator[int]:
    """Where a whole name at the front of ``run`` ends and another name starts (某省人社厅|某省财政厅…), shortest first:
    the splits :func:`names_run` tries, and the first signer of a run some of whose names the reader does not know."""
    return (k for k in range(4, len(run) - 3) if _starts_name(run, k) and _one_name(run[:k]))


@lru_cache(maxsize=4096)
def _one_name(name: str) -> bool:
    """``name`` is one organ's whole name (中共某省委组织部 too), with no second name inside it that the run could start
    (某评审表某省人社厅: an attachment's title run onto the signer's; 某市某区人民政府 is one name, its place's chain)."""
    if name in _GENERIC or not (exact_name(name) == name or (name.startswith("中共") and org_name(name) == name[2:])):
        return False
    return not any(
        _starts_name(name, k) and place_at(name, 0) != k and name[:k] != "中共" and exact_name(name[k:]) == name[k:]
        for k in range(2, len(name) - 3)
    )


# the marks a line of names may stand behind: a bullet, a dash, a full-width space
_MARKS = " ■□●•·\u3000-–—*"


def byline(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """An organisation alone on a line just below the title: 2024年…情况报告 / 新晃县退役军人事务局; or the first
    of joint authors a reading platform lists there (- 某研究中心 某研究所项目组). In a copy with no title, a name
    on the first lines is the writer's only when no site furniture follows it: above a breadcrumb, a search box or
    a date-and-publisher row it is the site's name (某市人民政府 / 首页 >> 信息公开), not the report's writer."""
    after_title = title_span[1] + 1 if title_span else 0
    # - 某总局 / - 某局 / - 某集团主办 over a page with no title: the site's sponsors, no writer among them
    sponsors = not title_span and re.search(r"主办[ \t]*$", text[after_title : after_title + 200], re.M) is not None
    for line_start, line_end in _lines(text[after_title:], 4):
        line = text[after_title + line_start : after_title + line_end]
        bare = line.strip(_MARKS)
        name = org_name(despace(bare))
        if not title_span and name and _site_header(text[after_title + line_end : after_title + line_end + 300]):
            return None
        if name and sponsors:
            return None
        if name and despace(bare) == "中共" + name:
            bare = bare[2:]  # 中共某市委…办公室: the Party body's office, named as org_name names it
        if (
            name
            and name not in _GENERIC
            and len(name) >= 4
            and name == despace(bare)
            and not in_list(text, after_title + line_start, after_title + line_end)
        ):
            at = after_title + line_start + line.find(bare)
            before = text[:at].rstrip("\n")
            above = before.rsplit("\n", 1)[-1]
            if whole := broken_name(above, bare):  # 中国人民政治协商会议 / 某市第N届委员会常务委员会: one name
                return whole, (len(before) - len(above), at + len(bare)), "byline"
            if second := _second_of_two(text, after_title + line_end, name):
                return (
                    second  # 某市国防动员办公室 / 某市人民防空办公室: the line right above the body, as above a title
                )
            return name, (at, at + len(bare)), "byline"
        authors = bare.split()
        if name and name not in _GENERIC and len(authors) == 2 and authors[1] == name:
            # 中共某市委 某市人民政府: a place's joint issuers under the title name its government, as org_name does
            return found_at(name, after_title + line_start + line.rfind(name), "byline")
        if (
            len(authors) > 1
            and all(re.fullmatch(rf"[{_HAN}（）()]{{4,32}}", a) for a in authors)
            # (a newspaper group's masthead lists its papers, institutes and companies: 某日报 某时报 / 某舆情研究院
            # 某图片社 — no authors of the text)
            and not any(outlet(a) or re.search(r"(?:社|公司|联盟|俱乐部)$", a) for a in authors)
        ):
            first = authors[0]
            if (name := org_name(first)) == first and name not in _GENERIC:
                return found_at(name, after_title + line_start + line.find(first), "byline")
    if title_span and (again := _title_again(text, title_span)):
        # a magazine's page: its column and an editor's note between the title and the article, which prints the title
        # again with its writer under it (某办 / on the line below the repeated title)
        return byline(text, again)
    return None


def _title_again(text: str, title_span: Span) -> Optional[Span]:
    """Where the title is printed again (its line breaks where they fall) within the next 2,500 characters, when
    it is long enough to be no chance repetition (a heading's few words)."""
    title = despace(text[title_span[0] : title_span[1]])
    if len(title) < 10:
        return None
    pattern = r"\s*".join(map(re.escape, title))
    m = re.compile(rf"(?:^|(?<=\n))[ \t\u3000]*{pattern}[ \t\u3000]*(?=\n)").search(
        text, title_span[1], title_span[1] + 2500
    )
    return m.span() if m else None


def _second_of_two(text: str, end: int, name: str) -> Optional[Found]:
    """The next line, when it is a second whole name of the same place (two_names): two bodies' names stacked, the
    one nearer the text being the one a title under them would start with."""
    m = re.match(r"\n[ \t\u3000]*([^\n]{4,32}?)[ \t\u3000]*(?=\n|$)", text[end:])
    if m and (nxt := despace(m.group(1))) == org_name(nxt) and two_names(name + nxt) == nxt:
        return found_at(nxt, end + m.start(1), "byline")
    return None


# a site's header under its name: a breadcrumb, a search box, a date-and-publisher row
_SITE_ROW = re.compile(
    r"首页|当前位置|您的位置|[>＞»]|搜索|排序|匹配度|发布(?:日期|时间|机构)|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    # (…or the site's clock, a date with its weekday: 2019年12月3日星期二)
    r"|星期[一二三四五六日天]"
)


def _site_header(below: str) -> bool:
    """The next three non-blank lines hold a site's header row."""
    rows = [line for line in below.split("\n") if line.strip()][:3]
    return any(len(row) <= 120 and _SITE_ROW.search(row) for row in rows)


# the government a metadata row names second, after its party committee and a space (中共某区委 某区人民政府)
_JOINT_GOVERNMENT = re.compile(rf"[ \t\u3000]+([{_HAN}]{{2,20}}?人民政府)(?![{_HAN}])")


def metadata(text: str) -> Optional[Found]:
    """A metadata row naming the issuer: 发布机构: 某局, or the field on one line and its value on the next."""
    lines = _line_starts(text, 16)
    for i, (pos, line) in enumerate(lines):
        if _META_FIELD_ONLY.search(line) and i + 1 < len(lines):
            next_pos, nxt = lines[i + 1]  # • 发布机构: / 区市场监督管理局
            name = org_name(nxt.strip(" •·\t"))
            if name and name not in _GENERIC and not outlet(name):
                return found_in(name, nxt, next_pos, "metadata")
        if not (m := _META_AGENCY.search(line)):
            continue
        # (…or a place, when the text speaks as that place: 发布机构: | 某镇 | over 我镇编制…报告)
        place = m.group(1)[-1:] in self_levels(text)
        if not (found := candidate(line, m, place=place)):
            continue
        if m.start() > 0 and line[m.start()] in " \t\u3000" and not place_at(found[0], 0):
            continue  # (a field after another's value names a body only by its place: 县司法局 there may be a site's)
        if found[0] not in _GENERIC and not outlet(found[0]):
            if joint := _JOINT_GOVERNMENT.match(line, found[1][1]):
                # 发文机关:中共某区委 某区人民政府: a party committee and its government issue jointly; the
                # government is named, as the title 中共某区委 某区人民政府关于… names it
                if government := exact_name(joint.group(1)):
                    return found_at(government, pos + joint.start(1), "metadata")
            return found_at(found[0], pos + found[1][0], "metadata")
    return None


# (…or the page's column, named after the body whose site it is: 栏目:某省司法厅-通知公告)
_COLUMN_FIELD = re.compile(r"栏目\s*[:：]\s*([^-—|｜\s\[【]{2,32})\s*[-—]")


# a section of a body (秘书科, 综合股) after the body's name in a page's source field
_SECTION = re.compile(r"(?<=[办局委厅院府])[\u4e00-\u9fff]{1,4}[科股]\s*$")


def source_field(text: str) -> Optional[Found]:
    """日期:2022-03-29来源:区卫健委 — a page's source names its publisher, often the writer (so does the page's
    column named after its body: 栏目:某省司法厅-通知公告)."""
    for pos, line in _line_starts(text, 16):
        m = _SOURCE_FIELD.search(line) or _COLUMN_FIELD.search(line)
        # (…by its section, too: 来源:市委依法治市办秘书科 is the office's news, posted by its secretariat)
        value = _SECTION.sub("", m.group(1)) if m else ""
        if m and (name := org_name(value)) and name not in _GENERIC and not outlet(name):
            return found_in(name, m.group(1), pos + m.start(1), "metadata")
    return None


def signature(text: str) -> Optional[Found]:
    """The organ's name on the line before the date that signs the document: near its start (a page's opening
    that holds a short document whole) or at its end, where a full-length report is signed (the last 1,500
    characters), or both run into the last line of a copy that lost its line breaks, or into the sentence that passes
    the document on (…现印发给你们，请认真贯彻执行。某市人民政府2025年4月30日)."""
    tail = max(0, len(text) - 1500)
    for lo, hi in ((0, min(2000, len(text))), (max(tail, 2000), len(text))):
        for m in _SIGNED.finditer(text, lo, hi):
            # (a body signing for another's seal marks it: 某县某领导小组办公室(代) / 2024年4月17日)
            name = org_name(_FOR_SEAL.sub("", m.group(1).strip(" \t\u3000")))
            if name and name not in _GENERIC and len(name) >= 4:
                return _first_signer(text, m.start(1)) or found_in(name, m.group(1), m.start(1), "signature")
            if not name and (joint := _first_signer(text, m.start(1))):
                # 中共某市委…办公室 某市司法局 / 2023年3月21日: two signers side by side, the first leading
                return joint
    if run_in := _SIGNED_RUN_IN.search(text, 0, 2000):
        # of a Party committee's and a government's joint signature, the government's (as org_name reads a joint)
        names = [name for part in run_in.group(1).split() if (name := org_name(part))]
        name = _leading_signer(names)
        if name and name not in _GENERIC and len(name) >= 4:
            return found_in(name, run_in.group(1), run_in.start(1), "signature")
    if noted := _noted_signers(text):
        return noted
    last = text.rstrip().rsplit("\n", 1)[-1]
    if (flat := _SIGNED_FLAT.search(last)) and (name := exact_name(flat.group(1))) and name not in _GENERIC:
        return found_at(name, len(text.rstrip()) - len(last) + flat.start(1), "signature")
    return None


def _leading_signer(names: list[str]) -> Optional[str]:
    """Whom a joint signature speaks for: of a Party committee's and a government's (or its office's), the government
    (as org_name reads a joint); else the first signer, who leads."""
    return next((n for n in names if re.search(r"政府(?:办公室|办公厅)?$", n)), names[0] if names else None)


def _signers(line: str) -> Optional[list[str]]:
    """The organs a signature line names, one or several side by side (某市司法局 某市民政局), or None when the line
    holds anything else."""
    parts = line.split()
    names = [org_name(part) for part in parts]
    # (a Party organ's name with 中共 before it is whole: 中共某市委全面依法治市委员会办公室)
    whole = all(n is not None and part in (n, "中共" + n) for n, part in zip(names, parts))
    return [n for n in names if n] if parts and whole else None


def _first_signer(text: str, start: int) -> Optional[Found]:
    """Of a joint signature stacked over two lines, or side by side (某市司法局 某市民政局 / 某市法宣办 / 2023年4月18日),
    the first signer, who leads; of a Party committee's and a government's, the government (as org_name reads a
    joint). None when the signature is one body alone on its line (the caller's reading stands)."""
    line_end = text.find("\n", start)
    own = text[start : line_end if line_end >= 0 else len(text)]
    prev_end = start - 1
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    above = _signers(text[prev_start:prev_end]) if prev_end > 0 else None
    names = (above or []) + (_signers(own) or [])
    if len(names) < 2 or len(names) > 4 or any(len(n) < 4 or n in _GENERIC for n in names):
        return None
    name = _leading_signer(names)
    if name is None:
        return None
    at = text.find(name, prev_start if above else start)
    return (name, (at, at + len(name)), "signature") if at >= 0 else None


# a site's footer: the organs on its lines run the website (主办单位：某市人民政府办公室), they did not write the page
# and an official document's colophon (版记: 抄送：…, 某办公室 2026年1月5日印发) names its printing office
_FOOTER = re.compile(
    r"主办|承办|协办|主管|版权所有|技术支持|维护单位|网站标识码|ICP|备案|公网安备|联系我们|网站地图|^\s*抄送|日\s*印发\s*$"
)


_SIGNED_DATE = re.compile(r"\s*(?:(?:19|20)\d{2}|二[〇○零].{3})\s*年.{0,8}日?\s*$")


def _name_line(line: str) -> Optional[str]:
    """The organisation a line holds alone (its date, if it signs, cut off), or None."""
    return org_name(despace(_SIGNED_DATE.sub("", line).strip(_MARKS)))


def in_list(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` is one of three or more names on consecutive lines: a list of units (名单如下 /
    某局 / 某局 / …, a copy cut inside it), which neither signs a text nor stands under its title as its writer; a
    joint signature or a stacked byline names two bodies, not three."""
    before = text[max(0, start - 200) : start].split("\n")[:-1]
    after = text[end : end + 200].split("\n")[1:]
    run = 1
    for lines in (reversed(before), after):
        for line in lines:
            if not _name_line(line):
                break
            run += 1
    return run >= 3


def _prose_after(text: str, end: int) -> bool:
    """Two or more sentences follow on lines of their own: the name is a unit in a table of tasks (…摄像头1700个。 /
    某公安分局 / 44 / 对全区…改造。), not the text's closing line, which at most a date or a note follows."""
    return sum(1 for line in text[end:].split("\n") if line.rstrip().endswith(("。", "；", ";"))) >= 2


def closing_line(text: str) -> Optional[Found]:
    """An organ's name alone on a line near the very end (its date lost or on the same line): weaker than a
    dated signature, since a page's last lines may be furniture; a site's footer (from its first 主办/备案 line
    on) and a line under a field label (主办单位：) never sign."""
    tail_start = max(0, len(text) - 300)
    if tail_start and text[tail_start - 1] != "\n":
        # the window opens inside a line: its tail is no line of its own (…《剑|阁县某镇人民政府 is a title's front cut)
        tail_start = text.find("\n", tail_start) + 1 or len(text)
    offset = tail_start
    previous = ""
    for line in text[tail_start:].split("\n"):
        if _FOOTER.search(line):
            break
        bare = _SIGNED_DATE.sub("", line)
        name = org_name(bare)
        if (
            name
            and name not in _GENERIC
            and len(name) >= 4
            and not outlet(name)
            and not re.search(r"[:：]\s*$", previous)
            and not in_list(text, offset, offset + len(line))
            and not _prose_after(text, offset + len(line))
        ):
            return found_in(name, line, offset, "signature")
        offset += len(line) + 1
        previous = line
    return None
