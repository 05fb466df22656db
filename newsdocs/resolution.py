"""Tie each speaker mention to the person or body it names, within one article.

"Medinsky" → the fullest name the article gives with that surname
("Vladimir Medinsky"); "he"/"she" → the nearest earlier person of that
gender, preferring recent speakers; "who" → the name just before it.
Types: person, organisation, anonymous ("a Ukrainian source"), unknown.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from .lexicon import (anonymous_nouns, cues, document_nouns, is_agent_plural, is_person_noun, is_speaker_noun,
                      organisation_words, plural_present_cues, sections, speaker_nouns, titles, trie_pattern)
from .model import Article, Quote
from .names import (BODY_NAME_ENDS, CONTRACTED_PRONOUN, GENERATIONS, NICKNAME, OFFICE_ABBREVIATIONS, QUOTED_NICKNAME,
                    fold, is_given_name, name_words, offices, split_role, without_nickname)
from .segments import ABBREVIATIONS

_NAME_TITLES = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Rev|Prof|Pres)\."  # abbreviated titles that open a name
_NAME_RUN = re.compile(
    r"(?=[A-Z])"  # a cheap first test: the scan rejects most positions here (twice as fast)
    rf"(?:{_NAME_TITLES}\s+)?"
    # leading initials: "C. Stewart Verdery Jr.", "E. J. Fleming" (not "D.C. Mayor")
    r"(?:(?<![\w.])[A-Z]\.[ \t]+(?:[A-Z]\.[ \t]+)*(?=[A-Z][a-z]))?"
    # a title inside the run too: "But Mrs. Clinton" is Mrs. Clinton, not "But Mrs" and a bare "Clinton"
    rf"[A-Z][\w’'-]+(?:[ \t]+(?:{_NAME_TITLES}(?=\s+[A-Z])"
    # (a particle is a word of its own: not the "di" of "We didn’t", the "la" of "He later")
    r"|[A-Z](?:[\w’'-]+|\.(?:[A-Z]\.)*)|(?:de|van|von|der|al|bin|da|di|du|la|le|del)(?![\w’'-])"  # "George H.W. Bush"
    rf"|{QUOTED_NICKNAME}(?=[ \t]+[A-Z])))*"  # a nickname: George “Jay” Keyworth
)
_THIRD_PERSON = re.compile(r"(?=[HhSsIi])\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]ers|[Ii]ts)\b")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_MALE_TITLES = {"mr", "sir", "lord", "king", "prince"}
_FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess"}
_SPEECH = sections("grammar.txt")["unmistakable_speech"]
_QUESTION_OPENERS = sections("grammar.txt")["question_openers"]
_NOT_NAMES = _QUESTION_OPENERS | frozenset(
    "the a an but and so in on at as after before when while if though this that these those it he she they "
    "we i you his her their its our my for from with without of to by about against during under like "
    # quantifiers and question words open sentences, not names: "Both Bolton and Gorka", "What Sanders wants"
    "both even what who how why where whether some another every each many most several few all any other such only "
    "just "
    "top republicans democrats more less much absent given see "
    # prepositions that open a sentence: "Besides Centerview, the list includes …", "Unlike Trump, …"
    "besides unlike among amid including except outside inside behind beyond beneath across near toward towards "
    "through throughout within upon via atop alongside "  # "Outside Carrier's plant …" names no "Outside Carrier"
    # and adjectives of time: "Recent Samsung phones …" names no "Recent Samsung"
    "recent latest earlier later "
    # counts: "Six Trump supporters" names nobody called Six Trump
    "one two three four five six seven eight nine ten dozens hundreds thousands millions".split()
) | sections("grammar.txt")["sentence_openers"] | _SPEECH  # "Said Dorothy Poynter, …": the cue is no part of the name


@dataclass(eq=False)  # each is one person: compared by identity ("in", "not in"), never field by field
class Person:
    name: str  # fullest form seen
    surname: str
    gender: str | None  # from a title; else guessed from pronouns when first asked (People.gender_of)
    first_seen: int
    titled: bool = False  # named with Mr./Mrs./Sen. … somewhere: surely a person
    words: int = 1  # words in name
    guessed: bool = False
    given: str = ""  # first word of the fullest name, folded: tells Bill Clinton from Hillary Clinton
    named_at: list[int] = field(default_factory=list)  # indexes of this person's entries in People.mentions
    named_after_in: int = 0  # mentions right after "in": all of them so ("in Palo Alto") and it is a place
    described_as: frozenset[str] | None = None  # words the article describes them with (People.description_of)
    # of those, the capitalised ones that are neither an office nor their name: "florida" of "Florida Sen. Marco Rubio"
    described_by_name: frozenset[str] = frozenset()
    says_i: bool = False  # quoted saying "I", "me" or "my": one person, not a body (resolve_speakers)
    abbreviated: bool = False  # named with its initials or ticker after it: "Home Depot (ticker: HD)", a body


# a pronoun or a negation contracted with its verb is no word of a name: "I’ve" of "other than Jim Eastland
# I’ve presided", "Don’t" (not Don), "They’re"
_CONTRACTION = re.compile(rf"(?:(?i:{CONTRACTED_PRONOUN})|[A-Za-z]+n[’']t)")


def _clean_run(run: str) -> list[str]:
    if "“" in run or '"' in run:
        run = without_nickname(run)
    ws = run.split()
    if "’" in run or "'" in run:  # (asked only of a run with an apostrophe: most have none)
        while ws and _CONTRACTION.fullmatch(ws[0]):
            ws.pop(0)  # "It’s Trump": the name follows
        cut = next((k for k, w in enumerate(ws) if _CONTRACTION.fullmatch(w)), None)
        if cut is not None:
            ws = ws[:cut]  # "Jim Eastland I’ve": the name ends before it
    if ws:
        ws[0] = _GLUED_CAPITALS.sub("", ws[0])  # "5:30 PMTed Cruz said": a line break lost after "PM"
    while ws and (ws[0].lower() in _NOT_NAMES or (len(ws) > 1 and ws[0].endswith("ing"))):
        ws.pop(0)  # "Bashing Trump": a participle heads no name
    # a headline in title case: "Francois Hollande Says Donald Trump …" names Francois Hollande first
    cut = next((k for k in range(1, len(ws)) if ws[k].lower() in _SPEECH), len(ws))
    ws = ws[:cut]
    # other title-case prose: "Reporting On Carson", "The National Review Crowd Does Not Like Donald
    # Trump", "‘Thin-skinned’ Trump": the name is what follows the last small word or closing quote mark
    cut = max((k for k in range(len(ws) - 1) if (len(ws[k]) > 1 and ws[k].lower() in _NOT_NAMES)
               or ws[k].endswith(("’", "'"))), default=-1)
    ws = ws[cut + 1:]
    # "Trump al-…", "Washington D.C.": a particle or an initial ends no name
    while len(ws) > 1 and (ws[-1].islower() or _INITIAL.fullmatch(ws[-1])):
        ws.pop()
    return ws


@lru_cache(maxsize=65536)
def _parse_run(run: str) -> tuple[str, int, str, bool, str | None, int, str] | None:
    """A capitalised run as (name, words in it, surname key, titled, gender, offset of the surname in the run,
    given-name key — "" for a surname alone).

    None when it names nobody. A possessive surname alone ("Romney’s associates") has 0 words: it
    mentions someone already named, but names no one new ("Russia’s").
    """
    words = _clean_run(run)
    if not words:
        return None
    role, core = split_role(words)
    if core and core[-1].endswith(("’s", "'s", "s’", "s'")):
        owner = core[-1][:-1] if core[-1][-1] in "’'" else core[-1][:-2]  # "Sanders’" as "Trump’s"
        if len(core) < 2:
            return (owner, 0, fold(owner), False, None, run.find(core[-1]), "") if owner[:1].isupper() else None
        core = core[:-1] + [owner]  # "Gov. Chris Christie's campaign" names Chris Christie
    while len(core) > 2 and is_speaker_noun(core[0].lower()):
        core = core[1:]  # "Rival Hillary Clinton": a word of office opening the sentence
    if not core[-1] or (len(core) == 1 and core[0].lower().rstrip(".") in _OFFICES_ALONE):
        return None  # "Republican", "President": an office alone names nobody
    if len(core) > 1 and core[-1].lower().rstrip(".") in _RUN_END_TITLES:
        return None  # "Texas Sen" of "Texas Sen. Ted Cruz", "Until Mr": the run stops at the title's dot
    # a place or a hyphenated adjective before the name describes it: "New Hampshire Sanders supporters",
    # "Los Angeles-area Sanders", "Oscar-winner Sarandon" (but "New York Times" is the paper's name)
    if core[-1].lower() not in _PRESS_ENDS:
        cut = 0
        for k in range(len(core) - 1):
            if (k >= 1 and core[k].lower() in _PLACE_ENDS) or _DESCRIBING_HYPHEN.search(core[k]):
                cut = k + 1
        core = core[cut:]
    if any(w.endswith(("’s", "'s")) for w in role):
        role = role[next(k for k, w in enumerate(role) if w.endswith(("’s", "'s"))) + 1:]
        # "Mrs. Clinton's Iraq war vote": the title is the owner's, not the name's that follows
        title = role[0].lower().rstrip(".") if role else ""
    else:
        title = words[0].lower().rstrip(".")
    given = _given_key(core)
    # the gender a title gives, else the given name's ("Hillary Clinton")
    gender = _title_gender(title) or _GIVEN_NAME_GENDER.get(_first_given(given))
    # titled: "Ms." before the name, whatever the name ("Ms. White"), or a word of office anywhere before it
    # ("Atlantic City Mayor Don Guardian") unless the name is a body's ("Secretary … State Department"); a
    # group noun is no office ("Islamic State Twitter": "State" is a title only in "State Sen.")
    role_words = [fold(w).rstrip(".") for w in role]
    titled = any(w in _PERSONAL_TITLES for w in role_words) \
        or any(w in _OFFICE_TITLES for w in role_words) and not any(w.lower() in organisation_words() for w in core)
    # "Harry B. Harris Jr." is Harris: a generational suffix is no surname (and no word of the name's count)
    last = len(core) - 2 if _generation(core) else len(core) - 1
    if core[-1] in ("Jr", "Sr"):
        core = core[:-1] + [core[-1] + "."]  # the run stops before the abbreviation's dot
    return " ".join(core), last + 1, fold(core[last]).rstrip("."), titled, gender, run.find(core[last]), given


_OFFICE_TITLES = titles() - organisation_words()
_PERSONAL_TITLES = frozenset("mr mrs ms miss dr".split())


# words of office that are no surname ("King", "Bishop" and "Prince" are, and stay names)
_OFFICES_ALONE = frozenset("republican republicans democrat democrats democratic gop libertarian president senator "
                           "sen rep gov secretary governor congressman congresswoman".split())


# a run ending in one of these stopped at the title's dot: "Texas Sen" of "Texas Sen. Ted Cruz"
_RUN_END_TITLES = _OFFICES_ALONE | {"mr", "mrs", "ms", "miss", "dr"}


def _title_gender(title: str) -> str | None:
    """"mr" → "m", "mrs" → "f"; None for a title that says nothing of gender."""
    return "m" if title in _MALE_TITLES else "f" if title in _FEMALE_TITLES else None


def _given_key(words: list[str]) -> str:
    """The given name of a name of two words or more, folded; "" for a surname alone ("de Blasio", "Le Pen").

    With a generational suffix, the suffix too: "Donald Trump Jr." ("donald jr") is not his father
    ("donald"), though both are "Mr. Trump"; and with the initials after the given name: "George H.W. Bush"
    ("george hw") is not "George W. Bush" ("george w").
    """
    if len(words) < 2 or words[0].lower() in _NAME_PARTICLES:
        return ""
    generation = _generation(words)
    at = next((k for k, w in enumerate(words[:-1]) if not _INITIAL.fullmatch(w)), 0)  # "C. Stewart Verdery": Stewart
    # (the initials as one word, however spaced: "George H. W. Bush" is "George H.W. Bush")
    middle = "".join(w.lower().replace(".", "") for w in words[at + 1:-1] if _INITIALS.fullmatch(w))
    return " ".join([fold(words[at]).rstrip(".")] + ([middle] if middle else []) + ([generation] if generation else []))


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _given_fits(known: str, given: str) -> bool:
    """Whether a name whose given-name key is ``given`` can be someone known by ``known``: the same key, or
    none known; or the same given name where one of the two leaves the initials out ("Donald Trump" is
    "Donald J. Trump"; "George W. Bush" is not "George H.W. Bush")."""
    if known in ("", given):
        return True
    known_initials, given_initials = _initials_of(known), _initials_of(given)
    return (not known_initials or not given_initials) and _without_initials(known) == _without_initials(given)


def _initials_of(key: str) -> list[str]:
    return [part for part in key.split()[1:] if part not in GENERATIONS]


def _without_initials(key: str) -> list[str]:
    parts = key.split()
    return parts[:1] + [part for part in parts[1:] if part in GENERATIONS]


def _generation(words: list[str]) -> str:
    """"jr" for a name that ends "Jr." (given name and surname before it), "iii" for "III" …; else ""."""
    last = words[-1].lower().rstrip(".") if len(words) > 2 else ""
    return last if last in GENERATIONS else ""


def _first_given(given: str) -> str:
    return given.split(" ", 1)[0]  # "donald jr" → "donald"


_NAME_PARTICLES = sections("grammar.txt")["name_particles"]
_SURNAME_PARTICLES = sections("grammar.txt")["surname_particles"]
_GIVEN_NAME_GENDER = {name: gender for section, gender in (("male", "m"), ("female", "f"))
                      for name in sections("given_names.txt")[section]}


# a description ending in a noun, then the name: "The Washington Post columnist Ruth Marcus"
_DESCRIBED_NAME = re.compile(r"((?:(?!\b(?:for|of|to|at|with)\b)[^,])*?\b([a-z][\w-]*))\s+((?:[A-Z][\w’'.-]*\s*){2,4})")


# a name, words of office in lower case, then a name: "Obama consultant Cornell Belcher", "Clinton
# campaign chairman John Podesta", "Sanders's campaign manager, Jeff Weaver" — the last lower-case word
# a speaker's noun, any before it one too or a modifier ("senior policy adviser"). Words as data, in
# one pattern: tried after every name in an article, it must fail fast.
_OFFICE_MODIFIERS = frozenset("campaign senior top former chief press deputy national policy communications political "
                              "longtime foreign legal general".split())
# kin own no office, but "Elliott’s father, the Rev. Charles Elliott Jr.," names the father as an office does
_KIN_NOUNS = frozenset("father mother son daughter wife husband brother sister uncle aunt nephew niece cousin "
                       "grandson granddaughter grandfather grandmother widow widower".split())
_OFFICE_NOUNS = frozenset().union(*speaker_nouns().values()) | titles() | _KIN_NOUNS
_OWNS_AN_OFFICE = re.compile(
    rf"(?:\s+(?:{trie_pattern(_OFFICE_NOUNS | _OFFICE_MODIFIERS)})\b){{0,2}}\s+(?:{trie_pattern(_OFFICE_NOUNS)})\b"
    r",?\s+(?:the\s+)?(?:[A-Z][a-z]|(?:Mr|Mrs|Ms|Dr|Rev)\.)")
_CONTRACTED_PRONOUN = re.compile(r"(?P<pronoun>(?i:he|she|they|we|i|it|you))[’'](?:s|m|d|re|ve|ll)")
_INITIAL = re.compile(r"[A-Z]\.")
_GLUED_CAPITALS = re.compile(r"^[A-Z]{2,}(?=[A-Z][a-z]{2,})")
_DESCRIBING_HYPHEN = re.compile(r"-[a-z]+$")  # "Los Angeles-area", "Oscar-winner", "Ohio-based"
_LETTER_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_MENTION_WORDS = re.compile(r"[\w’'-]+")
# "election lawyer Joe Birkenstock" — not "supporters of Hillary Clinton", whose speakers are the supporters
_ROLE_THEN_NAME = re.compile(r"((?:[a-z][\w-]*\s+){0,2}"
                             r"(?!(?:of|for|to|at|with|from|by|about|on|in|inside|the|an?)\s)[a-z][\w-]*\s+)"
                             r"((?:[A-Z][\w’'.-]*\s*){2,4})")
# "his spokesperson", "many of her aides": someone's people
_COUNTED_OF = sections("grammar.txt")["counted_subjects"] | {"all", "none"}
_OWNED = re.compile(rf"(?:(?:{'|'.join(sorted(_COUNTED_OF))})\s+of\s+)?(his|her)\s+(.+)", re.I)
_LEADING_THE = re.compile(r"^(?:the)\s+", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
_THE_BODY = re.compile(r"[Tt]he\s+([a-z]+)")  # "the department", "the committee": a body named before
_A_WORD_CHARACTER = re.compile(r"\w")
_LETTERS = re.compile(r"[^\W\d_]+")
_A_LINE_ALONE = re.compile(r"[.:]?[ \t]*(?:\n|$)")  # what may end a line that holds a name run alone
_POSSESSIVE_AFTER = re.compile(r"[’']s?\b|[’']\s")
_COMMON_NOUN_BEFORE = re.compile(r"\b(?!(?:in|on|at|of|for|to|with|by|from|and|or)\b)[a-z][\w’'-]*\s+$")  # "voters who"
# "Voters who" opening a sentence or paragraph; "some Democrats who", after a count or an article
_CAPITALISED_NOUN_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*|\b(?:some|many|most|few|other|those|several|all|the)\s+)"
                                       r"([A-Z][a-z]+)\s+$")
# "Canova, a law professor who", "Corey is the state attorney who": the noun describes the one named
_APPOSITIVE_BEFORE = re.compile(r"(?:,|\b(?:is|was|are|were))\s+(?:a|an|the|his|her|its|their)\s+[^,.;:]*$")


# the name of a body just before ", which": "the Associated Press, which", "the U.S. Chamber of Commerce, which"
_WHICH_NAMES = re.compile(r"(?:^|(?<=\s))(?:(?P<lead>[A-Za-z]+)\s+)?"
                          r"(?P<name>(?:[A-Z][\w.&’'/-]*(?<![a-z][a-z]\.)\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*"
                          r"[A-Z][\w.&’'/-]*)\s*,\s*$")
# (a word ending a sentence ends no name: "… supported Sanders. The Greater Wisconsin Committee, which")
_NOT_A_BODY_LEAD = frozenset("in on since during until before after besides".split())  # "records in July, which"


def _body_before_which(text: str, at: int) -> re.Match | None:
    """The name of the body a "which" at ``at`` stands for, when one stands just before its comma — not a
    time or place ("her records in July, which"), a case ("Wal-Mart Stores v. Dukes, which"), or a
    preposition its sentence capitalises ("Besides Centerview, which")."""
    m = _WHICH_NAMES.search(text, max(0, at - 120), at)
    if m is None or text[max(0, m.start("name") - 3):m.start("name")] == "v. " \
            or (m.group("lead") or "").lower() in _NOT_A_BODY_LEAD:
        return None
    if m.group("name").split()[0].lower() in _NOT_A_BODY_LEAD:
        return None
    return m


MAX_LOOKBACK = 400  # mentions searched back for a pronoun's antecedent
SURE_GENDER_LOOKBACK = 12  # of those, the nearest searched first for someone known to be of the pronoun's gender
GENDER_WINDOW = 200  # characters after a mention searched for the pronouns that refer back to it
GENDER_MENTIONS = 20  # the first mentions of a person that are searched so: enough to decide, and bounded


_AND_A_FULL_NAME = re.compile(r" and ([A-Z][a-z]+(?: [A-Z]\.)* [A-Z])")  # (a literal first: the scan skips ahead)
_A_WORD_JUST_BEFORE = re.compile(r"(?<![\w.’'-])[A-Z][a-z]+\Z")


def _sharing_pairs(text: str, start: int) -> dict[int, tuple[str, int]]:
    """A common given name, "and", a full name ("Bill and Hillary Clinton"): by where the full name starts,
    the given name before "and" and where it starts."""
    pairs: dict[int, tuple[str, int]] = {}
    for after in _AND_A_FULL_NAME.finditer(text, start):
        word = _A_WORD_JUST_BEFORE.search(text, max(start, after.start() - 20), after.start())
        if word is not None and is_given_name(word.group()):
            pairs[after.start(1)] = (word.group(), word.start())
    return pairs


_OBJECT_OF_A_PREPOSITION = re.compile(r"\b(?:to|at|with|for|from|against|about|by|on|of)\s+$")


class People:
    """The people an article names, indexed by surname, with positions of each mention."""

    def __init__(self, text: str, body_start: int = 0):
        """Index the names in ``text``.

        Before ``body_start`` stands the headline, whose capitalised runs join
        words that are no name ("Understated Perez raises …", "More Hillary
        Clinton emails"): it names nobody for the body, which names whoever the
        headline does; a full name it alone gives still serves as the fuller
        name of a surname (see ``name_in_quotations``).
        """
        self.text = text
        self.body_start = body_start
        # one surname may be several people: Bill and Hillary Clinton, Jeb and George W. Bush
        self.by_surname: dict[str, list[Person]] = {}
        self.mentions: list[tuple[int, Person]] = []  # (offset of the surname, who), in text order
        # people named in full, by the first word of the name, with where that name ends (None: two people)
        self._by_first_word: dict[str, tuple[Person, int] | None] = {}
        self._at: list[int] = []
        self._quoted_names: dict[str, set[str]] | None = None  # surname → full names given inside quotations
        self.quoted = _quoted_stretches(text, body_start)
        self._quote_ends = [e for _s, e in self.quoted]  # quotations sorted and apart: their ends sorted too
        # names inside quotations are what was said, not who said it: scan between them only
        by_surname, mentions = self.by_surname, self.mentions
        # a given name, "and", a full name: "Bill and Hillary Clinton" (by where the full name starts)
        sharing_pairs = _sharing_pairs(text, body_start)
        sharing_givens = {at for _word, at in sharing_pairs.values()}
        pos = body_start
        for q_start, q_end in self.quoted + [(len(text), len(text))]:
            for m in _NAME_RUN.finditer(text, pos, q_start):
                parsed = _parse_run(m.group())
                if parsed is None or m.group().isupper() and _A_LINE_ALONE.match(text, m.end()) \
                        and text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() == "":
                    continue  # a line of capitals alone is a label ("FULL TEXT."), no one named
                name, n_words, surname, titled, gender, offset, given = parsed
                if sharing_pairs:  # (rare: looked up only in an article that has one)
                    if n_words == 1 and m.start() in sharing_givens and self._shares_the_surname(m.group()):
                        continue  # "Bill" of "Bill and Hillary Clinton": named with the surname after (below)
                    if n_words >= 2 and (pair := sharing_pairs.get(m.start())) is not None \
                            and self._shares_the_surname(pair[0]):
                        self._name_sharing(pair[0], pair[1], name.split()[-1], surname)
                known = by_surname.get(surname)
                if known is None and n_words == 1 and (fronted := self._by_first_word.get(surname)) is not None \
                        and self._named_first(fronted, titled):
                    known = by_surname[surname] = [fronted[0]]
                if n_words == 0 and (known is None or len(known) > 1):
                    continue  # "Russia’s": nobody named yet by that name (or more than one)
                if known is None:
                    person = None
                elif len(known) == 1 and (not given or _given_fits(known[0].given, given)) \
                        and (not gender or known[0].gender in (None, gender)):
                    person = known[0]  # the common case: one person of that surname, and this can be them
                else:
                    person = self._person_named(surname, given, gender, name)
                if person is None:
                    person = Person(name, surname, gender, m.start(), titled, n_words, given=given)
                    by_surname.setdefault(surname, []).append(person)
                    if n_words >= 2:
                        first = fold(name.split(" ", 1)[0]).rstrip(".")
                        # (one person to a first word: of two, "Kim" could be either)
                        self._by_first_word[first] = None if first in self._by_first_word else (person, m.end())
                else:
                    if n_words > person.words or n_words == person.words and person.name.isupper() \
                            and not name.isupper():
                        # (a transcript's "JAKE TAPPER:" is Jake Tapper where the story names him so)
                        person.name, person.words = name, n_words
                    if given and not person.given:
                        person.given = given
                    if gender and not person.gender:
                        person.gender = gender
                    person.titled = person.titled or titled
                if text.startswith(" (", m.end()) and _ABBREVIATION_AFTER.match(text, m.end()):
                    person.abbreviated = True  # "National Rifle Association (NRA)", "Home Depot (ticker: HD)"
                if _OWNS_AN_OFFICE.match(text, m.end()):
                    # "Obama consultant Cornell Belcher": the name says whose consultant, and the one
                    # mentioned there — whom a "he" after it means — is the consultant
                    continue
                person.named_at.append(len(mentions))
                mentions.append((m.start() + offset, person))
                if text[m.start() - 3:m.start()] in ("in ", "In "):
                    person.named_after_in += 1
            pos = q_end

    def _shares_the_surname(self, word: str) -> bool:
        """Whether ``word``, before "and" and a full name, is a given name of its own sharing that name's surname
        ("Bill and Hillary Clinton", "David and Charles Koch"): a common given name that is nobody's surname
        here and no one's named in full ("Paul and John Kasich" after Rand Paul, "Hillary and Tim Kaine")."""
        key = fold(word).rstrip(".")
        return is_given_name(word) and key not in self.by_surname and self.by_given_name(word) is None

    def _name_sharing(self, word: str, at: int, surname_as_written: str, surname: str) -> None:
        """Index "<word> <surname>", named at ``at`` by its given name alone before "and" and another's full name."""
        given = fold(word).rstrip(".")
        person = Person(f"{word} {surname_as_written}", surname, _GIVEN_NAME_GENDER.get(given), at, False, 2,
                        given=given)
        self.by_surname.setdefault(surname, []).append(person)
        self._by_first_word[given] = None if given in self._by_first_word else (person, at + len(word))
        person.named_at.append(len(self.mentions))
        self.mentions.append((at, person))

    def _named_first(self, named: tuple[Person, int], titled: bool) -> bool:
        """Whether a surname alone is the first word of ``named``'s name: "Mr. Lou" after "Lou Jiwei", "Ban said"
        after "Ban Ki-moon, the secretary general …" — a surname written first. A title, or an office in an
        appositive, must say a person is meant: "Compaq" of "Compaq Computer" is no one's surname. (Asked
        only of a one-word name no one bears as a surname, so the appositive is read only then.)"""
        person, end = named
        if _not_a_person(person.name):
            return False
        if titled or person.titled:
            return True
        # a noun of office just before the name: "spokesman Geng Shuang", "The ambassador, Liu Xiaoming,"
        before = _WORD_BEFORE_NAME.search(self.text, max(0, person.first_seen - 40), person.first_seen)
        if before is not None and _is_a_persons_noun(OFFICE_ABBREVIATIONS.get(before.group(1), before.group(1))):
            return True
        after = _DESCRIPTION_AFTER.match(self.text, end)
        return after is not None and bool(offices(after.group(1)))

    def _person_named(self, surname: str, given: str, gender: str | None, name: str) -> Person | None:
        """Who a name refers to among the people already named with its surname, or None for someone new.

        A given name picks the person with that given name, or whose name ends in this one ("Wasserman
        Schultz" is Debbie Wasserman Schultz), or the one named by surname alone so far; a title's gender
        picks the person of that gender ("Mr. Clinton" after Bill and Hillary Clinton); a surname alone is
        whoever has been named with it most (the story's Fiorina, not her husband named once).
        """
        known = self.by_surname.get(surname)
        if not known:
            return None
        if given:
            same = next((p for p in known if p.given == given), None) \
                or next((p for p in known if p.given and _given_fits(p.given, given)), None) \
                or next((p for p in known if _ends_with(p.name, name) or _ends_with(name, p.name)), None) \
                or next((p for p in reversed(known) if not p.given), None)
            if same is not None and same.given != given and _ends_with(name, same.name):
                same.given = given  # "Eskelsen García", then "Lily Eskelsen García": one person, now named in full
            return same
        if gender:
            unlike = [p for p in known if p.gender not in (None, gender)]  # titled the other way: someone else
            if len(known) - len(unlike) == 1:
                return next(p for p in known if p not in unlike)
            # the pronouns after each one's mentions so far tell "Mrs. Clinton" from Bill
            guessed = {id(p): p.gender or self._pronoun_gender(p) for p in known}
            fitting = [p for p in known if guessed[id(p)] == gender] or [p for p in known if guessed[id(p)] is None] \
                or [p for p in known if p not in unlike]
            return self._most_named(fitting) if fitting else None
        return self._most_named(known)

    @staticmethod
    def _most_named(known: list[Person]) -> Person:
        return max(known, key=lambda p: len(p.named_at))  # the first named wins a tie

    def by_given_name(self, word: str) -> Person | None:
        """The one person named in full whose given name ``word`` is ("Hillary" → Hillary Clinton), else None."""
        given = fold(word).rstrip(".")
        found = [p for named in self.by_surname.values() for p in named
                 if _first_given(p.given) == given and p.words >= 2 and _could_be_person(p)]
        return found[0] if len(found) == 1 else None

    def name_in_quotations(self, person: Person) -> str | None:
        """The fuller name a one-word name has only inside quotations or the headline ("Trump" → "Donald
        Trump"), if exactly one such name is given there; None otherwise."""
        if self._quoted_names is None:  # scanned once, on the first one-word name asked about
            self._quoted_names = {}
            # the headline too ("Al Gore to skip …"), unless set in title case ("Powerful Things Latinos …")
            headline = [] if _title_case(self.text[:self.body_start]) else [(0, self.body_start)]
            for s, e in headline + self.quoted:
                for m in _NAME_RUN.finditer(self.text, s, e):
                    parsed = _parse_run(m.group())
                    if parsed and parsed[1] >= 2:
                        self._quoted_names.setdefault(parsed[2], set()).add(parsed[0])
        names = self._quoted_names.get(person.surname, ())
        return next(iter(names)) if len(names) == 1 else None

    def description_of(self, person: Person) -> frozenset[str]:
        """The words the article puts before and beside a person's name, folded: "Florida Sen. Marco Rubio"
        gives florida, senator, marco; "Ben Carson, a retired neurosurgeon," retired, neurosurgeon.

        Worked out on first request: only a speaker named by a description
        ("the senator said") needs it.
        """
        if person.described_as is None:
            text, words, capitalised = self.text, set(), set[str]()
            for i in person.named_at[:GENDER_MENTIONS]:
                at = self.mentions[i][0]
                words.update(self._words_before(text[max(0, at - 80):at], person, capitalised))
                after = _DESCRIPTION_AFTER.match(text, at + len(person.surname))
                if after is not None:  # ", a major donor to the candidate": the donor, not the candidate
                    for w in after.group(1).split():
                        if (low := fold(w).rstrip(".")) in _ENDS_A_DESCRIPTION or low in cues().every:
                            break
                        words.add(low)
                        if w[0].isupper():
                            capitalised.add(low)
            person.described_as = frozenset(OFFICE_ABBREVIATIONS.get(w, w) for w in words)
            name = set(fold(person.name).split())
            person.described_by_name = frozenset(w for w in capitalised
                                                 if w not in name and OFFICE_ABBREVIATIONS.get(w, w) not in titles())
        return person.described_as

    def _words_before(self, lead: str, person: Person, capitalised: set[str]) -> list[str]:
        """The words of a description just before a name ("Florida Sen. Marco", "retired neurosurgeon Ben"),
        back to punctuation, a determiner, a small word or verb ("… criticized Republican front-runner Donald"
        stops at "criticized"), or another person's name (not a place's: "Florida Sen. Marco"), folded; those
        written with a capital are added to ``capitalised`` too."""
        out: list[str] = []
        words: list[str] = _DESCRIPTION_WORDS.findall(lead)  # (typed: mypyc cannot loop over reversed(Any))
        for word in reversed(words):
            low = fold(word).rstrip(".")
            if not word[0].isalnum() or low in _ENDS_A_DESCRIPTION or low in cues().every or len(out) >= 6 \
                    or word.endswith(".") and len(low) > 1 and low not in ABBREVIATIONS \
                    or any(p is not person and p.given for p in self.by_surname.get(low, ())):
                break  # (a full stop after a word that is no abbreviation ends the sentence before)
            if word[0].islower() and not _is_a_persons_noun(OFFICE_ABBREVIATIONS.get(low, low)) \
                    and not any(_is_a_persons_noun(w) for w in out):
                break  # a lower-case word is a description only as a noun for people or what modifies one
                # ("retired neurosurgeon Ben"), not "… wants to be U.S. president, nor Chris"
            if low == "vice" and out and OFFICE_ABBREVIATIONS.get(out[-1], out[-1]) == "president":
                out[-1] = "vice-president"  # a vice president is no president
            else:
                out.append(low)
                if word[0].isupper():
                    capitalised.add(low)
        return out

    def described(self, pos: int, head: str, modifiers: Sequence[str], named_modifiers: Sequence[str],
                  only: bool = False) -> Person | None:
        """The person "the <modifiers> <head>" at ``pos`` refers to, among those named before whom the article
        describes with that noun: one it describes with a modifier too, if any ("the Florida senator" is
        Rubio, not Sanders); of those, the one the story names most (the subject of a story about Cruz is
        "the senator", though Senator McCain was named since); of those, the nearest. A modifier that is
        a name ("Florida", "GOP") must be among the person's words, as "former" need not."""
        end = bisect_left(self._positions(), pos)
        times_named = self.times_named_before(pos, MAX_LOOKBACK)
        best: tuple[bool, int] | None = None
        chosen = None
        for k in range(end - 1, max(-1, end - 1 - MAX_LOOKBACK), -1):  # nearest first: a tie keeps the nearest
            person = self.mentions[k][1]
            if not _surely_a_person(person):
                continue
            words = self.description_of(person)
            if head not in words or not all(m in words for m in named_modifiers):
                continue
            if only and (chosen is not None and person is not chosen or person.described_by_name):
                return None  # two so described, or one the article gives a place or the like ("Florida Sen.")
            rank = (not modifiers or any(m in words for m in modifiers), times_named[id(person)])
            if best is None or rank > best:
                best, chosen = rank, person
        return chosen

    def times_named_before(self, pos: int, lookback: int | None = None) -> dict[int, int]:
        """How often each person is named before ``pos`` (in the last ``lookback`` mentions, if given), by
        id(): a Person compares by value, and is no key."""
        end = bisect_left(self._positions(), pos)
        counts: dict[int, int] = {}
        for k in range(0 if lookback is None else max(0, end - lookback), end):
            counts[id(self.mentions[k][1])] = counts.get(id(self.mentions[k][1]), 0) + 1
        return counts

    def first_named_in_full(self) -> Person | None:
        """The first person the body names with a name of two words or more, else None."""
        return next((p for _at, p in self.mentions if p.words >= 2 and _could_be_person(p)), None)

    def full_name(self, person: Person) -> str:
        """The fullest name for a person: the article's, else one given only inside quotations."""
        if person.words >= 2:
            return person.name
        # a given name alone is whoever the article names in full with it ("Bernie" → Bernie Sanders)
        bearer = self.by_given_name(person.name) if person.surname in _GIVEN_NAME_GENDER else None
        return bearer.name if bearer is not None else self.name_in_quotations(person) or person.name

    def gender_of(self, person: Person) -> str | None:
        """Gender from a title, else from the pronouns that follow the person's mentions (majority; None on a tie).

        Guessed on first request: most people an article names are never
        asked about, and scanning for pronouns is a good part of the cost.
        """
        if person.gender is not None or person.guessed:
            return person.gender
        person.guessed = True
        # (a given name alone, "Esther", is a woman's whatever the pronouns near it; one given with a
        # surname took its gender when indexed)
        person.gender = (_GIVEN_NAME_GENDER.get(person.surname) if person.words == 1 else None) \
            or self._pronoun_gender(person)
        return person.gender

    def learn_gender(self, person: Person, gender: str) -> None:
        """Take the gender of the pronoun a speaker was found for, when nothing else told it.

        "Deja Stewart, who … when she called him …" is a tie of pronouns, so her gender is unknown; once
        '“Savage,” she said' has gone to her, a "he said" further on is someone else.
        """
        if self.gender_of(person) is None:
            person.gender = gender

    def _pronoun_gender(self, person: Person) -> str | None:
        male = female = neuter = 0
        mentions, text = self.mentions, self.text
        for i in person.named_at[:GENDER_MENTIONS]:
            pos = mentions[i][0]
            # named as a preposition's object, someone is seldom the "he" or "she" after it, the clause's
            # subject: "a call he made to Omar’s office, in which he said …" ("his", "her" may well be theirs)
            object_only = _OBJECT_OF_A_PREPOSITION.search(text, max(0, pos - 12), pos) is not None
            # up to the next person named: "Iowa" or "Monday" in between refers back to nobody
            after = next((at for at, other in mentions[i + 1:i + 8] if _could_be_person(other)), len(text))
            stop = min(after, pos + GENDER_WINDOW)
            for m in _THIRD_PERSON.finditer(text, pos, min(len(text), stop + 5)):
                if m.start() >= stop:
                    break
                k = bisect_left(self._quote_ends, m.start())
                if k < len(self.quoted) and self.quoted[k][0] <= m.start():
                    continue  # inside a quotation the pronouns are the speaker's, about others
                word = m.group().lower()
                if object_only and word in ("he", "she"):
                    continue
                if word in ("he", "his", "him"):
                    male += 1
                elif word == "its":
                    neuter += 1
                else:
                    female += 1
        if neuter > male + female:
            return None  # "Apple … its products": a body, whatever the "he" of its chief executive after it
        return None if male == female else "m" if male > female else "f"

    def lookup(self, mention: str, pos: int | None = None) -> Person | None:
        """The person a name refers to.

        At ``pos``, the article's own mention there decides (indexed as _person_named says); elsewhere a
        given name picks its bearer ("Bill Clinton"), a title's gender the person of that gender ("Mrs.
        Clinton"), and a surname alone whoever is named with it most.
        """
        ws = name_words(mention)
        if not ws:
            return None
        known = self.by_surname.get(ws[-1])
        if not known:
            return None
        given = _given_key(split_role(mention.split())[1])  # "Florida Sen. Marco Rubio": marco
        if len(known) == 1 and (len(ws) < 2 or _given_fits(known[0].given, given)):
            return known[0]  # the common case: one person of that surname, and this name can be them
        if pos is not None:
            at = self._positions()
            for k in range(bisect_left(at, pos), len(at)):
                if at[k] >= pos + len(mention) + 60:
                    break
                named = self.mentions[k][1]
                if named.surname == ws[-1] and not (len(ws) >= 2 and not _given_fits(named.given, given)
                                                    and is_given_name(ws[0])):
                    return named  # (not Donald Trump, named next, for "Eric Trump")
        if given:
            return next((p for p in known if _given_fits(p.given, given)), None)
        if len(known) == 1:
            return known[0]
        title = mention.split()[0].lower().rstrip(".")
        gender = _title_gender(title)
        if gender:
            fitting = [p for p in known if self.gender_of(p) == gender] or [p for p in known if self.gender_of(p) is None]
            return self._most_named(fitting) if fitting else None
        return self._most_named(known)

    def _positions(self) -> list[int]:
        if len(self._at) != len(self.mentions):
            self._at = [m[0] for m in self.mentions]
        return self._at

    def nearest_before(self, pos: int, gender: str | None, paragraph_start: int | None = None,
                       paragraph_only: bool = False, exclude: Person | None = None,
                       unmentioned: Sequence[tuple[int, int]] = ()) -> Person | None:
        """The antecedent of a pronoun at ``pos``.

        The first fitting person named earlier in ``paragraph_start``'s
        paragraph (the subject is named first: "Zelenskyy held a call with
        Trump, his spokesperson said"), else the last one named before it;
        with no paragraph given (a relative "who"), the last one;
        ``paragraph_only``: None when the paragraph names nobody fitting;
        ``exclude``: never this person (who speaks the words the pronoun stands in);
        ``unmentioned``: spans whose names are no mentions (a transcript's labels).
        """
        at = self._positions()
        end = bisect_left(at, pos)
        # without a paragraph (a relative "who"), the nearest one only
        first = end if paragraph_start is None else max(bisect_left(at, paragraph_start), end - MAX_LOOKBACK)
        in_paragraph = range(first, end)
        before = range(end - 1, max(-1, end - 1 - MAX_LOOKBACK), -1)
        # The paragraph's first fitting person, else the nearest one before. For "she", someone known
        # to be a woman first: most people of unknown gender in news copy are men, so "she" is rarely
        # the man of unknown gender named since Jane Sanders; "he" takes the nearest fitting person.
        sure_first = gender == "f"
        searches = ((in_paragraph, sure_first), (in_paragraph, False),
                    (before[:SURE_GENDER_LOOKBACK], sure_first), (before, False))
        for indexes, sure in searches[:2] if paragraph_only else searches:
            for k in indexes:
                person = self.mentions[k][1]
                if self._fits(person, gender) and (not sure or self.gender_of(person) == gender) \
                        and person is not exclude \
                        and not any(s <= self.mentions[k][0] < e for s, e in unmentioned):
                    return person
        return None

    def last_named(self, last_word: str, pos: int) -> Person | None:
        """Who was named last before ``pos`` with a name of two words or more ending in ``last_word``
        ("department" → "State Department"), unless another of its kind comes up since ("UnitedHealth
        Group … the trade group for the Blue Cross plans … the group wrote")."""
        named = [p for p in self.by_surname.get(last_word, ()) if p.words >= 2]
        if not named:
            return None
        at = self._positions()
        for k in range(bisect_left(at, pos) - 1, -1, -1):
            if self.mentions[k][1] in named:
                since = re.compile(rf"\b(?!(?:the|this|that|its)\s)[a-z]+\s+{last_word}s?\b")
                return None if since.search(self.text, at[k], pos) else self.mentions[k][1]
        return None

    def names_between(self, lo: int, hi: int, gender: str) -> bool:
        """Whether someone who may be of ``gender`` is named between offsets lo and hi."""
        at = self._positions()
        return any(self._fits(self.mentions[k][1], gender) for k in range(bisect_left(at, lo), bisect_left(at, hi)))

    def named_between(self, person: Person, lo: int, hi: int) -> bool:
        at = self._positions()
        return any(self.mentions[k][1] is person for k in range(bisect_left(at, lo), bisect_left(at, hi)))

    def _fits(self, person: Person, gender: str | None) -> bool:
        return _could_be_person(person) and (gender is None or self.gender_of(person) in (None, gender))


def _ends_with(name: str, tail: str) -> bool:
    return len(tail) < len(name) and name.endswith(" " + tail)


def _could_be_person(person: Person) -> bool:
    if person.words < 2 and not person.titled and person.surname not in _GIVEN_NAME_GENDER:
        # a lone capitalised word ("Russia", "May") is no antecedent for "he"; a given name is ("talking
        # about Hillary when I said …; I forgot she had said it")
        return False
    if person.abbreviated:
        return False  # nor a body named with its initials or ticker ("Home Depot (ticker: HD)")
    if person.named_after_in == len(person.named_at) and not person.titled:
        return False  # "in Palo Alto", "in Western Europe": named only as where things happen
    return person.titled or not _not_a_person(person.name)  # "Labor Department", "Super Tuesday"


# last words that make a capitalised run a day, a month or a place: "Super Tuesday", "South China Sea"
_DAYS_AND_MONTHS = sections("grammar.txt")["days_and_months"]
_PLACE_ENDS = sections("grammar.txt")["place_ends"]
_PRESS_ENDS = sections("grammar.txt")["press_ends"]


@lru_cache(maxsize=4096)
def _not_a_person(name: str) -> bool:
    words = [w.lower() for w in name.split()]
    return words[-1] in _DAYS_AND_MONTHS or len(words) > 1 and words[0] in _GERMAN_ARTICLES \
        or words[-1] in _PLACE_ENDS or words[-1] in _PRESS_ENDS and not _a_given_name_then(words) \
        or words[-1] in BODY_NAME_ENDS \
        or any(w in organisation_words() for w in words) or _ACRONYM_END.search(name) is not None \
        or _ADJECTIVE_SUFFIX.search(words[-1]) is not None


def _a_given_name_then(words: list[str]) -> bool:
    """Whether two words are a given name and a surname: "Rebecca Sun", "Emily Post" — a person, whatever
    papers are named with the surname."""
    return len(words) == 2 and is_given_name(words[0])


# "World War II-era camps", "a Trump-style retort", "Saudi-backed forces": an adjective made of a name
_ADJECTIVE_SUFFIX = re.compile(r"-(?:era|style|based|backed|led|like|linked|owned|funded|born|made|run|allied)$")
# "Der Spiegel", "Die Zeit", "Die Welt": a German article opens a paper's name, never a person's
_GERMAN_ARTICLES = frozenset(("der", "die", "das"))
# a name ending in an initialism is a body's: "Chinese CDC", "Mexico's PRI" (not "John Smith III")
_ACRONYM_END = re.compile(r"\s(?!(?:I{1,3}|IV|VI{0,3}|IX|JR|SR)\b)[A-Z]{2,6}$")


def _title_case(line: str) -> bool:
    """"Understated Perez Rises To …": most words capitalised, as headlines are set."""
    words = _LETTER_WORDS.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# stops at the next opener: linear on unbalanced text; ''…'' as some archives (the New York Times') type quotes
_QUOTED = re.compile(r"[“\"][^“”\"\n]*[”\"]|''.*?''")


def _quoted_stretches(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Where quotations stand (names there are what was said), but a nickname inside a name: "Juan "Chico"
    Manriquez" names Juan Manriquez."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text, start)
            if not (m.end() - m.start() < 30 and NICKNAME.match(text, m.start() - 1) is not None
                    and text[m.start() - 2:m.start() - 1].isalpha())]


