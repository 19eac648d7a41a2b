"""Public side of events: the listing, the event page's context, registering, managing a registration."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_countries import countries

from events import services
from events.forms import RegistrationForm, answer_labels
from events.models import EventIndexPage, EventPage, Registration
from events.permissions import may_run_registrations
from events.tokens import make_token, registration_from_token
from portal import spam

EVENTS_PER_PAGE = 12


# The listing ------------------------------------------------------------------------


def _month_choices(now: datetime) -> list[tuple[str, str]]:
    from django.utils.formats import date_format

    months = []
    year, month = now.year, now.month
    for _step in range(12):
        value = f"{year:04d}-{month:02d}"
        months.append((value, date_format(datetime(year, month, 1), "YEAR_MONTH_FORMAT")))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months


def event_index(request, index: EventIndexPage) -> TemplateResponse:
    """Upcoming events (or past ones with ?when=past), filtered by kind, language, attendance, country, month."""
    now = timezone.now()
    events = EventPage.objects.child_of(index).live().public().select_related("locale")
    past = request.GET.get("when") == "past"
    events = events.filter(ends_at__lte=now).order_by("-starts_at") if past else events.filter(ends_at__gt=now)
    if not past:
        events = events.order_by("starts_at")

    filters = {}
    kind = request.GET.get("kind", "")
    if kind in EventPage.Kind.values:
        events = events.filter(kind=kind)
        filters["kind"] = kind
    language = request.GET.get("language", "")
    if language in dict(settings.LANGUAGES):
        events = events.filter(languages__language_code=language)
        filters["language"] = language
    mode = request.GET.get("mode", "")
    if mode == "online":
        events = events.filter(attendance_mode__in=[EventPage.Mode.ONLINE, EventPage.Mode.HYBRID])
        filters["mode"] = mode
    elif mode == "in_person":
        events = events.filter(attendance_mode__in=[EventPage.Mode.IN_PERSON, EventPage.Mode.HYBRID])
        filters["mode"] = mode
    country = request.GET.get("country", "").upper()
    if country and country in dict(countries):
        events = events.filter(country=country)
        filters["country"] = country
    month = request.GET.get("month", "")
    if len(month) == 7 and month[4] == "-" and month.replace("-", "").isdigit():
        year, month_number = int(month[:4]), int(month[5:])
        if 1 <= month_number <= 12:
            events = events.filter(starts_at__year=year, starts_at__month=month_number)
            filters["month"] = month

    paginator = Paginator(events.distinct(), EVENTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    used_countries = (
        EventPage.objects.child_of(index).live().exclude(country="").values_list("country", flat=True).distinct()
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = index.get_context(request)
    context.update(
        {
            "events": page_obj,
            "page_obj": page_obj,
            "past": past,
            "filters": filters,
            "kinds": EventPage.Kind.choices,
            "languages": settings.LANGUAGES,
            "countries": sorted(((code, dict(countries)[code]) for code in set(used_countries)), key=lambda c: c[1]),
            "months": _month_choices(now),
            "query_without_page": query.urlencode(),
        }
    )
    return TemplateResponse(request, "events/event_index_page.html", context)


# The event page ---------------------------------------------------------------------


def event_context(request, page: EventPage) -> dict:
    """What the event page shows beyond its fields: availability and the visitor's own registration.

    Anonymous visitors get a page the cache can share (availability only);
    a logged-in member sees their registration, and the online link once confirmed.
    """
    context = {"availability": services.availability(page)}
    user = request.user
    if user.is_authenticated:
        event = services.event_for_page(page)
        mine = (
            Registration.objects.filter(event=event, state__in=Registration.ACTIVE_STATES)
            .filter(Q(user=user) | Q(email_key=(user.email or "").lower()))
            .first()
        )
        context["my_registration"] = mine
        if mine is not None:
            context["my_registration_link"] = reverse("events_manage_registration", args=[make_token(mine)])
        context["may_check_in"] = may_run_registrations(user)
    return context


# Registering ------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, page: EventPage):
    """The registration form of an event, and what happens when it is sent."""
    availability = services.availability(page)
    settings_page = services.source_page(page)
    form_class = spam.add_honeypot(RegistrationForm)
    user = request.user if request.user.is_authenticated else None
    form = form_class(request.POST or None, page=page, user=user)
    context = {"page": page, "form": form, "availability": availability, "settings_page": settings_page}
    if availability in ("closed", "not_yet", "past", "full"):
        return render(request, "events/registration_form.html", context, status=200 if request.method == "GET" else 409)
    if request.method == "GET":
        return render(request, "events/registration_form.html", context)

    if not form.is_valid():
        return render(request, "events/registration_form.html", context, status=400)
    if spam.honeypot_filled(form):
        # Robots get the same answer as people, and nothing is saved.
        return render(request, "events/registration_received.html", {"page": page, "registration": None})
    if spam.rate_exceeded(request, "registration", settings.EVENT_REGISTRATION_RATE):
        form.add_error(None, _("Too many registrations from your connection in the last hour. Please try again later."))
        return render(request, "events/registration_form.html", context, status=429)

    data = form.cleaned_data
    registrant = services.Registrant(
        full_name=data["full_name"],
        email=data["email"],
        organisation=data.get("organisation"),
        organisation_name=data.get("organisation_name", ""),
        role=data.get("role", ""),
        language=get_language(),
        answers=form.answers(),
        consent_text=form.fields["consent"].label,
    )
    colleague = user is not None and "registering" in form.fields and form.for_colleague
    try:
        registration = services.register_for_event(
            page,
            registrant,
            user=None if colleague else _own_account(user, data["email"]),
            registered_by=user if colleague else None,
        )
    except services.RegistrationError as error:
        field = {"duplicate": "email", "quota": "organisation"}.get(error.code)
        form.add_error(field, error.message)
        return render(request, "events/registration_form.html", context, status=409)
    spam.record_submission(request, "registration")
    return render(
        request,
        "events/registration_received.html",
        {
            "page": page,
            "registration": registration,
            "manage_url": reverse("events_manage_registration", args=[make_token(registration)]),
        },
    )


def _own_account(user, email: str):
    """A member registering themselves with their own address: link the registration to the account."""
    if user is not None and (user.email or "").lower() == email.strip().lower():
        return user
    return None


# Managing a registration ------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def manage_registration(request, token: str):
    """The link in every mail: see the registration and cancel it, without logging in."""
    registration = registration_from_token(token)
    if registration is None:
        return render(request, "events/registration_invalid_link.html", status=400)
    page = registration.event.page.in_language()
    if request.method == "POST" and request.POST.get("action") == "cancel":
        try:
            services.cancel_registration(registration, by=request.user if request.user.is_authenticated else None)
        except services.RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your registration has been cancelled. We have sent you a confirmation."))
        return redirect("events_manage_registration", token=token)
    return render(
        request,
        "events/registration_manage.html",
        {
            "registration": registration,
            "event_page": page,
            "answers": answer_labels(page, registration.answers),
            "may_cancel": registration.state
            in (Registration.State.PENDING, Registration.State.CONFIRMED, Registration.State.WAITLISTED)
            and not page.is_past,
        },
    )


# My account -------------------------------------------------------------------------


def _registrations_of(user):
    return (
        Registration.objects.filter(Q(user=user) | Q(registered_by=user))
        .select_related("event", "event__page", "certificate")
        .order_by("-event__page__starts_at", "full_name")
    )


def registrations_by_period(user) -> dict[str, list[Registration]]:
    """The member's own registrations and the colleagues they registered: upcoming, waitlisted, past."""
    now = timezone.now()
    groups: dict[str, list[Registration]] = {"upcoming": [], "waitlisted": [], "past": [], "cancelled": []}
    for registration in _registrations_of(user):
        page = registration.event.page
        registration.event_page = page.in_language()
        registration.manage_url = reverse("events_manage_registration", args=[make_token(registration)])
        if page.ends_at <= now:
            groups["past"].append(registration)
        elif registration.state in (Registration.State.CANCELLED, Registration.State.REJECTED):
            groups["cancelled"].append(registration)
        elif registration.state == Registration.State.WAITLISTED:
            groups["waitlisted"].append(registration)
        else:
            groups["upcoming"].append(registration)
    groups["upcoming"].reverse()  # soonest first
    groups["waitlisted"].reverse()
    return groups


@never_cache
@login_required
def my_registrations(request):
    """My account › registrations: mine and my colleagues', with links to cancel and certificates."""
    return render(request, "events/account/registrations.html", {"groups": registrations_by_period(request.user)})
