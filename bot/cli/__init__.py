"""The `codesign` command line: run the bot, migrate, check and rehearse flows, grant roles,
export, count and report a session, group notes into themes, and record what became of
a proposal. One module per group of commands, each adding its commands to the one typer
application (`bot/cli/common.py`)."""

from __future__ import annotations

import os
import sys

from bot.cli import flows, outcomes, reports, roles, serve, themes
from bot.cli.common import app

__all__ = ["flows", "main", "outcomes", "reports", "roles", "serve", "themes"]


def main() -> None:
    # numpy's BLAS threads cost more than they give on the bot's small matrices (opinion
    # groups of 2,000 members on 200 proposals: 0.9 s on one thread, 2.3 s on two cores'
    # worth); numpy reads this when it is first imported, which is after this line.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    app(prog_name="codesign")


if __name__ == "__main__":
    main()
    sys.exit(0)
