"""The registrations list (with its spreadsheet export), the record page, and who may see and change them."""

from __future__ import annotations

import datetime
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise, cached_property
from django.utils.html import format_html, format_html_join
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button
from wagtail.coreutils import multigetattr

from events.forms import answer_labels, question_labels
from events.models import Event, EventPage, Registration
from events.permissions import may_run_registrations
from portal.models import User

State = Registration.State

# URL names: the viewset is registered as "event_registrations" (events/wagtail_hooks.py),
# the views of this module under the "events_admin" namespace.
INDEX_URL_NAME = "event_registrations:index"
INSPECT_URL_NAME = "event_registrations:inspect"


def registrations_list_url(**filters: Any) -> str:
    """The admin list of registrations, filtered (event=…, state=…) and optionally exported (export=csv)."""
    url = reverse(INDEX_URL_NAME)
    return f"{url}?{urlencode(filters)}" if filters else url


# Actions on one registration ---------------------------------------------------------


@dataclass(frozen=True)
class RegistrationAction:
    """An organiser's action on one registration, offered in the states where it applies.

    Offering is a courtesy: the service function decides, and refuses with a
    message when the registration changed meanwhile.
    """

    name: str
    label: Promise
    icon: str
    states: tuple[str, ...]
    question: Promise  # on the confirmation page, with %(name)s
    submit_label: Promise
    serious: bool = False

    def url(self, registration: Registration, next_url: str = "") -> str:
        url = reverse(f"events_admin:{self.name}", args=[registration.pk])
        return f"{url}?{urlencode({'next': next_url})}" if next_url else url

    def applies_to(self, registration: Registration) -> bool:
        if registration.state not in self.states:
            return False
        # A past event's registrations can no longer be cancelled (services.cancel_registration).
        return not (self.name == "cancel" and registration.event.page.is_past)


ACTIONS = (
    RegistrationAction(
        "approve",
        _("Approve"),
        "check",
        (State.PENDING,),
        _("Approve the registration of %(name)s? They get a free seat, or else a place on the waiting list."),
        _("Yes, approve"),
    ),
    RegistrationAction(
        "move",
        _("Move from the waiting list"),
        "arrow-up",
        (State.WAITLISTED,),
        _("Give %(name)s a free seat now, ahead of the rest of the waiting list?"),
        _("Yes, confirm their seat"),
    ),
    RegistrationAction(
        "reject",
        _("Reject"),
        "circle-xmark",
        (State.PENDING, State.WAITLISTED, State.CONFIRMED),
        _("Reject the registration of %(name)s? They are told by email, with your reason if you give one."),
        _("Yes, reject"),
        serious=True,
    ),
    RegistrationAction(
        "cancel",
        _("Cancel"),
        "cross",
        (State.PENDING, State.CONFIRMED, State.WAITLISTED),
        _("Cancel the registration of %(name)s? A seat it frees goes to the first person on the waiting list."),
        _("Yes, cancel the registration"),
        serious=True,
    ),
)
ACTIONS_BY_NAME = {action.name: action for action in ACTIONS}


def actions_for(registration: Registration, user: User) -> list[RegistrationAction]:
    """The actions `user` may take on `registration` in its current state."""
    if not may_run_registrations(user):
        return []
    return [action for action in ACTIONS if action.applies_to(registration)]


# The list and its export ----------------------------------------------------------------


