"""Build the release files and check them as a user would receive them.

    python .ci/check_release.py            # run by .ci/run with the dev venv's python

1. ``python -m build`` makes the sdist and, from the sdist, the wheel (so the
   sdist is proved to build);
2. ``twine check --strict`` checks both (metadata, the README as rendered);
3. the sdist holds what a user or a packager needs (the licence, README,
   changelog, setup.py, the build backend) and, like the wheel, every file
   git tracks under ``src/govnews`` (modules, ``py.typed``, schemas, assets);
4. the wheel, installed in a fresh venv, says its version with
   ``govnews --version`` and parses the seed exactly as the source tree does.

Needs the ``release`` extra (build, twine) in the running interpreter.
Exits non-zero, naming what is wrong, at the first failure.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from pathlib import Path

import govnews

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_fdea7f6b670525a1.txt"
#: Files of the sdist besides the package itself, relative to its top folder.
SDIST_EXTRAS = ("LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml", "setup.py", "_build_backend/backend.py")


def run(*command: str | Path, cwd: Path = ROOT) -> str:
    """Run ``command``; its standard output, or exit naming the command and its output."""
    done = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"check_release: {' '.join(map(str, command))} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def package_files() -> set[str]:
    """What git tracks under src/govnews, as paths relative to src/."""
    tracked = run("git", "ls-files", "src/govnews").split()
    return {str(Path(path).relative_to("src")) for path in tracked}


def check_contents(sdist: Path, wheel: Path) -> None:
    """The sdist and the wheel each hold the package whole; the sdist also what building it needs."""
    top = f"govnews-{govnews.__version__}"
    with tarfile.open(sdist) as archive:
        in_sdist = {name.removeprefix(f"{top}/") for name in archive.getnames()}
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    wanted = package_files()
    problems = [f"sdist lacks {name}" for name in sorted({*SDIST_EXTRAS, *(f"src/{p}" for p in wanted)} - in_sdist)]
    problems += [f"wheel lacks {name}" for name in sorted(wanted - in_wheel)]
    if f"{top}.dist-info/licenses/LICENSE" not in in_wheel:
        problems.append("wheel lacks its LICENSE in the dist-info")
    if problems:
        sys.exit("check_release: " + "\n".join(problems))


def check_installed(wheel: Path, scratch: Path) -> None:
    """In a fresh venv the wheel installs, knows its version and parses the seed as the source tree does."""
    env = scratch / "venv"
    venv.create(env, with_pip=True)
    run(env / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=scratch)
    said = run(env / "bin" / "govnews", "--version", cwd=scratch).strip()
    if said != f"govnews {govnews.__version__} (interpreted parser)":
        sys.exit(f"check_release: the installed wheel says {said!r}, not version {govnews.__version__}")
    parsed = json.loads(run(env / "bin" / "govnews", "convert", SEED, "--to", "json", cwd=scratch))
    expected = json.loads(govnews.export(govnews.parse_file(SEED), "json"))
    if parsed != expected:
        sys.exit("check_release: the installed wheel parses the seed differently from the source tree")
    print(f"check_release: wheel installed in a fresh venv: {said}; the seed parses to {parsed['title']!r}")


def main() -> None:
    """Build, check, install; print one line per step."""
    with tempfile.TemporaryDirectory(prefix="govnews-release-") as folder:
        scratch = Path(folder)
        dist = scratch / "dist"
        run(sys.executable, "-m", "build", "--outdir", dist, ROOT)
        name = f"govnews-{govnews.__version__}"
        sdist, wheel = dist / f"{name}.tar.gz", dist / f"{name}-py3-none-any.whl"
        if not (sdist.is_file() and wheel.is_file()):
            made = sorted(path.name for path in dist.iterdir())
            sys.exit(f"check_release: build made {made}, not {sdist.name} and {wheel.name}")
        print(f"check_release: built {sdist.name} and {wheel.name}")
        run(sys.executable, "-m", "twine", "check", "--strict", sdist, wheel)
        print("check_release: twine check --strict passed")
        check_contents(sdist, wheel)
        print("check_release: the sdist and the wheel hold every file of src/govnews; the sdist its build files")
        check_installed(wheel, scratch)


if __name__ == "__main__":
    main()
