"""Search benchmark: the search page's latency beside the practice page's, on the engine and on the database.

    .venv/bin/python bench/search.py [--practices 10000] [--duration 15] [--connections 2]
    .venv/bin/python bench/search.py --quick        # 1,000 practices, short loads: a smoke check

Builds a throwaway portal in a temporary folder like bench/pages.py (SQLite,
file cache, media, collected static files, the demo content), adds
`--practices` published practices in four languages with
`practices.bulk.create_practices` (each on one of the demo's topics: titles and
summaries made of the glossary's e-government terms and place names, the rest
from the demo practices of that topic), and then:

1. starts osmem-server (or uses `--engine-url`) and runs `search_rebuild` with
   ELASTICSEARCH_URL, timed by phase from its output: the entries (what the
   database fallback searches, all that a rebuild without an engine does),
   the index fill, the alias swap. The engine's own bulk rate is measured on
   the same documents sent straight to it. Should the rebuild fail, that is
   reported (the run fails) and the index is filled straight from the
   entries so that the engine can still be measured;
2. serves the portal with ELASTICSEARCH_URL, then (engine stopped) without it,
   each time with gunicorn (production settings, `--workers` sync workers, a
   free port of 127.0.0.1), and loads it in short rounds taking turns between
   three kinds of request: the practice page (a different practice at every
   request, so the anonymous page cache never holds it: each one is a miss),
   the search page `/<lang>/search/?q=…` and the JSON API
   `/api/search/?q=…&lang=…`, both rotating through realistic queries in four
   languages (QUERIES).

It prints requests/s, p50/p95/p99 and CPU per request of each kind (gunicorn's
and the engine's), and per engine the ratio search p95 / practice p95 against
the target (≤ 2). Every answer must be a 200, and on the engine's run every
search must come from the engine: the run fails (exit status 1) when more than
1% do not. Results go to bench/results/search-*.json. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

from pages import (
    BENCH,
    RESULTS,
    ROOT,
    Server,
    add_server_arguments,
    build_portal,
    choose_generator,
    combine,
    load_with_wrk,
    log,
    make_environment,
    run_step,
    versions,
)

TARGET_RATIO = 2.0  # search p95 ÷ practice page p95
MAX_FAILED_SHARE = 0.01  # answers other than 200 that fail the run
CHUNK = 50  # practices per create_practices call (each chunk has its own theme, topics and systems)
RAW_SAMPLE = 1000  # documents sent straight to osmem to measure its own bulk rate
RAW_BATCH = 200  # documents per bulk request, as search.indexing sends them (PUSH_BATCH)

# (language, text, filters, kind): what people type, in the four languages of the portal.
QUERIES = [
    ("en", "cybersecurity", {}, "one word"),
    ("en", "document management", {}, "words (glossary)"),
    ("en", "online payment of local taxes", {}, "words"),
    ("en", "open data", {"country": "PL"}, "words + filter"),
    ("en", "interoperabilty", {}, "typo"),
    ("bg", "киберсигурност", {}, "one word"),
    ("bg", "електронен документооборот", {}, "words (glossary)"),
    ("bg", "обучение на служителите", {"status": "pilot"}, "words + filter"),
    ("bg", "документооборт", {}, "typo"),
    ("bg", "Смолян", {}, "place"),
    ("uk", "кібербезпека", {}, "one word"),
    ("uk", "електронні послуги громади", {}, "words"),
    ("uk", "відкриті дані", {"topic": "open-data"}, "words + filter"),
    ("uk", "кібербезпка", {}, "typo"),
    ("pl", "cyberbezpieczeństwo", {}, "one word"),
    ("pl", "elektroniczny obieg dokumentów", {}, "words (glossary)"),
    ("pl", "płatności online", {"year": "2020"}, "words + filter"),
    ("pl", "kompetencje cyfowe", {}, "typo"),
    ("pl", "Sanok", {}, "place"),
]

KINDS = [
    ("practice", "practice page"),
    ("search", "search page"),
    ("api", "search API (JSON)"),
]

# Requests the paths of a file in turn (each wrk thread every n-th one, so none is requested twice
# before the list runs out), and counts answers other than 200 and the page cache's hits.
WRK_PATHS_SCRIPT = r"""
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  step = tonumber(args[2])
  marker = args[3]
  position = id + 1
  issued, wrapped, non200, hits, marked = 0, 0, 0, 0, 0
  codes = {}
end

function request()
  local path = paths[position]
  issued = issued + 1
  position = position + step
  if position > #paths then
    position = (position - 1) % #paths + 1
    wrapped = wrapped + 1
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
    codes[tostring(status)] = (codes[tostring(status)] or 0) + 1
  end
  if headers["X-Page-Cache"] == "hit" or headers["x-page-cache"] == "hit" then
    hits = hits + 1
  end
  if marker and body and string.find(body, marker, 1, true) then
    marked = marked + 1
  end
end

