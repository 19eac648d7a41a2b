"""Signed links in mails: manage (or cancel) a registration and check in, without logging in."""

from __future__ import annotations

from django.core import signing

from events.models import Registration

MANAGE_SALT = "events.registration.manage"
CHECK_IN_SALT = "events.registration.check-in"


def make_token(registration: Registration, salt: str = MANAGE_SALT) -> str:
    return signing.Signer(salt=salt).sign(registration.reference.hex)


def registration_from_token(token: str, salt: str = MANAGE_SALT) -> Registration | None:
    """The registration a token stands for; None when the token was altered or its registration is gone."""
    try:
        reference = signing.Signer(salt=salt).unsign(token)
    except signing.BadSignature:
        return None
    return (
        Registration.objects.select_related("event", "event__page", "organisation").filter(reference=reference).first()
    )
