"""The search page, the JSON API, suggestions while typing, and related practices for the practice page."""

from __future__ import annotations

import math
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.dateparse import parse_datetime
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from search import analytics
from search import saved as saved_searches
from search.models import SavedSearch, SearchEntry
from search.queries import FACETS, BadQuery, SearchQuery, search, suggest

PAGE_SIZE = 20
FACET_VALUES_SHOWN = 8


class Pages:
    """What components/pagination.html reads, for a result count and a page number."""

    def __init__(self, number: int, total: int, size: int):
        self.number = number
        self.paginator = type("Paginator", (), {"num_pages": max(1, math.ceil(min(total, 1000) / size))})()

        self.start_index = (number - 1) * size + 1

    def has_previous(self) -> bool:
        return self.number > 1

    def has_next(self) -> bool:
        return self.number < self.paginator.num_pages

    def previous_page_number(self) -> int:
        return self.number - 1

    def next_page_number(self) -> int:
        return self.number + 1


def facet_titles() -> dict[str, str]:
    return {
        "type": _("Content"),
        "topic": _("Topic"),
        "country": _("Country"),
        "region": _("Region"),
        "band": _("Population"),
        "system": _("System or product"),
        "year": _("Year"),
        "language": _("Language"),
        "status": _("Status"),
    }


def noindex(response: HttpResponse) -> HttpResponse:
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-cache"
    return response


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    """Everything findable on the portal, with facets; the database answers when the engine cannot."""
    language = translation.get_language()
    context: dict = {"facet_titles": facet_titles(), "query": None, "result": None}
    status = 200
    try:
        query = SearchQuery.from_params(request.GET, language=language, page_size=PAGE_SIZE)
        query.language = language  # the page's language is the reader's
    except BadQuery as error:
        context["error"] = str(error)
        status = 400
        query = SearchQuery(text=" ".join((request.GET.get("q") or "").split())[:200], language=language)
    asked = bool(query.text or query.filters)
    if asked and status == 200:
        result = search(query)
        if query.page == 1 and query.text and not query.filters and query.sort == "relevance":
            # What was typed, once: narrowing, re-ordering or paging the same search is not another search.
            analytics.record(query.text, language, result.total)
        type_labels = dict(SearchEntry.Type.choices)
        language_labels = dict(settings.LANGUAGES)
        for item in result.results:
            item["type_label"] = type_labels.get(item["type"], item["type"])
            item["language_label"] = language_labels.get(item["language"], item["language"])
            for other in item["translations"]:
                other["language_label"] = language_labels.get(other["language"], other["language"])
        facets = []
        for name in FACETS:
            items = [{**item, "checked": item["value"] in query.filters.get(name, [])} for item in result.facets[name]]
            if items:
                # Chosen values first, then the most frequent; the rest behind "more" (still in the form).
                items.sort(key=lambda item: not item["checked"])
                shown = max(FACET_VALUES_SHOWN, sum(1 for item in items if item["checked"]))
                title = context["facet_titles"][name]
                facets.append({"name": name, "title": title, "items": items[:shown], "more": items[shown:]})
        chosen = [
            {
                "title": context["facet_titles"][name],
                "label": next((i["label"] for i in result.facets[name] if i["value"] == value), value),
                "remove": urlencode(query.params(**{name: [v for v in values if v != value]}), doseq=True),
            }
            for name, values in query.filters.items()
            for value in values
        ]
        context.update(
            result=result,
            facets=facets,
            chosen=chosen,
            page_obj=Pages(query.page, result.total, PAGE_SIZE),
            query_without_page=urlencode(query.params(), doseq=True),
            suggestion_query=urlencode(query.params(q=result.suggestion), doseq=True) if result.suggestion else "",
            save_query=urlencode(query.params(), doseq=True),
            sort_query=urlencode(query.params(sort="date" if query.sort == "relevance" else None), doseq=True),
        )
    context["query"] = query
    context["asked"] = asked
    context["languages"] = dict(settings.LANGUAGES)
    return noindex(render(request, "search/search_page.html", context, status=status))


