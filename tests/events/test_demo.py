"""The demo events: every kind, in four languages, in every registration situation, built idempotently.

The session's demo build (tests/conftest.py) runs `events.demo.build_events`; these tests read what it made.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import Page, Revision

from events import services
from events.demo import LANGUAGES, SPECS, build_events
from events.demo_texts import EVENTS, INDEX
from events.models import (
    Certificate,
    Event,
    EventIndexPage,
    EventPage,
    EventPartner,
    EventSpeaker,
    OutgoingMail,
    Registration,
)
from portal.demo.build import build_demo

pytestmark = pytest.mark.django_db

State = Registration.State
SLUG_OF_KIND = {
    EventPage.Kind.FORUM: "national-forum",
    EventPage.Kind.CONFERENCE: "open-data-conference",
    EventPage.Kind.INFO_SESSION: "e-services-info-session",
    EventPage.Kind.WEBINAR: "cybersecurity-webinar",
    EventPage.Kind.GROUP_MEETING: "broadband-working-group",
}
ZONE_OF_COUNTRY = {"BG": "Europe/Sofia", "UA": "Europe/Kyiv", "PL": "Europe/Warsaw"}


def demo_page(slug: str, language: str = "en") -> EventPage:
    return EventPage.objects.get(slug=slug, locale__language_code=language)


def states(slug: str) -> dict[str, int]:
    return services.counts_by_state(services.event_for_page(demo_page(slug)))


def test_an_event_index_is_published_under_each_home(home_pages):
    indexes = {code: EventIndexPage.objects.child_of(home_pages[code]).get() for code in LANGUAGES}
    assert {index.translation_key for index in indexes.values()} == {indexes["en"].translation_key}
    for code, index in indexes.items():
        assert index.live and index.show_in_menus and index.slug == "events"
        assert index.title == INDEX[code]["title"]
        assert index.introduction == INDEX[code]["introduction"]
    assert [indexes[code].title for code in LANGUAGES] == ["Events", "Събития", "Події", "Wydarzenia"]


@pytest.mark.parametrize("kind", EventPage.Kind.values)
def test_every_kind_of_event_is_live_and_translated_into_four_languages(kind):
    originals = EventPage.objects.filter(kind=kind, locale__language_code="en")
    assert originals.exists()
    for original in originals:
        translations = EventPage.objects.filter(translation_key=original.translation_key)
        assert sorted(page.locale.language_code for page in translations) == sorted(LANGUAGES)
        for page in translations:
            text = EVENTS[page.slug][page.locale.language_code]
            assert page.live and not page.has_unpublished_changes
            assert page.get_parent().specific_class is EventIndexPage
            assert page.get_parent().locale_id == page.locale_id
            assert (page.title, page.introduction) == (text["title"], text["introduction"])
            assert text["body"] in str(page.body[0].value.source)
        assert len({page.title for page in translations}) == len(LANGUAGES)  # really translated


def test_each_event_has_a_programme_speakers_an_organiser_and_its_settings():
    for page in EventPage.objects.select_related("locale"):
        text = EVENTS[page.slug][page.locale.language_code]
        blocks = [block.block_type for block in page.programme]
        assert blocks[0] == "day"
        for day_start in (i for i, block in enumerate(blocks) if block == "day"):
            following = blocks[day_start + 1 :]
            sessions = following[: following.index("day")] if "day" in following else following
            assert 2 <= len(sessions) <= 5
        assert 3 <= blocks.count("session") <= 5
        titles = [block.value["title"] for block in page.programme if block.block_type == "session"]
        assert titles == [title for title, _speakers, _room in text["sessions"]]
        for block in page.programme:
            if block.block_type == "session":
                assert block.value["ends"] > block.value["starts"]

        speakers = list(page.speakers.all())
        assert 1 <= len(speakers) <= 3
        assert [(s.name, s.position, s.organisation) for s in speakers] == [tuple(s) for s in text["speakers"]]
        assert speakers[0].photo is not None
        organisers = [p for p in page.partners.all() if p.role == EventPartner.Role.ORGANISER]
        assert len(organisers) == 1 and organisers[0].organisation is not None

        assert page.languages.exists()
        assert page.audience_role_labels()
        assert page.ends_at > page.starts_at
        if page.is_online:
            assert page.online_url.startswith("https://meet.example.org/")
        if page.has_venue:
            assert page.venue_name and page.venue_city
            assert page.timezone == ZONE_OF_COUNTRY[page.country]
        else:
            assert page.timezone in ZONE_OF_COUNTRY.values()


def test_translations_share_the_event_and_its_registrations():
    for spec in SPECS:
        pages = EventPage.objects.filter(slug=spec.slug)
        assert {services.event_for_page(page).pk for page in pages} == {
            Event.objects.get(translation_key=pages[0].translation_key).pk
        }
        assert len({services.availability(page) for page in pages}) == 1


def test_the_forum_is_open_with_a_quota_and_the_member_has_a_seat(demo_users):
    forum = demo_page("national-forum")
    assert forum.kind == EventPage.Kind.FORUM
    assert (forum.capacity, forum.organisation_quota, forum.waitlist_enabled) == (120, 3, True)
    assert timedelta(days=38) < forum.starts_at - timezone.now() < timedelta(days=41)
    assert services.availability(forum) == "open"
    member = Registration.objects.get(event=services.event_for_page(forum), user=demo_users["member"])
    assert member.state == State.CONFIRMED
    colleague = Registration.objects.get(event=member.event, registered_by=demo_users["member"], user=None)
    assert colleague.organisation == demo_users["member"].organisation


def test_the_training_is_full_with_a_waiting_list_and_asks_two_questions(demo_users):
    training = demo_page("edm-training")
    assert training.kind == EventPage.Kind.TRAINING
    assert (training.capacity, training.waitlist_enabled, training.certificate_hours) == (8, True, Decimal("6"))
    assert services.availability(training) == "waitlist"
    assert services.availability(demo_page("edm-training", "bg")) == "waitlist"
    counts = states("edm-training")
    assert (counts[State.CONFIRMED], counts[State.WAITLISTED]) == (8, 3)
    groupmember = Registration.objects.get(event__page=training, user=demo_users["groupmember"])
    assert groupmember.state == State.WAITLISTED

    questions = {code: list(demo_page("edm-training", code).questions) for code in LANGUAGES}
    assert [q.value["kind"] for q in questions["en"]] == ["choice", "yes_no"]
    assert questions["en"][0].value["label"] == "Which document management system do you use?"
    assert questions["en"][1].value["label"] == "Do you need a certificate?"
    assert len(questions["en"][0].value["options"]) >= 3
    for code in LANGUAGES:  # answers are keyed by question id: the same in every translation
        assert [q.id for q in questions[code]] == [q.id for q in questions["en"]]
    for registration in Registration.objects.filter(event__page=training):
        options = {q.id: list(q.value["options"]) for q in questions[registration.language]}
        choice_id, certificate_id = (q.id for q in questions["en"])
        assert registration.answers[choice_id] in options[choice_id]
        assert registration.answers[certificate_id] in ("yes", "no")


def test_the_info_session_waits_for_the_organisers_approval():
    info = demo_page("e-services-info-session")
    assert info.requires_approval and info.attendance_mode == EventPage.Mode.ONLINE
    counts = states("e-services-info-session")
    assert counts[State.PENDING] == 2 and counts[State.CONFIRMED] == 0


def test_the_webinar_is_full_without_a_waiting_list():
    webinar = demo_page("cybersecurity-webinar")
    assert (webinar.capacity, webinar.waitlist_enabled) == (5, False)
    assert services.availability(webinar) == "full"
    assert states("cybersecurity-webinar")[State.CONFIRMED] == 5


def test_the_conference_is_upcoming_but_its_registration_has_closed():
    conference = demo_page("open-data-conference")
    assert conference.registration_closes_at < timezone.now() < conference.starts_at
    assert services.availability(conference) == "closed"
    assert states("open-data-conference")[State.CONFIRMED] > 0  # registered before it closed


def test_the_working_group_meeting_opens_registration_later():
    meeting = demo_page("broadband-working-group")
    assert timezone.now() + timedelta(days=8) < meeting.registration_opens_at < meeting.starts_at
    assert services.availability(meeting) == "not_yet"


def test_the_member_has_a_certificate_from_the_past_training(demo_users):
    past = demo_page("front-office-digital-skills")
    assert past.kind == EventPage.Kind.TRAINING and past.certificate_hours == Decimal("4")
    assert timedelta(days=28) < timezone.now() - past.ends_at < timedelta(days=32)
    assert services.availability(past) == "past"
    assert [block.value["kind"] for block in past.materials] == ["slides", "recording"]
    counts = states("front-office-digital-skills")
    assert counts[State.ATTENDED] == 3
    certificate = Certificate.objects.get(user=demo_users["member"], event__page=past)
    assert certificate.hours == Decimal("4") and certificate.revoked_at is None
    assert certificate.registration.state == State.ATTENDED
    assert Certificate.objects.filter(event__page=past).count() == 3


def test_no_mail_is_left_to_send_to_the_invented_registrants():
    demo_mails = OutgoingMail.objects.filter(registration__event__page__slug__in=[spec.slug for spec in SPECS])
    assert demo_mails.exists()
    assert not demo_mails.filter(sent_at__isnull=True).exists()


def _counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "events": Event.objects.count(),
        "registrations": Registration.objects.count(),
        "certificates": Certificate.objects.count(),
        "speakers": EventSpeaker.objects.count(),
        "partners": EventPartner.objects.count(),
        "mails": OutgoingMail.objects.count(),
    }


def test_building_the_demo_again_creates_no_duplicates():
    before = _counts()
    lines = build_demo()
    assert "Events: 7 in 4 languages, 32 registrations" in lines
    assert _counts() == before
    assert states("edm-training")[State.WAITLISTED] == 3


def test_the_events_builder_is_idempotent_on_its_own(demo_context):
    context = demo_context
    before = {**_counts(), "revisions": Revision.objects.count()}
    assert build_events(context) == build_events(context) == ["Events: 7 in 4 languages, 32 registrations"]
    # Nothing changed, so nothing was published again either.
    assert {**_counts(), "revisions": Revision.objects.count()} == before
