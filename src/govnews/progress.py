"""What a person sees of a batch: each failure in one line, a progress bar, a summary, and an errors file.

The bar is tqdm's, on standard error, and only where a person watches: tqdm
switches it off when standard error is no terminal (``disable=None``), and
``quiet`` switches it off everywhere. Failures are always printed; the
summary line is printed unless ``quiet``. The errors file gets one JSON
object a line per failure, as it happens, so a run that is killed keeps
what it had found.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from typing import IO, Any, Final, Protocol

import attrs

__all__ = ["Failure", "Progress", "Tally"]

_PREFIX: Final = "govnews"


class _Bar(Protocol):
    def update(self, n: int = 1) -> bool | None: ...
    def close(self) -> None: ...


@attrs.frozen
class Failure:
    """One input that failed, or one output that could not be written."""

    input: str | None  # the path as given or found ("-" for standard input); None for an output alone
    reason: str
    record: str | None = None  # a WARC record's id
    output: str | None = None  # the file that could not be written

    @property
    def label(self) -> str:
        """What messages name: the output that failed, else the input (and its record where it has one)."""
        if self.output is not None or self.input is None:
            return str(self.output)
        return self.input if self.record is None else f"{self.input} record {self.record}"


@attrs.define
class Tally:
    """How a batch went: inputs converted, failed, and skipped (by reason)."""

    converted: int = 0
    failed: int = 0
    skipped: Counter[str] = attrs.field(factory=Counter)

    def summary(self, seconds: float) -> str:
        """One line: ``converted 20000, failed 2, skipped 5 (5 outputs exist) in 6.4 s``."""
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{count:,} {reason}" for reason, count in self.skipped.items())  # as first met
        return (
            f"converted {self.converted:,}, failed {self.failed:,}, skipped {skipped:,}"
            f"{f' ({reasons})' if reasons else ''} in {seconds:.1f} s"
        )


class Progress:
    """The running account of a batch, shown on ``stream`` (standard error)."""

    def __init__(self, stream: IO[str], *, quiet: bool = False, errors: IO[str] | None = None) -> None:
        self.tally = Tally()
        self._stream = stream
        self._quiet = quiet
        self._errors = errors
        self._bar: _Bar | None = None
        self._started = time.monotonic()

    @property
    def shows_bar(self) -> bool:
        """Whether a bar will show: not quiet, and standard error is a terminal."""
        return not self._quiet and self._stream.isatty()

    def start(self, total: int | None) -> None:
        """Show the bar (where it shows), for ``total`` inputs when known."""
        self._started = time.monotonic()
        if not self.shows_bar:
            return
        from tqdm import tqdm  # imported only where a bar shows

        sized = _width(self._stream) > 0  # a terminal telling no size (0 x 0) gets 80 x 24: tqdm hides bars on 0 rows
        self._bar = tqdm(
            total=total,
            unit="input",
            file=self._stream,
            disable=None,
            leave=False,
            dynamic_ncols=sized,
            ncols=None if sized else 80,
            nrows=None if sized else 24,
        )

    def converted(self) -> None:
        """One input written."""
        self.tally.converted += 1
        self._advance()

    def skipped(self, reason: str) -> None:
        """One input not read, for ``reason`` (``outputs exist``, ``WARC records not pages`` …)."""
        self.tally.skipped[reason] += 1
        self._advance()

    def failed(self, failure: Failure) -> None:
        """One input (or its output) failed: say so in one line, and in the errors file."""
        self.tally.failed += 1
        self.say(f"error: {failure.label}: {failure.reason}")
        if self._errors is not None:
            entry: dict[str, Any] = {"input": failure.input, "record": failure.record}
            entry |= {"output": failure.output, "reason": failure.reason}
            self._errors.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._errors.flush()
        self._advance()

    def output_failed(self, failure: Failure) -> None:
        """The one output every article was going to (a file, standard output) failed: none counts as converted."""
        self.tally.converted = 0
        self.failed(failure)

    def say(self, message: str) -> None:
        """A line on standard error, above the bar where one shows."""
        line = f"{_PREFIX}: {message}"
        if self._bar is not None:
            from tqdm import tqdm

            tqdm.write(line, file=self._stream)
        else:
            self._stream.write(line + "\n")
            self._stream.flush()

    def finish(self) -> None:
        """Take the bar away and print the summary line (unless quiet)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        if not self._quiet:
            self.say(self.tally.summary(time.monotonic() - self._started))

    def _advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)


def _width(stream: IO[str]) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError):
        return 0
