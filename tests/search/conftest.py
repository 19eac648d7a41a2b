"""Search fixtures: an engine for the Elasticsearch path (osmem-server, or the cluster at ELASTICSEARCH_URL).

Without ELASTICSEARCH_URL the tests start osmem-server (an in-memory
OpenSearch-compatible server) once per session. Each test gets its own index
prefix, so tests never see each other's documents, and its indices are
deleted afterwards; the same tests run unchanged against a real cluster.
"""

from __future__ import annotations

import os
import secrets

import pytest

from tests.forums.conftest import group_member, make_group, member, newcomer  # noqa: F401 - shared with forums
from tests.practices.conftest import library, make_practice, make_topic  # noqa: F401 - fixtures shared with practices


def pytest_collection_modifyitems(items):
    """Mark the tests that go through the engine (`-m "not engine"` runs only the database path)."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        callspec = getattr(item, "callspec", None)
        through_engine = "engine" in fixtures or (callspec and callspec.params.get("either_engine") == "elasticsearch")
        if through_engine and "tests/search/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.engine)


@pytest.fixture(scope="session")
def engine_url():
    url = os.environ.get("ELASTICSEARCH_URL")
    if url:
        yield url
        return
    from osmem_server import OsmemServer

    server = OsmemServer.start(japanese=False)
    yield server.url
    server.close()
    if server.process.stdout:  # the launcher leaves the server's output pipe open
        server.process.stdout.close()


@pytest.fixture
def engine(engine_url, settings, db):
    """Search through the engine for this test: entries of the demo site pushed to a fresh index behind the alias."""
    from search import documents, indexing

    settings.ELASTICSEARCH_URL = engine_url
    settings.ELASTICSEARCH_INDEX_PREFIX = f"test-{secrets.token_hex(4)}"
    assert indexing.push_pending() > 0
    client, prefix = documents.client(), settings.ELASTICSEARCH_INDEX_PREFIX
    client.indices.refresh(index=documents.alias_name())
    yield client
    client.indices.delete(index=f"{prefix}-*", ignore_unavailable=True)  # even if the test changed the settings


@pytest.fixture
def no_engine(settings):
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture(params=["database", "elasticsearch"])
def either_engine(request, db, settings):
    """Run the test once on the database fallback and once through the engine; yields the engine's name."""
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
    else:
        request.getfixturevalue("engine")
    yield request.param


@pytest.fixture
def publish(act):
    """publish(page) → publish its latest revision and run what publishing leaves for after commit (index update)."""

    def run(page):
        act(lambda: page.save_revision().publish())
        return page

    return run


@pytest.fixture
def find():
    """find(text, language="en", **filters) → the keys of what the search answers (either engine)."""
    from django.http import QueryDict

    from search.queries import SearchQuery, search

    def run(text: str, language: str = "en", **filters) -> list[str]:
        from search import documents

        if documents.client() is not None:  # a real cluster shows writes after a refresh only
            documents.client().indices.refresh(index=documents.alias_name())
        params = QueryDict(mutable=True)
        params.update({"q": text, "lang": language, "page_size": "50", **filters})
        result = search(SearchQuery.from_params(params))
        return [f"{row['type']}:{row['id']}" for row in result.results]

    return run
