"""Plain, immutable values that every stage passes on.

Every span is a pair of character offsets into ``Article.text`` (the decoded
text as stored), so anything we report can be traced back to the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

BLOCK_KINDS = ("headline", "paragraph", "subheading", "boilerplate")
QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_TYPES = ("person", "organisation", "anonymous", "unknown")


@dataclass(frozen=True)
class Block:
    kind: str  # one of BLOCK_KINDS
    text: str
    start: int
    end: int
    flags: tuple[str, ...] = ()  # e.g. ("damaged",)


@dataclass(frozen=True)
class Quote:
    """Something said, and who said it, with offsets into the article text."""

    kind: str  # one of QUOTE_KINDS
    text: str  # the content, fragments joined by " … " when split
    spans: tuple[tuple[int, int], ...]  # content fragments, in order
    block: int  # index into Article.blocks of the paragraph it starts in
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None  # fullest name the article gives, None if never named
    role: str | None = None
    speaker_type: str = "unknown"  # one of SPEAKER_TYPES
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def to_dict(self) -> dict:
        # shallow, not dataclasses.asdict: that deep-copies every value and was a quarter of parse --json's time
        d = {name: getattr(self, name) for name in _QUOTE_FIELDS}
        d["spans"] = [list(s) for s in self.spans]
        d["start"], d["end"] = self.start, self.end
        return d


_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))


@dataclass(frozen=True)
class Article:
    """One parsed article: its text and what we found in it."""

    text: str
    headline: str | None
    headline_derived: bool
    blocks: tuple[Block, ...]
    byline: str | None = None
    dateline: str | None = None
    published: str | None = None  # ISO date, when known
    url: str | None = None
    site: str | None = None
    language: str | None = None
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> tuple[Block, ...]:
        """Paragraphs and subheadings: the article without headline or boilerplate."""
        return tuple(b for b in self.blocks if b.kind in ("paragraph", "subheading"))

    def to_dict(self) -> dict:
        return {
            "headline": self.headline,
            "headline_derived": self.headline_derived,
            "byline": self.byline,
            "dateline": self.dateline,
            "published": self.published,
            "url": self.url,
            "site": self.site,
            "language": self.language,
            "warnings": list(self.warnings),
            "paragraphs": [
                {"kind": b.kind, "text": b.text, "start": b.start, "end": b.end, "flags": list(b.flags)}
                for b in self.blocks
            ],
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass(frozen=True)
class Source:
    """A file as read and decoded, before any parsing."""

    path: str
    sha256: str
    format: str  # "text" or "html"
    raw: bytes
    text: str  # decoded text (for html: the page source decoded)
    warnings: tuple[str, ...] = field(default=())
