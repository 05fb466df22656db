"""The ``newsdocs`` command: a thin layer over the library.

Each command turns options into one library call and formats what comes
back; problems become ``Error: …`` lines and exit code 1, never tracebacks.
"""
from __future__ import annotations

import json
import os
import re
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import click

from . import __version__, compiled
from .ingest import IngestReport, ingest
from .loading import LoadError, discover
from .output import emit, format_option, is_terminal, note
from .parsing import ParseError, parse_file
from .store import Store, StoreError

DB_HELP = "Database: a file path or SQLAlchemy URL (env NEWSDOCS_DB; default ./newsdocs.db)."


def db_option(fn):
    return click.option("--db", envvar="NEWSDOCS_DB", default=None, metavar="PATH|URL", help=DB_HELP)(fn)


@contextmanager
def open_store(db: str | None, create: bool = False) -> Iterator[Store]:
    """The database for one command; any StoreError inside becomes `Error: …` and exit code 1."""
    try:
        with Store.open(db, create=create) as store:
            yield store
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsdocs",
                      message=f"%(prog)s %(version)s ({'compiled' if compiled() else 'pure Python'})")
def cli():
    """Parse news articles and index who said what.

    \b
    Example:
      newsdocs ingest seeds/          # parse and store the sample articles
      newsdocs show seeds/000_6c4f8276518c3c02.txt
    """


@cli.command(name="ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--force", is_flag=True, help="Re-parse files even when unchanged (after a newsdocs upgrade).")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Parser processes (default: the number of CPUs).")
def ingest_command(paths, db, force, workers):
    """Parse article files and folders (.txt, .html, .htm, .gz) into the database.

    Folders are read recursively in sorted order; hidden files are skipped.
    Unchanged files (same path and content) are skipped, changed ones
    replaced. Exit code 1 when any file failed; the rest still goes in.

    \b
    Example:
      newsdocs ingest seeds/ archive/2024/ --db news.db
    """
    workers = workers or os.cpu_count() or 1
    err = click.get_text_stream("stderr")
    show_progress = err.isatty()

    def progress(report: IngestReport) -> None:
        if show_progress:
            err.write(f"\r{report.files} files, {report.quotes} quotes …")
            err.flush()

    with open_store(db, create=True) as store:
        report = ingest(store, paths, force=force, workers=workers, progress=progress)
    if show_progress:
        err.write("\r\033[K")
    for path, reason in report.failures:
        click.echo(f"{path}: {reason}", err=True)
    click.echo(report.summary())
    if report.interrupted:
        sys.exit(130)
    if report.failed:
        sys.exit(1)


@cli.command(name="parse")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one object per file.")
def parse_command(paths, as_json):
    """Parse files and folders without a database and print what was found.

    Folders are walked as ingest walks them (recursive, sorted, hidden
    entries skipped). With --json each line holds path, headline,
    headline_derived, byline, dateline, paragraphs (every block with kind,
    text, start, end, flags) and quotes; offsets point into the file's
    decoded text.

    \b
    Example:
      newsdocs parse seeds/ --json | jq .headline
    """
    failed = False
    for candidate in discover(paths):  # lazily: a folder of half a million files starts at once
        path = candidate.path
        if candidate.error:
            click.echo(f"{path}: {candidate.error}", err=True)
            failed = True
            continue
        try:
            article = parse_file(path)
        except (LoadError, ParseError) as exc:
            click.echo(f"{path}: {exc}", err=True)
            failed = True
            continue
        if as_json:
            click.echo(json.dumps({"path": path, **article.to_dict()}, ensure_ascii=False))
        else:
            d = article.to_dict()
            click.echo(render_article({"path": path, **d}, d["paragraphs"], d["quotes"]))
    if failed:
        sys.exit(1)


@cli.command(name="show")
@click.argument("article")
@db_option
def show_command(article, db):
    """Show one stored article, by id or path, with its quotes.

    \b
    Example:
      newsdocs show 1
      newsdocs show seeds/000_6c4f8276518c3c02.txt
    """
    with open_store(db) as store:
        article_id = store.find_article(article)
        if article_id is None:
            raise click.ClickException(f"{article}: no such article in {store.location}")
        stored = store.article(article_id)
    click.echo(render_article(stored.article, stored.blocks, stored.quotes))


