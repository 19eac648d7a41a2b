"""Template tags of event pages."""

from __future__ import annotations

from typing import Any

from django import template

from events.metadata import event_metadata as build_event_metadata

register = template.Library()


@register.simple_tag(takes_context=True)
def event_metadata(context, page) -> dict[str, Any]:
    """`{% event_metadata page as meta %}`: OpenGraph values and JSON-LD of an event page."""
    # The event page's context holds the availability already: no second count of the seats.
    return build_event_metadata(page, context.get("request"), context.get("availability"))
