"""``python3 -m summarizer``: the CLI without relying on the console script being on PATH (pyenv shims, --user)."""

from .cli import main

main()
