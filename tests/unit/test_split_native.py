"""The compiled (mypyc) text splitter: same output as text.py, and never used once text.py has moved on.

The identity test needs a fresh build (`python -m newswire.split.native build`; scripts/setup makes one) and
skips without one, except under CI, where setup must have built it.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import pathlib
import random
import sysconfig
import types

import pytest

from newswire.split import native, split, text

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGE_DIRS = [ROOT / "tests" / "data" / "split", pathlib.Path("/work/shared/eval/split")]
REBUILD = "python -m newswire.split.native build"


def _labelled_raws() -> list[str]:
    raws = []
    for d in PAGE_DIRS:
        if d.is_dir():
            for f in sorted(d.glob("*.json")):
                page = json.loads(f.read_text(encoding="utf-8"))
                if isinstance(page, dict) and isinstance(page.get("raw"), str):
                    raws.append(page["raw"])
    return raws


def _perturbed(raws: list[str], n: int, seed: int = 20261201) -> list[str]:
    """Seeded edits of real pages (line drops, swaps, duplications, lines from other pages): new shapes."""
    rng = random.Random(seed)
    pool = [ln for r in raws for ln in r.split("\n") if ln.strip()]
    out = []
    for _ in range(n):
        lines = rng.choice(raws).split("\n")
        for _ in range(rng.randint(1, 4)):
            op = rng.choice(("drop", "swap", "dup", "insert"))
            i = rng.randrange(len(lines))
            if op == "drop" and len(lines) > 1:
                del lines[i]
            elif op == "swap" and len(lines) > 1:
                j = rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
            elif op == "dup":
                lines.insert(i, lines[i])
            elif pool:
                lines.insert(i, rng.choice(pool))
        out.append("\n".join(lines))
    return out


def _fresh_build() -> tuple[types.ModuleType | None, str]:
    """The compiled module if a build of the current text.py is present, else None and why."""
    try:
        mod = importlib.import_module(native.MODULE)
    except ImportError as e:
        return None, f"no compiled build ({e}); build it with `{REBUILD}`"
    if getattr(mod, "_SOURCE_SHA256", None) != native.source_sha256():
        return None, f"the compiled build is stale (text.py changed since); rebuild with `{REBUILD}`"
    return mod, ""


@pytest.fixture(autouse=True)
def _fresh_choice(monkeypatch):
    """Every test chooses anew, without a NEWSWIRE_PURE_PYTHON inherited from the shell."""
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    native.reset_choice()
    yield
    native.reset_choice()


@pytest.fixture()
def compiled(monkeypatch) -> types.ModuleType:
    """The real fresh build if there is one; else a stand-in carrying the current hash, so that the loader's
    decisions are tested on every machine (the identity test below needs the real one)."""
    mod, _ = _fresh_build()
    if mod is not None:
        return mod
    fake = types.ModuleType(native.MODULE)
    fake.split_text = lambda raw: text.split_text(raw)  # type: ignore[attr-defined]
    fake.clear_caches = lambda: None  # type: ignore[attr-defined]
    fake._SOURCE_SHA256 = native.source_sha256()  # type: ignore[attr-defined]
    monkeypatch.setattr(native, "_import_compiled", lambda: (fake, ""))
    return fake


# ---------------------------------------------------------------- (a) identical output


def test_compiled_build_gives_the_pure_modules_output_on_labelled_and_perturbed_pages():
    mod, why = _fresh_build()
    if mod is None:
        pytest.skip(why)
    assert mod.__file__ and mod.__file__.endswith(sysconfig.get_config_var("EXT_SUFFIX")), (
        f"{native.MODULE} is not compiled: {mod.__file__}")
    raws = _labelled_raws()
    assert len(raws) >= 100, "the labelled pages are missing"
    pages = raws + _perturbed(raws, 300) + ["", " \n ", "One line only", "\n\n".join(raws[:3])]
    text.clear_caches()
    mod.clear_caches()
    assert mod._cues() == text._cues(), "the compiled module must read the same data/cues.toml"
    diffs = []
    for i, raw in enumerate(pages):
        want, got = repr(text.split_text(raw)), repr(mod.split_text(raw))
        if want != got:
            diffs.append(i)
    assert not diffs, f"{len(diffs)} of {len(pages)} pages differ (first index {diffs[0]}): rebuild or fix mypyc"
    # and again with warm caches: the memos must not change answers either
    for raw in pages[:50]:
        assert repr(mod.split_text(raw)) == repr(text.split_text(raw))


def test_runtime_library_lives_inside_the_package():
    mod, why = _fresh_build()
    if mod is None:
        pytest.skip(why)
    lib = importlib.import_module(native.GROUP + "__mypyc")
    assert lib.__file__ is not None
    assert pathlib.Path(lib.__file__).parent == native.PKG_DIR  # an editable install only exposes `newswire`


# ---------------------------------------------------------------- the loader


def test_fresh_build_is_chosen_and_split_uses_it(compiled):
    impl = native.split_text_impl()
    assert impl.label.startswith("compiled"), impl.label
    assert impl.split_text is compiled.split_text
    assert native.split_text_impl() is impl  # cached
    raw = "Economy\nCentral bank raises rates\nThe bank raised its main rate by a quarter point on Tuesday.\n"
    assert repr(split(raw)) == repr(text.split_text(raw))


def test_split_goes_through_the_loader(monkeypatch):
    seen = []

    def fake(raw: str):
        seen.append(raw)
        return text.split_text(raw)

    monkeypatch.setattr(native, "_IMPL", native.Impl(fake, text.clear_caches, "test"))
    split("A page\nwith two lines of text in it.")
    assert seen == ["A page\nwith two lines of text in it."]


def test_stale_build_falls_back_to_pure_python_with_one_warning(compiled, monkeypatch, caplog):
    monkeypatch.setattr(native, "expected_sha256", lambda: "0" * 64)  # as if text.py was edited after the build
    with caplog.at_level(logging.WARNING, logger="newswire.split.native"):
        impl = native.split_text_impl()
        native.split_text_impl()
    assert impl.split_text is text.split_text
    assert impl.clear_caches is text.clear_caches
    assert impl.label.startswith("pure Python") and "stale" in impl.label
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "stale" in warnings[0].getMessage() and REBUILD in warnings[0].getMessage()


def test_pure_python_env_var_forces_the_pure_module(compiled, monkeypatch):
    monkeypatch.setenv(native.PURE_ENV, "1")
    impl = native.split_text_impl()
    assert impl.split_text is text.split_text
    assert native.PURE_ENV in impl.label


def test_missing_build_falls_back_quietly(monkeypatch, caplog):
    def missing(name: str, *a, **k):
        err = ModuleNotFoundError(f"No module named {name!r}")
        err.name = name
        raise err

    monkeypatch.setattr(native, "importlib", types.SimpleNamespace(import_module=missing))
    with caplog.at_level(logging.WARNING, logger="newswire.split.native"):
        impl = native.split_text_impl()
    assert impl.split_text is text.split_text and "no compiled build" in impl.label
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_broken_build_falls_back_with_a_warning(monkeypatch, caplog):
    def broken(name: str, *a, **k):
        raise ImportError("undefined symbol: PyFoo")

    monkeypatch.setattr(native, "importlib", types.SimpleNamespace(import_module=broken))
    with caplog.at_level(logging.WARNING, logger="newswire.split.native"):
        impl = native.split_text_impl()
    assert impl.split_text is text.split_text
    assert any("does not import" in r.getMessage() for r in caplog.records)


# ---------------------------------------------------------------- (d) CI must run the compiled build


def test_ci_has_a_fresh_compiled_build():
    if not os.environ.get("CI"):
        pytest.skip("not under CI (CI unset): a local checkout may run pure Python; CI's setup must build it")
    mod, why = _fresh_build()
    assert mod is not None, f"CI: scripts/setup should have compiled the text splitter: {why}"
    assert native.split_text_impl().label.startswith("compiled")
