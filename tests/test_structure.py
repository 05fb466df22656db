"""Article structure: headline, byline, dateline, boilerplate, subheadings, damage."""
from __future__ import annotations

import pytest

from newsdocs.structure import parse_structure

from .conftest import FIXTURES, SEED


def kinds(article, kind):
    return [b.text for b in article.blocks if b.kind == kind]


def test_seed_structure():
    article = parse_structure(SEED.read_text(encoding="utf-8"))
    assert article.headline_derived
    assert article.headline.startswith("Kyiv and Moscow failed to agree to a ceasefire")
    assert "Share" not in article.headline
    assert len(kinds(article, "paragraph")) == 14
    assert kinds(article, "subheading") == ["Russia’s position ‘clearly unacceptable’"]
    assert kinds(article, "boilerplate") == ["Share and Follow", "For the latest from SBS News, and ."]
    damaged = [b.text for b in article.blocks if "damaged" in b.flags]
    assert damaged == ["Putin, after proposing the direct talks,."]


def test_blank_line_separated_shape_takes_the_first_line_as_headline():
    article = parse_structure((FIXTURES / "blank_separated.txt").read_text(encoding="utf-8"))
    assert article.headline == "Mayor vows to reopen the harbour bridge by spring."
    assert not article.headline_derived
    assert article.dateline == "PORTVILLE (Wire)"
    assert len(kinds(article, "paragraph")) == 5


def test_offsets_point_into_the_text_for_both_shapes():
    for path in (SEED, FIXTURES / "blank_separated.txt", FIXTURES / "one_per_line.txt"):
        text = path.read_text(encoding="utf-8")
        for block in parse_structure(text).blocks:
            assert text[block.start:block.end] == block.text


def test_crlf_and_cr_line_ends():
    for newline in ("\r\n", "\r"):
        text = newline.join(["Bridge to reopen.", "", "The mayor said so on Monday.", "", "More later."])
        article = parse_structure(text)
        assert article.headline == "Bridge to reopen."
        assert [b.text for b in article.body] == ["The mayor said so on Monday.", "More later."]
        for block in article.blocks:
            assert text[block.start:block.end] == block.text


@pytest.mark.parametrize(
    "first_line, is_headline",
    [
        ("Trump: 'We are going to win so much.'", True),
        ("O’Malley campaign to shift staff, resources to Iowa.", True),
        ("Campaigns are long, costly and chaotic. Maybe that's good.", True),
        ("5 things to watch in tonight's debate.", True),
        # a lede is never a headline
        ("Kyiv and Moscow failed to agree to a ceasefire at their first direct talks in more than three years, "
         "with Russia presenting conditions that a Ukrainian source described as “non-starters”.", False),
        ("The talks lasted under two hours. Russia expressed satisfaction. Both sides agreed to a swap.", False),
    ],
)
def test_headline_or_lede(first_line, is_headline):
    article = parse_structure(first_line + "\n\nSecond paragraph of the story goes here.\n\nA third one.")
    assert (article.headline == first_line and not article.headline_derived) is is_headline


@pytest.mark.parametrize(
    "line",
    ["Read the rest here.", "Follow us on Facebook and Twitter", "Sign up for our morning newsletter.",
     "© 2024 Example Media. All rights reserved.", "Share and Follow", "Advertisement",
     # a note from the editors about the story is no part of it, nor are the claims it makes quotations
     "Editor’s note: This story was updated at 5:45 p.m. to include details from the briefing.",
     "Editor's Note: The following is part 3 of 3 excerpts from the senator's new book."],
)
def test_boilerplate_lines_are_kept_out_of_the_body(line):
    article = parse_structure(f"A headline here\n\nThe first paragraph of the story.\n\n{line}\n\nThe end of it.")
    assert kinds(article, "boilerplate") == [line]
    assert line not in [b.text for b in article.body]


def test_byline_is_recognised_and_not_a_paragraph():
    article = parse_structure("A headline here\n\nBy Jane Doe and John Roe\n\nThe first paragraph of the story.")
    assert article.byline == "Jane Doe and John Roe"
    assert [b.text for b in article.body] == ["The first paragraph of the story."]


def test_sentences_are_not_damaged():
    ok = "He said the plan would work. It did, too. “We’re done,” she said. Wait . . . what?"
    assert parse_structure(f"A headline here\n\n{ok}").blocks[1].flags == ()


@pytest.mark.parametrize("opening, dateline", [
    ("New York, NY – The company hired a strategy chief.", "New York, NY"),
    ("Tampa, Fla. — The storm made landfall on Tuesday.", "Tampa, Fla."),
    ("HAYWARD, Calif. (AP) — The storm made landfall.", "HAYWARD, Calif. (AP)"),
    # the agency alone: Reuters' "(Reuters) — ", CNN's "(CNN)" with no space before the story
    ("(Reuters) — The storm made landfall.", "(Reuters)"),
    ("(CNN)President Obama landed on Tuesday.", "(CNN)"),
    ("(Laughter) He said so.", None),
    # two names and a dash open no dateline
    ("Trump, Clinton – the rivals met on Tuesday.", None),
])
def test_a_dateline_in_capitals_or_in_title_case_with_its_state(opening, dateline):
    assert parse_structure(f"A headline\n\n{opening}\n\nMore text.").dateline == dateline
