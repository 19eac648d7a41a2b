"""The contact form: stored and mailed, robots ignored, floods refused, errors clear and tied to inputs."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.contrib.forms.models import FormSubmission

from portal.demo.texts import TEXTS
from portal.models import ContactPage

pytestmark = pytest.mark.django_db

CONTACT = "/en/contact/"
THANKS = strip_tags(TEXTS["en"]["contact_thanks"])
RATE_MESSAGE = "You have sent several messages in a short time."


@pytest.fixture
def contact_page():
    return ContactPage.objects.get(slug="contact", locale__language_code="en")


@pytest.fixture
def portal_admin_client(demo_users):
    admin = Client()
    admin.force_login(demo_users["admin"])
    return admin


def message(**overrides) -> dict:
    data = {
        "name": "Ivana Petrova",
        "email": "ivana@zlatograd-dol.example.bg",
        "subject": "Electronic document management",
        "message": "How did you train your staff for the new system?",
        "website_url": "",
    }
    data.update(overrides)
    return data


def submissions(page):
    return FormSubmission.objects.filter(page=page)


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_valid_message_is_stored_and_mailed_once_to_the_pages_address(client, contact_page, mailoutbox):
    response = client.post(CONTACT, message())

    assert response.status_code == 200
    assert THANKS in response.content.decode()
    stored = submissions(contact_page).get()
    assert stored.form_data == {
        "name": "Ivana Petrova",
        "email": "ivana@zlatograd-dol.example.bg",
        "subject": "Electronic document management",
        "message": "How did you train your staff for the new system?",
    }
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [contact_page.to_address] == ["secretariat@example.org"]
    assert mail.subject == contact_page.subject
    assert "How did you train your staff for the new system?" in mail.body
    assert "ivana@zlatograd-dol.example.bg" in mail.body


def test_honeypot_is_hidden_from_people_and_never_reaches_the_secretariat(client, contact_page, mailoutbox):
    form = soup(client.get(CONTACT)).find("form", attrs={"method": "post"})
    honeypot = form.find("input", attrs={"name": "website_url"})
    assert honeypot["tabindex"] == "-1"
    assert honeypot["autocomplete"] == "off"
    wrapper = honeypot.find_parent(attrs={"aria-hidden": "true"})
    assert "visually-hidden" in wrapper["class"]

    client.post(CONTACT, message())
    assert "website_url" not in submissions(contact_page).get().form_data
    assert "Leave this field empty" not in mailoutbox[0].body


def test_filled_honeypot_shows_thanks_but_stores_and_sends_nothing(client, contact_page, mailoutbox):
    response = client.post(CONTACT, message(website_url="https://cheap-pills.example.com"))

    assert response.status_code == 200
    assert THANKS in response.content.decode()
    assert not submissions(contact_page).exists()
    assert mailoutbox == []


def test_robot_messages_do_not_count_against_the_rate_limit(client, contact_page, settings):
    for _ in range(settings.CONTACT_FORM_RATE + 1):
        client.post(CONTACT, message(website_url="https://spam.example.com"))

    response = client.post(CONTACT, message())
    assert THANKS in response.content.decode()
    assert submissions(contact_page).count() == 1


def test_address_over_the_rate_is_refused_and_keeps_its_text(client, contact_page, mailoutbox, settings):
    for number in range(settings.CONTACT_FORM_RATE):
        response = client.post(CONTACT, message(subject=f"Question {number}"))
        assert THANKS in response.content.decode()

    refused = client.post(CONTACT, message(message="One more question about broadband networks."))

    assert refused.status_code == 200
    page = soup(refused)
    alert = page.find(attrs={"role": "alert"})
    assert RATE_MESSAGE in alert.get_text()
    assert "Please wait an hour" in alert.get_text()
    assert THANKS not in refused.content.decode()
    assert page.find("textarea", attrs={"name": "message"}).get_text().strip() == (
        "One more question about broadband networks."
    )
    assert page.find("input", attrs={"name": "name"})["value"] == "Ivana Petrova"
    assert page.find("input", attrs={"name": "email"})["value"] == "ivana@zlatograd-dol.example.bg"
    assert submissions(contact_page).count() == settings.CONTACT_FORM_RATE
    assert len(mailoutbox) == settings.CONTACT_FORM_RATE


def test_rate_limit_counts_per_address(client, contact_page, settings):
    for _ in range(settings.CONTACT_FORM_RATE):
        client.post(CONTACT, message(), REMOTE_ADDR="203.0.113.7")

    assert RATE_MESSAGE in client.post(CONTACT, message(), REMOTE_ADDR="203.0.113.7").content.decode()
    assert THANKS in client.post(CONTACT, message(), REMOTE_ADDR="203.0.113.8").content.decode()
    assert submissions(contact_page).count() == settings.CONTACT_FORM_RATE + 1


def test_forged_forwarded_for_header_does_not_escape_the_rate_limit(client, contact_page, settings):
    """With no proxy configured, X-Forwarded-For is whatever the client wrote: it must not pick the bucket."""
    settings.TRUSTED_PROXY_COUNT = 0
    for number in range(settings.CONTACT_FORM_RATE):
        client.post(CONTACT, message(), REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")

    refused = client.post(CONTACT, message(), REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert RATE_MESSAGE in refused.content.decode()
    assert submissions(contact_page).count() == settings.CONTACT_FORM_RATE


def test_behind_a_trusted_proxy_the_address_it_appended_is_limited(client, contact_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    for number in range(settings.CONTACT_FORM_RATE):
        # The client prepends a forged entry each time; the proxy appends the real address.
        client.post(CONTACT, message(), REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=f"198.51.100.{number}, 203.0.113.7")

    refused = client.post(CONTACT, message(), REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.7")
    assert RATE_MESSAGE in refused.content.decode()
    other = client.post(CONTACT, message(), REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert THANKS in other.content.decode()
    assert submissions(contact_page).count() == settings.CONTACT_FORM_RATE + 1


@pytest.mark.parametrize(
    ("overrides", "field", "error"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"email": ""}, "email", "This field is required."),
        ({"message": "   "}, "message", "This field is required."),
        ({"email": "ivana-at-example"}, "email", "Enter a valid email address."),
        ({"email": "<script>@example.org"}, "email", "Enter a valid email address."),
    ],
)
def test_invalid_message_shows_an_error_tied_to_its_input_and_stores_nothing(
    client, contact_page, mailoutbox, overrides, field, error
):
    response = client.post(CONTACT, message(**overrides))

    assert response.status_code == 200
    page = soup(response)
    assert "Please correct the errors below." in page.find(attrs={"role": "alert"}).get_text()
    widget = page.find(attrs={"name": field})
    assert widget["aria-invalid"] == "true"
    error_id = f"id_{field}_error"
    assert error_id in widget["aria-describedby"].split()
    assert error in page.find(id=error_id).get_text()
    # Inputs without errors are not marked invalid.
    others = [name for name in ("name", "email", "message") if name != field]
    for other in others:
        assert not page.find(attrs={"name": other}).has_attr("aria-invalid")
    assert not submissions(contact_page).exists()
    assert mailoutbox == []


def test_empty_form_marks_every_required_field(client, contact_page):
    response = client.post(CONTACT, {})

    page = soup(response)
    invalid = {tag["name"] for tag in page.find_all(attrs={"aria-invalid": "true"})}
    assert invalid == {"name", "email", "message"}
    assert not submissions(contact_page).exists()


MARKUP = '<script>alert("x")</script><b onmouseover="steal()">Dear secretariat</b>, is population < 5000 small?'


def test_markup_in_a_message_is_kept_as_plain_text_and_escaped_wherever_it_is_shown(
    client, portal_admin_client, contact_page, mailoutbox
):
    """A contact message is plain text: kept as typed (so `< 5000` survives) and never rendered as HTML."""
    response = client.post(CONTACT, message(name="<i>Ivan</i>", message=MARKUP))

    assert THANKS in response.content.decode()
    assert submissions(contact_page).get().form_data["message"] == MARKUP
    assert submissions(contact_page).get().form_data["name"] == "<i>Ivan</i>"
    # The mail is plain text, so the text goes in as typed.
    assert mailoutbox[0].content_subtype == "plain"
    assert MARKUP in mailoutbox[0].body

    listing = portal_admin_client.get(reverse("wagtailforms:list_submissions", args=[contact_page.pk]))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "&lt;script&gt;" in html
    assert '<script>alert("x")' not in html
    assert "<b onmouseover" not in html
    assert "<i>Ivan</i>" not in html


def test_markup_is_escaped_when_the_form_is_shown_again_with_errors(client, contact_page):
    response = client.post(
        CONTACT, message(email="not-an-address", message=MARKUP, name='"><img src=x onerror=alert(1)>')
    )

    html = response.content.decode()
    assert '<script>alert("x")' not in html
    assert "<img src=x" not in html
    page = soup(response)
    assert page.find("textarea", attrs={"name": "message"}).get_text().strip() == MARKUP
    assert page.find("input", attrs={"name": "name"})["value"] == '"><img src=x onerror=alert(1)>'
    assert not submissions(contact_page).exists()


def test_an_overlong_message_is_refused_with_its_limit_and_nothing_is_stored(client, contact_page, mailoutbox):
    limit = ContactPage.message_max_length
    response = client.post(CONTACT, message(message="x" * (limit + 1)))

    assert response.status_code == 200
    page = soup(response)
    assert f"at most {limit} characters" in page.get_text()
    assert page.find("textarea", {"name": "message"})["maxlength"] == str(limit)
    assert not submissions(contact_page).exists()
    assert mailoutbox == []


def test_a_message_at_the_limit_is_accepted(client, contact_page):
    response = client.post(CONTACT, message(message="x" * ContactPage.message_max_length))

    assert response.status_code == 200
    assert submissions(contact_page).count() == 1
