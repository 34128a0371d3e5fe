"""tapecheck: check the market claims in a news article against price history.

This package's ``__init__`` imports nothing heavy, so ``python -m dashboard.dev`` runs on a
bare Python before the virtualenv exists.
"""

__version__ = "0.1.0"
