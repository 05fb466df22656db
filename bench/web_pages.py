#!/usr/bin/env python3
"""Body extraction from saved web pages: newsdocs beside trafilatura alone, in one run.

    python bench/web_pages.py [--shared ../shared]

For each page of the Zyte article-extraction benchmark, times
`trafilatura.extract` on the page (comments excluded, its best setting
here; its plain defaults are scored too) and newsdocs' whole HTML parse (decode, metadata, body,
structure, quotes), then scores both with ../shared/tools/score_html.py's
metric and reports headline agreement with og:title.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdocs.loading import decode_html  # noqa: E402
from newsdocs.model import Source  # noqa: E402
from newsdocs.parsing import ParseError, parse_source  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    gold = args.shared / "data" / "article-extraction-benchmark"
    pages = sorted((gold / "html").glob("*.html.gz"))
    if not pages:
        print(f"no pages under {gold}", file=sys.stderr)
        return 1
    import lxml.html
    import trafilatura

    scorer = args.shared / "tools" / "score_html.py"

    ours, theirs, theirs_default, t_ours, t_theirs, failures = [], [], [], [], [], []
    agree = with_og = 0
    for page in pages:
        raw = gzip.decompress(page.read_bytes())
        html, _ = decode_html(raw)
        start = time.perf_counter()
        text = trafilatura.extract(html, include_comments=False) or ""
        t_theirs.append(time.perf_counter() - start)
        theirs.append({"path": str(page), "paragraphs": [{"kind": "paragraph", "text": p} for p in text.split("\n")]})
        default = trafilatura.extract(html) or ""
        theirs_default.append({"path": str(page),
                               "paragraphs": [{"kind": "paragraph", "text": p} for p in default.split("\n")]})
        start = time.perf_counter()
        try:
            article = parse_source(Source(str(page), "", "html", raw, html))
        except ParseError as exc:
            failures.append(f"{page.name}: {exc}")
            ours.append({"path": str(page), "paragraphs": []})
            t_ours.append(time.perf_counter() - start)
            continue
        t_ours.append(time.perf_counter() - start)
        ours.append({"path": str(page), **article.to_dict()})
        og = lxml.html.document_fromstring(html).xpath('//meta[@property="og:title"]/@content')
        if og and og[0].strip():
            with_og += 1
            og_title = " ".join(og[0].split())
            h1s = [" ".join(h.text_content().split()) for h in lxml.html.document_fromstring(html).xpath("//h1")]
            ok = article.headline and (article.headline == og_title or og_title.startswith(article.headline)
                                       or article.headline in h1s)
            agree += bool(ok)

    def score(records) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            f.write("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
        out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--system", f.name],
                             capture_output=True, text=True, check=True).stdout
        return out.splitlines()[0]

    med_ours, med_theirs = statistics.median(t_ours), statistics.median(t_theirs)
    print(f"pages: {len(pages)}")
    print(f"trafilatura alone, defaults:          {score(theirs_default)}")
    print(f"trafilatura alone, comments excluded: {score(theirs)}")
    print(f"newsdocs:                             {score(ours)}")
    print(f"median time per page: trafilatura {med_theirs * 1000:.1f} ms, newsdocs {med_ours * 1000:.1f} ms, "
          f"ratio {med_ours / med_theirs:.2f}")
    print(f"headline agrees with og:title (or its h1) on {agree}/{with_og} pages = {agree / max(1, with_og):.3f}")
    print(f"pages newsdocs failed on: {len(failures)}")
    for f in failures:
        print("  " + f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
