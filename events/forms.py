"""Forms of events: registering (oneself or a colleague) with the event's own questions."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from events.blocks import RegistrationQuestionBlock
from events.models import EventPage
from portal.forms import NAME_MAX, clean_plain_text
from portal.models import Organisation, User

Kind = RegistrationQuestionBlock.Kind
SHORT_ANSWER_MAX = 300
LONG_ANSWER_MAX = 3000
QUESTION_PREFIX = "question_"


def question_field(question: dict[str, Any]) -> forms.Field:
    """The form field for one of the organiser's questions."""
    common = {
        "label": question["label"],
        "required": bool(question.get("required")),
        "help_text": question.get("help_text", ""),
    }
    kind = question["kind"]
    options = [(option, option) for option in question.get("options") or []]
    if kind == Kind.LONG_TEXT:
        return forms.CharField(max_length=LONG_ANSWER_MAX, widget=forms.Textarea(attrs={"rows": 4}), **common)
    if kind == Kind.CHOICE:
        return forms.ChoiceField(choices=options, widget=forms.RadioSelect, **common)
    if kind == Kind.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(choices=options, widget=forms.CheckboxSelectMultiple, **common)
    if kind == Kind.YES_NO:
        return forms.TypedChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))], widget=forms.RadioSelect, **common)
    return forms.CharField(max_length=SHORT_ANSWER_MAX, **common)


class RegistrationForm(forms.Form):
    """Name, email, organisation, role, the event's questions and consent.

    A logged-in member finds their own details filled in and, when their
    profile names an organisation, may register a colleague of it instead.
    """

    MYSELF = "myself"
    COLLEAGUE = "colleague"

    registering = forms.ChoiceField(
        label=_("Who are you registering?"),
        choices=[(MYSELF, _("Myself")), (COLLEAGUE, _("A colleague of my organisation"))],
        initial=MYSELF,
        widget=forms.RadioSelect,
    )
    full_name = forms.CharField(
        label=_("Full name"), max_length=NAME_MAX, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(label=_("Email"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.confirmed(),
        required=False,
        help_text=_("Choose it from the directory, or type its name below if it is missing."),
    )
    organisation_name = forms.CharField(
        label=_("Organisation not in the directory"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.ChoiceField(label=_("Role"), choices=[("", "—")] + list(User.Role.choices), required=False)
    consent = forms.BooleanField(
        label=_("I agree that the organisers process my registration data to run this event."),
        error_messages={"required": _("You need to agree in order to register.")},
    )

    def __init__(self, *args, page: EventPage, user: User | None = None, **kwargs):
        self.page = page
        self.user = user if user is not None and user.is_authenticated else None
        super().__init__(*args, **kwargs)
        if self.user is None or self.user.organisation_id is None:
            del self.fields["registering"]
        if self.page.consent_text:
            self.fields["consent"].label = self.page.consent_text
        self.question_names: dict[str, str] = {}
        for block in self.page.questions:
            name = f"{QUESTION_PREFIX}{block.id}"
            self.fields[name] = question_field(block.value)
            self.question_names[name] = block.id
        # The consent comes last, after the questions.
        self.order_fields([name for name in self.fields if name != "consent"] + ["consent"])
        if self.user is not None and not self.is_bound:
            self.initial.update(
                {
                    "full_name": self.user.full_name,
                    "email": self.user.email,
                    "organisation": self.user.organisation,
                    "role": self.user.role,
                }
            )

    @property
    def for_colleague(self) -> bool:
        return self.cleaned_data.get("registering") == self.COLLEAGUE

    def clean_full_name(self):
        return clean_plain_text(self.cleaned_data["full_name"])

    def clean_organisation_name(self):
        return clean_plain_text(self.cleaned_data.get("organisation_name", ""))

    def clean(self):
        cleaned = super().clean()
        for name in self.question_names:
            value = cleaned.get(name)
            if isinstance(value, str):
                try:
                    cleaned[name] = clean_plain_text(value)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        if cleaned.get("registering") == self.COLLEAGUE and self.user is not None:
            # A colleague belongs to the member's organisation, whatever was chosen.
            cleaned["organisation"] = self.user.organisation
            cleaned["organisation_name"] = ""
            email = (cleaned.get("email") or "").strip().lower()
            if email and email == (self.user.email or "").lower():
                self.add_error("email", _("Enter your colleague's own email address."))
        elif not cleaned.get("organisation") and not cleaned.get("organisation_name"):
            self.add_error("organisation", _("Choose your organisation or type its name."))
        return cleaned

    def answers(self) -> dict[str, Any]:
        """Answers keyed by question id (the same in every translation of the page)."""
        answers = {}
        for name, question_id in self.question_names.items():
            value = self.cleaned_data.get(name)
            if value not in (None, "", []):
                answers[question_id] = value
        return answers


def question_labels(page: EventPage) -> dict[str, str]:
    """The registration questions of an event page, by block id (the keys of the answers), in order."""
    return {block.id: block.value["label"] for block in page.questions}


def answer_labels(page: EventPage, answers: dict[str, Any]) -> list[tuple[str, str]]:
    """(question, answer) pairs in the page's language and the order of its questions, for screens and exports.

    Questions removed from the page since (answers keep their ids) come last.
    """
    labels = question_labels(page)
    order = {question_id: position for position, question_id in enumerate(labels)}
    rows = []
    # PostgreSQL's jsonb does not keep the order of keys: the page's order of questions counts.
    for question_id, value in sorted(answers.items(), key=lambda item: order.get(item[0], len(order))):
        text = ", ".join(value) if isinstance(value, list) else str(value)
        if value == "yes":
            text = str(_("Yes"))
        elif value == "no":
            text = str(_("No"))
        rows.append((labels.get(question_id, question_id), text))
    return rows
