"""Helpers every app's plain-text mails share."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Template tags leave blank lines and trailing spaces behind: at most one empty line between paragraphs."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)) + "\n"


def absolute(path: str) -> str:
    """A link for a mail, which is read away from any request."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def automatic_mail(
    language: str,
    templates: tuple[str, str],
    context: dict,
    *,
    to: list[str],
    headers: dict[str, str] | None = None,
    message_class: type[EmailMessage] = EmailMessage,
    **kwargs,
) -> EmailMessage:
    """A mail the portal sends by itself, rendered in `language` from (subject, body) templates.

    The subject is one line, the body tidied; Auto-Submitted keeps out-of-office
    replies away (RFC 3834) and Content-Language says what the reader gets.
    """
    subject_template, body_template = templates
    with translation.override(language):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = tidy(render_to_string(body_template, context))
    return message_class(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers={"Auto-Submitted": "auto-generated", "Content-Language": language, **(headers or {})},
        **kwargs,
    )
