"""A comparison table of many summaries: one row per report, as CSV (UTF-8 with BOM) or XLSX.

It is built from a batch's ``results.jsonl`` (see :mod:`summarizer.batch`), so it can be rebuilt at any time,
including after an interrupted batch resumed. The columns and their Chinese headers are a stable contract
(:data:`COLUMNS`): add new columns at the end, never rename or reorder.

    from summarizer.batch.results import iter_results
    from summarizer.render.table import write_table

    write_table(iter_results("results.jsonl"), "compare.xlsx")      # or .csv
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

from ..labels import DOC_TYPE_LABELS, PART_LABELS, STATUS_LABELS, VERIFICATION_LABELS
from ..output import write_output
from .markdown import warning_zh

# (key, header). Keys are for programs (``rows()`` returns dicts keyed by them), headers for people.
COLUMNS: list[tuple[str, str]] = [
    ("file", "文件"),
    ("status", "状态"),
    ("agency", "机关"),
    ("year", "报告年度"),
    ("doc_type", "文件类型"),
    ("measures_achievements", "主要举措和成效"),
    ("shortfalls_causes", "存在的不足和原因"),
    ("first_responsible_person", "第一责任人职责"),
    ("next_year_plans", "下一年度安排"),
    ("missing", "缺少的法定部分"),
    ("measures", "举措数"),
    ("achievements", "成效数"),
    ("metrics", "数据项数"),
    ("shortfalls", "不足数"),
    ("causes", "原因数"),
    ("plans", "安排数"),
    ("duty_actions", "第一责任人履职事项数"),
    ("verification", "核验"),
    ("unsupported_numbers", "无依据数字"),
    ("quote_mismatches", "不一致引文"),
    ("engine", "引擎"),
    ("model", "模型"),
    ("error", "错误"),
    ("sha256", "SHA-256"),
    # quality indicators (summarizer.quality), added after the first contract
    ("parts_in_order", "法定部分顺序合规"),
    ("duty_section", "第一责任人专章"),
    ("metrics_per_1000", "每千字数据项"),
    ("achievement_number_share", "成效有数字占比"),
    ("causes_analysed", "分析了原因"),
    ("generic_shortfalls", "套话式不足数"),
    ("plans_with_target", "安排有目标数"),
    ("plans_with_deadline", "安排有时限数"),
    ("publication_date", "发布日期"),
    ("timeliness", "按时公开"),
    # what the summary warns of (an agency named by its level alone, a text cut off, a page of several), in Chinese:
    # a row that looks whole may not be
    ("warnings", "提示"),
]
HEADERS = [h for _, h in COLUMNS]
KEYS = [k for k, _ in COLUMNS]
PARTS = ("measures_achievements", "shortfalls_causes", "first_responsible_person", "next_year_plans")
YES, NO = "是", "否"


def _doc_type_label(value: Optional[str]) -> str:

    return DOC_TYPE_LABELS.get(str(value), str(value or ""))


def _metrics(summary: Mapping[str, Any]) -> int:
    n = 0
    for key in ("achievements", "shortfalls", "causes", "plans"):
        n += sum(len(item.get("metrics") or []) for item in summary.get(key) or [])
    frp = summary.get("first_responsible_person") or {}
    n += sum(len(a.get("metrics") or []) for a in frp.get("actions") or [])
    return n


def row(record: Mapping[str, Any]) -> dict[str, Any]:
    """One table row (keys of :data:`COLUMNS`) from one ``results.jsonl`` record."""
    out: dict[str, Any] = {k: "" for k in KEYS}
    out.update(
        file=record.get("file") or "",
        status=STATUS_LABELS.get(record.get("status", ""), record.get("status")),
        sha256=record.get("sha256") or "",
        engine=record.get("engine") or "",
    )
    summary = record.get("summary")
    if record.get("status") != "done" or not isinstance(summary, Mapping):
        out["error"] = record.get("error") or ""
        if record.get("exit_code") is not None:
            out["error"] = f"[{record['exit_code']}] {out['error']}"
        return out
    doc = summary.get("document") or {}
    comp = summary.get("compliance") or {}
    ver = summary.get("verification") or {}
    prov = summary.get("provenance") or {}
    frp = summary.get("first_responsible_person") or {}
    out.update(
        agency=doc.get("agency") or "",
        year=doc.get("report_year") if doc.get("report_year") is not None else "",
        doc_type=_doc_type_label(doc.get("doc_type")),
        missing="、".join(PART_LABELS.get(m, m) for m in comp.get("missing") or []),
        measures=len(summary.get("measures") or []),
        achievements=len(summary.get("achievements") or []),
        metrics=_metrics(summary),
        shortfalls=len(summary.get("shortfalls") or []),
        causes=len(summary.get("causes") or []),
        plans=len(summary.get("plans") or []),
        duty_actions=len(frp.get("actions") or []),
        verification=VERIFICATION_LABELS[bool(ver.get("ok")) if ver.get("checked") else None],
        unsupported_numbers=int(ver.get("unsupported_numbers") or 0),
        quote_mismatches=int(ver.get("quote_mismatches") or 0),
        engine=prov.get("engine") or record.get("engine") or "",
        model=prov.get("model") or "",
        warnings="；".join(warning_zh(str(w)) for w in summary.get("warnings") or []),
    )
    for part in PARTS:
        out[part] = YES if (comp.get(part) or {}).get("present") else NO
    out.update(_quality(summary.get("quality")))
    return out


# the quality values as the table shows them (keys as read from JSON: anything)
_IN_ORDER: dict[Any, str] = {True: YES, False: NO}
_DUTY: dict[Any, str] = {"dedicated": "专门章节", "in_passing": "顺带提及", "absent": "未报告"}
_TIMELINESS: dict[Any, str] = {"on_time": "按时", "late": "逾期", "unknown": "无法判断"}


def _quality(q: Any) -> dict[str, Any]:
    """The quality columns (blank for a summary made before ``summary.quality`` existed)."""
    if not isinstance(q, Mapping):
        return {}
    comp, conc = q.get("completeness") or {}, q.get("concreteness") or {}
    prob, plans, time = q.get("problem_analysis") or {}, q.get("plans") or {}, q.get("timeliness") or {}
    share = conc.get("achievement_number_share")
    return dict(
        parts_in_order=_IN_ORDER.get(comp.get("in_order"), ""),
        duty_section=_DUTY.get(comp.get("duty"), ""),
        metrics_per_1000=conc.get("metrics_per_1000_chars", ""),
        achievement_number_share="" if share is None else round(float(share), 3),
        causes_analysed=YES if prob.get("causes_analysed") else NO,
        generic_shortfalls=len(prob.get("generic_shortfalls") or []),
        plans_with_target=plans.get("with_target", ""),
        plans_with_deadline=plans.get("with_deadline", ""),
        publication_date=time.get("publication_date") or "",
        timeliness=_TIMELINESS.get(time.get("status"), ""),
    )


def rows(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows for results.jsonl records (``batch.results.iter_results`` streams them): one per report (by input SHA-256; the latest record of
    each wins, so a failure later retried successfully shows as done), sorted by file name."""
    latest: dict[str, dict[str, Any]] = {}
    for rec in records:
        latest[rec.get("sha256") or f"file:{rec.get('file')}"] = row(rec)  # a retried report: latest record wins
    return sorted(latest.values(), key=lambda r: (str(r["file"]), str(r["sha256"])))


