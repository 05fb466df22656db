"""Names of people and organisations: normalising them into keys.

One person is one key across the archive: case, accents and titles do not
count ("President Vladimir Putin", "Mr. Putin" and "Vladimir Putin" differ
only in what ``speaker_key`` drops), and common transliteration endings of
the same surname fold together (Zelensky / Zelenskyy / Zelenskiy).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import anonymous_nouns, full_given_names, given_names, organisation_words, sections, titles


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accents removed, apostrophes unified: for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


_INITIAL = re.compile(r"[A-Z]\.")
_NAME_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# Transliteration endings that vary between outlets for the same surname.
_TRANSLIT = ((re.compile(r"(sk|ck|tsk|ts)(yy|iy|ii|yi|y|i)$"), r"\1y"),)


GENERATIONS = ("jr", "sr", "ii", "iii", "iv")
# Offices as copy abbreviates them before a name: "Sen. Marco Rubio", "Gov. Chris Christie"
OFFICE_ABBREVIATIONS = {"sen": "senator", "sens": "senator", "rep": "representative", "gov": "governor",
                        "pres": "president", "gen": "general", "lt": "lieutenant", "atty": "attorney"}
# last words that make a capitalised run a body's name: "Dick Clark Productions", "General Electric"
BODY_NAME_ENDS = sections("grammar.txt")["body_name_ends"]
# title words that say how someone is addressed, or qualify an office, but hold none themselves
_HOLDS_NO_OFFICE = frozenset("mr mrs ms miss dr sir dame lord lady former vice prime state chief deputy "
                             "republican democrat democratic gop libertarian st saint lieutenant".split())


# a nickname in quotation marks between a given name and a surname: George “Jay” Keyworth (a word or two); the
# pattern alone, for the name runs of attribution and resolution, and set in a name
QUOTED_NICKNAME = r"[“\"][A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*)?[”\"]"
NICKNAME = re.compile(rf"\s+{QUOTED_NICKNAME}(?=\s+[A-Z])")
# a pronoun (or "that", "there" …) contracted with its verb: "I’ve", "they’re", "that’s" — no word of a name, and
# a clause's subject and verb
CONTRACTED_PRONOUN = r"(?:i|you|we|they|he|she|it|that|there|here|what|who|let)[’'](?:m|ve|d|ll|re|s)"


def without_nickname(name: str) -> str:
    """"George “Jay” Keyworth" → "George Keyworth": the name the person goes by elsewhere in the story."""
    return NICKNAME.sub("", name) if "“" in name or '"' in name else name


def name_words(name: str) -> list[str]:
    """The words of a name without titles, a generational suffix, leading initials or a nickname: "President
    Vladimir Putin" → ["vladimir", "putin"], "Joseph R. Biden Jr." → ["joseph", "r", "biden"], "C. Boyden Gray"
    → ["boyden", "gray"], "John “Tig” Tiegen" → ["john", "tiegen"]."""
    ws = _NAME_WORD.findall(fold(without_nickname(name) if "“" in name or '"' in name else name).replace(".", ""))
    while len(ws) > 1 and ws[0] in titles():
        ws.pop(0)
    while len(ws) > 1 and ws[-1] in GENERATIONS:
        ws.pop()
    while len(ws) > 2 and len(ws[0]) == 1:
        ws.pop(0)  # a leading initial: "R. Gil Kerlikowske" is Gil Kerlikowske wherever the article spells him so
    return ws


def _key_words(name: str) -> list[str]:
    """A person's key words: name_words with the surname's transliteration folded, and a generational
    suffix after a given name and surname kept — Donald Trump Jr. is not his father."""
    ws = name_words(name)
    if not ws:
        return ws
    ws = ws[:-1] + [fold_surname(ws[-1])]
    raw = _NAME_WORD.findall(fold(name).replace(".", ""))
    if len(ws) >= 2 and raw and raw[-1] in GENERATIONS:
        ws.append(raw[-1])
    return ws


def fold_surname(word: str) -> str:
    for pattern, repl in _TRANSLIT:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=65536)  # a pure function of the name, asked again for each quotation of the same speaker
def speaker_key(name: str, speaker_type: str = "person") -> str:
    """The archive-wide identity of a speaker name.

    People: their words without titles, the surname's transliteration folded.
    Anonymous sources and organisations get their own namespaces so that
    "officials" never merges into a person called Official, and keep every
    word but a leading article: a word that is a title before a person's name
    tells bodies and groups apart ("State Department", "Justice Department";
    "Republican Party", "Democratic Party"; "Democratic strategists").
    """
    if speaker_type != "person":
        ws = _NAME_WORD.findall(fold(name).replace(".", ""))
        if len(ws) > 1 and ws[0] in ("a", "an", "the"):
            ws.pop(0)
        return f"{speaker_type}:" + (" ".join(ws) if ws else fold(name).strip())
    ws = name_words(name)
    if not ws:
        return f"{speaker_type}:{fold(name).strip()}"
    return "person:" + " ".join(_key_words(name))


def offices(role: str) -> frozenset[str]:
    """The offices a role names, folded and spelled out: "Former Florida Gov." → {"governor"}, "Pres." →
    {"president"}, "Vice President" → {"vice-president"}; "a retired neurosurgeon" → none."""
    found = set()
    words = _NAME_WORD.findall(fold(role).replace(".", ""))
    for i, word in enumerate(words):
        word = OFFICE_ABBREVIATIONS.get(word, word)
        if word in titles() and word not in _HOLDS_NO_OFFICE:
            found.add("vice-president" if word == "president" and i and words[i - 1] == "vice" else word)
    return frozenset(found)


def split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into the role before a name and the name.

    "British Prime Minister Keir Starmer" → (["British", "Prime", "Minister"], ["Keir", "Starmer"]);
    "Mr. Putin" → (["Mr."], ["Putin"]). The name is what follows the last word of office.
    """
    cut = 0
    for i, w in enumerate(words[:-1]):
        base = fold(w).rstrip(".")
        if base in titles() or w.endswith(("’s", "'s", "s’", "s'")) \
                or (base in anonymous_nouns() and not base.endswith("s") and (i > 0 or len(words) > 2)):
            # (a noun of office too, capitalised as some copy sets it: "Clinton Senior Adviser X" — but not
            # opening a run of two, where it is a name: "Fan Mengguang", "Ally Brooke")
            cut = i + 1
    if len(words) - cut >= 3:
        cut = _given_name_opening(words, cut)
    elif len(words) - cut == 1 and fold(words[-1]) in BODY_NAME_ENDS:
        cut = 0  # "General Electric", "General Motors": a company named with a word of office, not General Motors
    return words[:cut], words[cut:]


