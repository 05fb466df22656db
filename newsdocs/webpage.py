"""Stage 2 for web pages: the article's text, blocks and metadata out of HTML.

The page is parsed once into an lxml tree. Metadata is read from it first
(JSON-LD, Open Graph and other meta tags, <time>, <h1>, <title>); then
trafilatura — the best-measured main-content extractor in the field —
takes the same tree and returns the body, whose elements tell us the kind of
each block (<head> → subheading, <p>/<quote>/<item> → paragraph).

The stored text is the body's blocks joined by blank lines; every offset
points into it.
"""
from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from lxml import etree
from lxml.html import HtmlElement

from .model import Block


class NoArticle(Exception):
    """The page holds no article text."""


@dataclass(frozen=True)
class ExtractedPage:
    text: str
    blocks: tuple[Block, ...]
    headline: str | None
    byline: str | None
    published: str | None
    url: str | None
    site: str | None
    language: str | None


# -- parsing -----------------------------------------------------------------------------
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def parse_tree(html: str) -> HtmlElement:
    """An lxml tree of whatever the page holds; malformed or truncated HTML parses as far as it goes.

    trafilatura's own loader (comments and processing instructions dropped,
    faulty markup repaired) gives its extractor the tree it does best on:
    body F1 0.960 against 0.956 for a plain lxml parse on the benchmark.
    """
    from trafilatura import load_html

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    if not html.strip():
        raise NoArticle("empty page")
    try:
        tree = load_html(html)
    except (etree.ParserError, ValueError, TypeError) as exc:
        raise NoArticle(f"not parseable as HTML ({exc})") from None
    if tree is None:
        raise NoArticle("not parseable as HTML")
    return tree


# -- metadata ------------------------------------------------------------------------------
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "report", "liveblogposting"}
_JUNK_AUTHORS = re.compile(r"^(share|follow|by|staff|admin|editor|reporter|contributor|facebook|twitter)\b|https?:",
                           re.I)


def _json_ld(tree) -> list[dict]:
    """Article-like objects from the page's JSON-LD, @graph and arrays flattened."""
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                    found.append(item)
    # a NewsArticle beats a WebPage
    found.sort(key=lambda d: 0 if "article" in str(d.get("@type")).lower() or "posting" in str(d.get("@type")).lower()
               else 1)
    return found