_GRAMMAR = sections("grammar.txt")  # the counts attribution.py lets speak: "many said", "About three in 10 said"

# what opens a mention of one body or more that it does not name: "Neither side", "Several campaigns"
# ("Both countries said" stays a speaker, as the issue names a group so: the two bodies it means are named before)
_UNNAMED_BODY_LEADS = frozenset(_GRAMMAR["counted_subjects"] | _GRAMMAR["number_words"]) - {"both"} \
    | {"either", "neither", "multiple", "other", "no"}


def _names_a_body(mention: str) -> bool:
    """Whether a body's mention holds a name ("the Clinton Foundation", "Fox News", "the German government") —
    not "authorities", "The budget office", "A major climate group", "Neither side"."""
    words = mention.split()
    if not words or words[0].lower() in _UNNAMED_BODY_LEADS:
        return False
    if words[0].lower() in ("a", "an"):  # a name straight after it, and to the end
        return len(words) > 1 and words[1][:1].isupper() and words[-1][:1].isupper()
    return any(w[:1].isupper() for w in _LEADING_THE.sub("", mention).split())


_COUNT = re.compile(
    rf"(?i)(?:(?:{'|'.join(sorted(_GRAMMAR['count_hedges']))})\s+)?"
    # "… in 10 (voters)", "Eight in 10 Democratic voters"
    rf"(?:\d+|{'|'.join(sorted(_GRAMMAR['number_words']))})\s+in\s+\w+(?:\s+[\w-]+){{0,3}}$"
    rf"|(?:{'|'.join(sorted(_GRAMMAR['counted_subjects']))})$"
    # a bare count, all or none of them: "28 said", "all but two said"
    rf"|(?:(?:all|none)(?:\s+but\s+)?)?(?:\d[\d,]*|{'|'.join(sorted(_GRAMMAR['number_words']))})?$(?<=\w)"
    # a fraction of those asked: "a quarter", "Two-thirds", "one-fifth"
    r"|(?:a|one|two|three|four)[\s-](?:third|quarter|fifth|tenth)s?$")
