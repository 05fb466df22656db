#!/usr/bin/env python3
"""Parse cost in CPU instructions, which a noisy machine does not move.

    python bench/instructions.py [--every 8] [--against REF] [--shared ../shared]

Runs the parser under valgrind's callgrind on every Nth PolNeAR train article
(default 8: 105 articles) and prints the instructions its parsing executed, per
article: the count of the whole run less that of a run that only starts up
(Python, compiling and importing newsdocs, building its lexicons), which the
environment here makes grow with the source (it writes no bytecode). With
--against REF (a commit, branch or tag of this repository) it counts that
version too, from a temporary git worktree, and prints both ratios.

Timings here drift by 2× from day to day; instruction counts repeat to the
last digit for the same code and input. Use this to tell whether a change
made parsing slower; use bench/quotes.py for how fast it is.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PARSE_EVERY_NTH = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from newsdocs import parse_text
parse_text("A headline\\n\\nShe said it was fine.")  # every lexicon and pattern built, as before the first article
every = int(sys.argv[3])
files = sorted(Path(sys.argv[2]).glob("*.txt"))[::every] if every else []
for f in files:
    parse_text(f.read_bytes().decode("utf-8"))
"""


def start_count(checkout: Path, texts: Path, every: int, out: Path) -> subprocess.Popen:
    """Start callgrind on one run of the parse loop over the checkout's newsdocs, counting into ``out``."""
    # the interpreter itself, not a shim script in front of it (valgrind would count the shell); a fixed
    # hash seed, or set and dict layouts, and the instructions spent on them, change from run to run
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
           "-c", _PARSE_EVERY_NTH, str(checkout), str(texts), str(every)]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"})


def finish_count(run: subprocess.Popen, out: Path) -> int:
    _stdout, stderr = run.communicate()
    if run.returncode != 0:
        raise SystemExit(f"valgrind failed: {stderr.strip().splitlines()[-1] if stderr else run.returncode}")
    totals = re.search(r"^totals:\s*(\d+)", out.read_text(), re.M)
    if totals is None:
        raise SystemExit(f"no instruction total in {out}")
    return int(totals.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--every", type=int, default=8, help="parse every Nth train article (default 8)")
    ap.add_argument("--against", metavar="REF", help="also count this git commit, branch or tag, and compare")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind not found: install it (Debian: apt-get install valgrind)", file=sys.stderr)
        return 1
    texts = args.shared / "data" / "polnear" / "train" / "text"
    n = len(sorted(texts.glob("*.txt"))[::max(1, args.every)])
    if n == 0 or args.every < 1:
        print(f"no PolNeAR texts under {texts}" if n == 0 else "--every must be 1 or more", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        checkouts = {"this checkout": ROOT}
        tree = Path(tmp) / "tree"
        if args.against:
            added = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree),
                                    args.against], capture_output=True, text=True)
            if added.returncode != 0:
                print(f"{args.against}: {added.stderr.strip()}", file=sys.stderr)
                return 1
            checkouts[args.against] = tree
        # each checkout twice, all at once (counts do not depend on what else runs): parsing the articles, and
        # starting up alone — Python, compiling and importing newsdocs (this environment writes no bytecode, so
        # every run compiles the source, which grows with it), building its lexicons; parsing is the difference
        runs = {(name, every): start_count(path, texts, every, Path(tmp) / f"{k}-{every}.out")
                for k, (name, path) in enumerate(checkouts.items()) for every in (args.every, 0)}
        try:
            counts = {key: finish_count(run, Path(tmp) / f"{list(checkouts).index(key[0])}-{key[1]}.out")
                      for key, run in runs.items()}
        finally:
            if args.against:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                               capture_output=True)
    parsing = {}
    for name in checkouts:
        total, start_up = counts[(name, args.every)], counts[(name, 0)]
        parsing[name] = total - start_up
        print(f"{name}: {parsing[name]:,} instructions parsing {n} articles ({parsing[name] / n / 1e6:.2f} million "
              f"each), after a start-up of {start_up:,} (Python, compiling and importing newsdocs)")
    if args.against:
        print(f"parsing, this checkout / {args.against}: {parsing['this checkout'] / parsing[args.against]:.4f}")
        print(f"start-up, this checkout / {args.against}: "
              f"{counts[('this checkout', 0)] / counts[(args.against, 0)]:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
