"""Turn the Hebei provincial departments' pages kept in a public repository into three corpora for ``bench/corpus.py``.

``gerry0208/spider_project`` keeps a crawl of Hebei's provincial sites under ``河北政府网站/``, one CSV a column of a
site (UTF-8 with a BOM; 标题, 时间 or 日期, 内容 holding the page's whole text). Three kinds are labelled here, each from
where the crawl found it, never from our engine's reading:

- ``hebei-reports.jsonl``: the 政府信息公开年报 columns of four departments (工业和信息化厅, 科学技术厅, 教育厅,
  人力资源和社会保障厅): their disclosure reports (``information_disclosure_report``) and, in 工信厅's, its reports on
  rule-of-law government (``annual_report``), the year each reports on from its title. The writer is the department
  whose column holds it; ``aliases`` its short names (河北省人社厅).
- ``hebei-rules.jsonl``: the province's government rules (政府规章; genre ``other``, writer 河北省人民政府), whose crawl
  dropped their article numbers (第一条…).
- ``hebei-notices.jsonl``: 人社厅's own normative notices (厅规范性文件), each crawled onto one line. The writer is the
  first issuer the title names, or, for a title opening on 关于, the first signer before the signing date and its
  note (此件主动公开); a notice may read as a plan or as points of work (``other,implementation_plan,work_points``).

Pages shorter than 500 characters (a 网站年度报表 that is only a PDF's name), statistics tables and the rows of other
kinds are left out. Like every corpus here, the output stays on this machine (COLLECTING.md).

    python bench/realworld/hebei_corpus.py <snapshot's git dir> /work/realworld/gwr
    python bench/corpus.py /work/realworld/gwr/hebei-reports.jsonl --genre-field genre --agency-field writer \\
        --year-field report_year
    python bench/corpus.py /work/realworld/gwr/hebei-rules.jsonl --genre other --agency-field writer
    python bench/corpus.py /work/realworld/gwr/hebei-notices.jsonl --genre-field genre --agency-field writer
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

_ROOT = "河北政府网站/"
_HR = "河北省人力资源和社会保障厅"
_HR_COLUMN = "2人力资源和社会保障厅-政府信息公开/人力资源和社会保障厅_政策法规+政府信息公开年报.csv"
_REPORT_COLUMNS = {
    "6工业和信息化厅-政府信息公开/政府信息公开年报.csv": "河北省工业和信息化厅",
    "5科学技术厅-政府信息公开/政府信息公开年报.csv": "河北省科学技术厅",
    "7教育厅-政府信息公开/政府信息公开年报.csv": "河北省教育厅",
    _HR_COLUMN: _HR,
}
_ALIASES = {
    "河北省科学技术厅": ["河北省科技厅"],
    _HR: ["河北省人社厅", "河北省人力资源社会保障厅"],
    "河北省工业和信息化厅": ["河北省工信厅"],
}
# the signers run together before the signing date and the note on how the notice is published
_SIGNED = re.compile(r"([\u4e00-\u9fff]{4,160})(?:19|20)\d\d年\d{1,2}月\d{1,2}日[（(]此件")
_SIGNER_START = re.compile(r"(?=(?<!中共)河北省|国家税务总局|中共河北省)")


def column(git_dir: str, path: str) -> list[dict[str, str]]:
    """One CSV of the crawl, read from the snapshot's newest commit."""
    data = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"HEAD:{_ROOT}{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8-sig")
    csv.field_size_limit(10**9)
    return list(csv.DictReader(io.StringIO(data)))


def reports(git_dir: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path, writer in _REPORT_COLUMNS.items():
        for row in column(git_dir, path):
            title, text = row["标题"], row["内容"]
            if len(text.strip()) < 500 or "统计表" in title:
                continue
            if "法治政府" in title:
                genre = "annual_report"
            elif "信息公开" in title and re.search(r"报告|年报|总结|年度报", title):
                genre = "information_disclosure_report"
            else:
                continue
            year = re.search(r"(20\d\d)年", title) or re.search(r"(20\d\d)年度", text[:300])
            out.append(
                {
                    "title": title.rstrip(".…"),
                    "content": text,
                    "year": (row.get("时间") or row.get("日期") or "")[:4],
                    "report_year": year.group(1) if year else "",
                    "writer": writer,
                    "aliases": _ALIASES.get(writer, []),
                    "genre": genre,
                }
            )
    return out


def rules(git_dir: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for row in column(git_dir, "3人民政府-政府信息公开/人民政府_政府规章.csv"):
        if len(row["内容"]) < 500:
            continue
        in_force = re.search(r"本(?:办法|规定|细则|条例)自(20\d\d)年", row["内容"][-300:])
        out.append(
            {
                "title": row["标题"],
                "content": row["内容"],
                "year": in_force.group(1) if in_force else "2000",
                "writer": "河北省人民政府",
            }
        )
    return out


def notices(git_dir: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for row in column(git_dir, _HR_COLUMN):
        if row["所属一级类别"] != "厅规范性文件" or len(row["内容"]) < 800:
            continue
        title = row["标题"]
        if title.startswith("关于") and (signed := _SIGNED.search(row["内容"])):
            signers = [s for s in _SIGNER_START.split(signed.group(1)) if _SIGNER_START.match(s)]
            writer = signers[0] if signers else _HR
        elif title.startswith(_HR + "办公室"):
            writer = _HR + "办公室"
        elif title.startswith((_HR, "关于")):
            writer = _HR
        elif title.startswith("中共河北省委组织部" + _HR):
            writer = "中共河北省委组织部"
        else:
            continue  # (a title led by another body, or by a group: not this department's own)
        aliases = _ALIASES.get(writer, []) + ([_HR, *_ALIASES[_HR]] if writer != _HR and _HR in title else [])
        out.append(
            {
                "title": title,
                "content": row["内容"],
                "year": row["日期"][:4],
                "writer": writer,
                "aliases": aliases,
                "genre": "other,implementation_plan,work_points",
            }
        )
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: hebei_corpus.py <snapshot's git dir> <output folder>", file=sys.stderr)
        return 2
    git_dir, folder = argv[0], Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    try:
        made = {"hebei-reports": reports(git_dir), "hebei-rules": rules(git_dir), "hebei-notices": notices(git_dir)}
    except (OSError, subprocess.CalledProcessError, KeyError) as exc:
        print(f"hebei_corpus.py: cannot read the crawl in {git_dir}: {exc}", file=sys.stderr)
        return 1
    for name, rows in made.items():
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}.jsonl: {len(rows)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
