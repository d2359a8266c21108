"""Faust app and agents: thin shells that decode, call newswire, produce, dead-letter."""
