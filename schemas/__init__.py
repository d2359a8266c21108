"""Versioned JSON Schemas, one per message kind and version (data files here)."""
