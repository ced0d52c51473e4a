"""Compile the parser with mypyc when ``GOVNEWS_MYPYC=1``; otherwise a pure-Python package.

Everything about the package is declared in ``pyproject.toml``; this file
only adds the optional compiled modules. The parser is plain, fully typed
Python, and mypyc turns the same source into C extensions that run it about
1.6 times as fast (``benchmarks/README.md``). The ``.py`` files ship either
way, so a compiled install reads the same as a pure one.

An editable install is never compiled: an extension module beside its
source would shadow later edits of that source.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

#: The modules compiled: the parser (every stage of it), and in front of it the input seam's
#: entry (``read_input``) with the text reader and its decoder.
COMPILED = [
    *sorted(str(path) for path in Path("src/govnews/parsing").glob("*.py")),
    "src/govnews/inputs/__init__.py",
    "src/govnews/inputs/decoding.py",
    "src/govnews/inputs/text.py",
]
#: What they import from outside that list (the attrs model, charset-normalizer) stays
#: interpreted and is not type-checked again here, so the build needs mypy alone.
MYPY_OPTIONS = ["--follow-imports=skip", "--ignore-missing-imports", "--no-warn-return-any"]

#: setuptools commands that only write metadata (what the build needs, the project's metadata).
_METADATA_COMMANDS = frozenset({"egg_info", "dist_info"})


def _ext_modules() -> list[object]:
    if os.environ.get("GOVNEWS_MYPYC") != "1":
        return []
    if "editable_wheel" in sys.argv:
        print("govnews: GOVNEWS_MYPYC ignored for an editable install", file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        if _METADATA_COMMANDS.intersection(sys.argv):  # metadata only, and mypy may not be installed yet
            return []
        raise SystemExit("govnews: GOVNEWS_MYPYC=1 needs mypy in the build environment") from None
    return list(mypycify([*MYPY_OPTIONS, *COMPILED], opt_level="3"))


setup(ext_modules=_ext_modules())
