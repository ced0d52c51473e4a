"""The built-in formats, each a default plugin registered through the public hook.

The package is not called ``exporters``: importing it would bind that name on
``govnews`` and hide the public function ``govnews.exporters()``.
"""
