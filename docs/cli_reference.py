"""Write docs/cli.md from the commands' own --help, so the reference cannot drift.

Run ``python docs/cli_reference.py > docs/cli.md`` after changing a command;
``tests/test_docs_cli.py`` fails while the file and the commands disagree.
"""

from __future__ import annotations

import click
from click.testing import CliRunner

from govnews.cli import cli

INTRO = """\
# The command line

`govnews` converts article dumps (a page's text or HTML, UTF-8 or GBK) into
every format `govnews formats` lists. Inputs are files, folders (searched for
`*.txt`, `*.htm` and `*.html`) or `-` for standard input.

Exit status: 0 when every input was converted; 1 when an input was bad (empty,
binary, undecodable, missing) or an output could not be written: each is
reported on standard error as `govnews: error: PATH: reason` while the other
inputs are still converted; 2 for a usage error (an unknown format, a bad
option, binary output to a terminal).

Outputs are written atomically (a temporary file beside the target, moved into
place once whole) and an existing file is kept unless `--force` is given.
A plugin that cannot be loaded is named in one `govnews: warning:` line and
every other format still works.

This page is generated from the commands' `--help` by `docs/cli_reference.py`.
"""


def reference() -> str:
    """The Markdown reference: the intro, then each command's help."""
    runner = CliRunner()
    top = runner.invoke(cli, ["--help"], prog_name="govnews", terminal_width=88).output.rstrip()
    parts = [INTRO, "## govnews\n", "```text", top, "```\n"]
    assert isinstance(cli, click.Group)
    for name in sorted(cli.commands):
        output = runner.invoke(cli, [name, "--help"], prog_name="govnews", terminal_width=88).output.rstrip()
        parts += [f"## govnews {name}\n", "```text", output, "```\n"]
    return "\n".join(parts)


if __name__ == "__main__":
    print(reference(), end="")