_FORMULA_START = ("=", "+", "-", "@", "＝", "＋", "－", "＠")


def _is_formula(value: Any) -> bool:
    """Would a spreadsheet read this text cell as a formula? Also after leading whitespace or line breaks
    (``"\n=1+1"``: some programs strip those before looking), and full-width ``＝``, which some convert."""
    return isinstance(value, str) and (value[:1] in ("\t", "\r", "\n") or value.lstrip()[:1] in _FORMULA_START)


def _cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells (a file named ``=HYPERLINK(…)`` stays text)."""
    return "'" + value if _is_formula(value) else value


def to_csv(table: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADERS)
    for r in table:
        w.writerow([_cell(r[k]) for k in KEYS])
    return buf.getvalue()


def _atomic_write(path: Path, data: bytes) -> None:
    """Atomically, or in place for a device or pipe; a full disk raises OutputError and leaves nothing behind."""
    write_output(path, data, option="--table")


def write_csv(table: list[dict[str, Any]], path: Union[str, os.PathLike]) -> Path:
    path = Path(path)
    _atomic_write(path, to_csv(table).encode("utf-8-sig"))
    return path


def write_xlsx(table: list[dict[str, Any]], path: Union[str, os.PathLike]) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "对比"
    ws.append(HEADERS)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in table:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in (r[k] for k in KEYS)])
        for c in ws[ws.max_row]:
            if isinstance(c.value, str) and c.value.startswith("="):
                c.data_type = "s"  # openpyxl would otherwise store it as a formula
            if _is_formula(c.value):
                c.quotePrefix = True  # Excel's own "this is text" flag (the ' a user would type)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    for i, key in enumerate(KEYS, start=1):
        width = max([len(str(r[key])) for r in table] + [len(HEADERS[i - 1]) * 2])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(6, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    _atomic_write(path, buf.getvalue())
    return path


def write_table(records: Iterable[Mapping[str, Any]], path: Union[str, os.PathLike]) -> Path:
    """Write the comparison table of ``results`` (results.jsonl records) to ``path`` (.csv or .xlsx)."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"table {path}: use a .csv or .xlsx file name")
    table = rows(records)
    return write_csv(table, path) if suffix == ".csv" else write_xlsx(table, path)
