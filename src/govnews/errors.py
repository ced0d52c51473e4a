"""The exceptions govnews raises on purpose. All derive from :class:`GovnewsError`."""

from __future__ import annotations

__all__ = ["ExportError", "GovnewsError", "OptionError", "ParseError", "ParserBugError", "UnknownFormatError"]


class GovnewsError(Exception):
    """Base class of every error govnews raises on purpose."""


class ParseError(GovnewsError, ValueError):
    """Input that is not an article dump (empty, binary or undecodable), or JSON that is not govnews's form.

    Attributes:
        reason (str): what is wrong, e.g. ``empty input`` or ``line 3: not JSON: …``.
        path (str | None): the input (a file, a stream's name), where known.
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
    goes on treats it alike; please report it with the input.

    Attributes:
        cause (BaseException): the exception the parser raised (also chained as ``__cause__``).
        reason (str): ``parser bug: <exception type>: <message> (please report it with this input)``.
        path (str | None): the input, where known.
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
    """No exporter of that name is registered.

    Attributes:
        name (str): the format asked for.
        known (list[str]): the formats there are, sorted.
    """

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        super().__init__(f"unknown format {name!r}; known formats: {', '.join(known) or 'none'}")


class ExportError(GovnewsError):
    """An exporter could not write its output (missing extra, bad option, bad target)."""


class OptionError(ExportError):
    """An exporter option the format does not take, or a value it cannot read.

    Attributes:
        format (str): the format's name.
        option (str): the option given.
        value (object): the value given.
        reason (str | None): what is wrong with the value; ``None`` for an option the format does not take.
        known (tuple[str, ...]): the options the format takes.
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
