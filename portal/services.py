"""Business rules of the portal package: profile, consent, data export, account deletion.

Views, admin actions and commands call these functions; each state change
happens here, inside a transaction.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal import privacy
from portal.models import ConsentRecord, Organisation, User


class Refusal(Exception):
    """A business rule refused a change; `code` is for programs, `message` for the person who asked, in their language.

    Each app's services raise their own subclass (events' `RegistrationError`,
    forums' `ForumError`), so a view catches exactly the refusals of the rules it calls.
    """

    def __init__(self, code: str, message: Any):
        super().__init__(code)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def record_consent(user: User, document: str = ConsentRecord.Document.PRIVACY_NOTICE) -> ConsentRecord:
    """Record that `user` agreed to the current version of `document`."""
    return ConsentRecord.objects.create(user=user, document=document, version=settings.PRIVACY_NOTICE_VERSION)


@transaction.atomic
def update_profile(user: User, data: dict[str, Any]) -> User:
    """Save the profile; a proposed organisation is created for staff to confirm."""
    proposed = (data.get("proposed_organisation") or "").strip()
    organisation = data.get("organisation")
    if proposed:
        organisation, _created = Organisation.objects.get_or_create(
            name=proposed,
            country=data["country"],
            defaults={
                "kind": data.get("proposed_organisation_kind") or Organisation.Kind.OTHER,
                "status": Organisation.Status.PROPOSED,
                "proposed_by": user,
            },
        )
    user.full_name = data["full_name"]
    user.organisation = organisation
    user.role = data.get("role") or ""
    user.country = data.get("country") or ""
    user.preferred_language = data.get("preferred_language") or user.preferred_language
    user.save(update_fields=["full_name", "organisation", "role", "country", "preferred_language"])
    return user


def _profile_section(user: User) -> dict[str, Any]:
    from allauth.account.models import EmailAddress

    organisation = user.organisation
    return {
        "full_name": user.full_name,
        "email": user.email,
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        "role": user.role,
        "country": str(user.country or ""),
        "preferred_language": user.preferred_language,
        "organisation": (
            {"name": organisation.name, "country": str(organisation.country), "status": organisation.status}
            if organisation
            else None
        ),
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
    }


def _consents_section(user: User) -> list[dict[str, str]]:
    return [
        {"document": c.document, "version": c.version, "given_at": c.given_at.isoformat()} for c in user.consents.all()
    ]


privacy.register_exporter("profile", _profile_section)
privacy.register_exporter("consents", _consents_section)


def export_user_data(user: User) -> dict[str, Any]:
    """Everything the portal holds about `user`, as JSON-ready data."""
    data: dict[str, Any] = {
        "exported_at": timezone.now().isoformat(),
        "privacy_notice_version": settings.PRIVACY_NOTICE_VERSION,
    }
    for section, exporter in privacy.exporters().items():
        data[section] = exporter(user)
    return data


@transaction.atomic
def delete_account(user: User) -> None:
    """Erase the member's personal data and close the account.

    The row stays, emptied, so that contributions remain attributed to
    "former member"; sign-in becomes impossible; email addresses, consents
    and sessions go.
    """
    from allauth.account.models import EmailAddress
    from django.contrib.sessions.models import Session

    user = User.objects.select_for_update().get(pk=user.pk)
    for erase in privacy.erasers():
        erase(user)
    EmailAddress.objects.filter(user=user).delete()
    user.consents.all().delete()
    Organisation.objects.filter(proposed_by=user).update(proposed_by=None)
    placeholder = f"former-member-{user.pk}"
    user.username = placeholder
    user.email = ""
    user.first_name = ""
    user.last_name = ""
    user.full_name = ""
    user.organisation = None
    user.role = ""
    user.country = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.deleted_at = timezone.now()
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    # Sessions hold the user's id; end them all, on every device.
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()
