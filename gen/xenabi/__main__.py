"""`python -m xenabi`."""
import os
import sys

from .cli import main

rc = main()
# Everything is written and closed: leave without tearing down the
# description's object graph one object at a time (about a tenth of a run).
try:
    sys.stdout.flush()
    sys.stderr.flush()
except BrokenPipeError:
    pass
os._exit(rc if isinstance(rc, int) else 1)
