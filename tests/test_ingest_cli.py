"""`newsdocs ingest / parse / show / stats` through click, checked in the database afterwards."""
from __future__ import annotations

import json
import os
import shutil

from sqlalchemy import select, update

from newsdocs import Store
from newsdocs.cli import cli
from newsdocs.store import MetaRow, SCHEMA_VERSION

from .conftest import FIXTURES, SEED


def stored(db_path):
    with Store.open(db_path) as store:
        return store.stats()


def test_ingest_seed_then_show(runner, db_path, tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder)
    result = runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    assert result.exit_code == 0, result.output
    assert "1 files: 1 new, 0 updated, 0 unchanged, 0 failed" in result.output
    stats = stored(db_path)
    assert stats["articles"] == 1
    assert stats["blocks"] == {"boilerplate": 2, "paragraph": 14, "subheading": 1}
    assert stats["quotes"] >= 10

    with Store.open(db_path) as store:
        art = store.article(store.find_article(str(folder / SEED.name)))
    text = art.article["text"]
    assert text == SEED.read_text(encoding="utf-8")
    for block in art.blocks:
        assert text[block["start"]:block["end"]] == block["text"]
    for quote in art.quotes:
        for s, e in json.loads(quote["spans"]):
            assert text[s:e] in quote["text"]

    shown = runner.invoke(cli, ["show", "1", "--db", db_path])
    assert shown.exit_code == 0
    assert "[derived from the lede]" in shown.output
    assert "## Russia’s position ‘clearly unacceptable’" in shown.output
    assert "Vladimir Medinsky" in shown.output


