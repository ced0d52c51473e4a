"""A gzipped dump (``NAME.txt.gz``, ``NAME.html.gz``): decompressed whole, up to a size cap.

The cap stands against decompression bombs: a few kilobytes of gzip can
stand for gigabytes of zeros. A dump is a web page; one over the cap is
refused with a :class:`~govnews.errors.ParseError` before the rest is read.
"""

from __future__ import annotations

import gzip
import zlib
from typing import IO, Final

from ..errors import ParseError

__all__ = ["MAX_DECOMPRESSED", "gunzip"]

#: The most bytes a gzipped dump may decompress to: 64 MiB, far above any web page.
MAX_DECOMPRESSED: Final = 64 * 2**20
_CHUNK: Final = 2**20


def gunzip(compressed: IO[bytes], path: str | None = None, limit: int = MAX_DECOMPRESSED) -> bytes:
    """The decompressed bytes of the gzip stream ``compressed`` (its members one after another).

    Raises:
        ParseError: it is not gzip, is cut short, or decompresses to more than ``limit`` bytes.
    """
    parts: list[bytes] = []
    size = 0
    try:
        with gzip.GzipFile(fileobj=compressed) as stream:
            while chunk := stream.read(min(_CHUNK, limit + 1 - size)):
                parts.append(chunk)
                size += len(chunk)
                if size > limit:
                    raise ParseError(f"gzip: decompresses to more than {limit:,} bytes; not read", path)
    except (gzip.BadGzipFile, zlib.error) as error:
        raise ParseError(f"gzip: {' '.join(str(error).split()) or 'not gzip data'}", path) from None
    except EOFError:
        raise ParseError("gzip: the file is cut short", path) from None
    return b"".join(parts)
