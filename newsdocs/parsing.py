"""The parse pipeline for one file, without a database.

Stages, numbered as they run in ``parse_source``:
  1. load    — bytes to text (loading.py)
  2. extract — web pages only: the article text and metadata out of the HTML (html.py)
  3. structure — headline, byline, dateline, blocks (structure.py)
  4. quotes  — who said what (attribution.py, resolution.py)
"""
from __future__ import annotations

import os
from dataclasses import replace

from .loading import LoadError, load
from .model import Article, Source
from .attribution import extract_quotes
from .structure import parse_structure, structure_from_blocks


class ParseError(Exception):
    """A file that loads but holds no usable article; str() is the reason."""


def parse_text(text: str) -> Article:
    """Parse plain article text (stages 3 and 4)."""
    article = parse_structure(text)
    return replace(article, quotes=extract_quotes(article))


def parse_source(source: Source) -> Article:
    """Parse a loaded file (stages 2 to 4). Raises ``ParseError`` with the reason."""
    try:
        return _parse_source(source)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("too deeply nested to parse") from None
    except Exception as exc:  # a parser bug must cost one file, with a one-line reason, not a traceback
        raise ParseError(internal_error(exc)) from exc


def internal_error(exc: Exception) -> str:
    return f"internal error while parsing ({type(exc).__name__}: {exc}); please report it"


def _parse_source(source: Source) -> Article:
    if source.format == "html":
        from .webpage import NoArticle, extract_html  # trafilatura is only imported for web pages

        try:
            page = extract_html(source.text)  # 2
        except NoArticle as exc:
            raise ParseError(str(exc)) from None
        article = structure_from_blocks(page.text, page.blocks, page.headline)  # 3
        article = replace(article, byline=page.byline, published=page.published, url=page.url,
                          site=page.site, language=page.language)
        article = replace(article, quotes=extract_quotes(article))  # 4
    else:
        article = parse_text(source.text)
    if not article.body:
        raise ParseError("no article text found")
    if source.warnings:
        article = replace(article, warnings=article.warnings + source.warnings)
    return article


def parse_file(path: str | os.PathLike) -> Article:
    """Load and parse one file (stages 1 to 4). Raises ``LoadError`` or ``ParseError``."""
    return parse_source(load(os.fspath(path)))


__all__ = ["LoadError", "ParseError", "parse_file", "parse_source", "parse_text"]
