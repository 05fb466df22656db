from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_6c4f8276518c3c02.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("NEWSDOCS_SHARED", ROOT.parent / "shared"))
POLNEAR = SHARED / "data" / "polnear" / "train"

needs_shared = pytest.mark.skipif(
    not (POLNEAR / "text").is_dir(), reason=f"shared data not found at {SHARED} (a user's clone has none)"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture(autouse=True)
def _no_db_env(monkeypatch):
    monkeypatch.delenv("NEWSDOCS_DB", raising=False)


def write_articles(folder: Path, articles: dict[str, str]) -> str:
    """Write {file name: text} into ``folder`` (made if need be); returns the folder, as the CLI takes it."""
    folder.mkdir(exist_ok=True)
    for name, body in articles.items():
        (folder / name).write_text(body, encoding="utf-8")
    return str(folder)
