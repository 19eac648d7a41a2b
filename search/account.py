"""What search adds to "My account": the member's saved searches, with their feed, alert switch and delete."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from portal import account_sections


def saved_searches_section(request) -> dict | None:
    from search.models import SavedSearch
    from search.saved import query_string

    searches = list(SavedSearch.objects.filter(user=request.user))
    if not searches:
        return None
    for saved in searches:
        saved.query_string = query_string(saved)
    return {
        "title": _("Saved searches"),
        "template": "search/account/saved_searches_section.html",
        "context": {"searches": searches},
    }


def connect() -> None:
    account_sections.register_section(saved_searches_section)
