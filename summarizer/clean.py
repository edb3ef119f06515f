"""Cleaning: the text every offset in a summary points into.

Why our own code: each step must keep the text faithful and the offsets meaningful. So there is no
NFKC over the whole document (it turns ，（）： into ASCII and shifts nothing visibly but changes what a
quote is); full-width digits and Latin letters are mapped one-to-one instead. What is removed is
removed whole: pinyin readings pasted after characters by converters (``衛(wèi)生``), ``[bookmark: …]``
debris, a mirror's doubled commas (``精神,,加强``, ``党组成员,、副局长``) and web-page furniture lines — except
the page's own date on a furniture line at the page's head right above the body's first prose (``来源:某报
发布时间:2023-11-24 17:39`` over ``11月23日，…`` or ``近日，…`` keeps ``发布时间:2023-11-24 17:39``): a news item
that names no year of its own is of that line's year, and a fact must be quoted from the cleaned text. Traditional
text is converted by OpenCC ``t2s`` line by line and only where the conversion keeps the length, so offsets are the
same in both scripts.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from .facts.lines import DATE_FIELD  # …the page's date field the carrier rows read past
from .facts.names import exact_name  # the facts read cleaned text; cleaning borrows their name check
from .facts.places import starts_a_stem
from .facts.title import (
    _TITLE_END,  # and the endings of a document's title
    DOC_NUMBER,  # …and the title finder's document number
)
from .facts.year import LEAD_SENTENCE_DATE  # and the year finder's date of a news lead, whose page date it keeps
from .lazyre import lazy
from .models import Script
from .numbers import parse_chinese_numeral
from .tables import task_columns

# a page's day in figures (2021-04-12, 2021/4/12, 2021.04.12), and the same with 年月日 allowed (2021年04月12日): the
# date rows of site furniture the patterns below cut or keep
_DAY = r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
_DAY_OR_CN = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"

_FULLWIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}
# NBSP, ideographic space and other odd spaces become a plain space; zero-width characters go.
_SPACES = {
    0x00A0: 0x20,
    0x3000: 0x20,
    0x2002: 0x20,
    0x2003: 0x20,
    0x2009: 0x20,
    0x202F: 0x20,
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0xFEFF: None,
}
_TRANSLATE = {**_FULLWIDTH, **_SPACES}
# The characters are rare in most reports: substituting matches beats str.translate over the whole text.
_TRANSLATE_CHARS = {chr(k): (chr(v) if v is not None else "") for k, v in _TRANSLATE.items()}
_TRANSLATABLE = re.compile("[" + "".join(re.escape(c) for c in _TRANSLATE_CHARS) + "]")

# a year in words typed with the letter O for its zero (二O一九年, 二〇二O年): the zero again, so the year is read
_LETTER_ZERO_YEAR = re.compile(r"二[〇○零OoＯｏ][〇○零OoＯｏ一二三四五六七八九]{2}(?=\s*年)")
_LETTER_ZERO = str.maketrans({"O": "〇", "o": "〇", "Ｏ": "〇", "ｏ": "〇"})
# a lone ? before the first word of a line: a character the copy could not encode (an emblem, an emoji, a byte-order
# mark read wrong), never the author's question, which ends a sentence; a run of five or more, before a word or a
# number, is the wide indent of full-width spaces the copy lost on a few lines (?????附件… / ????????????某省某委员会
# over its date, under a notice), which no author types (of two to four, ``strip_lost_indent`` judges by how many
# lines carry them)
_LOST_CHARACTER = re.compile(r"^[ \t]*(?:[?？](?=[\u4e00-\u9fff])|[?？]{5,}(?=[\u4e00-\u9fff\d]))", re.M)
# a document-sharing site's page counter (第1页共13页 before the title, 第2页共13页 wherever its page broke): no
# words of the document, and run into its title or a sentence it hides the title and splits the sentence
# (…and its download button left on the title's line: 某市…规划 下载本文)
_SHARED_PAGE = re.compile(r"第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页|[ \t\u3000]+下载本文(?=[ \t]*$)", re.M)
# a printed page's number at its foot (— 3 —, - 4 -, －5－), left on a line of its own by a copy taken from the pages:
# no words of the document; the line above goes on into the line below unless it ended its sentence or was a heading
_PAGE_NUMBER_LINE = re.compile(r"\n[ \t\u3000]*([—–\-－―])[ \t\u3000]*\d{1,3}[ \t\u3000]*\1[ \t\u3000]*(?=\n|$)")

_SURROGATE = re.compile("[\ud800-\udfff]")
# an editor's or a writer's label whose name the page sets on the next line (责编:⏎某某): one furniture line again,
# never a lead's first line
_CREDIT_ON_NEXT_LINE = re.compile(
    r"^([ \t]*(?:责编|责任编辑|编辑|审核|校对|初审|复审|终审|作者)[ \t]*[:：])[ \t]*\n[ \t]*([\u4e00-\u9fff]{2,4}[ \t]*)$",
    re.M,
)
# a spam mirror's symbols set inside words so that copies do not match (政府工作报■告, 发≡布, 保▂卫战, 2019年∮污染):
# no word of the document; only between two characters of a word, never a bullet or a mark on its own (the symbol
# is matched first and its neighbours looked at only then: every text is cleaned, and most characters are no symbol)
_INSERTED_SYMBOL = re.compile(r"[■□▲△▼▽◆◇●◎★☆∮≡⊙▂▃▄▅▆▇█〓※](?<=[\u4e00-\u9fff].)(?=[\u4e00-\u9fff])")
# a page's date field run onto its lead's day by a copy that lost the break between them (作者:某室 2023-06-286月27日，
# 某镇召开…): the field's day is zero-padded, so the lead's month starts right after it (the cheap look ahead first:
# the date behind is read only where a month and day follow a digit)
_DATE_ON_LEAD = re.compile(r"(?<=\d)(?=\d{1,2}月\d{1,2}日)(?<=(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2})")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A pinyin reading: Han character, bracket, one or two pinyin-shaped syllables with a tone mark.
_PINYIN = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（]\s*(?=[a-zü" + _TONED + r" ]{1,14}[)）])"
    r"(?=[^)）]*[" + _TONED + r"])"
    r"[a-zü" + _TONED + r"]{1,7}(?:\s?[a-zü" + _TONED + r"]{1,7})?\s*[)）]"
)
# …and a mirror's readings with no tone marks (长沙(sha)县发改局(ju)): told from a bracketed word only by their
# number, a converter's debris being on many characters
_BARE_PINYIN = re.compile(
    # (…or a reading given twice: 经济(ji)(ji))
    r"(?<=[\u4e00-\u9fff)）])[(（](?:[bpmfdtnlgkhjqxrzcswy]|zh|ch|sh)?[aeiouv]{1,3}(?:ng|n|r)?[)）]"
)


def _strip_bare_pinyin(text: str) -> str:
    """The text without toneless readings, when it carries at least three of them."""
    return _BARE_PINYIN.sub("", text) if len(_BARE_PINYIN.findall(text, 0, 5000)) >= 3 else text


# 。現 read through the wrong code page by a mirror (…取得積極成效?,F將有關情況報告如下, ?,F(xiàn)将…): the preamble's
# 现将 is the report's best evidence of its genre and year, so the debris is put back
_LOST_XIAN = re.compile(r"\?,F(?:[(（]xiàn[)）])?(?=[將将在])")
_BOOKMARK = re.compile(r"[\[［]\s*bookmark\s*[:：][^\]］]*[\]］]")
# a mirror's spin doubles the commas of a sentence (近日,,某局组织召开…, 党组成员,、副局长): the first is debris, and
# the subject finders read a clause's end by one comma
_DOUBLED_COMMA = re.compile(r"(?<=[\u4e00-\u9fff]),(?=[,、])")
# a mirror's own address glued into a sentence between two characters (现公布example.com某乡2017年…报告): no word of
# the text (an address the text gives stands apart, in brackets or after a colon)
_GLUED_DOMAIN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:www\.)?[a-z0-9-]{3,24}\.(?:com|net|cn|org|cc|top|vip|info)(?=[\u4e00-\u9fff])"
)

# the visitor's day a site's greeting gives (今天是 2024年10月23日 星期三 农历九月廿一)
_VISIT_DAY = (
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*星期[一二三四五六日天])?"
    r"(?:\s*农历[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅][一二三四五六七八九十]?)?"
)
# One piece of a menu row: at most 12 characters from its first non-space to its last, spaces around it; no
# character can go to two parts of the pattern, so a row of 100 bars that is not a menu fails in linear time.
_MENU_PIECE = r"\s*(?:[^|｜\s](?:[^|｜]{0,10}[^|｜\s])?\s*)?"
# Whole lines of site furniture: navigation, metadata, sharing tools, footers, editor credits.
_BOILERPLATE_LINE = re.compile(
    r"^(?:"
    # 智能问答| 无障碍 | 移动版 | …: each piece between bars is read one way only (a long table row must fail fast)
    rf"{_MENU_PIECE}(?:[|｜]{_MENU_PIECE}){{2,}}"
    r"|(?:来源|信息来源|文章来源|发布时间|更新时间|发布日期|时间|浏览量|浏览次数|点击数|点击量|点击次数|阅读次数|阅读量|"
    # (…or a paper's e-edition counting the item's characters, 文章字数:1252, between its headline and its lead)
    r"访问量|访问次数|作者|文章字数)\s*[:：].{0,80}"
    r"|(?:转载分享|分享到|相关文件|文档附件|相关链接|扫一扫在手机打开当前页|打印本页|关闭窗口|【?打印】?|【?关闭】?)\s*[:：]?.{0,40}"
    r"|【?返回顶部】?"
    # a site's greeting with the visitor's date (欢迎访问某网 今天是 2024年10月23日 星期三): the day of the visit, no
    # date of the page
    r"|.{0,30}今天是\s*[:：]?\s*(?:" + _VISIT_DAY + ")?"
    r"|(?:文章)?【?\s*字体\s*[:：]?\s*【[^】]*】.{0,60}"
    r"|【\s*字体\s*[:：]?[^】]*】.{0,40}"
    # a page's text-size and colour controls on a row of their own (字号: / 字体大小: 大 中 小 / 保护视力色:), between its
    # date line and its lead
    # (…or as letters, with a colour control after them: 字号:A A 颜色:)
    # (…or named a control, its tools after it: 字体调节: A+ A- 操作:)
    r"|【?\s*(?:字体大小|字体调节|字体|字号)\s*[:：]?(?:\s*[\[【(（]?\s*(?:大|中|小|默认|超大|标准|A[+\-＋－]?)\s*[\]】)）]?\s*[|｜/]?)*\s*】?"
    r"(?:\s*操作\s*[:：]?)?"
    r"(?:\s*(?:颜色|背景色?)\s*[:：]?)?"
    r"|(?:保护视力色|背景颜色|背景色)\s*[:：]?.{0,40}"
    r"|正文内容区域请使用\s*[Tt][Aa][Bb]\s*(?:键|按钮)?\s*切换浏览"  # (a page's note for keyboard readers)
    r"|(?:主办单位|承办单位|主管单位|管理维护|维护单位|网站标识码|备案序号|技术支持|版权所有|联系我们|网站报障|地址)\s*[:：].*"
    r"|.{0,40}(?:ICP备|公网安备|网站标识码).*"
    r"|关于我们\s*[|｜].*"
    r"|(?:责编|责任编辑|编辑|审核|校对|初审|复审|终审)\s*[:：]\s*\S{1,20}"
    r"|(?:首页|当前位置|您当前的位置|您的位置)\s*(?:[:：>＞»→/]\s*\S{1,16}\s*){1,6}"
    # a breadcrumb of any site (某范文网 > 工作总结 > 正文): three or more short pieces between > or »
    r"|[^\s<>＞»→。，,]{1,16}(?:\s*[>＞»→]\s*[^\s<>＞»→。，,]{1,16}){2,}\s*[>＞»→]?"  # (<tag> is no crumb)
    # a template site's word above its copy (下面是小编为大家整理的…范本，供大家参考。)
    r"|(?:下面|以下)是[^\n]{0,12}(?:小编|本站|编辑)[^\n]{0,80}?(?:供大家参考|希望对[您你]?有所?帮助|欢迎阅读|仅供参考)"
    r"[^\n]{0,20}"
    # a template or document-sharing site's notes on downloading and previewing its copy
    r"|(?=.{0,120}$)(?=.*(?:下载|预览|上传)).*(?:文档|资料|金币|扣费|按钮|WPS|Word|解压|会员|网友|本站|付费|全文).*"
    r"|•\s*(?:索引号\s*[:：]?\s*)?[0-9A-Za-z/\-]{6,40}"  # • 005291441/2022-00166
    r"|•\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?"  # • 2022-08-29
    # a news site's note on its stock photo and its tag row ((资料图片仅供参考), 标签: 民主法治)
    r"|[(（]\s*(?:资料图片|资料图|图片)\s*(?:仅供参考|来源\s*[:：][^()（）]{0,20})\s*[)）]"
    r"|标签\s*[:：]\s*[^。，,\n]{0,30}"
    # a mirror's row of the posting's time and fields with its widgets (2021-07-02 22:47 作者:某网 来源:某网 浏览: 我要评论
    # (条) 字号:; a row of the time and its source alone, 2025-09-10 09:17 来源:某厅, stays), and its note on the reading
    # time (admin 分享 时间: 加入收藏 共计5989个字,预计阅读时长20分钟; 本文共计6923字,预计阅读时长为15分钟)
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=.{0,80}(?:字号|我要评论))"
    r"(?:作者|来源|浏览|点击|阅读)\s*[:：].{0,80}"
    r"|.{0,60}阅读时长(?:为|约)?\s*[:：]?\s*\d{1,3}\s*分钟.{0,6}"
    # a document-sharing site's catalogue entry over the copy, its province bracketed before and its revision after
    # ((某省)某市…十四五规划(2022年更新)): the site's own name for a copy whose own title follows, at times another's
    r"|[(（][\u4e00-\u9fff]{2,8}[)）][^\n]{4,80}[(（](?:19|20)\d{2}年更新[)）]"
    r")$"
)
_BULLET_META = re.compile(r"^•\s*(.{1,60})$")
# the page's own publication date in a furniture line (发布时间:2023-11-24 17:39:40, 时间:2022-10-10, 发布日期:2018-09-06)
# (…or a source row that ends in it, 来源:某报-某新闻网 2021-04-15 20:19: the date alone is kept, never the source)
# (…behind a bracket or 发布于: 发布时间:[2024-8-5], 发布于:2015-12-22; after a source and a bar or one more field:
# 来源:某网 | 2021-11-16 18:00:42, 来源: 某日报 浏览字号: 2010年06月11日 09:09, a date field read as itself, its label
# kept)
_PAGE_DATE_FIELD = re.compile(
    rf"(?:(?:{DATE_FIELD}|发布于\s*[:：]?\s*)(?P<open>[\[【(（])?|(?P<source>(?:(?:信息|文章)?来源|作者)\s*[:：]\s*(?:[^\s:：|｜]{{2,24}}"
    r"(?:\s*[|｜]\s*|\s+(?:(?!(?:发布|更新)?(?:时间|日期))[^\s:：|｜]{1,6}[:：]\s*)?|(?<=[\u4e00-\u9fff]))"
    # (…or a source left empty, a bullet parting it from the date: 来源: • 2021-07-27 13:59:28)
    r"|[•·]\s*)))"
    r"(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
)
# lines of the page's head, above the body, where its own date line stands (a date in a footer dates nothing here)
_HEAD_LINES = 12
# a lead that dates its event by month and day only, or by the day alone (11月23日上午，… / 记者22日从…获悉)
_DAY_LEAD = re.compile(LEAD_SENTENCE_DATE)  # the year finder's date of a lead
# a date a converter spaced out (2023 年 3 月 14 日, 3 月14日): one date again, as every finder of a day or a year reads it
_SPACED_DATE = re.compile(
    r"(?<![\d.])(?:(?:19|20)\d{2} *年 *)?\d{1,2} *月(?: *\d{1,2} *日)?|(?<![\d.])(?:19|20)\d{2} +年"
)
# a page that set each digit apart (1 9 9 7 年粮食产量达到4 9 2 5 0 万吨, 占全国人口6 5 ％): its figures whole again, or
# the number finder reads the last digit alone (0 万吨, 5 ％) and the check finds it in the text; only on a page with
# two runs of three or more such digits, so that two figures a space parts (a table's 1 2 3, 10 20 30) stay two; a tab
# is never such a space (it parts a table's cells: 0 ⇥ 0 ⇥ 1 is three figures)
_SPACED_DIGITS = re.compile(r"(?<![\d.．])\d(?: \d){2,}(?![\d.．])")
# (…one pair of its digits may touch: a fixed-width wrap between them took their space, 3 0 0 ⏎0 万 joined as 3 0 00 万)
_SPACED_DIGIT_RUN = re.compile(r"(?<![\d.．])(?:\d )*\d\d?(?: \d)*(?![\d.．])")
# a notice's genre word letter-spaced at the end of its title line, as its cover sets it (某办公室 关于…工作的 通 知): the
# word again, as every finder of a title reads it
_SPACED_GENRE = re.compile(r"(?<=的)[ \t]*(?:通[ \t]+知|决[ \t]+定|意[ \t]+见|批[ \t]+复)$")
# a line of prose (a sentence or a clause within its first 200 characters): the lead a page's date line stands above
_PROSE_LEAD = re.compile(r"^[^\n]{0,200}?[，,。]")


# a heading's number in words or in brackets (一、 / （三）), the part a heading and a heading-like row share
_NUMBER_MARK = r"[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
HEADING_START = lazy(rf"^(?:{_NUMBER_MARK}|\d{{1,2}}[.．、](?!\d)|第[一二三四五六七八九十]{{1,3}}部分)")
SENTENCE_END = ("。", "！", "？", "!", "?", "。”", "。」", "！”", "？”")


def _width(line: str) -> int:
    """Display width: CJK and full-width characters take two columns, as in the viewer the text was copied from.
    GB18030 spends exactly two bytes on those and one on ASCII, and counting bytes runs at C speed."""
    return len(line.encode("gb18030", errors="replace"))


def _kind(marker: str) -> str:
    return re.sub(r"[一二三四五六七八九十\d]+", "N", marker)


def _wrap_width(measures: list[int], floor: int, slack: int) -> Optional[tuple[int, int]]:
    """(width, lines at it) when the measured lines pile up at one width: at least 5 long lines (``floor`` or
    more), and 40% of them (and five at least, or four that are 60%) within ``slack`` below the most common width."""
    long = [w for w in measures if w >= floor]  # blank lines, short headings and metadata say nothing of a wrap
    if len(long) < 5:
        return None
    counts = Counter(long)
    mode = max(counts, key=lambda w: sum(counts[w - k] for k in range(slack + 1)))
    full = sum(counts[mode - k] for k in range(slack + 1))
    # (…or, in a short text, four of them and most of its long lines: a news item of seven lines wrapped at 38)
    return (mode, full) if full >= max(5, 0.4 * len(long)) or (full >= 4 and full >= 0.6 * len(long)) else None


# a row of a page's list (• 某局) or of its metadata (索 引 号:… / 发布日期:…) starts a line of its own, never a wrapped
# paragraph's next piece; a metadata field's row (• 公文生成日期:2026-02-28) also ends where it ends, however wide the
# page sets it (a bulleted title the viewer wrapped, • 某委法治政府建设实施 / 方案(2021—2025), goes on)
_FIELD = (
    r"(?:索\s*引\s*号|发布机构|发文机关|发文单位|发布日期|成文日期|公文生成日期|文\s*号|主题分类|信息来源)\s*[:：]|"
    + DATE_FIELD
)
_ITEM_START = re.compile(r"[•·▪■◆●]|" + _FIELD)
_FIELD_ROW = re.compile(r"(?:[•·▪■◆●]\s*)?(?:" + _FIELD + ")")


# a line that ends on a breadcrumb's last crumbs (您现在所在的位置 : 首页 > 某局 > 要闻 > 通知公告)
_CRUMBS_END = re.compile(r"(?:\s*[>＞»→]\s*[^\s<>＞»→。，,]{1,16}){2,}\s*$")


# a line of prose that stops inside a number (…局长某某主持召开202), and the line that finishes it with its unit (1年第3次…)
_DIGITS_END = re.compile(r"[\u4e00-\u9fff]\d{1,4}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _digits_cut(line: str) -> bool:
    """A line of prose that stops inside a number: a Han character and one to four digits end it, with another Han
    character at least eight characters before them. Asked of the line's end first: one regex of the whole shape (a
    Han character, eight or more of any, a Han character and digits at the end) backtracks over every start of a long
    paragraph, quadratic in its length, and cost a 20,000-character report two thirds of its cleaning time."""
    tail = len(line) - 5 if len(line) > 5 else 0
    end = _DIGITS_END.search(line, tail)
    return end is not None and _HAN.search(line, 0, max(0, end.start() - 8)) is not None


_DIGITS_GO_ON = re.compile(
    r"\d{1,4}(?:\.\d+)?(?:年|月|日|%|[余多]?(?:万|亿)?(?:个|人|次|件|项|家|名|元|场|起|份|条|户))"
)


def _cut_crumb(line: str) -> bool:
    """The trail's last crumb is a piece the wrap cut off a word: one character, or two that name no section (法 of
    法治政府年度报告, never 公告 or 要闻)."""
    last = re.search(r"[>＞»→]\s*([^\s>＞»→]{1,2})$", line)
    return last is not None and (len(last.group(1)) == 1 or not _CRUMB_END.search(last.group(1)))


# how a paragraph opens, below a full line that ended on 。: a dash's lead (——这是…的五年), the writer as its subject
# (我们系统强化…). (A short first sentence, 深化生态保护修复。, is no sign: a work report's paragraphs are full of them.)
_PARAGRAPH_OPENING = re.compile(r"——|我们")


# an item's number inside a paragraph, after a sentence's or a clause's end (…开展“十项工作”：1.鼓励…。2.推广…), and
# the same number opening a line
_ITEM_NUMBER = r"(\d{1,2})[.．、](?!\d)|([(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
_INLINE_NUMBER = re.compile(rf"(?<=[。；;：:])\s*(?:{_ITEM_NUMBER})")
_LINE_NUMBER = re.compile(_ITEM_NUMBER)


def _numeral(marker: str) -> Optional[int | Decimal]:
    """A heading's or an item's number, in figures or in Chinese numerals (12, 十二); None when it is neither."""
    return int(marker) if marker.isdigit() else parse_chinese_numeral(marker)


def _item_number(m: re.Match[str]) -> tuple[bool, Optional[int | Decimal]]:
    """An item number's kind (bracketed or not) and value."""
    marker = m.group(1) or m.group(2)
    digits = marker.strip("()（）")
    return marker != digits, _numeral(digits)


