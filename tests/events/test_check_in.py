"""Check-in at the door: who may, the search, the buttons, the QR code of the mail, and what it changes."""

from __future__ import annotations

import re
from decimal import Decimal
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from events import services
from events.models import Certificate, EventPage, Registration
from events.tokens import CHECK_IN_SALT, MANAGE_SALT, make_token
from events.views.attendance import MAX_RESULTS, fold
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
State = Registration.State

MEMBERS_WITHOUT_PERMISSION = ["member", "coordinator", "groupmember", "registrant"]
ORGANISERS = ["organiser", "admin"]


# Helpers ------------------------------------------------------------------------------------


def check_in_url(page: EventPage) -> str:
    return page.url + page.reverse_subpage("check_in")


def token_url(registration: Registration, salt: str = CHECK_IN_SALT) -> str:
    return reverse("events_check_in_token", args=[make_token(registration, salt)])


def state_of(registration: Registration) -> str:
    return Registration.objects.values_list("state", flat=True).get(pk=registration.pk)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def assert_login_redirect(response, url: str) -> None:
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == reverse("account_login")
    assert parse_qs(target.query)["next"] == [url]


class PageOutline(HTMLParser):
    """What assistive technology relies on in the page's <main>: headings, labels, form controls, button names."""

    def __init__(self):
        super().__init__()
        self._in_main = False
        self.headings: list[tuple[str, str]] = []
        self.labels: dict[str, str] = {}
        self.inputs: list[dict] = []
        self.buttons: list[str] = []
        self.forms: list[dict] = []
        self._open: list[list] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self._in_main = True
        if not self._in_main:
            return
        if tag in ("h1", "h2", "h3", "label", "button"):
            self._open.append([tag, attrs, ""])
        elif tag == "input":
            self.inputs.append(attrs)
            if self.forms:
                self.forms[-1]["inputs"].append(attrs)
        elif tag == "form":
            self.forms.append({"attrs": attrs, "inputs": []})

    def handle_data(self, data):
        for element in self._open:
            element[2] += data

    def handle_endtag(self, tag):
        if tag == "main":
            self._in_main = False
        if self._open and self._open[-1][0] == tag:
            name, attrs, text = self._open.pop()
            text = " ".join(text.split())
            if name == "label":
                self.labels[attrs.get("for", "")] = text
            elif name == "button":
                self.buttons.append(text)
            else:
                self.headings.append((name, text))


def outline(response) -> PageOutline:
    parser = PageOutline()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture(autouse=True)
def _english():
    """reverse() uses the active language, which a request of another test may have left behind."""
    with translation.override("en"):
        yield


@pytest.fixture
def event_page(make_event):
    return make_event(capacity=3, waitlist_enabled=True)


@pytest.fixture
def registrant_user(db):
    return UserFactory(full_name="Ганна Іванова")


@pytest.fixture
def confirmed(event_page, registrant, registrant_user):
    """A confirmed registration that belongs to `registrant_user`."""
    return services.register_for_event(
        event_page,
        registrant(full_name="Ганна Іванова", email=registrant_user.email),
        user=registrant_user,
    )


@pytest.fixture
def client_as(demo_users, registrant_user):
    """client_as(role) → a test client logged in as that role ("anonymous" is not logged in)."""

    def make(role: str) -> Client:
        client = Client()
        if role == "registrant":
            client.force_login(registrant_user)
        elif role != "anonymous":
            client.force_login(demo_users[role])
        return client

    return make


# Who may use the door's page -------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_log_in_for_the_check_in_page(event_page, confirmed, client_as):
    url = check_in_url(event_page) + "?q=ivan"
    assert_login_redirect(client_as("anonymous").get(url), url)
    response = client_as("anonymous").post(url, {"registration": confirmed.reference})
    assert_login_redirect(response, url)
    assert state_of(confirmed) == State.CONFIRMED


@pytest.mark.parametrize("role", MEMBERS_WITHOUT_PERMISSION)
def test_members_without_the_permission_get_a_403_page_that_says_why(role, event_page, confirmed, client_as):
    client = client_as(role)
    response = client.get(check_in_url(event_page), {"q": "Іванова"})
    assert response.status_code == 403
    content = response.content.decode()
    assert "Only organisers can check people in" in content
    assert "Ганна Іванова" not in content  # nothing of the list leaks
    response = client.post(check_in_url(event_page), {"registration": confirmed.reference})
    assert response.status_code == 403
    assert state_of(confirmed) == State.CONFIRMED


