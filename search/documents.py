"""The engine's side: the connection, the index behind its alias, and the document each entry becomes.

Only this app talks to Elasticsearch (through `elasticsearch.dsl`). Texts
arrive already lemmatised (see analysis.py), so the mapping needs no
language analyser: lemmas are split on spaces; the original titles and texts
keep a folding analyser for exact words and highlighting.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from elastic_transport import HttpHeaders, Urllib3HttpNode
from elasticsearch import Elasticsearch
from elasticsearch.dsl import (
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Object,
    Text,
    analyzer,
)

LANGUAGE_CODES = ["bg", "uk", "pl", "en"]
TIMEOUT_SECONDS = 3.0

folding = analyzer("folding", tokenizer="standard", filter=["lowercase", "asciifolding"])
lemmas_analyzer = analyzer("lemmas", tokenizer="whitespace", filter=["lowercase"])

_COMPATIBLE = re.compile(r"application/vnd\.elasticsearch\+([a-z-]+); ?compatible-with=\d+")


class PlainJsonNode(Urllib3HttpNode):
    """Sends `application/json` where the client would send Elasticsearch's versioned media type.

    Elasticsearch 8 takes both; OpenSearch-compatible servers (the tests'
    osmem-server) refuse the versioned one.
    """

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers:
            headers = HttpHeaders(headers)
            for name in ("accept", "content-type"):
                if name in headers:
                    headers[name] = _COMPATIBLE.sub(r"application/\1", headers[name])
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)


_clients: dict[str, Elasticsearch] = {}


def client() -> Elasticsearch | None:
    """The client for ELASTICSEARCH_URL (None when search runs on the database only)."""
    url = settings.ELASTICSEARCH_URL
    if not url:
        return None
    if url not in _clients:
        options: dict[str, Any] = {"request_timeout": TIMEOUT_SECONDS, "max_retries": 1, "retry_on_timeout": False}
        if getattr(settings, "ELASTICSEARCH_PLAIN_JSON", True):
            options["node_class"] = PlainJsonNode
        _clients[url] = Elasticsearch(url, **options)
    return _clients[url]


def alias_name() -> str:
    """The name searches and updates use; the index behind it changes at each rebuild."""
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-content"


def new_index_name() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    return f"{alias_name()}-{stamp}-{secrets.token_hex(3)}"


class ContentDocument(Document):
    """A findable thing in every language it is published in (the shape of a `SearchEntry`)."""

    type = Keyword()
    languages = Keyword(multi=True)
    original_language = Keyword()
    titles = Object(properties={code: Text(analyzer=folding) for code in LANGUAGE_CODES})
    bodies = Object(properties={code: Text(analyzer=folding) for code in LANGUAGE_CODES})
    title_lemmas = Text(analyzer=lemmas_analyzer)
    lemmas = Text(analyzer=lemmas_analyzer)
    external_id = Keyword()
    topic = Keyword(multi=True)
    system = Keyword(multi=True)
    country = Keyword()
    region = Keyword()
    band = Keyword()
    year = Integer()
    status = Keyword()
    date = Date()
    versions = Object(enabled=False)

    @classmethod
    def from_entry(cls, entry) -> ContentDocument:
        versions = entry.versions
        return cls(
            meta={"id": entry.key},
            type=entry.type,
            languages=entry.languages.split(),
            original_language=entry.original_language,
            titles={code: version["title"] for code, version in versions.items()},
            bodies={code: f"{version['summary']} {version['body']}" for code, version in versions.items()},
            title_lemmas=entry.title_lemmas,
            lemmas=entry.lemmas,
            external_id=entry.external_id or None,
            topic=entry.topics.split(),
            system=entry.systems.split(),
            country=entry.country or None,
            region=entry.region or None,
            band=entry.band or None,
            year=entry.year,
            status=entry.status or None,
            date=entry.date,
            # What a result shows; the texts themselves are in `bodies`.
            versions={
                code: {name: version[name] for name in ("id", "title", "url", "summary")}
                for code, version in versions.items()
            },
        )


def index_definition(name: str) -> Index:
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0, max_result_window=10_000)
    index.document(ContentDocument)
    return index
