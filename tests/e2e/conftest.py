"""Browser tests: a real portal served by gunicorn, driven by Debian's Chromium through Playwright.

The portal runs in a subprocess on 127.0.0.1 with its own SQLite file, cache,
media and mail folder in a temporary directory, so the tests see exactly what
a visitor sees (page cache, whitenoise, allauth's mails) and leave nothing
behind. Mail goes to files: tests read the verification links from there.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.utils import translation

PROJECT_DIR = Path(__file__).resolve().parents[2]
AXE_PATH = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING_IMPACTS = {"serious", "critical"}

MEMBER_EMAIL = "member@example.org"
DEMO_PASSWORD = "demo-password-2026"

# Variables of the developer's shell that would send the served portal to shared services.
ISOLATED_VARIABLES = ("EMAIL_HOST", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "TASKS_BACKEND", "ELASTICSEARCH_URL")


@dataclass(frozen=True)
class PortalServer:
    """The served portal: where it answers and where its mail lands."""

    url: str
    mail_dir: Path
    log_path: Path

    def mails_to(self, address: str) -> list:
        """Every mail sent to `address`, oldest first, parsed."""
        messages = []
        if not self.mail_dir.exists():
            return messages
        for path in sorted(self.mail_dir.iterdir(), key=lambda p: p.stat().st_mtime):
            # The file backend writes each message followed by a line of 79 dashes.
            for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
                if not chunk.strip():
                    continue
                message = message_from_bytes(chunk, policy=policy.default)
                if address.lower() in str(message.get("To", "")).lower():
                    messages.append(message)
        return messages

    def wait_for_mail(self, address: str, timeout: float = 10.0, after: int = 0):
        """The newest mail to `address`, waiting for the server to write it (more than `after` of them)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            mails = self.mails_to(address)
            if len(mails) > after:
                return mails[-1]
            time.sleep(0.1)
        pytest.fail(f"No new mail to {address} arrived in {self.mail_dir} within {timeout} s.")


def mail_text(message) -> str:
    """The plain-text body of a mail (allauth sends text, sometimes with an HTML alternative)."""
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part is not None else ""


def links_in(text: str) -> list[str]:
    return re.findall(r"https?://[^\s<>\"']+", text)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _run_step(args: list[str], env: dict[str, str], log_path: Path, what: str) -> None:
    with log_path.open("a") as log:
        log.write(f"\n$ {' '.join(args)}\n")
        log.flush()
        result = subprocess.run(args, cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=300)
    if result.returncode != 0:
        pytest.fail(f"{what} failed (exit {result.returncode}); log {log_path}:\n{_tail(log_path)}", pytrace=False)


