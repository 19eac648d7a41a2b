"""Forms of the organisers' admin views: confirming an action, a rejection's reason, a message."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ConfirmActionForm(forms.Form):
    """Nothing to fill in: posting it (with its CSRF token) confirms the action."""


class RejectRegistrationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the registrant in the rejection mail. Optional."),
    )


class MessageToConfirmedForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Message"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Sent by email to everyone confirmed or checked in; not to the waiting list."),
    )

    def clean_subject(self):
        # A subject is one line: a pasted line break would break the mail header.
        return " ".join(self.cleaned_data["subject"].split())
