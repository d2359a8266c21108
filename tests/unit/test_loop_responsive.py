"""CPU-heavy enrichment runs in the worker's executor; the event loop keeps answering."""

from __future__ import annotations

import asyncio
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

    worst, took, ticks = asyncio.run(scenario())
    executor.shutdown()
    assert took > 0.3, "the batch was too small to prove anything"
    assert ticks > 10
    assert worst < 0.1, f"event loop stalled for {worst * 1000:.0f} ms while enriching"
