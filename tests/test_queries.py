"""quotes / speakers / search / export, through the CLI and the library."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest
from sqlalchemy import text

import newsdocs
from newsdocs import Store
from newsdocs.cli import cli

from .conftest import SEED, write_articles

ARTICLES = {
    "putin1.txt": "Kremlin sets terms.\n\nPresident Vladimir Putin said Russia would not accept a truce.\n\n"
                  "“We are not in a hurry,” Mr. Putin said.",
    "putin2.txt": "Moscow replies.\n\nVladimir Putin said the talks were useful.",
    "zel1.txt": "Kyiv asks for help.\n\nVolodymyr Zelensky said allies must act faster.",
    "zel2.txt": "Kyiv thanks allies.\n\nVolodymyr Zelenskiy said the new aid would save lives.",
    "smith1.txt": "Harbour news.\n\nJohn Smith said the harbour would reopen.",
    "smith2.txt": "School news.\n\nMary Smith said the school would close.",
    "alvarez.txt": "Noticias.\n\nJosé Álvarez said the café would reopen in June.",
    "anon.txt": "Leaks.\n\nA senior official said the plan was dead.\n\nOfficials said the talks would go on.",
    "trump1.txt": "Rally news.\n\nDonald J. Trump said the wall would be built.",
    "trump2.txt": "Debate news.\n\nDonald Trump said the debate was rigged.",
    "bush1.txt": "Book news.\n\nGeorge W. Bush said the book was done.",
    "bush2.txt": "Library news.\n\nGeorge H. W. Bush said the library would open.",
}


@pytest.fixture
def archive(tmp_path, runner, db_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    shutil.copy(SEED, folder)
    result = runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    assert result.exit_code == 0, result.output
    return folder


def run(runner, db_path, *args):
    result = runner.invoke(cli, [*args, "--db", db_path])
    return result


def speakers_of(runner, db_path, *args):
    result = run(runner, db_path, "quotes", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return [q["speaker"] for q in json.loads(result.stdout or "[]")]


def ingest_into(runner, db_path, folder, articles: dict[str, str]) -> None:
    """Write ``articles`` into ``folder`` and ingest the folder."""
    assert run(runner, db_path, "ingest", write_articles(folder, articles)).exit_code == 0


def speaker_names(db_path) -> list[str]:
    return sorted(r["name"] for r in newsdocs.speakers(db_path, top=None))


def quotes_by_speaker(db_path, **kw) -> dict[str, int]:
    return {r["name"]: r["quotes"] for r in newsdocs.speakers(db_path, top=None, **kw)}


@pytest.mark.parametrize("query", ["zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "ZELENSKIY", "volodymyr zelenskyy"])
def test_speaker_matches_name_variants_and_surname(runner, db_path, archive, query):
    found = speakers_of(runner, db_path, "--speaker", query)
    assert len(found) == 4  # two in the seed, one each in zel1 and zel2: one person
    assert len(set(found)) == 1


def test_titles_are_not_part_of_the_name(runner, db_path, archive):
    in_seed = sum(q.speaker == "Vladimir Putin" for q in newsdocs.parse_file(SEED).quotes)
    assert in_seed >= 1  # "Vladimir Putin has insisted …"
    assert len(speakers_of(runner, db_path, "--speaker", "Mr. Putin")) == 3 + in_seed  # two in putin1, one in putin2
    assert len(speakers_of(runner, db_path, "--speaker", "President Vladimir Putin")) == 3 + in_seed


@pytest.mark.parametrize("query", ["Donald Trump", "Donald J. Trump", "trump"])
def test_a_middle_initial_or_its_absence_names_the_same_person(runner, db_path, archive, query):
    assert speakers_of(runner, db_path, "--speaker", query) == ["Donald Trump", "Donald Trump"]


def test_who_is_quoted_most_counts_a_name_with_and_without_its_middle_name_once(runner, db_path, archive):
    rows = {r["name"]: r for r in newsdocs.speakers(db_path, top=None, type="person")}
    assert "Donald J. Trump" not in rows  # one row, under the plain name users type
    assert (rows["Donald Trump"]["quotes"], rows["Donald Trump"]["articles"]) == (2, 2)


def test_pages_of_a_speaker_with_several_names_follow_one_newest_first_order(runner, db_path, archive):
    everything = [q["text"] for q in newsdocs.quotes(db_path, speaker="trump", limit=None)]
    assert len(everything) == 2
    with Store.open(db_path) as store:
        pages = [q["text"] for k in range(3) for q in store.quotes(speaker="trump", limit=1, offset=k)[0]]
        assert store.quotes(speaker="trump", limit=1)[1] == 2  # the total, whatever the page
    assert pages == everything
    assert [q["text"] for q in newsdocs.quotes(db_path, speaker="Donald Trump", about="rigged")] == ["the debate was rigged"]


def test_one_middle_initial_is_no_variant_of_two(runner, db_path, archive):
    assert speakers_of(runner, db_path, "--speaker", "George W. Bush") == ["George W. Bush"]
    assert speakers_of(runner, db_path, "--speaker", "George H. W. Bush") == ["George H. W. Bush"]


def test_a_son_named_for_his_father_is_his_own_speaker(runner, db_path, archive):
    write_articles(archive, {
        "junior.txt": "Son speaks.\n\nDonald Trump Jr. said his father would win.",
        "biden.txt": "Scranton visit.\n\nJoseph R. Biden Jr. said the middle class was hurting.",
    })
    assert run(runner, db_path, "ingest", str(archive)).exit_code == 0
    # the son had been filed under his father's name: a generational suffix was dropped from the key
    assert speakers_of(runner, db_path, "--speaker", "Donald Trump") == ["Donald Trump", "Donald Trump"]
    assert speakers_of(runner, db_path, "--speaker", "Donald Trump Jr.") == ["Donald Trump Jr."]
    assert sorted(speakers_of(runner, db_path, "--speaker", "trump")) == ["Donald Trump", "Donald Trump",
                                                                          "Donald Trump Jr."]
    # with or without the middle initial, and by surname, as for anyone
    for query in ("Joseph R. Biden Jr.", "Joseph Biden Jr.", "biden"):
        assert speakers_of(runner, db_path, "--speaker", query) == ["Joseph R. Biden Jr."], query


def test_a_leading_initial_is_no_other_person(runner, db_path, archive):
    write_articles(archive, {
        "border1.txt": "Tunnels found.\n\nR. Gil Kerlikowske said more tunnels were found.",
        "border2.txt": "Border visit.\n\nGil Kerlikowske said the wall would not stop them.",
    })
    assert run(runner, db_path, "ingest", str(archive)).exit_code == 0
    rows = [r for r in newsdocs.speakers(db_path, top=None, type="person") if "Kerlikowske" in r["name"]]
    assert len(rows) == 1 and rows[0]["quotes"] == 2


@pytest.mark.parametrize("before, merged, later, apart", [
    # "George Bush" could now be either of two people: none of the three is merged any more
    ({"a.txt": "Ranch news.\n\nGeorge Bush said the ranch was quiet.",
      "b.txt": "Book news.\n\nGeorge W. Bush said the book was done.",
      "c.txt": "Rally news.\n\nHillary Rodham Clinton said the rally went well.",
      "d.txt": "Debate news.\n\nHillary Clinton said the debate went well."},
     ["George Bush", "Hillary Clinton"], "George H.W. Bush said the library would open.",
     ["George Bush", "George H.W. Bush", "George W. Bush", "Hillary Clinton"]),
    # "Chris Smith" could now be Christopher or Christine
    ({"a.txt": "Rally news.\n\nChris Smith said the rally went well.",
      "b.txt": "Debate news.\n\nChristopher Smith said the debate went well."},
     ["Chris Smith"], "Christine Smith said the school would close.",
     ["Chris Smith", "Christine Smith", "Christopher Smith"]),
    # "President Bush" could now be either president
    ({"a.txt": "Book news.\n\nPresident George W. Bush said the book was done.",
      "b.txt": "Ranch news.\n\nPresident Bush said the ranch was quiet."},
     ["George W. Bush"], "President George H.W. Bush said it would open.",
     ["Bush", "George H.W. Bush", "George W. Bush"]),
])
def test_a_merge_is_undone_when_a_later_name_makes_it_either_of_two(runner, db_path, tmp_path, before, merged,
                                                                   later, apart):
    ingest_into(runner, db_path, tmp_path / "archive", before)
    assert speaker_names(db_path) == merged
    ingest_into(runner, db_path, tmp_path / "archive", {"later.txt": "Later news.\n\n" + later})
    assert speaker_names(db_path) == apart
    newcomer = later.split(" said")[0].removeprefix("President ")
    assert speakers_of(runner, db_path, "--speaker", newcomer) == [newcomer]


def test_two_people_speaking_together_are_no_middle_name_of_either(runner, db_path, tmp_path):
    # "Hillary Clinton and Bill Clinton" had read as Hillary with the middle names "Clinton and Bill",
    # which disagreed with "Rodham" and undid the merge: on PolNeAR's 840 articles, 33 of her
    # quotations stood apart under "Hillary Rodham Clinton"
    ingest_into(runner, db_path, tmp_path / "clintons", {
        "c.txt": "Rally news.\n\nHillary Rodham Clinton said the rally went well.",
        "d.txt": "Debate news.\n\nHillary Clinton said the debate went well.",
        "e.txt": "Joint event.\n\nHillary Clinton and Bill Clinton said they would campaign together.",
    })
    assert quotes_by_speaker(db_path) == {"Hillary Clinton": 2, "Hillary Clinton and Bill Clinton": 1}


def test_a_short_given_name_and_its_full_one_are_one_speaker(runner, db_path, tmp_path):
    ingest_into(runner, db_path, tmp_path / "rendell", {
        "a.txt": "Rally news.\n\nEd Rendell said the rally went well.",
        "b.txt": "Debate news.\n\nEdward G. Rendell said the debate went well.",
        "c.txt": "Budget news.\n\nBill Smith said the budget would pass.",
        "d.txt": "Harbour news.\n\nWilliam Smith said the harbour would reopen.",
    })
    assert quotes_by_speaker(db_path) == {"Ed Rendell": 2, "Bill Smith": 2}
    for query in ("Edward Rendell", "Ed Rendell", "Edward G. Rendell"):
        assert speakers_of(runner, db_path, "--speaker", query) == ["Ed Rendell", "Ed Rendell"], query


BODIES = {
    "state.txt": "Talks.\n\nThe State Department said the talks would resume.",
    "justice.txt": "Court.\n\nThe Justice Department said the case was closed.",
    "gop.txt": "Convention.\n\nThe Republican Party said it would win. Republican strategists said it was close.",
    "dems.txt": "Convention.\n\nThe Democratic Party said it would win. Democratic strategists said it was not.",
}


def test_a_title_word_tells_bodies_and_groups_apart(runner, db_path, tmp_path):
    # "State", "Justice", "Republican" and "Democratic" are titles before a person's name ("State Sen.",
    # "Justice Ginsburg"), and had been dropped from a body's key: the two parties were one speaker
    ingest_into(runner, db_path, tmp_path / "bodies", BODIES)
    assert quotes_by_speaker(db_path) == {"State Department": 1, "Justice Department": 1, "Republican Party": 1,
                                          "Democratic Party": 1, "Republican strategists": 1,
                                          "Democratic strategists": 1}
    assert speakers_of(runner, db_path, "--speaker", "State Department") == ["State Department"]
    assert speakers_of(runner, db_path, "--speaker", "Democratic strategists") == ["Democratic strategists"]
    assert len(speakers_of(runner, db_path, "--speaker", "department")) == 2  # a last word alone finds both


def test_schema_3_database_files_each_body_under_its_own_name(runner, db_path, tmp_path):
    from newsdocs.store import MetaRow, SCHEMA_VERSION
    from sqlalchemy import update
    ingest_into(runner, db_path, tmp_path / "bodies", BODIES)
    with Store.open(db_path) as store, store.engine.begin() as conn:  # as schema 3 keyed them
        ids = dict(conn.execute(text("SELECT name, id FROM speakers")).all())
        conn.execute(text("UPDATE speakers SET key = 'organisation:department' WHERE name = 'State Department'"))
        conn.execute(text("UPDATE quotes SET speaker_id = :s WHERE speaker_id = :j"),
                     dict(s=ids["State Department"], j=ids["Justice Department"]))
        conn.execute(text("DELETE FROM speakers WHERE name = 'Justice Department'"))
        conn.execute(text("UPDATE speakers SET n_quotes = 2 WHERE name = 'State Department'"))
        conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value="3"))
    assert quotes_by_speaker(db_path, type="organisation") == \
        {"State Department": 1, "Justice Department": 1, "Republican Party": 1, "Democratic Party": 1}
    with Store.open(db_path) as store, store.engine.connect() as conn:
        assert conn.execute(select_version()).scalar() == str(SCHEMA_VERSION) == "4"
        keys = set(conn.execute(text("SELECT key FROM speakers WHERE type = 'organisation'")).scalars())
    assert "organisation:department" not in keys  # which "the department said" would otherwise join
    write_articles(tmp_path / "bodies", {"dept.txt": "Budget.\n\nThe department said the budget was cut."})
    assert run(runner, db_path, "ingest", str(tmp_path / "bodies")).exit_code == 0
    assert speakers_of(runner, db_path, "--speaker", "State Department") == ["State Department"]


def test_an_unmerge_of_name_variants_is_kept_by_later_ingests(runner, db_path, archive):
    assert run(runner, db_path, "speakers", "--unmerge", "Donald J. Trump").exit_code == 0
    (archive / "trump3.txt").write_text("Tour news.\n\nDonald J. Trump said the tour was huge.", encoding="utf-8")
    assert run(runner, db_path, "ingest", str(archive)).exit_code == 0
    rows = {r["name"]: r["quotes"] for r in newsdocs.speakers(db_path, top=None, type="person")}
    assert (rows["Donald J. Trump"], rows["Donald Trump"]) == (2, 1)
    # and merging them back by hand takes each name as itself, not as the other's variant
    merged = run(runner, db_path, "speakers", "--merge", "Donald Trump", "Donald J. Trump")
    assert merged.exit_code == 0, merged.output
    rows = {r["name"]: r["quotes"] for r in newsdocs.speakers(db_path, top=None, type="person")}
    assert rows["Donald Trump"] == 3 and "Donald J. Trump" not in rows


def test_people_sharing_a_surname_stay_apart(runner, db_path, archive):
    assert speakers_of(runner, db_path, "--speaker", "John Smith") == ["John Smith"]
    assert speakers_of(runner, db_path, "--speaker", "Mary Smith") == ["Mary Smith"]
    assert sorted(speakers_of(runner, db_path, "--speaker", "smith")) == ["John Smith", "Mary Smith"]
    names = [s["name"] for s in newsdocs.speakers(db_path, top=None)]
    assert "John Smith" in names and "Mary Smith" in names


def test_names_joined_by_and_are_one_speaker_found_by_either_name(runner, db_path, tmp_path):
    folder = tmp_path / "joint"
    folder.mkdir()
    (folder / "joint.txt").write_text("Debate news.\n\nCarly Fiorina and Mike Huckabee spoke on Monday.\n\n"
                                      "Fiorina and Huckabee said they were tired of the debates.", encoding="utf-8")
    assert run(runner, db_path, "ingest", str(folder)).exit_code == 0
    names = {s["name"]: s["type"] for s in newsdocs.speakers(db_path, top=None)}
    assert names.get("Carly Fiorina and Mike Huckabee") == "person"
    for query in ("Huckabee", "Fiorina", "Carly Fiorina", "Mike Huckabee"):
        assert speakers_of(runner, db_path, "--speaker", query) == ["Carly Fiorina and Mike Huckabee"]


def test_accents_do_not_matter(runner, db_path, archive):
    assert speakers_of(runner, db_path, "--speaker", "jose alvarez") == ["José Álvarez"]
    hits = json.loads(run(runner, db_path, "search", "cafe", "--format", "json").stdout)
    assert hits and "café" in hits[0]["snippet"]


def test_anonymous_sources_never_become_people(runner, db_path, archive):
    rows = newsdocs.speakers(db_path, top=None, type="anonymous")
    assert {r["name"] for r in rows} >= {"A senior official", "Officials", "a Ukrainian source"}
    assert not newsdocs.quotes(db_path, speaker="official", kind="direct")


def test_seed_answers(runner, db_path, tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder)
    run(runner, db_path, "ingest", str(folder))
    zel = run(runner, db_path, "quotes", "--speaker", "zelensky")
    assert zel.exit_code == 0
    assert zel.stdout.count("Volodymyr Zelenskyy") == 2
    assert "Medinsky" not in zel.stdout
    med = json.loads(run(runner, db_path, "quotes", "--speaker", "Vladimir Medinsky", "--format", "json").stdout)
    assert len(med) == 2
    seed_text = SEED.read_text(encoding="utf-8")
    for q in med:
        assert seed_text[q["start"]:q["end"]] in q["text"]
    top = json.loads(run(runner, db_path, "speakers", "--format", "json").stdout)
    most = {s["name"] for s in top if s["quotes"] == top[0]["quotes"]}  # ties share the top
    assert {"Volodymyr Zelenskyy", "Vladimir Medinsky"} <= most and top[0]["quotes"] == 2
    search = run(runner, db_path, "search", "ceasefire", "--format", "json")
    hits = json.loads(search.stdout)
    assert any(h["snippet"].startswith("Kyiv and Moscow failed to agree to a [ceasefire]") for h in hits)
    exported = run(runner, db_path, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(rows) == len(newsdocs.parse_file(SEED).quotes)  # every quotation of the seed, none lost
    assert {"speaker", "role", "cue", "kind", "headline", "published", "path", "start", "end"} <= rows[0].keys()


def test_about_kind_and_article_filters(runner, db_path, archive):
    about = newsdocs.quotes(db_path, about="harbour OR school")
    assert {q["speaker"] for q in about} == {"John Smith", "Mary Smith"}
    assert [q["speaker"] for q in newsdocs.quotes(db_path, about='"not in a hurry"')] == ["Vladimir Putin"]
    assert newsdocs.quotes(db_path, about="hurr*")
    assert not newsdocs.quotes(db_path, about="truce NOT Russia")
    direct = newsdocs.quotes(db_path, kind="direct")
    assert all(q["kind"] == "direct" for q in direct) and direct
    one = newsdocs.quotes(db_path, article=str(archive / "putin2.txt"))
    assert [q["text"] for q in one] == ["the talks were useful"]


def test_limit_says_how_many_more(runner, db_path, archive):
    result = run(runner, db_path, "quotes", "--limit", "3")
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 2 + 3  # header, rule, rows
    assert "more; use --limit" in result.stderr


@pytest.mark.parametrize("command", [["quotes", "--about"], ["search"]])
@pytest.mark.parametrize("query", ['"unclosed', "NOT", "a AND", "NEAR("])
def test_malformed_queries_get_a_clear_message(runner, db_path, archive, command, query):
    result = run(runner, db_path, *command, query)
    assert result.exit_code == 1
    assert "invalid search query" in result.output
    assert "Traceback" not in result.output


def test_hyphenated_words_just_work(runner, db_path, archive):
    result = run(runner, db_path, "search", "non-starters")
    assert result.exit_code == 0 and "starters" in result.stdout


def test_empty_results_exit_zero_with_a_note(runner, db_path, archive):
    for args in (["quotes", "--speaker", "Nobody Atall"], ["search", "zzyzx"], ["speakers", "--like", "zzyzx"]):
        result = run(runner, db_path, *args)
        assert result.exit_code == 0
        assert result.stdout == ""
        assert result.stderr.strip()


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_every_listing_command_takes_every_format(runner, db_path, archive, fmt):
    for args in (["quotes"], ["speakers"], ["search", "said"]):
        result = run(runner, db_path, *args, "--format", fmt)
        assert result.exit_code == 0, result.output
        out = result.stdout
        if fmt == "json":
            assert isinstance(json.loads(out), list)
        elif fmt == "jsonl":
            assert all(json.loads(line) for line in out.splitlines())
        elif fmt == "csv":
            assert len(list(csv.reader(io.StringIO(out)))) >= 2


def test_export_jsonl_nests_blocks_and_quotes(runner, db_path, archive):
    result = run(runner, db_path, "export")
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(articles) == len(ARTICLES) + 1
    seed = next(a for a in articles if a["path"].endswith(SEED.name))
    parsed = newsdocs.parse_file(SEED)
    assert (len(seed["blocks"]), len(seed["quotes"])) == (len(parsed.blocks), len(parsed.quotes)) == (17, len(parsed.quotes))
    for block in seed["blocks"]:
        assert seed["text"][block["start"]:block["end"]] == block["text"]
    filtered = [json.loads(x) for x in run(runner, db_path, "export", "--speaker", "putin").stdout.splitlines()]
    assert sorted(a["path"].rsplit("/", 1)[1] for a in filtered) == [SEED.name, "putin1.txt", "putin2.txt"]


def test_manual_merge_survives_reingest_and_can_be_undone(runner, db_path, archive):
    assert run(runner, db_path, "speakers", "--merge", "Vladimir Putin", "Kremlin").exit_code == 1  # no such speaker
    merged = run(runner, db_path, "speakers", "--merge", "John Smith", "Mary Smith")
    assert merged.exit_code == 0, merged.output
    assert sorted(speakers_of(runner, db_path, "--speaker", "John Smith")) == ["John Smith", "John Smith"]
    run(runner, db_path, "ingest", str(archive), "--force")
    assert len(speakers_of(runner, db_path, "--speaker", "Mary Smith")) == 2
    run(runner, db_path, "speakers", "--unmerge", "Mary Smith")
    assert speakers_of(runner, db_path, "--speaker", "Mary Smith") == ["Mary Smith"]


def test_fts_tables_follow_sqlite_utils_layout_and_stay_in_sync(runner, db_path, archive):
    with Store.open(db_path) as store, store.engine.connect() as conn:
        sql = dict(conn.execute(text("select name, sql from sqlite_master where name like '%_fts'")).all())
        assert "content=[quotes]" in sql["quotes_fts"] and "content=[blocks]" in sql["blocks_fts"]
        triggers = {r[0] for r in conn.execute(text("select name from sqlite_master where type='trigger'"))}
        # rows leave the index through triggers; they enter it in bulk, with no insert trigger
        assert {"quotes_ad", "quotes_au", "blocks_ad", "blocks_au"} <= triggers
        assert not {"quotes_ai", "blocks_ai"} & triggers
    (archive / "putin2.txt").write_text("Moscow replies.\n\nVladimir Putin said the weather was dreadful.",
                                        encoding="utf-8")
    run(runner, db_path, "ingest", str(archive))
    assert not newsdocs.quotes(db_path, about="useful")
    assert [q["speaker"] for q in newsdocs.quotes(db_path, about="dreadful")] == ["Vladimir Putin"]
    run(runner, db_path, "ingest", str(archive), "--force")
    assert len(newsdocs.quotes(db_path, about="dreadful")) == 1
    assert len(newsdocs.search(db_path, "dreadful")) == 1
    with Store.open(db_path) as store:  # the total a page reports counts every match, and only those
        for filters in ({"about": "said OR would"}, {"about": "dreadful"}, {"about": "said", "kind": "direct"}):
            everything, _ = store.quotes(**filters, limit=None)
            assert store.quotes(**filters, limit=1)[1] == len(everything)


def _indexed_exactly(store, word: str) -> bool:
    """The full-text index holds ``word`` for exactly the rows whose text has it, in both tables."""
    with store.engine.connect() as conn:
        for table in ("blocks", "quotes"):
            found = sorted(conn.execute(text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :w"),
                                        {"w": word}).scalars())
            # the doc-count of the term as the index itself stores it, not read back through the content table
            conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_terms "
                              f"USING fts5vocab(main, {table}_fts, 'row')"))
            stored = conn.execute(text(f"SELECT doc FROM temp.{table}_terms WHERE term = :w"),
                                  {"w": word.lower()}).scalar() or 0
            expected = sorted(rid for rid, body in conn.execute(text(f"SELECT rowid, text FROM {table}"))
                              if word.lower() in re.findall(r"\w+", body.lower()))
            if not (found == expected and stored == len(expected)):
                return False
    return True


def test_full_text_index_matches_the_rows_after_new_forced_and_changed_ingests(runner, db_path, archive):
    words = ("said", "putin", "would", "harbour", "ceasefire")
    run(runner, db_path, "ingest", str(archive), "--force")  # every row deleted and written again
    (archive / "smith1.txt").write_text("Harbour news.\n\nJohn Smith said the harbour would stay shut.",
                                        encoding="utf-8")
    (archive / "new.txt").write_text("Harbour update.\n\nJane Roe said the harbour was fine.", encoding="utf-8")
    run(runner, db_path, "ingest", str(archive))
    with Store.open(db_path) as store:
        assert all(_indexed_exactly(store, w) for w in words)


def test_schema_2_database_is_upgraded_in_place_keeping_user_merges(runner, db_path, archive):
    from newsdocs.store import MetaRow, SCHEMA_VERSION
    from sqlalchemy import update
    assert run(runner, db_path, "speakers", "--merge", "John Smith", "Mary Smith").exit_code == 0
    with Store.open(db_path) as store, store.engine.begin() as conn:  # as schema 2 left it: no merged_by
        conn.execute(text("UPDATE speakers SET canonical_id = NULL WHERE merged_by = 'auto'"))
        conn.execute(text("ALTER TABLE speakers DROP COLUMN merged_by"))
        conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value="2"))
    rows = {r["name"]: r["quotes"] for r in newsdocs.speakers(db_path, top=None, type="person")}
    assert rows["Donald Trump"] == 2 and "Donald J. Trump" not in rows
    assert rows["John Smith"] == 2 and "Mary Smith" not in rows
    with Store.open(db_path) as store, store.engine.connect() as conn:
        assert conn.execute(select_version()).scalar() == str(SCHEMA_VERSION)
        assert conn.execute(text("SELECT merged_by FROM speakers WHERE name = 'Mary Smith'")).scalar() == "user"


def test_schema_1_database_is_upgraded_in_place_and_indexes_new_rows_once(runner, db_path, archive):
    from newsdocs.store import MetaRow, SCHEMA_VERSION
    from sqlalchemy import update
    with Store.open(db_path) as store, store.engine.begin() as conn:  # as schema 1 left it: insert triggers
        for table in ("blocks", "quotes"):
            conn.execute(text(f"CREATE TRIGGER [{table}_ai] AFTER INSERT ON [{table}] BEGIN "
                              f"INSERT INTO [{table}_fts] (rowid, [text]) VALUES (new.rowid, new.[text]); END"))
        conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value="1"))
    (archive / "new.txt").write_text("Harbour update.\n\nJane Roe said the harbour was fine.", encoding="utf-8")
    run(runner, db_path, "ingest", str(archive))
    with Store.open(db_path) as store:
        with store.engine.connect() as conn:
            assert conn.execute(select_version()).scalar() == str(SCHEMA_VERSION)
            triggers = set(conn.execute(text("select name from sqlite_master where type='trigger'")).scalars())
            assert not {"quotes_ai", "blocks_ai"} & triggers  # the slow row-by-row indexing is gone
        assert _indexed_exactly(store, "harbour") and _indexed_exactly(store, "said")
    assert [q["speaker"] for q in newsdocs.quotes(db_path, about="fine")] == ["Jane Roe"]


def select_version():
    from sqlalchemy import select
    from newsdocs.store import MetaRow
    return select(MetaRow.value).where(MetaRow.key == "schema_version")


def test_search_ranks_past_boilerplate_without_losing_results(tmp_path, runner):
    # every article ends in a furniture line that matches the query better than the one real paragraph:
    # the ranked fetch must look past all of them
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        (folder / f"a{i:02d}.txt").write_text(
            f"Story {i}\n\nThe council met on Monday to discuss the budget number {i}.\n\nShare this story",
            encoding="utf-8")
    (folder / "real.txt").write_text("A real one\n\nReaders may share this story of a long, long budget fight.",
                                     encoding="utf-8")
    db = str(tmp_path / "many.db")
    assert runner.invoke(cli, ["ingest", str(folder), "--db", db]).exit_code == 0
    hits = newsdocs.search(db, "share story", limit=5)
    assert [h["kind"] for h in hits] == ["paragraph"]
    assert hits[0]["path"].endswith("real.txt")


def test_a_surname_alone_is_the_person_named_in_full_who_holds_the_same_office(runner, db_path, tmp_path):
    # copy that says only "President Obama" files his words under "Obama": on PolNeAR's 840 articles,
    # 100 of his quotations stood apart from the 111 of "Barack Obama"
    folder = write_articles(tmp_path / "obama", {
        "a.txt": "Summit news.\n\nPresident Barack Obama said the summit went well.",
        "b.txt": "Garden news.\n\nMichelle Obama said the garden would grow.",
        "c.txt": "Trade news.\n\nPresident Obama said the deal was fair.",
        "d.txt": "Harbour news.\n\nJohn Smith said the harbour would reopen.",
        "e.txt": "Market news.\n\nMr. Smith said the market would reopen.",
    })
    assert run(runner, db_path, "ingest", folder).exit_code == 0
    rows = {r["name"]: r["quotes"] for r in newsdocs.speakers(db_path, top=None, type="person")}
    assert rows == {"Barack Obama": 2, "Michelle Obama": 1, "John Smith": 1, "Smith": 1}
    assert speakers_of(runner, db_path, "--speaker", "Barack Obama") == ["Barack Obama", "Barack Obama"]


def test_an_unmerge_of_a_surname_alone_is_kept(runner, db_path, tmp_path):
    folder = write_articles(tmp_path / "obama", {
        "a.txt": "Summit news.\n\nPresident Barack Obama said the summit went well.",
        "c.txt": "Trade news.\n\nPresident Obama said the deal was fair.",
    })
    assert run(runner, db_path, "ingest", folder).exit_code == 0
    with Store.open(db_path) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE speakers SET canonical_id = NULL, merged_by = 'user' WHERE name = 'Obama'"))
    write_articles(tmp_path / "obama", {"d.txt": "Golf news.\n\nPresident Obama said the course was fine."})
    assert run(runner, db_path, "ingest", folder).exit_code == 0
    rows = {r["name"]: r["quotes"] for r in newsdocs.speakers(db_path, top=None)}
    assert rows == {"Barack Obama": 1, "Obama": 2}


def test_a_pronoun_or_a_bare_quantifier_is_quoted_but_no_speaker_of_the_archive(runner, db_path, tmp_path):
    folder = write_articles(tmp_path / "vague", {
        "a.txt": "Plant news.\n\nOthers said the plant would close. Some said it would not.\n\n"
                 "Mary Smith said the plant would reopen.",
    })
    assert run(runner, db_path, "ingest", folder).exit_code == 0
    assert [r["name"] for r in newsdocs.speakers(db_path, top=None)] == ["Mary Smith"]
    result = run(runner, db_path, "quotes", "--format", "json")
    assert len(json.loads(result.stdout)) == 3  # every quotation is kept


@pytest.mark.parametrize("erics, merged", [(1, True), (3, False)])
def test_a_surname_with_no_office_is_the_person_who_all_but_owns_it(runner, db_path, tmp_path, erics, merged):
    # "Trump said" in copy that never names him in full: on PolNeAR's 840 articles, Donald Trump has 95% of
    # the quotations of people named Trump in full (Eric, Ivanka, Melania the rest)
    stories = {f"d{i}.txt": f"Rally {i}.\n\nDonald Trump said rally {i} was huge." for i in range(10)}
    stories |= {f"e{i}.txt": f"Hotel {i}.\n\nEric Trump said hotel {i} was full." for i in range(erics)}
    stories["t.txt"] = "Debate news.\n\nMr. Trump said the debate was rigged."
    assert run(runner, db_path, "ingest", write_articles(tmp_path / "trump", stories)).exit_code == 0
    rows = {r["name"]: r["quotes"] for r in newsdocs.speakers(db_path, top=None)}
    assert rows == ({"Donald Trump": 11, "Eric Trump": erics} if merged
                    else {"Donald Trump": 10, "Eric Trump": erics, "Trump": 1})
