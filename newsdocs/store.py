"""Storage: the one module that knows tables, SQL and database dialects.

SQLAlchemy 2.0 typed models describe the schema; writes go through Core in
batches (one transaction per batch, so an article is never half-written).
SQLite is the embedded default (WAL mode, busy timeout); any SQLAlchemy URL
works, PostgreSQL being the path for large shared archives.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import (
    Boolean,
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
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .model import Article
from .names import speaker_key

SCHEMA_VERSION = 1
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
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
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
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"), index=True)
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
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


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

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> "Store":
        url = database_url(db)
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(f"{url}: not a database path or SQLAlchemy URL") from None
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            folder = Path(parsed.database).parent
            if not folder.exists():
                raise StoreError(f"{parsed.database}: folder {folder} does not exist")
            if not create and not Path(parsed.database).exists():
                raise StoreError(f"{parsed.database}: no such database; run `newsdocs ingest PATH` first")
        try:
            engine = create_engine(url)
        except NoSuchModuleError:
            raise StoreError(f"{url}: no SQLAlchemy dialect for this URL") from None
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"{url}: database driver {exc.name!r} is not installed; "
                "for PostgreSQL run: pip install 'newsdocs[postgres]'"
            ) from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            store._prepare(create)
        except OperationalError as exc:
            engine.dispose()
            raise StoreError(f"{url}: cannot open database ({exc.orig})") from None
        return store

    def _prepare(self, create: bool) -> None:
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
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.engine.url.render_as_string(hide_password=True)}: schema {version} is too old to "
                    f"upgrade in place; ingest again into a new database (--db NEW.db)"
                )
            return
        if tables and not create:
            raise StoreError(f"{self.engine.url}: not a newsdocs database")
        if tables - {"meta"} and "articles" in tables:
            raise StoreError(f"{self.engine.url}: has an articles table but no newsdocs schema version")
        Base.metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            conn.execute(insert(MetaRow).values(key="schema_version", value=str(SCHEMA_VERSION)))

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

    def write_batch(self, parsed: Iterable[tuple[str, str, str, bytes | None, Article]],
                    failures: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
        """Store parsed articles and failures in one transaction.

        ``parsed`` holds (path, sha256, format, raw_or_None, article). A path
        already stored is replaced whole. Returns {path: "new" | "updated"}.
        """
        outcome: dict[str, str] = {}
        at = now()
        with self.engine.begin() as conn:
            speaker_ids: dict[str, int] = {}
            for path, sha, fmt, raw, article in parsed:
                old_id = conn.execute(select(ArticleRow.id).where(ArticleRow.path == path)).scalar()
                if old_id is not None:
                    self._delete_article(conn, old_id)
                article_id = conn.execute(
                    insert(ArticleRow).returning(ArticleRow.id),
                    dict(
                        path=path, sha256=sha, format=fmt, headline=article.headline,
                        headline_derived=article.headline_derived, byline=article.byline,
                        dateline=article.dateline, published=article.published, url=article.url,
                        site=article.site, language=article.language, text=article.text, raw=raw,
                        warnings=json.dumps(list(article.warnings)) if article.warnings else None,
                        ingested_at=at,
                    ),
                ).scalar_one()
                conn.execute(insert(BlockRow), [
                    dict(article_id=article_id, seq=i, kind=b.kind, text=b.text, start=b.start,
                         end=b.end, flags=",".join(b.flags))
                    for i, b in enumerate(article.blocks)
                ])
                if article.quotes:
                    rows = []
                    for i, q in enumerate(article.quotes):
                        sid = self._speaker_id(conn, q, speaker_ids)
                        rows.append(dict(
                            article_id=article_id, seq=i, kind=q.kind, text=q.text, start=q.start,
                            end=q.end, spans=json.dumps([list(s) for s in q.spans]), block_seq=q.block,
                            speaker_id=sid, speaker=q.speaker, speaker_mention=q.speaker_mention,
                            speaker_start=q.speaker_start, speaker_end=q.speaker_end,
                            speaker_type=q.speaker_type, role=q.role, cue=q.cue,
                            cue_start=q.cue_start, cue_end=q.cue_end,
                        ))
                    conn.execute(insert(QuoteRow), rows)
                outcome[path] = "updated" if old_id is not None else "new"
            failures = list(failures)
            if failures:
                conn.execute(insert(IngestLogRow), [dict(path=p, reason=r, at=at) for p, r in failures])
        return outcome

    def _speaker_id(self, conn, quote, cache: dict[str, int]) -> int | None:
        name = quote.speaker or (quote.speaker_mention if quote.speaker_type in ("organisation", "anonymous") else None)
        if not name:
            return None
        key = speaker_key(name, quote.speaker_type)
        if key in cache:
            return cache[key]
        found = conn.execute(select(SpeakerRow.id).where(SpeakerRow.key == key)).scalar()
        if found is None:
            found = conn.execute(
                insert(SpeakerRow).returning(SpeakerRow.id),
                dict(key=key, name=name, type=quote.speaker_type),
            ).scalar_one()
        cache[key] = found
        return found

    @staticmethod
    def _delete_article(conn, article_id: int) -> None:
        conn.execute(delete(QuoteRow).where(QuoteRow.article_id == article_id))
        conn.execute(delete(BlockRow).where(BlockRow.article_id == article_id))
        conn.execute(delete(ArticleRow).where(ArticleRow.id == article_id))

    def log_failures(self, failures: Iterable[tuple[str, str]]) -> None:
        self.write_batch((), failures)

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
