"""HTML: the main content of a government web page, without the site's furniture."""

from __future__ import annotations

import re
import unicodedata

from ..tables import cell_span, markdown_rows
from .common import FILE_EXTENSIONS, dense, report_elsewhere

# Main-content containers of Chinese government CMSs (TRS, Hanweb, Kaipu UCAP, gov.cn …), most specific first.
_CONTAINERS: tuple[tuple[str, str], ...] = (
    ("class", "TRS_Editor"),
    ("id", "UCAP-CONTENT"),
    ("id", "zoom"),
    ("id", "Zoom"),
    ("id", "fontzoom"),
    ("class", "pages_content"),
    ("class", "article-content"),
    ("class", "article_content"),
    ("id", "article-content"),
    ("class", "TRS_UEDITOR"),
    ("class", "zwnr"),
    ("id", "zwnr"),
    ("class", "view"),
    ("class", "content"),
    ("id", "content"),
    ("tag", "article"),
)
_MIN_CONTAINER_CHARS = 100
# Site-footer markers; 主办单位/技术支持 only with a colon, since reports say "活动主办单位" or "提供技术支持".
_FOOTER_MARKER = re.compile(
    r"(?:主办单位|主辦單位|承办单位|技术支持|技術支持)\s*[:：]|网站标识码|網站標識碼|ICP\s*备|ICP\s*證|版权所有|版權所有"
)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul caption".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "button",
    "select",
    "input",
    "textarea",
    "head",
)
_FURNITURE_TAGS = ("nav", "header", "footer", "aside")
_FURNITURE_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|dqwz|location|position|footer|foot|copyright|share|"
    r"toolbar|sidebar|topbar|top-bar|header|bottom)(?:$|[\s_\d-])",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|\s[-–—－]\s)\s*")  # "报告_某某市人民政府", not "2021－2025"

# Whole lines that are page tools, share widgets or breadcrumbs, not report text.
_TOOL_TOKEN = re.compile(
    r"打印本页|打印|关闭窗口|关闭本页|关闭|字体[:：]?(?:\s*[大中小](?:号)?)*|字号[:：]?(?:\s*[大中小])*|[大中小](?=\s|$|】|\])|"
    r"分享到[:：]?|分享|收藏本页|收藏|返回顶部|返回|扫一扫(?:在手机打开当前页)?|在手机打开当前页|"
    r"微信|微博|新浪微博|腾讯微博|QQ空间|人人网|豆瓣|【|】|\[|\]|[|｜/:：·•]"
)
_BREADCRUMB = re.compile(r"^\s*(?:当前位置|您当前的位置|您现在的位置|當前位置)\s*[:：]|^\s*(?:网站)?首页\s*[>＞»›]")


def html_text(html: str, label: str = "<html>") -> tuple[str, tuple[str, ...]]:
    """Main text of an HTML page: a known CMS container, else trafilatura, else readability; with what the reader
    should know of it (a report going on over further pages).

    Readability is used when trafilatura's result still carries footer markers (it returns whole old ``<table>``
    pages, footer included). The page title is put first when the chosen text lacks it: agency and year are read
    from it. A page whose report is only a linked file or pictures is refused (:func:`~.common.report_elsewhere`).
    """
    root = _parse_html(html)
    if root is None:
        return "", ()
    title = _page_title(root)
    source = _meta(root, "ContentSource")
    files, pictures = _attachments(root), _pictures(root)  # (before frames and scripts go)
    paged = _next_page(root)
    _drop_invisible(root)
    _tables_as_rows(root)
    body_text = _element_text(root)
    text = _from_container(root)
    if text is None:
        _drop_furniture(root, len(dense(body_text)))
        text = _from_trafilatura(root)
        if text is None or _footer_hits(text):
            alternative = _from_readability(root)
            if alternative and (text is None or _footer_hits(alternative) < _footer_hits(text)):
                text = alternative
        if text is None:
            text = _element_text(root)
    lines = [line for line in text.split("\n") if line.strip() and not _is_tool_line(line)]
    if title and not _contains_title(lines, title):
        lines.insert(0, title)
    if _SOURCE_VALUE.fullmatch(source) and not any(_SOURCE_LINE.search(line) for line in lines[:12]):
        lines.insert(_title_line(lines, title) + 1, f"来源：{source}")
    report_elsewhere(lines, title, files, pictures, label)
    return "\n".join(lines), (paged,) if paged else ()


# A report a site cut into pages (共3页 1 2 3 下一页 尾页): this page holds only a part of it, and the parts on the
# other pages would read as missing. Said, with the next page's address.
_NEXT_PAGE_WORDS = ("下一页", "下页", "尾页", "末页", "下一頁", "尾頁")
_PAGE_COUNT = re.compile(r"共\s*(\d{1,3})\s*[页頁]")


