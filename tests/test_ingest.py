"""Tests for ``summarizer.ingest``: every input is built from the seed reports by ``tests/support/builders.py``.

PDF inputs are made with fpdf2 at test time: a 595×420 pt page, text drawn line by line with ``FPDF.text`` in the CJK
font ``/usr/share/fonts/truetype/wqy/wqy-microhei.ttc`` (face 0) from Debian's package ``fonts-wqy-microhei``
(``apt-get install -y fonts-wqy-microhei``; ``.ci/run`` installs it). Body text is 12 pt, wrapped by measured width,
first lines indented two characters, one line drawn glyph by glyph with half-character gaps (letter spacing), a
``- N -`` page-number footer on each page and a paragraph running over the page break. Without the font the PDF
tests are skipped locally and FAIL when the ``CI`` environment variable is set. The "no text layer" PDF is a page
with a filled rectangle only and needs no font.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

import opencc
import pytest
import trafilatura  # noqa: F401 - imported here: urllib3 probes IPv6 with a socket at import, which pytest-socket blocks

from summarizer.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NoTextLayerError,
)
from summarizer.ingest import DEFAULT_MAX_BYTES, LoadedDocument, decode_bytes, format_number, load, load_text

from .support.builders import (
    BREADCRUMB,
    CJK_FONT_PACKAGE,
    CJK_FONT_PATHS,
    FOOTER,
    LETTER_SPACED,
    NAV_ITEMS,
    SCRIPT_TEXT,
    TOOL_LINES,
    blank_pdf,
    encodable,
    find_cjk_font,
    full_width_digits,
    gov_page,
    numbered_docx,
    png_bytes,
    report_pdf,
    seed_paragraphs,
    seed_path,
    seed_text,
    squash,
    zip_bytes,
)

JINPU_TITLE = "金普新区卫生健康局2025年度法治政府建设情况报告"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- plain text in every encoding ------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", range(5))
def test_utf8_seed_loads_verbatim(number: int) -> None:
    loaded = load(seed_path(number))
    assert loaded == LoadedDocument(seed_text(number), seed_path(number).name, "text", "utf-8")


def _s2t_big5(number: int) -> str:
    return encodable(opencc.OpenCC("s2t").convert(seed_text(number)), "big5hkscs")


# (id, text builder, codec to write, encoding load must report)
ENCODED = [
    *[(f"seed{n}-gb18030", lambda n=n: seed_text(n), "gb18030", "gb18030") for n in range(5)],
    ("seed0-big5", lambda: encodable(seed_text(0), "big5hkscs"), "big5hkscs", "big5hkscs"),
    *[(f"seed{n}-s2t-big5", lambda n=n: _s2t_big5(n), "big5hkscs", "big5hkscs") for n in (2, 4)],
    ("seed2-utf16-bom", lambda: seed_text(2), "utf-16", "utf-16"),
    ("seed4-utf16be-bom", lambda: "\ufeff" + seed_text(4), "utf-16-be", "utf-16"),
    ("seed2-utf16le-no-bom", lambda: seed_text(2), "utf-16-le", "utf-16"),
    ("seed1-utf8-bom", lambda: "\ufeff" + seed_text(1), "utf-8", "utf-8"),
    ("seed4-fullwidth-digits-gb18030", lambda: full_width_digits(seed_text(4)), "gb18030", "gb18030"),
    (
        "seed0-fullwidth-digits-big5",
        lambda: full_width_digits(encodable(seed_text(0), "big5hkscs")),
        "big5hkscs",
        "big5hkscs",
    ),
]


@pytest.mark.parametrize(
    ("make_text", "codec", "reported"), [case[1:] for case in ENCODED], ids=[c[0] for c in ENCODED]
)
def test_encodings_load_to_the_encoded_text(tmp_path: Path, make_text, codec: str, reported: str) -> None:  # noqa: ANN001
    text = make_text()
    loaded = load(write(tmp_path, "report.txt", text.encode(codec)))
    expected = text.removeprefix("\ufeff")
    assert loaded.encoding == reported
    assert loaded.format == "text"
    assert squash(loaded.text) == squash(expected)
    assert loaded.text == expected  # decoding is exact: not even whitespace may change


def test_fullwidth_digits_are_kept_for_the_cleaner() -> None:
    loaded = load(full_width_digits(seed_text(4)).encode("gb18030"))
    assert "２６ 件次" in loaded.text and "26 件次" not in loaded.text


@pytest.mark.parametrize("number", range(5))
@pytest.mark.parametrize("codec", ["gb18030", "big5hkscs"])
def test_short_lines_are_not_mistaken_for_another_codec(number: int, codec: str) -> None:
    """Titles and single lines are where detectors guess wrong (GBK called UTF-16-BE, Big5 called GBK)."""
    convert = opencc.OpenCC("s2t").convert
    for line in seed_paragraphs(number)[:4]:
        text = line if codec == "gb18030" else encodable(convert(line), codec)
        assert decode_bytes(text.encode(codec)) == (text, codec)


def test_declared_gb2312_decodes_as_gb18030() -> None:
    """The gb2312 codec fails on 镕 and silently turns — into ― and · into ・: GB pages declaring gb2312 have all three."""
    page = '<html><head><meta charset="gb2312"></head><body><p>实施方案（2021—2025年）·朱镕基</p></body></html>'
    data = page.encode("gb18030")
    assert data.decode("gb2312", errors="replace") != page
    assert decode_bytes(data, html=True) == (page, "gb18030")


def test_short_gbk_is_not_utf16() -> None:
    """Unrestricted detection called short GBK text UTF-16-BE."""
    for text in ("法治政府建设年度报告", "卫生健康局", "第一责任人职责"):
        assert decode_bytes(text.encode("gbk")) == (text, "gb18030")


# --- HTML ------------------------------------------------------------------------------------------------------------


def _assert_main_text_only(loaded: LoadedDocument, paragraphs: list[str], title: str) -> None:
    lines = loaded.text.split("\n")
    assert lines[0] == title
    assert [squash(line) for line in lines[1:]] == [squash(paragraph) for paragraph in paragraphs]
    furniture = [
        *NAV_ITEMS,
        BREADCRUMB,
        SCRIPT_TEXT,
        *FOOTER,
        *TOOL_LINES,
        "主办单位",
        "网站标识码",
        "ICP备",
        "打印本页",
        "关闭窗口",
        "分享到",
        "字体",
        "发布时间",
        "document.write",
        "_hmt",
    ]
    assert [item for item in furniture if item in loaded.text] == []


@pytest.mark.parametrize("layout", ["trs", "div", "table"])
@pytest.mark.parametrize("charset", ["gbk", "gb2312", "utf-8"])
def test_html_page_keeps_the_report_and_drops_the_site(tmp_path: Path, layout: str, charset: str) -> None:
    """``trs``: known container; ``div``: unknown classes (trafilatura keeps the footer → readability);
    ``table``: old table layout with ``<br>`` paragraphs, where trafilatura returns the whole page."""
    paragraphs = seed_paragraphs(2)
    page = gov_page(paragraphs, title=JINPU_TITLE, layout=layout, charset=charset if charset != "gb2312" else "gbk")
    if charset == "gb2312":
        page = page.replace(b"charset=gbk", b"charset=gb2312")
    loaded = load(write(tmp_path, "article.html", page))
    assert (loaded.format, loaded.encoding) == ("html", "utf-8" if charset == "utf-8" else "gb18030")
    _assert_main_text_only(loaded, paragraphs, JINPU_TITLE)


def _meta_page(container: str) -> bytes:
    """A page as many government CMSs publish it: the site's name in ``<title>``, the article's own title and its
    publisher only in the head's ``<meta>`` tags, and a report that calls itself 我局."""
    return (
        '<html><head><meta charset="utf-8"><title>工作报告_云溪区人民政府门户网站</title>'
        '<meta name="ArticleTitle" content="云溪区人力资源和社会保障局2025年度法治政府建设情况报告">'
        '<meta name="ContentSource" content="云溪区人力资源和社会保障局"></head><body>'
        '<div class="dh"><a href="/">首页</a></div><div class="TRS_Editor">' + container + "</div></body></html>"
    ).encode("utf-8")


