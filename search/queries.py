"""The query service: one request shape, two engines (Elasticsearch, else the database), one response shape.

`SearchQuery.from_params` validates what a page or the API received (a bad
value is a `BadQuery` with a message in the reader's language); `search()`
answers with the engine when it is configured and up, otherwise with the
database (fallback.py), and the answer says which one served it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_countries import countries
from elasticsearch import ApiError, TransportError

from search import documents, engine_state
from search.analysis import AnalysedQuery, analyse_query, highlight, lemma, tokens
from search.models import SearchEntry

FACETS = ["type", "topic", "country", "region", "band", "system", "year", "language", "status"]
# The entry (and document) field each facet reads.
FACET_FIELDS = {
    "type": "type",
    "topic": "topic",
    "country": "country",
    "region": "region",
    "band": "band",
    "system": "system",
    "year": "year",
    "language": "languages",
    "status": "status",
}
SORTS = ["relevance", "date"]
MAX_QUERY_LENGTH = 200
MAX_PAGE_SIZE = 50
MAX_RESULTS_REACHED = 1000  # deeper pages are refused: refine the search instead
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


class BadQuery(ValueError):
    """A parameter a search cannot take; the message is for the reader."""


def _bands() -> list[str]:
    from practices.models.pages import POPULATION_BANDS

    return [band[0] for band in POPULATION_BANDS]


def _statuses() -> list[str]:
    from practices.models import PracticePage

    return list(PracticePage.Status.values)


def _check_value(name: str, value: str) -> str:
    """One value of a filter, checked; raises BadQuery naming the filter."""
    languages = dict(settings.LANGUAGES)
    if name == "type" and value not in SearchEntry.Type.values:
        raise BadQuery(_("Unknown content type “%(value)s”.") % {"value": value})
    if name in ("topic", "system") and not (SLUG.match(value) and len(value) <= 100):
        raise BadQuery(_("“%(value)s” is not a topic or system name.") % {"value": value})
    if name == "country":
        value = value.upper()
        if value not in dict(countries):
            raise BadQuery(_("“%(value)s” is not a country code (two letters, such as UA).") % {"value": value})
    if name == "region" and len(value) > 120:
        raise BadQuery(_("The region is too long."))
    if name == "band" and value not in _bands():
        raise BadQuery(_("Unknown population band “%(value)s”.") % {"value": value})
    if name == "year" and not (value.isdigit() and 1990 <= int(value) <= 2100):
        raise BadQuery(_("The year must be a number from 1990 to 2100."))
    if name == "language" and value not in languages:
        raise BadQuery(_("Unknown language “%(value)s”.") % {"value": value})
    if name == "status" and value not in _statuses():
        raise BadQuery(_("Unknown status “%(value)s”.") % {"value": value})
    return value


def _positive(params, name: str, default: int, maximum: int) -> int:
    raw = (params.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise BadQuery(
            _("“%(name)s” must be a whole number from 1 to %(maximum)s.") % {"name": name, "maximum": maximum}
        )
    return int(raw)


@dataclass
class SearchQuery:
    """What a reader asked: text, reader's language, filters (values of one filter are alternatives), order, page."""

    text: str = ""
    language: str = "en"
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20

    @classmethod
    def from_params(cls, params, language: str | None = None, page_size: int = 20) -> SearchQuery:
        """Read a query string (a QueryDict or a dict); raises BadQuery with a message in the active language."""
        text = " ".join((params.get("q") or "").split())
        if len(text) > MAX_QUERY_LENGTH:
            raise BadQuery(
                _("The search text is too long (at most %(count)s characters).") % {"count": MAX_QUERY_LENGTH}
            )
        lang = (params.get("lang") or language or settings.LANGUAGE_CODE).strip()
        if lang not in dict(settings.LANGUAGES):
            raise BadQuery(_("Unknown language “%(value)s”.") % {"value": lang})
        filters: dict[str, list[str]] = {}
        for name in FACETS:
            raw = params.getlist(name) if hasattr(params, "getlist") else [params.get(name) or ""]
            values = [value.strip() for item in raw for value in str(item).split(",") if value.strip()]
            if values:
                filters[name] = list(dict.fromkeys(_check_value(name, value) for value in values[:20]))
        sort = (params.get("sort") or "relevance").strip()
        if sort not in SORTS:
            raise BadQuery(_("Sort by “relevance” or “date”."))
        page = _positive(params, "page", 1, MAX_RESULTS_REACHED)
        size = _positive(params, "page_size", page_size, MAX_PAGE_SIZE)
        if page * size > MAX_RESULTS_REACHED:
            raise BadQuery(
                _("Only the first %(count)s results can be paged through; narrow the search.")
                % {"count": MAX_RESULTS_REACHED}
            )
        return cls(text=text, language=lang, filters=filters, sort=sort, page=page, page_size=size)

    def analysed(self) -> AnalysedQuery:
        return analyse_query(self.text, self.language)

    def params(self, **changes) -> dict[str, Any]:
        """This query as query-string parameters (for links), with `changes` applied."""
        values: dict[str, Any] = {"q": self.text, **{name: list(v) for name, v in self.filters.items()}}
        if self.sort != "relevance":
            values["sort"] = self.sort
        values.update(changes)
        return {name: value for name, value in values.items() if value not in ("", None, [])}