def _next_inline_item(paragraph: str, line: str) -> bool:
    """A wrapped line that opens on the next number of the items its paragraph runs inline (…：1.鼓励…。…7.推进…。 /
    8.深入开展…): the wrap put that item at the line's start, it is no heading of its own."""
    opens = _LINE_NUMBER.match(line)
    if not opens:
        return False
    last = None
    for found in _INLINE_NUMBER.finditer(paragraph, max(0, len(paragraph) - 400)):
        last = found
    if last is None or len(paragraph) - last.end() > 300:
        return False
    (bracketed, number), (opens_bracketed, wanted) = _item_number(last), _item_number(opens)
    return number is not None and bracketed == opens_bracketed and wanted == number + 1


# A paragraph's full-width indent inside a line (…发布本年度报告。　　一、总体情况　　2023年，…): a page that set each
# paragraph's indent but lost its breaks, as a crawl keeps it. Hard-wrapped, such a copy is unwrapped into lines that
# still hold the indents, where a one-line copy is cut as run on. An indent there begins a paragraph after a sentence's
# end, before a heading's number, or after a heading of its own (五、存在的问题　　2023年，…). An indent after a comma
# or inside a word is a converter's debris (…的有效　　监管…), never a break; nor are two plain spaces, which a page's
# row of fields sets between a label and its value (来源:  某报).
_HEADING_NUMBER = _NUMBER_MARK + r"|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]{1,4}[章节条]"
_INDENT_INSIDE = lazy(
    r"(?<=[。！!？?；;：:”])\u3000{2,}(?=\S)|(?<=\S)\u3000{2,}(?=" + _HEADING_NUMBER + ")"
    r"|(?<![^\s\u3000])(?:" + _NUMBER_MARK + r")[^。！!？?；;\s\u3000]{2,40}(\u3000{2,})(?=\S)"
)
# Before the lines are unwrapped, a heading's number may stand on the line above its indent: every run of two or more
# inside a line is kept until then (``_translated``), and ``split_indents`` judges it on the unwrapped line.
_INDENT_RUN = lazy(r"(?<=\S)\u3000{2,}(?=\S)")
_KEPT_INDENT = "\ue000"  # (a private-use character holds a kept indent's place while every other space is made plain)


def _indent_span(m: re.Match[str]) -> tuple[int, int]:
    return m.span(1) if m.lastindex else m.span()


def _translated(text: str) -> str:
    """``text`` with full-width letters and digits made plain and odd spaces plain spaces (``_TRANSLATE``), but a
    run of full-width spaces inside a line kept, for ``split_indents`` to judge once the lines are unwrapped."""
    if "\u3000\u3000" not in text or _KEPT_INDENT in text:
        return _TRANSLATABLE.sub(lambda m: _TRANSLATE_CHARS[m.group()], text)
    text = _INDENT_RUN.sub(lambda m: _KEPT_INDENT * len(m.group()), text)
    return _TRANSLATABLE.sub(lambda m: _TRANSLATE_CHARS[m.group()], text).replace(_KEPT_INDENT, "\u3000")


def split_indents(line: str) -> list[str]:
    """``line`` cut where a paragraph's indent inside it stands (see ``_INDENT_INSIDE``), each piece without it."""
    if "\u3000" not in line:
        return [line]
    cuts = sorted({at for m in _INDENT_INSIDE.finditer(line) for at in _indent_span(m)})
    return [piece.replace("\u3000", " ") for piece in _cut_at(line, cuts) if piece.strip("\u3000")]


def _sibling_groups(lines: list[str]) -> list[tuple[str, int]]:
    """For each line, its heading's kind (（N）, N、, N.) and which run of that kind's numbering it stands in: a run
    begins again at each first number (（一）, 1.), so a review's (一)… and the plans' (一)… are two groups of
    siblings; ("", 0) for a line that opens no heading."""
    groups: list[tuple[str, int]] = []
    runs: Counter[str] = Counter()
    for line in lines:
        if m := HEADING_START.match(line):
            kind = _kind(m.group())
            runs[kind] += (
                re.search(r"(?<![\d一二三四五六七八九十])[一1](?![\d一二三四五六七八九十])", m.group()) is not None
            )
            groups.append((kind, runs[kind]))
        else:
            groups.append(("", 0))
    return groups


def unwrap(lines: list[str], raw: Optional[list[str]] = None) -> list[str]:
    """Rejoin paragraphs of text hard-wrapped at a fixed width (copied from a PDF viewer or a fixed-width export).

    Only when the document is wrapped: at least 5 lines, and 40% of the long ones, end within two columns of the
    most common width. Then a line that fills the width (within 4 columns) and does not end a sentence continues
    on the next line, unless that line starts a heading. A report's own paragraphs vary too much to trigger this.
    The width is in display columns (a viewer's wrap: 2024 takes the room of two characters) or in characters (an
    export that cut every line after N characters, digits and commas counting one each): whichever the lines pile
    up at more sharply.
    ``raw``: the lines before stripping, when they had an indent: a first line indented with spaces filled the
    width as the viewer showed it, so widths are measured on them.
    """
    measured = raw or lines
    columns = [_width(ln.rstrip()) for ln in measured]
    chars = [len(ln.rstrip()) for ln in measured]
    by_columns = _wrap_width(columns, 40, 2)
    by_chars = _wrap_width(chars, 20, 1)
    if by_chars is not None and (by_columns is None or by_chars[1] > by_columns[1]):
        widths, mode, slack = chars, by_chars[0], 2
    elif by_columns is not None:
        widths, mode, slack = columns, by_columns[0], 4
    else:
        return lines  # not wrapped at any width
    # A heading exactly as wide as the wrap is ambiguous: it may run on into its body. The document decides: when
    # its other headings of the same kind (一、 / （一） / 1.) are short lines of their own (two or more, and none of
    # that kind holds a 。), this one is a heading line too. (A longer heading the wrap carried onto a short second
    # line that ends no sentence nor clause, the body below it, stood on its own lines as well.)
    # (Each run of siblings decides for itself: a review's (一)… may run into their paragraphs where the plans' (一)…
    # stand alone.)
    alone: Counter[tuple[str, int]] = Counter()
    run_in: set[tuple[str, int]] = set()
    groups = _sibling_groups(lines)
    for index, (line, w) in enumerate(zip(lines, widths)):
        if (kind := groups[index])[0]:  # (a heading's line)
            if "。" in line:
                run_in.add(kind)
            elif w < mode - slack or (
                index + 1 < len(lines)
                and 0 < widths[index + 1] < mode - slack
                # (never a list's item the wrap carried on: …促进商品的合理流通；)
                and not re.search(r"[。；;]|[，,：:]$", lines[index + 1])
                and not HEADING_START.match(lines[index + 1])
            ):
                alone[kind] += 1
    standalone = {kind: count >= 2 and kind not in run_in for kind, count in alone.items()}
    out: list[str] = []
    joining = False
    cut_at_count = False  # the line above was cut at the export's count of characters, wherever a word stood
    for index, (line, w) in enumerate(zip(lines, widths)):
        # (a numeral under a line ending in 第 is its ordinal, cut by the wrap, never a heading: 坚持质量第⏎一、效益优先)
        if (
            joining
            and "\t" not in line  # (a table's row, its cells between tabs, is a line of its own, however wide)
            # (a list's item that opens on its dash after the item above closed on ； or the list's ：, ——本地生产总值…)
            and not (line.startswith("——") and out[-1].endswith(("；", ";", "：", ":")))
            and (
                (not HEADING_START.match(line) and not _ITEM_START.match(line))
                or (out[-1].endswith("第") and re.match(r"[一二三四五六七八九十]", line))
                # (…or a number the wrap cut, its digits after it reading as an item's: 综合指数2.1⏎9、优良天数…)
                or (re.search(r"[\d.．]$", out[-1]) is not None and line[:1].isdigit())
                or _next_inline_item(out[-1], line)
                # (…or a list of numerals the wrap cut before its second: 逐步实现由二产主导向⏎二、三产协同发展转变)
                or (re.match(r"[一二三四五六七八九十]、[一二三四五六七八九十]", line) and _HAN.match(out[-1][-1:]))
            )
        ):
            # (two Latin words the wrap split at a space; never a word an export cut at its count, GD⏎P)
            sep = (
                " "
                if out[-1][-1:].isascii()
                and out[-1][-1:].isalpha()
                and line[:1].isascii()
                and line[:1].isalpha()
                and not cut_at_count
                else ""
            )
            out[-1] += sep + line
        else:
            out.append(line)
        cut_at_count = widths is chars and w == mode
        # full: within 4 columns of the width (a stripped two-space indent, a wide character that did not fit)
        joining = (
            w >= mode - slack
            and "\t" not in line
            and not line.endswith(SENTENCE_END)
            and not _FIELD_ROW.match(line)
            # 首页 > 某局 > 通知公告: a page's trail, the title on the line below (…unless the wrap cut its last crumb
            # to a character or two: …政府信息公开目录 > 法⏎治政府年度报告)
            and not (_CRUMBS_END.search(line) and not _cut_crumb(line))
        )
        # (exactly at the width, or a column short where a wide character did not fit: a line longer than the width
        # shows the text was never wrapped there)
        exact = w == mode or (widths is columns and w == mode - 1)
        if (
            not joining
            and w >= mode - slack
            and line.endswith("。")
            and index + 1 < len(lines)
            and _next_inline_item(out[-1], lines[index + 1])
        ):
            joining = True  # (…（5）建设…。 / （6）建立…: the paragraph's items go on, whatever the line's width)
        elif not joining and exact and line.endswith("。") and index + 1 < len(lines):
            # a line that fills the width exactly and ends on 。 most often ends a sentence inside its paragraph (a
            # paragraph's last line is seldom full to the column): it goes on, unless the next line opens a heading
            # or is indented as a paragraph's first line
            following = lines[index + 1]
            indented = raw is not None and raw[index + 1][:1] in (" ", "\t", "\u3000")
            joining = (
                bool(following)
                and not indented
                and not HEADING_START.match(following)
                and not _PARAGRAPH_OPENING.match(following)
            )
        if joining and "。" not in line and standalone.get(groups[index]):  # (only a heading's line has a kind)
            # this document's headings of this kind stand on their own lines: this one goes on only into a line
            # that ends it (short, no 。), never into a full line of body text
            following = lines[index + 1] if index + 1 < len(lines) else ""
            joining = bool(following) and widths[index + 1] < mode - slack and "。" not in following
    return out


