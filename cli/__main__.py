"""`python -m cli …` is `bts …`."""

from cli import main

main()
