"""Compiled (mypyc) build of the text/plain splitter, and the loader that uses it only while it is fresh.

Why: ``newswire/split/text.py`` must reach 2,000 pages/s on one core and pure CPython does not; mypyc compiles
the unchanged rules about 1.4x faster with identical outputs. The rules keep changing, so a build is only ever
used when it was made from the exact bytes of the current ``text.py``: a stale build falls back to pure Python
with a warning, never silently.

    python -m newswire.split.native build [--if-needed]   # compile text.py into newswire/split/_textc*.so
    python -m newswire.split.native status                # present, fresh, in use?

``NEWSWIRE_PURE_PYTHON=1`` forces the pure module.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import logging
import os
import pathlib
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable
from typing import Any, NamedTuple

from newswire.split.types import SplitResult

log = logging.getLogger("newswire.split.native")  # also when run as __main__

PKG_DIR = pathlib.Path(__file__).resolve().parent
SOURCE = PKG_DIR / "text.py"
MODULE = "newswire.split._textc"
# The group name decides where mypyc's runtime library goes: "<group>__mypyc" as a module path, so with the
# module's own dotted name it lands in newswire/split/ next to the shim (the default for several modules is a
# top-level "<hash>__mypyc", which an editable install cannot import: only `newswire` is on the path).
GROUP = MODULE
MYPY_PIN = "mypy[mypyc]==2.4.1"
REBUILD_CMD = "python -m newswire.split.native build"
PURE_ENV = "NEWSWIRE_PURE_PYTHON"


class Impl(NamedTuple):
    """The splitter functions that ``newswire.split.split`` calls, and a label for benchmarks and logs."""

    split_text: Callable[[str], SplitResult]
    clear_caches: Callable[[], None]
    label: str


_IMPL: Impl | None = None


def source_sha256(data: bytes | None = None) -> str:
    """Hash of text.py as it is now: a build is only used if it was compiled from these exact bytes."""
    return hashlib.sha256(SOURCE.read_bytes() if data is None else data).hexdigest()


def _pure(why: str) -> Impl:
    from newswire.split import text

    return Impl(text.split_text, text.clear_caches, f"pure Python ({why})")


def _import_compiled() -> tuple[Any, str]:
    """The compiled module, or None and why not (never raises: a broken build must not break splitting)."""
    try:
        return importlib.import_module(MODULE), ""
    except ModuleNotFoundError as e:
        if e.name == MODULE:
            return None, "no compiled build"  # the shim without its runtime library is a broken build, below
        return None, f"compiled build does not import: {e}"
    except Exception as e:  # ABI mismatch, missing runtime library, a cue file the old rules cannot read
        return None, f"compiled build does not import: {type(e).__name__}: {e}"


def _choose() -> Impl:
    if os.environ.get(PURE_ENV, "").strip() == "1":
        return _pure(f"{PURE_ENV}=1")
    mod, err = _import_compiled()
    if mod is None:
        if err == "no compiled build":
            log.info("text splitter: no compiled build, using pure Python (build it with `%s`)", REBUILD_CMD)
        else:
            log.warning("text splitter: %s; using pure Python (rebuild with `%s`)", err, REBUILD_CMD)
        return _pure(f"{err}; `{REBUILD_CMD}`")
    built = getattr(mod, "_SOURCE_SHA256", None)
    if built != expected_sha256():
        log.warning(
            "text splitter: the compiled build is stale (newswire/split/text.py changed since it was compiled); "
            "using pure Python, which is slower. Rebuild with `%s` (or run scripts/setup)", REBUILD_CMD)
        return _pure(f"compiled build is stale; `{REBUILD_CMD}`")
    return Impl(mod.split_text, mod.clear_caches, "compiled (mypyc)")


def expected_sha256() -> str:
    """The hash a usable build must carry (a function so that tests can simulate an edit of text.py)."""
    return source_sha256()


def split_text_impl() -> Impl:
    """(split_text, clear_caches, label) for this process: compiled if fresh and allowed, else pure Python.

    Chosen once and cached: hashing text.py and importing the build is done at the first page, not per page.
    """
    global _IMPL
    if _IMPL is None:
        _IMPL = _choose()
    return _IMPL


def reset_choice() -> None:
    """Forget the cached choice (tests that change the environment or the expected hash)."""
    global _IMPL
    _IMPL = None


# ---------------------------------------------------------------- build


def _missing_tools() -> str | None:
    """Why a build cannot run here, or None."""
    try:
        import mypyc.build  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError as e:
        return (f"mypy/mypyc is not installed ({e}): pip install '{MYPY_PIN}' "
                "(scripts/setup installs it with the `native` extra)")
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]  # as distutils picks it
    if shutil.which(cc) is None:
        return f"no C compiler ({cc!r} not found): install gcc (Debian: apt-get install gcc libc6-dev)"
    include = pathlib.Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.is_file():
        return f"Python headers missing ({include}): install the python3-dev package for this Python"
    return None


def _compile(tree: pathlib.Path, verbose: bool) -> list[pathlib.Path]:
    """Run mypyc and the C compiler in `tree` (which holds newswire/split/_textc.py); the built .so files."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    here = os.getcwd()
    os.chdir(tree)  # mypy finds `newswire` (the copy) from the working directory; its cache stays in the tree
    try:
        exts = mypycify(["newswire/split/_textc.py"], opt_level="3", group_name=GROUP, target_dir="build",
                        verbose=verbose)
        dist = Distribution({"name": "newswire-textc", "ext_modules": exts})
        cmd: Any = dist.get_command_obj("build_ext")
        cmd.build_lib = str(tree / "out")
        cmd.build_temp = str(tree / "tmp")
        cmd.inplace = False
        dist.run_command("build_ext")
    finally:
        os.chdir(here)
    return sorted((tree / "out" / "newswire" / "split").glob("*" + sysconfig.get_config_var("EXT_SUFFIX")))