_INDEFINITE_PRONOUNS = _GRAMMAR["indefinite_pronouns"]
_STUDY_NOUNS = _GRAMMAR["study_nouns"]
_PRONOUN_AND = re.compile(r"(he|she|i|we|they)\s+and\s")
# people of a place, counted or quantified: "Many South Dakotans", "Most Texans", "Some Vermonters"
_PEOPLE_OF_A_PLACE = re.compile(r"\b[A-Z][a-z]+(?:ans|ers|ites|inos|anos)$")
# a parenthesis closing a mention: "Sen. Jack Reed (D-R.I.)", "Kasich (who has 25 delegates to date)"
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]{1,60}\)\s*$")
# (and the participles of asking: "veterans interviewed at rallies"; "to" only before no run of names, which may end
# in the speaker's own: "China’s ambassador to Britain Liu Xiaming")
_HEAD_ENDS = re.compile(r"\s+(?:of|for|at|close|familiar|with|from|who|in|within|across|around|throughout|on|speaking|talking|writing"
                        r"|to(?!\s+(?:the\s+)?(?-i:[A-Z])\S*\s+(?-i:[A-Z]))"
                        r"|inside(?=\s+(?:the|an?|his|her|their|its|(?-i:[A-Z])))"
                        rf"|{'|'.join(sorted(sections('grammar.txt')['asked_participles']))})\b.*$", re.I | re.S)
