"""What search engines and link previews read from an event page: JSON-LD and OpenGraph, never the private link."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import Locale

from events import services
from events.models import EventPage, EventPartner, EventSpeaker
from tests.events.conftest import translate

SECRET_LINK = "https://meet.example.org/secret-room-4711"


def render(page, rf) -> str:
    return render_to_string("components/event_metadata.html", {"page": page, "request": rf.get("/")})


def json_ld(html: str) -> dict:
    scripts = BeautifulSoup(html, "html.parser").find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def meta(html: str, prop: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [tag["content"] for tag in soup.find_all("meta", attrs={"property": prop})] + [
        tag["content"] for tag in soup.find_all("meta", attrs={"name": prop})
    ]


def test_json_ld_describes_an_event_in_person(make_event, rf):
    starts = datetime(2031, 6, 10, 6, 0, tzinfo=UTC)
    page = make_event(
        title="Forum of municipal secretaries",
        introduction="Two days on e-services.",
        starts_at=starts,
        ends_at=starts + timedelta(days=1, hours=8),
        timezone="Europe/Warsaw",
        venue_name="Palace of Culture",
        venue_address="plac Defilad 1",
        venue_city="Warszawa",
        country="PL",
    )
    EventPartner.objects.create(
        page=page, role=EventPartner.Role.ORGANISER, name="Ministry of Digital Affairs", url="https://gov.example.pl/"
    )
    EventPartner.objects.create(page=page, role=EventPartner.Role.PARTNER, name="Sponsor Ltd")
    EventSpeaker.objects.create(page=page, name="Anna Kowalska", sort_order=0)
    EventSpeaker.objects.create(page=page, name="Petro Shevchenko", sort_order=1)
    page.languages.set(Locale.objects.filter(language_code__in=["pl", "uk"]))
    page.save()

    data = json_ld(render(page, rf))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Forum of municipal secretaries"
    assert data["description"] == "Two days on e-services."
    assert data["startDate"] == "2031-06-10T08:00:00+02:00"
    assert data["endDate"] == "2031-06-11T16:00:00+02:00"
    assert datetime.fromisoformat(data["startDate"]) == starts
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["url"] == page.full_url
    assert data["location"] == {
        "@type": "Place",
        "name": "Palace of Culture",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "plac Defilad 1",
            "addressLocality": "Warszawa",
            "addressCountry": "PL",
        },
    }
    assert data["organizer"] == [
        {"@type": "Organization", "name": "Ministry of Digital Affairs", "url": "https://gov.example.pl/"}
    ]
    assert [person["name"] for person in data["performer"]] == ["Anna Kowalska", "Petro Shevchenko"]
    assert sorted(data["inLanguage"]) == ["pl", "uk"]
    assert data["offers"]["@type"] == "Offer"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["offers"]["url"] == page.full_url + "register/"


def test_json_ld_of_an_event_without_spoken_languages_names_the_page_language(make_event, rf):
    page = make_event(language="bg")

    assert json_ld(render(page, rf))["inLanguage"] == ["bg"]


def test_online_event_has_a_virtual_location_at_the_page_not_the_join_link(make_event, rf, registrant):
    page = make_event(attendance_mode=EventPage.Mode.ONLINE, online_url=SECRET_LINK)
    services.register_for_event(page, registrant())  # someone holds a seat: still nothing private in the page

    html = render(page, rf)
    data = json_ld(html)

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": page.full_url}
    assert "secret-room" not in html


def test_hybrid_event_has_both_locations(make_event, rf):
    page = make_event(attendance_mode=EventPage.Mode.HYBRID, online_url=SECRET_LINK)

    html = render(page, rf)
    data = json_ld(html)

    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]
    assert data["location"][0]["address"]["addressLocality"] == "Plovdiv"
    assert "secret-room" not in html


def test_full_event_with_waiting_list_is_sold_out(make_event, rf, registrant):
    page = make_event(capacity=1)
    services.register_for_event(page, registrant())

    assert json_ld(render(page, rf))["offers"]["availability"] == "https://schema.org/SoldOut"


def test_event_whose_registration_opens_later_is_on_pre_order(make_event, rf):
    opens = (timezone.now() + timedelta(days=2)).replace(microsecond=0)
    page = make_event(registration_opens_at=opens, timezone="Europe/Kyiv")

    offers = json_ld(render(page, rf))["offers"]

    assert offers["availability"] == "https://schema.org/PreOrder"
    assert datetime.fromisoformat(offers["validFrom"]) == opens


@pytest.mark.parametrize(
    "fields",
    [
        {"registration_enabled": False},
        {"starts_at": timezone.now() - timedelta(days=3), "ends_at": timezone.now() - timedelta(days=2)},
        {"registration_closes_at": timezone.now() - timedelta(hours=1)},
    ],
    ids=["no registration", "past", "registration closed"],
)
def test_no_offer_when_nobody_can_register(make_event, rf, fields):
    page = make_event(**fields)

    data = json_ld(render(page, rf))

    assert data["@type"] == "Event"
    assert "offers" not in data


def test_a_title_cannot_break_out_of_the_script_element(make_event, rf):
    title = "</script><script>alert(1)</script><!-- & more"
    page = make_event(title=title, introduction="<b>bold</b> & </SCRIPT>")

    html = render(page, rf)

    assert html.count("<script") == 1
    assert html.lower().count("</script>") == 1
    assert "<script>alert" not in html
    assert "<!--" not in html
    data = json_ld(html)
    assert data["name"] == title
    assert data["description"] == "<b>bold</b> & </SCRIPT>"
    assert meta(html, "og:title") == [title]


def test_open_graph_tags_with_live_translations_as_alternates(make_event, rf):
    page = make_event(title="Broadband networks", introduction="Connecting villages.", slug="metadata-broadband")
    translate(page, "bg", title="Широколентови мрежи", slug="metadata-shirokolentovi")
    translate(page, "uk", publish=False, title="Широкосмугові мережі", slug="metadata-shyrokosmugovi")

    html = render(page, rf)

    assert meta(html, "og:type") == ["website"]
    assert meta(html, "og:title") == ["Broadband networks"]
    assert meta(html, "og:description") == ["Connecting villages."]
    assert meta(html, "og:url") == [page.full_url]
    assert page.full_url.startswith("http")
    assert meta(html, "og:locale") == ["en_GB"]
    assert meta(html, "og:locale:alternate") == ["bg_BG"]  # the Ukrainian draft is not live
    assert meta(html, "og:site_name") == ["Cooperation Portal"]
    assert meta(html, "twitter:card") == ["summary"]


def test_open_graph_locale_of_a_translation(make_event, rf):
    page = make_event(title="Cybersecurity day", slug="metadata-cyber")
    translated = translate(page, "pl", title="Dzień cyberbezpieczeństwa", slug="metadata-cyber-pl")

    html = render(translated, rf)

    assert meta(html, "og:locale") == ["pl_PL"]
    assert meta(html, "og:locale:alternate") == ["en_GB"]
    assert json_ld(html)["name"] == "Dzień cyberbezpieczeństwa"
