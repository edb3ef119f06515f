"""Build test inputs (encodings, HTML pages, DOCX, PDF, binary junk) from the seed reports in ``tests/fixtures``.

Everything is generated at test time so the tests show exactly what each input contains.
"""

from __future__ import annotations

import html
import io
import re
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Where Debian's fonts-wqy-microhei puts its font (the first entry); others are accepted when present.
CJK_FONT_PATHS: tuple[tuple[Path, int], ...] = (
    (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
    (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
)
CJK_FONT_PACKAGE = "fonts-wqy-microhei"

_WHITESPACE = re.compile(r"[\s\u00a0\u3000]+")


# --- seeds -----------------------------------------------------------------------------------------------------------


def seed_path(number: int) -> Path:
    (path,) = FIXTURES.glob(f"{number:03d}_*.txt")
    return path


def seed_text(number: int) -> str:
    return seed_path(number).read_text(encoding="utf-8")


def seed_paragraphs(number: int) -> list[str]:
    """Non-blank lines of a seed, stripped."""
    return [line.strip() for line in seed_text(number).splitlines() if line.strip()]


def squash(text: str) -> str:
    """Text without any whitespace (ASCII, NBSP, ideographic space): compare content, not layout."""
    return _WHITESPACE.sub("", text)


def encodable(text: str, codec: str) -> str:
    """``text`` without the characters ``codec`` cannot encode (seed 000 has one, 椤, outside Big5-HKSCS)."""
    return "".join(char for char in text if _can_encode(char, codec))


def _can_encode(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def full_width_digits(text: str) -> str:
    return text.translate({ord("0") + digit: 0xFF10 + digit for digit in range(10)})


# --- HTML ------------------------------------------------------------------------------------------------------------

NAV_ITEMS = ("网站首页", "政务公开", "政务服务", "互动交流", "走进金普", "专题专栏")
BREADCRUMB = "首页 > 政务公开 > 法治政府建设 > 正文"
FOOTER = (
    "主办单位：大连金普新区管委会办公室",
    "网站标识码：2102130001",
    "辽ICP备05001234号-1",
    "技术支持：某某信息技术有限公司",
)
SCRIPT_TEXT = "脚本里的统计代码不应出现"
TOOL_LINES = ("【字体：大 中 小】 【打印本页】 【关闭窗口】", "分享到：微信 微博 QQ空间")


def gov_page(paragraphs: list[str], *, title: str, layout: str, charset: str = "gbk") -> bytes:
    """A government CMS article page encoded in ``charset`` and declaring it in ``<meta>``.

    ``layout``: ``"trs"`` puts the report in ``<div class="TRS_Editor">``; ``"div"`` uses class names no extractor
    knows (``wz``/``nr``, pinyin abbreviations as real sites use); ``"table"`` is an old nested-``<table>`` page where
    paragraphs are separated by ``<br>`` inside one cell.
    """
    head = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{html.escape(title)}_大连金普新区</title>\n<style>.nr p {{ text-indent: 2em; }}</style>\n"
        f'<script type="text/javascript">var _hmt = "{SCRIPT_TEXT}";</script>\n</head>\n'
    )
    builder = {"trs": _trs_body, "div": _div_body, "table": _table_body}[layout]
    page = head + builder(paragraphs, title) + "</html>\n"
    return page.encode(charset)


def _nav_html() -> str:
    links = "".join(f'<li><a href="/c{index}/">{item}</a></li>' for index, item in enumerate(NAV_ITEMS))
    return f'<div class="dh"><ul>{links}</ul></div>\n'


def _crumb_html() -> str:
    parts = [html.escape(part) for part in BREADCRUMB.split(" > ")]
    return '<div class="mbx">' + " &gt; ".join(f'<a href="#">{part}</a>' for part in parts) + "</div>\n"


def _footer_html() -> str:
    return '<div class="bq">' + "".join(f"<p>{item}</p>" for item in FOOTER) + "</div>\n"


def _tools_html() -> str:
    return "".join(f'<div class="gn">{line}</div>' for line in TOOL_LINES) + "\n"


def _trs_body(paragraphs: list[str], title: str) -> str:
    body = "".join(f"<p>&nbsp;&nbsp;{html.escape(paragraph)}</p>\n" for paragraph in paragraphs)
    return (
        "<body>\n"
        + _nav_html()
        + _crumb_html()
        + f'<div class="main"><h1 class="article-title">{html.escape(title)}</h1>\n'
        + '<div class="info">来源：卫生健康局　发布时间：2026-01-20</div>\n'
        + f'<div class="TRS_Editor">\n{body}</div>\n'
        + _tools_html()
        + "</div>\n"
        + f"<script>document.write('{SCRIPT_TEXT}');</script>\n"
        + _footer_html()
        + "</body>\n"
    )


def _div_body(paragraphs: list[str], title: str) -> str:
    body = "".join(f"<p>{html.escape(paragraph)}</p>\n" for paragraph in paragraphs)
    return (
        "<body>\n"
        + _nav_html()
        + _crumb_html()
        + f'<div class="wz"><h1>{html.escape(title)}</h1>\n<div class="sj">发布时间：2026-01-20</div>\n'
        + f'<div class="nr">\n{body}</div>\n'
        + _tools_html()
        + "</div>\n"
        + _footer_html()
        + "</body>\n"
    )


def _table_body(paragraphs: list[str], title: str) -> str:
    nav = "".join(f'<td><a href="/c{index}/">{item}</a></td>' for index, item in enumerate(NAV_ITEMS))
    menu = "".join(f'<tr><td><a href="/m{index}/">{item}</a></td></tr>' for index, item in enumerate(NAV_ITEMS))
    body = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(paragraph)}" for paragraph in paragraphs)
    footer = "<br>".join(FOOTER)
    return (
        '<body>\n<table width="1000" align="center">\n'
        f'<tr><td colspan="2"><table><tr>{nav}</tr></table></td></tr>\n'
        f'<tr><td colspan="2">{html.escape(BREADCRUMB)}</td></tr>\n'
        f'<tr><td width="200" valign="top"><table>{menu}</table></td>\n'
        f'<td valign="top"><table width="100%"><tr><td align="center"><b>{html.escape(title)}</b></td></tr>\n'
        f"<tr><td>{body}</td></tr>\n<tr><td>{TOOL_LINES[0]}</td></tr></table></td></tr>\n"
        f'<tr><td colspan="2" align="center">{footer}</td></tr>\n</table>\n'
        f"<script>document.write('{SCRIPT_TEXT}');</script>\n</body>\n"
    )


# --- DOCX ------------------------------------------------------------------------------------------------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ABSTRACT_ID, NUM_ID, RESTARTED_NUM_ID, STYLE_NUM_ID = 90, 90, 91, 92

# (ilvl, numFmt, lvlText): 一、 / （一） / 1. / （1）, the usual levels of a Chinese government report.
REPORT_LEVELS = (
    (0, "chineseCounting", "%1、"),
    (1, "chineseCounting", "（%2）"),
    (2, "decimal", "%3."),
    (3, "decimal", "（%4）"),
)


def _abstract_num_xml(abstract_id: int, levels: tuple[tuple[int, str, str], ...], style: str | None = None) -> str:
    level_xml = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + (f'<w:pStyle w:val="{style}"/>' if style and ilvl == 0 else "")
        + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for ilvl, fmt, text in levels
    )
    return f'<w:abstractNum xmlns:w="{_W_NS}" w:abstractNumId="{abstract_id}">{level_xml}</w:abstractNum>'