# The patterns of a report whose line breaks were all lost are compiled on first use (summarizer.lazyre): other
# reports never reach them.
_RUN_IN_HEADING = lazy(
    r"(?<=[。：:；！？])\s*(?=(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])"
    r"[\u4e00-\u9fff\d])"
)
_FUSED_PART = lazy(
    r"^([一二三四五六七八九十]{1,3}、[^。：；]{0,40}?(?:不足和原因|问题和原因|存在的(?:问题|不足)|"
    r"(?:举措|做法|措施)和成效|主要成效|工作成效|职责(?:的)?情况|工作安排|工作打算|工作计划|主要安排|下一步(?:工作)?(?:打算|计划|安排)"
    # (…and the parts of a disclosure report's template: 一、总体情况某局高度重视…)
    r"|(?<=、)总体情况|存在的主要问题及改进情况)(?:和原因|及原因)?(?![和及]原因))"
    # (…never before a word that joins the heading's next part to it: 二、存在的问题和下一步工作打算)
    r"(?=\s*[\u4e00-\u9fff（(])(?![和及与、])"
)
# A page's furniture between a one-line copy's title and its opening (时间:2018-05-03 浏览次数: / 某快报 次浏览 /
# a document number 某发〔2019〕31号), ending right where the retrospective opening (2018年，…) begins.
_LEAD_FURNITURE = (
    r"[^。，,]{1,40}?(?:〔\d{4}〕\d{1,4}号|(?:浏览|阅读)(?:量|次数|数)?(?:\s*[:：]\s*\d{0,9}?)?|快报|[:：])\s*"
    r"(?=(?:19|20)\d{2}\s*年(?:度)?(?:以来)?[，,])"
)
_FURNITURE_BEFORE_OPENING = lazy("^" + _LEAD_FURNITURE)
# (…or a notice's list of addressees, 各市、自治州人民政府，省政府各部门：, over the document it passes on: 《X》已经…)
_ADDRESSEE_RUN = lazy(
    r"^(?:[\u4e00-\u9fff、]{2,24}|各[\u4e00-\u9fff、，,()（）]{2,60})[:：]\s*"
    r"(?=根据|按照|依据|现将|为|(?:19|20)\d{2}\s*年|今年|一年来|《[^《》]{4,60}》(?:已经|经))"
)
# a white paper or a guide and its edition (某委政府信息公开指南(2024年版)), a catalogue (政府信息主动公开事项目录):
# a title's last words
_EDITION_TITLE = r"(?:白皮书|指南)(?:\s*[(（](?:19|20)\d{2}年?版?[)）])?|公开事项目录"
# a column's tag after a title's genre word (某局2025年法治政府建设情况报告(农法日记)): still the title
_TAG_AFTER_TITLE = r"(?:[(（][\u4e00-\u9fff]{2,8}[)）])?"
_GLUED_TITLE = lazy(
    # (an explanation's title ends in 解读 after the document it explains, and its body often names that document first;
    # a page's title and the document's own, the same words twice, end where the second begins)
    # (a document-sharing site's 某区依法行政工作报告材料 is the same papers' title)
    # (…or a plan's, 某县2018年…实施方案为深入贯彻…，制定本方案: a plan's preamble opens with 为)
    r"^(.{6,60}?(?:(?:报告|总结|汇报)材料|报告|总结|汇报|年报|報告|總結|匯報|年報|》的?(?:政策|文件|文字|图文)?(?:解读|解讀)|"
    r"方案(?=[为為][^。\n]{2,400}?制定本方案)|" + _EDITION_TITLE + ")" + _TAG_AFTER_TITLE + ")"
    # (…or its first part's heading, 某市2022年度法治政府建设工作报告一、法治建设…, the converter's comma and all)
    r"(?=\1|(?:19|20)\d{2}\s*年|根[据據]|依[据據]|按照|[为為]|今年|一年[来來]|[我本]\S{0,3}[，,]|《|本[报報]告|一[,，]?、|"
    # the page's date after the title, bare or in brackets (2016-12-30 浏览:, ( 2021-03-05)), or its tools (【 字体:)
    r"[(（]?\s*" + _DAY + r"|【|"
    # (…or a catalogue's row of values with no labels, 无 主动公开 无 无 2025.12.17)
    r"(?:无|主动公开|依申请公开){2,5}\s*" + _DAY + r"|"
    r"(?!如下)[\u4e00-\u9fff、]{2,24}[:：]|"  # the addressee (市人大常委会:) right after the title, not 报告如下:
    # (…or the one who reports, by post and name, and the month: …职责情况的报告某区党委副书记、管委会主任 某某2025年2月)
    r"[\u4e00-\u9fff、]{2,30}?(?:书记|主任|局长|县长|区长|市长|镇长|乡长|主席|院长|厅长|部长|检察长)\s*"
    r"[\u4e00-\u9fff]{2,3}\s*(?:19|20)\d{2}\s*年\d{1,2}月|" + _LEAD_FURNITURE + ")"
    # a copy whose line breaks became spaces: the space after a title word was the title's line break
    r"|^([^。，,；;]{6,60}?(?:报告|总结|汇报|情况|方案|要点|通知|意见|规划|年报|報告|總結|匯報|情況|方案|要點|通知|意見|規劃|年報|解读|解讀|"
    rf"{_EDITION_TITLE}){_TAG_AFTER_TITLE})" + r"\s+(?=\S)"
    # a body of rules whose first chapter or article follows its title (某县人民政府工作规则第一章 总则)
    r"|^([^。，,；;]{4,60}?(?:规则|办法|条例|细则|规定|章程|規則|辦法|條例|細則|規定))"
    r"(?=\s*第[一二三四五六七八九十]{1,3}[章条條])"
)


# a news headline run into its lead, which opens on the day (某督察组来某区开展…督察工作10月24日，某局副局长…): a headline
# is one clause, with no sentence's stop or comma in it
_HEADLINE_BEFORE_DAY = lazy(
    r"^([^。，,；;：:！!？?\s]{8,60}?)(?=\d{1,2}月\d{1,2}日(?:上午|下午)?[，,])"
    # (…or a headline of an event launched or held, run into a lead that opens otherwise: 某区启动行政复议法宣传月活动
    # 新修订的《…》将于…施行。…; never the lead's own clause, 某区启动…活动以来，…)
    r"|^([^。，,；;：:！!？?\s]{2,20}(?:启动|召开|举行|举办|开展)[^。，,；;：:！!？?\s]{2,24}?"
    r"(?:活动|会议|仪式|大会|座谈会|推进会|培训班))(?=[ \t\u3000]?[\u4e00-\u9fff“《])(?![ \t\u3000]?(?:以来|期间|中|后|时|上|现场))"
)


# An official document's number (某府发〔2018〕11号) run into a one-line copy: before its title, or between the title
# and the addressees (各市人民政府,…:) its notice is sent to
_DOC_NUMBER_FIRST = lazy(rf"^\s*{DOC_NUMBER}\s*")
_NOTICE_TITLE = lazy(
    r"^([^。，,；;：:]{6,80}?(?:通知|意见|决定|方案|要点|规划|通报|批复|报告|總結|总结))"
    rf"(?=\s*{DOC_NUMBER}|\s*各[^。：:]{{1,80}}[:：])"
)


# a run-on source field and the dateline after it (来源: 某网 3月29日电 / 来源:某报 本报讯): the lead is the body's
_FIELD_THEN_LEAD = lazy(
    r"(?:信息|文章)?来源\s*[:：]\s*[^\s:：|｜。，,]{2,32}?(?:\s+[^\s:：|｜。，,]{1,10}?)?\s*(?=\d{1,2}月\d{1,2}日\s*电|本报讯|本网讯|[^\s。，,]{0,8}讯"
    # (…or a lead that opens on lately or on a session as it sits: 来源: 某某日报正在召开的…会议 / 来源:某报近日，)
    r"|正在(?:召开|举行)的|(?:近日|日前)[，,])"
)


# a page's source field with the headline run after it by a copy whose line breaks became spaces (来源: 某厅 某局借力“…”
# 打造…品牌 2025-09-10 09:17:29): the field ends at its organ, the headline is a line of its own (kept, never removed
# with the field as the page's furniture)
_SOURCE_THEN_HEADLINE = re.compile(
    r"^((?:信息|文章)?来源[ \t]*[:：][ \t]*[\u4e00-\u9fff]{2,24}?(?:厅|局|委|办|院|政府|部|网|报|台|社|中心))[ \t]+"
    r"(?=[\u4e00-\u9fff“][^\n:：]{11,}?(?:[ \t]+(?:19|20)\d{2}\s*[-/.年]|$))",
    re.M,
)


# A report's own headings run into one long line after a sentence's end: the part and its first sub-heading (…报告如下:
# 一、主要举措和成效 (一)强化…), or a first heading and the next one after it (…。一、… …。二、… / …。(一)… …。(二)…)
# (…or after a space, where a copy turned each line break into one: 某局2024年度…报告 一、主要举措和成效 （一）…)
_RUN_IN_AFTER = r"(?:[。：:；;！!？?]\s*|[ \u3000])"
_FIRST_RUN_IN = lazy(_RUN_IN_AFTER + r"(?:一、|[(（]一[)）])")
_PART_THEN_SUB = lazy(_RUN_IN_AFTER + r"一、[^。：:；;\n]{2,40}?[(（]一[)）]")
_SECOND_RUN_IN = lazy(r"[。；;！!？?]\s*(?:二、|[(（]二[)）])")


def _headings_run_in(line: str) -> bool:
    """(Each pattern searched once: a line of many 。(一) and no (二) costs one pass, not one per 。(一).)"""
    first = _FIRST_RUN_IN.search(line)
    return first is not None and bool(
        _PART_THEN_SUB.search(line, first.start()) or _SECOND_RUN_IN.search(line, first.end())
    )


_RUN_IN_MIN = 400  # the length of a line that may hold a report's body run on: no paragraph of its own is so long


def _holds_run_in_body(line: str) -> bool:
    """``line`` is long enough to hold a report's body run on, and holds its headings run in (``_headings_run_in``)."""
    return len(line) >= _RUN_IN_MIN and _headings_run_in(line)


def _lost_all_breaks(lines: list[str]) -> bool:
    full = [ln for ln in lines if ln]
    longest = max(map(len, full)) if full else 0
    if len(full) == 1 and longest >= 200:
        return True
    if longest >= 600 and (len(full) <= 3 or sum(map(len, full)) / len(full) >= 800):
        return True
    # (…or a few lines, one of them holding the report's own headings run in: a run-on copy later hard-wrapped, a
    # wrap that fell right before a heading leaving it a line of its own; never a page's outline block above the
    # title on the line below it, 【提纲】一、…(一)…⏎某镇…情况的报告)
    return len(full) <= 3 and any(
        _holds_run_in_body(line) and not (k + 1 < len(full) and len(full[k + 1]) <= 60 and "。" not in full[k + 1])
        for k, line in enumerate(full)
    )


def _body_run_on(lines: list[str]) -> set[int]:
    """The long lines below a text's first that hold the report's own headings run in after sentence ends: a body
    pasted as one line under the page's title and fields, which kept their lines. (A first line is the whole text's
    or a page's block above the title, such as its outline, 【提纲】一、…(一)…: cutting it would bury the title.)"""
    full = [k for k, line in enumerate(lines) if line]
    return {k for k in full[1:] if _holds_run_in_body(lines[k])}


def run_on(lines: list[str]) -> bool:
    """The text lost its line breaks (see ``split_run_on``): one line of over 200 characters, a line of over 600
    in a document of at most three non-empty lines or averaging over 800 a line, or a body run on below its title."""
    return _lost_all_breaks(lines) or bool(_body_run_on(lines))


# a page's metadata bullet run into the next (• 荥阳市卫生健康委员会• …), or the last of them, a date, run into the title
_BULLET_ROW = lazy(r"\s*•\s*(?:[^•。]{1,60}?(?=\s*•)|" + _DAY + r"(?![\d:]))")


def split_run_on(lines: list[str]) -> list[str]:
    """Give back the paragraphs of a report whose line breaks were all lost (a copy pasted as one line, a
    document-sharing site): a title glued to the first sentence, and headings (一、 （一）) that run on after a
    sentence end, start lines again. Only for such text: a line of over 600 characters in a document of at most
    three non-empty lines or averaging over 800 a line, or a document that is one line of over 200 (a report has
    more than one paragraph); a report's own long paragraphs never trigger it. A text that kept its other lines has
    only its body's line cut, where the report's own headings run on in it (``_body_run_on``)."""
    whole = _lost_all_breaks(lines)
    body_lines = _body_run_on(lines)
    if not whole and not body_lines:
        return lines
    full = [ln for ln in lines if ln]
    one_line = len(full) == 1 and len(full[0]) >= 200
    out: list[str] = []
    for k, line in enumerate(lines):
        long_enough = len(line) >= (200 if one_line else 600) or _holds_run_in_body(line)
        if (not whole or not long_enough) and k not in body_lines:
            out.append(line)
            continue
        if m := _RUN_IN_MENU.match(line):
            out.append(m.group())
            line = line[m.end() :]
        if m := _MENU_WORDS.match(line):
            out.append(m.group())  # 登录 注册某镇2017年度…报告, 适老版某区…: the page's buttons, then its title
            line = line[m.end() :]
        while m := _BULLET_ROW.match(line):
            # • 某委员会• 某方案• 2022-08-29某方案为…: a page's metadata bullets, each a row
            out.append(m.group().strip())
            line = line[m.end() :]
        # furniture pieces become lines of their own; what lies between them stays whole
        merged: list[str] = []
        for piece in _furniture_pieces(line):
            if not piece.strip():
                continue  # the space between two cuts (…备09006188号 网站标识码:…) is no piece: no title, no field's front
            if field := _ISSUER_ROW.match(piece):
                merged.extend((field.group(), piece[field.end() :]))  # 发布部门:某办公室: the issuer's row, whole
            elif merged and not _stands_alone(piece) and not _stands_alone(merged[-1]):
                merged[-1] += piece
            elif piece:
                merged.append(piece)
        titled = False
        for k, piece in enumerate(merged):
            while (
                not titled
                and (m := _BUTTONS_BEFORE_TITLE.match(piece))
                and (_GLUED_TITLE.match(piece[m.end() :]) or _WHOLE_HEADLINE.fullmatch(piece[m.end() :]))
            ):
                # 某局无障碍浏览|市统计局2022年…报告: the site's name and a button (each), then the title
                out.append(m.group())
                piece = piece[m.end() :]
            if (
                k + 1 < len(merged)
                and _SITE_ADDRESS.fullmatch(merged[k + 1].strip())
                and len(piece.strip()) <= 30
                and not re.search(r"[。，,；;]", piece)
            ):
                out.append(piece)  # 某网—全网资源每日更新www.example.com: the site's name, above its address
                continue
            if m := _FIELD_THEN_LEAD.match(piece):
                # a field holds no sentence: 来源: 某网 3月29日电 据…，某部发布…。具体内容如下: is the field, then
                # the news lead it ran into, the body's first line
                out.append(m.group())
                piece = piece[m.end() :]
            elif _stands_alone(piece):
                if (
                    not titled
                    and (m := _GLUED_TITLE.match(piece))
                    and m.group(1)
                    and piece[m.end() :].lstrip().startswith("【")
                ):
                    # the title and the text-size buttons it ran into (某局…年度报告【 字体:): each a line
                    out.extend((m.group(1), piece[m.end() :]))
                    titled = True
                    continue
                out.append(piece)  # furniture, a stamp, a catalogue row: a line of its own above the title
                continue
            if not titled and (number := _DOC_NUMBER_FIRST.match(piece)):
                out.append(number.group())  # 某政办〔2019〕22号: the notice's number above its title
                piece = piece[number.end() :]
            if not titled and (notice := _NOTICE_TITLE.match(piece)):
                out.append(notice.group(1))  # …的通知 某发〔2018〕11号 各市人民政府: the title, then the number
                piece = piece[notice.end(1) :]
                if number := _DOC_NUMBER_FIRST.match(piece):
                    out.append(number.group())
                    piece = piece[number.end() :]
            if not titled and (crumbs := _crumbs_before_title(piece)):
                out.append(piece[:crumbs])  # 首页 > 政务公开 > 通知公告: the page's trail, then its title
                piece = piece[crumbs:]
            if (
                not titled
                and (m := _GLUED_TITLE.match(piece))
                and not (m.group(1) and re.search(r"[>＞»→|｜]", m.group()))
            ):  # (with no space to end it, a breadcrumb's last crumb runs into the title: 首页 > 正文某县…报告 stays whole)
                out.append(m.group(1) or m.group(2) or m.group(3))
                piece = piece[m.end() :]
            elif not titled and (m := _HEADLINE_BEFORE_DAY.match(piece)):
                out.append(m.group(1) or m.group(2))  # 某督察组…工作10月24日，…: a news headline, then its lead
                piece = piece[m.end() :]
            if body := _fields_before_body(piece):
                out.append(piece[:body])  # 来源:某局 编辑:某局: a row of the page above the body's first sentence
                piece = piece[body:]
            if not titled and (m := _FURNITURE_BEFORE_OPENING.match(piece) or _ADDRESSEE_RUN.match(piece)):
                out.append(m.group())  # the page's date, a document number, an addressee: a line above the opening
                piece = piece[m.end() :]
            # the title may come after a heading of the page's (《…》(全文)) and its fields: the body begins at a 。
            titled = True
            out.extend(_split_body(piece))
    return out


# A page's trail (首页 > 政务公开 > 通知公告) run into the title of a one-line copy, and the word its last crumb ends in
# (a section's name: 通知公告, 政府文件, 法治政府建设专栏, 规划计划)
_CRUMBS = lazy(r"^(?:[^。，,；;:：>＞»→]{0,30}[:：]\s*)?(?:[^。，,；;>＞»→]{0,40}[>＞»→]+\s*)+")  # (首页→ 网站公告)
_CRUMB_END = lazy(
    r"(?:文件|通知|公告|公示|要闻|动态|新闻|工作|专栏|专题|报告|年报|计划|规划|法规|正文|综合|信息|公开|目录|资讯|建设|内容|"
    r"政策|通报|总结|解读|调研|大事记|文章页|详情页|正文页|要点)$"
)


# a page's button run in before the title of a one-line copy, after the site's name or other furniture (德州市统计局
# 无障碍浏览市统计局2022年…, 支持IPv6无障碍自治区…, 首页> 专项报告 >文章页自治区人民政府关于…, 跳过导航某委员会…)
_BUTTON = (
    r"(?:无障碍(?:浏览|阅读)?|适老化?版|关怀版|长者(?:浏览)?模式|高级检索|全文检索|文章页|跳过导航|跳過導航|返回首页)"
)
_BUTTONS_BEFORE_TITLE = lazy(r"^[^。，,；;]{0,24}?" + _BUTTON + r"\s*(?=[\u4e00-\u9fff])")
_BUTTON_LINE = lazy(r"[^。，,；;]{0,24}?" + _BUTTON)
# what follows the name a title opens with: its year, 关于, or a headline's verb (某县召开…, 某办关于印发…)
_AFTER_TITLE_NAME = lazy(r"(?:19|20)\d{2}\s*年|关于|召开|举行|举办|开展|启动|印发|发布")


def _named_then_titled(rest: str, k: int) -> bool:
    """A last crumb of any words (府院联动, 今日前沿, 法治宁夏建设动态) ends at ``k`` when a name starts there, with a
    place's or the nation's, and the title's year, 关于 or verb follows the name: 府院联动|西峡县召开…,
    法治宁夏建设动态|宁夏司法厅2020年度… (never 法治|宁夏建设动态…, where 宁夏 is followed by no title)."""
    if not re.match(r"[\u4e00-\u9fff]{1,8}$", rest[:k]) or not (
        starts_a_stem(rest[k:]) or rest.startswith(("全国", "国家", "中共", "中华人民共和国"), k)
    ):
        return False  # (a name starts with a place's name or a national one: never 院联动某县, 前沿全国…)
    return any(
        exact_name(rest[k:j], place=True) and _AFTER_TITLE_NAME.match(rest, j)
        for j in range(k + 2, min(k + 33, len(rest)))
    )


