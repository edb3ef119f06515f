"""The title and the lines around it: metadata rows, site furniture, addressees, titles broken over lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Optional

from .genre import _NEWS_TITLE, BULLETIN_END, CHRONICLE_END, SPEECH_WORD, headline_subject
from .names import _HAN, Span, despace, org_name
from .places import place_at

_ADDRESSEE = re.compile(rf"^[{_HAN}、，,（）()\s]{{2,40}}[:：]$")
_META_FIELD = (
    r"(?:索\s*引\s*号|发布机构|发布部门|发文部门|发文机关|发文单位|发布单位|公开主体|所属机构|文件来源|信息来源|来\s*源|"
    r"成文日期|发文日期|发文时间|发布日期|公开日期|主题分类|主\s*题\s*词|文\s*号|发文字号|分\s*类|有\s*效\s*性|"
    r"公开方式|公开范围|标\s*题|名\s*称|体裁分类|组配分类|服务对象|信息类别)"
)
_META = re.compile(rf"^[-•·*]?\s*{_META_FIELD}\s*[:：]")
# a metadata table flattened into rows of fields and values parted by spaces alone (发布机构 某局 文 号), a list's
# item or not (• 发布机构 某局): no title,
# though its value is a name and 发布 reads like a headline's verb
_META_ROW = re.compile(rf"^\s*(?:[-•·*]\s*)?{_META_FIELD}\s+\S.*?\s{_META_FIELD}(?:\s|$)")
# …or a row of one field and its short value (组配分类 计划总结, whose value names a genre): a title is a name's value
# only under 标题/名称, whose value is the title itself
_META_PAIR = re.compile(rf"^\s*(?:[-•·*]\s*)?(?!标\s*题|名\s*称){_META_FIELD}\s+\S{{1,12}}\s*$")
# a body's guide to asking it for information (某委政府信息公开指南, 某市人民政府政府信息公开指南), the body named
# before it (a site's menu label, 政府信息 / 公开指南, names none); a catalogue of what it publishes (政府信息主动公开事项目录)
_GUIDE_OR_CATALOGUE = (
    r"(?:(?<=[局委厅办院会心所站府省市区县州旗镇乡])政府|(?<=[局委厅办院会心所站]))信息公开指南|(?<=公开)事项目录"
)
_TITLE_END = re.compile(
    r"(?:报告|年报|公报|(?:白皮书|"
    + _GUIDE_OR_CATALOGUE
    + r")(?:\s*[(（](?:19|20)\d{2}年?版?[)）])?|方案|要点|纲要|意见|规划|总结|工作小结|通知|表|情况|计划|清单|汇报|公告|通告|通报|规定|办法|规则|细则|条例|的决定|的批复|的答复|复函|的公示"
    # (a document-sharing site's title for the same papers: 某区依法行政工作报告材料, 某局法治建设汇报材料)
    r"|(?:报告|汇报|总结)材料"
    # (a body's own budget or final accounts: 2019年度某街道办事处部门决算)
    r"|(?:部门|单位)[预决]算(?:公开)?(?:说明)?" + "|" + CHRONICLE_END + ")$"
)
# a speech's title: the occasion it was given at, then 讲话 (在…会议上的讲话, 在…开班仪式上的致辞)
_SPEECH = re.compile(rf"在[^。，,；;：:]{{2,50}}?上的(?:{SPEECH_WORD}|主旨演讲)$")
_TITLE_CUE = re.compile(
    r"报告|年报|公报|白皮书|"
    + _GUIDE_OR_CATALOGUE
    + r"|方案|要点|纲要|意见|规划|情况|总结|工作小结$|通知|表$|评分表|计划|汇报|清单$|(?:规定|办法|规则|细则|条例|的决定|的批复|的答复|复函)$"
    # (…and an assessment's standard or its index: 某区依法行政工作考核标准, 某市法治政府建设指标体系)
    + r"|(?:考核|考评|评分|评价)标准$|指标体系$"
    # (…and a public notice, 某市人民政府关于…的通告, or a circular commending or criticising, …示范单位的通报; or a
    # list or a proposal put up for objections, 2022年度“某市民主法治示范村(社区)”拟命名名单公示, 某局关于拟授予…的公示)
    + r"|的(?:通告|公告|通报|公示)$|名单公示$"
    # (a year's figures a body publishes: 2019年全国行政复议、行政应诉案件统计数据, …案件数据统计, 某局2019年度行政执法数据)
    + r"|(?:统计数据|执法数据|数据统计)$|(?:部门|单位)[预决]算"
    # (…and an explainer's title, the document it explains in book marks: 《某县人民政府法律顾问工作规则》政策解读)
    + r"|》的?(?:政策|文字|图文)?解读$"
    # (…and a bulletin, by its issue too: 某推进会简报, 某区法治建设工作简报 第23期)
    + "|"
    + BULLETIN_END
    + "|"
    + CHRONICLE_END
    + "$"
)


def _lines(text: str, limit: int) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n")[:limit]:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


_NOT_TITLE_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|"
    r"第[一二三四五六七八九十]{1,3}部分|现将|根据|按照|为了?|依据|>>|"
    # (a question an explainer asks and answers: 问：某市2021年…工作要点的制定背景 / 答：…)
    r"问\s*[:：])"
)
_FURNITURE = re.compile(
    r"[|｜>＞»]|[A-Za-z]{3}|位置|首页|当前|无障碍|繁体|简体|字号|浏览|今天是|星期[一二三四五六日天]|农历|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|"
    # (…or a clock time to the second, whatever date it follows: 2025 09-10 09:17:29 来源: 某厅)
    r"\d{1,2}:\d{2}:\d{2}|"
    r"〔\d{4}〕|\[\d{4}\]|"
    # a telephone number (服务热线:400-8010-590 0755-29469551): a site's contact row
    r"\d{3,4}-\d{3,4}-\d{3,4}|\d{3,4}-\d{7,8}|服务热线|"
    # a page's share widget (点击右上角微信好友 / 朋友圈 / 请使用浏览器分享功能进行分享) and its reading line (正在阅读：)
    r"^(?:点击右上角|朋友圈$|分享到|正在阅读)|"
    # (…and an e-paper's navigation and zoom buttons: 上一篇 / 下一篇, 放大+ 缩小- 默认)
    r"^\s*(?:上一篇|下一篇)|放大[+＋]?\s*缩小|"
    # (…and its list of the pages: 01版: 一版要闻 02版: 综合新闻; its ticker of headlines cut short: 某区召开…会
    # 议......某市实现依法治乡(镇、街)委......)
    r"\d{1,2}版\s*[:：]|(?:\.{6}[^\n]*){2}|"
    # a library site's trail of short labels (文库 实用文档 报告/总结): three or more words of a few characters each
    r"^\s*[\u4e00-\u9fff/]{2,5}(?:[ \t\u3000]+[\u4e00-\u9fff/]{2,5}){2,}\s*$"
)
_META_TITLE = re.compile(
    # (…or a gazette's row, its label run onto the title: 公报标题某局2023年度行政执法统计年报)
    r"^[-•·*]?\s*(?:(?:标\s*题|文件名称|名\s*称|文件标题)\s*[|｜:：]|公报标题\s*)\s*(?:\[[^\]]{0,24}号\]|【[^】]{0,24}号】)?"
    r"([^|｜]{6,80}?)\s*(?:[|｜]|\s[\u4e00-\u9fff ]{2,8}[:：]|$)"
)  # the value ends at a bar, at the next field on the row (… 发布机构: …) or at the line's end
# a document-sharing site's blurb: 《某局2022年法治政府建设年度报告.docx》由会员分享，可在线阅读…: the shared file's
# name is the document's title, the page's own words around it the site's
_SHARED_FILE = re.compile(r"《\s*([^《》\n]{4,80}?)\s*\.(?:docx?|pdf|wps|pptx?|txt)》由(?:会员|用户|网友)分享")
# …or its pages' captions, one per page image (a copy may run them together): 某局2018年工作要点.docx_第1页
_PAGED_FILE = re.compile(r"\s*([^\n.]{4,80}?)\s*\.(?:docx?|pdf|wps|pptx?|txt)_第\d{1,3}页")


# a metadata row: a short field name with a short value or none, maybe another field after it (文件编号: 组配分类: …)
_FIELD_ROW = re.compile(
    # (…its name cut to its last character by the copy, its value a long index number: 号: 003187229/202209-00057
    # 信息分类: …)
    r"[-•·*]?\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?:\S{0,20}\s*$|\S{0,20}\s+[\u4e00-\u9fff]{2,6}\s*[:：])|"
    r"号\s*[:：]\s*[\w/-]{4,40}\s+[\u4e00-\u9fff]{2,6}\s*[:：]|"
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
        and not _META_ROW.match(line)
        and not _META_PAIR.match(line)
        and not _NOT_TITLE_START.match(line)
        and not _FIELD_ROW.match(line)
        and not re.match(r"[(（][^()（）]*[)）]$", line)  # (2013年3月27日…公布，自…起施行): a note, not a title
        and line.count("，") + line.count(",") <= 1
        and not line.endswith((":", "："))  # 现将…报告公开如下： / an addressee: a lead-in, never a title
        # (a link in a site's list, cut short: 关于某公司某项目用海… / 某镇2025年度第五批次城镇建设用地...)
        and not re.search(r"(?:\.{3}|…|。。。)\s*$", line)
    )


# a title with the page's source and date run onto its line
_TITLE_THEN_DATE = re.compile(
    r"(\S{6,80}?(?:报告|方案|要点|纲要|意见|规划|总结|通知|计划|汇报|安排))\s+(?:\S{2,24}\s+)?"
    r"[(（]?\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*[)）]?\s*$"
)
# a headline with the page's date field run onto its line (…示范地区和项目发布时间:2021-09-16  来源:某日报)
_HEADLINE_THEN_DATE = re.compile(r"(\S.{6,60}?)[ \t\u3000]*(?:发布时间|发布日期|发稿时间)\s*[:：]\s*(?:19|20)\d{2}")
# a title with a page's widget run onto its line after a space (…年度报告 二维码, …的通知 打印 关闭)
_TITLE_THEN_WIDGET = re.compile(
    r"(\S.{6,79}?)[ \t\u3000]+(?:二维码|分享|打印|收藏|关闭)(?:[ \t\u3000]+\S{2,4}){0,3}\s*$"
)
_CELL_TITLE = re.compile(r"^(?:[|｜]\s*)?([^\s|｜].{6,79}?)\s*[|｜]\s*$")
# a headline after the page's topic tags and a bar (宪法宣传周 国家宪法日 | 某区开展2020年“宪法宣传周”)
_TAGGED_HEADLINE = re.compile(r"^[^|｜\n]{2,20}?\s*[|｜]\s*(\S[^|｜\n]{6,60}?)\s*$")
# an official document's number (某府发〔2018〕11号), which the cleaner reads in run-on copies too
DOC_NUMBER = r"[\u4e00-\u9fff]{1,10}[〔\[［(（](?:19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号"
# a title after its document's number on its line (某政发〔2016〕10号 某市人民政府关于…的决定)
_NUMBERED_TITLE = re.compile(rf"^\s*{DOC_NUMBER}\s+(\S.{{6,79}})$")
# …or the title, then its number in brackets (某市人民政府关于…的实施意见(某政〔2017〕101号))
_TITLE_THEN_NUMBER = re.compile(rf"^\s*(\S.{{6,79}}?)\s*[(（]\s*{DOC_NUMBER}\s*[)）]\s*$")
# a title line cannot end on these: 某局关于印发 / 《…实施方案》的通知 is one title over two lines
# (…or on a year whose work comes on the next line: 某局2020年工作总结和2021年 / 工作重点)
_DANGLING = re.compile(
    r"(?:关于|印发|转发|批转|的|和|及|与|暨|、|(?<![(（\d])(?:19|20)\d{2}\s*年度?"
    # (…or a place's five-year plan set over lines as its cover sets it: 某区国民经济和社会发展 / 第十四个五年规划和
    # 二〇三五年 / 远景目标纲要, 某市…社会发展第十四个 / 五年规划…)
    r"|国民经济和社会发展|(?<=社会发展)第[一二三四五六七八九十]{1,3}个|二\s*[〇○零]\s*[一二三四五六七八九〇○零]\s*[〇○零一二三四五六七八九]\s*年)$"
)


def _continues(joined: str, nxt: str) -> bool:
    """The next line finishes a title that stopped on a word no title ends on, whatever that line holds (a
    nested title written 《…<…>…》 has the angle brackets a breadcrumb uses)."""
    return bool(
        # (…or on a year's digits whose 年 a wrap put on the next line: 某局在全市某系统 2025 / 年度工作会议上的讲话)
        (_DANGLING.search(joined) or (re.search(r"(?:19|20)\d{2}\s*$", joined) and nxt.lstrip().startswith("年")))
        and 0 < len(nxt) <= 60
        and not re.search(r"[。；;]", nxt)
        and not _ADDRESSEE.match(nxt)
        and not _META.match(nxt)
    )


def _three_line_notice(first: str, second: str, third: str) -> bool:
    """A notice's title set over three lines (某厅关于印发某省 / 贯彻落实…2022年政务公开 / 工作要点分工方案的通知): the
    first opens the notice (or a body's title: its name, then 关于), none ends it but the third, which is short and no
    sentence."""
    return bool(
        # (…or any body's title that opens on its name and 关于: 某办公厅关于同意以某市名义 / 申办…运动会的 / …的复函)
        (re.search(r"关于(?:印发|转发|批转)", first) or _own_subject_about(first))
        and _titleish(third)
        and len(third) <= 40
        and not re.search(r"[。；;]", third)
        and not _TITLE_END.search(second)
        and _TITLE_END.search(third)
        and _TITLE_CUE.search(first + second + third)
    )


def _headline(line: str) -> bool:
    """A line a news page's headline may be: of a headline's length, with a news title's words or (a headline's
    subject and predicate: 县司法局普法宣传多点开花加快推进法治某县建设) ``headline_subject``."""
    # (an outlet's name in brackets may open it: (某某云)某区：全面落实…)
    line = _OUTLET_FIRST.sub("", line.strip())
    return 8 <= len(line) <= 40 and bool(_NEWS_TITLE.search(line) or headline_subject(line))


_OUTLET_FIRST = re.compile(r"^[(（【\[][\u4e00-\u9fff]{2,8}[)）】\]]\s*")


def _subtitled_headline(line: str) -> Optional[Span]:
    """Where a news headline stands after a slogan and a dash on one line (一句口号——某市召开…会议), when the part after
    the dash is a headline on its own: its subject and deed (``headline_subject``) or a news title's words."""
    dash = line.rfind("——")
    if dash < 4:
        return None
    tail = line[dash + 2 :].strip()
    if not _headline(tail):
        return None
    at = line.index(tail, dash)
    return at, at + len(tail)


