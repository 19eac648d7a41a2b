"""allauth adapter: how sign-up fills our User and records consent."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.encoding import force_str
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    """Fills the profile from the sign-up form and records consent to the privacy notice."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.full_name = form.cleaned_data.get("full_name", "")
        language = get_language()
        if language:
            user.preferred_language = language.split("-")[0]
        if commit:
            user.save()
            if form.cleaned_data.get("privacy_consent"):
                from portal.services import record_consent

                record_consent(user)
        return user

    def format_email_subject(self, subject):
        # The site name in the reader's language, not a fixed English prefix.
        from django.utils.translation import gettext

        return f"[{gettext('Cooperation Portal')}] {force_str(subject)}"

    def is_open_for_signup(self, request):
        return True

    def get_logout_redirect_url(self, request):
        # The home page in the language the member was using: "/" (the setting)
        # would choose a language from the browser's Accept-Language instead.
        from django.urls import reverse

        return reverse("wagtail_serve", args=[""])

    def clean_email(self, email):
        # allauth's field allows 320 characters but the columns hold 254: refuse
        # with a message instead of failing in the database (PostgreSQL).
        from allauth.account import app_settings
        from django.core.validators import MaxLengthValidator

        MaxLengthValidator(app_settings.EMAIL_MAX_LENGTH)(email)
        return super().clean_email(email)


def user_display(user) -> str:
    """How allauth names a member in pages and mails: their full name, not the username."""
    return user.display_name
