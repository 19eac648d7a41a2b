"""Check-in at the door and certificates of attendance.

Organisers (members with `events.change_registration`) check people in on a
phone: by searching the event's list, or by scanning the QR code of the
confirmation mail, which opens `check_in_by_token`. Every check-in goes
through `services.mark_attended`, which also issues a training's certificate.
Certificates are downloaded by their holder (or an organiser) and verified by
anyone who has the code.
"""

from __future__ import annotations

import unicodedata
import uuid
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from events import certificates, services
from events.models import Certificate, EventPage, Registration
from events.permissions import may_run_registrations
from events.tokens import CHECK_IN_SALT, registration_from_token

# The door's search shows at most this many people: more means "type more of the name".
MAX_RESULTS = 50
MAX_QUERY_LENGTH = 200
# A reference is matched from its start once this many of its characters are typed.
MIN_REFERENCE_PREFIX = 4

State = Registration.State


def _refusal(request, status: int, title: str, text: str, *, page: EventPage | None = None) -> HttpResponse:
    """A page in the reader's language that says why not (403, 400, 404), never an error page."""
    context = {"refusal": {"title": title, "text": text}, "event_page": page}
    return render(request, "events/check_in_result.html", context, status=status)


def _forbidden_check_in(request, page: EventPage | None = None) -> HttpResponse:
    return _refusal(
        request,
        403,
        _("Only organisers can check people in"),
        _(
            "This page is for the organisers at the door. If you organise this event, "
            "ask an administrator to give your account access to registrations."
        ),
        page=page,
    )


def _check_in_time(page: EventPage, registration: Registration) -> str:
    """When someone was checked in, as the wall-clock time at the event's venue."""
    return date_format(page.local(registration.attended_at), "H:i") if registration.attended_at else ""


# The door's list ----------------------------------------------------------------------


def fold(text: str) -> str:
    """Text for comparison: case-folded and without accents, so "иванова" finds "Иванова", "zolc" finds "Żółć"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("ł", "l")


def search_registrations(event, query: str) -> tuple[list[Registration], bool]:
    """The event's registrations whose name or email contains every word of `query`, or whose reference
    starts with it. Confirmed people come first, then those checked in, then everyone else (so the door
    can tell a waitlisted or cancelled person why there is no seat). Returns at most MAX_RESULTS and
    whether there were more.

    Matching happens here rather than in SQL: SQLite folds the case of ASCII letters only, and one
    event's list is small enough to read whole.
    """
    words = fold(query).split()
    if not words:
        return [], False
    reference_prefix = query.strip().lower().replace("-", "")
    if len(reference_prefix) < MIN_REFERENCE_PREFIX or any(c not in "0123456789abcdef" for c in reference_prefix):
        reference_prefix = ""
    rows = Registration.objects.filter(event=event).only(
        "reference", "state", "full_name", "email", "organisation_name", "attended_at", "event_id"
    )
    found = []
    for registration in rows.iterator(chunk_size=500):
        haystack = fold(f"{registration.full_name} {registration.email}")
        if all(word in haystack for word in words) or (
            reference_prefix and registration.reference.hex.startswith(reference_prefix)
        ):
            found.append(registration)
    rank = {State.CONFIRMED: 0, State.ATTENDED: 1}
    found.sort(key=lambda r: (rank.get(r.state, 2), fold(r.full_name), r.pk))
    return found[:MAX_RESULTS], len(found) > MAX_RESULTS


def _record_check_in(request, registration: Registration, page: EventPage) -> None:
    """Check someone in and tell the door what happened, as a message on the next page."""
    try:
        registration, changed = services.mark_attended(registration, by=request.user)
    except services.RegistrationError as error:
        messages.error(request, str(error.message))
        return
    name = registration.full_name
    if not changed:
        messages.warning(
            request,
            _("%(name)s was already checked in at %(time)s.")
            % {"name": name, "time": _check_in_time(page, registration)},
        )
    elif Certificate.objects.filter(registration=registration).exists():
        messages.success(
            request, _("%(name)s is checked in. Their certificate of attendance is issued.") % {"name": name}
        )
    else:
        messages.success(request, _("%(name)s is checked in.") % {"name": name})


@never_cache
@require_http_methods(["GET", "POST"])
def check_in(request, page: EventPage) -> HttpResponse:
    """The door's page of an event: counts, a search by name, email or reference, a button per person."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not may_run_registrations(request.user):
        return _forbidden_check_in(request, page)
    event = services.event_for_page(page)

    if request.method == "POST":
        query = request.POST.get("q", "")[:MAX_QUERY_LENGTH]
        registration = None
        try:
            reference = uuid.UUID(request.POST.get("registration", ""))
        except ValueError:
            pass
        else:
            registration = Registration.objects.filter(event=event, reference=reference).first()
        if registration is None:
            messages.error(request, _("No registration for this event has that reference."))
        else:
            _record_check_in(request, registration, page)
        # Back to the same search, so that a reload does not check anyone in twice.
        return HttpResponseRedirect(request.path + (f"?{urlencode({'q': query})}" if query.strip() else ""))

    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    results, more = search_registrations(event, query) if query else ([], False)
    for registration in results:
        registration.checked_in_time = _check_in_time(page, registration)
    counts = services.counts_by_state(event)
    context = {
        "page": page,
        "query": query,
        "results": results,
        "more_results": more,
        "max_results": MAX_RESULTS,
        "expected": counts[State.CONFIRMED] + counts[State.ATTENDED],
        "checked_in": counts[State.ATTENDED],
        "not_yet": counts[State.CONFIRMED],
    }
    return TemplateResponse(request, "events/check_in.html", context)