def _whole_title(line: str) -> bool:
    """A line that is a title by itself: it names a genre and ends like a title (某局2025年法治政府建设报告), the
    site's note after it aside (…年度报告(含图解))."""
    line = _TITLE_NOTE.sub("", line)
    return len(line) >= 8 and bool(_TITLE_CUE.search(line) and _TITLE_END.search(line))


# a site's note in brackets after a title: 含图解, 图文, 全文, 附解读
_TITLE_NOTE = re.compile(r"\s*[(（](?:含|附)?(?:图解|图文|全文|解读|图表)(?:版)?[)）]$")


# a title's last line that names no one: 2023年度报告 under 某乡人民政府信息公开工作, the rest of the title above it
_BARE_YEAR_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?(?:工作)?(?:报告|年报|总结)")


def _opens_with_name(line: str) -> bool:
    """The line opens with a body's whole name (某县某乡人民政府信息公开工作): the head of a title whose year and genre
    word are on the next line."""
    flat = despace(line)
    return any((name := org_name(flat[:k], place=True)) and flat.startswith(name) for k in range(len(flat), 3, -1))


def _title_head(line: str) -> bool:
    """A line that can begin a title continued below: an organisation's name (某县应急管理局), 关于…, or a line with a
    year (2024年度); a page's stray word (排序, 正文, 颜色) is none of these."""
    return bool(
        org_name(despace(line))
        or line.startswith("关于")
        or re.search(r"\d|[〇○零]", line)
        or re.search(r"关于(?:印发|转发|批转)", line)  # 省人民政府关于印发某省 / 2018年…工作要点的通知
        or _forwarding_head(line)  # 某市政府办公室转发市司法局 / 关于…的通知
        or _own_subject_about(line)  # 某办公厅关于开展 / 城镇小区…治理工作的通知
    )