function done(summary, latency, requests)
  local non200_all, hits_all, wrapped_all, issued_max, marked_all = 0, 0, 0, 0, 0
  local codes_all = {}
  for _, thread in ipairs(threads) do
    non200_all = non200_all + thread:get("non200")
    hits_all = hits_all + thread:get("hits")
    marked_all = marked_all + thread:get("marked")
    wrapped_all = wrapped_all + thread:get("wrapped")
    issued_max = math.max(issued_max, thread:get("issued"))
    for code, count in pairs(thread:get("codes")) do
      codes_all[code] = (codes_all[code] or 0) + count
    end
  end
  local statuses = {}
  for code, count in pairs(codes_all) do
    statuses[#statuses + 1] = string.format("\"%s\": %d", code, count)
  end
  local buckets = {}
  for i = 1, #latency do
    local value, count = latency(i)
    buckets[#buckets + 1] = string.format("[%d,%d]", value, count)
  end
  io.write(string.format(
    "BENCH-JSON {\"requests\": %d, \"duration_us\": %d, \"bytes\": %d, \"connect\": %d, \"read\": %d, " ..
    "\"write\": %d, \"status\": %d, \"timeout\": %d, \"latency_us\": [%s], \"extra\": {\"non_200\": %d, " ..
    "\"cache_hits\": %d, \"marked\": %d, \"wrapped\": %d, \"issued_per_thread\": %d, \"statuses\": {%s}}}\n",
    summary.requests, summary.duration, summary.bytes, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout, table.concat(buckets, ","),
    non200_all, hits_all, marked_all, wrapped_all, issued_max, table.concat(statuses, ", ")))
end
"""


# --- the corpus: practices in four languages ---------------------------------------------------

PLACES = {
    "bg": [
        ("Смолян", "Smolyan", "BG"),
        ("Велинград", "Pazardzhik", "BG"),
        ("Габрово", "Gabrovo", "BG"),
        ("Ловеч", "Lovech", "BG"),
        ("Тетевен", "Lovech", "BG"),
        ("Котел", "Sliven", "BG"),
        ("Разлог", "Blagoevgrad", "BG"),
        ("Белоградчик", "Vidin", "BG"),
        ("Търговище", "Targovishte", "BG"),
        ("Девин", "Smolyan", "BG"),
        ("Троян", "Lovech", "BG"),
        ("Елена", "Veliko Tarnovo", "BG"),
        ("Самоков", "Sofia Province", "BG"),
        ("Кърджали", "Kardzhali", "BG"),
        ("Берковица", "Montana", "BG"),
        ("Карлово", "Plovdiv", "BG"),
    ],
    "uk": [
        ("Городниця", "Zhytomyr Oblast", "UA"),
        ("Славутич", "Kyiv Oblast", "UA"),
        ("Ірпінь", "Kyiv Oblast", "UA"),
        ("Коломия", "Ivano-Frankivsk Oblast", "UA"),
        ("Дрогобич", "Lviv Oblast", "UA"),
        ("Ніжин", "Chernihiv Oblast", "UA"),
        ("Умань", "Cherkasy Oblast", "UA"),
        ("Хмільник", "Vinnytsia Oblast", "UA"),
        ("Березне", "Rivne Oblast", "UA"),
        ("Тульчин", "Vinnytsia Oblast", "UA"),
        ("Самбір", "Lviv Oblast", "UA"),
        ("Решетилівка", "Poltava Oblast", "UA"),
        ("Мукачево", "Zakarpattia Oblast", "UA"),
        ("Обухів", "Kyiv Oblast", "UA"),
        ("Балта", "Odesa Oblast", "UA"),
        ("Старокостянтинів", "Khmelnytskyi Oblast", "UA"),
    ],
    "pl": [
        ("Ustrzyki Dolne", "Podkarpackie", "PL"),
        ("Lesko", "Podkarpackie", "PL"),
        ("Sanok", "Podkarpackie", "PL"),
        ("Krosno", "Podkarpackie", "PL"),
        ("Jasło", "Podkarpackie", "PL"),
        ("Brzozów", "Podkarpackie", "PL"),
        ("Nowy Targ", "Małopolskie", "PL"),
        ("Gorlice", "Małopolskie", "PL"),
        ("Hajnówka", "Podlaskie", "PL"),
        ("Augustów", "Podlaskie", "PL"),
        ("Włodawa", "Lubelskie", "PL"),
        ("Biłgoraj", "Lubelskie", "PL"),
        ("Kłodzko", "Dolnośląskie", "PL"),
        ("Olecko", "Warmińsko-Mazurskie", "PL"),
        ("Sokółka", "Podlaskie", "PL"),
        ("Wadowice", "Małopolskie", "PL"),
    ],
    "en": [
        ("Smolyan", "Smolyan", "BG"),
        ("Lviv", "Lviv Oblast", "UA"),
        ("Rzeszów", "Podkarpackie", "PL"),
        ("Chernivtsi", "Chernivtsi Oblast", "UA"),
        ("Vidin", "Vidin", "BG"),
        ("Suwałki", "Podlaskie", "PL"),
        ("Ruse", "Ruse", "BG"),
        ("Uzhhorod", "Zakarpattia Oblast", "UA"),
        ("Przemyśl", "Podkarpackie", "PL"),
        ("Giurgiu", "Giurgiu", "RO"),
        ("Bălți", "Bălți", "MD"),
        ("Odesa", "Odesa Oblast", "UA"),
    ],
}

WHO = {
    "en": ["The municipality of", "The town of", "The district of", "The regional administration of"],
    "bg": ["Община", "Областна администрация", "Район"],
    "uk": ["Громада", "Міська рада", "Районна адміністрація"],
    "pl": ["Gmina", "Miasto", "Powiat", "Starostwo Powiatowe"],
}

TITLES = {
    "en": ["{A} in {place}", "{place}: {A} for residents", "{A} and {B} in {place}", "How {place} introduced {A}"],
    "bg": ["{A} в {place}", "{who} {place}: {A}", "{A} и {B} в {place}", "{place}: {A} за гражданите"],
    "uk": ["{who} {place}: {A}", "{A} у громаді {place}", "{A} та {B}: досвід {place}", "{place}: {A} для мешканців"],
    "pl": ["{who} {place}: {A}", "{A} w gminie {place}", "{A} i {B} – {place}", "{place}: {A} dla mieszkańców"],
}

SUMMARIES = {
    "en": [
        "{who} {place} introduced {A} and {B}. After {m} months, {n}% of requests are handled electronically.",
        "In {place}, {A} replaced paper procedures; {B} followed a year later, and {staff} employees were trained.",
        "{place} combined {A} with {C}: answers to residents now take {d} days instead of {d2}.",
    ],
    "bg": [
        "{who} {place} въведе {A} и {B}. След {m} месеца {n}% от заявленията се обработват електронно.",
        "В {place} {A} замени хартиените процедури; година по-късно последва {B}, обучени са {staff} служители.",
        "{place} съчета {A} с {C}: отговорът до гражданите отнема {d} дни вместо {d2}.",
    ],
    "uk": [
        "{who} {place} запровадила {A} та {B}. Через {m} місяців {n}% звернень опрацьовуються електронно.",
        "У громаді {place} {A} замінив паперові процедури; через рік додали {B}, навчено {staff} працівників.",
        "{place} поєднала {A} з {C}: відповідь мешканцям тепер займає {d} днів замість {d2}.",
    ],
    "pl": [
        "{who} {place} wdrożyła {A} oraz {B}. Po {m} miesiącach {n}% wniosków jest załatwianych elektronicznie.",
        "W {place} {A} zastąpił papierowe procedury; rok później doszedł {B}, przeszkolono {staff} pracowników.",
        "{place} połączyła {A} z {C}: odpowiedź dla mieszkańców zajmuje teraz {d} dni zamiast {d2}.",
    ],
}

STEPS = {
    "en": ["training for every department", "a one-page internal rule", "a help desk for residents", "scanners"],
    "bg": ["обучение за всеки отдел", "вътрешни правила на една страница", "помощ за гражданите", "скенери"],
    "uk": ["навчання для кожного відділу", "внутрішнє правило на одну сторінку", "допомога мешканцям", "сканери"],
    "pl": ["szkolenie dla każdego wydziału", "jednostronicowa instrukcja", "pomoc dla mieszkańców", "skanery"],
}


# Each practice has a theme (one of the demo's topics): its title names one of the theme's glossary concepts,
# its texts come from demo practices of that topic, and it carries the topic. Queries then match a share
# like a real library's: a theme's words find that theme's practices and the few that mention it in passing.
THEMES = {
    "document-management": [
        "document-management",
        "records-management",
        "document-exchange",
        "e-signature",
        "interoperability",
        "village-administration",
    ],
    "e-services": [
        "national-portals",
        "e-services",
        "one-stop-shop",
        "e-queue",
        "e-payments",
        "local-taxes",
        "chatbot",
        "hotline",
        "citizen-appeals",
        "e-procurement",
    ],
    "digital-skills": ["digital-skills", "staff-training", "inter-municipal-cooperation"],
    "open-data": ["open-data", "public-information", "gis", "participatory-budget"],
    "broadband": ["broadband", "passive-infrastructure", "cloud-hosting"],
    "cybersecurity": ["cybersecurity", "backups", "cyber-attacks", "two-factor-authentication", "data-protection"],
}


def practice_texts(language: str, theme: str):
    """A function number → the fields of one generated practice on `theme`, written in `language` (deterministic)."""
    from practices.demo_texts import bg, en, pl, uk
    from search.glossary_data import CONCEPTS

    written = [
        practice for module in (bg, uk, pl, en) for practice in module.PRACTICES if language in practice["texts"]
    ]
    demo = [practice["texts"][language] for practice in written if theme in practice["topics"]]
    demo = demo or [practice["texts"][language] for practice in written]
    terms = {concept["key"]: concept["terms"][language] for concept in CONCEPTS if concept["terms"].get(language)}
    own = [terms[key] for key in THEMES.get(theme, []) if key in terms] or list(terms.values())
    others = [value for key, value in terms.items() if key not in THEMES.get(theme, [])]

    def term(rng: random.Random, choices: list[str]) -> str:
        return choices[0] if rng.random() < 0.5 else rng.choice(choices)

    def fields(number: int) -> dict:
        rng = random.Random(f"{language}-{number}")
        a = term(rng, rng.choice(own))
        b = term(rng, rng.choice(own if rng.random() < 0.5 else others))
        c = term(rng, rng.choice(others or own))
        place, region, country = rng.choice(PLACES[language])
        values = {
            "A": a,
            "B": b,
            "C": c,
            "place": place,
            "who": rng.choice(WHO[language]),
            "n": rng.randint(40, 98),
            "m": rng.randint(3, 24),
            "staff": rng.randint(5, 300),
            "d": rng.randint(2, 6),
            "d2": rng.randint(10, 30),
        }
        title = rng.choice(TITLES[language]).format(**values)
        summary = rng.choice(SUMMARIES[language]).format(**values)
        steps = "".join(f"<li>{step}</li>" for step in (b, c, rng.choice(STEPS[language])))
        return {
            "title": title[:1].upper() + title[1:],
            "summary": summary[:1].upper() + summary[1:],
            "problem": rng.choice(demo)["problem"],
            "actions": f"<ul>{steps}</ul>{rng.choice(demo)['actions']}",
            "results": rng.choice(demo)["results"],
            "lessons": rng.choice(demo)["lessons"],
            "funding": (rng.choice(demo).get("funding") or "")[:300],
            "country": country,
            "region": region,
        }

    return fields


def populate(count: int, output: Path) -> None:
    """(In a child process with the portal's settings.) Add `count` practices over the four libraries."""
    sys.path[:] = [str(ROOT)] + [entry for entry in sys.path if Path(entry or ".").resolve() != BENCH]
    import django

    django.setup()
    from wagtail.models import Page

    from practices.bulk import create_practices
    from practices.models import PracticeIndexPage, System, Topic

    started = time.perf_counter()
    indexes = {index.locale.language_code: index for index in PracticeIndexPage.objects.live().select_related("locale")}
    languages = [code for code in ("bg", "uk", "pl", "en") if code in indexes]
    practices = []
    for position, language in enumerate(languages):
        index = indexes[language]
        share = count // len(languages) + (1 if position < count % len(languages) else 0)
        topics = {topic.slug: topic for topic in Topic.objects.filter(locale=index.locale)}
        themes = [slug for slug in THEMES if slug in topics] or sorted(THEMES)
        systems = list(System.objects.filter(locale=index.locale).order_by("slug"))
        ids = []
        for chunk, start in enumerate(range(0, share, CHUNK)):
            theme = themes[(chunk + position) % len(themes)]
            chosen_topics = [topics[theme]] if theme in topics else []
            if chunk % 3 == 0 and len(themes) > 1:  # a third of them touch a second topic
                second = themes[(chunk + position + 1) % len(themes)]
                chosen_topics += [topics[second]] if second in topics else []
            chosen_systems = [systems[chunk % len(systems)]] if systems and chunk % 2 else []
            index.refresh_from_db()
            ids += create_practices(
                index,
                min(CHUNK, share - start),
                topics=chosen_topics,
                systems=chosen_systems,
                fields=practice_texts(language, theme),
            )
        base = index.url
        slugs = Page.objects.filter(pk__in=ids).values_list("slug", flat=True)
        practices += [{"language": language, "url": f"{base}{slug}/"} for slug in slugs]
    output.write_text(json.dumps({"practices": practices, "seconds": time.perf_counter() - started}))


def export_documents(limit: int, output: Path) -> None:
    """(In a child process.) The first `limit` entries as the engine receives them: NDJSON bulk lines, and the
    index's definition."""
    sys.path[:] = [str(ROOT)] + [entry for entry in sys.path if Path(entry or ".").resolve() != BENCH]
    import django

    django.setup()
    from elastic_transport import JsonSerializer

    from search import documents
    from search.models import SearchEntry

    serializer = JsonSerializer()  # what the client sends
    lines = []
    for entry in SearchEntry.objects.filter(deleted=False).order_by("pk")[:limit]:
        document = documents.ContentDocument.from_entry(entry).to_dict(include_meta=True)
        source = document.pop("_source")
        lines.append(serializer.dumps({"index": {"_id": document["_id"]}}).decode())
        lines.append(serializer.dumps(source).decode())
    definition = documents.index_definition("scratch").to_dict()
    output.write_text(json.dumps({"lines": lines, "definition": definition}))


# --- setup steps in child processes ------------------------------------------------------------


def child(env: dict[str, str], *args: str, timeout: float) -> None:
    """Run this file in a child process (populate, export) with the portal's environment."""
    run_step(
        [sys.executable, str(Path(__file__).resolve()), *args], f"bench/search.py {' '.join(args[:2])}", env, timeout
    )


def search_rebuild(env: dict[str, str], timeout: float, may_fail: bool = False) -> dict:
    """Run `manage.py search_rebuild`, timing each line it prints (its phases); the figures.

    With `may_fail`, a failure is returned (`failed`, the last lines of its output) instead of ending the run.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "search_rebuild"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[tuple[float, str]] = []

    def read() -> None:
        for line in process.stdout:
            lines.append((time.perf_counter() - started, line.rstrip()))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise SystemExit(
            f"search_rebuild took more than {timeout} s:\n" + "\n".join(text for _, text in lines)
        ) from None
    total = time.perf_counter() - started
    reader.join(timeout=10)
    output = [text for _, text in lines]
    if process.returncode != 0 and not may_fail:
        raise SystemExit("search_rebuild failed:\n" + "\n".join(output))

    def find(prefix: str) -> tuple[float, int] | None:
        for seconds, text in lines:
            if text.startswith(prefix):
                return seconds, int(text.rsplit(":", 1)[1].strip())
        return None

    entries, documents = find("Entries rebuilt from the content:"), find("Documents in the new index")
    figures = {"seconds": total, "failed": process.returncode != 0, "output": output[-60:]}
    if figures["failed"]:
        errors = [text for text in output if text and not text.startswith((" ", "Traceback", "The above"))]
        figures["error"] = errors[-1] if errors else f"exit status {process.returncode}"
    if entries:
        figures.update(entries=entries[1], entries_seconds=entries[0], entries_per_second=entries[1] / entries[0])
    if entries and documents:
        fill = documents[0] - entries[0]
        figures.update(
            documents=documents[1],
            index_seconds=fill,
            documents_per_second=documents[1] / fill if fill else 0.0,
            swap_seconds=total - documents[0],
        )
    log(f"  manage.py search_rebuild  ({total:.1f} s)")
    return figures


def bulk_load(engine_url: str, export: dict, index: str, alias: str | None = None) -> dict:
    """Send the exported documents straight to the engine, RAW_BATCH per bulk request, into a new `index`: docs/s.

    Without `alias` the index is a scratch one, deleted afterwards (osmem's own rate for these documents);
    with it, the alias is pointed at the index (in place of whatever it pointed at) and the index kept.
    """

    def call(method: str, path: str, body: bytes | None = None, content_type: str = "application/json"):
        request = urllib.request.Request(
            f"{engine_url}{path}", data=body, method=method, headers={"Content-Type": content_type}
        )
        with urllib.request.urlopen(request, timeout=600) as response:
            return json.loads(response.read() or b"{}")

    call("PUT", f"/{index}", json.dumps(export["definition"]).encode())
    lines = export["lines"]
    started = time.perf_counter()
    errors, slowest = 0, 0.0
    for start in range(0, len(lines), RAW_BATCH * 2):
        body = ("\n".join(lines[start : start + RAW_BATCH * 2]) + "\n").encode()
        sent = time.perf_counter()
        errors += bool(call("POST", f"/{index}/_bulk", body, "application/x-ndjson").get("errors"))
        slowest = max(slowest, time.perf_counter() - sent)
    call("POST", f"/{index}/_refresh")
    seconds = time.perf_counter() - started
    count = call("GET", f"/{index}/_count").get("count")
    documents = len(lines) // 2
    if errors or count != documents:
        raise SystemExit(f"osmem refused documents of the bulk load ({errors} batches with errors, {count} counted)")
    if alias is None:
        call("DELETE", f"/{index}")
    else:
        # Indices left by the failed rebuild (filled in part, never behind the alias) go too.
        stale = [name for name in call("GET", "/_alias") if name.startswith(f"{alias}-") and name != index]
        actions = [{"remove_index": {"index": name}} for name in stale]
        actions.append({"add": {"index": index, "alias": alias}})
        call("POST", "/_aliases", json.dumps({"actions": actions}).encode())
    return {
        "documents": documents,
        "seconds": seconds,
        "documents_per_second": documents / seconds if seconds else 0.0,
        "slowest_request_seconds": slowest,
        "batch": RAW_BATCH,
    }


def delete_indices(engine_url: str, prefix: str) -> None:
    """Remove the indices this run made on a cluster it did not start (their names start with `prefix`-)."""
    request = urllib.request.Request(f"{engine_url}/_alias", method="GET")
    with urllib.request.urlopen(request, timeout=60) as response:
        names = [name for name in json.loads(response.read()) if name.startswith(f"{prefix}-")]
    for name in names:
        urllib.request.urlopen(urllib.request.Request(f"{engine_url}/{name}", method="DELETE"), timeout=60).close()


# --- load ----------------------------------------------------------------------------------------


def query_paths(kind: str) -> list[str]:
    paths = []
    for language, text, filters, _label in QUERIES:
        if kind == "search":
            paths.append(f"/{language}/search/?{urlencode({'q': text, **filters})}")
        else:
            paths.append(f"/api/search/?{urlencode({'q': text, 'lang': language, **filters})}")
    return paths


class PracticeUrls:
    """Practice pages not requested yet (each one is a page-cache miss); taken from the front."""

    def __init__(self, urls: list[str]):
        self.urls = urls
        self.position = 0

    def remaining(self) -> list[str]:
        return self.urls[self.position :]

    def take(self, count: int) -> None:
        self.position = min(len(self.urls), self.position + count)


def load(generator: dict, server: Server, paths: list[str], args, duration: int, workdir: Path, marker="") -> dict:
    """One closed-loop run over `paths` in turn: the figures of pages.load, plus non-200s, page-cache hits and
    answers holding `marker` (the sign of the database fallback answering for the engine)."""
    if generator["name"] == "wrk":
        threads = max(1, min(args.threads, args.connections))
        listing = workdir / "paths.txt"
        listing.write_text("\n".join(paths) + "\n")
        part = load_with_wrk(
            generator["path"],
            generator["script"],
            server.url("/"),
            args.connections,
            args.threads,
            duration,
            script_args=(listing, threads, *([marker] if marker else [])),
        )
        extra = part.pop("extra")
        part.update(
            non_200=extra["non_200"],
            statuses=extra["statuses"],
            cache_hits=extra["cache_hits"],
            marked=extra["marked"],
            consumed=extra["issued_per_thread"] * threads,
        )
        return part
    import loadgen

    part = loadgen.run(
        "127.0.0.1", server.port, paths, args.connections, duration, processes=args.threads, marker=marker.encode()
    )
    statuses = part["statuses"]
    part["non_200"] = sum(count for code, count in statuses.items() if code != "200")
    part["consumed"] = part["requests"] + part["errors"] + args.connections
    return part


def process_cpu_seconds(pid: int | None) -> float | None:
    """CPU time (user + system) used so far by one process (the engine); None without /proc."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_idle(server: Server, engine_pid: int | None, timeout: float = 20) -> None:
    """Wait until requests still running from the last load are done (their CPU is not the next one's)."""
    deadline = time.monotonic() + timeout
    last = (server.cpu_seconds() or 0) + (process_cpu_seconds(engine_pid) or 0)
    while time.monotonic() < deadline:
        time.sleep(0.3)
        now = (server.cpu_seconds() or 0) + (process_cpu_seconds(engine_pid) or 0)
        if now - last < 0.03:
            return
        last = now


# What the database fallback leaves in an answer when it stands in for the engine.
FALLBACK_MARKERS = {"search": "message--warning", "api": '"engine": "database"'}


def run_part(generator, server, kind, practices: PracticeUrls, args, duration, workdir, engine_pid=None) -> dict:
    paths = practices.remaining() if kind == "practice" else query_paths(kind)
    if not paths:
        raise SystemExit("Every practice page was requested once already: use more --practices or a shorter load.")
    marker = FALLBACK_MARKERS.get(kind, "") if server.name == "portal-elasticsearch" else ""
    wait_idle(server, engine_pid)
    before, engine_before = server.cpu_seconds(), process_cpu_seconds(engine_pid)
    part = load(generator, server, paths, args, duration, workdir, marker)
    after, engine_after = server.cpu_seconds(), process_cpu_seconds(engine_pid)
    part["cpu_seconds"] = None if before is None else after - before
    part["engine_cpu_seconds"] = None if engine_before is None else engine_after - engine_before
    if kind == "practice":
        practices.take(part["consumed"])
    return part


def check_queries(server: Server, queries: int | None = None, pages: int = 3) -> dict:
    """Single requests: each query's API answer (total, engine, seconds); the search page of the first few."""
    answers = {}
    for number, ((language, text, filters, _label), api, page) in enumerate(
        list(zip(QUERIES, query_paths("api"), query_paths("search"), strict=True))[:queries]
    ):
        started = time.perf_counter()
        status, _headers, body = server.get(api)
        seconds = time.perf_counter() - started
        if status != 200:
            raise SystemExit(f"{server.url(api)} answered {status}:\n{body[:2000]!r}")
        answer = json.loads(body)
        page_status = server.get(page)[0] if number < pages else 200
        if page_status != 200:
            raise SystemExit(f"{server.url(page)} answered {page_status}")
        key = f"{language}: {text}" + (f" [{urlencode(filters)}]" if filters else "")
        answers[key] = {"total": answer["total"], "engine": answer["engine"], "seconds": round(seconds, 3)}
    return answers


def measure_engine(
    name: str, env: dict, generator: dict, practices: PracticeUrls, args, workdir: Path, engine_pid: int | None = None
) -> dict:
    """Serve the portal with this engine and load the three kinds of request in turns."""
    server = Server(f"portal-{name}", "portal.wsgi:application", env, args.workers, workdir)
    load_before = os.getloadavg()[0]
    try:
        server.wait_ready("/en/")
        started = time.perf_counter()
        status, headers, _body = server.get(practices.remaining()[0])
        first_practice = time.perf_counter() - started
        practices.take(1)
        if status != 200 or headers.get("X-Page-Cache") != "miss":
            raise SystemExit(f"A practice page answered {status} with X-Page-Cache {headers.get('X-Page-Cache')!r}")
        log("  one request per query (matches, engine)…")
        before = check_queries(server)
        log(f"  warming up ({args.warmup} s of each kind)…")
        if args.warmup > 0:
            for kind, _label in KINDS:
                run_part(generator, server, kind, practices, args, args.warmup, workdir, engine_pid)
        log(f"  loading: {args.rounds} rounds of {max(1, round(args.duration / args.rounds))} s per kind…")
        seconds = max(1, round(args.duration / args.rounds))
        parts: dict[str, list[dict]] = {kind: [] for kind, _label in KINDS}
        for round_number in range(args.rounds):
            order = KINDS[round_number % len(KINDS) :] + KINDS[: round_number % len(KINDS)]
            for kind, _label in order:
                parts[kind].append(run_part(generator, server, kind, practices, args, seconds, workdir, engine_pid))
        rows = {}
        for kind, label in KINDS:
            row = combine(parts[kind])
            row.update(
                label=label,
                non_200=sum(part["non_200"] for part in parts[kind]),
                cache_hits=sum(part.get("cache_hits", 0) for part in parts[kind]),
                fallback_answers=(
                    sum(part.get("marked", 0) for part in parts[kind])
                    if name == "elasticsearch" and kind in FALLBACK_MARKERS
                    else None
                ),
                statuses=merge_counts(part.get("statuses", {}) for part in parts[kind]),
            )
            cpu = row["server_cpu_us_per_request"]
            row["server_cpu_ms_per_request"] = cpu / 1000 if cpu is not None else None
            engine_cpu = [part["engine_cpu_seconds"] for part in parts[kind]]
            row["engine_cpu_ms_per_request"] = (
                sum(engine_cpu) * 1000 / row["requests"] if row["requests"] and None not in engine_cpu else None
            )
            rows[kind] = row
        after = check_queries(server, 3)  # which engine answers after the load
        unavailable = server.logfile.read_text(errors="replace").count("search engine unavailable")
        ratio = rows["search"]["p95_ms"] / rows["practice"]["p95_ms"] if rows["practice"]["p95_ms"] else None
        api_ratio = rows["api"]["p95_ms"] / rows["practice"]["p95_ms"] if rows["practice"]["p95_ms"] else None
        return {
            "engine": name,
            "rows": rows,
            "ratio_search_p95": ratio,
            "ratio_api_p95": api_ratio,
            "target_met": ratio is not None and ratio <= TARGET_RATIO,
            "first_practice_seconds": first_practice,
            "queries_before": before,
            "query_totals": {key: answer["total"] for key, answer in before.items()},
            "queries_after": after,
            "engine_unavailable_warnings": unavailable,
            "loadavg": {"start": load_before, "end": os.getloadavg()[0]},
        }
    finally:
        server.stop()


def merge_counts(counts) -> dict[str, int]:
    merged: dict[str, int] = {}
    for part in counts:
        for key, value in part.items():
            merged[key] = merged.get(key, 0) + value
    return merged


# --- report --------------------------------------------------------------------------------------


def print_report(results: dict) -> None:
    conf = results["config"]
    setup = results["setup"]
    print()
    print(
        f"Cooperation Portal search benchmark — {conf['practices']} practices, {conf['cpus']} CPUs, gunicorn "
        f"{conf['workers']} sync workers, {conf['connections']} connections, {conf['duration']} s per kind "
        f"in {conf['rounds']} rounds"
    )
    print(f"Load generator: {conf['generator']}; engine: {setup.get('engine', 'none')}")
    print()
    print("Corpus and indexing")
    print(f"  practices created (practices.bulk):        {setup['practices_seconds']:.1f} s")
    rebuild = setup["rebuild"]
    with_engine = "engine" in setup
    outcome = "FAILED after " if rebuild["failed"] else ""
    print(f"  search_rebuild{' with the engine' if with_engine else ''}:  {outcome}{rebuild['seconds']:.1f} s")
    if "entries" in rebuild:
        print(
            f"    entries (all that a rebuild without an engine does): {rebuild['entries_seconds']:.1f} s for "
            f"{rebuild['entries']} entries, {rebuild['entries_per_second']:.0f} entries/s (Django's start-up included)"
        )
    if "index_seconds" in rebuild:
        print(
            f"    index fill: {rebuild['index_seconds']:.1f} s for {rebuild['documents']} documents, "
            f"{rebuild['documents_per_second']:.0f} documents/s; alias swap and resend {rebuild['swap_seconds']:.1f} s"
        )
    if rebuild["failed"]:
        fill = rebuild["seconds"] - rebuild.get("entries_seconds", 0)
        print(f"    index fill: failed after {fill:.1f} s: {rebuild['error']}")
    raw = setup.get("raw_bulk") or setup.get("direct_fill")
    if raw:
        what = "a scratch index" if "raw_bulk" in setup else "the index behind the alias, in the rebuild's place"
        print(
            f"    the engine's own bulk rate (same documents, {raw['batch']} per request, into {what}): "
            f"{raw['documents']} in {raw['seconds']:.1f} s, {raw['documents_per_second']:.0f} documents/s, "
            f"slowest request {raw['slowest_request_seconds']:.1f} s"
        )
        if "index_seconds" in rebuild:
            share = rebuild["documents_per_second"] / raw["documents_per_second"]
            print(f"    → the rebuild's index fill runs at {share:.2f} of it")
    print()
    engines = results["engines"]
    print("One request per query before the load (API): matches, and seconds when answered alone")
    print(f"  {'query':<48} " + " ".join(f"{engine['engine']:>22}" for engine in engines))
    for key in engines[0]["queries_before"]:
        cells = []
        for engine in engines:
            answer = engine["queries_before"].get(key)
            if answer is None:
                cells.append(f"{'-':>22}")
                continue
            by = "" if answer["engine"] == engine["engine"] else f" by {answer['engine']}"
            cells.append(f"{str(answer['total']) + by:>14} {answer['seconds']:>6.2f} s")
        print(f"  {key:<48} " + " ".join(cells))
    print()
    print("Latency under load (gunicorn on 127.0.0.1, production settings). The practice page is uncached: every")
    print("request asks for a different practice, so the anonymous page cache misses (renders and stores it);")
    print("the search page and the API rotate through the queries above.")
    header = (
        f"  {'engine':<13} {'what':<18} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'CPU ms':>7} {'engine':>7} {'non-200':>7} {'errors':>6} {'fallback':>8}"
    )
    print(header)
    print("  " + "-" * (len(header) - 2))
    for engine in engines:
        for kind, _label in KINDS:
            row = engine["rows"][kind]
            cpu, engine_cpu = row["server_cpu_ms_per_request"], row["engine_cpu_ms_per_request"]
            note = f"  ({row['cache_hits']} page-cache hits!)" if kind == "practice" and row["cache_hits"] else ""
            print(
                f"  {engine['engine']:<13} {row['label']:<18} {row['requests']:>8} {row['rps']:>7.1f} "
                f"{row['p50_ms']:>7.1f} {row['p95_ms']:>7.1f} {row['p99_ms']:>7.1f} "
                f"{(f'{cpu:.1f}' if cpu is not None else '-'):>7} "
                f"{(f'{engine_cpu:.1f}' if engine_cpu is not None else '-'):>7} "
                f"{row['non_200']:>7} {row['errors']:>6} "
                f"{(row['fallback_answers'] if row['fallback_answers'] is not None else '-'):>8}{note}"
            )
    print("  CPU ms: gunicorn's processes per request; engine: osmem-server's CPU per request; fallback: answers")
    print("  the database gave in the engine's place (it timed out or was marked down), by the page's notice or")
    print("  the API's `engine` field.")
    print()
    for engine in engines:
        ratio = engine["ratio_search_p95"]
        verdict = "met" if engine["target_met"] else "NOT MET"
        print(
            f"  {engine['engine']:<13} search p95 / practice p95 = {ratio:.2f}  (target ≤ {TARGET_RATIO:g}: {verdict});"
            f"  API p95 / practice p95 = {engine['ratio_api_p95']:.2f}"
        )
        print(
            f"  {'':<13} (load average {engine['loadavg']['start']:.2f} before its measurement, "
            f"{engine['loadavg']['end']:.2f} after)"
        )
        if engine["engine_unavailable_warnings"]:
            warnings = engine["engine_unavailable_warnings"]
            print(f"  {'':<13} ! {warnings} 'search engine unavailable' warnings in the log")
    load = conf["loadavg"]
    print(f"  (machine load average over 1 min: {load['start']:.2f} at the start, {load['end']:.2f} at the end;")
    print(f"  the run took {conf['elapsed_seconds'] / 60:.1f} min)")
    print()
    for failure in results["failures"]:
        print(f"FAILED: {failure}")
    print(f"Results: {results['path']}")


# --- main ----------------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Search page and API latency beside the practice page's, on the database and on the engine."
    )
    parser.add_argument("--practices", type=int, default=10_000, help="practices added to the demo (10000)")
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per kind of request (15)")
    parser.add_argument("--connections", type=int, default=2, help="concurrent connections (2, one per worker)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of load of each kind before measuring (2)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds each measurement is cut into (3)")
    parser.add_argument(
        "--engines",
        nargs="+",
        choices=("database", "elasticsearch"),
        default=["database", "elasticsearch"],
        help="which engines to measure (both)",
    )
    parser.add_argument(
        "--engine-url",
        metavar="URL",
        help="an Elasticsearch cluster to use instead of starting osmem-server (indices bench-*, removed after)",
    )
    parser.add_argument("--quick", action="store_true", help="smoke check: 1,000 practices, 4 s per kind, 2 rounds")
    add_server_arguments(parser)
    parser.add_argument("--populate", metavar="OUTPUT", help=argparse.SUPPRESS)
    parser.add_argument("--export-documents", metavar="OUTPUT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        defaults = {"practices": 10_000, "duration": 15, "rounds": 3, "warmup": 2}
        quick = {"practices": 1_000, "duration": 4, "rounds": 2, "warmup": 1}
        for name, value in quick.items():
            if getattr(args, name) == defaults[name]:
                setattr(args, name, value)
    if min(args.practices, args.duration, args.connections, args.workers, args.rounds, args.threads) < 1:
        parser.error("--practices, --duration, --connections, --workers, --rounds and --threads must be positive")
    return args


def run(args) -> dict:
    started = datetime.now(UTC)
    load_start = os.getloadavg()[0]
    workdir = Path(tempfile.mkdtemp(prefix="portal-search-bench-"))
    engine_server = engine_cleanup = None
    try:
        generator = choose_generator(args, workdir, "paths.lua", WRK_PATHS_SCRIPT)
        env = make_environment(workdir)
        build_portal(env)
        setup: dict = {}

        log(f"Adding {args.practices} practices in four languages…")
        output = workdir / "practices.json"
        child(env, "--populate", str(output), "--practices", str(args.practices), timeout=1800)
        created = json.loads(output.read_text())
        setup["practices_seconds"] = created["seconds"]
        urls = [practice["url"] for practice in created["practices"]]
        random.Random(1).shuffle(urls)  # languages mixed, and never the same page twice
        practices = PracticeUrls(urls)

        results_engines, failures = [], []
        if "elasticsearch" in args.engines:
            if args.engine_url:
                engine_url, engine_pid, engine_label = args.engine_url.rstrip("/"), None, "the cluster at --engine-url"
                prefix = f"bench-{secrets.token_hex(4)}"  # its own indices, removed at the end
                engine_cleanup = (engine_url, prefix)
            else:
                from osmem_server import OsmemServer

                log("Starting osmem-server…")
                engine_server = OsmemServer.start(japanese=False)
                engine_url, engine_pid, engine_label = engine_server.url, engine_server.pid, "osmem-server"
                prefix = "portal"
            setup["engine"] = engine_label
            engine_env = {**env, "ELASTICSEARCH_URL": engine_url, "ELASTICSEARCH_INDEX_PREFIX": prefix}
            alias = f"{prefix}-content"
            # One rebuild serves both engines: its first phase builds the entries the database fallback
            # searches (all that a rebuild without the engine does), the second fills the index from them.
            log("search_rebuild with the engine (entries, then the index)…")
            rebuild = setup["rebuild"] = search_rebuild(engine_env, timeout=1800, may_fail=True)
            export_file = workdir / "documents.json"
            if rebuild["failed"]:
                failures.append(f"search_rebuild with the engine failed: {rebuild['error']}")
                log(f"search_rebuild failed ({rebuild['error']}); filling the index straight from the entries…")
                child(engine_env, "--export-documents", str(export_file), "--practices", "10000000", timeout=900)
                export = json.loads(export_file.read_text())
                setup["direct_fill"] = bulk_load(engine_url, export, f"{alias}-bench", alias=alias)
            else:
                log(f"The engine's own bulk rate on (at most) {RAW_SAMPLE} of the same documents…")
                child(engine_env, "--export-documents", str(export_file), "--practices", str(RAW_SAMPLE), timeout=600)
                export = json.loads(export_file.read_text())
                setup["raw_bulk"] = bulk_load(engine_url, export, f"{prefix}-raw-{os.getpid()}")
            log("Measuring with the engine…")
            results_engines.append(
                measure_engine("elasticsearch", engine_env, generator, practices, args, workdir, engine_pid)
            )
            if engine_server is not None:
                engine_server.close()  # its memory and any background work are not the database's load
                engine_server = None
        else:
            log("search_rebuild without an engine (the entries)…")
            setup["rebuild"] = search_rebuild(env, timeout=1800)
        if "database" in args.engines:
            log("Measuring with the database fallback…")
            results_engines.append(measure_engine("database", env, generator, practices, args, workdir))

        for engine in results_engines:
            for kind, label in KINDS:
                row = engine["rows"][kind]
                bad = row["non_200"] + row["errors"]
                if row["requests"] == 0 or bad > MAX_FAILED_SHARE * row["requests"]:
                    failures.append(
                        f"{engine['engine']} {label}: {bad} of {row['requests']} requests not answered 200 "
                        f"({row['statuses'] or 'connection errors'})"
                    )
                if kind == "practice" and row["cache_hits"]:
                    failures.append(f"{engine['engine']} practice page: {row['cache_hits']} page-cache hits")
                fallback = row["fallback_answers"]
                if fallback and fallback > MAX_FAILED_SHARE * row["requests"]:
                    failures.append(
                        f"{engine['engine']} {label}: {fallback} of {row['requests']} answered by the database "
                        "fallback (the engine timed out or was marked down)"
                    )
            wrong = [key for key, answer in engine["queries_before"].items() if answer["engine"] != engine["engine"]]
            if wrong:
                failures.append(f"{engine['engine']}: before the load, {len(wrong)} queries answered by another engine")
            if engine["engine_unavailable_warnings"]:
                failures.append(
                    f"{engine['engine']}: the engine was marked unavailable {engine['engine_unavailable_warnings']} "
                    "times (gunicorn log)"
                )

        results = {
            "started": started.isoformat(timespec="seconds"),
            "config": {
                "practices": args.practices,
                "duration": args.duration,
                "connections": args.connections,
                "workers": args.workers,
                "warmup": args.warmup,
                "rounds": args.rounds,
                "quick": args.quick,
                "cpus": os.cpu_count(),
                "generator": generator["label"],
                "practice_page": "a different practice URL at every request: page-cache misses (rendered and stored)",
                "queries": [
                    {"language": language, "q": text, "filters": filters, "kind": label}
                    for language, text, filters, label in QUERIES
                ],
                "loadavg": {"start": load_start, "end": os.getloadavg()[0]},
                "versions": versions(),
                "platform": platform.platform(),
                "elapsed_seconds": (datetime.now(UTC) - started).total_seconds(),
            },
            "targets": {"search_p95_over_practice_p95_max": TARGET_RATIO},
            "setup": setup,
            "engines": results_engines,
            "failures": failures,
        }
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"search-{started.strftime('%Y%m%d-%H%M%S')}.json"
        results["path"] = str(path.relative_to(ROOT))
        path.write_text(json.dumps(results, indent=2, default=str, ensure_ascii=False))
        return results
    finally:
        with ExitStack() as stack:
            if engine_server is not None:
                stack.callback(engine_server.close)
            if engine_cleanup is not None:
                stack.callback(delete_indices, *engine_cleanup)
        if args.keep:
            log(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.populate:
        populate(args.practices, Path(args.populate))
        return 0
    if args.export_documents:
        export_documents(args.practices, Path(args.export_documents))
        return 0
    results = run(args)
    print_report(results)
    return 1 if results["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
