"""Calendar files on the site: one event's .ics to download, and each language's feed to subscribe to.

Both are the same for every visitor, so downstream caches may keep them a
few minutes (unless the page is private: Wagtail's hooks forbid caching
then). Neither ever carries the link to join online: that reaches confirmed
registrants through their mails (`events.calendar`).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from events.calendar import calendar_feed_bytes, event_calendar
from events.models import EventIndexPage, EventPage

CONTENT_TYPE = "text/calendar; charset=utf-8"
# Seconds browsers and proxies may keep a calendar file; a change shows within this time.
MAX_AGE = 300
# A feed lists at most this many upcoming events.
FEED_LIMIT = 500


def event_ics(request: HttpRequest, page: EventPage) -> HttpResponse:
    """One event as a calendar file to download (the page's `calendar/` route)."""
    response = HttpResponse(event_calendar(page, request=request), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, f"{page.slug}.ics")
    _allow_caching(response)
    return response


def calendar_feed(request: HttpRequest, index_page: EventIndexPage) -> HttpResponse:
    """The upcoming public events of one language, soonest first, for calendar apps to subscribe to."""
    pages = (
        EventPage.objects.child_of(index_page)
        .live()
        .public()
        .filter(locale_id=index_page.locale_id, ends_at__gt=timezone.now())
        .select_related("locale")
        .order_by("starts_at", "pk")[:FEED_LIMIT]
    )
    with translation.override(index_page.locale.language_code):
        name = _("Cooperation Portal: %(title)s") % {"title": index_page.title}
    response = HttpResponse(calendar_feed_bytes(pages, name=name, request=request), content_type=CONTENT_TYPE)
    # Inline: calendar apps subscribe to the address; a browser may still save it.
    response["Content-Disposition"] = content_disposition_header(False, f"{index_page.slug}.ics")
    _allow_caching(response)
    return response


def _allow_caching(response: HttpResponse) -> None:
    # A page behind a login or password gets "private, no-store" on top of this from
    # Wagtail's `on_serve_page` hook.
    patch_cache_control(response, public=True, max_age=MAX_AGE)
