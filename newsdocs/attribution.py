"""Stage 4: who said what.

A rule cascade in the spirit of textacy's ``direct_quotations`` and of the
attribution patterns of Pareti (2015) / PolNeAR (Newell et al. 2018), with no
statistical model:

  1. pair the quotation marks of each paragraph and split it into sentences,
     each quotation kept whole;
  2. find reporting cues (data/cues.txt) outside quotations, and for each the
     speaker — before the cue ("Medinsky said"), after it ("said Medinsky"),
     or in "according to X" — and the content: the clause after the cue
     ("said (that) …"), else what stands before the speaker (“…,” he said);
  3. quotations left without a cue: a quoted paragraph continues the previous
     speaker's quotation (as another span of it when that was quoted directly,
     as a quotation of its own after reported speech); a second quotation in the same paragraph
     (“A,” she said. “B.”) joins the first as another span;
  4. a quoted phrase still left that stands in the predicate of a clause
     whose subject names someone is that someone's use of the words ("Trump
     would denounce “self-deportation,”"); any other short quoted phrase is
     a title or scare quote and is dropped;
  5. resolution.resolve_speakers ties each mention to the fullest name.

Before all that, a transcript's labelled turns ("TAPPER: …", "Q: …") are
quotations of their labels' speakers (transcripts.py); the rules above then
run on the words of each turn, for what its speaker reports others saying.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from .lexicon import (company_suffixes, cues, document_nouns, is_agent_plural, is_person_noun, is_speaker_noun,
                      organisation_words, plural_present_cues,
                      sections, speaker_nouns, titles, trie_pattern)
from .names import CONTRACTED_PRONOUN, QUOTED_NICKNAME, fold, is_given_name, split_role
from .model import Article, Quote
from .segments import (ABBREVIATIONS, PARTY_AND_STATE, STATE_ABBREVIATIONS, QuoteMarks, Token, find_quote_marks,
                       sentences, tokens)
from .structure import dateline_at
from .transcripts import transcript_turns

QUOTABLE_KINDS = ("paragraph", "subheading", "headline")

_GRAMMAR = sections("grammar.txt")  # the word lists, kept as data beside the code
PRONOUNS = _GRAMMAR["pronouns"]
RELATIVE = _GRAMMAR["relative"]
DETERMINERS = _GRAMMAR["determiners"]
STANCE_WITH_CLAUSE_ONLY = _GRAMMAR["stance_with_clause_only"]
NAMING_CUES = _GRAMMAR["naming_cues"]
EVIDENTIAL = _GRAMMAR["evidential"]
STUDY_NOUNS = _GRAMMAR["study_nouns"]
UNMISTAKABLE_SPEECH = _GRAMMAR["unmistakable_speech"]
CONDITIONALS = _GRAMMAR["conditionals"]
SUBORDINATORS = _GRAMMAR["subordinators"]
HEADLINE_KICKERS = _GRAMMAR["headline_kickers"]
AUXILIARIES = _GRAMMAR["auxiliaries"]
BETWEEN_SPEAKER_AND_CUE = _GRAMMAR["between_speaker_and_cue"]
TIME_WORDS = _GRAMMAR["time_words"]
TIME_LEADS = _GRAMMAR["time_leads"]
NAME_PARTICLES = _GRAMMAR["name_particles"]
SURNAME_PARTICLES = _GRAMMAR["surname_particles"]
SENTENCE_OPENERS = _GRAMMAR["sentence_openers"]
AMBIGUOUS_NOUNS = _GRAMMAR["ambiguous_nouns"]
PREPOSITIONS = _GRAMMAR["prepositions"]
NOT_IN_NOUN_PHRASE = _GRAMMAR["not_in_noun_phrase"]
NOT_NAMES = _GRAMMAR["not_names"]
OBJECT_CUES = _GRAMMAR["object_cues"]
OBJECT_PRONOUNS = _GRAMMAR["object_pronouns"]
NON_FINITE_LEADS = _GRAMMAR["non_finite_leads"]
ADJUNCT_LEADS = PREPOSITIONS - {"and", "but"}
# what opens an aside between a subject and its verb: "Clinton, during a town hall, said", "veterans …,
# including Mr. Jebens, said", "Democratic economists, like their Republican counterparts, say"
_INCLUDING = frozenset(("including", "especially", "notably", "particularly", "like", "such"))
_ASIDE_LEADS = ADJUNCT_LEADS | _INCLUDING
PASSIVE_AUXILIARIES = _GRAMMAR["passive_auxiliaries"]
QUOTE_ONLY_CUES = _GRAMMAR["quote_only_cues"]
NAMING_PARTICIPLES = _GRAMMAR["naming_participles"]
FINDING_CUES = _GRAMMAR["finding_cues"]
SHOWING_CUES = FINDING_CUES | {"show", "shows", "showed", "shown"}  # what a poll or study reports with
COUNTED_SUBJECTS = _GRAMMAR["counted_subjects"]
PROGRESSIVE_AUXILIARIES = _GRAMMAR["progressive_auxiliaries"]
PARENTHETICAL_ADVERBS = _GRAMMAR["parenthetical_adverbs"]
LY_NOUNS = _GRAMMAR["ly_nouns"]
NOUN_CUES = _GRAMMAR["noun_cues"]
AGO_LEADS = _GRAMMAR["ago_leads"]
GERUND_LEADS = _GRAMMAR["gerund_leads"]
QUESTION_LEADS = _GRAMMAR["question_leads"]
QUESTION_OPENERS = _GRAMMAR["question_openers"]
OBJECT_COMPLEMENT_LEADS = _GRAMMAR["object_complement_leads"]
NUMBER_WORDS = _GRAMMAR["number_words"]
COUNT_HEDGES = _GRAMMAR["count_hedges"]
PARTICLES = _GRAMMAR["particles"]
PAST_PARTICIPLE_CUES = _GRAMMAR["addressee_participles"]


def _topic_cues(*sections: str) -> dict[str, frozenset[str]]:
    """grammar.txt's "talked+about" pairs as {"talked": {"about"}}."""
    pairs = [pair.split("+") for section in sections for pair in _GRAMMAR[section]]
    return {verb: frozenset(p for v, p in pairs if v == verb) for verb, _ in pairs}


TOPIC_CUES = _topic_cues("topic_cues", "topic_prepositions")
TOPIC_ONLY = frozenset(_topic_cues("topic_cues"))  # no report without their preposition ("talked to reporters")
NOT_REPORTS_WITH = _topic_cues("phrasal_non_reports")  # "showed up", "called off": with that particle, no report
ONLY_WITH_PARTICLE = _topic_cues("particle_cues")  # "pointed out", "points to": without the particle, no cue


_NAMING_PASSIVES = frozenset("named identified quoted".split())


def _asks_anonymity(toks: list[Token], i: int) -> bool:
    """A cue that asks not to be named, and reports nothing: "who did not want to be named", "asked not to
    be identified", "wished to be quoted only …"."""
    k = i + 1
    if k < len(toks) and toks[k].lower == "not":
        k += 1
    if k + 1 < len(toks) and toks[k].lower == "to" and toks[k + 1].lower == "be":
        k += 2
        if k < len(toks) and toks[k].lower.endswith("ly"):
            k += 1  # "to be publicly identified"
        if k >= len(toks) or toks[k].lower not in _NAMING_PASSIVES:
            return False
        after = toks[k + 1] if k + 1 < len(toks) else None  # not "wanted to be named ambassador"
        return after is None or not after.is_word or after.lower in PREPOSITIONS or after.lower in SUBORDINATORS \
            or after.lower.endswith("ing") or after.lower in cues().every  # ("… to be named said he heard …")
    return False


def _lacks_its_particle(toks: list[Token], k: int) -> bool:
    """A cue that is one only before its particle, without it: "the same campaign points, calling …"."""
    needs = ONLY_WITH_PARTICLE.get(toks[k].lower)
    return needs is not None and (k + 1 >= len(toks) or toks[k + 1].lower not in needs)

# Adjuncts between a cue and its content: "said on X", "said in a statement on Tuesday,".
_DATE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?")
# participles of sending a document: "a statement emailed to NBC News", which is where it was said, and no cue
_SENT_OUT = frozenset("emailed e-mailed sent released posted issued provided".split())
_ADJUNCT = re.compile(
    r"\s*,?\s*(?:"
    r"(?:earlier|later)\s+that\s+(?:day|week|month|year|morning|afternoon|evening|night)"
    r"|(?:(?:earlier|later)\s+)?(?:(?:on|last|this|late|earlier|next)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|week|month|year)(?:\s+(?:night|morning|afternoon|evening))?"
    # a date: "announced on Sept. 30 that …", "said Nov. 5, 2019, that …" (before a name's "on Sept."); with no
    # "on", only before "that" or a stop ("said May 5 was the deadline": the date is the clause's subject)
    r"|(?:on\s+" + _DATE + r"|" + _DATE + r"(?=\s*(?:[,.:;]|that\b|$)))"
    r"|(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d(?!\s*(?:percent|%|dollars))"  # "said in 2015"
    r"|(?:on|in|at|during|to|via|over|through|with)\s+(?:(?:an?|the|his|her|their|its|a\s+\w+)\s+)?"
    r"(?:statement|interview|speech|e-?mail|letter|tweet|post|phone\s+call|call|conference|press\s+conference|"
    r"news\s+conference|rally|debate|briefing|address|radio|television|TV|reporters|journalists|camera|Twitter|"
    # (a name's words all or none: not "called in ESA's Concurrent Design" of "… Design Facility—a …")
    # (and not part of a longer one: "at the New York State Republican Party’s annual gala")
    r"Facebook|Instagram|X|[A-Z][\w.’'-]*+(?:\s+[A-Z][\w.’'-]*+){0,3}+(?![—–]|\s+[A-Z]))"
    # "in the debate spin room,": a compound's last nouns, up to a comma
    r"(?:(?:\s+(?!(?:in|on|at|to|with|for|from|of|by|and|that|which|who|afterwards?|later|earlier|again|too|also)\b)"
    r"(?![a-z]+ly\b)[a-z]+){1,2}(?=\s*,))?"
    # "… on Fox News", and after a participle: "in a statement emailed to NBC News"
    r"(?:\s+(?:(?:" + "|".join(sorted(_SENT_OUT)) + r")\s+)?(?:with|on|to|at|in|for|from)"
    r"\s+(?:(?:the|a|an)\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?"
    r"(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?=\s*,))?"  # "in Madison, Wisconsin,": the place's state
    # "says directly", "said flatly", "concluded so eloquently and timelessly"
    r"|(?:(?:so|very|quite|most|rather)\s+)?(?!only\b|early\b|family\b)[a-z]{3,}ly"
    r"(?:\s+and\s+(?!only\b|early\b|family\b)[a-z]{3,}ly)?"
    r"|(?:once\s+)?again"  # "said again that …", "hit back again, saying …": no content of its own
    r"|(?:later|earlier|afterwards?)(?=\s*(?:[,.:;]|that\b))"  # "said later that …" (not "said earlier reports …")
    r"|for\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:(?:several|many|two|three|four|five|six)\s+)?"  # "has said for weeks"
    r"(?:days|weeks|months|years|decades)"
    # "wrote just a few years earlier, “…”", "said two days later that …", "wrote years ago that …"
    r"|(?:(?:just|only|some|about|nearly|almost)\s+)?(?:a\s+(?:few\s+|couple\s+of\s+)?|\d+\s+|(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|many|some)\s+)?(?:moments?|minutes?|hours?|days?|weeks?|months?|"
    r"years?|decades?)\s+(?:later|earlier|ago|before|after)(?=\s*(?:[,.:;]|that\b))"
    r"|(?:" + "|".join(sorted(PARENTHETICAL_ADVERBS)) + r")(?=\s*,)"  # "says, however, that …"
    r")(?=[\s,.:;]|$)"
)
_THAT = re.compile(r"\s*,?\s*(?:that\b|:)?\s*")
_A_WORD = re.compile(r"\w+")


@dataclass
class Found:
    """An attribution while it is being built (turned into a Quote at the end)."""

    spans: list[tuple[int, int]]
    block: int
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    role: str | None = None
    marks: list[QuoteMarks] = field(default_factory=list)  # quotations inside the content
    open_ended: bool = False  # ends on a quotation left open (continues in the next paragraph)
    inherited: bool = False
    according_to: bool = False
    introduces: bool = False  # "In a 1963 speech, he declared:" — no content here; the next paragraph's quotation
    verbatim: bool = False  # a transcript's turn ("TAPPER: …"): the speaker's own words, with no quotation marks
    evidential: bool = False  # "Sanders seemed to be …": a claim nobody is named for, its subject and all
    where_found: bool = False  # "…, in a CBS poll": the poll or study set off after what it found


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """All attributions in ``article``, in text order, speakers resolved."""
    from .resolution import resolve_speakers

    text = article.text
    found: list[Found] = []
    introduction: Found | None = None  # a paragraph ending "X declared:" hands its speaker to the next
    turns = {turn.block: turn for turn in transcript_turns(text, article.blocks)}
    first_paragraph = next((i for i, b in enumerate(article.blocks) if b.kind == "paragraph"), None)
    for index, block in enumerate(article.blocks):
        if block.kind not in QUOTABLE_KINDS:
            continue
        start = block.start
        if index == first_paragraph and article.dateline and (dateline := dateline_at(text, block)) is not None:
            start = dateline.end()  # "VIENNA — The house … will be turned into …, the minister said": not Vienna
        if (turn := turns.get(index)) is not None:
            found.append(Found(list(turn.spans), index, cue=(turn.colon, turn.colon + 1),
                               speaker=(turn.label_start, turn.label_end), verbatim=True))
            start = turn.spans[0][0]  # the label is no part of what is said in the turn
        if block.end - block.start <= 80 and text[block.start] in _SIGNING_DASHES \
                and (signed := _signed_quotation(text, article.blocks, index)) is not None:
            # a quotation alone in its paragraph, signed in the next: "“…”" / "- Hillary Clinton."
            found = [f for f in found if not (f.block == signed.block and f.spans
                                              and signed.spans[0][0] <= f.spans[0][0] < signed.spans[-1][1])]
            found.append(signed)
            introduction = None
            continue
        here = _paragraph_quotes(text, index, start, block.end, found, headline=block.kind == "headline",
                                 introduction=introduction)
        introduction = next((f for f in here if f.introduces), None)
        found.extend(f for f in here if not f.introduces)
    return resolve_speakers(article, found)


# -- one paragraph ----------------------------------------------------------------------
def _paragraph_quotes(text: str, index: int, lo: int, hi: int, earlier: list[Found],
                      headline: bool = False, introduction: Found | None = None) -> list[Found]:
    marks = find_quote_marks(text, lo, hi)  # 1
    out: list[Found] = []
    if headline:
        out.extend(_headline_claim(text, index, lo, hi, marks))
    elif len(marks) == 1 and marks[0].start == lo \
            and (signed := _signed_in_place(text, index, lo, hi, marks)) is not None:
        return [signed]
    spans: list[tuple[int, int]] | None = None
    tokenised: dict[int, list[Token]] = {}
    if headline or _may_report(text, lo, hi):  # a paragraph with no cue needs no sentences
        spans = sentences(text, lo, hi, marks, _attribution_follows())
        for s, e in spans:
            if headline or _may_report(text, s, e):  # most sentences report nobody: skip tokenising them
                tokenised[s] = tokens(text, s, e, marks)
                if headline:
                    tokenised[s] = _small_words_lowered(tokenised[s])
                for window in _windows(tokenised[s]):
                    out.extend(_sentence_attributions(text, window, index, headline))  # 2
    intro = [f for f in out if f.introduces]
    out = _one_per_content(text, [f for f in out if not f.introduces])
    if headline and len(out) > 1:
        # a headline reports once: a cue inside what it reports is the claim's words, set in title case ("Obama:
        # I’m Optimistic Americans Will Say No to Trump", "Sanders Says He’s Already Started Writing His Address")
        out = [f for f in out if f.cue is None or not any(
            g is not f and g.cue is not None and g.cue[1] <= g.spans[0][0] <= f.cue[0] < g.spans[-1][1] for g in out)]
    _attach_uncued(text, index, lo, marks, out, earlier, introduction, intro)  # 3
    loose = _loose_quotations(marks, out)
    if loose and not headline:
        if spans is None:
            spans = sentences(text, lo, hi, marks, _attribution_follows())
        for s, e in spans:
            if any(s <= q.start < e for q in loose):
                toks = tokenised.get(s) or tokens(text, s, e, marks)
                for window in _windows(toks):
                    if not _asks(window):  # "Would Schiff have pleaded to keep the “whistleblower’s” name …?"
                        out.extend(_quoted_in_predicate(text, window, index, loose))  # 4
    out.sort(key=lambda f: f.spans[0][0])
    if intro and (text[lo:hi].rstrip().endswith(":")
                  or (cue := intro[-1].cue) is not None and _ONLY_A_STOP.fullmatch(text, cue[1], hi)):
        out.append(intro[-1])  # last: no spans, for extract_quotes to hand on ("… he declared:", "Bystrom agreed.")
    return out


_HEADLINE_CLAIM = re.compile(
    r"(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)(?:\s+(?:to|on)\s+[^:]{1,60})?:\s+(?P<what>\S.*?)[.\s]*$")


def _headline_claim(text: str, index: int, lo: int, hi: int, marks) -> list[Found]:
    """A headline "Graham: Trump’s rhetoric destroying GOP’s chance" reports what Graham said."""
    m = _HEADLINE_CLAIM.fullmatch(text, lo, hi)
    if not m or len(m.group("what").split()) < 3 or m.group("who").split()[0].lower() in SENTENCE_OPENERS:
        return []
    who = m.group("who")
    if who.split()[-1].lower() in HEADLINE_KICKERS or (who.isupper() and len(who) > 4):
        return []  # "BREAKING: …", "Delegate Update: …", "HUFFPOLLSTER: …": a kicker or a column
    colon = text.index(":", m.end("who"), m.start("what"))
    what = (m.start("what"), m.end("what"))
    return [Found([what], index, cue=(colon, colon + 1), speaker=(m.start("who"), m.end("who")),
                  marks=[q for q in marks if what[0] <= q.start and q.end <= what[1]])]


# a dash and a name signing a quotation, in its paragraph or alone in the next: "“…” — Franklin D. Roosevelt",
# "- Hillary Clinton.", "-Michelle Marks, Philadelphia."; the name up to five capitalised words
_SIGNATURE = re.compile(r"[ \t]*(?P<dash>--|[-—–])[ \t]*(?P<who>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,4})"
                        r"(?:,[^\n,]{1,60}){0,2}?\.?[ \t]*$")


_SIGNING_DASHES = frozenset("-—–")


def _signed_quotation(text: str, blocks: Sequence, index: int) -> Found | None:
    """The quotation that the paragraph at ``index`` signs ("- Hillary Clinton."), when the paragraph before is
    that quotation alone; else None."""
    block = blocks[index]
    if index == 0 or block.kind != "paragraph" or block.end - block.start > 80:
        return None
    sign = _SIGNATURE.match(text, block.start, block.end)
    before = blocks[index - 1]
    if sign is None or before.kind != "paragraph":
        return None
    quoted = _whole_quotation(text, before.start, before.end)
    if quoted is None:
        return None
    return Found([(quoted.start, quoted.end)], index - 1, cue=sign.span("dash"), speaker=_signer(text, sign),
                 marks=[quoted])


def _signer(text: str, sign: re.Match) -> tuple[int, int]:
    """The name that signs, without the stop that ends its line ("Hillary Clinton." but "Franklin D.")."""
    start, end = sign.span("who")
    last = text[start:end].split()[-1]
    if last.endswith(".") and len(last) > 2 and last[:-1] not in ("Jr", "Sr") and "." not in last[:-1]:
        end -= 1
    return start, end


def _whole_quotation(text: str, lo: int, hi: int) -> QuoteMarks | None:
    """The one closed quotation that is all of text[lo:hi] (but a closing stop), or None."""
    marks = find_quote_marks(text, lo, hi)
    if len(marks) != 1 or not marks[0].closed or marks[0].start != lo or text[marks[0].end:hi].strip(" .") != "":
        return None
    return marks[0]


def _signed_in_place(text: str, index: int, lo: int, hi: int, marks: list[QuoteMarks]) -> Found | None:
    """A paragraph that is a quotation and its signature: "“The only thing we have to fear …” — Franklin D.
    Roosevelt"."""
    if len(marks) != 1 or marks[0].start != lo or not marks[0].closed:
        return None
    sign = _SIGNATURE.match(text, marks[0].end, hi)
    if sign is None:
        return None
    return Found([(marks[0].start, marks[0].end)], index, cue=sign.span("dash"), speaker=_signer(text, sign),
                 marks=[marks[0]])


# words a headline set in title case capitalises though they are no names: "Donald Trump Is Now Calling …",
# "Democrats Call For Action While Republicans Tweet …", "17 Of The Most Powerful Things Latinos Said"
_SMALL_WORDS = (_GRAMMAR["prepositions"] | _GRAMMAR["determiners"] | _GRAMMAR["between_speaker_and_cue"]
                | _GRAMMAR["subordinators"] | _GRAMMAR["title_small_words"] | _GRAMMAR["possessive_pronouns"]
                | frozenset("is are was were be will and or nor but now not its".split()))


def _small_words_lowered(toks: list[Token]) -> list[Token]:
    """A title-case headline's tokens, its small words no longer capitalised: the name runs stop at them."""
    words = [t for t in toks if t.is_word]
    if len(words) < 4 or sum(t.is_capitalised for t in words) < 0.7 * len(words):
        return toks
    return [t._replace(is_capitalised=False) if t.is_capitalised and t.lower in _SMALL_WORDS else t for t in toks]


MAX_SENTENCE_TOKENS = 300  # longer "sentences" are lists or markup; cut them so work stays linear


def _windows(toks: list[Token]) -> list[list[Token]]:
    """A sentence's tokens, cut at punctuation into pieces of at most MAX_SENTENCE_TOKENS."""
    if len(toks) <= MAX_SENTENCE_TOKENS:
        return [toks]
    pieces, start = [], 0
    while start < len(toks):
        end = min(len(toks), start + MAX_SENTENCE_TOKENS)
        if end < len(toks):
            cut = next((k for k in range(end - 1, start + MAX_SENTENCE_TOKENS // 2, -1)
                        if toks[k].text in (",", ";", ":", "—") or toks[k].quote is not None), None)
            end = cut + 1 if cut is not None else end
        pieces.append(toks[start:end])
        start = end
    return pieces


def _one_per_content(text: str, found: list[Found]) -> list[Found]:
    """Two cues claiming the same content ("said X, adding, “…”") make one quotation: the first, unless
    its speaker is a relative pronoun ("Candidates who think “…,” she said": she said it) or its cue a
    bare colon.

    Nested attributions stay two: "“…,” Conason writes in his book,
    according to the Times" is Conason's quotation, and the Times' report of
    Conason writing it (as PolNeAR annotates it; keeping only the inner one
    scored lower).
    """
    def relative(f: Found) -> bool:
        return f.speaker is not None and text[f.speaker[0]:f.speaker[1]].lower() in RELATIVE

    def colon(f: Found) -> bool:  # "Cruz defends his record in an ad: “…,” the senator says" — says wins
        return f.cue is not None and text[f.cue[0]:f.cue[1]] == ":"

    if len(found) < 2:
        return found
    chosen: dict[tuple, Found] = {}
    for f in sorted(found, key=lambda f: (relative(f), colon(f), f.cue[0] if f.cue else 0)):
        key = tuple(f.spans)
        first = chosen.get(key)
        if first is None or _own_clause_between(text, first, f):
            chosen[key] = f
    kept = list(chosen.values())
    if len(kept) < 2 or len({f.cue for f in kept}) == len(kept):
        return kept
    # one cue and speaker, and one content inside the other ("Sanders: ‘It Is Not A Radical Idea’ To Ask For …"
    # read whole and as its quotation alone): the whole
    return [f for f in kept if not any(g is not f and g.cue == f.cue and g.speaker == f.speaker and f.cue is not None
                                       and g.spans[0][0] <= f.spans[0][0] and f.spans[-1][1] <= g.spans[-1][1]
                                       and (g.spans[0][0], g.spans[-1][1]) != (f.spans[0][0], f.spans[-1][1])
                                       for g in kept)]


def _own_clause_between(text: str, first: Found, later: Found) -> bool:
    """Whether ``later`` is a subordinate clause of its own between ``first``'s cue and the content both
    claim: "Audience members laughed when he urged voters, “…”" is his (not "said X, adding, “…”": one
    speaker, named before; nor "said in her opening remarks that …", "said, and I quote, “…”")."""
    if first.cue is None or later.cue is None or later.speaker is None \
            or not first.cue[1] <= later.speaker[0] or later.cue[1] > later.spans[0][0]:
        return False
    opening = _WORD_AND_SPACE_BEFORE.search(text, max(0, later.speaker[0] - 20), later.speaker[0])
    return opening is not None and opening.group(1).lower() in SUBORDINATORS


# (a name of its own: a second _WORD_BEFORE further down, without the space, had silently replaced this one)
_WORD_AND_SPACE_BEFORE = re.compile(r"(\w+)\s+$")


@lru_cache(maxsize=1)
def _cue_word() -> re.Pattern:
    words = trie_pattern(cues().speech | cues().belief | cues().stance | EVIDENTIAL | NOUN_CUES | frozenset(TOPIC_CUES)
                         | {'according to', 'According to', 'Asked', 'poll', 'survey', 'puts it', 'put it'}
                         | {f"{make} {it}clear" for make in _MAKING for it in ("", "it ")}  # "made it clear that …"
                         | {w.capitalize() for w in UNMISTAKABLE_SPEECH})  # "Said Dorothy Poynter, …, “…”"
    # a cue, a colon opening a quotation, or a quotation closing on , ? ! before a name and a verb (or a
    # verb in -ed and a name: “…,” beamed Ann Smith; or a description and a verb in -ed: “…,” the nominee riffed)
    return re.compile(rf"\b(?:{words})\b|:\s*[“\"‘']"
                      rf"|[,?!][”\"]\s+(?:[A-Z]|he\b|she\b|they\b|[a-z]+ed\s+[A-Z]|the(?:\s+[\w’'-]+){{1,4}}ed\b)")


@lru_cache(maxsize=1)
def _phrase_cue() -> re.Pattern:
    """Common verbs that report only in a phrase, matched as the phrase: "expressed (cautious) concern that",
    "raised questions about",
    "see Clinton as …". As bare words in _cue_word they would send most sentences to the tokenizer, and as
    alternatives there they would slow every search; they are searched for only where _cue_word finds none."""
    feeling = rf"(?:{trie_pattern(_FEELING_VERBS)})\s+(?:\w+\s+)?(?:(?:{trie_pattern(_FEELING_NOUNS)})" \
        r"\s+(?:that|about|over)|(?:support|opposition)\s+(?:for|of|behind|to)|support)\b"
    seeing = rf"(?:{trie_pattern(_SEEING)})\s[^,;:“”\"]{{1,60}}?\bas\b"
    making = rf"(?:make|makes|made|making)\s+(?:no\s+secret\s+of|(?:\w+\s+){{0,2}}(?:{trie_pattern(_MADE_NOUNS)})" \
        r"\s+(?:that|for|to|against|about))\b"
    return re.compile(rf"(?=[esvrEVSRmM])\b(?:{feeling}|{seeing}|{making})")


def _may_report(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a cue of some attribution: what is worth splitting and tokenising."""
    return _cue_word().search(text, lo, hi) is not None or _phrase_cue().search(text, lo, hi) is not None


@lru_cache(maxsize=1)
def _attribution_follows() -> re.Pattern:
    """Right after a quotation: a speaker (up to four words, capitalised or a pronoun) and a speech verb."""
    forms = trie_pattern(cues().speech)
    # "went on", "shot back": a verb and its particle, as _quotation_then_speaker reads them
    forms += "|went on|goes on|shot back|fired back"
    # (a name may carry its party and state: “…!” Rep. Glenn Thompson, R-Pa., said)
    word = rf"(?:[A-Z][\w.’'-]*|he|she|they|I|we|the|a|an)(?:,\s+{PARTY_AND_STATE.pattern},)?"
    # (a name may have an appositive set off by commas: "Smith, a senator from Ohio, asked", "Jane Smith, 44,
    # asked"; a description, the place or body it is of: "the senator from Ohio asked")
    named = rf"(?:{word}\s+){{0,3}}{word}(?:,\s+[^,.!?;:“”\"]{{1,60}},)?"
    described = r"(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*\s+(?:of|from|for)\s+(?:the\s+)?" \
                r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
    # or a name or description and any verb in -ed that ends the clause, as _quotation_then_speaker reads them
    # ("Hannity pressed.", "the nominee riffed.")
    any_verb = r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|the(?:\s+[\w’'-]+){1,4})\s+[a-z]+ed(?=[.,])"
    return re.compile(rf"\s+(?:(?:{named}|{described})\s+(?:\w+\s+)?(?:{forms})\b|{any_verb})")


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Lower-case words that may start an attribution: the only tokens the loop below looks at."""
    return cues().every | EVIDENTIAL | NOUN_CUES | frozenset(TOPIC_CUES) | _MAKING | _FEELING_VERBS | _SEEING \
        | {"according", "in", "asked", "put", "puts"}


_MAKING = frozenset("make makes made making".split())
_FEELING_VERBS = _GRAMMAR["feeling_verbs"]
_FEELING_NOUNS = _GRAMMAR["feeling_nouns"]
_SEEING = _GRAMMAR["seeing_verbs"]


def _seen_as(toks: list[Token], i: int) -> int | None:
    """The index of "as" in "see Clinton as the stronger candidate" at ``i`` (an object of a few words
    between), else None: "saw the incident" reports no view."""
    if i + 1 < len(toks) and toks[i + 1].lower == "by":
        return None  # "viewed by many as …": a passive, its agent after it
    for k in range(i + 2, min(len(toks), i + 9)):
        if toks[k].lower == "as":
            # (not "as well", "as soon", "as to": "the doctors he first saw had no clue as to the cause")
            return k if k + 1 < len(toks) and toks[k + 1].is_word \
                and toks[k + 1].lower not in ("well", "soon", "much", "if", "to") else None
        if not toks[k].is_word or toks[k].lower in cues().every or toks[k].lower in ("that", "but", "who") \
                or toks[k].lower == "and" and (k + 1 == len(toks) or _verb_form(toks[k + 1]) is not None):
            return None  # (two objects may share the view: "see national security and terrorism as …")
    return None


def _feeling_voiced(toks: list[Token], i: int) -> int | None:
    """The index of the feeling in "expressed (cautious) concern that …" at ``i``, or of the preposition after it
    in "raised (new) questions about …", "voiced concerns over …"; else None."""
    k = i + 2 if i + 2 < len(toks) and toks[i + 1].is_word and toks[i + 1].lower not in _FEELING_NOUNS \
        and toks[i + 1].lower not in _BACKING_NOUNS else i + 1
    if k + 1 < len(toks) and toks[k].lower in _FEELING_NOUNS:
        if toks[k + 1].lower == "that":
            return k
        if toks[k + 1].lower in ("about", "over") and k + 2 < len(toks) and toks[k + 2].is_word:
            return k + 1
    if k + 2 < len(toks) and toks[k].lower in _BACKING_NOUNS and toks[k + 1].lower in ("for", "of", "behind", "to") \
            and toks[k + 2].is_word and toks[i].lower not in ("raise", "raises", "raised", "raising"):
        return k  # "voiced support for Trump", "signaled their support for the delay", "threw her support behind Cruz"
    return None


_BACKING_NOUNS = frozenset(("support", "opposition"))


def _cue_phrase_end(toks: list[Token], i: int) -> int | None:
    """Where the cue phrase a making or feeling verb at ``i`` opens ends: "made (it) clear", "made the case",
    "expressed (cautious) concern", "voiced support" — None when the verb opens none, and reports nothing."""
    return _made_in_words(toks, i) if toks[i].lower in _MAKING else _feeling_voiced(toks, i)


def _made_in_words(toks: list[Token], i: int) -> int | None:
    """The index of "clear" in "made clear" or "made it clear" at ``i``; of the noun in "made the case that …",
    "made a plea for …" (an article or possessive and one word may come before it), or of "of" in "made no
    secret of …"; else None."""
    k = i + 2 if i + 2 < len(toks) and toks[i + 1].lower == "it" else i + 1
    if k < len(toks) and toks[k].lower == "clear":
        return k
    if i + 3 < len(toks) and toks[i + 1].lower == "no" and toks[i + 2].lower == "secret" and toks[i + 3].lower == "of":
        return i + 3
    k = i + 1
    if k < len(toks) and (toks[k].lower in DETERMINERS or toks[k].lower in POSSESSIVE_PRONOUNS):
        k += 1
    if k + 1 < len(toks) and toks[k].lower not in _MADE_NOUNS and toks[k].is_word and not toks[k].is_capitalised:
        k += 1  # "made a direct appeal to …", "made similar comments about …"
    if k + 1 < len(toks) and toks[k].lower in _MADE_NOUNS and toks[k + 1].lower in _AFTER_A_MADE_NOUN \
            and not (toks[k].lower in _WORDS_TO_SOMEONE and toks[k + 1].lower in ("to", "for")):
        return k
    return None


def _a_position_phrase(toks: list[Token], end: int) -> bool:
    """Whether the cue phrase ending at ``end`` takes an object, as a position does ("voiced support for Trump",
    "made a plea for …", "made no secret of …"), rather than a clause ("made clear that …", "made the case that …")."""
    word = toks[end].lower
    return word in _BACKING_NOUNS or word == "of" or word in _MADE_NOUNS and toks[end + 1].lower != "that"


# words said to someone: "made comments to co-workers" names who heard them, not what was said
_WORDS_TO_SOMEONE = frozenset("comment comments remarks announcement".split())


# what one makes in words, then what it is of: "made the case that …", "made a plea for …"
_MADE_NOUNS = frozenset("case argument observation plea pitch promise prediction reference references comment "
                        "comments remarks claim claims accusation accusations allegation allegations appeal "
                        "announcement point".split())
_AFTER_A_MADE_NOUN = frozenset("that for to against about".split())


def _attacked_in_words(toks: list[Token], i: int) -> bool:
    """Whether "attacked" at ``i`` is a blow struck in words: its object a name, or someone or something of
    someone's ("attacked Rubio for …", "attacked billionaire Donald Trump", "attacked her Spanish-language
    skills") — not a place or people in a place ("attacked the consulate in Benghazi", "attacked two officers")."""
    for k in range(i + 1, min(len(toks), i + 6)):
        tok = toks[k]
        if not tok.is_word or tok.lower in PREPOSITIONS:
            return False
        if tok.is_capitalised or tok.lower in OBJECT_PRONOUNS or tok.lower in POSSESSIVE_PRONOUNS:
            return True
    return False


def _sentence_attributions(text: str, toks: list[Token], block: int, headline: bool = False) -> list[Found]:
    out, intros = [], []
    lexicon = cues()
    triggers = _trigger_words()
    asked = _asks(toks)
    for i in [i for i, tok in enumerate(toks) if tok.lower in triggers]:
        tok = toks[i]
        if not tok.is_word or _filler(toks, i) or asked and tok.quote is None:
            continue  # ("Would Adam Schiff have pleaded to keep … secret?" asks; it reports nothing)
        low = tok.lower
        f = _noun_cue(text, toks, i, block) if low in NOUN_CUES else None
        if f is not None:
            pass  # "his call for “a total and complete ban”": the owner of the words
        elif low in NOUN_CUES and (owner := _owner_before(toks, i)) is not None \
                and not any(is_speaker_noun(t.lower) for t in toks[owner + 1:i]):
            # "his Islamophobic remarks loomed large": owned, a noun, quoting nothing (but in "Sanders's most
            # passionate supporters claim that …" the supporters are the owned noun, and claim)
            continue
        elif low in NOUN_CUES and i + 2 < len(toks) and toks[i + 1].lower == "that" \
                and (toks[i + 2].lower in _FINITE_BE_HAVE or toks[i + 2].lower in _MODALS):
            continue  # "…, remarks that were featured on state news": a noun its relative clause describes
        elif low == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            f = _according_to(text, toks, i, block)
        elif low == "reported" and 0 < i and i + 2 < len(toks) and toks[i + 1].lower == "by" \
                and (as_at := _as_before(toks, i)) is not None:
            # "As reported by Western Journalism, …", "…, as first reported by the New York Times"
            f = _according_to(text, toks, i, block, first=as_at)
        elif low == "asked" and (i == 0 or toks[i - 1].lower in ("when", "whenever", "after", "if", "once", "being")):
            f = _asked_question(toks, i, block)
        elif low in ("put", "puts") and i + 1 < len(toks) and toks[i + 1].lower == "it":
            f = _as_x_puts_it(toks, i, block)
        elif low in _SEEING:
            if _seen_as(toks, i) is None:
                continue  # "saw the incident": no view reported
            f = _verb_cue(text, toks, i, block, belief=False, stance=True)  # "voters see Clinton as …"
        elif low in _MAKING or low in _FEELING_VERBS:
            if (phrase_end := _cue_phrase_end(toks, i)) is None:
                continue  # "made a decision", "raised money": no report
            # "made (it) clear that …", "expressed hope that …"; a position: "voiced support for Trump"
            f = _verb_cue(text, toks, i, block, belief=False, stance=_a_position_phrase(toks, phrase_end))
        elif low == "attacked" and not _attacked_in_words(toks, i):
            continue  # "Militants attacked the consulate", "A man attacked two police officers with a knife"
        elif low in EVIDENTIAL and i + 1 < len(toks) \
                and (toks[i + 1].lower == "to" or low in _HEARSAY_ADVERBS or _seems_so(toks, i)):
            f = _evidential(toks, i, block)
        elif low == "in" and i + 1 < len(toks):
            f = _in_a_poll(toks, i, block)
        elif (i == 0 or i == 1 and toks[0].lower in GERUND_LEADS) and low.endswith("ing") \
                and low in lexicon.every and not headline:
            # (not a cue without its particle: "Cutting edge, I know.", "Cutting your expenses …")
            f = None if _lacks_its_particle(toks, i) else _fronted_participle(toks, i, block)
        elif low in TOPIC_CUES and low not in lexicon.every:
            # "talked about the economy": a report only before its preposition (_verb_cue checks it)
            if tok.text[0].islower() or headline:
                f = _verb_cue(text, toks, i, block, belief=False, stance=True)
            else:
                continue
        elif low in lexicon.every and (tok.text[0].islower() or headline or (i > 0 and toks[i - 1].text in (",", "—", "--"))
                                       or (low in UNMISTAKABLE_SPEECH and i + 1 < len(toks) and toks[i + 1].is_capitalised
                                           and _opens_sentence(toks, i))):
            if _parenthetical_speaker_after(toks, i, lexicon.every):
                continue  # "Cost estimates, he added, were …": a noun, which the speaker set off after it follows
            if _lacks_its_particle(toks, i) or _asks_anonymity(toks, i) or _a_bare_participle(toks, i) \
                    or _object_of_an_infinitive(toks, i) or _a_stance_noun(toks, i):
                continue
            f = _verb_cue(text, toks, i, block, belief=low in lexicon.belief or low in lexicon.stance,
                          stance=low in lexicon.stance)
        else:
            continue
        if f is not None and f.spans:
            out.append(f)
        elif f is not None and f.introduces:
            intros.append(f)
    out.extend(_colon_quotations(toks, block, out))
    out.extend(_quotation_then_speaker(toks, block, out))
    _cut_at_coordinated_cues(text, out)
    if len(out) > 1:
        out = _without_claims_inside_reports(out)
        # "He said, she said": each takes the other's speaker and cue, and nothing is said
        heads = {(f.speaker[0], f.cue[1]) for f in out if f.speaker is not None and f.cue is not None}
        out = [f for f in out if not (len(f.spans) == 1 and f.spans[0] in heads)]
    return out + intros


_REPORTING_ORDER = frozenset("first originally previously earlier initially widely also".split())


def _as_before(toks: list[Token], i: int) -> int | None:
    """Where "as" stands before the cue at i, right before it or before one adverb ("as first reported by"),
    else None."""
    k = i - 1
    if k > 0 and (toks[k].lower in _REPORTING_ORDER or _is_ly_adverb(toks[k])):
        k -= 1
    return k if toks[k].lower == "as" else None


def _without_claims_inside_reports(found: list[Found]) -> list[Found]:
    """Drop a claim nobody is named for ("there appeared to be blood") whose cue a report's content takes in:
    "Police said (that) there appeared to be blood" is what the police said, as "Kasich appears to have the
    best odds, according to three polls" is what the polls say (the claim's clause had reached back over
    the police's cue, taking "Police said" in as part of what nobody said).

    Drop too a study set off after a report whose cue and speaker it would take in: "“…,” wrote Martin Taylor,
    in a case study published Monday" says where Taylor wrote it, not that the study wrote Taylor's words."""
    reports = [(f.spans[0][0], f.spans[-1][1]) for f in found if f.speaker is not None]
    if not reports:
        return found
    # (nor is "She appeared to imply that …" a claim of the writer's: its subject implies, and reports it)
    handed_on = [(f.speaker[0], f.cue[0]) for f in found if f.speaker is not None and f.cue is not None]
    return [f for f in found if not (f.evidential and f.cue is not None
                                     and (any(start <= f.cue[0] < end for start, end in reports)
                                          or any(at == f.spans[0][0] and 0 < cue - f.cue[1] <= 4
                                                 for at, cue in handed_on)))
            and not (f.where_found and any(g.cue is not None and g.speaker is not None and g is not f
                                           and f.spans[0][0] <= g.cue[0] and g.speaker[1] <= f.spans[-1][1]
                                           for g in found))]


def _parenthetical_speaker_after(toks: list[Token], i: int, every: frozenset[str]) -> bool:
    """A speaker and cue set off by commas right after token ``i``: ", he added," — the words before it
    are what was said, so a cue word there ends a noun ("Cost estimates, he added, were …")."""
    if i + 3 >= len(toks) or toks[i + 1].text != ",":
        return False
    opener = toks[i + 2]
    if not (opener.is_capitalised or opener.lower in PERSON_PRONOUNS or opener.lower in DETERMINERS):
        return False  # not "said, and I quote, “…”", "the AP report, which notes, “…”"
    for k in range(i + 3, min(i + 8, len(toks) - 1)):
        if not toks[k - 1].is_word:
            return False
        if toks[k].lower in every and toks[k + 1].text == ",":
            return True
    return False


def _asks(toks: list[Token]) -> bool:
    """A question in the writer's own words: an auxiliary opens it, a question mark ends it ("Did Trump
    say that …?", "Would Adam Schiff have pleaded …?") — not a quotation that asks ("“Is it over?” she asked")."""
    return len(toks) > 2 and toks[0].is_capitalised and toks[0].lower in QUESTION_OPENERS and toks[-1].text == "?"


def _filler(toks: list[Token], i: int) -> bool:
    """"you know," "you see," set off by commas: a speaker's filler, nobody's report ("“…,” you know, well, …");
    "as we know it", which says "as it is now" ("news as we know it is safe": nobody knows "it is safe"); and
    a noun of a pair ("supply and demand")."""
    if toks[i].lower in ("know", "knew") and i + 1 < len(toks) and toks[i + 1].lower == "it" \
            and any(toks[k].lower == "as" for k in range(max(0, i - 3), i - 1)):
        return True
    if i >= 2 and toks[i - 1].lower == "and" and (toks[i - 2].lower, toks[i].lower) in _NOUN_PAIRS:
        return True
    return toks[i].lower in ("know", "see") and i > 0 and toks[i - 1].lower == "you" \
        and (i + 1 == len(toks) or toks[i + 1].text in (",", "—", "--", ".", "?", "!", ";", ")", "]"))


# nouns a cue's form makes a pair with: "let supply and demand dictate deals" (nobody demands)
_NOUN_PAIRS = frozenset({("supply", "demand"), ("supplies", "demands")})


POSSESSIVE_PRONOUNS = _GRAMMAR["possessive_pronouns"]


def _noun_cue(text: str, toks: list[Token], i: int, block: int) -> Found | None:
    """"his call for “a total and complete ban”", "her March comment that “…”", "Trump's controversial
    pledge to be “neutral”", "Mitt Romney’s “47 percent” comment": a possessive owns words it quotes.

    Only with a quotation in the content: "Trump’s tweet came as …" reports nothing.
    """
    k = _owner_before(toks, i)
    if k is None:
        return None
    quoted_before = toks[i - 1] if toks[i - 1].quote is not None else None
    if _possessive(toks[k]):
        start = _name_run(toks, k)
        speaker = (toks[start].start, toks[k].end - 2)  # "Mitt Romney’s" names Mitt Romney
    else:
        speaker = (toks[k].start, toks[k].end)
    content: tuple[int, int] | None
    if quoted_before is not None:
        content = (quoted_before.start, quoted_before.end)
    else:
        j = i + 1
        if j < len(toks) and toks[j].lower in ("that", "for"):
            j += 1
        elif not (j < len(toks) and toks[j].lower == "to"):
            return None
        while j < len(toks) and toks[j].text in (",", ":"):
            j += 1
        # (a noun's words end before a comma and the sentence's own verb: "Trump's past statements, including
        # his promise to be "neutral" in negotiations …, have caused concern …")
        stop = next((m for m in range(j, len(toks)) if toks[m].text in (";", "—", "--")
                     or toks[m].text == "," and m + 1 < len(toks) and toks[m + 1].lower in _FINITE_AUXILIARIES),
                    len(toks))
        content = _span_of(toks, j, stop)
        if content is None:
            return None
        content = _cut_trailing_clause(text, content, toks)
    marks = _marks_within(toks, content)
    if not marks:
        return None
    return Found([content], block, cue=(toks[i].start, toks[i].end), speaker=speaker, marks=marks)


def _owner_before(toks: list[Token], i: int) -> int | None:
    """The possessive owning the noun at i, past a quotation or a few words that qualify it: "his call",
    "Romney’s “47 percent” comment", "his Islamophobic remarks"; None when no one owns it."""
    k = i - 1
    if k >= 0 and toks[k].quote is not None:  # Romney’s “47 percent” comment
        k -= 1
    while k >= 0 and i - k <= 3 and toks[k].is_word and not _possessive(toks[k]) \
            and toks[k].lower not in POSSESSIVE_PRONOUNS and toks[k].lower not in NOT_IN_NOUN_PHRASE:
        k -= 1  # "controversial", "March", "recent"
    if k < 0 or not (_possessive(toks[k]) or toks[k].lower in POSSESSIVE_PRONOUNS):
        return None
    return k


def _opens_sentence(toks: list[Token], i: int) -> bool:
    """Whether only sentence openers and commas stand before token i: "Said X, …", "But, said Solovey, …"."""
    return all(t.lower in SENTENCE_OPENERS or t.text == "," for t in toks[:i])


def _fronted_participle(toks: list[Token], i: int, block: int) -> Found | None:
    """"Citing last week’s attack as “…,” Will urged …", "After saying he was nervous, the man …": the
    participle at i opening the sentence is said by the subject of the clause after its comma; its content
    runs up to that comma."""
    for m in range(i + 2, min(len(toks) - 2, 60)):
        quote_ends = _ends_clause_quote(toks[m])
        if toks[m].text != "," and not quote_ends:
            continue
        rest = toks[m + 1:]
        subject = _clause_subject(rest, len(rest))
        if subject is None or subject[0] != 0 and not (subject[0] == 1 and rest[0].lower in SENTENCE_OPENERS):
            continue
        end = m + 1 if quote_ends else m
        if toks[end - 1].lower in PARENTHETICAL_ADVERBS and toks[end - 2].text == ",":
            end -= 2  # "Acknowledging that …, though, Allen did suggest"
        elif toks[end - 1].lower in PARENTHETICAL_ADVERBS and _ends_clause_quote(toks[end - 2]):
            end -= 1
        content = _span_of(toks, i + 1, end)
        if content is None:
            return None
        s0, s1 = subject[0] + m + 1, subject[1] + m + 1
        return Found([content], block, cue=(toks[i].start, toks[i].end), speaker=(toks[s0].start, toks[s1].end),
                     role=subject[2], marks=_marks_within(toks, content))
    return None


def _colon_quotations(toks: list[Token], block: int, found: list[Found]) -> list[Found]:
    """"Cecile Richards: ‘I’m sick of …’", "From the report: “…”": a name and a colon introduce a quotation."""
    out = []
    for i, tok in enumerate(toks):
        if tok.quote is None or i < 2 or toks[i - 1].text != ":":
            continue
        if any(f.spans[0][0] <= tok.start < f.spans[-1][1] for f in found):
            continue
        subject = find_subject(toks, i - 2)
        cue = (toks[i - 1].start, toks[i - 1].end)
        if subject is None and toks[i - 2].is_word and not toks[i - 2].is_capitalised:
            # "Trump … leaned in and boomed: “…”": a verb no lexicon lists, and its clause's subject — but
            # "…, with Trump reportedly yelling: “…”": the participle's own, after "with"
            subject = _with_subject(toks, i - 2) or _clause_subject(toks, i - 1)
            cue = (toks[i - 2].start, toks[i - 1].end)
        elif subject is None or toks[subject[1]].lower in PRONOUNS:
            continue
        elif subject[0] > 0 and toks[subject[0] - 1].lower in _OBJECT_PREPOSITIONS:
            # "He contrasted the Republican candidate … with Clinton: “…”": the name is an object; the clause's
            # subject speaks
            subject = _clause_subject(toks, subject[0] - 1)
        elif subject[0] > 0 and toks[subject[0] - 1].is_word and not toks[subject[0] - 1].is_capitalised \
                and toks[subject[0] - 1].lower not in PREPOSITIONS and toks[subject[0] - 1].lower not in SENTENCE_OPENERS:
            # "McConnell had a blunt message to Trump: “…”": the noun phrase is the verb's object; the clause's
            # subject speaks
            verb = subject[0] - 1
            subject = _clause_subject(toks, verb + 1)
            cue = (toks[verb].start, toks[i - 1].end)
        if subject is None:
            continue
        k = subject[0] - 1
        while k >= 0 and subject[0] - k <= 5 and (toks[k].is_capitalised or toks[k].text in ("’", "'")):
            k -= 1  # the outlet owning the byline: "by The Wall Street Journal's Jennifer Smith"
        if k >= 0 and toks[k].lower == "by":
            continue  # “Headline,” by Times' Ben Sisario: “…” — a digest's excerpt of an article, not speech
        out.append(Found([(tok.start, tok.end)], block, cue=cue,
                         speaker=(toks[subject[0]].start, toks[subject[1]].end), role=subject[2], marks=[tok.quote]))
    return out


_OBJECT_PREPOSITIONS = frozenset("with to against about for toward towards".split())


def _with_subject(toks: list[Token], verb: int) -> tuple[int, int, str | None] | None:
    """The subject a participle has after "with" ("with Trump reportedly yelling"), or None."""
    if not toks[verb].lower.endswith("ing"):
        return None
    k = verb - 1
    while k > 0 and _is_ly_adverb(toks[k]):
        k -= 1
    subject = find_subject(toks, k)
    return subject if subject is not None and subject[0] > 0 and toks[subject[0] - 1].lower == "with" else None


def _quotation_then_speaker(toks: list[Token], block: int, found: list[Found]) -> list[Found]:
    """“…,” Oliver barked. / “Is it negotiable?” Hannity pressed. / “…,” Trump shot back.

    A quotation closing on a comma, ? or ! and followed straight away by a
    name or he/she and a verb that ends the clause is that speaker's, whatever
    the verb: the lexicon cannot list every way of saying "said".
    """
    out = []
    for k, tok in enumerate(toks):
        if tok.quote is None or not tok.quote.closed or k + 2 >= len(toks):
            continue
        if not tok.text.rstrip("”\"’'").endswith((",", "?", "!")):
            continue
        if any(f.spans[0][0] <= tok.start < f.spans[-1][1] for f in found):
            continue
        if k and toks[k - 1].lower in _TITLE_PREPOSITIONS:
            continue  # a title: "In an interview with “Fox and Friends,” Donald Trump pointed to China"
        first = toks[k + 1]
        if first.is_word and not first.is_capitalised and first.lower.endswith("ed") and toks[k + 2].is_capitalised:
            # the verb first: "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who …"
            subject = _subject_after(toks, k + 2)
            if subject is not None and all(t.is_capitalised for t in toks[subject[0]:subject[1] + 1]) \
                    and _ends_clause(toks, subject[1] + 1):
                out.append(Found([(tok.start, tok.end)], block, cue=(first.start, first.end),
                                 speaker=(toks[subject[0]].start, toks[subject[1]].end), role=subject[2],
                                 marks=[tok.quote]))
            continue
        if first.lower in ("he", "she", "they"):
            subject = (k + 1, k + 1, None)
        elif first.lower == "the":
            # "“…,” the Republican vice-presidential nominee riffed on …": a description ending in a speaker's noun
            subject = _subject_after(toks, k + 1, appositive=False)
            if subject is None or not is_speaker_noun(toks[subject[1]].lower):
                continue
        elif first.is_capitalised and first.lower not in SENTENCE_OPENERS:
            subject = _subject_after(toks, k + 1)
            if subject is None or not all(t.is_capitalised for t in toks[subject[0]:subject[1] + 1]):
                continue
        else:
            continue
        v = subject[1] + 1
        if v >= len(toks) or not toks[v].is_word or toks[v].is_capitalised:
            continue
        cue_end = v + 1 if v + 1 < len(toks) and toks[v + 1].lower in PARTICLES else v
        if cue_end > v and toks[v].lower.endswith("ed") and not _ends_clause(toks, cue_end + 1):
            cue_end = v  # "riffed on Hassan's non-answer": a preposition and its object, no particle
        if not (toks[v].lower.endswith("ed") or cue_end > v) or not _ends_clause(toks, cue_end + 1):
            continue
        out.append(Found([(tok.start, tok.end)], block, cue=(toks[v].start, toks[cue_end].end),
                         speaker=(toks[subject[0]].start, toks[subject[1]].end), role=subject[2], marks=[tok.quote]))
    return out


# what opens a phrase of where or when between "and"/"but" and a second cue: "but in a later interview said"
_ADJUNCT_PREPOSITIONS = frozenset("in at on during after before through".split())
# (a short tail: "and then", "but later"; or where: "but in a later interview")
_COORDINATION = re.compile(r"(?:\s*,(?!\d)(?:''|[”\"’])?\s*(?:and\s+|but\s+)?|[”\"’]?\s+(?:and|but)\s+)(?:\w+\s+){0,2}$"
                           rf"|,?[”\"’]?\s+(?:and|but)\s+(?:{'|'.join(sorted(_ADJUNCT_PREPOSITIONS))})\s+"
                           r"(?:[\w’'-]+\s+){1,4}$")


_NEW_CLAUSE = re.compile(r"(?:,(?P<mark>[”\"’']?)\s*(?:but|and|while|whereas|though|although|compared\s+(?:with|to))|;)"
                         r"\s+(?:\w+\s+){0,5}$"
                         r"|\s(?P<bare>and|but)\s+$"  # "… and Donald Trump says": only before a name
                         r"|,?(?<!such)\s(?:even\s+)?(?P<as>as|while|whereas|though|although)\s+$"
                         r"|,\s+(?:just\s+|shortly\s+|long\s+|soon\s+)?(?P<time>after|before|when|since)\s+$"
                         r"|,\s+because\s+$")
# (the "as" one: "… even as he defended" — not "people such as the Kochs wanted"; then a time clause with a
# report of its own: "… call him competent, after 55 percent said so in December"; last a reason set off by its
# comma, the writer's — with no comma it is the speaker's: "Kelly said she asked for it because she wanted …")


_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:what|which|whom|that)\s+$")
_TRAILING_JOIN = re.compile(r"(?:[\s,;:—–-]+(?:and|but))?[\s,;:—–-]*$")  # "who answered her door and| said"
_OPENING_MARKS = frozenset("“\"‘'")
_COMMA_BEFORE = re.compile(r",(?P<mark>[”\"’]?)\s*$")  # a comma, and the mark closing a quotation after it


def _cut_at_coordinated_cues(text: str, found: list[Found]) -> None:
    """"X called it “A” and said B" / "X said A, adding B": A ends where the second cue's clause starts.

    Only when the second cue's speaker stands outside the first content (a
    shared subject); "X said he believed B" is nesting, and stays whole.
    """
    for a in found:
        s, e = a.spans[0]
        for b in found:
            if b is a or not b.cue or not (s < b.cue[0] < e) or b.evidential:
                continue  # (a claim nobody is named for cuts nothing: "…, John Kasich appears to …, according to")
            if b.speaker and s < b.speaker[0] < e and b.spans and b.spans[0][0] < s < b.spans[-1][1] <= b.speaker[0]:
                # "…, suggesting he might consider Kasich, CNN reported": the report of it all ends it
                e = min(e, b.spans[-1][1])
                continue
            if b.speaker and s < b.speaker[0] < e and b.spans and b.spans[-1][1] <= b.speaker[0] \
                    and (s < b.spans[0][0] or a.cue is not None and a.cue[1] <= s) and not a.according_to \
                    and not text[max(b.cue[1], b.speaker[1]):e].strip(" .!?") \
                    and (comma := _COMMA_BEFORE.search(text, s, b.speaker[0])) is not None:
                # "… recalled that he said, “I'll put a bullet …,” the U.S. attorney's office said": the report
                # closing the sentence is no part of what was recalled, nor of what "he said, “…,”" (but in "“…,”
                # Sanders said, according to CNN" and "Clinton is expected to …, they say", the report of it all
                # is two, nested, as PolNeAR has them)
                e = min(e, comma.end("mark") if comma.group("mark") else comma.start())  # (“…,” keeps its mark)
                continue
            if b.speaker and b.cue and s < b.spans[0][0] and b.spans[-1][1] <= b.cue[0] < b.speaker[0] < e \
                    and text[b.spans[0][0]] in _OPENING_MARKS and not text[b.speaker[1]:e].strip(" .!?") \
                    and (clause_comma := text.rfind(", ", s, b.spans[0][0])) > s:
                # "wouldn’t want Emanuel’s endorsement, he “grabbed ahold …,” said Drew Heiserman": a quotation
                # another speaker is named for after it, and the clause it stands in, are no part of what went before
                e = min(e, clause_comma)
                continue
            if a.speaker and a.cue and b.speaker and b.speaker[1] <= a.speaker[0] < a.cue[0] < b.cue[0] < e \
                    and text[a.speaker[0]:a.speaker[1]].lower() in RELATIVE:
                # "The staff member who reported the call recalled …": the report of a relative clause in
                # the subject ends where the subject's verb begins
                e = min(e, s + len(_TRAILING_JOIN.sub("", text[s:b.cue[0]])))
                continue
            if b.speaker and s <= b.speaker[0] < e:
                # "Zuckoff said he had talks, but officials said …": a new clause, not nested speech
                m = _NEW_CLAUSE.search(text, max(s, b.speaker[0] - 80), b.speaker[0])  # anchored at the end
                if m and m.group("bare") and not (text[b.speaker[0]].isupper() or text[b.speaker[0]].isdigit()
                                                  or _first_word(text, b.speaker[0]) in NUMBER_WORDS):
                    m = None  # (a name or a count: "… and one in four said …")
                if m and m.group("as") == "as" and _first_word(text, b.cue[0]).endswith("ing"):
                    m = None  # "the same thing as Sotomayor referring to herself as …": a comparison, no clause
                if m and _RELATIVE_JUST_BEFORE.search(text, m.start(), b.speaker[0]):
                    m = None  # "…,” but also hungry for what she calls “…”": the speaker opens a relative clause
                if m and m.group("time") and a.according_to:
                    m = None  # "Clinton clinched …, when superdelegates declaring support … , according to the AP"
                if m and _WORDS.search(text, s, m.start()) is not None:  # however short: "said yes, but …"
                    # (a quotation closing on the comma keeps its mark: "… as “patently false,” and …")
                    e = min(e, m.end("mark") if m.group("mark") else m.start())
                continue
            m = _COORDINATION.search(text, max(s, b.cue[0] - 80), b.cue[0])  # anchored at the end: a short tail
            if m and _WORDS.search(text, s, m.start()) is not None and not _predicate_of_the_content(text, a, b, m):
                e = m.start()
                while e < m.end() and text[e] in ",”\"’'":  # keep a closing quotation mark: “sociopath,”, ''…,
                    e += 1
                if text[e - 1] == ",":
                    e -= 1
        if e != a.spans[0][1]:
            a.spans[0] = (s, e)
            a.marks = [q for q in a.marks if q.end <= e]


def _predicate_of_the_content(text: str, a: Found, b: Found, join: re.Match) -> bool:
    """Whether a second cue joined by "and"/"but" inside the first content goes on the content's own clause
    rather than the first cue: in a tense the content's verbs take and the first cue does not, or (a verb of
    thought or stance after "and") in one both take. "she has said that she supports a $12 wage but supports
    cities that go higher", "suggested she would do an about-face and endorse the deal" stay whole; "said he won
    and added …", "said he would offer a prayer but did not suggest …", "insists he will fight on and refuses to
    answer …" cut."""
    if a.cue is None or b.cue is None or not _AND_BUT.search(join.group()):
        return False
    was = _cue_tense(text, a.cue, max(0, a.cue[0] - 20))  # ("didn’t know …")
    then = _cue_tense(text, b.cue, join.start())  # ("but did not suggest")
    if then == "ing" != was and text.endswith("ing", join.start() - 3, join.start()) and join.group()[0].isspace():
        return True  # two participles sharing an object: "… Ayotte's position of supporting but not endorsing Trump"
    if then is not None and then == was and _first_word(text, b.cue[0]) not in cues().speech \
            and _AND.search(join.group()):
        # a second verb of thought or stance, joined by "and", in the tense of both the cue and the content's
        # verbs: the content's ("said she was tired of the status quo and wanted a candidate who …"); a verb of
        # speech is the subject's ("said A and added B"), and "but" is as often the writer's ("acknowledged
        # that he has given paid speeches but declined to …")
        return then in _content_tenses(text, a.spans[0][0], join.start())
    return then is not None and then != was and then in _content_tenses(text, a.spans[0][0], join.start())


_AND_BUT = re.compile(r"\b(?:and|but)\b")
_AND = re.compile(r"\band\b")
_DO_SUPPORT = re.compile(r"\b(did|does|do)(?:n[’']t|\s+not)?\s+(?:\w+\s+)?$", re.I)
_DO_TENSES = {"did": "past", "does": "present", "do": "bare"}
_PRESENT_AUXILIARIES = frozenset("is has does isn’t hasn’t doesn’t isn't hasn't doesn't".split())
_PLURAL_AUXILIARIES = frozenset("are have do aren’t haven’t don’t aren't haven't don't".split())
_PAST_AUXILIARIES = frozenset("was were had did wasn’t weren’t hadn’t didn’t wasn't weren't hadn't didn't".split())
_A_CONTENT_WORD = re.compile(r"\w+(?:[’']\w+)?")


def _content_tenses(text: str, start: int, end: int) -> frozenset[str]:
    """The tenses a predicate joined to this clause may take: "bare" after a modal, "to" or a plural present,
    "present" after "is", "has", "does" or a pronoun's verb in -s, "past" after a past."""
    found: set[str] = set()
    before = ""
    for m in _A_CONTENT_WORD.finditer(text, start, end):
        word = m.group()
        if word[0].isupper():
            before = ""
            continue  # a name: "the United States"
        word = word.lower()
        if word in _MODALS or word == "to" or word in _PLURAL_AUXILIARIES or word.endswith(("’re", "'re")):
            found.add("bare")
        elif word in _PRESENT_AUXILIARIES or word.endswith("s") and before in _THIRD_PERSON and len(word) > 3:
            found.add("present")
        elif (word in _PAST_AUXILIARIES or word in _IRREGULAR_PASTS or word.endswith("ed") and word not in _NOT_PASTS) \
                and before not in _PERFECT_OR_PASSIVE and not before.endswith(_HAVE_CONTRACTED):
            found.add("past")  # (not a participle: "she has released …", "I’ve reached out")
        before = word
    return frozenset(found)


_THIRD_PERSON = frozenset("he she it who that which".split())
_HAVE_CONTRACTED = ("’ve", "'ve", "’d", "'d", "’s", "'s")


def _cue_tense(text: str, cue: tuple[int, int], since: int) -> str | None:
    """"past", "ing", "bare" ("support") or "present" ("supports") for a cue's last verb ("called on" → past),
    or for the "do" standing before it after ``since`` ("did not suggest" → past); None for a cue with no verb
    ("according to")."""
    auxiliary = _DO_SUPPORT.search(text, since, cue[0])
    if auxiliary is not None:
        return _DO_TENSES[auxiliary.group(1).lower()]
    words: list[str] = _WORDS.findall(text, cue[0], cue[1])  # (typed: mypyc cannot iterate findall's list[Any])
    for written in reversed(words):
        word = written.lower()
        if word in _IRREGULAR_PASTS or word.endswith("ed"):
            return "past"
        if word.endswith("ing"):
            return "ing"
        if word in plural_present_cues():
            return "bare"
        if word.endswith("s") and word in cues():
            return "present"
    return None


def _possessive(tok: Token) -> bool:
    """"Trump’s", "Clinton's" — but not "He’s" or "It's", which are a pronoun and "is"."""
    return tok.lower.endswith(("’s", "'s")) and tok.lower[:-2] not in PRONOUNS and tok.lower[:-2] not in RELATIVE


_OPENS_WORDS_REPORTED = frozenset("that to whether why how if , . ; : —".split())


def _opens_words_reported(toks: list[Token], k: int) -> bool:
    """Whether token k, right after a verb of speech, opens what was said ("that", "to", "whether", a
    quotation) or ends the verb's clause (", many argue,"): no object that makes the verb something else."""
    return k >= len(toks) or toks[k].quote is not None or toks[k].lower in _OPENS_WORDS_REPORTED


def _counted_subject(toks: list[Token], j: int) -> tuple[int, int, str | None] | None:
    """"Many said …", "Yet another said", "One in three said", "About three in 10 said": a count speaks."""
    if j < 0 or toks[j].quote is not None:
        return None
    low = toks[j].lower
    if low in COUNTED_SUBJECTS:
        return (j, j, None)
    if (low in NUMBER_WORDS or low.isdigit()) and j >= 2 and toks[j - 1].lower == "in" \
            and (toks[j - 2].lower in NUMBER_WORDS or toks[j - 2].lower.isdigit()):
        start = j - 3 if j >= 3 and toks[j - 3].lower in COUNT_HEDGES else j - 2
        return (start, j, None)
    if (low in NUMBER_WORDS or low.isdigit()) and j >= 2 and toks[j - 1].lower == "but" \
            and toks[j - 2].lower in ("all", "none"):
        return (j - 2, j, None)  # "Of the 30 experts, all but two said …"
    if (low in NUMBER_WORDS or low.isdigit() or low in ("all", "none")) and _opens_clause(toks, j) \
            and not (j > 0 and toks[j - 1].lower == "the") and not (low == "all" and toks[j + 1].lower == "told"):
        return (j, j, None)  # "Of the 30 experts, 28 said …", "All said …" (not "All told, …": in all)
    return None


# where and how someone spoke, between them and the verb: "Trump in his announcement speech called …"
_OCCASIONS = frozenset("speech speeches statement interview interviews remarks address appearance rally debate "
                       "letter tweet tweets post op-ed column memo email e-mail testimony".split())
_OCCASION_LEADS = frozenset("in during at on".split())


def _before_occasion(toks: list[Token], i: int) -> int:
    """The token before the occasion that stands right before the cue at i ("in his announcement speech"),
    when a name or pronoun speaks before it; else i - 1."""
    if i < 3 or toks[i - 1].lower not in _OCCASIONS or toks[i].lower.endswith("ing"):
        return i - 1  # (not "Bush went after Trump at the debate refusing to …": a participle has no subject there)
    for p in range(i - 3, max(0, i - 6), -1):
        if toks[p].lower in _OCCASION_LEADS and (toks[p + 1].lower in DETERMINERS
                                                 or toks[p + 1].lower in POSSESSIVE_PRONOUNS) \
                and all(t.is_word and not t.is_capitalised for t in toks[p + 2:i]):
            speaker = toks[p - 1] if p > 0 else None
            if speaker is not None and (speaker.is_capitalised or speaker.lower in PRONOUNS):
                return p - 1
            return i - 1
    return i - 1


_POSSESSIVE_MARKS = frozenset(("’s", "'s", "’", "'"))  # "O’Malley’s move", "Sanders’ stridency"
def _a_share_of_people(toks: list[Token], j: int) -> tuple[int, int, str | None] | None:
    """A share counted at token j, up to its clause's end: "64 percent of the electorate", "59.6 percent of
    voters" (a vote's or a poll's agent); else None."""
    if j >= len(toks) or not toks[j].text[0].isdigit():
        return None
    end = j
    while end + 1 < len(toks) and end - j < 8 and toks[end + 1].is_word \
            and (toks[end + 1].lower == "of" or toks[end + 1].lower not in PREPOSITIONS):
        end += 1  # (to a phrase of its own: "59.6 percent of voters in 2014")
    if not any(t.lower in ("percent", "%") or t.text.endswith("%") for t in toks[j:end + 1]):
        return None
    return (j, end, None)


def _a_thing_named(toks: list[Token], start: int, end: int) -> bool:
    """Whether tokens start..end are a short noun phrase a determiner or an owner opens, of a thing and not a
    person, that a participle may follow: "a sentiment", "Starr's remarks", "The nationwide campaign" (not
    "the former Vermont Democratic governor challenged by Sanders", nor a clause: "The plan appears consistent
    with another announced by …")."""
    first = toks[start]
    if not (first.lower in DETERMINERS or first.lower in POSSESSIVE_PRONOUNS or _possessive(first)) or end - start > 5:
        return False
    return not is_speaker_noun(toks[end].lower) and not toks[end].is_capitalised \
        and all(t.lower == "of" or t.lower not in PREPOSITIONS and not t.lower.endswith("s") or t is toks[end]
                for t in toks[start + 1:end + 1])


def _agent_after_by(toks: list[Token], i: int) -> tuple[int, int, str | None] | None:
    """Who is named after "by" at i + 1 — someone ("by MSNBC", "by some of his rivals", ending before a verb: "by
    her campaign quoted …") or a share of people ("by 64 percent of the electorate") — else None ("by the state's
    onerous registration rules", "by saying")."""
    agent = _subject_after(toks, i + 2, any_noun=True)
    if agent is None:
        return _a_share_of_people(toks, i + 2)
    verb = next((k for k in range(agent[0] + 1, agent[1] + 1) if _verb_form(toks[k]) == "past"
                 or toks[k].lower in _VERB_LIKE), None)
    if verb is not None:
        agent = (agent[0], verb - 1, None)
    return agent if _names_someone(toks, agent) else None


def _passive_with_agent(toks: list[Token], i: int, agent: tuple[int, int, str | None], aux: int | None,
                        before: int, block: int) -> Found | None:
    """A cue in the passive at i, its auxiliary at ``aux`` and its ``agent`` after "by": the agent is the speaker, and
    the clause's subject — a noun phrase with no verb of its own, from where the clause opens — what was said
    ("O'Malley's move was first reported by MSNBC", "Her death was confirmed by the Eagle Forum"). With no
    auxiliary, a participle after the noun phrase ending at ``before`` or its comma: "a sentiment endorsed by
    the 10,000 people in the arena", "Starr's remarks, first reported by The New York Times, …"."""
    if _verb_form(toks[i]) != "past" and not toks[i].lower.endswith(("en", "wn")) \
            or toks[i].lower in _WRITING or toks[i].lower in QUOTE_ONLY_CUES:
        return None  # (nor "it was written by John M. Ford": an author, not a speaker)
    if aux is None:
        cue_start, end = before + 1, before - 1 if toks[before].text == "," else before
    else:
        cue_start = aux
        while cue_start > 0 and (toks[cue_start - 1].lower in AUXILIARIES or toks[cue_start - 1].lower in _MODALS
                                 or toks[cue_start - 1].lower in PASSIVE_AUXILIARIES):
            cue_start -= 1  # "has been", "will be"
        end = cue_start - 1
    start = end
    while start > 0 and toks[start - 1].text not in CLAUSE_BREAKS and toks[start - 1].text not in (";", ":") \
            and toks[start - 1].quote is None:
        start -= 1
    while start <= end and (toks[start].lower in _CONJUNCTIONS or toks[start].lower in SENTENCE_OPENERS
                            and toks[start].lower not in DETERMINERS and toks[start].lower not in PRONOUNS):
        start += 1  # "But the plan was …": the link is no part of what was said
    # a relative clause's pronoun is its subject: "Murphy, a Jupiter Democrat who has been endorsed by …"
    start = next((k for k in range(end, start - 1, -1) if toks[k].lower in RELATIVE), start)
    if start > end or end - start > 12 or any(not t.is_word and t.text not in _POSSESSIVE_MARKS or _makes_a_clause(t)
                                              or t.lower in _MODALS or t.lower in SUBORDINATORS
                                              for t in toks[start:end + 1]):
        return None  # no subject, or one that is a clause of its own
    if aux is None and not _a_thing_named(toks, start, end):
        return None
    content = (toks[start].start, toks[end].end)
    return Found([content], block, cue=(toks[cue_start].start, toks[i + 1].end),
                 speaker=(toks[agent[0]].start, toks[agent[1]].end), role=agent[2])


def _verb_cue(text: str, toks: list[Token], i: int, block: int, belief: bool, stance: bool = False) -> Found | None:
    cue = toks[i]
    before = _skip_back(toks, _before_occasion(toks, i))
    progressive = cue.lower.endswith("ing") and before >= 0 and toks[before].lower in PROGRESSIVE_AUXILIARIES
    if progressive:
        before = _skip_back(toks, before - 1)  # "Trump isn’t saying what …", "he is not saying yet"
    lead = i - 2 if i > 1 and _is_ly_adverb(toks[i - 1]) else i - 1  # "after initially saying"
    if cue.lower.endswith("ing") and lead >= 0 and toks[lead].lower in GERUND_LEADS:
        # "Bolton distanced himself … by saying he would help": the clause's subject says it
        subject = _clause_subject(toks, lead)
        if subject is None:
            return None
        found = _verb_cue_with_subject(text, toks, i, block, belief, stance, subject, True, before)
        if found is not None and found.spans and lead > 0 and toks[lead - 1].text == ",":
            # "Mr. Sanders, after saying he would not advertise, has now …": set off, it ends at its comma
            found.spans[-1] = _until_mark(toks, i + 1, found.spans[-1], ",")
            found.marks = [q for q in found.marks if q.end <= found.spans[-1][1]]
        return found
    # a count speaks, or believes: "Many said", "with three in 10 saying", "Most believe that …" — opening its
    # clause, when the verb is no plain speech verb (not "who has both endorsed", "causing some worry"); with
    # another verb of speech, only before what opens words reported ("Many speculated that", "several
    # threatened to", "That attitude, many argue, could …"; not "most have proposed new tax cuts", "Those
    # remarks allowed", "Perhaps most telling")
    counted = _counted_subject(toks, before)
    if counted is not None and not (
            cue.lower in UNMISTAKABLE_SPEECH or cue.lower == "saying" or belief
            or _opens_words_reported(toks, i + 1) and cue.lower in cues().speech and not cue.lower.endswith("ing")
            and cue.lower not in AMBIGUOUS_NOUNS and cue.lower not in NAMING_CUES):
        counted = None
    if counted is not None and cue.lower not in UNMISTAKABLE_SPEECH and not _opens_clause(toks, counted[0]) \
            and toks[counted[0] - 1].lower != "with":
        counted = None
    if counted is None and before >= 0 and toks[before].lower in DETERMINERS:
        return None  # "the report", "a call": a noun, not a verb
    if cue.lower in _REFERRING:
        # "referred questions to the campaign", "referred the call to police": passed on, not said (but "was
        # referring only to her interviews")
        to = i + 2 if i + 2 < len(toks) and (toks[i + 1].lower == "only" or _is_ly_adverb(toks[i + 1])) else i + 1
        if to >= len(toks) or toks[to].lower != "to":
            return None
    if counted is None and cue.lower in _MEDIA_NOUNS and _ends_prepositional_phrase(toks, before):
        return None  # "wrote Fadem in a Tuesday research report": a noun, the adjunct's
    if cue.lower in _SENT_OUT and before >= 1 and toks[before].lower in document_nouns() \
            and toks[before - 1].lower in DETERMINERS:
        return None  # "said in a statement emailed to NBC News that …": the statement was sent, it says nothing
    chain = _catenative_chain(toks, i)
    if chain is not None and toks[chain].lower in _GOING_ON and (i + 1 == len(toks) or toks[i + 1].text in ".,;"):
        return None  # "…,” he demanded, as Bush continued to interject.": nothing said here; the quotation is his
    if chain is not None:
        # "He went on to call Cruz “…”", "he made a point of saying …": the chain's subject says it
        j = _skip_back(toks, chain - 1)
        # (after "and", the clause's subject: "She worked for Breitbart and was trying to ask Trump …")
        subject = _clause_subject(toks, j) if j > 0 and toks[j].lower in ("and", "but") else find_subject(toks, j)
        if subject is None:
            return None
        return _verb_cue_with_subject(text, toks, i, block, belief, stance, subject, True, before)
    if i > 0 and toks[i - 1].lower in NON_FINITE_LEADS:
        return None  # "declined to say", "blamed the network for reporting", "when asked": no subject of its own
    if before >= 0 and i + 2 < len(toks) and toks[i + 1].lower == "by" and cue.lower not in PAST_PARTICIPLE_CUES:
        # "The meeting was first reported by Politico", "This proposal was rejected by 64 percent of the
        # electorate": the agent speaks of what the clause's subject names
        agent = _agent_after_by(toks, i)  # (found once: both readings below need it)
        if toks[before].lower in PASSIVE_AUXILIARIES:
            return _passive_with_agent(toks, i, agent, before, before, block) if agent is not None else None
        if toks[before].text == "," or toks[before].is_word and toks[before].lower not in _VERB_LIKE:
            # a participle after its noun: "a sentiment endorsed by …" (else an active verb: "responded by saying")
            reduced = _passive_with_agent(toks, i, agent, None, before, block) if agent is not None else None
            if reduced is not None or agent is not None and _verb_form(cue) == "past" and toks[agent[1]].is_capitalised:
                return reduced  # (a past participle with someone named after "by" is a passive, whether it reports
                # or not: "the former governor challenged by Sanders"; never an active verb with words before it)
    if before >= 0 and toks[before].lower in PASSIVE_AUXILIARIES and cue.lower in PAST_PARTICIPLE_CUES:
        # "his salespersons were told", "the question was asked": the subject heard, not said — but
        # "Rubio was asked by moderator Gerard Baker whether …": the agent after "by" asked
        if i + 2 < len(toks) and toks[i + 1].lower == "by":
            agent = _subject_after(toks, i + 2, any_noun=True)
            content = _content_after(text, toks, agent[1] + 1, cue.lower, toks[agent[1]].end)[0] if agent else None
            if agent is not None and content is not None:
                return Found([_cut_trailing_clause(text, content, toks)], block, cue=(toks[before].start, cue.end),
                             speaker=(toks[agent[0]].start, toks[agent[1]].end), role=agent[2],
                             marks=_marks_within(toks, content))
        if cue.lower == "asked" and i + 2 < len(toks) and toks[i + 1].is_word:
            # "Pence was asked about the “not there yet” comment": a question put by nobody named, on the topic
            # after "about"
            about = toks[i + 1].lower == "about"
            content = _span_of(toks, i + 2 if about else i + 1, len(toks))
            if content is not None:
                content = _cut_trailing_clause(text, content, toks)
                return Found([content], block, cue=(toks[before].start, toks[i + 1].end if about else cue.end),
                             speaker=None, marks=_marks_within(toks, content))
        return None
    if before >= 1 and "-" in toks[before].text and toks[before - 1].lower in DETERMINERS:
        return None  # "a Trump-style retort": a noun its adjective qualifies
    borrowed = False  # the subject is another verb's: what stands before it is not this cue's content
    if counted is not None:
        subject = counted
    elif cue.lower.endswith("ing") and before >= 1 and _after_a_modal(toks, before):
        # "Republicans can reasonably campaign saying that …": the word before is a verb, the clause's subject says it
        subject, borrowed = _clause_subject(toks, before), True
    elif before >= 0 and toks[before].lower in ("and", "but") and before > 0:
        # "Russia expressed satisfaction … and said"; but "…, with Donald Trump tweeting that … and asking, “…”":
        # a participle joined to one whose subject "with" brings in has that subject
        subject = (_with_participle_subject(toks, before) if cue.lower.endswith("ing") else None) \
            or _clause_subject(toks, before)
        borrowed = True
    elif cue.lower.endswith("ing") and not progressive and before >= 0 and (
            toks[before].text == "," or _ends_in_comma(toks[before])
            # "Rubio flipped his choice on the spot – saying he was rooting for …" (a dash before a verb of
            # speech only: "the bluster -- denouncing Mexicans as …" is no one's report; and not one closing an
            # aside: "South Dakotans — including both adults and children — declaring, “…”")
            or toks[before].text in ("—", "–", "--", "-") and before == i - 1 and cue.lower in _SAYING
            and not any(t.text == toks[before].text for t in toks[:before])):
        # "“…,” Trump said, referring to Obama", "He left early, Nefzi said, adding, “…”": the speaker of
        # a speech cue just before the comma; else the clause's subject ("She escalated her criticism,
        # telling CNN that …")
        subject = (_earlier_cue_subject(toks, before) if _speech_cue_just_before(toks, before) else None) \
            or _clause_subject(toks, before) or _earlier_cue_subject(toks, before) \
            or _subject_set_off_before(toks, before)
        borrowed = True
    else:
        # after a speech verb, or any cue opening a quotation with a colon ("the heckler yelled: “…”"),
        # any noun phrase may speak
        opens_quotation = i + 2 < len(toks) and toks[i + 1].text == ":" and toks[i + 2].quote is not None
        # "A poll from Marquette Law School released Wednesday found": the poll, past what qualifies it
        subject = (_study_subject(toks, i - 1) if cue.lower in SHOWING_CUES else None) \
            or find_subject(toks, before, any_head=cue.lower in UNMISTAKABLE_SPEECH or opens_quotation)
        if subject is None and before >= 0 and toks[before].is_word and not toks[before].is_capitalised:
            # “…,” the businessman replied: right after a quotation, any noun phrase with a determiner speaks
            subject = find_subject(toks, before, any_head=True)
            if subject is not None and (toks[subject[0]].lower not in DETERMINERS
                                        or _quote_just_before(toks, subject[0]) is None):
                subject = None
        if subject is not None and subject[0] >= 3 and toks[subject[0] - 1].lower in _ADJUNCT_PREPOSITIONS \
                and toks[subject[0] - 2].lower in ("and", "but"):
            # "… but in a later interview said he had …": the interview is where, and the clause before speaks
            subject, borrowed = _clause_subject(toks, subject[0] - 2), True
        relative = None
        if subject is not None and subject[1] == before and toks[subject[0]].lower not in RELATIVE \
                and toks[subject[0]].lower not in PRONOUNS and cue.lower not in AMBIGUOUS_NOUNS:  # ("an MSNBC show")
            relative = _open_relative_clause(toks, subject[0])
            if relative is None and (cue.lower in UNMISTAKABLE_SPEECH or _after_a_preposition(toks, subject[0])
                                     and (not cue.lower.endswith("ing") or toks[subject[0] - 1].lower == "by")):
                # "Voters attending the rally said"; "Scientists using a telescope atop Mauna Kea have confirmed"
                # (a noun after a preposition is no finite verb's subject, where it is a participle's: "vented
                # about Sanders vowing to fight on"); "Court papers obtained by our correspondent showed"
                relative = _open_participial_phrase(toks, subject[0])
        elif subject is None and before > 0 and cue.lower in UNMISTAKABLE_SPEECH and toks[before].is_word:
            relative = _open_relative_clause(toks, before + 1)  # "Voters who backed Obama in 2008 said"
            if relative is None:  # "Democrats trying to regain control of the Senate in November say"
                relative = _open_participial_phrase(toks, before + 1)
        elif subject is None and before > 0 and cue.lower in UNMISTAKABLE_SPEECH and toks[before].text == ",":
            # "Some voters who have listened to his speeches, on television or at events, said": the clause
            # runs on up to the aside set off before the cue
            aside = next((c for c in range(before - 1, max(0, before - 25), -1)
                          if toks[c].text == "," and toks[c + 1].lower in _ASIDE_LEADS), None)
            relative = _open_relative_clause(toks, aside, reach=15) if aside is not None else None
        if relative is not None and toks[relative - 1].text == ",":
            subject = find_subject(toks, relative - 2)  # "Katie Packer, who is chairman of … said": Packer
        elif relative is not None:
            # "Republicans who met with Trump on Thursday said": who the clause is about speaks, not Trump
            subject = _postmodified_subject(toks, relative - 1) or find_subject(toks, relative - 1, any_head=True)
            while subject is not None and subject[0] < subject[1] \
                    and (toks[subject[0]].lower in SUBORDINATORS or toks[subject[0]].lower in _CONJUNCTIONS):
                subject = (subject[0] + 1, subject[1], subject[2])  # "Though executives who …": not "Though"
    return _verb_cue_with_subject(text, toks, i, block, belief, stance, subject, borrowed, before)


_MODALS = frozenset("can could will would should may might must".split())
_CRYING_VERBS = _GRAMMAR["crying_verbs"]


def _with_participle_subject(toks: list[Token], k: int) -> tuple[int, int, str | None] | None:
    """The subject of the participle that "and" at k joins this one to, when "with" brings it in: "with Donald
    Trump tweeting that … and asking" (an absolute phrase, whose subject is no clause's)."""
    every = cues().every
    for m in range(k - 1, max(0, k - 40), -1):
        tok = toks[m]
        if tok.text in (";", ":") or tok.lower == "with":
            return None
        if tok.lower.endswith("ing") and tok.lower in every and m >= 2 and toks[m - 1].is_word:
            subject = find_subject(toks, m - 1)
            if subject is not None and subject[0] >= 1 and toks[subject[0] - 1].lower == "with":
                return subject
            return None
    return None


def _after_a_modal(toks: list[Token], k: int) -> bool:
    """Whether a modal stands before token k, or before an adverb in -ly before it: k is a verb ("can reasonably
    campaign")."""
    k -= 1
    if k >= 1 and _is_ly_adverb(toks[k]):
        k -= 1
    return k >= 0 and toks[k].lower in _MODALS


# cues whose object is a thing written or passed on: after a noun, with no "that" or "which", a relative clause
# whose object is that noun ("the letter Mike wrote", "The Twitter account Trump retweeted")
_OBJECT_GAP_CUES = frozenset("write writes wrote written cite cites cited retweet retweets retweeted tweet tweets "
                             "tweeted post posts posted read reads quote quotes quoted share shares shared".split())


_WRITING = frozenset("write writes wrote written writing".split())
# what one writes that is a work, not a report (a letter's or an op-ed's words come after it: "wrote a letter
# … asking …", "wrote an op-ed urging …")
_WORKS = frozenset("letter letters book books song songs profile profiles dissertation thesis speech speeches "
                   "introduction foreword commentary dissent column columns essay essays article articles piece "
                   "pieces novel novels poem poems script screenplay memoir memoirs bill bills law laws check checks "
                   "music lyrics fiction biography review reviews post posts blog report reports story stories "
                   "editorial editorials will wills op-ed op-eds".split())


def _a_work_written(toks: list[Token], k: int, content: tuple[int, int]) -> bool:
    """Whether what a verb of writing takes at token k is a work it names ("a children's book", "his
    dissertation on …", "the letter Feb. 2 to …"), with no participle or clause of what the work says after it."""
    if k >= len(toks) or toks[k].start != content[0] \
            or not (toks[k].lower in DETERMINERS or toks[k].lower in POSSESSIVE_PRONOUNS or _possessive(toks[k])):
        return False
    head = next((m for m in range(k + 1, min(len(toks), k + 5)) if toks[m].lower in _WORKS), None)
    if head is None:
        return False
    # its title after it is no words the work says: 'a book, “Who’s Who in the CIA,”', 'a book called "Women Who
    # Work"'; a relative clause on the title is the work's description ('… “Who’s Who in the CIA,” that outed …')
    title = head + 1
    if title < len(toks) and (toks[title].text == "," or toks[title].lower in _TITLING):
        title += 1
    after = title + 1 if title < len(toks) and toks[title].quote is not None and _looks_like_title(toks[title].text) \
        else head + 1
    if after > head + 1 and after < len(toks) and toks[after].text == ",":
        after += 1
    if after > head + 1 and after < len(toks) and toks[after].lower in ("that", "which"):
        return True
    for m in range(after, len(toks)):
        t = toks[m]
        if t.start >= content[1] or t.text in (":", ";") \
                or t.text == "," and m + 1 < len(toks) and toks[m + 1].lower in _SUBJECT_PRONOUNS:
            break  # the clause ends: "learned who had written the song, she was only half-surprised: “…”"
        if t.lower == "that" or t.quote is not None or t.lower.endswith("ing") and t.lower in cues().every:
            return False
    return True


_TITLING = frozenset("called titled entitled named".split())


def _in_a_reduced_relative(text: str, toks: list[Token], s_start: int, s_end: int, content: tuple[int, int]) -> bool:
    """Whether the speaker at s_start opens a relative clause with no pronoun, after the noun it describes,
    and the content is the main clause's predicate: "the letter Mike wrote was “kind and loving”", "The
    “wise Latina” phrase Grassley cited on Wednesday has appeared …" (the noun may have been taken for the
    speaker's role: "the letter Mike")."""
    s_start = next((k for k in range(s_start, s_end + 1) if toks[k].is_capitalised), s_start)
    if s_start < 1:
        return False
    noun = toks[s_start - 1]
    if not noun.is_word or noun.is_capitalised or noun.lower in DETERMINERS or noun.lower in PREPOSITIONS \
            or noun.lower in RELATIVE or noun.lower in SUBORDINATORS or noun.lower in _CONJUNCTIONS \
            or noun.lower in PRONOUNS or noun.lower in cues().every or noun.lower == "that":
        return False
    first = _WORDS.match(text, content[0], content[1])
    # (or the relative clause runs on into a "where" of the noun's: "the short story he wrote where God cheats …")
    return first is not None and (first.group().lower() in _FINITE_AUXILIARIES or first.group().lower() == "where")


def _ends_prepositional_phrase(toks: list[Token], j: int) -> bool:
    """Whether a preposition, a determiner and up to two modifiers end at token j ("in a Tuesday research"):
    a cue word that names a piece of writing ("report", "post") after them is that phrase's noun (other verbs
    follow such a phrase: "people familiar with the talks said", "voters in the poll say")."""
    for k in range(j, max(0, j - 3), -1):
        if not toks[k].is_word or toks[k].lower in PRONOUNS:
            return False
        if toks[k].lower in ("a", "an", "the"):
            # (not a subordinator's clause: "after the Associated Press reports more than half …")
            return k < j and toks[k - 1].lower in PREPOSITIONS and toks[k - 1].lower not in SUBORDINATORS
    return False


# prepositions whose object is no participle's subject: "appeared on Fox News saying" (unlike _OCCASION_LEADS, with
# "to" and "into"; not "with Sen. McCain telling …", where the name is the participle's)
_PLACE_PREPOSITIONS = frozenset("in on at to into onto via".split())
_MEDIA_NOUNS = _GRAMMAR["media_nouns"]
_REFERRING = frozenset("refer refers referred referring".split())  # a report only as "referred to"
_CONJUNCTIONS = frozenset("and but or so yet".split())
# participles that report words said, and nothing else ("blasting", "denouncing" also take a mere object)
_SAYING = frozenset("saying adding asserting arguing noting insisting claiming warning explaining writing "
                    "telling stating declaring acknowledging conceding suggesting predicting".split())


_BECAUSE_REACH = 14  # how much further a relative clause may run with a "because" clause of its own


def _open_relative_clause(toks: list[Token], k: int, reach: int = 10) -> int | None:
    """Where a relative clause that runs on up to token k opens ("who met with Trump on Thursday"), or None.

    Only a "who" that is its clause's subject (a verb, not a name or pronoun, follows it), after a word, within
    ``reach`` tokens, and with no comma, quotation or subordinator between it and the noun phrase at k: in "Trump,
    who met with Ryan, said" the commas close the clause, in "the man who Trump said was a liar" Trump
    speaks, and in "who gained attention when he yelled" the clause ended at "when". A "because" with no
    speech after it is the clause's own, and lets it run _BECAUSE_REACH tokens further: "who spoke on condition
    of anonymity because he was not authorized to discuss the matter"."""
    because = False
    for w in range(k - 1, max(0, k - reach - _BECAUSE_REACH), -1):
        t = toks[w]
        if w <= k - reach and not because:
            return None
        if t.lower == "because" and w > 0 and toks[w - 1].is_word \
                and not any(u.lower in cues().speech and toks[m - 1].lower != "to"
                            for m, u in enumerate(toks[w + 1:k], w + 1)):
            # "An official who spoke on condition of anonymity because he was not authorized to discuss the
            # matter said": the reason is the relative clause's own (no speech in it but an infinitive)
            because = True
            continue
        if t.lower == "whose":
            # "The state officials whose laws have been invalidated say": a noun of theirs, then the clause's verb
            owned = toks[w + 1]
            if w + 2 >= k or not owned.is_word or owned.is_capitalised or not toks[w - 1].is_word \
                    or toks[w - 1].lower in PREPOSITIONS:
                return None
            return w
        if t.lower == "who":
            verb = toks[w + 1]
            # "Katie Packer, who is chairman of Our Principles PAC said": a clause describing a name, after
            # its comma, its closing comma left out (not "Mr. Obama, who has gotten less credit than aides say")
            after_a_name = w >= 2 and toks[w - 1].text == "," and toks[w - 2].is_capitalised \
                and verb.lower in ("is", "was") and w + 2 <= k and toks[w + 2].lower not in cues().every
            if w + 1 >= k or verb.is_capitalised or verb.lower in PRONOUNS or verb.lower in DETERMINERS:
                return None  # "who Trump said": the clause's own subject speaks
            if toks[w - 1].lower == "and" and w >= 2:
                # "Voters who backed Obama in 2008 and who now support Trump said": the first clause opens it
                return _open_relative_clause(toks, w - 1)
            if not (toks[w - 1].is_word or after_a_name) or toks[w - 1].lower in PREPOSITIONS:
                return None
            return w
        if not t.is_word or t.quote is not None or t.lower in SUBORDINATORS:
            return None  # a comma, a quotation or "when", "because" …: another clause
    return None


def _open_participial_phrase(toks: list[Token], k: int, reach: int = 14) -> int | None:
    """Where a participle qualifying a noun of speakers opens a phrase running on up to token k ("Democrats
    trying to regain control of the Senate in November"), or None: no comma, quotation, cue or subordinator
    between, and the noun before the participle one that speaks ("the rally drawing crowds" does not)."""
    every, stance = cues().every, cues().stance
    # (a past after "and" may be the verb of a clause before: "… declined to comment and aides said", as one before
    # an infinitive is: "the Supreme court failed to reach a decision on …")
    coordinated = False
    for w in range(k - 1, max(0, k - reach), -1):
        t = toks[w]
        coordinated = coordinated or t.lower in _CONJUNCTIONS
        if not coordinated and toks[w + 1].lower in _PHRASE_PREPOSITIONS and _a_past(t) and toks[w - 1].is_word \
                and not _infinitive_at(toks, w + 1) \
                and (toks[w + 1].lower == "by" and _a_noun(toks[w - 1]) or _a_noun_of_speakers(toks[w - 1])):
            # a passive's: "Court papers obtained by our correspondent", "a letter signed by 50 officials"; a
            # participle's, which may be a cue's: "The homeless woman accused of deliberately driving onto …
            # the Las Vegas Strip told police"
            return w
        if not t.is_word or t.quote is not None or t.lower in SUBORDINATORS \
                or t.lower in every and not (t.lower in stance and _participle(t)) or t.lower in ("that", "who", "which"):
            return None  # (a position's participle opens one too: "House Republicans supporting the bill have said")
        if _participle(t) and _a_noun_of_speakers(toks[w - 1]):
            return w
    return None


def _a_noun_of_speakers(tok: Token) -> bool:
    """A noun of people who speak: "voters", "woman", "makers" ("the rally", "the consulate" are none)."""
    return tok.is_word and (is_speaker_noun(tok.lower) or is_agent_plural(tok.lower))


def _after_a_preposition(toks: list[Token], k: int) -> bool:
    """Whether a preposition stands before token k, or before its determiner: "atop Mauna Kea", "along the Strip"."""
    k -= 1
    if k >= 1 and toks[k].lower in DETERMINERS:
        k -= 1
    return k >= 0 and toks[k].lower in _PHRASE_PREPOSITIONS


# prepositions that open a phrase, never a clause ("when Trump said", "and Sanders said" have subjects)
_PHRASE_PREPOSITIONS = PREPOSITIONS - SUBORDINATORS - _CONJUNCTIONS - {"but", "until", "when", "while"}


def _a_noun(tok: Token) -> bool:
    """Whether ``tok`` may end a noun phrase: a word that is no function word, verb of being or adverb in -ly."""
    return tok.is_word and tok.lower not in NOT_IN_NOUN_PHRASE and tok.lower not in PASSIVE_AUXILIARIES \
        and tok.lower not in PRONOUNS and not _is_ly_adverb(tok)


# verbs that hand their subject on to the speech verb after them: "went on to say", "made a point of saying"
_CATENATIVES = (("went", "on", "to"), ("goes", "on", "to"), ("go", "on", "to"), ("going", "on", "to"),
                ("made", "a", "point", "of"), ("makes", "a", "point", "of"), ("went", "so", "far", "as", "to"),
                # "Trump continued to question whether …", "he has continued to insist that …"
                ("continued", "to"), ("continues", "to"), ("continue", "to"), ("began", "to"), ("begins", "to"))
_GOING_ON = frozenset("continued continues continue began begins".split())


def _catenative_chain(toks: list[Token], i: int) -> int | None:
    """Where a chain like "went on to" ends right before the cue at i starts, or None."""
    if i < 3 or toks[i - 1].lower not in ("to", "of"):
        return None  # the cheap test first: this runs for every cue
    for chain in _CATENATIVES:
        k = i - len(chain)
        if k >= 1 and all(toks[k + n].lower == w for n, w in enumerate(chain)):
            return k
    return _handing_on(toks, i - 2) if toks[i - 1].lower == "to" else None


# verbs and adjectives whose subject is their infinitive's: "Voters tended to support Clinton", "Trump tried to
# explain that …", "Democrats are slightly more likely to say that …"
_HANDING_ON_VERBS = frozenset("tend tends tended used try tries tried trying attempt attempts attempted struggle "
                              "struggles struggled struggling seem seems seemed appear appears appeared".split())
_HANDING_ON_ADJECTIVES = frozenset("likely unlikely eager quick reluctant ready able unable willing unwilling "
                                   "careful happy afraid prepared slow keen".split())
_DEGREE_ADVERBS = frozenset("more less most least slightly much far very too so as all even still also not".split())
_COPULAS = frozenset("is was are were be been being am ’s 's ’re 're".split())


def _handing_on(toks: list[Token], k: int) -> int | None:
    """Where the verb (with its copula or auxiliary) that hands its subject to an infinitive at k + 2 starts:
    "tended", "was slightly more likely", "is trying", or None — not "used" of a passive ("the money was used
    to fund …") or of a noun it qualifies ("a crude expression used to describe …")."""
    word = toks[k].lower
    if word in _HANDING_ON_VERBS:
        if word == "used" and (k == 0 or not toks[k - 1].is_word or toks[k - 1].lower in _COPULAS
                               or toks[k - 1].lower not in PRONOUNS and not toks[k - 1].is_capitalised):
            return None
        return k - 1 if k >= 1 and toks[k - 1].lower in _COPULAS and word.endswith("ing") else k
    if word not in _HANDING_ON_ADJECTIVES:
        return None
    while k >= 1 and toks[k - 1].lower in _DEGREE_ADVERBS or k >= 1 and _is_ly_adverb(toks[k - 1]):
        k -= 1
    return k - 1 if k >= 1 and toks[k - 1].lower in _COPULAS else None


def _object_ends_at(toks: list[Token], k: int, stop: int) -> bool:
    """Whether a stance's object ends at token k: at its comma ("defended Florida’s gay marriage ban, the
    shift …") — not within a list ("…, and for raising taxes") or a place ("Concord, N.H.,") — or where
    the subject's next verb phrase begins ("referred to jihadism but was careful …")."""
    if toks[k].text in (",", ";", "—", "--") or toks[k].text in ("–", "-") and _spaced(toks, k):
        # (a hyphen or an en dash with a space either side is a dash: "endorsed Cruz - the first time …", not
        # "a wall along the U.S.-Mexico border")
        within = toks[k].text == "," and k + 1 < len(toks) \
            and (toks[k + 1].lower in ("and", "or") or _continues_a_list(toks, k, stop))  # (a comma ends a cut text)
        if not within and not (k + 2 < len(toks) and _closes_a_state(toks, k + 2)):
            return True
    if _adjunct_after_object(toks, k):
        return True
    return _second_verb_phrase(toks, k, stop)


def _spaced(toks: list[Token], k: int) -> bool:
    """Whether token k stands between two tokens with a space either side (a dash typed as a hyphen, a nickname)."""
    return 0 < k < len(toks) - 1 and toks[k - 1].end < toks[k].start and toks[k].end < toks[k + 1].start


def _adjunct_after_object(toks: list[Token], k: int) -> bool:
    """A time or a subordinate clause after a stance's object ends it: "defended his endorsement this week on
    his radio show", "defended Trump's remarks when the billionaire came under attack"."""
    low = toks[k].lower
    if not toks[k].is_word or toks[k].is_capitalised:
        return False
    if low in ("when", "because", "although", "though", "while", "after", "before", "since", "until") \
            and k + 1 < len(toks) and toks[k + 1].is_word:
        return True
    if low in _SETTING_PREPOSITIONS and _a_setting_after(toks, k + 1):
        return True
    if low in PREPOSITIONS and k + 2 < len(toks) and toks[k + 1].lower in TIME_LEADS \
            and toks[k + 2].lower in TIME_WORDS:
        return True  # "endorsed Canova in late May": the time, its preposition and all (not "in" alone)
    return low in TIME_LEADS and k + 1 < len(toks) and (toks[k + 1].lower in TIME_WORDS or low == "this"
                                                        and k + 2 < len(toks) and toks[k + 2].lower in TIME_WORDS)


_SETTING_PREPOSITIONS = frozenset("in on at during".split())
_SETTING_NOUNS = _GRAMMAR["setting_nouns"]


def _a_setting_after(toks: list[Token], j: int) -> bool:
    """Whether the phrase at j, after "in", "on", "at" or "during", says where words were said: "in a recent
    interview", "at a Super Tuesday rally", "on Hugh Hewitt’s radio show", "on Twitter" — its setting noun within
    five words. (Not a time: "endorsed Sanders in February" is how PolNeAR's annotators mostly take it, whole.)"""
    if j >= len(toks):
        return False
    determined = toks[j].lower in DETERMINERS or toks[j].lower in POSSESSIVE_PRONOUNS or _possessive(toks[j])
    for tok in toks[j:j + 5]:
        if not tok.is_word or tok.lower in PREPOSITIONS:
            return False
        if tok.lower in _SETTING_NOUNS and (determined or tok.is_capitalised):  # (not "in political speech")
            return True
    return False


_SECOND_VERB = frozenset("has have had was were is are did does do will would can could went goes".split())


def _second_verb_phrase(toks: list[Token], k: int, stop: int) -> bool:
    """Whether "and" or "but" at k opens the subject's next verb phrase after an object: "referred to jihadism
    but was careful …", "endorsed Trump last week and has appeared …" — an auxiliary or a pronoun next."""
    return toks[k].lower in ("and", "but") and k + 1 < stop \
        and (toks[k + 1].lower in _SECOND_VERB or toks[k + 1].lower in ("he", "she", "they", "it", "we"))


def _continues_a_list(toks: list[Token], k: int, stop: int) -> bool:
    """Whether the comma at k separates items of a list that "and" or "or" ends: "herself, Mr. Bannon,
    Mr. Manafort and Mr. Gates" (items of up to six tokens each)."""
    start = k + 1
    for m in range(k + 1, stop + 1):
        if m == stop or toks[m].text in (",", ";", "—", "--"):
            segment = toks[start:m]
            if not segment or len(segment) > 6 or (m < stop and toks[m].text != ","):
                return False
            if any(t.lower in ("and", "or") for t in segment):
                return True
            if m == stop:
                return False
            start = m + 1
    return False


# words after "out", "up" or "down" that make it no particle of the cue: "up to 50", "out of", "out loud"
_NOT_AFTER_A_PARTICLE = frozenset("to of loud front there here and or".split())

# verbs whose object is the one told, never their subject after them: "…, told the group that …"
_NEVER_INVERTED = frozenset("told tells informed informs reminded reminds assured assures advised advises "
                            "show shows showed shown find finds found indicate indicates indicated".split()) \
    | _MAKING | _FEELING_VERBS | _SEEING | NAMING_CUES  # (“…” makes clear that …: the quotation is no speaker's here;
# "Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling’": what is called comes after the verb)


def _a_finite_verb(tok: Token) -> bool:
    """An auxiliary, a modal or a past: a clause's verb ("have pointed", "paid", "was")."""
    return tok.lower in _VERB_LIKE or tok.lower in _MODALS or _verb_form(tok) == "past"


def _inside_the_subject(toks: list[Token], s_start: int, cue_end: int) -> bool:
    """Whether the relative clause whose pronoun is at ``s_start`` qualifies the sentence's subject, its object
    running on into the main clause's verb: a "who" with no comma before it and no verb before it ("Even people
    who unequivocally endorsed the plan sounded equivocal"), or with a finite verb or a modal after its cue
    before any comma ("a candidate who has largely rejected the party's orthodoxy might achieve …"). A clause set
    off ("Sanders, who on Tuesday endorsed Clinton, said …") ends at its comma, one after the main verb with the
    sentence ("he campaigned with a popular governor who had endorsed him"): both report a position."""
    if s_start > 0 and toks[s_start - 1].text in _SETTING_OFF or toks[0].lower in PREPOSITIONS:
        return False  # (or in a phrase opening the sentence, to its comma: "For the fans who plan to play it, …")
    if not any(map(_a_finite_verb, toks[:s_start])):
        return True
    for tok in toks[cue_end + 1:]:
        if tok.text in (",", ";", ":", "—", "--"):
            return False
        if tok.lower in _VERB_LIKE or tok.lower in _MODALS:
            return True
    return False


_NO_OBJECT_LEADS = frozenset("during in on at after before since until".split())  # a time or a place, no object
_CALLING_PARTICLES = frozenset(("for", "on", "upon"))  # "called for a boycott", "called upon the mayor to …"


def _verb_cue_with_subject(text: str, toks: list[Token], i: int, block: int, belief: bool, stance: bool,
                           subject: tuple[int, int, str | None] | None, borrowed: bool, before: int) -> Found | None:
    """The rest of _verb_cue, once the subject (or its absence) is known."""
    cue = toks[i]
    if subject is not None and cue.lower in AMBIGUOUS_NOUNS and (
            not _names_someone(toks, subject)
            or subject[0] == subject[1] == i - 1 and _after_a_preposition(toks, i - 1) and i + 1 < len(toks)
            and (toks[i + 1].lower in TIME_WORDS or toks[i + 1].text in (",", "."))):
        # "a phone call", "the poll numbers show"; a name qualifying the noun a preposition takes, a time or a stop
        # after it: "In a series of Twitter posts Sunday, Mr. Frum … wrote" (but "the DOJ demand that …" reports)
        return None
    if cue.lower in AMBIGUOUS_NOUNS and i + 1 < len(toks) \
            and (toks[i + 1].lower in _FINITE_AUXILIARIES
                 or toks[i + 1].lower in cues().every and not toks[i + 1].lower.endswith("ing")) \
            and _a_singular_noun_head(toks, i):
        # "the AP report is misleading", "The State IG report could not …", "The IG report cited no evidence": a
        # noun, its verb after it
        return None
    if subject is not None and cue.lower in NAMING_PARTICIPLES and before == i - 1 \
            and _indefinite(toks, subject[0]) and toks[subject[1]].lower not in speaker_nouns()["people"] \
            and not (i + 1 < len(toks) and toks[i + 1].lower in _CALLING_PARTICLES):
        # "a party called Anti-Prom", "a website dubbed …", "An anti-Trump super PAC called Our Principles", "a
        # group of disaffected Ethiopians called Ginbot 7": a name given (a spokesman would speak)
        return None
    if subject is not None and subject[1] == subject[0] + 1 == before == i - 1 \
            and toks[subject[0]].lower in ("a", "an") and not toks[before].is_capitalised \
            and toks[before].lower not in _A_COUNT_OF and not cue.lower.endswith(("s", "ed", "ing")) \
            and cue.lower not in _IRREGULAR_PASTS:
        return None  # "delivered a snappy retort: “…”": a noun its adjective and article describe (a verb agrees)
    if subject is not None and subject[1] == before and _possessive(toks[before]):
        return None  # "Trump’s tweet", "Calderon’s remarks": the cue is a noun its owner qualifies
    if cue.lower == "show" and i + 1 < len(toks) and toks[i + 1].lower in ("host", "hosts", "on") \
            and subject is not None and subject[1] == before and toks[before].is_capitalised:
        return None  # "Talk show host Glenn Beck", "the Breitbart News Daily show on Sirius XM": a show
    if subject is not None and cue.lower.endswith("ing") \
            and any(toks[k].lower in document_nouns()
                    and not (toks[k].is_capitalised and k > 0 and toks[k - 1].lower == "the")
                    for k in range(subject[0], subject[1] + 1)):
        # "The town issued a statement saying …": the town speaks through its statement;
        # "Thiel wrote in a statement to Wired explaining …": so does the writer (but "the" and a capitalised
        # one are a paper's name: "…, the Post reported, citing …")
        in_adjunct = subject[0] > 0 and toks[subject[0] - 1].lower in PREPOSITIONS
        subject = (_earlier_cue_subject(toks, subject[0]) if in_adjunct else None) \
            or _clause_subject(toks, subject[0]) or subject
    if subject is not None and cue.lower.endswith("ing") and subject[1] == i - 1 and subject[0] > 0 \
            and toks[subject[0]].is_capitalised and toks[subject[0] - 1].lower in _PLACE_PREPOSITIONS:
        # "Trump appeared on Fox News saying …", "Smith wrote to Jones saying …": a name a preposition takes
        # is no participle's subject; the clause's is
        subject = _earlier_cue_subject(toks, subject[0]) or _clause_subject(toks, subject[0]) or subject
    if cue.lower in NOT_REPORTS_WITH and i + 1 < len(toks) and (
            toks[i + 1].lower in NOT_REPORTS_WITH[cue.lower]
            or toks[i + 1].lower in _OBJECT_PRONOUNS and i + 2 < len(toks) and toks[i + 2].lower in NOT_REPORTS_WITH[cue.lower]):
        # "the voters who showed up", "called off the merger", "had written it off": the particle makes it no report
        return None
    cue_end = i
    if cue.lower in ("described", "describes", "describing", "describe") and i + 1 < len(toks) and toks[i + 1].lower == "as":
        cue_end = i + 1
    if cue.lower in ("call", "calls", "called", "calling") and i + 1 < len(toks) \
            and toks[i + 1].lower in _CALLING_PARTICLES:
        cue_end, stance = i + 1, True  # "called for a special prosecutor"
    elif cue.lower in ("call", "calls", "called", "calling") and i + 2 < len(toks) \
            and (toks[i + 1].lower in ("again", "also") or _is_ly_adverb(toks[i + 1])) \
            and toks[i + 2].lower in _CALLING_PARTICLES:
        cue_end, stance = i + 2, True  # "called again for President Obama to resign"
    if cue.lower in ("point", "points", "pointed", "pointing") and i + 1 < len(toks) and toks[i + 1].lower == "out":
        cue_end = i + 1  # “…,” he points out.
    elif i + 1 < len(toks) and toks[i + 1].lower == "in" \
            and ("in" in ONLY_WITH_PARTICLE.get(cue.lower, ()) or cue.lower in ("chime", "chimes", "chimed", "chiming")):
        cue_end = i + 1  # "her husband cut in.", "Rucker chimed in": the particle is the cue's
    elif i + 2 < len(toks) and toks[i + 1].lower == "back" and toks[i + 2].lower not in ("in", "when", "then"):
        cue_end = i + 1  # "fired back that …", "wrote back: “…”" — but "said back in 2015" says when
    elif i + 2 < len(toks) and toks[i + 1].lower in ("out", "up", "down") and toks[i + 2].is_word \
            and toks[i + 2].lower not in _NOT_AFTER_A_PARTICLE and cue.lower not in TOPIC_CUES:
        cue_end = i + 1  # "called out Trump", "talked up her strategy", "played down the comments"
    elif cue.lower in TOPIC_CUES and i + 1 < len(toks) and toks[i + 1].lower in TOPIC_CUES[cue.lower]:
        if i + 2 >= len(toks) or not toks[i + 2].is_word and toks[i + 2].quote is None and toks[i + 2].text[0] != "$":
            return None  # "the changes his aides have asked for, even though …": its object stands before it
        cue_end, stance = i + 1, True  # "talked about the economy", "pointed to her record", "boasted of …"
    elif cue.lower in TOPIC_ONLY:
        return None  # "talked to reporters", "recites the same campaign points": no report
    if cue.lower in ("refer", "refers", "referred", "referring") and i + 1 < len(toks) and toks[i + 1].lower == "to":
        cue_end, stance = i + 1, True  # "referring to the candidate's assault"
    if cue.lower in _MAKING or cue.lower in _FEELING_VERBS:
        phrase_end = _cue_phrase_end(toks, i)
        if phrase_end is None:
            return None
        cue_end = phrase_end  # "made it clear that she has their backs", "expressed concern that …"
        stance = stance or toks[cue_end].lower in ("about", "over")  # "raised questions about …": an object
    cue_start = cue.start
    k = i - 1
    while k >= 0 and toks[k].lower in AUXILIARIES:  # "has insisted", "had also said"
        cue_start = toks[k].start
        k -= 1
    cue_until = toks[cue_end].end
    inverted = False
    if subject is not None and i > 0 and toks[i - 1].text == "," and cue.lower in ("said", "says") \
            and (speaker_after := _inverted_to_the_end(toks, i)) is not None:
        # "Mr. Obama warned the Chinese leader, Xi Jinping, during their meeting …, said an American official
        # who was briefed …": the one after the cue speaks, not a name before it set off by commas
        subject, inverted = speaker_after, True
    if subject is None:
        if belief:
            return None
        # “…,” said Kirill Dmitriev, Putin’s investment envoy.
        prev = toks[i - 1] if i > 0 else None
        if _opens_sentence(toks, i):
            # "Said Dorothy Poynter, who grew up with him, “We were all so proud of him.”", "But, said Solovey, “…”"
            subject = _subject_after(toks, i + 1, after_quote=False)
            inverted = subject is not None
        elif prev is not None and (prev.quote is not None or prev.text == ",") and cue.lower not in _NEVER_INVERTED \
                and not (prev.text == "," and cue.lower.endswith("ing")):
            # (a participle after a comma takes an object, no speaker: "The agency, citing a source, said")
            subject = _subject_after(toks, i + 1, after_quote=_quote_just_before(toks, i) is not None)
            if subject is not None and (toks[subject[1]].lower in PRONOUNS or cue.lower in NAMING_CUES) \
                    and not _ends_clause(toks, subject[1] + 1):
                # “sociopath,” said he doesn’t believe …; "…, called Omar a “terrorist”": not an inversion
                subject = None
            if subject is not None and cue.lower in plural_present_cues() and toks[subject[0]].lower in ("a", "an") \
                    and not toks[subject[1]].lower.endswith("s"):
                # "When you feel low, call a friend": a command ("…, say officials", "…, say a number of officials")
                subject = None
            inverted = subject is not None
        if subject is None:
            return None
    s_start, s_end, role = subject
    while s_start < s_end and (toks[s_start].lower in _CONJUNCTIONS or toks[s_start].lower in SUBORDINATORS):
        s_start += 1  # "But supporters of the bill say", "While he's said": the clause's link is no part of who
    # a belief set off after what is believed ("…, Clinton allies believe"), which reports as speech does
    set_off_belief = belief and _a_belief_set_off(toks, s_start, i)
    if stance and toks[s_start].lower in RELATIVE and cue.lower not in cues().speech \
            and _inside_the_subject(toks, s_start, cue_end):
        return None  # "Even people who unequivocally endorsed the plan sounded equivocal": no end to be found
    if not inverted and s_start > 0 and toks[s_start - 1].lower in CONDITIONALS:
        given = cue_end + 2 if cue_end + 2 < len(toks) and toks[cue_end + 1].lower in ("a", "an") else cue_end + 1
        if toks[s_start - 1].lower == "what":
            # "what" stands for what was said: the name given, or the gap's verb and what follows
            naming = cue.lower in NAMING_CUES or cue_end > i  # ("called", "described as")
            if naming and given < len(toks) and (named := toks[given].quote) is not None:
                # "shedding what Gilbert called “a perception problem.”", "what employees have called a “fraudulent
                # scheme”": the name given is what they said
                return Found([(named.start, named.end)], block, cue=(cue_start, toks[cue_end].end),
                             speaker=(toks[s_start].start, toks[s_end].end), role=role, marks=[named])
            if naming and cue_end + 1 < len(toks) and toks[cue_end + 1].is_word and toks[cue_end + 1].quote is None \
                    and not _a_finite_verb(toks[cue_end + 1]):
                # "in what officials called a hate crime", "what they described as an overwhelmingly liberal …":
                # the name given, to where an object ends, with the "what" that stands for the thing named
                stop = next((k for k in range(cue_end + 2, len(toks)) if _object_ends_at(toks, k, len(toks))
                             or toks[k].text in (".", "?", "!", ":") or _a_finite_verb(toks[k])), len(toks))
                named_span = _span_of(toks, cue_end + 1, stop)
                if named_span is not None and not _has_quote(toks, cue_end + 1, stop):  # (quoted: a mixed quotation)
                    what = toks[s_start - 1]
                    return Found([(what.start, what.end), named_span], block, cue=(cue_start, toks[cue_end].end),
                                 speaker=(toks[s_start].start, toks[s_end].end), role=role,
                                 marks=_marks_within(toks, named_span))
            if s_start >= 2 and toks[s_start - 2].is_word and toks[s_start - 2].lower not in _CONJUNCTIONS \
                    and toks[s_start - 2].lower not in SENTENCE_OPENERS and cue.lower in cues().speech \
                    and given == cue_end + 1 and given < len(toks) and _a_finite_verb(toks[given]):
                # "adapt to what she said is growing demand for …", "displaying what many analysts said was a sign
                # of …": the gap's verb and what follows are what was said, with the "what" that stands for it (not
                # opening the sentence: "What he said was true" judges the words, whatever they were)
                what, gap = toks[s_start - 1], _span_of(toks, given, len(toks))
                if gap is not None:
                    said = _cut_trailing_clause(text, gap, toks)
                    return Found([(what.start, what.end), said], block, cue=(cue_start, toks[cue_end].end),
                                 speaker=(toks[s_start].start, toks[s_end].end), role=role,
                                 marks=_marks_within(toks, said))
        return None  # "if Russia rejected a ceasefire": a condition, not something reported
    if not inverted and s_start > 0 and toks[s_start - 1].lower in ("how", "why") \
            and cue_end + 1 < len(toks) and toks[cue_end + 1].lower in _FINITE_AUXILIARIES:
        # "how you feel can be an effective tool": the clause is the sentence's subject, its verb after the cue
        # ("outlined how he thinks the campaign could …" reports, the clause an object)
        return None
    # (a relative pronoun's antecedent is no quotation it speaks: "a “chief trade prosecutor” who reports to …")
    quoted_before: int | None = None if borrowed or not inverted and toks[s_start].lower in RELATIVE \
        else _quote_just_before(toks, s_start if not inverted else i)
    clause_after: tuple[int, int] | None = None
    inverted_tail: tuple[int, int] | None = None
    object_end = cue_end + 1  # past the cue and its object: "he told reporters."
    if quoted_before is not None and not inverted and quoted_before > 0:
        # mid-sentence: “Hannity,” Newt Gingrich said if … — a clause after the cue wins
        after, _rest, until = _content_after(text, toks, cue_end + 1, cue.lower, cue_until)
        if after is not None and not _starts_with_participle(text, after):
            clause_after, cue_until = _cut_trailing_clause(text, after, toks), until
        object_end = next((k for k in range(cue_end + 1, len(toks)) if toks[k].start >= until), len(toks))
    content = None
    if clause_after is not None:
        content = clause_after
    elif quoted_before is not None:
        # “…,” Medinsky said in Istanbul, recalling … — whatever follows, the quotation is the content
        # (taking the whole clause before a mid-sentence quotation was tried: PolNeAR agrees less often)
        content = (toks[quoted_before].start, toks[quoted_before].end)
        closes_clause = _ends_clause_quote(toks[quoted_before]) or (  # “maybe” and “perhaps”, he told reporters
            quoted_before + 1 < len(toks) and toks[quoted_before + 1].text == ",")
        if quoted_before > 0 and closes_clause and _ends_clause(toks, object_end if not inverted else s_end + 1) \
                and not any(t.lower in cues() for t in toks[:quoted_before]):
            # Teachers … are “very, very pro-Bernie,” Kilfoyle said. — the clause the quotation ends is what was
            # said; it opens after a colon or semicolon ("… has long embodied: “Civility was assumed,” he said")
            opening = next((k + 1 for k in range(quoted_before - 1, -1, -1) if toks[k].text in (":", ";")), 0)
            opening = max(opening, _inside_open_bracket(toks, quoted_before))  # or inside a bracket: "… (“…,” X wrote)"
            content = (toks[opening].start, toks[quoted_before].end)
    elif inverted and _opens_sentence(toks, i):  # the quotation after the speaker is the content
        quoted_after = next((t for t in toks[s_end + 1:] if t.quote is not None), None)
        content = (quoted_after.start, quoted_after.end) if quoted_after is not None else None
    elif inverted:  # the content stands before the cue, and may go on after the speaker
        content = _content_before(toks, i)
        inverted_tail = _predicate_after_speaker(toks, s_end) if content is not None else None
        if inverted_tail is not None and role is not None and toks[s_end + 2].start == inverted_tail[0]:
            role = None  # (what followed the speaker's comma was no role: "said Smith, will fail")
    elif stance:
        # a position taken: "plans to narrow her support", "called for a special prosecutor"
        takes_object = cue.lower not in STANCE_WITH_CLAUSE_ONLY
        if cue_end + 1 < len(toks) and (takes_object or toks[cue_end + 1].lower == "to"):
            # up to a colon opening a quotation: "defends his record in an ad: “…,” the senator says"
            stop = next((k for k in range(cue_end + 1, len(toks) - 1)
                         if toks[k].text == ":" and toks[k + 1].quote is not None), len(toks))
            # (a quotation after a participle of speech set off by a comma is the participle's: "endorsed Cruz last
            # week, saying he “has consistently …”")
            own = next((k for k in range(cue_end + 1, stop - 1) if toks[k].text == ","
                        and toks[k + 1].lower.endswith("ing") and toks[k + 1].lower in cues().every), stop)
            if toks[cue_end + 1].lower not in ("to", "that") \
                    and not any(t.quote is not None for t in toks[cue_end + 1:own]):
                # an object, not a clause, may end before the sentence does — unless the words it quotes
                # come later ("refers to the candidate, …, as “Mr. Trump”")
                stop = next((k for k in range(cue_end + 2, stop) if _object_ends_at(toks, k, stop)), stop)
                if s_end + 1 == i and cue.lower.endswith("ing") and not any(map(_a_finite_verb, toks[:s_start])):
                    # a participle qualifying the sentence's subject: "The super PACs supporting Kasich and Rand
                    # Paul paid …" — its object ends where the main verb begins
                    stop = next((k for k in range(cue_end + 2, stop) if _a_finite_verb(toks[k])), stop)
            elif toks[s_start].lower in RELATIVE:
                # a relative clause's "to" clause ends at its comma: "for those of you who plan to play it on the
                # go, this is a small price to pay"
                stop = next((k for k in range(cue_end + 2, stop) if toks[k].text in _SETTING_OFF
                             and _object_ends_at(toks, k, stop)), stop)
            # a new clause after a comma ends any position: "plans to win the state, he told reporters"
            stop = next((k for k in range(cue_end + 2, stop - 2) if toks[k].text == ","
                         and toks[k + 1].lower in _SUBJECT_PRONOUNS and toks[k + 2].is_word), stop)
            if toks[cue_end + 1].lower in _NO_OBJECT_LEADS:
                stop = cue_end + 1  # "who hadn't endorsed during the primaries": a time, and no object
            content = _span_of(toks, cue_end + 1, stop)
    else:
        content, rest, cue_until = _content_after(text, toks, cue_end + 1, cue.lower, cue_until)
        if content is not None and s_start > 0 and toks[s_start - 1].lower == "as" \
                and _only_a_time(toks, _first_token_at(toks, content[0])):
            content, rest = None, False  # "…, as Breitbart reported a few days later": what stands before
        if belief and cue_end + 1 < len(toks) and toks[cue_end + 1].text in _DASHES and s_start > 0 \
                and toks[s_start - 1].text == ",":
            # "…, Clinton allies believe — backers she will need": the dash sets the belief off (but "… and Sanders
            # presumably believes — that his pitch …" goes on)
            content, rest = None, False
        if content is not None and cue.lower in _OBJECT_GAP_CUES \
                and _in_a_reduced_relative(text, toks, s_start, s_end, content):
            return None  # "the letter Mike wrote was “kind and loving”": the letter is what he wrote, and it was kind
        if content is not None and cue.lower in _WRITING and _a_work_written(toks, cue_end + 1, content):
            return None  # "wrote a children's book", "wrote the letter Feb. 2 to …": a work, not words reported
        if content is None and toks[-1].text == ":" and toks[-1].start >= cue_until and not belief \
                and all(t.start < cue_until or t is toks[-1] for t in toks[cue_end + 1:]):
            # "In a 1963 speech, he declared:" at a paragraph's end: what follows is in the next paragraph
            return Found([], block, cue=(cue_start, cue_until), speaker=(toks[s_start].start, toks[s_end].end),
                         role=role, introduces=True)
        if content is None and not rest and (not belief or set_off_belief) \
                and toks[s_start].lower not in RELATIVE \
                and _set_off_before(toks, s_start) and not _only_a_fronted_adjunct(toks, s_start):
            # "The economy is fine, he said." — not "said O'Donnell, who wrote about it in a book." (a relative
            # clause reports nothing before it), nor "She said the Post agreed." (the speaker is in the content)
            # "“…,” a spokesman, John Smith, said": the role set off before the name is no part of what was said
            content = _content_before(toks, _role_set_off_before(toks, s_start, role))
            if content is not None and (role is not None and text[content[0]:content[1]] == role
                                        or toks[s_start].lower in DETERMINERS and _only_a_name(toks, s_start)):
                # "One Republican presidential hopeful, Carly Fiorina, says …": her role, not words; "Sam Lau, the
                # communications director for the party said": his name, the appositive's comma left out
                content = None
            spoken = not _as_a_source(toks, s_start)
            if content is not None and (tail := _rest_after_parenthetical(toks, cue_until, spoken)) is not None:
                # "So it makes sense, strategists said, for Democrats to put …"
                if tail[0] < cue_until:  # "she says, especially …": the adverb is the rest's, not the cue's
                    cue_until = max(t.end for t in toks if t.end <= tail[0] and t.text != ",")
                return Found([content, tail], block, cue=(cue_start, cue_until),
                             speaker=(toks[s_start].start, toks[s_end].end), role=role,
                             marks=_marks_within(toks, (content[0], tail[1])))
        if content is None and not rest and not belief and not inverted and quoted_before is None \
                and all(not t.is_word and t.quote is None for t in toks[cue_end + 1:]):
            # "Dianne Bystrom agreed. “Mainstream Republicans are running out of time …”": the quotation
            # that follows in the paragraph is what she said
            return Found([], block, cue=(cue_start, cue_until), speaker=(toks[s_start].start, toks[s_end].end),
                         role=role, introduces=True)
    if not content:
        return None
    if belief and not inverted and quoted_before is None and _no_clause_of_its_own(toks, cue_end, content) \
            and not (set_off_belief and s_start > 0 and toks[s_start - 1].text == ",") \
            and not (not stance and _gap_relative(toks, s_start) is not None and toks[cue_end + 1].text != ","):
        # (but "His leverage, they believe, isn’t going anywhere": set off inside what is believed)
        return None  # "you know, we're …" (a filler), "who they thought was America's closest ally" (the gap)
    if cue.lower not in UNMISTAKABLE_SPEECH and not (quoted_before == 0 and _ends_utterance(toks[0])) \
            and not text[content[0]].isalnum() \
            and any(t.quote is not None and t.start == content[0] and (t.end == content[1] or cue.lower in AMBIGUOUS_NOUNS)
                    and _looks_like_title(t.text) and not (cue.lower in _CRYING_VERBS and _ends_utterance(t))
                    for t in toks):
        # "the TV show “Madam Secretary”", "showed “Daily Show”": a title, not words said (but “Out!” the crowd
        # yelled: a cry opening the sentence; not "The ad, titled “Unifier?”, concludes …")
        return None
    if cue.lower in QUOTE_ONLY_CUES and not _marks_within(toks, content):
        return None  # “…,” the sign read — but "he read the plan" reports nothing
    if cue.lower in FINDING_CUES and not inverted and quoted_before is None and content[0] >= cue_until \
            and toks[s_end].lower not in STUDY_NOUNS and toks[s_end].lower not in document_nouns() \
            and not _THAT_OR_COLON.search(text, cue_until, content[0]):
        return None  # "a study found …" or "found that …" reports; "they have found 200 more" does not
    if cue.lower in NAMING_CUES and cue_end == i and quoted_before is None and not inverted and _a_call_placed(toks, i):
        return None  # "called Sanders to congratulate him", "called an ambulance": a call made, no name given
    if quoted_before is None and not inverted and content[0] >= cue_until:
        # (what stands before the speaker is reported whole: "X welcomed it, saying …, CNN reported")
        content = _cut_trailing_clause(text, content, toks)
        content = _before_a_coordinated_predicate(text, toks, cue, content)
        if not stance:
            content = _object_without_its_setting(text, toks, content)
        content = _within_own_clause(toks, s_start, content)
        if cue.lower in NAMING_CUES and cue_end == i:  # "called Palin a “clown” on his radio show": the (last)
            # name given ends it — not "called for more “flexibility” for advisers", a stance
            last_quote = next((t for t in reversed(toks) if t.quote is not None and content[0] <= t.start < content[1]), None)
            if last_quote is not None and not _extraposed_after(text, content, last_quote.end):
                content = (content[0], last_quote.end)
    if text[content[0]:content[1]].lower() in _NO_REPORT_ALONE \
            or _A_REQUEST_FOR_COMMENT.match(text, content[0], content[1]):
        # "a GOP, as we now know it, on the landscape": a pronoun alone tells nothing of what was said; "did not
        # respond to Fox News’ request for comment": nor does the request
        return None
    spans = [content] if inverted_tail is None else [content, inverted_tail]
    if quoted_before is None and not inverted and not borrowed and not stance and cue.lower not in NAMING_CUES \
            and (relative := _gap_relative(toks, s_start)) is not None and toks[relative].end <= content[0]:
        # "a group of hackers who U.S. officials say is tied to …": the relative stands for what was said of
        # (not a position's or a name's object: "whom Trump refused to endorse", "which Trump called “a disgrace”")
        spans.insert(0, (toks[relative].start, toks[relative].end))
    if quoted_before is None and not inverted and not borrowed and not stance \
            and (not belief or set_off_belief):
        first_half = _parenthetical_before(text, toks, s_start, cue_until, content)
        if first_half is not None:  # "Whatever progress he has made, officials said, could be undone"
            spans.insert(0, first_half)
    return Found(
        spans=spans,
        block=block,
        cue=(cue_start, cue_until),
        speaker=(toks[s_start].start, toks[s_end].end),
        role=role,
        marks=_marks_within(toks, (spans[0][0], spans[-1][1])),
    )


_A_COUNT_OF = frozenset("few lot majority minority plurality number handful third quarter half dozen couple "
                         "host bunch group".split())  # "a few say", "a majority say": a count, its verb plural
_COORDINATION_ADVERBS = frozenset("then also later still even instead again".split())
_IRREGULAR_PASTS = frozenset("said told wrote went took made gave was were had did came saw knew thought felt left "
                             "kept began brought sent spent held met paid won lost got sought put".split())


def _verb_form(tok: Token) -> str | None:
    """"past" for a lower-case word in -ed or an irregular past, "ing" for one in -ing, else None."""
    if not tok.is_word or tok.is_capitalised or tok.quote is not None:
        return None
    low = tok.lower
    if low in _IRREGULAR_PASTS or _a_past(tok) and len(low) > 4 and "-" not in low:
        return "past"
    if low.endswith("ing") and len(low) > 5 and not low.endswith("thing") and low != "during":
        return "ing"
    return None


def _before_a_coordinated_predicate(text: str, toks: list[Token], cue: Token,
                                    content: tuple[int, int]) -> tuple[int, int]:
    """The content without a predicate "and" joins to the cue's: the subject did that too, and it is no part of
    what was said. After an object, a verb in the cue's form: "mentioned CNN five times and seemed to blame the
    network", "proposing a temporary ban … and taunting …". After a clause, only a past set off by a comma from
    a clause in "would" or "will": "saying he would appoint …, and reminded the audience …" (a clause's own
    predicates go on: "said she was an undecided voter and was uncomfortable with …")."""
    s, e = content
    if text.find(" and ", s, e) < 0 and text.find(" but ", s, e) < 0:  # (most join nothing: asked first, cheap)
        return content
    form = _verb_form(cue)
    if form is None:
        return content
    first = _first_token_at(toks, s)
    if first is None:
        return content
    for k in range(first + 2, len(toks)):
        if toks[k].end >= e:
            break
        if toks[k].lower == "but" and form == "past" and k + 1 < len(toks) and _verb_form(toks[k + 1]) == "past" \
                and toks[k + 1].lower not in _FINITE_BE_HAVE and _object_or_modal(toks, first, k)[0]:
            # "said he was a threat, but still did nothing", "backed the deal but did not buy her argument": the
            # subject's next act in the cue's past
            return (s, toks[k - 2 if toks[k - 1].text == "," else k - 1].end)
        if toks[k].lower != "and":
            continue
        j = k + 1
        while j < len(toks) and toks[j].lower in _COORDINATION_ADVERBS:
            j += 1
        if j + 1 >= len(toks) or toks[j + 1].end > e:
            continue
        then = _verb_form(toks[j])
        if then is None or then != form and then != "past" or not _takes_its_object(toks, j):
            continue
        comma = toks[k - 1].text == ","
        an_object, modal = _object_or_modal(toks, first, k)  # (only now: few contents get this far)
        if an_object and then == form or comma and modal and then == "past":
            return (s, toks[k - 2 if comma else k - 1].end)
    return content


def _object_or_modal(toks: list[Token], first: int, k: int) -> tuple[bool, bool]:
    """Of the words from ``first`` up to token k: whether they are an object with no verb of its own, and whether
    a modal stands among them."""
    an_object = toks[first].lower not in SUBORDINATORS and _a_noun_phrase_alone(toks, first)
    modal = False
    for tok in toks[first + 1:k]:
        if tok.lower in _MODALS:
            modal = True
        elif _makes_a_clause(tok):
            an_object = False  # a clause after all: "quoted Wassim Bouhlel, a Nice native, as saying that …"
    return an_object, modal


def _makes_a_clause(tok: Token) -> bool:
    """Whether ``tok`` inside a content makes it a clause rather than an object: a quotation (which may hold the
    verb), a finite verb or auxiliary, a past, or "that"."""
    return tok.quote is not None or tok.lower in _VERB_LIKE or tok.lower == "that" or _verb_form(tok) == "past"


def _first_token_at(toks: list[Token], start: int) -> int | None:
    """The index of the first token starting at or after ``start``, or None."""
    k = bisect_left(toks, start, key=_TOKEN_START)
    return k if k < len(toks) else None


_TOKEN_START = itemgetter(1)  # a token's start, read in C (no Python call for each step of the bisection)


_SETTING_LEAD = re.compile(r"\s(?:in|on|at|during)\s")


def _object_without_its_setting(text: str, toks: list[Token], content: tuple[int, int]) -> tuple[int, int]:
    """An object reported without where it was said: "endorsed Mr. Trump at a news conference at Mar-a-Lago",
    "blamed local officials on Twitter" (a stance's object is cut so in _object_ends_at; a clause keeps all)."""
    s, e = content
    if _SETTING_LEAD.search(text, s, e) is None:  # (the cheap question first)
        return content
    first = _first_token_at(toks, s)
    if first is None:
        return content
    for k in range(first + 1, len(toks)):
        if toks[k].end > e or toks[k].text in (",", ";", ":", "—", "--"):
            break  # (past a comma or a colon the object may hold more: "…, with the Sportback making its debut at …")
        if toks[k].lower in _SETTING_PREPOSITIONS and _a_setting_after(toks, k + 1):
            return (s, toks[k - 1].end) if _an_object_alone(toks, first, e) else content
    return content


_WH_WORDS = frozenset("what who whom whose which where when why how whether".split())  # a clause, not an object


def _an_object_alone(toks: list[Token], first: int, e: int) -> bool:
    """Whether the content from token ``first`` to offset ``e`` is a noun phrase with no verb of its own."""
    if toks[first].lower in SUBORDINATORS or toks[first].lower in _WH_WORDS or not _a_noun_phrase_alone(toks, first):
        return False
    return not any(tok.lower in _MODALS or _makes_a_clause(tok) for tok in toks[first + 1:] if tok.end <= e)


def _takes_its_object(toks: list[Token], j: int) -> bool:
    """Whether the word at j reads as a verb by what follows it — an object's determiner or pronoun, a
    preposition, "to", an adverb, a comma — and not as a modifier of a noun joined by "and": "and growing
    economic inequality", "and unsettled weather could last", "and heating equipment". Irregular pasts are
    verbs whatever follows ("and was acquitted")."""
    if toks[j].lower in _IRREGULAR_PASTS:
        return True
    after = toks[j + 1]
    low = after.lower
    return low in DETERMINERS or low in POSSESSIVE_PRONOUNS or low in OBJECT_PRONOUNS or low in PREPOSITIONS \
        or low == "to" or low in _COORDINATION_ADVERBS or _is_ly_adverb(after) or after.text in (",", ":") \
        or after.quote is not None


def _a_call_placed(toks: list[Token], i: int) -> bool:
    """Whether the naming cue at ``i`` ("called") takes a person or a thing and no name for them: a call
    placed — "called Naghmeh Abedini.", "called her to get together again", "called Sanders shortly after",
    "called an ambulance" — not "called him divisive", "called Trump a fascist", "called it “predatory.”"."""
    j = i + 1
    if j >= len(toks) or toks[j].quote is not None:
        return False
    if toks[j].lower in OBJECT_PRONOUNS or toks[j].is_capitalised and not _possessive(toks[j]):
        k = _skip_object(toks, j)
    elif toks[j].lower in ("a", "an") and j + 1 < len(toks) and toks[j + 1].is_word:
        k = j + 2  # (one noun: "an ambulance" — "a total disgrace", "a “con artist”" give a name)
    elif toks[j].lower in ("both", "each", "the") and j + 1 < len(toks) and _a_people_noun(toks[j + 1]):
        k = j + 2  # "called both candidates Tuesday night", "called the senator to congratulate her"
    else:
        return False
    if k <= j or k > len(toks):
        return False
    if k < len(toks) and toks[k].text == ",":
        # past an appositive: "called LeVell, a former county chairman in Gwinnett County, onto the stage"
        close = next((m for m in range(k + 1, min(len(toks), k + 20)) if toks[m].text == ","
                      or toks[m].quote is not None or toks[m].lower in cues()), None)
        if close is not None and toks[close].text == "," and close + 1 < len(toks) \
                and toks[close + 1].lower in _AFTER_A_CALL:
            return True
    return k == len(toks) or toks[k].text in (".", ";", "!", "?") or toks[k].lower in _AFTER_A_CALL \
        or toks[k].lower in TIME_WORDS


# (not "and": "Trump and Cruz liars"); "onto the stage", "up to the podium": summoned, not named
_AFTER_A_CALL = frozenset("to back again shortly right after before onto into up forward".split())


def _role_set_off_before(toks: list[Token], s_start: int, role: str | None) -> int:
    """Where the speaker's role opens when it stands before the name, set off by commas ("“…,” a spokesman,
    John Smith, said", "…, another fraternity brother, Stuart Oltchick, recalled"); else ``s_start``."""
    if role is None or s_start < 2 or toks[s_start - 1].text != ",":
        return s_start
    for k in range(s_start - 2, max(-1, s_start - 32), -1):
        if not toks[k].is_word and toks[k].text not in ("-", "’", "'", "."):
            return s_start  # a comma or a quotation: the appositive would have ended there
        if _as_written(toks[k:s_start - 1]) == role:
            return k
    return s_start


def _only_a_name(toks: list[Token], s_start: int) -> bool:
    """Whether all before the speaker at ``s_start`` is a name and its comma: "Sam Lau, the director … said"."""
    before = toks[:s_start]
    return len(before) >= 2 and before[-1].text == "," and all(t.is_capitalised for t in before[:-1])


def _a_singular_noun_head(toks: list[Token], i: int) -> bool:
    """Whether the cue word at ``i``, in its base form, ends a noun phrase a determiner opens: "the AP report",
    "The State IG report" — where a verb in that form could not follow a singular subject (but "a tactic
    Democrats hope will …" and "which he estimates will …" are verbs, their object the clause)."""
    if toks[i].lower.endswith("s") or i < 2 or toks[i - 1].lower.endswith("s") or not toks[i - 1].is_word:
        return False
    for m in range(i - 1, max(-1, i - 7), -1):  # ("A 2014 House Intelligence Committee report found")
        if toks[m].lower in ("the", "a", "an"):
            return m == 0 or toks[m - 1].lower not in PREPOSITIONS  # (not "others in the administration claim")
        if not toks[m].is_word or toks[m].lower in PRONOUNS or toks[m].lower in ("and", "or"):
            return False  # ("she and others in the Obama administration claim was …": a subject of its own)
    return False


def _indefinite(toks: list[Token], k: int) -> bool:
    """Whether the noun phrase at ``k`` opens on "a" or "an", or follows one within a few words ("a group of
    disaffected Ethiopians", "An anti-Trump super PAC")."""
    for m in range(k, max(-1, k - 5), -1):
        if toks[m].lower in ("a", "an"):
            return True
        if not toks[m].is_word or m < k and toks[m].lower in DETERMINERS or toks[m].lower in ("for", "with", "by"):
            return False  # ("A spokesman for Democratic presidential candidate Hillary Clinton called …" speaks)
    return False


_OBJECT_PRONOUNS = frozenset("it them him her this that".split())
_FINITE_BE_HAVE = frozenset("is was are were has had have".split())
_NO_REPORT_ALONE = frozenset({"it", "this"})
_ASKING = frozenset("ask asks asked asking".split())
_FOR_COMMENT = re.compile(r"for\s+(?:(?:a|further|any)\s+)?comments?\b", re.I)
# "did not immediately respond to Fox News’ request for comment": the request is no one's words
_A_REQUEST_FOR_COMMENT = re.compile(
    r"(?:(?:an?|repeated|multiple|several|two|three)\s+)?requests?\s+(?:for|seeking)\s+comment\b", re.I)


# forms of a cue that are participles only: with no auxiliary before them, a noun's modifier
_PARTICIPLES_ONLY = frozenset(("written", "shown"))
_PERFECT_OR_PASSIVE = _GRAMMAR["passive_auxiliaries"] | {"has", "have", "had", "having", "'s", "’s"}


def _object_of_an_infinitive(toks: list[Token], i: int) -> bool:
    """Whether the cue at ``i`` is a plural noun an infinitive takes: "to answer questions", "to raise concerns"
    (after "to" and a verb, a form in -s is no verb)."""
    low = toks[i].lower
    return i >= 2 and low.endswith("s") and not low.endswith("ss") and toks[i - 2].lower == "to" \
        and toks[i - 1].is_word and not toks[i - 1].is_capitalised and toks[i - 1].lower not in DETERMINERS \
        and not _is_ly_adverb(toks[i - 1]) and toks[i - 1].lower not in BETWEEN_SPEAKER_AND_CUE


def _a_bare_participle(toks: list[Token], i: int) -> bool:
    """Whether the cue at ``i`` is a participle no auxiliary makes a verb of: "the tweet shown above claimed",
    "The letter written by Smith argued" — the words after the noun it describes say who reports (not "Polls
    have shown", "The data has clearly shown", "She’s already shown")."""
    if toks[i].lower not in _PARTICIPLES_ONLY:
        return False
    k = i - 1
    while k >= 0 and (toks[k].lower.endswith("ly") or toks[k].lower in _BETWEEN_AUXILIARY_AND_VERB):
        k -= 1
    return k < 0 or toks[k].lower not in _PERFECT_OR_PASSIVE and not toks[k].lower.endswith(("’s", "'s"))


_BETWEEN_AUXILIARY_AND_VERB = frozenset("also already not never long since just first".split())


def _a_stance_noun(toks: list[Token], i: int) -> bool:
    """Whether a stance word at ``i`` is a noun (or a command), no verb with a subject. A bare "support" or
    "oppose" is one: "Get support
    for the scary stuff", "the support Johnson has", "40 percent support among …" (a preposition after it) —
    unless what stands before is an auxiliary ("would support", "do not oppose"), a pronoun or relative ("I
    support him", "who support Sanders"), a count ("About three-quarters support", "a 69% majority of Republicans
    support"), or a noun of people ("senators surveyed support", "Millennials support"). "Backing" and "backs" are
    nouns after an article, a possessive, "has" or "and", or before a preposition ("has backing from 33 percent")."""
    if toks[i].lower in _BACKING:
        return i + 1 == len(toks) or toks[i + 1].lower in PREPOSITIONS or i > 0 and (
            toks[i - 1].lower in DETERMINERS or toks[i - 1].lower in POSSESSIVE_PRONOUNS
            or toks[i - 1].lower in ("has", "have", "had", "and", "or") or _possessive(toks[i - 1]))
    if toks[i].lower not in _BARE_STANCES:
        return False
    if i + 1 == len(toks) or not toks[i + 1].is_word or toks[i + 1].lower in PREPOSITIONS:
        return True  # a noun still: "with 34 percent support among Latino voters", "majority support for …"
    k = i - 1
    while k > 0 and (_is_ly_adverb(toks[k]) or toks[k].lower in _ADVERBS_BEFORE_A_VERB):
        k -= 1
    if k < 0 or not toks[k].is_word:
        return True
    before = toks[k].lower
    if before == "to" and k == i - 1:
        return _catenative_chain(toks, i) is None  # a verb after one handing on its subject: "tended to support"
    if before in _MODALS or before in _DO_FORMS or before.endswith(("n’t", "n't")) or before == "not" \
            or before in _STANCE_SUBJECT_WORDS or before in COUNTED_SUBJECTS or before in NUMBER_WORDS \
            or before[:1].isdigit() or _a_noun_of_speakers(toks[k]):
        return False
    return not (toks[k].is_capitalised and before.endswith("s") and not _possessive(toks[k]))  # "Democrats support"


_BARE_STANCES = frozenset(("support", "oppose"))
_BACKING = frozenset(("backing", "backs"))  # nouns too: "has backing from 33 percent", "the backing of", "their backs"
# adverbs between a subject and its verb: "who now support", "positions that now seem moderate"
_ADVERBS_BEFORE_A_VERB = frozenset("also still all both generally strongly overwhelmingly now often always never "
                                   "just only even already".split())
_DO_FORMS = frozenset("do did does".split())
_STANCE_SUBJECT_WORDS = frozenset("i we they you who that which majority majorities plurality percent "
                                  "three-quarters two-thirds one-third half".split())


# the believers whose belief set off after a clause is no filler of a speaker's own ("…, I think", "you know")
_OWN_FILLERS = frozenset("i you we".split())
_NOT_SET_OFF_BELIEFS = frozenset("know knows knew see sees saw guess mean".split())


def _a_belief_set_off(toks: list[Token], s_start: int, i: int) -> bool:
    """A belief reported after what is believed, set off by a comma: "Such a move could alienate his backers,
    Clinton allies believe", "His leverage, they believe, isn’t going anywhere" — not a filler ("…, I
    think", "…, you know"), and the verb closing its clause (not "Jews fear for their safety", "the unease many
    women feel about …", "What does Bernie want?")."""
    return toks[s_start].lower not in _OWN_FILLERS and toks[i].lower not in _NOT_SET_OFF_BELIEFS \
        and (i + 1 == len(toks) or toks[i + 1].text in _CLOSES_A_SET_OFF_BELIEF)


def _extraposed_after(text: str, content: tuple[int, int], end: int) -> bool:
    """Whether "it" opens ``content`` and "that" or "to" follows offset ``end`` inside it: "called it “critical”
    that she make such a speech" — what "it" stands for comes after the name given."""
    return text.startswith("it ", content[0]) and _THAT_OR_TO_AFTER.match(text, end, content[1]) is not None


_THAT_OR_TO_AFTER = re.compile(r"\s+(?:that|to)\s")


def _gap_relative(toks: list[Token], s_start: int) -> int | None:
    """The index of "who", "whom" or "which" right before the speaker at s_start, standing in what the speaker
    said for the one it refers to ("Guccifer, who officials say is tied to …", "a fair sentence, which I said
    was not a prison sentence") — not after a preposition ("an interview, in which he says he will …") nor
    opening a sentence."""
    k = s_start - 1
    if k < 1 or toks[k].lower not in ("who", "whom", "which"):
        return None
    # (nor a question's word after a verb: "they knew who they wanted to reach")
    return None if toks[k - 1].lower in PREPOSITIONS or toks[k - 1].lower in cues().every else k


def _no_clause_of_its_own(toks: list[Token], cue_end: int, content: tuple[int, int]) -> bool:
    """After a verb of belief: a comma (a filler: "you know, …") or a finite verb with no subject of its
    own ("who they thought was …", "which voters believe hurt workers")."""
    if cue_end + 1 >= len(toks):
        return False
    after = toks[cue_end + 1]
    return after.text == "," or (after.lower in _FINITE_BE_HAVE and after.start == content[0])


def _parenthetical_before(text: str, toks: list[Token], s_start: int, cue_until: int,
                          content: tuple[int, int]) -> tuple[int, int] | None:
    """The first half of a sentence that a speaker and cue set off by commas split in two
    ("And that, Mr. Manafort said, was in the works"), or None."""
    if s_start < 2 or toks[s_start - 1].text != "," or "," not in text[cue_until:content[0]]:
        return None
    if any(t.lower in cues() or t.quote is not None or t.text in (",", ";", ":") for t in toks[:s_start - 2]) \
            or toks[s_start - 2].quote is not None or not toks[s_start - 2].is_word:
        return None  # an earlier clause of its own (a cue word right before the comma is a noun: "Cost estimates,")
    # (a sentence's "And" or "But" leads nothing: "And Trump, Sunshine said, doesn't forgive" is one report)
    first = toks[1] if toks[0].lower in ("and", "but") and s_start > 3 else toks[0]
    after = next((t for t in toks if t.start >= content[0]), None)
    if (first.lower in ADJUNCT_LEADS or first.lower in PREPOSITIONS
            or _participle(first) or (first.text[0].isupper() and first.lower.endswith("ing"))) \
            and not (after is not None and _opens_predicate(after) and first.lower not in SUBORDINATORS):
        # an adjunct: "In his state, Christie said, …", "Holding open a book, Beck said, …" — but not the
        # subject of a verb after the cue: "Riding alone in the park, they said, can be hazardous"
        return None
    if after is not None and after.quote is not None and _OPENS_CAPITALISED.match(after.text):
        return None  # a whole quotation after the cue: what stands before it frames it
    first_half = _content_before(toks, s_start)
    if first_half is None and s_start == 2 and toks[0].is_capitalised \
            and _first_word(text, content[0] + (1 if text[content[0]] in "“\"" else 0)) in _SUBJECTLESS_VERBS:
        # a one-word subject: "Clinton, a top aide said, “is very confident …”" — not "Yes, he said, we …"
        first_half = (toks[0].start, toks[0].end)
    return first_half


# a verb that opens what follows a parenthetical speaker with no subject of its own: what stood before is it
_SUBJECTLESS_VERBS = frozenset("can could will would should may might must is are was were has have had does did "
                               "remains remain".split())
_FINITE_AUXILIARIES = _SUBJECTLESS_VERBS - {"remains", "remain"}  # after a noun: "the AP report is …"


def _opens_predicate(tok: Token) -> bool:
    """Whether ``tok`` is a verb that goes on from a subject set off before it: "will", "was", "doesn't"."""
    return tok.lower in _SUBJECTLESS_VERBS or tok.is_word and tok.lower.endswith(("n't", "n’t"))


def _predicate_after_speaker(toks: list[Token], s_end: int) -> tuple[int, int] | None:
    """The rest of a sentence an inverted speaker split in two, or None: "The plan, said Smith, will fail",
    "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget" — the
    verb after the speaker (and what describes them) goes on from the subject before the cue."""
    k = s_end + 1
    if k + 1 >= len(toks) or toks[k].text != ",":
        return None
    k += 1
    if not _opens_predicate(toks[k]):  # an appositive or relative clause first, to its comma
        k = next((m + 1 for m in range(k, min(len(toks) - 1, k + 30)) if toks[m].text in (",", ".", ";", ":")
                  or toks[m].quote is not None), len(toks))
        if k >= len(toks) or toks[k - 1].text != "," or not _opens_predicate(toks[k]):
            return None
    return _span_of(toks, k, len(toks))


# Where reported content ends before the sentence does: a participle or relative clause
# hung on with a comma ("called Cruz the “ultimate hypocrite,” linking to a story …").
_SPACED_DASH_CLAUSE = re.compile(r"\s+(?:—|–|--|-)\s")  # (the dash itself closes the clause before, as a comma)
_TRAILING_CLAUSE = re.compile(r",?\s+(?:(?!during\b|including\b|regarding\b|concerning\b)[a-z]+ing|which|who|whom"
                              r"|according to"  # (prepositions in -ing lead no clause: "…, during her tenure, as …")
                              # (with no comma, "while" and a verb of speech: "… to back Clinton while adding …, “…”")
                              r"|while\s+(?:also\s+)?(?=(?:adding|saying|noting|insisting|arguing|stressing)\b))\b"
                              # another clause, with a subject of its own: "…, but 55 percent say …" (not "…,
                              # but that …", which reports on, nor "…, but is now …", which shares the subject)
                              r"|(?:,|(?<=,[”\"’'])|\s+(?:—|–|--|-))\s+(?:but|while|whereas|although|though|even as"
                              r"|even though)\s+"  # (a spaced dash as a comma: "… activated - but there is no …")
                              # (a phrase set off first: "…, but for Republicans, it is a smoking gun")
                              r"(?:(?:for|to|among|in|at|with)\s+[^,;:“”\"]{1,40},\s+)?"
                              r"(?=(?:he|she|they|we|I|it|there|the|a|an|his|her|their|its|some|many|most"
                              r"|[A-Z0-9][\w.’'-]*)\b)"
                              # "…, while also suggesting that …": the subject's next act, another report or none
                              # (not a parenthesis inside the content: "a video that, while celebrating …, dwelled")
                              r"|,(?<!\bthat,)(?<!\bwhich,)\s+(?:while|whereas)\s+(?:also\s+)?(?=[a-z]+ing\b)"
                              # "…, and he railed against …": the narrative goes on, in the past
                              r"|,\s+and\s+(?=(?:he|she)\s+(?:also\s+)?[a-z]+ed\b)"
                              # "… Clinton was “a disaster,” and shared a link …": a quotation closing on its comma,
                              # then the subject's next act
                              r"|(?<=,[”\"’'])\s+and\s+(?=[a-z]+ed\b)"
                              # "…, a swipe at …", "…, a move that survived …", "…, the founder of Theranos": the
                              # writer's aside on what was said or on a name, to the sentence's end (not an item of a
                              # list, nor a clause: "…, a recount could not"; and see _cut_trailing_clause)
                              # (or a bare plural of words said: "…, remarks that were featured on state news")
                              r"|,\s+(?:remarks|comments|words|statements|claims)\s+(?=that\b|which\b)"
                              r"|,\s+(?=(?:an?|the)\s+[^,;:“”\"]*"
                              r"(?:(?:(?<=\d),(?=\d)|,(?=\s+(?:who|which)\s))[^,;:“”\"]*)*$)"
                              r"(?![^,]*\b(?:and|or)\s+(?:an?|the)\b)"
                              r"(?!(?:an?|the)\s+(?:(?!(?:that|who|which|whom|whose)\s)[\w’'-]+\s+){0,5}?"
                              r"(?:is|was|are|were|could|would|will|can|has|had|have|should|may|might|must|did"
                              r"|does)\b)")


# "… computers and she accused Trump of …", "…, but conceded that …": "and" or "but" opening the next thing
# the speaker said, a verb (of speech in the past, as _cut_trailing_clause checks) with or without the pronoun
_ANOTHER_REPORT = re.compile(r"\b(?:and|but)\s+(?:(he|she|they)\s+)?(?:also\s+)?([a-z]+)\b")


@lru_cache(maxsize=1)
def _said_in_the_past() -> frozenset[str]:
    return frozenset(w for w in cues().speech if w.endswith("ed") or w == "said")


_ENDS_UTTERANCE = re.compile(r"[!?][”\"’']+$")  # “You lie!”, “Is it over?”: a whole utterance
# After a quotation inside reported content, the reporter's own framing: a subordinate clause
# ("“…” as he faces a test"), an aside ("“…,” part of a verbal lashing"), a time ("“…” moments after")
_FRAMING_AFTER_QUOTE = re.compile(
    r",?\s+(?:as|before|after|while|although|though|until|unless|like|whereas|when|which|"
    r"part of|(?:moments|minutes|hours|days|weeks)\s+(?:after|before|later))\b")

_PRONOUN_SUBJECT_AFTER = re.compile(r"\s+(?:he|she|they|we|I)\s+(?!(?:said|says|say|added|told|asked)\b)")


# a clause's subject and verb: a pronoun, or up to three capitalised words and a verb in -s or -ed
_CLAUSE_AFTER_SEMICOLON = re.compile(r"\s*(?:(?:but|yet|still|however,?)\s+)?(?:(?:he|she|they|it|I|we|you)\b"
                                     r"|(?:[A-Z][\w.’'-]*\s+){1,3}(?:also\s+)?[a-z]+(?:s|ed)\b)")


def _cut_trailing_clause(text: str, span: tuple[int, int], toks: Sequence[Token] = ()) -> tuple[int, int]:
    """The span without a trailing participle or relative clause; never cut inside a quotation of ``toks``."""
    s, e = span
    quoted = [(t.start, t.end) for t in toks if t.quote is not None and t.end > s and t.start < e]
    for qs, qe in quoted:
        if qe < e and _ends_clause_quote_text(text[qs:qe]) and _attribution_follows().match(text, qe, e):
            lead = text[s:qs].rstrip()
            if lead.endswith(":") and len(lead) > 1:
                # "defends his record in an ad: “…,” the senator says" — the quotation is the senator's
                return (s, s + len(lead) - 1)
            if lead.endswith(_SPACED_DASHES) and len(lead) > 2:
                # "suggested that the plan was unserious - “…,” she said - and charged …": the quotation is an aside
                # with its own speaker
                return (s, s + len(lead[:-2].rstrip(" -—–")))
            return (s, qe)  # pledged to “…,” the Orlando Sentinel reported — the paper's report is not the content
        if qs == s < qe < e and text[qs:qe].rstrip("”\"’'").endswith(",") and _PRONOUN_SUBJECT_AFTER.match(text, qe, e):
            # "says: “Ain’t no place like home,” she and Rose-Lynn sing together": what was said is the quotation
            # (not when it is inside a clause: "although the elections were an “important step forward,” they …")
            return (s, qe)
        if qe < e and (_FRAMING_AFTER_QUOTE.match(text, qe, e) or _ENDS_UTTERANCE.search(text, qs, qe)):
            # says he’s “excited where we stand” as he faces …, yelled “You lie!” at the president: the
            # reporter's framing follows the words
            return (s, qe)
    for m in _TRAILING_CLAUSE.finditer(text, s, e):
        if any(qs <= m.start() < qe for qs, qe in quoted):
            continue  # “… of the 1960s, going into the 1970s,” is what was said, whole
        head = text[s:m.start()]
        dashed = "," not in text[m.start():m.end()] + head[-2:] and not _SPACED_DASH_CLAUSE.match(m.group())
        if dashed and m.group().lstrip().startswith("while"):
            dashed = False  # "… while adding …": no comma or dash needed
        if head.count(" ") < 2 or dashed and not _dash_sets_off_a_participle(text, head, m, e):
            continue
        if m.group().lstrip(" ,”\"’'").startswith(("which", "who", "whom")) and "," in text[m.end():e]:
            continue  # "the announcement, which some have argued …, was an insult": the clause resumes
        if m.group().lstrip(" ,”\"’'").startswith(("even as", "though", "although", "while")) \
                and (short := _SHORT_ASIDE.match(text, m.end(), e)) is not None \
                and (short.group(1).lower() in _VERB_LIKE or short.group(1).lower() in _MODALS):
            continue  # "that Donald J. Trump, even as a candidate, had elevated …": an aside, then the clause's verb
        if _AUXILIARY_THEN_ASIDE.search(head):
            continue  # "efforts … was, in fact, working": the participle completes the verb the aside split
        aside = m.group().strip() == ","  # the writer's aside closing the sentence
        if aside and len(phrases := _PHRASE_MARKS.split(head)) > 1 and len(phrases[-1].split()) < 4:
            continue  # "and, in one case, a helicopter", "— specifically, a parasite": an item after an aside
        if aside and text.startswith("the", m.end()) \
                and (not head.split()[-1][:1].isupper() or _AND_OR.search(text, m.end(), e)):
            continue  # "…, the founder of Theranos" describes a name; "…, the race will be tight", "…, the American
            # public and allies" are a clause and a list's item
        e = s + len(head.rstrip(" -—–")) if dashed else m.start()
        break
    # a semicolon closes what was reported: "proposes breaking up Wall Street banks …; she backs tougher
    # regulations", "wants a ''Medicare for all'' system; Mrs. Clinton aims to build on …"
    # (one semicolon, a clause after it: two or more part a list's items, "Tim Tebow; Rep. Marsha Blackburn; …")
    semicolons = []
    k = text.find(";", s, e)
    while k != -1:
        if not any(qs <= k < qe for qs, qe in quoted):
            semicolons.append(k)
        k = text.find(";", k + 1, e)
    if len(semicolons) == 1 and text[s:semicolons[0]].strip() \
            and _CLAUSE_AFTER_SEMICOLON.match(text, semicolons[0] + 1, e):
        e = s + len(text[s:semicolons[0]].rstrip())
    # (and, cut or not, a report in the clause opening the sentence ends where the main clause begins: "When
    # Maddow pointed out that Sanders refers to it as “Medicare for all,” Clinton seized upon …, repeating …")
    main = _main_clause_after_opening(toks, s, e)
    if main is not None:
        return (s, main)
    if e != span[1]:
        return (s, e)
    for report in _ANOTHER_REPORT.finditer(text, s, e):
        before = text[s:report.start()].rstrip()
        if report.group(2) in _said_in_the_past() and (report.group(1) or before.endswith(",")
                                                        or report.group().startswith("but")) \
                and before.count(" ") >= 2 and not any(qs <= report.start() < qe for qs, qe in quoted):
            return (s, s + len(before.rstrip(" ,-—–")))  # ("… with the FBI - but she also insisted …")
    return span


# "a candidate, had": up to four words, a comma, and the next word
_SHORT_ASIDE = re.compile(r"(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+([\w’'-]+)")
_SPACED_DASHES = (" -", " —", " –", " --")
_ASIDE_DASHES = frozenset(("—", "–", "-", "--"))


def _dash_sets_off_a_participle(text: str, head: str, m: re.Match, e: int) -> bool:
    """Whether a dash before the trailing clause m sets a participle off as a comma does ("… of the refuge - noting
    that …"): not a pair of dashes around an aside ("those efforts - which include … - are"), nor a noun in -ing
    ("a significant - and perhaps inevitable - shortcoming")."""
    if not head.endswith(_SPACED_DASHES):
        return False
    dash = f" {head.rstrip()[-1]} "
    word = m.group().strip()
    return word[:1].islower() and word.endswith("ing") and not word.endswith("thing") \
        and dash not in head.rstrip()[:-2] and dash not in text[m.end():e]


_AND_OR = re.compile(r"\b(?:and|or)\b")
_PHRASE_MARKS = re.compile(r"[,;:—–(]")  # marks that set a phrase off

# an auxiliary, then an aside set off by commas, in lower case: "was, in fact," / "is, of course,"
_AUXILIARY_THEN_ASIDE = re.compile(r"\b(?:is|are|was|were|be|been|am|’s|'s),\s+[a-z]+(?:\s+[a-z]+)?$")


def _main_clause_after_opening(toks: Sequence[Token], s: int, e: int) -> int | None:
    """Where the main clause begins, when the report at [s, e) sits in the subordinate clause opening the
    sentence: "While a group of rabbis planned to protest at the conference, some Republicans may be warming
    to him" ends the report at "conference". None when a comma closed the opening clause before the report
    began ("While in Iowa, Trump said …")."""
    if not toks:
        return None
    first = 1 if len(toks) > 1 and toks[0].lower in ("but", "and", "yet") else 0
    if first + 1 < len(toks) and toks[first].lower in ("ever", "even", "just") \
            and toks[first + 1].lower in SUBORDINATORS:
        first += 1  # "Ever since Bernie Sanders announced his candidacy, he's said …", "Even if …", "Just as …"
    if toks[first].lower not in SUBORDINATORS or toks[first].lower in ("as", "once", "if", "unless") \
            or toks[first].start >= s:
        return None
    if any(t.text == "," and t.start < s for t in toks[first + 1:]):
        return None
    return _main_clause_comma(toks, s, e)


def _main_clause_comma(toks: Sequence[Token], s: int, e: int) -> int | None:
    """The offset of the first comma in [s, e) that a main clause follows, a subject and its verb ("…, the
    party has done the opposite") or "and" or "but" ("…, and at that point he had …", not "…, but also
    being …"); not a list's comma, nor before a relative clause."""
    listing = False
    for k, tok in enumerate(toks[:-2]):
        quoted = _ends_in_comma(tok)  # “… Palestinians,” many in the audience …
        if tok.text != "," and not quoted or tok.start < s:
            continue
        if tok.start >= e:
            return None
        subject, verb = toks[k + 1], toks[k + 2]
        if _in_a_list(toks, k):
            listing = True
            continue
        if subject.lower in ("and", "but") and not listing and verb.lower not in ("also", "not", "then") \
                and not verb.lower.endswith(("ing", "ed")) \
                or (_a_pronoun(subject) and subject.lower not in RELATIVE or subject.lower in DETERMINERS
                    or subject.is_capitalised or subject.text[0].isdigit()) and verb.is_word and not verb.is_capitalised \
                and subject.lower not in ("that", "this"):
            return tok.end if quoted else tok.start
    return None


def _a_pronoun(tok: Token) -> bool:
    """A pronoun, contracted with its auxiliary or not: "he", "he’s", "they'd"."""
    return tok.lower.replace("’", "'").split("'")[0] in PRONOUNS


def _in_a_list(toks: Sequence[Token], k: int) -> bool:
    """Whether the comma at k goes on with a list, another item and "and" or a comma after it: "the parks,
    the schools and the library", "Mexico, China, and Japan", "the gut, the lungs, the nasal passages" (not
    "…, he replied, …": a comma after a pronoun and a verb)."""
    return any(t.lower in ("and", "or") for t in toks[k + 2:k + 5]) \
        or toks[k + 1].lower in DETERMINERS and any(t.text == "," for t in toks[k + 3:k + 6])


def _first_comma_past_lists(toks: Sequence[Token], content: tuple[int, int]) -> int | None:
    """The offset of the first comma in ``content`` that is no list's ("Mexico, China, and Japan": its
    last item's too)."""
    listing = False
    for k, tok in enumerate(toks):
        quoted = _ends_in_comma(tok)  # "boast that he had decimated ''core Al Qaeda,'' on Tuesday night he …"
        if tok.text != "," and not quoted or not content[0] < tok.start < content[1] or k + 1 == len(toks):
            continue
        if _in_a_list(toks, k) or listing and k + 1 < len(toks) and toks[k + 1].lower in ("and", "or"):
            listing = True
            continue
        return tok.end if quoted else tok.start
    return None


def _ends_clause(toks: list[Token], k: int) -> bool:
    """After an inverted speaker ("said Medinsky") comes the end, a comma, or an adjunct — not a verb."""
    return k >= len(toks) or not toks[k].is_word or toks[k].lower in PREPOSITIONS or toks[k].lower in TIME_WORDS \
        or toks[k].lower in TIME_LEADS


def _starts_with_participle(text: str, span: tuple[int, int]) -> bool:
    m = _WORDS.match(text, span[0], span[1])
    return bool(m and m.group().endswith("ing") and m.group().islower())


def _quote_just_before(toks: list[Token], j: int) -> int | None:
    """Index of a quotation standing right before token j (a comma or dash between is fine,
    and lower-case words of office: “…,” veteran analyst Charlie Cook wrote)."""
    k = j - 1
    while k >= 0 and j - k <= 3 and toks[k].is_word and not toks[k].is_capitalised and toks[k].lower not in cues() \
            and toks[k].lower not in NOT_IN_NOUN_PHRASE:  # "“…” and Donald Trump says": no title
        k -= 1
    if k < j - 1 and not (k >= 0 and (toks[k].quote is not None or toks[k].text == ",")):
        k = j - 1
    while k >= 0 and toks[k].text in _SETTING_OFF and toks[k].quote is None:
        k -= 1
    if k >= 0 and toks[k].quote is not None:
        # (a preposition's object is a title: "In an interview with “Fox and Friends,” Trump pointed to …")
        return None if k and toks[k - 1].lower in _TITLE_PREPOSITIONS else k
    # “…,” DoubleLine Capital portfolio manager Bonnie Baha said: a longer title, when the quotation closes a clause
    # (not past a subordinator: "… the editorial, entitled “Mr. Sanders Is Not a Brave Truth-Teller,” when it posted")
    k = j - 1
    while k >= 0 and j - k <= 7 and (toks[k].is_word or toks[k].text == "&") and toks[k].lower not in cues() \
            and toks[k].lower not in _SUBORDINATORS_NOT_AS:
        k -= 1
    if k >= 0 and k < j - 1 and toks[k].quote is not None and toks[k].text.rstrip("”\"’'")[-1:] in (",", "?", "!"):
        return k
    return None


_TITLE_PREPOSITIONS = frozenset("with on in at from for of by about to".split())
_SUBORDINATORS_NOT_AS = SUBORDINATORS - {"as"}  # (“…,” as Trump put it: an attribution)


def _ends_utterance(tok: Token) -> bool:
    """A quotation closing on ! or ?, a whole cry or question: “Out!”, “Why?”."""
    return tok.quote is not None and tok.text.rstrip("”\"’'")[-1:] in ("!", "?")


def _ends_clause_quote(tok: Token) -> bool:
    return tok.quote is not None and _ends_clause_quote_text(tok.text)


def _ends_clause_quote_text(quoted: str) -> bool:
    return quoted.rstrip("”\"’'").endswith(",")


def _names_someone(toks: list[Token], subject: tuple[int, int, str | None]) -> bool:
    head = toks[subject[1]]
    return head.is_capitalised and head.lower not in _COMMON_INITIALISMS or head.lower in PRONOUNS \
        or is_speaker_noun(head.lower) or head.lower in STUDY_NOUNS


_COMMON_INITIALISMS = _GRAMMAR["common_initialisms"]


def _earlier_cue_subject(toks: list[Token], j: int) -> tuple[int, int, str | None] | None:
    """The speaker of the cue shortly before token j: "…,” Fiorina said, adding …",
    "“…,” Trump told a rally, saying …", "“…,” said Smith, adding …"."""
    lexicon = cues()
    for k in range(j - 1, max(-1, j - 30), -1):
        if toks[k].lower not in lexicon.speech or _lacks_its_particle(toks, k):
            continue
        if k > 0 and (toks[k - 1].lower in DETERMINERS or _possessive(toks[k - 1])):
            continue  # "on his show": a noun
        before = _skip_back(toks, k - 1)
        if toks[k].lower.endswith("ing") and before > 0 and toks[before].lower in PROGRESSIVE_AUXILIARIES:
            before = _skip_back(toks, before - 1)  # "Advisers have been urging the governor to …, saying …"
        found = find_subject(toks, before)
        if found is None and k > 0 and (toks[k - 1].quote is not None or toks[k - 1].text == ","):
            found = _subject_after(toks, k + 1)
        if found is not None:
            return found
    return None


def _ends_in_comma(tok: Token) -> bool:
    """A quotation closing on a comma typed inside its marks: “… maniacal,” adding …"""
    return tok.quote is not None and tok.text.rstrip("”\"’'").endswith(",")


def _inverted_to_the_end(toks: list[Token], i: int) -> tuple[int, int, str | None] | None:
    """A speaker after the cue at ``i`` that ends the sentence, or only a relative clause or an appositive
    follows it: "…, said an American official who was briefed …", "…, said Mr. Kerry.", "…, said Lt. Matt
    Harris, a police spokesman." — not "said Jones, the CFO, would resign", nor "said the plan was dead"."""
    after = _subject_after(toks, i + 1, after_quote=False)
    if after is None or toks[after[1]].lower in PRONOUNS:
        return None
    head = toks[after[1]]
    if not (head.is_capitalised or is_speaker_noun(head.lower)):
        return None
    if any(_a_past(t) and not t.is_capitalised
           and (nxt.is_capitalised or nxt.lower in DETERMINERS or nxt.lower in OBJECT_PRONOUNS)
           for t, nxt in zip(toks[after[0] + 1:after[1]], toks[after[0] + 2:after[1] + 1])):
        return None  # "…, said the city loved Ali": a clause, its verb a past with an object ("a retired teacher" is no verb)
    rest = toks[after[1] + 1:]
    if all(not t.is_word and t.quote is None for t in rest):
        return after
    # (a relative clause running to the end: "said the staff member who succeeded him, Paul Manafort, should
    # be …" has its verb after it)
    relative = rest[0].lower in ("who", "which") and not any(t.text in (",", "—", ";", ":") for t in rest)
    # (or an appositive: "…, said Lt. Matt Harris, Columbus Police Department spokesman." — not "said Jones, the
    # CFO, would resign", nor "said Mr. Kerry, adding that …")
    appositive = rest[0].text == "," and len(rest) > 2 and rest[1].is_word \
        and not rest[1].lower.endswith("ing") and rest[1].lower not in ("and", "but", "who", "which") \
        and sum(t.is_word for t in rest) <= 10 \
        and not any(t.text in (",", "—", ";", ":") or t.quote is not None or t.lower in cues().every
                    for t in rest[1:])
    # (or where and when they said it: "…, said Amnesty International on Tuesday, November 19." — not "said
    # Jones on Tuesday would resign")
    adjunct = (rest[0].lower in _OCCASION_LEADS or rest[0].lower in TIME_WORDS) and sum(t.is_word for t in rest) <= 10 \
        and not any(t.quote is not None or t.lower in cues().every or t.lower in RELATIVE or _opens_predicate(t)
                    for t in rest)
    return after if relative or appositive or adjunct else None


def _speech_cue_just_before(toks: list[Token], j: int) -> bool:
    """A speech verb in the few words before token j: "Nefzi said[,]", "said Jane Smith[,]", "told a rally[,]"."""
    speech = cues().speech
    for k in range(j - 1, max(-1, j - 5), -1):
        if not toks[k].is_word:
            return False
        if toks[k].lower in speech and not _lacks_its_particle(toks, k):
            if toks[k].lower.endswith("ing"):
                return False  # "…, saying …, suggesting …": participles in a row share the clause's subject
            before = toks[k - 1] if k > 0 else None  # "a Smith-style retort", "his remarks": a noun
            return before is None or not (before.lower in DETERMINERS or _possessive(before) or "-" in before.text)
    return False


_TIME_ADJUNCT_ENDS = frozenset(("later", "earlier", "ago"))
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years moments".split())


_TIME_PHRASE_WORDS = TIME_WORDS | TIME_LEADS | _TIME_UNITS | _TIME_ADJUNCT_ENDS | NUMBER_WORDS \
    | frozenset("a an the few several in at on".split())


def _only_a_time(toks: list[Token], k: int | None, end: int | None = None) -> bool:
    """Whether the tokens from k to the sentence's end (or to ``end``) are a time and nothing else: "a few days
    later", "on Tuesday", "last week"."""
    if k is None:
        return False
    words = [t for t in toks[k:end] if t.is_word or t.text[0].isdigit()]
    return bool(words) and all(t.lower in _TIME_PHRASE_WORDS or t.text[0].isdigit() for t in words)


def _after_time_adjunct(toks: list[Token], k: int, j: int) -> int:
    """Past a time phrase opening the clause with no comma after it: "A few minutes later they …",
    "Two days earlier Smith …" (its subject follows)."""
    for m in range(k, min(j - 1, k + 5)):
        low = toks[m].lower
        if low in _TIME_ADJUNCT_ENDS:
            return m + 1 if m > k and toks[m - 1].lower in _TIME_UNITS | TIME_WORDS else k
        if not toks[m].is_word and not toks[m].text[0].isdigit():
            return k
    return k


def _described_name(toks: list[Token], k: int, end: int, j: int) -> tuple[int, int, str | None] | None:
    """"Democratic front-runner Hillary Clinton", "Republican presidential candidate Sen. Ted Cruz": a
    capitalised adjective (tokens k..end), lower-case words ending in a word of office, then the name —
    which speaks; what stands before it is the role. Not "Trump attacked Clinton": "attacked" holds no
    office."""
    m = end + 1
    while m < j and m - end <= 3 and toks[m].is_word and not toks[m].is_capitalised \
            and toks[m].lower not in NOT_IN_NOUN_PHRASE:
        m += 1
    if not (end + 1 < m < j and toks[m].is_capitalised and is_speaker_noun(toks[m - 1].lower)):
        return None
    last = m
    while last + 1 < j and (toks[last + 1].is_capitalised or toks[last + 1].lower in NAME_PARTICLES):
        last += 1
    named = _name_subject(toks, last)
    if named is None or named[0] < m:
        return None
    role = _as_written(toks[k:named[0]]) + (f" {named[2]}" if named[2] else "")
    return (k, last, role)


def _opens_participial_phrase(toks: list[Token], k: int, j: int) -> bool:
    """A capitalised -ing word opening a phrase that a comma or a dash ends before j, with no cue in it:
    "Rallying hundreds of workers, Clinton …" (not "Ebeling reminisced about her days, and said …"); after
    an adverb too: "Hastily politicizing the tragedy in Nice ― much like he did … ― Trump cast …"."""
    if not toks[k].is_capitalised:
        return False
    if toks[k].lower.endswith("ly") and k + 2 < j and toks[k + 1].is_word and not toks[k + 1].is_capitalised:
        k += 1
    tok = toks[k]
    if not (len(tok.lower) > 5 and tok.lower.endswith("ing")) or k + 1 >= j:
        return False
    after = toks[k + 1]  # a name ending in -ing has its verb next: "Ebeling reminisced", "Manning said"
    if not after.is_word or after.is_capitalised or after.lower.endswith("ed") or after.lower in cues().every \
            or after.lower in RELATIVE or after.lower in AUXILIARIES:
        return False
    end = next((m for m in range(k + 1, j) if toks[m].text in (",", "—")), None)
    return end is not None and not any(t.lower in cues().every for t in toks[k + 1:end])


def _named_after_description(toks: list[Token], k: int, end: int, j: int) -> tuple[int, int, str | None] | None:
    """"France’s far-right National Front party leader, Marine Le Pen, voiced …": a description from
    token k ending in a word of office, then the name set off by commas, then its verb — the name
    speaks, the description is its role."""
    comma = next((m for m in range(end, min(j, end + 9)) if not toks[m].is_word), None)
    if comma is None or toks[comma].text != "," or comma == k or comma + 1 >= j or not toks[comma + 1].is_capitalised:
        return None
    head = comma - 1
    of = next((m for m in range(comma - 2, max(k, comma - 6), -1) if toks[m].lower == "of"), None)
    if not is_speaker_noun(toks[head].lower) and of is not None \
            and all(not t.is_capitalised for t in toks[of + 1:comma]):
        head = of - 1  # "The French minister of environment and energy, Ségolène Royal, alluded …"
    if not is_speaker_noun(toks[head].lower) or toks[head].is_capitalised:
        return None
    last = comma + 1
    while last + 1 < j and (toks[last + 1].is_capitalised or toks[last + 1].lower in NAME_PARTICLES):
        last += 1
    if not (last + 2 < j and toks[last + 1].text == "," and toks[last + 2].is_word
            and not toks[last + 2].is_capitalised):
        return None  # the name, its closing comma, and a verb in lower case before the cue
    named = _name_subject(toks, last)
    if named is None or named[0] <= comma:
        return None
    return (named[0], last, _as_written(toks[k:comma]))


_TIME_PHRASE_LEADS = frozenset({"late", "early", "earlier", "later"})


def _ends_appositive(toks: list[Token], k: int) -> bool:
    """Whether the name at ``k`` closes an appositive ("Louisa Ermelino, the reviews director at Publishers
    Weekly, who …", "…, FIFA, who …"): a relative clause after it is about the one the appositive
    describes, whose name stands before it."""
    if k > 0 and toks[k - 1].text == ",":
        return True
    if k > 1 and toks[k - 1].lower == "the":
        k -= 1  # "a co-chairman of the Congressional Progressive Caucus, who …"
    if k == 0 or toks[k - 1].lower not in ("of", "at", "for"):
        return False
    comma = next((m for m in range(k - 1, max(-1, k - 9), -1) if toks[m].text == ","), None)
    return comma is not None and comma + 1 < k and toks[comma + 1].lower in ("a", "an", "the")


def _clause_subject(toks: list[Token], j: int, coordinated_first: bool = True) -> tuple[int, int, str | None] | None:
    """The subject of the main clause before token j, for "X did … and said" and "X did …, saying".

    The sentence may open with a phrase ending in a comma ("In an interview
    in Salem, Trump went after Bush, calling him …") or a dateline ending in
    a dash ("Washington (AFP) – Democrat Hillary Clinton has …"): the subject
    is the first name, pronoun or noun phrase, after the sentence start, a
    comma or a dash, that a lower-case word (its verb) follows. A clause
    coordinated after a comma is the latest main clause, and its subject the
    verb's ("Rabbis called for a boycott, and the league denounced Trump and
    said …" is the league's), unless ``coordinated_first`` is False.
    """
    # (a quotation closing on its comma ends a phrase too: 'Speaking on ABC’s “This Week,” Carson admitted …')
    starts = [0] + [m + 1 for m in range(j) if toks[m].text in CLAUSE_BREAKS
                    or toks[m].quote is not None and toks[m].text[-2:-1] == ","]
    who = starts[-1]
    if 2 <= who < j < len(toks) and toks[who].lower == "who" and toks[who - 1].text == ",":
        # the verb goes on a relative clause: "Tom told Annette Guessford, who answered her door and said …",
        # "Paul Ryan, who surprised Trump by declaring …" — its subject is the one named before it, not the
        # main clause's. (Not after a comma, which closed the clause: "Blatter, who is under investigation,
        # saying …" is the main clause's; nor a colon, unless "who" follows a common noun, which names nobody:
        # "Bundy says to Santilli on camera, who responds enthusiastically: “Okay!”" is not Bundy's.)
        if not toks[who - 2].is_capitalised:
            if toks[j].text == ":":
                return None
        elif toks[j].lower in ("and", "but") or toks[j].lower in GERUND_LEADS:
            named = _name_subject(toks, who - 2)
            if named is not None and not _ends_appositive(toks, named[0]):
                return named
    # (not a second clause of what was said: "said Clinton placed calls, and that she had her staff …")
    coordinated = [k for k in starts if 0 < k < j - 1 and toks[k].lower in ("and", "but")
                   and toks[k + 1].lower not in SUBORDINATORS and toks[k + 1].lower != "that"] \
        if coordinated_first else []
    for k in coordinated[::-1] + [k for k in starts if k not in coordinated]:
        if k < j and (toks[k].lower in ADJUNCT_LEADS or toks[k].lower in SUBORDINATORS
                      or toks[k].lower in _TIME_PHRASE_LEADS):
            # "In a statement released Thursday, Rep. Jeffries reacted …", "Once he was president, Mr.
            # Obama made …", "Late last month, the company wrote …": an adjunct, not the subject
            continue
        if k < j and _opens_participial_phrase(toks, k, j):
            continue  # "Rallying hundreds of service workers …, Hillary Clinton tried …"
        if k + 2 < j and _is_ly_adverb(toks[k + 1]) and toks[k + 2].text == ",":
            continue  # "More recently, he’s spoken out …", "Most importantly, …": an adverb's phrase
        k = _after_time_adjunct(toks, k, j)
        while k < j and toks[k].quote is None and (
                (toks[k].lower in SENTENCE_OPENERS and toks[k].lower not in DETERMINERS) or not toks[k].is_word):
            k += 1
        if k >= j or toks[k].quote is not None:
            continue
        if toks[k].lower in PRONOUNS and toks[k].lower not in RELATIVE or _A_PERSON_CONTRACTED.match(toks[k].lower):
            found: tuple[int, int, str | None] | None = (k, k, None)  # (with its verb: "Since May, she's tacked …")
        elif toks[k].lower == "the" and k + 3 < j and _possessive(toks[k + 1]) and toks[k + 1].is_capitalised \
                and toks[k + 2].is_capitalised and (end := _name_run_end(toks, k + 2, j)) > k + 2:
            # "The Blaze’s Matt Walsh provided …, saying": the one named in full after the owner (not "The
            # FBI’s COINTELPRO program")
            found = _name_subject(toks, end)
        elif toks[k].lower in DETERMINERS:  # before names: "The retired neurosurgeon", "One operative"
            end = k
            while end + 1 < j and toks[end + 1].is_word and toks[end + 1].lower not in NOT_IN_NOUN_PHRASE \
                    and end - k < 5 and not is_speaker_noun(toks[end].lower):
                end += 1
            # a word of office that is an adjective here: "The Democratic presidential candidate"
            ahead = next((m for m in range(end + 1, min(j, end + 3)) if is_speaker_noun(toks[m].lower)), None)
            if ahead is not None and all(t.is_word and t.lower not in NOT_IN_NOUN_PHRASE for t in toks[end + 1:ahead + 1]):
                end = ahead
            # any noun heads a subject that an auxiliary follows: "The conservative publication has been …"
            ok = end > k and (is_speaker_noun(toks[end].lower) or (end + 1 < j and toks[end + 1].lower in AUXILIARIES))
            found = (k, end, None) if ok else None
        elif toks[k].is_capitalised:
            end = _name_run_end(toks, k, j)
            if end + 2 < j and toks[end + 1].lower == "of" and toks[end + 2].is_capitalised \
                    and all(_is_title(t) for t in toks[k:end + 1]):
                # "Former Secretary of State Madeleine Albright urged …": the office runs on past "of"
                end += 2
                while end + 1 < j and toks[end + 1].is_capitalised:
                    end += 1
            found = _name_subject(toks, end)
            if found is not None and found[0] > k:
                found = (k, found[1], found[2])
            described = _described_name(toks, k, end, j)
            if described is not None:
                found = described
            elif found is not None and _possessive(toks[end]):
                # "Rubio’s campaign sent out …", "Trump's congressional allies have been …": the noun owned speaks
                head = next((m for m in range(end + 1, min(j, end + 4)) if is_speaker_noun(toks[m].lower)), None)
                if head is not None and all(t.is_word and not t.is_capitalised for t in toks[end + 1:head + 1]):
                    found = (found[0], head, found[2])
        else:
            found = None
        if found is None:
            continue
        renamed = _named_after_description(toks, found[0], found[1], j)
        if renamed is not None:
            return renamed
        head = _noun_after_adjective(toks, found[1], j) if toks[found[1]].is_capitalised else None
        if head is not None:
            found = (found[0], head, None)  # "Democrat politicians …", "Nuclear proliferation experts …"
        if toks[found[0]].lower in DETERMINERS and is_speaker_noun(toks[found[1]].lower):
            end = found[1]
            while end + 1 < j and toks[end + 1].is_capitalised:
                end += 1  # "The Washington Post columnist Ruth Marcus": the name after the noun
            found = (found[0], end, found[2])
        after = _past_modifiers(toks, found[1] + 1, j)
        second = _second_conjunct(toks, after, j) if toks[found[1]].is_capitalised else None
        if second is not None:  # "Salix Pharmaceuticals and the Italian firm Cosmo terminated …": both
            found, after = (found[0], second, None), second + 1
        if after < j and toks[after].is_word and not toks[after].is_capitalised and toks[after].lower not in PREPOSITIONS:
            return found
        if after < j and is_speaker_noun(toks[found[1]].lower) and (verb := _verb_past_modifier(toks, after, j)):
            # "Other former CIA officers with experience in war zones chafed at … and said"; an "of" phrase is
            # the noun's own: "The former secretary of state mocked …", "a group of rabbis who … said"
            # (one with a name in it stays out: the name would be taken for the speaker's)
            return (found[0], verb - 1, found[2]) if toks[after].lower == "of" \
                and not any(t.is_capitalised for t in toks[after:verb]) else found
        if after + 1 < j and toks[after].text == "," and toks[after + 1].lower in RELATIVE:
            return found  # "Sanders, who endorsed Canova and said …": Sanders
        if after + 1 == j < len(toks) and toks[after].text == "," and toks[j].lower in GERUND_LEADS:
            return found  # "Mr. Sanders, after initially saying …": the gerund's own subject
        if after + 1 < j and toks[after].text == ",":
            # "Huma Abedin, vice chairwoman for the campaign, emailed supporters …": past the appositive
            close = next((m for m in range(after + 1, min(j, after + 16)) if toks[m].text == ","), None)
            if close is not None and close + 1 < j and toks[close + 1].is_word \
                    and not toks[close + 1].is_capitalised and toks[close + 1].lower not in PREPOSITIONS:
                return found
    return None


def _verb_past_modifier(toks: list[Token], k: int, j: int) -> int | None:
    """The verb a preposition's phrase at k, words only, runs up to before j: "with no direct knowledge of the
    case but with experience in war zones chafed" — a past in -ed or an auxiliary; else None."""
    if toks[k].lower not in _SAYING_PREPOSITIONS and toks[k].lower not in ("with", "for", "of"):
        return None
    for m in range(k + 1, min(j, k + 16)):
        tok = toks[m]
        if not tok.is_word:
            return None
        if m > k + 1 and not tok.is_capitalised and (tok.lower in _FINITE_AUXILIARIES or tok.lower in cues().every
                                                     or _a_past(tok)):
            return m
    return None


def _name_run_end(toks: list[Token], k: int, j: int) -> int:
    """The last index before j of the run of capitalised name words starting at k."""
    end = k
    while end + 1 < j and (toks[end + 1].is_capitalised or toks[end + 1].lower in NAME_PARTICLES
                           or toks[end + 1].quote is not None and _a_nickname(toks, end + 1)):
        end += 1
    return end


def _a_nickname(toks: list[Token], m: int) -> bool:
    """Whether the quotation at m is a nickname inside a name: "George “Jay” Keyworth", "Juan "Chico" Manriquez"
    (a capitalised word or two in quotation marks, between capitalised words, spaced as words are)."""
    tok = toks[m]
    return tok.quote is not None and _spaced(toks, m) and toks[m - 1].is_capitalised \
        and toks[m + 1].is_capitalised and _NICKNAME_QUOTED.fullmatch(tok.text) is not None


_NICKNAME_QUOTED = re.compile(QUOTED_NICKNAME)


def _noun_after_adjective(toks: list[Token], k: int, j: int) -> int | None:
    """The speaker noun that a capitalised word at k qualifies, up to two plain words on, or None:
    "Democrat politicians", "Nuclear proliferation experts" (not "Clinton told reporters")."""
    for m in range(k + 1, min(j, k + 4)):
        tok = toks[m]
        if not tok.is_word or tok.is_capitalised:
            return None
        if is_speaker_noun(tok.lower):
            return m
        if tok.lower in NOT_IN_NOUN_PHRASE or tok.lower in DETERMINERS or tok.lower in cues().every \
                or tok.lower in AUXILIARIES or tok.lower in _SECOND_VERB or tok.lower.endswith(("ed", "ly", "es")):
            return None  # a verb or an article: "Trump primes supporters", "Byrne gives an account"
    return None


_DESCRIPTION_OPENERS = frozenset("the a an other his her their its several some many fellow".split())


def _second_conjunct(toks: list[Token], k: int, j: int) -> int | None:
    """After a name, "and" and a second name (a description may open it: "and the Italian firm Cosmo"):
    the second name's last token, when a lower-case word follows it before j; else None."""
    if k + 1 >= j or toks[k].lower != "and":
        return None
    m = k + 1
    # a description up to its noun, then the name if one follows: "and the Italian firm Cosmo", "and other
    # Israeli leaders", "and his aides"
    if toks[m].lower in _DESCRIPTION_OPENERS:
        m += 1
        while m < j and m - k <= 5 and toks[m].is_word and not is_speaker_noun(toks[m].lower) \
                and toks[m].lower not in NOT_IN_NOUN_PHRASE:
            m += 1
        if m >= j or not is_speaker_noun(toks[m].lower):
            return None
        if m + 1 < j and toks[m + 1].is_capitalised:
            m += 1
    elif not toks[m].is_capitalised:
        # a noun of people after a noun the sentence capitalises: "Businesses and residents have complained"
        if not (k == 1 and toks[0].is_capitalised and is_speaker_noun(toks[m].lower)):
            return None
        return m if m + 1 < j and toks[m + 1].is_word and not toks[m + 1].is_capitalised \
            and toks[m + 1].lower not in PREPOSITIONS else None
    end = m
    while end + 1 < j and (toks[end + 1].is_capitalised or toks[end + 1].lower in NAME_PARTICLES):
        end += 1
    after = end + 1
    if after < j and toks[after].is_word and not toks[after].is_capitalised and toks[after].lower not in PREPOSITIONS:
        return end
    return None


CLAUSE_BREAKS = frozenset({",", "—", "–", "--", "-"})  # a hyphen standing alone is a dash typed on a keyboard


def _past_modifiers(toks: list[Token], k: int, j: int) -> int:
    """The first token from k on past what may stand between a subject and its verb.

    "Sen. Pat Toomey (R-Pa.) refused", "Donald Trump on Thursday ratcheted
    up", "One operative inside Trump Tower tried": a parenthesis, or a
    preposition with a short name or time phrase.
    """
    if k < j and toks[k].text == "(":
        close = next((m for m in range(k + 1, min(j, k + 10)) if toks[m].text == ")"), None)
        if close is not None:
            k = close + 1
    if k < j and toks[k].lower in PREPOSITIONS and toks[k].lower not in ("and", "but"):
        m = k + 1
        while m < j and m - k <= 4 and toks[m].is_word and (
                toks[m].is_capitalised or toks[m].lower in TIME_WORDS or toks[m].lower in DETERMINERS):
            m += 1
        if m > k + 1 and (toks[m - 1].is_capitalised or toks[m - 1].lower in TIME_WORDS):
            return m
    return k


def _seems_so(toks: list[Token], i: int) -> bool:
    """"Cruz seemed lost", "it seemed like an impossible task", "the Trump team appeared paralyzed": "seem" or
    "appear" with what it seems, no "to" — a claim nobody is named for, as "seemed to" is (not after "who" or
    "that": a relative clause describes its noun, nor inside an "if": a supposition; nor "appeared" with where
    or how someone showed up)."""
    if not toks[i + 1].is_word or i == 0 or not toks[i - 1].is_word:
        return False
    if toks[i].lower in _APPEARING:
        after = toks[i + 1]
        if after.is_capitalised or after.lower in PREPOSITIONS or after.lower in DETERMINERS \
                or after.lower in _APPEARING_IN_PERSON or _is_ly_adverb(after):
            return False  # "appeared on Fox News", "appeared before the committee", "appeared briefly"
    elif toks[i].lower not in _SEEMING:
        return False
    before = i - 1
    while before > 0 and (toks[before].lower in _ADVERBS_BEFORE_A_VERB or _is_ly_adverb(toks[before])):
        before -= 1  # "positions that now seem moderate"
    if toks[before].lower in _NOT_A_SEEMING_SUBJECT:
        return False
    for k in range(i - 1, -1, -1):
        if not toks[k].is_word:
            return True
        if toks[k].lower in ("if", "what", "where"):
            return False
    return True


# words before "seem" that make it no claim: a relative clause's ("a stream of what seems drivel", "positions
# that now seem moderate"), or a typo for "see" ("you seem him now")
_NOT_A_SEEMING_SUBJECT = frozenset("who which that what where you".split())
_SEEMING = frozenset("seem seems seemed".split())
_APPEARING = frozenset("appear appears appeared".split())
# an evidential cue that is an adverb, no verb: it needs no "to" after it ("The FBI is reportedly making …")
_HEARSAY_ADVERBS = frozenset(("reportedly",))
# what follows "appeared" when someone showed up, not when something seemed so
_APPEARING_IN_PERSON = frozenset("together alongside onstage live again twice once here there as".split())


def _evidential(toks: list[Token], i: int, block: int) -> Found | None:
    """"Sanders seemed to be of two minds", "The bank is expected to pass": a claim nobody is named for.

    The content is the whole clause, its subject included; the speaker is left empty.
    """
    cue_start = i - 1 if toks[i].lower == "expected" and i > 0 and toks[i - 1].lower in ("is", "are", "was", "were") else i
    k = _clause_opening_before(toks, cue_start - 1)
    if k == cue_start - 1 and k > 0 and toks[k].text == ",":
        # an aside between the subject and the cue: "Clinton, casting herself as a champion of working people,
        # appeared to assuage …" — the clause opens before the subject the aside's comma follows
        aside = next((j for j in range(k - 1, max(0, k - 25), -1) if toks[j].text in (",", ";", ":")), None)
        if aside is not None and toks[aside].text == "," and toks[aside - 1].is_word:
            k = _clause_opening_before(toks, aside - 1)
    start = k + 1
    while start < cue_start and (toks[start].lower in ("but", "and", "so", "yet", "while", "although", "though")
                                 or not toks[start].is_word and toks[start].quote is None):
        start += 1  # (and a bracket a quotation closed before: "… “immaterial”) and Gannett reportedly laid off …")
    hearsay = toks[i].lower in _HEARSAY_ADVERBS
    if hearsay and sum(1 for t in toks[i + 1:i + 4] if t.is_word) < 2:
        return None  # "with Trump reportedly yelling: “…”": the hedge of a report, which speaks for itself
    if cue_start - start < 1 and hearsay and i + 2 < len(toks) and toks[i + 1].text == ",":
        start = i + 2  # "Reportedly, he made ISIS-sympathetic comments …": the clause after the adverb's comma
    elif cue_start - start < 1:
        return None
    # to a colon a quotation follows, the words someone said ("he seems content that …: “There is no perfect …”")
    end = next((k for k in range(i + 1, len(toks) - 1) if toks[k].text == ":" and toks[k + 1].quote is not None),
               len(toks))
    content = _span_of(toks, start, end)
    return Found([content], block, cue=(toks[cue_start].start, toks[i].end), speaker=None,
                 marks=_marks_within(toks, content), evidential=True) if content else None


def _clause_opening_before(toks: list[Token], k: int) -> int:
    """The punctuation or quotation mark at or before token k where a clause opens (-1 at the sentence's start)."""
    while k >= 0 and toks[k].text not in (",", ";", ":") and toks[k].quote is None:
        k -= 1
    return k


_POLL_AGGREGATES = frozenset("average averages analysis aggregate series review".split())


def _in_a_poll(toks: list[Token], i: int, block: int) -> Found | None:
    """"In a Des Moines Register poll last month, Cruz had a lead" / "… led, in a CBS News poll": the poll says it."""
    k = i + 1
    # the poll's name: "in an NBC News/Wall Street Journal/Marist poll", "in the RealClearPolitics average of
    # recent polls" — not "in part because of the absence of the Iowa straw poll", "in the wake of a new poll"
    while k < len(toks) and (toks[k].is_word or toks[k].text in ("/", "-")) and toks[k].lower not in STUDY_NOUNS \
            and k - i < 10:
        if toks[k].lower in SUBORDINATORS or toks[k].lower in PREPOSITIONS \
                and not (toks[k].lower == "of" and toks[k - 1].lower in _POLL_AGGREGATES):
            return None
        k += 1
    if k >= len(toks) or toks[k].lower not in STUDY_NOUNS:
        return None
    source = (toks[i + 1].start, toks[k].end)
    if i == 0 or (i == 1 and not toks[0].is_word):
        comma = next((m for m in range(k + 1, len(toks)) if toks[m].text == ","), None)
        if comma is None or comma + 1 >= len(toks):
            return None
        content = _span_of(toks, comma + 1, len(toks))
    elif toks[i - 1].text == ",":
        content = _span_of(toks, 0, i - 1)  # set off by commas: not "ahead of Trump in New Hampshire polls"
    elif _a_named_poll_closing(toks, i, k):
        content = _span_of(toks, 0, i)  # "Clinton held a 24-point lead over Obama among black voters in a CNN poll."
    else:
        return None
    if not content:
        return None
    return Found([content], block, cue=(toks[i].start, toks[i].end), speaker=source, marks=_marks_within(toks, content),
                 where_found=i > 1)


def _a_named_poll_closing(toks: list[Token], i: int, k: int) -> bool:
    """Whether "in" at i and the poll ending at k close the sentence, one poll named ("in a CNN national poll",
    "in the same poll", "in a new poll") — not any polls ("ahead of Trump in New Hampshire polls")."""
    if not (k + 1 == len(toks) or k + 2 == len(toks) and toks[k + 1].text in ".!"):
        return False
    if toks[i + 1].lower not in ("a", "an", "the") or toks[k].lower.endswith("s"):
        return False
    return any(t.is_capitalised for t in toks[i + 2:k]) or toks[i + 2].lower in ("same", "latest", "new", "recent")


def _as_x_puts_it(toks: list[Token], i: int, block: int) -> Found | None:
    """"… as he puts it, “the best thing we have going”" / "“We are winning,” as Trump put it": a parenthetical cue."""
    subject = find_subject(toks, i - 1)
    if subject is None or subject[0] == 0:
        return None
    opening = subject[0] - 1
    if toks[opening].text == "," and subject[2] is not None:  # "As the chief executive, Jeff Weiner, put it"
        opening = next((k for k in range(opening - 1, max(-1, opening - 8), -1) if toks[k].lower == "as"), opening)
    if opening > 0 and toks[opening].lower == "the" and _possessive(toks[opening + 1]):
        opening -= 1  # "As The Post's Ruth Marcus puts it": the paper's article
    if toks[opening].lower != "as":
        return None
    j = i + 2
    if j < len(toks) and toks[j].lower in _SETTING_PREPOSITIONS:
        # where it was put, to its comma: "As Jeff Weiner put it in his memo to employees explaining the deal, “…”"
        comma = next((k for k in range(j + 1, min(len(toks), j + 16)) if toks[k].text == "," or toks[k].quote), None)
        if comma is not None and toks[comma].text == ",":
            j = comma
    while j < len(toks) and toks[j].text in (",", ":"):
        j += 1
    if j < len(toks) and toks[j].quote is not None:
        content = _span_of(toks, j, len(toks))  # the quotation, and the clause it opens
    elif opening == 0 and j > i + 2 and j < len(toks) and toks[j - 1].text == ",":
        # opening the sentence, any clause after its comma: "As The Post's Ruth Marcus puts it, Obama is trying
        # to make Republicans “an offer they can't afford to refuse.”"
        content = _span_of(toks, j, len(toks))
    else:
        k = subject[0] - 2  # a quotation just before "as"
        while k >= 0 and toks[k].text in (",", "—", "–", "--"):
            k -= 1
        if k < 0 or toks[k].quote is None:
            return None
        content = (toks[k].start, toks[k].end)
    if not content:
        return None
    return Found([content], block, cue=(toks[i].start, toks[i + 1].end),
                 speaker=(toks[subject[0]].start, toks[subject[1]].end), role=subject[2],
                 marks=_marks_within(toks, content))


def _asked_question(toks: list[Token], i: int, block: int) -> Found | None:
    """"Asked (by Starnes) whether he would …, Johnson demurred", "… Le Pen said when asked which
    candidate she would back": the question, asked by whoever the by-phrase names (or nobody named)."""
    j, speaker = i + 1, None
    if j < len(toks) and toks[j].lower == "by":
        subject = _subject_after(toks, j + 1, any_noun=True)
        if subject is None:
            return None
        speaker = (toks[subject[0]].start, toks[subject[1]].end)
        j = subject[1] + 1
    k = j  # "Asked in Iowa recently whether …": past a short adjunct to the question
    while k < len(toks) and k - j < 6 and toks[k].lower not in QUESTION_LEADS and toks[k].text not in (",", "."):
        k += 1
    if k >= len(toks) or toks[k].lower not in QUESTION_LEADS:
        return None
    end = next((m for m in range(k, len(toks)) if toks[m].text == ","), len(toks))
    if end - k < 2:
        return None
    cue_end = toks[i].end
    if toks[k].lower == "about" and k == j:
        cue_end, k = toks[k].end, k + 1  # "Asked about her own vote": the topic is what was asked, "about" the cue's
    content = _span_of(toks, k, end)
    return Found([content], block, cue=(toks[i].start, cue_end), speaker=speaker,
                 marks=_marks_within(toks, content)) if content else None


# words that, after "…, according to X,", open no second half of what X reports
_NO_SECOND_HALF = frozenset("and but which who whom whose where even while whereas although though".split())


def _according_to(text: str, toks: list[Token], i: int, block: int, first: int | None = None) -> Found | None:
    """"according to X" at i, i + 1 — or "as reported by X", its first word at ``first``."""
    first = i if first is None else first
    subject = _subject_after(toks, i + 2, any_noun=True)  # "according to the RealClearPolitics average"
    if subject is None:
        # "according to early results of exit polls conducted for …,": whatever runs to the comma is the source
        end = i + 2
        while end < len(toks) and end - i < 30 and toks[end].quote is None and toks[end].text not in (",", ";", ":", ".", ")"):
            end += 1
        if end == i + 2 or not any(t.is_word for t in toks[i + 2:end]):
            return None
        subject = (i + 2, end - 1, None)
    s_start, s_end, role = subject
    content = _content_before(toks, first)
    if s_end + 1 < len(toks) and toks[s_end + 1].is_word and not _possessive(toks[s_end]) \
            and toks[s_end + 1].lower != "as":  # (not "according to UEFA as part of the playoffs": an aside)
        # "…, according to a person close to the process, is to turn …", "according to members who spoke with
        # reporters afterward,": the source runs on to its comma (the noun phrase stopped short of it) — but
        # "according to Axelrod’s memoir" names Axelrod, as it stands
        # (over a parenthesis of its own: "according to the Centre for Disease Control (CDC) in the US,")
        comma, k = None, s_end + 1
        while k < min(len(toks), s_end + 16):
            if toks[k].text == "(" and (close := next((c for c in range(k + 1, min(len(toks), k + 8))
                                                      if toks[c].text == ")"), None)) is not None:
                k = close + 1
                continue
            if toks[k].text in (",", ";", ":", ".", ")", "(") or toks[k].text in _ASIDE_DASHES \
                    or toks[k].quote is not None:
                comma = k  # (or a dash closing an aside: "Many Republicans - who made up 46 percent of primary
                break      # voters, according to a February survey conducted by WBUR radio - empathize …")
            k += 1
        if comma is not None and toks[comma].text in _ASIDE_DASHES:
            s_end = comma - 1
        elif comma is not None and toks[comma].text in (",", "."):
            # (but not over a time after a name that ends the sentence: "…, as first reported by the New York
            # Times on Tuesday." — "a survey released on Thursday" keeps it, as a source before a comma does)
            s_end = next((m - 1 for m in range(s_end + 1, comma)
                          if toks[comma].text == "." and toks[m - 1].is_capitalised
                          and toks[m].lower in _SETTING_PREPOSITIONS and _only_a_time(toks, m, comma)), comma - 1)
    s_end = _list_end(toks, s_end)  # "according to interviews with Cruz’s friends, aides and allies, he …"
    opened = next((k for k in range(first - 1, -1, -1) if toks[k].text in ("(", ")")), None)
    in_parentheses = content is not None and opened is not None and toks[opened].text == "(" and opened + 1 < first
    if in_parentheses and opened is not None and (inside := _span_of(toks, opened + 1, first)) is not None:
        # "(93 percent were white, according to exit polls)": what the parenthesis says
        return Found([inside], block, cue=(toks[first].start, toks[i + 1].end),
                     speaker=(toks[s_start].start, toks[s_end].end), role=role, marks=_marks_within(toks, inside),
                     according_to=True)
    j = s_end + 1
    while j < len(toks) and toks[j].text in (",", ":"):
        j += 1
    after = _span_of(toks, j, len(toks)) if j < len(toks) and toks[j - 1].text == "," \
        and not (content is not None and (toks[j].lower in _NO_SECOND_HALF or _participle(toks[j]))) else None
    # (but "…, according to an AP count, but the socialist has vowed …" goes on with a clause of the story's,
    # "…, according to the SITE Intelligence Group, which monitors …" describes the source, "…, even as white
    # men over all favored …" is the writer's contrast, "…, according to three polls, including one from
    # Monmouth" a participle's phrase on the source)
    if after is not None:
        after = _cut_trailing_clause(text, after, toks)  # "…, Kelly was “incognito,” sparking a firestorm"
    spans = [content] if content else []
    # "…, according to CrowdTangle, a social analytics tool.": what follows the source is its role — unless
    # what stands before is a fronted phrase, not a clause ("About 10:03 p.m., according to a timeline, the
    # contractors left …")
    is_role = after is not None and role is not None and text[after[0]:after[1]].rstrip(" .") == role \
        and sum(t.is_word for t in toks[:first]) >= 5
    if content and after and not is_role and sum(t.is_word for t in toks[j:]) >= 3:
        spans = [content, after]  # "Since November, according to HRW, forces have killed …": both halves
    elif not content and j < len(toks):
        rest = after or _span_of(toks, j, len(toks))
        spans = [rest] if rest else []
    if not spans or not spans[0]:
        return None
    if role is not None and after is not None and spans[-1] == after:
        # "According to the statement, Kelly met with Trump": what follows the comma is the content
        role = (_subject_after(toks, i + 2, any_noun=True, appositive=False) or subject)[2]
    return Found(spans, block, cue=(toks[first].start, toks[i + 1].end),
                 speaker=(toks[s_start].start, toks[s_end].end), role=role,
                 marks=_marks_within(toks, (spans[0][0], spans[-1][1])), according_to=True)


def _subject_set_off_before(toks: list[Token], comma: int) -> tuple[int, int, str | None] | None:
    """The subject that opens the sentence and ends at ``comma``, when the participle after the comma is set
    off before its verb: "The Journal, citing internal documents, reported …" cites as the Journal."""
    found = find_subject(toks, comma - 1) if comma >= 1 else None
    if found is None or any(t.is_word and t.lower not in SENTENCE_OPENERS for t in toks[:found[0]]):
        return None
    return found


def _list_end(toks: list[Token], end: int) -> int:
    """The last token of a list of nouns that the noun at ``end`` opens, if a comma follows it and the list
    ends in "and" or "or" and a comma of its own (", aides and allies,"); else ``end``. Items of one to
    three lower-case words, none a verb's ending: a clause after the comma ("…, the plan is dead") is none."""
    k, seen_and = end + 1, False
    while k < len(toks) and (toks[k].text == "," or toks[k].lower in ("and", "or")):
        if toks[k].text == ",":
            k += 1
        if k < len(toks) and toks[k].lower in ("and", "or"):
            seen_and, k = True, k + 1
        item = k
        while k < len(toks) and k - item < 3 and toks[k].is_word and not toks[k].is_capitalised \
                and toks[k].lower not in NOT_IN_NOUN_PHRASE and toks[k].lower not in cues() \
                and not toks[k].lower.endswith("ed"):
            k += 1
        if k == item or k >= len(toks):
            return end
        if seen_and:
            return k - 1 if toks[k].text == "," else end
    return end


# -- speakers ----------------------------------------------------------------------------
def _is_ly_adverb(tok: Token) -> bool:
    """"jokingly", "Shortly" — not "family", "rally" or "only"."""
    return tok.is_word and len(tok.lower) > 4 and tok.lower.endswith("ly") and tok.lower not in LY_NOUNS


def _skip_back(toks: list[Token], j: int) -> int:
    """Step back over adverbs, auxiliaries and time phrases between a speaker and the cue."""
    while j >= 0:
        low = toks[j].lower
        if low in BETWEEN_SPEAKER_AND_CUE or low in TIME_WORDS or (low in TIME_LEADS and j + 1 < len(toks)):
            j -= 1
        elif low == "," and j >= 3 and toks[j - 1].lower in PARENTHETICAL_ADVERBS and toks[j - 2].text == ",":
            j -= 3  # "Proponents of the bill, however, say …"
        elif low == "time" and j >= 2 and toks[j - 1].lower == "the" and toks[j - 2].lower == "at":
            j -= 3  # "Trump at the time said …"
        elif low == "ago":  # "The State Department less than two weeks ago said"
            k = j - 1
            while k >= 0 and j - k <= 4 and (toks[k].lower in TIME_WORDS or toks[k].lower in NUMBER_WORDS
                                             or toks[k].text.isdigit() or toks[k].lower in AGO_LEADS
                                             or toks[k].lower.rstrip("s") in TIME_WORDS):
                k -= 1
            j = k
        elif _is_ly_adverb(toks[j]) and not toks[j].is_capitalised:
            j -= 1  # "Trump jokingly said"
        elif low in _FLOATING_QUANTIFIERS and j >= 1 and toks[j - 1].lower in _AUXILIARY_BEFORE_A_PHRASE:
            j -= 1  # "Trump and Sanders have both argued"
        elif (aux := _auxiliary_before_a_phrase(toks, j)) is not None:
            j = aux  # "Gore’s friends have in the past said", "The company has for years said"
        else:
            break
    return j


_FLOATING_QUANTIFIERS = frozenset(("both", "all", "each"))
_AUXILIARY_BEFORE_A_PHRASE = frozenset("has have had will would".split())
_PHRASE_LEADS_AFTER_AN_AUXILIARY = frozenset("in at on for over during since".split())


def _auxiliary_before_a_phrase(toks: list[Token], j: int) -> int | None:
    """The auxiliary before a short preposition's phrase that ends at ``j``, between it and its verb ("have in
    the past said", "has for years said"), or None."""
    for k in range(j, max(0, j - 4), -1):
        if not toks[k].is_word or toks[k].is_capitalised:
            return None
        if toks[k].lower in _PHRASE_LEADS_AFTER_AN_AUXILIARY:
            return k - 1 if k < j and toks[k - 1].lower in _AUXILIARY_BEFORE_A_PHRASE else None
    return None


_QUANTIFIERS = frozenset("many some most few both several".split())  # before a people's name: "many Democrats"


def find_subject(toks: list[Token], j: int, any_head: bool = False) -> tuple[int, int, str | None] | None:
    """The speaker ending at token j: (first, last, role) or None.

    ``any_head``: after an unmistakable speech verb ("said", "wrote") any
    noun phrase with a determiner may speak ("Another commenter said").
    """
    if j < 0:
        return None
    tok = toks[j]
    if tok.quote is not None:
        if tok.text.rstrip("”\"’'").endswith(","):  # "Humphrey, who calls Trump a “sociopath,” said"
            for k in range(j - 1, max(0, j - 30), -1):
                if (toks[k].lower in RELATIVE or _participle(toks[k])) and toks[k - 1].text == ",":
                    # (or a participle's aside: "Mr. Manafort, citing “the unique magic of Trump,” said")
                    return find_subject(toks, k - 2) if k >= 2 else None
                if toks[k].lower in ("a", "an") and toks[k - 1].text == "," and k >= 2 and toks[k - 2].is_capitalised:
                    # "Sam Solovey, a contestant on “The Apprentice,” said": the name the appositive describes
                    named = find_subject(toks, k - 2)
                    role = _COMMA_CLOSING.sub(r"\1", _as_written(toks[k:j + 1]))  # (the comma is the sentence's)
                    return (named[0], named[1], named[2] or role) if named is not None else None
        return None
    if tok.text == ")":  # "Sen. Claire McCaskill (D-Mo.) said"
        k = j - 1
        while k >= 0 and toks[k].text != "(" and j - k < 12:
            k -= 1
        if k > 0 and toks[k].text == "(":
            found = find_subject(toks, k - 1)
            return (found[0], j, found[2]) if found else None
        return None
    if tok.text in (",", "—", "–", "--", "-"):  # a spaced hyphen is a dash typed on a keyboard
        return _appositive_subject(toks, j)
    if tok.lower in PRONOUNS:
        return (j, j, None)
    if tok.lower == "which" and j >= 2 and toks[j - 1].text == "," and toks[j - 2].is_word \
            and (toks[j - 2].is_capitalised or is_speaker_noun(toks[j - 2].lower)):
        return (j, j, None)  # "the Associated Press, which said, “…”", "the committee, which said": it speaks
    if j >= 2 and toks[j - 1].text == "," and PARTY_AND_STATE.fullmatch(tok.text):
        # "Sen. Rand Paul, R-Ky.": the party and state are the politician's role when nothing else is
        found = find_subject(toks, j - 2)
        return (found[0], found[1], found[2] or tok.text) if found else None
    found = None
    if tok.is_capitalised:
        found = _name_subject(toks, j)
        if found is not None:
            found = _person_before_of(toks, found) or _noun_before_of(toks, found) or found
        if found is not None and found[0] > 0 and toks[found[0] - 1].lower in _QUANTIFIERS \
                and toks[found[1]].lower.endswith("s"):
            found = (found[0] - 1, found[1], found[2])  # "…, some Democrats said": the count is the subject's
        if found is not None and found[0] > 0 and toks[found[0] - 1].is_word \
                and not toks[found[0] - 1].is_capitalised and is_speaker_noun(toks[found[0] - 1].lower) \
                and not (toks[found[0] - 1].lower in document_nouns()
                         and (found[0] < 2 or toks[found[0] - 2].lower not in DETERMINERS)):
            # "digital consultant Phil Musser says": lower-case words of office before the name (a piece of writing
            # is none: "…, reports Beck", "The Twitter account Trump retweeted"; "the website GunBroker.com" is)
            k = found[0] - 1
            while k > 0 and found[0] - k < 3 and toks[k - 1].is_word and not toks[k - 1].is_capitalised \
                    and toks[k - 1].lower not in NOT_IN_NOUN_PHRASE and toks[k - 1].lower not in cues():
                k -= 1
            if k > 0 and toks[k - 1].is_capitalised and toks[k - 1].lower not in SENTENCE_OPENERS \
                    and (k == 1 or not toks[k - 2].is_word or toks[k - 2].lower in SENTENCE_OPENERS):
                k -= 1  # ", Republican candidate Ben Carson said": a capitalised word opening the description
            role = _as_written(toks[k:found[0]])
            found = (k, found[1], found[2] or role)
        if found is not None:
            found = _with_first_conjunct(toks, found)
    elif tok.is_word:
        found = _noun_phrase_subject(toks, j)
        if found is None and any_head:  # "Many speakers at the service said": the speakers, not the service
            found = _postmodified_subject(toks, j)
        if found is None and any_head:
            # "Another commenter said", "Iowa biofuels advocates say", "26% say"
            # ("those who back her opponents say": a plural too)
            plural = tok.lower.endswith("s") and tok.lower not in NOT_IN_NOUN_PHRASE or tok.text.endswith("%") \
                or tok.lower in ("those", "these")
            found = _noun_phrase_subject(toks, j, any_head=True, need_determiner=not plural)
    if found is not None:
        found = _with_head_before(toks, _unless_spoken_to(toks, j, found))
        return _with_pronoun_conjunct(toks, found)
    return _postmodified_subject(toks, j) or (_interviewed_subject(toks, (j, j, None)) if tok.is_word else None)


def _unless_spoken_to(toks: list[Token], j: int, found: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """"Another intelligence source speaking to Fox News said": the source speaks, not the outlet it spoke to."""
    lead = found[0] - 1
    if lead >= 0 and toks[lead].lower == "the":
        lead -= 1
    if lead >= 1 and toks[lead].lower in _SPOKEN_TO and toks[lead - 1].lower in _SPEAKING_PARTICIPLES:
        return _postmodified_subject(toks, j, allow=_SPEAKING_PARTICIPLES) or found
    return found


_SPEAKING_PARTICIPLES = frozenset("speaking talking writing".split())
_SPOKEN_TO = frozenset("to with in for on".split())


def _with_pronoun_conjunct(toks: list[Token], found: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """"he and Mr. Allen said", "she and her husband said": a pronoun before "and" that opens the clause
    speaks too."""
    k = found[0] - 2
    if k >= 0 and toks[k + 1].lower == "and" and toks[k].lower in _SUBJECT_PRONOUNS and _opens_clause(toks, k):
        return (k, found[1], None)
    return found


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())


def _with_first_conjunct(toks: list[Token], found: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """"Fiorina and Huckabee say", "Tapper, Bash and Blitzer had mentioned", "The Department of Health and
    Human Services said": the names before "and" speak too, when they open the clause — not "Trump
    attacked Cruz and Rubio said", nor "voters in Alabama and Virginia want"."""
    k = found[0] - 1
    if k < 1 or toks[k].lower != "and" or not toks[k - 1].is_capitalised:
        return found
    # "The Department of Health and Human Services": the first conjunct's name runs on back over "of"
    start = _body_name_start(toks, _name_run(toks, k - 1), loose=True)
    best = start if _opens_clause(toks, start) else None
    while start >= 2 and toks[start - 1].text == "," and toks[start - 2].is_capitalised \
            and not _closes_a_state(toks, start + 1):
        start = _name_run(toks, start - 2)  # a list: "Tapper, Bash and Blitzer"
        if toks[start].lower in _TAKES_AN_OBJECT:
            break  # "Among Republicans, Trump and Cruz": a preposition's object is no list item
        if _opens_clause(toks, start):
            best = start
    if best is None:
        return found
    if best > 0 and toks[best - 1].lower == "the":
        best -= 1
    return (best, found[1], None)


_TAKES_AN_OBJECT = frozenset("in of for from at on with by to about among between besides like than including "
                             "include includes over against under into".split())


def _opens_clause(toks: list[Token], start: int) -> bool:
    """Whether a name at ``start`` may open its clause: the window's start, a comma, a dash, "the", or a
    word that opens sentences but takes no object ("But", "When")."""
    if start == 0:
        return True
    before = toks[start - 1].lower
    return before in ("the", ",", ";", "—") or (before in SENTENCE_OPENERS and before not in _TAKES_AN_OBJECT)


def _person_before_of(toks: list[Token], found: tuple[int, int, str | None]) -> tuple[int, int, str | None] | None:
    """"Sen. Lindsey Graham of South Carolina said", "John Smith of the Heritage Foundation said": the
    person named before "of" speaks; the name after it says where from. Not "Bank of America" or
    "Secretary of State John Kerry": the words before "of" must name a person (two words, or a title
    and one) and no body."""
    k = found[0] - 1
    if k >= 1 and toks[k].lower == "the":
        k -= 1
    if k < 1 or toks[k].lower not in ("of", "from") or not toks[k - 1].is_capitalised:
        return None
    before = _name_subject(toks, k - 1)
    if before is None:
        return None
    earlier = _person_before_of(toks, before)  # "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem"
    if earlier is not None:
        return earlier
    words = [t.text for t in toks[before[0]:before[1] + 1]]
    role, name = split_role(words)
    if not name or any(fold(w).rstrip(".") in organisation_words() for w in words) \
            or any(is_speaker_noun(fold(w).rstrip(".")) for w in name) \
            or not (len(name) >= 2 or any(fold(w).rstrip(".") in titles() for w in role)):
        return None  # (a title or a noun such as "Workers" ends no name: "Former Secretary of State …")
    return before


def _noun_before_of(toks: list[Token], found: tuple[int, int, str | None]) -> tuple[int, int, str | None] | None:
    """"the senator from Ohio said", "a member of Congress said", "A spokeswoman for the House Armed Services
    Committee said": a speaker's noun before "of", "from" or "for" speaks, the name after it qualifying them
    (it had spoken alone, as "Ohio", "Congress" and the committee)."""
    k = found[0] - 1
    if k >= 1 and toks[k].lower == "the":
        k -= 1
    if k < 1 or toks[k].lower not in ("of", "from", "for") or not toks[k - 1].is_word or toks[k - 1].is_capitalised \
            or not is_speaker_noun(toks[k - 1].lower) or toks[k - 1].lower in document_nouns():
        return None  # (but "An email from Neera Tanden reveals …" is hers)
    head = _noun_phrase_subject(toks, k - 1, need_determiner=True)
    return (head[0], found[1], None) if head is not None else None


def _named_before_an_office_of(toks: list[Token], body: tuple[int, int, str | None]) -> tuple[int, int, str | None] | None:
    """"Greg Raiff, chief executive of Private Jet Services, an aviation consulting firm, said": the body
    ends an office set off after a name, and the name speaks, with the office as its role. None unless
    lower-case words of office (a speaker's noun among them) stand between a comma and "of", "for" or "at"."""
    first = body[0]
    if first >= 3 and toks[first - 1].text in ("&", "and") and toks[first - 2].is_capitalised:
        first -= 2  # a body named with two names joined: "president of Chapter & Verse, a Spokane agency, said"
        while first >= 1 and toks[first - 1].is_capitalised:
            first -= 1
    k = first - 1
    if k >= 1 and toks[k].lower == "the":
        k -= 1
    if k < 3 or toks[k].lower not in ("of", "for", "at"):
        return None
    m = k - 1
    while m >= 0 and toks[m].is_word and not toks[m].is_capitalised and k - m <= 5:
        m -= 1
    if m == k - 1 or m < 1 or toks[m].text != "," or not any(is_speaker_noun(t.lower) for t in toks[m + 1:k]) \
            or not toks[m - 1].is_capitalised:
        return None
    named = _name_subject(toks, m - 1)
    if named is None or len(split_role([t.text for t in toks[named[0]:named[1] + 1]])[1]) < 2:
        return None  # a person named in full, not "Republicans, leaders of the party": no one by name
    return (named[0], named[1], _as_written(toks[m + 1:body[1] + 1]))


# "the mayor of Portville", "a spokesman for the county", "officials in Washington", "members within both unions",
# "sources inside the White House"
_POSTMODIFYING_PREPOSITIONS = frozenset("of for at to in within inside across around throughout".split())


def _with_head_before(toks: list[Token], found: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """"The mayor of Portville", "officials in Washington": the speaker is the noun before the preposition;
    and further back, over phrases that name no speaker: "A person familiar with the planning for
    Thursday's meeting", "a source close to the talks on the budget"."""
    start = found[0]
    if start >= 3 and toks[start - 1].lower == "the" and toks[start].is_capitalised:
        start -= 1  # "sources inside the White House": the name's article, then the preposition
    for _phrase in range(_MOST_PHRASES_CLIMBED):
        if start < 2 or toks[start - 1].lower not in _CLIMBED_OVER or not toks[start - 2].is_word:
            break
        h = start - 2
        if toks[h].lower in COUNTED_SUBJECTS \
                and (h == 0 or not toks[h - 1].is_word or toks[h - 1].lower in SENTENCE_OPENERS):
            return (h, found[1], found[2])  # "Many in the party say", "Few in Washington believe": people counted
        if toks[h].lower in _PEOPLE_ADJECTIVES and h >= 1 and toks[h - 1].is_word and is_speaker_noun(toks[h - 1].lower):
            h -= 1  # "a person familiar with …", "a source close to …"
        if is_speaker_noun(toks[h].lower) \
                and not (toks[h].is_capitalised and found[2] is not None and toks[h].lower not in titles()):
            # (but "Centers for Disease Control Director Thomas Frieden" is Frieden, the body's name his title's,
            # as "Council on American-Islamic Relations National Executive Director Nihad Awad" is Awad; an
            # office before is his: "Secretary of State John Kerry")
            head = _noun_phrase_subject(toks, h)
            if head is not None:
                return (head[0], found[1], found[2])
            break
        phrase = _noun_phrase_subject(toks, h, any_head=True, need_determiner=True)
        if phrase is None:
            break
        start = phrase[0]
    return _interviewed_subject(toks, found) or found


# how far back a speaker noun is looked for over prepositional phrases, and the prepositions passed over
_MOST_PHRASES_CLIMBED = 3
_CLIMBED_OVER = _POSTMODIFYING_PREPOSITIONS | frozenset("with about on over".split())
_PEOPLE_ADJECTIVES = frozenset("familiar close".split())


# "veterans interviewed at Trump rallies in South Carolina said": the people asked, not where
ASKED_PARTICIPLES = _GRAMMAR["asked_participles"]


def _interviewed_subject(toks: list[Token], found: tuple[int, int, str | None]) -> tuple[int, int, str | None] | None:
    """The people a participle of asking follows, when the speaker found stands in its phrases: "Numerous
    veterans interviewed at rallies this week said" is the veterans', not the rallies'."""
    start = found[0]
    for k in range(start - 1, max(0, start - 12), -1):
        tok = toks[k]
        if not tok.is_word or tok.lower in cues():
            return None
        if tok.lower in ASKED_PARTICIPLES:
            if k + 1 >= start or toks[k + 1].lower not in PREPOSITIONS or k < 1:
                return None  # (the participle's phrase runs on to the speaker found: "polled in Iowa")
            head = _noun_phrase_subject(toks, k - 1, any_head=True)
            if head is None or not (is_speaker_noun(toks[k - 1].lower) or toks[k - 1].lower.endswith("s")):
                return None
            end = found[1]
            while end > k + 2 and (toks[end].lower in TIME_WORDS or toks[end].lower in TIME_LEADS):
                end -= 1  # "… at rallies this week": when they were asked is no part of who they are
            return (head[0], end, found[2])
        if tok.lower in NOT_IN_NOUN_PHRASE and tok.lower not in PREPOSITIONS:
            return None
    return None


POSTMODIFIER_LEADS = _PEOPLE_ADJECTIVES \
    | frozenset("for with of from at in to on inside near across around throughout".split())


def _a_study(tok: Token) -> bool:
    """A poll, study or record, which shows what it holds: "Exit polling showed", "FEC records … show" (a
    capitalised document noun is a name's: "The Washington Post")."""
    return tok.lower in STUDY_NOUNS or tok.lower in document_nouns() and not tok.is_capitalised


def _study_subject(toks: list[Token], j: int) -> tuple[int, int, str | None] | None:
    """A poll or study with what qualifies it after the noun, ending at token j: "A Monmouth poll out
    Monday", "a Washington Post/ABC poll in Wednesday", "A random survey conducted by the One America
    News Network"; the study, not what it is of: "a 2018 analysis of the data found"."""
    found: tuple[int, int, str | None] | None = None
    for h in range(j, max(-1, j - 14), -1):
        tok = toks[h]
        if tok.quote is not None or not (tok.is_word or tok.text in ("/", "-", "&")) \
                or tok.lower in _FINITE_BE_HAVE or tok.lower in _MODALS or tok.lower == "been":
            break  # (a verb between: "her initial statement was shown to be false")
        if found is not None and h >= found[0]:
            continue
        if _a_study(tok) and not (h < j and is_speaker_noun(toks[h + 1].lower)):  # (not "a research group")
            k = h
            while k > 0 and j - k < 16 and (toks[k - 1].is_word or toks[k - 1].text in ("/", "-", "&")) \
                    and toks[k - 1].lower not in NOT_IN_NOUN_PHRASE and toks[k].lower not in DETERMINERS:
                k -= 1
            if toks[k].lower in DETERMINERS:
                phrase = (k - 1 if k and toks[k].lower == "most" and toks[k - 1].lower == "the" else k, h, None)
            elif tok.lower.endswith(("s", "ing")) and _opens_clause(toks, k) \
                    and not any(t.lower in PREPOSITIONS for t in toks[k - 1:h]):
                # no determiner: a plural or a mass noun opening its clause ("FEC records from the 2008 cycle
                # show"; not a noun inside a phrase, "obtained … through public records lawsuits shows", nor the
                # last of a pair, "campaign and corporate records show")
                phrase = (k, h, None)
            else:
                break
            found = phrase
            if not (phrase[0] >= 2 and toks[phrase[0] - 1].lower == "of"):
                break  # (else what it is of: look on for the study)
        elif tok.lower in cues() and not (h and _a_study(toks[h - 1])):  # (but "The report published Tuesday")
            break
    return found


_COMMA_CLOSING = re.compile(r",([”\"’']+)$")


def _postmodified_subject(toks: list[Token], j: int,
                          allow: frozenset[str] = frozenset()) -> tuple[int, int, str | None] | None:
    """A speaker noun followed by its modifier: "a source close to him", "a spokesman for Sanders"; with
    ``allow``, those words may lead the modifier too ("a source speaking to Fox News")."""
    if toks[j].text in (";", ":", "."):
        return None  # "… was denounced by the leader of the church; praised …": a list's items, no speaker
    if toks[j].lower in NOT_IN_NOUN_PHRASE and j + 1 < len(toks) and toks[j + 1].lower in _trigger_words():
        # "Wall Street firms to call into question", "forced lawyers for Cruz to respond": a preposition or verb
        # right before the cue ends no modifier; the cue is its object, or the verb of another clause
        return None
    leads = POSTMODIFIER_LEADS | allow
    words = 0
    for h in range(j - 1, max(-1, j - 8), -1):
        tok = toks[h]
        if tok.text in ("’", "'") and h >= 1 and _owner_in_s_apostrophe(toks, h - 1):
            continue  # "people with direct knowledge of Gates’ work": the owner's apostrophe, no word
        words += 1
        if words > 6:
            return None
        if not tok.is_word or tok.lower in NOT_IN_NOUN_PHRASE - leads:
            return None
        if is_speaker_noun(tok.lower) and h + 1 < j and toks[h + 1].lower in leads:
            head = _noun_phrase_subject(toks, h)
            if head is not None:
                return (head[0], j, None)
    return None


# two words run together where a line break was lost: "BushASSOCIATED", "PRESSOhio" (not "McDonald", "BlazeTV’s")
_GLUED_WORDS = re.compile(r"[a-z][A-Z]{3}|[A-Z]{2}[A-Z][a-z]{2}")


def _owner_in_s_apostrophe(toks: list[Token], k: int) -> bool:
    """toks[k] is a capitalised word in s with the apostrophe glued after it: "Sanders’" of "Sanders’ campaign"."""
    word = toks[k]
    return word.is_capitalised and word.text.endswith("s") and word.end == toks[k + 1].start \
        and (k + 2 >= len(toks) or toks[k + 2].start > toks[k + 1].end)


def _name_run(toks: list[Token], j: int) -> int:
    """First index of the run of capitalised name words ending at j."""
    k = j
    while k - 1 >= 0:
        prev = toks[k - 1]
        if prev.is_capitalised and _GLUED_WORDS.search(prev.text):
            break  # "…9:31PMKasich And BushASSOCIATED PRESSOhio Gov. John Kasich": line breaks lost before it
        if prev.is_capitalised or (prev.lower in NAME_PARTICLES and k - 2 >= 0 and toks[k - 2].is_capitalised):
            k -= 1
        elif prev.lower in SURNAME_PARTICLES and prev.text.islower():
            k -= 1  # a surname opening on its particle: "…, de Blasio said"
            break
        elif prev.quote is not None and _a_nickname(toks, k - 1):
            k -= 1  # "George “Jay” Keyworth": a nickname between the given name and the surname
        elif prev.text == "-" and k - 2 >= 0 and toks[k - 2].is_capitalised \
                and toks[k - 2].end == prev.start and prev.end == toks[k].start:
            k -= 1  # a hyphen inside a name ("Lloyd - Webber" as some pages split it), not a spaced dash
        else:
            break
    # a capitalised sentence opener is not part of the name: "But Kyiv said", "From Andrea Peyser writing …"
    while k < j and (toks[k].lower in SENTENCE_OPENERS or k == 0 and toks[k].lower in PREPOSITIONS):
        k += 1
    return k


def _name_subject(toks: list[Token], j: int) -> tuple[int, int, str | None] | None:
    """A capitalised speaker; words of office in the run are its role ("British Prime Minister")."""
    k = _name_run(toks, j)
    if k >= 2 and toks[k - 1].lower == "for" and toks[k - 2].is_capitalised and toks[k - 2].lower not in SENTENCE_OPENERS \
            and not is_speaker_noun(toks[k - 2].lower):
        # a body named for its cause: "Democracy for America said", "The Club for Growth PAC has endorsed" (at
        # the sentence's start, or after "the" or a comma; not "Executives for Mondelez", people of a company)
        lead = _name_run(toks, k - 2)
        if lead > 0 and toks[lead - 1].lower == "the":
            lead -= 1
        if lead == 0 or toks[lead - 1].text == ",":
            return (lead, j, None)
    if all(t.lower in SENTENCE_OPENERS or t.lower in TIME_WORDS or t.lower in NOT_NAMES
           or t.lower[:-2] in _CONTRACTED_WITH_IS and t.lower.endswith(("’s", "'s")) for t in toks[k:j + 1]):
        return None  # "Later said", "Sunday said", "That’s partly why …": capitalised, but nobody
    if k == j == 0 and _is_ly_adverb(toks[k]) and len(toks) > 1 \
            and (toks[1].lower in PREPOSITIONS or not toks[1].is_word):
        return None  # "Shortly after the call ended, …", "Finally, …": an adverb opening the sentence ("Jolly said" names)
    role_words, name = split_role([t.text for t in toks[k:j + 1]])
    if not role_words or role_words[-1].rstrip(".").lower() in ("mr", "mrs", "ms", "dr", "miss") \
            or any(w.lower() in organisation_words() for w in name):
        return (k, j, None)  # "Mr. Putin": no office; "State Department": a body's name, no role in it
    first = k
    if k >= 2 and toks[k - 1].lower == "of" and _is_title(toks[k - 2]):
        # "Former Secretary of State Madeleine Albright": the office began before the "of"
        first = k - 2
        while first > 0 and toks[first - 1].is_capitalised and _is_title(toks[first - 1]):
            first -= 1
    return (k, j, _as_written(toks[first:k + len(role_words)]))


_CONTRACTED_WITH_IS = frozenset("that this there here what where who it".split())  # "That’s": "that is"


def _is_title(tok: Token) -> bool:
    return fold(tok.text).rstrip(".") in titles()


def _noun_phrase_subject(toks: list[Token], j: int, any_head: bool = False,
                         need_determiner: bool = False) -> tuple[int, int, str | None] | None:
    """A speaker with no name: "a Ukrainian source", "officials", "Zelenskyy’s spokesperson"."""
    if toks[j].lower in NOT_IN_NOUN_PHRASE:
        return None  # "the day the deal was announced": a verb or a link heads no noun phrase
    if not (any_head or is_speaker_noun(toks[j].lower)
            or not toks[j].is_capitalised and is_agent_plural(toks[j].lower)):
        return None  # "the meeting said" is no attribution; "the spokesman said" is; so are "cement makers"
    k = j
    while k - 1 >= 0 and j - k < 5:
        prev = toks[k - 1]
        if prev.text in ("’", "'") and k >= 2 and _owner_in_s_apostrophe(toks, k - 2) and is_speaker_noun(toks[j].lower):
            return (_name_run(toks, k - 2), j, None)  # "Sanders’ campaign said": Sanders' campaign
        if prev.quote is not None and k >= 2 and toks[k - 2].lower in DETERMINERS and _looks_like_title(prev.text) \
                and prev.text.rstrip("”\"’'")[-1:] not in ",.!?":
            return (k - 2, j, None)  # "the “Pose” actor said": a title qualifies the noun, no words of anyone's
        if not prev.is_word or prev.lower in NOT_IN_NOUN_PHRASE:
            break
        k -= 1
        if prev.lower in DETERMINERS:
            return (k, j, None)
        if prev.text.endswith(("’s", "'s")) and prev.is_capitalised:
            return (_name_run(toks, k), j, None)
    if need_determiner:
        return None
    # no determiner: "officials said", "Ukrainian officials said", "Republican voters said", "7 percent said"
    k = j
    while k - 1 >= 0 and j - k < 3 and (toks[k - 1].is_capitalised or toks[k - 1].text[0].isdigit()
                                        or toks[k - 1].lower in NUMBER_WORDS):
        k -= 1
    k = _lower_case_modifiers(toks, k, j)
    if k < j and (counted := _counted_subject(toks, k)) is not None:
        k = counted[0]  # "Four in 10 voters see …": the count is the subject's, not only "10 voters"
    return (k, j, None)


# words after which a clause, and so its subject, opens: "where local party leaders say", "will reporters want"
_OPENS_A_CLAUSE = SUBORDINATORS | QUESTION_OPENERS | {"what", "where", "whether", "why", "how"}
_FOCUSING = frozenset("only just even".split())  # "only 7 percent said": how few, not who


def _lower_case_modifiers(toks: list[Token], k: int, j: int) -> int:
    """Where a phrase ending at ``j`` starts once the lower-case words qualifying it are counted: "…, campaign
    officials said", "senior administration officials said" — only when they run back to where the clause
    opens, as a verb or an object before the head would not ("Trump attacked officials said" is no phrase)."""
    m = k
    while m - 1 >= 0 and j - m < 4 and toks[m - 1].is_word and not toks[m - 1].is_capitalised \
            and (toks[m - 1].lower not in NOT_IN_NOUN_PHRASE and toks[m - 1].lower not in PREPOSITIONS
                 or toks[m - 1].lower == "and" and m >= 2 and toks[m - 2].is_word  # "teachers and union officials"
                 and not toks[m - 2].is_capitalised and toks[m - 2].lower not in NOT_IN_NOUN_PHRASE) \
            and toks[m - 1].lower not in PRONOUNS and toks[m - 1].lower not in POSSESSIVE_PRONOUNS \
            and toks[m - 1].lower not in cues().every and not _is_ly_adverb(toks[m - 1]) \
            and toks[m - 1].lower not in _OPENS_A_CLAUSE and toks[m - 1].lower not in _FOCUSING:
        m -= 1
    if m < k and (m == 0 or toks[m - 1].text in (",", ";", ":", "—", "–", "--", "(")
                  or toks[m - 1].lower in _OPENS_A_CLAUSE or toks[m - 1].lower in _FOCUSING):
        return m
    return k


def _as_written(toks: list[Token]) -> str:
    """The tokens' words as the text has them: no space where the source had none ("Sanders’", "R-Ky.")."""
    out = []
    for k, t in enumerate(toks):
        if k and toks[k - 1].end < t.start:
            out.append(" ")
        out.append(t.text)
    return "".join(out)


# A role describes its bearer ("a spokesman for the campaign"); these words start or make a clause instead
_CLAUSE_AFTER_ROLE = frozenset("who whom whose which where".split())
_FINITE_VERBS = frozenset("is are was were has have had will would can could should did does said says told".split())
_ADJECTIVE_PARTICIPLES = frozenset("retired renowned embattled disgraced unnamed celebrated acclaimed "
                                   "distinguished decorated talented seasoned self-described self-proclaimed "
                                   "managing founding presiding visiting acting ranking outgoing incoming sitting "
                                   "leading".split())  # "managing director of …"


def _appositive_role(toks: list[Token]) -> str | None:
    """What an appositive says of its speaker, as written, or None when it says nothing of the kind.

    "a spokesman for the campaign" is a role; a relative clause after it is cut ("a lawyer who has
    filed suits" → "a lawyer"). An age ("44"), a clause ("the NLD has won 82 percent"), a participle
    or relative clause ("referring to …", "asked about …", "whose husband signed …") and a place
    ("of Tujunga") describe no office.
    """
    cut = next((k for k, t in enumerate(toks) if t.lower in _CLAUSE_AFTER_ROLE
                # (or a bracket closing one opened before the speaker: "(“…,” wrote Ed Nelson, a technician)")
                or t.text in _CLOSING_BRACKETS and all(u.text != _CLOSING_BRACKETS[t.text] for u in toks[:k])),
               len(toks))
    toks = toks[:cut]
    lead = 0
    while lead < len(toks) and (toks[lead].lower in ("also", "still", "now") or _is_ly_adverb(toks[lead])):
        lead += 1  # "also a GOP presidential hopeful"; "also campaigning in Wisconsin" is no role
    # "now director of …" says when, and stays
    shown = toks[next((k for k in range(lead) if toks[k].lower == "now"), lead):]
    toks = toks[lead:]
    if not toks:
        return None
    words = [t for t in toks if t.is_word]
    if not words or all(t.text.isdigit() for t in words):
        return None
    first = toks[0]
    if first.is_word and not first.is_capitalised and (
            first.lower in PREPOSITIONS or first.lower in SUBORDINATORS or first.lower in ("and", "or", "that")
            or _a_pronoun(first)  # "Trump, it's also worth noting, …"
            or (first.lower.endswith(("ing", "ed")) and first.lower not in _ADJECTIVE_PARTICIPLES
                and not first.lower.endswith("thing"))):
        return None
    if any(t.lower in _FINITE_VERBS for t in words):
        return None
    if any(t.lower == "and" for t in words) and all(t.is_capitalised or t.lower == "and" for t in words):
        return None  # "Republicans, Donald J. Trump and Senator Ted Cruz, …": names, not an office
    return _as_written(shown)


def _a_persons_full_name(words: list[Token]) -> bool:
    """A given name and a surname, all capitalised: "Rob Goldman", "Jane Q. Smith" (no office, no body)."""
    return 2 <= len(words) <= 4 and all(t.is_capitalised for t in words) and is_given_name(words[0].text)


def _names_an_office(toks: list[Token]) -> bool:
    """Whether words before a name can be its role: a word in lower case ("lead negotiator"), a title
    ("Sen."), a noun of speakers ("Spokesman") or a possessive ("BlazeTV’s") — not a bare name ("Trump")."""
    return any(t.is_word and (not t.is_capitalised or is_speaker_noun(t.lower.rstrip("."))
                              or t.text.endswith(("’s", "'s", "s’", "s'"))) for t in toks)


def _relative_clause_before(toks: list[Token], k: int) -> int | None:
    """The comma before a ", who …" or ", which …" clause that the comma at k falls inside, with no cue in
    between: "Westmacott, who served in Iran, Turkey and France, said" → the comma after Westmacott."""
    every, stance = cues().every, cues().stance  # (a position holds no commas of its own: "who supported Sen.
    # Ted Cruz, R-Texas, and opposed Trump, said")
    for r in range(k - 1, max(0, k - 25), -1):
        if toks[r].lower in every and toks[r].lower not in stance \
                and toks[r - 1].lower not in ("helped", "help", "helps") \
                or toks[r].text in (";", ":") or toks[r].quote is not None:
            return None  # (but "who helped found EDGE, an environmental group, said": founding is no cue)
        if toks[r].lower in ("who", "which", "whose") and toks[r - 1].text == ",":
            return r - 1
    return None


def _past_participle_phrase(toks: list[Token], k: int) -> bool:
    """A past participle at ``k`` and where or when: "The study, published in May, found", "The report, released
    Tuesday, said", "The senator, asked about the plan, said"."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (toks[k].lower.endswith("ed") or toks[k].lower in _IRREGULAR_PARTICIPLES) and nxt is not None \
        and (nxt.lower in PREPOSITIONS or nxt.lower in TIME_WORDS or nxt.lower in TIME_LEADS)


# past participles not in -ed that qualify a noun in an aside: "The message, sent to Cheryl Mills, called it …"
_IRREGULAR_PARTICIPLES = frozenset("sent written given taken made held shown seen known brought kept found built "
                                   "paid chosen drawn done begun led won lost spent".split())


def _described_then_named(toks: list[Token], k: int, inner: list[Token]) -> tuple[int, int, str | None] | None:
    """"One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said": a description
    opening the clause, then at the comma (token k) a name with what places it — the name speaks, the
    description is its role (not Cruz, named inside the description)."""
    lead = 0
    while lead < len(inner) and (inner[lead].is_capitalised or (lead and inner[lead].lower in NAME_PARTICLES)):
        lead += 1
    if lead < 2 or (lead < len(inner) and inner[lead].lower not in ("of", "from", "at", "with")):
        return None
    opener = k - 1
    while opener > 0 and toks[opener - 1].text not in CLAUSE_BREAKS and k - opener < 12:
        opener -= 1
    if opener > 0 and toks[opener - 1].text not in CLAUSE_BREAKS:
        return None
    first = toks[opener]
    if not (first.lower in DETERMINERS or first.lower in NUMBER_WORDS or first.lower in ("one", "another")) \
            or not any(is_speaker_noun(t.lower) for t in toks[opener + 1:min(k, opener + 4)]):
        return None
    named = _name_subject(toks, k + lead)
    if named is None or named[0] != k + 1:
        return None
    return (named[0], named[1], _as_written(toks[opener:k]))


def _participle(tok: Token) -> bool:
    """"speaking", "citing": a lower-case -ing word that is no noun ("nothing", "thing")."""
    return tok.is_word and not tok.is_capitalised and tok.lower.endswith("ing") \
        and (len(tok.lower) > 5 and not tok.lower.endswith("thing") or tok.lower in _SHORT_PARTICIPLES)


_SHORT_PARTICIPLES = frozenset("using doing going vying lying".split())  # ("bring", "swing", "thing" are none)


def _named_before_description_of_body(toks: list[Token], k: int, j: int) -> tuple[int, int, str | None] | None:
    """"Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano,
    said": the name set off at k names the body the description ends on, and the one described speaks, the
    description and the body's name their role. None unless a name stands before a description that opens on
    "the", "a", "his" … and ends on a noun of no person ("newspaper", not "spokeswoman")."""
    if k < 2 or not toks[k - 1].is_word or toks[k - 1].is_capitalised or is_speaker_noun(toks[k - 1].lower) \
            and toks[k - 1].lower in speaker_nouns()["people"]:
        return None
    opening = next((c for c in range(k - 1, max(0, k - 20), -1) if not toks[c].is_word), None)
    if opening is None or opening < 1 or toks[opening].text != "," or toks[opening + 1].lower not in _DESCRIPTION_LEADS \
            or not toks[opening - 1].is_capitalised:
        return None
    named = _name_subject(toks, opening - 1)
    return (named[0], named[1], _as_written(toks[opening + 1:j])) if named is not None else None


_DESCRIPTION_LEADS = frozenset("a an the his her their its our".split())  # what opens a description, not an aside


def _body_name_start(toks: list[Token], start: int, loose: bool = False) -> int:
    """Where a body's name opens that runs on back over "of"/"for" before ``start``: "Economic Policy
    Research" ends "Centre for Economic Policy Research". A word of bodies stands before the preposition;
    ``loose`` (a list's first conjunct) lets "of" follow any capitalised word ("Department of Health") and
    "for" any name "the" opens ("the Centers for Disease Control") — not "Voters for Trump and Cruz"."""
    while start >= 2 and toks[start - 1].lower in ("of", "for") and toks[start - 2].is_capitalised:
        before = _name_run(toks, start - 2)
        if toks[start - 2].lower not in organisation_words() and not (
                loose and (toks[start - 1].lower == "of" or before > 0 and toks[before - 1].lower == "the")):
            break
        start = before
    return start


def _with_body_name_before(toks: list[Token], named: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """``named`` with its start where a body's name opens before it ("Global Development" → "Center for Global
    Development"): no role then, the name being a body's."""
    start = _body_name_start(toks, named[0])
    return named if start == named[0] else (start, named[1], None)


def _described_before_body(toks: list[Token], j: int) -> tuple[int, int, str | None] | None:
    """The one an appositive describes when it ends on the body they work at, at token j, and a "which"
    clause about that body follows: "Scott Morris, a senior fellow at the Center for Global Development,
    which works to alleviate poverty, said" — Morris speaks, not the centre (and not "Global Development")."""
    k = _body_name_start(toks, _name_run(toks, j))
    if k >= 1 and toks[k - 1].lower == "the":
        k -= 1
    if k < 1 or toks[k - 1].lower not in ("at", "of", "for", "with", "from", "in"):
        return None
    comma = next((m for m in range(k - 2, max(-1, k - 30), -1) if toks[m].text == "," or toks[m].quote is not None),
                 None)
    if comma is None or comma < 1 or toks[comma].text != "," or toks[comma + 1].lower not in _DESCRIPTION_LEADS:
        return None
    speaker = find_subject(toks, comma - 1)
    if speaker is None or not toks[speaker[1]].is_capitalised:
        return None
    return (speaker[0], speaker[1], _appositive_role(toks[comma + 1:j + 1]) or speaker[2])


def _opening_postmodified_speaker(toks: list[Token], c: int) -> tuple[int, int, str | None] | None:
    """The speaker that opens the sentence and whose modifier runs on to the aside at c: "Federal officials
    familiar with the server taken from Mrs. Clinton's house in Chappaqua, N.Y., speaking on the condition of
    anonymity, said" — the officials, not the house (within the first four words, no cue before c, and a
    participle opening the aside: not "Officers … arrested Elizabeth Burton, 32, of 1119 Eighth St., after
    locating …, said Lt. Harris")."""
    first = 0
    while first < c and toks[first].lower in SENTENCE_OPENERS and toks[first].lower not in DETERMINERS:
        first += 1
    every = cues().every
    head = next((h for h in range(first, min(c - 1, first + 4)) if is_speaker_noun(toks[h].lower)
                 and toks[h + 1].lower in POSTMODIFIER_LEADS), None)
    if head is None or any(t.quote is not None or t.lower in every for t in toks[first:c]):
        return None
    subject = _noun_phrase_subject(toks, head, any_head=True)
    return (subject[0], c - 1, None) if subject is not None and subject[0] == first else None


_NOUN_PHRASE_OPENERS = frozenset("a an the another his her their its".split())


def _only_capitalised(toks: list[Token]) -> bool:
    """Whether the tokens are a name's words: capitalised, and no time ("Monday") or sentence opener among them."""
    return bool(toks) and all(t.is_capitalised and t.lower not in TIME_WORDS and t.lower not in SENTENCE_OPENERS
                              for t in toks)


def _noun_phrase_set_off(toks: list[Token], j: int) -> int:
    """Where a noun phrase ending at token j opens, when it is set off ahead of it (by a comma, a dash or a
    quotation, or opening the sentence) and a determiner opens it: "“…,” another fraternity brother, Stuart
    Oltchick, recalled" — whatever its noun, as the role of the name after it. Else j + 1 (none)."""
    for k in range(j, max(-1, j - 8), -1):
        t = toks[k]
        if not t.is_word or t.quote is not None or t.lower in _FINITE_VERBS or t.lower in cues().every:
            return j + 1
        if t.lower in _NOUN_PHRASE_OPENERS:
            opened = k == 0 or toks[k - 1].text in (",", "—", "--") or toks[k - 1].quote is not None
            return k if opened and k < j else j + 1
    return j + 1


def _appositive_subject(toks: list[Token], j: int) -> tuple[int, int, str | None] | None:
    """X, APPOSITIVE, said — the speaker is whichever side is a name; the other is the role."""
    mark = toks[j].text  # "," or a dash: "Jason Sims — a teacher from Mount Pleasant — says"
    if mark == "," and j > 0 and toks[j - 1].text == ")" \
            and not any(toks[c].text == "," and toks[c + 1].lower in _INCLUDING
                        for c in range(j - 2, max(0, j - 25), -1)):
        # (unless an aside opened before the parenthesis: "others, including … Rep. Raúl Grijalva (D-Ariz.), are")
        opening = next((p for p in range(j - 2, max(0, j - 14), -1) if toks[p].text == "("), None)
        if opening is None or not toks[opening + 1].is_word or toks[opening + 1].is_capitalised:
            # "Sen. Jack Reed (D-R.I.), said": a stray comma — but in "Jeff Bechdel, chairman of America
            # Rising (a Republican PAC), tweeted" the parenthesis ends an appositive
            return find_subject(toks, j - 1)
    for c in range(j - 1, max(0, j - 25), -1):
        # "Clinton, during a town hall in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich., said":
        # an adjunct set off by commas, the speaker before it
        if toks[c].text == mark and c > 0 and (toks[c + 1].lower in _ASIDE_LEADS or _participle(toks[c + 1])
                                               or c + 2 < j and toks[c + 1].is_word and not toks[c + 1].is_capitalised
                                               and (toks[c + 2].lower == "by" or _past_participle_phrase(toks, c + 1))):
            # (or a participle: "Federal officials, speaking on the condition of anonymity, said", "The aides,
            # led by campaign manager Terry Sullivan, told")
            if toks[c - 1].text.isdigit() and c >= 3 and toks[c - 2].text == mark:
                c -= 2  # the age before it: "Cory James, 22,"
            before = next((p for p in range(c - 1, max(0, c - 4), -1) if toks[p].text == mark), None)
            fronted = _opening_postmodified_speaker(toks, c) if _participle(toks[c + 1]) else None
            outer: tuple[int, int, str | None] | None
            if fronted is not None:
                outer = fronted
            elif before is not None and _place_and_region(toks, before, c):
                outer = _appositive_subject(toks, c)  # "… who lost her daughter in Aurora, Colorado, in July, said"
            else:
                outer = find_subject(toks, c - 1)
                if outer is None and (skipped := _skip_back(toks, c - 1)) != c - 1:
                    outer = find_subject(toks, skipped)  # over a time: "veterans … this week, including …, said"
            if outer is not None:
                return outer
            break
    k = j - 1
    suffixed = mark == "," and j >= 3 and toks[j - 1].lower.rstrip(".") in company_suffixes() \
        and toks[j - 2].text == "," and toks[j - 3].is_capitalised
    if suffixed:
        k = j - 3  # "Dräger, Inc., says": a company's legal suffix, set off by commas of its own, ends its name
    while k >= 0 and toks[k].text != mark and j - k < 30:
        k -= 1
    if k < 1 or toks[k].text != mark:
        return (_name_run(toks, j - 3), j - 1, None) if suffixed else None  # "Acme, Inc., said"
    while mark == "," and _closes_a_state(toks, k):
        # "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize it, said": the commas round a
        # town's state are inside the appositive; it opens before the town
        k -= 3
        while k >= 0 and toks[k].text != mark and j - k < 40:
            k -= 1
        if k < 1 or toks[k].text != mark:
            return None
    region_end = j
    while mark == "," and _place_and_region(toks, k, region_end):
        # "Michael Brown of Washington, D.C., explained", "a pastor … of Elizabeth, Colorado, slammed": the
        # comma inside a place sets nothing off — look before it
        region_end, k = k, k - 1
        while k >= 0 and toks[k].text != mark and j - k < 40:
            k -= 1
        if k < 1 or toks[k].text != mark:  # "a woman in Worcester, Massachusetts, told him": the woman
            return _postmodified_subject(toks, region_end - 1) or find_subject(toks, region_end - 1)
    if region_end != j:  # "Another superdelegate, Michael Brown of Washington, D.C., explained"
        named = find_subject(toks, region_end - 1)
        # (a description is no name: "Jane Smith, 67, a retired teacher in Allentown, Pa., said" is Jane Smith's)
        if named is not None and named[0] == k + 1 and toks[named[0]].lower not in DETERMINERS:
            outer = find_subject(toks, k - 1)
            role = _as_written(toks[outer[0]:outer[1] + 1]) if outer else named[2]
            return (named[0], named[1], role)
    if mark == "," and toks[k + 1].lower not in RELATIVE and (opened := _relative_clause_before(toks, k)) is not None:
        k = opened  # "Westmacott, who served in Iran, Turkey and France, said": the clause's commas are its own
    inner = toks[k + 1:j]
    if not inner:
        return None
    if mark == "," and k >= 1 and not toks[k - 1].is_capitalised and _a_share(inner):
        # "Nearly half, 48 percent, say …", "Just over a quarter, 26 percent, say …": the count speaks, and the
        # share set off after it says how many
        return _counted_subject(toks, k - 1) or find_subject(toks, k - 1, any_head=True)
    if mark == "," and inner[0].lower == "and" and len(inner) > 1 and not inner[1].is_capitalised:
        # "Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author of the study, said": a second
        # description joined to the first; who speaks stands before both
        return _appositive_subject(toks, k)
    if len(inner) > 1 and _ends_in_comma(inner[0]) and inner[1].lower in RELATIVE:
        return find_subject(toks, k + 1)  # "…, “The Apprentice,” who went on to …, said": the comma in its marks
    if len(inner) <= 3 and all(t.is_word and not t.is_capitalised for t in inner) \
            and inner[0].lower not in _DESCRIPTION_LEADS:
        # "Ayotte’s campaign, for example, said": an aside, not an appositive ("John Smith, 60, a
        # doctor, said" describes)
        return find_subject(toks, k - 1)
    if len(inner) == 1 and PARTY_AND_STATE.fullmatch(inner[0].text):
        return find_subject(toks, j - 1)  # "Sen. Rand Paul, R-Ky., said"
    comma = next((m for m, t in enumerate(inner) if t.text == ","), None)
    if mark != "," and comma and comma + 1 < len(inner) and inner[comma + 1].lower in ("who", "which") \
            and all(t.is_capitalised or t.lower in NAME_PARTICLES for t in inner[:comma]):
        # "A former Republican presidential candidate -- John McCain, who lost the 2008 election -- said": the
        # name that opens the aside speaks, and what stands before it is the role
        outer = find_subject(toks, k - 1)
        role = _as_written(toks[outer[0]:outer[1] + 1]) if outer else None
        return (k + 1, k + comma, role)
    joined = mark == "," and len(inner) >= 3 and inner[0].is_capitalised and inner[-1].is_capitalised \
        and sum(t.lower == "and" for t in inner) == 1  # "His biographers, David and Jeanne Heidler, wrote"
    body_name = inner[1:] if len(inner) > 1 and inner[0].lower == "the" else inner
    if all(t.is_capitalised or t.lower in NAME_PARTICLES for t in body_name) \
            and (described_first := _named_before_description_of_body(toks, k, j)) is not None:
        return described_first
    if all(t.is_capitalised or t.lower in NAME_PARTICLES or joined and t.lower == "and" for t in body_name):
        # "Russia’s lead negotiator, Vladimir Medinsky, told", "The newspaper, the Daily Planet, said" — but in
        # "Trump, Ryan, pledge" a name stands before the name, and names no office
        outer = find_subject(toks, k - 1)
        if outer is not None and _a_persons_full_name(toks[outer[0]:outer[1] + 1]) \
                and any(t.lower.rstrip(".") in titles() for t in inner):
            # "Rob Goldman, Acme CEO, says", "…, President Ascom North America, says": a person named in full,
            # then the office in capitals, as business copy writes it
            return (outer[0], outer[1], _as_written(inner))
        described = toks[outer[0]:outer[1] + 1] if outer else toks[_noun_phrase_set_off(toks, k - 1):k]
        role = _as_written(described) if _names_an_office(described) else None
        start = k + 1 if joined else _name_run(toks, j - 1)
        return (start, j - 1, role)
    appositive = _described_then_named(toks, k, inner)
    if appositive is not None:
        return appositive
    outer_end = k - 1
    if outer_end >= 2 and toks[outer_end].text.isdigit() and toks[outer_end - 1].text == ",":
        outer_end -= 2  # "Ramil Carr, 31, a Philadelphia photographer, said"
    if outer_end >= 2 and PARTY_AND_STATE.fullmatch(toks[outer_end].text) and toks[outer_end - 1].text == ",":
        outer_end -= 2  # "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said"
    if outer_end >= 2 and toks[outer_end].lower in SENTENCE_OPENERS and toks[outer_end - 1].text == ",":
        outer_end -= 2  # "Sanders, meanwhile, who sits at zero endorsements, said"
    if outer_end >= 0 and toks[outer_end].text == ")":  # "Rep. Elijah Cummings (D-Md.), chair of …, said"
        opening = outer_end - 1
        while opening >= 0 and toks[opening].text != "(" and outer_end - opening < 12:
            opening -= 1
        if opening > 0 and toks[opening].text == "(":
            named = find_subject(toks, opening - 1)
            if named is not None:
                return (named[0], named[1], (_appositive_role(inner) if len(inner) <= 10 else None) or named[2])
        return None
    if inner[0].lower == "which" and outer_end >= 0 and toks[outer_end].is_capitalised \
            and (body_worker := _described_before_body(toks, outer_end)) is not None:
        return body_worker  # "Scott Morris, a senior fellow at the Center for Global Development, which …, said"
    if inner[0].lower in RELATIVE:  # "Bamberg, who is 28, said": the speaker is Bamberg
        if outer_end >= 0 and _ends_in_comma(toks[outer_end]):
            return find_subject(toks, outer_end)  # "Sam Solovey, a contestant on “The Apprentice,” who …, said"
        if outer_end >= 0 and toks[outer_end].is_capitalised:
            named = _name_subject(toks, outer_end)
            if named is not None:
                named = _with_body_name_before(toks, named)  # "The Center for Global Development, which …,"
            return named and (_person_before_of(toks, named) or named)
        if outer_end >= 0 and toks[outer_end].is_word:  # "Port users, who pay the fees, said"
            named_before = _appositive_subject(toks, k) if mark == "," else None
            if named_before is not None and toks[named_before[0]].is_capitalised:
                return named_before  # "Sam Solovey, a contestant on the show, who went on to …, said": Solovey
            # ("Supporters of the bill, who marched on Monday, say": the supporters, not the bill)
            return _postmodified_subject(toks, outer_end) or _noun_phrase_subject(toks, outer_end, any_head=True)
        return None
    if outer_end >= 0 and toks[outer_end].is_capitalised:
        named = _name_subject(toks, outer_end)
        if named is None:
            return None
        named = _with_body_name_before(toks, named)  # "the Centre for Economic Policy Research, a … think tank,"
        if (holder := _named_before_an_office_of(toks, named)) is not None:
            return holder  # the appositive describes the body the office is of, not the speaker
        start, end, title_role = _person_before_of(toks, named) or named
        return (start, end, (_appositive_role(inner) if len(inner) <= 10 else None) or title_role)
    if mark != "," and outer_end >= 0 and toks[outer_end].is_word:
        # "insiders in the next two states — Nevada and South Carolina — said", "GOP insiders — and two-thirds
        # of Republicans — said": an aside between dashes, the subject before it
        return _postmodified_subject(toks, outer_end) or find_subject(toks, outer_end, any_head=True)
    # the description's head: its last word before a relative clause, a preposition or a comma
    head = next(k for k in range(len(inner)) if k + 1 == len(inner) or not inner[k + 1].is_word
                or inner[k + 1].lower in RELATIVE or inner[k + 1].lower in PREPOSITIONS)
    names = head > 0 and inner[head].is_capitalised and inner[head - 1].is_capitalised
    if outer_end >= 0 and toks[outer_end].is_word and inner[0].lower in _DESCRIPTION_LEADS and not names:
        # "The source, a Syrian refugee, said", "Ahmado's source inside the camp, a refugee who …, said": a
        # speaker with no name, the description set off after it its role (but "Elliott’s father, the Rev.
        # Charles Elliott Jr., knew" names him; "a registered Republican" does not)
        outer = _postmodified_subject(toks, outer_end) or _noun_phrase_subject(toks, outer_end)
        if outer is not None:
            return (outer[0], outer[1], _appositive_role(inner) if len(inner) <= 10 else None)
    return None


def _a_share(toks: list[Token]) -> bool:
    """"48 percent", "26%": a share, as a count's appositive gives it."""
    return 1 <= len(toks) <= 2 and toks[0].text[:1].isdigit() \
        and (toks[-1].text.endswith("%") if len(toks) == 1 else toks[1].lower in ("percent", "per", "%"))


_STATE_TOKENS = frozenset(a + "." for a in STATE_ABBREVIATIONS)


def _closes_a_state(toks: list[Token], k: int) -> bool:
    """Whether the comma at k follows "Town, ST." ("Hollywood, Fla.", "Albany, N.Y.")."""
    return k >= 3 and toks[k - 2].text == "," and toks[k - 3].is_capitalised \
        and (toks[k - 1].text in _STATE_TOKENS or _INITIALISM.fullmatch(toks[k - 1].text) is not None)


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,3}")


def _place_and_region(toks: list[Token], k: int, end: int) -> bool:
    """Whether the comma at k splits a place from its state or country: "in Aurora, Colorado", "of
    Washington, D.C." (one or two capitalised words up to ``end``, after a town a preposition leads)."""
    if not (1 <= end - k - 1 <= 2 and all(t.is_capitalised for t in toks[k + 1:end])) \
            or k < 2 or not toks[k - 1].is_capitalised:
        return False
    start = _name_run(toks, k - 1)
    return start >= 1 and toks[start - 1].lower in ("in", "of", "from", "at", "near", "outside")


def _office_then_name(toks: list[Token], end: int) -> int | None:
    """After a capitalised run ending at ``end``, lower-case words of office and a name: the name's
    last token ("said Trump campaign manager Corey Lewandowski"), or None."""
    m = end + 1
    while m < len(toks) and toks[m].is_word and not toks[m].is_capitalised and m - end <= 4 \
            and toks[m].lower not in NOT_IN_NOUN_PHRASE and toks[m].lower not in PREPOSITIONS:
        m += 1  # ("said Clinton’s top foreign policy aide Jake Sullivan": four words of office)
    if m == end + 1 or m >= len(toks) or not toks[m].is_capitalised:
        return None
    while m + 1 < len(toks) and toks[m + 1].is_capitalised:
        m += 1
    return m


def _offices_joined_then_name(toks: list[Token], k: int) -> int | None:
    """Where a name ends that follows an office at k, "and" and lower-case words of office ("CEO and
    president Craig Menear", "CEO and founder Adam Neumann"), or None."""
    m = k + 2
    if m >= len(toks) or toks[k + 1].lower != "and":
        return None
    while m < len(toks) and toks[m].is_word and not toks[m].is_capitalised and m - k < 5:
        m += 1
    if m >= len(toks) or m == k + 2 or not toks[m].is_capitalised or not is_speaker_noun(toks[m - 1].lower):
        return None
    while m + 1 < len(toks) and toks[m + 1].is_capitalised:
        m += 1
    return m


def _subject_after(toks: list[Token], j: int, any_noun: bool = False, after_quote: bool = False,
                   appositive: bool = True) -> tuple[int, int, str | None] | None:
    """The speaker starting at token j: "said Kirill Dmitriev, Putin’s investment envoy".

    ``appositive``: what follows a comma after the speaker may be their role (not where the
    content follows: "According to the statement, Kelly met with Trump").
    """
    if j >= len(toks) or not toks[j].is_word:
        return None
    first = toks[j]
    if first.lower in PRONOUNS:
        return None if first.lower in RELATIVE else (j, j, None)
    if first.lower == "that" and not after_quote:
        return None  # "…, claiming that the former president …": the content's "that", no speaker's
    k = j
    if first.is_capitalised:  # a name, titles and all: "Army Capt. Christian Pardo"
        while k + 1 < len(toks) and (toks[k + 1].is_capitalised
                                     or toks[k + 1].quote is not None and _a_nickname(toks, k + 1) or
                                     (toks[k + 1].lower in NAME_PARTICLES and k + 2 < len(toks)
                                      and toks[k + 2].is_capitalised)):
            k += 1
        end = k
        if toks[end].lower in TIME_WORDS or all(t.lower in SENTENCE_OPENERS for t in toks[j:end + 1]):
            return None
        named = _office_then_name(toks, end)
        if named is not None:
            end = named
        elif end == j and _is_title(toks[end]) and (joined := _offices_joined_then_name(toks, end)) is not None:
            end = joined  # "said CEO and president Craig Menear": offices joined by "and", then the name
        elif end + 1 < len(toks) and toks[end + 1].is_word and not toks[end + 1].is_capitalised \
                and toks[end + 1].lower not in NOT_IN_NOUN_PHRASE and is_speaker_noun(toks[end + 1].lower) \
                and _ends_clause(toks, end + 2):
            end += 1  # "wrote Time magazine.", "said the Trump campaign,"
    elif first.lower in DETERMINERS:  # "the senator", "a spokesman for the campaign", "a narrator"
        while k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].lower not in NOT_IN_NOUN_PHRASE \
                and k - j < 5:
            k += 1
        end = k
        # straight after a quotation ("…,” says a narrator) any noun phrase is the speaker
        while end > j and (not (any_noun or after_quote or is_speaker_noun(toks[end].lower)
                                or toks[end].is_capitalised)
                           or toks[end].lower in DETERMINERS or toks[end].lower in PREPOSITIONS):
            end -= 1  # (nor does a phrase end in "of the": “…,” wrote the authors of the “Growth … Project”)
        if end == j:
            return None
    elif is_speaker_noun(first.lower):
        end = j
        # "said election lawyer Joe Birkenstock": lower-case words of office, then the name
        while end + 1 < len(toks) and toks[end + 1].is_word and not toks[end + 1].is_capitalised and end - j < 3:
            end += 1
        if end + 1 < len(toks) and toks[end + 1].is_capitalised:
            end += 1
            while end + 1 < len(toks) and toks[end + 1].is_capitalised:
                end += 1
            end = _office_then_name(toks, end) or end  # "said former Vermont governor Howard Dean"
        elif not is_speaker_noun(toks[end].lower):
            end = j
    elif first.is_word and not first.is_capitalised and first.lower not in PREPOSITIONS:
        # "…,” said election lawyer Joe Birkenstock.", "…, says political scientist Dossym Satpayev": lower-case
        # words of office, then the name (past a comma, the last of them a speaker's noun) — not "“…”
        # continues to lead the Republican field"
        m = j
        while m < len(toks) and toks[m].is_word and not toks[m].is_capitalised and m - j < 3:
            m += 1
        if m >= len(toks) or not toks[m].is_capitalised \
                or not (after_quote or _a_people_noun(toks[m - 1])) \
                or any(toks[x].lower in PREPOSITIONS and toks[x].lower != "of" for x in range(j + 1, m)):
            # (words of office take no preposition but "of": "said master of ceremonies Asab Al-Tabchi", not
            # "'sensational' claims made in viral Weibo post")
            return None
        end = m
        while end + 1 < len(toks) and toks[end + 1].is_capitalised:
            end += 1
    else:
        return None
    role = None
    if appositive and end + 1 < len(toks) and toks[end + 1].text == ",":  # ", Putin’s investment envoy"
        m = end + 2
        if m + 1 < len(toks) and toks[m].text.isdigit() and toks[m + 1].text == ",":
            m += 2  # the age first: "said Sara Walker, 44, a home-care aide from Nashua"
        lead = m
        while m < len(toks) and toks[m].text not in (",", ".", ";") and m - lead < 30 \
                and (toks[m].quote is None or m > lead and toks[m - 1].lower == "of"):
            m += 1  # (a quotation ends it, but for a title: "the author of “Destiny and Power,”")
        # a role cut off mid-phrase would be worse than none: a long appositive must end, or a clause cut it
        if lead < m and (m - lead < 30 or any(t.lower in _CLAUSE_AFTER_ROLE for t in toks[lead:m])):
            role = _appositive_role(toks[lead:m])
        if role is not None and first.lower in DETERMINERS and lead == end + 2 and _only_capitalised(toks[lead:m]) \
                and (m == len(toks) or toks[m].text in (".", ";") or m + 1 < len(toks) and toks[m].text == ","
                     and toks[m + 1].lower in _CLAUSE_AFTER_ROLE):
            # "said a spokesman, John Smith.": the name speaks, and the description is its role (but in
            # "According to a summary, Cheryl Mills, a top aide, sent …" the name opens what was said)
            return (lead, m - 1, _as_written(toks[j:end + 1]))
    if role is None and first.is_capitalised:
        name_found = _name_subject(toks, end)
        role = name_found[2] if name_found else None
    return (j, end, role)


# -- content -----------------------------------------------------------------------------
def _gerund_subject(toks: list[Token], k: int) -> bool:
    """Whether the -ing word at ``k`` heads the subject of a finite verb a few words on: "…, she added,
    revoking clearances would be “…”" — not the speaker's next act ("…, he said, adding the involvement
    should …", "…, she said, making it clear it would …")."""
    if toks[k].lower in cues().every:
        return False
    for m in range(k + 1, min(len(toks), k + 5)):
        tok = toks[m]
        if tok.lower in _MODALS or tok.lower in _FINITE_BE_HAVE:
            return m > k + 1
        if not tok.is_word or tok.lower == "that" or tok.lower in PRONOUNS and m > k + 1:
            return False  # (its object may be a pronoun: "revoking it would be wrong")
    return False


def _content_after(text: str, toks: list[Token], j: int, cue: str,
                   cue_until: int) -> tuple[tuple[int, int] | None, bool, int]:
    """The clause after a cue: skip its object (told reporters), adjuncts (on X) and "that".

    Returns (span or None, whether words follow the cue at all, where the cue
    phrase ends): a cue with nothing after it takes its content from before
    the speaker instead; the cue phrase takes in the object and adjuncts
    ("told reporters", "said on X").
    """
    addressed = False
    if cue in OBJECT_CUES and j < len(toks):
        k = _skip_object(toks, j)
        addressed = k > j
        if k > j and k < len(toks) and toks[k].lower in OBJECT_COMPLEMENT_LEADS:
            # "urged voters to reject it", "warned China against provocations": what was urged takes in whom
            span = _span_of(toks, j, len(toks))
            return span, True, cue_until
        if k > j:
            cue_until = toks[k - 1].end
        j = k
    if j >= len(toks) or toks[j].text in _CLOSING_BRACKETS:
        return None, False, cue_until  # (nothing after the cue inside its bracket: "(… “a waste,” Smith said) from")
    dash = j + 1 if toks[j].lower in ("twice", "again", "later", "too", "once") else j  # ("Mr. Biden said twice -")
    if dash + 1 < len(toks) and toks[dash].text in _ASIDE_DASHES and toks[dash + 1].lower in ("and", "but") \
            and sum(1 for t in toks[:dash] if t.text in _ASIDE_DASHES) % 2 == 1:
        # the dash closing an aside (one opened before it): "- “Again, we need to get into the details,” she said -
        # and charged …" (the quotation before the speaker is what was said; with none, nothing is: "- as Rubio has
        # said - and …"; not "would argue — and Sanders presumably believes — that …", whose dash opens one)
        return None, True, cue_until
    pos = toks[j].start
    end = toks[-1].end
    if cue in _ASKING and _FOR_COMMENT.match(text, pos, end):
        return None, True, cue_until  # "… I found them, and asked them for comment": a request, nothing reported
    if cue in _ASKING and addressed and toks[j].lower in ("about", "for") and j + 1 < len(toks) \
            and (toks[j + 1].is_word or toks[j + 1].quote is not None):
        # "Hugh Hewitt asked Trump about statements he had made", "asked the Supreme Court for quick action": the
        # question's topic, or what was asked for — an object, which ends as a stance's does (", when he claimed …")
        stop = next((k for k in range(j + 2, len(toks)) if _object_ends_at(toks, k, len(toks))), len(toks))
        return _span_of(toks, j + 1, stop), True, toks[j].end
    while True:
        m = _ADJUNCT.match(text, pos, end)
        if not m or m.end() == pos:
            break
        if m.group().rstrip(" ,").endswith(("’s", "'s")):
            break  # "said on Glenn Beck’s radio program": the name owns a noun; no adjunct this pattern knows
        pos = m.end()
        if m.group().strip(" ,") not in PARENTHETICAL_ADVERBS:  # (the speaker's "however" is no part of the cue)
            # (nor the sentence's stop, which a name's word took in: "announced at the Dubai Air Show.")
            cue_until = pos - (len(m.group()) - len(m.group().rstrip(" ,." if pos == end else " ,")))
    m = _THAT.match(text, pos, end)
    opener = m.group().strip(" ,") if m else ""
    if m is not None and opener == "that" and (verb := _A_WORD.match(text, m.end(), end)) is not None \
            and (verb.group().lower() in _FINITE_BE_HAVE or verb.group().lower() in _MODALS):
        m, opener = None, ""  # "said that was a natural part of …": "that" is the clause's subject, not what opens it
    introduced = bool(opener)  # "that" or ":" opens the clause for sure
    if m:
        pos = m.end()
    while pos < end and text[pos] in " ,:;—–-":
        pos += 1
    start_idx = _first_token_at(toks, pos)
    if not introduced and start_idx is not None and start_idx + 1 < len(toks) \
            and toks[start_idx].lower in OBJECT_PRONOUNS and toks[start_idx + 1].lower in ("saying", "say") \
            and _ends_clause(toks, start_idx + 2):
        # "“…,” Oltchick recalled him saying.": the one heard, and what was said stands before the speaker
        return None, False, toks[start_idx + 1].end
    if not introduced and start_idx is not None and toks[start_idx].lower.endswith("ing") \
            and toks[start_idx].text.islower() and not _gerund_subject(toks, start_idx) \
            and ("," in text[cue_until:pos] or _with_subject(toks, start_idx) is not None):
        # "…, Hollande said Tuesday in Paris, noting …": the participle reports on its own; so does one "with"
        # gives a subject of its own ("Republicans chimed in, with Donald Trump tweeting that …": Trump's)
        return None, False, cue_until
    if start_idx is None or all(not (t.is_word or t.quote) for t in toks[start_idx:]):
        return None, False, cue_until
    if not introduced and start_idx + 1 < len(toks) and toks[start_idx].lower == "back" \
            and toks[start_idx + 1].lower == "in":
        start_idx += 1  # "said back in 2015 that …": as "said in 2015 that …"
    if not introduced and toks[start_idx].lower in PREPOSITIONS and not _quantity_after(toks, start_idx) \
            and not _infinitive_at(toks, start_idx):
        # "said during this week’s debate that …": the clause starts after a nearby "that";
        # "wrote in a June 10 email." has none, and takes its content from before
        # (not past a clause of its own: "asked for a photo and Clinton said, “…”" is Clinton's)
        window = range(start_idx, min(len(toks), start_idx + 14))
        # (nor past another's attribution set off by commas: "did not complain when …, a Chinese official said,
        # adding that …")
        # (nor past a second cue the subject shares: "reports directly to the president, and called for “…”")
        stop = next((k for k in window if k > start_idx and (_new_speaker_clause(toks, k)
                                                             or _set_off_attribution(toks, k)
                                                             or _coordinated_cue(toks, k))), window.stop)
        # (a quotation set like a title is where it was said: "said on MSNBC’s “Morning Joe.”")
        # (or a question's word after the phrase's noun: "telling attendees at the … annual gala how he helped …")
        that = next((k for k in range(start_idx, stop) if toks[k].lower == "that"
                     or toks[k].quote is not None and not _looks_like_title(toks[k].text)
                     or toks[k].lower in _ASKED_CLAUSE_LEADS and toks[k - 1].is_word
                     and toks[k - 1].lower not in PREPOSITIONS and toks[k - 1].lower not in cues().every), None)
        subject = _clause_subject_after_phrase(toks, start_idx, stop if that is None else that)
        if subject is not None:
            # "wrote in both listings he was “honored …”", "said in 2015 it takes time": no "that", but the
            # clause's own subject and verb close the phrase
            start_idx = subject
        else:
            if that is None and stop < window.stop:
                return None, True, cue_until
            if that is None and stop == window.stop:
                # a longer adjunct before a quotation its comma opens: "said on Twitter, in reference to her
                # first child, a girl born Sept. 26, 2014, “Next summer, …”"
                that = next((k for k in range(stop, min(len(toks), start_idx + 30))
                             if toks[k].quote is not None and toks[k - 1].text in (",", ":")
                             and not _looks_like_title(toks[k].text)), None)
                if that is not None and any(_new_speaker_clause(toks, k) for k in range(stop, that)):
                    that = None
            if that is None:  # "agreed to trade …" has a complement; "wrote in an email." has none
                return None, toks[start_idx].lower == "to", cue_until
            if toks[that].lower == "that" and that > start_idx and toks[that - 1].lower in _NOUNS_WITH_A_CLAUSE:
                return None, True, cue_until  # "agreed to a settlement over allegations that …": the allegations'
            start_idx = that + 1 if toks[that].lower == "that" else that
            if start_idx >= len(toks):
                return None, False, cue_until
    span = _span_of(toks, start_idx, len(toks))
    if span is None or _fewer_than_two_words(toks, start_idx) and not _has_quote(toks, start_idx) \
            and toks[start_idx].lower not in _ANSWERS:
        return None, True, cue_until
    if not introduced and toks[start_idx].lower in _NOTHING_SAID and cue in UNMISTAKABLE_SPEECH:
        return None, True, cue_until  # "She said nothing more", "he did not say anything of it": no words reported
    if not introduced and _says_how_much(toks, start_idx):
        return None, True, cue_until
    if not introduced and cue in _ADDING and (_an_amount_added(toks, start_idx) or _added_to_something(toks, start_idx)):
        return None, True, cue_until
    if not introduced and cue in _CLAUSE_ONLY_SPEECH and _a_noun_phrase_alone(toks, start_idx):
        return None, True, cue_until
    return span, True, cue_until


def _fewer_than_two_words(toks: list[Token], k: int) -> bool:
    """Whether fewer than two words or quotations stand from token k on (counting stops at two)."""
    seen = 0
    for m in range(k, len(toks)):
        if toks[m].is_word or toks[m].quote is not None:
            seen += 1
            if seen == 2:
                return False
    return True


def _coordinated_cue(toks: list[Token], k: int) -> bool:
    """Whether "and"/"but" at ``k`` joins a second cue to the subject: "…, and called for …", "but said …"."""
    return toks[k].lower in ("and", "but") and k + 1 < len(toks) and toks[k + 1].is_word \
        and not toks[k + 1].is_capitalised and toks[k + 1].lower in cues().every


def _set_off_attribution(toks: list[Token], k: int) -> bool:
    """Whether a verb of speech at ``k`` closes an attribution set off by commas: ", a Chinese official said,"."""
    if toks[k].lower not in UNMISTAKABLE_SPEECH or k + 1 >= len(toks) or toks[k + 1].text != ",":
        return False
    comma = next((m for m in range(k - 1, max(-1, k - 6), -1) if not toks[m].is_word), None)
    return comma is not None and comma < k - 1 and toks[comma].text == "," \
        and not any(t.lower in _CONJUNCTIONS for t in toks[comma + 1:k])  # (not ", he laughed and said,")


_CLAUSE_ONLY_SPEECH = _GRAMMAR["clause_only_speech"]
_ASKED_CLAUSE_LEADS = frozenset("how why whether".split())  # what opens a clause of what was told, as "that" does
_NOT_PASTS = _GRAMMAR["not_pasts"]


def _a_past(tok: Token) -> bool:
    """A word in -ed read as a past tense: not a noun in -ed of [not_pasts] ("speed", "need", "hundred")."""
    return tok.lower.endswith("ed") and tok.lower not in _NOT_PASTS


_VERB_LIKE = _FINITE_AUXILIARIES | {"do", "am"}
_MANNER_LEADS = frozenset("so thus then also".split())
_CONTRACTED_SUBJECT = re.compile(CONTRACTED_PRONOUN + "$")
_A_PERSON_CONTRACTED = re.compile(r"(?:i|we|they|he|she)[’'](?:ve|d|s)$")  # "she's", "they've": not "there's"


def _a_noun_phrase_alone(toks: list[Token], k: int) -> bool:
    """Whether what follows a cue at k is an object and no clause: "maintains a commanding lead over Sanders",
    "maintains its own air quality monitor and reported …", "maintains existing tariffs" — a determiner, a
    possessive or a lower-case word that is no pronoun, then no verb (an auxiliary, a past in -ed, a negation)
    before the first comma or "and"; not "maintained the server was secure", "maintained he never knew"."""
    first = toks[k]
    if first.is_capitalised and first.lower not in PRONOUNS and first.lower not in DETERMINERS:
        end = _name_run_end(toks, k, len(toks))
        # a name with no verb after it: "knew Muhammad Ali for decades" (not "maintained Trump was right")
        return end + 1 == len(toks) or not toks[end + 1].is_word or toks[end + 1].lower in PREPOSITIONS \
            and toks[end + 1].lower not in ("and", "but")
    if first.lower not in DETERMINERS and first.lower not in POSSESSIVE_PRONOUNS \
            and not (first.is_word and not first.is_capitalised and first.lower not in PRONOUNS
                     and first.lower not in ("that", "there")):
        return False  # (a bare noun phrase opens in lower case too: "the US maintains existing tariffs")
    if first.lower in PREPOSITIONS or first.lower in _VERB_LIKE or first.lower in _MANNER_LEADS \
            or _is_ly_adverb(first) or _CONTRACTED_SUBJECT.match(first.lower):  # "maintains he’s innocent"
        # no noun phrase opens there: "concluded in that case that …", "that investigators concluded was
        # improperly financed", "He concluded so eloquently, “…”"
        return False
    for tok in toks[k + 1:]:
        if tok.text in (",", ";", ":", "—") or tok.lower in ("and", "but"):
            break
        if tok.quote is not None or tok.lower in _VERB_LIKE or tok.lower.endswith(("n't", "n’t")) or _a_past(tok):
            return False
    return True


_ADDING = frozenset("add adds added adding".split())
_AMOUNT_LEADS = _GRAMMAR["amount_leads"]


_ORDINAL_WORDS = _GRAMMAR["ordinals"]
_ORDINAL_NUMERAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "7th", "21st"


def _an_amount_added(toks: list[Token], k: int) -> bool:
    """Whether "added" at k takes an amount, as what grows does: "the economy added 200,000 jobs", "we have added
    1 million jobs", "the stock added more than 2%" — not "he added 40 percent of voters back the plan", a clause
    whose subject is a share; or a count, as a scorer does: "added his seventh"."""
    if k + 1 < len(toks) and (toks[k].lower in POSSESSIVE_PRONOUNS or toks[k].lower in ("a", "an")) \
            and (toks[k + 1].lower in _ORDINAL_WORDS or _ORDINAL_NUMERAL.fullmatch(toks[k + 1].lower)):
        return True  # "Beauvillier added his seventh for the Islanders", "added a third in the second period"
    while k < len(toks) and toks[k].lower in _AMOUNT_LEADS or k < len(toks) and toks[k].lower == "than":
        k += 1
    if k >= len(toks) or not toks[k].text[:1].isdigit() and not toks[k].text[:1] in "$£€":
        return False
    rest = [t.lower for t in toks[k + 1:k + 4]]
    return "of" not in rest[:2]


def _added_to_something(toks: list[Token], k: int) -> bool:
    """Whether "added" at k puts one thing with another, no words said: "has added another link to the
    misinformation chain", "is adding marketing pioneer Ivan Braiker as the company’s first chief", "add a
    rear bench" — a short object, then "to" or "as" and a noun phrase (not "as well", nor "to" and a verb:
    "added the plan to cut taxes would fail" is a clause)."""
    for m in range(k + 1, min(len(toks) - 1, k + 7)):
        tok = toks[m]
        if not tok.is_word or tok.quote is not None or tok.lower in cues().every or tok.lower in ("that", "and") \
                or _opens_predicate(tok) or tok.lower.endswith("ed") and toks[m - 1].lower not in DETERMINERS:
            return False  # (a verb: the words after "added" are a clause, "the party would return to its roots")
        if tok.lower in ("to", "as"):
            after = toks[m + 1]
            if not (after.lower in DETERMINERS or after.lower in POSSESSIVE_PRONOUNS
                    or after.is_capitalised and tok.lower == "as"):
                return False
            # nor a clause whose subject runs on past "to": "added the changes to the law would hurt families"
            rest = toks[m + 2:m + 10]
            words = rest[:next((n for n, t in enumerate(rest) if not t.is_word), len(rest))]
            return not any(_opens_predicate(t) for t in words)
    return False


_HOW_MUCH = _GRAMMAR["how_much"]


def _says_how_much(toks: list[Token], k: int) -> bool:
    """Whether the object at ``k`` says how much was said, not what: "half said so in December", "said little
    about the plan", "said nothing", "their smiles said a lot.", "thinks so, too", "feel so strongly" (but
    "said much of the talk was about Israel", "said a lot of voters would balk", "so many delegates
    appeared unwilling" are clauses, and "concluded so eloquently, “…”" quotes)."""
    first = toks[k].lower
    if first == "a" and k + 1 < len(toks) and toks[k + 1].lower == "lot":
        k, first = k + 1, "lot"
    elif first not in _HOW_MUCH:
        return False
    if _has_quote(toks, k):
        return False
    if k + 1 == len(toks):
        return True
    after = toks[k + 1]
    if first == "so":  # (not "so" joining a clause: "he noted, so it may be clear …", "so if you want …";
        # nor "so many", "so far", "so much" opening one)
        return after.quote is None and not after.is_capitalised and after.lower not in PRONOUNS \
            and after.lower not in DETERMINERS and after.lower not in SUBORDINATORS and after.lower not in ("much", "far")
    # (a colon opens what it was: "the company has promised a lot: the ability to play …")
    return not after.is_word and after.text != ":" or after.lower in PREPOSITIONS and after.lower != "of"


_NOUNS_WITH_A_CLAUSE = _GRAMMAR["clause_nouns"]
_NOTHING_SAID = frozenset({"nothing", "anything"})
_ANSWERS = frozenset({"yes", "no"})  # a one-word content that is a whole answer: "Trump said no."


def _new_speaker_clause(toks: list[Token], k: int) -> bool:
    """"and Clinton said", "but he told": a coordinated clause with a subject and a speech verb of its own."""
    if toks[k].lower not in ("and", "but") or k + 2 >= len(toks):
        return False
    subject = toks[k + 1]
    if not (subject.is_capitalised or subject.lower in PRONOUNS):
        return False
    speech = cues().speech
    return any(t.lower in speech for t in toks[k + 2:k + 5])


_CLAUSE_PRONOUNS = _SUBJECT_PRONOUNS | {"it", "you", "there"}
# prepositions of a saying's time, place or medium ("said in 2015", "wrote in both listings"); not "about",
# "of", "for" or "to", whose object a relative clause may follow: "complained about the racism he sees"
_SAYING_PREPOSITIONS = _ADJUNCT_PREPOSITIONS | {"since", "over", "from", "throughout", "following", "amid"}


def _clause_subject_after_phrase(toks: list[Token], lo: int, hi: int) -> int | None:
    """Where a clause opens on a pronoun and its verb after the phrase at ``lo`` ("in both listings he was",
    "in 2015 it takes"), before ``hi``; None when anything but words stands between (a comma, a quotation)."""
    if toks[lo].lower not in _SAYING_PREPOSITIONS:
        return None
    for k in range(lo + 1, min(hi, lo + 7, len(toks) - 1)):
        tok = toks[k]
        if not tok.is_word or tok.lower == "that":
            return None
        if tok.lower in _CLAUSE_PRONOUNS:
            verb = toks[k + 1]
            if k == lo + 1 or toks[k - 1].lower in PREPOSITIONS or toks[k - 1].lower in _OPENS_A_CLAUSE \
                    or not verb.is_word or verb.is_capitalised or verb.lower in PREPOSITIONS \
                    or verb.lower in ("who", "that", "which"):
                # "said in it": the phrase's object; "assails in scoffing prose what he calls …": a clause
                # that is the object
                return None
            return k
    return None


def _infinitive_at(toks: list[Token], k: int) -> bool:
    """"pledged to oppose legal status …": "to" and a verb, the complement itself (not "said to reporters")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return toks[k].lower == "to" and nxt is not None and nxt.is_word and not nxt.is_capitalised \
        and nxt.lower not in DETERMINERS and nxt.lower not in OBJECT_PRONOUNS and not is_speaker_noun(nxt.lower) \
        and not nxt.lower.endswith("s") and not nxt.text[0].isdigit()


def _quantity_after(toks: list[Token], k: int) -> bool:
    """"said about half of …", "said over 100 …": a quantity, not a prepositional phrase (but "testifying over
    three days" says how long); "at least", "at most": "reported at least six planes filled the skies"."""
    if toks[k].lower == "at" and k + 1 < len(toks) and toks[k + 1].lower in ("least", "most"):
        return True
    if toks[k].lower not in ("about", "over", "nearly") or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.lower in ("half", "a"):
        return True
    return (nxt.lower in NUMBER_WORDS or nxt.text[:1].isdigit()) \
        and not (k + 2 < len(toks) and toks[k + 2].lower in _TIME_UNITS)


def _skip_object(toks: list[Token], j: int) -> int:
    tok = toks[j]
    if tok.lower == "that":
        return j  # "warned that costs would rise": the clause itself, no object
    if tok.lower in OBJECT_PRONOUNS:
        return j + 1
    if not tok.is_capitalised and tok.is_word and tok.lower not in DETERMINERS:
        # "told police he supported Trump", "told police officers that …": people, then what was said
        k = j + 1 if j + 1 < len(toks) and _a_people_noun(toks[j + 1]) else j
        if _a_people_noun(toks[k]) and k + 1 < len(toks) and toks[k + 1].lower in _AFTER_THE_ONES_TOLD:
            return k + 1
        return j
    if tok.is_capitalised:
        k = j
        while k < len(toks) and (toks[k].is_capitalised or toks[k].lower in ("of", "the") and _of_a_name(toks, k)
                                 or k > j and _office_before_name(toks, k)):
            # "told Secretary of State Kerry", "told Secretary of the Navy Ray Mabus" — but "told Reuters the two …",
            # "told Polygraph.info the Russian Defense Ministry’s allegations are false": a new noun phrase
            k += 1
        if k > j and k < len(toks) and _a_people_noun(toks[k]) and (_possessive(toks[k - 1]) or k + 1 == len(toks)
                                                                     or toks[k + 1].lower in _AFTER_THE_ONES_TOLD):
            k += 1  # "told Obama’s team that …": the owner's people; "told Cruz backers Saturday night that …"
        if k > j and k < len(toks) and toks[k].text.isdigit() and len(toks[k].text) <= 3 \
                and (k + 1 == len(toks) or not toks[k + 1].is_word or toks[k + 1].lower in PREPOSITIONS
                     or toks[k + 1].lower == "that"):
            k += 1  # a channel's number: "told Fox News 6 in Milwaukee", "told ABC 7"
        return k
    if tok.lower in DETERMINERS:
        k = j + 1
        while k < len(toks) and toks[k].is_word and k - j < 4 and toks[k].lower not in ("that", "he", "she", "they") \
                and toks[k].lower not in PREPOSITIONS and toks[k].lower not in ("the", "a", "an"):
            k += 1  # (a second determiner opens what was said: "told the media the latest case is …")
        if k < len(toks) and toks[k].lower in ("who", "whom"):
            # "told a few thousand teachers who covered the lawn that …": the relative clause describes them
            that = next((m for m in range(k + 2, min(len(toks), k + 14)) if toks[m].lower == "that"
                         or not toks[m].is_word), None)
            if that is not None and toks[that].lower == "that":
                return that
        if k == j + 1 and k < len(toks) and toks[k].quote is not None:
            return j  # a determiner and a quotation are no one told: 'has urged an “end to the violence”'
        return k
    return j


def _office_before_name(toks: list[Token], k: int) -> bool:
    """Whether the lower-case word at ``k`` is a job a name after it holds, after the outlet it works for: "told
    CNN anchor Jake Tapper", "told VOA Pentagon correspondent Carla Babb" (not "told Reuters officials were …",
    "told Cruz backers Saturday night")."""
    return k + 1 < len(toks) and _a_people_noun(toks[k]) and toks[k + 1].is_capitalised \
        and toks[k + 1].lower not in PRONOUNS and toks[k + 1].lower not in TIME_WORDS


def _a_people_noun(tok: Token) -> bool:
    """A lower-case noun for people or their job: "team", "backers", "anchor", "correspondent"."""
    return tok.is_word and not tok.is_capitalised and (is_speaker_noun(tok.lower) or is_person_noun(tok.lower))


# what follows the ones a cue's object names, and no verb of theirs: "told Iowa voters that …", "told police he …", "told Cruz backers
# Saturday night …", "told Fox News viewers, “…”" (not "told Reuters officials were …")
_AFTER_THE_ONES_TOLD = TIME_WORDS | _SUBJECT_PRONOUNS | {"it", "that", ",", ":", "on", "in", "at", "during", "after",
                                                         "before", "last", "this"}


def _of_a_name(toks: list[Token], k: int) -> bool:
    """Whether "of" or "of the" at ``k`` goes on with a capitalised name: "Secretary of the Navy Ray Mabus"."""
    if toks[k].lower == "the" and toks[k - 1].lower != "of":
        return False
    n = k + 2 if toks[k].lower == "of" and k + 1 < len(toks) and toks[k + 1].lower == "the" else k + 1
    return n < len(toks) and toks[n].is_capitalised


def _within_own_clause(toks: list[Token], s_start: int, content: tuple[int, int]) -> tuple[int, int]:
    """What a subordinate or relative clause reports ends where that clause does: "Clinton, who once
    praised the pact, offered …" (its closing comma or dash), "Though she never mentioned Sanders,
    Clinton cast …" (the comma before the main clause)."""
    if toks[s_start].lower in RELATIVE and s_start > 0 and toks[s_start - 1].text in _SETTING_OFF:
        mark = toks[s_start - 1].text
    elif s_start > 1 and toks[s_start - 1].lower in _GAP_RELATIVES and toks[s_start - 2].text in _SETTING_OFF:
        # "The vote, which she has said was a mistake, was a factor": the relative clause's gap is what was said
        mark = toks[s_start - 2].text
    elif _opens_subordinate_clause(toks, s_start) or _restrictive_relative_opening(toks, s_start) \
            or _inside_an_opening_phrase(toks, s_start):
        # "Even though she said …, Clinton", "and while he said he’d hold a hearing, it’s unlikely" — where the
        # main clause begins (not a list's comma: "Although he said the parks, the schools and …, few …"); and
        # "Among those who said they cared most about …, most supported Sanders"
        main = _main_clause_comma(toks, content[0], content[1])
        if main is None:  # (the main clause opening some other way: "…, Mr. Obama deemed", "…, at least 21,000 said")
            main = _first_comma_past_lists(toks, content)
        return (content[0], main) if main is not None else content
    elif s_start > 0 and toks[s_start - 1].lower in _GAP_RELATIVES:
        # "a group of hackers who U.S. officials say is tied to Russian intelligence and who claimed credit …":
        # a second relative clause, joined by "and", is the writer's about the same one
        return _before_a_second_relative(toks, s_start + 1, content)
    else:
        return content
    return _before_a_second_relative(toks, s_start + 1, _until_mark(toks, s_start + 1, content, mark))


def _before_a_second_relative(toks: list[Token], k: int, content: tuple[int, int]) -> tuple[int, int]:
    """``content`` up to "and" or "but" and a relative pronoun inside it, searching from token k."""
    for m in range(k, len(toks) - 1):
        if toks[m].start >= content[1]:
            break
        if toks[m].lower in ("and", "but") and toks[m + 1].lower in _GAP_RELATIVES and content[0] < toks[m].start \
                and m > k and toks[m - 1].is_word:
            return (content[0], toks[m - 1].end)
    return content


_SETTING_OFF = (",", "—", "–", "-", "--")
_GAP_RELATIVES = frozenset(("which", "who", "whom"))


def _inside_an_opening_phrase(toks: list[Token], s_start: int) -> bool:
    """Whether the speaker at ``s_start`` stands inside a phrase opening the sentence that a preposition or a
    participle leads, with no comma yet: "Following the release of a video from the terrorist group threatening an
    attack in New York City, Trump called upon …" — what the group threatened ends where the main clause begins."""
    if s_start < 2 or not (toks[0].lower in _PHRASE_PREPOSITIONS or toks[0].lower in ("following", "after")) \
            or toks[0].text.isupper():
        return False  # (a kicker in capitals run into the sentence is none: "AT LEAST 10 KILLED … Erdogan said")
    return all(t.is_word for t in toks[1:s_start])


def _restrictive_relative_opening(toks: list[Token], s_start: int) -> bool:
    """A "who" or "that" with no comma before it, in a short phrase opening the sentence that the main clause
    comes after: "Among those who said …, most …", "Of the voters who want …, most …"."""
    if toks[s_start].lower not in ("who", "that") or not 0 < s_start <= 5:
        return False
    return toks[0].lower in PREPOSITIONS and all(t.is_word for t in toks[:s_start])


def _paired_aside_end(toks: list[Token], m: int, end: int) -> int | None:
    """Where the aside the comma at m opens closes, when "and" or "or" leads it and a comma closes it before a verb:
    "that the two men, and Mr. Cruz in particular, must do more" — no end of the relative clause the content is
    in; else None."""
    if toks[m].text != "," or m + 1 >= len(toks) or toks[m + 1].lower not in ("and", "or"):
        return None
    closing = next((n for n in range(m + 2, min(len(toks), m + 8)) if toks[n].text == "," and toks[n].end < end), None)
    if closing is not None and closing + 1 < len(toks) \
            and (toks[closing + 1].lower in _VERB_LIKE or toks[closing + 1].lower in _MODALS):
        return closing
    return None


def _until_mark(toks: list[Token], k: int, content: tuple[int, int], mark: str) -> tuple[int, int]:
    """``content`` up to the first ``mark`` token inside it, searching from token k."""
    m = k
    while m < len(toks) and toks[m].start < content[1]:
        if mark == "," and _ends_in_comma(toks[m]) and content[0] <= toks[m].start and toks[m].end < content[1] \
                and m + 1 < len(toks) and not _in_a_list(toks, m):
            return (content[0], toks[m].end)  # "whom he described as "volatile," with Clinton": the mark is inside
        if toks[m].text == mark and content[0] < toks[m].start:
            aside_end = _paired_aside_end(toks, m, content[1])
            if aside_end is None:
                return (content[0], toks[m - 1].end)
            m = aside_end  # (past the aside's closing comma)
        m += 1
    return content


def _opens_subordinate_clause(toks: list[Token], s_start: int) -> bool:
    """A subordinator shortly before the subject at s_start, opening the sentence or a clause after a comma
    or conjunction: "While only 7 percent said …", "…, and while he said …"."""
    for k in range(s_start - 1, max(-1, s_start - 4), -1):
        if not toks[k].is_word:
            return False
        if k == 0 and toks[k].lower == "where" and toks[-1].text != "?":
            return True  # "Where he used to boast that …, on Tuesday night he said …" (a contrast; no question)
        if toks[k].lower in SUBORDINATORS:
            return k == 0 or not toks[k - 1].is_word or toks[k - 1].lower in ("and", "but", "even") \
                or all(t.lower in SENTENCE_OPENERS or t.lower in _HOW_LONG or not t.is_word for t in toks[:k])
    return False


# words that say how long before or after, ahead of the subordinator: "Not long after Trump tweeted …, Todd asked"
_HOW_LONG = frozenset("not long shortly soon just right only even immediately well minutes hours days weeks "
                      "months years moments".split())


def _set_off_before(toks: list[Token], s_start: int) -> bool:
    """Whether a break (punctuation or a quotation) stands shortly before the speaker phrase at s_start,
    with no cue or "that" between: ", Republican candidate Ben Carson said." — not "She said the Post agreed."."""
    for k in range(s_start - 1, max(-1, s_start - 7), -1):
        tok = toks[k]
        if tok.text == "," and _aside_after_subordinator(toks, k):
            return False  # "…, when, in fact, he responded quickly": the aside stands inside his clause
        if tok.quote is not None or not tok.is_word:
            return True
        if tok.lower in cues() or tok.lower == "that" or _participle(tok) \
                or (tok.lower in PREPOSITIONS and tok.lower != "as"):  # (", as Sanders has acknowledged" is)
            return False  # (nor "…, featuring Hispanics telling their stories": an object, not a speaker)
    return False


def _aside_after_subordinator(toks: list[Token], k: int) -> bool:
    """Whether the comma at ``k`` closes a short aside in lower case that a subordinator's comma opened:
    "when, in fact," / "because, of course,"."""
    for j in range(k - 1, max(0, k - 5), -1):
        if toks[j].text == ",":
            return j > 0 and j < k - 1 and (toks[j - 1].lower in SUBORDINATORS or toks[j - 1].lower in ADJUNCT_LEADS)
        if not toks[j].is_word or toks[j].is_capitalised:
            return False
    return False


def _only_a_fronted_adjunct(toks: list[Token], s_start: int) -> bool:
    """Whether all before the speaker is one phrase that opens the sentence and says when or where ("After
    the court refused …, the state asked for quick action"), no clause that could have been said — which
    has a comma of its own: "In the end, we won the vote, he said"."""
    before = toks[:s_start]
    while before and not before[-1].is_word and before[-1].quote is None:
        before = before[:-1]
    return len(before) > 1 and (before[0].lower in ADJUNCT_LEADS or before[0].lower in SUBORDINATORS) \
        and not before[1].text[0].isdigit() and before[1].lower not in NUMBER_WORDS \
        and not any(t.quote is not None or t.text in (",", ";", ":") and not _in_a_date(before, k)
                    for k, t in enumerate(before))  # ("About 270 people have …")


def _in_a_date(toks: list[Token], k: int) -> bool:
    """Whether the comma at ``k`` stands between a day and a year: "On Nov. 15, 2019," is one phrase."""
    return 0 < k < len(toks) - 1 and toks[k - 1].text.isdigit() and len(toks[k + 1].text) == 4 \
        and toks[k + 1].text.isdigit()


def _rest_after_parenthetical(toks: list[Token], cue_until: int, spoken: bool) -> tuple[int, int] | None:
    """After "…, she says," in mid-sentence, the rest of the sentence, which goes on with what she says
    ("…, especially in the social media era"), or None: when nothing follows but the stop, when it opens a
    report of its own ("…, he said, adding that …") or a quotation (a split quotation's second half),
    or when a clause with a speaker of its own follows. A clause after "and" goes on with what was said only when
    it was ``spoken`` (", they said, and you risk …"), not reported as a source has it (", as The New York Times
    reported on Tuesday, and he will be part of …": the writer's)."""
    first = _first_token_at(toks, cue_until)
    k = len(toks) if first is None else first
    if k < len(toks) and toks[k].text == ",":
        k += 1
    elif 2 <= k < len(toks) and toks[k - 1].lower.endswith("ly") and toks[k - 2].text == ",":
        k -= 1  # "she says, especially in …": the adverb the cue phrase took in opens the rest
    else:
        return None
    lexicon = cues()
    rest = toks[k:]
    if sum(1 for t in rest if t.is_word) < 2 or any(t.quote is not None or t.lower in lexicon.speech for t in rest) \
            or rest[0].lower in RELATIVE or rest[0].lower in SUBORDINATORS \
            or rest[0].lower in ("and", "but") and not (spoken and _opens_a_clause(rest[1])) \
            or rest[0].lower.endswith("ing") or rest[0].lower == "on" and rest[1].lower == "condition":
        # (the reporter's framing: "…, he said, wiping sweat off his face", "…, he said as he left",
        # "…, she said, on condition of anonymity")
        return None
    return _span_of(toks, k, len(toks))


def _as_a_source(toks: list[Token], s_start: int) -> bool:
    """Whether "as" introduces the speaker starting at token s_start, its article between: "as The Times reported"."""
    j = s_start - 1
    if j > 0 and toks[j].lower in ("the", "a", "an"):
        j -= 1
    return j >= 0 and toks[j].lower == "as"


def _opens_a_clause(tok: Token) -> bool:
    """Whether the word after an "and" opens a clause of its own — a pronoun or a preposition: "Take action before
    the election, they said, and you risk …", "…, Hennessey said, and with Clinton’s aides chastened, …" go on
    with what was said, where "…, he said, and left" is what the speaker did."""
    return tok.lower in PRONOUNS or tok.lower in PREPOSITIONS and tok.lower not in SUBORDINATORS


_WHEN_WORDS = TIME_WORDS | frozenset("then last next this early earlier late later meanwhile now soon days weeks months "
                                     "years ago on in at".split())


def _content_before(toks: list[Token], j: int) -> tuple[int, int] | None:
    """What stands before the speaker: “…,” he said. / The economy is fine, he said."""
    end = j
    if end > 1 and toks[end - 1].lower in ("the", "a", "an") and toks[end - 1].quote is None:
        end -= 1  # "…, the State Department said", "…, as the Times reported": the name's article, not what was said
    while end > 0 and toks[end - 1].text in (",", "—", "–", "-", "--", ":"):
        end -= 1
    if end > 1 and toks[end - 1].lower == "as" and toks[end - 2].text == ",":
        end -= 2  # "The numbers changed, as Sanders has acknowledged": "as" introduces the speaker
    # a bracket left open before the speaker holds the report: "… from members (“I want my dues back,” wrote
    # Edward Nelson, a technician)" — what was said starts inside it
    start = _inside_open_bracket(toks, end)
    start = max(start, _inside_dashes(toks, end, j))
    if end <= start:
        return None
    span = _span_of(toks, start, end)
    if span is None:
        return None
    words = sum(1 for t in toks[start:end] if t.is_word)
    if words < 2 and not _has_quote(toks, start, end):
        return None
    if all(t.lower in _WHEN_WORDS or t.text.isdigit() or not t.is_word and t.quote is None for t in toks[start:end]):
        return None  # "Then, last week, Eric Trump called.": when it happened, not what was said
    return span


def _span_of(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    while b > a and toks[b - 1].quote is None and (
            toks[b - 1].text in (".", ",", ";", ":", "—", "–", "-", "--")
            # a bracket closing one opened before the content: "(… declined to comment for this column.)"
            or toks[b - 1].text in _CLOSING_BRACKETS and all(t.text != _CLOSING_BRACKETS[toks[b - 1].text]
                                                             for t in toks[a:b - 1])):
        b -= 1
    while a < b and toks[a].text in _OPENING_BRACKETS and all(t.text != _OPENING_BRACKETS[toks[a].text]
                                                             for t in toks[a + 1:b]):
        a += 1  # and one opening before it that closes after it
    if b <= a:
        return None
    return (toks[a].start, toks[b - 1].end)


_DASHES = frozenset("— – --".split())
_CLOSES_A_SET_OFF_BELIEF = frozenset(".,;") | _DASHES  # what closes a belief's clause: "…, they believe."


def _inside_dashes(toks: list[Token], end: int, after: int) -> int:
    """Where an aside between dashes that holds the speaker too opens its words, else 0: "… is not whether he
    slides out of the race — that won’t happen, they believe — but how …" (one dash before, one after)."""
    before = [k for k in range(end) if toks[k].text in _DASHES]
    if len(before) % 2 == 0 or not any(t.text in _DASHES for t in toks[after:]):
        return 0
    return before[-1] + 1


def _inside_open_bracket(toks: list[Token], end: int) -> int:
    """Where the innermost bracket still open at ``end`` opens its words, or 0 when none is open."""
    depth = 0
    for k in range(end - 1, -1, -1):
        if toks[k].text in _CLOSING_BRACKETS:
            depth += 1
        elif toks[k].text in _OPENING_BRACKETS:
            if depth == 0:
                return k + 1
            depth -= 1
    return 0


_CLOSING_BRACKETS = {")": "(", "]": "["}
_OPENING_BRACKETS = {"(": ")", "[": "]"}


def _has_quote(toks: list[Token], a: int, b: int | None = None) -> bool:
    return any(t.quote is not None for t in toks[a:b])


def _marks_within(toks: list[Token], span: tuple[int, int]) -> list[QuoteMarks]:
    return [t.quote for t in toks if t.quote is not None and span[0] <= t.start and t.end <= span[1]]


# -- quotations with no cue of their own -------------------------------------------------------
def _loose_quotations(marks: list[QuoteMarks], found: list[Found]) -> set[QuoteMarks]:
    """Quotations in no content found so far (contents are few; a paragraph's quotations a handful)."""
    covered = [(f.spans[0][0], f.spans[-1][1]) for f in found]
    return {q for q in marks if not any(s <= q.start and q.end <= e for s, e in covered)}


def _quoted_in_predicate(text: str, toks: list[Token], block: int, loose: set[QuoteMarks]) -> list[Found]:
    """Quoted words that the subject of their clause uses, with any verb.

    "Trump would denounce “self-deportation,”", "Cruz knocked Rubio on trade
    and called him a “moderate,”", "Congress passed “permanent normal trade
    relations”": the subject (a name, a person pronoun or a speaker noun)
    takes up the words, and PolNeAR counts that as attributing them. The
    content runs from after the verb to the end of the clause. Titles of
    works and phrases after a noun alone ("the “Great Satan”") stay out: no
    subject and finite verb stand before them.
    """
    for qi, tok in enumerate(toks):
        if tok.quote not in loose or qi < 2 or _looks_like_title(tok.text):
            continue  # “The View”, “Red Neck Country Club”: a name, not words taken up
        subject = _clause_subject(toks, qi, coordinated_first=False)  # (a dash's aside may come between)
        if subject is None:
            continue
        head = toks[subject[1]]
        if head.lower in PRONOUNS:
            if head.lower not in PERSON_PRONOUNS:
                continue  # "it", "who": rarely the one using the words
        elif not (head.is_capitalised and head.lower not in NOT_NAMES) and not is_speaker_noun(head.lower):
            continue
        v = _past_modifiers(toks, subject[1] + 1, qi)
        first = v
        while v < qi and (toks[v].lower in BETWEEN_SPEAKER_AND_CUE or toks[v].lower in AUXILIARIES
                          or toks[v].lower in PROGRESSIVE_AUXILIARIES or _is_ly_adverb(toks[v])):
            v += 1
        if v >= qi or qi - v > 12 or not _finite_verb(toks, subject, first, v) \
                or any(t.text in (".", ";", ",", ":") for t in toks[v:qi]):
            continue
        if toks[v].lower in _NAMED_PARTICIPLES and any(t.lower in PASSIVE_AUXILIARIES for t in toks[first:v]):
            continue  # "HP is called “feather duvet lung”", "he was labeled a “traitor”": named, not speaking
        stop = qi + 1 if _ends_clause_quote(tok) else \
            next((m for m in range(qi + 1, len(toks)) if toks[m].text in CLAUSE_ENDS), len(toks))
        content = _cut_trailing_clause(text, (toks[v + 1].start, toks[stop - 1].end), toks)
        return [Found([content], block, cue=(toks[v].start, toks[v].end),
                      speaker=(toks[subject[0]].start, toks[subject[1]].end), role=subject[2],
                      marks=_marks_within(toks, content))]
    return []


PERSON_PRONOUNS = _GRAMMAR["person_pronouns"]
_NAMED_PARTICIPLES = NAMING_CUES | frozenset(("known", "described", "referred", "nicknamed", "termed"))
CLAUSE_ENDS = frozenset({",", ";", ".", ":", "—", "–", "--", "?", "!"})


def _finite_verb(toks: list[Token], subject: tuple[int, int, str | None], first: int, v: int) -> bool:
    """Whether toks[v] reads as the finite verb of the subject, with the words from ``first`` before it.

    No part-of-speech tags: a past tense (-ed), a third person singular after
    a singular subject (-s), a form after an auxiliary, or -ing after "is".
    """
    verb = toks[v]
    low = verb.lower
    if not verb.is_word or verb.is_capitalised or low in PREPOSITIONS or low in DETERMINERS \
            or _is_ly_adverb(verb) or low in NOT_VERBS:
        return False
    between = {t.lower for t in toks[first:v]}
    copula = bool(between & PASSIVE_AUXILIARIES)
    if copula:
        return low.endswith(("ing", "ed"))  # "is pledging to “…”" — not "is the founder of “…”"
    if low.endswith("ing"):
        return False  # "Cruz holding a party at the “…”": a participle, no clause of its own
    head = toks[subject[1]]
    singular = head.lower in ("he", "she") or (head.is_capitalised and not head.lower.endswith("s"))
    if not between and low.endswith("s") and v + 1 < len(toks) and toks[v + 1].lower == "of" \
            and low not in cues().every and low not in TOPIC_CUES:
        return False  # "U.S. imports of “intermediate goods”": a plural noun its name qualifies ("warns of" speaks)
    return bool(between) or low.endswith("ed") or (singular and low.endswith("s") and not low.endswith("ss"))


NOT_VERBS = _GRAMMAR["not_verbs"]
_TITLE_SMALL_WORDS = _GRAMMAR["title_small_words"]


_WORD_BEFORE = re.compile(r"(\w+)\s*$")


def _object_of_a_word_before(text: str, q: QuoteMarks) -> bool:
    """Whether a preposition or an article stands right before the quotation q: what it takes (a title set in
    capitals is no continuation of what was said; a fragment of the speaker's words may be: "introducing Clinton
    as a “global leader …”")."""
    m = _WORD_BEFORE.search(text, max(0, q.start - 20), q.start)
    return m is not None and (m.group(1).lower() in PREPOSITIONS and m.group(1).lower() not in _CONJUNCTIONS
                              or m.group(1).lower() in ("the", "a", "an"))


def _looks_like_title(quoted: str) -> bool:
    """“Eat The Press”, “Indian Americans for Hillary 2008.”: every word capitalised but the small ones."""
    words = _LETTER_WORDS.findall(quoted)
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words)


_ONLY_A_STOP = re.compile(r"[\s.:]*")
_WORDS = re.compile(r"\w+")


def _first_word(text: str, at: int) -> str:
    """The word starting at ``at``, lower-cased ("" when none does)."""
    m = _WORDS.match(text, at)
    return m.group().lower() if m else ""


_LETTER_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_THAT_OR_COLON = re.compile(r"\bthat\b|:")
_OPENS_CAPITALISED = re.compile(r"\W*[A-Z]")
_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?,…][”\"’']{0,2}$")
_SENTENCE_ENDED = re.compile(r"[.!?…][”\"’')]*\s*$")


def _is_direct(found: Found) -> bool:
    """Whether every content span is a whole quotation."""
    return all(any(m.start == a and m.end == b for m in found.marks) for a, b in found.spans)


def _reported_just_before(text: str, earlier: list[Found], index: int, previous: Found | None) -> Found | None:
    """The main report of the paragraph just before paragraph ``index`` (its first speaker's), when that
    paragraph quotes no one in marks and no quotation left open runs on past it; else None."""
    if previous is not None and (previous.open_ended or previous.block >= index - 1):
        return None
    reports = [(f.speaker, f) for f in earlier[-12:] if f.block == index - 1 and f.speaker is not None and f.spans
               and not _a_participle_qualifying_its_speaker(text, f)]
    if not reports:
        return None
    (start, end), first = min(reports, key=lambda r: r[0][0])
    return first if _one_speaker(text[start:end]) else None


def _a_participle_qualifying_its_speaker(text: str, f: Found) -> bool:
    """Whether a report's cue is a participle right after its speaker's noun, inside a larger noun phrase: "The
    head of the major Super PAC backing Jeb Bush, Mike Murphy, praised …" — no report of the sentence's own."""
    return f.cue is not None and f.speaker is not None and text[f.speaker[1]:f.cue[0]].isspace() \
        and _first_word(text, f.cue[0]).endswith("ing")


def _one_speaker(mention: str) -> bool:
    """Whether a report's speaker is one named, or "he" or "she": not "they", "we", "who" nor "his supporters"."""
    return mention[:1].isupper() and mention.lower() not in _NOT_ONE_SPEAKER or mention.lower() in ("he", "she")


_NOT_ONE_SPEAKER = frozenset("they we who which it you i".split())


_SENTENCE_BREAK = re.compile(r"(\w*)[.!?][”\"’']*\s+(?=[A-Z“\"‘'])")


def _a_sentence_between(text: str, prior: Found, q: QuoteMarks) -> bool:
    """Whether a sentence of the writer's stands between a quotation's attribution and the quotation at q: then q
    is no continuation of it ("Valve called it “a flagship VR game.” Teens love … Here is “10 Things …”"); the
    attribution's own end ('… said Jon Meacham, a biographer. “…”') is none, nor an initial's or title's stop."""
    after = max([prior.spans[-1][1]] + [span[1] for span in (prior.speaker, prior.cue)
                                        if span is not None and span[1] <= q.start])
    for m in _SENTENCE_BREAK.finditer(text, after, q.start):
        word = m.group(1)
        if len(word) == 1 and word.isupper() or word.lower() in ABBREVIATIONS:
            continue  # "George W. Bush", "Mr. Obama"
        if len(_WORDS.findall(text, m.end(), q.start)) >= 3:
            return True
    return False


def _attach_uncued(text: str, index: int, lo: int, marks: list[QuoteMarks], out: list[Found],
                   earlier: list[Found], introduction: Found | None = None,
                   introducers: Sequence[Found] = ()) -> None:
    if not marks:
        return  # (most paragraphs quote nothing: their reports hold no marks to close either)
    # Linear in the paragraph's quotations: intervals sorted once, the quotation before found by a running pointer.
    ranges = sorted((f.spans[0][0], f.spans[-1][1]) for f in out)
    starts = [r[0] for r in ranges]
    reach = list(accumulate((r[1] for r in ranges), max))  # furthest end among ranges starting so far
    with_marks = sorted((f for f in out if f.marks), key=lambda f: f.spans[-1][1])
    pointer, prior = 0, None
    first_char = lo + len(text[lo:lo + 200]) - len(text[lo:lo + 200].lstrip())
    for q in marks:
        k = bisect_right(starts, q.start) - 1
        if k >= 0 and reach[k] >= q.end:
            continue  # inside a content already
        while pointer < len(with_marks) and with_marks[pointer].spans[-1][1] <= q.start:
            candidate = with_marks[pointer]
            if prior is None or candidate.spans[-1][1] >= prior.spans[-1][1]:
                prior = candidate
            pointer += 1
        introducer = next((f for f in introducers if f.cue is not None and f.cue[1] <= q.start
                           and _ONLY_A_STOP.fullmatch(text, f.cue[1], q.start)), None)
        if introducer is not None:  # "Bystrom agreed. “…”": the introduced quotation, with its own cue
            prior = Found([(q.start, q.end)], index, cue=introducer.cue, speaker=introducer.speaker,
                          role=introducer.role, marks=[q], open_ended=not q.closed)
            out.append(prior)
            continue
        body = text[q.start:q.end]
        n_words = len(_WORDS.findall(body))
        paragraph_initial = q.start <= first_char
        sentence_like = n_words >= 4 and _ENDS_LIKE_A_SENTENCE.search(body.rstrip()) is not None \
            or n_words >= 8 and _SENTENCE_ENDED.search(text[max(lo, q.start - 4):q.start]) is not None
        # “A,” she said. “B.” — B continues the quotation just before it in this paragraph (not a title a
        # preposition takes: "…,'' said Suzanne Ferriss, … a co-editor of ''Chick Lit: The New Woman's Fiction.''")
        # (nor a title after a sentence of the writer's between: "Valve called it “a flagship VR game.” Teens love
        # … just tick “10 Things in Tech You Need to Know.”"; a quotation there goes on the speaker's words, one
        # attribution as PolNeAR annotates it: "“…,” Woolson said. They also lie in a dead zone. “That’s a tough
        # area.”")
        if prior is not None and sentence_like and not paragraph_initial \
                and not (_looks_like_title(body) and (_object_of_a_word_before(text, q)
                                                      or _a_sentence_between(text, prior, q))):
            prior.spans.append((q.start, q.end))
            prior.marks.append(q)
            continue
        if paragraph_initial and introduction is not None:
            # he declared: / “It is very appropriate …” — the introduced quotation, with its own cue
            prior = Found([(q.start, q.end)], index, cue=introduction.cue, speaker=introduction.speaker,
                          role=introduction.role, marks=[q], open_ended=not q.closed)
            out.append(prior)
            continue
        if paragraph_initial and (sentence_like or not q.closed):
            previous = next((f for f in reversed(earlier) if f.marks), None)
            reporter = _reported_just_before(text, earlier, index, previous)
            if reporter is not None:
                # “…,” Hussein said. / Carter said that for decades critics had …. / “That’s because …” —
                # Carter's, who spoke last, not a continuation of the quotation before him
                prior = Found([(q.start, q.end)], index, cue=None, speaker=reporter.speaker,
                              role=reporter.role, marks=[q], open_ended=not q.closed, inherited=True)
                out.append(prior)
            elif previous is not None and index - previous.block <= 2:
                # the same quotation, continued over paragraphs: left open, or a direct quotation whose
                # speaker goes on in a paragraph of its own (as PolNeAR annotates it, one attribution)
                if previous.open_ended or _is_direct(previous):
                    previous.spans.append((q.start, q.end))
                    previous.marks.append(q)
                    previous.open_ended = not q.closed
                else:  # after reported speech, the quoted paragraph is a quotation of its own, by the same speaker
                    prior = Found([(q.start, q.end)], index, cue=None, speaker=previous.speaker,
                                  role=previous.role, marks=[q], open_ended=not q.closed, inherited=True)
                    out.append(prior)
    for f in out:
        if f.marks and not f.marks[-1].closed:
            f.open_ended = True
