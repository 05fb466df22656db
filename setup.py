"""Optional compiled build: ``NEWSDOCS_COMPILE=1 pip install .``.

The parsing modules below are plain, type-checked Python (tests/test_typing.py
keeps them so). With NEWSDOCS_COMPILE=1, mypyc compiles them to C extensions:
the same code, about 1.5× faster to parse (bench/quotes.py prints which build
it timed). Without it, nothing is compiled. Everything else is in pyproject.toml.
"""
import os

from setuptools import setup

# the modules that parse: what runs once per article, sentence and word
COMPILED_MODULES = [
    "newsdocs/segments.py",
    "newsdocs/lexicon.py",
    "newsdocs/names.py",
    "newsdocs/structure.py",
    "newsdocs/transcripts.py",
    "newsdocs/attribution.py",
    "newsdocs/resolution.py",
]

ext_modules = []
if os.environ.get("NEWSDOCS_COMPILE", "") not in ("", "0"):
    from mypyc.build import mypycify

    # the rest of the package (storage, web pages, CLI) stays interpreted: it is checked only where
    # the compiled modules call it
    ext_modules = mypycify(["--follow-imports=silent", "--ignore-missing-imports", *COMPILED_MODULES],
                           opt_level="3")

setup(ext_modules=ext_modules)