_DETERMINER = re.compile(
    r"^(?:the|a|an|some|many|most|several|both|all|two|three|four|five|one|another|other|his|her|their|its|our)\b",
    re.I,
)


def trailing_name(mention: str) -> list[str]:
    """The capitalised words that end a mention, after any words of office: "… manager Corey Lewandowski"."""
    words = mention.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return split_role(words[k:])[1] if k < len(words) else []


# nouns for people that are common surnames too: "Son" of "SoftBank CEO Masayoshi Son" (but "Former Clinton
# Pollster" names nobody)
_SURNAME_NOUNS = sections("grammar.txt")["surname_nouns"]


_PERCENT_SIGN = re.compile(r"(\d)\s*%")


_FOR_A_CAUSE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+)+for\s+(?:[A-Z][\w’'-]*\s*)+$")


@lru_cache(maxsize=16384)  # a pure function of the words, asked again for each mention of the same name
def speaker_type_of(mention: str) -> str:
    """person, organisation, anonymous or unknown, from the words of a mention alone."""
    if "%" in mention:
        mention = _PERCENT_SIGN.sub(r"\1 percent", mention)  # "42% say": as "42 percent", respondents counted
    if _COUNT.match(mention.strip()) or mention.lower() in _INDEFINITE_PRONOUNS \
            or _COUNT.match(_HEAD_ENDS.sub("", mention)):
        # "About three in 10", "One in four", "Many", "Many in the party": respondents, counted; "Someone"
        return "anonymous"
    # "Secretary of State John Kerry", "UMWA Director of Government Affairs Phil Smith": an office named
    # with "of", then the name
    office = mention.split(" of ", 1)[0].split() if " of " in mention else mention.split()[:1]
    named = trailing_name(mention) if any(w.lower().rstrip(".") in titles() for w in office) else []
    if len(named) >= 2 and not any(w.lower() in organisation_words() for w in named) \
            and not is_speaker_noun(named[-1]) and named[-1].lower() not in BODY_NAME_ENDS:
        return "person"  # "Secretary of State John Kerry": an office named with "of", then the name
    if _FOR_A_CAUSE.match(mention) and (lead := mention.split()[0].lower().rstrip(".")) not in titles() \
            and not is_speaker_noun(lead):
        # "Democracy for America", "Hillary for America": a body named for its cause (not "Executives for
        # Mondelez", people of a company)
        return "organisation"
    core = _HEAD_ENDS.sub("", mention)  # "a spokesman for the county" → "a spokesman"
    written = _MENTION_WORDS.findall(core)
    words = [w.lower() for w in written]
    if not words:
        return "unknown"
    name = trailing_name(core)
    before_name = core.split()[:-len(name)] if name else []
    title = before_name[-1].lower().rstrip(".") if before_name else ""
    if title in _PERSONAL_TITLES and not _DETERMINER.match(core) or title in _OFFICE_TITLES - _OFFICES_ALONE \
            and (len(name) >= 2 or before_name[-1].islower() and not _DETERMINER.match(core)) \
            and not any(is_speaker_noun(w) for w in name[:-1]) \
            and (not is_speaker_noun(name[-1]) or name[-1].lower() in _SURNAME_NOUNS):
        # "Atlantic City Mayor Don Guardian", "Ms. White": an office or a title, then the name ("Guardian" ends
        # papers' names, "White" the White House's); not a party ("Republican National Committee"), nor "the
        # younger Mr. Trump", who is not the one the article calls Mr. Trump; a surname alone after an office in
        # lower case is someone's too: "judge Inaba", "coach Donovan"
        return "person"
    head = words[-1]
    if len(name) >= 2 and name[-1][:1].isupper() and head in anonymous_nouns() and not head.endswith("s") \
            and (is_given_name(name[0]) or head in _SURNAME_NOUNS) and not _DETERMINER.match(core):
        # "Dan Backer", "Masayoshi Son": a given name (or a name), then a surname that is also a noun for people
        return "person"
    # "Cement makers", "ISIS soldiers": a lower-case plural of agents heads a mention of people unnamed
    unnamed = bool(_DETERMINER.match(core)) or core[:1].islower() or head in anonymous_nouns() \
        or core.rstrip().endswith(head) and is_agent_plural(head)
    papers_word = head in _PRESS_ENDS and written[-1][:1].isupper()  # "Post", "Reporter": not "post", "examiner"
    if (head in document_nouns() or head in _STUDY_NOUNS) and not papers_word:  # ("Polling shows")
        return "unknown"  # "a Facebook post" — but "The Washington Post" is a paper
    if head in organisation_words() or (core.isupper() and len(core) <= 6) \
            or papers_word and not _a_persons_name(core, name):
        return "organisation"  # (the Times, Fox News, Associated Press, The Hollywood Reporter: an outlet)
    if unnamed:
        # (a noun for what someone does, as written in lower case: "the physicians", not "The Federalist")
        return "anonymous" if head in anonymous_nouns() or head in titles() \
            or core.rstrip().endswith(head) and is_person_noun(head) \
            or bool(_PEOPLE_OF_A_PLACE.search(core)) else "unknown"
    if all(w.rstrip(".") in _OFFICES_ALONE for w in words):
        return "anonymous"  # "Republican claims", "Democrat": a party or office, nobody named
    if len(name) >= 2 and not any(w.lower() in organisation_words() for w in name):
        # "Trump campaign manager Corey Lewandowski": the role's words do not count; but "New Hampshire"
        # and "Daily Caller" are a place and an outlet
        # (unless a given name opens it: "Kristen Day", "James York")
        # (a body's last word outweighs a given name: "Dick Clark Productions")
        return "organisation" if _not_a_person(" ".join(name)) and not is_given_name(name[0]) \
            or name[-1].lower() in BODY_NAME_ENDS else "person"
    if any(w in organisation_words() for w in words):
        return "organisation"
    if core.split()[-1][:1].islower():
        # "Clinton’s track record", "Lazar's public defense counsel": a name's thing or agent, in lower case, is
        # no name of anyone
        return "anonymous" if head in titles() or is_person_noun(head) else "unknown"
    return "person"


def _a_persons_name(core: str, name: list[str]) -> bool:
    """Whether a name that ends in a paper's word is a person's: "Emily Post", "Jennifer Sun" (a given name,
    then a surname) — not "The Hollywood Reporter", "Baltimore Sun", "the Times"."""
    return len(name) == 2 and is_given_name(name[0]) and not _DETERMINER.match(core)


# the plural of a people, alone: "Latinos", "Ethiopians", "Europeans" (not "-ans": "Evans" is a surname)
_A_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ians|inos|anos|eans)")


def resolve_speakers(article: Article, found: list) -> tuple[Quote, ...]:
    """Turn the attributions found (attribution.Found) into Quote values with resolved speakers."""
    text = article.text
    headline = article.blocks[0] if article.blocks and article.blocks[0].kind == "headline" else None
    people = People(text, headline.end if headline is not None else 0)
    roles: dict[str, str] = {}
    quotes: list[Quote] = []
    recent: list[tuple[int, Person]] = []  # speakers of quotations so far: (offset, person)
    turns: list[Quote] = []  # a transcript's turns so far (transcripts.py)
    in_capitals: dict[str, str] = {}  # names a transcript gives in capitals only, as they are shown
    # the last one quoted whom the article does not name but gives a gender: (offset, end of mention, gender)
    unnamed_speaker: tuple[int, int, str] | None = None
    _mark_those_saying_i(text, found, people)
    for f in sorted(found, key=lambda f: f.spans[0][0]):
        paragraph_start = article.blocks[f.block].start
        mention = text[f.speaker[0]:f.speaker[1]] if f.speaker else None
        if mention and (contracted := _CONTRACTED_PRONOUN.fullmatch(mention)):
            # "He’s predicting …", "I'd add …": one token to the tokenizer, but the speaker is "He", "I"
            mention = contracted.group("pronoun")
            f.speaker = (f.speaker[0], f.speaker[0] + len(mention))
        if mention and _names_nobody(mention, people):
            continue  # "From pointing out Hollywood’s lack of diversity …": no speaker, so no report
        speaker, stype, role = None, "unknown", f.role
        joint = None
        if mention:
            low = mention.lower()
            if low in _PRONOUN_GENDER:
                gender = _PRONOUN_GENDER[low]
                # the unnamed woman or man just quoted ("said the woman, who …"); else the last one quoted,
                # if this paragraph quotes or names them ("“…,” Woolson said of Cruz. “…,” he said"); else
                # someone this paragraph names first ("Singh, 47, voted for … He said"); if it names no one,
                # someone unnamed it opens on ("A 29-year-old Berlin woman …"), else the one the paragraph
                # before opens on ("Rubio disagreed."), or the one person it names, else the last one quoted,
                # else the nearest before
                pos = f.speaker[0]
                unnamed = False
                turn = _turn_around(turns, pos)
                if turn is not None:
                    # "FALLIN: I think he is trying …": inside a transcript's turn, "he" is someone the
                    # dialogue names — not the one speaking, and not by a turn's label, which is no mention
                    speaking = people.lookup(turn.speaker, turn.speaker_start) if turn.speaker else None
                    person: Person | None = people.nearest_before(
                        pos, gender, turn.spans[0][0], exclude=speaking,
                        unmentioned=[(t.speaker_start or 0, t.speaker_end or 0) for t in turns])
                else:
                    quoted = _recent_speaker(people, recent, pos, gender)
                    here = people.nearest_before(pos, gender, paragraph_start, paragraph_only=True)
                    reporting = _reporting_person(quotes, pos, gender, people)
                    if reporting is not None:
                        # "Christie said that was a natural part of the race — no different, he said, from
                        # George H.W. Bush calling …": the one whose report the pronoun stands in, unless
                        # known to be of the other gender
                        person = reporting
                    elif unnamed_speaker is not None and unnamed_speaker[2] == gender \
                            and unnamed_speaker[0] >= article.blocks[max(0, f.block - 1)].start \
                            and not (recent and recent[-1][0] > unnamed_speaker[0]) \
                            and not people.names_between(unnamed_speaker[1], pos, gender):
                        # "“…,” said the woman, who did not want to be named. “Too much hate,” she said"
                        person, unnamed = None, True
                    elif quoted is not None and (_quoted_since(recent, quoted, paragraph_start)
                                               or people.named_between(quoted, paragraph_start, pos)):
                        person = quoted
                    elif here is None and ((opening := _UNNAMED_OPENER.match(text, paragraph_start, pos))
                                           and _one_of_gender(opening.group(1), gender)
                                           or _unnamed_one_of_gender(text, paragraph_start, pos, gender)):
                        # "A 29-year-old Berlin woman, meanwhile, received probation after she had posted …
                        # “Filth out!” she wrote": the paragraph opens on someone it does not name (or names
                        # them later: "the home of a 26-year-old Berlin man was raided … he had posted")
                        person, unnamed = None, True
                    elif here is None and f.block > 0 \
                            and (opener := _opens_paragraph(people, article.blocks[f.block - 1], gender)) \
                            and (quoted is None or not _quoted_since(recent, quoted, article.blocks[f.block - 1].start)):
                        # "“…,” Christie said. / Rubio disagreed. / “…,” he said": the one the paragraph
                        # before opens on has the floor, not the one quoted before that
                        person = opener
                    elif here is None and f.block > 0 and quoted is not None \
                            and not _quoted_since(recent, quoted, article.blocks[f.block - 1].start) \
                            and not people.named_between(quoted, article.blocks[f.block - 1].start, pos) \
                            and (alone := _only_one_named(people, article.blocks[f.block - 1], gender)) is not None:
                        # "“…,” Levin said. / Former governor Ed Rendell, one of Clinton's most vocal supporters,
                        # was even more resolute. / “Absolutely not,” he said": Rendell, not Levin
                        person = alone
                    elif here is None and f.block > 0 and quoted is not None \
                            and not _quoted_since(recent, quoted, article.blocks[f.block - 1].start) \
                            and not people.named_between(quoted, article.blocks[f.block - 1].start, pos) \
                            and (last := _opens_last_sentence(people, article.blocks[f.block - 1], gender)) is not None:
                        # "“…,” Boudreau said. / Barely a week ago, Parise had scored just once. Wild defenseman
                        # Ryan Suter could see the frustration. / “…,” he said": Suter has the floor
                        person = last
                    elif here is None and quoted is None and f.block > 1 \
                            and _opens_on_pronoun_of(text, article.blocks[f.block - 1].start, gender) \
                            and (chained := _opens_paragraph(people, article.blocks[f.block - 2], gender)) is not None:
                        # "Carlineo faces … / He was arrested for the call to the offices of Omar. / During the
                        # call, he asked …": the paragraph before goes on about whom the one before it opens on
                        person = chained
                    else:
                        person = here or quoted or people.nearest_before(pos, gender, paragraph_start)
                if person is not None:
                    people.learn_gender(person, gender)
                speaker, stype = (people.full_name(person) if person else None), "anonymous" if unnamed else "person"
            elif low == "which" and (body := _body_before_which(text, f.speaker[0])) is not None:
                # "the Associated Press, which said": the body named before it (no person the next branch
                # could find: "Citizens for Trump, which expects …" is not Donald Trump)
                speaker, stype, role = _resolve_named(body.group("name"), role, body.start("name"), people, recent,
                                                      paragraph_start)
            elif low == "which":
                speaker, stype = None, "unknown"  # "the report, which said": a thing unnamed
            elif low == "who" and not mention.isupper():  # ("According to WHO": the World Health Organization)
                at = _first_relative_of_a_pair(text, f.speaker[0], low)
                # "candidates — like front-runner Donald Trump — who say …": a verb only many take is no one's
                person = None if _plural_verb_after(text, f) else people.nearest_before(at, None)
                lead = text[max(0, at - 60):at]
                if person and at - _last_mention_at(people, person, at) < 60 \
                        and (not _names_people_unnamed(lead) or _APPOSITIVE_BEFORE.search(lead)):
                    # not "Sanders supporters who said", "those who say": they are people unnamed; but "Tim
                    # Canova, a law professor who …" is Canova
                    speaker, stype = people.full_name(person), "person"
                elif _names_people_unnamed(lead):
                    stype = "anonymous"  # "critics who say", "two other women who have accused": unnamed people
            elif low in ("they", "we", "their"):
                # "Both countries said they had agreed to …": they are whoever reports them saying so (but in
                # a transcript's turn, "they" are others)
                outer = next((q for q in reversed(quotes) if q.speaker and q.start <= f.speaker[0] < q.end
                              and (q.speaker_mention or "").lower() not in ("they", "we", "their")), None)
                if outer is None or _turn_around(turns, f.speaker[0]) is not None:
                    speaker, stype = None, "unknown"
                else:
                    speaker, stype = outer.speaker, outer.speaker_type
            elif low == "i":
                # "FALLIN: Well, I think …": I is whoever speaks the turn it stands in
                turn = _turn_around(turns, f.speaker[0])
                speaker, stype = (turn.speaker, turn.speaker_type) if turn is not None else (None, "unknown")
            elif low in ("it", "you"):
                stype = "unknown"
            elif (pronoun_and := _PRONOUN_AND.match(low)) is not None:
                # "he and Mr. Allen said", "she and her husband said": more than one, one of them a pronoun;
                # left unnamed, as a list with a name missing would misname them all
                speaker, stype, role = None, "person" if pronoun_and.group(1) in ("he", "she", "i") else "unknown", None
            elif f.verbatim and low in ("q", "a"):
                # an interview's questions are the interviewer's, unnamed; its answers are the one
                # interviewed: the first person the story names in full ("Vice President Joe Biden spent …")
                person = people.first_named_in_full() if low == "a" else None
                speaker, stype = (person.name, "person") if person is not None else (None, "unknown")
            else:
                name = without_nickname(mention)  # "John “Tig” Tiegen" is John Tiegen
                if f.verbatim and mention.isupper():
                    name = _in_title_case(mention)  # a transcript's "TRUMP:" names a person, not a body like "NBC"
                name = _person_before_of(name, f.speaker[0], people)
                joint = _resolve_conjoined(name, f.speaker[0], people, recent, paragraph_start)
                if joint is not None:
                    speaker, stype = joint
                else:
                    speaker, stype, role = _resolve_named(name, role, f.speaker[0], people, recent,
                                                          paragraph_start, plural_verb=_plural_verb_after(text, f))
                    if speaker is None and (described := _described_person(
                            name, f.speaker[0], people, _not_nested(recent, quotes), article.blocks, f.block,
                            _speaking_at(quotes, f.speaker[0]))) is not None:
                        # "the Florida senator said" after "Florida Sen. Marco Rubio": Rubio
                        speaker, stype = people.full_name(described), "person"
            if speaker and stype == "person" and joint is None:  # ("he" is never two people)
                p = people.lookup(speaker, f.speaker[0])
                if p is not None:
                    recent.append((f.speaker[0], p))
            elif speaker is None and stype == "anonymous" and (told := _gender_told(low, f, text)) is not None:
                unnamed_speaker = (f.speaker[0], f.speaker[1], told)
        if speaker and f.verbatim and speaker.isupper():
            # a transcript's "JAKE TAPPER:" is Jake Tapper, and so is "he" after it
            in_capitals[speaker] = speaker = _in_title_case(speaker)
        elif speaker in in_capitals:
            speaker = in_capitals[speaker]
        if speaker and role:
            roles.setdefault(speaker, role)
        if speaker and not role:
            role = roles.get(speaker)
        quotes.append(_to_quote(text, f, mention, speaker, stype, role))
        if f.verbatim:
            turns.append(quotes[-1])
    return tuple(_without_self_nested(quotes))


_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’ll|I'll|I’d|I'd|[Mm]e|[Mm]y|[Mm]yself)\b")


