"""Template tags for the layout: navigation, language switcher, footer links."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
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


def _language_urls(page: Page) -> dict[str, tuple[str, bool]]:
    """Per language code: (URL, translated), cached per page until the next publish.

    The URL is the live translation of the page, else that language's home.
    """
    key = f"langs:{current_generation()}:{page.pk}"
    urls = cache.get(key)
    if urls is None or any(code not in urls for code, _name in settings.LANGUAGES):
        translations = {
            translation.locale.language_code: translation.url
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
        urls = {}
        for code, _name in settings.LANGUAGES:
            if code in translations:
                urls[code] = (translations[code], True)
            else:
                home = _home_for(code)
                urls[code] = (home.url if home else f"/{code}/", False)
        cache.set(key, urls, 3600)
    return urls


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per language: the translated page when it exists, else that language's home."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    if isinstance(page, Page) and page.pk:
        urls = _language_urls(page)
        return [
            {"code": code, "name": name, "url": urls[code][0], "current": code == current, "translated": urls[code][1]}
            for code, name in settings.LANGUAGES
        ]
    links = []
    for code, name in settings.LANGUAGES:
        if page is None and request is not None:
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
    # Page.localized asks the database for the active Locale on every call, then
    # for the translation. When the page's locale was fetched with it (as
    # SiteSettings.select_related does for the footer), the first is not needed.
    if not Page.locale.is_cached(page):
        return page.localized
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        return page.localized
    if page.locale.language_code == language:
        return page
    translation = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code=language)
        .exclude(pk=page.pk)
        .first()
    )
    # As Page.localized: a translation that is not live does not replace the page.
    return translation if translation is not None and translation.live else page


@register.simple_tag
def active_locale() -> Locale:
    return Locale.get_active()


@register.filter
def accessible(field, autocomplete=""):
    """Render a bound field with its help text and errors tied to it (aria-describedby).

    `autocomplete` names the purpose of a field about the visitor (WCAG 1.3.5) where the
    form itself cannot, e.g. on editor-built forms; a widget's own value wins.
    """
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    attrs = {}
    if autocomplete and "autocomplete" not in field.field.widget.attrs:
        attrs["autocomplete"] = autocomplete
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)
