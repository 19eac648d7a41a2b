"""Template tags for the layout: navigation, language switcher, footer links."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from portal.cache import current_generation

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _home_for(language: str):
    from portal.models import HomePage

    return HomePage.objects.live().filter(locale__language_code=language).first()


@register.simple_tag
def main_navigation() -> list[dict]:
    """The first level of the page tree in the active language, cached until the next publish."""
    language = get_language()
    key = f"nav:{current_generation()}:{language}"
    items = cache.get(key)
    if items is None:
        home = _home_for(language)
        items = []
        if home is not None:
            items = [{"title": home.title, "url": home.url, "id": home.pk, "home": True}]
            items += [
                {"title": p.title, "url": p.url, "id": p.pk, "home": False}
                for p in home.get_children().live().public().in_menu()
            ]
        cache.set(key, items, 3600)
    return items


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per language: the translated page when it exists, else that language's home."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations: dict[str, str] = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.url
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url, exists = translations[code], True
        elif page is None and request is not None:
            url, exists = translate_url(request.get_full_path(), code), True
        else:
            home = _home_for(code)
            url, exists = (home.url if home else f"/{code}/"), False
        links.append({"code": code, "name": name, "url": url, "current": code == current, "translated": exists})
    return links


@register.simple_tag
def localized(page):
    """The page in the active language when translated, else the page itself."""
    if page is None:
        return None
    return page.localized


@register.simple_tag
def active_locale() -> Locale:
    return Locale.get_active()


@register.filter
def accessible(field):
    """Render a bound field with its help text and errors tied to it (aria-describedby)."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    attrs = {}
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)
