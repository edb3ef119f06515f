"""Metamorphic check of the document facts: do they survive the packagings real copies of a document show?

Needs no new labels. Takes every labelled document the engine reads RIGHT today (genre, year and agency each as
its label has them: a null label wants null) and reads it again after one change that real copies of the same
document show: a mirror's traditional script, a copy pasted as one line, lost indents (``??``), a fixed-width
wrap, a site's furniture, a news app's byline, a mirror's repeated heading with the site's year, a lost title, an
addressee line first, a converter's pinyin readings, a template site's download notes. Prints, for each change,
how many documents keep each fact, and how many of the losses are wrong answers rather than nulls (a null is a
miss; a wrong answer is worse). With ``-v``, which documents change and how.

Three changes add a page's date line (a site's, a news app's, a WeChat account's). A news item whose text names no
year of its own is dated by its page's date line, as its reader dates it: when such an item (its label has no
year) takes the year of the line the change added, that is counted apart, as "page-dated", not as a wrong year —
the copy states that date. A year taken from the added line over a text that has one of its own is wrong.

    python bench/perturb.py DOCS_DIR --labels bench/realworld/*.jsonl [-v]
        [--only NAME ...]

The texts are read as UTF-8 from ``DOCS_DIR/<id>.txt`` (as ``bench/realworld.py`` reads them); each change is a
small function of the text and the facts read from it, so that a new packaging seen in the sets is one more
function here.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

if __package__ in (None, ""):  # run as a script (python bench/perturb.py): its sibling is bench.realworld
    sys.path.append(str(Path(__file__).resolve().parent.parent))  # (last: PYTHONPATH's summarizer stays first)

from bench.realworld import agency_as_labelled, read_labels  # noqa: E402
from summarizer.models import Document  # noqa: E402
from summarizer.pipeline import prepare_source  # noqa: E402

OTHER_HOST = "青山市人民政府办公室"  # a mirror's host: never the document's own agency


@dataclass
class Doc:
    id: str
    label: dict
    text: str  # the raw text as stored
    read: Document  # the facts read from it (all right)

    @property
    def other_year(self) -> int:
        """A year that is not the document's: the site's, the mirror's, the page's."""
        year = self.label.get("year") or self.read.report_year or 2020
        return year + 2


@lru_cache(maxsize=1)
def _lines(text: str) -> list[str]:
    """The lines of ``text`` at any line break a loader reads as one (\\r\\n, \\r, \\n): a crawl may keep a page's
    old Mac breaks, and a packaging that wraps or joins lines must see them as the reader does."""
    return re.split(r"\r\n|\r|\n", text)


def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _despace(s: str) -> str:
    return re.sub(r"\s+", "", s)


def title_lines(doc: Doc) -> Optional[tuple[int, int]]:
    """The raw lines [i, j) holding the title the engine read, when it stands on lines of its own."""
    title = _despace(doc.read.title or "")
    if not title:
        return None
    lines = _lines(doc.text)
    for i in range(min(len(lines), 60)):
        joined = ""
        for j in range(i, min(i + 3, len(lines))):
            joined += _despace(lines[j])
            if joined == title:
                return i, j + 1
            if not title.startswith(joined):
                break
    return None


def _insert(text: str, at: int, new: list[str]) -> str:
    lines = _lines(text)
    return "\n".join(lines[:at] + new + lines[at:])


def traditional(doc: Doc) -> Optional[str]:
    """A mirror publishes the page in traditional script (OpenCC s2t)."""
    if doc.read.script != "simplified":
        return None
    return _s2t().convert(doc.text)


def _joined(text: str) -> str:
    return "".join(line.strip() for line in _lines(text))


def one_line(doc: Doc) -> Optional[str]:
    """A copy pasted as one line: every line break lost."""
    return _joined(doc.text)


def traditional_one_line(doc: Doc) -> Optional[str]:
    """A traditional-script mirror's copy pasted as one line."""
    text = traditional(doc)
    return None if text is None else _joined(text)


def spaced_line(doc: Doc) -> Optional[str]:
    """A copy whose line breaks became spaces."""
    return " ".join(line.strip() for line in _lines(doc.text) if line.strip())


def lost_indent(doc: Doc) -> Optional[str]:
    """A re-encoded page: each paragraph's full-width indent became ``??``."""
    return "\n".join("??" + line.strip() if line.strip() else line for line in _lines(doc.text))


def fullwidth_indent(doc: Doc) -> Optional[str]:
    """Paragraphs indented with two ideographic spaces, as pages and Word exports set them."""
    return "\n".join("\u3000\u3000" + line.strip() if line.strip() else line for line in _lines(doc.text))


