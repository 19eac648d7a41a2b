"""Page benchmark: cached throughput against a bare Django view, and the cost of uncached pages.

    .venv/bin/python bench/pages.py [--duration 10] [--connections 32] [--workers 2]

Builds a throwaway portal in a temporary folder (SQLite database, file cache,
media, collected static files), loads the demo content, and then:

1. serves the portal (production settings) and a bare Django view
   (bench/baseline.py) with gunicorn, same number of sync workers, each on a
   free port of 127.0.0.1, and loads them with wrk (or, without wrk, a Python
   generator that shares the CPU): requests/s, p50, p99, and each page's
   ratio to the baseline measured in the same run;
2. measures in-process, with Django's test Client under the same settings,
   the CPU milliseconds and the database queries of each page when the page
   cache does not hold it, when it does, and for a logged-in member
   (bench/render_cost.py).

Prints a table and writes the figures as JSON to bench/results/. See
bench/README.md for how to read them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV_BIN = Path(sys.executable).parent
RESULTS = BENCH / "results"

# What is loaded: (label, path, has a target). "/" answers with a redirect to
# the visitor's language, which depends on Accept-Language, so the page cache
# cannot hold it; it is shown for information.
PAGES = [
    ("home page", "/en/", True),
    ("standard page", "/en/about/", True),
    ("/ → language redirect", "/", False),
]
TARGET_RATIO = 0.8
TARGET_CPU_MS = 25.0

# Variables that would point the throwaway portal at real services.
SCRUBBED = (
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "EMAIL_HOST",
    "AWS_STORAGE_BUCKET_NAME",
    "TASKS_BACKEND",
    "SERVE_MEDIA",
    "DJANGO_SETTINGS_MODULE",
)

WRK_SCRIPT = r"""
done = function(summary, latency, requests)
  local buckets = {}
  for i = 1, #latency do
    local value, count = latency(i)
    buckets[#buckets + 1] = string.format("[%d,%d]", value, count)
  end
  io.write(string.format(
    "BENCH-JSON {\"requests\": %d, \"duration_us\": %d, \"bytes\": %d, \"connect\": %d, \"read\": %d, " ..
    "\"write\": %d, \"status\": %d, \"timeout\": %d, \"latency_us\": [%s]}\n",
    summary.requests, summary.duration, summary.bytes, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout, table.concat(buckets, ",")))
end
"""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- the throwaway environment ---------------------------------------------


def make_environment(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    for name in ("static", "media", "cache"):
        (workdir / name).mkdir()
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
            "CACHE_DIR": str(workdir / "cache"),
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def run_step(command: list[str], label: str, env: dict[str, str], timeout: float) -> None:
    """Run a setup step in a child process with the portal's environment; stop the benchmark if it fails."""
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(f"{label} failed:\n{result.stdout}\n{result.stderr}")
    log(f"  {label}  ({time.perf_counter() - started:.1f} s)")


def manage(env: dict[str, str], *args: str, timeout: float = 900) -> None:
    run_step([sys.executable, "manage.py", *args], f"manage.py {' '.join(args)}", env, timeout)


def build_portal(env: dict[str, str]) -> None:
    log("Setting up a throwaway portal (collectstatic, migrate, load_demo)…")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "migrate", "--noinput", "-v", "0")
    # Production settings refuse demo content on purpose: load it with the
    # developer settings into the same database and media folder.
    manage({**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}, "load_demo")


# --- servers -----------------------------------------------------------------


