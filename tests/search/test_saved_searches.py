"""Saved searches: a member keeps a search, manages it in My account, gets new practices by mail and as a feed."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html import unescape
from urllib.parse import parse_qs
from xml.etree import ElementTree

import pytest
from django.contrib import messages
from django.urls import reverse
from django.utils import timezone

from portal.outbox import deliver
from search import saved as saved_searches
from search.models import SavedSearch, SearchAlertMail
from tests.factories import UserFactory
from tests.practices import conftest as practices

pytestmark = pytest.mark.django_db

# The library and its published practices, as the practices tests make them.
library = practices.library
make_practice = practices.make_practice

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "http://testserver"  # WAGTAILADMIN_BASE_URL of the test settings: where mails link to


@pytest.fixture
def member(db):
    return UserFactory(full_name="Hanna Hedge")


@pytest.fixture
def publish(act, make_practice):
    """publish(title) → a practice published now, its search entry refreshed as after a real commit."""

    def run(title: str, **fields):
        return act(make_practice, title=title, **fields)

    return run


def keep(user, encoded: str = "q=hedgehog", name: str = "", language: str = "en") -> SavedSearch:
    return saved_searches.save_search(user, name, encoded, language)


def a_day_later() -> datetime:
    """When the alerts of searches saved (or checked) now are due."""
    return timezone.now() + saved_searches.ALERT_EVERY + timedelta(minutes=1)


def messages_of(response, level: int | None = None) -> list[str]:
    return [str(message) for message in response.context["messages"] if level is None or message.level == level]


# Saving -------------------------------------------------------------------------------------------


def test_an_anonymous_visitor_who_saves_a_search_is_sent_to_log_in_and_nothing_is_saved(client):
    response = client.post(reverse("search_save"), {"query": "q=hedgehog", "name": "Hedgehogs"})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")
    assert not SavedSearch.objects.exists()


def test_a_member_saves_the_current_search_with_its_filters_and_finds_it_with_its_feed_in_my_account(client, member):
    client.force_login(member)
    encoded = "q=Hedgehog++crossings&country=ua&year=2023&type=practice"
    response = client.post(reverse("search_save"), {"query": encoded, "name": "  Hedgehog \n watch "}, follow=True)
    assert response.redirect_chain == [(f"/en/search/?{encoded}", 302)]
    assert any("Hedgehog watch" in text for text in messages_of(response, messages.SUCCESS))

    saved = SavedSearch.objects.get(user=member)
    assert (saved.name, saved.language, saved.query, saved.alert) == (
        "Hedgehog watch",
        "en",
        "Hedgehog crossings",
        True,
    )
    assert saved.filters == {"country": ["UA"], "year": ["2023"], "type": ["practice"]}
    assert len(saved.feed_token) >= 24

    html = client.get("/en/account/").content.decode()
    assert "Hedgehog watch" in html
    assert f'href="/en/search/saved/{saved.feed_token}/feed/"' in html
    (search_link,) = re.findall(r'href="/en/search/\?([^"]*)">Hedgehog watch<', html)
    assert parse_qs(unescape(search_link)) == {
        "q": ["Hedgehog crossings"],
        "country": ["UA"],
        "year": ["2023"],
        "type": ["practice"],
    }


def test_a_saved_search_without_a_name_is_named_after_its_words(member):
    assert keep(member, "q=hedgehog+crossings", name="   ").name == "hedgehog crossings"


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "q=+++",
        "sort=date",
        "country=XX",
        "year=1800",
        "type=recipe",
        "q=hedgehog&sort=popularity",
        "q=" + "a" * 201,
    ],
    ids=["nothing", "blank words", "only an order", "bad country", "bad year", "bad type", "bad order", "too long"],
)
def test_a_search_without_words_or_filters_or_with_a_bad_value_is_refused_with_a_message(client, member, encoded):
    client.force_login(member)
    response = client.post(reverse("search_save"), {"query": encoded, "name": "Mine"}, follow=True)
    assert len(messages_of(response, messages.ERROR)) == 1
    assert not messages_of(response, messages.SUCCESS)
    assert not SavedSearch.objects.exists()


def test_a_member_keeps_at_most_max_saved_searches_and_is_told_to_delete_one(client, member):
    for number in range(saved_searches.MAX_SAVED):
        keep(member, f"q=hedgehog+{number}")
    client.force_login(member)
    response = client.post(reverse("search_save"), {"query": "q=one+more", "name": "One more"}, follow=True)
    (refusal,) = messages_of(response, messages.ERROR)
    assert str(saved_searches.MAX_SAVED) in refusal
    assert SavedSearch.objects.filter(user=member).count() == saved_searches.MAX_SAVED
    assert not SavedSearch.objects.filter(name="One more").exists()
    # The limit is each member's: another member still saves.
    assert keep(UserFactory(), "q=one+more").pk


# Managing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["delete", "alert_off"])
def test_a_member_cannot_delete_or_switch_another_members_saved_search(client, member, action):
    theirs = keep(UserFactory())
    client.force_login(member)
    response = client.post(reverse("search_saved_change", args=[theirs.pk]), {"action": action})
    assert response.status_code == 404
    assert SavedSearch.objects.get(pk=theirs.pk).alert is True


def test_a_member_switches_the_daily_email_off_and_on_and_deletes_their_own_saved_search(client, member):
    mine = keep(member)
    client.force_login(member)
    url = reverse("search_saved_change", args=[mine.pk])

    response = client.post(url, {"action": "alert_off"})
    assert response["Location"] == "/en/account/#saved-searches"
    assert SavedSearch.objects.get(pk=mine.pk).alert is False
    client.post(url, {"action": "alert_on"})
    assert SavedSearch.objects.get(pk=mine.pk).alert is True

    assert client.post(url, {"action": "rename"}).status_code == 404  # an unknown action changes nothing
    assert client.post(url, {"action": "delete"})["Location"] == "/en/account/#saved-searches"
    assert not SavedSearch.objects.filter(pk=mine.pk).exists()
    assert client.post(url, {"action": "delete"}).status_code == 404


def test_saving_and_changing_a_saved_search_take_only_a_post(client, member):
    mine = keep(member)
    client.force_login(member)
    assert client.get(reverse("search_save"), {"query": "q=hedgehog"}).status_code == 405
    assert client.get(reverse("search_saved_change", args=[mine.pk]), {"action": "delete"}).status_code == 405
    assert SavedSearch.objects.filter(user=member).count() == 1


# Daily alerts ------------------------------------------------------------------------------------


def test_a_practice_published_after_saving_that_matches_is_mailed_once_with_absolute_links(
    act, publish, member, mailoutbox
):
    saved = keep(member, name="Hedgehogs")
    new = publish("Hedgehog crossings under the ring road")
    other = publish("Snow clearing rota for small towns")

    assert act(saved_searches.send_alerts, now=a_day_later()) == 1
    (mail,) = mailoutbox
    assert mail.to == [member.email]
    assert mail.extra_headers["Content-Language"] == "en"
    assert "Hedgehogs" in mail.subject
    assert new.title in mail.body and other.title not in mail.body
    assert f"{SITE}{new.url}" in mail.body
    assert f"{SITE}/en/search/?q=hedgehog" in mail.body
    assert f"{SITE}/en/account/" in mail.body
    (written,) = SearchAlertMail.objects.filter(saved_search=saved)
    assert written.sent_at is not None
    assert [item["title"] for item in written.items] == [new.title]


def test_the_alert_is_written_in_the_members_preferred_language(act, publish, member, mailoutbox):
    member.preferred_language = "uk"
    member.save()
    english_reader = UserFactory(full_name="Edward English")
    keep(member, name="Hedgehogs")
    keep(english_reader, name="Hedgehogs")
    publish("Hedgehog crossings under the ring road")

    assert act(saved_searches.send_alerts, now=a_day_later()) == 2
    to_member = next(mail for mail in mailoutbox if mail.to == [member.email])
    to_english = next(mail for mail in mailoutbox if mail.to == [english_reader.email])
    assert to_member.extra_headers["Content-Language"] == "uk"
    assert to_member.body.startswith("Доброго дня, Hanna Hedge")  # "Hello %(name)s," as translated long ago
    assert to_english.body.startswith("Hello Edward English")
    assert f"{SITE}/uk/account/" in to_member.body


def test_nothing_is_sent_when_no_practice_published_since_the_search_was_saved_matches_it(
    act, publish, member, mailoutbox
):
    saved = keep(member, "q=scanning")  # matches a demo practice, published before the search was saved
    assert saved_searches.latest_matches(saved)
    publish("Snow clearing rota for small towns")
    later = a_day_later()

    assert act(saved_searches.send_alerts, now=later) == 0
    assert mailoutbox == []
    assert not SearchAlertMail.objects.exists()
    assert SavedSearch.objects.get(pk=saved.pk).checked_at == later  # the next alert looks from here


def test_a_second_run_on_the_same_day_sends_nothing_more_and_the_next_day_sends_only_what_is_new(
    act, publish, member, mailoutbox
):
    saved = keep(member)
    SavedSearch.objects.filter(pk=saved.pk).update(checked_at=timezone.now() - timedelta(days=2))
    first = publish("Hedgehog crossings under the ring road")
    assert act(saved_searches.send_alerts) == 1

    second = publish("Hedgehog houses in every park")  # new since the first alert, but the day is not over
    assert act(saved_searches.send_alerts, now=timezone.now() + timedelta(hours=6)) == 0
    assert len(mailoutbox) == 1

    assert act(saved_searches.send_alerts, now=a_day_later()) == 1
    assert len(mailoutbox) == 2
    assert second.title in mailoutbox[1].body and first.title not in mailoutbox[1].body


def test_a_saved_search_with_its_daily_email_switched_off_sends_nothing(act, publish, member, mailoutbox):
    saved = keep(member)
    assert saved_searches.set_alert(member, saved.pk, False)
    publish("Hedgehog crossings under the ring road")
    assert act(saved_searches.send_alerts, now=a_day_later()) == 0
    assert mailoutbox == []


def test_an_alert_written_before_the_member_switched_it_off_is_not_sent(publish, member, mailoutbox):
    saved = keep(member)
    publish("Hedgehog crossings under the ring road")
    assert saved_searches.send_alerts(now=a_day_later()) == 1  # written; its sending waits for the commit
    saved_searches.set_alert(member, saved.pk, False)
    mail = SearchAlertMail.objects.get(saved_search=saved)
    assert deliver(SearchAlertMail, mail.pk) is False
    assert mailoutbox == []
    assert SearchAlertMail.objects.get(pk=mail.pk).sent_at is not None  # done with: not retried later


def test_an_inactive_member_gets_no_alert(act, publish, member, mailoutbox):
    keep(member)
    member.is_active = False
    member.save()
    publish("Hedgehog crossings under the ring road")
    assert act(saved_searches.send_alerts, now=a_day_later()) == 0
    assert mailoutbox == []


# The feed and the robots ---------------------------------------------------------------------------


def test_the_feed_at_the_secret_address_lists_the_practices_matching_the_saved_search(client, publish, member):
    first = publish("Hedgehog crossings under the ring road")
    second = publish("Hedgehog houses in every park")
    publish("Snow clearing rota for small towns")
    saved = keep(member, name="Hedgehogs")

    response = client.get(reverse("search_saved_feed", args=[saved.feed_token]))  # no login: the token is the key
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert "Hedgehogs" in feed.findtext(f"{ATOM}title")
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert sorted(titles) == sorted([first.title, second.title])
    assert sorted(links) == sorted([f"{SITE}{first.url}", f"{SITE}{second.url}"])


def test_a_feed_token_nobody_has_gives_404(client, member):
    keep(member)
    assert client.get(reverse("search_saved_feed", args=["no-such-token"])).status_code == 404


def test_the_feed_of_an_inactive_member_is_gone(client, member):
    saved = keep(member)
    member.is_active = False
    member.save()
    assert client.get(reverse("search_saved_feed", args=[saved.feed_token])).status_code == 404


def test_search_pages_and_saved_search_feeds_ask_robots_not_to_index_them(client, member):
    saved = keep(member)
    for url in (
        reverse("search") + "?q=hedgehog",
        reverse("search"),
        reverse("search_saved_feed", args=[saved.feed_token]),
        "/api/search/?q=hedgehog",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Robots-Tag"] == "noindex", url
