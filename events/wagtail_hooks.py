"""Admin: registrations for organisers (list, export, actions, per-event overview) and links from event pages."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet

from events import admin_views
from events.filters import RegistrationFilterSet
from events.models import EventPage, Registration
from events.permissions import may_view_registrations


class RegistrationViewSet(ModelViewSet):
    """Organisers (the Editors group) list, search, filter and export registrations.

    Read only apart from the actions (approve, reject, cancel, move from the
    waiting list), which go through `events.services`; administrators may
    also delete. Registration is not in Wagtail's search index, so the search
    box filters in the database.
    """

    model = Registration
    icon = "clipboard-list"
    menu_label = _("Registrations")
    menu_order = 190
    add_to_admin_menu = True
    url_prefix = "events/registrations"

    index_view_class = admin_views.RegistrationIndexView
    inspect_view_class = admin_views.RegistrationInspectView
    inspect_view_enabled = True
    inspect_template_name = "events/admin/registration_inspect.html"
    copy_view_enabled = False
    # Registrations reference nothing editors need to trace; keep the registration path free of index writes.
    add_to_reference_index = False

    list_display = [
        "full_name",
        "email",
        Column("organisation_name", label=_("Organisation"), sort_key="organisation_name"),
        Column("event", label=_("Event")),
        StatusTagColumn(
            "get_state_display",
            label=_("State"),
            sort_key="state",
            primary=lambda registration: registration.state == Registration.State.PENDING,
        ),
        DateColumn("created_at", label=_("Registered"), sort_key="created_at"),
        DateColumn("attended_at", label=_("Checked in"), sort_key="attended_at"),
    ]
    list_per_page = 50
    ordering = "-created_at"
    filterset_class = RegistrationFilterSet
    search_fields = ["full_name", "email", "organisation_name"]
    search_backend_name = None

    list_export = [
        "full_name",
        "email",
        "organisation_name",
        "role",
        "language",
        "event",
        "state",
        "created_at",
        "confirmed_at",
        "attended_at",
        "answers",
        "reference",
    ]
    export_headings = {
        "full_name": _("Full name"),
        "organisation_name": _("Organisation"),
        "created_at": _("Registered"),
        "confirmed_at": _("Confirmed"),
        "attended_at": _("Checked in"),
        "answers": _("Answers"),
    }
    export_filename = "registrations"

    inspect_view_fields = [
        "event",
        "state",
        "full_name",
        "email",
        "organisation_name",
        "organisation",
        "role",
        "language",
        "answers",
        "created_at",
        "confirmed_at",
        "waitlisted_at",
        "cancelled_at",
        "attended_at",
        "decision_reason",
        "user",
        "registered_by",
        "reference",
    ]

    @property
    def add_view(self):
        return admin_views.add_registration

    @property
    def edit_view(self):
        return admin_views.edit_registration


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("event_registrations")


admin_urlpatterns = [
    path("<int:event_id>/registrations/", admin_views.EventRegistrationsView.as_view(), name="event_registrations"),
    path("pages/<int:page_id>/registrations/", admin_views.page_registrations, name="page_registrations"),
    path("registrations/<int:pk>/approve/", admin_views.ApproveRegistrationView.as_view(), name="approve"),
    path("registrations/<int:pk>/reject/", admin_views.RejectRegistrationView.as_view(), name="reject"),
    path("registrations/<int:pk>/cancel/", admin_views.CancelRegistrationView.as_view(), name="cancel"),
    path("registrations/<int:pk>/move/", admin_views.MoveFromWaitlistView.as_view(), name="move"),
]


@hooks.register("register_admin_urls")
def register_event_admin_urls():
    return [path("events/", include((admin_urlpatterns, "events_admin"), namespace="events_admin"))]


class EventRegistrationsButton(PageMenuItem):
    """On an event page in the explorer: its registrations' overview."""

    label = _("Registrations")
    icon_name = "clipboard-list"
    url_name = "events_admin:page_registrations"

    def is_shown(self, user):
        return issubclass(self.page.specific_class or type(None), EventPage) and may_view_registrations(user)


@hooks.register("register_page_listing_buttons")
def page_listing_registrations_button(page, user, next_url=None):
    yield EventRegistrationsButton(page=page, priority=40)


@hooks.register("register_page_header_buttons")
def page_header_registrations_button(page, user, next_url=None, view_name=None):
    yield EventRegistrationsButton(page=page, priority=40)