def wrap38(doc: Doc) -> Optional[str]:
    """A fixed-width export: every paragraph hard-wrapped at 38 characters."""
    out = []
    for line in _lines(doc.text):
        line = line.strip()
        out.extend(line[k : k + 38] for k in range(0, len(line), 38)) if line else out.append("")
    return "\n".join(out)


def printed_pages(doc: Doc) -> Optional[str]:
    """A copy taken from the printed pages: hard-wrapped at 38 characters, each page of 20 lines ending on its
    number at the foot (— 2 —), wherever the page broke the sentence."""
    lines = (wrap38(doc) or "").split("\n")
    out: list[str] = []
    for k in range(0, len(lines), 20):
        out.extend(lines[k : k + 20])
        if k + 20 < len(lines):
            out.append(f"— {k // 20 + 1} —")
    return "\n".join(out) if len(lines) > 20 else None


def furniture(doc: Doc) -> Optional[str]:
    """A government site's page: a breadcrumb above, a date-and-source row under the title, a footer below."""
    span = title_lines(doc)
    at = span[1] if span else 0
    text = _insert(doc.text, at, [f"发布时间：{doc.other_year}-03-20 来源：本网", "【字体：大 中 小】 打印"])
    return "\n".join(
        [
            "首页 > 政务公开 > 法治政府建设 > 正文",
            text,
            "相关链接：",
            f"版权所有：{OTHER_HOST} 备案号：青ICP备12345678号",
            "网站标识码：1234567890 地址：青山市人民路1号",
        ]
    )


def news_app(doc: Doc) -> Optional[str]:
    """A news app's copy: a reporter's byline and a reading count under the headline."""
    span = title_lines(doc)
    at = span[1] if span else 0
    return _insert(doc.text, at, ["青山新闻客户端记者 王明 通讯员 李红", f"{doc.other_year}-03-20 10:11 4857阅读"])


def mirror_heading(doc: Doc) -> Optional[str]:
    """A mirror repeats its page heading above the document's title, with the site's year in place of the document's."""
    span = title_lines(doc)
    title = doc.read.title or ""
    if not span or not re.search(r"(?:19|20)\d{2}", title):
        return None
    heading = re.sub(r"(?:19|20)\d{2}", f" {doc.other_year} ", title, count=1)
    return _insert(doc.text, span[0], [heading])


def no_title(doc: Doc) -> Optional[str]:
    """A copy that lost its title line(s)."""
    span = title_lines(doc)
    if not span:
        return None
    lines = _lines(doc.text)
    return "\n".join(lines[: span[0]] + lines[span[1] :])


def addressee_first(doc: Doc) -> Optional[str]:
    """A report that opens with the body it is addressed to."""
    return "县委、县政府：\n" + doc.text


# readings a converter pastes after the traditional characters it changed (實(shí)施): the common ones in the sets
_READINGS = {
    "設": "shè", "習": "xí", "發": "fā", "實": "shí", "務": "wù", "區": "qū", "學": "xué", "規": "guī", "關": "guān",
    "進": "jìn", "會": "huì", "執": "zhí", "領": "lǐng", "創": "chuàng", "業": "yè", "強": "qiáng", "導": "dǎo",
    "責": "zé", "國": "guó", "統": "tǒng", "現": "xiàn", "內": "nèi", "應": "yīng", "結": "jié", "堅": "jiān",
    "項": "xiàng", "監": "jiān", "環": "huán", "機": "jī", "時": "shí", "縣": "xiàn", "報": "bào", "鎮": "zhèn",
}  # fmt: skip


def pinyin(doc: Doc) -> Optional[str]:
    """A converter's mirror: traditional script with pinyin readings after some characters (實(shí)施)."""
    if doc.read.script != "simplified":
        return None
    converted = _s2t().convert(doc.text)
    return re.sub("[" + "".join(_READINGS) + "]", lambda m: f"{m.group()}({_READINGS[m.group()]})", converted)


def template_site(doc: Doc) -> Optional[str]:
    """A template site's page: its own heading, notes on downloading, then the document."""
    return "\n".join(
        [
            "青山范文网 > 工作总结 > 正文",
            "温馨提示：本文档为网友上传，下载后可编辑，如需下载请点击页面右上角的【下载】按钮。",
            "1、下载前请先登录，已购买过的文档再次下载不重复扣费",
            "2、下载后请用WPS或Word打开",
            doc.text,
        ]
    )


def wechat(doc: Doc) -> Optional[str]:
    """A WeChat account's copy: the account line above, the editors' credits below."""
    return "\n".join(
        [
            f"原创 青山普法 青山普法 {doc.other_year}-01-05 09:30 发表于青山",
            doc.text,
            "来源：青山普法",
            "编辑：王明",
            "审核：李红",
        ]
    )


