"""Portal mail goes out through a real SMTP conversation (aiosmtpd on loopback)."""

import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller

from portal.models import ContactPage

pytestmark = pytest.mark.django_db


class Mailbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self):
        return [
            (envelope.rcpt_tos, email.message_from_bytes(envelope.original_content, policy=email.policy.default))
            for envelope in self.envelopes
        ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback, with the portal's mail settings pointing at it."""
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    yield mailbox
    controller.stop()


def test_password_reset_mail_reaches_the_member_over_smtp(client, demo_users, smtp_server, settings):
    response = client.post("/en/account/password/reset/", {"email": "member@example.org"})

    assert response.status_code == 302
    [(recipients, message)] = smtp_server.messages()
    assert recipients == ["member@example.org"]
    assert message["To"] == "member@example.org"
    assert message["Subject"] == "[Cooperation Portal] Password Reset Email"
    assert message["From"] == settings.DEFAULT_FROM_EMAIL
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "/en/account/password/reset/key/" in body


def test_contact_message_reaches_the_secretariat_over_smtp(client, smtp_server):
    page = ContactPage.objects.get(slug="contact", locale__language_code="bg")

    response = client.post(
        "/bg/contact/",
        {"name": "Иван Петров", "email": "ivan@example.bg", "message": "Здравейте, кога е следващият форум?"},
    )

    assert response.status_code == 200
    [(recipients, message)] = smtp_server.messages()
    assert recipients == ["secretariat@example.org"]
    # A long non-ASCII subject is folded onto a continuation line; unfolding leaves a leading space.
    assert message["Subject"].strip() == page.subject == "Съобщение от Портала за сътрудничество"
    assert message["From"] == "noreply@example.org"
    assert "Здравейте, кога е следващият форум?" in message.get_content()
