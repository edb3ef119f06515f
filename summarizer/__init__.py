"""summarizer: grounded structured summaries of 法治政府建设年度报告.

``summarize`` turns a report into a :class:`Summary` whose every quote has offsets into the cleaned source and
whose every number has been checked against it; ``check_numbers`` and ``verify`` expose that check, and ``check``
runs it on any summary text (a person's or a chat model's) against its report.
"""

from __future__ import annotations

from .api import summarize
from .check import CheckResult, check
from .models import Summary
from .numbers import NumberCheck, check_numbers
from .verify import verify
from .version import __version__

__all__ = ["CheckResult", "NumberCheck", "Summary", "__version__", "check", "check_numbers", "summarize", "verify"]
