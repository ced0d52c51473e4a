"""The built-in exporters, each a default plugin registered through the public hook."""
