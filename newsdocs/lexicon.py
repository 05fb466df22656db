"""Word lists kept as data (newsdocs/data/*.txt), loaded once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _data_lines(name: str) -> list[str]:
    raw = resources.files("newsdocs").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass(frozen=True)
class Cues:
    speech: frozenset[str]  # surface forms of reporting verbs
    belief: frozenset[str]  # think, believe, want …: positions rather than speech

    def __contains__(self, word: str) -> bool:
        return word in self.speech or word in self.belief


@lru_cache(maxsize=1)
def cues() -> Cues:
    speech, belief = set(), set()
    for line in _data_lines("cues.txt"):
        target = belief if line.startswith("~") else speech
        target.update(w.lower() for w in line.lstrip("~").split())
    return Cues(frozenset(speech), frozenset(belief))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _data_lines(name))


def anonymous_nouns() -> frozenset[str]:
    return word_set("sources.txt")


def organisation_words() -> frozenset[str]:
    return word_set("organisations.txt")


def titles() -> frozenset[str]:
    """Honorifics and offices that may stand before a name (data/titles.txt), lower-case, no dots."""
    return word_set("titles.txt")
