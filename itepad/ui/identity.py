"""Who the user is in records: attendance taken by, and the actor of the audit trail."""

from __future__ import annotations

from itepad.ui import settings


def user_name() -> str:
    """The name set in Preferences, else ITEPAD_USER or the login name."""
    configured = settings.user_name()
    if configured:
        return configured
    from itepad.store.audit import default_actor  # imports SQLAlchemy: only when needed

    return default_actor()
