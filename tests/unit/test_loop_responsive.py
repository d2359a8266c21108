"""CPU-heavy enrichment runs in the worker's executor; the event loop keeps answering."""

from __future__ import annotations

import asyncio
import gc
import time

import pytest


def test_event_loop_answers_within_100ms_while_a_large_batch_is_enriched():
    pytest.importorskip("spacy")
    from newswire.agents.app import make_executor
    from newswire.config import settings
    from newswire.entities import Enricher

    enricher = Enricher()
    text = ("The European Central Bank in Frankfurt raised rates on Thursday, President Christine Lagarde said, "
            "while Apple Inc. and Microsoft shares fell in New York. ") * 40
    batch = [text] * 24  # about 30,000 words: seconds of CPU on one core
    executor = make_executor(settings())

    # the worker freezes its long-lived heap after loading the models (agents/app.py); here the heap is the whole
    # test session's, so do the same, and time the collector's pauses so that a failure says what stalled
    pauses: list[float] = []
    started_gc = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            started_gc[0] = time.perf_counter()
        else:
            pauses.append(time.perf_counter() - started_gc[0])

    async def scenario() -> tuple[float, float, int]:
        loop = asyncio.get_running_loop()
        worst = 0.0
        ticks = 0
        job = loop.run_in_executor(executor, enricher.enrich_many, batch)
        started = time.perf_counter()
        while not job.done():
            t = time.perf_counter()
            await asyncio.sleep(0.01)
            worst = max(worst, time.perf_counter() - t - 0.01)
            ticks += 1
        await job
        return worst, time.perf_counter() - started, ticks

    gc.collect()
    gc.freeze()
    gc.callbacks.append(on_gc)
    try:
        worst, took, ticks = asyncio.run(scenario())
    finally:
        gc.callbacks.remove(on_gc)
        gc.unfreeze()
        executor.shutdown()
    assert took > 0.3, "the batch was too small to prove anything"
    assert ticks > 10
    assert worst < 0.1, (f"event loop stalled for {worst * 1000:.0f} ms while enriching "
                         f"(longest collector pause in the run: {max(pauses, default=0.0) * 1000:.0f} ms)")