@cli.command(name="stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats_command(db, as_json):
    """Counts of articles, blocks, quotes and failures, database path and size.

    \b
    Example:
      newsdocs stats --db news.db
    """
    with open_store(db) as store:
        figures = store.stats()
    if as_json:
        click.echo(json.dumps(figures, indent=1, ensure_ascii=False))
        return
    click.echo(f"database:  {figures['database']}")
    if "size_bytes" in figures:
        click.echo(f"size:      {figures['size_bytes'] / 1e6:.1f} MB")
    click.echo(f"articles:  {figures['articles']}")
    blocks = ", ".join(f"{n} {k}" for k, n in sorted(figures["blocks"].items()))
    click.echo(f"blocks:    {blocks or 'none'}")
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(figures["quotes_by_kind"].items()))
    click.echo(f"quotes:    {figures['quotes']}" + (f" ({kinds})" if kinds else ""))
    click.echo(f"speakers:  {figures['speakers']}")
    click.echo(f"failures:  {figures['failures_logged']}")
    for f in figures["recent_failures"]:
        click.echo(f"  {f['path']}: {f['reason']}")


QUOTE_COLUMNS = ("quote_id", "article_id", "speaker", "speaker_type", "role", "speaker_mention", "cue", "kind",
                 "text", "start", "end", "spans", "speaker_start", "speaker_end", "cue_start", "cue_end",
                 "headline", "published", "path")
QUOTE_TABLE = (("speaker", 24), ("text", 0), ("headline", 32), ("published", 10))


def quote_filters(fn):
    """The filters shared by `quotes` and `export`."""
    for decorator in reversed([
        click.option("--speaker", metavar="NAME", help="Speaker: full name (with or without a middle initial), any variant, or surname alone."),
        click.option("--about", metavar="TEXT", help='Full-text match on the quotation: words, "phrases", prefix*, OR, NOT.'),
        click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="Kind of quotation."),
        click.option("--since", metavar="DATE", help="Published on or after DATE (YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Published on or before DATE (YYYY-MM-DD)."),
        click.option("--article", metavar="ID|PATH", help="Only this article."),
    ]):
        fn = decorator(fn)
    return fn


def _is_date(value: str) -> bool:
    """A date, or a year or month alone ("2025", "2025-05"): stored dates are compared as text, so
    "2025-13-01" would match nothing and say nothing."""
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    try:
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _filters(speaker, about, kind, since, until, article) -> dict:
    for label, value in (("--since", since), ("--until", until)):
        if value and not _is_date(value):
            raise click.BadParameter(f"{value!r} is not a date like 2025-05-16", param_hint=label)
    return {k: v for k, v in dict(speaker=speaker, about=about, kind=kind, since=since, until=until,
                                   article=article).items() if v is not None}


@cli.command(name="quotes")
@quote_filters
@click.option("--limit", type=click.IntRange(0), default=20, show_default=True, help="How many to show (0: all).")
@format_option
@db_option
def quotes_command(speaker, about, kind, since, until, article, limit, fmt, db):
    """Quotations, newest first, filtered by any mix of options.

    \b
    Example:
      newsdocs quotes --speaker zelensky
      newsdocs quotes --about "ceasefire OR truce" --kind direct --format csv > q.csv
    """
    filters = _filters(speaker, about, kind, since, until, article)
    with open_store(db) as store:
        rows, total = store.quotes(**filters, limit=limit or None)
    if not rows:
        note("no quotations match")
        return
    emit(rows, fmt, QUOTE_COLUMNS, table_columns=QUOTE_TABLE)
    if total > len(rows):
        note(f"… {total - len(rows)} more; use --limit {total} (or 0) to see all")


@cli.command(name="speakers")
@click.option("--top", type=click.IntRange(0), default=20, show_default=True, help="How many (0: all).")
@click.option("--type", "stype", type=click.Choice(["person", "organisation", "anonymous", "unknown"]),
              help="Only speakers of this type.")
@click.option("--like", metavar="TEXT", help="Only speakers whose name contains TEXT.")
@click.option("--merge", nargs=2, metavar="KEEP OTHER", help="Record that OTHER is the same speaker as KEEP.")
@click.option("--unmerge", metavar="NAME",
              help="Undo the merges of NAME, the automatic one of a name with and without its middle name too.")
