"""Registration race: hundreds of people register for 50 seats at the same moment, through the real form.

    .venv/bin/python bench/registration.py [--database sqlite|postgres|both] [--attempts 220]

For each database it builds a throwaway portal (migrate, demo content), adds
an event with 50 seats, a waiting list and a quota of 2 per organisation,
serves it with gunicorn (production settings) on 127.0.0.1 and fires the
attempts concurrently: each one GETs the registration form (CSRF cookie and
token) and POSTs it, as a browser does. 100 organisations send two people
each and 20 of them a third one, who must be refused. Afterwards it counts
in the database and prints, last, a line of the form

    confirmed=50 waitlisted=150 overbooked=0 quota_violations=0 errors=0 rps=<n>

`rps` is completed registration attempts (GET + POST) per second; the same
client GETting a bare Django view (bench/baseline.py) gives the baseline
printed above it, so the figure reads as a ratio on a noisy machine.

PostgreSQL: `--postgres-url postgres://user@host:port/` (a server you run),
or, as root on a machine with Debian's PostgreSQL, a private cluster is
started on a free port of 127.0.0.1 and removed afterwards. Exit status 1
when any invariant fails.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack
from pathlib import Path

from pages import BENCH, ROOT, Server, log, make_environment, manage

CAPACITY = 50
QUOTA = 2
ORGANISATIONS = 100
OVER_QUOTA = 20

SETUP = """
import json
from datetime import timedelta
from django.utils import timezone
from events.models import EventIndexPage, EventPage
from portal.models import HomePage, Organisation

home = HomePage.objects.get(locale__language_code="en")
index = EventIndexPage.objects.child_of(home).first()
if index is None:
    index = home.add_child(instance=EventIndexPage(title="Events", slug="events", locale=home.locale))
    index.save_revision().publish()
