"""The ``newsdocs`` command: a thin layer over the library.

Each command turns options into one library call and formats what comes
back; problems become ``Error: …`` lines and exit code 1, never tracebacks.
"""
from __future__ import annotations

import json
import os
import sys
import textwrap

import click

from . import __version__
from .ingest import IngestReport, ingest
from .loading import LoadError
from .parsing import ParseError, parse_file
from .store import Store, StoreError

DB_HELP = "Database: a file path or SQLAlchemy URL (env NEWSDOCS_DB; default ./newsdocs.db)."


def db_option(fn):
    return click.option("--db", envvar="NEWSDOCS_DB", default=None, metavar="PATH|URL", help=DB_HELP)(fn)


def open_store(db: str | None, create: bool = False) -> Store:
    try:
        return Store.open(db, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsdocs")
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
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one object per file.")
def parse_command(files, as_json):
    """Parse files without a database and print what was found.

    With --json each line holds path, headline, headline_derived, byline,
    dateline, paragraphs (every block with kind, text, start, end, flags)
    and quotes; offsets point into the file's decoded text.

    \b
    Example:
      newsdocs parse seeds/*.txt --json | jq .headline
    """
    failed = False
    for path in files:
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
