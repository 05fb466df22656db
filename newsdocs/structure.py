"""Stage 2: article structure of plain text.

``parse_structure(text)`` is pure: it splits the text into blocks (one per
non-blank line: both of our text shapes — one paragraph a line, and
paragraphs separated by blank lines — put a paragraph on a line of its own),
then tells headline, byline, boilerplate and subheadings from paragraphs.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .model import Article, Block

_LINE = re.compile(r"[^\r\n]+")
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
# A sentence ends inside the line: terminal punctuation (maybe a closing
# quote) followed by a space and a capital or an opening quote.
_INNER_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘(]?[A-Z]")
_BYLINE = re.compile(r"(?:by|byline:|written by)\s+(?P<name>[^\d].{1,120}?)\.?", re.I)
_DATELINE = re.compile(
    r"(?P<dateline>(?:[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z. ]{1,25})?"
    # or a town in title case with its state's code or abbreviation: "New York, NY –", "Tampa, Fla. —"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}))"
    r"(?:\s*\([A-Za-z .]{1,30}\))?"
    # or the agency alone, in brackets: "(Reuters) — The …", and CNN's glued "(CNN)President Trump …"
    r"|\([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,3}\))"
    r"(?:\s*[—–―-]{1,2}\s+|(?<=\))(?=[A-Z]))"
)
# What a removed link leaves behind: "Putin, after proposing the direct talks,."
# or "SBS News, and ." — punctuation with nothing between, or a sentence
# ending on a word that cannot end one.
_DAMAGE_INSIDE = re.compile(r",\s*\.(?!\s*\.)")  # ",." but not the start of an ellipsis ", . . ."
_DAMAGE_AT_END = re.compile(
    r"(?:(?<=\w)\s+[.,]"  # "victims ." at the end of a line
    r"|\b(?:and|or|the|an|of|via)\s*[.,;:])\s*$",  # "SBS News, and ."
    re.I,
)
_TERMINAL = ".,;:!?"
_CLOSING_QUOTES = "\"”’'"

HEADLINE_MAX_WORDS = 22  # a first line in text whose paragraphs are blank-line separated
TIGHT_HEADLINE_MAX_WORDS = 16  # a first line in one-paragraph-a-line text
LONG_HEADLINE_MAX_WORDS = 28  # either shape, when the line is in title case
SUBHEADING_MAX_WORDS = 12
DERIVED_HEADLINE_WORDS = 14


@lru_cache(maxsize=1)
def boilerplate_patterns() -> re.Pattern:
    """The phrase list in data/boilerplate.txt, compiled into one pattern."""
    lines = resources.files("newsdocs").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    alternatives = [ln.strip() for ln in lines.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


def is_boilerplate(line: str) -> bool:
    return len(line) < 300 and boilerplate_patterns().fullmatch(line.strip()) is not None


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_damaged(line: str) -> bool:
    # the end-of-line patterns only ever look at the tail: searching the whole line is quadratic
    return _DAMAGE_INSIDE.search(line) is not None or _DAMAGE_AT_END.search(line[-24:]) is not None


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """Non-blank lines as (start, end, followed_by_blank), whitespace trimmed."""
    found = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            found.append([s, e])
    out = []
    for i, (s, e) in enumerate(found):
        nxt = found[i + 1][0] if i + 1 < len(found) else len(text)
        gap = text[e:nxt]
        out.append((s, e, gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2))
    return out


def _reads_as_title(line: str, blank_separated: bool) -> bool:
    n = len(words(line))
    if n == 0 or _BYLINE.fullmatch(line):
        return False
    breaks = len(_INNER_SENTENCE_BREAK.findall(line.rstrip(_TERMINAL + _CLOSING_QUOTES)))
    capitalised = sum(1 for w in words(line) if w[0].isupper() or w[0].isdigit())
    title_case = n >= 3 and capitalised / n >= 0.6
    if blank_separated:
        # Headline, blank line, paragraphs: a headline may be two short
        # sentences ("Campaigns are long. Maybe that's good."); a lede is longer.
        return breaks <= 1 and (n <= HEADLINE_MAX_WORDS or (title_case and n <= LONG_HEADLINE_MAX_WORDS))
    if breaks:
        return False
    return n <= TIGHT_HEADLINE_MAX_WORDS or (title_case and n <= LONG_HEADLINE_MAX_WORDS)


def _reads_as_subheading(line: str) -> bool:
    if len(line) > 150:
        return False
    n = len(words(line))
    if n == 0 or n > SUBHEADING_MAX_WORDS or is_damaged(line):
        return False
    stripped = line.rstrip(_CLOSING_QUOTES)
    if stripped and stripped[-1] in _TERMINAL:
        return False
    first = line.lstrip("\"“‘'(")[:1]
    return first.isupper() or first.isdigit()


def derive_headline(paragraph: str) -> str:
    """A short stand-in headline from a lede: its first sentence, cut at a clause or word limit."""
    m = _INNER_SENTENCE_BREAK.search(paragraph)
    sentence = paragraph[: m.start() + 1] if m else paragraph
    sentence = sentence.rstrip(_TERMINAL + " ")
    ws = sentence.split()
    if len(ws) <= DERIVED_HEADLINE_WORDS:
        return sentence
    clause = sentence.split(",")[0]
    if len(clause.split()) <= DERIVED_HEADLINE_WORDS + 4:
        return clause.rstrip() + "…"
    return " ".join(ws[:DERIVED_HEADLINE_WORDS]).rstrip(_TERMINAL) + "…"


def parse_structure(text: str) -> Article:
    """Split decoded article text into headline, byline, dateline and blocks."""
    lines = _lines(text)
    blocks: list[Block] = []
    headline: str | None = None
    byline: str | None = None
    seen_content = False
    blank_separated = any(followed_by_blank for _, _, followed_by_blank in lines[:-1])
    for s, e, _ in lines:
        line = text[s:e]
        if is_boilerplate(line):
            blocks.append(Block("boilerplate", line, s, e))
            continue
        m = _BYLINE.fullmatch(line) if len(line) < 160 and line[:1] in "BbWw" else None
        if m and len(words(line)) > 12:
            m = None
        if m and byline is None:
            byline = m.group("name").strip()
            blocks.append(Block("boilerplate", line, s, e, ("byline",)))
            continue
        if not seen_content:
            seen_content = True
            if _reads_as_title(line, blank_separated):
                headline = line
                blocks.append(Block("headline", line, s, e))
                continue
        if _reads_as_subheading(line):
            blocks.append(Block("subheading", line, s, e))
        else:
            blocks.append(Block("paragraph", line, s, e, ("damaged",) if is_damaged(line) else ()))

    paragraphs = [i for i, b in enumerate(blocks) if b.kind == "paragraph"]
    dateline = _dateline_of(text, blocks)
    headline_derived = False
    if headline is None and paragraphs:
        headline = derive_headline(blocks[paragraphs[0]].text)
        headline_derived = True
    return Article(
        text=text,
        headline=headline,
        headline_derived=headline_derived,
        blocks=tuple(blocks),
        byline=byline,
        dateline=dateline,
    )


def structure_from_blocks(text: str, blocks: tuple[Block, ...], headline: str | None) -> Article:
    """An article whose blocks are already known (web pages): mark boilerplate and damage, derive a headline."""
    marked = []
    for b in blocks:
        if is_boilerplate(b.text):
            marked.append(Block("boilerplate", b.text, b.start, b.end))
        elif b.kind == "paragraph" and is_damaged(b.text):
            marked.append(Block("paragraph", b.text, b.start, b.end, b.flags + ("damaged",)))
        else:
            marked.append(b)
    derived = False
    if not headline:
        first = next((b for b in marked if b.kind == "paragraph"), None)
        headline, derived = (derive_headline(first.text), True) if first else (None, False)
    return Article(text=text, headline=headline, headline_derived=derived, blocks=tuple(marked),
                   dateline=_dateline_of(text, marked))


def dateline_at(text: str, block: Block) -> re.Match | None:
    """The dateline opening a paragraph ("VIENNA — ", "DUBAI, United Arab Emirates — "), if any: where the
    story was filed, no part of what it reports."""
    return _DATELINE.match(text, block.start, block.end) if block.kind == "paragraph" else None


def _dateline_of(text: str, blocks) -> str | None:
    """The dateline of the first paragraph, as written ("VIENNA"), or None."""
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    m = dateline_at(text, first) if first is not None else None
    return m.group("dateline").strip() if m else None