def _crumbs_before_title(piece: str) -> Optional[int]:
    """Where the title starts after a page's trail glued to it (… > 通知公告某县教育局2023年…报告): after the trail's
    last crumb, which ends in a section's word or is a body's name, where an organisation or a place is named (or a
    year) and a title follows (the longest such crumb: 规划计划某街道…, not 规划). None when no trail runs into a
    title."""
    m = _CRUMBS.match(piece)
    if not m:
        return None
    rest = piece[m.end() :]
    # (the first place a name that opens a title starts, after a last crumb of any words)
    crumb_named = next((k for k in range(1, min(9, len(rest))) if _named_then_titled(rest, k)), None)
    cuts = [
        k
        for k in range(min(20, len(rest) - 6), -1, -1)
        # the last crumb is a section (通知公告) or the body whose pages it holds (县政府) (an organ's name: a
        # place's name there runs on into the title's body, 某市某区|某街道办事处); or one word before a space,
        # where a copy whose line breaks became spaces ended the trail's line
        if not rest[k].isspace()
        and (
            not k
            or _CRUMB_END.search(rest[:k])
            or exact_name(rest[:k])
            or _SPACED_CRUMB.fullmatch(rest[:k])
            or k == crumb_named
        )
        and (_GLUED_TITLE.match(rest[k:]) or _WHOLE_HEADLINE.fullmatch(rest[k:]))
    ]
    # (a column's tag may stand before the title's name: 【法治建设报告】某市司法局2023年…报告)
    starts = [tag.end() if (tag := _COLUMN_TAG.match(rest, k)) else k for k in cuts]
    named = (k for k in starts if any(exact_name(rest[k:j], place=True) for j in range(k + 2, min(k + 33, len(rest)))))
    # a title that names its body first; else one that opens with its year (2023年度某局…报告); else, where the
    # page's fields were split off after it, the whole headline after the last crumb (某市举行…评审会)
    cut = next(named, None)
    if cut is None:
        cut = next((k for k in cuts if _YEAR_FIRST_TITLE.match(rest, k)), None)
    if cut is None and cuts and cuts[-1] == 0 and _WHOLE_HEADLINE.fullmatch(rest):
        cut = 0
    return None if cut is None else m.end() + cut


_SPACED_CRUMB = lazy(r"[^\s>＞»→]{1,10}\s+")
_COLUMN_TAG = lazy(r"【[^【】\s]{2,10}】")
# a title that is the whole rest of its piece (the page's fields were split off after it): short, no sentence in it
# (…its subject may stand before a colon, as a news headline names its place: 某县某镇：“调解+普法”化解基层矛盾)
_WHOLE_HEADLINE = lazy(r"(?:[\u4e00-\u9fff]{2,12}[:：](?=[“\u4e00-\u9fff]))?[^。，,；;:：！!？?]{6,60}")
# a title that opens with its year: 2023年度某局法治政府建设工作报告
_YEAR_FIRST_TITLE = lazy(r"(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff]")

# A page's fields run into the body's first sentence (来源:某局 编辑:某局4月26日,… / 信息来源:某局2023年,我局… /
# 字体大小:2022年是…): each field's value is a date, a name or nothing, and the body starts at a day, a year (not a
# date's: 发布时间:2012年02月10日 is the value) or an opening word, after the last value.
_FIELD_NAMES = (
    r"(?:发布日期|发布时间|更新时间|日期|时间|点击数|点击量|点击|浏览次数|浏览量|阅读量|阅读|来源|信息来源|文章来源|编辑|"
    r"责任编辑|作者|字体大小|字体|字号|发布机构|发布单位)"
)
_FIELD_VALUE = r"[^\s:：。，,；;【】\[\]]{0,32}?"
_FIELDS_THEN_BODY = lazy(
    rf"^(?:\s*{_FIELD_NAMES}\s*[:：]\s*{_FIELD_VALUE}(?=\s*{_FIELD_NAMES}\s*[:：]))*"
    rf"\s*{_FIELD_NAMES}\s*[:：]\s*({_FIELD_VALUE})"
    r"(?=\s*(?:\d{1,2}月\d{1,2}日[，,]|(?:19|20)\d{2}\s*年(?!\d{1,2}月)|为|根据|按照|依据|现将|近日|日前|近年来|今年|一年来))\s*"
)
# A page's header row that ends in its text-size control (发布日期:… 来源:… 字号:[大 中 小] 打印 / 字体【): whatever
# follows the control is the page's text, whatever word it starts with
_FONT_CONTROL_ROW = lazy(
    rf"^[^。；;]{{0,160}}?{_FIELD_NAMES}\s*[:：][^。；;]{{0,120}}?(?:字体大小|字体|(?<!文)字号)\s*[:：]?\s*"
    r"(?:[\[【(（]\s*[大中小](?:\s*[|｜/]?\s*[大中小]){1,2}\s*[\]】)）]|(?:[\[【]?\s*[大中小]\s*[\]】]?\s*){2,3}"
    r"|[\[【]\s*[\]】]?)?"
    r"(?:\s*(?:打印|关闭|收藏|保存|分享到?|【(?:打印|关闭|收藏)】)[:：]?)*\s*(?=[\u4e00-\u9fff]|(?:19|20)\d{2}\s*年)"
)
_DATE_VALUE = lazy(r"[\d\s:：./年月日-]*")


def _fields_before_body(piece: str) -> Optional[int]:
    """Where the body starts after the page's fields glued to it: after the row's text-size control, or when the
    last field's value is a date, a whole name or nothing (so that a body word is never cut off as a field's
    value)."""
    if control := _FONT_CONTROL_ROW.match(piece):
        return control.end()
    m = _FIELDS_THEN_BODY.match(piece)
    if not m:
        return None
    value = m.group(1)
    if _DATE_VALUE.fullmatch(value) or exact_name(value, place=True):
        return m.end()
    return None


# an item's 一是/二要 after a sentence end and a space: in a copy whose line breaks became spaces, the line it opened
_SPACED_ITEM = lazy(r"(?<=[。；;！!？?])[ \t\u3000]+(?=[一二三四五六七八九十]{1,2}(?:是|要)[^，,。；;\s]{2})")


# …and in a copy whose every line break became a space, the space after a sentence's end or a colon (…请予审议。 过去
# 一年很不平凡。…, 各位代表： 现在，…): where a paragraph began, when the piece has three or more of them
# (…or after a photo's credit, 某某摄, which ends its caption's line)
_SPACED_PARAGRAPH = lazy(r"(?:(?<=[。！!？?：:；;])|(?<=[\u4e00-\u9fff]{2}摄))[ \t\u3000]+(?=[^\s，,。、；;：:)）”’])")


# (…and a signature with its date at the start of such a paragraph, 武汉市民政局 2024 年 3 月 7 日 2024年…要点: the
# organ and its date each a line, above what follows them)
_SPACED_SIGNATURE = lazy(
    r"([\u4e00-\u9fff（）()]{2,30})[ \t\u3000]+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?=[ \t\u3000]|$)"
)


def _split_spaced(piece: str) -> list[str]:
    spaces = list(_SPACED_PARAGRAPH.finditer(piece))
    if len(spaces) < 3:
        return [piece]
    out: list[str] = []
    for start, end in zip([0, *(m.end() for m in spaces)], [*(m.start() for m in spaces), len(piece)]):
        if signed := _SPACED_SIGNATURE.match(piece, start, end):
            out.extend((signed.group(1), signed.group(2)))  # (the organ above its date, as signed)
            start = signed.end()
        out.extend(_spaced_headings(piece[start:end]))
    return out


def _spaced_headings(paragraph: str) -> list[str]:
    """In such a copy, a paragraph that opens on a heading with no number (2024年工作安排 2024年，…, 打造区域新增长极
    某区…): the heading stood on a line of its own, and the space after it was that line's break. Only a title of four
    Han characters or more with no sentence end (``heading_before_space``); a numbered one is cut with its number."""
    out: list[str] = []
    while (
        not _HEADED.match(paragraph)
        and (
            (cut := heading_before_space(paragraph, 0, len(paragraph)))
            # (…or its paragraph opening on a year or a quoted term: 2014年工作安排 2014年，是…, 未来五年工作思路和任务
            # “十四五”时期…)
            or ((m := _HEADING_THEN_YEAR.match(paragraph)) and not _open_quote(m.group(1)) and (cut := m.end(1)))
        )
        and len(_HAN.findall(paragraph[:cut])) >= 4
    ):
        out.append(paragraph[:cut])
        paragraph = paragraph[cut:].lstrip(" \t\u3000")
    return [*out, paragraph]


_HEADING_THEN_YEAR = lazy(r"\s*([^\s。；;！!？?，,]{4,30}[\u4e00-\u9fff])\s+(?=(?:19|20)\d{2}\s*年|“[\u4e00-\u9fff])")


# a report delivered to a congress, run on as one line: its occasion under the title (——2023年2月15日在某县第十八届人民
# 代表大会第二次会议上), who delivers it, and the address that opens it (各位代表：), each a line of its own
_OCCASION_RUN = lazy(r"——\s*(?:19|20)\d{2}\s*年\d{1,2}月\d{1,2}日\s*在[^。，,：:—]{4,60}?会议上")
_ADDRESS_ALL = lazy(r"各位(?:代表|委员)[:：]")


# …and a document number run into the opening whose subject is the body itself (豫交党〔2024〕22号省交通运输厅认真落实…)
_NUMBER_THEN_OPENING = lazy(
    r"〔\d{4}〕\d{1,4}号\s*(?=[\u4e00-\u9fff]{2,16}?(?:厅|局|委员会|委|办公室|办|政府)(?:认真|坚持|深入|全面|始终|紧紧|紧密))"
)


def _split_occasion(line: str) -> list[str]:
    """``line`` cut before and after a delivered report's occasion, and before the address that follows the
    speaker (see ``_OCCASION_RUN``), or after a document number run into the opening; the line itself when it holds
    none."""
    if numbered := _NUMBER_THEN_OPENING.search(line):
        return [line[: numbered.end()], *_split_occasion(line[numbered.end() :])]
    m = _OCCASION_RUN.search(line)
    if not m:
        return [line]
    rest = line[m.end() :]
    address = _ADDRESS_ALL.search(rest, 0, 60)
    pieces = [line[: m.start()], m.group()]
    if address:
        pieces += [rest[: address.start()], address.group(), rest[address.end() :]]
    else:
        pieces.append(rest)
    return [piece for piece in pieces if piece.strip()]


# a plan's task ends with the note of who carries it out, after the task's last sentence (…予以公布。(责任科室:政策法规科)):
# in a copy run on as one line, what follows it is the next task, numbered or not (damaged numbering: 十七扎实推进…)
_DUTY_NOTE = lazy(
    r"(?<=[。；;！!？?])\s*[(（](?:责任|牵头|配合|主办|协办|承办|主责)[^()（）:：，,。]{0,4}[:：][^()（）\n。]{1,80}[)）]"
    r"(?=\s*(?:[^\s。，,；;)）]|[)）][\u4e00-\u9fff]))"  # (a next task's marker may be damaged to its closer: )健全…)
)


def _split_after_notes(line: str) -> list[str]:
    return _cut_at(line, [m.end() for m in _DUTY_NOTE.finditer(line)])


# …and a part's heading with no number, run in between the sentence before it and the paragraph it opens (…挑战。2014年
# 工作安排2014年，是…; …请予审议。存在的主要问题一是…): a part's name, then the paragraph's opening words (a year and its
# comma, 今年, 一是, 我们)
_RUN_IN_PART = lazy(
    r"(?<=[。！!？?])((?:(?:19|20)\d{2}\s*年度?|今年|明年|下一步|下一年度?)?[^。，,；;：:、\s“”]{0,10}?"
    r"(?:工作安排|工作打算|工作计划|主要安排|工作思路|工作回顾|举措和成效|存在的(?:主要)?(?:问题|不足)(?:和原因|及原因)?))"
    r"(?=(?:19|20)\d{2}\s*年度?[，,]|今年|过去一年|一年来|一是|我们|各位)"
)


# …and the head of a glossary appended to the report, between the report's last sentence and its first entry
# (…胜利召开！附件一名词解释1.“四上”企业…): a line of its own, as the outline reads it
_RUN_IN_GLOSSARY = lazy(
    r"(?<=[。！!？?”])\s*((?:附件\s*[一二三四五六七八九十\d]{0,2}\s*)?(?:附\s*[:：]\s*)?[^。，,；;：:\s]{0,24}?"
    r"(?:名词|术语)(?:解释|注释|说明))(?=\s*(?:1|一)[.．、])"
)


def _split_run_in_parts(line: str) -> list[str]:
    found = [*_RUN_IN_PART.finditer(line), *_RUN_IN_GLOSSARY.finditer(line)]
    return _cut_at(line, sorted({k for m in found for k in (m.start(1), m.end(1))}))


def _cut_at(line: str, cuts: list[int]) -> list[str]:
    """``line`` cut at each of ``cuts`` (ascending), its empty pieces left out."""
    return [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)]) if line[a:b]]


# a page's row of date and furniture run onto the end of a one-line copy's last sentence (…安吉样本。浙江日报 今日湖州
# 00015 某标题 2022-04-25 …): the row after the last sentence's end, no sentence of its own, holding a date
_DATED_TAIL = lazy(
    r"(?<=[。！!？?”])([^。，,；;！!？?\n]{4,120}(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}[^。，,；;！!？?\n]{0,60})$"
)


def _split_body(line: str) -> list[str]:
    if tail := _DATED_TAIL.search(line):
        return [*_split_body(line[: tail.start()]), tail.group(1)]
    out: list[str] = []
    # (the numbering goes on across the pieces an occasion or an item cut: 一、 inside 三证合一、一照一码 under part 一
    # is no part of its own)
    expected: list[int | Decimal] = [1, 1, 1, 1, 0]
    pieces = (
        part
        for occasion in _split_occasion(line)
        for indented in split_indents(occasion)
        for paragraph in _split_spaced(indented)
        for spaced in _SPACED_ITEM.split(paragraph)
        for noted in _split_after_notes(spaced)
        for parted in _split_run_in_parts(noted)
        for part in _split_numbered(parted, expected)
    )
    split: list[list[str]] = []
    for piece in pieces:
        if m := _FUSED_PART.match(piece):  # 二、存在的不足和原因执法队伍…: the part's name is its own line
            split.append([m.group(1), piece[m.end() :]])
        elif piece:
            split.append(_split_heading_from_body(piece))
    for parts in _cut_like_siblings(split):
        out.extend(parts)
    return out


_SIBLING_MIN = 2  # headings of a kind cut at one length that a sibling run into its paragraph is cut like
_THROUGHOUT_MIN = 5  # …or headings of its kind at that length in the whole document, when one sibling stands alone


def _cut_like_siblings(split: list[list[str]]) -> list[list[str]]:
    """The pieces of a run-on line with each heading still run into its paragraph cut at the length every other
    heading of its kind under the same part has (（一）规范文件管理 / （二）健全决策机制及时研究…: six characters each),
    when at least two siblings stand alone at that one length, and its paragraph's first clause is a long one."""
    groups: list[dict[str, list[tuple[int, int]]]] = [{}]  # per part: its headings' kinds, (piece, marker's length)
    for index, parts in enumerate(split):
        if not (marker := _HEADED.match(parts[0])):
            continue
        if re.fullmatch(r"[一二三四五六七八九十]{1,3}、", marker.group()):
            groups.append({})  # (a part of its own: its subheadings are another group)
        else:
            groups[-1].setdefault(_kind(marker.group()), []).append((index, marker.end()))
    # (…or, under a part where one sibling stands alone, the length at least five of its kind stand at in the whole
    # document, that sibling's among them)
    throughout: Counter[tuple[str, int]] = Counter(
        (kind, len(split[k][0]) - mark)
        for kinds in groups
        for kind, members in kinds.items()
        for k, mark in members
        if not re.search(r"[，,。；;：:]", split[k][0])
    )
    for kinds in groups:
        for kind, members in kinds.items():
            alone = [(k, mark) for k, mark in members if not re.search(r"[，,。；;：:]", split[k][0])]
            sizes = {len(split[k][0]) - mark for k, mark in alone}
            if len(sizes) != 1 or not 4 <= (size := sizes.pop()) <= 12:
                continue
            if len(alone) < _SIBLING_MIN and throughout[(kind, size)] < _THROUGHOUT_MIN:
                continue
            for k, mark in members:
                piece, at = split[k][0], mark + size
                if (
                    len(split[k]) == 1
                    and re.search(r"[，,。；;：:]", piece)
                    and not re.search(r"[\s，,。；;：:、“”《》（）()\d]", piece[mark:at])
                    and at < len(piece)
                    # (…机制及时研究: no joiner after the cut; 实施法治先锋工程布局|20个…: no figure opening it)
                    and not re.match(r"和|与|及(?!时)|的|、|\d", piece[at : at + 2])
                    and _LONG_CLAUSE.match(piece, at)
                ):
                    split[k] = [piece[:at], piece[at:]]
    return split


