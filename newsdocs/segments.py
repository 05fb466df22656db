"""Quotation-mark pairs, tokens and sentences inside one paragraph.

All positions are absolute offsets into the article text. Quoted stretches
are found first so that sentence splitting and cue finding can treat them
as opaque: a full stop inside “A. B,” does not end the sentence.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple

from .lexicon import given_names

OPENING = "“„«"
CLOSING = "”»"
DOUBLE_STRAIGHT = '"'
_DOUBLE_MARK = re.compile('[“„«”»"]')


@dataclass(frozen=True)
class QuoteMarks:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (paragraph end when unclosed)
    closed: bool


def _is_opener_position(text: str, i: int, lo: int) -> bool:
    k = i
    while k > lo and unicodedata.category(text[k - 1]) == "Cf":
        k -= 1  # an invisible direction mark before the quotation: ‪”This is why …,” said John Krystek
    if k == lo and text[i] == "”":
        return True  # a paragraph opening on a backwards mark: ” … in the case of Wyoming, …,” wrote Time
    before = text[k - 1] if k > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,/") and not after.isspace()


def _is_closer_position(text: str, i: int, hi: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before == " " and i >= 2 and text[i - 2] in "'’" and not after.isalnum():
        return True  # a nested quotation closing first, a space between: “… 'a flight to quality,' " he said
    if before in ",.?!…" and after.isalpha():
        return True  # inside a quotation, a mark after its closing punctuation closes it, a space left out:
        # "… many audiences,"Katie Packer said — straight marks do not nest, so it opens nothing
    return not before.isspace() and not after.isalnum()


def find_quote_marks(text: str, lo: int, hi: int) -> list[QuoteMarks]:
    """Pairs of double quotation marks (and single ones used as quotes) in text[lo:hi].

    Curly marks pair by direction, straight ones by position (an opener
    follows a space and precedes a word). An opener with no closer runs to
    the end of the paragraph and is marked unclosed: it never swallows the
    rest of the article, and a quote continued in the next paragraph shows
    up this way.
    """
    if "''" in text[lo:hi]:
        return _doubled_single_marks(text, lo, hi)
    found: list[QuoteMarks] = []
    # Only the marks themselves are visited, not every character.
    positions = [m.start() for m in _DOUBLE_MARK.finditer(text, lo, hi)]
    n = len(positions)
    a = 0
    while a < n:
        i = positions[a]
        c = text[i]
        a += 1
        if not (c in OPENING or (c in DOUBLE_STRAIGHT + "”" and _is_opener_position(text, i, lo))):
            continue
        close = -1
        reopened = hi
        while a < n:
            j = positions[a]
            d = text[j]
            if d in CLOSING or (d == '"' and _is_closer_position(text, j, hi)) or (
                    d == "“" and j > lo and _is_closer_position(text, j, hi)):
                # the last: an opening mark typed where a closing one belongs — “The reality is …,“ said,
                # “criminals” and “rapists“ while … — after a word or its punctuation, before no word
                close = j
                a += 1
                break
            if d in OPENING:
                reopened = j  # a new quote opens: the first was never closed
                break
            a += 1
        if close < 0:
            found.append(QuoteMarks(i, _rstrip(text, i, reopened), False))
        else:
            found.append(QuoteMarks(i, close + 1, True))
    if "‘" in text[lo:hi] or "'" in text[lo:hi]:
        found.extend(_single_quote_marks(text, lo, hi, found))
    found.sort(key=lambda q: q.start)
    return found


# three marks close a nested single quotation and the outer one together: ''… 'bomb them,'''
# (a space may stand before the closing two after the words' comma or stop: "… left-right coalitions, '' said …")
_DOUBLED = re.compile(r"''(?=\S)(?P<body>.*?\S)(?:'''|''|(?<=[,.!?])\s''(?=\s)|$)", re.S)


def _doubled_single_marks(text: str, lo: int, hi: int) -> list[QuoteMarks]:
    """Some archives (the New York Times' among them) write quotation marks as two apostrophes."""
    out = []
    for m in _DOUBLED.finditer(text, lo, hi):
        closed = text.endswith("''", m.start(), m.end()) and m.end() - m.start() > 4
        out.append(QuoteMarks(m.start(), m.end(), closed))
    return out


_SINGLE = re.compile(r"(?=[‘'])(?<![\w’'])[‘'](?=[A-Za-z0-9])(?P<body>[^‘’'\n]{1,300}?[^\s‘])[’'](?![A-Za-z])")


def _single_quote_marks(text: str, lo: int, hi: int, doubles: list[QuoteMarks]) -> list[QuoteMarks]:
    """Single marks used as quotation marks (‘clearly unacceptable’), never apostrophes.

    Outside double quotes only: inside them, single marks are nested quotes
    of someone else's words, part of the outer quotation.
    """
    out = []
    for m in _SINGLE.finditer(text, lo, hi):
        if any(d.start <= m.start() < d.end for d in doubles):
            continue
        body = m.group("body")
        # "Sanders’ campaign" style possessives: a closing mark straight after an s and a space
        if body.endswith("s") and m.end() < hi and text[m.end():m.end() + 1] == " " and " " not in body:
            continue
        out.append(QuoteMarks(m.start(), m.end(), True))
    return out


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


# -- tokens ---------------------------------------------------------------------
ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen sens rep reps gov govs gen lt col capt sgt st jr sr rev prof inc co corp ltd "
    "jan feb mar apr aug sept sep oct nov dec vs etc mt ft pres atty supt adm cmdr cpl maj".split()
)  # not "no": "No." abbreviates "number" only before one ("No. 1"); "Trump said no. But …" ends a sentence
# US states as news copy abbreviates them ("Cambridge, Mass."), capitalised only: "ill." and "wash."
# in lower case are words that end sentences
STATE_ABBREVIATIONS = ("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont "
                       "Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo").split()
