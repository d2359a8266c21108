"""newswire: a streaming news pipeline on Apache Kafka.

The package is split in two on purpose: the domain logic (``split``, ``entities``,
``topics``, ``routing``, ``feeds``, ``clusters``) never imports Kafka, so it can be
tested and benchmarked in-process; ``newswire.agents`` (the Faust app) and
``newswire.producer`` are thin shells around it.
"""

__version__ = "0.1.0"