@pytest.mark.parametrize("role", ORGANISERS)
def test_organisers_and_administrators_search_and_check_in(role, event_page, confirmed, client_as):
    client = client_as(role)
    response = client.get(check_in_url(event_page), {"q": "іванова"})
    assert response.status_code == 200
    assert [r.pk for r in response.context["results"]] == [confirmed.pk]
    assert "no-store" in response["Cache-Control"]

    response = client.post(check_in_url(event_page), {"registration": confirmed.reference, "q": "іванова"}, follow=True)
    assert response.redirect_chain[0][0].endswith("?q=%D1%96%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0")
    assert messages_of(response) == ["Ганна Іванова is checked in."]
    confirmed.refresh_from_db()
    assert confirmed.state == State.ATTENDED
    assert confirmed.attended_at is not None
    assert confirmed.decided_by.email == f"{role}@example.org"


# The page itself ---------------------------------------------------------------------------------


def test_page_shows_counts_of_confirmed_and_checked_in(event_page, registrant, organiser, client_as):
    people = [services.register_for_event(event_page, registrant()) for _ in range(4)]  # capacity 3
    services.mark_attended(people[0], by=organiser)
    response = client_as("organiser").get(check_in_url(event_page))
    assert response.status_code == 200
    assert (response.context["checked_in"], response.context["not_yet"], response.context["expected"]) == (1, 2, 3)
    counts = re.sub(r"\s+", " ", response.content.decode())
    assert "<dt>Checked in</dt><dd>1</dd>" in counts.replace("> <", "><")
    assert "<dt>Confirmed in all</dt><dd>3</dd>" in counts.replace("> <", "><")
    assert response.context["results"] == []  # no search, no list


def test_search_finds_cyrillic_names_whatever_their_case(event_page, registrant, client_as):
    ivanova = services.register_for_event(event_page, registrant(full_name="Мария Иванова"))
    services.register_for_event(event_page, registrant(full_name="Петър Петров"))
    client = client_as("organiser")
    for query in ("иванова", "ИВАНОВА", "мария иванова", "иванова мария"):
        response = client.get(check_in_url(event_page), {"q": query})
        assert [r.pk for r in response.context["results"]] == [ivanova.pk], query
        assert "Мария Иванова" in response.content.decode()


def test_search_ignores_accents_and_finds_polish_names_typed_without_them(event_page, registrant, client_as):
    zofia = services.register_for_event(event_page, registrant(full_name="Zofia Żółćkiewicz-Łęcka"))
    response = client_as("organiser").get(check_in_url(event_page), {"q": "zolckiewicz lecka"})
    assert [r.pk for r in response.context["results"]] == [zofia.pk]
    assert fold("Łódź") == "lodz"


def test_search_finds_by_email_and_by_reference_prefix(event_page, registrant, client_as):
    person = services.register_for_event(event_page, registrant(email="Secretary@Obshtina.example.bg"))
    other = services.register_for_event(event_page, registrant())
    client = client_as("organiser")
    response = client.get(check_in_url(event_page), {"q": "secretary@obshtina"})
    assert [r.pk for r in response.context["results"]] == [person.pk]
    prefix = str(person.reference)[:8].upper()
    response = client.get(check_in_url(event_page), {"q": prefix})
    assert person.pk in [r.pk for r in response.context["results"]]
    assert other.pk not in [r.pk for r in response.context["results"]] or str(other.reference).startswith(
        prefix.lower()
    )
    # With dashes, as printed in the mail.
    response = client.get(check_in_url(event_page), {"q": str(person.reference)})
    assert [r.pk for r in response.context["results"]] == [person.pk]


def test_search_is_limited_to_this_event(event_page, make_event, registrant, client_as):
    elsewhere = make_event()
    services.register_for_event(elsewhere, registrant(full_name="Olena Elsewhere"))
    response = client_as("organiser").get(check_in_url(event_page), {"q": "elsewhere"})
    assert response.context["results"] == []
    assert "Nobody registered for this event matches" in response.content.decode()