@dataclass
class Hit:
    """One entry as an engine returns it, before it is shaped for the reader."""

    key: str
    type: str
    versions: dict[str, dict[str, Any]]
    original_language: str
    external_id: str
    score: float
    texts: dict[str, str]  # language → the text to take a snippet from
    topics: list[str] = field(default_factory=list)
    country: str = ""
    date: Any = None


@dataclass
class SearchResult:
    """An answer in the API's shape, plus what the page needs."""

    total: int
    engine: str
    results: list[dict[str, Any]]
    facets: dict[str, list[dict[str, Any]]]
    suggestion: str = ""
    # Answered by the database although the engine is configured (down), or because none is.
    degraded: bool = False
    engine_configured: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "engine": self.engine,
            "results": self.results,
            "facets": self.facets,
            "suggestion": self.suggestion,
        }


def shape(hit: Hit, query: SearchQuery, analysed: AnalysedQuery) -> dict[str, Any]:
    """A hit as the reader sees it: their language's version when there is one, else the original."""
    language = query.language if query.language in hit.versions else hit.original_language
    if language not in hit.versions:
        language = next(iter(hit.versions))
    version = hit.versions[language]
    snippet = highlight(
        hit.texts.get(language) or version.get("summary", ""),
        analysed.highlight_terms(),
        language,
        prefixes=tuple(analysed.prefixes),
    )
    return {
        "type": hit.type,
        "id": version["id"],
        "external_id": hit.external_id or None,
        "title": version["title"],
        "url": version["url"],
        "language": language,
        "highlight": str(snippet),
        "score": round(hit.score, 4),
        "original_language": hit.original_language,
        "translations": [
            {"language": code, "url": other["url"], "title": other["title"]}
            for code, other in sorted(hit.versions.items())
            if code != language
        ],
        "date": hit.date.isoformat() if hasattr(hit.date, "isoformat") else hit.date,
    }


def facet_labels(language: str) -> dict[str, dict[str, str]]:
    """Names of facet values in the reader's language (topics and systems from their translations)."""
    from practices.models import PracticePage, System, Topic
    from practices.models.pages import POPULATION_BANDS

    with override(language):
        labels: dict[str, dict[str, str]] = {
            "type": {value: str(label) for value, label in SearchEntry.Type.choices},
            "band": {key: str(label) for key, _low, _high, label in POPULATION_BANDS},
            "status": {value: str(label) for value, label in PracticePage.Status.choices},
            "language": {code: str(name) for code, name in settings.LANGUAGES},
            "country": {code: str(name) for code, name in countries},
        }
    for name, model in (("topic", Topic), ("system", System)):
        rows = model.objects.filter(locale__language_code__in=[language, settings.LANGUAGE_CODE])
        chosen: dict[str, str] = {}
        for slug, name_, code in rows.values_list("slug", "name", "locale__language_code"):
            if code == language or slug not in chosen:
                chosen[slug] = name_
        labels[name] = chosen
    return labels


