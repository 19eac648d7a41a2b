"""Which Wagtail site answers a request, looked up in the cache instead of the database.

Wagtail finds the site for every request it serves with a query that joins the
site's root page (Site.find_for_request): about 2.5 ms of CPU, a tenth of an
uncached page (bench/pages.py). The answer changes only when a site is saved
or deleted or a page is published, moved or deleted, and each of those bumps
the page-cache generation that the key carries (portal/cache.py).
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from wagtail.models import Site

from portal.cache import current_generation

SITE_SECONDS = 3600


class CachedSiteMiddleware:
    """Set the request's Wagtail site (what Site.find_for_request returns) from the cache.

    Sits after CommonMiddleware, which has rejected hosts outside ALLOWED_HOSTS,
    so only allowed host names become keys.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Wagtail keeps its answer on the request under this name and asks the
        # database only when it is missing.
        if not hasattr(request, "_wagtail_site"):
            hostname = split_domain_port(request.get_host())[0]
            key = f"site:{current_generation()}:{hostname}:{request.get_port()}"
            site = cache.get(key)
            if site is None:
                # False stands for "no site answers this host", which is cached too.
                site = Site.find_for_request(request) or False
                cache.set(key, site, SITE_SECONDS)
            request._wagtail_site = site or None
        return self.get_response(request)
