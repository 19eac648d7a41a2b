"""Routes of routable pages that hand the request to a view function named by its dotted path.

Models must not import views (views import models): the view is imported on
the first request instead. `view_route("adopt/", "adopt", "practices.views.practice.adopt")`
in a page class body is the route `adopt` calling `adopt(request, page)`;
URL parameters and `extra` keyword arguments are passed on.
"""

from __future__ import annotations

from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import path


def view_route(pattern: str, name: str, view: str, **extra):
    def serve_route(page, request, *args, **kwargs):
        return import_string(view)(request, page, *args, **kwargs, **extra)

    serve_route.__name__ = serve_route.__qualname__ = f"{name}_route"
    return path(pattern, name=name)(serve_route)
