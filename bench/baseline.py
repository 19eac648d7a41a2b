"""The ceiling for page throughput: one bare Django view, no middleware, no database.

bench/pages.py serves this with the same gunicorn command line as the portal
(`gunicorn baseline:application`, run from bench/) and reports every cached
page as a ratio to it, so both figures come from the same machine in the same
minute. It is a settings module, a URLconf and a WSGI application in one file.
"""

import os
import secrets

from django.conf import settings
from django.http import HttpResponse
from django.urls import path

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS=["127.0.0.1"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        DATABASES={},
        USE_I18N=False,
        LOGGING_CONFIG=None,
    )


def hello(request):
    return HttpResponse(b"Hello from a bare Django view.\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path("", hello)]

from django.core.wsgi import get_wsgi_application  # noqa: E402  (needs the settings above)

application = get_wsgi_application()
