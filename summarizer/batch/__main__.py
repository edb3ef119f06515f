"""``python -m summarizer.batch``: the ``summarizer batch`` command."""

from ..cli import batch_command

if __name__ == "__main__":  # pragma: no cover
    batch_command(prog_name="summarizer batch")
