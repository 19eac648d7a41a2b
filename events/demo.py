"""Demo events in en, bg, uk and pl: one of every kind, in every registration situation.

`build_events` is registered with `portal.demo` and run by `manage.py load_demo`. It looks every
page and registration up before creating it, so a second run changes nothing but the dates: they
are relative to today (a forum in about forty days, a training that ended a month ago…), so the
demo stays current whenever it is loaded.

Registrations go through `events.services` like any other, but nobody receives mail: the
registrants are invented (addresses @example.net), so their outbox rows are marked sent before the
transaction commits, and the task enqueued on commit finds nothing to send.
"""

from __future__ import annotations

import json
import uuid
import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from wagtail.blocks import StreamValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from events import services
from events.blocks import ExternalLinkBlock, RegistrationQuestionBlock
from events.demo_texts import EVENTS, INDEX
from events.models import EventIndexPage, EventPage, EventPartner, EventSpeaker, OutgoingMail, Registration
from portal.models import Organisation, User

LANGUAGES = ["en", "bg", "uk", "pl"]
ALL_ROLES = list(User.Role.values)
Kind = EventPage.Kind
Mode = EventPage.Mode
# Stable StreamField block ids: answers are stored under the question's id, in every language and run.
_ID_NAMESPACE = uuid.UUID("6f1c2b1e-4d7a-4c5e-9a57-0c9e1f6b2d31")


def _block_id(*parts: object) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, ":".join(str(part) for part in parts)))


@dataclass(frozen=True)
class Person:
    """Someone registered in the demo: invented, or one of the demo users (`user`)."""

    full_name: str
    email: str
    organisation: str
    role: str
    language: str
    user: str = ""  # key of context["users"]: the registrant's own account
    registered_by: str = ""  # key of context["users"]: a colleague who registered them
    attended: bool = False
    # Answers to the training's questions: index of the system's option, needs a certificate.
    system: int = 0
    certificate: bool = True


@dataclass(frozen=True)
class Spec:
    """What an event is, apart from its texts (demo_texts.EVENTS[slug])."""

    slug: str
    kind: str
    day: int  # first day, in days from today (negative: in the past)
    starts: str  # wall-clock time in the event's timezone
    ends: str
    timezone: str
    country: str
    mode: str
    languages: list[str]
    audience: list[str]
    organiser: str
    partners: list[str] = field(default_factory=list)
    # (day of the event, starts, ends) of each session, in the order of the texts' sessions.
    sessions: list[tuple[int, str, str]] = field(default_factory=list)
    last_day: int = 0  # days after the first day on which the event ends
    online_url: str = ""
    capacity: int | None = None
    organisation_quota: int | None = None
    waitlist: bool = True
    approval: bool = False
    opens: int | None = None  # registration opens, in days from today
    closes: int | None = None  # registration closes, in days from today
    certificate_hours: str | None = None
    questions: bool = False
    materials: list[tuple[str, str]] = field(default_factory=list)  # (kind, url) per material title
    people: list[Person] = field(default_factory=list)
    registered_days_ago: int = 0  # when the registrations were made (for events whose window is past)