# a party and state after a politician's name: "R-S.C.", "D-Mo.", "I-Vt."
# "R-Ky.", "D-N.Y.", and a state written out: "R-Texas", "D-Ohio" (four letters or more: not "D-Day")
PARTY_AND_STATE = re.compile(r"[RDI]-(?:(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.|[A-Z][a-z]{3,}(?![\w-]))")
# the end of a web site's name, which copy uses as the name of who runs it ("according to Factcheck.org")
WEB_DOMAIN = r"(?:\.(?:com|org|net|gov|edu|info|io)\b)?"
_TOKEN = re.compile(
    # Initialisms ("U.S.") and abbreviations ("Mr.", "Sept.") keep their dot, as does an
    # initial ("J."); other words leave theirs to stand alone, so that "Medinsky said." ends in a
    # word and a full stop. The lookahead is a cheap first test that keeps the scan fast.
    r"(?=[^\W\d_]{1,5}\.)(?:(?:[A-Za-z]\.){2,}"
    r"|(?i:" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\."
    r"|(?:" + "|".join(sorted(STATE_ABBREVIATIONS, key=len, reverse=True)) + r")\.|[A-ZÀ-ÖØ-Þ]\.|[Nn]o\.(?=\s*\d))"
    r"|[A-Z]{1,3}&[A-Z]{1,3}\b"  # "P&G", "AT&T": one name
    r"|" + PARTY_AND_STATE.pattern +  # one token, dots and all
    # words: "Russia’s", "front-runner"; a site: "MoveOn.org"; two names joined, one pollster: "CNN/ORC"
    r"|[^\W\d_]\w*(?:[’'-]\w+)*(?:/[A-Z]\w*)*" + WEB_DOMAIN +
    r"|[$£€]?\d+(?:[.,:]\d+)*%?(?:-[^\W\d_]+)*"  # numbers, and words built on them: "57-year-old", "10-point"; "$15"
    r"|--"  # a dash typed as two hyphens, one token like "—"
    r"|[^\w\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"  # invisible format marks are no tokens
)


class Token(NamedTuple):
    """A word, punctuation mark or whole quotation, with what the rules ask of it computed once.

    A named tuple built with ``tuple.__new__`` (no Python ``__init__`` runs): tokens are made by
    the hundred thousand, and this is the cheapest way to build them that keeps named fields.
    """

    text: str
    start: int
    end: int
    quote: QuoteMarks | None  # set when the token stands for a whole quotation
    lower: str
    is_word: bool
    is_capitalised: bool

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


_new_tuple = tuple.__new__


def tokens(text: str, lo: int, hi: int, marks: list[QuoteMarks]) -> list[Token]:
    """Tokens of text[lo:hi], each quotation collapsed into one token."""
    out: list[Token] = []
    pos = lo
    # quotations are sorted and do not overlap, so their starts order them as their ends do
    first = max(0, bisect_left(marks, lo, key=lambda q: q.end) - 1) if len(marks) > 32 else 0
    for q in marks[first:]:
        if q.start >= hi:
            break
        if q.end <= lo:
            continue
        out.extend(_plain_tokens(text, pos, max(pos, q.start)))
        quoted = text[q.start:q.end]
        out.append(_new_tuple(Token, (quoted, q.start, q.end, q, quoted.lower(), False, False)))
        pos = q.end
    out.extend(_plain_tokens(text, pos, hi))
    return out


