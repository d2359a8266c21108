"""Topic catalogue and routing rules (data files here), with their loader."""
