"""The compiled fast path (jsonschema-rs) never accepts what the reference validator refuses."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline import make_raw, split_record
from newswire.schema import ContractError, _fast, _validators, validate


@pytest.fixture(scope="module")
def samples(seed_gold):
    raw = make_raw(seed_gold["raw"], url="https://example.com/seed")
    out = split_record(raw)
    return [raw, out.article, *out.teasers]


def test_every_schema_has_a_fast_validator():
    assert set(_fast()) == set(_validators())


_junk = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20),
                  st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))


@settings(max_examples=300, deadline=None)
@given(which=st.integers(0, 10), field=st.integers(0, 40), junk=_junk, drop=st.booleans())
def test_mutated_records_get_the_reference_verdict(samples, which, field, junk, drop):
    rec = copy.deepcopy(samples[which % len(samples)])
    keys = sorted(rec)
    key = keys[field % len(keys)]
    if key == "schema":
        return
    if drop:
        del rec[key]
    else:
        rec[key] = junk
    reference = next(iter(_validators()[rec["schema"]].iter_errors(rec)), None)
    if reference is None:
        assert validate(rec) is rec
    else:
        with pytest.raises(ContractError) as exc:
            validate(rec)
        assert exc.value.reason == "schema_mismatch" and reference.message[:60] in str(exc.value)
