"""Actions on one registration (approve, reject, cancel, move from the waiting list), each through events.services."""

from __future__ import annotations

from typing import Any

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events import services
from events.admin_forms import ConfirmActionForm, RejectRegistrationForm
from events.admin_views.registrations import (
    ACTIONS_BY_NAME,
    INDEX_URL_NAME,
    INSPECT_URL_NAME,
    State,
)
from events.models import Registration
from events.permissions import may_run_registrations


class RegistrationActionView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm an action (GET), then take it through the service function (POST with CSRF).

    A rule that refuses (the registration changed meanwhile, the event is
    full…) comes back as an error message and changes nothing.
    """

    action_name = ""
    form_class = ConfirmActionForm
    template_name = "events/admin/registration_action.html"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not may_run_registrations(request.user):
            raise PermissionDenied
        self.action = ACTIONS_BY_NAME[self.action_name]
        self.registration = get_object_or_404(Registration.objects.select_related("event__page"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def perform(self, data: dict[str, Any]) -> Registration:
        raise NotImplementedError

    def success_message(self, registration: Registration) -> str:
        raise NotImplementedError

    @cached_property
    def inspect_url(self) -> str:
        return reverse(INSPECT_URL_NAME, args=[quote(self.registration.pk)])

    @cached_property
    def return_url(self) -> str:
        return get_valid_next_url_from_request(self.request) or self.inspect_url

    def get_page_title(self):
        return self.action.label

    def get_page_subtitle(self):
        return self.registration.full_name

    def get_header_icon(self):
        return self.action.icon

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(INDEX_URL_NAME), "label": _("Registrations")},
            {"url": self.inspect_url, "label": self.registration.full_name},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "registration": self.registration,
                "event_page": self.registration.event.page,
                "action": self.action,
                "question": self.action.question % {"name": self.registration.full_name},
                "next_url": get_valid_next_url_from_request(self.request),
                "return_url": self.return_url,
                "applies": self.action.applies_to(self.registration),
            }
        )
        return context

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.form_class()))

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            registration = self.perform(form.cleaned_data)
        except services.RegistrationError as error:
            messages.error(request, error.message)
            return redirect(self.return_url)
        messages.success(
            request, self.success_message(registration), buttons=[messages.button(self.inspect_url, _("View"))]
        )
        return redirect(self.return_url)


class ApproveRegistrationView(RegistrationActionView):
    action_name = "approve"

    def perform(self, data):
        return services.approve_registration(self.registration, by=self.request.user)

    def success_message(self, registration):
        if registration.state == State.CONFIRMED:
            return _("%(name)s is confirmed.") % {"name": registration.full_name}
        return _("No seat was free: %(name)s is on the waiting list.") % {"name": registration.full_name}


class RejectRegistrationView(RegistrationActionView):
    action_name = "reject"
    form_class = RejectRegistrationForm

    def perform(self, data):
        return services.reject_registration(self.registration, by=self.request.user, reason=data["reason"])

    def success_message(self, registration):
        return _("The registration of %(name)s was rejected; they are told by email.") % {
            "name": registration.full_name
        }


class CancelRegistrationView(RegistrationActionView):
    action_name = "cancel"

    def perform(self, data):
        return services.cancel_registration(self.registration, by=self.request.user)

    def success_message(self, registration):
        return _("The registration of %(name)s was cancelled.") % {"name": registration.full_name}


class MoveFromWaitlistView(RegistrationActionView):
    action_name = "move"

    def perform(self, data):
        return services.move_from_waitlist(self.registration, by=self.request.user)

    def success_message(self, registration):
        return _("%(name)s moved from the waiting list and is confirmed.") % {"name": registration.full_name}


# One event ------------------------------------------------------------------------------------