# the changes that add a page's date line, and the year it carries (a December event under a January line is the
# year before's)
ADDS_DATE_LINE = ("furniture", "news_app", "wechat")


def page_dated(name: str, doc: Doc, after: Document) -> bool:
    """``after`` is a text with no year of its own dated by the date line that change ``name`` added to it."""
    return (
        name in ADDS_DATE_LINE
        and doc.label.get("year") is None
        and after.doc_type == "news"
        and after.report_year in (doc.other_year, doc.other_year - 1)
    )


PERTURBATIONS: dict[str, Callable[[Doc], Optional[str]]] = {
    "traditional": traditional,
    "one_line": one_line,
    "traditional_one_line": traditional_one_line,
    "spaced_line": spaced_line,
    "lost_indent": lost_indent,
    "fullwidth_indent": fullwidth_indent,
    "wrap38": wrap38,
    "printed_pages": printed_pages,
    "furniture": furniture,
    "news_app": news_app,
    "mirror_heading": mirror_heading,
    "no_title": no_title,
    "addressee_first": addressee_first,
    "pinyin": pinyin,
    "template_site": template_site,
    "wechat": wechat,
}


def read(text: str) -> Document:
    return prepare_source(text=text).document()


def all_right(label: dict, doc: Document) -> bool:
    return (
        doc.doc_type == label["doc_type"]
        and doc.report_year == label.get("year")
        and agency_as_labelled(doc.agency, label)
    )


def changes(label: dict, before: Document, after: Document, dated: bool = False) -> list[str]:
    """What a perturbation changed, each fact as ``fact old -> new``; ``(wrong)`` marks a wrong non-null answer,
    ``(page-dated)`` a year read from the date line the change added to a text with none of its own."""
    out = []
    if after.doc_type != before.doc_type:
        out.append(f"genre {before.doc_type} -> {after.doc_type}")
    if after.report_year != before.report_year:
        wrong = " (page-dated)" if dated else " (wrong)" if after.report_year is not None else ""
        out.append(f"year {before.report_year} -> {after.report_year}{wrong}")
    if not agency_as_labelled(after.agency, label):
        wrong = " (wrong)" if after.agency is not None else ""
        out.append(f"agency {before.agency} -> {after.agency}{wrong}")
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", type=Path, help="folder holding <id>.txt for each labelled document")
    ap.add_argument("--labels", type=Path, nargs="+", required=True)
    ap.add_argument("--only", nargs="+", choices=sorted(PERTURBATIONS), help="run only these perturbations")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every document a perturbation changes")
    args = ap.parse_args(argv)

    try:
        labels = read_labels(args.labels)
    except ValueError as e:
        print(e, file=sys.stderr)
        return 2
    docs: list[Doc] = []
    for label in labels:
        path = args.docs / f"{label['id']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        doc = read(text)
        if all_right(label, doc):
            docs.append(Doc(label["id"], label, text, doc))
    if not docs:
        print(f"no labelled document in {args.docs} is read right", file=sys.stderr)
        return 3
    print(f"documents read right: {len(docs)} of {len(labels)} labelled")
    print(
        f"{'perturbation':<22}{'applies':>8}{'genre kept':>12}{'year kept':>11}{'(wrong)':>8}{'agency kept':>13}"
        f"{'(wrong)':>8}{'page-dated':>12}"
    )
    names = args.only or list(PERTURBATIONS)
    details: list[str] = []
    for name in names:
        n = genre = year = year_wrong = agency = agency_wrong = dated_by_page = 0
        for doc in docs:
            text = PERTURBATIONS[name](doc)
            if text is None:
                continue
            after = read(text)
            n += 1
            genre += after.doc_type == doc.read.doc_type
            year += after.report_year == doc.read.report_year
            dated = page_dated(name, doc, after)
            dated_by_page += dated
            year_wrong += after.report_year not in (None, doc.read.report_year) and not dated
            kept = agency_as_labelled(after.agency, doc.label)
            agency += kept
            agency_wrong += not kept and after.agency is not None
            if args.verbose and (what := changes(doc.label, doc.read, after, dated)):
                details.append(f"{name} {doc.id}: " + "; ".join(what))
        if n:
            print(
                f"{name:<22}{n:>8}{genre / n:>12.1%}{year / n:>11.1%}{year_wrong:>8}{agency / n:>13.1%}"
                f"{agency_wrong:>8}{dated_by_page:>12}"
            )
        else:
            print(f"{name:<22}{0:>8}")
    for line in details:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