def test_search_shows_at_most_fifty_and_says_there_are_more(make_event, registrant, client_as):
    page = make_event(capacity=None)
    event = services.event_for_page(page)
    Registration.objects.bulk_create(
        [
            Registration(
                event=event,
                state=State.CONFIRMED,
                full_name=f"Kovalenko {n:02d}",
                email=f"kovalenko{n}@example.net",
                email_key=f"kovalenko{n}@example.net",
            )
            for n in range(MAX_RESULTS + 3)
        ]
    )
    response = client_as("organiser").get(check_in_url(page), {"q": "kovalenko"})
    assert len(response.context["results"]) == MAX_RESULTS
    assert response.context["more_results"] is True
    assert "Only the first 50 are shown" in response.content.decode()


def test_waitlisted_and_cancelled_people_are_shown_with_their_state_and_no_button(make_event, registrant, client_as):
    page = make_event(capacity=1, waitlist_enabled=True)
    seated = services.register_for_event(page, registrant(full_name="Oksana Shevchenko"))
    waiting = services.register_for_event(page, registrant(full_name="Taras Shevchenko"))
    leaving = services.register_for_event(page, registrant(full_name="Ivan Shevchenko"))
    services.cancel_registration(leaving)
    assert (state_of(waiting), state_of(leaving)) == (State.WAITLISTED, State.CANCELLED)

    response = client_as("organiser").get(check_in_url(page), {"q": "shevchenko"})
    results = response.context["results"]
    assert [r.pk for r in results][0] == seated.pk  # the confirmed first
    assert {r.pk for r in results} == {seated.pk, waiting.pk, leaving.pk}
    content = response.content.decode()
    assert "On the waiting list" in content and "Cancelled" in content
    # One button, for the confirmed person only.
    assert content.count('name="registration"') == 1
    assert f'value="{seated.reference}"' in content
    assert content.count("this person cannot be checked in") == 2


def test_checking_in_twice_changes_nothing_and_says_when(event_page, confirmed, client_as):
    client = client_as("organiser")
    client.post(check_in_url(event_page), {"registration": confirmed.reference}, follow=True)
    confirmed.refresh_from_db()
    first_time = confirmed.attended_at
    response = client.post(check_in_url(event_page), {"registration": confirmed.reference}, follow=True)
    local = timezone.localtime(first_time, event_page.zone).strftime("%H:%M")
    assert messages_of(response) == [f"Ганна Іванова was already checked in at {local}."]
    confirmed.refresh_from_db()
    assert (confirmed.state, confirmed.attended_at) == (State.ATTENDED, first_time)
    # The list now shows the time instead of a button.
    response = client.get(check_in_url(event_page), {"q": "Ганна"})
    assert f"Checked in at {local}." in response.content.decode()
    assert 'name="registration"' not in response.content.decode()


def test_checking_in_a_waitlisted_person_shows_the_rule_as_an_error_not_a_500(make_event, registrant, client_as):
    page = make_event(capacity=1)
    services.register_for_event(page, registrant())
    waiting = services.register_for_event(page, registrant(full_name="Wanda Waiting"))
    response = client_as("organiser").post(check_in_url(page), {"registration": waiting.reference}, follow=True)
    assert response.status_code == 200
    assert messages_of(response) == ["Wanda Waiting is on the waiting list, not confirmed: check with the organisers."]
    assert 'class="message message--error"' in response.content.decode()
    assert state_of(waiting) == State.WAITLISTED


@pytest.mark.parametrize("reference", ["not-a-reference", "", "00000000-0000-0000-0000-000000000000"])
def test_unknown_or_malformed_reference_is_an_error_message(reference, event_page, confirmed, client_as):
    response = client_as("organiser").post(check_in_url(event_page), {"registration": reference}, follow=True)
    assert response.status_code == 200
    assert messages_of(response) == ["No registration for this event has that reference."]
    assert state_of(confirmed) == State.CONFIRMED


def test_a_reference_of_another_event_is_not_checked_in_here(event_page, make_event, registrant, client_as):
    other = services.register_for_event(make_event(), registrant())
    response = client_as("organiser").post(check_in_url(event_page), {"registration": other.reference}, follow=True)
    assert messages_of(response) == ["No registration for this event has that reference."]
    assert state_of(other) == State.CONFIRMED