# words that open a place's name, whatever follows: "San Francisco", "Fort Worth"
_PLACE_PREFIXES = frozenset("san santa los las st saint fort port el la new".split())


def _given_name_opening(words: list[str], cut: int) -> int:
    """Where the name opens in words[cut:] when words that name nobody come before a given name and a
    surname: "UMWA Director of Government Affairs Phil Smith", "Maricopa County Recorder Helen Purcell".

    Not in "George Herbert Walker Bush" (a given name first), "I. Charles McCullough" (an initial first),
    "San Pedro Sula" (a place) or "Trayvon Martin Foundation" (a body).
    """
    for i in range(len(words) - 2, max(cut, len(words) - 4), -1):  # a given name, then one or two words
        if words[i][:1].isupper() and is_given_name(words[i]):
            before = words[cut:i]
            if any(is_given_name(w) or _INITIAL.fullmatch(w) for w in before) \
                    or fold(before[-1]).rstrip(".") in _PLACE_PREFIXES \
                    or any(fold(w) in organisation_words() for w in words[i + 1:]):
                return cut
            return i
    return cut


def is_given_name(word: str) -> bool:
    """A common given name (data/given_names.txt): "Phil", "Hillary"; or two joined by a hyphen:
    "Eva-Marie", "Jean-Pierre" (not "Al-Qaeda")."""
    base = fold(word).rstrip(".")
    if base in given_names():
        return True
    first, hyphen, second = base.partition("-")
    return bool(hyphen) and first in given_names() and second in given_names()


