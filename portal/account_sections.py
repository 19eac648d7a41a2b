"""Sections of "My account" contributed by apps (registrations, groups, drafts…).

An app registers a callable that takes the request and returns a dict with
`title`, `template` and `context`, or None when it has nothing to show.
"""

from collections.abc import Callable

Section = Callable[[object], dict | None]
_sections: list[Section] = []


def register_section(section: Section) -> None:
    _sections.append(section)


def sections_for(request) -> list[dict]:
    return [s for s in (section(request) for section in _sections) if s]