def _mark_those_saying_i(text: str, found: list, people: People) -> None:
    """A one-word name quoted saying "I" (“I would certainly implement that,” Trump said) is a person,
    whatever else the article gives: bodies speak as "we". So is one quoted asking a question (“So you have
    not fixed it?” Schiff asked): a body's words are a statement. Marked before any quotation is resolved,
    so that the type is the same in all of them."""
    for f in found:
        if f.speaker is None or f.verbatim or not f.marks or f.speaker[1] - f.speaker[0] > 40:
            continue
        mention = text[f.speaker[0]:f.speaker[1]]
        if " " in mention or not mention[:1].isupper():
            continue
        asked = f.cue is not None and _ASKING.search(text, f.cue[0], f.cue[1]) is not None \
            and any("?" in text[m.start:m.end] for m in f.marks)
        if asked or any(_FIRST_PERSON.search(text, m.start, m.end) for m in f.marks):
            person = people.lookup(mention, f.speaker[0])
            if person is not None:
                person.says_i = True


_ASKING = re.compile(r"\bask")  # "asked", "also asked", "asks again": a cue of asking


_SENTENCE_START = re.compile(r"(?:^|[.!?:;][”\"’')\]]*|\n)\s*$")


_AND_BEFORE = re.compile(r",?\s+and\s+$")