def _num_xml(num_id: int, abstract_id: int, restart_level: int | None = None) -> str:
    override = (
        f'<w:lvlOverride w:ilvl="{restart_level}"><w:startOverride w:val="1"/></w:lvlOverride>'
        if restart_level is not None
        else ""
    )
    return f'<w:num xmlns:w="{_W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'


def add_numbering(document, abstract_xml: str, num_xmls: list[str]) -> None:  # noqa: ANN001
    """Append an abstractNum (before the first ``w:num``, as the schema wants) and its ``w:num`` instances."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{_W_NS}}}num")
    abstract = parse_xml(abstract_xml)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    for num_xml in num_xmls:
        numbering.append(parse_xml(num_xml))


def number_paragraph(paragraph, num_id: int, ilvl: int) -> None:  # noqa: ANN001
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


# The outline of the numbered DOCX: (ilvl or None for body text, text). Prefixes are what Word shows.
DOCX_OUTLINE: tuple[tuple[int | None, str, str], ...] = (
    (
        (None, "", "2025年，金普新区卫生健康局扎实推进法治政府建设。现将有关情况报告如下："),
        (0, "一、", "2025年推进法治政府建设的主要举措和成效"),
        (1, "（一）", "强化政治引领，夯实法治建设根基"),
        (2, "1.", "筑牢思想共识"),
        (2, "2.", "压实工作责任"),
        (3, "（1）", "组织专题学习24学分"),
        (3, "（2）", "开展执法检查611起"),
        (2, "3.", "完善制度体系"),
        (None, "", "全年办理行政复议案件51件。"),
        (1, "（二）", "严格规范公正文明执法"),
        (2, "1.", "推行行政执法三项制度"),
        (0, "二、", "存在的不足和原因"),
        (1, "（一）", "法治与业务融合不够深入"),
        (1, "（二）", "执法队伍素养有待提升"),
        (0, "三、", "党政主要负责人履行推进法治建设第一责任人职责情况"),
        (0, "四、", "2026年推进法治政府建设的主要安排"),
    )
    + tuple((1, f"（{numeral}）", f"第{numeral}项安排") for numeral in "一二三四五六七八九十")
    + (
        (1, "（十一）", "第十一项安排"),
        (1, "（十二）", "第十二项安排"),
    )
)


def numbered_docx() -> tuple[bytes, list[str]]:
    """A DOCX whose headings carry real Word numbering; returns the bytes and the lines Word would show.

    Also holds a table (after the outline), a second list instance restarted with ``w:startOverride``, and a
    ``Heading 1``-style paragraph numbered through its style (``w:pStyle`` link), as Word templates do.
    """
    import docx

    document = docx.Document()
    add_numbering(
        document,
        _abstract_num_xml(ABSTRACT_ID, REPORT_LEVELS),
        [_num_xml(NUM_ID, ABSTRACT_ID), _num_xml(RESTARTED_NUM_ID, ABSTRACT_ID, restart_level=0)],
    )
    expected: list[str] = []
    for ilvl, prefix, text in DOCX_OUTLINE:
        paragraph = document.add_paragraph(text)
        if ilvl is not None:
            number_paragraph(paragraph, NUM_ID, ilvl)
        expected.append(prefix + text)

    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("指标", "数量"), ("行政处罚案件", "27起"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    expected += ["指标\t数量", "行政处罚案件\t27起"]

    for prefix, text in (("一、", "附件说明"), ("二、", "附表说明")):
        number_paragraph(document.add_paragraph(text), RESTARTED_NUM_ID, 0)
        expected.append(prefix + text)

    _style_numbering(document)
    for prefix, text in (("一、", "样式编号的标题"), ("二、", "第二个样式编号的标题")):
        document.add_paragraph(text, style="Heading 1")
        expected.append(prefix + text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), expected


_CN_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3})、")
_CN_PAREN_HEADING = re.compile(r"^[(（]([一二三四五六七八九十]{1,3})[)）]")
SEED_NUM_ID = 93


def seed_docx(number: int) -> bytes:
    """A seed report as Word would hold it: ``一、`` and ``（一）`` headings carry automatic numbering (the marker text
    is removed from the paragraph and lives only in numbering.xml); everything else is plain paragraphs.

    Only where Word would show the seed's own number: Word counts on by itself and restarts ``（一）`` after each
    ``一、``, so a heading whose number does not follow (seed 003 numbers its ``（N）`` across parts and repeats some)
    keeps its marker typed, as its author must have typed it."""
    import docx

    from summarizer.numbers import parse_chinese_numeral

    document = docx.Document()
    add_numbering(document, _abstract_num_xml(SEED_NUM_ID, REPORT_LEVELS), [_num_xml(SEED_NUM_ID, SEED_NUM_ID)])
    counters = [0, 0]
    for line in seed_paragraphs(number):
        level, rest = None, line
        for candidate, pattern in enumerate((_CN_HEADING, _CN_PAREN_HEADING)):
            if (m := pattern.match(line)) and parse_chinese_numeral(m.group(1)) == counters[candidate] + 1:
                level, rest = candidate, line[m.end() :]
                counters[candidate] += 1
                counters[candidate + 1 :] = [0] * (1 - candidate)
                break
        paragraph = document.add_paragraph(rest)
        if level is not None:
            number_paragraph(paragraph, SEED_NUM_ID, level)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _style_numbering(document) -> None:  # noqa: ANN001
    """Number ``Heading 1`` through its style: numPr in the style, level linked back with ``w:pStyle``."""
    add_numbering(
        document,
        _abstract_num_xml(STYLE_NUM_ID, REPORT_LEVELS[:1], style="Heading1"),
        [_num_xml(STYLE_NUM_ID, STYLE_NUM_ID)],
    )
    style_ppr = document.styles["Heading 1"].element.get_or_add_pPr()
    num_pr = style_ppr.get_or_add_numPr()
    num_pr.get_or_add_numId().val = STYLE_NUM_ID


# --- PDF -------------------------------------------------------------------------------------------------------------

PDF_TITLE = "金普新区卫生健康局2025年度法治政府建设情况报告"
PDF_PARAGRAPHS = (
    "2025年，金普新区卫生健康局在党工委、管委会的坚强领导下，深入贯彻落实全面依法治国决策部署，以习近平法治思想为根本遵循，"
    "扎实推进法治政府建设各项工作，将法治思维和法治方式贯穿履职全过程。",
    "一、主要举措和成效",
    "全年组织干部职工参加法治培训6828人次，完成行政执法检查2149车次、4238户次，办理行政处罚案件611起，"
    "罚没款105.2879万元，行政复议和行政诉讼案件零纠错。",
    "二、存在的不足",
    # long enough to run from page 1 onto page 2: the two halves must be rejoined
    "法治与业务融合不够深入，部分科室对法治建设重要性认识不足，存在重业务轻法治的倾向；执法队伍素养有待提升，"
    "执法人员法律知识更新不及时，运用法治思维解决问题的能力不强；普法工作实效不佳，普法形式较为单一，"
    "针对性和吸引力不足，群众参与度不高；监督问责机制不健全，对行政执法的日常监督不够有力，"
    "问题整改跟踪问效不够到位，需要在下一年度重点加以改进和完善，确保各项工作落到实处、取得实效。",
)
LETTER_SPACED = "全年开展普法宣传活动60余次"
PDF_TAIL = "特此报告。"


class PdfWriter:
    """Draws a report line by line like a word processor: A5 landscape (595×420 pt), 12 pt body wrapped by measured
    width inside 72 pt margins, each paragraph's first line indented two characters, a centred 16 pt title, a
    ``- N -`` footer 40 pt above the bottom edge, and body lines stopping 120 pt above it (paragraphs run over page
    breaks)."""

    size, left, width, leading = 12.0, 72.0, 451.0, 20.0

    def __init__(self, font: tuple[Path, int]):
        from fpdf import FPDF

        self.pdf = FPDF(unit="pt", format=(595.28, 419.53))
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("cjk", fname=str(font[0]), collection_font_number=font[1])
        self.page_bottom = self.pdf.h - 120
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_font("cjk", size=10)
        number = f"- {pdf.page_no()} -"
        pdf.text((pdf.w - pdf.get_string_width(number)) / 2, pdf.h - 40, number)
        pdf.set_font("cjk", size=self.size)
        self.y = 90.0

    def line(self, text: str, x: float) -> None:
        if self.y > self.page_bottom:
            self.new_page()
        self.pdf.text(x, self.y, text)
        self.y += self.leading

    def title(self, text: str) -> None:
        pdf = self.pdf
        pdf.set_font("cjk", size=16)
        pdf.text((pdf.w - pdf.get_string_width(text)) / 2, self.y, text)
        self.y += 36
        pdf.set_font("cjk", size=self.size)

    def paragraph(self, text: str, short_end: bool = False) -> None:
        for index, chunk in enumerate(_wrap(self.pdf, text, self.width, indent=2 * self.size, short_end=short_end)):
            self.line(chunk, self.left + (2 * self.size if index == 0 else 0))

    def letter_spaced(self, text: str) -> None:
        """One glyph at a time, half a character apart."""
        if self.y > self.page_bottom:
            self.new_page()
        x = self.left + 2 * self.size
        for char in text:
            self.pdf.text(x, self.y, char)
            x += self.pdf.get_string_width(char) + self.size / 2
        self.y += self.leading

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def report_pdf(font: tuple[Path, int]) -> tuple[bytes, list[str]]:
    """A two-page report drawn by :class:`PdfWriter`; returns bytes and expected lines.

    One paragraph is letter-spaced and must load as ``…60余次``; each page's ``- N -`` footer must be dropped; the last
    long paragraph runs over the page break and must be rejoined.
    """
    writer = PdfWriter(font)
    writer.title(PDF_TITLE)
    for paragraph in PDF_PARAGRAPHS:
        writer.paragraph(paragraph, short_end=True)
    writer.letter_spaced(LETTER_SPACED)
    writer.paragraph(PDF_TAIL, short_end=True)
    return writer.output(), [PDF_TITLE, *PDF_PARAGRAPHS, LETTER_SPACED, PDF_TAIL]


def seed_pdf(number: int, font: tuple[Path, int]) -> bytes:
    """A seed report as a PDF: its first line as the title when it is one, every other line a paragraph."""
    writer = PdfWriter(font)
    for paragraph in seed_paragraphs(number):
        writer.paragraph(paragraph)
    return writer.output()


def _wrap(pdf, text: str, width: float, *, indent: float, short_end: bool = False) -> list[str]:  # noqa: ANN001
    """Break ``text`` into lines that fill ``width`` (the first one less ``indent``), as a word processor would.

    ``short_end``: insist that the last line ends well short of the margin (the loader may use either cue)."""
    lines, current, limit = [], "", width - indent
    for char in text:
        if current and pdf.get_string_width(current + char) > limit:
            lines.append(current)
            current, limit = "", width
        current += char
    lines.append(current)
    if short_end:
        assert pdf.get_string_width(lines[-1]) < width - 3 * 12, "last line must end short of the margin"
    return lines


def blank_pdf() -> bytes:
    """A PDF page with a drawn rectangle and no text at all, like a scan without OCR."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(72, 72, 300, 400, style="F")
    return bytes(pdf.output())