def _plain_tokens(text: str, lo: int, hi: int) -> list[Token]:
    out = []
    for s, e in map(_SPAN, _TOKEN.finditer(text, lo, hi)):
        word = text[s:e]
        first = word[0]
        if first in _OTHER_DASHES:
            word = "—"  # the rules know one dash: "… Nice ― much like he did … ― Trump cast"
        out.append(_new_tuple(Token, (word, s, e, None, word.lower(), first.isalnum(), first.isupper())))
    return out


_OTHER_DASHES = frozenset("―‒⸺")  # a horizontal bar, a figure dash, a two-em dash: as "—" to the rules


_SPAN = re.Match.span


# -- sentences --------------------------------------------------------------------
# The stop first, then what may follow it: one leading character class lets the scan skip ahead (4× faster)
_SENTENCE_END = re.compile(r"[.!?…]+(?:[”\"’')\]]*(?=\s+(?:''|[“\"‘'(\[])?[A-Z0-9])|[”\"’')\]]*\s*$"
                           r"|[”’](?=[“‘][A-Z]))")  # “… native-born.”“Your facts are wrong,” — no space typed


_NUMBER_AFTER = re.compile(r"\s+\d")
_ENDS_HERE = re.compile(r"\s*(?:[.;]|$|,(?!\s*[“\"‘']))")  # "Trump said." / "said, adding" — not "added, “…"
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)[.]$")
# words that, capitalised after an initialism's full stop, can only open a new sentence
_OPENS_SENTENCE = re.compile(
    r"\s+[“\"]?(?:The|A|An|He|She|It|They|We|I|His|Her|Their|Its|Our|This|These|Those|There|But|And|"
    r"In|On|At|For|If|When|While|After|Before|As|So|Yet|Still|Now|That|What|Why|How)\b")


_GIVEN_THEN_NAME = re.compile(r"\s+([A-Z][a-z]+)\s+[A-Z]")


def _given_name_opens(text: str, end: int, hi: int) -> bool:
    """Whether a person's given name and surname follow: after a town's state, "… golf club at Bedminster,
    N.J. Roger Ailes, the former chairman …" opens a sentence, where "Washington, D.C. Mayor Bowser" goes on
    with one (and "scholar A.E. Dick Howard" is one name: no town before the initials)."""
    m = _GIVEN_THEN_NAME.match(text, end, hi)
    return m is not None and m.group(1).lower() in given_names()


def sentences(text: str, lo: int, hi: int, marks: list[QuoteMarks],
              attribution_follows: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[lo:hi]; a full stop inside a quotation ends no sentence.

    Nor does the ? or ! closing a quotation when ``attribution_follows``
    matches right after it: “Is it two? Three?” Clinton asks. A full stop
    closing one runs on only when the attribution ends there: “…” Trump said.
    """
    spans = []
    start = lo
    mark_starts = [q.start for q in marks]  # sorted by start, and quotations do not overlap
    mark_ends = {q.end for q in marks}
    for m in _SENTENCE_END.finditer(text, lo, hi):
        end = m.end()
        k = bisect_left(mark_starts, end) - 1
        if k >= 0 and marks[k].start < end < marks[k].end:
            continue
        if attribution_follows is not None and end in mark_ends:
            follows = attribution_follows.match(text, end, hi)
            # “… missing.” Trump said. — the attribution closes the sentence; but “… substance.”
            # She added that … starts a new one
            if follows and ("." not in m.group() or _ENDS_HERE.match(text, follows.end(), hi)):
                continue
        word = m.group() == "." and _WORD_BEFORE_STOP.search(text, max(lo, m.start() - 12), m.start() + 1)
        if word and (
            word.group(1).lower().rstrip(".") in ABBREVIATIONS or len(word.group(1)) == 1
            or word.group(1) in ("No", "no") and _NUMBER_AFTER.match(text, end, hi)
            or ("." in word.group(1) and word.group(1)[0].isalpha()  # an initialism (not "$27.16."): "U.S. Attorney",
                # "D.C. police" — but "… the U.S. The …"
                and not _OPENS_SENTENCE.match(text, end, hi)
                and not (text[word.start() - 2:word.start()] == ", " and _given_name_opens(text, end, hi)))
        ):
            continue
        if end > start:
            spans.append((start, end))
        start = end
        while start < hi and text[start].isspace():
            start += 1
    if start < hi and text[start:hi].strip():
        spans.append((start, _rstrip(text, start, hi)))
    return spans
