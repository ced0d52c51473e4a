"""The setuptools build backend, plus mypy when a compiled build is asked for.

``GOVNEWS_MYPYC=1 pip install .`` compiles the parser with mypyc (see
``setup.py``); only then does the build environment need mypy, so a plain
install downloads nothing more than setuptools.
"""

from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the whole PEP 517 interface)

#: The mypy release line the parser is compiled with (mypyc ships inside mypy).
MYPYC_REQUIREMENT = "mypy>=1.11"


def _mypyc_requirements() -> list[str]:
    return [MYPYC_REQUIREMENT] if os.environ.get("GOVNEWS_MYPYC") == "1" else []


def get_requires_for_build_wheel(config_settings: dict[str, str | list[str]] | None = None) -> list[str]:
    """What building a wheel needs: setuptools' list, and mypy for a compiled build."""
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *_mypyc_requirements()]