def _meta_tags(tree) -> dict[str, str]:
    """Every <meta> with a property, name or itemprop, read in one pass (lower-cased keys; first wins)."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = el.get(attr)
            if key:
                found.setdefault(key.strip().lower(), " ".join(content.split()))
    return found


def _meta(metas: dict[str, str], *names: str) -> str | None:
    for name in names:
        value = metas.get(name.lower())
        if value:
            return value
    return None


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(str(text).split())
    return text or None


_SITE_SUFFIX = re.compile(r"\s+[|–—·:-]\s+[^|–—·:]{2,60}$")


def _headline(tree, ld: list[dict], metas: dict[str, str]) -> str | None:
    """The best headline: JSON-LD, og:title, the article's h1, <title> without its site suffix.

    og:title and <title> often carry " | Site"; the h1 or JSON-LD headline
    that the og:title starts with is the cleaner of the two.
    """
    og = _clean(_meta(metas, "og:title", "twitter:title"))
    ld_headline = next((_clean(d.get("headline")) for d in ld if _clean(d.get("headline"))), None)
    h1s = [_clean(h.text_content()) for h in tree.xpath("//h1")]
    h1s = [h for h in h1s if h and 2 <= len(h.split()) <= 40]
    title = _clean(tree.findtext(".//title"))
    site = _clean(_meta(metas, "og:site_name"))

    def strip_site(t: str | None) -> str | None:
        if not t:
            return t
        if site and t.endswith(site) and len(t) > len(site) + 3:
            t = t[: -len(site)].rstrip(" |–—·:-")
        return _SITE_SUFFIX.sub("", t) if _SITE_SUFFIX.search(t) and len(t.split()) > 4 else t

    if og:
        for h in h1s:
            if h == og or og.startswith(h) or h.startswith(strip_site(og)):
                return h if len(h) <= len(og) else og
        if ld_headline and (og.startswith(ld_headline) or ld_headline.startswith(strip_site(og))):
            return ld_headline
        return strip_site(og)
    if ld_headline:
        return ld_headline
    if h1s:
        return h1s[0]
    return strip_site(title)


def _author_names(value) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _author_names(v)]
    if isinstance(value, dict):
        return _author_names(value.get("name"))
    if isinstance(value, str):
        name = _clean(value)
        return [name] if name and not _JUNK_AUTHORS.search(name) and len(name.split()) <= 6 else []
    return []


def _byline(tree, ld: list[dict], metas: dict[str, str]) -> str | None:
    for d in ld:
        names = _author_names(d.get("author"))
        if names:
            return ", ".join(dict.fromkeys(names))
    meta = _meta(metas, "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")
    if meta and not meta.startswith("http") and not _JUNK_AUTHORS.search(meta.removeprefix("By ").strip()):
        return re.sub(r"^by\s+", "", meta, flags=re.I)
    for xp in ('//a[@rel="author"]', '//*[@itemprop="author"]', '//*[contains(@class, "byline")]',
               '//*[contains(@class, "author-name")]'):
        for el in tree.xpath(xp)[:3]:
            text = _byline_text(el)
            if text:
                text = re.sub(r"^by\s+", "", text, flags=re.I)
                if 1 <= len(text.split()) <= 8 and not _JUNK_AUTHORS.search(text):
                    return text
    return None


# a date written after the name in the same element: "by Jeff Foust<br>Monday, November 18, 2019"
_TRAILING_DATE = re.compile(r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b.*$", re.I)


def _byline_text(el) -> str | None:
    """The name in a byline element: its first line (a <br> ends one), without a date or time set in it."""
    el = copy.deepcopy(el)
    for br in el.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for dated in el.xpath('.//time | .//*[contains(@class, "date") or contains(@class, "time")]'):
        dated.drop_tree()
    lines = [" ".join(line.split()) for line in el.text_content().split("\n")]
    first = next((line for line in lines if line), None)
    return _clean(_TRAILING_DATE.sub("", first)) if first else None


def _iso_date(value) -> str | None:
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    found = None
    if m:
        try:
            found = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    for fmt in ("%a, %d %b %Y %H:%M:%S %z", "%B %d, %Y", "%d %B %Y", "%Y/%m/%d"):
        if found is not None:
            break
        try:
            found = datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return found.isoformat() if found is not None and _plausible(found) else None  # no date rather than a wrong one


def _plausible(day: date) -> bool:
    """Not a placeholder a CMS writes for "no date": "0001-01-01" (an empty date in Go and .NET), or a
    year to come. Printed news is younger than 1400; pages dated a little ahead (time zones) stand."""
    return 1400 <= day.year <= date.today().year + 1


def _published(tree, ld: list[dict], metas: dict[str, str]) -> str | None:
    for d in ld:
        found = _iso_date(d.get("datePublished")) or _iso_date(d.get("dateCreated"))
        if found:
            return found
    found = _iso_date(_meta(metas, "article:published_time", "og:article:published_time", "datePublished",
                            "publishdate", "pubdate", "date", "dc.date", "DC.date.issued", "sailthru.date",
                            "parsely-pub-date"))
    if found:
        return found
    for t in tree.xpath("//time[@datetime]")[:3]:
        found = _iso_date(t.get("datetime"))
        if found:
            return found
    return None


def _canonical(tree, ld: list[dict], metas: dict[str, str]) -> str | None:
    links = tree.xpath('//link[@rel="canonical"]/@href')
    if links and links[0].startswith("http"):
        return links[0].strip()
    return _meta(metas, "og:url") or next((d.get("url") for d in ld if isinstance(d.get("url"), str)), None)


def _language(tree, metas: dict[str, str]) -> str | None:
    lang = tree.get("lang") or _meta(metas, "og:locale", "language", "content-language")
    return lang.replace("_", "-").split("-")[0].lower() if lang else None


# -- body ------------------------------------------------------------------------------------
# the card a hover shows beside a name or link, in the page's markup though hidden until hovered: The Hill's
# "rollover-people-block" (a photo, the full name, three headlines, "MORE"), a "tooltiptext" — by class, a
# word of hovering and a word of content ("has-tooltip" and "popover-header" are visible, and stay)
_HOVER_CARD_CLASS = re.compile(r"(?:rollover|hovercard|hover-card|tooltip|popover)[\w-]*?(?:block|card|content|text|body)$")


# the words of hovering, found in one scan of the page from their common "o" (0.2 ms a page; a search for
# each word, or an alternation of them, 0.5–1 ms)
_HOVER_WORD = re.compile(r"o(?:llover|ver-?card|oltip|pover)")
_CLASS_TOKEN_AROUND = re.compile(r"[\w-]*$")
_CLASS_TOKEN_ON = re.compile(r"[\w-]*")


def _hover_card_classes(html: str) -> set[str]:
    """The hover-card classes the page's markup uses, read where it names a word of hovering."""
    found: set[str] = set()
    for m in _HOVER_WORD.finditer(html):
        at = m.start()
        opening = html.rfind("class=", max(0, at - 300), at)
        quote = html[opening + 6:opening + 7] if opening != -1 else ""
        # (inside the class attribute's value: its quote mark not yet closed, nor the tag)
        if quote and quote in "\"'" and html.find(quote, opening + 7, at) == -1 and html.find(">", opening, at) == -1:
            before = _CLASS_TOKEN_AROUND.search(html, max(opening, at - 100), at)
            after = _CLASS_TOKEN_ON.match(html, at)
            token = html[before.start() if before else at:after.end() if after else at]
            if _HOVER_CARD_CLASS.search(token):
                found.add(token)
    return found


def _drop_hover_cards(html: str, tree) -> None:
    """Remove hover cards from the tree, keeping the text that follows each (it is the sentence's)."""
    for token in _hover_card_classes(html):
        for el in tree.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {token} ')]"):
            if el.getparent() is not None:
                el.drop_tree()  # (lxml.html keeps the tail: "Kristi Noem (R) is defending …")


