"""Demo pages made once and refreshed in place: the apps' demo builders share these."""

from __future__ import annotations

from wagtail.models import Locale, Page

LANGUAGES = ("en", "bg", "uk", "pl")


def publish_if_changed(page: Page, topics: list | None = None, **fields) -> None:
    """Set the fields and publish, unless the live page already says the same (a rerun adds no revisions)."""
    changed = not page.live or page.has_unpublished_changes
    for name, value in fields.items():
        if getattr(page, name) != value:
            setattr(page, name, value)
            changed = True
    if topics is not None and sorted(t.pk for t in page.topics.all()) != sorted(t.pk for t in topics):
        page.topics = topics
        changed = True
    if changed:
        page.save_revision(clean=False).publish()


def in_every_language(
    model: type[Page],
    parents: dict[str, Page],
    slug: str,
    locales: dict[str, Locale],
    after: str = "",
    languages: tuple[str, ...] = LANGUAGES,
) -> dict[str, Page]:
    """The page under the parent of `languages[0]` (the original) and its translations in the other `languages`.

    A missing page is made as a draft (`publish_if_changed` fills and publishes it), a translation sharing
    the original's `translation_key`, in its place: right after the sibling `after` when there
    is one: what `copy_for_translation` and a move would give, without copying a draft and moving it.
    """
    siblings = model.objects.child_of(parents[languages[0]])
    original = siblings.filter(slug=slug).first() or (siblings.first() if model.max_count_per_parent == 1 else None)
    pages: dict[str, Page] = {}
    for code in languages:
        parent, locale = parents[code], locales[code]
        anchor = Page.objects.child_of(parent).filter(slug=after).first() if after else None
        if original is None:
            page = None
        else:
            page = original if code == languages[0] else original.get_translation_or_none(locale)
        if page is None:
            page = model(title=slug, slug=slug, locale=locale, live=False)
            if original is not None:
                page.translation_key = original.translation_key
            page = anchor.add_sibling(pos="right", instance=page) if anchor else parent.add_child(instance=page)
            original = original or page
        elif anchor is not None and getattr(page.get_prev_sibling(), "pk", None) != anchor.pk:
            page.move(anchor, pos="right")
        pages[code] = model.objects.get(pk=page.pk)
    return pages