# A numbering marker anywhere in a run-on line: 一、 / （一） / 1. (not 1.5)
_MARKER = lazy(
    r"([一二三四五六七八九十]{1,3})、|[(（]([一二三四五六七八九十]{1,3})[)）]|(?<![\d.．])(\d{1,2})[.．、](?![\d%])"
    r"|[(（](\d{1,2})[)）]"
)
_HEADED = lazy(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])")
# the spans of time a report's paragraph may open with (全年, 今年以来, 过去一年): read below as an opening word and as a
# clause of its own
_TIME_SPAN = r"全年|今年以来|一年来|近年来|过去(?:一|五|的一|的五)年"
# …a span of years (三年来), a clause of its own only with its comma (本届政府五年来的工作回顾 is one heading)
_YEARS_SINCE = r"[二三四五六七八九十两]年来"
# …and a work report's 要 of what is to be done and goes on (要继续…, 要加快…; never the 要 of 重要, 主要, 需要)
_TO_BE_DONE = r"(?<![重主需必紧首只提摘不])要(?=继续|坚持|加快|加强|着力|大力|深入|进一步|全面|切实|积极"
# Where the body starts after a heading that never had its own line: an enumeration (一是…) or a dated sentence
# (2022年，… / 2022年度，… / 2022年以来，…).
# (a year after 到/至/于/在/从/自/截至 is the heading's own goal or date, 力争到2020年，…: no sentence starts there)
# (…or, after a heading that ends on 情况, as a disclosure report's template parts do, the year, the writer or the
# adverb of doing its paragraph opens with: （一）主动公开情况始终遵循…, 三、依申请公开情况2013年度本厅收到…; never the
# 情况 of a heading's own words, 研究新情况新问题)
_BODY_START = lazy(
    r"(?<=[\u4e00-\u9fff])(?<![到至于在从自止])(?=一是|首先|(?:19|20)\d{2}年度?(?:以来|[，,]|是))"
    r"|(?<=情况)(?=(?:19|20)\d{2}\s*年|[我本][厅局委办部省市县区]|本机关|始终|严格|充分|着力|认真|不断|持续|积极|全面|深入"
    r"|紧紧|围绕)"
)
# …or the words a report's paragraph opens with and a heading does not hold after its first words: a time span (全年,
# 今年以来, 过去一年, 当前，), the year's occasion (今年是…), a basis (根据, 按照), a purpose (为更好…), the writer's
# organ (局党组, 我局, 我们) or an adverb of doing (严格落实, 扎实推进); not after a modal or inside 严格按照
# (各单位要高度重视…, 严格按照…: one clause)
_BODY_OPENING = lazy(
    r"(?<=[\u4e00-\u9fff”》）)])(?<![要应须并和及、])(?<!严格)"
    rf"(?={_TIME_SPAN}|今年是|今年要|当前[，,]|截至|截止|根据|按照|针对|坚持以|"
    # (…a span of years or a time the paragraph is set in: 三年来，…; 从第四届…以来，…; 随着…的到来，…)
    + _YEARS_SINCE
    + r"[，,]|从[^，,。；;]{2,24}?以来[，,]|随着|"
    # (…the year before, the time or the place a sentence is set in, a purpose: 去年国际形势…; 在1995年的经济工作中，…;
    # 为了挖掘现有企业的潜力，…)
    r"去年(?!底|末|同期)|今年[，,的]|今年将|在[^，,。；;]{2,24}?(?:中|期间|时期|之际|基础上)[，,]|为了|"
    # (…a decade, the delegates addressed, or what is to be done: 90年代是…; 各位代表！; 要继续贯彻…)
    r"\d{2}年代|各位代表[，,！!]|" + _TO_BE_DONE + r")|"
    r"为(?:更好|进一步|切实|全面|深入)|"
    r"部分(?:干部|单位|部门|执法|人员|行政|工作|群众|职工|领导)|"
    r"[局委]党组|我们(?!的)|我(?:局|委|厅|办|院|市|县|区|镇|乡|部|署)(?!的)|"
    r"高度重视|严格(?:落实|执行|按照|实行)|深入(?:贯彻|推进|开展)|"
    r"认真(?:贯彻|落实|执行)|扎实(?:推进|开展)|持续(?:推进|深化)|积极(?:开展|推进)|制定并|成立了?[以由])"
)
# (…after a title of two short clauses with no figure, or of one; and where the body's first clause is not short)
_CLAUSE_BREAK = lazy(r"[，,；;：:]")
_TWO_CLAUSE_TITLE = lazy(r"[^，,；;：:\d]{4,14}[，,][^，,；;：:\d]{4,16}")
_LONG_CLAUSE = lazy(r"[^，,。；;：:！!？?]{8}")
# …but a span of time that opens the paragraph stands as a clause of its own (…发展成就过去一年，全区…)
_TIME_CLAUSE = lazy(rf"(?:{_TIME_SPAN}|当前|{_YEARS_SINCE}|去年[\u4e00-\u9fff]{{0,3}})[，,]")
# …or at a space, where a heading and its body share a line (see heading_before_space)
# (…or on the year its first sentence is set in: 三、依申请公开情况 2013年度本厅收到…)
_HEADING_THEN_SPACE = lazy(r"\s*([^\s。；;！!？?]{4,40})\s+(?=[\u4e00-\u9fff]|(?:19|20)\d{2}\s*年)")
_OPENING, _CLOSING = "“《（(", "”》）)"
# Site furniture run into a one-line copy: a menu (智能问答| 无障碍 | …|) before the title, metadata fields, and the
# footer's fields; each becomes its own line, which the boilerplate filter then drops.
_RUN_IN_MENU = lazy(r"^(?:[^|｜。]{0,16}[|｜]){3,}\s*")
# …and the page's buttons with no bar after the last of them, which a one-line copy runs into the title (登录 注册某镇…,
# 无障碍浏览某局…, 个人中心 | 无障碍浏览 | 适老版某区…, 长者浏览模式…)
_MENU_WORDS = lazy(
    r"^(?:[^。|｜]{0,30}[|｜])*(?:\s*(?:登录|注册|繁體|繁体|简体|English|手机版|移动版|"
    + _BUTTON
    + r"))+\s*(?=[\u4e00-\u9fff])"
)
_RUN_IN_FURNITURE = lazy(
    r"(?=(?:来源|信息来源|发布时间|浏览量|浏览次数|转载分享|分享到|主办单位|承办单位|网站标识码|备案序号|网站报障|"
    r"索引号|文件编号|公开类别|主题词|公开目录|"
    r"技术支持|版权所有|关于我们|(?:发布|发文)(?:机构|机关|单位|部门))\s*[:：|｜])|(?<=转载分享[:：])|(?<=分享到[:：])"
    r"|(?<=浏览量[:：]-)|(?<=返回顶部)"
    # (a page's date field before its date, 日期: 2021-04-12 09:35:00; its text-size and print buttons, 【字号: 打印本页)
    r"|(?<!发布)(?<!更新)(?<!成文)(?=(?:发布|更新|成文)?日期\s*[:：]\s*(?:19|20)\d{2})|(?=【\s*字号)|(?<=打印本页)"
    # (…or its time field, 时间:2020-01-07, the headline run on before it: …评查活动时间:2020-01-07)
    r"|(?<!发布)(?<!更新)(?=时间\s*[:：]\s*" + _DAY + ")"
    r"|(?<=【字体[:：])(?!\s*[大中小])|(?<=【字号[:：])(?!\s*[大中小打])"
    # (…or its sizes as letters and its colour control: 字号:A A 颜色:)
    r"|(?=字号\s*[:：]\s*A)|(?<=颜色[:：])"
    # (a row of empty counters before the lead, 作者:佚名 点击:在第十个…: the counter's value never came)
    r"|(?=作者\s*[:：])|(?<=点击[:：])(?!\s*\d)"
    # (…or its editor's field run onto the headline: …示范县编辑:某新闻网发布时间:…)
    r"|(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][ \t]))(?<!责任)(?=(?:责任)?编辑\s*[:：])"
    # (…and a date in brackets after the headline, (发布于:2023-12-08 18:00))
    r"|(?=[(（]\s*发布于\s*[:：]?\s*(?:19|20)\d{2})"
    # (a template site's word above its copy, 下面是小编为大家整理的…，供大家参考。, the copy's title run on after it)
    r"|(?<=供大家参考[。！!])|(?<=仅供参考[。！!])|(?<=欢迎阅读[。！!])|(?<=有所帮助[。！!])"
    # (…and a page's note for keyboard readers, 正文内容区域请使用tab按钮切换浏览, the headline run on after it)
    r"|(?<=切换浏览)"
)
# …and a footer's record numbers (粤ICP备09006188号, 粤公网安备 44010402000213号, 网站标识码:4401000042), which end
# where the next piece begins: a copy that starts at its footer runs them into its title (as a copy that starts at its
# catalogue row runs 公开方式: 主动公开 into it)
_RECORD_END = lazy(
    r"(?:ICP备|公网安备|网站标识码)\s*[:：]?\s*\d[\d-]{5,23}号?(?:-\d{1,3})?"
    # …and a disclosure catalogue's field whose values are few (公开方式: 主动公开), the last of its row
    r"|(?:公开方式|公开形式|公开属性)\s*[:：]\s*(?:主动公开|依申请公开|不予公开)"
    r"|(?:[\[【]\s*有效性\s*[\]】]|有效性\s*[:：])(?:\s*(?:有效|失效|废止|已废止|已失效)(?![\u4e00-\u9fff]))?"
)


# a page's date and time stamp, with the text-size control a page puts after it (2023-08-19 18:28:51 字号:,
# 2013年04月23日17:01, 30.03.2015 11:19), run in between a news copy's headline and its headline again; a site's
# address after its name (某区人民政府www.example.gov.cn); an official document's red header and its number
# (某局文件某环保〔2026〕1号) before its title: each a piece of its own
_STAMP = lazy(
    r"(?:(?:19|20)\d{2}(?:([-/.])\d{1,2}\1\d{1,2}\s+|年\d{1,2}月\d{1,2}日\s*)|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\s+)"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:字号|字体)\s*[:：])?"
    r"(?:(?<=\d)[)）])?"  # (…with the bracket it closes: (发布于:2023-12-08 18:00))
)
_SITE_ADDRESS = lazy(r"(?:https?://)?www\.(?:[A-Za-z0-9-]+\.)+?(?:cn|com|net|org)(?![A-Za-z.])")
_RED_HEADER = lazy(rf"(?<=[\u4e00-\u9fff]文件){DOC_NUMBER}")
_DOC_NUMBER_ALONE = lazy(rf"{DOC_NUMBER}|[\u4e00-\u9fff]{{4,30}}文件")  # (…and the red header itself)


# a page's date field and its buttons, cut off by _RUN_IN_FURNITURE: 日期: 2021-04-12 09:35:00 / 【字号: 打印本页
_PAGE_ROW = lazy(
    r"(?:(?:发布|更新|成文)?日期|(?<![\u4e00-\u9fff])时间)\s*[:：]\s*"
    + _DAY_OR_CN
    + r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|【\s*字号[^】\n]{0,16}?打印本页"
    # (…the row of buttons whose sizes the copy lost, its title run on after it: 主题词:【打印】 【字体:某局关于…)
    r"|[^\n]{0,60}?【\s*(?:字体|字号)\s*[:：]"
    # …and a catalogue's row kept as table cells (索引号 | SY0024578210202200007 |, 发布时间 | 2022-01-30 |)
    r"|(?:索引号|文件编号|发文字号|公开类别|主题分类|发布机构|发布时间|成文日期)\s*[|｜]\s*[^|｜\n]{1,40}?\s*[|｜]"
    # …or with colons, cut off before its next field (索引号: 114401…/2020-00071 分类: 综合政务); the issuer's row
    # (发布机构: 某办公室) is set apart by _ISSUER_ROW
    r"|索引号\s*[:：]\s*[\w/.\-]{4,40}(?:\s+分类\s*[:：]\s*\S{0,12})?"
    r"|[(（]\s*发布于\s*[:：]?\s*" + _DAY_OR_CN + r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]"
    # …and a row of a page's buttons (【 打印 】【 关闭 】), the headline run on after it
    r"|(?:【\s*(?:打印|关闭|收藏|返回|打印本页|关闭窗口|返回顶部)\s*】\s*)+"
    # …and a site's greeting with the visitor's day (欢迎访问某网 今天是 2024年10月23日 星期三), the headline after it
    r"|^[^\n。]{0,30}?今天是\s*[:：]?\s*" + _VISIT_DAY
)
# (rows opening with these stand alone only where the copy's own fields cut them off: an index's value has no end of
# its own, and the issuer's row, in cells too, is _ISSUER_ROW's)
_CATALOGUE_FIELDS = ("索引号", "发布机构")
# a source field cut off by the next field (来源:某市司法局 时间:…): the row of the page it is, not the title's end
_SOURCE_FIELD = lazy(r"(?:信息|文章)?来源\s*[:：]\s*[^\s。，,:：；;]{1,30}")


def _stands_alone(piece: str) -> bool:
    """A piece of a run-on line that never joins its neighbours again: furniture, a page's date stamp, a site's
    address, a document's number, or a row that ends in a record or a catalogue field (…公开方式: 主动公开)."""
    piece = piece.strip()
    return (
        _is_boilerplate(piece)
        or any(
            pattern.fullmatch(piece) for pattern in (_STAMP, _SITE_ADDRESS, _DOC_NUMBER_ALONE, _PAGE_ROW, _SOURCE_FIELD)
        )
        or any(m.end() == len(piece) for m in _RECORD_END.finditer(piece))
    )


# a page's date field whose value, a day with no time, runs into the words after it (发布时间:2017-7-19某县蝉联…)
_DATED_FIELD_THEN_WORDS = lazy(
    r"(?:发布|更新)?(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?=\s*[\u4e00-\u9fff])"
)


def _furniture_pieces(line: str) -> list[str]:
    """A run-on line cut before each furniture field, after each footer record number and page row (a date field, a
    catalogue's cell row, a row of buttons), and around a page's date stamp, a site's address and a red header's
    document number."""
    marks = [*_STAMP.finditer(line), *_SITE_ADDRESS.finditer(line), *_RED_HEADER.finditer(line)]
    cuts = sorted(
        {m.end() for m in _RECORD_END.finditer(line)}
        | {m.end() for m in _DATED_FIELD_THEN_WORDS.finditer(line)}
        | {m.end() for m in _PAGE_ROW.finditer(line) if not m.group().startswith(_CATALOGUE_FIELDS)}
        | {m.end() for m in marks}
        # (a field's own value stays with its label: 发布时间:2024-03-30 10:12:40)
        | {m.start() for m in marks if not re.search(r"[:：]\s*$", line[max(0, m.start() - 3) : m.start()])}
    )
    cuts = [k for k in cuts if 0 < k < len(line)]
    segments = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)])]
    return [piece for segment in segments for piece in _RUN_IN_FURNITURE.split(segment)]


# the issuer's field run into a one-line copy (…的通知政策发布部门:某市政府办公室发布时间:…): the field and its
# value, which ends where the next field of the row begins or with the row
_ISSUER_ROW = lazy(r"(?:发布|发文)(?:机构|机关|单位|部门)\s*[:：]\s*[^\s:：|｜。，,]{2,32}\s*$")


# the words a figure follows in a phrase (从0到1、, 共3、, 第2、): a digit after them and its 、 or . number no item
# (第 alone before a numeral's 、: 第二、第七、第九)
_TAKES_A_NUMBER = "到至从第共约近达占每"


# …nor a numeral's 、 before another numeral of a grade, a class or a batch (二、三级医院, 一、二类, 三、四批次)
# (…or a run of them, 一、二、三产业: the three sectors of an economy, no parts)
_NUMERAL_PAIR = lazy(
    r"[一二三四五六七八九十]{1,2}(?:级|类|等|档|星|批|期|产|、[一二三四五六七八九十]{1,2}(?:产|级|类))"
)


def _split_numbered(line: str, expected: list[int | Decimal]) -> list[str]:
    """Split a run-on line before each heading marker that continues the document's numbering: ``二、`` after
    ``一、``, ``（三）`` after ``（二）`` (``（一）`` again after a new ``二、``), ``2.`` after ``1.``. A marker after a
    sentence end always splits (as before); elsewhere only the next number in sequence does, since the source that
    lost its line breaks may never have put ``。`` after a heading, and a stray ``（二）`` in a sentence is not next.
    ``expected`` holds the next 一、, （一）, 1. and （1）, and is updated: the numbering of the pieces of one line (a
    fifth slot, when given, holds the last 1. cut, for a report that numbers its points on through its parts)."""
    cuts: list[int] = []
    part_at: Optional[int] = None  # where the part heading just cut starts, while nothing else was
    for m in _MARKER.finditer(line):
        level = next(i for i in range(4) if m.group(i + 1))
        marker = m.group(level + 1)
        value = _numeral(marker)
        if value is None:
            continue
        if m.start() and line[m.start() - 1] in (_TAKES_A_NUMBER if level == 2 else "第" if level == 0 else ""):
            continue  # “从0到1、从1到2、从2到N”, 居全国第二、第七、第九: a span's or a rank's number, no item's
        if level == 0 and _NUMERAL_PAIR.match(line, m.end()):
            continue  # 预约二、三级医院专家号源: two grades named together, no part
        k = m.start()
        while k and line[k - 1].isspace():
            k -= 1
        # (a space before the marker is a line break a copy turned into one, unless it splits 第 from its number)
        after_end = k == 0 or line[k - 1] in "。：:；！？" or (k < m.start() and line[k - 1] != "第")
        if not after_end and line[k - 1] in ")）":
            # (…群众身体健康。(责任科室:医政医管科)(五)…: a plan's note in brackets after the sentence's end ends it too)
            opened = max(line.rfind("(", 0, k - 1), line.rfind("（", 0, k - 1))
            after_end = opened > 0 and line[opened - 1] in "。；！？" and k - opened <= 60
        # （一） starts again under each 一、, or runs on through the document (some reports number it so)
        # (…or right after its part's heading, run on, where a damaged numbering skipped on: 二、…作用(十一)…)
        # (…and 1. likewise, when the report numbers its points on through its parts: 二、自主创新6、政策与措施… after
        # 5、… under 一、)
        under_part = (
            (level == 1 or (level == 2 and len(expected) > 4 and value == expected[4] + 1))
            and part_at is not None
            and m.start() - part_at <= 45
            and not re.search(r"[。；;]", line[part_at : m.start()])
        )
        if (
            value != expected[level]
            and not (after_end and (level < 2 or k < m.start()))
            and not (level == 1 and value == 1)
            and not under_part
        ):
            continue
        part_at = m.start() if level == 0 else None
        if m.start():
            cuts.append(m.start())
        expected[level] = value + 1
        if level == 2 and len(expected) > 4:
            expected[4] = value  # (the last 1. cut, kept when a new 一、 starts 1. again)
        for lower in range(level + 1, 4):
            if lower != 1 or level != 0 or expected[1] == 1:
                expected[lower] = 1
        if level == 0 and (damaged := _damaged_first(line, m.end(), expected[1])):
            cuts.append(damaged)
            expected[1] += 1
            part_at = None
    return _cut_at(line, cuts)


# a subheading whose marker lost a bracket or both (二十二)加强…, 三十一健全…, or only its closing bracket left: )强化…)
_DAMAGED_MARKER = lazy(
    r"(?<![(（\d])(?:([一二三四五六七八九十]{1,3})[)）]|([一二三四五六七八九十]{2,3})|([)）]))(?=[\u4e00-\u9fff])"
)


