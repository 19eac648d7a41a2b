"""Filters of the organisers' registration list in the admin."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from events.models import Event, Registration
from portal.models import Organisation


class RegistrationFilterSet(WagtailFilterSet):
    """Narrow the registrations to one event, one state, one organisation of the directory.

    The event filter is what the per-event overview links to, for the list
    and for the spreadsheet export alike.
    """

    event = django_filters.ModelChoiceFilter(
        label=_("Event"),
        # Event.__str__ is the page title: select the page along, newest events first.
        queryset=Event.objects.select_related("page").order_by("-page__starts_at", "-pk"),
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=Registration.State.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"),
        # Only organisations that registered someone: the directory is long.
        queryset=Organisation.objects.filter(registrations__isnull=False).distinct().order_by("name"),
    )

    class Meta:
        model = Registration
        fields = ["event", "state", "organisation"]
