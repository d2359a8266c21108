"""Story clusters: wire copy republished with another intro/outro joins the first story."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.clusters import BANDS, NUM_PERM, StoryIndex, band_keys, jaccard_estimate, shingles, signature

WIRE = (
    "The European Central Bank left its key interest rate unchanged on Thursday, saying inflation in the "
    "euro zone was easing but remained too high for policymakers to declare victory. President Christine "
    "Lagarde told reporters that the governing council had not discussed cutting rates and that future "
    "decisions would depend on incoming data. Economists had expected the pause after ten consecutive "
    "increases since July last year. The bank also said it would stop reinvesting proceeds from its "
    "pandemic bond purchase programme at the end of the year, earlier than planned. Markets reacted calmly, "
    "with the euro little changed against the dollar and bond yields edging lower across the region. "
    "Lagarde said wage growth was strong and the labour market resilient, which could keep price pressures "
    "elevated into next year, and she warned governments against loosening budgets too quickly."
)
OTHER = (
    "The European Central Bank faces a difficult decision next month as growth slows across the region, "
    "analysts said on Monday. Some members of the governing council have argued for holding rates, while "
    "others want a final increase to make sure inflation returns to target. Surveys of purchasing managers "
    "showed manufacturing contracting for a fifth month and services weakening in Germany and France. "
    "Banks reported tighter lending standards and falling demand for mortgages, the bank's own survey said."
)


def republish(text: str) -> str:
    return (
        "FRANKFURT (Wire Service) - Here is the latest from our partners. "
        + text.replace("Thursday", "Thursday,").replace("calmly", "calmly overall")
        + " Reporting by A. Writer; editing by B. Editor. Sign up for our markets newsletter."
    )


def test_signature_is_deterministic_and_sized() -> None:
    s1, s2 = signature(WIRE), signature(WIRE)
    assert s1 == s2 and len(s1) == NUM_PERM
    assert all(0 <= v < 2**32 for v in s1)
    assert len(band_keys(s1)) == BANDS and len(set(band_keys(s1))) == BANDS
    json.dumps(s1)  # JSON-able state


def test_jaccard_estimate_tracks_true_jaccard() -> None:
    a, b = shingles(WIRE), shingles(republish(WIRE))
    true = len(a & b) / len(a | b)
    est = jaccard_estimate(signature(WIRE), signature(republish(WIRE)))
    assert abs(est - true) < 0.15
    assert jaccard_estimate(signature(WIRE), signature(OTHER)) < 0.2


def test_republished_copy_joins_story_and_other_story_does_not() -> None:
    idx = StoryIndex.in_memory()
    first = idx.assign("a1", WIRE, ts=1000.0)
    assert first.story_id == "a1" and first.matched_id is None and not first.duplicate
    copy = idx.assign("b7", republish(WIRE), ts=1500.0)
    assert copy.story_id == "a1" and copy.matched_id == "a1" and copy.similarity >= 0.5
    other = idx.assign("c3", OTHER, ts=1600.0)
    assert other.story_id == "c3"
    # A copy of the copy still lands on the first story id.
    again = idx.assign("d9", "Breaking: " + republish(WIRE), ts=1700.0)
    assert again.story_id == "a1"


def test_same_id_twice_is_a_duplicate() -> None:
    idx = StoryIndex.in_memory()
    idx.assign("a1", WIRE, ts=0.0)
    dup = idx.assign("a1", WIRE, ts=5.0)
    assert dup.duplicate and dup.story_id == "a1"


def test_window_and_expiry() -> None:
    idx = StoryIndex.in_memory(window_seconds=3600)
    idx.assign("a1", WIRE, ts=0.0)
    late = idx.assign("b2", republish(WIRE), ts=7200.0)
    assert late.story_id == "b2"  # outside the window: a new story
    store = idx.store
    expired = idx.expired_keys(store.items(), now=7200.0 + 10)
    assert "d:a1" in expired and "d:b2" not in expired
    for k in expired:
        del store[k]
    assert all(not k.startswith("b:") or any(e[0] == "b2" for e in store[k]) for k in store)


def test_state_survives_a_json_round_trip() -> None:
    idx = StoryIndex.in_memory()
    idx.assign("a1", WIRE, ts=0.0)
    restored = json.loads(json.dumps(idx.store))
    idx2 = StoryIndex.in_memory(restored)
    assert idx2.assign("b2", republish(WIRE), ts=10.0).story_id == "a1"


def test_empty_and_short_texts_never_cluster() -> None:
    idx = StoryIndex.in_memory()
    assert idx.assign("e1", "", ts=0).story_id == "e1"
    assert idx.assign("e2", "", ts=1).story_id == "e2"
    assert idx.assign("s1", "Hello world", ts=2).story_id == "s1"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_signature_total_on_any_text(text: str) -> None:
    sig = signature(text)
    assert len(sig) == NUM_PERM and jaccard_estimate(sig, sig) == 1.0
    assert len(band_keys(sig)) == BANDS
