"""Forms of the practice library: adoption reports and messages to the implementers."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import Adoption, PracticePage


class AdoptionForm(forms.Form):
    adopted_on = forms.DateField(
        label=_("When did it start?"),
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        input_formats=["%Y-%m", "%Y-%m-%d"],
        help_text=_("Month and year."),
    )
    status = forms.ChoiceField(
        label=_("How far has it got?"), choices=Adoption.Status.choices, widget=forms.RadioSelect
    )
    link = forms.URLField(
        label=_("Link (optional)"),
        required=False,
        assume_scheme="https",
        help_text=_("Where others can read about it."),
    )
    own_practice = forms.ModelChoiceField(
        label=_("Your own case study (optional)"),
        queryset=PracticePage.objects.none(),
        required=False,
        help_text=_("If you described your version in the library, link it here."),
    )

    def __init__(self, *args, organisation=None, exclude_key=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisation is not None:
            self.fields["own_practice"].queryset = (
                PracticePage.objects.live()
                .filter(organisations=organisation)
                .exclude(translation_key=exclude_key)
                .order_by("title")
            )
        else:
            del self.fields["own_practice"]


class ContactForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "The implementers receive it by mail with your name, organisation and address, and can reply to you."
        ),
    )