def _first_relative_of_a_pair(text: str, at: int, pronoun: str) -> int:
    """Where the first of two relative clauses joined by "and" opens, for the second's pronoun at ``at``:
    "Senator Ted Cruz, who has campaigned against Planned Parenthood, and who has been hoping …" — the
    second "who" is Cruz too, not the name just before it. Else ``at``."""
    if not _AND_BEFORE.search(text, max(0, at - 8), at):
        return at
    earlier = text.rfind(f" {pronoun} ", max(0, at - 300), at - 5)
    if earlier < 0 or any(stop in text[earlier:at] for stop in (". ", "? ", "! ", "\n")):
        return at
    return earlier + 1


# endings of plural common nouns that names (surnames, bodies) seldom have: "Authorities", "Audiences", "Ethiopians"
_PLURAL_NOUN_ENDINGS = ("ies", "ials", "ants", "ents", "ences", "ances", "ists", "ians", "ics")


def _capitalised_only_by_its_sentence(mention: str, pos: int, text: str) -> bool:
    """A common word opening its sentence ("Mourners", "Authorities", "Police"): the capital is the sentence's.

    It is common when the article writes it in lower case elsewhere, or, opening the sentence only once, it is
    a plural noun the lexicon knows (a singular body opening one is as likely a name: "Congress", "State");
    never when the article capitalises it inside a sentence too ("… said Democrats"), a name of its own.
    """
    if " " in mention or not mention[:1].isupper() or not mention[1:].islower() or len(mention) < 3 \
            or _SENTENCE_START.search(text, max(0, pos - 8), pos) is None:
        return False
    low = mention.lower()
    plural_noun = mention.endswith("s") and not mention.endswith("ss") and len(mention) >= 5 and (
        is_speaker_noun(low) or is_person_noun(low) or low.endswith(_PLURAL_NOUN_ENDINGS))
    return (plural_noun or _written_as_a_word(text, low)) \
        and not _written_as_a_word(text, mention, inside_a_sentence=True)


LONG_TEXT = 100_000  # characters: past this, words are looked up in an index of the text, not scanned for
_WORD_RUN = re.compile(r"\w+")
_WORD_INSIDE_A_SENTENCE = re.compile(r"(?<=[a-z,] )\w+")  # after a space after a lower-case letter or a comma


def _written_as_a_word(text: str, word: str, inside_a_sentence: bool = False) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word — and, with ``inside_a_sentence``, after a space
    after a lower-case letter or a comma, where no sentence opens.

    str.find, not a regular expression: a literal scan is several times faster, in an article. A long
    text (a book, hours of transcript) is read once into sets of its words instead, or each name
    opening a sentence would scan all of it again.
    """
    if len(text) > LONG_TEXT and _WORD_RUN.fullmatch(word):
        return word in _words_of(text, inside_a_sentence)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])) \
                and (not inside_a_sentence or at >= 2 and text[at - 1] == " "
                     and (text[at - 2] == "," or text[at - 2].islower() and text[at - 2].isascii())):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=2)  # the text being resolved, for its two questions; str caches its own hash
def _words_of(text: str, inside_a_sentence: bool) -> frozenset[str]:
    """The whole words of ``text`` (or those after a space after a lower-case letter or a comma)."""
    return frozenset((_WORD_INSIDE_A_SENTENCE if inside_a_sentence else _WORD_RUN).findall(text))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _resolve_named(mention: str, role: str | None, pos: int, people: People, recent: list[tuple[int, Person]],
                   paragraph_start: int, plural_verb: bool = False) -> tuple[str | None, str, str | None]:
    """(speaker, speaker type, role) for a mention that is no pronoun, at offset ``pos``; ``plural_verb``:
    the cue after it is one only many take ("Chelsea hope", "The Lakers plan"), which no one person does."""
    if _capitalised_only_by_its_sentence(mention, pos, people.text):
        mention = mention.lower()  # "Mourners said …" as "mourners said …": people unnamed, not someone called so
    particle = mention.split(" ", 1)[0] if mention[:1].islower() else ""
    if particle in _SURNAME_PARTICLES:
        # "de Blasio said": looked up as a sentence's start writes it, "De Blasio said" (the particle's case
        # comes back below in a name no earlier mention gives in full: "dos Santos")
        mention = particle.capitalize() + mention[len(particle):]
    speaker = None
    if " by " in mention and (made := _MADE_BY.fullmatch(mention)) is not None \
            and not _POSSESSIVE_END.search(made.group("maker")):
        # "a new poll by the Harvard Institute of Politics": the Institute's poll; "calculations by Amy
        # Glasmeier of the Massachusetts Institute of Technology": hers (but "a document provided by Nunberg's
        # lawyer" is the lawyer's, no one named)
        mention = _person_before_of(made.group("maker"), pos, people)
    bare = _TRAILING_PARENTHESIS.sub("", mention)  # "Sen. Jack Reed (D-R.I.)" names Jack Reed
    bare = _POSSESSIVE_END.sub("", bare)  # "according to HuffPost Pollster’s …": the owner is who is named
    named = _ROLE_THEN_NAME.fullmatch(bare)
    if named and not _DETERMINER.match(bare):
        # "election lawyer Joe Birkenstock": the role in lower case, then the name
        # (the title that follows is the role's too: "said former Gov. Bill Richardson" → "former Gov.")
        role = role or " ".join([named.group(1).strip(), *split_role(named.group(2).split())[0]])
        mention_name = named.group(2).strip()
    elif (described := _DESCRIBED_NAME.fullmatch(bare)) and is_speaker_noun(described.group(2)):
        # "The Washington Post columnist Ruth Marcus" — not "a spokesman for Paul Ryan"
        role = role or described.group(1)
        mention_name = described.group(3).strip()
    else:
        mention_name = bare
    stype = speaker_type_of(mention_name)
    if stype == "organisation" and (titled := people.lookup(mention_name, pos)) is not None and titled.titled \
            and titled.words >= 2 and titled.name == mention_name:
        stype = "person"  # "Anna Richardson White", whom the article calls "Ms. White": a person, for all "White"
    owner = _OWNED.match(mention)
    if owner and stype == "anonymous" and not role:
        # "his spokesperson" → the role says whose: "Volodymyr Zelenskyy’s spokesperson"
        person = _whose(owner.group(1), pos, people, recent, paragraph_start)
        if person is not None:
            role = f"{person.name}’s {owner.group(2)}"
    if stype == "anonymous" and mention_name[:1].isupper() and " " not in mention_name \
            and (named_so := people.lookup(mention_name, pos)) is not None and named_so.words >= 2:
        stype = "person"  # "Doctor asks" after "analyst Ken Doctor", "Son has told" after "Masayoshi Son": a surname
    if stype == "person":
        person = people.lookup(mention_name, pos)
        if person is not None and person.words >= 2:
            speaker = person.name
            if person.abbreviated and not person.titled:
                stype = "organisation"  # "Home Depot (ticker: HD) reported …": no person has a ticker
        elif len(name_words(mention_name)) >= 2 or _titled(mention_name):
            speaker = " ".join(split_role(mention_name.split())[1]) or mention_name
            if person is not None and len(name_words(speaker)) < 2:
                speaker = people.full_name(person)  # "Mr. Trump", named in full only in a quotation
        elif (person is None or person.words < 2) and is_given_name(mention_name) \
                and (by_given := people.by_given_name(mention_name)):
            speaker = by_given.name  # "Hillary thinks …" after "Hillary Clinton": her given name alone
        elif _A_PEOPLE.fullmatch(mention_name):
            stype = "anonymous"  # "Latinos say", "Ethiopians say": a people, where no one is named so ("Castellanos")
        else:
            # one word: a person if the article's pronouns say so ("O'Donnell … she"), a
            # quotation gives the full name ("“… Donald Trump …”") or it is a given name, else a body
            fuller = people.name_in_quotations(person) if person is not None else None
            known = fuller is not None or person is not None and people.gender_of(person) is not None \
                or is_given_name(mention_name) or person is not None and (person.titled or person.says_i)
            # (a nation is no one: "China opposed hacking … he told reporters" gives China no gender)
            stype = "person" if known and not plural_verb and not _not_a_person(mention_name) else "organisation"
            speaker = fuller or mention_name
    elif stype == "organisation":
        # "his campaign", "the Clinton campaign", "Clinton’s campaign": one speaker, "Hillary Clinton campaign"
        team = _A_PERSONS_TEAM.fullmatch(mention)
        leader = _whose(team.group("owner"), pos, people, recent, paragraph_start) if team is not None else None
        if team is not None and leader is not None:
            speaker = f"{people.full_name(leader)} {team.group('noun').lower()}"
        elif body := _THE_BODY.fullmatch(mention):
            # "the department" after "the State Department": the one the article named; else no one named, as
            # for "the poll" ("company" had been a name, as if the article named a company so)
            before = people.last_named(body.group(1), pos)
            speaker = before.name if before is not None else None
        elif not _names_a_body(mention):
            speaker = None  # "authorities said", "A major climate group": a kind of body, no one named
        else:
            speaker = _POSSESSIVE_END.sub("", _LEADING_ARTICLE.sub("", mention))
            press_person = people.lookup(speaker, pos) if " " not in speaker else None
            if press_person is not None and press_person.titled and speaker.lower() in _PRESS_ENDS:
                speaker, stype = press_person.name, "person"  # "Guardian said", after "Mayor Don Guardian"
            elif press_person is not None and press_person.words > 1 and press_person.name.endswith(speaker):
                # "the Times" → "New York Times", as the article names it; "Sun" → "Jennifer Sun", a person
                speaker = press_person.name
                stype = speaker_type_of(speaker)
    if particle in _SURNAME_PARTICLES and speaker is not None and speaker.startswith(particle.capitalize() + " "):
        speaker = particle + speaker[len(particle):]
    return speaker, stype, role


# function words that open sentences capitalised, alone no speaker's name: "Not far away, …", "Does the candidate say"
_FUNCTION_WORDS = _GRAMMAR["prepositions"] | _GRAMMAR["between_speaker_and_cue"] \
    | frozenset("no not does do did under".split())


def _names_nobody(mention: str, people: People) -> bool:
    """A lone function word taken for a name ("From pointing out …", "Even before …", "Under mounting pressure,
    … defend"), unless the article names someone so ("Al From, who …": "From said" is his)."""
    if " " in mention or not mention[:1].isupper() or mention.lower() not in _FUNCTION_WORDS:
        return False
    person = people.lookup(mention)
    return person is None or person.words < 2


def _person_before_of(mention: str, pos: int, people: People) -> str:
    """"Serena Kelleher-Vergantini of Washington's Institute for Science and International Security": the
    person the article names before "of" speaks, from there (not "RNC Chief of Staff Katie Walsh")."""
    before, of, _after = mention.partition(" of ")
    if not of or len(trailing_name(before)) < 2 or speaker_type_of(before) != "person" \
            or is_speaker_noun(before.split()[-1]):
        return mention  # ("RNC Chief of Staff …": an office, then the name)
    person = people.lookup(before, pos)
    return before if person is not None and person.words >= 2 and person.name.endswith(before.split()[-1]) else mention


def _whose(owner: str, pos: int, people: People, recent: list[tuple[int, Person]],
           paragraph_start: int) -> Person | None:
    """The person an owner word at ``pos`` names: "his"/"her" the last one quoted (or named) of that gender,
    a name ("Clinton’s", "Sanders") the person the article names so."""
    if owner.lower() in ("his", "her"):
        gender = _PRONOUN_GENDER[owner.lower()]
        return _recent_speaker(people, recent, pos, gender) or people.nearest_before(pos, gender, paragraph_start)
    return people.lookup(_POSSESSIVE_END.sub("", owner), pos)


# "Tapper, Bash and Blitzer", "Both Cruz and Fiorina": what separates the names of a list
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BOTH = re.compile(r"(?:both|either)\s+", re.I)


def _resolve_conjoined(mention: str, pos: int, people: People, recent: list[tuple[int, Person]],
                       paragraph_start: int) -> tuple[str, str] | None:
    """"Fiorina and Huckabee say", "Salix Pharmaceuticals and the Italian firm Cosmo": each one named, resolved
    as if named alone and listed as the mention lists them — (speaker, type), or None when any of them is
    no one named (or the mention is no list)."""
    mention = _PARENTHESES.sub("", mention)  # "Chaffetz and Rep. Bob Goodlatte (R-Va.)"
    if " and " not in mention:
        return None
    lead = _BOTH.match(mention)
    start = lead.end() if lead else 0
    parts, at = [], start
    for m in _LIST_SEPARATOR.finditer(mention, start):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, len(mention)))
    if len(parts) < 2 or not all(_A_NAME_IN.search(mention, s, e) for s, e in parts):
        return None
    if any(fold(mention[s:e].strip()).rstrip(".") in titles() for s, e in parts):
        return None  # "CEO and president Craig Menear": offices joined, then one name — one speaker
    named = [_resolve_named(mention[s:e], None, pos + s, people, recent, paragraph_start) for s, e in parts]
    names = [speaker for speaker, _t, _r in named if speaker is not None]
    if len(names) < len(named) or any(stype not in ("person", "organisation") for _s, stype, _r in named):
        return None
    if any(not mention[e - 1:e].isupper() and not mention[s:e].rstrip(".").split()[-1][:1].isupper()
           or mention[s].islower() and not mention.startswith("the ", s) and len(name_words(name)) < 2
           for (s, e), name in zip(parts, names)):
        return None  # each one named: "USA TODAY contributor and monetary historian David Marsh" is one
    stype = "person" if all(stype == "person" for _s, stype, _r in named) else "organisation"
    return f"{', '.join(names[:-1])} and {names[-1]}", stype


