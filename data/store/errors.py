"""Errors of the article library that a person can act on."""

from analysis.errors import TapecheckError


class StoreError(TapecheckError):
    """The article library cannot be opened, read or written as asked (or the price cache's address is no database)."""


class StoreWriteError(StoreError):
    """One article could not be saved; nothing of it was written and the library is as it was."""