def _verify(digest: str) -> str | None:
    """Import the installed build in a fresh interpreter and split a page with both; None if all is well."""
    probe = (
        f"import sys; sys.path.insert(0, {str(PKG_DIR.parent.parent)!r})\n"  # the newswire this build is for
        "import newswire.split._textc as c, newswire.split.text as t\n"
        f"assert c._SOURCE_SHA256 == {digest!r}, 'hash'\n"
        "raw = 'Economy\\nCentral bank raises rates\\nThe central bank raised its main rate by a quarter point on"
        " Tuesday, the first rise in two years.\\nRead more: Markets fall after the decision\\n'\n"
        "assert repr(c.split_text(raw)) == repr(t.split_text(raw)), 'outputs differ'\n"
        "assert c._cues() == t._cues(), 'cue file'\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    return None if r.returncode == 0 else (r.stderr.strip().splitlines() or ["failed"])[-1]


def build(verbose: bool = False) -> int:
    """Compile text.py into newswire/split/; 0 on success, 1 if compilation failed, 2 if tools are missing."""
    why = _missing_tools()
    if why:
        print(f"[native] cannot build the compiled text splitter: {why}", file=sys.stderr)
        print("[native] the pure-Python splitter is used meanwhile (same output, slower)", file=sys.stderr)
        return 2
    data = SOURCE.read_bytes()  # hash and compile the same bytes, even if text.py is being edited meanwhile
    digest = source_sha256(data)
    print("[native] compiling the text splitter with mypyc (about 30-70 s) ...", flush=True)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newswire-mypyc-") as tmp:
        tree = pathlib.Path(tmp)
        pkg = tree / "newswire" / "split"
        pkg.mkdir(parents=True)
        # empty package files: mypy must not follow the real __init__ into lxml, spaCy and the rest
        (tree / "newswire" / "__init__.py").write_text("", encoding="utf-8")
        (pkg / "__init__.py").write_text("", encoding="utf-8")
        shutil.copyfile(PKG_DIR / "types.py", pkg / "types.py")
        tail = b"" if data.endswith(b"\n") else b"\n"
        stamp = f'\n\n# added by newswire.split.native: which text.py this build was compiled from\n' \
                f'_SOURCE_SHA256 = "{digest}"\n'
        (pkg / "_textc.py").write_bytes(data + tail + stamp.encode())
        try:
            built = _compile(tree, verbose)
        except (Exception, SystemExit) as e:  # mypy and setuptools report errors by exiting
            print(f"[native] compilation failed: {type(e).__name__}: {e} (errors in _textc.py are at text.py's "
                  "line numbers)", file=sys.stderr)
            return 1
        if not any(p.name.startswith("_textc__mypyc.") for p in built) or not any(
                p.name.startswith("_textc.") for p in built):
            print(f"[native] compilation produced unexpected files: {[p.name for p in built]}", file=sys.stderr)
            return 1
        for p in sorted(built, key=lambda p: "__mypyc" not in p.name):  # runtime library first, then the shim
            part = PKG_DIR / (p.name + ".part")
            shutil.copyfile(p, part)
            os.replace(part, PKG_DIR / p.name)  # atomic: a running process keeps the file it has mapped
    took = time.perf_counter() - t0
    bad = _verify(digest)
    if bad:
        print(f"[native] the build does not work ({bad}); pure Python stays in use", file=sys.stderr)
        return 1
    names = ", ".join(p.name for p in built)
    print(f"[native] built in {took:.0f} s: newswire/split/{{{names}}} from text.py sha256 {digest[:12]}")
    return 0


def built_sha256() -> str | None:
    """Hash recorded in the compiled build, or None if there is none (or it does not import)."""
    mod, _ = _import_compiled()
    return getattr(mod, "_SOURCE_SHA256", None) if mod is not None else None


def status() -> int:
    """Print whether a build is present, fresh and in use; 0 if it is in use, 1 otherwise."""
    mod, err = _import_compiled()
    print(f"compiled build: {'present' if mod is not None else 'absent (' + err + ')'}")
    if mod is not None:
        built = getattr(mod, "_SOURCE_SHA256", None)
        fresh = built == source_sha256()
        print(f"fresh: {'yes' if fresh else 'no'} (built from {str(built)[:12]}, text.py is "
              f"{source_sha256()[:12]})")
        files = sorted(p.name for p in PKG_DIR.glob("_textc*" + sysconfig.get_config_var("EXT_SUFFIX")))
        print(f"files: {', '.join(files)}")
    impl = split_text_impl()
    print(f"in use: {impl.label}")
    return 0 if impl.label.startswith("compiled") else 1


def main(argv: list[str] | None = None) -> int:
    """CLI: `build [--if-needed]` or `status`."""
    ap = argparse.ArgumentParser(prog="python -m newswire.split.native", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="compile text.py with mypyc into newswire/split/")
    b.add_argument("--if-needed", action="store_true", help="do nothing if a fresh build is already present")
    b.add_argument("--verbose", action="store_true")
    sub.add_parser("status", help="is a compiled build present, fresh and in use?")
    args = ap.parse_args(argv)
    if args.cmd == "status":
        return status()
    if args.if_needed and built_sha256() == source_sha256():
        print("[native] the compiled text splitter is up to date")
        return 0
    return build(args.verbose)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    raise SystemExit(main())