# the head of a notice that passes on another body's document, set on a line of its own: 某市人民政府办公室转发市司法局
_FORWARDING = re.compile(r"(.{2,30}?)(?:转发|批转)(.{2,30})")


def _forwarding_head(line: str) -> bool:
    """The line names the body that passes a document on and the body whose document it is (某办转发某局), the 关于…
    of the title on the next line: both lines are one title, the forwarding body's."""
    m = _FORWARDING.fullmatch(despace(line))
    return bool(m and org_name(m.group(1)) and org_name(m.group(2)))


def _cut_inside(line: str, nxt: str) -> bool:
    """A place's title cut inside a word, its second line no title's start (某市党政主要负责人履行推进法治 / 建设第一
    责任人职责清单): the first line is no headline and the second no title of its own, whatever genre it ends on."""
    flat, next_flat = despace(line), despace(nxt)
    return bool(
        any(org_name(flat[:k], place=True) == flat[:k] for k in range(min(len(flat), 16), 2, -1))
        and not _TITLE_END.search(flat)
        and not _NEWS_TITLE.search(flat)
        and not re.search(r"网站|门户|网$", flat)  # (a site's name over its breadcrumb: 某市政府门户网站 / 当前位置：…)
        and not re.search(r"[>＞»:：|｜]", nxt)
        and not re.match(r"\s*(?:关于|(?:19|20)\d{2}|二[〇○零])", nxt)
        and not org_name(next_flat[:6], place=True)
        and not place_at(next_flat, 0)
    )


