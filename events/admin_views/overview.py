"""The overview of one event's registrations: counts, seats, exports, check-in, message to confirmed registrants."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events import services
from events.admin_forms import MessageToConfirmedForm
from events.admin_views.registrations import (
    INDEX_URL_NAME,
    State,
    registrations_list_url,
)
from events.models import Event, EventMessage, EventPage, Registration
from events.permissions import may_view_registrations


class EventRegistrationsView(WagtailAdminTemplateMixin, TemplateView):
    """An event at a glance for its organisers: counts, seats, exports, check-in, a message to the confirmed."""

    template_name = "events/admin/event_registrations.html"
    header_icon = "clipboard-list"
    page_title = _("Registrations")
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not may_view_registrations(request.user):
            raise PermissionDenied
        self.event = get_object_or_404(Event.objects.select_related("page"), pk=kwargs["event_id"])
        # The source page: its capacity and settings count for every translation.
        self.event_page = self.event.page
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def may_message(self) -> bool:
        return self.request.user.has_perm("events.add_eventmessage")

    def get_page_subtitle(self):
        return self.event_page.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(INDEX_URL_NAME), "label": _("Registrations")},
            {"url": "", "label": self.event_page.title, "sublabel": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        form = MessageToConfirmedForm() if self.may_message else None
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        if not self.may_message:
            raise PermissionDenied
        form = MessageToConfirmedForm(request.POST)
        if form.is_valid():
            recipients = Registration.objects.filter(event=self.event, state__in=Registration.SEATED_STATES)
            if not recipients.exists():
                form.add_error(None, _("No one is confirmed for this event yet, so there is no one to write to."))
            else:
                try:
                    message = services.send_message_to_confirmed(
                        self.event,
                        subject=form.cleaned_data["subject"],
                        body=form.cleaned_data["body"],
                        by=request.user,
                    )
                except services.RegistrationError as error:
                    form.add_error(None, error.message)
                else:
                    queued = message.mails.count()
                    messages.success(
                        request,
                        ngettext(
                            "Your message was queued for %(count)d confirmed registrant.",
                            "Your message was queued for %(count)d confirmed registrants.",
                            queued,
                        )
                        % {"count": queued},
                    )
                    return redirect(request.path)
        messages.error(request, _("The message was not sent; see below."))
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event, page = self.event, self.event_page
        counts = services.counts_by_state(event)
        states = [
            {
                "value": value,
                "label": label,
                "count": counts.get(value, 0),
                "url": registrations_list_url(event=event.pk, state=value),
            }
            for value, label in State.choices
        ]
        taken = services.seats_taken(event)
        page_url = page.get_url(self.request)
        context.update(
            {
                "event": event,
                "event_page": page,
                "states": states,
                "total": sum(row["count"] for row in states),
                "seats_taken": taken,
                "capacity": page.capacity,
                "seats_left": None if page.capacity is None else max(page.capacity - taken, 0),
                "list_url": registrations_list_url(event=event.pk),
                "csv_url": registrations_list_url(event=event.pk, export="csv"),
                "xlsx_url": registrations_list_url(event=event.pk, export="xlsx"),
                "check_in_url": page_url + page.reverse_subpage("check_in") if page_url else "",
                "page_url": page_url or "",
                "edit_page_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "may_message": self.may_message,
                "sent_messages": EventMessage.objects.filter(event=event)
                .select_related("sent_by")
                .annotate(recipients=Count("mails"))
                .order_by("-created_at")[:20],
            }
        )
        return context


def page_registrations(request: HttpRequest, page_id: int) -> HttpResponse:
    """From an event page in the explorer to its event's overview (shared by all translations)."""
    if not may_view_registrations(request.user):
        raise PermissionDenied
    page = get_object_or_404(EventPage, pk=page_id)
    event = services.event_for_page(page)
    return redirect("events_admin:event_registrations", event_id=event.pk)
