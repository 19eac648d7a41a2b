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

from django.db.models import Count, Q

from search.analysis import AnalysedQuery, analyse_query, lemma, tokens
from search.indexing import TITLE_WEIGHT
from search.models import SearchEntry, SearchTerm
from search.queries import FACETS, Hit, SearchQuery, SearchResult, label_facets, shape, suggestion

SATURATION = 1.2
PHRASE_WEIGHT = 0.8
CORRECTION_WEIGHT = 0.7
PREFIX_WEIGHT = 0.5
PREFIX_ROWS = 2000
COLUMNS = ["pk", "date", "type", "topics", "country", "region", "band", "systems", "year", "languages", "status"]
MANY = 5000
# More-like-this: the entry's heaviest terms, of which the most distinctive (in at most a fifth of the entries).
OWN_TERMS = 60
LIKE_TERMS = 20
COMMON_SHARE = 0.2


class Row:
    """An entry's facet values, read once per search: `values[i]` are its values for `FACETS[i]`."""

    __slots__ = ("pk", "date", "values")

    def __init__(self, pk, date, type_, topics, country, region, band, systems, year, languages, status):
        self.pk, self.date = pk, date
        self.values = (
            (type_,),
            tuple(topics.split()),
            (country,) if country else (),
            (region,) if region else (),
            (band,) if band else (),
            tuple(systems.split()),
            (str(year),) if year else (),
            tuple(languages.split()),
            (status,) if status else (),
        )


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

    def rows(self, pks: list[int] | None) -> list[Row]:
        live = SearchEntry.objects.filter(deleted=False)
        if pks is not None and len(pks) <= MANY:
            return [Row(*values) for values in live.filter(pk__in=pks).values_list(*COLUMNS)]
        wanted = None if pks is None else set(pks)
        return [Row(*values) for values in live.values_list(*COLUMNS) if wanted is None or values[0] in wanted]

    def candidates(self, query: SearchQuery, analysed: AnalysedQuery):
        """(scores, corrections, rows the text matches, for each row which chosen filters it meets)."""
        if analysed.is_empty:
            scores, corrected, rows = {}, {}, self.rows(None)
        else:
            scores, corrected = self.scores(analysed)
            rows = self.rows(list(scores))
        chosen = [(FACETS.index(name), set(values)) for name, values in query.filters.items()]
        meets = {row.pk: [not wanted.isdisjoint(row.values[index]) for index, wanted in chosen] for row in rows}
        return scores, corrected, rows, (chosen, meets)

    @staticmethod
    def counts(rows: list[Row], chosen_and_meets) -> dict[str, dict[str, int]]:
        """Each facet's values counted over the rows that meet every other facet's choice."""
        chosen, meets = chosen_and_meets
        chosen_index = [index for index, _wanted in chosen]
        counters: list[dict[str, int]] = [defaultdict(int) for _ in FACETS]
        for row in rows:
            met = meets[row.pk]
            failed = [chosen_index[position] for position, ok in enumerate(met) if not ok]
            if len(failed) > 1:
                continue  # misses two choices: no facet counts it
            for index, values in enumerate(row.values):
                if failed and failed[0] != index:
                    continue  # counts only for the facet whose choice it misses
                counter = counters[index]
                for value in values:
                    counter[value] += 1
        return {name: dict(counters[index]) for index, name in enumerate(FACETS)}

    def ranked(
        self, query: SearchQuery, analysed: AnalysedQuery, scores, rows, chosen_and_meets
    ) -> tuple[list[Hit], int]:
        """The page of `query` among the rows that meet every filter, in the order it asks for; and their number."""
        _chosen, meets = chosen_and_meets
        matching = [row for row in rows if all(meets[row.pk])]
        if query.sort == "date" or analysed.is_empty:
            matching.sort(key=lambda row: (row.date is not None, row.date or 0, scores.get(row.pk, 0)), reverse=True)
        else:
            matching.sort(key=lambda row: (scores.get(row.pk, 0), row.date is not None, row.date or 0), reverse=True)
        start = (query.page - 1) * query.page_size
        page = matching[start : start + query.page_size]
        entries = SearchEntry.objects.in_bulk([row.pk for row in page])
        return [self.hit(entries[row.pk], scores.get(row.pk, 0.0)) for row in page], len(matching)

    def search(self, query: SearchQuery) -> SearchResult:
        analysed = query.analysed()
        scores, corrected, rows, chosen_and_meets = self.candidates(query, analysed)
        hits, total = self.ranked(query, analysed, scores, rows, chosen_and_meets)
        suggestion_text = ""
        if corrected:
            suggestion_text = " ".join(corrected.get(word, word) for word in analysed.words)
        return SearchResult(
            total=total,
            engine=self.name,
            results=[shape(hit, query, analysed) for hit in hits],
            facets=label_facets(self.counts(rows, chosen_and_meets), query),
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
        """More-like-this on the database: practices sharing the entry's most distinctive lemmas."""
        entry = SearchEntry.objects.filter(key=key, deleted=False).first()
        if entry is None:
            return []
        own = dict(entry.terms.order_by("-weight").values_list("term", "weight")[:OWN_TERMS])
        if not own:
            return []
        total = SearchEntry.objects.filter(deleted=False).count() or 1
        # How many entries have each term (an index-only count), to keep the distinctive ones.
        df = dict(
            SearchTerm.objects.filter(term__in=own).values("term").annotate(n=Count("entry")).values_list("term", "n")
        )
        shared = [term for term in own if 1 < df.get(term, 0) <= total * COMMON_SHARE]
        distinctive = sorted(shared, key=lambda term: -own[term] * math.log(1 + total / df[term]))[:LIKE_TERMS]
        scores: dict[int, float] = defaultdict(float)
        for term, other, weight in (
            SearchTerm.objects.filter(term__in=distinctive, entry__type="practice", entry__deleted=False)
            .exclude(entry=entry)
            .values_list("term", "entry_id", "weight")
        ):
            scores[other] += math.log(1 + total / df[term]) * weight / (weight + SATURATION)
        ranked = sorted(scores, key=scores.get, reverse=True)[:limit]
        entries = SearchEntry.objects.in_bulk(ranked)
        return [suggestion(self.hit(entries[pk], scores[pk]), language) for pk in ranked]

    def title_matches(self, text: str, text_language: str, language: str, key: str, limit: int) -> list[dict[str, Any]]:
        """Practices whose titles share the concepts of `text` (a title), in any language: the glossary's words
        count. Reads only title words (a few rows per practice), so a practice page stays cheap."""
        analysed = analyse_query(text, text_language)
        weights = dict(analysed.terms)
        for phrase in analysed.phrases:
            for term in phrase:
                weights.setdefault(term, PHRASE_WEIGHT)
        rows = list(
            SearchTerm.objects.filter(
                term__in=weights, weight__gt=TITLE_WEIGHT, entry__type="practice", entry__deleted=False
            )
            .exclude(entry__key=key)
            .values_list("term", "entry_id")
        )
        df: dict[str, int] = defaultdict(int)
        for term, _entry in rows:
            df[term] += 1
        total = SearchEntry.objects.filter(deleted=False, type="practice").count() or 1
        scores: dict[int, float] = defaultdict(float)
        for term, entry in rows:
            scores[entry] += weights[term] * math.log(1 + total / df[term])
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