_A_NAME_IN = re.compile(r"\b[A-Z]")
# a person's campaign, administration, office or team: "his campaign", "the Clinton campaign", "Trump’s campaign",
# "Mrs. Clinton's presidential campaign", "Sanders’ team", "Gowdy’s office"
_A_PERSONS_TEAM = re.compile(
    r"(?:(?:the|The)\s+)?(?P<owner>his|her|His|Her"
    rf"|(?!The\s)(?:{_NAME_TITLES}\s+)?(?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]+)\s+"
    r"(?:(?:presidential|re-?election)\s+)?(?P<noun>campaign|administration|office|team|inner circle)")
_DESCRIPTION_WORDS = re.compile(r"[^\W_][\w’'-]*\.?|[^\w\s]")
_ENDS_A_DESCRIPTION = _NOT_NAMES | sections("grammar.txt")["auxiliaries"] | frozenset(
    "is was are were has have be been being become became becomes".split())
_WORD_BEFORE_NAME = re.compile(r"\b([a-z][a-z-]*),?\s+$")  # "spokesman Geng Shuang", "the ambassador, Liu Xiaoming"
# initials or a stock ticker in parentheses after a name: a body's ("Trans-Pacific Partnership (TPP)", "Home Depot
# (NYSE: HD)"); a politician's state has dots ("Kelly Ayotte (N.H.)"), a party a hyphen ("(R-Ky.)")
_ABBREVIATION_AFTER = re.compile(r" \((?:[A-Za-z]+:\s*)?[A-Z][A-Z&]{1,5}\)")
# an appositive right after it: ", a retired neurosurgeon,", ", 69, the billionaire businessman"
_DESCRIPTION_AFTER = re.compile(r"(?:[’']s)?,\s+(?:\d+,\s+)?(?:a|an|the|who\s+is\s+(?:a|an|the))\s+([^,.;:()“”\"]{1,80})"
                                r"(?=[,.;])")  # closed: not "… and Mika Brzezinski, the candidate stated that …"
# "the president", "the Florida senator", "the former secretary of state": a person described, not named
_DEFINITE_DESCRIPTION = re.compile(r"(?:the|The)\s+(?P<modifiers>(?:[\w’'“”\"-]+\s+){0,4}?)(?P<head>[a-z][a-z-]+)"
                                   r"(?:\s+of\s+[a-z]+)?")
# a thing made, in lower case, and who made it: "a tally by the Associated Press", "an analysis by Lee Epstein"
_MADE_BY = re.compile(r"(?:[a-z][\w’'-]*\s+){1,6}by\s+(?P<maker>(?:the\s+)?[A-Z][\w.&’'/-]*"
                      r"(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w.&’'/-]*)*)"
                      r"(?:\s+[a-z][^,;()]*)?")  # (what follows the maker's name is no part of it: "by MOTIE in August")
_POSSESSIVE_END = re.compile(r"(?<=[A-Za-z])[’']s$|(?<=s)[’']$")  # "Clinton’s", "Sanders’"
_PARENTHESES = re.compile(r"\s*\([^()]{0,20}\)")


def _without_self_nested(quotes: list[Quote]) -> list[Quote]:
    """Drop a quotation inside another by the same speaker: "Both countries said they had agreed to
    trade …" is one statement of theirs, not two (sorted by start, the outer one comes first)."""
    out: list[Quote] = []
    for q in quotes:
        # inside one of the outer quotation's spans, speaker mention and all — not merely between two spans
        # ("“A,” says Garcia. She says B. “C.”": B is a statement of its own); loops, not any(), as this runs
        # for every quotation against the last eight
        start, end, at = q.start, q.end, q.speaker_start or -1
        nested = False
        for p in out[-8:]:
            for ps, pe in p.spans:
                if ps <= start and end <= pe and ps <= at < pe and _same_speaker(p, q):
                    nested = True
                    break
            if nested:
                break
        if not nested:
            out.append(q)
    return out


_ADVERBS_BETWEEN = frozenset("also still now often never all both repeatedly publicly privately long".split())


def _plural_verb_after(text: str, f) -> bool:
    """Whether the speaker of ``f`` takes a verb in the plural: "who say", "who have said", "Chelsea hope" —
    many, where "who says", "who said" may be one."""
    if f.cue is None or f.cue[0] < f.speaker[1]:
        return False
    between = text[f.speaker[1]:f.cue[0]].split()
    if any(not (w.endswith("ly") or w in _ADVERBS_BETWEEN) for w in between):
        return False  # "who would say": a modal's plain verb agrees with anyone
    first = text[f.cue[0]:f.cue[1]].split()
    return bool(first) and first[0].lower() in plural_present_cues()


def _names_people_unnamed(lead: str) -> bool:
    """Whether the words before a "who" end in a plain noun ("voters who", "critics who"), or open a sentence
    with a word for people ("Voters who …"), not a name."""
    if _COMMON_NOUN_BEFORE.search(lead):
        return True
    m = _CAPITALISED_NOUN_OPENING.search(lead)
    return m is not None and (is_speaker_noun(m.group(1)) or is_agent_plural(m.group(1).lower()))


_REFERS_BACK = frozenset(_PRONOUN_GENDER) | {"they", "we", "who", "which"}  # mentions of someone named before


_UNNAMED_SPEAKER_TYPES = ("organisation", "anonymous")


def _same_speaker(outer: Quote, inner: Quote) -> bool:
    """Whether ``inner``, inside ``outer``, is said by the same one: the same speaker, or a pronoun (or
    another "who") inside what an unnamed "who" said ("voters who said they would …": the voters)."""
    if inner.speaker:
        return outer.speaker == inner.speaker
    if (inner.speaker_mention or "").lower() in ("who", "which") and (inner.speaker_start or 0) > outer.start:
        return False  # "asked Mrs. Clinton about several women who said …": the women, whom the content names
    # (or inside what someone unnamed said: "authorities said they …", "officials said they …")
    return outer.speaker is None and ((outer.speaker_mention or "").lower() in ("who", "which")
                                      or outer.speaker_type in _UNNAMED_SPEAKER_TYPES) \
        and (inner.speaker_mention or "").lower() in _REFERS_BACK


def _surely_a_person(person: Person) -> bool:
    """Named in full, with a title, or known to be a man or a woman: not a body named in one word ("Politico")."""
    return _could_be_person(person) and (person.words >= 2 or person.titled or person.gender is not None) \
        and not _not_a_person(person.name)


def _described_person(mention: str, pos: int, people: People, recent: list[tuple[int, Person]],
                      blocks: Sequence, block: int, speaking: str | None = None) -> Person | None:
    """Whom a definite description that heads a mention refers to ("the senator", "the former secretary of
    state"): someone the article has described so, else the one in focus if the noun is one a story uses
    for whom it is about (see ``_in_focus``); None for anything else ("the poll", "the senators")."""
    m = _DEFINITE_DESCRIPTION.fullmatch(mention)
    if m is None:
        return None
    head = m.group("head")
    if not _is_a_persons_noun(head) or head.endswith("s") and _is_a_persons_noun(head[:-1]):
        return None  # not a person's noun, or more than one ("the senators")
    words = m.group("modifiers").split()
    if head == "president" and words and words[-1].lower() == "vice":
        head, words = "vice-president", words[:-1]
    named = [fold(w) for w in words if w[:1].isupper()]
    described = people.described(pos, head, [fold(w) for w in words], named)
    if described is None and named:
        # "The Vermont senator told USA TODAY" after "Sen. Bernie Sanders says": the one senator named
        described = people.described(pos, head, [], [], only=True)
    if described is None and head in _EPITHET_HEADS and not any(_POSSESSIVE_END.search(w) for w in words):
        # (not "the company's chief executive": someone's, not the story's)
        described = _in_focus(head, pos, people, recent, blocks, block)
        if described is not None and people.full_name(described) == speaking:
            # "Manafort told friends that the candidate knew …": in what one says, "the candidate" is another
            described = None
    if described is not None and _of_another_party(named, people, described):
        return None  # "the Democratic front-runner" is not the one the story calls a Republican
    return described


def _reporting_person(quotes: list[Quote], pos: int, gender: str, people: People) -> Person | None:
    """The person whose reported words a "he" or "she" at ``pos`` stands in ("Trump said he thinks …"), if
    nothing known of them says otherwise."""
    outer = next((q for q in reversed(quotes[-4:]) if q.speaker and q.speaker_type == "person"
                  and q.start <= pos < q.end and q.speaker_start is not None and q.speaker_start < pos
                  and (q.speaker_mention or "").lower() not in _PRONOUN_GENDER), None)
    if outer is None or outer.speaker is None:
        return None
    person = people.lookup(outer.speaker, outer.speaker_start)
    if person is None or people.gender_of(person) not in (None, gender):
        return None
    return person


def _not_nested(recent: list[tuple[int, Person]], quotes: list[Quote]) -> list[tuple[int, Person]]:
    """The last speakers not named inside what someone named said: "Mike Pence showed the crowd a clip of Gov.
    Maggie Hassan awkwardly trying to defend …" quotes Hassan inside Pence's report, and "the nominee" after it
    is Pence, the one the story is on (but in "the moderator pointed out that Trump hadn't answered …, the
    candidate said", nobody named reports Trump, who stays)."""
    return [(at, p) for at, p in recent[-4:]
            if not any(q.speaker is not None and s <= at < e for q in quotes[-6:] for s, e in q.spans)]


def _speaking_at(quotes: list[Quote], pos: int) -> str | None:
    """Who speaks the quotation found so far that ``pos`` stands in, if any."""
    return next((q.speaker for q in reversed(quotes[-4:]) if q.start <= pos < q.end), None)