SPECS = [
    Spec(
        slug="national-forum",
        kind=Kind.FORUM,
        day=40,
        starts="09:30",
        ends="17:00",
        timezone="Europe/Sofia",
        country="BG",
        mode=Mode.HYBRID,
        online_url="https://meet.example.org/national-forum",
        languages=LANGUAGES,
        audience=ALL_ROLES,
        organiser="Ministry of e-Government (demo)",
        partners=["Association of Municipalities of the Rhodopes"],
        sessions=[
            (0, "09:30", "10:00"),
            (0, "10:00", "11:30"),
            (0, "11:45", "13:00"),
            (0, "14:00", "15:30"),
            (0, "15:45", "17:00"),
        ],
        capacity=120,
        organisation_quota=3,
        waitlist=True,
        closes=38,
        people=[
            Person(
                "Mykola Member",
                "member@example.org",
                "Horodnytsia Territorial Community",
                "secretary",
                "uk",
                user="member",
            ),
            Person(
                "Наталія Ткаченко",
                "nataliia.tkachenko@example.net",
                "Horodnytsia Territorial Community",
                "it_expert",
                "uk",
                registered_by="member",
            ),
            Person(
                "Katarzyna Coordinator",
                "coordinator@example.org",
                "Gmina Brzozowa Wola",
                "secretary",
                "pl",
                user="coordinator",
            ),
            Person("Радостина Колева", "radostina.koleva@example.net", "Municipality of Stara Laka", "mayor", "bg"),
            Person("Krzysztof Mazur", "krzysztof.mazur@example.net", "Powiat Lipnicki", "civil_servant", "pl"),
            Person("Богдан Кравець", "bohdan.kravets@example.net", "Pryberezhna Territorial Community", "mayor", "uk"),
        ],
    ),
    Spec(
        slug="edm-training",
        kind=Kind.TRAINING,
        day=20,
        starts="09:00",
        ends="16:00",
        timezone="Europe/Warsaw",
        country="PL",
        mode=Mode.IN_PERSON,
        languages=["pl", "en"],
        audience=["secretary", "it_expert", "civil_servant"],
        organiser="Gmina Brzozowa Wola",
        partners=["Union of Rural Communes (demo)"],
        sessions=[(0, "09:00", "10:30"), (0, "10:45", "12:15"), (0, "13:00", "14:30"), (0, "14:45", "16:00")],
        capacity=8,
        waitlist=True,
        closes=17,
        certificate_hours="6",
        questions=True,
        people=[
            Person(
                "Agnieszka Wiśniewska",
                "agnieszka.wisniewska@example.net",
                "Gmina Brzozowa Wola",
                "secretary",
                "pl",
                system=0,
            ),
            Person(
                "Tomasz Zieliński",
                "tomasz.zielinski@example.net",
                "Gmina Jeziorany Małe",
                "it_expert",
                "pl",
                system=1,
                certificate=False,
            ),
            Person(
                "Magdalena Kamińska",
                "magdalena.kaminska@example.net",
                "Powiat Lipnicki",
                "civil_servant",
                "pl",
                system=0,
            ),
            Person(
                "Оксана Коваленко",
                "oksana.kovalenko@example.net",
                "Pryberezhna Territorial Community",
                "secretary",
                "uk",
                system=2,
            ),
            Person(
                "Тарас Мельник",
                "taras.melnyk@example.net",
                "Velyki Mosty Territorial Community",
                "it_expert",
                "uk",
                system=3,
                certificate=False,
            ),
            Person(
                "Ивелина Петрова",
                "ivelina.petrova@example.net",
                "Municipality of Belitsa Reka",
                "secretary",
                "bg",
                system=4,
            ),
            Person(
                "Стоян Димитров",
                "stoyan.dimitrov@example.net",
                "Municipality of Zlatograd Dol",
                "it_expert",
                "bg",
                system=1,
            ),
            Person(
                "Paweł Lewandowski",
                "pawel.lewandowski@example.net",
                "Union of Rural Communes (demo)",
                "civil_servant",
                "pl",
                system=3,
                certificate=False,
            ),
            # The training is full from here on: the waiting list.
            Person(
                "Ірина Бондаренко",
                "iryna.bondarenko@example.net",
                "Zelenyi Hai Territorial Community",
                "secretary",
                "uk",
                system=4,
            ),
            Person("Joanna Wójcik", "joanna.wojcik@example.net", "Gmina Jeziorany Małe", "secretary", "pl", system=1),
            Person(
                "Georgi Groupmember",
                "groupmember@example.org",
                "Municipality of Kameno Pole",
                "it_expert",
                "bg",
                user="groupmember",
                system=0,
            ),
        ],
    ),
    Spec(
        slug="e-services-info-session",
        kind=Kind.INFO_SESSION,
        day=15,
        starts="11:00",
        ends="12:30",
        timezone="Europe/Kyiv",
        country="UA",
        mode=Mode.ONLINE,
        online_url="https://meet.example.org/e-services-platform",
        languages=["uk", "en"],
        audience=["mayor", "secretary", "it_expert"],
        organiser="Digital Transformation Agency (demo)",
        sessions=[(0, "11:00", "11:30"), (0, "11:30", "12:00"), (0, "12:00", "12:30")],
        capacity=40,
        approval=True,
        people=[
            Person("Сергій Лисенко", "serhii.lysenko@example.net", "Zelenyi Hai Territorial Community", "mayor", "uk"),
            Person("Галина Мороз", "halyna.moroz@example.net", "Pryberezhna Territorial Community", "it_expert", "uk"),
        ],
    ),
    Spec(
        slug="cybersecurity-webinar",
        kind=Kind.WEBINAR,
        day=7,
        starts="10:00",
        ends="11:30",
        timezone="Europe/Sofia",
        country="BG",
        mode=Mode.ONLINE,
        online_url="https://meet.example.org/cybersecurity-basics",
        languages=["bg", "en"],
        audience=ALL_ROLES,
        organiser="Ministry of e-Government (demo)",
        partners=["Municipality of Sinye Vodi"],
        sessions=[(0, "10:00", "10:30"), (0, "10:30", "11:00"), (0, "11:00", "11:30")],
        capacity=5,
        waitlist=False,
        people=[
            Person(
                "Николай Георгиев", "nikolay.georgiev@example.net", "Municipality of Kameno Pole", "it_expert", "bg"
            ),
            Person(
                "Десислава Маринова",
                "desislava.marinova@example.net",
                "Municipality of Sinye Vodi",
                "civil_servant",
                "bg",
            ),
            Person(
                "Пламен Тодоров",
                "plamen.todorov@example.net",
                "Association of Municipalities of the Rhodopes",
                "other",
                "bg",
            ),
            Person("Marcin Kaczmarek", "marcin.kaczmarek@example.net", "Gmina Brzozowa Wola", "it_expert", "pl"),
            Person(
                "Андрій Шевчук", "andrii.shevchuk@example.net", "Velyki Mosty Territorial Community", "it_expert", "uk"
            ),
        ],
    ),
    Spec(
        slug="open-data-conference",
        kind=Kind.CONFERENCE,
        day=12,
        last_day=1,
        starts="09:30",
        ends="15:00",
        timezone="Europe/Warsaw",
        country="PL",
        mode=Mode.IN_PERSON,
        languages=LANGUAGES,
        audience=ALL_ROLES,
        organiser="Powiat Lipnicki",
        partners=["Union of Rural Communes (demo)"],
        sessions=[
            (0, "09:30", "11:00"),
            (0, "11:30", "13:00"),
            (0, "14:00", "15:30"),
            (1, "09:30", "12:00"),
            (1, "13:00", "15:00"),
        ],
        capacity=80,
        opens=-45,
        closes=-2,
        registered_days_ago=10,
        people=[
            Person("Ewa Dąbrowska", "ewa.dabrowska@example.net", "Powiat Lipnicki", "civil_servant", "pl"),
            Person(
                "Цветелина Христова",
                "tsvetelina.hristova@example.net",
                "Municipality of Zlatograd Dol",
                "civil_servant",
                "bg",
            ),
            Person(
                "Віктор Поліщук",
                "viktor.polishchuk@example.net",
                "Horodnytsia Territorial Community",
                "it_expert",
                "uk",
            ),
            Person("Monika Szymańska", "monika.szymanska@example.net", "Gmina Jeziorany Małe", "mayor", "pl"),
        ],
    ),
    Spec(
        slug="broadband-working-group",
        kind=Kind.GROUP_MEETING,
        day=45,
        starts="10:00",
        ends="15:00",
        timezone="Europe/Kyiv",
        country="UA",
        mode=Mode.HYBRID,
        online_url="https://meet.example.org/broadband-working-group",
        languages=["uk", "en", "pl"],
        audience=["it_expert", "civil_servant", "mayor"],
        organiser="Velyki Mosty Territorial Community",
        partners=["Zelenyi Hai Territorial Community"],
        sessions=[(0, "10:00", "11:00"), (0, "11:15", "12:30"), (0, "13:30", "14:30"), (0, "14:30", "15:00")],
        capacity=30,
        opens=10,
        closes=43,
    ),
    Spec(
        slug="front-office-digital-skills",
        kind=Kind.TRAINING,
        day=-30,
        starts="10:00",
        ends="14:00",
        timezone="Europe/Kyiv",
        country="UA",
        mode=Mode.IN_PERSON,
        languages=["uk", "en"],
        audience=["secretary", "civil_servant"],
        organiser="Horodnytsia Territorial Community",
        partners=["Digital Transformation Agency (demo)"],
        sessions=[(0, "10:00", "10:50"), (0, "11:00", "11:50"), (0, "12:10", "13:00"), (0, "13:05", "14:00")],
        capacity=20,
        opens=-70,
        closes=-32,
        certificate_hours="4",
        materials=[
            (ExternalLinkBlock.Kind.SLIDES, "https://files.example.org/demo/front-office-digital-skills.pdf"),
            (ExternalLinkBlock.Kind.RECORDING, "https://video.example.org/demo/front-office-digital-skills"),
        ],
        registered_days_ago=40,
        people=[
            Person(
                "Mykola Member",
                "member@example.org",
                "Horodnytsia Territorial Community",
                "secretary",
                "uk",
                user="member",
                attended=True,
            ),
            Person(
                "Людмила Романюк",
                "liudmyla.romaniuk@example.net",
                "Horodnytsia Territorial Community",
                "civil_servant",
                "uk",
                attended=True,
            ),
            Person(
                "Олександр Ткачук",
                "oleksandr.tkachuk@example.net",
                "Pryberezhna Territorial Community",
                "secretary",
                "uk",
                attended=True,
            ),
            # Registered, confirmed, did not come: no certificate.
            Person("Боян Ангелов", "boyan.angelov@example.net", "Municipality of Belitsa Reka", "civil_servant", "bg"),
        ],
    ),
]


