"""The database answers the same queries when no engine is configured or it is down.

It reads the entries and their lemma weights (`SearchTerm`, an inverted index
kept by indexing.py) with plain ORM queries that run on SQLite and
PostgreSQL alike, scores with a BM25-like formula in Python, and counts
facets over the matching entries. Typos are corrected against the indexed
lemmas that share the word's first letters. Results may be less complete than
the engine's (no fuzzy matching inside words, phrases as co-occurrence).
"""

from __future__ import annotations

import difflib
import math
from collections import defaultdict
from typing import Any

from django.db.models import Q

from search.analysis import AnalysedQuery, analyse_query, lemma, tokens
from search.indexing import TITLE_WEIGHT
from search.models import SearchEntry, SearchTerm
from search.queries import FACETS, Hit, SearchQuery, SearchResult, label_facets, shape, suggestion

SATURATION = 1.2
PHRASE_WEIGHT = 0.8
CORRECTION_WEIGHT = 0.7
PREFIX_WEIGHT = 0.5
PREFIX_ROWS = 2000
FACET_COLUMNS = ["pk", "type", "languages", "topics", "systems", "country", "region", "band", "year", "status", "date"]
MANY = 5000


def _values(row: dict[str, Any], name: str) -> list[str]:
    """The values an entry row has for facet `name` (several for languages, topics, systems)."""
    if name == "language":
        return row["languages"].split()
    if name in ("topic", "system"):
        return row[f"{name}s"].split()
    value = row[name]
    return [] if value in (None, "") else [str(value)]


