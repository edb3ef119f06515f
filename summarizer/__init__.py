"""summarizer: grounded structured summaries of 法治政府建设年度报告."""

from __future__ import annotations

__version__ = "0.1.0"
