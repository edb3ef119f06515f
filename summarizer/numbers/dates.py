"""Scanning dates and date ranges: 2024年12月20日, 2024-12-20, 10月16日, 2022年1月1日—11月28日."""

from __future__ import annotations

from decimal import Decimal

from .chinese import parse_chinese_numeral
from .patterns import _DATE_ISO_RE, _DATE_MD_RE, _DATE_YMD_RE, _SEP_RE, _TAIL_D_RE, _TAIL_M_RE


def _date_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    v = parse_chinese_numeral(s)
    return v if isinstance(v, int) else None


def _valid_date(y: int | None, mo: int | None, d: int | None) -> bool:
    return (y is None or 1900 <= y <= 2100) and (mo is None or 1 <= mo <= 12) and (d is None or 1 <= d <= 31)


def _date_value(y: int | None, mo: int, d: int | None) -> tuple[Decimal, str]:
    if y is not None and d is not None:
        return Decimal(y * 10000 + mo * 100 + d), "年月日"
    if y is not None:
        return Decimal(y * 100 + mo), "年月"
    if d is not None:
        return Decimal(mo * 100 + d), "月日"
    return Decimal(mo), "月"


def _scan_date(t: str, s: int) -> tuple[int, Decimal, str, Decimal | None] | None:
    """Dates and date ranges at s: (end, value, unit, high) or None."""
    m = _DATE_ISO_RE.match(t, s)
    if m is not None:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid_date(year, month, day):
            v, unit = _date_value(year, month, day)
            return m.end(), v, unit, None
    m = _DATE_YMD_RE.match(t, s)
    y: int | None
    if m is not None:
        y, mo = _date_int(m["y"]), _date_int(m["m"])
        d = _date_int(m["d"]) if m["d"] else None
    else:
        m = _DATE_MD_RE.match(t, s)
        if m is None:
            return None
        y, mo, d = None, _date_int(m["m"]), _date_int(m["d"])
    if mo is None or (m["d"] and d is None) or ("y" in m.re.groupindex and y is None):
        return None
    if not _valid_date(y, mo, d):
        return None
    value, unit = _date_value(y, mo, d)
    end = m.end()
    high: Decimal | None = None
    sep = _SEP_RE.match(t, end)
    if sep is not None:
        p = sep.end()
        tails = [_DATE_YMD_RE, _DATE_MD_RE, _TAIL_D_RE] if d is not None else [_DATE_YMD_RE, _TAIL_M_RE]
        for rx in tails:
            tm = rx.match(t, p)
            if tm is None:
                continue
            gi = rx.groupindex
            ty = _date_int(tm["y"]) if "y" in gi else y
            tmo = _date_int(tm["m"]) if "m" in gi else mo
            td = _date_int(tm["d"]) if "d" in gi and tm["d"] else None
            if (d is None) != (td is None) or tmo is None or not _valid_date(ty, tmo, td):
                continue
            hv, hunit = _date_value(ty, tmo, td)
            if hunit == unit and hv > value:
                high, end = hv, tm.end()
            break
    return end, value, unit, high