@format_option
@db_option
def speakers_command(top, stype, like, merge, unmerge, fmt, db):
    """Who is quoted most: name, type, roles, quotes, articles, first and last date.

    \b
    Example:
      newsdocs speakers --top 10 --type person
      newsdocs speakers --merge "Volodymyr Zelenskyy" "Zelensky"
    """
    with open_store(db) as store:
        if merge:
            kept, merged = store.merge_speakers(*merge)
            note(f"merged {merged!r} into {kept!r}")
            return
        if unmerge:
            names = store.unmerge_speaker(unmerge)
            note(f"unmerged: {', '.join(names)}")
            return
        rows = store.speakers(top=top or None, type=stype, like=like)
    if not rows:
        note("no speakers match")
        return
    emit(rows, fmt, ("id", "name", "type", "roles", "quotes", "articles", "first_date", "last_date"),
         table_columns=(("name", 28), ("type", 12), ("roles", 0), ("quotes", 6), ("articles", 8),
                        ("first_date", 10), ("last_date", 10)))


@cli.command(name="search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="How many hits.")
@format_option
@db_option
def search_command(query, limit, fmt, db):
    """Full-text search over headlines and paragraphs, best match first.

    QUERY takes words, "exact phrases", prefix*, OR and NOT.

    \b
    Example:
      newsdocs search ceasefire
      newsdocs search '"prisoners of war" OR POW' --format json
    """
    marks = ("\033[1m", "\033[0m") if fmt == "table" and is_terminal() else ("[", "]")
    with open_store(db) as store:
        rows = store.search(query, limit=limit, highlight=marks, snippet_words=10 if fmt == "table" else 24)
    if not rows:
        note("no matches")
        return
    emit(rows, fmt, ("article_id", "block_id", "kind", "score", "headline", "snippet", "published", "path"),
         table_columns=(("article_id", 10), ("headline", 36), ("snippet", 0)))


@cli.command(name="export")
@quote_filters
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="jsonl: one article a line, blocks and quotes nested; csv: one quotation a row.")
@db_option
def export_command(speaker, about, kind, since, until, article, fmt, db):
    """Export the archive (or the quotations the filters select) for pandas, R or jq.

    Streams: a large archive never sits in memory.

    \b
    Example:
      newsdocs export > archive.jsonl
      newsdocs export --format csv --speaker putin > putin.csv
    """
    filters = _filters(speaker, about, kind, since, until, article)
    with open_store(db) as store:
        if fmt == "csv":
            records = _all_quotes(store, filters)
            n = emit(records, "csv", QUOTE_COLUMNS)
        else:
            n = emit(store.export_articles(filters or None), "jsonl", ())
    if not n:
        note("nothing to export")


def _all_quotes(store: Store, filters: dict, page: int = 1000):
    offset = 0
    while True:
        rows, _ = store.quotes(**filters, limit=page, offset=offset)
        yield from rows
        if len(rows) < page:
            return
        offset += page


def render_article(article: dict, blocks: list[dict], quotes: list[dict], width: int = 88) -> str:
    """A readable view of one article: metadata, body with markers, quotes."""
    out = []
    headline = article.get("headline") or "(no headline)"
    out.append(headline + ("   [derived from the lede]" if article.get("headline_derived") else ""))
    out.append("=" * min(width, max(len(headline), 20)))
    for label in ("id", "path", "byline", "dateline", "published", "url", "site"):
        if article.get(label):
            out.append(f"{label + ':':11}{article[label]}")
    out.append("")
    for b in blocks:
        flags = b["flags"] if isinstance(b["flags"], list) else [f for f in (b["flags"] or "").split(",") if f]
        if b["kind"] == "headline":
            continue
        if b["kind"] == "subheading":
            out.append("## " + b["text"])
        elif b["kind"] == "boilerplate":
            out.append(f"   [boilerplate] {b['text']}")
        else:
            mark = " [damaged]" if "damaged" in flags else ""
            out.append(textwrap.fill(b["text"], width) + mark)
        out.append("")
    out.append(f"Quotes ({len(quotes)})")
    out.append("-" * 10)
    for i, q in enumerate(quotes, 1):
        who = q.get("speaker") or q.get("speaker_mention") or "(unknown)"
        if q.get("speaker") and q.get("speaker_mention") and q["speaker_mention"] != q["speaker"]:
            who += f" (as “{q['speaker_mention']}”)"
        if q.get("role"):
            who += f", {q['role']}"
        cue = f" — {q['cue']}" if q.get("cue") else ""
        out.append(f"{i:>2}. {who} [{q['kind']}, {q.get('speaker_type') or 'unknown'}]{cue}")
        out.append(textwrap.fill(q["text"], width, initial_indent="    ", subsequent_indent="    "))
    return "\n".join(out).rstrip() + "\n"


def main() -> None:
    cli(prog_name="newsdocs")