class Server:
    """A gunicorn on a socket this process bound to a free port of 127.0.0.1."""

    def __init__(self, name: str, app: str, env: dict[str, str], workers: int, logdir: Path, extra=()):
        self.name = name
        self.logfile = logdir / f"gunicorn-{name}.log"
        # Binding here (port 0) and handing the socket over means there is no
        # window in which another program could take the port.
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(2048)
        self.port = listener.getsockname()[1]
        fd = listener.fileno()
        with open(self.logfile, "wb") as logfile:
            self.process = subprocess.Popen(
                [
                    str(VENV_BIN / "gunicorn"),
                    app,
                    "--workers",
                    str(workers),
                    "--worker-class",
                    "sync",
                    "--bind",
                    f"fd://{fd}",
                    "--timeout",
                    "60",
                    "--graceful-timeout",
                    "5",
                    "--log-level",
                    "warning",
                    *extra,
                ],
                cwd=ROOT,
                env=env,
                pass_fds=(fd,),
                stdout=logfile,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        listener.close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path: str, timeout: float = 60) -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(self.url(path), headers={"Accept-Language": "en"})
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def wait_ready(self, path: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"{self.name} server exited:\n{self.logfile.read_text()[-3000:]}")
            try:
                status, _, _ = self.get(path, timeout=max(1, deadline - time.monotonic()))
                if status < 500:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"{self.name} server not ready after {timeout} s:\n{self.logfile.read_text()[-3000:]}")
            time.sleep(0.2)

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) used so far by gunicorn's master and workers; None off Linux."""
        ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        total = 0
        try:
            entries = os.listdir("/proc")
        except OSError:
            return None
        for entry in entries:
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            # After the command name: state, ppid, …; utime and stime are fields 14 and 15.
            if int(entry) == self.process.pid or int(fields[1]) == self.process.pid:
                total += int(fields[11]) + int(fields[12])
        return total / ticks

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        # The server runs in its own session, so its process group is exactly
        # gunicorn's master and workers.
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# --- load generation -----------------------------------------------------------


def wrk_version(wrk: str) -> str:
    result = subprocess.run([wrk, "--version"], capture_output=True, text=True, timeout=10)
    return (result.stdout + result.stderr).splitlines()[0].strip()


def load_with_wrk(
    wrk: str, script: Path, url: str, connections: int, threads: int, duration: int, script_args=()
) -> dict:
    """One wrk run; the script's `done` prints BENCH-JSON (WRK_SCRIPT's keys, and any of its own under "extra")."""
    result = subprocess.run(
        [
            wrk,
            f"--threads={max(1, min(threads, connections))}",
            f"--connections={connections}",
            f"--duration={duration}s",
            "--timeout=10s",
            "--latency",
            "--header=Accept-Language: en",
            f"--script={script}",
            url,
            *(["--", *map(str, script_args)] if script_args else []),
        ],
        capture_output=True,
        text=True,
        timeout=duration + 60,
    )
    line = next((line for line in result.stdout.splitlines() if line.startswith("BENCH-JSON ")), None)
    if result.returncode != 0 or line is None:
        raise SystemExit(f"wrk failed:\n{result.stdout}\n{result.stderr}")
    raw = json.loads(line.removeprefix("BENCH-JSON "))
    latency: dict[int, int] = {}
    for value, count in raw["latency_us"]:
        latency[value] = latency.get(value, 0) + count
    return {
        "requests": raw["requests"],
        "seconds": raw["duration_us"] / 1e6,
        "latency_us": latency,
        "errors": raw["connect"] + raw["read"] + raw["write"] + raw["timeout"],
        "non_2xx_3xx": raw["status"],
        "bytes": raw["bytes"],
        "extra": raw.get("extra", {}),
    }


def load(generator: dict, server: Server, path: str, args, duration: int) -> dict:
    """One closed-loop run of `duration` seconds: requests, seconds, latency histogram (µs: count), errors."""
    if generator["name"] == "wrk":
        return load_with_wrk(
            generator["path"], generator["script"], server.url(path), args.connections, args.threads, duration
        )
    import loadgen

    return loadgen.run("127.0.0.1", server.port, path, args.connections, duration, processes=args.threads)


def combine(parts: list[dict]) -> dict:
    """Add runs up: requests/s over their total time, exact percentiles of the merged latencies."""
    histogram: dict[int, int] = {}
    for part in parts:
        for value, count in part["latency_us"].items():
            histogram[value] = histogram.get(value, 0) + count
    values = sorted(histogram)
    total = sum(histogram.values())

    def percentile(q: float) -> float:
        rank, seen = q * total, 0
        for value in values:
            seen += histogram[value]
            if seen >= rank:
                return value / 1000
        return float("nan")

    requests = sum(part["requests"] for part in parts)
    seconds = sum(part["seconds"] for part in parts)
    cpu = [part.get("cpu_seconds") for part in parts]
    return {
        "server_cpu_us_per_request": sum(cpu) * 1e6 / requests if requests and None not in cpu else None,
        "requests": requests,
        "seconds": round(seconds, 3),
        "rps": requests / seconds if seconds else 0.0,
        "p50_ms": percentile(0.50),
        "p95_ms": percentile(0.95),
        "p99_ms": percentile(0.99),
        "max_ms": values[-1] / 1000 if values else float("nan"),
        "errors": sum(part["errors"] for part in parts),
        "non_2xx_3xx": sum(part["non_2xx_3xx"] for part in parts),
        "rounds_rps": [round(part["requests"] / part["seconds"]) if part["seconds"] else 0 for part in parts],
    }