def label_facets(counts: dict[str, dict[str, int]], query: SearchQuery) -> dict[str, list[dict[str, Any]]]:
    """Counted values of each facet, named; chosen values stay listed even when nothing else matches them."""
    labels = facet_labels(query.language)
    facets = {}
    for name in FACETS:
        values = dict(counts.get(name, {}))
        for chosen in query.filters.get(name, []):
            values.setdefault(str(chosen), 0)
        items = [
            {"value": value, "label": labels.get(name, {}).get(value, value), "count": count}
            for value, count in values.items()
            if value not in ("", "None")
        ]
        if name == "year":
            items.sort(key=lambda item: item["value"], reverse=True)
        else:
            items.sort(key=lambda item: (-item["count"], item["label"].lower()))
        facets[name] = items
    return facets


def search(query: SearchQuery) -> SearchResult:
    """Answer `query` with the engine when it is up, else with the database; never raises for an engine outage."""
    if engine_state.usable():
        try:
            return ElasticsearchEngine().search(query)
        except (TransportError, ApiError) as error:
            engine_state.mark_down(error)
    from search.fallback import DatabaseEngine

    result = DatabaseEngine().search(query)
    result.degraded = True
    result.engine_configured = documents.client() is not None
    return result


def suggest(text: str, language: str, limit: int = 8) -> list[dict[str, Any]]:
    """Titles that complete what the reader is typing (for the search box's list), best first."""
    query = SearchQuery(text=" ".join(text.split())[:MAX_QUERY_LENGTH], language=language, page_size=limit)
    if not tokens(query.text):
        return []
    if engine_state.usable():
        try:
            return ElasticsearchEngine().suggest(query)
        except (TransportError, ApiError) as error:
            engine_state.mark_down(error)
    from search.fallback import DatabaseEngine

    return DatabaseEngine().suggest(query)


def related(page, language: str, limit: int = 4) -> list[dict[str, Any]]:
    """Practices like `page` for a reader of `language`, best first.

    First the practices its title finds (the query goes through the glossary,
    so a Polish practice on backups finds the Bulgarian and Ukrainian ones),
    then more-like-this on the engine (the most distinctive shared lemmas on the
    database), then the newest practices sharing a topic.
    """
    from search.fallback import DatabaseEngine

    key = f"practice:{page.translation_key}"
    own = page.locale.language_code
    query = SearchQuery(
        text=page.title[:MAX_QUERY_LENGTH], language=own, filters={"type": ["practice"]}, page_size=limit + 1
    )
    database = DatabaseEngine()
    found: list[dict[str, Any]] = []
    try:
        if not engine_state.usable():
            raise LookupError
        engine = ElasticsearchEngine()
        found = [suggestion(hit, language) for hit in engine.hits(query) if hit.key != key]
        found += engine.related(key, language, limit)
    except (TransportError, ApiError, LookupError) as error:
        if not isinstance(error, LookupError):
            engine_state.mark_down(error)
        found = database.title_matches(page.title, own, language, key, limit)
        found += database.related(key, language, limit)
    found += database.sharing_topics(key, language, limit)
    unique: dict[tuple[str, int], dict[str, Any]] = {}
    for item in found:
        unique.setdefault((item["type"], item["id"]), item)
    return [item for item in unique.values() if item["id"] != page.pk][:limit]


# --- Elasticsearch --------------------------------------------------------------------------------


TITLE_BOOST = 3.0
TYPO_WEIGHT = 0.8
FACET_SIZE = 200
# "Did you mean" is asked for (a second, small request) when a word is unknown or below this many results.
FEW_RESULTS = 5


def fuzziness(term: str) -> str | int:
    return 0 if len(term) < 4 or term.isdigit() else "AUTO"


