"""Who may see and run registrations: organisers are users with `events.change_registration`.

The Editors group gets it from a data migration (events/migrations/0002); the
admin, the check-in door and the event page all ask here.
"""

from __future__ import annotations

RUN_REGISTRATIONS = "events.change_registration"


def may_run_registrations(user) -> bool:
    """Approve, reject, cancel, move, check in, download any certificate."""
    return user.is_authenticated and user.has_perm(RUN_REGISTRATIONS)


def may_view_registrations(user) -> bool:
    return user.is_authenticated and (user.has_perm("events.view_registration") or user.has_perm(RUN_REGISTRATIONS))