def warm_up(generator: dict, server: Server, path: str, args) -> tuple[int, dict, bytes]:
    """Load every worker once, fill the caches, and return what a single request gets then."""
    for _ in range(args.workers * 4):
        server.get(path)
    if args.warmup > 0:
        load(generator, server, path, args, args.warmup)
    return server.get(path)


def compare(generator: dict, baseline: Server, portal: Server, path: str, args) -> tuple[dict, dict]:
    """Load the page and the baseline in alternating short rounds; return both, combined.

    Rounds of a few seconds, alternating which goes first, put other work on
    the machine (and its changes) on both sides of the ratio alike.
    """
    warm_up(generator, baseline, "/", args)
    status, headers, body = warm_up(generator, portal, path, args)
    seconds = max(1, round(args.duration / args.rounds))
    page_parts, baseline_parts = [], []
    for round_number in range(args.rounds):
        order = [(portal, path, page_parts), (baseline, "/", baseline_parts)]
        for server, url_path, parts in order if round_number % 2 else reversed(order):
            cpu_before = server.cpu_seconds()
            part = load(generator, server, url_path, args, seconds)
            cpu_after = server.cpu_seconds()
            part["cpu_seconds"] = None if cpu_before is None else cpu_after - cpu_before
            parts.append(part)
    page, base = combine(page_parts), combine(baseline_parts)
    status_after, headers_after, _ = portal.get(path)
    page.update(
        {
            "status": status,
            "page_cache": headers.get("X-Page-Cache"),
            "page_cache_after": headers_after.get("X-Page-Cache"),
            "response_bytes": len(body),
            "baseline_rps": base["rps"],
            "ratio": page["rps"] / base["rps"] if base["rps"] else 0.0,
            "baseline_server_cpu_us_per_request": base["server_cpu_us_per_request"],
        }
    )
    return page, base


# --- report ----------------------------------------------------------------------


def versions() -> dict:
    import importlib.metadata as md

    return {name: md.version(name) for name in ("Django", "wagtail", "gunicorn") if _installed(name)} | {
        "python": platform.python_version()
    }


def _installed(name: str) -> bool:
    import importlib.metadata as md

    try:
        md.version(name)
        return True
    except md.PackageNotFoundError:
        return False


def mark(ok: bool) -> str:
    return "ok" if ok else "ABOVE TARGET"


