"""Demo case studies: the library in four languages, 32 practices (several translated), systems and adoptions.

`build_practices` is registered with `portal.demo` and run by `manage.py load_demo` after the working
groups (practices belong to groups). It looks every object up by its slug or name first, so a rerun
refreshes the demo in place and adds nothing twice.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from wagtail.models import Locale

from forums.models import WorkingGroupPage
from portal.demo.build import save_organisations
from portal.demo.pages import in_every_language, publish_if_changed
from portal.models import Organisation
from portal.translated import row_for_page
from practices import services
from practices.demo_texts import SYSTEMS, bg, en, pl, uk
from practices.models import (
    Adoption,
    Practice,
    PracticeContact,
    PracticeIndexPage,
    PracticeMail,
    PracticePage,
    System,
    Topic,
)

LANGUAGES = ("en", "bg", "uk", "pl")
PRACTICES = [*bg.PRACTICES, *uk.PRACTICES, *pl.PRACTICES, *en.PRACTICES]
ORGANISATIONS = [row for module in (bg, uk, pl, en) for row in getattr(module, "ORGANISATIONS", [])]

# A practice the demo's group member submitted, waiting for the coordinator's review (English library).
IN_REVIEW = {
    "author": "groupmember",
    "group": "document-management",
    "title": "Scanning incoming mail at the front desk in Kameno Pole",
    "summary": "Every letter is scanned and registered at the front desk the day it arrives.",
    "problem": "<p>Letters travelled on paper between floors for days before anyone registered them.</p>",
    "actions": "<ul><li>Two sheet-fed scanners at the front desk</li><li>A one-page scanning rule</li></ul>",
    "results": "<p>Letters are registered the same day; nobody carries folders between floors.</p>",
}

# An adoption that became a case study of its own: (the origin's key, the adopter's own practice key).
ADAPTATIONS = [("bg-sinye-vodi-edm", "uk-horodnytsia-sev-ovv")]

INDEX = {
    "en": (
        "Practices",
        "Case studies from municipalities, communities and ministries of the network: what they did, what it cost, "
        "what came of it and what they would do differently. Filter them, compare them, and write to the people "
        "who did the work.",
    ),
    "bg": (
        "Добри практики",
        "Примери от общини, общности и министерства в мрежата: какво направиха, колко струваше, какъв е "
        "резултатът и какво биха направили иначе. Филтрирайте, сравнявайте и пишете на хората, които свършиха "
        "работата.",
    ),
    "uk": (
        "Практики",
        "Приклади громад, муніципалітетів і міністерств мережі: що зробили, скільки це коштувало, який результат "
        "і що зробили б інакше. Фільтруйте, порівнюйте й пишіть людям, які це втілили.",
    ),
    "pl": (
        "Dobre praktyki",
        "Studia przypadków gmin, wspólnot i ministerstw z sieci: co zrobiono, ile to kosztowało, jakie są efekty "
        "i co zrobiono by inaczej. Filtruj, porównuj i pisz do osób, które to wdrożyły.",
    ),
}


def build_practices(context: dict) -> list[str]:
    """Create or refresh the library, the systems and every demo practice with its adoptions; return the summary."""
    locales: dict[str, Locale] = context["locales"]
    with transaction.atomic():
        organisations = _organisations(context["organisations"])
        indexes = _indexes(context)
        systems = _systems(locales)
        topics = _topics()
        groups = _groups()
        pages = {
            spec["key"]: _practice(spec, indexes, locales, organisations, systems, topics, groups) for spec in PRACTICES
        }
        adoptions = sum(_adoptions(spec, pages[spec["key"]], organisations) for spec in PRACTICES)
        for origin, adaptation in ADAPTATIONS:
            _adaptation(pages[origin], pages[adaptation])
        services.ensure_review_workflow()
        _in_review(indexes["en"], context["users"][IN_REVIEW["author"]], groups)
    translated = sum(len(spec["texts"]) - 1 for spec in PRACTICES)
    languages = sorted({spec["language"] for spec in PRACTICES})
    return [
        f"Practices: {len(PRACTICES)} written in {', '.join(languages)}, {translated} translations, "
        f"{len(SYSTEMS)} systems, {adoptions} adoptions",
        f"{context['users']['groupmember'].email} submitted a practice that waits for "
        f"{context['users']['coordinator'].email}'s review (/en/practices/review/)",
    ]


def _organisations(existing: dict[str, Organisation]) -> dict[str, Organisation]:
    return {**existing, **save_organisations(ORGANISATIONS)}


def _indexes(context: dict) -> dict[str, PracticeIndexPage]:
    pages = in_every_language(PracticeIndexPage, context["homes"], "practices", context["locales"], after="questions")
    for code, page in pages.items():
        title, introduction = INDEX[code]
        publish_if_changed(page, title=title, introduction=introduction, slug="practices", show_in_menus=True)
    return {code: PracticeIndexPage.objects.get(pk=page.pk) for code, page in pages.items()}


def _systems(locales: dict[str, Locale]) -> dict[str, dict[str, System]]:
    """Each system in every language (the product name stays; translations share the English row's key)."""
    rows: dict[str, dict[str, System]] = {}
    for slug, (name, vendor, licence) in SYSTEMS.items():
        rows[slug] = {}
        for code in LANGUAGES:
            system = System.objects.filter(slug=slug, locale=locales[code]).first() or System(
                slug=slug, locale=locales[code]
            )
            if code != "en":
                system.translation_key = rows[slug]["en"].translation_key
            system.name, system.vendor, system.licence = name, vendor, licence
            system.save()
            rows[slug][code] = system
    return rows


def _topics() -> dict[str, dict[str, Topic]]:
    """The forums demo made the topics; here they are by slug and language."""
    rows: dict[str, dict[str, Topic]] = {}
    for topic in Topic.objects.select_related("locale"):
        rows.setdefault(topic.slug, {})[topic.locale.language_code] = topic
    return rows


def _groups() -> dict[tuple[str, str], WorkingGroupPage]:
    return {
        (page.slug, page.locale.language_code): page
        for page in WorkingGroupPage.objects.select_related("locale").filter(live=True)
    }


def _month(value: str | None) -> date | None:
    if not value:
        return None
    year, month = value.split("-")
    return date(int(year), int(month), 1)


def _practice(spec, indexes, locales, organisations, systems, topics, groups) -> dict[str, PracticePage]:
    """The practice in its original language and each translation the demo has, published with the same facts."""
    languages = tuple(spec["texts"])  # the original first
    pages = in_every_language(PracticePage, indexes, spec["key"], locales, languages=languages)
    facts = spec["facts"]
    for code, page in pages.items():
        text = spec["texts"][code]
        page.organisations.set([organisations[spec["organisation"]]])
        page.systems.set([systems[slug][code] for slug in spec["systems"]])
        publish_if_changed(
            page,
            topics=[topics[slug][code] for slug in spec["topics"]],
            title=text["title"],
            slug=spec["key"],
            summary=text["summary"],
            problem=text["problem"],
            actions=text["actions"],
            results=text["results"],
            lessons=text["lessons"],
            funding=text["funding"],
            started_on=_month(spec["started"]),
            live_on=_month(spec["go_live"]),
            status=spec["status"],
            cost=spec["cost"],
            currency=spec["currency"],
            staff_trained=facts.get("staff_trained"),
            electronic_share=facts.get("electronic_share"),
            units_connected=facts.get("units_connected"),
            country=spec["country"],
            region=spec["region"],
            population=spec["population"],
            working_group=groups.get((spec["group"], code)),
            external_id=f"demo:{spec['key']}",
        )
        if not page.contacts.exists():
            PracticeContact.objects.create(
                page=page,
                name=spec["organisation"],
                role="E-government team",
                email=f"egov.{spec['key']}@example.net",
            )
    return pages


def _adoptions(spec: dict, pages: dict[str, PracticePage], organisations: dict[str, Organisation]) -> int:
    practice = row_for_page(Practice, pages[spec["language"]])
    for name, month, status in spec["adoptions"]:
        Adoption.objects.update_or_create(
            practice=practice,
            organisation=organisations[name],
            defaults={"adopted_on": _month(month), "status": status},
        )
    return len(spec["adoptions"])


def _in_review(library: PracticeIndexPage, author, groups) -> None:
    """Submit the demo's waiting practice once; its mails to the coordinators are not sent."""
    if PracticePage.objects.filter(author=author, title=IN_REVIEW["title"]).exists():
        return
    page = services.start_draft(
        library,
        author,
        title=IN_REVIEW["title"],
        summary=IN_REVIEW["summary"],
        working_group=groups[(IN_REVIEW["group"], "en")],
    )
    services.save_draft(
        page, author, problem=IN_REVIEW["problem"], actions=IN_REVIEW["actions"], results=IN_REVIEW["results"]
    )
    services.submit_for_review(page, author)
    PracticeMail.objects.filter(page=page).delete()


def _adaptation(origin: dict[str, PracticePage], adaptation: dict[str, PracticePage]) -> None:
    """The adopter's own case study says where it came from, and the adoption links to it."""
    practice = row_for_page(Practice, next(iter(origin.values())))
    own = next(iter(adaptation.values()))
    for page in adaptation.values():
        publish_if_changed(page, origin=practice)
    organisation = own.organisations.first()
    Adoption.objects.update_or_create(
        practice=practice,
        organisation=organisation,
        defaults={"adopted_on": own.started_on or date(2024, 1, 1), "own_practice": own},
    )
