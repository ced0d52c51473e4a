"""The version of govnews: the one place it is written.

``pyproject.toml`` reads it from here (``[tool.setuptools.dynamic]``), so the
installed metadata, ``govnews.__version__``, ``govnews --version`` and the
parser name in every article's provenance agree. Bump it here, and add the
release to ``CHANGELOG.md``.
"""

from __future__ import annotations

__version__ = "0.1.0"