def build_events(context: dict) -> list[str]:
    """Create or refresh the demo events and their registrations; return the summary lines."""
    locales: dict[str, Locale] = context["locales"]
    with transaction.atomic():
        mails_before = OutgoingMail.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        indexes = _indexes(context["homes"], locales)
        pages = [_event(spec, indexes, locales, context) for spec in SPECS]
        registrations = []
        for spec, translations in zip(SPECS, pages, strict=True):
            registrations += _registrations(spec, translations["en"], context)
        # Invented people get no mail: the task enqueued on commit finds these already sent.
        demo_emails = {person.email.lower() for spec in SPECS for person in spec.people}
        OutgoingMail.objects.filter(
            pk__gt=mails_before, sent_at__isnull=True, registration__email_key__in=demo_emails
        ).update(sent_at=timezone.now())
    return [f"Events: {len(SPECS)} in {len(LANGUAGES)} languages, {len(registrations)} registrations"]


# Pages ---------------------------------------------------------------------------


def _publish(page: Page) -> None:
    """Publish the page, unless its live version already says the same (a rerun adds no revisions).

    Validation happens once, when the revision is published.
    """
    if page.pk and page.live and not page.has_unpublished_changes:
        stored = type(page).objects.get(pk=page.pk)
        if _content(stored) == _content(page):
            return
    page.save_revision(clean=False).publish()