REPORT_SAYING_WE = (
    "<p>2025年，我局在区委、区政府的领导下，全面推进人社领域依法行政，现将有关情况报告如下：</p>"
    "<p>一、主要举措和成效</p><p>全年办理行政复议案件3件，组织执法人员培训2期，覆盖执法人员120人。</p>"
)


def test_html_head_declares_title_and_publisher(tmp_path: Path) -> None:
    """The agency a careful reader sees on the page (its 来源) is read even when the text only says 我局."""
    loaded = load(write(tmp_path, "page.html", _meta_page(REPORT_SAYING_WE)))
    lines = loaded.text.split("\n")
    assert lines[:2] == ["云溪区人力资源和社会保障局2025年度法治政府建设情况报告", "来源：云溪区人力资源和社会保障局"]
    assert "门户网站" not in loaded.text


def test_agency_from_the_publisher_a_page_declares(tmp_path: Path) -> None:
    from summarizer import summarize

    page = _meta_page(REPORT_SAYING_WE).replace(
        "云溪区人力资源和社会保障局2025年度法治政府建设情况报告".encode(), "2025年度法治政府建设情况报告".encode()
    )
    summary = summarize(write(tmp_path, "page.html", page))
    assert summary.document.agency == "云溪区人力资源和社会保障局"
    assert summary.document.evidence.agency_source == "metadata"
    assert summary.document.report_year == 2025


