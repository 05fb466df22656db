"""Formatting records for the terminal and for other programs (sqlite-utils conventions).

Every listing command takes ``--format table|json|jsonl|csv``; data goes to
stdout, notes to stderr. Records are streamed: jsonl and csv never hold a
whole result in memory.
"""
from __future__ import annotations

import csv
import json
import re
import shutil
import sys
from collections.abc import Iterable, Sequence

import click

FORMATS = ("table", "json", "jsonl", "csv")


def format_option(fn):
    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
        help="table for reading; json, jsonl or csv for pandas, R, jq or a spreadsheet.",
    )(fn)


def emit(records: Iterable[dict], fmt: str, columns: Sequence[str], *, table_columns: Sequence[tuple[str, int]] = (),
         out=None) -> int:
    """Write records in ``fmt``; returns how many were written."""
    out = out or click.get_text_stream("stdout")
    n = 0
    if fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for r in records:
            out.write(("," if n else "") + "\n " + json.dumps(r, ensure_ascii=False, default=str))
            n += 1
        out.write("\n]\n" if n else "]\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in records:
            writer.writerow({k: _cell(r.get(k)) for k in columns})
            n += 1
    else:
        n = _table(records, table_columns or [(c, 0) for c in columns], out)
    return n


def _cell(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _table(records: Iterable[dict], columns: Sequence[tuple[str, int]], out) -> int:
    """A plain-text table; columns with width 0 share what the terminal has left."""
    rows = list(records)
    if not rows:
        return 0
    width = shutil.get_terminal_size((120, 24)).columns
    fixed = sum(w for _, w in columns if w) + 2 * (len(columns) - 1)
    flexible = [c for c, w in columns if not w]
    share = max(20, (width - fixed) // max(1, len(flexible)))
    widths = [(c, w or share) for c, w in columns]
    out.write("  ".join(c.ljust(w) for c, w in widths).rstrip() + "\n")
    out.write("  ".join("-" * w for _, w in widths) + "\n")
    for r in rows:
        cells = []
        for c, w in widths:
            v = r.get(c)
            v = ", ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v))
            v = _fit(" ".join(v.split()), w)
            cells.append(v + " " * max(0, w - _visible_len(v)))
        out.write("  ".join(cells).rstrip() + "\n")
    return len(rows)


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
HIGHLIGHTS = ("\x1b[1m", "[")


def _visible_len(v: str) -> int:
    return len(_ANSI.sub("", v))


def _fit(v: str, w: int) -> str:
    """Shorten a cell to w visible characters, keeping a highlighted match in view."""
    if _visible_len(v) <= w:
        return v
    mark = min((i for i in (v.find(h) for h in HIGHLIGHTS) if i >= 0), default=-1)
    if mark > w // 2:
        v = "…" + v[mark - w // 3:]
    plain = _ANSI.sub("", v)
    if len(plain) <= w:
        return v
    if plain != v:  # cut on visible characters and close any highlight left open
        return plain[: w - 1] + "…"
    return v[: w - 1] + "…"


def note(message: str) -> None:
    click.echo(message, err=True)


def is_terminal() -> bool:
    return sys.stdout.isatty()
