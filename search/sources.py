"""What each kind of content gives search: which entries an object touches and the entry's fields.

An entry holds every published, public translation of a page (or one public
thread). Nothing a visitor may not see gets in: drafts, pages behind a view
restriction, threads waiting for moderation or hidden, and discussions of
groups that keep them to members.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Model
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page

from practices.models.pages import population_band
from search.analysis import lemmatise

BODY_LIMIT = 20_000  # characters of text per language version; longer pages are cut
SUMMARY_WORDS = 40


def plain(html: str) -> str:
    return " ".join(strip_tags(html or "").split())


def stream_text(value) -> str:
    """The searchable words of a StreamField value."""
    if not value:
        return ""
    return " ".join(plain(str(piece)) for piece in value.stream_block.get_searchable_content(value))


@dataclass
class Version:
    """One language version of a findable thing."""

    id: int
    language: str
    title: str
    url: str
    summary: str
    body: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "summary": Truncator(self.summary).words(SUMMARY_WORDS),
            "body": self.body[:BODY_LIMIT],
        }


def entry_fields(versions: list[Version], facets: dict[str, Any], original: Version) -> dict[str, Any]:
    """The analysed fields of an entry from its versions (each lemmatised in its own language) and facets."""
    title_lemmas, lemmas = [], []
    for version in versions:
        title_lemmas += lemmatise(version.title, version.language)
        lemmas += lemmatise(f"{version.title} {version.summary} {version.body[:BODY_LIMIT]}", version.language)
    return {
        "versions": {version.language: version.as_dict() for version in versions},
        "original_language": original.language,
        "languages": " " + " ".join(sorted(version.language for version in versions)) + " ",
        "title_lemmas": " ".join(title_lemmas),
        "lemmas": " ".join(lemmas),
        "external_id": facets.get("external_id", ""),
        "topics": " " + " ".join(sorted(set(facets.get("topics", [])))) + " ",
        "systems": " " + " ".join(sorted(set(facets.get("systems", [])))) + " ",
        "country": facets.get("country", "") or "",
        "region": facets.get("region", "") or "",
        "band": facets.get("band", "") or "",
        "year": facets.get("year"),
        "status": facets.get("status", "") or "",
        "date": facets.get("date"),
    }


class PageSource:
    """Pages of one model, grouped by translation key: `<type>:<translation key>`."""

    def __init__(self, type_: str, model_label: str):
        self.type = type_
        self.model_label = model_label

    @property
    def model(self) -> type[Page]:
        from django.apps import apps

        return apps.get_model(self.model_label)

    def handles(self, instance: Model) -> bool:
        return isinstance(instance, self.model)

    def keys_for(self, instance: Model) -> list[str]:
        return [f"{self.type}:{instance.translation_key}"]

    def all_keys(self) -> Iterable[str]:
        keys = self.model.objects.live().public().order_by().values_list("translation_key", flat=True).distinct()
        return (f"{self.type}:{key}" for key in keys)

    def pages(self, translation_key: str) -> list[Page]:
        return list(
            self.model.objects.live()
            .public()
            .filter(translation_key=translation_key)
            .select_related("locale")
            .order_by("pk")
        )

    def build(self, key: str) -> dict[str, Any] | None:
        pages = self.pages(key.split(":", 1)[1])
        if not pages:
            return None
        original = pages[0]
        versions = [self.version(page) for page in pages]
        return entry_fields(versions, self.facets(original), versions[0])

    def version(self, page: Page) -> Version:
        return Version(
            id=page.pk,
            language=page.locale.language_code,
            title=page.title,
            url=page.url or "",
            summary=page.search_description or getattr(page, "introduction", "") or "",
            body=self.body(page),
        )

    def body(self, page: Page) -> str:
        return stream_text(getattr(page, "body", None))

    def facets(self, page: Page) -> dict[str, Any]:
        return {"date": page.first_published_at}


class PracticeSource(PageSource):
    def version(self, page) -> Version:
        version = super().version(page)
        version.summary = page.summary
        return version

    def body(self, page) -> str:
        names = [organisation.name for organisation in page.organisations.all()]
        names += [system.name for system in page.systems.all()] + [topic.name for topic in page.topics.all()]
        texts = [page.problem, page.actions, page.results, page.lessons]
        return " ".join([*(plain(text) for text in texts), page.region, page.funding, *names])

    def facets(self, page) -> dict[str, Any]:
        band = population_band(page.population)
        return {
            "external_id": page.external_id,
            "topics": list(page.topics.values_list("slug", flat=True)),
            "systems": list(page.systems.values_list("slug", flat=True)),
            "country": str(page.country or ""),
            "region": page.region,
            "band": band[0] if band else "",
            "year": page.year,
            "status": page.status,
            "date": page.first_published_at,
        }


class EventSource(PageSource):
    def version(self, page) -> Version:
        version = super().version(page)
        version.summary = page.introduction or version.summary
        return version

    def body(self, page) -> str:
        place = " ".join(part for part in (page.venue_name, page.venue_city) if part)
        return f"{stream_text(page.body)} {stream_text(page.programme)} {place}".strip()

    def facets(self, page) -> dict[str, Any]:
        return {"country": str(page.country or ""), "year": page.starts_at.year, "date": page.starts_at}


class GroupSource(PageSource):
    def body(self, page) -> str:
        return f"{plain(page.mission)} {plain(page.goals)}".strip()

    def facets(self, page) -> dict[str, Any]:
        return {"topics": list(page.topics.values_list("slug", flat=True)), "date": page.first_published_at}


class ThreadSource:
    """Public discussions of groups and questions to the network: `thread:<pk>`."""

    type = "thread"

    def handles(self, instance: Model) -> bool:
        from forums.models import Post, Thread

        return isinstance(instance, Thread | Post)

    def keys_for(self, instance: Model) -> list[str]:
        from forums.models import Post

        thread_id = instance.thread_id if isinstance(instance, Post) else instance.pk
        return [f"thread:{thread_id}"]

    def visible(self):
        from django.db.models import Q

        from forums.models import Thread

        return Thread.objects.filter(state=Thread.State.PUBLISHED).filter(
            Q(group__isnull=True) | Q(group__page__discussions_public=True, group__page__live=True)
        )

    def all_keys(self) -> Iterable[str]:
        return (f"thread:{pk}" for pk in self.visible().values_list("pk", flat=True))

    def build(self, key: str) -> dict[str, Any] | None:
        from forums.links import thread_path
        from forums.models import Post

        thread = self.visible().filter(pk=int(key.split(":", 1)[1])).first()
        if thread is None:
            return None
        posts = list(
            Post.objects.filter(thread=thread, state=Post.State.PUBLISHED)
            .order_by("created_at")
            .values_list("html", "pk")
        )
        opening = plain(posts[0][0]) if posts else ""
        answer = next((plain(html) for html, pk in posts if pk == thread.accepted_post_id), "")
        replies = " ".join(plain(html) for html, _pk in posts[1:6])
        version = Version(
            id=thread.pk,
            language=thread.language,
            title=thread.title,
            url=thread_path(thread, thread.language),
            summary=opening,
            body=f"{answer} {replies}".strip(),
        )
        facets = {"topics": list(thread.topics.values_list("slug", flat=True)), "date": thread.created_at}
        facets["year"] = thread.created_at.year
        return entry_fields([version], facets, version)


SOURCES = {
    "practice": PracticeSource("practice", "practices.PracticePage"),
    "event": EventSource("event", "events.EventPage"),
    "group": GroupSource("group", "forums.WorkingGroupPage"),
    "thread": ThreadSource(),
    "page": PageSource("page", "portal.StandardPage"),
}


def source_of(key: str):
    return SOURCES[key.split(":", 1)[0]]