def test_html_head_publisher_is_not_repeated_when_the_page_shows_it(tmp_path: Path) -> None:
    shown = "<p>来源：区人社局　发布时间：2026-03-20</p>" + REPORT_SAYING_WE
    loaded = load(write(tmp_path, "page.html", _meta_page(shown)))
    assert loaded.text.count("来源") == 1


def test_html_is_sniffed_by_content_not_extension(tmp_path: Path) -> None:
    paragraphs = seed_paragraphs(4)
    page = gov_page(paragraphs, title="湖滨区卫生健康委员会关于2023年法治政府建设情况的报告", layout="trs")
    loaded = load(write(tmp_path, "download.txt", page))
    assert loaded.format == "html"
    assert "主办单位" not in loaded.text and squash(paragraphs[5]) in squash(loaded.text)


def test_html_string_through_load_text() -> None:
    paragraphs = seed_paragraphs(2)
    page = gov_page(paragraphs, title=JINPU_TITLE, layout="div", charset="utf-8").decode("utf-8")
    loaded = load_text(page, name="page")
    assert (loaded.format, loaded.encoding, loaded.source) == ("html", None, "page")
    _assert_main_text_only(loaded, paragraphs, JINPU_TITLE)


def test_tool_lines_breadcrumbs_and_hidden_text_inside_the_container_are_dropped() -> None:
    paragraphs = seed_paragraphs(4)[2:8]  # without the two title lines
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    page = (
        "<html><head><title>湖滨区卫生健康委员会 关于2023年法治政府建设情况的报告</title></head><body>"
        f'<div class="content"><div>当前位置：首页 &gt; 政务公开</div><div>首页 &gt; 信息公开 &gt; 正文</div>{body}'
        '<p style="display: none">隐藏的统计文字</p><div hidden>也是隐藏的</div>'
        f"<div>{TOOL_LINES[0]}</div><div>{TOOL_LINES[1]}</div><div>【打印】【关闭】</div></div></body></html>"
    )
    lines = load_text(page).text.split("\n")
    assert lines[1:] == paragraphs  # title first (the container lacks it), then the report only
    assert lines[0] == "湖滨区卫生健康委员会 关于2023年法治政府建设情况的报告"


def test_html_line_breaks_between_chinese_characters_vanish() -> None:
    """A source line break inside a paragraph is a space in Latin text but nothing between CJK characters."""
    page = (
        "<html><body><div class='TRS_Editor'><p>"
        + "我局全面加强\n法治建设，" * 10
        + "Rule\nof law</p></div></body></html>"
    )
    loaded = load_text(page)
    assert "我局全面加强法治建设，" in loaded.text and "Rule of law" in loaded.text and "\n" not in loaded.text


# --- DOCX ------------------------------------------------------------------------------------------------------------


def test_docx_numbering_is_rendered_and_restarts(tmp_path: Path) -> None:
    data, expected = numbered_docx()
    loaded = load(write(tmp_path, "report.docx", data))
    assert (loaded.format, loaded.encoding) == ("docx", None)
    lines = loaded.text.split("\n")
    assert lines == expected
    # spot checks that would catch a counter that does not restart below a new 一、/（一）
    assert lines[1] == "一、2025年推进法治政府建设的主要举措和成效"
    assert "（一）法治与业务融合不够深入" in lines and "（二）执法队伍素养有待提升" in lines
    assert "（十一）第十一项安排" in lines


