"""iCalendar files of events: one event (download, mail attachment) or a feed to subscribe to.

Built with the `icalendar` library, which folds lines, escapes text and writes
the VTIMEZONE components. Times stay in the event's own timezone (with TZID),
so "09:00 in Kyiv" shows as nine in Kyiv whatever the reader's calendar uses.

The link to join online is for people with a seat: it goes into a file only
when the file is made for a registration that holds one (the confirmation
mail), never into the public download or the feed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from uuid import UUID

from django.conf import settings
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event
from icalendar.enums import STATUS

from events.models import EventPage, Registration

PRODID = "-//Cooperation Portal//Events//EN"
# SEQUENCE counts seconds from here to the last publication (see `_sequences`):
# an iCalendar INTEGER is 32-bit signed, which lasts until 2088 from this epoch.
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
# How often subscribed calendar apps should fetch the feed again.
FEED_REFRESH = timedelta(hours=1)


def event_uid(page: EventPage) -> str:
    """The same for every translation and every version of an event, so calendars update it in place."""
    return f"{page.translation_key}@{_uid_host()}"


def event_calendar(
    page: EventPage, *, registration: Registration | None = None, request: HttpRequest | None = None
) -> bytes:
    """A calendar file with one event; with the link to join online only for a registration holding a seat.

    `request`, when there is one, saves looking up the site for the page's URL.
    """
    online_link = ""
    if registration is not None and _holds_seat_at(registration, page):
        online_link = page.online_url
    calendar = _calendar()
    calendar.add_component(
        _vevent(page, sequences=_sequences([page]), online_link=online_link, request=request, stamp=timezone.now())
    )
    return _finish(calendar, [page])


def calendar_feed_bytes(pages: Iterable[EventPage], *, name: str, request: HttpRequest | None = None) -> bytes:
    """A calendar of all `pages` (public: never an online link) that calendar apps can subscribe to."""
    pages = list(pages)
    calendar = _calendar()
    calendar.calendar_name = name  # NAME and X-WR-CALNAME
    calendar.refresh_interval = FEED_REFRESH
    calendar.add("X-PUBLISHED-TTL", FEED_REFRESH)  # what Outlook and Apple Calendar read instead
    sequences = _sequences(pages)
    stamp = timezone.now()
    for page in pages:
        calendar.add_component(_vevent(page, sequences=sequences, online_link="", request=request, stamp=stamp))
    return _finish(calendar, pages)


# Parts ---------------------------------------------------------------------------------


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.prodid = PRODID
    calendar.version = "2.0"
    calendar.calscale = "GREGORIAN"
    # PUBLISH: a file to import, not a meeting invitation (no ATTENDEE to answer for).
    calendar.method = "PUBLISH"
    return calendar


def _finish(calendar: Calendar, pages: list[EventPage]) -> bytes:
    if pages:
        # A VTIMEZONE covering the events only (a day either side), instead of the
        # library's default 1970–2038, which would not cover an event after 2038.
        first = min(page.local(page.starts_at) for page in pages).date() - timedelta(days=1)
        last = max(page.local(page.ends_at) for page in pages).date() + timedelta(days=1)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


def _vevent(
    page: EventPage,
    *,
    sequences: dict[UUID, int],
    online_link: str,
    request: HttpRequest | None,
    stamp: datetime,
) -> Event:
    url = page.get_full_url(request) or ""
    # The file speaks the page's language, whichever language the request or mail is in.
    with translation.override(page.locale.language_code):
        description = [page.introduction.strip()]
        if online_link and page.is_online:
            description.append(_("Join online: %(url)s") % {"url": online_link})
        if url:
            description.append(_("Details and registration: %(url)s") % {"url": url})
        event = Event.new(
            uid=event_uid(page),
            sequence=sequences.get(page.translation_key, 0),
            stamp=stamp.astimezone(UTC),
            start=page.local(page.starts_at),
            end=page.local(page.ends_at),
            summary=page.title,
            description="\n\n".join(part for part in description if part),
            location=_location(page, online_link),
            url=url or None,
            status=STATUS.CONFIRMED,
        )
    if page.last_published_at:
        event.last_modified = page.last_published_at.astimezone(UTC)
    return event


def _location(page: EventPage, online_link: str) -> str | None:
    places = []
    if page.has_venue:
        venue = [page.venue_name, page.venue_address, page.venue_city, page.country.name if page.country else ""]
        places.append(", ".join(part.strip() for part in venue if part and part.strip()))
    if page.is_online:
        places.append(online_link or _("Online"))
    return "; ".join(place for place in places if place) or None


def _sequences(pages: list[EventPage]) -> dict[UUID, int]:
    """SEQUENCE per event: seconds from `SEQUENCE_EPOCH` to the last publication of any of its translations.

    RFC 5545 asks for a number that grows with every revision. Publication
    times only grow, need no stored counter, survive Wagtail's pruning of old
    revisions (a revision count would shrink), and are the same whichever
    translation a file is made from, as the shared UID requires. One query for
    all pages.
    """
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    rows = (
        EventPage.objects.filter(translation_key__in=keys)
        .values("translation_key")
        .annotate(last=Max("last_published_at"))
        .values_list("translation_key", "last")
    )
    return {key: max(int((last - SEQUENCE_EPOCH).total_seconds()), 0) for key, last in rows if last is not None}


def _holds_seat_at(registration: Registration, page: EventPage) -> bool:
    # A registration for another event must not unlock this event's link.
    return registration.has_seat and registration.event.translation_key == page.translation_key


def _uid_host() -> str:
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
