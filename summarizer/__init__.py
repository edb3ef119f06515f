"""summarizer: grounded structured summaries of 法治政府建设年度报告.

``summarize`` turns a report into a :class:`Summary` whose every quote has offsets into the cleaned source and
whose every number has been checked against it; ``check_numbers`` and ``verify`` expose that check.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import summarize
from .models import Summary
from .numbers import NumberCheck, check_numbers
from .verify import verify

__all__ = ["NumberCheck", "Summary", "__version__", "check_numbers", "summarize", "verify"]