start = timezone.now() + timedelta(days=30)
page = EventPage(
    title="Registration race", slug="registration-race", kind="forum", starts_at=start,
    ends_at=start + timedelta(hours=6), timezone="Europe/Sofia", venue_name="Hall", venue_city="Sofia",
    country="BG", capacity={capacity}, waitlist_enabled=True, organisation_quota={quota}, locale=home.locale,
)
index.add_child(instance=page)
page.save_revision().publish()
organisations = [
    Organisation.objects.create(
        name=f"Race municipality {{n}}", kind="municipality", country="BG", status="confirmed"
    ).pk
    for n in range({organisations})
]
print("BENCH-JSON " + json.dumps({{"path": page.url, "organisations": organisations}}))
"""

COUNT = """
import json
from django.db.models import Count
from events.models import Registration
rows = Registration.objects.filter(event__page__slug="registration-race")
states = dict(rows.values_list("state").annotate(n=Count("id")))
active = rows.filter(state__in=Registration.ACTIVE_STATES)
per_organisation = list(active.values("organisation_key").annotate(n=Count("id")).values_list("n", flat=True))
per_email = list(active.values("email_key").annotate(n=Count("id")).values_list("n", flat=True))
print("BENCH-JSON " + json.dumps({"states": states, "per_organisation": per_organisation, "per_email": per_email}))
"""

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def shell(env: dict[str, str], code: str) -> dict:
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    for line in result.stdout.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON ") :])
    raise SystemExit(f"manage.py shell failed:\n{result.stdout}\n{result.stderr}")


def attempt(base: str, path: str, person: dict) -> str:
    """One person's registration through the form; returns "registered", "refused" or "error: …"."""
    try:
        with urllib.request.urlopen(f"{base}{path}register/", timeout=60) as response:
            html = response.read().decode()
            cookies = response.headers.get_all("Set-Cookie") or []
        token = CSRF_INPUT.search(html)
        csrf_cookie = next((c.split(";", 1)[0] for c in cookies if c.startswith("csrftoken=")), None)
        if token is None or csrf_cookie is None:
            return "error: no CSRF token in the form"
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1), "consent": "on", **person}).encode()
        request = urllib.request.Request(
            f"{base}{path}register/", data=data, headers={"Cookie": csrf_cookie, "Referer": f"{base}{path}register/"}
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return "registered" if response.status == 200 else f"error: status {response.status}"
        except urllib.error.HTTPError as error:
            body = error.read().decode(errors="replace")
            if error.code == 409 and "most this event allows" in body:
                return "refused"
            return f"error: status {error.code}"
    except OSError as error:
        return f"error: {error}"


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return "ok"
    except OSError as error:
        return f"error: {error}"


def fire(function, jobs: list, concurrency: int) -> tuple[list[str], float]:
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        outcomes = list(pool.map(lambda job: function(*job), jobs))
    return outcomes, time.perf_counter() - started


def people(organisations: list[int], attempts: int) -> list[dict]:
    """Two people per organisation, then third ones (over the quota) up to `attempts`."""
    crowd = []
    for number in range(attempts):
        organisation = organisations[number % len(organisations)]
        crowd.append(
            {
                "full_name": f"Racer {number}",
                "email": f"racer{number}@example.net",
                "organisation": str(organisation),
                "role": "secretary",
            }
        )
    random.Random(2026).shuffle(crowd)
    return crowd


def start_postgres(workdir: Path) -> tuple[str, callable]:
    """A private PostgreSQL cluster on a free port of 127.0.0.1 (as the postgres user when root)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not versions:
        raise SystemExit("PostgreSQL is not installed; pass --postgres-url or --database sqlite.")
    bin_dir = versions[-1]
    data = workdir / "pgdata"
    data.mkdir()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    as_postgres = ["su", "postgres", "-c"] if os.geteuid() == 0 else ["sh", "-c"]
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres")
        shutil.chown(data, "postgres")
    subprocess.run([*as_postgres, f"{bin_dir}/initdb -D {data} -A trust -U postgres -E UTF8 >/dev/null"], check=True)
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [*as_postgres, f"{bin_dir}/pg_ctl -D {data} -l {data}/server.log -w -o '{options}' start >/dev/null"],
        check=True,
    )

    def stop() -> None:
        subprocess.run([*as_postgres, f"{bin_dir}/pg_ctl -D {data} -m fast stop >/dev/null"], check=False)

    return f"postgres://postgres@127.0.0.1:{port}/", stop


def create_database(server_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server_url + "postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return server_url + name


def race(database: str, args, workdir: Path, stack: ExitStack) -> dict:
    env = make_environment(workdir)
    env["EVENT_REGISTRATION_RATE"] = "1000000"  # every attempt comes from 127.0.0.1
    env["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
    if database == "postgres":
        server_url = args.postgres_url
        if not server_url:
            server_url, stop = start_postgres(workdir)
            stack.callback(stop)
        env["DATABASE_URL"] = create_database(server_url, "portal_registration_bench")
    log(f"[{database}] setting up a throwaway portal…")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage({**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}, "load_demo")
    setup = shell(env, SETUP.format(capacity=CAPACITY, quota=QUOTA, organisations=ORGANISATIONS))

    portal = Server(f"portal-{database}", "portal.wsgi:application", env, args.workers, workdir)
    stack.callback(portal.stop)
    baseline_env = {k: v for k, v in env.items() if k != "DJANGO_SETTINGS_MODULE"}
    baseline = Server(
        f"baseline-{database}",
        "baseline:application",
        baseline_env,
        args.workers,
        workdir,
        ("--pythonpath", str(BENCH)),
    )
    stack.callback(baseline.stop)
    portal.wait_ready(setup["path"])
    baseline.wait_ready("/")

    crowd = people(setup["organisations"], args.attempts)
    base = f"http://127.0.0.1:{portal.port}"
    log(f"[{database}] {len(crowd)} people register at once ({args.concurrency} at a time, {args.workers} workers)…")
    outcomes, seconds = fire(attempt, [(base, setup["path"], person) for person in crowd], args.concurrency)
    baseline_outcomes, baseline_seconds = fire(fetch, [(baseline.url("/"),)] * (2 * len(crowd)), args.concurrency)
    counts = shell(env, COUNT)
    states = counts["states"]
    errors = [o for o in outcomes if o.startswith("error")]
    result = {
        "database": database,
        "confirmed": states.get("confirmed", 0),
        "waitlisted": states.get("waitlisted", 0),
        "refused_quota": outcomes.count("refused"),
        "overbooked": max(states.get("confirmed", 0) - CAPACITY, 0),
        "quota_violations": sum(1 for n in counts["per_organisation"] if n > QUOTA),
        "duplicate_emails": sum(1 for n in counts["per_email"] if n > 1),
        "errors": len(errors) + sum(o != "ok" for o in baseline_outcomes),
        "error_samples": sorted(set(errors))[:5],
        "rps": len(crowd) / seconds,
        "baseline_rps": 2 * len(crowd) / baseline_seconds,
    }
    portal.stop()
    baseline.stop()
    return result


def holds(result: dict, attempts: int) -> bool:
    expected_active = min(attempts, ORGANISATIONS * QUOTA)
    return (
        result["confirmed"] == CAPACITY
        and result["waitlisted"] == expected_active - CAPACITY
        and result["overbooked"] == 0
        and result["quota_violations"] == 0
        and result["duplicate_emails"] == 0
        and result["errors"] == 0
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", ""))
    parser.add_argument("--attempts", type=int, default=ORGANISATIONS * QUOTA + OVER_QUOTA)
    parser.add_argument("--concurrency", type=int, default=32, help="requests in flight at once")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    args = parser.parse_args(argv)
    if args.attempts < 200:
        parser.error("at least 200 attempts (for 50 seats)")

    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    results = []
    for database in databases:
        workdir = Path(tempfile.mkdtemp(prefix=f"portal-race-{database}-"))
        try:
            with ExitStack() as stack:
                results.append(race(database, args, workdir, stack))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    ok = True
    for result in results:
        ok &= holds(result, args.attempts)
        print(
            f"[{result['database']}] refused_quota={result['refused_quota']} "
            f"duplicate_emails={result['duplicate_emails']} baseline_rps={result['baseline_rps']:.0f} "
            f"ratio={result['rps'] / result['baseline_rps']:.3f}"
            + (f" error_samples={result['error_samples']}" if result["error_samples"] else "")
        )
        print(
            f"confirmed={result['confirmed']} waitlisted={result['waitlisted']} overbooked={result['overbooked']} "
            f"quota_violations={result['quota_violations']} errors={result['errors']} rps={result['rps']:.0f}",
            flush=True,
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