def _damaged_first(line: str, start: int, expected: int | Decimal) -> Optional[int]:
    """Where the first subheading under a part heading just cut starts, its marker damaged (八、…透明运行二十二)加强…:
    only the number in sequence, or a lone closing bracket after a heading that opened none), when the part's
    heading ran into it with no sentence end between: a one-line copy of a plan whose numbering was damaged."""
    for m in _DAMAGED_MARKER.finditer(line, start, start + 45):
        heading = line[start : m.start()]
        if len(heading) < 4 or re.search(r"[。；;：:]", heading):
            return None
        if m.group(3):
            return m.start() if not re.search(r"[(（]", heading) else None
        if parse_chinese_numeral(m.group(1) or m.group(2)) == expected:
            return m.start()
    return None


def heading_before_space(text: str, start: int, end: int) -> Optional[int]:
    """Where a heading's title ends at a space, its body after it on the same line (（一）健全责任体系 高度重视…: a
    copy that turned line breaks into spaces, a converter or a writer that put them on one line): a title of 4 to 40
    characters with no sentence end, the body opening on a word or a year. No space a converter put by a number
    (2020 年, 受理 2 个), after a list's comma (遵守宪法、 维护宪法), or inside a quotation or brackets (“劳动最光荣
    合同必须签”); and no space inside a short run of words (加强 组织领导)."""
    m = _HEADING_THEN_SPACE.match(text, start, end)
    if m is None:
        return None
    title = m.group(1)
    if title[-1].isdigit() or title[-1] in "、，,：:" + _OPENING:
        return None
    if _open_quote(title):
        return None
    return m.end(1)


def _split_heading_from_body(piece: str) -> list[str]:
    """``（一）强化政治引领，夯实法治建设根基一是筑牢…``: the heading ends where its first 一是 or dated sentence
    begins, when no ``。`` came before it."""
    if not (marker := _HEADED.match(piece)):
        return [piece]
    if cut := heading_before_space(piece, marker.end(), len(piece)):
        return [piece[:cut], piece[cut:]]  # （一）健全责任体系 高度重视…: a line break turned into a space
    head_end = piece.find("。")
    if head_end < 0:
        head_end = len(piece)
    m = _BODY_START.search(piece, 4, head_end)
    opening = _body_opening(piece, marker.end(), head_end)
    restated = _restated_subject(piece, marker.end(), head_end)
    cuts = [k for k in (m.start() if m else None, opening, restated) if k is not None]
    if not cuts and (second := _second_clause_end(piece, marker.end(), head_end)) is not None:
        cuts = [second]
    if not cuts or min(cuts) > 60:
        return [piece]
    cut = min(cuts)
    return [piece[:cut], piece[cut:]]


def _body_opening(text: str, start: int, end: int) -> Optional[int]:
    """Where a heading with no mark of its own, starting at ``start``, gives way to its paragraph: at the words a
    paragraph opens with (``_BODY_OPENING``). Not before the title's first four characters, right after a comma
    (坚持依法决策，严格落实… is one title), inside a quotation, before a short clause (主要负责人高度重视，认真履行…: a
    heading's own two words), nor after a title of more than two clauses or with a figure (概述2017年，我街道|根据…)."""
    opening = _BODY_OPENING.search(text, start + 4, end)
    if opening is None:
        return None
    title = text[start : opening.start()]
    if _open_quote(title) or not (
        _LONG_CLAUSE.match(text, opening.start()) or _TIME_CLAUSE.match(text, opening.start())
    ):
        return None
    if _CLAUSE_BREAK.search(title) and not _TWO_CLAUSE_TITLE.fullmatch(title):
        return None
    return opening.start()


# a heading of two clauses of like length (深化思想引领，推动法治与业务深度融合) whose paragraph opens on a deed's verb
# (将…纳入, 制定…规划, 组建…小组), on the 持续 of work kept up (持续抓好…: a task whose number was lost), or on a work
# report's 要 of what is to be done (要继续实施…; never the 要 of 重要, 主要, 需要), or on the time its sentence is set in
# (在连续6年增产增收之后，…): its second clause ends where that word begins
_TITLE_FIRST_CLAUSE = lazy(r"[^，,；;：:\d“”《》\s]{4,10}[，,]")
_DEED_OPENING = lazy(
    r"将|持续|" + _TO_BE_DONE + r"|抓好|落实)|"
    r"(?<![存所实现])在(?=[^，,。；;]{2,20}?(?:之后|以后|以来|期间|之际|过程中)[，,])|"
    r"制定|开展|组建|推行|采用|加大|组织|建立|修订|出台|印发|召开|实行|编制|聘请|设立|"
    # (…or a work report's paragraph on the policy held to, or on the country: …转变发展方式坚持扩大内需方针，…;
    # …调动各方面的积极性我国过去经济体制的主要弊端…)
    r"坚持|保持|我国(?!的)"
)


def _second_clause_end(text: str, start: int, end: int) -> Optional[int]:
    """Where the second of a heading's two clauses of like length gives way to its paragraph (…，推动法治与业务深度
    融合将习近平法治思想纳入…): at a deed's verb within six characters either side of the first clause's length,
    after at least four of the second's own, the paragraph's first clause a long one."""
    first = _TITLE_FIRST_CLAUSE.match(text, start)
    if first is None:
        return None
    second = first.end()
    size = first.end() - start - 1
    # (a verb of two characters may start six past the first clause's length: the search ends two after that)
    # (the words after the verb are read to the paragraph's first stop, past the search's end: 在…之后，)
    for verb in _DEED_OPENING.finditer(text, second + max(4, size - 6), end):
        if verb.start() >= second + size + 8:
            break
        if not re.search(r"[，,；;：:。\d“”《》]", text[second : verb.start()]) and _LONG_CLAUSE.match(
            text, verb.start()
        ):
            return verb.start()
    return None


def _restated_subject(text: str, start: int, end: int) -> Optional[int]:
    """Where a heading's paragraph opens by naming the heading's subject again, before the paragraph's first full
    stop (``end``): the heading's first four to six characters (一、“十四五”时期和2025年工作回顾“十四五”时期是…), or
    any five of its characters in a row (…经济发展方式，调整优化经济结构转变经济发展方式刻不容缓), again after at least
    eight of its own and not after a comma or a list's mark."""
    stop = min(end, start + 60)
    for size in (6, 5, 4):
        head = text[start : start + size]
        if len(head) < size or re.search(r"[\s，,、。；;：:]", head):
            continue
        at = text.find(head, start + size + 4, stop)
        if at > 0 and _may_cut(text, start, at):
            return at
    for at in range(start + 8, stop - 4):
        words = text[at : at + 5]
        if (
            not re.search(r"[\s\d，,、。；;：:“”《》()（）]", words)
            and words in text[start:at]
            and _may_cut(text, start, at)
        ):
            return at
    return None


def _may_cut(text: str, start: int, at: int) -> bool:
    """A heading starting at ``start`` may end at ``at``: not by a number (实施100个左右 is one phrase), inside a
    quotation, after a comma or a list's mark (the heading's own second clause or item), nor after a title of more
    than two short clauses (…思想建立健全…制度,将学习贯彻|习近平法治思想…: the body's own sentence goes on)."""
    title = text[start:at]
    return (
        not (text[at - 1].isdigit() or text[at].isdigit())
        and text[at - 1] not in "，,、和及与"
        and not _open_quote(title)
        and (not _CLAUSE_BREAK.search(title) or _TWO_CLAUSE_TITLE.fullmatch(title) is not None)
    )


def _open_quote(words: str) -> bool:
    return any(words.count(o) > words.count(c) for o, c in zip(_OPENING, _CLOSING))


# A lost full-width indent: a mirror that re-encoded the page turned each line's 　　 into ??.
_LOST_INDENT = re.compile(r"^[ \t]*[?？]{2,4}(?=\S)", re.M)
# A document-sharing site's page chunks: fixed-length slices of the text, each after a number (1、…2、…), that cut
# words and sentences anywhere.
_CHUNK = re.compile(r"(\d{1,3})、")


# …and in a copy whose paragraphs then ran together (pasted as one line), the ?? that still leads each paragraph
# right after the last one's end, a sentence's or a heading's: …情况的报告公开如下:??一、…体制??(一)…
_RUN_ON_INDENT = re.compile(r"(?<=[^\s?？])[ \t]*(?:[?？]{2}){1,2}(?=[^\W_?？]|[(（])")


_PARAGRAPH_ENDS = tuple("。！!？?：:；;")


def strip_lost_indent(text: str) -> str:
    """Blank the ?? that stands for a lost indent, when most lines (three or more, or both of two) start with it, or
    most of those that follow an ended sentence or heading (a copy hard-wrapped as well):
    then it is debris of the copy, not a question mark of the author's. Blanked, not cut, so that line widths stay
    as wrapped. In a copy run onto a few lines, where three or more ?? lead paragraphs after the end of another and
    outnumber the lines, each marks where a paragraph began: it becomes that line break again (a pair, never the lone
    ? of a character the copy could not encode)."""
    kept = [line.strip() for line in text.split("\n") if line.strip()]
    lines = len(kept)
    starts = len(_LOST_INDENT.findall(text))
    inner = len(_RUN_ON_INDENT.findall(text))
    # (hard-wrapped too, most lines go on a paragraph: count the lines after an ended sentence or heading instead)
    openings = 1 + sum(1 for line in kept[:-1] if line.endswith(_PARAGRAPH_ENDS))
    if (starts < 3 or starts * 2 < min(lines, openings)) and not (starts == lines == 2):  # (two paragraphs: both)
        if inner >= 3 and inner >= lines:
            text = _RUN_ON_INDENT.sub("\n", text)
        elif not (starts == lines == 1 and _LOST_INDENT.match(text.lstrip("\n"))):
            return text  # (…but a one-paragraph excerpt whose very first characters are ??: no author opens so)
    return _LOST_INDENT.sub(lambda m: " " * len(m.group()), text)


def join_page_chunks(lines: list[str]) -> list[str]:
    """Rejoin a text a sharing site served in numbered slices of one length (1、<300 characters> 2、<300 …>): the
    numbers are the site's, not the author's, and a slice may end mid-word (同安排、同 / 2、部署). Only when three or
    more lines run 1、, 2、, … and every slice but the last has the same length (of 60 or more; a space at a slice's end is lost), one of them
    cut mid-sentence."""
    numbered = [(i, m) for i, line in enumerate(lines) if (m := _CHUNK.match(line))]
    if len(numbered) < 3 or [int(m.group(1)) for _, m in numbered] != list(range(1, len(numbered) + 1)):
        return lines
    sizes = {len(lines[i]) - m.end() for i, m in numbered[:-1]}
    if (
        max(sizes) - min(sizes) > 2
        or min(sizes) < 60
        or any(lines[i + 1 : j] for (i, _), (j, _) in zip(numbered, numbered[1:]))
    ):
        return lines
    if all(lines[i].endswith(SENTENCE_END) for i, _ in numbered[:-1]):
        return lines  # numbered paragraphs of the author's, each ending its sentence
    first, last = numbered[0][0], numbered[-1][0]
    joined = "".join(lines[i][m.end() :] for i, m in numbered)
    return lines[:first] + [joined] + lines[last + 1 :]


@dataclass
class CleanedText:
    """The cleaned text and what cleaning learnt on the way."""

    text: str  # what quotes and offsets index (simplified unless keep_script)
    script: Script  # script of the source
    text_script: Script  # script of ``text``
    removed_lines: list[str] = field(default_factory=list)
    analysis_text: str = ""  # simplified, same length and offsets as ``text``: what the rules read

    def __post_init__(self) -> None:
        if not self.analysis_text:
            self.analysis_text = self.text

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported lazily: constructing the converter costs a few ms

    return opencc.OpenCC("t2s")


def detect_script(text: str) -> Script:
    """Traditional when a noticeable share of Han characters change under t2s."""
    han = [c for c in text[:4000] if "\u4e00" <= c <= "\u9fff"]  # a sample decides; converting all is waste
    if not han:
        return Script.simplified
    sample = "".join(han)
    converted = _t2s().convert(sample)
    changed = sum(1 for a, b in zip(sample, converted) if a != b)
    return Script.traditional if changed >= 5 and changed / len(han) > 0.03 else Script.simplified


def to_simplified(text: str) -> str:
    """t2s that never changes a line's length (a line whose conversion would, is converted char by char)."""
    conv = _t2s()
    out = []
    for line in text.split("\n"):
        s = conv.convert(line)
        if len(s) != len(line):
            s = "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in line)
        out.append(s)
    return "\n".join(out)


_ISSUER_FIELD = re.compile(r"发布机构|发布机关|发文机关|发文单位|发布单位|制发机关|制发单位|公开主体")
# the word an organ's name ends in, as a source field's value shows it (某省文化和旅游厅, 某县司法局, 某镇人民政府)
_ORGAN_END = r"局|厅|委员会|委|办公室|办|政府|中心|部"
# a source field whose value is an organ (来源:某省文化和旅游厅), in a row of other fields (or run into the page's
# date: 来源:中华人民共和国某部2022-01-06 12:44)
_ORGAN_SOURCE = re.compile(
    rf"(?:信息|文章)?来源\s*[:：]\s*[\u4e00-\u9fff]{{2,24}}?(?:{_ORGAN_END})(?=\s|$|[|｜]|作者|编辑|(?:19|20)\d{{2}}\s*[-/.年])"
)
_SOURCE_ONLY = re.compile(r"(?:信息|文章)?来源\s*[:：]\s*[^\s:：|｜]{2,32}\s*")
# a source or author field whose value the page put on the next line, and such a value (a unit's short name, no clause)
_EMPTY_SOURCE_FIELD = re.compile(r"(?:信息|文章)?来源\s*[:：]\s*|作者\s*[:：]\s*")
_SHORT_VALUE = re.compile(r"[^\s。，,；;：:]{2,20}")
_PLACED_ORGAN = re.compile(
    rf"[\u4e00-\u9fff]{{1,12}}[省市县区州旗盟镇乡][\u4e00-\u9fff]{{0,14}}(?:{_ORGAN_END}|街道办事处)"
)


def _org_like(value: str) -> bool:
    """A field's value that names a place's organ (来源:⏎某县司法局), which a finder may read: kept. (A place's level
    word before an organ's ending is the test, looser than the finders' ``exact_name``: a value it keeps is only
    left for them to judge.)"""
    return bool(_PLACED_ORGAN.fullmatch(value))


# a site's menu written as words between spaces (首页 政务公开 政务服务 互动交流 …; 欢迎来到某秘书网! 工作总结 工作计划
# 心得体会 述职报告 …): five or more short words, two of them a site's section names, so that a byline of names or a
# table's header row is never taken for one
_SPACED_MENU = re.compile(r"(?:[^\s]{0,30}[!！]\s*)?(?:[\u4e00-\u9fff]{2,6}\s+){4,}[\u4e00-\u9fff]{2,6}")
_MENU_WORD = re.compile(
    r"(?<!\S)(?:网站首页|首页|政务公开|信息公开|政府信息|政务服务|办事服务|互动交流|政民互动|新闻中心|工作总结|工作计划|"
    r"心得体会|思想汇报|述职报告|自查报告|发言稿|申请书|范文大全|登录|注册|简体|繁体|加入收藏|收藏|打印)(?!\S)"
)


# a site's scrolling banner at the head of its pages: one motto written twice over on one line (关注某省依法治省工作，
# 参与法治建设。关注某省依法治省工作，参与法治建设。), as a marquee repeats it
_MARQUEE = re.compile(r".{0,12}?(.{12,}?[。！!])\1+")  # (after the site's name, if any: 法制某省，关注…)


def _marquee(line: str) -> bool:
    """A head line that is a motto written twice over (see ``_MARQUEE``): short (the search is quadratic in the
    line's length) and numberless, as a motto is and a lead that a mirror doubled is not."""
    return len(line) <= 200 and not re.search(r"\d", line) and bool(_MARQUEE.fullmatch(line))


def _is_boilerplate(line: str) -> bool:
    """Site furniture, except a metadata row naming the issuer (| 发布机构 | 某县林草局 |) and a line that is only
    the page's source (来源：某县交通运输局, also how a page's head declares its publisher): the agency may be
    stated nowhere else, and a fact must be quoted from the cleaned text."""
    if _SPACED_MENU.fullmatch(line) and len(_MENU_WORD.findall(line)) >= 2:
        return True
    if _BUTTON_LINE.fullmatch(line):
        return True  # 华池县人民政府政府信息公开全文检索: the site's name and a button a one-line copy ran in, cut off
    return bool(_BOILERPLATE_LINE.match(line)) and not _ISSUER_FIELD.search(line) and not _SOURCE_ONLY.fullmatch(line)


# a short row between a page's date line and its lead: the source it kept (来源：某局), a photo's caption, a second
# headline; never a document's addressee (省人民政府办公厅：) nor its numbered heading (一、主要举措), under which the
# posting's date is no date of the body
_ROW_ABOVE_LEAD = re.compile(
    rf"(?!{_NUMBER_MARK}|\d{{1,2}}[、.．]|第[一二三四五六七八九十]{{1,3}}[章部节])[^。，,；;\n]{{1,30}}(?<![:：])"
    # (…or the page's widgets with their values gone: 字号: 分享:)
    r"|(?:[ \t]*(?:字[号號]|字[体體]|分享|打印|收藏|关闭|關閉)[ \t]*[:：]?)+[ \t]*"
)


def _lead_below(lines: list[str], at: int) -> int:
    """The line of the lead under a page's date line that stood above line ``at``: past up to two short rows (a
    source, a caption) that the page kept between them."""
    return next((k for k in range(at, min(at + 3, len(lines))) if not _ROW_ABOVE_LEAD.fullmatch(lines[k])), at)


# a converted table's row of empty cells (标题 | |||||||…): debris that ends the line it follows
_EMPTY_CELLS = re.compile(r"[ \t]*(?:[|｜][ \t]*){5,}")

