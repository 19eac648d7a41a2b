"""allauth adapter: how sign-up fills our User and records consent."""

from allauth.account.adapter import DefaultAccountAdapter
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

    def is_open_for_signup(self, request):
        return True