def _body_blocks(tree, headline: str | None) -> list[tuple[str, str]]:
    """(kind, text) for each block of the main content, in order."""
    from trafilatura import bare_extraction

    doc = bare_extraction(tree, with_metadata=False, include_comments=False, include_tables=True,
                          include_images=False, include_links=False)
    if doc is None or doc.body is None:
        return []
    out: list[tuple[str, str]] = []
    for br in doc.body.iter("lb"):  # a line break separates words: "CA<lb/>Sept. 18" is two
        br.tail = " " + (br.tail or "")
    for el in doc.body:
        out.extend(_element_blocks(el, headline))
        tail = " ".join((el.tail or "").split())
        if tail:  # text straight after a heading or list belongs to the body too
            out.append(("paragraph", tail))
    return out


def _element_blocks(el, headline: str | None) -> list[tuple[str, str]]:
    """(kind, text) blocks of one top-level element of trafilatura's body."""
    if el.tag in _CONTAINERS and _holds_blocks(el):
        # trafilatura's fallback hands back the page's own HTML in one <div>: its blocks are further down
        return _contained_blocks(el, headline)
    if el.tag in ("list", "ul", "ol"):  # an item a paragraph
        items = el.findall(".//item") or el.findall(".//li") or [el]
        return [("paragraph", _text(i)) for i in items if _text(i)]
    if el.tag == "table":  # a row a paragraph, cells kept apart
        out = []
        for row in _own_rows(el):
            cells = [c for c in row if c.tag in ("cell", "td", "th")]
            if any(_holds_blocks(c) for c in cells):
                # a table that lays out the page, the article's paragraphs in one cell: a block each, not one
                # row of them run together ("… an SLS launch.The SLS has been …")
                for cell in cells:
                    out.extend(_contained_blocks(cell, headline))
            elif row_text := " | ".join(_text(c) for c in cells):
                if row_text.strip(" |"):
                    out.append(("paragraph", row_text))
        return out
    text = _text(el)
    if not text:
        return []
    if el.tag in ("head", "h1", "h2", "h3", "h4", "h5", "h6"):
        if el.get("rend") == "h1" or el.tag == "h1" or (headline and _same(text, headline)):
            return []  # the headline is kept apart from the body
        return [("subheading", text)]
    return [("paragraph", text)]


def _holds_blocks(el) -> bool:
    return any(child.tag in _BLOCK_TAGS for child in el.iterdescendants())


def _contained_blocks(el, headline: str | None) -> list[tuple[str, str]]:
    """The blocks inside a container: its own text, each child's blocks and the text between them."""
    out = [("paragraph", text)] if (text := " ".join((el.text or "").split())) else []
    for child in el:
        out.extend(_element_blocks(child, headline))
        if tail := " ".join((child.tail or "").split()):
            out.append(("paragraph", tail))
    return out


def _own_rows(table) -> list:
    """The rows of ``table`` itself, not those of a table nested in one of its cells."""
    return [row for row in table.iter("row", "tr") if next(row.iterancestors("table"), None) is table]


# what trafilatura's fallback may wrap the page's own HTML in, and the tags that mark blocks inside it
_CONTAINERS = frozenset(("div", "section", "article", "main", "body"))
_BLOCK_TAGS = frozenset(("p", "head", "h1", "h2", "h3", "h4", "h5", "h6", "list", "ul", "ol", "table", "quote",
                         "blockquote"))


def _text(el) -> str:
    return " ".join(el.xpath("string()").split())


MIN_SENTENCE_WORDS = 10  # a login form or a menu has no line this long …
MIN_SENTENCE_CHARS = 80  # … nor this many characters (for scripts written without spaces)


def _reads_as_article(blocks: list[tuple[str, str]]) -> bool:
    """At least one paragraph that is a real sentence, not a menu or a form's labels."""
    return any(kind == "paragraph" and (len(text.split()) >= MIN_SENTENCE_WORDS or len(text) >= MIN_SENTENCE_CHARS)
               for kind, text in blocks)


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return norm(a) == norm(b)


def extract_html(html: str) -> ExtractedPage:
    """Headline, byline, date, URL, site, language and the body of a saved web page."""
    tree = parse_tree(html)
    ld = _json_ld(tree)
    metas = _meta_tags(tree)
    headline = _headline(tree, ld, metas)
    page = dict(
        headline=headline,
        byline=_byline(tree, ld, metas),
        published=_published(tree, ld, metas),
        url=_canonical(tree, ld, metas),
        site=_clean(_meta(metas, "og:site_name", "application-name")),
        language=_language(tree, metas),
    )
    _drop_hover_cards(html, tree)  # (after the metadata is read: nothing there comes from inside a card)
    blocks = _body_blocks(tree, headline)
    if not _reads_as_article(blocks):
        raise NoArticle("no article text found")
    parts, out, pos = [], [], 0
    for kind, text in blocks:
        out.append(Block(kind, text, pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 2
    return ExtractedPage(text="\n\n".join(parts), blocks=tuple(out), **page)