def test_get_never_changes_state(event_page, confirmed, client_as):
    client = client_as("organiser")
    client.get(check_in_url(event_page), {"q": "Іванова", "registration": confirmed.reference})
    client.get(token_url(confirmed))
    assert state_of(confirmed) == State.CONFIRMED
    assert client.put(check_in_url(event_page)).status_code == 405


def test_the_check_in_page_of_a_translation_serves_the_shared_event(event_page, confirmed, client_as):
    from wagtail.models import Locale

    translation = event_page.copy_for_translation(Locale.objects.get(language_code="uk"), copy_parents=True)
    translation.save_revision().publish()
    translation.refresh_from_db()
    url = check_in_url(translation)
    assert url.startswith("/uk/")
    client = client_as("organiser")
    response = client.get(url, {"q": "іванова"})
    assert [r.pk for r in response.context["results"]] == [confirmed.pk]
    client.post(url, {"registration": confirmed.reference})
    assert state_of(confirmed) == State.ATTENDED


def test_check_in_page_has_labelled_search_named_buttons_and_headings(event_page, confirmed, client_as):
    response = client_as("organiser").get(check_in_url(event_page), {"q": "іванова"})
    page = outline(response)
    assert ("h1", "Check-in at the door") in page.headings
    assert any(level == "h2" and "1 registration found" in text for level, text in page.headings)
    assert ("h3", "Ганна Іванова") in page.headings
    search = next(field for field in page.inputs if field.get("name") == "q" and field.get("type") == "search")
    assert page.labels[search["id"]] == "Name, email or reference"
    # Every button says what it does, and which person it is for.
    assert "Search" in page.buttons
    assert "Check in: Ганна Іванова" in page.buttons
    assert all(text for text in page.buttons)
    # Each check-in button sits in a POST form with a CSRF token.
    post_forms = [form for form in page.forms if form["attrs"].get("method") == "post"]
    assert post_forms
    assert all(any(i.get("name") == "csrfmiddlewaretoken" for i in form["inputs"]) for form in post_forms)
    assert 'lang="en"' in response.content.decode()


def test_check_in_page_works_in_other_languages(make_event, registrant, client_as):
    page = make_event(language="bg")
    person = services.register_for_event(page, registrant(full_name="Стефка Димитрова"))
    response = client_as("organiser").get(check_in_url(page), {"q": "димитрова"})
    assert response.status_code == 200
    assert check_in_url(page).startswith("/bg/")
    assert [r.pk for r in response.context["results"]] == [person.pk]
    assert 'lang="bg"' in response.content.decode()


# The QR code of the confirmation mail --------------------------------------------------------------


def test_anonymous_visitor_opening_a_check_in_code_is_sent_to_log_in(confirmed, client_as):
    url = token_url(confirmed)
    assert_login_redirect(client_as("anonymous").get(url), url)
    assert_login_redirect(client_as("anonymous").post(url), url)
    assert state_of(confirmed) == State.CONFIRMED


@pytest.mark.parametrize("role", MEMBERS_WITHOUT_PERMISSION)
def test_a_check_in_code_is_only_for_organisers_even_the_registrants_own(role, confirmed, client_as):
    client = client_as(role)
    for response in (client.get(token_url(confirmed)), client.post(token_url(confirmed))):
        assert response.status_code == 403
        content = response.content.decode()
        assert "This code is for the organisers at the door" in content
        assert "show this code" in content
        assert str(confirmed.reference) not in content
    assert state_of(confirmed) == State.CONFIRMED


@pytest.mark.parametrize("role", ORGANISERS)
def test_organisers_see_the_person_and_check_in_with_one_button(role, event_page, confirmed, client_as):
    client = client_as(role)
    url = token_url(confirmed)
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = outline(response)
    assert ("h1", "Ганна Іванова") in page.headings
    assert "Check in: Ганна Іванова" in page.buttons
    content = response.content.decode()
    assert event_page.title in content and "Confirmed" in content
    assert state_of(confirmed) == State.CONFIRMED  # opening the code changes nothing

    response = client.post(url, follow=True)
    assert response.redirect_chain == [(url, 302)]
    assert messages_of(response) == ["Ганна Іванова is checked in."]
    assert state_of(confirmed) == State.ATTENDED
    assert "Check in: Ганна Іванова" not in outline(response).buttons
    assert "Already checked in at" in response.content.decode()

    # A second scan: no change, and the time of the first.
    attended_at = Registration.objects.get(pk=confirmed.pk).attended_at
    response = client.post(url, follow=True)
    assert messages_of(response)[0].startswith("Ганна Іванова was already checked in at ")
    assert Registration.objects.get(pk=confirmed.pk).attended_at == attended_at


