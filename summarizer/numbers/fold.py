"""Character folding, one character to one, so offsets in the folded copy are offsets in the original."""

from __future__ import annotations

import re

# Traditional -> simplified, only for characters that occur in units, qualifiers, numerals and the
# fixed phrases below. A full converter is neither needed nor safe here (OpenCC converts phrases,
# which may change lengths); a one-to-one table keeps offsets valid by construction.
_TRAD = (
    "萬億兩個項間條場臺戶車學時點餘約過於屆歲輛張處棟週門統體對網辦崗雙責開隨機進議題規劃會識護"
    "維專單級類種輪組隊節課冊畝噸鐘號鄉鎮區縣領業貳陸將內確計則頁層筆長務價"
)
_SIMP = (
    "万亿两个项间条场台户车学时点余约过于届岁辆张处栋周门统体对网办岗双责开随机进议题规划会识护"
    "维专单级类种轮组队节课册亩吨钟号乡镇区县领业贰陆将内确计则页层笔长务价"
)
_FULL = "０１２３４５６７８９％．－～○"
_HALF = "0123456789%.-~〇"
assert len(_TRAD) == len(_SIMP) and len(_FULL) == len(_HALF)
_FOLD_MAP = dict(zip(_TRAD + _FULL, _SIMP + _HALF))
_FOLD_RE = re.compile("[" + re.escape(_TRAD + _FULL) + "]")


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_MAP[m.group()]


def _fold(s: str) -> str:
    """One-to-one fold (a regex sub: ~8x faster than str.translate on mostly unmapped text)."""
    return _FOLD_RE.sub(_fold_char, s)
