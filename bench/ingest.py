#!/usr/bin/env python3
"""Ingest speed, memory and query latency on a synthetic archive.

    python bench/ingest.py [--articles 20000] [--shared ../shared] [--keep DIR]

Builds N articles by replicating ../shared/data/polnear/train/text/ with a
unique line appended to each copy (so none is skipped as unchanged), then
prints, each on its own line:
  1. the floor: read the files, insert path and text into a bare SQLite
     table with an FTS5 index, one transaction — articles/s;
  2. `newsdocs ingest` with --workers 1 and --workers = CPUs: articles/s,
     MB/s, ratio of its time to the floor's, peak RSS (children included),
     database size per article;
  3. re-ingest of the unchanged archive: articles/s;
  4. query latency, median of 20 warm in-process runs: quotes --speaker,
     quotes --about, speakers --top 20, search.
Machines here are noisy: compare the ratios printed in one run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:  # the newsdocs installed — the compiled build, if that is what was installed
    import newsdocs
except ImportError:  # else this checkout's, here and in the ingest processes
    sys.path.insert(0, str(ROOT))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    import newsdocs


def build_archive(source: Path, target: Path, n: int) -> int:
    files = sorted(source.glob("*.txt"))
    texts = [f.read_bytes() for f in files]
    total = 0
    per_folder = 1000  # keep folders a sensible size, as real archives are
    for i in range(n):
        folder = target / f"{i // per_folder:04d}"
        if i % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = texts[i % len(texts)] + f"\n\nArchive copy {i}.\n".encode()
        (folder / f"{i:07d}_{files[i % len(files)].name}").write_bytes(data)
        total += len(data)
    return total


def floor(archive: Path, db: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, path TEXT UNIQUE, text TEXT)")
    conn.execute("CREATE VIRTUAL TABLE docs_fts USING fts5(text, content=docs, content_rowid=id)")
    conn.execute("CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN "
                 "INSERT INTO docs_fts(rowid, text) VALUES (new.id, new.text); END")
    with conn:
        for root, _dirs, names in os.walk(archive):
            for name in sorted(names):
                p = os.path.join(root, name)
                with open(p, "rb") as f:
                    conn.execute("INSERT INTO docs(path, text) VALUES (?, ?)", (p, f.read().decode("utf-8")))
    conn.close()
    return time.perf_counter() - start


def run_ingest(archive: Path, db: Path, workers: int) -> tuple[float, int, str]:
    """Wall time, peak RSS in KB of the ingest and its workers, and its summary line."""
    helper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "out = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "t = time.perf_counter() - t\n"
        "print(t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, repr(out.stdout.strip()))\n"
    )
    cmd = [sys.executable, "-c", helper, sys.executable, "-m", "newsdocs", "ingest", str(archive),
           "--db", str(db), "--workers", str(workers)]
    # run outside the checkout, so `-m newsdocs` is the installed newsdocs (the compiled build, if installed)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=archive.parent).stdout.split(" ", 2)
    return float(out[0]), int(out[1]), eval(out[2])  # noqa: S307 - our own repr()


def median_ms(fn, runs: int = 20) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--keep", type=Path, help="build the archive and databases here and keep them")
    args = ap.parse_args()
    source = args.shared / "data" / "polnear" / "train" / "text"
    if not source.is_dir():
        print(f"no PolNeAR texts under {source}", file=sys.stderr)
        return 1
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsdocs-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    archive = work / "archive"
    shutil.rmtree(archive, ignore_errors=True)
    n = args.articles
    size = build_archive(source, archive, n)
    cpus = os.cpu_count() or 1
    print(f"machine: {cpus} CPUs, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}; "
          f"newsdocs {'compiled' if newsdocs.compiled() else 'pure Python'}")
    print(f"archive: {n} articles, {size / 1e6:.1f} MB ({size / n / 1000:.1f} KB per article)")

    for f in work.glob("*.db*"):
        f.unlink()
    t_floor = floor(archive, work / "floor.db")
    print(f"floor: {n / t_floor:.0f} articles/s ({t_floor:.1f} s)")

    dbs = {}
    for workers in sorted({1, cpus}):
        db = work / f"ingest-w{workers}.db"
        t, rss, summary = run_ingest(archive, db, workers)
        dbs[workers] = (db, t)
        db_size = sum(p.stat().st_size for p in work.glob(f"ingest-w{workers}.db*"))
        print(f"ingest --workers {workers}: {n / t:.0f} articles/s, {size / t / 1e6:.2f} MB/s, "
              f"ratio to floor {t / t_floor:.2f}, peak RSS {rss / 1024:.0f} MB, "
              f"{db_size / n / 1000:.1f} KB per article in the database")
        print(f"  ({summary})")
    if cpus > 1:
        print(f"speed-up of --workers {cpus} over --workers 1: {dbs[1][1] / dbs[cpus][1]:.2f}x")
    db, t_first = dbs[cpus]
    t_again, _rss, summary = run_ingest(archive, db, cpus)
    print(f"re-ingest unchanged: {n / t_again:.0f} articles/s, {t_first / t_again:.1f}x faster than the first ingest")
    print(f"  ({summary})")

    Store = newsdocs.Store

    with Store.open(str(db), create=False) as store:
        top = store.speakers(top=1)[0]["name"]
        queries = {
            f"quotes --speaker {json.dumps(top)}": lambda: store.quotes(speaker=top, limit=20),
            "quotes --about immigration": lambda: store.quotes(about="immigration", limit=20),
            "speakers --top 20": lambda: store.speakers(top=20),
            "search immigration": lambda: store.search("immigration", limit=20),
        }
        for label, fn in queries.items():
            print(f"query {label}: {median_ms(fn):.1f} ms (median of 20)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