def find_cjk_font() -> tuple[Path, int] | None:
    for path, index in CJK_FONT_PATHS:
        if path.is_file():
            return path, index
    return None


# --- binary junk -----------------------------------------------------------------------------------------------------


def png_bytes() -> bytes:
    """A valid 1×1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def zip_bytes() -> bytes:
    """A zip archive holding a text file: not a DOCX."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.txt", seed_text(2))
    return buffer.getvalue()


# --- PDFs from other generators --------------------------------------------------------------------------------------

REPORTLAB_LAYOUTS = ("justified", "narrow", "grid")


def reportlab_pdf(paragraphs: list[str], font: tuple[Path, int], layout: str) -> bytes:
    """The paragraphs as reportlab lays them out, in one of three shapes real report PDFs take.

    ``justified``: A4, 12 pt justified body with a two-character first-line indent, breaking anywhere (CJK wrap),
    so numbers and words are split at the right margin (``7`` / ``0学时``). ``narrow``: a 150 pt column, ragged right,
    no indent, paragraphs told apart only by the space between them, so most lines end short of the margin.
    ``grid``: every line holds exactly 26 characters drawn one by one on a fixed grid (a document grid, as Word and
    WPS draw official documents), digits included, so a number's digits sit in two lines and line ends never show
    a paragraph's end by their length.
    """
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if "cjk" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("cjk", str(font[0]), subfontIndex=font[1]))
    buffer = io.BytesIO()
    if layout == "grid":
        _grid_pdf(buffer, paragraphs)
        return buffer.getvalue()
    if layout == "justified":
        style = ParagraphStyle(
            "body", fontName="cjk", fontSize=12, leading=20, alignment=TA_JUSTIFY, firstLineIndent=24, wordWrap="CJK"
        )
        margins = dict(leftMargin=72, rightMargin=72)
    elif layout == "narrow":
        style = ParagraphStyle(
            "body", fontName="cjk", fontSize=10.5, leading=15, alignment=TA_LEFT, spaceAfter=9, wordWrap="CJK"
        )
        margins = dict(leftMargin=72, rightMargin=A4[0] - 72 - 150)
    else:
        raise ValueError(layout)
    document = SimpleDocTemplate(buffer, pagesize=A4, topMargin=72, bottomMargin=72, **margins)
    document.build([Paragraph(html.escape(paragraph), style) for paragraph in paragraphs])
    return buffer.getvalue()


