"""IPTC topic classification (numpy MiniLM + topic data); import submodules lazily."""
