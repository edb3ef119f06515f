"""``python3 -m summarizer`` and the ``summarizer`` command (the console script calls :func:`main` here).

Pydantic plugins are off in this process unless ``PYDANTIC_DISABLE_PLUGINS`` is already set: pydantic otherwise
scans every installed distribution's entry points for plugins the first time a model class is built (~7 ms of every
command, issue 15, measured 2026-11-30); the command line uses none. Set ``PYDANTIC_DISABLE_PLUGINS=`` (empty) to keep
them. Importing ``summarizer`` as a library changes nothing.
"""

import os

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from .cli import main  # noqa: E402 - after the setting above, which must precede the first model class

if __name__ == "__main__":
    main()