def _grid_pdf(buffer: io.BytesIO, paragraphs: list[str], per_line: int = 26) -> None:
    """Paragraphs on a document grid of ``per_line`` cells: a Chinese character fills a cell, a digit, Latin letter
    or ASCII sign half of one; a line breaks wherever the grid is full, numbers and words included."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    size, cell, left, top, leading = 14.0, 17.0, 80.0, 80.0, 26.0
    pdf = canvas.Canvas(buffer, pagesize=A4)
    height = A4[1]
    state = {"y": top, "page": 1}

    def footer() -> None:
        pdf.setFont("cjk", 10)
        pdf.drawCentredString(A4[0] / 2, 40, f"— {state['page']} —")
        pdf.setFont("cjk", size)

    def draw(line: list[tuple[float, str]]) -> None:
        if state["y"] > height - 90:
            pdf.showPage()
            state["page"] += 1
            footer()
            state["y"] = top
        for x, char in line:
            pdf.drawString(left + x, height - state["y"], char)
        state["y"] += leading

    pdf.setFont("cjk", size)
    footer()
    for paragraph in paragraphs:
        line: list[tuple[float, str]] = []
        x = 2 * cell  # the first line is indented two cells
        for char in paragraph:
            step = cell if unicodedata.east_asian_width(char) in ("W", "F") else cell / 2
            if x + step > per_line * cell + 0.01:
                draw(line)
                line, x = [], 0.0
            line.append((x, char))
            x += step
        draw(line)
    pdf.save()


SOFFICE = "soffice"


def libreoffice_pdfs(docx: dict[int, bytes], workdir: Path) -> dict[int, bytes]:
    """DOCX files printed to PDF by LibreOffice Writer (one soffice run for all), as a Word or WPS user exports a
    report; Debian's ``libreoffice-writer-nogui``, installed by .ci/run. Justified body text with a first-line indent,
    as official-document templates set it."""
    import subprocess

    sources = []
    for key, data in docx.items():
        sources.append(workdir / f"report-{key}.docx")
        sources[-1].write_bytes(_justified(data))
    profile = workdir / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {key: (workdir / f"report-{key}.pdf").read_bytes() for key in docx}


def _justified(docx_bytes: bytes) -> bytes:
    """The DOCX with every paragraph justified, a two-character first-line indent and a CJK font, as Word
    templates for official documents set them."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document(io.BytesIO(docx_bytes))
    normal = document.styles["Normal"]
    normal.font.name = "WenQuanYi Micro Hei"
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "WenQuanYi Micro Hei")
    for paragraph in document.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Pt(24)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- a document holding a table --------------------------------------------------------------------------------------