def _own_subject(line: str) -> bool:
    """A title that opens with its own body's name (巫山县气象局2021年度…, 某局关于…): a name on the line above it is
    the site's (重庆市气象局), not part of it."""
    m = re.match(r"(.{2,30}?)(?:关于|(?:19|20)\d{2}|二[〇○零])", line)
    return bool(m and org_name(despace(m.group(1)), place=True))


def _own_subject_about(line: str) -> bool:
    """A title's first line that opens on its own body's name and goes on with 关于 (某办公厅关于开展, 某办公厅关于同意
    以某市名义): the rest of the title is on the lines below."""
    return "关于" in line and _own_subject(line)


def _retitled(text: str, lines: list[Span], index: int, span: Span) -> Span:
    """A page that repeats its title above the document keeps the document's own copy, the one right above the
    body: a mirror's heading (县 2022 年…工作总结) may carry the site's year where the document says 县2019年….
    The document's copy may be broken over lines (the agency on a line of its own above 2019年…报告)."""
    title = text[span[0] : span[1]].replace("\n", "")
    bare = re.sub(r"[\s\d]", "", title)
    joined = ""
    for s, e in lines[index + 1 : index + 4]:
        joined += text[s:e]
        if re.sub(r"[\s\d]", "", joined) == bare:
            return (lines[index + 1][0], e) if joined != title else span
        if not bare.startswith(re.sub(r"[\s\d]", "", joined)):
            break
    return span


