"""Build (or refresh) the demo site. Every step looks up before it creates, so it is idempotent."""

from __future__ import annotations

import io

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from portal.models import (
    ContactFormField,
    ContactPage,
    HomePage,
    Organisation,
    OrganisationDirectoryPage,
    SiteSettings,
    StandardPage,
    User,
)

from . import builders
from .organisations import ORGANISATIONS
from .texts import TEXTS

LANGUAGES = ["en", "bg", "uk", "pl"]
DEMO_PASSWORD = "demo-password-2026"

# email, full name, role, country, organisation, staff, superuser, Wagtail groups
DEMO_USERS = [
    ("admin@example.org", "Ana Administrator", "other", "BG", "Ministry of e-Government (demo)", True, True, []),
    (
        "organiser@example.org",
        "Olena Organiser",
        "civil_servant",
        "UA",
        "Digital Transformation Agency (demo)",
        True,
        False,
        ["Editors", "Moderators"],
    ),
    ("coordinator@example.org", "Katarzyna Coordinator", "secretary", "PL", "Gmina Brzozowa Wola", False, False, []),
    (
        "groupmember@example.org",
        "Georgi Groupmember",
        "it_expert",
        "BG",
        "Municipality of Kameno Pole",
        False,
        False,
        [],
    ),
    ("member@example.org", "Mykola Member", "secretary", "UA", "Horodnytsia Territorial Community", False, False, []),
]


def build_demo() -> list[str]:
    """Create or refresh the whole demo; search entries are updated once per page at the end, not per revision."""
    from search.indexing import deferred

    with deferred():
        return _build_demo()


def _build_demo() -> list[str]:
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    organisations = _organisations()
    image = _demo_image()
    home = _home(locales["en"])
    pages = _children(home, image)
    translated = {code: _translate_tree(home, pages, locales[code], image) for code in LANGUAGES if code != "en"}
    _settings(home, pages)
    users = _users(organisations)
    context = {
        "locales": locales,
        "organisations": organisations,
        "users": {user.email.split("@")[0]: user for user in users},
        "homes": {"en": HomePage.objects.get(pk=home.pk), **translated},
        "image": image,
    }
    lines = []
    for builder in builders():  # the apps' own demo content (events, …)
        lines += builder(context)
    return [
        f"Locales: {', '.join(LANGUAGES)}",
        f"Organisations: {len(organisations)}",
        f"Pages: {Page.objects.filter(depth__gte=2).count()} in {1 + len(translated)} languages",
        f"Users (password '{DEMO_PASSWORD}'): {', '.join(u.email for u in users)}",
        *lines,
    ]


def _organisations() -> dict[str, Organisation]:
    return save_organisations(ORGANISATIONS)


def save_organisations(rows) -> dict[str, Organisation]:
    """Create or refresh confirmed organisations from (name, kind, country, region, population, website) rows."""
    result = {}
    for name, kind, country, region, population, website in rows:
        organisation, _ = Organisation.objects.update_or_create(
            name=name,
            country=country,
            defaults={
                "kind": kind,
                "region": region,
                "population": population,
                "website": website,
                "status": "confirmed",
            },
        )
        result[name] = organisation
    return result


def _demo_image():
    from wagtail.images.models import Image

    existing = Image.objects.filter(title="Network forum (demo)").first()
    if existing:
        return existing
    canvas = PILImage.new("RGB", (1600, 900), (11, 79, 138))
    draw = ImageDraw.Draw(canvas)
    for i, (x, y) in enumerate([(300, 450), (800, 450), (1300, 450)]):
        draw.ellipse((x - 180, y - 180, x + 180, y + 180), fill=(243, 245, 248))
        for angle in range(6):
            cx = x + int(230 * [1, 0.5, -0.5, -1, -0.5, 0.5][angle])
            cy = y + int(230 * [0, 0.87, 0.87, 0, -0.87, -0.87][angle])
            draw.ellipse((cx - 40, cy - 40, cx + 40, cy + 40), fill=(255, 191, 71 - i * 10))
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return Image.objects.create(title="Network forum (demo)", file=ImageFile(buffer, name="network-forum.png"))


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _home(locale: Locale) -> HomePage:
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        # Wagtail's own "Welcome" page (a plain Page) is not part of the portal.
        Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
        home = root.add_child(instance=HomePage(title="Cooperation Portal", slug="home", locale=locale))
    _fill_home(home, TEXTS[locale.language_code])
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name, site.root_page = "localhost", 80, "Cooperation Portal", home
    site.save()
    return home


def _fill_home(home: HomePage, text: dict) -> None:
    home.title = text["home_title"]
    home.introduction = text["home_intro"]
    home.body = [("paragraph", RichText(text["home_body"]))]
    _publish(home)


