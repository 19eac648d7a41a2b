"""What events add to "My account" and to a member's personal data."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal import account_sections, privacy


def registrations_section(request) -> dict | None:
    """The dashboard's summary of the member's upcoming registrations."""
    from events.views.pages import registrations_by_period

    groups = registrations_by_period(request.user)
    if not any(groups.values()):
        return None
    return {
        "title": _("My registrations"),
        "template": "events/account/registrations_section.html",
        "context": {"groups": groups, "all_url": reverse("events_my_registrations")},
    }


def export_registrations(user) -> list[dict[str, Any]]:
    from django.db.models import Q

    from events.models import Registration

    rows = []
    for registration in Registration.objects.filter(Q(user=user) | Q(registered_by=user)).select_related("event__page"):
        rows.append(
            {
                "event": registration.event.page.title,
                "starts_at": registration.event.page.starts_at.isoformat(),
                "state": registration.state,
                "full_name": registration.full_name,
                "email": registration.email,
                "organisation": registration.organisation_name,
                "role": registration.role,
                "answers": registration.answers,
                "registered_at": registration.created_at.isoformat(),
                "registered_by_me_for_a_colleague": registration.registered_by_id == user.pk
                and registration.user_id != user.pk,
            }
        )
    return rows


def export_certificates(user) -> list[dict[str, Any]]:
    return [
        {
            "event": c.event_title,
            "date": c.event_date.isoformat(),
            "hours": str(c.hours),
            "code": str(c.code),
            "issued_at": c.issued_at.isoformat(),
        }
        for c in user.certificates.all()
    ]


def connect() -> None:
    from events.services import erase_registrations_of

    account_sections.register_section(registrations_section)
    privacy.register_exporter("event_registrations", export_registrations)
    privacy.register_exporter("certificates", export_certificates)
    privacy.register_eraser(erase_registrations_of)
