"""newsdocs: parse news articles and index who said what.

    >>> from newsdocs import parse_file
    >>> article = parse_file("seeds/000_6c4f8276518c3c02.txt")
    >>> article.headline, len(article.quotes)
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import export, quotes, search, speakers  # noqa: E402
from .ingest import IngestReport, ingest  # noqa: E402
from .loading import LoadError  # noqa: E402
from .model import Article, Block, Quote  # noqa: E402
from .parsing import ParseError, parse_file, parse_source, parse_text  # noqa: E402
from .store import Store, StoreError  # noqa: E402


def compiled() -> bool:
    """True when the parsing modules run compiled by mypyc (``NEWSDOCS_COMPILE=1 pip install .``)."""
    from . import attribution

    return not attribution.__file__.endswith((".py", ".pyc"))


__all__ = [
    "Article", "Block", "IngestReport", "LoadError", "ParseError", "Quote", "Store", "StoreError",
    "compiled", "export", "ingest", "parse_file", "parse_source", "parse_text", "quotes", "search", "speakers",
]