def _wait_until_healthy(url: str, process: subprocess.Popen, log_path: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited with {process.returncode}; log {log_path}:\n{_tail(log_path)}", pytrace=False)
        with contextlib.suppress(OSError, ValueError), urllib.request.urlopen(f"{url}/health/", timeout=2) as answer:
            if answer.status == 200 and json.load(answer).get("status") == "ok":
                return
        time.sleep(0.2)
    pytest.fail(f"The portal did not answer {url}/health/ within {timeout} s; log:\n{_tail(log_path)}", pytrace=False)


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory) -> Iterator[PortalServer]:
    """The portal with demo content, served by gunicorn on a free loopback port for the whole session."""
    tmp = tmp_path_factory.mktemp("portal-e2e")
    mail_dir = tmp / "mail"
    log_path = tmp / "server.log"
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if key not in ISOLATED_VARIABLES}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": f"sqlite:///{tmp / 'portal.sqlite3'}",
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail_dir),
            "CACHE_DIR": str(tmp / "cache"),
            "MEDIA_ROOT": str(tmp / "media"),
            "STATIC_ROOT": str(tmp / "static"),
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
            "PYTHONUNBUFFERED": "1",
        }
    )
    python = sys.executable
    # System checks run in the rest of the suite; skipping them here saves seconds of start-up.
    _run_step([python, "manage.py", "migrate", "--noinput", "-v", "0", "--skip-checks"], env, log_path, "migrate")
    _run_step([python, "manage.py", "load_demo", "--skip-checks"], env, log_path, "load_demo")

    url = f"http://127.0.0.1:{port}"
    # --preload: Django is imported once and the workers fork from it (a faster start).
    # No control socket: gunicorn's default (~/.gunicorn/gunicorn.ctl) is shared by every
    # gunicorn of the user, so parallel sessions and benchmarks would fight over it.
    command = [python, "-m", "gunicorn", "portal.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2", "--timeout", "60"]
    with log_path.open("a") as log:
        process = subprocess.Popen(
            [*command, "--preload", "--no-control-socket"],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_healthy(url, process, log_path)
        yield PortalServer(url=url, mail_dir=mail_dir, log_path=log_path)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing browser test shows the end of the server's log (tracebacks of 500s land there)."""
    report = yield
    server = item.funcargs.get("portal_server") if hasattr(item, "funcargs") else None
    if report.failed and report.when == "call" and isinstance(server, PortalServer):
        report.sections.append(("portal server log (last lines)", _tail(server.log_path)))
    return report


@pytest.fixture(scope="session")
def server_url(portal_server: PortalServer) -> str:
    return portal_server.url


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    """One headless Chromium for the session (Debian's, never a downloaded one)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: install Debian's `chromium` package.", pytrace=False)
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def new_context(browser, server_url):
    """Open fresh browser contexts (own cookies) on the portal; all are closed after the test."""
    contexts = []

    def make(**kwargs):
        context = browser.new_context(base_url=server_url, **kwargs)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


def submit(page, selector: str = "main form button[type=submit]"):
    """Click a submit button and wait until the answer has loaded.

    A click returns as soon as it is dispatched; without waiting here the next
    check could read the page being left (often the same URL, on a failed submit).
    """
    with page.expect_navigation() as navigation:
        page.click(selector)
    return navigation.value


def log_in(page, email: str, password: str, language: str = "en") -> None:
    """Log in through the form, as a visitor would."""
    page.goto(f"/{language}/account/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    submit(page)


@pytest.fixture(scope="session")
def storage_state_of(browser, server_url):
    """storage_state_of(email) → a demo login's cookies, made once per session (allauth rate-limits logins)."""
    states: dict[str, dict] = {}

    def get(email: str) -> dict:
        if email not in states:
            context = browser.new_context(base_url=server_url)
            page = context.new_page()
            log_in(page, email, DEMO_PASSWORD)
            assert page.url.endswith("/en/account/"), f"login of {email} failed, ended on {page.url}"
            states[email] = context.storage_state()
            context.close()
        return states[email]

    return get


@pytest.fixture(scope="session")
def member_storage_state(storage_state_of) -> dict:
    """The demo member's logged-in cookies."""
    return storage_state_of(MEMBER_EMAIL)


@pytest.fixture
def member_page(new_context, member_storage_state):
    """A page in a context where the demo member is logged in."""
    return new_context(storage_state=member_storage_state).new_page()


@pytest.fixture
def page_as(new_context, storage_state_of):
    """page_as(email) → a page in a fresh context where that demo login is logged in."""

    def make(email: str):
        return new_context(storage_state=storage_state_of(email)).new_page()

    return make


def fill_sign_up_form(page, full_name: str, email: str, password: str) -> None:
    """Fill in and send the open sign-up form; the browser lands on "verify your email address"."""
    page.fill("#id_full_name", full_name)
    page.fill("#id_email", email)
    page.fill("#id_password1", password)
    page.fill("#id_password2", password)
    page.check("#id_privacy_consent")
    submit(page)
    assert urlsplit(page.url).path.endswith("/account/confirm-email/"), f"sign-up did not go through: {page.url}"


def sign_up(new_context, portal_server: PortalServer, language: str, full_name: str, password: str):
    """A new member signs up in `language` and confirms the address from the mail: their logged-in page."""
    email = f"newcomer-{language}-{os.urandom(4).hex()}@example.net"
    page = new_context().new_page()
    page.goto(f"/{language}/account/signup/")
    fill_sign_up_form(page, full_name, email, password)
    confirm = [link for link in links_in(mail_text(portal_server.wait_for_mail(email))) if "/confirm-email/" in link]
    assert confirm, f"no confirmation link in the mail to {email}"
    page.goto(confirm[0])
    submit(page)  # confirming in the browser that signed up also logs in
    assert_path(page, f"/{language}/account/")
    return page, email


def _axe_source() -> str:
    if not AXE_PATH.exists():
        pytest.fail(
            f"axe-core is not installed ({AXE_PATH} is missing). "
            f"Run `npm ci` in {PROJECT_DIR} (bin/test does it for you) and run the tests again.",
            pytrace=False,
        )
    return str(AXE_PATH)


def assert_accessible(page) -> None:
    """Run axe-core (WCAG 2.1 A/AA and best practice) on the page; fail on serious or critical violations."""
    page.add_script_tag(path=_axe_source())
    violations = page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {runOnly: tags, resultTypes: ["violations"]});
            return results.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary || ""})),
            }));
        }""",
        AXE_TAGS,
    )
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    if blocking:
        lines = [f"axe-core found {len(blocking)} serious or critical violation(s) on {page.url}:"]
        for violation in blocking:
            lines.append(f"- [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
            for node in violation["nodes"]:
                summary = " ".join(node["summary"].split())
                lines.append(f"    {node['target']}: {summary}")
        pytest.fail("\n".join(lines), pytrace=False)


def assert_serves_accessibly(page, path: str) -> None:
    """The page at `path` answers 200 and has no serious or critical axe-core violation."""
    response = page.goto(path)
    assert response.status == 200, f"{path} answered {response.status}"
    assert_accessible(page)


def assert_errors_tied_to_fields(page) -> None:
    """After a failed submit every invalid field points (aria-describedby) at a visible error message."""
    problems = page.evaluate(
        """() => {
            const invalid = [...document.querySelectorAll("main [aria-invalid=true]")];
            if (!invalid.length) return ["no field is marked aria-invalid"];
            return invalid.flatMap((field) => {
                const ids = (field.getAttribute("aria-describedby") || "").split(/\\s+/).filter(Boolean);
                const errors = ids.map((id) => document.getElementById(id))
                    .filter((el) => el && el.classList.contains("field__errors") && el.textContent.trim());
                return errors.length ? [] : [`#${field.id} has no error message in its aria-describedby`];
            });
        }"""
    )
    assert not problems, f"{page.url}: {problems}\n{page.locator('main').inner_text()[:1500]}"


# Wording in several languages --------------------------------------------------------
# Checked against the message catalogues the server uses: where a string is
# translated the page must show the translation; where it is still missing the
# page must at least be served in the right language (<html lang>, URL prefix).


def translated(message: str, language: str, **params) -> str:
    """`message` as the server shows it in `language` (our catalogue, then allauth's, then Django's)."""
    with translation.override(language):
        text = translation.gettext(message)
    return text % params if params else text


def squash(text: str) -> str:
    return " ".join(text.split())


def assert_in_language(page, language: str) -> None:
    assert page.get_attribute("html", "lang") == language, page.url
    assert re.search(rf"://[^/]+/{language}/", page.url), f"{page.url} does not carry /{language}/"


def assert_path(page, path: str) -> None:
    """The page (after any redirects) is at `path`, without a query string."""
    assert urlsplit(page.url).path == path and not urlsplit(page.url).query, f"expected {path}, at {page.url}"


def assert_shows(page, selector: str, message: str, language: str, **params) -> None:
    """The element shows `message` in `language`, or, while untranslated, the page is in `language`."""
    assert_in_language(page, language)
    expected = translated(message, language, **params)
    if language != "en" and expected == (message % params if params else message):
        return  # not translated yet: the language checks above are what we can assert
    shown = squash(page.locator(selector).first.inner_text())
    assert squash(expected) in shown, f"expected {expected!r} in {selector} on {page.url}, found {shown!r}"
