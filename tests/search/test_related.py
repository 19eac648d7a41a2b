"""Related practices on a practice page: like it by its words on both engines, else sharing a topic."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def related_titles(client, page) -> list[str]:
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    section = soup.find(id="related-heading")
    return [link.get_text(strip=True) for link in section.find_parent("section").find_all("a")] if section else []


def demo(external_id: str) -> PracticePage:
    return PracticePage.objects.filter(external_id=external_id).order_by("pk").first()


def test_a_practice_page_shows_practices_about_the_same_thing(either_engine, client):
    page = demo("demo:pl-kalinowy-brod-kopie-zapasowe")  # backups in a Polish commune
    titles = related_titles(client, page)
    assert titles and page.title not in titles
    others = {demo(key).title for key in ("demo:bg-gorno-borovo-backups", "demo:uk-dubove-pole-rezervni-kopii")}
    translations = {
        p.title
        for key in ("demo:bg-gorno-borovo-backups", "demo:uk-dubove-pole-rezervni-kopii")
        for p in PracticePage.objects.filter(external_id=key)
    }
    assert set(titles) & (others | translations), "backups practices in other languages are related"


def test_without_shared_words_a_practice_shows_practices_sharing_its_topic(
    either_engine, make_practice, make_topic, act, client
):
    topic = make_topic("lighthouse-keeping")["en"]
    older = act(make_practice, "en", title="Qwertyuiop", summary="Zxcvbnm.", topics=[topic])
    page = act(make_practice, "en", title="Asdfghjkl", summary="Poiuytrewq.", topics=[topic])
    assert "Qwertyuiop" in related_titles(client, page)
    assert older.pk != page.pk
