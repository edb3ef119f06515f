"""The end of every command's ``--help``: real examples, kept as written (click's ``\\b`` stops rewrapping)."""


def examples(*lines: str) -> str:
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)