# a news lead that hands over to the document it carries: …发布2024年法治政府建设情况的报告。详情如下： / 全文如下：
_HAND_OVER = re.compile(r"(?:详情|全文|具体内容|原文)如下[:：]\s*$")


def _handed_over(text: str, lines: list[Span]) -> Optional[Span]:
    """The carried document's own title, on the line after a news lead's hand-over (详情如下：) a few lines down;
    none when the lead hands over to the body itself (具体内容如下： then 一、…)."""
    for (s, e), (ns, ne) in zip(lines[:4], lines[1:5]):
        if _HAND_OVER.search(text[s:e]):
            nxt = text[ns:ne]
            return (ns, ne) if _titleish(nxt) and _whole_title(nxt) else None
    return None


def _repeated(text: str, below: list[Span], line: str) -> bool:
    """The line is printed again, alone on a line, a few lines below (the page's header and the item's own)."""
    return any(text[s:e].strip() == line.strip() for s, e in below)


# a page's date row: a full date (and maybe a time) on a short line, the site's name or address around it
# (2024年09月18日 15:01 某网, http://www.某网.com2024年09月18日 15:01, 发布时间：2024-09-18)
_DATE_ROW = re.compile(r"[^。\n]{0,40}?(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})[^。\n]{0,30}")


def _words_below(text: str, below: list[Span]) -> Iterator[str]:
    """The lines with words among ``below``, stripped, read only as far as the caller asks."""
    return (line for s, e in below if (line := text[s:e].strip()))


def _dated_below(text: str, below: list[Span]) -> bool:
    """The next line is the page's date row: a headline's, as a news page prints it (标题 / 2024年09月18日 某网), or
    the line after its subheading (an e-paper's 主标题 / 副标题 / ( 2023-09-01 ) 稿件来源：…)."""
    nxt = list(islice(_words_below(text, below), 2))
    if nxt and _DATE_ROW.fullmatch(nxt[0]):
        return True
    return len(nxt) == 2 and _titleish(nxt[0]) and len(nxt[0]) <= 40 and bool(_DATE_ROW.fullmatch(nxt[1]))


# a paper's or a site's credit opening a lead (某某网讯(记者 某某) 近日，…, 本报讯 …)
_CREDIT_OPENS = re.compile(r"\s*(?:[^\n。，,]{1,16}?(?:网|报|台|社|在线)|本报|本网)讯")


def _credited_below(text: str, below: list[Span]) -> bool:
    """The next line with words opens the lead with a carrier's credit: the line above it is the item's headline,
    under whatever lists of links the page printed first (- 某局 / - 某集团主办 / 某会议在某地召开 / 某某网讯…)."""
    return _CREDIT_OPENS.match(next(_words_below(text, below), "")) is not None


# a menu's label: a few characters on a line of their own, no digit (a bulleted menu's too: - 政策解读 / - 发展报告;
# 政府信息公开年报 / 法定主动公开内容 may be eight), or a bulleted year under the label of a yearly series (· 2024)
_MENU_LABEL = re.compile(rf"(?:[-•·*]\s*)?[{_HAN}]{{1,8}}|[-•·*]\s*(?:19|20)\d{{2}}")


def _in_menu(text: str, lines: list[Span], index: int) -> bool:
    """The line is a label of a site's menu: short, among at least five short labels in the seven lines around it
    (a title broken over lines has two or three pieces, and its year's digits)."""
    around = lines[max(0, index - 3) : index + 4]
    return bool(_MENU_LABEL.fullmatch(text[slice(*lines[index])].strip())) and (
        sum(bool(_MENU_LABEL.fullmatch(text[s:e].strip())) for s, e in around) >= 5
    )


