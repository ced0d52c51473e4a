"""The exceptions govnews raises on purpose. All derive from :class:`GovnewsError`."""

from __future__ import annotations

__all__ = ["ExportError", "GovnewsError", "OptionError", "ParseError", "ParserBugError", "UnknownFormatError"]


class GovnewsError(Exception):
    """Base class of every error govnews raises on purpose."""


class ParseError(GovnewsError, ValueError):
    """Input that is not an article dump: empty, binary or undecodable.

    ``reason`` says what is wrong and ``path`` names the input where known.
    """

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}" if path else reason)

    def with_path(self, path: str) -> ParseError:
        """The same error, naming ``path``."""
        return ParseError(self.reason, path)


class ParserBugError(ParseError):
    """The parser failed on this input: a bug in govnews, not a fault of the input.

    It is a :class:`ParseError` too, so a batch that reports bad inputs and
    goes on treats it alike. ``cause`` is the exception the parser raised
    (also chained as ``__cause__``); please report it with the input.
    """

    def __init__(self, cause: BaseException, path: str | None = None) -> None:
        self.cause = cause
        detail = " ".join(str(cause).split())
        reason = f"parser bug: {type(cause).__name__}" + (f": {detail}" if detail else "")
        super().__init__(f"{reason} (please report it with this input)", path)

    def with_path(self, path: str) -> ParserBugError:
        """The same error, naming ``path``."""
        return ParserBugError(self.cause, path)


class UnknownFormatError(GovnewsError, LookupError):
    """No exporter of that name is registered."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        super().__init__(f"unknown format {name!r}; known formats: {', '.join(known) or 'none'}")


class ExportError(GovnewsError):
    """An exporter could not write its output (missing extra, bad option, bad target)."""


class OptionError(ExportError):
    """An exporter option the format does not take, or a value it cannot read.

    ``format`` names the format, ``option`` and ``value`` what was given,
    ``reason`` what is wrong with the value (``None`` for an unknown option)
    and ``known`` the options the format takes.
    """

    def __init__(self, format: str, option: str, value: object, reason: str | None, known: tuple[str, ...]) -> None:
        self.format = format
        self.option = option
        self.value = value
        self.reason = reason
        self.known = known
        takes = f"{format} options: {', '.join(known)}" if known else f"{format} takes no options"
        if reason is None:
            message = f"{format} has no option {option}={value!r} ({takes})"
        else:
            message = f"{format} option {option} {reason}, not {value!r} ({takes})"
        super().__init__(message)
