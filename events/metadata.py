"""What search engines and link previews read from an event page: schema.org JSON-LD and OpenGraph.

Everything here is public and the same for every visitor (the page is cached
for anonymous visitors): never the link to join online, which is for
confirmed registrants only; a virtual location points at the event page.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from events import services
from events.models import EventPage, EventPartner

SCHEMA = "https://schema.org/"

ATTENDANCE_MODES = {
    EventPage.Mode.IN_PERSON: "OfflineEventAttendanceMode",
    EventPage.Mode.ONLINE: "OnlineEventAttendanceMode",
    EventPage.Mode.HYBRID: "MixedEventAttendanceMode",
}

# What `services.availability` says → schema.org ItemAvailability; "closed" and "past" get no offer.
OFFER_AVAILABILITY = {
    "open": "InStock",
    "waitlist": "SoldOut",
    "full": "SoldOut",
    "not_yet": "PreOrder",
}

# OpenGraph wants language_TERRITORY: the territory where each language of the portal is at home.
OG_LOCALES = {"en": "en_GB", "bg": "bg_BG", "uk": "uk_UA", "pl": "pl_PL"}

# As django.utils.html.json_script does: no "</script>" or "<!--" can end or confuse the element.
_JSON_SCRIPT_ESCAPES = {
    ord(">"): "\\u003E",
    ord("<"): "\\u003C",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def event_json_ld_data(page: EventPage, request: HttpRequest | None, availability: str | None = None) -> dict[str, Any]:
    """The schema.org `Event` describing `page`, as a dict.

    `availability` is `services.availability(page)` when the caller has it already (the event page does).
    """
    url = page.get_full_url(request)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "startDate": page.local(page.starts_at).isoformat(timespec="seconds"),
        "endDate": page.local(page.ends_at).isoformat(timespec="seconds"),
        "eventAttendanceMode": SCHEMA + ATTENDANCE_MODES.get(page.attendance_mode, "OfflineEventAttendanceMode"),
        "eventStatus": SCHEMA + "EventScheduled",
        # The portal takes no payments: every event is free to attend.
        "isAccessibleForFree": True,
    }
    description = page.introduction or page.search_description
    if description:
        data["description"] = description
    if url:
        data["url"] = url
    locations = _locations(page, url)
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    organisers = [_organisation(partner) for partner in _partners(page) if partner.role == EventPartner.Role.ORGANISER]
    if organisers:
        data["organizer"] = organisers
    performers = [{"@type": "Person", "name": speaker.name} for speaker in page.speakers.all()]
    if performers:
        data["performer"] = performers
    data["inLanguage"] = [locale.language_code for locale in page.languages.all()] or [page.locale.language_code]
    offer = _offer(page, url, availability)
    if offer:
        data["offers"] = offer
    return data


def event_json_ld(page: EventPage, request: HttpRequest | None, availability: str | None = None) -> SafeString:
    """The JSON-LD text, escaped to sit inside `<script type="application/ld+json">` whatever the titles hold."""
    text = json.dumps(event_json_ld_data(page, request, availability), cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 — <, >, & are escaped above


def event_metadata(page: EventPage, request: HttpRequest | None, availability: str | None = None) -> dict[str, Any]:
    """What templates/components/event_metadata.html shows: OpenGraph values and the JSON-LD."""
    alternates = sorted(
        {
            og_locale(translation.locale.language_code)
            for translation in page.get_translations().live().select_related("locale")
        }
        - {og_locale(page.locale.language_code)}
    )
    return {
        "title": page.seo_title or page.title,
        "description": page.introduction or page.search_description,
        "url": page.get_full_url(request) or "",
        "locale": og_locale(page.locale.language_code),
        "alternate_locales": alternates,
        "json_ld": event_json_ld(page, request, availability),
    }


def og_locale(language_code: str) -> str:
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


# Parts --------------------------------------------------------------------------------


def _locations(page: EventPage, url: str | None) -> list[dict[str, Any]]:
    locations = []
    if page.has_venue:
        address = {"@type": "PostalAddress"}
        if page.venue_address:
            address["streetAddress"] = page.venue_address
        if page.venue_city:
            address["addressLocality"] = page.venue_city
        if page.country:
            address["addressCountry"] = page.country.code
        place: dict[str, Any] = {"@type": "Place", "address": address}
        if page.venue_name:
            place["name"] = page.venue_name
        locations.append(place)
    if page.is_online:
        # The page, not `online_url`: the link to join is for confirmed registrants only.
        virtual: dict[str, Any] = {"@type": "VirtualLocation"}
        if url:
            virtual["url"] = url
        locations.append(virtual)
    return locations


def _partners(page: EventPage) -> list[EventPartner]:
    return list(page.partners.select_related("organisation"))


def _organisation(partner: EventPartner) -> dict[str, Any]:
    organisation: dict[str, Any] = {"@type": "Organization", "name": partner.display_name}
    if partner.link:
        organisation["url"] = partner.link
    return organisation


def _offer(page: EventPage, url: str | None, availability: str | None) -> dict[str, Any] | None:
    if not page.registration_enabled:
        return None
    schema_availability = OFFER_AVAILABILITY.get(availability or services.availability(page))
    if schema_availability is None:
        return None
    offer: dict[str, Any] = {"@type": "Offer", "availability": SCHEMA + schema_availability}
    if url:
        offer["url"] = url + page.reverse_subpage("register")
    if page.registration_opens_at:
        offer["validFrom"] = page.local(page.registration_opens_at).isoformat(timespec="seconds")
    return offer
