"""``python -m govnews``: the command line."""

from .cli import main

main()