def test_docx_without_numbering_in_body_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("第一段")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "表格单元"
    document.add_paragraph("第二段")
    buffer = io.BytesIO()
    document.save(buffer)
    assert load(buffer.getvalue()).text == "第一段\n表格单元\n第二段"


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"),
        (23, "chineseCounting", "二十三"),
        (101, "chineseCountingThousand", "一百〇一"),
        (110, "chineseCountingThousand", "一百一十"),
        (10, "ideographDigital", "一〇"),
        (3, "decimalEnclosedCircle", "③"),
        (12, "chineseLegalSimplified", "壹拾贰"),
        (2, "ideographTraditional", "乙"),
        (4, "upperRoman", "IV"),
        (28, "lowerLetter", "bb"),
        (7, "decimal", "7"),
        (5, "decimalFullWidth", "５"),
    ],
)
def test_word_number_formats(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


# --- PDF -------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cjk_font() -> tuple[Path, int]:
    font = find_cjk_font()
    if font is None:
        message = f"no CJK font in {[str(path) for path, _ in CJK_FONT_PATHS]}: apt-get install -y {CJK_FONT_PACKAGE}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return font


def test_pdf_paragraphs_letter_spacing_and_page_numbers(tmp_path: Path, cjk_font: tuple[Path, int]) -> None:
    import pdfplumber

    data, expected = report_pdf(cjk_font)
    with pdfplumber.open(io.BytesIO(data)) as pdf:  # the traps this input sets, as pdfplumber sees them
        naive = "\n".join(page.extract_text() for page in pdf.pages)
        assert len(pdf.pages) == 2
    assert "6 0 余 次" in naive and "- 1 -" in naive and "- 2 -" in naive

    loaded = load(write(tmp_path, "report.pdf", data))
    assert (loaded.format, loaded.encoding) == ("pdf", None)
    assert loaded.text.split("\n") == expected
    assert LETTER_SPACED.endswith("60余次") and "60余次" in loaded.text
    assert "- 1 -" not in loaded.text and "- 2 -" not in loaded.text


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayerError, match="OCR"):
        load(write(tmp_path, "scan.pdf", blank_pdf()))


def test_pdf_is_sniffed_by_content(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayerError):
        load(write(tmp_path, "scan.txt", blank_pdf()))


