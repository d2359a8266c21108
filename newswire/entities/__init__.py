"""Named entities for article bodies (Kafka-free; the enrich agent is a thin shell around this).

Importing this package is cheap: spaCy and the models load when an ``Enricher`` is built.
"""

from newswire.entities.enricher import STEPS, Enricher, canonical_name, load_english, split_chunks, truecase
from newswire.entities.lang import detect_language

__all__ = ["STEPS", "Enricher", "canonical_name", "detect_language", "load_english", "split_chunks", "truecase"]
