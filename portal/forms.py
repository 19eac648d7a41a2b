"""Forms of the portal package: sign-up, profile, account deletion, directory filters."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from portal.models import Organisation, User

NAME_MAX = 150


def clean_plain_text(value: str) -> str:
    """Refuse markup in plain-text fields: a clear message instead of stored HTML."""
    if "<" in value or ">" in value:
        raise forms.ValidationError(_("Please use plain text without the characters < and >."))
    return value.strip()


def privacy_notice_url() -> str:
    """The privacy notice in the active language, from the default site's settings."""
    from wagtail.models import Site

    from portal.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    page = SiteSettings.for_site(site).privacy_page if site else None
    return page.localized.url if page else ""


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form plus the member's name and consent to the privacy notice."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=NAME_MAX, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree to the processing of my data as it describes."),
        required=True,
        error_messages={"required": _("You need to agree to the privacy notice to create an account.")},
    )

    field_order = ["full_name", "email", "password1", "password2", "privacy_consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        privacy_url = privacy_notice_url()
        if privacy_url:
            self.fields["privacy_consent"].help_text = format_html(
                '<a href="{}" target="_blank" rel="noopener">{}</a>',
                privacy_url,
                _("Read the privacy notice (opens in a new tab)"),
            )

    def clean_full_name(self):
        return clean_plain_text(self.cleaned_data["full_name"])


class ProfileForm(forms.ModelForm):
    """The member's profile: name, organisation (pick or propose), role, country, language."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.confirmed(),
        required=False,
        help_text=_("Choose your organisation from the directory. If it is missing, propose it below."),
    )
    proposed_organisation = forms.CharField(
        label=_("Propose a missing organisation"),
        max_length=200,
        required=False,
        help_text=_("Its full official name. Staff confirm it before it appears in the directory."),
    )
    proposed_organisation_kind = forms.ChoiceField(
        label=_("Kind of the proposed organisation"),
        choices=[("", "—")] + list(Organisation.Kind.choices),
        required=False,
    )

    class Meta:
        model = User
        fields = ["full_name", "organisation", "role", "country", "preferred_language"]
        labels = {
            "full_name": _("Full name"),
            "role": _("Role"),
            "country": _("Country"),
            "preferred_language": _("Preferred language"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].required = True
        # WCAG 1.3.5: fields about the member themselves name their purpose for autofill.
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["country"].widget.attrs["autocomplete"] = "country"
        self.fields["preferred_language"].choices = settings.LANGUAGES
        current = self.instance.organisation
        if current is not None and current.status == Organisation.Status.PROPOSED:
            # A member's own proposal stays selectable while staff review it.
            self.fields["organisation"].queryset = Organisation.objects.filter(models_q_confirmed_or(current.pk))

    def clean_full_name(self):
        return clean_plain_text(self.cleaned_data["full_name"])

    def clean_proposed_organisation(self):
        return clean_plain_text(self.cleaned_data.get("proposed_organisation", ""))

    def clean(self):
        cleaned = super().clean()
        proposed = cleaned.get("proposed_organisation")
        if proposed and cleaned.get("organisation"):
            self.add_error(
                "proposed_organisation",
                _("Either choose an organisation from the directory or propose a new one, not both."),
            )
        if proposed and not cleaned.get("country"):
            self.add_error("country", _("Give your country so that staff can place the proposed organisation."))
        if proposed and not cleaned.get("proposed_organisation_kind"):
            self.add_error("proposed_organisation_kind", _("Choose what kind of body the organisation is."))
        return cleaned


def models_q_confirmed_or(pk: int):
    from django.db.models import Q

    return Q(status=Organisation.Status.CONFIRMED) | Q(pk=pk)


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for the password, so a borrowed session cannot do it."""

    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, user: User, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request

    def clean_password(self):
        from allauth.account.adapter import get_adapter
        from allauth.core import ratelimit

        password = self.cleaned_data["password"]
        # Without a limit a borrowed session could guess the password here;
        # allauth's "reauthenticate" rate applies (ACCOUNT_RATE_LIMITS).
        if self.request is not None and not ratelimit.consume(self.request, action="reauthenticate", user=self.user):
            raise get_adapter().validation_error("too_many_login_attempts")
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


def _country_filter_choices() -> list[tuple[str, str]]:
    # A callable, so country names follow the reader's language on each request.
    return [("", _("All countries")), *countries]


class OrganisationFilterForm(forms.Form):
    """Search and filters of the public organisation directory."""

    q = forms.CharField(label=_("Name"), max_length=100, required=False)
    country = forms.ChoiceField(label=_("Country"), choices=_country_filter_choices, required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds"))] + list(Organisation.Kind.choices), required=False
    )
