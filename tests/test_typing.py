"""The parsing modules type-check, so the compiled build (setup.py, NEWSDOCS_COMPILE=1) builds and runs
the same code; and when a test run is meant for that build (.ci/compiled), it is the build under test."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import newsdocs

ROOT = Path(__file__).resolve().parent.parent


def _compiled_modules() -> list[str]:
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    return re.findall(r'"(newsdocs/\w+\.py)"', setup)


@pytest.mark.skipif(not (ROOT / "setup.py").is_file(), reason="run from a copy of tests/ without the source tree")
def test_the_modules_mypyc_compiles_type_check():
    api = pytest.importorskip("mypy.api", reason="mypy is in the test extra: pip install '.[test]'")
    modules = _compiled_modules()
    assert "newsdocs/attribution.py" in modules
    out, err, status = api.run(["--follow-imports=silent", "--ignore-missing-imports", "--no-incremental",
                                *[str(ROOT / m) for m in modules]])
    assert status == 0, out + err


@pytest.mark.skipif(not os.environ.get("NEWSDOCS_EXPECT_COMPILED"), reason="only in the compiled build's run")
def test_the_compiled_build_is_the_one_under_test():
    assert newsdocs.compiled(), "the parsing modules were imported as Python source, not the compiled build"
