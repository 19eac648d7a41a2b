"""Personal data on request: what we export and how an account is erased.

Each app that stores personal data registers an exporter and an eraser here,
so that "download my data" and "delete my account" stay complete as the
portal grows.
"""

from collections.abc import Callable
from typing import Any

Exporter = Callable[[Any], Any]
Eraser = Callable[[Any], None]
_exporters: dict[str, Exporter] = {}
_erasers: list[Eraser] = []


def register_exporter(section: str, exporter: Exporter) -> None:
    """Add a section to the personal-data export: `exporter(user)` returns JSON-ready data."""
    _exporters[section] = exporter


def exporters() -> dict[str, Exporter]:
    return dict(_exporters)


def register_eraser(eraser: Eraser) -> None:
    """Erase an app's personal data of a member who deletes their account: `eraser(user)`."""
    if eraser not in _erasers:
        _erasers.append(eraser)


def erasers() -> list[Eraser]:
    return list(_erasers)
