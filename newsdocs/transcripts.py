"""Transcripts and interviews: paragraphs that open with the speaker's label.

Broadcast transcripts and printed interviews mark who speaks with a label,
not a reporting verb::

    JAKE TAPPER: Donald Trump released a video on Friday …
    FALLIN: Well, I think the whole nation needs to work together …
    Q: Did the Immigration service take care of you?
    A: No, no one did.

Each such paragraph is a turn: the label speaks the rest of the paragraph.
Paragraphs between one turn and the next, with no label of their own,
continue the turn before them (PolNeAR annotates them as further spans of
that turn's content). A label is only believed as a speaker in an article
that reads as a dialogue — two labels or more, one of them used twice, or
both Q and A — so that one "UPDATE:" or "Bottom Line:" opening a paragraph
stays what it is.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import sections
from .model import Block

# "JAKE TAPPER:", "SEN. TED CRUZ:", "Matthews:", "Luciana Lopez:", "Q:", "A:" — at most three words, each
# capitalised; all capitals or all title case, not a sentence's opening words ("Here’s the thing:")
_LABEL = re.compile(
    r"(?P<label>[QA]|[A-Z][A-Z.’'-]*(?:[ \t]+[A-Z][A-Z.’'-]*){0,2}|[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2})"
    r"[ \t]*(?P<colon>:)[ \t]+(?=\S)"
)
_A_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
# people in a dialogue speak of themselves or to each other: "I", "we", "you". Notes under labels do not
# ("Thunder: F Hamidou Diallo missed his third straight game", "Lakers: Visit the Thunder on Friday")
_SPEAKS_IN_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]urs?|[Yy]ou|[Yy]ours?)\b")
MIN_TURN_WORDS = 2  # "A: It’s been about a month." speaks; "Sanders: 1,501." is a count
# labels that head a note, not a turn: "UPDATE:", "CORRECTION:", "EDITOR'S NOTE:"
_NOT_SPEAKERS = sections("grammar.txt")["headline_kickers"] | sections("grammar.txt")["section_labels"]


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the label, its colon and what follows, with any paragraphs continuing it."""

    block: int
    label_start: int
    label_end: int
    colon: int
    spans: tuple[tuple[int, int], ...]  # the rest of the labelled paragraph, then each continuing one


def transcript_turns(text: str, blocks: Sequence[Block]) -> list[Turn]:
    """The turns of an article that reads as a transcript or interview, in text order; [] otherwise."""
    labelled: list[tuple[int, re.Match, bool]] = []  # (block, label, whether what follows it reads as speech)
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        m = _LABEL.match(text, block.start, block.end)
        if m is not None and not _is_no_speaker(m.group("label")):
            labelled.append((index, m, len(_WORD.findall(text, m.end(), block.end)) >= MIN_TURN_WORDS))
    # "Clinton: 1,769." makes no dialogue of a tally; but once there is one, "A: Yes." is a turn in it
    spoken = [_key(m.group("label")) for _i, m, speech in labelled if speech]
    if not _reads_as_dialogue(spoken) or not any(
            _SPEAKS_IN_PERSON.search(text, m.end(), blocks[i].end) for i, m, _speech in labelled):
        return []
    speakers = set(spoken)
    turns = []
    for k, (index, m, _speech) in enumerate(labelled):
        if _key(m.group("label")) not in speakers:
            continue
        spans = [(m.end(), blocks[index].end)]
        # paragraphs up to the next label continue this turn; none after the last (the story resumes)
        if k + 1 < len(labelled):
            for block in blocks[index + 1:labelled[k + 1][0]]:
                if block.kind == "paragraph" and _A_LETTER.search(text, block.start, block.end):
                    spans.append((block.start, block.end))
        turns.append(Turn(index, m.start("label"), m.end("label"), m.start("colon"), tuple(spans)))
    return turns


def _key(label: str) -> str:
    """A label as it is compared: "KATE BOULDUAN" and "BOULDUAN" are one speaker, as "TAPPER" and "Tapper" are."""
    return label.split()[-1].lower()


def _is_no_speaker(label: str) -> bool:
    """"UPDATE", "Editor’s Note", "STAT OF THE WEEK"…: its last word says it heads a note, not a turn; "DEAR
    ABBY", "Dear Concerned Sister": a letter's salutation names whom it is written to, not who writes it."""
    words = label.split()
    return words[-1].lower().rstrip(".") in _NOT_SPEAKERS or len(words) > 1 and words[0].lower() == "dear"


def _reads_as_dialogue(labels: list[str]) -> bool:
    """Two labels or more, one used twice (a back and forth), or an interview's Q and A."""
    counts = Counter(labels)
    if "q" in counts and "a" in counts:
        return True
    return len(counts) >= 2 and max(counts.values()) >= 2
