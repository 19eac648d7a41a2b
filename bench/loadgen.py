"""A small HTTP load generator for when wrk is not installed.

Closed loop like wrk: each connection sends a GET, reads the whole response,
and sends the next; gunicorn's sync workers close the connection after every
response, so every request opens a new one (as it does with wrk). Processes
run asyncio event loops with raw sockets; latencies are kept per request for
exact percentiles.

It is Python and runs on the same cores as the server, so it takes CPU from
the workers and reports lower absolute figures than wrk; the ratio to the
baseline measured the same way stays comparable, but prefer wrk.
"""

from __future__ import annotations

import asyncio
import itertools
import multiprocessing
import time
from collections.abc import Iterator


async def _one_connection(host: str, port: int, requests: Iterator[bytes], deadline: float, out: dict) -> None:
    latencies, statuses = out["latencies"], out["statuses"]
    while True:
        started = time.perf_counter()
        if started >= deadline:
            return
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout=5)
            writer.write(next(requests))
            data = await asyncio.wait_for(reader.read(-1), timeout=10)
            writer.close()
        except (TimeoutError, OSError):
            out["errors"] += 1
            continue
        latencies.append(time.perf_counter() - started)
        status = data[9:12]
        statuses[status] = statuses.get(status, 0) + 1
        out["bytes"] += len(data)
        if b"\r\nx-page-cache: hit\r\n" in data[: data.find(b"\r\n\r\n") + 2].lower():
            out["cache_hits"] += 1
        if out["marker"] and out["marker"] in data:
            out["marked"] += 1


async def _run(host: str, port: int, paths: list[str], connections: int, duration: float, marker: bytes) -> dict:
    requests = itertools.cycle(
        [
            (
                f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: portal-bench\r\n"
                "Accept: text/html\r\nConnection: close\r\n\r\n"
            ).encode()
            for path in paths
        ]
    )
    out = {"latencies": [], "statuses": {}, "errors": 0, "bytes": 0, "cache_hits": 0, "marker": marker, "marked": 0}
    deadline = time.perf_counter() + duration
    await asyncio.gather(*(_one_connection(host, port, requests, deadline, out) for _ in range(connections)))
    return out


def _worker(args) -> dict:
    return asyncio.run(_run(*args))


def run(
    host: str,
    port: int,
    path: str | list[str],
    connections: int,
    duration: float,
    processes: int = 2,
    marker: bytes = b"",
) -> dict:
    """Load `path` for `duration` seconds: requests, seconds, latency histogram (µs: count), errors.

    `path` may be a list: its paths are requested in turn, each process taking
    every `processes`-th one, so that no path is requested twice before the
    list is exhausted (different pages the page cache does not hold yet).
    Responses holding `marker` are counted (`marked`).
    """
    paths = [path] if isinstance(path, str) else list(path)
    processes = max(1, min(processes, connections))
    shares = [connections // processes + (1 if i < connections % processes else 0) for i in range(processes)]
    slices = [paths[i::processes] or paths for i in range(processes)]
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        parts = pool.map(_worker, [(host, port, slices[i], share, duration, marker) for i, share in enumerate(shares)])
    latency: dict[int, int] = {}
    statuses: dict[str, int] = {}
    for part in parts:
        for seconds in part["latencies"]:
            micros = int(seconds * 1e6)
            latency[micros] = latency.get(micros, 0) + 1
        for status, count in part["statuses"].items():
            code = status.decode(errors="replace")
            statuses[code] = statuses.get(code, 0) + count
    return {
        "requests": sum(latency.values()),
        # Each process loads for `duration` by its own clock; its start-up is not load time.
        "seconds": duration,
        "latency_us": latency,
        "errors": sum(part["errors"] for part in parts),
        "non_2xx_3xx": sum(count for code, count in statuses.items() if code[:1] not in ("2", "3")),
        "bytes": sum(part["bytes"] for part in parts),
        "statuses": statuses,
        "cache_hits": sum(part["cache_hits"] for part in parts),
        "marked": sum(part["marked"] for part in parts),
    }
