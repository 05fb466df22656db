"""Stage 1: find article files and turn their bytes into text.

Nothing here parses articles. Problems are raised as ``LoadError`` with a
reason a user can act on; the caller records them and carries on.
"""
from __future__ import annotations

import codecs
import errno
import gzip
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Source

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


class LoadError(Exception):
    """A file that cannot be turned into an article; str() is the reason."""


@dataclass(frozen=True)
class Candidate:
    """A path found by ``discover``; ``error`` is set when it is unusable as given."""

    path: str
    error: str | None = None


def _inner_suffix(name: str) -> str:
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def is_article_name(name: str) -> bool:
    return _inner_suffix(name) in ARTICLE_SUFFIXES


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Candidate]:
    """Yield article files under ``paths`` lazily, in a deterministic order.

    Folders are walked recursively in sorted order, hidden entries skipped;
    a file named explicitly is taken whatever its suffix. Nothing is listed
    up front, so a folder of half a million files starts at once.
    """
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield Candidate(str(given), missing(str(given)))
        elif path.is_dir():
            found = False
            for candidate in _walk(path, set()):
                found = True
                yield candidate
            if not found:
                yield Candidate(str(given), "folder holds no article files (.txt, .html, .htm, or .gz of those)")
        else:
            yield Candidate(str(path))


def missing(path: str) -> str:
    """Why a path that is not there cannot be read: a link to a file moved away, or nothing at all."""
    if os.path.islink(path):
        try:
            os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return f"link in a loop ({os.readlink(path)} leads back to itself)"
        return f"broken link to {os.readlink(path)}"
    return "no such file or folder"


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Candidate]:
    """The article files under ``folder``, and a failure for each subfolder that cannot be listed.

    ``seen`` holds the folders entered so far, by device and inode: a link back up the tree
    ("archive/self → archive") is entered once, not until the system refuses the path.
    """
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Candidate(str(folder), f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:  # a link in a loop ("a → b → a"): read as a file, it fails with its reason
            is_dir = False
        if is_dir:
            yield from _walk(Path(entry.path), seen)
        elif is_article_name(entry.name):
            yield Candidate(entry.path)


def guess_format(path: str, data: bytes) -> str:
    suffix = _inner_suffix(os.path.basename(path))
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:2048].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


def read_bytes(path: str) -> bytes:
    try:
        data = Path(path).read_bytes()
    except PermissionError:
        raise LoadError("permission denied") from None
    except IsADirectoryError:
        raise LoadError("is a folder") from None
    except FileNotFoundError:
        raise LoadError(missing(path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LoadError(missing(path)) from None
        raise LoadError(f"cannot read: {exc.strerror or exc}") from None
    return data


def unpack(path: str, data: bytes) -> bytes:
    """The article bytes inside a file: gunzipped for ``.gz``, else as they are."""
    if not path.lower().endswith(".gz"):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as exc:
        raise LoadError(f"not a valid gzip file ({exc})") from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a plain-text article: BOM first, then UTF-8, then cp1252 with a warning.

    The BOM is dropped; line ends are kept exactly as they are so that offsets
    also hold for the file on disk (``\\r\\n`` and ``\\r`` are handled when
    splitting blocks, not by rewriting the text).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), ()
            except UnicodeDecodeError as exc:
                raise LoadError(f"invalid {encoding} after its byte-order mark at byte {exc.start}") from None
    if b"\x00" in data:
        raise LoadError("binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise LoadError(f"undecodable bytes: neither UTF-8 (byte {first_bad}) nor cp1252 (byte {exc.start})") from None
    return text, (f"not valid UTF-8 (byte {first_bad}); decoded as cp1252",)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a web page: BOM, then the page's own meta charset, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), ()
    if not data.strip():
        raise LoadError("empty file")
    declared = _META_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        # Browsers read latin-1 and ascii labels as windows-1252; so do we.
        if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            name = "cp1252"
        try:
            return data.decode(name), ()
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for pages that declare nothing usable

    best = from_bytes(data).best()
    if best is not None:
        return str(best), (f"charset detected as {best.encoding}",)
    return data.decode("cp1252", errors="replace"), ("charset unknown; decoded as cp1252 with replacements",)


def load(path: str, on_disk: bytes | None = None, digest: str | None = None) -> Source:
    """Read and decode one file. Raises ``LoadError`` with the reason.

    ``on_disk`` saves a second read when the caller already has the bytes,
    and ``digest`` a second hash of them (ingest hashes them to decide
    whether the file changed; a saved web page can run to megabytes).
    """
    if on_disk is None:
        on_disk = read_bytes(path)
    data = unpack(path, on_disk)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise LoadError("empty file")
    fmt = guess_format(path, data)
    text, warnings = decode_html(data) if fmt == "html" else decode_text(data)
    if not text.strip():
        raise LoadError("empty file")
    return Source(
        path=path,
        sha256=digest or sha256(on_disk),
        format=fmt,
        raw=data,
        text=text,
        warnings=warnings,
    )
