"""The PostgreSQL path: the same commands against a real server.

Runs when NEWSDOCS_TEST_POSTGRES_URL names a server we may create databases
on (.ci/run sets it to the machine's local server); skipped otherwise.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import newsdocs
from newsdocs import Store
from newsdocs.cli import cli

from .conftest import FIXTURES, POLNEAR, SEED, write_articles

SERVER = os.environ.get("NEWSDOCS_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not SERVER, reason="NEWSDOCS_TEST_POSTGRES_URL is not set (no PostgreSQL to test on)")


@pytest.fixture
def pg_url():
    """A fresh database on the test server, dropped afterwards."""
    name = f"newsdocs_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def articles_folder(tmp_path, name: str, numbers) -> str:
    folder = tmp_path / name
    folder.mkdir()
    for i in numbers:
        (folder / f"story{i:03d}.txt").write_text(
            f"Story number {i} makes news.\n\nMayor Ellen Hardcastle said item {i} would be finished soon.\n\n"
            f"“We will finish number {i},” Hardcastle said.", encoding="utf-8")
    return str(folder)


def test_a_middle_initial_names_the_same_speaker_on_postgres(runner, pg_url, tmp_path):
    folder = write_articles(tmp_path / "trump", {
        "a.txt": "Rally news.\n\nDonald J. Trump said the wall would be built.",
        "b.txt": "Debate news.\n\nDonald Trump said the debate was rigged.",
        "c.txt": "Library news.\n\nGeorge H. W. Bush said it would open.",
    })
    assert runner.invoke(cli, ["ingest", folder, "--db", pg_url]).exit_code == 0
    assert len(newsdocs.quotes(pg_url, speaker="Donald Trump")) == 2
    assert len(newsdocs.quotes(pg_url, speaker="Donald J. Trump")) == 2
    assert [q["text"] for q in newsdocs.quotes(pg_url, speaker="trump", limit=2)] == \
        [q["text"] for q in newsdocs.quotes(pg_url, speaker="trump")]  # one page merged from both names
    assert newsdocs.quotes(pg_url, speaker="George W. Bush") == []
    people = {r["name"]: r["quotes"] for r in newsdocs.speakers(pg_url, top=None)}
    assert people == {"Donald Trump": 2, "George H. W. Bush": 1}


def test_a_surname_alone_joins_the_office_holder_on_postgres(runner, pg_url, tmp_path):
    folder = write_articles(tmp_path / "obama", {
        "a.txt": "Summit news.\n\nPresident Barack Obama said the summit went well.",
        "b.txt": "Garden news.\n\nMichelle Obama said the garden would grow.",
        "c.txt": "Trade news.\n\nPresident Obama said the deal was fair.",
    })
    assert runner.invoke(cli, ["ingest", folder, "--db", pg_url]).exit_code == 0
    assert {r["name"]: r["quotes"] for r in newsdocs.speakers(pg_url, top=None)} == \
        {"Barack Obama": 2, "Michelle Obama": 1}


def test_schema_2_database_is_upgraded_in_place_on_postgres(runner, pg_url, tmp_path):
    folder = write_articles(tmp_path / "trump", {
        "a.txt": "Rally news.\n\nDonald J. Trump said the wall would be built.",
        "b.txt": "Debate news.\n\nDonald Trump said the debate was rigged.",
    })
    assert runner.invoke(cli, ["ingest", folder, "--db", pg_url]).exit_code == 0
    with Store.open(pg_url) as store, store.engine.begin() as conn:  # as schema 2 left it
        conn.execute(text("UPDATE speakers SET canonical_id = NULL"))
        conn.execute(text("ALTER TABLE speakers DROP COLUMN merged_by"))
        conn.execute(text("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))
    assert {r["name"]: r["quotes"] for r in newsdocs.speakers(pg_url, top=None)} == {"Donald Trump": 2}


def test_schema_3_database_files_each_body_under_its_own_name_on_postgres(runner, pg_url, tmp_path):
    folder = write_articles(tmp_path / "bodies", {
        "a.txt": "Talks.\n\nThe State Department said the talks would resume.",
        "b.txt": "Court.\n\nThe Justice Department said the case was closed.",
    })
    assert runner.invoke(cli, ["ingest", folder, "--db", pg_url]).exit_code == 0
    with Store.open(pg_url) as store, store.engine.begin() as conn:  # as schema 3 keyed them: both "department"
        conn.execute(text("UPDATE quotes SET speaker_id = (SELECT id FROM speakers WHERE name = 'State Department')"))
        conn.execute(text("DELETE FROM speakers WHERE name = 'Justice Department'"))
        conn.execute(text("UPDATE speakers SET key = 'organisation:department', n_quotes = 2"))
        conn.execute(text("UPDATE meta SET value = '3' WHERE key = 'schema_version'"))
    assert {r["name"]: r["quotes"] for r in newsdocs.speakers(pg_url, top=None)} == \
        {"State Department": 1, "Justice Department": 1}


def test_ingest_and_every_question(runner, pg_url, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    shutil.copy(FIXTURES / "html" / "jsonld_article.html", folder)
    result = runner.invoke(cli, ["ingest", str(folder), "--db", pg_url])
    assert result.exit_code == 0, result.output
    assert "2 files: 2 new" in result.output
    again = runner.invoke(cli, ["ingest", str(folder), "--db", pg_url])
    assert "2 files: 0 new, 0 updated, 2 unchanged" in again.output

    zel = newsdocs.quotes(pg_url, speaker="zelensky")
    assert [q["speaker"] for q in zel] == ["Volodymyr Zelenskyy", "Volodymyr Zelenskyy"]
    top = newsdocs.speakers(pg_url, top=3)
    assert top[0]["name"] == "Ellen Hardcastle"
    hits = newsdocs.search(pg_url, "ceasefire")
    assert any("[ceasefire]" in h["snippet"] for h in hits)
    assert newsdocs.quotes(pg_url, about="commut*")
    exported = list(newsdocs.export(pg_url))
    assert sorted(a["format"] for a in exported) == ["html", "text"]
    bad = runner.invoke(cli, ["search", '"unclosed', "--db", pg_url])
    assert bad.exit_code == 1 and "invalid search query" in bad.output
    merged = runner.invoke(cli, ["speakers", "--merge", "Ellen Hardcastle", "Keir Starmer", "--db", pg_url])
    assert merged.exit_code == 0, merged.output
    assert len(newsdocs.quotes(pg_url, speaker="Keir Starmer")) == len(newsdocs.quotes(pg_url, speaker="Hardcastle"))


def test_accents_fold_on_postgres(pg_url, tmp_path):
    page = tmp_path / "cafe.txt"
    page.write_text("Café news.\n\nJosé Álvarez said the café would reopen in June.", encoding="utf-8")
    with Store.open(pg_url) as store:
        newsdocs.ingest(store, [page])
    assert newsdocs.search(pg_url, "cafe")
    assert [q["speaker"] for q in newsdocs.quotes(pg_url, speaker="jose alvarez")] == ["José Álvarez"]


def test_two_concurrent_ingests_over_overlapping_folders(pg_url, tmp_path):
    first = articles_folder(tmp_path, "first", range(0, 120))
    second = articles_folder(tmp_path, "second", range(60, 180))
    shared_part = tmp_path / "shared_part"
    shutil.copytree(first, shared_part)  # the very same files, reached by both processes
    env = {**os.environ, "NEWSDOCS_DB": pg_url}
    procs = [subprocess.Popen([sys.executable, "-m", "newsdocs", "ingest", str(shared_part), folder,
                               "--workers", "1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for folder in (first, second)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
    with Store.open(pg_url) as store, store.engine.connect() as conn:
        paths = conn.execute(text("SELECT path FROM articles")).scalars().all()
        assert len(paths) == len(set(paths)) == 120 + 120 + 120  # shared_part, first, second
        per_article = conn.execute(text("SELECT count(*) FROM quotes GROUP BY article_id")).scalars().all()
        assert set(per_article) == {2}  # nobody's quotes written twice
        speakers = conn.execute(text("SELECT count(*) FROM speakers WHERE name = 'Ellen Hardcastle'")).scalar()
        assert speakers == 1


PARITY_QUERIES = ["ceasefire", '"prisoners of war"', "sanctions OR talks", "talks NOT Istanbul", "negotiat*",
                  "Zelenskyy", "Trump", "said", "campaign OR election", "Clinton NOT Sanders"]


def test_search_parity_with_sqlite(pg_url, tmp_path, db_path):
    folder = tmp_path / "parity"
    folder.mkdir()
    shutil.copy(SEED, folder)
    for f in sorted((POLNEAR / "text").glob("*.txt"))[:12] if (POLNEAR / "text").is_dir() else []:
        shutil.copy(f, folder)
    for url in (db_path, pg_url):
        with Store.open(url) as store:
            newsdocs.ingest(store, [folder])
    answered = 0
    for query in PARITY_QUERIES:
        sqlite_blocks = {(h["path"], _seq(db_path, h["block_id"])) for h in newsdocs.search(db_path, query, limit=10000)}
        pg_blocks = {(h["path"], _seq(pg_url, h["block_id"])) for h in newsdocs.search(pg_url, query, limit=10000)}
        answered += bool(sqlite_blocks)
        assert sqlite_blocks == pg_blocks, query
        sqlite_quotes = {(q["path"], q["seq"]) for q in newsdocs.quotes(db_path, about=query)}
        pg_quotes = {(q["path"], q["seq"]) for q in newsdocs.quotes(pg_url, about=query)}
        with Store.open(pg_url) as store:  # the total a page reports, counted from the index alone
            assert store.quotes(about=query, limit=1)[1] == len(store.quotes(about=query, limit=None)[0])
        assert sqlite_quotes == pg_quotes, query
    assert answered >= 5  # the comparison is about real hits, not empty sets


def _seq(url: str, block_id: int) -> int:
    with Store.open(url) as store, store.engine.connect() as conn:
        return conn.execute(text("SELECT seq FROM blocks WHERE id = :i"), dict(i=block_id)).scalar()
