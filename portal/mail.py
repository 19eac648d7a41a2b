"""Helpers every app's plain-text mails share."""

from __future__ import annotations

import re

from django.conf import settings

_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Template tags leave blank lines and trailing spaces behind: at most one empty line between paragraphs."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)) + "\n"


def absolute(path: str) -> str:
    """A link for a mail, which is read away from any request."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
