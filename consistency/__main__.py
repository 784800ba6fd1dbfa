"""Run the command line as `python -m consistency`."""

from consistency.cli import main

main()
