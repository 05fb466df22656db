"""Word lists kept as data (newsdocs/data/*.txt), loaded once."""
from __future__ import annotations

import re
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
    stance: frozenset[str]  # plans, refused, endorsed …: positions taken, with an object or a "to" clause
    every: frozenset[str] = frozenset()  # all three: one lookup for "is this a cue at all?"

    def __contains__(self, word: str) -> bool:
        return word in self.every


@lru_cache(maxsize=1)
def cues() -> Cues:
    kinds: dict[str, set[str]] = {"": set(), "~": set(), "+": set()}
    for line in _data_lines("cues.txt"):
        mark = line[0] if line[0] in "~+" else ""
        kinds[mark].update(w.lower() for w in line.lstrip("~+").split())
    return Cues(frozenset(kinds[""]), frozenset(kinds["~"]), frozenset(kinds["+"]),
                frozenset(kinds[""] | kinds["~"] | kinds["+"]))


@lru_cache(maxsize=1)
def plural_present_cues() -> frozenset[str]:
    """Cue verbs in the form only a plural subject takes: "say" beside "says" on its line of cues.txt, as
    "argue" beside "argues" ("read", "put" and the like are past forms too: left out)."""
    found = set()
    for line in _data_lines("cues.txt"):
        forms = [w.lower() for w in line.lstrip("~+").split()]
        base = forms[0]
        if len(forms) > 1 and forms[1] in (base + "s", base + "es", base[:-1] + "ies") and base not in _PAST_AS_WELL:
            found.add(base)
    return frozenset(found | {"have", "are", "were", "do"})


_PAST_AS_WELL = frozenset("read put set cut hit bid".split())


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _data_lines(name))


@lru_cache(maxsize=None)
def sections(name: str) -> dict[str, frozenset[str]]:
    """A data file of "[section]" headings, each followed by lines of words: {section: words}."""
    found: dict[str, set[str]] = {}
    current = None
    for line in _data_lines(name):
        if line.startswith("["):
            current = found.setdefault(line.strip("[]"), set())
        elif current is not None:
            current.update(w.lower() for w in line.split())
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """data/given_names.txt, both sections: common given names, folded."""
    return frozenset().union(*sections("given_names.txt").values())


@lru_cache(maxsize=1)
def full_given_names() -> dict[str, frozenset[str]]:
    """data/nicknames.txt: each short form of a given name → the full names it may stand for ("chris" →
    christian, christine, christopher)."""
    found: dict[str, set[str]] = {}
    for line in _data_lines("nicknames.txt"):
        full, *short = line.lower().split()
        for name in short:
            found.setdefault(name, set()).add(full)
    return {name: frozenset(fulls) for name, fulls in found.items()}


def speaker_nouns() -> dict[str, frozenset[str]]:
    """data/speaker_nouns.txt by section: people, groups, company_suffixes, documents."""
    return sections("speaker_nouns.txt")


def anonymous_nouns() -> frozenset[str]:
    return speaker_nouns()["people"]


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    return speaker_nouns()["groups"] | speaker_nouns()["company_suffixes"]


def company_suffixes() -> frozenset[str]:
    """A company's legal suffixes: "Inc.", "Corp.", "LLC"."""
    return speaker_nouns()["company_suffixes"]


def document_nouns() -> frozenset[str]:
    return speaker_nouns()["documents"]


def is_speaker_noun(word: str) -> bool:
    return word.lower() in _speaker_noun_set()


@lru_cache(maxsize=1)
def _speaker_noun_set() -> frozenset[str]:
    """Every noun of speakers.txt's sections and every title, as one set (asked tens of thousands of times)."""
    return frozenset().union(*speaker_nouns().values()) | titles()


# plural nouns of agents — "cement makers", "other defenders", "investors" — speak, unless they are things
_NOT_AGENTS = frozenset("numbers matters centers centres corners layers quarters waters borders answers offers "
                        "others headquarters chambers towers filters markers computers containers barriers "
                        "disasters powers orders letters papers covers meters factors errors mirrors doors floors "
                        "colors colours sectors corridors monitors motors vectors rumors rumours horrors terrors "
                        "favors favours honors honours labors behaviors flavors".split())


def is_person_noun(w: str) -> bool:
    """A lower-case noun for a person by what they do, singular or plural: a plural of agents
    ("makers"), or an -ist or -ian ("the late neurologist", "the physicians", "a pediatrician")."""
    return is_agent_plural(w) or len(w) > 5 and w.endswith(("ist", "ists", "ian", "ians"))


def is_agent_plural(w: str) -> bool:
    """A lower-case plural noun of agents ("makers", "defenders", "investors"): no list holds them all."""
    return len(w) > 5 and w.endswith(("ers", "ors")) and w not in _NOT_AGENTS


def titles() -> frozenset[str]:
    """Honorifics and offices that may stand before a name (data/titles.txt), lower-case, no dots."""
    return word_set("titles.txt")


def trie_pattern(words) -> str:
    """A regular expression matching exactly ``words``, factored by prefix.

    Python's re tries alternatives one by one; a trie-shaped pattern lets a
    search over every sentence reject most positions after one character.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)