# A Markdown table (| 序号 | 工作任务 | 责任单位 |, the rule |---|---|---| under it, then its rows), as a converter writes a
# document's table: a row of short cells between bars would read as a site's menu and be dropped, so each row becomes
# one line of its cells separated by tabs, as a web page's or a DOCX's table is read (ingest/html.py, ingest/docx.py)
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")
_TABLE_ROW = re.compile(r"[ \t]*\|(.*)\|[ \t]*")


_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*")


def _stripped(line: str) -> str:
    """A line without the spaces around it; but a line of a table's cells keeps an empty first or last cell (复议
    spanning the rows above, no figure in the last column), so every cell keeps its column. A paragraph indented by
    tabs is stripped as any line is."""
    core = line.strip()
    if "\t" not in line:
        return core
    lead = line[: len(line) - len(line.lstrip())].count("\t")
    trail = line[len(line.rstrip()) :].count("\t")
    if "\t" not in core and (not trail or lead + trail < 2):
        return core  # (…but a row of one cell of words and empty cells after it, 一、复议 ⇥⇥⇥, stays a row)
    return "\t" * lead + core + "\t" * trail


# the first cell of a task table's header, set alone on its line
_ROW_NUMBER_HEADER = ("序号", "编号")
_HEADER_CELL_MAX = 10
_STACKED_COLUMNS_MAX = 7


def _stacked_tables(lines: list[str]) -> list[str]:
    """A task table whose cells a copy set one a line (序号 / 工作任务 / 责任单位 / 完成时限 / 1 / 完善… / 法规科 / …,
    blank lines between or not): its header and rows again, cells between tabs, as a web page's table is read, so
    that each row is one task with its unit and deadline, not a line each. Only under a header that names a task
    column and a unit column (tables.task_columns), and only the rows numbered on from 1 with a cell for every
    column; the table ends at the first row that is not (a cell left empty in the copy stops it there)."""
    if not any(line.strip() in _ROW_NUMBER_HEADER for line in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() not in _ROW_NUMBER_HEADER:
            out.append(lines[i])
            i += 1
            continue
        header, j = [lines[i].strip()], i + 1
        # (a header's cells within a few lines, blank ones between: never a scan of the rest for each 序号)
        while (
            j < min(len(lines), i + 4 * _STACKED_COLUMNS_MAX)
            and len(header) <= _STACKED_COLUMNS_MAX
            and lines[j].strip() != "1"
        ):
            cell = lines[j].strip()
            if cell:
                header.append(cell)
            j += 1
        rows: list[str] = []
        if (
            3 <= len(header) <= _STACKED_COLUMNS_MAX
            and all(len(c) <= _HEADER_CELL_MAX and not re.search(r"[。，,；;：:]", c) for c in header)
            and task_columns(header) is not None
        ):
            while j < len(lines) and lines[j].strip() == str(len(rows) + 1):
                cells, k = [lines[j].strip()], j + 1
                while k < len(lines) and len(cells) < len(header):
                    cell = lines[k].strip()
                    if cell == str(len(rows) + 2):
                        break  # (the next row's number where a cell was due: this row lost one)
                    if cell:
                        cells.append(cell)
                    k += 1
                if len(cells) < len(header):
                    break
                rows.append("\t".join(cells))
                j = k
                while j < len(lines) and not lines[j].strip():
                    j += 1
        if len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        out += ["\t".join(header), *rows]
        i = j
    return out


def _table_rows_kept(lines: list[str]) -> list[str]:
    """A line of one cell with empty cells around it (一、复议 ⇥⇥⇥) stays a table's row only between rows of cells;
    elsewhere (a heading a spreadsheet's copy left with tabs after it) it is a line of words."""
    out = list(lines)
    for i, line in enumerate(lines):
        if "\t" in line and "\t" not in line.strip():
            near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if not any("\t" in n.strip() for n in near):
                out[i] = line.strip()
    return out


def _cell_row(line: str) -> str:
    """A line of a table's cells with its gaps as tabs only (:func:`_one_gap`), its empty edge cells kept."""
    return _CELL_GAP.sub(_one_gap, _stripped(line))


def _one_gap(m: re.Match[str]) -> str:
    """The gap between two cells as tabs only, one a cell boundary: an empty cell between stays one (120 ⇥⇥ 156)."""
    return "\t" * m.group().count("\t")


# a cell's closing bar left at the end of its line by a copy that sets a table's cells one to a line (一、提升依法高效
# 履职能力 |, 法规科 | ||): the cell's words are the line, the bars no part of them
_CELL_BARS = re.compile(r"^([^|｜\n]*[^|｜\s])[ \t]+[|｜][ \t|｜]*$")


def _markdown_tables(text: str) -> str:
    """Every Markdown table's rows as tab-separated cells, its rule line dropped (an empty cell kept as one, so that
    the cells after it stay under their columns)."""
    if "|" not in text or "---" not in text:
        return text
    out: list[str] = []
    in_table, previous = False, ""
    for line in text.split("\n"):
        # (the line above as written: a second table's header under the first's rows is a header, not a row)
        if _TABLE_RULE.fullmatch(line) and out and (header := _TABLE_ROW.fullmatch(previous)):
            out[-1] = _cells(header.group(1))
            in_table = True
        elif in_table and (row := _TABLE_ROW.fullmatch(line)):
            out.append(_cells(row.group(1)))
        else:
            in_table = False
            out.append(line)
        previous = line
    return "\n".join(out)


def _cells(row: str) -> str:
    # (an empty cell stays a cell: a figure keeps the column it stands in)
    return "\t".join(c.strip() for c in re.split(r"(?<!\\)\|", row))


def _cut_as(original: str, converted: str, lines: list[str]) -> Optional[list[str]]:
    """``original`` cut into the lines that ``converted`` (its character-for-character conversion) was cut into,
    each line's characters taken from the same places (the cut may drop spaces: 时间:… 来源:某网 → 时间:…来源:某网), or
    None when a line is not made of ``converted``'s characters in order."""
    out, at = [], 0
    for line in lines:
        if (start := converted.find(line, at)) >= 0:
            out.append(original[start : start + len(line)])
            at = start + len(line)
            continue
        kept = []
        for char in line:
            while at < len(converted) and converted[at] != char and converted[at].isspace():
                at += 1
            if at == len(converted) or converted[at] != char:
                return None
            kept.append(original[at])
            at += 1
        out.append("".join(kept))
    return out


# markup a page's content kept as text amid its extracted words (a CMS row left as <p style="…">政 府 工 作 报 告</p>,
# &nbsp; for a space): a page read as text (not sniffed as HTML: its head was plain) still shows its words only.
# Element names only, so a comparison in prose (PM2.5<35) is never taken for a tag.
_STRAY_TAG = re.compile(
    # (…and a journal database's mark where an article's text begins: 摘要 / <正>…)
    r"</?(?:p|br|div|span|font|strong|b|i|em|u|center|table|tbody|tr|td|th|img|a|h[1-6]|section|article|ul|ol|li|正)"
    r"(?:\s[^<>\n]*)?/?>",
    re.IGNORECASE,
)
# a forum's BBCode around the text a copy lost its page for ([align=center][b]2022年[/b][/align]): markup, no word
_BBCODE = re.compile(
    r"\[/?(?:align|color|font|size|b|i|u|s|url|img|quote|table|tr|td|p|list|indent|backcolor|hr)(?:=[^\]\n]{0,60})?\]",
    re.IGNORECASE,
)
_STRAY_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|ldquo|rdquo|middot|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


# a line that cannot start a paragraph: it opens with a clause's comma or stop, or with 的 (a mirror's spam word set
# in with a line break after it: …不断规范某某公开⏎的相关规定和工作部署), under a line that ends mid-sentence
# (never a closing bracket: a damaged number's remains, ）强化…, open a heading's item; nor under a heading of its own)
_CONTINUED = re.compile(r"[，,、。；;：:]|的(?!确)")
_MID_SENTENCE = re.compile(r"[\u4e00-\u9fff\w]$")


# a number a converter set on a line of its own, its unit on the next (出动⏎8000⏎余人次, 2020⏎年城市管理局工作总结):
# the line after it opens with the unit, a measure word or the 年/月 of a date, never with a word of its own (a
# page's number alone between two paragraphs is followed by one)
_NUMBER_ALONE = re.compile(r"\d+(?:\.\d+)?%?")
# (the units, in traditional script too: a mirror's copy is cleaned before it is read in simplified script)
_COUNT_UNIT = (
    r"(?:[余多个人次件万亿元名家项份条场所户起批届吨台辆座套倍%‰餘個萬億項條場戶屆噸臺輛]|小时|小時|公里|平方)"
)
_UNIT_NEXT = re.compile(rf"[年月日期周天]|{_COUNT_UNIT}")
# …or the number opening the next line with its unit (开展专项整治行动⏎150余次): the sentence goes on, unless the unit is
# a date's (a title over a body that opens 2021年，…)
_COUNT_OPENS = re.compile(rf"\d+(?:\.\d+)?{_COUNT_UNIT}")
# …or a sentence's number at the end of a line and its unit opening the next (全年审查合同23⏎份，…), where no width
# says the text was wrapped (a short report has too few full lines): a break never falls between a count and its unit
# (…its magnitude too: 国内生产总值达到74.4⏎万亿元; and the qualifier before it: 光缆线路550⏎多万公里)
_UNIT_CUT_OFF = re.compile(
    rf"[\u4e00-\u9fff]\d+(?:\.\d+)?[余多]?(?:[万亿千百萬億]{{1,2}}{_COUNT_UNIT}?|{_COUNT_UNIT})[，,。；;、]?$"
)


# a bracketed heading marker a copy broke after its bracket, by a space or a line break (（ 三）, （⏎三）): one marker
_BROKEN_MARKER = lazy(r"([(（])[ \t\u3000]*\n?[ \t\u3000]*(?=[一二三四五六七八九十\d]{1,3}[)）])")


# a document-sharing site's name before its address at a line's end (…主要举措和成效 某某汇 www.example.com)
_DOMAIN = r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?![A-Za-z.])"
_WATERMARK_SITE = lazy(rf"(?:^|[ \t])([\u4e00-\u9fff]{{2,8}})[ \t]*{_DOMAIN}[ \t]*$", re.M)


def _strip_watermarks(text: str) -> str:
    """A document-sharing site's watermark run onto the ends of lines, its headings' included (…主要举措和成效 某某汇
    www.example.com, …习近平法治思想 某某汇,办公文档之家): the site's name, seen before its address at a line's end,
    ending two lines or more after a space, goes with its address or slogan. A heading never ends with a site."""
    if "." not in text or not (sites := {m.group(1) for m in _WATERMARK_SITE.finditer(text)}):
        return text
    names = "|".join(re.escape(site) for site in sorted(sites, key=len, reverse=True))
    tail = re.compile(rf"(?<=\S)[ \t]+(?:{names})(?:[ \t]*[,，][\u4e00-\u9fff]{{2,10}}|[ \t]*{_DOMAIN})?[ \t]*$", re.M)
    if len(tail.findall(text)) < 2:
        return text
    return tail.sub("", text)


# a gambling mirror's brand run into the text (立博ladbrokes阳西县2镇8村上榜, 来源：立博ladbrokes体育): a few Chinese
# characters glued to a Latin word, where a government's text writes no such word
_SPAM_BRAND = re.compile(r"[\u4e00-\u9fff]{2,4}[A-Za-z]{5,}(?![A-Za-z])")


def _strip_spam_brand(text: str) -> str:
    """A mirror's brand it runs into the page three times or more (its headline's front, its source and writer
    fields), gone: the same glued token that often is no word of the report's."""
    if not re.search("[A-Za-z]{5}", text):
        return text
    counts = Counter(m.group() for m in _SPAM_BRAND.finditer(text))
    brands = [brand for brand, n in counts.items() if n >= 3]
    if not brands:
        return text
    return re.sub("|".join(re.escape(b) for b in sorted(brands, key=len, reverse=True)), "", text)


# a line holding only a zero-width mark between two pieces of one sentence (交出一份人⏎\u200b⏎民满意, a wiki's page
# marker): no paragraph's end, unless the line above ends a sentence or is a heading
_ZERO_WIDTH_LINE = re.compile(r"^([^\n]*\S)\n[ \t]*[\u200b\ufeff]+[ \t]*\n(?=[^\s\u200b\ufeff])", re.M)


def _unspaced(m: re.Match[str]) -> str:
    """A match with the spaces and tabs a converter put inside it taken out (2023 年 3 月, 4 9 2 5 0, 通 知)."""
    return re.sub(r"[ \t]", "", m.group())


def _drop_page_numbers(text: str) -> str:
    """``text`` without the page numbers a copy of its printed pages left on lines of their own (— 3 —): a sentence
    the page broke is one line again; a sentence's end or a heading alone above, or a heading below, keeps its break."""
    pieces: list[str] = []
    at = 0
    for m in _PAGE_NUMBER_LINE.finditer(text):
        above = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        end = text.find("\n", m.end() + 1)
        below = text[m.end() + 1 : len(text) if end < 0 else end].strip()
        pieces.append(text[at : m.start()])
        at = m.end()
        if (
            above
            and below
            # (a short line that stops on no clause's mark is a heading's, 02 助力营商环境优化, however numbered)
            and (len(above) >= 20 or above.endswith(("，", ",", "、")))
            and not above.endswith(SENTENCE_END + ("：", ":", "；", ";"))
            and not (HEADING_START.match(above) and "。" not in above)
            and not HEADING_START.match(below)
        ):
            at += 1  # (the break below goes with the number: the sentence runs on)
            while at < len(text) and text[at] in " \t\u3000":
                at += 1
    if not pieces:
        return text  # (no page's number: the text as it came)
    pieces.append(text[at:])
    return "".join(pieces)


def _join_zero_width(m: re.Match[str]) -> str:
    above = m.group(1).strip()
    if above.endswith(SENTENCE_END) or HEADING_START.match(above):
        return m.group()
    return m.group(1)


# each closing mark and the opener it ends: what ``_unclosed`` owes and ``_still_open`` finds
_PAIRS = {"》": "《", "）": "（", ")": "(", "”": "“"}


def _unclosed(line: str) -> Optional[str]:
    """The closing mark a line still owes when it ends within a few characters of a bracket or a title's mark it
    opened (…细颗粒物（PM, 根据《), or when the line is all one element it opened (“某某工作十大创新项目): its
    inline element and the closer went onto lines of their own. Of two it owes, the inner one comes first
    (《某某评估报告(⏎2018⏎)》)."""
    owed = [
        (at, closer)
        for closer, opener in _PAIRS.items()
        if (at := line.rfind(opener)) >= 0
        and (len(line) - at <= 12 or (at == 0 and len(line) <= 40))
        and closer not in line[at:]
    ]
    return max(owed)[1] if owed else None


def _still_open(above: str, mark: str) -> bool:
    """``above`` opened the element that ``mark``, a closer, ends: more of its openers than closers."""
    opener = _PAIRS.get(mark)
    return opener is not None and above.count(opener) > above.count(mark)


def _closed_within(pieces: list[str], closer: str) -> bool:
    """The element a line left open goes on in short pieces (2015, -, a word), none of them a sentence, and one of
    the next lines, short too, holds its closer within a few characters of its start."""
    for piece in pieces:
        head = piece[:12]
        if not piece or re.search(r"[。；;！!？?]", head.split(closer)[0]):
            return False
        if closer in head:
            return True
        if len(piece) > 40:
            return False
    return False


# an inline element a converter set on a line of its own between two pieces of one sentence: a quoted phrase (为我市
# 推进⏎“某某攻坚”⏎行动提供了保障), or a number under the word it belongs to (广义货币M⏎2⏎增长, 以PM⏎2.5⏎浓度, 排名第⏎9⏎位)
_QUOTED_ALONE = re.compile(r"“[^“”\n]{1,30}”")
_NUMBER_AFTER = re.compile(r"(?:[\u4e00-\u9fff][A-Za-z]{1,4}|第)$")
# …and the line after it, which goes on with the sentence (a word, a clause's mark, a closer)
_GOES_ON = re.compile(r"[\u4e00-\u9fff，,、。）)”》]")
# a linked word alone on its line (高速铁路, 第四代移动通信), under a line of prose cut mid-sentence (…持续提升。新建),
# never a photo's credit (记者某某 摄)
_LINKED_WORD = re.compile(r"[\u4e00-\u9fff]{2,16}")
# an inline item's marker alone on its line (一是, 二要：)
_MARKER_ALONE = re.compile(r"[一二三四五六七八九十]{1,3}[是要][，,：:]?")
# a word a sentence never stops on: a preposition or a conjunction whose object is still to come
# (never the last character of a word that ends a phrase: 方向, 目的, 存在, 祥和, 普及, 参与, 实事求是)
_WANTS_OBJECT = re.compile(
    r"(?:针对|对于|关于|根据|按照|依照|围绕|通过|经过|坚持|把"
    r"|(?<!求)是|(?<![大名老干主战])将|(?<![方导取动意倾志走去流风转])向|(?<![参给赋授赠])与"
    r"|(?<![总缓平温调祥柔谦随暖共讲附])和|(?<![普涉波危顾推企遍]|不)及|(?<![目有别似])的"
    r"|(?<![存所现实自潜内外健])在|(?<![盲随侍仆])从)$"
)
_PROSE_CUT = re.compile(r"[，,。、；;][^，,。、；;\n]{0,40}(?<!摄)(?<=[\u4e00-\u9fff”])$")