def _standard_body(kind: str, text: dict, image, about: Page | None) -> list:
    if kind != "about":
        return [("paragraph", RichText(text[f"{kind}_body"]))]
    return [
        ("heading", {"text": text["about_heading"], "level": "h2"}),
        ("paragraph", RichText(text["about_body"])),
        (
            "image",
            {
                "image": {"image": image, "alt_text": text["about_image_alt"], "decorative": False},
                "caption": text["about_image_caption"],
            },
        ),
        ("quote", {"text": text["about_quote"], "attribution": text["about_quote_by"]}),
        (
            "table",
            {
                "caption": text["about_table_caption"],
                "table": {
                    "data": text["about_table"],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "",
                },
            },
        ),
    ]


def _children(home: HomePage, image) -> dict[str, Page]:
    text = TEXTS["en"]
    pages: dict[str, Page] = {}
    specs = [
        ("about", StandardPage, True),
        ("organisations", OrganisationDirectoryPage, True),
        ("contact", ContactPage, True),
        ("privacy", StandardPage, False),
        ("accessibility", StandardPage, False),
    ]
    for slug, model, in_menu in specs:
        page = model.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            page = home.add_child(instance=model(title=slug, slug=slug, show_in_menus=in_menu, locale=home.locale))
        pages[slug] = page
    for slug, page in pages.items():
        _fill(page, slug, text, image)
    return pages


def _fill(page: Page, slug: str, text: dict, image) -> None:
    key = "directory" if slug == "organisations" else slug
    page.title = text[f"{key}_title"]
    page.introduction = text[f"{key}_intro"]
    if isinstance(page, StandardPage):
        page.body = _standard_body(slug, text, image, None)
    if isinstance(page, ContactPage):
        page.thank_you_text = text["contact_thanks"]
        page.to_address = "secretariat@example.org"
        page.from_address = "noreply@example.org"
        page.subject = text["contact_subject"]
        _contact_fields(page, text)
    _publish(page)


def _contact_fields(page: ContactPage, text: dict) -> None:
    wanted = [
        ("name", text["field_name"], "singleline", True),
        ("email", text["field_email"], "email", True),
        ("subject", text["field_subject"], "singleline", False),
        ("message", text["field_message"], "multiline", True),
    ]
    existing = list(page.form_fields.all())
    for index, (clean_name, label, field_type, required) in enumerate(wanted):
        field = existing[index] if index < len(existing) else ContactFormField(page=page)
        field.sort_order = index
        field.label, field.field_type, field.required, field.clean_name = label, field_type, required, clean_name
        field.save()
    page.form_fields.set(ContactFormField.objects.filter(page=page).order_by("sort_order")[: len(wanted)])


def _translate_tree(home: HomePage, pages: dict[str, Page], locale: Locale, image) -> HomePage:
    text = TEXTS[locale.language_code]
    home_t = home.get_translation_or_none(locale)
    if home_t is None:
        home_t = home.copy_for_translation(locale)
    home_t = home_t.specific
    _fill_home(home_t, text)
    for slug, page in pages.items():
        page_t = page.get_translation_or_none(locale)
        if page_t is None:
            page_t = page.copy_for_translation(locale)
        _fill(page_t.specific, slug, text, image)
    # Home's call to action points at "about" in the same language.
    about = pages["about"].get_translation(locale)
    home_t = HomePage.objects.get(pk=home_t.pk)  # fresh tree fields after adding children
    home_t.body = [
        ("paragraph", RichText(text["home_body"])),
        (
            "call_to_action",
            {
                "title": text["home_cta_title"],
                "text": text["home_cta_text"],
                "page": about,
                "url": "",
                "button_label": text["home_cta_button"],
            },
        ),
    ]
    _publish(home_t)
    if locale.language_code == "pl":  # once, after every translation exists
        home = HomePage.objects.get(pk=home.pk)
        home.body = [
            ("paragraph", RichText(TEXTS["en"]["home_body"])),
            (
                "call_to_action",
                {
                    "title": TEXTS["en"]["home_cta_title"],
                    "text": TEXTS["en"]["home_cta_text"],
                    "page": pages["about"],
                    "url": "",
                    "button_label": TEXTS["en"]["home_cta_button"],
                },
            ),
        ]
        _publish(home)
    return home_t


def _settings(home: HomePage, pages: dict[str, Page]) -> None:
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Cooperation Network Secretariat (demo)"
    settings.contact_email = "secretariat@example.org"
    settings.phone = "+359 2 000 0000"
    settings.address = "1 Demo Street\n1000 Sofia, Bulgaria"
    settings.privacy_page = pages["privacy"]
    settings.accessibility_page = pages["accessibility"]
    settings.contact_page = pages["contact"]
    settings.save()


def _users(organisations: dict[str, Organisation]) -> list[User]:
    from portal.services import record_consent

    users = []
    for email, name, role, country, org_name, staff, superuser, groups in DEMO_USERS:
        user = User.objects.filter(email=email).first() or User(email=email, username=email.split("@")[0])
        user.full_name, user.role, user.country = name, role, country
        user.organisation = organisations[org_name]
        user.is_staff, user.is_superuser, user.is_active = staff, superuser, True
        user.set_password(DEMO_PASSWORD)
        user.save()
        for group_name in groups:
            group = Group.objects.filter(name=group_name).first()
            if group:
                user.groups.add(group)
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        if not user.consents.exists():
            record_consent(user)
        users.append(user)
    return users