def test_reingest_is_idempotent_and_sees_changes(runner, db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("blank_separated.txt", "one_per_line.txt"):
        shutil.copy(FIXTURES / name, folder)
    first = runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    assert "2 files: 2 new, 0 updated, 0 unchanged, 0 failed" in first.output
    again = runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    assert "2 files: 0 new, 0 updated, 2 unchanged, 0 failed" in again.output

    changed = folder / "one_per_line.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "“One more thing,” Brandt said.\n", encoding="utf-8")
    third = runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    assert "2 files: 0 new, 1 updated, 1 unchanged, 0 failed" in third.output
    assert stored(db_path)["articles"] == 2
    with Store.open(db_path) as store:
        quotes = store.article(store.find_article(str(changed))).quotes
    assert quotes[-1]["text"] == "“One more thing,”"

    forced = runner.invoke(cli, ["ingest", str(folder), "--db", db_path, "--force"])
    assert "2 files: 0 new, 2 updated, 0 unchanged, 0 failed" in forced.output
    assert stored(db_path)["articles"] == 2


def test_bad_inputs_are_reported_and_the_rest_goes_in(runner, db_path, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Bridge reopens.\n\nThe mayor said the bridge would reopen.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "bad-bytes.txt").write_bytes(b"caf\xe9 \x81\x8d")
    (tmp_path / "nothing-here").mkdir()
    result = runner.invoke(cli, ["ingest", str(folder), str(tmp_path / "missing.txt"),
                                 str(tmp_path / "nothing-here"), "--db", db_path])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert any(ln.endswith("empty.txt: empty file") for ln in lines)
    assert any("binary.txt: binary file" in ln for ln in lines)
    assert any("bad-bytes.txt: undecodable bytes" in ln for ln in lines)
    assert any(ln.endswith("missing.txt: no such file or folder") for ln in lines)
    assert any("nothing-here: folder holds no article files" in ln for ln in lines)
    assert "6 files: 1 new, 0 updated, 0 unchanged, 5 failed" in result.output
    stats = stored(db_path)
    assert stats["articles"] == 1
    assert stats["failures_logged"] == 5


def test_a_broken_link_is_reported_as_the_link_the_user_has(runner, db_path, tmp_path):
    folder = tmp_path / "linked"
    folder.mkdir()
    (folder / "good.txt").write_text("Bridge reopens.\n\nThe mayor said the bridge would reopen.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "moved-away.txt")
    result = runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    assert result.exit_code == 1
    assert f"{folder / 'gone.txt'}: broken link to {tmp_path / 'moved-away.txt'}" in result.output.splitlines()
    assert stored(db_path)["articles"] == 1


def test_links_in_a_loop_cost_one_file_and_a_link_back_up_the_tree_is_walked_once(runner, db_path, tmp_path):
    # both had stopped the ingest of the whole folder with a traceback
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "good.txt").write_text("Bridge reopens.\n\nThe mayor said the bridge would reopen.", encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "again").symlink_to(folder)  # archive/again/again/… is archive itself
    result = runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    assert "Traceback" not in result.output
    assert f"{folder / 'loop.txt'}: link in a loop (loop.txt leads back to itself)" in result.output.splitlines()
    assert "2 files: 1 new, 0 updated, 0 unchanged, 1 failed" in result.output
    assert stored(db_path)["articles"] == 1


def test_a_file_that_is_no_database_is_refused_in_one_line(runner, tmp_path):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("shopping list: milk, eggs\n" * 100)
    for command in (["ingest", str(SEED)], ["quotes"], ["stats"]):
        result = runner.invoke(cli, [*command, "--db", str(not_a_db)])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.output.strip().splitlines()[-1] == (
            f"Error: sqlite:///{not_a_db}: cannot open database (file is not a database)")
    assert not_a_db.read_text() == "shopping list: milk, eggs\n" * 100  # untouched


def test_a_server_that_cannot_be_reached_is_one_line_without_the_password(runner):
    # a closed port on this machine: the server's message runs over two lines, and the URL holds a password
    result = runner.invoke(cli, ["stats", "--db", "postgresql+psycopg://reader:s3cret@127.0.0.1:9/archive"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "Error: postgresql+psycopg://reader:***@127.0.0.1:9/archive: cannot open database (")
    assert "s3cret" not in result.output


def test_parse_json_fields(runner):
    result = runner.invoke(cli, ["parse", str(SEED), "--json"])
    assert result.exit_code == 0
    obj = json.loads(result.output)
    assert {"path", "headline", "headline_derived", "byline", "dateline", "paragraphs", "quotes"} <= obj.keys()
    assert obj["headline_derived"] is True
    para = obj["paragraphs"][0]
    assert set(para) == {"kind", "text", "start", "end", "flags"}
    q = obj["quotes"][0]
    for key in ("text", "kind", "spans", "start", "end", "speaker_mention", "speaker_start", "speaker_end",
                "speaker", "role", "speaker_type", "cue", "cue_start", "cue_end", "block"):
        assert key in q


def test_parse_reports_a_bad_file_and_goes_on(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["parse", str(empty), str(SEED), "--json"])
    assert result.exit_code == 1
    assert f"{empty}: empty file" in result.output
    assert '"headline_derived": true' in result.output


def test_parse_walks_folders_as_ingest_does(runner, tmp_path):
    # a folder had been refused ("is a directory"): an archive too large for the shell's argument list
    # could not be parsed without a database
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "b.txt").write_text("Bridge reopens.\n\nThe mayor said the bridge would reopen.",
                                           encoding="utf-8")
    (folder / "a.txt").write_text("School closes.\n\nThe principal said the school would close.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "loop.txt").symlink_to("loop.txt")
    result = runner.invoke(cli, ["parse", str(folder), "--json"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.splitlines()
    parsed = [json.loads(ln) for ln in lines if ln.startswith("{")]
    assert [(os.path.relpath(p["path"], folder), p["headline"]) for p in parsed] == [
        ("2024/b.txt", "Bridge reopens."), ("a.txt", "School closes.")]
    assert f"{folder / 'empty.txt'}: empty file" in lines
    assert f"{folder / 'loop.txt'}: link in a loop (loop.txt leads back to itself)" in lines


def test_a_parser_bug_costs_one_file_with_a_one_line_reason(runner, db_path, tmp_path, monkeypatch):
    import newsdocs.parsing

    def broken(article):
        if "Glasgow" in article.text:
            raise IndexError("list index out of range")
        return ()

    monkeypatch.setattr(newsdocs.parsing, "extract_quotes", broken)
    bad = tmp_path / "bad.txt"
    bad.write_text("A headline\n\nThe mayor of Glasgow said the bridge would open.\n", encoding="utf-8")
    result = runner.invoke(cli, ["parse", str(bad), str(SEED), "--json"])
    assert result.exit_code == 1
    assert f"{bad}: internal error while parsing (IndexError: list index out of range); please report it" \
        in result.output
    assert "Traceback" not in result.output and '"headline_derived": true' in result.output
    result = runner.invoke(cli, ["ingest", str(bad), str(SEED), "--db", db_path, "--workers", "1"])
    assert result.exit_code == 1 and "1 new" in result.output and "1 failed" in result.output


def test_newer_schema_is_refused_with_a_clear_message(runner, db_path):
    with Store.open(db_path) as store:
        with store.engine.begin() as conn:
            conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value=str(SCHEMA_VERSION + 1)))
    result = runner.invoke(cli, ["stats", "--db", db_path])
    assert result.exit_code == 1
    assert "newer newsdocs" in result.output
    assert "Traceback" not in result.output


def test_show_unknown_article_and_missing_database(runner, db_path, tmp_path):
    runner.invoke(cli, ["ingest", str(SEED), "--db", db_path])
    result = runner.invoke(cli, ["show", "999", "--db", db_path])
    assert result.exit_code == 1 and "999: no such article" in result.output
    missing = runner.invoke(cli, ["stats", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no such database" in missing.output


def test_db_from_environment(runner, db_path, monkeypatch):
    monkeypatch.setenv("NEWSDOCS_DB", db_path)
    assert runner.invoke(cli, ["ingest", str(SEED)]).exit_code == 0
    stats = runner.invoke(cli, ["stats"])
    assert "articles:  1" in stats.output


def test_every_command_has_help_with_an_example(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output, f"{name} --help has no example"


def test_sqlite_runs_in_wal_mode(db_path):
    with Store.open(db_path) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.execute(select(MetaRow.value).where(MetaRow.key == "schema_version")).scalar() == str(SCHEMA_VERSION)


def test_interrupted_ingest_keeps_whole_batches_and_a_rerun_completes(db_path, tmp_path):
    from newsdocs import ingest

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"Story {i} headline\n\nThe mayor said item {i} was done.", encoding="utf-8")

    def stop_after_two(report):
        if report.files >= 2:
            raise KeyboardInterrupt

    with Store.open(db_path) as store:
        report = ingest(store, [folder], batch_size=1, progress=stop_after_two)
        assert report.interrupted and report.new == 2
        assert "interrupted" in report.summary()
        assert store.stats()["articles"] == 2
        rest = ingest(store, [folder], batch_size=1)
        assert (rest.new, rest.unchanged) == (3, 2)
        assert store.stats()["articles"] == 5


def test_ctrl_c_during_a_write_finishes_that_batch_and_stops(db_path, tmp_path):
    import os
    import signal

    from newsdocs import ingest

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.txt").write_text(f"Story {i} headline\n\nThe mayor said item {i} was done.", encoding="utf-8")
    before = signal.getsignal(signal.SIGINT)

    with Store.open(db_path) as store:
        write_batch, writes = store.write_batch, []

        def ctrl_c_in_the_third_write(*args, **kwargs):
            writes.append(1)
            if len(writes) == 3:
                os.kill(os.getpid(), signal.SIGINT)  # as a terminal's Ctrl-C, in the middle of writing
            return write_batch(*args, **kwargs)

        store.write_batch = ctrl_c_in_the_third_write
        report = ingest(store, [folder], batch_size=1)
        assert report.interrupted and report.new == 3 and store.stats()["articles"] == 3
        assert signal.getsignal(signal.SIGINT) is before  # the caller's handler is back
        store.write_batch = write_batch
        rest = ingest(store, [folder], batch_size=1)
        assert (rest.new, rest.unchanged, rest.interrupted) == (3, 3, False)


def test_ctrl_c_with_workers_stops_cleanly_and_a_rerun_completes(db_path, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from sqlalchemy import text

    folder = tmp_path / "big"
    folder.mkdir()
    body = " ".join(["The council met again on Tuesday to discuss the harbour bridge."] * 30)
    for i in range(4000):  # enough that the run cannot finish before the signal lands
        (folder / f"{i:04d}.txt").write_text(
            f"Story {i} headline\n\n{body}\n\n“We are ready,” Mayor Ellen Hardcastle said of item {i}.", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newsdocs", "ingest", str(folder), "--db", db_path, "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # wait for the first batch to be committed: a second or two, but far longer when the disk is busy
    # (seen once: a minute, while another program deleted a large folder)
    deadline = time.time() + 300
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            with Store.open(db_path, create=False) as store:
                if store.stats()["articles"]:
                    break
        except Exception:  # the database may not exist yet
            continue
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in out and "Traceback" not in err, (out, err)
    with Store.open(db_path) as store, store.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM articles")).scalar()
        assert 0 < stored < 4000
        # every stored article is whole: its blocks and its quotation are there
        assert conn.execute(text("SELECT count(*) FROM blocks")).scalar() == 3 * stored
        assert conn.execute(text("SELECT count(*) FROM quotes")).scalar() == stored
    rerun = subprocess.run([sys.executable, "-m", "newsdocs", "ingest", str(folder), "--db", db_path],
                           capture_output=True, text=True)
    assert f"4000 files: {4000 - stored} new, 0 updated, {stored} unchanged, 0 failed" in rerun.stdout
