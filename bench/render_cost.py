"""CPU and queries per page, measured in-process with Django's test Client.

bench/pages.py runs this in a child process with the production settings and
the throwaway database it built; run alone it needs the same environment
(DJANGO_SETTINGS_MODULE, SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, DATABASE_URL,
CACHE_DIR, MEDIA_ROOT, STATIC_ROOT) and a database with the demo content:

    python bench/render_cost.py --paths /en/ /en/about/ --requests 50 --output result.json

For each path it measures, with time.process_time() over N requests after a
warm-up:

- miss:   an anonymous request the page cache does not hold (a fresh query
          string each time), with everything else warm: the page is rendered
          and stored. This is the cost of an "uncached page".
- cold:   the same right after a publish (the cache generation is bumped
          before each request), so the navigation is rebuilt too.
- hit:    an anonymous request answered by the page cache.
- member: a logged-in member (never cached).

and the database queries of one miss, one cold and one member request.
Database connections are closed after each request, as the WSGI handler does
with SQLite (CONN_MAX_AGE=0), so reconnecting is counted as it is in gunicorn.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

HOST = "127.0.0.1"
MEMBER_EMAIL = "member@example.org"


class Measurement:
    """Issue requests of one kind and time them."""

    def __init__(self, path: str, kind: str, client):
        self.path, self.kind, self.client = path, kind, client
        self.counter = 0

    def prepare(self) -> str:
        """Set the stage for one request (not timed) and return the URL to get."""
        self.counter += 1
        if self.kind == "cold":
            from portal.cache import clear_page_cache

            clear_page_cache()
        if self.kind == "miss":
            return f"{self.path}?bench-miss={os.getpid()}-{self.counter}"
        return self.path

    def request(self, url: str):
        from django.db import close_old_connections

        response = self.client.get(url)
        # What the WSGI handler does at the end of each request: with SQLite
        # (CONN_MAX_AGE=0) the connection is closed and reopened next time.
        close_old_connections()
        return response

    def check(self, response) -> None:
        if response.status_code != 200:
            raise SystemExit(f"{self.kind} {self.path}: HTTP {response.status_code}")
        expected = {"miss": "miss", "cold": "miss", "hit": "hit", "member": None}[self.kind]
        if response.get("X-Page-Cache") != expected:
            raise SystemExit(
                f"{self.kind} {self.path}: expected X-Page-Cache {expected!r}, got {response.get('X-Page-Cache')!r}"
            )

    def cpu_ms(self, warmup: int, requests: int) -> dict:
        for _ in range(warmup):
            self.check(self.request(self.prepare()))
        total = 0.0
        samples = []
        for _ in range(requests):
            url = self.prepare()
            started = time.process_time()
            response = self.request(url)
            spent = time.process_time() - started
            self.check(response)
            total += spent
            samples.append(spent * 1000)
        samples.sort()
        return {
            "mean": round(total * 1000 / requests, 3),
            "median": round(samples[len(samples) // 2], 3),
            "max": round(samples[-1], 3),
            "requests": requests,
        }

    def queries(self) -> dict:
        from django.db import close_old_connections, connection
        from django.test.utils import CaptureQueriesContext

        url = self.prepare()
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(url)
        close_old_connections()
        self.check(response)
        return {"count": len(captured.captured_queries), "sql": [q["sql"] for q in captured.captured_queries]}


def member_client():
    from django.test import Client

    from portal.models import User

    member = User.objects.get(email=MEMBER_EMAIL)
    client = Client(HTTP_HOST=HOST)
    client.force_login(member)
    return client


def measure(paths: list[str], requests: int, warmup: int) -> dict:
    from django.test import Client

    anonymous = Client(HTTP_HOST=HOST)
    member = member_client()
    results = {}
    for path in paths:
        row = {}
        for kind in ("miss", "cold", "hit", "member"):
            client = member if kind == "member" else anonymous
            anonymous.cookies.clear()
            measurement = Measurement(path, kind, client)
            row[f"cpu_ms_{kind}"] = measurement.cpu_ms(warmup, requests)
            if kind != "hit":
                row[f"queries_{kind}"] = measurement.queries()
        row["bytes"] = len(anonymous.get(path).content)
        results[path] = row
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paths", nargs="+", default=["/en/", "/en/about/"])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per path and kind")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests before timing")
    parser.add_argument("--output", help="write JSON here (default: stdout)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    results = {
        "settings": os.environ["DJANGO_SETTINGS_MODULE"],
        "database": connection.vendor,
        "cache": settings.CACHES["default"]["BACKEND"],
        "pages": measure(args.paths, args.requests, args.warmup),
    }
    text = json.dumps(results, indent=2)
    if args.output:
        Path(args.output).write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
