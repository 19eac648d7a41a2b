"""A page cache for anonymous visitors, cleared whenever published content changes.

Why not Django's per-site cache middleware: it cannot be invalidated on
publish and keys on cookies. Here a request is served from the cache only if
it carries no session or messages cookie (so it is anonymous and has nothing
personal to show), and a response is stored only if nothing per-visitor went
into it: no CSRF token, no cookie set, no private/no-store Cache-Control.

Invalidation uses a generation number kept in the cache itself (so every web
node sharing Redis sees it): publishing, unpublishing, moving or deleting a
page, or saving site settings, bumps the generation and every older entry
becomes unreachable.
"""

from __future__ import annotations

import functools
import hashlib
import os
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
BYPASS_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")

# Each process keeps the pages it served lately, so that a hit costs one cache
# read (the generation) instead of two. Entries are keyed by the full cache
# key, which carries the generation, so a publish anywhere makes them
# unreachable at once; they are kept a few seconds at most, so a page's own
# expiry in the shared cache is not stretched by more than that.
LOCAL_PAGES_MAX = 256
LOCAL_PAGE_SECONDS = 10
_local_pages: dict[str, tuple[float, bytes, dict[str, str]]] = {}


# With the file cache, the generation lives in one file. Reading it (open, read,
# unpickle) is a twentieth of the cost of serving a cached page; a stat tells
# whether it changed since this process last read it. Replacing the file (every
# write renames a new one into place) changes its inode and time.
_seen_generation: tuple[int, int, int] | None = None  # (inode, mtime in ns, generation)


def current_generation() -> int:
    global _seen_generation
    path = _generation_file()
    stat = None
    if path is not None:
        try:
            stat = os.stat(path)
        except OSError:
            stat = None
        if stat is not None and _seen_generation is not None:
            inode, mtime, generation = _seen_generation
            if (inode, mtime) == (stat.st_ino, stat.st_mtime_ns):
                return generation
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _new_generation(), None)
        generation = cache.get(GENERATION_KEY, 1)
    elif stat is not None:
        # The stat was taken before the read: if the file changed in between, the next
        # request sees a different stat and reads again.
        _seen_generation = (stat.st_ino, stat.st_mtime_ns, generation)
    return generation


@functools.cache
def _generation_file() -> str | None:
    """The file holding the generation when the cache is Django's file cache, else None."""
    from django.core.cache import caches
    from django.core.cache.backends.filebased import FileBasedCache

    backend = caches["default"]
    return backend._key_to_file(GENERATION_KEY) if isinstance(backend, FileBasedCache) else None


def _new_generation() -> int:
    # From the clock, not 1: when the key is lost (cache cleared or culled, Redis
    # restarted) the next generation must differ from every earlier one that
    # pages, the navigation or a process's local copies were stored under.
    return time.time_ns() // 1000


def clear_page_cache(**_kwargs) -> None:
    """Make every cached page stale (on publish, unpublish, move, delete, settings)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, _new_generation(), None)


def personal(response: HttpResponse) -> HttpResponse:
    """Mark a response as for this visitor only (what they may do, what they just did): never from the page cache."""
    patch_cache_control(response, private=True, no_cache=True)
    return response


def _cache_key(request: HttpRequest, generation: int) -> str:
    # The scheme is part of the key: a page stored for an https request must not answer a
    # plain-http one, which SecurityMiddleware (inside this one) would redirect to https.
    raw = f"{request.scheme}|{request.get_host()}|{request.get_full_path()}"
    return f"page-cache:{generation}:{hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()}"


def _request_is_cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in BYPASS_COOKIES):
        return False
    # The admin, accounts and previews are never shared.
    path = request.path_info
    return not (path.startswith("/admin/") or "/account/" in path or path.startswith("/documents/"))


def _response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False
    return response.get("Content-Type", "").startswith("text/html")


class AnonymousPageCacheMiddleware:
    """Serve anonymous GETs from the cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _request_is_cacheable(request):
            return self.get_response(request)
        key = _cache_key(request, current_generation())
        cached = _local_get(key)
        if cached is None:
            cached = cache.get(key)
            if cached is not None:
                _local_set(key, cached)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _response_is_cacheable(request, response):
            headers = {k: v for k, v in response.items() if k.lower() != "set-cookie"}
            cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)
            _local_set(key, (response.content, headers))
            response["X-Page-Cache"] = "miss"
        return response


def _local_get(key: str) -> tuple[bytes, dict[str, str]] | None:
    entry = _local_pages.get(key)
    if entry is None or entry[0] < time.monotonic():
        return None
    return entry[1], entry[2]


def _local_set(key: str, value: tuple[bytes, dict[str, str]]) -> None:
    if len(_local_pages) >= LOCAL_PAGES_MAX:
        # Older generations and expired pages pile up here; starting afresh is
        # cheaper than tracking them and costs one shared read per page.
        _local_pages.clear()
    _local_pages[key] = (time.monotonic() + min(LOCAL_PAGE_SECONDS, settings.PAGE_CACHE_SECONDS), *value)


def _connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    page_published.connect(clear_page_cache, dispatch_uid="page-cache-published")
    page_unpublished.connect(clear_page_cache, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(clear_page_cache, dispatch_uid="page-cache-moved")
    page_slug_changed.connect(clear_page_cache, dispatch_uid="page-cache-slug")

    from wagtail.models import Page

    post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="page-cache-deleted")

    # A site's host name, port or root page decide every URL (portal.sites caches the site itself);
    # a page made private in the admin (a view restriction, no publish) must leave the cache at once.
    for model in ("portal.SiteSettings", "portal.Organisation", "wagtailcore.Site", "wagtailcore.PageViewRestriction"):
        post_save.connect(clear_page_cache, sender=model, dispatch_uid=f"page-cache-{model}-saved")
        post_delete.connect(clear_page_cache, sender=model, dispatch_uid=f"page-cache-{model}-deleted")


_connect_signals()