def _api_language(request: HttpRequest) -> str:
    lang = request.GET.get("lang") or ""
    return lang if lang in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@require_GET
def api_search(request: HttpRequest) -> JsonResponse:
    """GET /api/search/?q=&lang=&type=&topic=…&page=&page_size= — ranked results, facets and a suggestion, as JSON."""
    with translation.override(_api_language(request)):
        try:
            query = SearchQuery.from_params(request.GET, page_size=10)
        except BadQuery as error:
            return noindex(JsonResponse({"error": str(error)}, status=400))
        result = search(query)
    if query.page == 1 and query.text:
        analytics.record(query.text, query.language, result.total)
    return noindex(JsonResponse(result.as_json(), json_dumps_params={"ensure_ascii": False}))


@require_GET
def api_suggest(request: HttpRequest) -> JsonResponse:
    """GET /api/search/suggest/?q=&lang= — titles completing what is typed (for the search box)."""
    text = request.GET.get("q") or ""
    language = _api_language(request)
    if len(text) > 200:
        with translation.override(language):
            return noindex(JsonResponse({"error": _("The search text is too long.")}, status=400))
    return noindex(JsonResponse({"suggestions": suggest(text, language)}, json_dumps_params={"ensure_ascii": False}))


# --- saved searches ------------------------------------------------------------------------------


@login_required
@require_POST
def save(request: HttpRequest) -> HttpResponse:
    """Keep the current search for the member (alerts on); back to the search with a message."""
    encoded = request.POST.get("query", "")
    try:
        saved = saved_searches.save_search(
            request.user, request.POST.get("name", ""), encoded, translation.get_language()
        )
    except (ValidationError, BadQuery) as error:
        messages.error(request, error.messages[0] if isinstance(error, ValidationError) else str(error))
    else:
        messages.success(
            request,
            _("Search “%(name)s” saved. New practices that match it will be emailed to you once a day.")
            % {"name": saved.name},
        )
    return redirect(f"{reverse('search')}?{encoded}" if encoded else reverse("search"))


@login_required
@require_POST
def saved_change(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a saved search, or switch its daily email on or off."""
    action = request.POST.get("action")
    if action == "delete":
        done = saved_searches.delete_saved_search(request.user, pk)
        message = _("The saved search was deleted.")
    elif action in ("alert_on", "alert_off"):
        done = saved_searches.set_alert(request.user, pk, action == "alert_on")
        message = _("Daily email switched on.") if action == "alert_on" else _("Daily email switched off.")
    else:
        done, message = False, ""
    if not done:
        raise Http404
    messages.success(request, message)
    return redirect(reverse("account_dashboard") + "#saved-searches")


class SavedSearchFeed(Feed):
    """The newest practices matching a saved search, as Atom; the address carries a secret token, not a login."""

    feed_type = Atom1Feed

    def get_object(self, request, token: str):
        self.request = request
        return get_object_or_404(SavedSearch, feed_token=token, user__is_active=True)

    def title(self, saved: SavedSearch) -> str:
        return _("Saved search: %(name)s") % {"name": saved.name}

    def link(self, saved: SavedSearch) -> str:
        return f"{reverse('search')}?{saved_searches.query_string(saved)}"

    def subtitle(self, saved: SavedSearch) -> str:
        return _("New practices on the Cooperation Portal that match this search.")

    def items(self, saved: SavedSearch):
        return saved_searches.latest_matches(saved)

    def item_title(self, item) -> str:
        return item["title"]

    def item_description(self, item) -> str:
        return item["highlight"]

    def item_link(self, item) -> str:
        return item["url"]

    def item_guid(self, item) -> str:
        return self.request.build_absolute_uri(item["url"])

    def item_pubdate(self, item):
        return parse_datetime(item["date"]) if item["date"] else None

    def item_extra_kwargs(self, item) -> dict[str, str]:
        return {"language": item["language"]}


def saved_feed(request: HttpRequest, token: str) -> HttpResponse:
    return noindex(SavedSearchFeed()(request, token=token))
