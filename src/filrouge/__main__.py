"""Permet `python -m filrouge`, utile là où le script `filrouge` n'est pas dans le PATH."""

import sys

from filrouge.cli import main

sys.exit(main())
