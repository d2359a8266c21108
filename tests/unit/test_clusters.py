"""Story clusters: wire copy republished with another intro/outro joins the first story."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.clusters import (
    NUM_PERM,
    Entry,
    StoryIndex,
    decode_entry,
    encode_entry,
    jaccard_estimate,
    shingles,
    signature,
)

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
    assert np.array_equal(s1, s2) and s1.shape == (NUM_PERM,) and s1.dtype == np.uint32


def test_jaccard_estimate_tracks_true_jaccard() -> None:
    a, b = shingles(WIRE), shingles(republish(WIRE))
    true = len(a & b) / len(a | b)
    est = jaccard_estimate(signature(WIRE), signature(republish(WIRE)))
    assert abs(est - true) < 0.15
    assert jaccard_estimate(signature(WIRE), signature(OTHER)) < 0.2


def test_republished_copy_joins_story_and_other_story_does_not() -> None:
    idx = StoryIndex()
    first = idx.assign("a1", WIRE, ts=1000.0)
    assert first.story_id == "a1" and first.matched_id is None and not first.duplicate
    copy = idx.assign("b7", republish(WIRE), ts=1500.0)
    assert copy.story_id == "a1" and copy.matched_id == "a1" and copy.similarity >= 0.5
    other = idx.assign("c3", OTHER, ts=1600.0)
    assert other.story_id == "c3"
    # A copy of the copy still lands on the first story id.
    again = idx.assign("d9", "Breaking: " + republish(WIRE), ts=1700.0)
    assert again.story_id == "a1"


def test_lookup_does_not_store_until_added() -> None:
    idx = StoryIndex()
    a = idx.lookup("a1", WIRE, ts=0.0)
    assert "a1" not in idx and a.entry is not None
    assert idx.lookup("b2", republish(WIRE), ts=1.0).story_id == "b2"
    assert idx.add(a.entry) and not idx.add(a.entry)  # idempotent: changelog replays add it again
    assert idx.lookup("b2", republish(WIRE), ts=1.0).story_id == "a1"


def test_same_id_twice_is_a_duplicate() -> None:
    idx = StoryIndex()
    idx.assign("a1", WIRE, ts=0.0)
    dup = idx.assign("a1", WIRE, ts=5.0)
    assert dup.duplicate and dup.story_id == "a1" and dup.entry is None


def test_window_and_expiry() -> None:
    idx = StoryIndex(window_seconds=3600)
    idx.assign("a1", WIRE, ts=0.0)
    late = idx.assign("b2", republish(WIRE), ts=7200.0)
    assert late.story_id == "b2"  # outside the window: a new story
    assert idx.expired(now=7200.0 + 10) == ["a1"]
    assert idx.remove("a1") and not idx.remove("a1")
    assert len(idx) == 1 and "b2" in idx


def test_capacity_bounds_the_index_and_drops_the_oldest() -> None:
    idx = StoryIndex(capacity=3)
    texts = [f"story number {i} " + " ".join(f"w{i}x{j}" for j in range(40)) for i in range(5)]
    for i, t in enumerate(texts):
        idx.assign(f"a{i}", t, ts=float(i))
    assert len(idx) == 3 and [e.article_id for e in idx.entries()] == ["a2", "a3", "a4"]
    # The dropped article is forgotten: its republished copy starts a new story.
    assert idx.assign("z0", texts[0] + " more words here", ts=9.0).story_id == "z0"


def test_rows_are_reused_and_the_index_grows_past_its_first_block() -> None:
    idx = StoryIndex(capacity=5000)
    for i in range(3000):
        idx.assign(f"a{i}", f"unique text {i} " + " ".join(f"t{i}_{j}" for j in range(12)), ts=float(i))
    assert len(idx) == 3000
    for i in range(1000):
        idx.remove(f"a{i}")
    idx.assign("copy", "unique text 2999 " + " ".join(f"t2999_{j}" for j in range(12)) + " end", ts=3001.0)
    assert idx.lookup("x", "unique text 2999 " + " ".join(f"t2999_{j}" for j in range(12)), 3002.0).story_id == "a2999"
    assert len(idx) == 2001


def test_tie_goes_to_the_earlier_article() -> None:
    idx = StoryIndex()
    idx.assign("late", WIRE, ts=50.0)
    idx.add(Entry("early", 10.0, "early", signature(WIRE)))
    assert idx.lookup("n", WIRE, 60.0).story_id == "early"


def test_entry_round_trips_as_bytes_and_junk_is_refused() -> None:
    e = Entry("a1", 123.5, "story-é", signature(WIRE))
    raw = encode_entry(e)
    assert len(raw) < 600
    back = decode_entry("a1", raw)
    assert back.ts == 123.5 and back.story_id == "story-é" and np.array_equal(back.sig, e.sig)
    for junk in (b"", b"{}", b'{"sig": [1, 2], "story": "x", "ts": 0}', raw[:-1], raw + b"x"):
        try:
            decode_entry("a1", junk)
        except ValueError:
            continue
        raise AssertionError(f"accepted {junk!r}")


def test_state_rebuilt_from_entries_matches() -> None:
    idx = StoryIndex()
    idx.assign("a1", WIRE, ts=0.0)
    idx2 = StoryIndex()
    for e in idx.entries():
        idx2.add(decode_entry(e.article_id, encode_entry(e)))
    assert idx2.assign("b2", republish(WIRE), ts=10.0).story_id == "a1"


def test_empty_and_short_texts_never_cluster() -> None:
    idx = StoryIndex()
    assert idx.assign("e1", "", ts=0).story_id == "e1"
    assert idx.assign("e2", "", ts=1).story_id == "e2"
    assert idx.assign("s1", "Hello world", ts=2).story_id == "s1"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_signature_total_on_any_text(text: str) -> None:
    sig = signature(text)
    assert sig.shape == (NUM_PERM,) and jaccard_estimate(sig, sig) == 1.0


def test_the_lookup_prefilter_finds_what_a_full_scan_finds() -> None:
    """The prefilter reads 16 of the 128 hashes; its answers must equal a scan of every row on all of them."""
    import random

    rng = random.Random(3)
    words = (WIRE + " " + OTHER).split()
    texts = []
    for i in range(600):
        if i and rng.random() < 0.4:  # an edited copy of an earlier article: similarity from ~0.3 to 1
            ws = texts[rng.randrange(i)].split()
            for _ in range(int(len(ws) * rng.uniform(0.0, 0.12))):
                ws[rng.randrange(len(ws))] = rng.choice(words)
            texts.append(" ".join(ws))
        else:
            texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(40, 120))))
    idx = StoryIndex(threshold=0.5)
    found = 0
    for i, t in enumerate(texts):
        a = idx.lookup(f"a{i}", t, 1000.0 + i)
        sig = signature(t)
        rows = list(idx._row.values())  # brute force over every stored entry
        best = None
        if rows:
            sims = (idx._sigs[rows] == sig).mean(axis=1)
            k = int(np.argmax(sims))  # rows were filled in time order: the first maximum is the earliest
            if sims[k] >= 0.5:
                best = idx._ids[rows[k]]
        assert a.matched_id == best, i
        found += best is not None
        idx.add(a.entry)
    assert found > 100  # the stream holds real matches, not only strangers


def test_many_identical_short_texts_still_match_the_earliest() -> None:
    """Texts of <= 5 words are one shingle: every such row passes the prefilter; the scan goes in bounded chunks."""
    idx = StoryIndex(threshold=0.5, capacity=20000)
    sig = signature("Live updates")
    for i in range(9000):  # more rows than one chunk of the second pass
        idx.add(Entry(f"a{i}", 1000.0 + i, f"a{i}", sig))
    a = idx.lookup("new", "Live updates", 10000.0)
    assert a.matched_id == "a0" and a.similarity == 1.0


def test_an_infinite_window_never_matches_a_free_row() -> None:
    """Free rows carry -inf and stale signatures; |-inf - ts| <= inf must not make them candidates."""
    idx = StoryIndex(threshold=0.5, window_seconds=float("inf"))
    idx.add(Entry("a", 1000.0, "a", signature(WIRE)))
    assert idx.remove("a")  # its row is free now, its signature still in the matrix
    got = idx.lookup("b", WIRE, 2000.0)
    assert got.matched_id is None and got.story_id == "b"
