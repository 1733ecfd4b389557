"""Errors a user can cause, each with a message a person can act on.

The UI and the CLI show `str(error)`; neither ever shows a traceback for these.
"""


class TapecheckError(Exception):
    """Base of every error whose message is meant for the user."""


class InputError(TapecheckError):
    """An article, file or argument that cannot be read as given."""


class PriceDataError(TapecheckError):
    """Prices asked for could not be had from any source."""


class SourceUnavailable(PriceDataError):
    """One price source could not answer (offline, timed out, empty, no such ticker)."""


class CalendarError(TapecheckError):
    """A trading calendar cannot answer for the dates asked (e.g. past its recorded years)."""


class PriceFileError(InputError):
    """A user-supplied price CSV is malformed; the message names the row and column."""


class ModelLoadError(TapecheckError):
    """A sentiment model could not be loaded."""
