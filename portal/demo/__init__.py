"""Demo content: texts in en, bg, uk and pl, organisations, users; apps add their part with `register_builder`."""

from collections.abc import Callable

# builder(context) -> lines to print; context has "locales", "organisations", "users", "homes", "image".
Builder = Callable[[dict], list[str]]
_builders: list[Builder] = []


def register_builder(builder: Builder) -> None:
    if builder not in _builders:
        _builders.append(builder)


def builders() -> list[Builder]:
    return list(_builders)
