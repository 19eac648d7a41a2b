"""Signed unsubscribe links: they identify the member and what to stop without a login, and never expire."""

from __future__ import annotations

from django.core import signing

SALT = "forums.unsubscribe"
ALL = "all"


def unsubscribe_token(user, scope: str) -> str:
    """`scope`: "t:<thread id>", "g:<group id>" or "all" (every forum mail)."""
    return signing.dumps({"u": user.pk, "s": scope}, salt=SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int) or not isinstance(data.get("s"), str):
        return None
    return data["u"], data["s"]