# a bulleted short label of a page's menu or trail (• 工作计划, • 通知公告): no title of its own
_BULLET_LABEL = re.compile(r"[-•·*]\s*[\u4e00-\u9fff]{2,6}")
# a metadata list's field label in brackets, bulleted or not (• [ 发布机构 ], 【索引号】)
_FIELD_LABEL = re.compile(r"(?:[-•·*]\s*)?[\[【]\s*[\u4e00-\u9fff]{2,6}\s*[\]】]")
# …or a bulleted row whose label runs into its value (• 发布机构某区管委会办公室, • 成文日期2020-05-11)
_BULLETED_FIELD = re.compile(
    r"\s*[-•·*]\s*(?:索引号|公开方式|发布机构|发文机关|内容分类|主题分类|成文日期|发文日期|发布日期|生成日期|公开主体|有效性|文号)"
)
# a document-sharing site's terms printed over the file it serves (本文档由用户上传…, 版权归属内容提供方, 网站客服)
_SHARING_NOTICE = re.compile(r"本文档(?:由用户上传|内容版权)|版权归属内容提供方|网站客服|付费之前")
# a gambling site's slogan a mirror prints before the headline it steals (某体育- 某体育官方网站- APP 世界杯指定娱乐平台)
_SPAM_PREFIX = re.compile(
    r"[^\n。]{0,40}?(?:官方网站|官网)[^\n。]{0,30}?(?:娱乐平台|博彩平台|投注平台)\s*(?=\S)"
    # (…or a betting site's names and its address, 365bet投注盘口_365bet官网_bt365最新网址2022年…细则)
    r"|[^\n。]{0,40}?(?:bet|投注)[^\n。]{0,40}?(?:最新网址|官方网址|网址)\s*(?=\S)"
)
# an item of a session's agenda (一、审议有关人事事项；二、听取和审议关于…的报告。)
_AGENDA_ITEM = re.compile(r"\s*[一二三四五六七八九十]{1,2}[、.．]\s*(?:审议|听取|审查|表决|书面|通报|其他)")
# a template site's outline or summary of the text, on a line of its own over the title (【提纲】一、…。(一)…)
_OUTLINE = re.compile(r"\s*[【\[](?:提纲|摘要|导读|内容提要|提要|概要)[】\]]")
# a site's ticker line over the page, the headline of another story after its label (今日特推: 某部开展…)
_TICKER = re.compile(r"\s*(?:今日(?:特推|推荐|热点|关注|头条)|热点推荐|热门推荐|推荐阅读)\s*[:：]")
# a news column's name printed over its item (工作动态, 法治动态, 本地要闻, 通知公告)
_COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:动态|要闻|新闻|资讯|快讯|公告|通知公告)")
# a link to a related page printed over the item (相关解读:…的问答解读, 相关阅读:…): no title of the item's own
_RELATED_LINK = re.compile(r"\s*(?:相关解读|相关阅读|相关链接|延伸阅读)\s*[:：]")
# a column's bare genre, no body and no year (政府信息公开年报, 法治政府建设年度报告): the page's column over its item
_GENRE_COLUMN = re.compile(r"(?:政府)?信息公开(?:工作)?(?:年报|年度报告)|法治政府建设(?:年度报告|情况报告)?")


# a news site's stub headline over the document it posts (某政府发布通知 / 某政府关于…的通知): it names the genre only
_STUB_HEADLINE = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:发布|印发|下发|转发)(?:通知|决定|意见|公告|通告)")


# …or a headline that names the document it posts, over the document itself from its number on (国务院发布《国务院关于…
# 的决定》 / 国发〔2008〕17号各省…：): the document's own title is the one it names
_POSTED_DOCUMENT = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:发布|印发|公布)《([^《》]{6,60})》")


def _posted_document(text: str, lines: list[Span], index: int) -> Optional[Span]:
    """The title a headline names (``_POSTED_DOCUMENT``) when the next line with words opens with that document's
    number: the posted document is the text."""
    s, e = lines[index]
    if not (m := _POSTED_DOCUMENT.fullmatch(text, s, e)) or not _whole_title(m.group(1)):
        return None
    return m.span(1) if re.match(DOC_NUMBER, _next_words(text, lines, index)) else None


def _stub_over_title(text: str, lines: list[Span], index: int) -> bool:
    """The line is a stub headline (``_STUB_HEADLINE``) and the next line with words is the posted document's own
    title (某政府关于…): that title is the page's."""
    if not _STUB_HEADLINE.fullmatch(text[slice(*lines[index])].strip()):
        return False
    nxt = _next_words(text, lines, index)
    return _titleish(nxt) and "关于" in nxt


def _next_words(text: str, lines: list[Span], index: int) -> str:
    """The next of the three lines below line ``index`` that has words, stripped ("" when all are blank)."""
    return next((text[s:e].strip() for s, e in lines[index + 1 : index + 4] if text[s:e].strip()), "")


def _column_over_title(text: str, lines: list[Span], index: int) -> bool:
    """The line is a column's bare genre and the item's own title, naming its year, follows within three lines (某区
    人民政府 / 政府信息公开年报 / 某区某局2020 / 政府信息公开工作年度报告): the column is no part of the title, nor is
    the site's name above it."""
    return _GENRE_COLUMN.fullmatch(text[slice(*lines[index])].strip()) is not None and _title_below(text, lines, index)


def _title_below(text: str, lines: list[Span], index: int) -> bool:
    """A title naming its year, or whole on its own line (某镇政府信息公开指南), stands within three lines below line
    ``index``."""
    below = [text[s:e] for s, e in lines[index + 1 : index + 4]]
    return any(
        (re.search(r"(?:19|20)\d{2}", line) or _whole_title(line)) and _titleish(line) for line in below
    ) and bool(_TITLE_CUE.search("".join(below)))


