"""Storage: the one module that knows tables, SQL and database dialects.

SQLAlchemy 2.0 typed models describe the schema; writes go through Core in
batches (one transaction per batch, so an article is never half-written).
SQLite is the embedded default (WAL mode, busy timeout); any SQLAlchemy URL
works, PostgreSQL being the path for large shared archives.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import (
    Boolean,
    and_,
    bindparam,
    case,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    delete,
    event,
    column,
    func,
    insert,
    inspect,
    literal,
    or_,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, aliased, mapped_column

from .lexicon import sections
from .model import Article
from .names import (fold, full_given, key_surname, middle_initial_variants, middles_agree, name_parts, offices,
                    query_keys, speaker_key)

SCHEMA_VERSION = 4
# Schema 2 differs from 1 only in SQLite's full-text triggers (no insert triggers; see
# _create_sqlite_search_index); schema 3 adds speakers.merged_by; schema 4 keys bodies and groups by every
# word of their name (see names.speaker_key). Older databases are brought up to date in place when opened.
DEFAULT_DB = "newsdocs.db"


class StoreError(Exception):
    """A database problem the user can act on; str() says what to do."""


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(16))
    headline: Mapped[str | None] = mapped_column(Text)
    headline_derived: Mapped[bool] = mapped_column(Boolean, default=False)
    byline: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32), index=True)  # ISO date
    url: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)  # every offset points into this
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)  # web pages: the HTML, to re-extract
    warnings: Mapped[str | None] = mapped_column(Text)  # JSON list
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BlockRow(Base):
    __tablename__ = "blocks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # indexed with seq below (ix_blocks_article_seq), which serves lookups by article too
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    flags: Mapped[str] = mapped_column(String(64), default="")  # comma-separated


class SpeakerRow(Base):
    """One speaker across the archive, keyed by a normalised name (see names.py)."""

    __tablename__ = "speakers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    surname: Mapped[str] = mapped_column(String(128), index=True)  # folded last word, for --speaker NAME
    # A merge points B at A; rows are never deleted, so merges survive re-ingest and can be undone.
    # merged_by says whose merge it is: "user" (`speakers --merge/--unmerge`, never touched again
    # by newsdocs) or "auto" (the same name with and without a middle name; see _merge_name_variants).
    canonical_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"), index=True)
    merged_by: Mapped[str | None] = mapped_column(String(8))
    # Kept up to date by every write, so "who is quoted most" reads a few rows, not every quotation.
    n_quotes: Mapped[int] = mapped_column(Integer, default=0, index=True)
    n_articles: Mapped[int] = mapped_column(Integer, default=0)
    first_date: Mapped[str | None] = mapped_column(String(32))
    last_date: Mapped[str | None] = mapped_column(String(32))


class SpeakerRoleRow(Base):
    """Every role an article gives a speaker ("British Prime Minister")."""

    __tablename__ = "speaker_roles"
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(255), primary_key=True)


class QuoteRow(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    spans: Mapped[str] = mapped_column(Text)  # JSON [[start, end], ...]
    block_seq: Mapped[int] = mapped_column(Integer)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"))  # see ix_quotes_speaker_newest
    published: Mapped[str | None] = mapped_column(String(32))  # the article's, copied: newest-first by index
    speaker: Mapped[str | None] = mapped_column(Text)  # resolved name as the article gives it
    speaker_mention: Mapped[str | None] = mapped_column(Text)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    speaker_type: Mapped[str] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(Text)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)


class IngestLogRow(Base):
    __tablename__ = "ingest_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, index=True)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


Index("ix_blocks_article_seq", BlockRow.article_id, BlockRow.seq)
Index("ix_quotes_speaker_newest", QuoteRow.speaker_id, QuoteRow.published, QuoteRow.article_id)


# Columns indexed for full-text search, per table.
FTS_COLUMNS = {"quotes": ("text",), "blocks": ("text",)}


_FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_BARE_WORD = re.compile(r"[\w*]+", re.UNICODE)


def _quote_plain_words(query: str) -> str:
    """Let "non-starters" or "U.S." mean what a user means: a word with punctuation becomes a phrase.

    Queries that already use quotation marks or parentheses are left as written.
    """
    if '"' in query or "(" in query:
        return query
    parts = []
    for word in query.split():
        if word in _FTS_OPERATORS or _BARE_WORD.fullmatch(word):
            parts.append(word)
        else:
            parts.append('"' + word + '"')
    return " ".join(parts)


_QUERY_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s()"]+')


def _query_problem(query: str) -> str | None:
    """What is wrong with an FTS5-style query, checked the same way whatever the database."""
    if query.count('"') % 2:
        return "unterminated string"
    if query.count("(") != query.count(")"):
        return "unbalanced parentheses"
    tokens = _QUERY_TOKEN.findall(query)
    words = [t for t in tokens if t not in ("(", ")")]
    if not words:
        return "no words to search for"
    previous = None
    for t in words:
        if t in _FTS_OPERATORS and (previous is None or previous in _FTS_OPERATORS):
            return f"syntax error near {t!r}"
        previous = t
    if previous in _FTS_OPERATORS:
        return f"syntax error near {previous!r}"
    return None


def _to_websearch(query: str) -> str:
    """An FTS5-style query (without prefix terms) in websearch_to_tsquery syntax."""
    out, negate = [], False
    for t in _QUERY_TOKEN.findall(query):
        if t in ("(", ")", "AND", "NEAR"):
            continue
        if t == "NOT":
            negate = True
            continue
        out.append(("-" if negate else "") + t)
        negate = False
    return " ".join(out)


def _to_tsquery_syntax(query: str) -> str:
    """An FTS5-style query in to_tsquery syntax: & | ! <-> and word:* for prefixes."""
    out: list[str] = []
    for t in _QUERY_TOKEN.findall(query):
        if t in ("AND", "NEAR"):
            continue
        if t in ("OR", "NOT", ")"):
            out.append({"OR": "|", "NOT": "& !", ")": ")"}[t])
            continue
        if t.startswith('"'):
            words = re.findall(r"\w+", t)
            term = "(" + " <-> ".join(words) + ")" if words else ""
        elif t == "(":
            term = "("
        else:
            word = "".join(re.findall(r"\w+", t))
            term = f"{word}:*" if t.endswith("*") else word
        if not term:
            continue
        if out and out[-1] not in ("|", "& !", "(") and term != ")":
            out.append("&")  # words side by side mean AND, as in FTS5
        out.append(term)
    return " ".join(out)


# mentions that stand for someone without saying who: quoted, but no speaker of the archive's ("she" of a woman
# the article never names, "others", "someone")
_GRAMMAR = sections("grammar.txt")
_NO_ONE_IN_PARTICULAR = _GRAMMAR["pronouns"] | _GRAMMAR["indefinite_pronouns"] | _GRAMMAR["counted_subjects"] \
    | frozenset("none all each one".split())


def _speaker_identity(speaker: str | None, mention: str | None, speaker_type: str) -> tuple[str, str] | None:
    """(archive-wide key, display name) of a quotation's speaker, or None when it has none to index.

    Named people and organisations by their name; anonymous and group
    sources by their mention ("a Ukrainian source"), in their own namespace.
    """
    name = speaker or (mention if speaker_type in ("organisation", "anonymous") else None)
    if not name or name.lower() in _NO_ONE_IN_PARTICULAR:
        return None
    return speaker_key(name, speaker_type), name


@dataclass(frozen=True)
class ArticleRows:
    """One parsed article as the plain rows the store writes (ids and times left out).

    Built where the article was parsed — in an ingest worker — so that the
    single writer only writes, and what crosses between processes is plain
    dicts and strings, cheap to pickle.
    """

    path: str
    sha256: str
    article: dict
    blocks: list[dict]
    quotes: list[dict]
    speakers: list[tuple[str, str, str] | None]  # (key, name, type) of each quotation's speaker


def article_rows(path: str, sha: str, fmt: str, raw: bytes | None, a: Article) -> ArticleRows:
    article = dict(path=path, sha256=sha, format=fmt, headline=a.headline, headline_derived=a.headline_derived,
                   byline=a.byline, dateline=a.dateline, published=a.published, url=a.url, site=a.site,
                   language=a.language, text=a.text, raw=raw,
                   warnings=json.dumps(list(a.warnings)) if a.warnings else None)
    blocks = [dict(seq=i, kind=b.kind, text=b.text, start=b.start, end=b.end, flags=",".join(b.flags))
              for i, b in enumerate(a.blocks)]
    quotes = [dict(
        seq=i, kind=q.kind, text=q.text, start=q.start, end=q.end,
        spans=json.dumps([list(sp) for sp in q.spans]), block_seq=q.block, published=a.published,
        speaker=q.speaker, speaker_mention=q.speaker_mention, speaker_start=q.speaker_start,
        speaker_end=q.speaker_end, speaker_type=q.speaker_type, role=q.role, cue=q.cue,
        cue_start=q.cue_start, cue_end=q.cue_end,
    ) for i, q in enumerate(a.quotes)]
    speakers = []
    for q in a.quotes:
        ident = _speaker_identity(q.speaker, q.speaker_mention, q.speaker_type)
        speakers.append(None if ident is None else (ident[0], ident[1], q.speaker_type))
    return ArticleRows(path, sha, article, blocks, quotes, speakers)


def _quote_select():
    """Quotations with their article's headline and path and their speaker's name, merges followed."""
    canonical = aliased(SpeakerRow)
    return (
        select(QuoteRow.__table__, ArticleRow.headline, ArticleRow.path,
               func.coalesce(canonical.name, QuoteRow.speaker, QuoteRow.speaker_mention).label("speaker_name"),
               canonical.id.label("speaker_key_id"))
        .join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
        .outerjoin(SpeakerRow, SpeakerRow.id == QuoteRow.speaker_id)
        .outerjoin(canonical, canonical.id == func.coalesce(SpeakerRow.canonical_id, SpeakerRow.id))
    )


def _quote_record(row) -> dict:
    """A quotation row as the plain record the library and CLI hand out."""
    r = dict(row)
    r["spans"] = json.loads(r["spans"])
    r["speaker"] = r.pop("speaker_name")
    r["speaker_id"] = r.pop("speaker_key_id")
    r["quote_id"] = r.pop("id")
    return r


def _block_record(row) -> dict:
    r = dict(row)
    r["flags"] = [f for f in (r["flags"] or "").split(",") if f]
    for k in ("id", "article_id"):
        r.pop(k, None)
    return r


def database_url(db: str | None) -> str:
    """``--db`` / ``NEWSDOCS_DB`` / default, as a SQLAlchemy URL (a plain path means SQLite)."""
    db = db or os.environ.get("NEWSDOCS_DB") or DEFAULT_DB
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    # 64 MiB of page cache instead of 2: full-text index merges in a large archive re-read
    # the same pages; measured 4–8% off ingest's write time at 20,000 articles
    cur.execute("PRAGMA cache_size=-65536")
    # Foreign keys stay declared but unenforced (SQLite's default): every write path deletes children
    # before parents and inserts ids it has just read, and the checks cost a tenth of ingest's writing.
    cur.close()


def _bulk_insert(conn, model, rows: list[dict]) -> None:
    """INSERT many rows of plain ints and strings, compiled once and handed straight to the driver.

    conn.execute(insert(model), rows) runs SQLAlchemy's per-row parameter
    processing, a tenth of ingest's write time for blocks and quotes; their
    columns need no conversion, so the rows go to the driver's executemany as
    they are (in the dialect's own parameter style).
    """
    compiled = insert(model).compile(dialect=conn.dialect, column_keys=list(rows[0]))
    if compiled.positional:
        params = list(map(itemgetter(*compiled.positiontup), rows))
    else:
        params = rows
    conn.exec_driver_sql(str(compiled), params)


def _chunks(items: list, size: int) -> Iterator[list]:
    """``items`` in lists of at most ``size``: the values one IN (…) may bind."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class StoredArticle:
    """What ``Store.article`` returns: the row, its blocks and its quotes as plain dicts."""

    article: dict
    blocks: list[dict]
    quotes: list[dict]


class Store:
    """A newsdocs database. Create with ``Store.open(db)``; use as a context manager."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._speaker_cache: dict[str, int] = {}  # speaker key → id; rows are never deleted

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> "Store":
        url = database_url(db)
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(f"{url}: not a database path or SQLAlchemy URL") from None
        where = parsed.render_as_string(hide_password=True)  # a password has no place in a message
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            folder = Path(parsed.database).parent
            if not folder.exists():
                raise StoreError(f"{parsed.database}: folder {folder} does not exist")
            if not create and not Path(parsed.database).exists():
                raise StoreError(f"{parsed.database}: no such database; run `newsdocs ingest PATH` first")
        try:
            engine = create_engine(url)
        except NoSuchModuleError:
            raise StoreError(f"{where}: no SQLAlchemy dialect for this URL") from None
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"{where}: database driver {exc.name!r} is not installed; "
                "for PostgreSQL run: pip install 'newsdocs[postgres]'"
            ) from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            store._prepare(create)
        except DatabaseError as exc:  # (OperationalError among them: a server down, a file locked)
            engine.dispose()
            reason = " ".join(str(exc.orig).split())  # one line: a server's message runs over several
            raise StoreError(f"{where}: cannot open database ({reason})") from None
        return store

    def _prepare(self, create: bool) -> None:
        if self.engine.dialect.name == "postgresql":
            # several ingest processes may start on an empty server at once: one creates the schema
            with self.engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(4242)"))
                try:
                    self._prepare_unlocked(create)
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(4242)"))
                    conn.commit()
        else:
            self._prepare_unlocked(create)

    def _prepare_unlocked(self, create: bool) -> None:
        tables = set(inspect(self.engine).get_table_names())
        if "meta" in tables:
            with self.engine.connect() as conn:
                found = conn.execute(select(MetaRow.value).where(MetaRow.key == "schema_version")).scalar()
            version = int(found or 0)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.engine.url.render_as_string(hide_password=True)}: written by a newer newsdocs "
                    f"(schema {version}, this one knows {SCHEMA_VERSION}); upgrade newsdocs to read it"
                )
            if version == 1 and self.engine.dialect.name == "sqlite":
                self._upgrade_from_1()
                version = 2
            if version == 2:
                self._upgrade_from_2()
                version = 3
            if version == 3:
                self._upgrade_from_3()
                version = 4
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.engine.url.render_as_string(hide_password=True)}: schema {version} is too old to "
                    f"upgrade in place; ingest again into a new database (--db NEW.db)"
                )
            return
        where = self.engine.url.render_as_string(hide_password=True)
        if tables and not create:
            raise StoreError(f"{where}: not a newsdocs database")
        if not create:
            raise StoreError(f"{where}: no newsdocs database here; run `newsdocs ingest PATH` first")
        if tables - {"meta"} and "articles" in tables:
            raise StoreError(f"{self.engine.url}: has an articles table but no newsdocs schema version")
        Base.metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            self._create_search_index(conn)
            conn.execute(insert(MetaRow).values(key="schema_version", value=str(SCHEMA_VERSION)))

    def _upgrade_from_1(self) -> None:
        with self.engine.begin() as conn:
            for table in FTS_COLUMNS:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS [{table}_ai]")
            conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value="2"))

    def _upgrade_from_2(self) -> None:
        """Schema 3: merges say whose they are; the name variants already stored are merged."""
        with self.engine.begin() as conn:
            if "merged_by" not in {c["name"] for c in inspect(conn).get_columns("speakers")}:
                conn.exec_driver_sql("ALTER TABLE speakers ADD COLUMN merged_by VARCHAR(8)")
            conn.execute(update(SpeakerRow).where(SpeakerRow.canonical_id.is_not(None)).values(merged_by="user"))
            keys = conn.execute(select(SpeakerRow.key).where(SpeakerRow.type == "person")).scalars().all()
            self._merge_name_variants(conn, keys, lock=False)  # _prepare holds the schema lock
            conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value="3"))

    def _upgrade_from_3(self) -> None:
        """Schema 4: bodies and groups are keyed by every word of their name. Schema 3 dropped a first word
        that is a title before a person's name, and so filed "State Department" with "Justice Department",
        "Republican Party" with "Democrat Party": each quotation goes back to the speaker its own name keys."""
        with self.engine.begin() as conn:
            bodies = conn.execute(select(SpeakerRow.id, SpeakerRow.key, SpeakerRow.name, SpeakerRow.type)
                                  .where(SpeakerRow.type != "person")).all()
            taken = {row.key for row in bodies}
            proper = {row.id: speaker_key(row.name, row.type) for row in bodies}
            key_of = {row.id: row.key for row in bodies}
            for row in bodies:  # a row takes its own name's key where that is free: its quotations mostly stay
                if proper[row.id] != row.key and proper[row.id] not in taken:
                    conn.execute(update(SpeakerRow).where(SpeakerRow.id == row.id)
                                 .values(key=proper[row.id], surname=key_surname(proper[row.id])))
                    taken.discard(row.key)
                    taken.add(proper[row.id])
                    key_of[row.id] = proper[row.id]
            moves = []
            for qid, sid, name, mention, stype in conn.execute(
                select(QuoteRow.id, QuoteRow.speaker_id, QuoteRow.speaker, QuoteRow.speaker_mention,
                       QuoteRow.speaker_type).where(QuoteRow.speaker_id.in_(list(key_of)))
            ):
                ident = _speaker_identity(name, mention, stype)
                if ident is not None and ident[0] != key_of[sid]:
                    moves.append((qid, sid, (ident[0], ident[1], stype)))
            if moves:
                new_ids = self._speaker_ids(conn, [m[2] for m in moves])
                conn.execute(update(QuoteRow).where(QuoteRow.id == bindparam("qid")).values(speaker_id=bindparam("sid")),
                             [{"qid": m[0], "sid": new} for m, new in zip(moves, new_ids, strict=True)])
                self._update_speaker_stats(conn, [], {m[1] for m in moves} | {i for i in new_ids if i is not None})
            # a row left with an old key and no quotation would take the quotations of whatever that key
            # now means ("organisation:department" for "the department"): gone, unless a merge points at it
            followed = set(conn.execute(select(SpeakerRow.canonical_id).where(SpeakerRow.canonical_id.is_not(None)))
                           .scalars())
            stale = [row.id for row in bodies if key_of[row.id] != proper[row.id] and row.id not in followed]
            if stale:
                kept = set(conn.execute(select(QuoteRow.speaker_id).distinct()
                                        .where(QuoteRow.speaker_id.in_(stale))).scalars())
                stale = [i for i in stale if i not in kept]
                conn.execute(delete(SpeakerRoleRow).where(SpeakerRoleRow.speaker_id.in_(stale)))
                conn.execute(delete(SpeakerRow).where(SpeakerRow.id.in_(stale)))
            conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value="4"))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def location(self) -> str:
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return str(Path(url.database or ":memory:").resolve()) if url.database else ":memory:"
        return url.render_as_string(hide_password=True)

    # -- writing ---------------------------------------------------------------
    def known_hashes(self, paths: Sequence[str]) -> dict[str, str]:
        """sha256 of each stored path among ``paths`` (unknown paths are absent)."""
        if not paths:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(ArticleRow.path, ArticleRow.sha256).where(ArticleRow.path.in_(paths)))
            return dict(rows.all())

    def write_batch(self, parsed: Iterable[ArticleRows | tuple[str, str, str, bytes | None, Article]],
                    failures: Iterable[tuple[str, str]] = (), *, force: bool = False) -> dict[str, str]:
        """Store parsed articles and failures in one transaction, in bulk.

        ``parsed`` holds ``article_rows(…)`` values, or (path, sha256, format,
        raw_or_None, article) tuples to turn into them here. A path
        already stored is replaced whole, unless it is stored with the same
        hash (another ingest got there first) and ``force`` is off. Returns {path: "new" |
        "updated" | "unchanged"}. Safe with several writers at once: on
        PostgreSQL each path is locked for the transaction, so two ingests of
        the same file neither duplicate nor lose it.
        """
        parsed = [p if isinstance(p, ArticleRows) else article_rows(*p) for p in parsed]
        failures = list(failures)
        outcome: dict[str, str] = {}
        at = now()
        with self.engine.begin() as conn:
            if parsed:
                self._lock_paths(conn, sorted(p.path for p in parsed))
                stored = {path: (aid, sha) for aid, path, sha in conn.execute(
                    select(ArticleRow.id, ArticleRow.path, ArticleRow.sha256)
                    .where(ArticleRow.path.in_([p.path for p in parsed])))}
                fresh, replace_ids = [], []
                for item in parsed:
                    path, sha = item.path, item.sha256
                    if path in stored and stored[path][1] == sha and not force:
                        outcome[path] = "unchanged"
                    else:
                        outcome[path] = "updated" if path in stored else "new"
                        fresh.append(item)
                        if path in stored:
                            replace_ids.append(stored[path][0])
                affected: set[int] = set()
                if replace_ids:
                    affected = set(conn.execute(select(QuoteRow.speaker_id).distinct().where(
                        QuoteRow.article_id.in_(replace_ids), QuoteRow.speaker_id.is_not(None))).scalars())
                    conn.execute(delete(QuoteRow).where(QuoteRow.article_id.in_(replace_ids)))
                    conn.execute(delete(BlockRow).where(BlockRow.article_id.in_(replace_ids)))
                    conn.execute(delete(ArticleRow).where(ArticleRow.id.in_(replace_ids)))
                inserted, new_keys = self._insert_articles(conn, fresh, at) if fresh else ([], [])
                self._update_speaker_stats(conn, inserted, affected)
                self._merge_name_variants(conn, new_keys)
            if failures:
                conn.execute(insert(IngestLogRow), [dict(path=p, reason=r, at=at) for p, r in failures])
        return outcome

    def _insert_articles(self, conn, fresh: list[ArticleRows], at: datetime) -> tuple[list[dict], list[str]]:
        """Insert articles, blocks and quotations; returns the quotation rows and the speaker keys this
        store had not seen before (created now, or by another writer)."""
        ids = conn.execute(
            insert(ArticleRow).returning(ArticleRow.id, sort_by_parameter_order=True),
            [dict(r.article, ingested_at=at) for r in fresh],
        ).scalars().all()
        blocks, quotes = [], []
        speakers = [s for r in fresh for s in r.speakers]
        new_keys = list({s[0] for s in speakers if s is not None and s[0] not in self._speaker_cache})
        speaker_ids = iter(self._speaker_ids(conn, speakers))  # in the same order
        for article_id, r in zip(ids, fresh, strict=True):
            for b in r.blocks:
                b["article_id"] = article_id
            for q in r.quotes:
                q["article_id"] = article_id
                q["speaker_id"] = next(speaker_ids)
            blocks.extend(r.blocks)
            quotes.extend(r.quotes)
        if blocks:
            _bulk_insert(conn, BlockRow, blocks)
        if quotes:
            _bulk_insert(conn, QuoteRow, quotes)
        if conn.dialect.name == "sqlite":
            self._index_for_search(conn, ids)
        return quotes, new_keys

    @staticmethod
    def _index_for_search(conn, article_ids: list[int]) -> None:
        """Add the new articles' blocks and quotations to SQLite's full-text indexes, one statement a table.

        Not row by row from a trigger: FTS5 flushes what it holds in memory
        at every trigger's statement boundary, so indexing through an insert
        trigger cost three times as much (measured: 1.42 against 0.44 ms an
        article for the blocks) and left the index in thousands of tiny
        segments to merge later.
        """
        ids = ", ".join(str(int(i)) for i in article_ids)
        for table, columns in FTS_COLUMNS.items():
            cols = ", ".join(f"[{c}]" for c in columns)
            conn.exec_driver_sql(f"INSERT INTO [{table}_fts] (rowid, {cols}) "
                                 f"SELECT rowid, {cols} FROM [{table}] WHERE article_id IN ({ids})")

    def _update_speaker_stats(self, conn, inserted: list[dict], recount: set[int]) -> None:
        """Keep each speaker's counts, dates and roles current.

        New quotations add to the counts; speakers who lost quotations to a
        replaced article are counted again from scratch (dates cannot be
        subtracted).
        """
        per: dict[int, dict] = {}
        for q in inserted:
            sid = q["speaker_id"]
            if sid is None or sid in recount:
                continue
            st = per.setdefault(sid, {"sid": sid, "dq": 0, "articles": set(), "dates": [], "roles": set()})
            st["dq"] += 1
            st["articles"].add(q["article_id"])
            if q["published"]:
                st["dates"].append(q["published"])
            if q["role"]:
                st["roles"].add(q["role"][:255])
        if per:
            conn.execute(
                update(SpeakerRow).where(SpeakerRow.id == bindparam("sid")).values(
                    n_quotes=SpeakerRow.n_quotes + bindparam("dq"), n_articles=SpeakerRow.n_articles + bindparam("da")),
                [{"sid": st["sid"], "dq": st["dq"], "da": len(st["articles"])} for st in per.values()],
            )
            dated = [{"sid": st["sid"], "f": min(st["dates"]), "l": max(st["dates"])} for st in per.values() if st["dates"]]
            if dated:
                f, l = bindparam("f", type_=String), bindparam("l", type_=String)
                conn.execute(update(SpeakerRow).where(SpeakerRow.id == bindparam("sid")).values(
                    first_date=case((SpeakerRow.first_date.is_(None), f), (f < SpeakerRow.first_date, f),
                                    else_=SpeakerRow.first_date),
                    last_date=case((SpeakerRow.last_date.is_(None), l), (l > SpeakerRow.last_date, l),
                                   else_=SpeakerRow.last_date)), dated)
            roles = [{"speaker_id": st["sid"], "role": r} for st in per.values() for r in st["roles"]]
            if roles:
                conn.execute(self._insert_ignoring_duplicates(SpeakerRoleRow, ["speaker_id", "role"]), roles)
        if recount:
            ids = sorted(recount)
            mine = QuoteRow.speaker_id == SpeakerRow.id
            conn.execute(update(SpeakerRow).where(SpeakerRow.id.in_(ids)).values(
                n_quotes=select(func.count()).where(mine).scalar_subquery(),
                n_articles=select(func.count(func.distinct(QuoteRow.article_id))).where(mine).scalar_subquery(),
                first_date=select(func.min(QuoteRow.published)).where(mine).scalar_subquery(),
                last_date=select(func.max(QuoteRow.published)).where(mine).scalar_subquery(),
            ))
            conn.execute(delete(SpeakerRoleRow).where(SpeakerRoleRow.speaker_id.in_(ids)))
            conn.execute(insert(SpeakerRoleRow).from_select(
                ["speaker_id", "role"],
                select(QuoteRow.speaker_id, func.substr(QuoteRow.role, 1, 255)).distinct()
                .where(QuoteRow.speaker_id.in_(ids), QuoteRow.role.is_not(None))))

    def _merge_name_variants(self, conn, keys: Iterable[str], *, lock: bool = True) -> None:
        """Merge the people the archive names with and without a middle name ("Donald J. Trump",
        "Donald Trump"; "Hillary Rodham Clinton", "Hillary Clinton"), or with a short given name and its
        full one ("Ed Rendell", "Edward G. Rendell"; see names.full_given), into one speaker.

        Looks at each surname that ``keys`` bring up, and at each given name with it. All its rows are
        one person when their middle names agree; when two differ ("George W. Bush", "George
        H.W. Bush") none is merged, since "George Bush" could then be either, and earlier automatic
        merges of that name are undone. The plain name, which is what users type, stands for
        the group. Merges a user made or undid are left alone. ``lock``: on PostgreSQL, serialise
        with other writers name by name (not needed where the caller holds the schema lock).
        """
        wanted = {parts[0::2] for parts in map(name_parts, keys) if parts is not None}
        if not wanted:
            return
        surnames = sorted({last for _, last in wanted})
        if lock and conn.dialect.name == "postgresql":
            # two writers bringing "Donald Trump" and "Donald J. Trump" (or "Joe Biden" and "Joseph Biden") at
            # once: the second waits and sees both
            for last in surnames:
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:g, 1))"), dict(g=last))
        by_surname: dict[str, list] = {}
        for chunk in range(0, len(surnames), 500):
            for row in conn.execute(
                select(SpeakerRow.id, SpeakerRow.key, SpeakerRow.canonical_id, SpeakerRow.merged_by)
                .where(SpeakerRow.type == "person", SpeakerRow.surname.in_(surnames[chunk:chunk + 500]))
            ):
                parts = name_parts(row.key)
                if parts is not None:
                    by_surname.setdefault(parts[2], []).append((parts, row))
        # one group a person: a given name and surname, a short given name with its full one ("joe", "joseph").
        # Every group of the surname, not only those asked about: "Christine Smith" come in makes "Chris
        # Smith", merged with Christopher Smith so far, either of two
        groups: dict[tuple[str, str], list] = {}
        for last, rows in by_surname.items():
            givens = {parts[0] for parts, _ in rows}
            for parts, row in rows:
                if row.merged_by != "user":
                    groups.setdefault((full_given(parts[0], givens), last), []).append((parts[1], row))
        for members in groups.values():
            middles = [m for m, _ in members if m]
            agree = all(middles_agree(a, b) for a in middles for b in middles)
            # the plain name first, then the first stored
            root = min(members, key=lambda m: (bool(m[0]), m[1].id))[1].id if agree and len(members) > 1 else None

            def merge_of(row) -> tuple[int | None, str | None]:  # (canonical_id, merged_by) the row should have
                return (None, None) if root is None or row.id == root else (root, "auto")

            changed = [row.id for _, row in members if (row.canonical_id, row.merged_by) != merge_of(row)]
            if not changed:
                continue
            if root is None:
                conn.execute(update(SpeakerRow).where(SpeakerRow.id.in_(changed))
                             .values(canonical_id=None, merged_by=None))
            else:
                conn.execute(update(SpeakerRow).where(SpeakerRow.id.in_(changed)).values(
                    canonical_id=case((SpeakerRow.id == root, None), else_=root),
                    merged_by=case((SpeakerRow.id == root, None), else_="auto")))
                # merges into a row that now has a root of its own follow it there: a user's, and a
                # surname's (see _merge_surnames_alone)
                others = [row.id for _, row in members if row.id != root]
                conn.execute(update(SpeakerRow).where(SpeakerRow.canonical_id.in_(others)).values(canonical_id=root))

    DOMINANT_SHARE = 0.9  # of a surname's quotations, those of one person named in full with it
    DOMINANT_ARTICLES = 10  # and the articles they are in, at least

    def merge_surnames_alone(self) -> None:
        """Merge each person the archive names by surname alone into the one person of that surname it
        names in full and gives an office they share: "Obama", in copy that says only "President Obama",
        is President Barack Obama, where Michelle Obama holds no presidency. A surname given no office
        at all is the person who all but owns it in the archive (DOMINANT_SHARE of its quotations, in
        DOMINANT_ARTICLES articles or more): "Trump" in 2016 copy is Donald Trump, not Eric or Ivanka.

        None is merged where no one, or more than one, shares an office with the surname ("President
        Bush": George W. and George H.W.), or, with no office, no one dominates, and earlier automatic
        merges of it are undone; a surname shared by a few is no evidence (Mr. Smith of one story is
        not the John Smith of another). Merges a user made or undid are left alone. Offices and counts
        change as articles come in, so ``ingest`` runs this once at its end, over the whole archive.
        """
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # two ingests ending at once: one after the other
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended('surnames alone', 2))"))
            self._merge_surnames_alone(conn)

    def _merge_surnames_alone(self, conn) -> None:
        alone = {row.surname: row for row in conn.execute(
            select(SpeakerRow.id, SpeakerRow.surname, SpeakerRow.canonical_id, SpeakerRow.merged_by)
            .where(SpeakerRow.type == "person", SpeakerRow.key == literal("person:") + SpeakerRow.surname))}
        for surnames in _chunks(sorted(alone), 500):
            rows = conn.execute(select(SpeakerRow.id, SpeakerRow.key, SpeakerRow.surname, SpeakerRow.canonical_id,
                                       SpeakerRow.merged_by, SpeakerRow.n_quotes, SpeakerRow.n_articles)
                                .where(SpeakerRow.type == "person", SpeakerRow.surname.in_(surnames))).all()
            held: dict[int, set[str]] = {}  # offices by speaker row
            for chunk_ids in _chunks([r.id for r in rows], 500):
                for sid, role in conn.execute(select(SpeakerRoleRow.speaker_id, SpeakerRoleRow.role)
                                              .where(SpeakerRoleRow.speaker_id.in_(chunk_ids))):
                    held.setdefault(sid, set()).update(offices(role))
            by_surname: dict[str, list] = {}
            for r in rows:
                by_surname.setdefault(r.surname, []).append(r)
            for surname, members in by_surname.items():
                one = alone[surname]
                if one.merged_by == "user" or any(r.canonical_id == one.id and r.merged_by == "user" for r in members):
                    continue  # the user's say
                # the people named in full, each with the offices and counts of all their names
                people: dict[int, set[str]] = {}
                counts: dict[int, list[int]] = {}
                for r in members:
                    if name_parts(r.key) is not None and (r.canonical_id or r.id) != one.id:
                        people.setdefault(r.canonical_id or r.id, set()).update(held.get(r.id, ()))
                        tally = counts.setdefault(r.canonical_id or r.id, [0, 0])
                        tally[0] += r.n_quotes
                        tally[1] += r.n_articles
                own = held.get(one.id, set())
                sharing = [root for root, held_by in people.items() if held_by & own]
                top = max(counts, key=lambda root: counts[root][0], default=None)
                if len(sharing) == 1:
                    wanted: tuple[int | None, str | None] = (sharing[0], "auto")
                elif not own and top is not None and counts[top][1] >= self.DOMINANT_ARTICLES \
                        and counts[top][0] >= self.DOMINANT_SHARE * sum(q for q, _ in counts.values()):
                    wanted = (top, "auto")
                else:
                    wanted = (None, None)
                if (one.canonical_id, one.merged_by) != wanted:
                    conn.execute(update(SpeakerRow).where(SpeakerRow.id == one.id)
                                 .values(canonical_id=wanted[0], merged_by=wanted[1]))

    def _speaker_ids(self, conn, speakers: list[tuple[str, str, str] | None]) -> list[int | None]:
        """The id of each speaker given as (key, name, type) — None stays None — creating missing rows (race-safe)."""
        wanted: dict[str, tuple[str, str]] = {}
        for ident in speakers:
            if ident is not None and ident[0] not in self._speaker_cache:
                wanted.setdefault(ident[0], (ident[1], ident[2]))
        if wanted:
            rows = [dict(key=k, name=name, type=stype, surname=key_surname(k)) for k, (name, stype) in wanted.items()]
            conn.execute(self._insert_ignoring_duplicates(SpeakerRow, "key"), rows)
            for key, sid in conn.execute(select(SpeakerRow.key, SpeakerRow.id).where(SpeakerRow.key.in_(list(wanted)))):
                self._speaker_cache[key] = sid
        return [None if ident is None else self._speaker_cache.get(ident[0]) for ident in speakers]

    # -- the dialect-specific bits of writing ---------------------------------------------
    def _insert_ignoring_duplicates(self, model, unique: str | list[str]):
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        return dialect_insert(model).on_conflict_do_nothing(index_elements=[unique] if isinstance(unique, str) else unique)

    def _lock_paths(self, conn, paths: list[str]) -> None:
        """Serialise writers of the same path (PostgreSQL; SQLite has one writer at a time anyway)."""
        if self.engine.dialect.name == "postgresql":
            for path in paths:  # sorted by the caller, so two writers never wait on each other in a cycle
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:p, 0))"), dict(p=path))

    # -- reading ---------------------------------------------------------------
    def find_article(self, ref: str) -> int | None:
        """An article id from an id or a path (as given, or resolved)."""
        with self.engine.connect() as conn:
            if ref.isdigit():
                found = conn.execute(select(ArticleRow.id).where(ArticleRow.id == int(ref))).scalar()
                if found is not None:
                    return found
            for candidate in (ref, str(Path(ref).resolve())):
                found = conn.execute(select(ArticleRow.id).where(ArticleRow.path == candidate)).scalar()
                if found is not None:
                    return found
            # a unique path suffix ("seeds/000_…txt") is a friendly way to name an article
            rows = conn.execute(
                select(ArticleRow.id).where(ArticleRow.path.like("%/" + ref.lstrip("./"))).limit(2)
            ).all()
            return rows[0][0] if len(rows) == 1 else None

    def article(self, article_id: int) -> StoredArticle:
        with self.engine.connect() as conn:
            row = conn.execute(select(ArticleRow.__table__).where(ArticleRow.id == article_id)).mappings().one()
            blocks = conn.execute(
                select(BlockRow.__table__).where(BlockRow.article_id == article_id).order_by(BlockRow.seq)
            ).mappings().all()
            quotes = conn.execute(
                select(QuoteRow.__table__).where(QuoteRow.article_id == article_id).order_by(QuoteRow.seq)
            ).mappings().all()
        article = dict(row)
        article.pop("raw", None)
        return StoredArticle(article, [dict(b) for b in blocks], [dict(q) for q in quotes])

    # -- full-text search: the one place that knows each dialect's way -------------------
    def _create_search_index(self, conn) -> None:
        if self.engine.dialect.name == "postgresql":
            self._create_postgres_search_index(conn)
        else:
            self._create_sqlite_search_index(conn)

    def _create_postgres_search_index(self, conn) -> None:
        """A generated tsvector column and a GIN index per searchable table, accents folded where
        the unaccent extension is available (a generated column needs an IMMUTABLE wrapper)."""
        try:
            with conn.begin_nested():
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
            fold_accents = "newsdocs_unaccent({})"
            conn.execute(text(
                "CREATE OR REPLACE FUNCTION newsdocs_unaccent(text) RETURNS text "
                "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent', $1) $$"
            ))
        except SQLAlchemyError:
            fold_accents = "{}"  # no unaccent here: search still works, accents count
        for table, columns in FTS_COLUMNS.items():
            document = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
            conn.execute(text(
                f"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
                f"(to_tsvector('simple', {fold_accents.format(document)})) STORED"
            ))
            conn.execute(text(f"CREATE INDEX ix_{table}_search ON {table} USING GIN (search_vector)"))
        conn.execute(insert(MetaRow).values(key="fold_accents", value="1" if fold_accents != "{}" else "0"))

    def _create_sqlite_search_index(self, conn) -> None:
        """FTS5 tables laid out as sqlite-utils does, so Datasette offers search on them as-is:
        ``<table>_fts`` with ``content=[<table>]``.

        Rows deleted or changed by any program leave the index through the
        ``<table>_ad/_au`` triggers. New rows enter it in bulk from
        ``_insert_articles`` (no ``_ai`` trigger: see ``_index_for_search``);
        rows inserted by another tool are searchable after
        ``INSERT INTO <table>_fts(<table>_fts) VALUES('rebuild')``.
        """
        for table, columns in FTS_COLUMNS.items():
            cols = ", ".join(f"[{c}]" for c in columns)
            new = ", ".join(f"new.[{c}]" for c in columns)
            old = ", ".join(f"old.[{c}]" for c in columns)
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE [{table}_fts] USING FTS5 (\n    {cols},\n"
                f"    tokenize='unicode61 remove_diacritics 2',\n    content=[{table}]\n)"
            )
            conn.exec_driver_sql(
                f"CREATE TRIGGER [{table}_ad] AFTER DELETE ON [{table}] BEGIN\n"
                f"  INSERT INTO [{table}_fts] ([{table}_fts], rowid, {cols}) VALUES('delete', old.rowid, {old});\nEND"
            )
            conn.exec_driver_sql(
                f"CREATE TRIGGER [{table}_au] AFTER UPDATE ON [{table}] BEGIN\n"
                f"  INSERT INTO [{table}_fts] ([{table}_fts], rowid, {cols}) VALUES('delete', old.rowid, {old});\n"
                f"  INSERT INTO [{table}_fts] (rowid, {cols}) VALUES (new.rowid, {new});\nEND"
            )

    def _matching_ids(self, table: str, query: str):
        """A subquery of the ids in ``table`` whose text matches a checked full-text ``query``."""
        if self.engine.dialect.name == "postgresql":
            tsquery, params = self._tsquery(query)
            return text(f"SELECT id FROM {table} WHERE search_vector @@ {tsquery}").bindparams(
                **params).columns(column("id", Integer))
        return text(f"SELECT rowid FROM [{table}_fts] WHERE [{table}_fts] MATCH :q").bindparams(
            q=query).columns(column("rowid", Integer))

    def _tsquery(self, query: str) -> tuple[str, dict]:
        """PostgreSQL: the user's query (FTS5 style, as on SQLite) as a tsquery expression.

        websearch_to_tsquery takes words, "phrases", OR and -word (NOT becomes
        -word). It knows no prefix* terms: a query with one is translated
        whole into to_tsquery syntax instead, so OR and NOT keep their meaning.
        """
        fold = "newsdocs_unaccent" if self._folds_accents() else ""
        if any(t.endswith("*") and not t.startswith('"') for t in _QUERY_TOKEN.findall(query)):
            return f"to_tsquery('simple', {fold}(:q))", {"q": _to_tsquery_syntax(query)}
        return f"websearch_to_tsquery('simple', {fold}(:q))", {"q": _to_websearch(query)}

    def _folds_accents(self) -> bool:
        if not hasattr(self, "_fold_accents"):
            with self.engine.connect() as conn:
                self._fold_accents = conn.execute(
                    select(MetaRow.value).where(MetaRow.key == "fold_accents")).scalar() == "1"
        return self._fold_accents

    def _check_query(self, table: str, query: str) -> str:
        """The query as the search engine takes it, or StoreError with what is wrong."""
        query = _quote_plain_words(query)
        if not query.strip():
            raise StoreError("empty search query")
        if self.engine.dialect.name == "postgresql":
            problem = _query_problem(query)
            if problem:
                raise StoreError(f"invalid search query {query!r} ({problem}); "
                                 'use words, "exact phrases", prefix*, OR, NOT')
            return query
        try:
            with self.engine.connect() as conn:
                conn.execute(text(f"SELECT rowid FROM [{table}_fts] WHERE [{table}_fts] MATCH :q LIMIT 1"),
                             dict(q=query)).all()
        except OperationalError as exc:
            reason = str(exc.orig).removeprefix("fts5: ")
            raise StoreError(
                f"invalid search query {query!r} ({reason}); use words, \"exact phrases\", prefix*, OR, NOT"
            ) from None
        return query

    # -- questions -------------------------------------------------------------------------
    def speaker_ids(self, name: str) -> list[int]:
        """Every speaker row that ``name`` means: a body or group by its name as written ("State Department"),
        a person by full name (with or without one middle initial), or by surname alone, merges followed."""
        full, surname = query_keys(name)
        # a body's or group's name as written: "State Department" is no person "Department" (whose title is
        # "State"), and finds no other department; "Republican strategists" are not all strategists
        written = [speaker_key(name, kind) for kind in ("organisation", "anonymous")]
        with self.engine.connect() as conn:
            as_written = written[0].split(":", 1)[1] != (full or surname) and conn.execute(
                select(SpeakerRow.id).where(SpeakerRow.key.in_(written)).limit(1)).first() is not None
            # Speakers named together ("carly fiorina and mike huckabee") are found by either name. Each
            # name's patterns sit behind one "%name%" test, so the scan of the keys costs what one pattern
            # does (three unguarded patterns took twice as long over 300,000 keys).
            def named(body: str, *patterns: str):
                return and_(SpeakerRow.key.like("%" + body + "%"), or_(*(SpeakerRow.key.like(p) for p in patterns)))

            if as_written:
                cond = SpeakerRow.key.in_(written)
            elif full:
                cond = or_(*(named(body, "%:" + body, "%:" + body + " and %", "% and " + body)
                             for body in [full, *middle_initial_variants(full)]))
            else:
                cond = or_(SpeakerRow.surname == surname,
                           named(surname, "%:" + surname, "% " + surname + " and %", "%:" + surname + " and %"))
            canon = func.coalesce(SpeakerRow.canonical_id, SpeakerRow.id)
            roots = select(canon).where(cond).scalar_subquery()
            ids = conn.execute(select(SpeakerRow.id).where(canon.in_(roots))).scalars().all()
        return list(ids)

    def quotes(self, *, speaker: str | None = None, about: str | None = None, kind: str | None = None,
               since: str | None = None, until: str | None = None, article: str | None = None,
               limit: int | None = 20, offset: int = 0) -> tuple[list[dict], int]:
        """Quotations matching every filter given, newest first; returns (rows, total matching)."""
        filters = []  # all but the speaker's
        matching = None
        if about is not None:
            about = self._check_query("quotes", about)
            matching = self._matching_ids("quotes", about)
            filters.append(QuoteRow.id.in_(matching))
        if kind is not None:
            filters.append(QuoteRow.kind == kind)
        if since is not None:
            filters.append(QuoteRow.published >= since)
        if until is not None:
            filters.append(QuoteRow.published <= until + "\uffff")
        if article is not None:
            article_id = self.find_article(article)
            if article_id is None:
                raise StoreError(f"{article}: no such article in {self.location}")
            filters.append(QuoteRow.article_id == article_id)
        speaker_ids = self.speaker_ids(speaker) if speaker is not None else []
        conds = [QuoteRow.speaker_id.in_(speaker_ids), *filters] if speaker is not None else filters
        newest_first = (QuoteRow.published.desc().nulls_last(), QuoteRow.article_id.desc(), QuoteRow.seq)
        if limit is not None and 1 < len(speaker_ids) <= 32:
            # One speaker under several names ("Donald J. Trump", "Donald Trump"): the index gives each
            # name's quotations newest first, but not all of them at once — "IN (a, b)" would sort every
            # quotation of both (60 ms for the most quoted speaker at 20,000 articles). Take the newest
            # page of each name and merge those instead.
            pages = [select(_quote_select().where(QuoteRow.speaker_id == sid, *filters).order_by(*newest_first)
                            .limit(offset + limit).subquery()) for sid in speaker_ids]
            merged = union_all(*pages).subquery()
            ordered = select(merged).order_by(merged.c.published.desc().nulls_last(), merged.c.article_id.desc(),
                                              merged.c.seq).limit(limit).offset(offset)
        else:
            ordered = _quote_select().where(*conds).order_by(*newest_first)
            if limit is not None:
                ordered = ordered.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            rows = [_quote_record(r) for r in conn.execute(ordered).mappings()]
            if limit is None:
                total = len(rows)
            elif matching is not None and len(conds) == 1:
                # only the words filter: the full-text index counts its own matches, without looking each
                # quotation up again (a third of the time of "quotes --about" at 100,000 articles)
                total = conn.execute(select(func.count()).select_from(matching.subquery())).scalar_one()
            else:
                total = conn.execute(select(func.count()).select_from(QuoteRow).where(*conds)).scalar_one()
        return rows, total

    def speakers(self, *, top: int | None = 20, type: str | None = None, like: str | None = None) -> list[dict]:
        """Who is quoted most: one row per speaker (merges followed), most quoted first.

        Reads the counts each write keeps on the speaker rows, so it costs the
        same on ten articles or a million.
        """
        canonical = aliased(SpeakerRow)
        grouped = (
            select(canonical.id, canonical.name, canonical.type,
                   func.sum(SpeakerRow.n_quotes).label("quotes"), func.sum(SpeakerRow.n_articles).label("articles"),
                   func.min(SpeakerRow.first_date).label("first_date"), func.max(SpeakerRow.last_date).label("last_date"))
            .join(canonical, canonical.id == func.coalesce(SpeakerRow.canonical_id, SpeakerRow.id))
            .where(SpeakerRow.n_quotes > 0)
            .group_by(canonical.id, canonical.name, canonical.type)
            .order_by(func.sum(SpeakerRow.n_quotes).desc(), func.sum(SpeakerRow.n_articles).desc(), canonical.name)
        )
        if type is not None:
            grouped = grouped.where(canonical.type == type)
        if like is not None:
            grouped = grouped.where(canonical.key.like("%" + fold(like).strip() + "%"))
        if top is not None:
            grouped = grouped.limit(top)
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(grouped).mappings()]
            ids = [r["id"] for r in rows]
            roles: dict[int, set[str]] = {}
            if ids:
                for canon, role in conn.execute(
                    select(func.coalesce(SpeakerRow.canonical_id, SpeakerRow.id), SpeakerRoleRow.role)
                    .join(SpeakerRow, SpeakerRow.id == SpeakerRoleRow.speaker_id)
                    .where(func.coalesce(SpeakerRow.canonical_id, SpeakerRow.id).in_(ids))
                ):
                    roles.setdefault(canon, set()).add(role)
        for r in rows:
            r["roles"] = sorted(roles.get(r["id"], ()))
            r["quotes"], r["articles"] = int(r["quotes"]), int(r["articles"])
        return rows

    def search(self, query: str, *, limit: int = 20, highlight: tuple[str, str] = ("[", "]"),
               snippet_words: int = 20) -> list[dict]:
        """Headlines and paragraphs matching ``query``, best first (bm25 / ts_rank), each with a snippet."""
        query = self._check_query("blocks", query)
        columns = ("b.article_id AS article_id, b.id AS block_id, b.kind AS kind, a.headline AS headline, "
                   "a.published AS published, a.path AS path, ")
        params = dict(open=highlight[0], close=highlight[1], limit=limit, words=snippet_words)
        if self.engine.dialect.name == "postgresql":
            tsquery, query_params = self._tsquery(query)
            params.update(query_params, options=f"StartSel={highlight[0]}, StopSel={highlight[1]}, "
                                                f"MaxWords={snippet_words}, MinWords={max(3, snippet_words // 2)}")
            sql = text(
                f"SELECT {columns} ts_headline('simple', b.text, {tsquery}, :options) AS snippet, "
                f"-ts_rank_cd(b.search_vector, {tsquery}) AS score "
                f"FROM blocks b JOIN articles a ON a.id = b.article_id "
                f"WHERE b.search_vector @@ {tsquery} AND b.kind != 'boilerplate' ORDER BY score, b.id LIMIT :limit"
            )
            with self.engine.connect() as conn:
                return [dict(r) for r in conn.execute(sql, params).mappings()]
        else:
            # FTS5 ranks inside the virtual table when asked for ORDER BY rank with a LIMIT, and makes
            # snippets for those rows only: the joins then see a handful of rows, not every match
            # (1.8× faster for a common word at 30,000 articles). Boilerplate is dropped after the
            # ranking, so fetch a margin, and more if the margin was not enough.
            params["q"] = query
            sql = text(
                f"SELECT {columns} f.snippet AS snippet, f.score AS score FROM ("
                "  SELECT rowid, snippet([blocks_fts], 0, :open, :close, '…', :words) AS snippet, rank AS score"
                "  FROM [blocks_fts] WHERE [blocks_fts] MATCH :q ORDER BY rank LIMIT :fetch) f "
                "JOIN blocks b ON b.id = f.rowid JOIN articles a ON a.id = b.article_id "
                "WHERE b.kind != 'boilerplate' ORDER BY f.score LIMIT :limit"
            )
            fetch = 2 * limit + 20
            with self.engine.connect() as conn:
                while True:
                    rows = [dict(r) for r in conn.execute(sql, dict(params, fetch=fetch)).mappings()]
                    if len(rows) >= limit or fetch >= 1 << 20 or not self._more_matches(conn, query, fetch):
                        return rows
                    fetch *= 4

    @staticmethod
    def _more_matches(conn, query: str, fetch: int) -> bool:
        """Whether more than ``fetch`` blocks match (SQLite): the ranked fetch may have missed some."""
        return conn.execute(text("SELECT count(*) FROM (SELECT 1 FROM [blocks_fts] WHERE [blocks_fts] MATCH :q "
                                 "LIMIT :n)"), dict(q=query, n=fetch + 1)).scalar() > fetch

    def merge_speakers(self, keep: str, merge: str) -> tuple[str, str]:
        """Record that ``merge`` is the same speaker as ``keep``; returns both names as stored."""
        keep_row, merge_row = self._one_speaker(keep), self._one_speaker(merge)
        if keep_row.id == merge_row.id:
            raise StoreError(f"{keep!r} and {merge!r} are already one speaker")
        with self.engine.begin() as conn:
            conn.execute(update(SpeakerRow).where(
                or_(SpeakerRow.id == merge_row.id, SpeakerRow.canonical_id == merge_row.id)
            ).values(canonical_id=keep_row.id, merged_by="user"))
        return keep_row.name, merge_row.name

    def unmerge_speaker(self, name: str) -> list[str]:
        """Undo merges into or of ``name``: each speaker row stands alone again."""
        ids = self.speaker_ids(name)
        with self.engine.begin() as conn:
            conn.execute(update(SpeakerRow).where(
                or_(SpeakerRow.id.in_(ids), SpeakerRow.canonical_id.in_(ids))).values(canonical_id=None, merged_by="user"))
            return list(conn.execute(select(SpeakerRow.name).where(SpeakerRow.id.in_(ids))).scalars())

    def _one_speaker(self, name: str):
        ids = self.speaker_ids(name)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(SpeakerRow.id, SpeakerRow.name, SpeakerRow.key)
                .where(SpeakerRow.id.in_(ids), SpeakerRow.canonical_id.is_(None))
            ).all()
        if not rows:
            raise StoreError(f"no speaker matches {name!r}")
        full, _surname = query_keys(name)
        exact = [r for r in rows if full is not None and r.key.endswith(":" + full)]
        if len(rows) > 1 and len(exact) == 1:
            return exact[0]  # "Donald Trump", not also "Donald J. Trump" (which the name finds as a variant)
        if len(rows) > 1:
            names = ", ".join(sorted(r.name for r in rows))
            raise StoreError(f"{name!r} matches several speakers ({names}); give a full name")
        return rows[0]

    def export_articles(self, quote_filter: dict | None = None, chunk: int = 200) -> Iterator[dict]:
        """Every article (or those with quotes matching ``quote_filter``) with blocks and quotes nested.

        Reads ``chunk`` articles at a time, so memory stays flat however large the archive.
        """
        selected = None
        if quote_filter:
            rows, _ = self.quotes(**quote_filter, limit=None)
            selected = {}
            for q in rows:
                selected.setdefault(q["article_id"], []).append(q)
        last = 0
        while True:
            with self.engine.connect() as conn:
                query = select(ArticleRow.__table__).where(ArticleRow.id > last).order_by(ArticleRow.id).limit(chunk)
                if selected is not None:
                    query = query.where(ArticleRow.id.in_(sorted(i for i in selected if i > last)[:chunk]))
                arts = [dict(r) for r in conn.execute(query).mappings()]
                if not arts:
                    return
                ids = [a["id"] for a in arts]
                blocks: dict[int, list] = {}
                for b in conn.execute(select(BlockRow.__table__).where(BlockRow.article_id.in_(ids))
                                      .order_by(BlockRow.article_id, BlockRow.seq)).mappings():
                    blocks.setdefault(b["article_id"], []).append(_block_record(b))
            quotes: dict[int, list] = {}
            if selected is None:
                for q in self._quotes_of(ids):
                    quotes.setdefault(q["article_id"], []).append(q)
            for a in arts:
                a.pop("raw", None)
                a["ingested_at"] = str(a["ingested_at"])
                a["warnings"] = json.loads(a["warnings"]) if a["warnings"] else []
                a["blocks"] = blocks.get(a["id"], [])
                a["quotes"] = (selected or quotes).get(a["id"], [])
                yield a
            last = ids[-1]

    def _quotes_of(self, article_ids: list[int]) -> list[dict]:
        query = _quote_select().where(QuoteRow.article_id.in_(article_ids)).order_by(QuoteRow.article_id, QuoteRow.seq)
        with self.engine.connect() as conn:
            return [_quote_record(r) for r in conn.execute(query).mappings()]

    def stats(self) -> dict:
        with self.engine.connect() as conn:
            def count(model) -> int:
                return conn.execute(select(func.count()).select_from(model)).scalar_one()

            by_kind = dict(conn.execute(select(BlockRow.kind, func.count()).group_by(BlockRow.kind)).all())
            by_quote_kind = dict(conn.execute(select(QuoteRow.kind, func.count()).group_by(QuoteRow.kind)).all())
            failures = conn.execute(
                select(IngestLogRow.path, IngestLogRow.reason, IngestLogRow.at)
                .order_by(IngestLogRow.id.desc()).limit(10)
            ).all()
            out = {
                "database": self.location,
                "articles": count(ArticleRow),
                "blocks": by_kind,
                "quotes": count(QuoteRow),
                "quotes_by_kind": by_quote_kind,
                "speakers": count(SpeakerRow),
                "failures_logged": count(IngestLogRow),
                "recent_failures": [{"path": p, "reason": r, "at": str(a)} for p, r, a in failures],
            }
        if self.engine.dialect.name == "sqlite" and self.engine.url.database:
            try:
                out["size_bytes"] = Path(self.engine.url.database).stat().st_size
            except OSError:
                pass
        return out
