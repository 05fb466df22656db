#!/usr/bin/env python3
"""Parse cost in CPU instructions, which a noisy machine does not move.

    python bench/instructions.py [--every 8] [--against REF] [--shared ../shared]

Runs the parser under valgrind's callgrind on every Nth PolNeAR train article
(default 8: 105 articles) and prints the instructions executed, per article.
With --against REF (a commit, branch or tag of this repository) it counts
that version too, from a temporary git worktree, and prints the ratio. The
count includes starting Python and importing newsdocs, the same for both.

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
files = sorted(Path(sys.argv[2]).glob("*.txt"))[::int(sys.argv[3])]
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
    n = len(sorted(texts.glob("*.txt"))[::args.every])
    if n == 0:
        print(f"no PolNeAR texts under {texts}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        runs = {"this checkout": start_count(ROOT, texts, args.every, Path(tmp) / "here.out")}
        tree = Path(tmp) / "tree"
        if args.against:  # both at once: counts do not depend on what else runs
            added = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree),
                                    args.against], capture_output=True, text=True)
            if added.returncode != 0:
                runs["this checkout"].kill()
                print(f"{args.against}: {added.stderr.strip()}", file=sys.stderr)
                return 1
            runs[args.against] = start_count(tree, texts, args.every, Path(tmp) / "then.out")
        try:
            counts = {name: finish_count(run, Path(tmp) / ("here.out" if name == "this checkout" else "then.out"))
                      for name, run in runs.items()}
        finally:
            if args.against:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                               capture_output=True)
    for name, instructions in counts.items():
        print(f"{name}: {instructions:,} instructions for {n} articles ({instructions / n / 1e6:.1f} million each, "
              "Python start-up included)")
    if args.against:
        print(f"this checkout / {args.against}: {counts['this checkout'] / counts[args.against]:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