def _csv_text(value: str) -> str:
    """Registrants type these cells: one that starts like a formula stays text in a spreadsheet."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _xlsx_datetime(value: datetime.datetime) -> datetime.datetime:
    # Spreadsheet cells have no timezone: write the wall-clock time the organiser reads in the admin.
    if timezone.is_aware(value):
        value = timezone.make_naive(value)
    return value.replace(microsecond=0)


def _csv_datetime(value: datetime.datetime) -> str:
    return (timezone.localtime(value) if timezone.is_aware(value) else value).strftime("%Y-%m-%d %H:%M")


class RegistrationIndexView(generic.IndexView):
    """Registrations across events, filtered, searched in the database, exported to CSV or XLSX.

    There is neither an add nor an edit form: people register on the event's
    page, and a registration's state changes only through the actions.
    Exporting one event adds a column per question of its registration form.
    """

    QUESTION_FIELD_PREFIX = "answer:"

    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        datetime.datetime: {
            generic.IndexView.FORMAT_XLSX: _xlsx_datetime,
            generic.IndexView.FORMAT_CSV: _csv_datetime,
        },
        str: {generic.IndexView.FORMAT_CSV: _csv_text},
    }

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event__page", "organisation")

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    @cached_property
    def return_url(self) -> str:
        """This listing as the organiser sees it (filters, search, page), to come back to after an action."""
        params = self.request.GET.copy()
        for name in ("_w_filter_fragment", "export"):
            params.pop(name, None)
        query = params.urlencode()
        return f"{self.index_url}?{query}" if query else self.index_url

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for priority, action in enumerate(actions_for(instance, self.request.user), start=1):
            buttons.append(
                MenuItem(action.label, action.url(instance, self.return_url), icon_name=action.icon, priority=priority)
            )
        return buttons

    # Export

    @cached_property
    def exported_event(self) -> Event | None:
        """The event the listing is filtered to, if one."""
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("event")
        return None

    def get_filename(self):
        event = self.exported_event
        if event is None:
            return self.export_filename
        page = event.page
        name = slugify(page.slug) or str(event.pk)
        return f"{self.export_filename}-{page.local(page.starts_at):%Y-%m-%d}-{name}"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if self.filters and not self.filters.is_valid():
            # The listing ignores filters it cannot read (a deleted event…); an export
            # of "this event" must not turn into an export of every event.
            queryset = queryset.none()
        event = self.exported_event
        if event is not None:
            questions = question_labels(event.page)
            columns = {f"{self.QUESTION_FIELD_PREFIX}{question_id}": label for question_id, label in questions.items()}
            # Instance attributes: the class-level ones are shared by every request.
            self.list_export = [*self.list_export, *columns]
            self.export_headings = {**self.export_headings, **columns}
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item: Registration):
        return OrderedDict((field, self.export_value(item, field)) for field in self.list_export)

    def export_value(self, item: Registration, field: str) -> Any:
        answers = item.answers if isinstance(item.answers, dict) else {}
        if field.startswith(self.QUESTION_FIELD_PREFIX):
            question_id = field.removeprefix(self.QUESTION_FIELD_PREFIX)
            if question_id not in answers:
                return ""
            return answer_labels(self._questions_page(item), {question_id: answers[question_id]})[0][1]
        if field == "answers":
            rows = answer_labels(self._questions_page(item), answers)
            return "\n".join(f"{question}: {answer}" for question, answer in rows)
        if field == "state":
            return item.get_state_display()
        if field == "language":
            return item.get_language_display()
        if field == "role":
            return str(dict(User.Role.choices).get(item.role, item.role))
        if field == "event":
            return item.event.page.title
        if field == "reference":
            return str(item.reference)
        return multigetattr(item, field)

    @cached_property
    def _pages_by_event(self) -> dict[int, EventPage]:
        return {}

    def _questions_page(self, item: Registration) -> EventPage:
        # One page per event, so that its questions are parsed once per export, not once per row.
        return self._pages_by_event.setdefault(item.event_id, item.event.page)


class RegistrationInspectView(generic.InspectView):
    """One registration, read only, with the actions that apply to it."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            Registration.objects.select_related("event__page", "organisation", "user", "registered_by", "decided_by"),
            pk=self.pk,
        )

    def get_edit_url(self):
        return None

    def get_answers_display_value(self):
        rows = answer_labels(self.object.event.page, self.object.answers or {})
        if not rows:
            return "-"
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}: {}</li>", rows))

    def get_role_display_value(self):
        return dict(User.Role.choices).get(self.object.role, self.object.role) or "-"

    def get_event_display_value(self):
        return self.object.event.page.title

    @cached_property
    def actions(self) -> list[tuple[RegistrationAction, str]]:
        return [(action, action.url(self.object)) for action in actions_for(self.object, self.request.user)]

    @cached_property
    def header_more_buttons(self):
        buttons = [
            Button(action.label, url=url, icon_name=action.icon, priority=priority)
            for priority, (action, url) in enumerate(self.actions, start=1)
        ]
        return buttons + super().header_more_buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = self.actions
        context["event_registrations_url"] = reverse("events_admin:event_registrations", args=[self.object.event_id])
        return context


def edit_registration(request: HttpRequest, pk: int) -> HttpResponse:
    """There is no edit form: the registration reads on its inspect view, where its actions are.

    A posted edit form (e.g. `state=confirmed`) is ignored, so the state can
    only change through the service functions.
    """
    return redirect(INSPECT_URL_NAME, pk)


def add_registration(request: HttpRequest) -> HttpResponse:
    """People register on the event's page; the admin adds no registrations around the rules."""
    raise PermissionDenied


# The action views ------------------------------------------------------------------------