def test_damaged_pdf_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="damaged") as info:
        load(write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj <<< garbage\n%%EOF\n"))
    assert type(info.value) is InputError and info.value.__cause__ is None


# --- bad input -------------------------------------------------------------------------------------------------------


def _damaged_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<not really xml")
    return buffer.getvalue()


BAD_INPUTS = [
    ("empty", b"", EmptyInputError, "empty"),
    ("whitespace", b"  \r\n\t \n", EmptyInputError, "empty"),
    ("utf16-whitespace", "\u3000 \n".encode("utf-16"), EmptyInputError, "empty"),
    ("html-without-text", b"<html><body><script>var a = 1;</script></body></html>", EmptyInputError, "HTML"),
    ("png", png_bytes(), BinaryInputError, "PNG"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(64), BinaryInputError, "JPEG"),
    ("zip", zip_bytes(), BinaryInputError, "not a DOCX"),
    ("legacy-doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), BinaryInputError, ".docx"),
    ("nul-heavy", b"\x00\x01\x02\x03report\x00\x00\x10\x11" * 40, BinaryInputError, "binary"),
    ("damaged-docx", _damaged_docx(), InputError, "DOCX"),
    # \x80 and \xff are not lead bytes in GB18030, Big5-HKSCS or UTF-8, and there is no BOM or NUL pattern.
    ("invalid-bytes", b"\x80\xff\xfe\x81" * 64, DecodeError, "decode"),
    # GB18030 *does* decode these, but only into private-use code points: noise, not a report.
    ("private-use-gb18030", b"\xfe\xfe\xa1\xa1" * 64, DecodeError, "decode"),
    # a UTF-16 BOM followed by code points no report uses (Arabic presentation forms)
    ("utf16-bom-noise", b"\xff\xfe" + b"\xfd\xfc\xfd\xfc" * 64, DecodeError, "UTF-16"),
    ("utf8-bom-invalid", b"\xef\xbb\xbf\x80\x80\xc3", DecodeError, "UTF-8"),
    # a UTF-16 BOM and one stray byte: every character decoded is a replacement mark, no text to summarise
    ("utf16-bom-stray-byte", b"\xff\xfe\x00", EmptyInputError, "no readable character"),
]


@pytest.mark.parametrize(
    ("data", "error", "fragment"), [case[1:] for case in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS]
)
def test_bad_input_raises_an_actionable_error(tmp_path: Path, data: bytes, error: type, fragment: str) -> None:
    with pytest.raises(error) as info:
        load(write(tmp_path, "input.bin", data))
    _assert_one_line(info.value, "input.bin")
    assert fragment in str(info.value)


def test_invalid_bytes_really_fail_every_codec() -> None:
    """Guard the test above: the "undecodable" bytes must fail each candidate codec on their own."""
    data = b"\x80\xff\xfe\x81" * 64
    for codec in ("utf-8", "gb18030", "big5hkscs"):
        with pytest.raises(UnicodeDecodeError):
            data.decode(codec)
    assert all(0xE000 <= ord(char) <= 0xF8FF or char == "\u3000" for char in (b"\xfe\xfe\xa1\xa1").decode("gb18030"))


def _assert_one_line(error: Exception, name: str | None = None) -> None:
    message = str(error)
    assert message and "\n" not in message and len(message) < 200
    assert "Traceback" not in message and "Exception(" not in message and "Error(" not in message
    if name:
        assert name in message


def test_too_large_file_names_the_option(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", seed_text(2).encode("utf-8"))
    with pytest.raises(InputTooLargeError) as info:
        load(path, max_bytes=1000)
    assert "--max-bytes" in str(info.value)
    _assert_one_line(info.value, "big.txt")
    assert load(path, max_bytes=path.stat().st_size).text == seed_text(2)
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_too_large_bytes_and_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputTooLargeError):
        load(b"x" * 2000, max_bytes=1000)
    monkeypatch.setattr(sys, "stdin", _Stdin(b"y" * 2000))
    with pytest.raises(InputTooLargeError):
        load("-", max_bytes=1000)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load(tmp_path / "missing.txt")
    assert type(info.value) is InputError and "not found" in str(info.value)
    _assert_one_line(info.value, "missing.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load(str(tmp_path))
    assert type(info.value) is InputError and "directory" in str(info.value)
    _assert_one_line(info.value)


def test_text_passed_as_a_path_is_refused() -> None:
    with pytest.raises(InputError, match="not a file path") as info:
        load(seed_text(2))
    _assert_one_line(info.value)


def test_one_line_text_passed_as_a_path_says_how_to_pass_text() -> None:
    """A report pasted as one line (a copy that lost its line breaks) is too long a name for any file system: the
    error says it is not a path and how to pass text, not just that the name is too long."""
    one_line = seed_text(2).replace("\n", " ")[:300]
    with pytest.raises(InputError, match=r"not a file path.*summarize\(text=") as info:
        load(one_line)
    _assert_one_line(info.value)


def test_errors_carry_their_exit_codes() -> None:
    assert [
        cls.exit_code
        for cls in (InputError, EmptyInputError, BinaryInputError, InputTooLargeError, DecodeError, NoTextLayerError)
    ] == [3, 4, 5, 6, 7, 8]


# --- stdin, bytes, text ----------------------------------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_is_read_as_bytes_and_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(seed_text(3).encode("gb18030")))
    loaded = load("-")
    assert (loaded.source, loaded.format, loaded.encoding) == ("<stdin>", "text", "gb18030")
    assert loaded.text == seed_text(3)


def test_stdin_docx_with_name(monkeypatch: pytest.MonkeyPatch) -> None:
    data, expected = numbered_docx()
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    loaded = load("-", name="piped.docx")
    assert (loaded.source, loaded.format) == ("piped.docx", "docx")
    assert loaded.text.split("\n") == expected


def test_bytes_and_text_sources() -> None:
    assert load(seed_text(1).encode("utf-8")).source == "<bytes>"
    assert load(seed_text(1).encode("utf-8"), name="a.txt").source == "a.txt"
    loaded = load_text(seed_text(0))
    assert loaded == LoadedDocument(seed_text(0), "<text>", "text", None)
    with pytest.raises(EmptyInputError):
        load_text(" \n\u3000")