class DatabaseEngine:
    name = "database"

    def corrections(self, analysed: AnalysedQuery, known: set[str]) -> dict[str, str]:
        """Unknown query words → the closest indexed lemma (same first two letters, similar enough)."""
        found = {}
        for word in analysed.words:
            term = lemma(word, analysed.language)
            if term in known or word in known or len(term) < 4 or term.isdigit():
                continue
            vocabulary = list(
                SearchTerm.objects.filter(term__gte=term[:2], term__lt=term[:2] + "\uffff")
                .values_list("term", flat=True)
                .distinct()[:5000]
            )
            close = difflib.get_close_matches(term, vocabulary, n=1, cutoff=0.8)
            if close:
                found[word] = close[0]
        return found

    def scores(self, analysed: AnalysedQuery) -> tuple[dict[int, float], dict[str, str]]:
        """Entry pk → score for the query's terms, glossary phrases and typo corrections."""
        weights = dict(analysed.terms)
        phrase_terms = {term for phrase in analysed.phrases for term in phrase}
        rows = list(
            SearchTerm.objects.filter(term__in=set(weights) | phrase_terms).values_list("term", "entry_id", "weight")
        )
        corrected = self.corrections(analysed, {term for term, _entry, _weight in rows})
        if corrected:
            for term in corrected.values():
                weights[term] = max(weights.get(term, 0), CORRECTION_WEIGHT)
            rows += list(
                SearchTerm.objects.filter(term__in=set(corrected.values())).values_list("term", "entry_id", "weight")
            )
        for prefix in analysed.prefixes:
            starting = list(
                SearchTerm.objects.filter(term__gte=prefix, term__lt=prefix + "\uffff").values_list(
                    "term", "entry_id", "weight"
                )[:PREFIX_ROWS]
            )
            for term in {term for term, _entry, _weight in starting}:
                weights[term] = max(weights.get(term, 0), PREFIX_WEIGHT)
            rows += starting
        total = SearchEntry.objects.filter(deleted=False).count() or 1
        by_term: dict[str, dict[int, float]] = defaultdict(dict)
        for term, entry, weight in rows:
            by_term[term][entry] = weight
        idf = {term: math.log(1 + (total - len(hits) + 0.5) / (len(hits) + 0.5)) for term, hits in by_term.items()}
        scores: dict[int, float] = defaultdict(float)
        for term, query_weight in weights.items():
            for entry, weight in by_term.get(term, {}).items():
                scores[entry] += query_weight * idf[term] * weight / (weight + SATURATION)
        for phrase in analysed.phrases:
            present = [by_term.get(term, {}) for term in phrase]
            if not all(present):
                continue
            common = set(present[0]).intersection(*present[1:])
            mean_idf = sum(idf[term] for term in phrase) / len(phrase)
            for entry in common:
                weight = min(hits[entry] for hits in present)
                scores[entry] += PHRASE_WEIGHT * mean_idf * weight / (weight + SATURATION)
        return scores, corrected

    def rows(self, pks: list[int] | None) -> list[dict[str, Any]]:
        live = SearchEntry.objects.filter(deleted=False)
        if pks is not None and len(pks) <= MANY:
            return list(live.filter(pk__in=pks).values(*FACET_COLUMNS))
        rows = list(live.values(*FACET_COLUMNS))
        if pks is None:
            return rows
        wanted = set(pks)
        return [row for row in rows if row["pk"] in wanted]

    def candidates(self, query: SearchQuery, analysed: AnalysedQuery):
        """(scores, corrections, rows the text matches, a test of a row against the filters but one)."""
        if analysed.is_empty:
            scores, corrected, rows = {}, {}, self.rows(None)
        else:
            scores, corrected = self.scores(analysed)
            rows = self.rows(list(scores))
        chosen = {name: set(values) for name, values in query.filters.items()}

        def passes(row, skip: str | None = None) -> bool:
            return all(name == skip or chosen[name].intersection(_values(row, name)) for name in chosen)

        return scores, corrected, rows, passes

    def ranked(self, query: SearchQuery, analysed: AnalysedQuery, scores, rows, passes) -> tuple[list[Hit], int]:
        """The page of `query` among the rows that pass every filter, in the order it asks for; and their number."""
        matching = [row for row in rows if passes(row)]
        if query.sort == "date" or analysed.is_empty:
            matching.sort(
                key=lambda row: (row["date"] is not None, row["date"] or 0, scores.get(row["pk"], 0)), reverse=True
            )
        else:
            matching.sort(
                key=lambda row: (scores.get(row["pk"], 0), row["date"] is not None, row["date"] or 0), reverse=True
            )
        start = (query.page - 1) * query.page_size
        page = matching[start : start + query.page_size]
        entries = SearchEntry.objects.in_bulk([row["pk"] for row in page])
        return [self.hit(entries[row["pk"]], scores.get(row["pk"], 0.0)) for row in page], len(matching)

    def hits(self, query: SearchQuery) -> list[Hit]:
        """The page of hits of `query`, without facets or suggestions."""
        analysed = query.analysed()
        scores, _corrected, rows, passes = self.candidates(query, analysed)
        return self.ranked(query, analysed, scores, rows, passes)[0]

    def search(self, query: SearchQuery) -> SearchResult:
        analysed = query.analysed()
        scores, corrected, rows, passes = self.candidates(query, analysed)
        counts: dict[str, dict[str, int]] = {}
        for name in FACETS:
            counter: dict[str, int] = defaultdict(int)
            for row in rows:
                if passes(row, skip=name):
                    for value in _values(row, name):
                        counter[value] += 1
            counts[name] = dict(counter)
        hits, total = self.ranked(query, analysed, scores, rows, passes)
        suggestion_text = ""
        if corrected:
            suggestion_text = " ".join(corrected.get(word, word) for word in analysed.words)
        return SearchResult(
            total=total,
            engine=self.name,
            results=[shape(hit, query, analysed) for hit in hits],
            facets=label_facets(counts, query),
            suggestion=suggestion_text,
        )

    @staticmethod
    def hit(entry: SearchEntry, score: float) -> Hit:
        return Hit(
            key=entry.key,
            type=entry.type,
            versions=entry.versions,
            original_language=entry.original_language,
            external_id=entry.external_id,
            score=score,
            texts={code: f"{version['summary']} {version['body']}" for code, version in entry.versions.items()},
            topics=entry.topics.split(),
            country=entry.country,
            date=entry.date,
        )

    def suggest(self, query: SearchQuery) -> list[dict[str, Any]]:
        words = tokens(query.text)
        head, last = words[:-1], words[-1]
        prefixes = {last, lemma(last, query.language)}
        in_titles: dict[int, float] = defaultdict(float)
        for prefix in prefixes:
            for entry, weight in SearchTerm.objects.filter(
                term__gte=prefix, term__lt=prefix + "\uffff", weight__gt=TITLE_WEIGHT
            ).values_list("entry_id", "weight")[:2000]:
                in_titles[entry] = max(in_titles[entry], weight)
        if not in_titles:
            return []
        scores = self.scores(analyse_query(" ".join(head), query.language))[0] if head else {}
        ranked = sorted(in_titles, key=lambda pk: (scores.get(pk, 0), in_titles[pk]), reverse=True)
        if head:
            ranked = [pk for pk in ranked if pk in scores] or ranked
        entries = SearchEntry.objects.filter(deleted=False).in_bulk(ranked[: query.page_size])
        return [
            suggestion(self.hit(entries[pk], 0), query.language) for pk in ranked[: query.page_size] if pk in entries
        ]

    def related(self, key: str, language: str, limit: int) -> list[dict[str, Any]]:
        entry = SearchEntry.objects.filter(key=key, deleted=False).first()
        if entry is None:
            return []
        own = list(entry.terms.order_by("-weight").values_list("term", "weight")[:60])
        if not own:
            return []
        total = SearchEntry.objects.filter(deleted=False).count() or 1
        shared = list(
            SearchTerm.objects.filter(term__in=[term for term, _w in own], entry__type="practice", entry__deleted=False)
            .exclude(entry=entry)
            .values_list("term", "entry_id", "weight")
        )
        df: dict[str, int] = defaultdict(int)
        for term, _entry, _weight in shared:
            df[term] += 1
        # The entry's most distinctive terms, as more-like-this picks them.
        distinctive = sorted(own, key=lambda item: -item[1] * math.log(1 + total / (1 + df[item[0]])))[:25]
        keep = {term for term, _weight in distinctive}
        scores: dict[int, float] = defaultdict(float)
        for term, other, weight in shared:
            if term in keep:
                scores[other] += math.log(1 + total / (1 + df[term])) * weight / (weight + SATURATION)
        ranked = sorted(scores, key=scores.get, reverse=True)[:limit]
        entries = SearchEntry.objects.in_bulk(ranked)
        return [suggestion(self.hit(entries[pk], scores[pk]), language) for pk in ranked]

    def sharing_topics(self, key: str, language: str, limit: int) -> list[dict[str, Any]]:
        """The newest practices sharing a topic with the entry `key`."""
        entry = SearchEntry.objects.filter(key=key).first()
        slugs = entry.topics.split() if entry else []
        if not slugs:
            return []
        sharing = Q()
        for slug in slugs:
            sharing |= Q(topics__contains=f" {slug} ")
        others = (
            SearchEntry.objects.filter(sharing, type="practice", deleted=False)
            .exclude(pk=entry.pk)
            .order_by("-date", "-pk")[:limit]
        )
        return [suggestion(self.hit(other, 0.0), language) for other in others]
