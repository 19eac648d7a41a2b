"""Calendar files: one event's .ics, the feed of each language, and the online link kept for confirmed registrants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events import services
from events.calendar import calendar_feed_bytes, event_calendar
from events.models import EventIndexPage, EventPage
from events.views import calendar as calendar_views
from tests.events.conftest import translate

SECRET_LINK = "https://meet.example.org/secret-room-4711"


def parse(content: bytes) -> Calendar:
    return Calendar.from_ical(content)


def unfolded(content: bytes) -> str:
    """The text with RFC 5545 line folding undone, to search for values a fold may have split."""
    return content.decode().replace("\r\n ", "").replace("\r\n\t", "")


def start_in(days: float) -> datetime:
    return (timezone.now() + timedelta(days=days)).replace(microsecond=0)


def online_event(make_event, **fields) -> EventPage:
    return make_event(attendance_mode=EventPage.Mode.ONLINE, online_url=SECRET_LINK, **fields)


def only_event(calendar: Calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


# One event -------------------------------------------------------------------------


def test_event_file_has_rfc5545_essentials_in_the_event_timezone(make_event):
    starts = datetime(2031, 3, 29, 7, 30, tzinfo=UTC)  # 09:30 in Kyiv, the morning before summer time
    page = make_event(
        title="Electronic document management in communities",
        introduction="How three towns moved to EDM.",
        starts_at=starts,
        ends_at=starts + timedelta(hours=30),  # ends after the clocks went forward
        timezone="Europe/Kyiv",
        venue_name="Town hall",
        venue_address="1 Main Square",
        venue_city="Lviv",
        country="UA",
    )

    calendar = parse(event_calendar(page))

    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["CALSCALE"] == "GREGORIAN"
    event = only_event(calendar)
    assert event["UID"] == f"{page.translation_key}@testserver"
    assert event.stamp.tzinfo is not None and event.stamp.utcoffset() == timedelta(0)
    assert abs(event.stamp - timezone.now()) < timedelta(minutes=1)
    assert event["DTSTART"].params["TZID"] == "Europe/Kyiv"
    assert event["DTEND"].params["TZID"] == "Europe/Kyiv"
    assert event.start == starts
    assert event.end == starts + timedelta(hours=30)
    assert event.start.strftime("%H:%M") == "09:30"
    assert event.end.strftime("%H:%M %z") == "16:30 +0300"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Kyiv"]
    assert calendar.get_missing_tzids() == set()
    assert event["SUMMARY"] == "Electronic document management in communities"
    assert "How three towns moved to EDM." in event["DESCRIPTION"]
    assert page.full_url in event["DESCRIPTION"]
    assert event["URL"] == page.full_url
    assert event["LOCATION"] == "Town hall, 1 Main Square, Lviv, Ukraine"
    assert event["STATUS"] == "CONFIRMED"
    assert isinstance(event["SEQUENCE"], int) and event["SEQUENCE"] > 0


def test_vtimezone_describes_the_offsets_in_use_at_the_event(make_event):
    page = make_event(starts_at=datetime(2040, 7, 1, 6, tzinfo=UTC), timezone="Europe/Warsaw")
    page.ends_at = page.starts_at + timedelta(hours=2)  # unsaved: the file is built from the page as given

    calendar = parse(event_calendar(page))

    (vtimezone,) = calendar.walk("VTIMEZONE")
    # Beyond the library's default range (1970–2038): the summer offset must still be there.
    as_written = vtimezone.to_tz(lookup_tzid=False)  # from the file's own rules, not the system's zone
    assert as_written.utcoffset(datetime(2040, 7, 1, 8)) == timedelta(hours=2)
    assert only_event(calendar).start.astimezone(UTC) == datetime(2040, 7, 1, 6, tzinfo=UTC)


def test_lines_are_folded_at_75_octets_and_end_with_crlf(make_event):
    title = "Електронний документообіг у територіальних громадах: досвід, навчання та підтримка " * 3
    page = make_event(title=title.strip()[:250], introduction="Довгий опис події. " * 30)

    content = event_calendar(page)

    assert content.endswith(b"\r\n")
    assert content.count(b"\n") == content.count(b"\r\n"), "a bare LF"
    lines = content.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines), "nothing long enough was folded"
    for line in lines:
        line.decode("utf-8")  # a fold never splits a character
    assert only_event(parse(content))["SUMMARY"] == page.title


def test_online_event_file_says_online_but_never_gives_the_link_publicly(make_event):
    page = online_event(make_event)

    content = event_calendar(page)

    assert "secret-room" not in unfolded(content)
    assert only_event(parse(content))["LOCATION"] == "Online"


def test_confirmed_registrant_file_has_the_online_link(make_event, registrant):
    page = make_event(attendance_mode=EventPage.Mode.HYBRID, online_url=SECRET_LINK)
    registration = services.register_for_event(page, registrant())
    assert registration.state == registration.State.CONFIRMED

    event = only_event(parse(event_calendar(page, registration=registration)))

    assert SECRET_LINK in event["DESCRIPTION"]
    assert event["LOCATION"] == f"Town hall, Plovdiv, Bulgaria; {SECRET_LINK}"


def test_waitlisted_registrant_file_has_no_online_link(make_event, registrant):
    page = online_event(make_event, capacity=1)
    services.register_for_event(page, registrant())
    waitlisted = services.register_for_event(page, registrant())
    assert waitlisted.state == waitlisted.State.WAITLISTED

    assert "secret-room" not in unfolded(event_calendar(page, registration=waitlisted))


def test_seat_at_another_event_does_not_unlock_the_link(make_event, registrant):
    page = online_event(make_event)
    elsewhere = services.register_for_event(make_event(), registrant())
    assert elsewhere.has_seat

    assert "secret-room" not in unfolded(event_calendar(page, registration=elsewhere))


def test_uid_and_sequence_are_shared_by_translations(make_event):
    page = make_event(title="Forum on open government")
    translated = translate(page, "bg", title="Форум за открито управление", slug="calendar-forum-otkrito")

    english = only_event(parse(event_calendar(page)))
    bulgarian = only_event(parse(event_calendar(translated)))

    assert translated.locale.language_code == "bg"
    assert bulgarian["UID"] == english["UID"] == f"{page.translation_key}@testserver"
    assert bulgarian["SEQUENCE"] == english["SEQUENCE"]
    assert bulgarian["SUMMARY"] == "Форум за открито управление"
    assert english["SUMMARY"] == "Forum on open government"


def test_sequence_grows_when_the_event_is_published_again(make_event):
    page = make_event()
    # The first publication an hour ago: SEQUENCE counts seconds, and both must not fall in one second.
    EventPage.objects.filter(pk=page.pk).update(last_published_at=timezone.now() - timedelta(hours=1))
    page.refresh_from_db()
    before = only_event(parse(event_calendar(page)))["SEQUENCE"]

    page.starts_at += timedelta(days=1)
    page.ends_at += timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    after = only_event(parse(event_calendar(page)))

    assert after["SEQUENCE"] >= before + 3600
    assert after["UID"] == f"{page.translation_key}@testserver"


def test_event_file_route_is_a_cacheable_attachment_without_the_link(client, make_event):
    page = online_event(make_event, slug="calendar-edm-training")

    response = client.get("/en/events/calendar-edm-training/calendar/")

    assert page.url + page.reverse_subpage("ics") == "/en/events/calendar-edm-training/calendar/"  # what templates link
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="calendar-edm-training.ics"'
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")
    assert "secret-room" not in unfolded(response.content)
    assert only_event(parse(response.content))["UID"] == f"{page.translation_key}@testserver"


def test_event_file_route_is_public_even_for_a_confirmed_registrant(client, make_event, registrant, demo_users):
    member = demo_users["member"]
    page = online_event(make_event, slug="calendar-members-webinar")
    services.register_for_event(page, registrant(email=member.email), user=member)
    client.force_login(member)

    response = client.get("/en/events/calendar-members-webinar/calendar/")

    assert response.status_code == 200
    assert "secret-room" not in unfolded(response.content)


def test_event_file_route_names_a_non_ascii_slug_safely(client, make_event):
    make_event(language="bg", slug="форум-общини-календар", title="Форум на общините")

    response = client.get("/bg/events/форум-общини-календар/calendar/")

    assert response.status_code == 200
    assert "filename*=utf-8''%D1%84%D0%BE%D1%80%D1%83%D0%BC" in response["Content-Disposition"]
    assert only_event(parse(response.content))["SUMMARY"] == "Форум на общините"


@pytest.mark.parametrize(
    "path",
    [
        "/en/events/calendar-route-test/register/calendar/",  # under another route of the page
        "/en/calendar/",  # a page that is not an event
        "/en/events/no-such-event/calendar/",
        "/en/events/calendar-draft-event/calendar/",
    ],
)
def test_calendar_file_exists_only_at_live_event_pages(client, make_event, path):
    make_event(slug="calendar-route-test")
    make_event(slug="calendar-draft-event", publish=False, live=False)

    assert client.get(path).status_code == 404


def test_private_event_file_needs_login_and_stays_out_of_shared_caches(client, make_event, demo_users):
    page = make_event(slug="calendar-members-only")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    anonymous = client.get("/en/events/calendar-members-only/calendar/")
    client.force_login(demo_users["member"])
    member = client.get("/en/events/calendar-members-only/calendar/")

    assert anonymous.status_code == 302
    assert member.status_code == 200
    assert "private" in member["Cache-Control"] and "no-store" in member["Cache-Control"]
    assert "public" not in member["Cache-Control"]


# The feed ------------------------------------------------------------------------


def uids(calendar: Calendar) -> list[str]:
    return [str(event["UID"]).split("@")[0] for event in calendar.walk("VEVENT")]


def test_feed_lists_upcoming_live_public_events_of_its_language_soonest_first(client, make_event):
    later = make_event(starts_at=start_in(5), ends_at=start_in(5.2))
    sooner = online_event(make_event, starts_at=start_in(1), ends_at=start_in(1.2))
    running = make_event(starts_at=start_in(-0.5), ends_at=start_in(0.5))
    past = make_event(title="Past", starts_at=start_in(-3), ends_at=start_in(-2))
    draft = make_event(title="Draft", publish=False, live=False)
    unpublished = make_event(title="Unpublished")
    unpublished.unpublish()
    private = make_event(title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    bulgarian = make_event(language="bg", title="Български форум")
    translated = translate(later, "bg", title="Превод", slug="calendar-prevod")

    response = client.get("/en/events/calendar/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("inline")
    assert "public" in response["Cache-Control"]
    calendar = parse(response.content)
    assert calendar["X-WR-CALNAME"] == "Cooperation Portal: Events"
    listed = uids(calendar)
    mine = [str(page.translation_key) for page in (running, sooner, later)]
    assert [uid for uid in listed if uid in mine] == mine
    for page in (past, draft, unpublished, private, bulgarian):
        assert str(page.translation_key) not in listed, page.title
    starts = [event.start for event in calendar.walk("VEVENT")]
    assert starts == sorted(starts)
    assert all(event.end > timezone.now() for event in calendar.walk("VEVENT"))
    assert "secret-room" not in unfolded(response.content)
    assert calendar.get_missing_tzids() == set()

    bulgarian_feed = parse(client.get("/bg/events/calendar/").content)
    summaries = {str(event["SUMMARY"]) for event in bulgarian_feed.walk("VEVENT")}
    assert {bulgarian.title, translated.title} <= summaries
    assert not summaries & {later.title, sooner.title, running.title}
    assert {event.url.split("/")[3] for event in bulgarian_feed.walk("VEVENT")} == {"bg"}


def test_feed_of_no_events_is_still_a_calendar():
    calendar = parse(calendar_feed_bytes([], name="Nothing yet"))

    assert calendar["VERSION"] == "2.0"
    assert calendar["X-WR-CALNAME"] == "Nothing yet"
    assert calendar.walk("VEVENT") == []


def test_feed_is_capped_keeping_the_soonest_events(make_event, monkeypatch, client):
    monkeypatch.setattr(calendar_views, "FEED_LIMIT", 2)
    pages = {days: make_event(starts_at=start_in(days), ends_at=start_in(days + 0.1)) for days in (3, 1, 2)}

    calendar = parse(client.get("/en/events/calendar/").content)

    # The demo's own upcoming events come first or between: only the count and the soonest matter.
    assert len(calendar.walk("VEVENT")) == 2
    soonest = EventPage.objects.live().filter(locale__language_code="en", ends_at__gt=timezone.now())
    assert uids(calendar) == [str(page.translation_key) for page in soonest.order_by("starts_at", "pk")[:2]]
    assert str(pages[3].translation_key) not in uids(calendar)


def test_feed_costs_the_same_queries_for_one_event_or_many(client, make_event):
    make_event()
    client.get("/en/events/calendar/")  # warm the site and route caches
    with CaptureQueriesContext(connection) as one:
        first = client.get("/en/events/calendar/")
    for _n in range(4):
        make_event(timezone="Europe/Warsaw")
    client.get("/en/events/calendar/")
    with CaptureQueriesContext(connection) as five:
        response = client.get("/en/events/calendar/")

    assert len(parse(response.content).walk("VEVENT")) == len(parse(first.content).walk("VEVENT")) + 4
    assert len(five) == len(one)


def test_calendar_feed_bytes_gives_every_event_and_every_timezone(make_event):
    pages = [
        make_event(timezone="Europe/Sofia"),
        make_event(timezone="Europe/Kyiv"),
        make_event(timezone="Europe/Kyiv"),
    ]

    calendar = parse(calendar_feed_bytes(pages, name="Test feed"))

    assert calendar["X-WR-CALNAME"] == "Test feed"
    assert calendar["NAME"] == "Test feed"
    assert [event["UID"] for event in calendar.walk("VEVENT")] == [
        f"{page.translation_key}@testserver" for page in pages
    ]
    assert sorted(tz["TZID"] for tz in calendar.walk("VTIMEZONE")) == ["Europe/Kyiv", "Europe/Sofia"]


def test_feed_index_is_the_one_routed(client, make_event):
    page = make_event()
    index = EventIndexPage.objects.get(pk=page.get_parent().pk)

    assert index.url == "/en/events/"
    assert index.reverse_subpage("feed") == "calendar/"
    assert client.get(index.url + index.reverse_subpage("feed")).status_code == 200