class ElasticsearchEngine:
    """Queries through `elasticsearch.dsl` against the alias; the same request and answer as the database."""

    name = "elasticsearch"

    def __init__(self):
        self.es = documents.client()

    def execute(self, body: dict[str, Any]) -> dict[str, Any]:
        """Run one request body against the alias (a fresh `Search` each time: they accumulate)."""
        from elasticsearch.dsl import Search

        return Search(using=self.es, index=documents.alias_name()).update_from_dict(body).execute().to_dict()

    @staticmethod
    def text_clauses(analysed: AnalysedQuery) -> list[dict[str, Any]]:
        """Few clauses, so that the engine's work stays small: the terms grouped by weight, fuzzy matching only for
        words no dictionary knows (typos), glossary phrases."""
        clauses: list[dict[str, Any]] = []
        by_weight: dict[float, list[str]] = {}
        for term, weight in analysed.terms.items():
            if term not in analysed.unknown:
                by_weight.setdefault(weight, []).append(term)
        for weight, terms in by_weight.items():
            text = " ".join(terms)
            clauses.append({"match": {"title_lemmas": {"query": text, "boost": TITLE_BOOST * weight}}})
            clauses.append({"match": {"lemmas": {"query": text, "boost": weight}}})
        for term in sorted(analysed.unknown):
            fuzzy = {"query": term, "fuzziness": fuzziness(term), "prefix_length": 1}
            clauses.append({"match": {"title_lemmas": fuzzy | {"boost": TITLE_BOOST * TYPO_WEIGHT}}})
            clauses.append({"match": {"lemmas": fuzzy | {"boost": TYPO_WEIGHT}}})
        for prefix in analysed.prefixes:
            clauses.append({"prefix": {"title_lemmas": {"value": prefix, "boost": 1.5}}})
            clauses.append({"prefix": {"lemmas": {"value": prefix, "boost": 0.5}}})
        single = " ".join(phrase[0] for phrase in analysed.phrases if len(phrase) == 1)
        if single:
            clauses.append({"match": {"title_lemmas": {"query": single, "boost": 2.0}}})
            clauses.append({"match": {"lemmas": {"query": single, "boost": 0.8}}})
        for phrase in analysed.phrases:
            if len(phrase) > 1:
                text = " ".join(phrase)
                clauses.append({"match_phrase": {"title_lemmas": {"query": text, "boost": 2.0}}})
                clauses.append({"match_phrase": {"lemmas": {"query": text, "boost": 0.8}}})
        return clauses

    @staticmethod
    def filter_clause(name: str, values: list[str]) -> dict[str, Any]:
        field_name = FACET_FIELDS[name]
        if name == "year":
            return {"terms": {field_name: [int(value) for value in values]}}
        return {"terms": {field_name: values}}

    @staticmethod
    def facet_aggregations(filters: dict[str, dict[str, Any]]) -> dict[str, Any]:
        """Each facet counts under the other facets' choices: the facets nobody chose share one filter (all the
        choices), each chosen facet has its own (the others' choices)."""

        def terms(name: str) -> dict[str, Any]:
            return {"terms": {"field": FACET_FIELDS[name], "size": FACET_SIZE}}

        free = {name: terms(name) for name in FACETS if name not in filters}
        if not filters:
            return free
        aggs: dict[str, Any] = {"_free": {"filter": {"bool": {"filter": list(filters.values())}}, "aggs": free}}
        for name in filters:
            others = [clause for other, clause in filters.items() if other != name]
            aggs[name] = {
                "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
                "aggs": {name: terms(name)},
            }
        return aggs

    @staticmethod
    def facet_counts(aggregations: dict[str, Any]) -> dict[str, dict[str, int]]:
        buckets: dict[str, Any] = {}
        for name, value in aggregations.items():
            if "buckets" in value:
                buckets[name] = value["buckets"]
            else:  # a filter around terms aggregations
                buckets.update({inner: value[inner]["buckets"] for inner in value if inner in FACET_FIELDS})
        return {name: {str(b["key"]): b["doc_count"] for b in buckets.get(name, [])} for name in FACETS}

    def did_you_mean_for(self, analysed: AnalysedQuery) -> str:
        """A spelling the index knows better, asked only when the answer is poor (it costs the engine time)."""
        body = {
            "size": 0,
            "suggest": {
                "words": {"text": " ".join(analysed.words), "term": {"field": "lemmas", "suggest_mode": "missing"}}
            },
        }
        return self.did_you_mean(self.execute(body).get("suggest", {}).get("words", []), analysed)

    def hits(self, query: SearchQuery) -> list[Hit]:
        """The first page of hits of `query`, without facets or suggestions."""
        body = self.body(query, query.analysed(), facets=False)
        return [self.hit(item) for item in self.execute(body)["hits"]["hits"]]

    def search(self, query: SearchQuery) -> SearchResult:
        analysed = query.analysed()
        raw = self.execute(self.body(query, analysed, facets=True))
        engine_state.mark_up()
        hits = [self.hit(item) for item in raw["hits"]["hits"]]
        total = raw["hits"]["total"]["value"]
        suggestion_text = ""
        if analysed.words and query.page == 1 and (analysed.unknown or total < FEW_RESULTS):
            suggestion_text = self.did_you_mean_for(analysed)
        return SearchResult(
            total=total,
            engine=self.name,
            results=[shape(hit, query, analysed) for hit in hits],
            facets=label_facets(self.facet_counts(raw.get("aggregations", {})), query),
            suggestion=suggestion_text,
        )

    def body(self, query: SearchQuery, analysed: AnalysedQuery, facets: bool) -> dict[str, Any]:
        """The request body: the text query, filters as a post filter, and (with `facets`) the facets' counts."""
        if analysed.is_empty:
            main: dict[str, Any] = {"match_all": {}}
        else:
            main = {"bool": {"should": self.text_clauses(analysed), "minimum_should_match": 1}}
        filters = {name: self.filter_clause(name, values) for name, values in query.filters.items()}
        aggs = self.facet_aggregations(filters)
        body: dict[str, Any] = {
            "query": main,
            "from": (query.page - 1) * query.page_size,
            "size": query.page_size,
            "track_total_hits": True,
            "_source": ["type", "versions", "original_language", "external_id", "bodies", "topic", "country", "date"],
        }
        if filters:
            body["post_filter"] = {"bool": {"filter": list(filters.values())}}
        if query.sort == "date":
            body["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
        if facets:
            body["aggs"] = aggs
        return body

    @staticmethod
    def hit(item: dict[str, Any]) -> Hit:
        source = item["_source"]
        return Hit(
            key=item["_id"],
            type=source["type"],
            versions=source["versions"],
            original_language=source["original_language"],
            external_id=source.get("external_id") or "",
            score=item.get("_score") or 0.0,
            texts=source.get("bodies", {}),
            topics=source.get("topic", []),
            country=source.get("country") or "",
            date=source.get("date"),
        )

    @staticmethod
    def did_you_mean(words: list[dict[str, Any]], analysed: AnalysedQuery) -> str:
        replaced, changed = [], False
        for word in words:
            options = word.get("options") or []
            if options and lemma(word["text"], analysed.language) not in {o["text"] for o in options}:
                replaced.append(options[0]["text"])
                changed = True
            else:
                replaced.append(word["text"])
        return " ".join(replaced) if changed else ""

    def suggest(self, query: SearchQuery) -> list[dict[str, Any]]:
        words = tokens(query.text)
        head, last = words[:-1], words[-1]
        analysed = analyse_query(" ".join(head), query.language)
        must = [
            {
                "bool": {
                    "should": [
                        {"prefix": {"title_lemmas": {"value": last}}},
                        {"prefix": {"title_lemmas": {"value": lemma(last, query.language)}}},
                        *[{"match_phrase_prefix": {f"titles.{code}": query.text}} for code in documents.LANGUAGE_CODES],
                    ],
                    "minimum_should_match": 1,
                }
            }
        ]
        body = {
            "query": {"bool": {"must": must, "should": self.text_clauses(analysed)}},
            "size": query.page_size,
            "_source": ["type", "versions", "original_language", "external_id"],
        }
        raw = self.execute(body)
        return [suggestion(self.hit(item), query.language) for item in raw["hits"]["hits"]]

    def related(self, key: str, language: str, limit: int) -> list[dict[str, Any]]:
        body = {
            "query": {
                "bool": {
                    "must": {
                        "more_like_this": {
                            "fields": ["title_lemmas", "lemmas"],
                            "like": [{"_index": documents.alias_name(), "_id": key}],
                            "min_term_freq": 1,
                            "min_doc_freq": 1,
                            "max_query_terms": 40,
                        }
                    },
                    "filter": {"term": {"type": "practice"}},
                    "must_not": {"ids": {"values": [key]}},
                }
            },
            "size": limit,
            "_source": ["type", "versions", "original_language", "external_id"],
        }
        raw = self.execute(body)
        return [suggestion(self.hit(item), language) for item in raw["hits"]["hits"]]


def suggestion(hit: Hit, language: str) -> dict[str, Any]:
    """A short form of a hit: title and address in the reader's language when it exists."""
    code = language if language in hit.versions else hit.original_language
    if code not in hit.versions:
        code = next(iter(hit.versions))
    version = hit.versions[code]
    return {
        "type": hit.type,
        "id": version["id"],
        "title": version["title"],
        "url": version["url"],
        "language": code,
        "summary": version.get("summary", ""),
    }
