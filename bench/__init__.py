"""Benchmarks that print figures (speed and memory are measured here, never asserted in tests).

    .venv/bin/python -m bench.throughput [--members N] [--database sqlite|postgres] [--json]
    .venv/bin/python -m bench.storage_scale [--members N] [--messages N] [--json]
    .venv/bin/python -m bench.engagement [--members N] [--due N] [--sends N] [--json]
    .venv/bin/python -m bench.sentiment [--json]
    .venv/bin/python -m bench.exports [--rows N] [--members N] [--database sqlite|postgres|both]
    .venv/bin/python -m bench.opinions [--random N] [--planted N] [--json]

See bench/README.md for what the figures mean and the figures measured so far.
"""
