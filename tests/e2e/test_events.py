"""Events in a real browser: find an event, register, get the mail, cancel through its link; organisers at the door.

Runs against the demo site: the national forum has free seats, the
electronic-document-management training is full with a waiting list, the
webinar is full without one.
"""

import uuid
from urllib.parse import urlsplit

import pytest

from tests.e2e.conftest import (
    DEMO_PASSWORD,
    assert_accessible,
    assert_errors_tied_to_fields,
    assert_in_language,
    assert_serves_accessibly,
    assert_shows,
    links_in,
    log_in,
    mail_text,
    submit,
)

pytestmark = pytest.mark.e2e

ORGANISER_EMAIL = "organiser@example.org"


@pytest.mark.parametrize(("language", "full_name"), [("en", "Maria Visitor"), ("bg", "Мария Посетителка")])
def test_visitor_finds_an_event_registers_gets_the_mail_and_cancels_through_its_link(
    new_context, portal_server, language, full_name
):
    email = f"visitor-{language}-{uuid.uuid4().hex[:8]}@example.net"
    page = new_context().new_page()

    # Find the forum through the listing's filters.
    page.goto(f"/{language}/events/")
    assert_in_language(page, language)
    page.select_option("#filter-kind", "forum")
    submit(page, "main form[role=search] button[type=submit]")
    assert "kind=forum" in page.url
    cards = page.locator("main .event-card h2 a")
    assert cards.count() >= 1
    with page.expect_navigation():
        cards.first.click()
    assert urlsplit(page.url).path == f"/{language}/events/national-forum/"
    assert_accessible(page)

    # Register.
    with page.expect_navigation():
        page.click("main .register-box a.button")
    assert urlsplit(page.url).path == f"/{language}/events/national-forum/register/"
    page.fill("#id_full_name", full_name)
    page.fill("#id_email", email)
    page.fill("#id_organisation_name", "Община Примерно")
    page.select_option("#id_role", "it_expert")
    page.check("#id_consent")
    submit(page)
    assert_shows(page, "main h1", "Registration received", language)

    # The confirmation mail, in the visitor's language, with the calendar file and the manage link.
    mail = portal_server.wait_for_mail(email)
    assert mail["Content-Language"] == language
    assert {part.get_filename() for part in mail.iter_attachments()} >= {"event.ics", "check-in-code.png"}
    manage_links = [link for link in links_in(mail_text(mail)) if "/registrations/" in link and "check-in" not in link]
    assert len(manage_links) == 1 and f"/{language}/registrations/" in manage_links[0]

    # Cancel through the link, in a fresh browser (no login needed).
    other = new_context().new_page()
    other.goto(manage_links[0])
    assert_in_language(other, language)
    assert full_name in other.locator("main").inner_text()
    assert_accessible(other)
    submit(other, "main form button[type=submit]")
    cancelled_message = "Your registration has been cancelled. We have sent you a confirmation."
    assert_shows(other, "main .messages", cancelled_message, language)
    assert other.locator("main form button[type=submit]").count() == 0  # nothing left to cancel

    cancelled = portal_server.mails_to(email)[-1]
    assert cancelled["Message-ID"] != mail["Message-ID"]


@pytest.mark.parametrize(
    "path",
    [
        "/en/events/",
        "/en/events/?when=past",
        "/uk/events/?kind=training&mode=in_person",
        "/en/events/national-forum/",
        "/en/events/edm-training/",  # full, with a waiting list
        "/pl/events/cybersecurity-webinar/",  # full, no waiting list
        "/en/events/national-forum/register/",
        "/bg/events/edm-training/register/",  # joining the waiting list, with the event's own questions
    ],
)
def test_event_pages_have_no_serious_accessibility_violation(page, path):
    assert_serves_accessibly(page, path)


def test_registration_errors_are_announced_and_tied_to_their_fields(page):
    page.goto("/en/events/edm-training/register/")
    page.fill("#id_email", "not-an-address")
    submit(page)
    assert page.locator("#form-errors").is_visible()
    assert page.evaluate("document.activeElement.id") == "form-errors"
    assert_errors_tied_to_fields(page)
    # The training's own required choice question is a group with a legend, marked invalid.
    assert page.locator("main fieldset.field--error legend").count() >= 1
    assert_accessible(page)


def test_register_button_and_form_work_by_keyboard(page):
    page.goto("/en/events/national-forum/")
    register = page.locator("main .register-box a.button")
    register.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/en/events/national-forum/register/")
    page.locator("#id_full_name").focus()
    page.keyboard.type("Keyboard Person")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_email"


def test_member_sees_the_form_filled_in_and_may_register_a_colleague(member_page):
    member_page.goto("/en/events/national-forum/register/")
    assert member_page.input_value("#id_email") == "member@example.org"
    legend = member_page.locator("main fieldset legend").first
    assert legend.is_visible()
    assert member_page.locator("input[name=registering]").count() == 2
    assert_accessible(member_page)


def test_member_sees_registrations_and_certificate_in_my_account(member_page):
    member_page.goto("/en/account/registrations/")
    main = member_page.locator("main")
    assert main.locator("a[href*='/certificates/'][href$='/pdf/']").count() >= 1
    assert_accessible(member_page)


def test_organiser_checks_in_at_the_door_by_name(new_context):
    context = new_context()
    page = context.new_page()
    log_in(page, ORGANISER_EMAIL, DEMO_PASSWORD)
    page.goto("/en/events/edm-training/check-in/")
    assert page.locator("main h1").count() == 1
    assert_accessible(page)
    # Search for a confirmed person and check them in; the page answers with a message.
    counts_before = page.locator("main .check-in__counts dd").first.inner_text()
    page.fill("#check-in-query", "a")
    submit(page, "main form[role=search] button[type=submit]")
    buttons = page.locator("main .check-in__button")
    assert buttons.count() >= 1
    with page.expect_navigation():
        buttons.first.click()
    assert page.locator("main .messages").count() == 1
    assert int(page.locator("main .check-in__counts dd").first.inner_text()) == int(counts_before) + 1
    assert_accessible(page)


def test_check_in_page_is_refused_to_members(member_page):
    response = member_page.goto("/en/events/edm-training/check-in/")
    assert response.status == 403
    assert_accessible(member_page)
