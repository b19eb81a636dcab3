"""What a text costs now that it comes from a catalogue: reading one (`texts.members.X`, a
dictionary read in the language being spoken) and formatting it with Fluent, against the
plain `str.format` the bot used before.

    .venv/bin/python -m bench.i18n [--n 100000] [--json]

Cases, each timed over `--n` calls:
  str.format        the baseline: a Python template, formatted
  read              `texts.members.NOT_ALLOWED` read in English (no formatting)
  read in Polish    the same inside `speaking("pl")`
  format            `texts.organisers.BROADCAST_QUEUED.format(...)`: a plural and 4 values
  format in Arabic  the same in Arabic (six plural forms, values isolated)
  speaking + format what a message to someone else costs: `speaking(lang)` around a format

The first read of a module in a language parses its file (once per process); that is timed
apart ("first read"), the rest is the steady state the bot runs in.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

BASELINE = (
    "Sending to {n} member(s) of “{title}”. At Telegram's pace that takes about {duration} "
    "(done by {done}). Members who paused or blocked the bot are left out."
)
VALUES: dict[str, Any] = {"n": 23, "title": "Elm Park", "duration": "2 seconds", "done": "18:00"}


def timed(n: int, call: Callable[[], object]) -> float:
    """Microseconds per call."""
    start = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - start) / n * 1e6


def run(n: int) -> dict[str, Any]:
    from texts.i18n import CATALOGUES, speaking

    start = time.perf_counter()
    import texts.members
    import texts.organisers

    with speaking("ar"):
        texts.organisers.BROADCAST_QUEUED.format(**VALUES)
    first = (time.perf_counter() - start) * 1e3

    def read_pl() -> object:
        with speaking("pl"):
            return texts.members.NOT_ALLOWED

    def format_ar() -> object:
        with speaking("ar"):
            return texts.organisers.BROADCAST_QUEUED.format(**VALUES)

    def speak_and_format() -> object:
        with speaking("es"):
            return texts.organisers.BROADCAST_QUEUED.format(**VALUES)

    queued = texts.organisers.BROADCAST_QUEUED
    cases = {
        "str.format": timed(n, lambda: BASELINE.format(**VALUES)),
        "read": timed(n, lambda: texts.members.NOT_ALLOWED),
        "read in Polish": timed(n, read_pl),
        "format": timed(n, lambda: queued.format(**VALUES)),
        "format in Arabic": timed(n, format_ar),
        "speaking + format": timed(n, speak_and_format),
    }
    loaded = len(CATALOGUES._catalogues)
    return {"n": n, "first read ms": round(first, 1), "catalogues loaded": loaded, "us": cases}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.i18n")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.n)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    base = result["us"]["str.format"]
    print(f"first read (parses members and organisers in en and ar): {result['first read ms']} ms")
    print(f"{'case':<20}{'µs/call':>10}{'× str.format':>14}")
    for case, us in result["us"].items():
        print(f"{case:<20}{us:>10.2f}{us / base:>14.1f}")


if __name__ == "__main__":
    main()
