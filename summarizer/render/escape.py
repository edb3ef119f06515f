"""Report text as Markdown that shows exactly that text (used by every Markdown writer)."""

from __future__ import annotations

import re

# The ASCII characters Markdown (CommonMark, GFM tables and strikethrough) reads as inline syntax: emphasis, code,
# links, raw HTML and entities. A backslash before ASCII punctuation is a literal in CommonMark. Block syntax (#, -,
# +, >, 1.) only counts at the start of a line, so only a text's first character needs it.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_MARKDOWN_BLOCK = re.compile(r"^(\s*)(\\>|[#+\-=](?=\s|$|[#=\-])|\d{1,9}[.)](?=\s|$))")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


def md(text: object) -> str:
    """Report text as Markdown that shows exactly that text: syntax characters escaped (a report's ``<script>``
    stays text, ``**`` or ``[link](…)`` cannot format or link), line breaks folded so no text starts a block."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", _LINE_BREAKS.sub(" ", str(text)))

    def block(m: re.Match[str]) -> str:
        marker = m.group(2)
        if marker.startswith("\\"):
            return m.group(0)  # ">" was escaped already
        return m.group(1) + (marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker)

    return _MARKDOWN_BLOCK.sub(block, escaped, count=1)
