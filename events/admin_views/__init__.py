"""The organisers' side of registrations in the Wagtail admin.

The list (with its spreadsheet export) and the inspect view extend Wagtail's
generic views and are wired by `RegistrationViewSet` in events/wagtail_hooks.py;
the actions on one registration and the per-event overview are admin views
of their own. None of them changes a registration itself: each action asks
`events.services`, which holds the rules, and reports what it answered.
"""

from events.admin_views.actions import (
    ApproveRegistrationView,
    CancelRegistrationView,
    MoveFromWaitlistView,
    RegistrationActionView,
    RejectRegistrationView,
)
from events.admin_views.overview import EventRegistrationsView, page_registrations
from events.admin_views.registrations import (
    RegistrationIndexView,
    RegistrationInspectView,
    actions_for,
    add_registration,
    edit_registration,
    registrations_list_url,
)

__all__ = [
    "ApproveRegistrationView",
    "CancelRegistrationView",
    "EventRegistrationsView",
    "MoveFromWaitlistView",
    "RegistrationActionView",
    "RegistrationIndexView",
    "RegistrationInspectView",
    "RejectRegistrationView",
    "actions_for",
    "add_registration",
    "edit_registration",
    "page_registrations",
    "registrations_list_url",
]