def print_report(results: dict) -> None:
    conf = results["config"]
    baseline = results["throughput"]["baseline"]
    print()
    print(
        f"Cooperation Portal page benchmark — {conf['cpus']} CPUs, gunicorn {conf['workers']} sync workers, "
        f"{conf['connections']} connections, {conf['duration']} s per measurement"
    )
    print(f"Load generator: {conf['generator']}")
    if conf["generator_shares_cpu"]:
        print("  (a Python generator shares the CPU with the server: absolute figures are low, ratios still compare)")
    print()
    print("Anonymous throughput (gunicorn on 127.0.0.1, production settings, file cache). Each page is loaded")
    print(
        f"in {conf['rounds']} round(s) taking turns with the bare-view baseline; its ratio is to those baseline rounds."
    )
    print("Server CPU is the gunicorn processes' CPU time per request (from /proc), a check that load elsewhere")
    print("on the machine does not sway: its ratio is baseline CPU / page CPU.")
    header = (
        f"  {'what':<30} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}  {'cache':<5} "
        f"{'ratio':>6} {'CPU µs':>7} {'CPU ratio':>9}  verdict"
    )
    print(header)
    print("  " + "-" * (len(header) - 2))

    def cpu(value):
        return f"{value:>7.0f}" if value is not None else f"{'-':>7}"

    for row in results["throughput"]["pages"]:
        verdict = (
            f"{mark(row['ratio'] >= TARGET_RATIO)} (target ≥ {TARGET_RATIO})" if row["has_target"] else "information"
        )
        cache_state = row["page_cache"] or str(row["status"])
        if row["page_cache"] != row["page_cache_after"]:
            verdict += f" — but X-Page-Cache was {row['page_cache_after']!r} after the load"
        page_cpu, base_cpu = row["server_cpu_us_per_request"], row["baseline_server_cpu_us_per_request"]
        cpu_ratio = f"{base_cpu / page_cpu:>9.2f}" if page_cpu and base_cpu else f"{'-':>9}"
        print(
            f"  {row['path'] + ' ' + row['label']:<30} {row['rps']:>7.0f} {row['p50_ms']:>7.2f} {row['p99_ms']:>7.2f} "
            f"{row['errors'] + row['non_2xx_3xx']:>6}  {cache_state:<5} {row['ratio']:>6.2f} {cpu(page_cpu)} "
            f"{cpu_ratio}  {verdict}"
        )
    for run in baseline["runs"]:
        print(
            f"  {'baseline (in turns with ' + run['against'] + ')':<30} {run['rps']:>7.0f} {run['p50_ms']:>7.2f} "
            f"{run['p99_ms']:>7.2f} {run['errors'] + run['non_2xx_3xx']:>6}  {'':<5} {'':>6} "
            f"{cpu(run['server_cpu_us_per_request'])}"
        )
    load = conf.get("loadavg")
    if load:
        print(f"  (machine load average over 1 min: {load['start']:.2f} at the start, {load['end']:.2f} at the end)")
    print()
    print("Per request, in-process (Django test Client, production settings, SQLite): CPU ms (mean) and queries")
    header = (
        f"  {'page':<14} {'uncached':>9} {'after':>8} {'cached':>7} {'member':>7}"
        f" {'queries':>8} {'queries':>8} {'queries':>8} {'bytes':>7}  verdict"
    )
    print(header)
    print(f"  {'':<14} {'(miss)':>9} {'publish':>8} {'(hit)':>7} {'':>7} {'anon.':>8} {'publish':>8} {'member':>8}")
    print("  " + "-" * (len(header) - 2))
    if not results["render"]["pages"]:
        print("  (skipped)")
    for path, row in results["render"]["pages"].items():
        miss = row["cpu_ms_miss"]["mean"]
        print(
            f"  {path:<14} {miss:>9.1f} {row['cpu_ms_cold']['mean']:>8.1f} {row['cpu_ms_hit']['mean']:>7.2f} "
            f"{row['cpu_ms_member']['mean']:>7.1f} {row['queries_miss']['count']:>8} "
            f"{row['queries_cold']['count']:>8} {row['queries_member']['count']:>8} {row['bytes']:>7}  "
            f"{mark(miss <= TARGET_CPU_MS)} (target ≤ {TARGET_CPU_MS:.0f} ms uncached)"
        )
    print()
    print(f"Results: {results['path']}")


