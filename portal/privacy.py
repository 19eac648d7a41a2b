"""Personal data on request: what we export and how an account is erased.

Each app that stores personal data registers an exporter here, so that
"download my data" stays complete as the portal grows.
"""

from collections.abc import Callable
from typing import Any

Exporter = Callable[[Any], Any]
_exporters: dict[str, Exporter] = {}


def register_exporter(section: str, exporter: Exporter) -> None:
    """Add a section to the personal-data export: `exporter(user)` returns JSON-ready data."""
    _exporters[section] = exporter


def exporters() -> dict[str, Exporter]:
    return dict(_exporters)