_PARTIES = {"democratic": "democratic", "democrat": "democratic", "republican": "republican", "gop": "republican"}


def _of_another_party(modifiers: Sequence[str], people: People, person: Person) -> bool:
    """Whether a description's party ("the GOP front-runner") is not the one the article gives the person."""
    wanted = {_PARTIES[m] for m in modifiers if m in _PARTIES}
    if not wanted:
        return False  # (most descriptions name no party: the person's words are not looked up)
    theirs = {_PARTIES[w] for w in people.description_of(person) if w in _PARTIES}
    return bool(theirs) and wanted.isdisjoint(theirs)


_EPITHET_HEADS = _GRAMMAR["epithet_heads"]


def _in_focus(head: str, pos: int, people: People, recent: list[tuple[int, Person]], blocks: Sequence,
              block: int) -> Person | None:
    """Whom "the <head>" refers to where the article never described anyone so: the one the story is about.

    That is the one it names most so far, when the story is on them at that point: just quoted, or the
    subject this paragraph or the one before opens on ("Ben Carson said Monday. / “…,” the retired
    neurosurgeon told REVOLT TV"). Else no one: in a story on Gary Johnson, "“…,” Crane said of Johnson and
    Weld. … One ad stars an Abraham Lincoln impersonator … “…,” the Lincoln actor says" is not Crane; nor is
    a man "the actress". It is wrong where the story is on someone else than the one described: in a
    story on Trump's new campaign chief, "Mr. Bannon has been a supporter of Mr. Trump's pugilistic
    instincts, which the candidate has made clear" finds Bannon.
    """
    gender = "f" if head in _FEMALE_NOUNS else "m" if head in _MALE_NOUNS else None
    times_named = people.times_named_before(pos)
    most = max(times_named.values(), default=0)
    # (the speaker named last, not the last quotation's: in "Trump plans to …, Ben Carson said", Trump's
    # nested report comes after Carson's in the text's order of contents, but Carson is named after him)
    last = max(recent[-4:], key=lambda named: named[0]) if recent else None
    quoted = last[1] if last is not None and pos - last[0] <= 600 else None
    openers = [_opens_paragraph(people, blocks[k], gender) for k in (block, block - 1) if k >= 0]
    for person in (quoted, *openers):
        if person is not None and times_named.get(id(person)) == most and _surely_a_person(person) \
                and people._fits(person, gender):
            return person
    return None


# nouns the press uses so as not to name: "the source", "the official" are nobody named before
_UNNAMED_BY_DESIGN = frozenset("person man woman source official insider aide adviser advisor staffer operative "
                               "member friend ally people".split())


def _is_a_persons_noun(word: str) -> bool:
    return (word in titles() or word in anonymous_nouns()) and word not in _UNNAMED_BY_DESIGN


def _turn_around(turns: list[Quote], pos: int) -> Quote | None:
    """The transcript turn whose words stand at ``pos``, if any."""
    for turn in reversed(turns[-4:]):  # a mention is found after the turn it stands in, and soon after
        # its spans are in text order and apart: the one that may hold pos is the last starting at or before it
        k = bisect_right(turn.spans, pos, key=itemgetter(0)) - 1
        if k >= 0 and pos < turn.spans[k][1]:
            return turn
    return None


def _in_title_case(name: str) -> str:
    """"JAKE TAPPER" → "Jake Tapper", "O'ROURKE" → "O'Rourke"."""
    return _LETTERS.sub(lambda m: m.group().capitalize(), name)


def _titled(mention: str) -> bool:
    first = mention.split()[0].lower().rstrip(".") if mention.split() else ""
    return first in titles()


def _last_mention_at(people: People, person: Person, pos: int) -> int:
    """Where ``person`` was last named before ``pos`` (far before the text when never)."""
    mentions = people.mentions  # in text order, and so are each person's indexes into it
    k = bisect_left(person.named_at, pos, key=lambda i: mentions[i][0])
    return mentions[person.named_at[k - 1]][0] if k else -10**9


def _quoted_since(recent: list[tuple[int, Person]], person: Person, start: int) -> bool:
    for at, quoted in reversed(recent):
        if at < start:
            return False
        if quoted is person:
            return True
    return False


def _opens_paragraph(people: People, block, gender: str | None) -> Person | None:
    """The person of ``gender`` (or of none known; any, for None) a paragraph opens on — its first words name
    them — else None."""
    return _opens_on(people, block.start, gender)


def _opens_last_sentence(people: People, block, gender: str | None) -> Person | None:
    """The person of ``gender`` the last of a paragraph's sentences opens on, when it has more than one:
    "Barely a week ago, Parise had scored just once. Wild defenseman Ryan Suter could see the frustration.
    / “…,” he said" — Suter."""
    if people.text[block.start:block.end].rstrip().endswith("?"):
        return None  # the writer's question ("Would Ed Rendell take the job?"): the one quoted answers it
    stops = list(_SENTENCE_STOP.finditer(people.text, block.start, block.end))
    return _opens_on(people, stops[-1].end(), gender) if stops else None


_SENTENCE_STOP = re.compile(r"[.!?][”\"’')]*\s+(?=[“\"]?[A-Z])")


def _opens_on(people: People, start: int, gender: str | None) -> Person | None:
    """The person of ``gender`` the words at ``start`` name: the last name in the capitalised words and roles
    that open there ("Former Secretary of State Hillary Clinton", "Clinton aide Huma Abedin": Abedin)."""
    at, text = people._positions(), people.text
    k = bisect_left(at, start)
    head = None
    # (a title may come first: "Former Secretary of State Hillary …"; "The rise of Bannon …" opens on no one)
    while k < len(at) and at[k] <= start + 40 and not _a_common_word_before(text, start, at[k]) \
            and "," not in text[start:at[k]]:
        head, k = k, k + 1
    if head is None:
        return None
    person = people.mentions[head][1]
    if not people._fits(person, gender):
        return None
    if _POSSESSIVE_AFTER.match(text, at[head] + len(person.surname)):
        return None  # "Obama's approval rating has risen …" opens on the rating
    return person


def _a_common_word_before(text: str, start: int, end: int) -> bool:
    """Whether a word in lower case stands in text[start:end], before a name, other than a role's: "The rise
    of Bannon" — not "Wild defenseman Ryan Suter", "Republican strategist Rick Wilson"."""
    return any(not _is_a_role_word(m.group()) for m in _LOWER_WORD.finditer(text, start, end))


_LOWER_WORD = re.compile(r"\b(?!of\b)[a-z][\w’'-]*")


def _is_a_role_word(word: str) -> bool:
    # (one person's role: a plural is a group the name after it belongs to, "Sanders supporters Bob Smith and …")
    return word in titles() or is_speaker_noun(word) and not word.endswith("s")


def _only_one_named(people: People, block, gender: str) -> Person | None:
    """The one person known to be of ``gender`` whom a paragraph names, if it names just one who may be,
    and is neither a question nor opens on a pronoun ("She appeared to imply that Trump …": she goes on)."""
    text = people.text
    if text[block.start:block.end].rstrip().endswith("?") or _OPENS_ON_A_PRONOUN.match(text, block.start):
        return None
    at = people._positions()
    found = None
    for k in range(bisect_left(at, block.start), bisect_left(at, block.end)):
        person = people.mentions[k][1]
        if not people._fits(person, gender):
            continue
        if found is not None and person is not found:
            return None
        if _AFTER_A_PREPOSITION.search(text, max(block.start, at[k] - 60), at[k]) \
                and not _POSSESSIVE_AFTER.match(text, at[k] + len(person.surname)):
            # "The crowd in the hall cheered for Marco Rubio" is on the crowd, not him; but "a chronicle of
            # Mr. Putin's foreign policy" is on Putin
            continue
        found = person
    if found is None or people.gender_of(found) != gender \
            or not (found.titled or is_given_name(found.name.split()[0])):
        return None  # (and surely someone: "a full scholarship to West Point. … he said" is no one's)
    return found


_AFTER_A_PREPOSITION = re.compile(r"\b(?:for|to|with|at|by|against|of|about|from|on|over|than|behind)\s+"
                                  r"(?:[A-Z][\w.’'-]*\s+){0,3}$")
_OPENS_ON_A_PRONOUN = re.compile(r"\W*(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir|I|[Ww]e)\b")


def _opens_on_pronoun_of(text: str, start: int, gender: str) -> bool:
    """Whether the paragraph at ``start`` opens on "he" or "his" (for "m"), "she" or "her" (for "f")."""
    m = _OPENS_ON_A_PRONOUN.match(text, start)
    return m is not None and _PRONOUN_GENDER.get(_NOT_A_WORD.sub("", m.group()).lower()) == gender


_NOT_A_WORD = re.compile(r"\W+")


# a paragraph opening on one person unnamed: "A 29-year-old Berlin woman", "One Trump supporter, a retiree,"
_UNNAMED_OPENER = re.compile(r"(?:A|An|One)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)\b")
_FEMALE_NOUNS = sections("grammar.txt")["female_nouns"]
_MALE_NOUNS = sections("grammar.txt")["male_nouns"]


def _gender_told(mention: str, f, text: str) -> str | None:
    """The gender an unnamed speaker's mention tells ("the woman", "a spokesman", or "she" already found to
    be someone unnamed), when the cue says something (not "asked": the one asking is seldom the one who
    goes on speaking); else None."""
    cue = text[f.cue[0]:f.cue[1]].lower().split() if f.cue else []
    if not cue or cue[0] not in _SPEECH or cue[0].startswith("ask"):
        return None  # (not "a man claiming allegiance to ISIS", not "an Iowa voter asked if she …")
    if mention in _PRONOUN_GENDER:
        return _PRONOUN_GENDER[mention]
    words = mention.split()
    # "a spokeswoman", "the woman": someone new, or the one unnamed just before; but "the billionaire
    # businessman" is a description of someone named
    nouns = _GENDERED_NOUNS if words[0] in ("a", "an", "one", "another") else _PLAIN_PERSONS
    for word in words:
        if word in nouns:
            return "f" if word in _FEMALE_NOUNS else "m"
    return None


_PLAIN_PERSONS = frozenset("woman man girl boy lady".split())
_GENDERED_NOUNS = _FEMALE_NOUNS | _MALE_NOUNS


_INDEFINITE_ONE = re.compile(r"\b(?:a|an)\s+((?:[\w’'-]+\s+){0,3})([a-z]+)\b(?!-)")


def _unnamed_one_of_gender(text: str, start: int, end: int, gender: str) -> bool:
    """Whether text[start:end] speaks of one person of ``gender`` it does not name: "the home of a
    26-year-old Berlin man" — not as an appositive, which describes someone named ("Cruz, a man who …")."""
    segment = text[start:end]
    if not any(noun in segment for noun in (_FEMALE_NOUNS if gender == "f" else _MALE_NOUNS)):
        return False  # (most paragraphs speak of no man or woman so: substring tests say so cheaply)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, start, end)]  # ("how about an honest woman?")
    for m in _INDEFINITE_ONE.finditer(text, start, end):
        words = m.group(1).split() + [m.group(2)]
        if any(_one_of_gender(w, gender) for w in words) and not any(s <= m.start() < e for s, e in quoted) \
                and not text[max(start, m.start() - 2):m.start()].rstrip().endswith(","):
            return True
    return False


def _one_of_gender(noun: str, gender: str) -> bool:
    """Whether ``noun`` names one person of ``gender``: "woman" for "she". Not "voter" or "reporter", whose
    "he" is as often someone the paragraph goes on to ask about ("A reporter asked: … the wall he wants")."""
    return noun in (_FEMALE_NOUNS if gender == "f" else _MALE_NOUNS)


def _recent_speaker(people: People, recent: list[tuple[int, Person]], pos: int, gender: str) -> Person | None:
    """The last quoted person of this gender, if quoted within the last few hundred characters."""
    for at, person in reversed(recent):
        if pos - at > 600:
            return None
        if people.gender_of(person) in (None, gender):
            return person
    return None


def _to_quote(text: str, f, mention: str | None, speaker: str | None, stype: str, role: str | None) -> Quote:
    spans = tuple(sorted(f.spans))
    content = " … ".join(text[s:e] for s, e in spans)
    if f.verbatim:
        kind = "direct"  # a transcript's turn: the label stands where quotation marks would
    elif not f.marks:
        kind = "indirect"
    else:  # mixed when any word of the content stands outside the quotation marks
        outside = "".join(text[s:e] for s, e in spans)
        for m in sorted(f.marks, key=lambda m: m.start, reverse=True):
            outside = outside.replace(text[m.start:m.end], " ")
        kind = "mixed" if _A_WORD_CHARACTER.search(outside) else "direct"
    cue = text[f.cue[0]:f.cue[1]] if f.cue else None
    return Quote(
        kind=kind, text=content, spans=spans, block=f.block,
        speaker_mention=mention, speaker_start=f.speaker[0] if f.speaker else None,
        speaker_end=f.speaker[1] if f.speaker else None, speaker=speaker, role=role, speaker_type=stype,
        cue=cue, cue_start=f.cue[0] if f.cue else None, cue_end=f.cue[1] if f.cue else None,
    )