def key_surname(key: str) -> str:
    """The surname in a speaker key, its last word but a generational suffix: what a one-word --speaker
    query is compared with."""
    words = key.rsplit(":", 1)[-1].split()
    if len(words) >= 3 and words[-1] in GENERATIONS:
        return words[-2]
    return words[-1] if words else ""


def query_keys(query: str) -> tuple[str | None, str]:
    """How to find speakers for a user's NAME: (full key body or None, surname).

    "zelensky" → (None, "zelensky"): every speaker with that surname.
    "Volodymyr Zelenskiy" → ("volodymyr zelensky", "zelensky"): that person only.
    """
    ws = _key_words(query)
    if not ws:
        return None, fold(query).strip()
    surname = key_surname(" ".join(ws))
    return (" ".join(ws) if len(ws) > 1 else None), surname


def middle_initial_variants(full: str) -> list[str]:
    """Key bodies that name the same person with or without one middle initial, as SQL LIKE patterns.

    News copy writes "Donald J. Trump" (the New York Times' style) as often as "Donald Trump":
    "donald trump" → ["donald _ trump"] (any one-letter initial), "donald j trump" → ["donald trump"].
    Two initials ("george h w bush") are no variant of one ("george w bush").
    """
    words = full.split()
    if len(words) >= 3 and words[-1] in GENERATIONS:  # "joseph biden jr" → ["joseph _ biden jr"]
        return [f"{variant} {words[-1]}" for variant in middle_initial_variants(" ".join(words[:-1]))]
    if len(words) == 2:
        return [f"{words[0]} _ {words[1]}"]
    if len(words) == 3 and len(words[1]) == 1:
        return [f"{words[0]} {words[2]}"]
    return []


def name_parts(key: str) -> tuple[str, tuple[str, ...], str] | None:
    """(given name, middle names, surname) of a person's key with two words or more, else None.

    "person:donald j trump" → ("donald", ("j",), "trump"); "person:obama" → None.
    """
    kind, _, body = key.partition(":")
    words = body.split()
    if kind != "person" or len(words) < 2 or not _JOINING_WORDS.isdisjoint(words):
        return None  # "hillary clinton and bill clinton" names two people: no middle names "clinton and bill"
    if len(words) >= 3 and words[-1] in GENERATIONS:
        # "donald trump jr" → ("donald jr", (), "trump"): never grouped with his father's name
        return f"{words[0]} {words[-1]}", tuple(words[1:-2]), words[-2]
    return words[0], tuple(words[1:-1]), words[-1]


def full_given(given: str, givens: Iterable[str]) -> str:
    """The full given name a short form stands for, among ``givens`` (those the archive gives with the same
    surname): "joe" → "joseph" where "joseph" is among them. Itself where none is, or several are ("chris"
    with both "christopher" and "christine"): then it could be either."""
    fulls = full_given_names().get(given)
    if not fulls:
        return given
    present = [name for name in givens if name in fulls]
    return present[0] if len(set(present)) == 1 else given


# words that join names or describe, never part of one person's name (keys are folded to lower case)
_JOINING_WORDS = frozenset("and or & of for in the with".split())


def _same_middle(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two non-empty sets of middle names can be one person's: ("j",) and ("john",) can;
    ("w",) and ("hw",) — George W. Bush and George H.W. Bush — cannot."""
    return len(a) == len(b) and all(_same_middle(x, y) for x, y in zip(a, b))