# --- main --------------------------------------------------------------------------


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every benchmark here shares: gunicorn workers, the load generator, keeping the folder."""
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per server (2)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads / Python generator processes (2)")
    parser.add_argument(
        "--generator",
        choices=("auto", "wrk", "python"),
        default="auto",
        help="load generator: wrk when installed (auto), or the Python fallback",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, logs) for a look")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Cached page throughput against a bare Django view, and CPU/queries of uncached pages."
    )
    parser.add_argument("--duration", type=int, default=10, help="seconds per throughput measurement (10)")
    parser.add_argument("--connections", type=int, default=32, help="concurrent connections (32)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of load before each measurement (2)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="each measurement is cut into this many rounds, alternating with the baseline (5)",
    )
    parser.add_argument("--requests", type=int, default=50, help="timed in-process requests per page and kind (50)")
    add_server_arguments(parser)
    parser.add_argument("--skip-render", action="store_true", help="skip the in-process CPU/queries measurement")
    args = parser.parse_args(argv)
    if (
        args.duration < 1
        or args.rounds < 1
        or args.warmup < 0
        or args.connections < 1
        or args.workers < 1
        or args.requests < 1
    ):
        parser.error("--duration, --connections, --workers and --requests must be positive")
    return args


def choose_generator(args, workdir: Path, script_name: str = "report.lua", script_text: str = "") -> dict:
    """wrk with its Lua script when it is installed (or asked for), else the Python load generator."""
    wrk = shutil.which("wrk")
    if args.generator == "wrk" and not wrk:
        raise SystemExit("wrk is not installed: apt-get install wrk (Debian/Ubuntu), or use --generator python")
    if wrk and args.generator != "python":
        script = workdir / script_name
        script.write_text(script_text or WRK_SCRIPT)
        return {"name": "wrk", "path": wrk, "script": script, "label": f"{wrk_version(wrk)}, {args.threads} threads"}
    if not wrk:
        log("wrk is not installed; using the Python load generator (install wrk: apt-get install wrk).")
    return {"name": "python", "label": f"Python asyncio ({args.threads} processes, bench/loadgen.py)"}


def run(args) -> dict:
    started = datetime.now(UTC)
    load_start = os.getloadavg()[0]
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    servers: list[Server] = []
    try:
        generator = choose_generator(args, workdir)
        env = make_environment(workdir)
        build_portal(env)

        render = {"skipped": True, "pages": {}}
        if not args.skip_render:
            log(f"Measuring CPU and queries in-process ({args.requests} requests per page and kind)…")
            output = workdir / "render.json"
            result = subprocess.run(
                [sys.executable, str(BENCH / "render_cost.py"), "--paths", *(p for _, p, t in PAGES if t)]
                + ["--requests", str(args.requests), "--output", str(output)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=1800,
            )
            if result.returncode != 0:
                raise SystemExit(f"render_cost.py failed:\n{result.stdout}\n{result.stderr}")
            render = json.loads(output.read_text())

        log(f"Starting gunicorn ({args.workers} workers) for the portal and the baseline on 127.0.0.1…")
        baseline_env = {k: v for k, v in env.items() if k != "DJANGO_SETTINGS_MODULE"}
        baseline = Server(
            "baseline", "baseline:application", baseline_env, args.workers, workdir, ("--pythonpath", str(BENCH))
        )
        servers.append(baseline)
        portal = Server("portal", "portal.wsgi:application", env, args.workers, workdir)
        servers.append(portal)
        baseline.wait_ready("/")
        portal.wait_ready("/en/")

        baseline_runs, page_rows = [], []
        for label, path, has_target in PAGES:
            log(f"Loading {portal.url(path)} and the baseline {baseline.url('/')} in turns…")
            row, base = compare(generator, baseline, portal, path, args)
            row.update({"label": label, "path": path, "has_target": has_target})
            page_rows.append(row)
            baseline_runs.append({**base, "against": path})
        baseline_rps = sum(run["rps"] for run in baseline_runs) / len(baseline_runs)

        results = {
            "started": started.isoformat(timespec="seconds"),
            "config": {
                "duration": args.duration,
                "connections": args.connections,
                "workers": args.workers,
                "warmup": args.warmup,
                "rounds": args.rounds,
                "requests": args.requests,
                "cpus": os.cpu_count(),
                "generator": generator["label"],
                "generator_shares_cpu": generator["name"] == "python",
                "loadavg": {"start": load_start, "end": os.getloadavg()[0]},
                "versions": versions(),
                "platform": platform.platform(),
            },
            "targets": {"cached_ratio_min": TARGET_RATIO, "uncached_cpu_ms_max": TARGET_CPU_MS},
            "throughput": {
                "baseline": {"rps": baseline_rps, "runs": baseline_runs},
                "pages": page_rows,
            },
            "render": render,
        }
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"pages-{started.strftime('%Y%m%d-%H%M%S')}.json"
        results["path"] = str(path.relative_to(ROOT))
        path.write_text(json.dumps(results, indent=2, default=str))
        return results
    finally:
        with ExitStack() as stack:
            for server in servers:
                stack.callback(server.stop)
        if args.keep:
            log(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv=None) -> int:
    args = parse_args(argv)
    results = run(args)
    print_report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
