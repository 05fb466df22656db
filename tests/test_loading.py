"""Reading files into text: encodings, line ends, and every kind of bad input."""
from __future__ import annotations

import codecs
import gzip
import os

import pytest

from newsdocs.loading import LoadError, discover, load


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Título\n\nSaid “hi”.".encode("utf-8"), "Título\n\nSaid “hi”."),
        (b"\xef\xbb\xbf" + "Título".encode("utf-8"), "Título"),  # BOM dropped
        (codecs.BOM_UTF16_LE + "Título\r\nLine".encode("utf-16-le"), "Título\r\nLine"),
        (codecs.BOM_UTF16_BE + "Título\r\nLine".encode("utf-16-be"), "Título\r\nLine"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_decodes_utf8_and_utf16(tmp_path, data, expected):
    source = load(write(tmp_path, "a.txt", data))
    assert source.text == expected
    assert source.warnings == ()


def test_invalid_utf8_falls_back_to_cp1252_with_a_warning(tmp_path):
    source = load(write(tmp_path, "a.txt", "Caf\u00e9 \u201cquoted\u201d".encode("cp1252")))
    assert source.text == "Café “quoted”"
    assert any("cp1252" in w for w in source.warnings)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\r\n ", "empty file"),
        (b"PK\x03\x04\x00\x00binary", "binary file"),
        (b"caf\xe9 \x81\x8d", "undecodable"),
    ],
)
def test_bad_content_is_refused_with_a_reason(tmp_path, data, reason):
    with pytest.raises(LoadError, match=reason):
        load(write(tmp_path, "bad.txt", data))


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", b"Headline\n\nBody.")
    os.chmod(path, 0)
    if os.geteuid() == 0:  # root reads files whatever their mode: make the read fail as it would for a user
        from pathlib import Path

        def refuse(self):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(LoadError, match="permission denied"):
        load(path)


def test_gzip_is_unpacked_and_a_broken_gzip_refused(tmp_path):
    good = write(tmp_path, "a.txt.gz", gzip.compress("Headline\n\nBody.".encode()))
    assert load(good).text == "Headline\n\nBody."
    bad = write(tmp_path, "b.txt.gz", b"\x1f\x8b\x08 not really")
    with pytest.raises(LoadError, match="gzip"):
        load(bad)


def test_discover_walks_folders_sorted_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "b/1.html", "a.txt", ".hidden.txt", ".git/x.txt", "notes.pdf"):
        (tmp_path / name).write_text("x")
    found = [os.path.relpath(c.path, tmp_path) for c in discover([tmp_path])]
    assert found == ["a.txt", "b/1.html", "b/2.txt"]


def test_discover_reports_missing_paths_and_empty_folders(tmp_path):
    (tmp_path / "empty").mkdir()
    found = list(discover([tmp_path / "missing.txt", tmp_path / "empty"]))
    assert [c.error for c in found] == [
        "no such file or folder",
        "folder holds no article files (.txt, .html, .htm, or .gz of those)",
    ]


def test_discover_reports_a_folder_it_cannot_list_and_goes_on(tmp_path, monkeypatch):
    for name in ("locked/a.txt", "open/b.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    real_scandir = os.scandir

    def scandir(path):  # as for a folder without read permission (tests may run as root, which reads anything)
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = [(os.path.relpath(c.path, tmp_path), c.error) for c in discover([tmp_path])]
    assert found == [("locked", "cannot list folder: Permission denied"), ("open/b.txt", None)]