# Page fields that only record publishing: they differ between two runs and say nothing of the content.
_BOOKKEEPING = {
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "last_published_at",
    "first_published_at",
    "draft_title",
    "has_unpublished_changes",
    "url_path",
    "path",
    "numchild",
}


def _content(page: Page) -> dict:
    data = page.serializable_data()
    return {key: _as_data(value) for key, value in data.items() if key not in _BOOKKEEPING}


def _as_data(value):
    """StreamFields serialise to JSON text, whose key order PostgreSQL's jsonb does not keep: compare the data."""
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _indexes(homes: dict[str, Page], locales: dict[str, Locale]) -> dict[str, EventIndexPage]:
    """The event index under the English home and its translations under the other homes."""
    home = homes["en"]
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=EventIndexPage(title=INDEX["en"]["title"], slug="events", locale=locales["en"]))
    indexes = {"en": index}
    for code in LANGUAGES[1:]:
        translation = index.get_translation_or_none(locales[code])
        if translation is None:
            translation = index.copy_for_translation(locales[code])
        indexes[code] = translation.specific
    for code, page in list(indexes.items()):
        # In the header menu, Events comes right after About.
        about = Page.objects.child_of(homes[code]).filter(slug="about").first()
        if about is not None and page.get_prev_sibling() != about:
            page.move(about, pos="right")
            indexes[code] = EventIndexPage.objects.get(pk=page.pk)
    for code, page in indexes.items():
        page.title = INDEX[code]["title"]
        page.introduction = INDEX[code]["introduction"]
        page.show_in_menus = True
        _publish(page)
    return {code: EventIndexPage.objects.get(pk=page.pk) for code, page in indexes.items()}


