"""Forms of the practice library: adoption reports and messages to the implementers."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from portal.models import Organisation
from practices.models import Adoption, PracticePage, System, Topic


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


# Submission, step by step --------------------------------------------------------------------
# Each step's form edits some fields of the draft; the views save each step as a revision.

STORY_HELP = _("You can write *emphasis*, **bold**, [a link](https://example.org) and lists (- item).")
CURRENCIES = [("EUR", "EUR"), ("BGN", "BGN"), ("UAH", "UAH"), ("PLN", "PLN")]
MONTH = {"widget": forms.DateInput(attrs={"type": "month"}, format="%Y-%m"), "input_formats": ["%Y-%m", "%Y-%m-%d"]}


class AboutForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, help_text=_("What was done, where: one line."))
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences: what and with what result."),
    )
    working_group = forms.TypedChoiceField(
        label=_("Working group"), coerce=int, help_text=_("Its coordinators review the practice.")
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"), queryset=Topic.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, groups=(), language: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = {page.pk: page for page in groups}
        self.fields["working_group"].choices = [(page.pk, page.title) for page in groups]
        self.fields["topics"].queryset = Topic.objects.filter(locale__language_code=language).order_by("name")

    def clean_working_group(self):
        return self.groups[self.cleaned_data["working_group"]]


class StoryForm(forms.Form):
    problem = forms.CharField(
        label=_("The problem"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 6}), help_text=STORY_HELP
    )
    actions = forms.CharField(
        label=_("What was done"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 8}), help_text=STORY_HELP
    )
    results = forms.CharField(
        label=_("Results"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("With figures: days saved, share of documents, people trained…"),
    )
    lessons = forms.CharField(
        label=_("Lessons learned (optional)"),
        max_length=10_000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, **kwargs):
        # A draft saved half-way is fine: only submitting needs the whole story.
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False


class FactsForm(forms.Form):
    started_on = forms.DateField(label=_("Start"), required=False, help_text=_("Month and year."), **MONTH)
    live_on = forms.DateField(label=_("Go-live (optional)"), required=False, help_text=_("Month and year."), **MONTH)
    status = forms.ChoiceField(label=_("Status"), choices=PracticePage.Status.choices, widget=forms.RadioSelect)
    systems = forms.ModelMultipleChoiceField(
        label=_("Systems and products used"),
        queryset=System.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    staff_trained = forms.IntegerField(label=_("Staff trained (optional)"), min_value=0, required=False)
    electronic_share = forms.IntegerField(
        label=_("Share of documents handled electronically, in % (optional)"),
        min_value=0,
        max_value=100,
        required=False,
    )
    units_connected = forms.IntegerField(
        label=_("Units connected (optional)"),
        min_value=0,
        required=False,
        help_text=_("Offices, schools, municipal companies…"),
    )
    cost = forms.DecimalField(label=_("Cost (optional)"), min_value=0, max_digits=14, decimal_places=2, required=False)
    currency = forms.ChoiceField(label=_("Currency"), choices=CURRENCIES)
    funding = forms.CharField(label=_("Funding source (optional)"), max_length=300, required=False)

    def __init__(self, *args, language: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["systems"].queryset = System.objects.filter(locale__language_code=language).order_by("name")

    def clean(self):
        cleaned = super().clean()
        started, live = cleaned.get("started_on"), cleaned.get("live_on")
        if started and live and live < started:
            self.add_error("live_on", _("The go-live cannot come before the start."))
        return cleaned


class PlaceForm(forms.Form):
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations"),
        queryset=Organisation.objects.none(),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Who did it. Hold Ctrl (or Cmd) to choose several."),
    )
    country = CountryField().formfield(label=_("Country"))
    region = forms.CharField(label=_("Region"), max_length=120, required=False)
    population = forms.IntegerField(
        label=_("Population"), min_value=0, required=False, help_text=_("Inhabitants served; shown as a size band.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = Organisation.objects.confirmed().order_by("name")


class FilesForm(forms.Form):
    image = forms.ImageField(label=_("Add a picture (optional)"), required=False)
    alt_text = forms.CharField(
        label=_("What the picture shows"),
        max_length=250,
        required=False,
        help_text=_("For people who cannot see it. Needed with every picture."),
    )
    caption = forms.CharField(label=_("Caption (optional)"), max_length=250, required=False)
    document = forms.FileField(label=_("Add a document (optional)"), required=False)
    document_title = forms.CharField(label=_("Title of the document (optional)"), max_length=200, required=False)

    def clean_image(self):
        return _checked(self.cleaned_data.get("image"), "image")

    def clean_document(self):
        return _checked(self.cleaned_data.get("document"), "document")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not cleaned.get("alt_text", "").strip():
            self.add_error("alt_text", _("Say what the picture shows."))
        return cleaned


def _checked(upload, kind: str):
    """The upload if its bytes are of `kind` within the limits (forums/attachments.py), else a clear error."""
    if not upload:
        return None
    from forums.attachments import check_upload

    checked = check_upload(upload)  # raises ValidationError with the reason
    if checked.kind != kind:
        raise forms.ValidationError(
            _("This is not a picture (JPEG, PNG, GIF or WebP).")
            if kind == "image"
            else _("Pictures go in the picture field.")
        )
    upload.seek(0)
    return upload


class ContactEntryForm(forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=160)
    role = forms.CharField(label=_("Role (optional)"), max_length=160, required=False)
    email = forms.EmailField(label=_("Email"), help_text=_("Never shown: messages come through a form."))


ContactsFormSet = forms.formset_factory(ContactEntryForm, extra=1, max_num=3, validate_max=True, can_delete=True)
