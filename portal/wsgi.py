"""WSGI entry point (gunicorn portal.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
application = get_wsgi_application()

# Load the lemmatisation dictionaries now, not during a visitor's first search (a few seconds per process).
from search.analysis import warm_up  # noqa: E402

warm_up()