def find_title(text: str) -> Optional[Span]:
    """The title: a short line without sentence punctuation near the top, past site furniture and metadata; a
    title broken over lines (关于2024年度法治政府建设 / 情况的报告, or the agency on a line of its own above a
    关于… line) is one title; a metadata field 标题 | … gives the title where the page has none of its own, and so
    does the name of the file a document-sharing site's blurb names (a file's name may be shortened: 2022上半)."""
    if found := _own_title(text):
        return found
    for s, e in _lines(text, 3):
        if m := _SHARED_FILE.match(text, s, e) or _PAGED_FILE.match(text, s, e):
            return m.start(1), m.end(1)
    return None


# the first of a template site's samples, its title in the collection's tag (【第1篇】某县…工作总结)
_FIRST_SAMPLE = re.compile(r"\s*【第[一1]篇】\s*(\S.{3,60}?)\s*$")


def _own_title(text: str) -> Optional[Span]:
    """The title the page prints as a line of its own (see ``find_title``)."""
    lines = _lines(text, 30)  # a portal's menu, one bullet a line, can fill the first twenty
    if re.search(r"范文|模板|范本", text[:300]):
        # 【导语】…本文整理了8篇…范文… / 【第1篇】某县政府依法行政工作总结: a template site's collection, its first sample
        # carried under the site's blurb
        for s, e in lines[:8]:
            if (m := _FIRST_SAMPLE.match(text, s, e)) and _titleish(m.group(1)) and _TITLE_CUE.search(m.group(1)):
                return m.span(1)
    seen = False  # a titleish line came before: only the first can be a headline without a title word
    for i, (s, e) in enumerate(lines):
        if spam := _SPAM_PREFIX.match(text, s, e):
            s = (
                spam.end()
            )  # 某体育官方网站- APP 指定娱乐平台2026年某市政府工作报告: a gambling site's slogan run onto it
        line = text[s:e]
        if (m := _META_TITLE.match(line)) and _TITLE_CUE.search(m.group(1)):
            return s + m.start(1), s + m.end(1)
        if (m := _TITLE_THEN_DATE.match(line)) and _titleish(m.group(1)) and _TITLE_CUE.search(m.group(1)):
            return s, s + m.end(1)  # 某局2019年度…情况报告 某局 2020-06-08: the page's byline and date on its line
        if (
            (m := _TAGGED_HEADLINE.match(line))
            and _titleish(m.group(1))
            # (…or an article's title on a document it names: 观点 | 浅析…——2021年度某市行政审判白皮书实务解读)
            and (
                _headline(m.group(1))
                or (_TITLE_CUE.search(m.group(1)) and (_TITLE_END.search(m.group(1)) or m.group(1).endswith("解读")))
            )
            # (never a document's title before the bar, a forum's blurb after it: 某学院章程|某省人民政府举办…的高职院校)
            and not re.search(r"章程$", tag := line[: m.start(1)].rstrip(" \t|｜"))
            and not _TITLE_END.search(tag)
        ):
            return s + m.start(1), s + m.end(1)  # 某周 某日 | 某区开展…: the page's tags, then the headline
        if (m := _CELL_TITLE.match(line)) and _titleish(m.group(1)) and _whole_title(m.group(1)):
            # 某委关于印发…的通知 |: a title in a table cell, its border kept by the copy (on both sides or one)
            return s + m.start(1), s + m.end(1)
        if (
            (m := _NUMBERED_TITLE.match(line) or _TITLE_THEN_NUMBER.match(line))
            and _titleish(m.group(1))
            and _whole_title(m.group(1))
        ):
            # 某政发〔2016〕10号 某市人民政府关于…的决定: the number, then the title (or the title, then its number)
            return s + m.start(1), s + m.end(1)
        if (m := _HEADLINE_THEN_DATE.match(line)) and _titleish(m.group(1)) and not _COLUMN_LABEL.fullmatch(m.group(1)):
            return s, s + m.end(1)  # 我省命名第一批…示范地区发布时间:2021-09-16 来源:…: the page's date row run on
        if (m := _TITLE_THEN_WIDGET.match(line)) and _titleish(m.group(1)) and _whole_title(m.group(1)):
            return s, s + m.end(1)  # 某部…工作2021年度报告 二维码: a page's widget run onto the title's line
        if posted := _posted_document(text, lines, i):
            return posted
        if _FIELD_LABEL.fullmatch(line.strip()):
            continue  # • [ 发布机构 ] / • 某区教委: a metadata list's field label, its value on the line below
        if _BULLETED_FIELD.match(line):
            continue  # • 发布机构某区管委会办公室: a metadata list's row, its label glued to its value
        if _OUTLINE.match(line):
            continue  # 【提纲】一、工作情况。(一)…: a template site's outline of the text, printed over its title
        if _SHARING_NOTICE.search(line) or _TICKER.match(line):
            # 本文档由用户上传…。, 网站客服QQ:…: a document-sharing site's terms over the file, no body yet; 今日特推: …:
            # a site's ticker of another story
            continue
        if _AGENDA_ITEM.match(line) and any(text[a:b].rstrip().endswith("议程") for a, b in lines[max(0, i - 8) : i]):
            continue  # 二、听取和审议关于…的报告。 under 某会议议程: the session's agenda, over the report it heard
        if not _titleish(line):
            if ("。" in line or len(line) > 80) and (
                not _FURNITURE.search(line)
                # (…a paragraph of prose, whatever address it gives: …可查阅本报告(www.某部.gov.cn)。)
                or ("。" in line and len(re.findall(rf"[{_HAN}]", line)) >= 100)
            ):
                return _handed_over(text, lines[i:])  # the body has started (an app banner's 扫描下载APP。 has not)
            continue
        if _in_menu(text, lines, i):
            continue  # 政府信息 / 公开年报 / 政府网站 / 年度报表: a site's menu, its labels broken over two lines each
        if (
            _COLUMN_LABEL.fullmatch(line.strip())
            or _column_over_title(text, lines, i)
            or _stub_over_title(text, lines, i)
        ):
            continue  # 工作动态 (twice, as a page prints its column's name): the column, not a headline above the one
        if _RELATED_LINK.match(line):
            continue  # 相关解读:某区2024年…年度报告的问答解读: a link to another page, over the report itself
        if _BULLET_LABEL.fullmatch(line) and any(
            _titleish(nxt := text[ns:ne]) and _TITLE_CUE.search(nxt) and len(nxt) > len(line)
            for ns, ne in lines[i + 1 : i + 4]
        ):
            continue  # • 工作计划 over • 文字: / 某市人大常委会2020年工作要点: a menu's bulleted label, the title below
        end, joined = e, line
        last = i
        for k, (ns, ne) in enumerate(lines[i + 1 : i + 3]):
            nxt = text[ns:ne]
            if _column_over_title(text, lines, i + 1 + k):
                break  # the site's name over its column's genre: neither is the title below them
            if _continues(joined, nxt):
                end, joined, last = ne, joined + nxt, last + 1
                continue
            if _TITLE_END.search(joined) or not _titleish(nxt) or len(nxt) > 40:
                break
            if len(flat_next := despace(nxt)) >= 6 and despace(joined).startswith(flat_next):
                break  # 某县2023年政府工作报告(20221223) / 某县2023年政府工作报告: the title printed again, its tag left off
            if k == 0 and i + 2 < len(lines) and _three_line_notice(joined, nxt, text[slice(*lines[i + 2])]):
                end, joined, last = ne, joined + nxt, last + 1
                continue  # 某厅关于印发某省 / 贯彻落实…2022年政务公开 / 工作要点分工方案的通知: a notice's title over three
            if (
                _whole_title(nxt)
                and (not _title_head(joined) or _own_subject(nxt))
                and not _cut_inside(joined, nxt)
                and not (_BARE_YEAR_TITLE.fullmatch(nxt) and _opens_with_name(joined))
            ):
                break  # a stray word (排序, 正文) or the site's name above a title that is whole on its own line
            if not (
                (_TITLE_CUE.search(joined + nxt) and _TITLE_END.search(joined + nxt))
                or (org_name(despace(joined)) and (nxt.startswith("关于") or re.match(r"(?:19|20)\d{2}", nxt)))
                or (_forwarding_head(joined) and nxt.startswith("关于"))
            ):
                break
            end, joined, last = ne, joined + nxt, last + 1
        if end != e and _GENRE_COLUMN.fullmatch(despace(joined)) and _title_below(text, lines, last):
            continue  # 政府信息 / 公开年报 / 某市“十三五”某规划(2016-2020): a column's genre broken over two lines
        if not seen and end == e and (tail := _subtitled_headline(line)):
            # 以创新姿态扛旗争先——某市司法行政系统召开2024年…会议: a slogan, then the headline proper
            return s + tail[0], s + tail[1]
        if (
            end != e
            or (_TITLE_CUE.search(flat := despace(line)) and len(flat) >= 6)  # 政 府 工 作 报 告: spaced out
            or flat == "施政报告"  # a special region's policy address, over the heading of the part a page carries
            or _SPEECH.search(flat)  # 县长在2017年县政府全体会议上的讲话: a speech's title, whoever gave it
            or (
                (
                    not seen
                    or _repeated(text, lines[i + 1 : i + 8], line)
                    or _dated_below(text, lines[i + 1 :])
                    or _credited_below(text, lines[i + 1 :])
                )
                and _headline(line)
            )
        ):  # a news page's headline: the first titleish line, or one the page prints again above the item (under a
            # column label and a breadcrumb: 法治动态 / 首页 > 工作动态 / 某校…接受考核 / 发布时间 / 某校…接受考核)
            return _retitled(text, lines, last, (s, end))
        # (a date widget's pieces, a share button's dashes — 2023 / 01/19 / — 分享 —: no line a headline must follow)
        # (a kicker of a few words over a paper's headline, 全市率先, is no headline of its own that came first)
        seen = seen or len(re.findall(rf"[{_HAN}]", line)) >= 5
    return None
