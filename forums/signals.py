"""Publishing a working group page gives the group (shared by its translations) its row."""

from __future__ import annotations

from wagtail.signals import page_published


def group_page_published(sender, instance, **kwargs) -> None:
    from forums.services import group_for_page

    group_for_page(instance)


def connect() -> None:
    from forums.models import WorkingGroupPage

    page_published.connect(group_page_published, sender=WorkingGroupPage, dispatch_uid="forums-group-published")
