"""The questions the CLI asks, as functions a Python user can call.

Each takes ``db`` — a path, a SQLAlchemy URL, or an open ``Store`` — and
returns plain records (dicts), ready for ``pandas.DataFrame(records)``.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .store import Store


@contextmanager
def _opened(db: str | Store | None):
    if isinstance(db, Store):
        yield db
    else:
        store = Store.open(db, create=False)
        try:
            yield store
        finally:
            store.close()


def quotes(db: str | Store | None = None, *, speaker: str | None = None, about: str | None = None,
           kind: str | None = None, since: str | None = None, until: str | None = None,
           article: str | None = None, limit: int | None = None) -> list[dict]:
    """Quotations, newest first, matching every filter given (all of them when ``limit`` is None)."""
    filters = {k: v for k, v in dict(speaker=speaker, about=about, kind=kind, since=since, until=until,
                                      article=article).items() if v is not None}
    with _opened(db) as store:
        rows, _ = store.quotes(**filters, limit=limit)
    return rows


def speakers(db: str | Store | None = None, *, top: int | None = 20, type: str | None = None,
             like: str | None = None) -> list[dict]:
    """Who is quoted most: name, type, roles, quotes, articles, first and last date."""
    with _opened(db) as store:
        return store.speakers(top=top, type=type, like=like)


def search(db: str | Store | None, query: str, *, limit: int = 20) -> list[dict]:
    """Headlines and paragraphs matching ``query`` (words, "phrases", prefix*, OR, NOT), best first."""
    with _opened(db) as store:
        return store.search(query, limit=limit)


def export(db: str | Store | None = None, **quote_filters) -> Iterator[dict]:
    """Every article with its blocks and quotes nested, streamed (only those with matching quotes if filtered)."""
    with _opened(db) as store:
        yield from store.export_articles(quote_filters or None)
