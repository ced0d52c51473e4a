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
every format `govnews formats` lists. An input is a file, a folder, or `-`
for standard input; more can be listed in a file with `--files-from FILE`
(one path a line, `-` for standard input). A file is read by its name:

- a text dump or an HTML page (`.txt`, `.htm`, `.html`, or any other name);
- the same gzipped (`NAME.txt.gz`, `NAME.html.gz`), decompressed up to 64 MiB
  (a file that would decompress to more is refused: a decompression bomb);
- a web archive (`.warc`, `.warc.gz`, with the `warc` extra): each HTML
  response record is one input, its `WARC-Target-URI` kept as the article's
  `provenance.url`, its record id named in messages; every other record
  (requests, metadata, images …) is skipped and counted.

A folder is searched for all of these, its entries in name order. A FIFO, a
device or a socket is reported, never read (nothing hangs on it), and so is
a folder that cannot be listed.

**Batches stream.** Inputs are read, converted and written one after
another, in input order: memory does not grow with the number of inputs
for `jsonl`, `json`, `xml` and `parquet` (an EPUB holds its book).
`--jobs N` parses and serialises in N processes (`0`: one per core), the
output in the same order. On a terminal a progress bar shows inputs done,
rate and time left; a summary line ends every run (`converted 20,000,
failed 2, skipped 5 (5 outputs exist) in 6.4 s`); `--quiet` shows neither.
`--errors FILE` writes each failure as a JSON line: `input`, `record` (a
WARC record's id), `output` (when writing failed) and `reason`.

**Outputs.** Without `-o`, the articles go to standard output. `-o FILE`
puts every article in one file; `-o DIR/` writes one file per input, named
after it: its path below the folder given, without its suffixes, and the
format's suffix (`dumps/sub/a.txt` → `DIR/sub/a.json`; a WARC's pages go to
`DIR/crawl/000001.json` …). Two inputs never share an output: names are
decided before anything is written, by a rule that gives the same names on
every run of the same inputs: inputs whose names would collide keep their
own suffix (`a.txt.json`, `a.html.json`), and any still alike (the same
name from two folders) are numbered in input order (`same.txt.json`,
`same.txt~2.json`); names differing only in case count as alike.
`--skip-existing` leaves out each input whose output exists, to resume a
run that stopped.

Each output file is written whole or not at all: a temporary file
`.NAME.govnews-XXXXXXXX.part` beside it, moved into place when complete and
removed on any failure (Ctrl-C and SIGTERM included). A run that was killed
outright leaves it; the next run into the same place removes those of its
own targets that are older than itself. An existing file is kept unless
`--force` is given.

Exit status: 0 when every input was converted (or skipped); 1 when an input
was bad (empty, binary, undecodable, missing, a FIFO …) or an output could
not be written: each is reported on standard error as `govnews: error:
PATH: reason` (never a traceback) while the other inputs are still
converted; 2 for a usage error (an unknown format, a bad option, binary
output to a terminal); 141 when standard output was closed by its reader
(`govnews convert … | head`), quietly, as the shell reports a tool
stopped by SIGPIPE; 130 on Ctrl-C, 143 on SIGTERM. A plugin that cannot be
loaded is named in one `govnews: warning:` line and every other format
still works; what a plugin prints while it loads goes to standard error.

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