def _next_page(root) -> str:  # noqa: ANN001
    """The warning for a page that links the next page of its own text, else ""."""
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if _flat(a.text_content()) not in _NEXT_PAGE_WORDS or not href or href.startswith(("#", "javascript")):
            continue
        block = a.getparent()
        count = _PAGE_COUNT.search(_flat(block.text_content())) if block is not None else None
        pages = f"one of {count.group(1)} pages" if count else "one of several pages"
        return (
            f"the page may be {pages} of the report (its next page: {href}): this summary reads this page only, and "
            "the parts on the other pages may be listed as missing"
        )
    return ""


# A page that only links the report's file (附件：某局2024年法治政府建设年度报告.pdf) or shows its pages as pictures: its
# text is a title, a date and the link, and a summary of it would say the report lacks every part. Said instead, with
# where the report is. A report's text runs to thousands of characters; a news item about it to some hundreds.
_FILE_LINK = re.compile(rf"\.(?:{FILE_EXTENSIONS})(?:[?#].*)?$", re.IGNORECASE)
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|tiff?)(?:[?#].*)?$", re.IGNORECASE)
_NOT_A_PAGE = re.compile(
    r"logo|icon|ico_|qr|erweima|ewm|code|banner|btn|button|share|wx|weixin|weibo|jiathis|arrow|dot|line|bg", re.I
)


_LINK_ATTRIBUTE = {"a": "href", "iframe": "src", "embed": "src", "object": "data"}  # where each element names a file


def _attachments(root) -> list[tuple[str, str]]:  # noqa: ANN001
    """The files a page links or embeds (name, address), in page order: a link (附件：<a href=…pdf>), or a viewer's
    frame holding the file (<iframe src=…pdf>, <embed>, <object data=…>)."""
    out = []
    for element in root.iter(*_LINK_ATTRIBUTE):
        href = (element.get(_LINK_ATTRIBUTE[element.tag]) or "").strip()
        words = _flat(element.text_content()) if element.tag == "a" else ""
        if _FILE_LINK.search(href) or _FILE_LINK.search(words):
            out.append((words or href.split("?", 1)[0].rsplit("/", 1)[-1], href))
    return out


def _pictures(root) -> int:  # noqa: ANN001
    """How many pictures a page shows that may be a report's pages (no logo, icon, QR code or button)."""
    return sum(
        1
        for img in root.iter("img")
        if _PICTURE.search(src := (img.get("src") or "").strip()) and not _NOT_A_PAGE.search(src.rsplit("/", 1)[-1])
    )


# a page's field line (发布时间：…, 来源：…, 附件：…): no words of the report


# The publisher a government page declares in its head (政府网站发展指引: ContentSource, ArticleTitle), shown to the
# reader as 来源 on most sites but not always inside the text container: given as a 来源 line so that the agency can
# be read from it (at the rank of a page's source, below the title and the report's own words).
_SOURCE_VALUE = re.compile(r"[^\s<>]{2,32}")
_SOURCE_LINE = re.compile(r"(?:来\s*源|來\s*源)\s*[:：]")


def _meta(root, name: str) -> str:  # noqa: ANN001
    """The content of ``<meta name=…>`` (name compared case-insensitively), flattened; "" when absent."""
    wanted = name.lower()
    for element in root.iter("meta"):
        if (element.get("name") or "").strip().lower() == wanted:
            return _flat(element.get("content") or "")
    return ""


def _title_line(lines: list[str], title: str) -> int:
    """Index of the line holding the title among the first five, else -1 (the 来源 line then goes first)."""
    wanted = dense(title)
    for i, line in enumerate(lines[:5]):
        if wanted and wanted in dense(line):
            return i
    return -1


# One attribute of a start tag as libxml2 reads it (separators may be missing after a quoted value). Each is
# matched atomically (lookahead + backreference: Python 3.10 has no atomic groups), so the scan is linear.
_ATTRIBUTE = r"""[\s/]*[^\s"'>/=<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?"""
_MAX_ATTRIBUTES = 64
_MANY_ATTRIBUTES = re.compile(
    rf"(?P<keep><[A-Za-z][^\s/>]*(?:(?=(?P<a>{_ATTRIBUTE}))(?P=a)){{{_MAX_ATTRIBUTES}}})"
    rf"(?:(?=(?P<b>{_ATTRIBUTE}))(?P=b))+"
)
# Any tag but the few whose content matters for extraction: flattened to <br> when nesting is too deep to parse.
_NESTING_TAG = re.compile(r"<(?!/?(?:html|head|title|body|script|style|meta|br)\b)/?[A-Za-z][^<>]*>", re.IGNORECASE)


def _parse_html(html: str):  # noqa: ANN202 - lxml element
    """Parse with lxml, bounded: attributes past the 64th of a tag are dropped first (libxml2 checks each new
    attribute against all earlier ones, so 300,000 attributes cost hours), and a page nested deeper than libxml2's
    limit (it stops there and drops the rest, text included) is parsed again with its tags flattened to lines."""
    import lxml.html
    from lxml import etree

    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    html = _MANY_ATTRIBUTES.sub(r"\g<keep>", html)
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
        root = lxml.html.document_fromstring(html, parser=parser)
        if any("depth" in error.message.lower() for error in parser.error_log):
            parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
            root = lxml.html.document_fromstring(_NESTING_TAG.sub("<br>", html), parser=parser)
        return root
    except (etree.ParserError, ValueError, TypeError):
        return None


def _page_title(root) -> str:  # noqa: ANN001
    """The report's title: an ``<h1>``/title-classed heading agreeing with ``<title>``, else ``<title>``'s first part."""
    title_parts = [part for part in _TITLE_SPLIT.split(_flat(root.findtext(".//title") or "")) if part]
    page_title = title_parts[0] if title_parts else ""
    declared = _meta(root, "ArticleTitle")  # the title without the site's name, where the page declares it
    if len(declared) >= 6:
        page_title = declared
    headings = [
        _flat(element.text_content())
        for element in root.xpath(
            "//h1 | //h2 | //*[contains(translate(@class, 'TITLE', 'title'), 'title')]"
            " | //*[contains(translate(@id, 'TITLE', 'title'), 'title')]"
        )
    ]
    headings = [text for text in headings if 4 <= len(text) <= 150]
    for heading in headings:
        if page_title and (heading in page_title or page_title in heading):
            return heading if len(heading) >= len(page_title) else page_title
    if len(page_title) >= 6:
        return page_title
    return headings[0] if headings else page_title


def _flat(text: str) -> str:
    return _HTML_SPACE.sub(" ", text).strip()


def _contains_title(lines: list[str], title: str) -> bool:
    head = dense("".join(lines[:5]))[: len(dense(title)) * 3 + 200]
    return dense(title) in head


def _drop_invisible(root) -> None:  # noqa: ANN001
    """Script, style and hidden elements never contribute text."""
    from lxml import etree

    etree.strip_elements(root, *_DROP_TAGS, etree.Comment, with_tail=False)
    for element in root.xpath("//*[@style]"):
        if _HIDDEN_STYLE.search(element.get("style", "")) and element.getparent() is not None:
            _remove(element)
    for element in root.xpath("//*[@hidden]"):
        if element.getparent() is not None:
            _remove(element)


# A plan's task table (序号 | 工作任务 | 责任单位 | 完成时限): trafilatura and readability give its cells one to a line,
# which loses the unit that leads each task. Its rows are written as a Markdown table's instead, which the cleaner
# reads as rows of cells (clean._markdown_tables), as the browser-like rendering of a known container does. So is a
# table of figures (项目 | 2024年 | 2025年): trafilatura gave its rows between bars, which the cleaner dropped as menus.
def _tables_as_rows(root) -> None:  # noqa: ANN001
    """Every task table and table of figures (no table inside it; tables.markdown_rows says which) replaced by one
    paragraph a row: the header, a Markdown rule, then each row's cells between bars."""
    from lxml import etree

    for table in list(root.iter("table")):
        if table.find(".//table") is not None or table.getparent() is None:
            continue
        lines = markdown_rows(
            _grid(table),
            # (a table of links is a site's list, its clicks counted: the extractor's link density judges it)
            figures=len(table.findall(".//a")) < 2,
        )
        if lines is None:
            continue
        block = etree.Element("div")
        for text in lines:
            etree.SubElement(block, "p").text = text
        block.tail = table.tail
        table.getparent().replace(table, block)


# the cells of one table read as a grid (a report's largest tables have some thousands; spans over the rows of a large
# table would make it millions)
_MAX_GRID = 100_000


def _grid(table) -> list[list[str]]:  # noqa: ANN001
    """A table's rows of cell texts as a reader sees them: a cell spanning rows stands in each of them (类别 over its
    tasks, 复议 over 受理 and 办结), a cell spanning columns in the first, the rest of its columns empty, so each cell
    is under its column."""
    grid: list[list[str]] = []
    below: dict[int, tuple[int, str]] = {}  # column → (rows it still spans, its text)
    cells = 0
    for tr in table.iter("tr"):
        row: list[str] = []
        for cell in (c for c in tr if c.tag in ("td", "th")):
            _spanned(row, below)
            text = _flat(cell.text_content())
            # (a span of rows costs only the rows there are; of columns, at most MAX_ACROSS cells)
            down, across = cell_span(cell.get("rowspan"), 10**6), cell_span(cell.get("colspan"))
            for k in range(across):
                if down > 1:
                    below[len(row)] = (down - 1, text)
                row.append(text if k == 0 else "")
        _spanned(row, below)
        grid.append(row)
        cells += len(row)
        if cells > _MAX_GRID:
            return []  # (no table of a report's is so large: the page's own reading of it stands)
    return grid


def _spanned(row: list[str], below: dict[int, tuple[int, str]]) -> None:
    """The cells of rows above that span down into this row, where the row has reached their column."""
    while (col := len(row)) in below:
        left, text = below.pop(col)
        if left > 1:
            below[col] = (left - 1, text)
        row.append(text)


def _drop_furniture(root, body_chars: int) -> None:  # noqa: ANN001
    """Remove navigation, breadcrumbs, headers and footers that are small next to the page (never the article)."""
    candidates = list(root.iter(*_FURNITURE_TAGS))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = f"{element.get('class', '')} {element.get('id', '')}"
        if name.strip() and _FURNITURE_NAME.search(name):
            candidates.append(element)
    for element in candidates:
        if element.getparent() is None or element.tag in ("body", "html"):
            continue
        if len(dense(element.text_content())) < max(body_chars * 0.3, 1):
            _remove(element)


def _remove(element) -> None:  # noqa: ANN001
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _from_container(root) -> str | None:  # noqa: ANN001
    """Text of the first known CMS container that is long enough and carries no footer."""
    for kind, value in _CONTAINERS:
        if kind == "tag":
            elements = root.xpath(f"//{value}")
        elif kind == "id":
            elements = root.xpath(f"//*[@id='{value}']")
        else:
            elements = root.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {value} ')]")
        texts = [_element_text(element) for element in elements]
        texts = [text for text in texts if len(dense(text)) >= _MIN_CONTAINER_CHARS and not _footer_hits(text)]
        if texts:
            return max(texts, key=len)
    return None


def _from_trafilatura(root) -> str | None:  # noqa: ANN001
    import lxml.html

    try:
        import trafilatura

        html = lxml.html.tostring(root, encoding="unicode")
        text = trafilatura.extract(
            html,
            favor_recall=True,
            include_tables=True,
            include_comments=False,
            include_formatting=False,
            deduplicate=False,
            output_format="txt",
        )
    except Exception:  # noqa: BLE001 - any failure means "try the next extractor"
        return None
    return text if text and len(dense(text)) >= 20 else None


def _from_readability(root) -> str | None:  # noqa: ANN001
    import lxml.html

    try:
        from readability import Document

        html = lxml.html.tostring(root, encoding="unicode")
        summary = Document(html).summary(html_partial=True)
    except Exception:  # noqa: BLE001 - any failure means "no alternative"
        return None
    partial = _parse_html(summary)
    return _element_text(partial) if partial is not None else None


def _footer_hits(text: str) -> int:
    return len(_FOOTER_MARKER.findall(text))


def _is_tool_line(line: str) -> bool:
    if _BREADCRUMB.search(line):
        return True
    if len(line) > 60:
        return False
    rest = _TOOL_TOKEN.sub("", line)
    return not rest.strip() and bool(_TOOL_TOKEN.search(line))


def _element_text(element) -> str:  # noqa: ANN001
    """Render an element as a browser would lay out text: blocks and ``<br>`` start lines, cells are tab-separated.

    ASCII whitespace collapses to one space, except a line break between two wide (CJK) characters, which
    disappears (CSS Text 3 segment-break rule): ``我局\\n加强`` is ``我局加强``, not ``我局 加强``.
    """
    lines: list[str] = []
    cells: list[str] = []
    current: list[str] = []

    def end_cell() -> None:
        cells.append(_collapse("".join(current)))
        current.clear()

    def end_line() -> None:
        end_cell()
        line = "\t".join(cell for cell in cells if cell)
        cells.clear()
        if line:
            lines.append(line)

    # An explicit stack, not recursion: scraped pages can nest deeper than Python's recursion limit.
    stack: list[tuple[object, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""  # type: ignore[attr-defined]
        if closing:
            if tag in _CELL_TAGS:
                end_cell()
            elif tag in _BLOCK_TAGS:
                end_line()
            if node is not element and node.tail:  # type: ignore[attr-defined]
                current.append(node.tail)  # type: ignore[attr-defined]
            continue
        if tag == "br" or tag in _BLOCK_TAGS:
            end_line()
        if node.text and tag:  # type: ignore[attr-defined]
            current.append(node.text)  # type: ignore[attr-defined]
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))  # type: ignore[call-overload]
    end_line()
    return "\n".join(lines)


def _collapse(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        if "\n" in match.group() and 0 < start and end < len(text):
            if _is_wide(text[start - 1]) and _is_wide(text[end]):
                return ""
        return " "

    return _HTML_SPACE.sub(replace, text).strip(" \t\n\r\f")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")