def _rejoin_continued(paragraphs: list[str]) -> list[str]:
    """Paragraphs with each line that continues the one above joined back to it: a line that opens with a clause's
    mark under a line that ends mid-sentence, a number alone on a line with the unit that opens the next, a
    number ending a line of prose with the unit that opens the next, and the pieces of an inline element between a
    bracket a line left open and its closer."""
    joined: list[str] = []
    glue = False  # the line above was a number alone, its unit on this line
    for index, line in enumerate(paragraphs):
        number = (
            _NUMBER_ALONE.fullmatch(line) is not None
            and index + 1 < len(paragraphs)
            and _UNIT_NEXT.match(paragraphs[index + 1]) is not None
        )
        if line and joined and not joined[-1]:
            above = len(joined) - 1
            while above > 0 and not joined[above]:
                above -= 1
            # (达到74.4⏎\u200b⏎万亿元: the blank a zero-width line left is no paragraph's end)
            if _UNIT_CUT_OFF.search(joined[above] + line[:2]):
                del joined[above + 1 :]
        closer = _unclosed(joined[-1]) if joined and line else None
        if (
            glue
            or (joined and line and _UNIT_CUT_OFF.search(joined[-1] + line[:2]))
            # (a number a line break cut in two, a sentence's words before it and its unit after: 主持召开202⏎1年第3次)
            or (joined and line and _digits_cut(joined[-1]) and _DIGITS_GO_ON.match(line))
            # (an inline element a converter put on lines of its own: 细颗粒物（PM⏎2.5⏎）浓度…, 根据《⏎建议⏎》精神)
            # (a line can open on a closer only as the rest of an element left open above, however long its title:
            # 制定了《⏎企业国有资产监督管理暂行条例⏎》等28部行政法规)
            or (joined and line and _still_open(joined[-1], line[0]))
            or (
                closer is not None
                and (
                    line.startswith(closer)
                    or (
                        len(line) <= 40
                        and not re.search(r"[。；;！!？?]", line)
                        and index + 1 < len(paragraphs)
                        and paragraphs[index + 1].startswith(closer)
                    )
                    # (…in several pieces, the closer inside the last: 实施纲要(⏎2015⏎-⏎2020年)》的要求)
                    or _closed_within(paragraphs[index : index + 4], closer)
                )
            )
            or (
                joined
                and line
                and (_CONTINUED.match(line) or number or _COUNT_OPENS.match(line))
                and _MID_SENTENCE.search(joined[-1])
                and not re.match(_NUMBER_MARK, joined[-1])
                and not (number and (joined[-1].endswith(SENTENCE_END) or _NUMBER_ALONE.fullmatch(joined[-1])))
                # (…never two numbers run into one: a table's row number on its line, 45, over its task 15条河流…;
                # a number a break cut in two is the rule of a cut number above, with the words before it)
                and not (joined[-1][-1:].isdigit() and line[:1].isdigit())
            )
        ):
            joined[-1] += line
        else:
            joined.append(line)
        glue = number
    return joined


def _rejoin_inline(paragraphs: list[str]) -> list[str]:
    """Paragraphs with the inline elements a converter set on lines of their own put back in their sentence: a
    quoted phrase or a number alone on a line between two pieces of one sentence (``_QUOTED_ALONE``,
    ``_NUMBER_AFTER``), a clause's mark opening the line after a quoted or bracketed element (“四个意识”⏎、坚定),
    and the line after one that stops at a comma.
    A pass of its own, after ``_rejoin_continued`` has made each quoted element whole (“⏎某某攻坚⏎”)."""
    # a page whose linked words each stood on a line of their own (新建⏎高速铁路⏎投产里程超过1900公里): twice or more,
    # or a short heading under a paragraph that lost its last 。 would be taken for one
    linked = {
        index
        for index in range(1, len(paragraphs) - 1)
        if _LINKED_WORD.fullmatch(paragraphs[index])
        and _PROSE_CUT.search(paragraphs[index - 1])
        and _GOES_ON.match(paragraphs[index + 1])
        and re.search(r"[，,。、；;]", paragraphs[index + 1])
    }
    if len(linked) < 2:
        # (one alone, when the line above stops on a word that needs what follows: 针对⏎收容遣送⏎工作中存在的问题)
        linked = {index for index in linked if _WANTS_OBJECT.search(paragraphs[index - 1])}
        linked_page = False
    else:
        linked_page = True
    joined: list[str] = []
    glue = False  # the line above was an inline element alone: this one goes on with its sentence
    for index, line in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        inline = index in linked or (
            bool(joined)
            and _GOES_ON.match(following) is not None
            and not HEADING_START.match(following)
            and (
                (_QUOTED_ALONE.fullmatch(line) is not None and re.search(r"[\u4e00-\u9fff]$", joined[-1]) is not None)
                or (_NUMBER_ALONE.fullmatch(line) is not None and _NUMBER_AFTER.search(joined[-1]) is not None)
            )
        )
        if (
            joined
            and line
            and (
                glue
                or inline
                or (re.match(r"[，,、]", line) and re.search(r"[”）)》]$", joined[-1]))
                # (on such a page, any line under prose cut mid-sentence: 新建改建⏎高速公路6700多公里)
                or (
                    linked_page
                    and _PROSE_CUT.search(joined[-1]) is not None
                    and not HEADING_START.match(line)
                    and not _ITEM_START.match(line)
                )
                # (under an item's marker alone, 一是⏎发行1000亿元长期国债: the item it opens)
                or (_MARKER_ALONE.fullmatch(joined[-1]) is not None and not HEADING_START.match(line))
                # (under prose cut on a word that needs what follows: 企业整顿的关键是三条。一条是⏎建立起好的领导班子)
                or (
                    # (asked of the line's last two characters, the longest word it ends on: a paragraph's length
                    # never costs the search)
                    _WANTS_OBJECT.search(joined[-1], max(0, len(joined[-1]) - 2)) is not None
                    and _PROSE_CUT.search(joined[-1]) is not None
                    and not HEADING_START.match(joined[-1])
                    and not HEADING_START.match(line)
                    and not _ITEM_START.match(line)
                )
                # (a line that stops at a comma: 一年来，⏎市政府在…领导下; never onto a field under a cut copy,
                # …一件事一次办套餐2个,⏎来源：某某普法)
                or (
                    re.search(r"[\u4e00-\u9fff][，,]$", joined[-1])
                    # (…never an addressee's list of bodies that ends on a comma: 各县（市、区）人民政府，市政府各部门，)
                    and not re.search(r"(?:政府|部门|单位|机关|局|委|办|院|厅)[，,]$", joined[-1])
                    and not HEADING_START.match(line)
                    and not _ITEM_START.match(line)
                    and not re.match(r"[^，,。；;\s]{1,8}[:：]", line)
                )
            )
        ):
            joined[-1] += line
        else:
            joined.append(line)
        glue = inline
    return joined


# A portal's navigation tree copied with the page (政策 / + / 上级文件 / 规范性文件 / … / 统计数据 / + / 统计快报 …): a
# long run of short labels one a line (an icon font's private characters around some), with the expanders (+, -)
# its branches open by. Read as text, a label that names a plan (年度工作计划及总结) made every label under it a
# plan of the report, and a label the page's title.
_MENU_LABEL = re.compile(r"[\u4e00-\u9fff\ue000-\uf8ff“”、，（）()·]{1,40}|[+＋\-－]")
_EXPANDER = re.compile(r"[+＋\-－]")
_MENU_RUN = 12  # labels, two of them expanders at least
_LONG_MENU_RUN = 40  # …or labels alone: no report lists forty short lines of words with no number and no stop


def _drop_menu_runs(text: str) -> str:
    """``text`` without the runs of a site's navigation labels (see ``_MENU_LABEL``). A table pasted one cell a line
    keeps its rows: its numbers break the run."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (not lines[j].strip() or _MENU_LABEL.fullmatch(lines[j].strip())):
            j += 1
        labels = [line.strip() for line in lines[i:j] if line.strip()]
        expanders = sum(1 for label in labels if _EXPANDER.fullmatch(label))
        if len(labels) >= _LONG_MENU_RUN or (len(labels) >= _MENU_RUN and expanders >= 2):
            i = j
            continue
        out.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return "\n".join(out) if len(out) != len(lines) else text


def clean(raw: str, *, keep_script: bool = False) -> CleanedText:
    """Clean ``raw`` into paragraphs, one per line, with no blank lines."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        # a lone surrogate (a str decoded with surrogateescape from bytes cut mid-character) encodes to no UTF-8,
        # and the script converter and every writer need UTF-8: the replacement character stands in for it
        text = _SURROGATE.sub("\ufffd", text)
    if "[/" in text:
        # (a block's closing tag ends its paragraph: [/align], [/p], [/quote])
        text = _BBCODE.sub(
            lambda m: "\n" if re.fullmatch(r"\[/(?:align|p|quote|tr|list)\]", m.group(), re.I) else "", text
        )
    if "<" in text or "&" in text:
        text = _STRAY_TAG.sub("", text)
        text = _STRAY_ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if "\u200b" in text or "\ufeff" in text:
        text = _ZERO_WIDTH_LINE.sub(_join_zero_width, text)
    text = _markdown_tables(text)
    text = _translated(text)
    text = _LETTER_ZERO_YEAR.sub(lambda m: m.group().translate(_LETTER_ZERO), text)
    text = _SHARED_PAGE.sub("", text)
    text = _drop_page_numbers(text)
    text = _INSERTED_SYMBOL.sub("", text)
    text = _CREDIT_ON_NEXT_LINE.sub(r"\1\2", text)
    text = _DATE_ON_LEAD.sub("\n", text)
    text = _LOST_CHARACTER.sub("", text)
    text = _BROKEN_MARKER.sub(r"\1", text)
    text = _strip_watermarks(text)
    text = _strip_spam_brand(text)
    # first, so that line widths are the ones the text was wrapped at and debris split by a wrap is whole again
    text = strip_lost_indent(text)
    raw_lines = text.split("\n")  # an indent counts towards the width the viewer wrapped at
    stripped = join_page_chunks(_table_rows_kept(_stacked_tables([_stripped(line) for line in raw_lines])))
    if len(stripped) != len(raw_lines):
        raw_lines = stripped  # the slices were one paragraph: their widths say nothing of a wrap
    # (a mirror's readings go before a run-on copy is cut: 報(bào)告 is a title word only without them)
    paragraphs = _rejoin_inline(_rejoin_continued([_PINYIN.sub("", line) for line in unwrap(stripped, raw_lines)]))
    source_script: Optional[Script] = None  # the source's script, when it is read before cleaning
    if run_on(paragraphs) and detect_script(joined := "\n".join(paragraphs)) is Script.traditional:
        # a traditional-script copy that lost its line breaks (…報告惠府〔2025〕9號2024年以來) is cut where the
        # simplified words of its fields, numbers and headings stand; its cleaned text is simplified in the end anyway,
        # unless the script is kept: then the same cuts are made in the traditional text
        simplified = to_simplified(joined)
        if keep_script:
            text = "\n".join(
                _cut_as(joined, simplified, split_run_on(simplified.split("\n"))) or split_run_on(paragraphs)
            )
        else:
            source_script = Script.traditional
            text = "\n".join(split_run_on(simplified.split("\n")))
    else:
        text = "\n".join(split_run_on(paragraphs))
    if "\u3000" in text:
        text = "\n".join(piece for line in text.split("\n") for piece in split_indents(line))
    text = _DOUBLED_COMMA.sub("", _BOOKMARK.sub("", text))
    text = _SOURCE_THEN_HEADLINE.sub("\\1\n", text)
    text = _strip_bare_pinyin(_PINYIN.sub("", text))
    text = _GLUED_DOMAIN.sub("", text)
    text = _LOST_XIAN.sub(lambda m: "。現" if text[m.end()] == "將" else "。现", text)
    lines: list[str] = []
    removed: list[str] = []
    page_date: Optional[tuple[int, str]] = None  # where the page's date line stood among the kept lines, its date
    source_row: Optional[tuple[int, str]] = None  # …and an organ the page names as its source in a row of furniture
    empty_field = False  # the line before was a source or author field with its value on the next line
    prose_seen = False  # a sentence was kept: the page's head, where its own date line stands, is over
    # a mirror's furniture in traditional script (發佈日期:…) is furniture too; converting each line to read it costs
    # 40% of cleaning, so only a text that has a character t2s changes (one call on the whole text) pays for it
    traditional = not text.isascii() and _t2s().convert(text) != text

    def words(line: str) -> str:
        """A line in simplified words, as furniture, titles and leads are judged (發佈機構 as 发布机构, 報告 as 报告)."""
        return to_simplified(line) if traditional and not line.isascii() else line

    text = _EMPTY_CELLS.sub("\n", text)
    text = _drop_menu_runs(text)
    spaced_digits = len(_SPACED_DIGITS.findall(text)) >= 2  # (a page that spaces its digits does so throughout)
    for line in text.split("\n"):
        # (spaces collapse, but the gap between a table's cells stays one tab: 法规科 ⇥2024年 is two cells, never one)
        line = re.sub(r" {2,}", " ", _cell_row(line) if "\t" in line else line.strip())
        if "|" in line or "｜" in line:
            # (…once the lines are joined: the bars kept 10 | and 1424.4万元 | apart as cells)
            line = _CELL_BARS.sub(r"\1", line)
        if " " in line or "\t" in line:  # (most lines of Chinese prose have none: no date in them to join)
            if spaced_digits:
                line = _SPACED_DIGIT_RUN.sub(_unspaced, line)
            line = _SPACED_DATE.sub(_unspaced, line)
            line = _SPACED_GENRE.sub(_unspaced, line)
        if not line:
            continue
        # (a traditional line is judged in simplified words: its issuer's row, 發佈機構, is kept as 发布机构 is)
        simple = words(line)
        if _is_boilerplate(simple) or (len(lines) < _HEAD_LINES and _marquee(simple)):
            removed.append(line)
            # (of two date rows with nothing kept between them, a repost's over the original's, the one nearer the
            # lead: 发布时间：2023-03-20 来源：本网 / 来源:某局 作者:某某 发布时间:2021-03-16 / 3月11日，…; never a
            # row of the page's later update, 更新时间：…, under its date of posting)
            if (
                (not page_date or (page_date[0] == len(lines) and not re.search(r"更新|修改|修订", simple)))
                # (…or below a longer head that holds no prose yet: a news site's hotline row, its list of apps and
                # accounts one a line, then the headline, its subtitle and the date row)
                and (len(lines) < _HEAD_LINES or not prose_seen)
                and (date_field := _PAGE_DATE_FIELD.search(simple))
            ):
                # (the date alone after a source or a bracket; a date field with its label)
                at = (
                    date_field.start("date")
                    if date_field.group("source") or date_field.group("open")
                    else date_field.start()
                )
                page_date = (len(lines), line[at : date_field.end()])
            if (
                not source_row
                and len(lines) < _HEAD_LINES
                and (field := _ORGAN_SOURCE.search(simple))
                # (a dated row is the page's date line, its source kept beside the date when it names an organ after
                # the date, or runs into it: 时间:2021-03-18 16:40 作者: 某某 来源:某镇人民政府; 来源:某部2022-01-06 12:44)
                and (
                    not (dated := re.search(r"(?:19|20)\d{2}\s*[-/.年]", simple))
                    or (
                        page_date is not None
                        and page_date[0] == len(lines)
                        and (field.start() > dated.start() or field.end() == dated.start())
                    )
                    # (…or before the date, on a row not kept as the page's date line: 信息来源:某镇人民政府 发布日期:…
                    # under a document's title)
                    or field.end() <= dated.start()
                )
            ):
                source_row = (len(lines), line[field.start() : field.end()])
            empty_field = bool(_EMPTY_SOURCE_FIELD.fullmatch(simple))
            continue
        if empty_field and len(lines) < _HEAD_LINES and _SHORT_VALUE.fullmatch(line) and not _org_like(line):
            removed.append(line)  # 文章来源:⏎局政策法规处: the value of a field left on a line of its own, no headline
            empty_field = False
            continue
        empty_field = False
        lines.append(line)
        prose_seen = prose_seen or "。" in line
    # Metadata bullets at the head of a CMS page (• agency, • title): drop them when the title follows.
    if (
        page_date
        and page_date[0] < len(lines)
        and (
            _DAY_LEAD.match(words(lines[lead := _lead_below(lines, page_date[0])]))
            # (…or any prose under a headline: under a document's title, 某局2023年法治政府建设情况报告, the row is
            # the posting's date, not the document's, and stays furniture)
            or (
                _PROSE_LEAD.match(lines[lead])
                and not (page_date[0] and _TITLE_END.search(words(lines[page_date[0] - 1])))
            )
        )
    ):
        kept: list[tuple[int, str]] = [page_date]  # kept alone: its source, editor and counters are furniture
    else:
        kept = []
    if source_row and not any(
        _SOURCE_ONLY.fullmatch(line) and _ORGAN_SOURCE.match(line) for line in lines[:_HEAD_LINES]
    ):
        # 时间: 来源:某省文化和旅游厅 作者:佚名 点击:: a row of empty fields whose source names an organ keeps that
        # field, the publisher the agency may be stated by nowhere else (a source-only line naming an organ is kept
        # already; an account's 来源：某某普法 is none), also when the page's own date line (发布时间：… 来源：本网) is kept
        kept.append(source_row)
    # (the later row first, so the earlier one's index still holds; at one index the date goes above the source)
    for at, row in sorted(reversed(kept), key=lambda k: k[0], reverse=True):
        lines.insert(at, row)
    head = 0
    while head < len(lines) and _BULLET_META.match(lines[head]):
        head += 1
    if (
        head < len(lines)
        and len(lines[head]) <= 60
        and "。" not in lines[head]
        # (a date row is no title: • 某校要闻 / • 某中心挂牌仪式举行 / 发稿时间:2021-06-29 — the bullets are the
        # page's column and the item's headline)
        and not re.match(r"\s*(?:发稿|发布|更新)?(?:时间|日期)\s*[:：]", lines[head])
    ):
        removed += lines[:head]  # (the title follows them: the bullets were the page's metadata)
        del lines[:head]
    else:
        # …but bullets over the item's prose are its own headline and date row (• 某市…发布会 / • 发布时间:… / • 11月5日，…)
        lines[:head] = [line.lstrip("•").strip() for line in lines[:head]]
    cleaned = "\n".join(lines)
    script = source_script or detect_script(cleaned)
    if script is Script.simplified:
        return CleanedText(cleaned, script, script, removed)
    simplified = to_simplified(cleaned)
    if keep_script:
        return CleanedText(cleaned, script, Script.traditional, removed, analysis_text=simplified)
    return CleanedText(simplified, script, Script.simplified, removed)
