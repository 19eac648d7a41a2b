"""Language-prefixed URLs of events outside the page tree (the event pages route the rest)."""

from django.urls import path

from events.views import attendance, pages

urlpatterns = [
    path("registrations/<str:token>/", pages.manage_registration, name="events_manage_registration"),
    path("registrations/check-in/<str:token>/", attendance.check_in_by_token, name="events_check_in_token"),
    path("certificates/<uuid:code>/", attendance.verify_certificate, name="events_verify_certificate"),
    path("certificates/<uuid:code>/pdf/", attendance.certificate_pdf, name="events_certificate_pdf"),
    path("account/registrations/", pages.my_registrations, name="events_my_registrations"),
]
