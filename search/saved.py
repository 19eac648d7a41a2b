"""Saved searches: members keep a search, get new matching practices by email once a day and as an Atom feed."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from portal import outbox
from portal.mail import absolute, automatic_mail
from search.models import SavedSearch, SearchAlertMail
from search.queries import SearchQuery, search

MAX_SAVED = 20
ALERT_EVERY = timedelta(days=1)
ALERT_ITEMS = 20


def _query(saved: SavedSearch, page_size: int = ALERT_ITEMS) -> SearchQuery:
    params = QueryDict(mutable=True)
    params.update({"q": saved.query})
    for name, values in saved.filters.items():
        params.setlist(name, values)
    query = SearchQuery.from_params(params, language=saved.language, page_size=page_size)
    query.filters["type"] = ["practice"]
    query.sort = "date"
    return query


def query_string(saved: SavedSearch) -> str:
    return urlencode({"q": saved.query, **saved.filters}, doseq=True)


@transaction.atomic
def save_search(user, name: str, encoded: str, language: str) -> SavedSearch:
    """Keep the search given as a query string; raises ValidationError (limit, bad search) in the reader's words."""
    if SavedSearch.objects.filter(user=user).count() >= MAX_SAVED:
        raise ValidationError(
            _("You can keep at most %(count)s saved searches; delete one first.") % {"count": MAX_SAVED}
        )
    params = QueryDict(encoded[:2000])
    query = SearchQuery.from_params(params, language=language)  # BadQuery is a ValueError: the view reports it
    if not (query.text or query.filters):
        raise ValidationError(_("Type something or choose a filter before saving the search."))
    name = " ".join(name.split())[:120] or query.text[:120] or _("My search")
    return SavedSearch.objects.create(
        user=user,
        name=name,
        language=language,
        query=query.text,
        filters=query.filters,
        feed_token=secrets.token_urlsafe(24),
        checked_at=timezone.now(),
    )


def delete_saved_search(user, pk: int) -> bool:
    return SavedSearch.objects.filter(user=user, pk=pk).delete()[0] > 0


def set_alert(user, pk: int, alert: bool) -> bool:
    return SavedSearch.objects.filter(user=user, pk=pk).update(alert=alert) > 0


def latest_matches(saved: SavedSearch, since=None) -> list[dict[str, Any]]:
    """The newest practices matching the saved search (published after `since`, when given)."""
    with translation.override(saved.language):
        results = search(_query(saved)).results
    if since is None:
        return results
    return [item for item in results if item["date"] and parse_datetime(item["date"]) > since]


def send_alerts(now=None) -> int:
    """Write (and have sent) today's alert of every saved search whose day is up and that has new practices."""
    now = now or timezone.now()
    written = 0
    due = SavedSearch.objects.filter(alert=True, checked_at__lte=now - ALERT_EVERY, user__is_active=True)
    for saved in due.select_related("user"):
        items = latest_matches(saved, since=saved.checked_at)
        with transaction.atomic():
            if SavedSearch.objects.filter(pk=saved.pk, checked_at=saved.checked_at).update(checked_at=now) == 0:
                continue  # another worker took it
            if items:
                mail = SearchAlertMail.objects.create(
                    saved_search=saved,
                    items=[{k: item[k] for k in ("title", "url", "language")} for item in items[:ALERT_ITEMS]],
                )
                outbox.send_after_commit(mail)
                written += 1
    return written


def alert_message(mail: SearchAlertMail):
    saved = mail.saved_search
    user = saved.user
    if not user.is_active or not saved.alert:
        return None
    language = getattr(user, "preferred_language", "") or saved.language
    page = absolute(f"/{saved.language}/search/?{query_string(saved)}")
    items = [{**item, "url": absolute(item["url"])} for item in mail.items]
    context = {"saved": saved, "items": items, "url": page, "account_url": absolute(f"/{language}/account/")}
    return automatic_mail(
        language, ("search/mail/alert_subject.txt", "search/mail/alert.txt"), context, to=[user.email]
    )