def _event(
    spec: Spec, indexes: dict[str, EventIndexPage], locales: dict[str, Locale], context: dict
) -> dict[str, EventPage]:
    """The event's English page and its translations, filled and published."""
    index = indexes["en"]
    page = EventPage.objects.child_of(index).filter(slug=spec.slug).first()
    if page is None:
        page = EventPage(slug=spec.slug, locale=locales["en"])
        _fill(page, spec, "en", context)
        index.add_child(instance=page)
    else:
        _fill(page, spec, "en", context)
    _publish(page)
    pages = {"en": EventPage.objects.get(pk=page.pk)}
    for code in LANGUAGES[1:]:
        translation = page.get_translation_or_none(locales[code])
        if translation is None:
            translation = page.copy_for_translation(locales[code])
        translation = EventPage.objects.get(pk=translation.pk)
        _fill(translation, spec, code, context)
        _publish(translation)
        pages[code] = EventPage.objects.get(pk=translation.pk)
    return pages


def _fill(page: EventPage, spec: Spec, code: str, context: dict) -> None:
    text = EVENTS[spec.slug][code]
    zone = zoneinfo.ZoneInfo(spec.timezone)
    first_day = _today(zone) + timedelta(days=spec.day)

    page.title = text["title"]
    page.introduction = text["introduction"]
    page.show_in_menus = False
    page.kind = spec.kind
    page.starts_at = _at(first_day, spec.starts, zone)
    page.ends_at = _at(first_day + timedelta(days=spec.last_day), spec.ends, zone)
    page.timezone = spec.timezone
    page.languages = [context["locales"][language] for language in spec.languages]
    page.audience_roles = list(spec.audience)
    page.attendance_mode = spec.mode
    page.venue_name, page.venue_address, page.venue_city = text["venue"]
    page.country = spec.country if spec.mode != Mode.ONLINE else ""
    page.online_url = spec.online_url
    page.body = _stream("body", [("paragraph", RichText(text["body"]), _block_id(spec.slug, "body"))])
    page.programme = _stream("programme", _programme(spec, text, first_day))

    page.registration_enabled = True
    page.registration_opens_at = (
        _at(_today(zone) + timedelta(days=spec.opens), "09:00", zone) if spec.opens is not None else None
    )
    page.registration_closes_at = (
        _at(_today(zone) + timedelta(days=spec.closes), "23:59", zone) if spec.closes is not None else None
    )
    page.capacity = spec.capacity
    page.organisation_quota = spec.organisation_quota
    page.waitlist_enabled = spec.waitlist
    page.requires_approval = spec.approval
    page.certificate_hours = Decimal(spec.certificate_hours) if spec.certificate_hours else None
    page.questions = _stream("questions", _questions(spec, text))
    page.materials = _stream(
        "materials",
        [
            ("link", {"title": title, "url": url, "kind": kind}, _block_id(spec.slug, "material", number))
            for number, ((kind, url), title) in enumerate(zip(spec.materials, text.get("materials", []), strict=True))
        ],
    )
    _speakers(page, text, context["image"])
    _partners(page, spec, context["organisations"])


def _stream(field_name: str, children: list[tuple]) -> StreamValue:
    """A StreamField value from (type, value, id) tuples: fixed ids keep answers and diffs stable."""
    return StreamValue(EventPage._meta.get_field(field_name).stream_block, children)


def _today(zone: zoneinfo.ZoneInfo) -> date:
    return timezone.now().astimezone(zone).date()


def _at(day: date, wall_clock: str, zone: zoneinfo.ZoneInfo) -> datetime:
    return datetime.combine(day, time.fromisoformat(wall_clock), tzinfo=zone)


def _programme(spec: Spec, text: dict, first_day: date) -> list[tuple]:
    stream: list[tuple] = []
    current_day = None
    for number, ((day, starts, ends), (title, speakers, room)) in enumerate(
        zip(spec.sessions, text["sessions"], strict=True)
    ):
        if day != current_day:
            current_day = day
            stream.append(("day", first_day + timedelta(days=day), _block_id(spec.slug, "day", day)))
        session = {
            "starts": time.fromisoformat(starts),
            "ends": time.fromisoformat(ends),
            "title": title,
            "speakers": speakers,
            "room": room,
            "description": "",
        }
        stream.append(("session", session, _block_id(spec.slug, "session", number)))
    return stream


