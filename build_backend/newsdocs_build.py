"""The build backend: setuptools', plus mypy when a compiled build is asked for.

``NEWSDOCS_COMPILE=1 pip install .`` compiles the parsing modules with mypyc
(see setup.py); only then does the build need mypy, so only then is it asked
for. A plain ``pip install .`` stays pure Python and downloads nothing more.
"""
from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 — every hook setuptools provides

MYPYC = "mypy>=2.4,<3"  # the mypyc the parsing modules are checked against (tests/test_typing.py)


def _compile_requested() -> bool:
    return os.environ.get("NEWSDOCS_COMPILE", "") not in ("", "0")


def get_requires_for_build_wheel(config_settings=None):
    if _compile_requested():
        return [MYPYC]  # (setuptools' own answer would run setup.py, which needs mypyc: it has none to add)
    return _setuptools.get_requires_for_build_wheel(config_settings)


def get_requires_for_build_editable(config_settings=None):
    if _compile_requested():
        # compiled modules beside their sources would be imported instead of them, and hide every later edit
        raise SystemExit("newsdocs: NEWSDOCS_COMPILE=1 cannot be used with an editable install (pip install -e); "
                         "install without -e for the compiled build")
    return _setuptools.get_requires_for_build_editable(config_settings)
