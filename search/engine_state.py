"""Whether the engine answers: after a failure, searches go to the database for a short while.

Without this, every search during an outage would wait for the connection
timeout before falling back.
"""

from __future__ import annotations

import logging

from django.core.cache import cache

from search import documents

logger = logging.getLogger(__name__)
DOWN_KEY = "search:engine-down"
DOWN_SECONDS = 15


def mark_down(error: Exception) -> None:
    logger.warning("search engine unavailable, using the database for %s s: %s", DOWN_SECONDS, error)
    cache.set(DOWN_KEY, True, DOWN_SECONDS)


def mark_up() -> None:
    cache.delete(DOWN_KEY)


def usable() -> bool:
    """An engine is configured and was not failing a moment ago."""
    return documents.client() is not None and not cache.get(DOWN_KEY)
