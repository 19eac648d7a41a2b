"""Spam protection for public forms: a honeypot field and a per-address rate limit."""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website_url"
RATE_WINDOW_SECONDS = 60 * 60


def add_honeypot(form_class: type[forms.Form]) -> type[forms.Form]:
    """Return `form_class` with a hidden field that people never fill and robots do."""

    class HoneypotForm(form_class):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields[HONEYPOT_FIELD] = forms.CharField(
                label=_("Leave this field empty"),
                required=False,
                widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
            )

        def clean(self):
            cleaned_data = super().clean()
            # Kept out of cleaned_data so it is neither stored with the submission nor mailed.
            self.honeypot_value = cleaned_data.pop(HONEYPOT_FIELD, "")
            return cleaned_data

    HoneypotForm.__name__ = form_class.__name__
    return HoneypotForm


def honeypot_filled(form: forms.Form) -> bool:
    return bool(getattr(form, "honeypot_value", ""))


def client_address(request) -> str:
    """The client's address.

    X-Forwarded-For is trusted only as far as settings.TRUSTED_PROXY_COUNT proxies
    append to it: the client writes whatever it likes at the start of the header,
    so only the entry the outermost trusted proxy appended names the real client.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
    if proxies > 0 and forwarded:
        return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


def _rate_key(request, scope: str) -> str:
    return f"{scope}-rate:{client_address(request)}"


def rate_exceeded(request, scope: str, limit: int) -> bool:
    """Whether this address already sent `limit` submissions of `scope` within the hour."""
    return key_rate_exceeded(_rate_key(request, scope), limit)


def record_submission(request, scope: str) -> None:
    record_for_key(_rate_key(request, scope))


def key_rate_exceeded(key: str, limit: int) -> bool:
    """Whether `limit` actions were already counted under `key` (an address, a member) within the hour."""
    return cache.get(key, 0) >= limit


def record_for_key(key: str) -> None:
    if not cache.add(key, 1, RATE_WINDOW_SECONDS):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, RATE_WINDOW_SECONDS)


def contact_rate_exceeded(request) -> bool:
    return rate_exceeded(request, "contact", settings.CONTACT_FORM_RATE)


def record_contact_submission(request) -> None:
    record_submission(request, "contact")