_CellPair = tuple[tuple[int, int], tuple[int, int]]


def table_docx(
    before: list[str], rows: list[list[str]], after: Sequence[str] = (), merges: Sequence[_CellPair] = ()
) -> bytes:
    """A Word file: paragraphs, a table of ``rows`` (``merges``: ((row, col), (row, col)) cell pairs merged), then
    paragraphs."""
    import docx

    d = docx.Document()
    for text in before:
        d.add_paragraph(text)
    table = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, cells in enumerate(rows):
        for j, c in enumerate(cells):
            table.cell(i, j).text = c
    for a, b in merges:
        table.cell(*a).merge(table.cell(*b))
    for text in after:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def table_pdf(
    font: tuple[Path, int],
    before: list[str],
    rows: list[list[str]],
    after: Sequence[str] = (),
    widths: list[int] | None = None,
    spans: Sequence[_CellPair] = (),
) -> bytes:
    """A reportlab PDF: paragraphs, a ruled table of ``rows`` (each cell's words wrapped in its column's width;
    ``spans``: ((col, row), (col, row)) cells spanned), then paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "cjk" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("cjk", str(font[0]), subfontIndex=font[1]))
    body = ParagraphStyle("body", fontName="cjk", fontSize=11, leading=18, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="cjk", fontSize=10, leading=14, wordWrap="CJK")
    table = Table(
        [[Paragraph(c, cell) for c in row] for row in rows],
        colWidths=widths,
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), *(("SPAN", a, b) for a, b in spans)]),
    )
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(
        [*(Paragraph(t, body) for t in before), table, *(Paragraph(t, body) for t in after)]
    )
    return out.getvalue()


def cjk_font() -> tuple[Path, int]:
    """The CJK font a PDF test draws with; the test is skipped without one (and fails on CI, which installs it)."""
    import os

    import pytest

    font = find_cjk_font()
    if font is None:
        if os.environ.get("CI"):
            pytest.fail(f"no CJK font: .ci/run installs {CJK_FONT_PACKAGE}")
        pytest.skip(f"no CJK font (apt-get install {CJK_FONT_PACKAGE})")
    return font
