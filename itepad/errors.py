"""Errors a user can act on, kept apart from bugs.

A UserError is bad input, a refused operation or a problem of the environment (a locked or
newer database, a missing file): the CLI prints its message and exits with status 2, the app
shows it in a dialog. Anything else is a bug and is raised as usual.
"""


class UserError(Exception):
    """Something the user can fix; the message says what and where."""


class SchemaTooNewError(UserError):
    """The database was written by a newer itepad; it is refused and left untouched."""


class NotAnItepadDatabaseError(UserError):
    """The database holds tables that itepad did not create."""