# The QR code of the confirmation mail -------------------------------------------------------


def _is_signed(token: str) -> bool:
    try:
        signing.Signer(salt=CHECK_IN_SALT).unsign(token)
    except signing.BadSignature:
        return False
    return True


@never_cache
@require_http_methods(["GET", "POST"])
def check_in_by_token(request, token: str) -> HttpResponse:
    """What the QR code in the confirmation mail opens: the person and a big "Check in" button.

    Only organisers use it; the registrant who opens their own code is told to show it at the door.
    Opening it (GET) never checks anyone in: phones prefetch and preview links.
    """
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not may_run_registrations(request.user):
        return _refusal(
            request,
            403,
            _("This code is for the organisers at the door"),
            _(
                "Please show this code (on your phone or printed) at the entrance when you arrive: "
                "the organisers scan it to check you in."
            ),
        )
    registration = registration_from_token(token, CHECK_IN_SALT)
    if registration is None:
        if _is_signed(token):
            return _refusal(
                request,
                404,
                _("This registration no longer exists"),
                _("The registration of this code was deleted. Search the event's list by name instead."),
            )
        return _refusal(
            request,
            400,
            _("This check-in code is not valid"),
            _("The code is incomplete or has been altered. Search the event's list by name or reference instead."),
        )
    page = registration.event.page.in_language()

    if request.method == "POST":
        _record_check_in(request, registration, page)
        return HttpResponseRedirect(request.path)

    context = {
        "registration": registration,
        "event_page": page,
        "checked_in_time": _check_in_time(page, registration),
    }
    return TemplateResponse(request, "events/check_in_result.html", context)


# Certificates ----------------------------------------------------------------------------


def _certificate_context(certificate: Certificate | None, language: str) -> dict:
    if certificate is None:
        return {"certificate": None}
    return {"certificate": certificate, "event_title": certificates.event_title(certificate, language)}


@require_safe
def verify_certificate(request, code: uuid.UUID) -> HttpResponse:
    """Public: whether a certificate with this code is genuine, revoked, or unknown."""
    certificate = Certificate.objects.select_related("event__page").filter(code=code).first()
    response = render(
        request,
        "events/certificate_verification.html",
        _certificate_context(certificate, get_language()),
        status=200 if certificate is not None else 404,
    )
    # The page holds nothing personal to the visitor, but a revocation must show at once:
    # shared caches (and the anonymous page cache) revalidate rather than serve a stale "genuine".
    patch_cache_control(response, no_cache=True)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_safe
def certificate_pdf(request, code: uuid.UUID) -> HttpResponse:
    """The certificate as PDF, for its holder or an organiser; anyone else learns nothing (404)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    user = request.user
    certificate = Certificate.objects.select_related("event__page", "registration").filter(code=code).first()
    allowed = certificate is not None and (
        (certificate.user_id is not None and certificate.user_id == user.pk) or may_run_registrations(user)
    )
    if not allowed:
        context = {"certificate": None, "download": True}
        return render(request, "events/certificate_verification.html", context, status=404)
    if certificate.revoked_at is not None:
        context = _certificate_context(certificate, get_language()) | {"download": True}
        return render(request, "events/certificate_verification.html", context, status=410)
    pdf = certificates.certificate_pdf(certificate, language=get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=certificates.certificate_filename(certificate)
    )
    return response
