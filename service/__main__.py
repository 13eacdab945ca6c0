"""`python -m service` is the `newsgraph` command."""

import sys

from service.cli import main

sys.exit(main())