def _questions(spec: Spec, text: dict) -> list[tuple]:
    if not spec.questions:
        return []
    (system_label, system_help, options), (certificate_label, certificate_help, _none) = text["questions"]
    Question = RegistrationQuestionBlock.Kind
    return [
        (
            "question",
            {
                "label": system_label,
                "kind": Question.CHOICE,
                "required": True,
                "help_text": system_help,
                "options": _options(spec.slug, options),
            },
            _block_id(spec.slug, "question", "system"),
        ),
        (
            "question",
            {
                "label": certificate_label,
                "kind": Question.YES_NO,
                "required": True,
                "help_text": certificate_help,
                "options": [],
            },
            _block_id(spec.slug, "question", "certificate"),
        ),
    ]


def _options(slug: str, options: list[str]) -> ListValue:
    """The options of a choice question, with fixed ids (a plain list would get new ones each run)."""
    block = EventPage._meta.get_field("questions").stream_block.child_blocks["question"].child_blocks["options"]
    return ListValue(
        block,
        bound_blocks=[
            ListValue.ListChild(block.child_block, option, id=_block_id(slug, "option", number))
            for number, option in enumerate(options)
        ],
    )


def _speakers(page: EventPage, text: dict, image) -> None:
    """Update the page's speakers in place (a translation keeps its own rows), photo on the first."""
    existing = list(page.speakers.all()) if page.pk else []
    speakers = []
    for number, (name, position, organisation) in enumerate(text["speakers"]):
        speaker = existing[number] if number < len(existing) else EventSpeaker()
        speaker.name, speaker.position, speaker.organisation = name, position, organisation
        speaker.photo = image if number == 0 else None
        speaker.sort_order = number
        speakers.append(speaker)
    page.speakers = speakers


def _partners(page: EventPage, spec: Spec, organisations: dict[str, Organisation]) -> None:
    existing = list(page.partners.all()) if page.pk else []
    wanted = [(EventPartner.Role.ORGANISER, spec.organiser)] + [
        (EventPartner.Role.PARTNER, name) for name in spec.partners
    ]
    partners = []
    for number, (role, name) in enumerate(wanted):
        partner = existing[number] if number < len(existing) else EventPartner()
        partner.role, partner.organisation, partner.name, partner.url = role, organisations[name], "", ""
        partner.sort_order = number
        partners.append(partner)
    page.partners = partners


# Registrations ---------------------------------------------------------------------


def _registrations(spec: Spec, page: EventPage, context: dict) -> list[Registration]:
    """Register the spec's people in order (the first come get the seats), unless already registered."""
    event = services.event_for_page(page)
    users: dict[str, User] = context["users"]
    organisations: dict[str, Organisation] = context["organisations"]
    registered_at = timezone.now() - timedelta(days=spec.registered_days_ago) if spec.registered_days_ago else None
    result = []
    for person in spec.people:
        registration = Registration.objects.filter(event=event, email_key=person.email.lower()).first()
        if registration is None:
            account = users[person.user] if person.user else None
            registration = services.register_for_event(
                page,
                services.Registrant(
                    full_name=account.full_name if account else person.full_name,
                    email=account.email if account else person.email,
                    organisation=account.organisation if account else organisations[person.organisation],
                    role=person.role,
                    language=person.language,
                    answers=_answers(spec, person),
                ),
                user=account,
                registered_by=users[person.registered_by] if person.registered_by else None,
                now=registered_at,
            )
        if person.attended and registration.state == Registration.State.CONFIRMED:
            registration, _changed = services.mark_attended(registration, by=users["organiser"])
            # Checked in at the door on the day, not when the demo was loaded.
            Registration.objects.filter(pk=registration.pk).update(attended_at=page.starts_at + timedelta(minutes=20))
        result.append(registration)
    return result


def _answers(spec: Spec, person: Person) -> dict[str, str]:
    if not spec.questions:
        return {}
    options = EVENTS[spec.slug][person.language]["questions"][0][2]
    return {
        _block_id(spec.slug, "question", "system"): options[person.system],
        _block_id(spec.slug, "question", "certificate"): "yes" if person.certificate else "no",
    }
