"""Errors the CLI reports as one line and exit status 2, without a traceback."""


class KgError(Exception):
    """A problem the user can fix: a bad argument, an unreadable store, a malformed query."""


class KgWarning(UserWarning):
    """Something the user should know that does not stop the run (a missing model, a missing
    gazetteer). The CLI shows it as one `kg: warning:` line."""
