"""Rows shared by every translation of a page: an event's seats, a working group's members.

Wagtail keeps one page per language, linked by `translation_key`. What must
exist once for all of them (registrations, memberships, threads) hangs on a
row keyed by that `translation_key` whose `page` is the original page.
"""

from __future__ import annotations

from typing import TypeVar

from django.db import IntegrityError, models, transaction
from wagtail.models import Page

Row = TypeVar("Row", bound=models.Model)


def source_page(page: Page) -> Page:
    """The original of a translated page (the first created): its settings count for all."""
    return type(page).objects.filter(translation_key=page.translation_key).order_by("pk").first() or page


def row_for_page(model: type[Row], page: Page) -> Row:
    """The `model` row shared by `page` and its translations, created on first use."""
    row = model.objects.filter(translation_key=page.translation_key).select_related("page").first()
    if row is not None:
        return row
    try:
        with transaction.atomic():
            return model.objects.create(translation_key=page.translation_key, page=source_page(page))
    except IntegrityError:  # created meanwhile by a concurrent request
        return model.objects.select_related("page").get(translation_key=page.translation_key)


def move_to_a_remaining_translation(collector, field, sub_objs, using) -> None:
    """`on_delete` of a shared row's `page`: when that page is deleted, a remaining translation carries the row on.

    Only when every translation of the page goes does the row go with it (and
    whatever cascades from it).
    """
    deleted = {obj.pk for model, objs in collector.data.items() if issubclass(model, Page) for obj in objs}
    page_model = field.related_model
    for row in sub_objs:
        successor = (
            page_model.objects.filter(translation_key=row.translation_key)
            .exclude(pk__in=deleted)
            .order_by("pk")
            .first()
        )
        if successor is not None:
            collector.add_field_update(field, successor, [row])
        else:
            models.CASCADE(collector, field, [row], using)