@pytest.mark.parametrize(
    "tamper", [lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"), lambda t: t + "x", lambda t: "garbage"]
)
def test_a_tampered_check_in_code_gets_a_400_page(tamper, confirmed, client_as):
    token = tamper(make_token(confirmed, CHECK_IN_SALT))
    client = client_as("organiser")
    for response in (
        client.get(reverse("events_check_in_token", args=[token])),
        client.post(reverse("events_check_in_token", args=[token])),
    ):
        assert response.status_code == 400
        assert "This check-in code is not valid" in response.content.decode()
    assert state_of(confirmed) == State.CONFIRMED


def test_the_manage_link_is_not_a_check_in_code(confirmed, client_as):
    response = client_as("organiser").post(token_url(confirmed, MANAGE_SALT))
    assert response.status_code == 400
    assert state_of(confirmed) == State.CONFIRMED


def test_a_check_in_code_of_a_deleted_registration_says_so(confirmed, client_as):
    url = token_url(confirmed)
    Registration.objects.filter(pk=confirmed.pk).delete()
    response = client_as("organiser").get(url)
    assert response.status_code == 404
    assert "This registration no longer exists" in response.content.decode()


def test_a_cancelled_registrants_code_shows_the_state_without_a_button(confirmed, client_as):
    services.cancel_registration(confirmed)
    response = client_as("organiser").get(token_url(confirmed))
    assert response.status_code == 200
    assert "Cancelled" in response.content.decode()
    assert not [b for b in outline(response).buttons if b.startswith("Check in")]
    response = client_as("organiser").post(token_url(confirmed), follow=True)
    assert messages_of(response) == ["Ганна Іванова is cancelled, not confirmed: check with the organisers."]
    assert state_of(confirmed) == State.CANCELLED


# Certificates issued at the door -------------------------------------------------------------------


def test_checking_in_at_a_training_with_hours_issues_one_certificate(
    make_event, registrant, registrant_user, client_as
):
    page = make_event(kind=EventPage.Kind.TRAINING, certificate_hours=Decimal("6.0"))
    person = services.register_for_event(
        page, registrant(full_name="Ганна Іванова", email=registrant_user.email), user=registrant_user
    )
    client = client_as("organiser")
    response = client.post(check_in_url(page), {"registration": person.reference}, follow=True)
    assert messages_of(response) == ["Ганна Іванова is checked in. Their certificate of attendance is issued."]
    client.post(token_url(person))  # a second scan
    certificate = Certificate.objects.get(registration=person)
    assert Certificate.objects.filter(event=certificate.event).count() == 1
    assert (certificate.full_name, certificate.hours, certificate.user) == (
        "Ганна Іванова",
        Decimal("6.0"),
        registrant_user,
    )
    assert certificate.event_title == page.title


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": EventPage.Kind.FORUM},
        {"kind": EventPage.Kind.WEBINAR},
        {"kind": EventPage.Kind.TRAINING, "certificate_hours": None},
    ],
)
def test_other_events_issue_no_certificate_on_check_in(fields, make_event, registrant, client_as):
    page = make_event(**fields)
    person = services.register_for_event(page, registrant())
    response = client_as("organiser").post(check_in_url(page), {"registration": person.reference}, follow=True)
    assert messages_of(response) == [f"{person.full_name} is checked in."]
    assert state_of(person) == State.ATTENDED
    assert not Certificate.objects.filter(registration=person).exists()


def test_check_in_without_the_csrf_token_is_refused(event_page, confirmed, organiser):
    client = Client(enforce_csrf_checks=True)
    client.force_login(organiser)
    assert client.post(check_in_url(event_page), {"registration": confirmed.reference}).status_code == 403
    assert client.post(token_url(confirmed)).status_code == 403
    assert state_of(confirmed) == State.CONFIRMED
