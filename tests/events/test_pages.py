"""The public side through HTTP: listing and filters, the event page, the registration form, the manage link."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from events import services
from events.models import EventPage, Registration
from events.tokens import make_token
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
State = Registration.State


def register_url(page):
    return page.url + "register/"


def form_data(**overrides):
    data = {
        "full_name": "Ivana Petrova",
        "email": "ivana.petrova@example.net",
        "organisation_name": "Municipality of Byala",
        "role": "secretary",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


# Listing ------------------------------------------------------------------------------


def test_index_lists_upcoming_events_soonest_first_and_past_ones_on_request(client, make_event):
    later = make_event(
        title="Later forum",
        starts_at=timezone.now() + timedelta(days=30),
        ends_at=timezone.now() + timedelta(days=30, hours=4),
    )
    sooner = make_event(
        title="Sooner forum",
        starts_at=timezone.now() + timedelta(days=2),
        ends_at=timezone.now() + timedelta(days=2, hours=4),
    )
    past = make_event(
        title="Forum of last year",
        starts_at=timezone.now() - timedelta(days=30),
        ends_at=timezone.now() - timedelta(days=30) + timedelta(hours=4),
    )
    index = sooner.get_parent()
    upcoming = client.get(index.url).content.decode()
    assert upcoming.index("Sooner forum") < upcoming.index("Later forum")
    assert past.title not in upcoming
    past_listing = client.get(index.url + "?when=past").content.decode()
    assert past.title in past_listing and later.title not in past_listing


@pytest.mark.parametrize(
    "query, expected, excluded",
    [
        ("kind=training", "Filter training", "Filter webinar"),
        ("mode=online", "Filter webinar", "Filter training"),
        ("mode=in_person", "Filter training", "Filter webinar"),
        ("country=PL", "Filter training", "Filter webinar"),
        ("language=uk", "Filter webinar", "Filter training"),
    ],
)
def test_index_filters_by_kind_attendance_country_and_language(client, make_event, query, expected, excluded):
    training = make_event(title="Filter training", kind="training", country="PL", timezone="Europe/Warsaw")
    webinar = make_event(
        title="Filter webinar",
        kind="webinar",
        attendance_mode="online",
        online_url="https://meet.example.org/x",
        country="",
    )
    webinar.languages.set([Locale.objects.get(language_code="uk")])
    webinar.save_revision().publish()
    training.languages.set([Locale.objects.get(language_code="pl")])
    training.save_revision().publish()
    content = client.get(f"{training.get_parent().url}?{query}").content.decode()
    assert expected in content and excluded not in content


def test_index_filters_by_month_and_ignores_nonsense(client, make_event):
    target = timezone.now() + timedelta(days=70)
    make_event(title="In the month", starts_at=target, ends_at=target + timedelta(hours=3))
    other = make_event(
        title="Another month", starts_at=target + timedelta(days=40), ends_at=target + timedelta(days=40, hours=3)
    )
    index = other.get_parent()
    month = f"{target.year:04d}-{target.month:02d}"
    content = client.get(f"{index.url}?month={month}").content.decode()
    assert "In the month" in content and "Another month" not in content
    for nonsense in ["month=2027-13", "month=<script>", "kind=party", "country=XX", "page=999", "language=fr"]:
        assert client.get(f"{index.url}?{nonsense}").status_code == 200


# The event page ------------------------------------------------------------------------


def test_event_page_shows_programme_speakers_and_status(client, make_event, django_capture_on_commit_callbacks):
    page = make_event(
        programme=[
            ("day", (timezone.now() + timedelta(days=10)).date()),
            (
                "session",
                {
                    "starts": "09:30",
                    "ends": "10:15",
                    "title": "Opening of the forum",
                    "speakers": "Mayor of Byala",
                    "room": "Hall A",
                    "description": "",
                },
            ),
        ],
        capacity=1,
    )
    content = client.get(page.url).content.decode()
    assert "Opening of the forum" in content and "Hall A" in content
    assert "Registration open" in content and 'href="' + register_url(page) + '"' in content
    with django_capture_on_commit_callbacks(execute=True):  # the cached page is refreshed on commit
        services.register_for_event(
            page, services.Registrant(full_name="A", email="a@example.net", organisation_name="X")
        )
    assert "waiting list" in client.get(page.url).content.decode()


def test_online_link_is_shown_only_to_confirmed_registrants(client, make_event):
    page = make_event(attendance_mode="hybrid", online_url="https://meet.example.org/secret-room", capacity=1)
    assert "secret-room" not in client.get(page.url).content.decode()
    confirmed = UserFactory()
    waiting = UserFactory()
    for user in (confirmed, waiting):
        services.register_for_event(
            page,
            services.Registrant(full_name=user.full_name, email=user.email, organisation=user.organisation),
            user=user,
        )
    client.force_login(waiting)
    assert "secret-room" not in client.get(page.url).content.decode()
    client.force_login(confirmed)
    assert "secret-room" in client.get(page.url).content.decode()
    # The anonymous page the cache holds never carries it.
    client.logout()
    assert "secret-room" not in client.get(page.url).content.decode()


def test_anonymous_event_page_is_cached_and_refreshed_when_it_becomes_full(
    client, make_event, django_capture_on_commit_callbacks
):
    page = make_event(capacity=1, waitlist_enabled=False)
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    cached = client.get(page.url)
    assert cached["X-Page-Cache"] == "hit" and "Registration open" in cached.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.register_for_event(
            page, services.Registrant(full_name="A", email="a@example.net", organisation_name="X")
        )
    refreshed = client.get(page.url)
    assert refreshed["X-Page-Cache"] == "miss"
    assert "Registration open" not in refreshed.content.decode() and "Full" in refreshed.content.decode()


# Registering -------------------------------------------------------------------------------


def test_visitor_registers_and_is_confirmed(client, make_event):
    page = make_event()
    response = client.post(register_url(page), form_data())
    assert response.status_code == 200
    registration = Registration.objects.get(email_key="ivana.petrova@example.net")
    assert registration.state == State.CONFIRMED
    assert registration.language == "en" and registration.organisation_name == "Municipality of Byala"
    assert registration.consent_text
    assert "is registered" in response.content.decode()


def test_registration_form_in_bulgarian_records_the_language(client, make_event):
    page = make_event()
    bulgarian = page.copy_for_translation(Locale.objects.get(language_code="bg"))
    bulgarian.save_revision().publish()
    bulgarian = EventPage.objects.get(pk=bulgarian.pk)
    assert bulgarian.url.startswith("/bg/")
    response = client.post(register_url(bulgarian), form_data(email="bg@example.net"))
    assert response.status_code == 200
    assert Registration.objects.get(email_key="bg@example.net").language == "bg"


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"full_name": ""}, "full_name"),
        ({"email": "not-an-email"}, "email"),
        ({"consent": None}, "consent"),
        ({"organisation_name": ""}, "organisation"),
        ({"full_name": "<script>alert(1)</script>"}, "full_name"),
        ({"full_name": "x" * 151}, "full_name"),
        ({"role": "emperor"}, "role"),
        ({"organisation": "999999"}, "organisation"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(client, make_event, overrides, field):
    page = make_event()
    response = client.post(register_url(page), form_data(**overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert 'id="form-errors"' in response.content.decode()
    assert not Registration.objects.filter(event__translation_key=page.translation_key).exists()


def test_required_question_must_be_answered_and_answers_are_stored_by_question(client, make_event):
    page = make_event(
        questions=[
            (
                "question",
                {
                    "label": "Which system do you use?",
                    "kind": "choice",
                    "required": True,
                    "help_text": "",
                    "options": ["Acme EDM", "Other"],
                },
            ),
            (
                "question",
                {"label": "Dietary needs", "kind": "short_text", "required": False, "help_text": "", "options": []},
            ),
        ]
    )
    choice_id, text_id = [block.id for block in page.questions]
    missing = client.post(register_url(page), form_data())
    assert missing.status_code == 400 and f"question_{choice_id}" in missing.context["form"].errors
    wrong = client.post(register_url(page), form_data(**{f"question_{choice_id}": "Not an option"}))
    assert wrong.status_code == 400
    assert not Registration.objects.filter(event__translation_key=page.translation_key).exists()
    ok = client.post(
        register_url(page), form_data(**{f"question_{choice_id}": "Acme EDM", f"question_{text_id}": "Vegetarian"})
    )
    assert ok.status_code == 200
    assert Registration.objects.get(email_key="ivana.petrova@example.net").answers == {
        choice_id: "Acme EDM",
        text_id: "Vegetarian",
    }


def test_duplicate_email_is_refused_on_the_email_field(client, make_event):
    page = make_event()
    client.post(register_url(page), form_data())
    again = client.post(register_url(page), form_data(full_name="Someone else", email="IVANA.petrova@example.net"))
    assert again.status_code == 409
    assert "already registered" in " ".join(again.context["form"].errors["email"])
    assert Registration.objects.filter(email_key="ivana.petrova@example.net").count() == 1


def test_organisation_quota_is_explained_on_the_organisation_field(client, make_event):
    page = make_event(organisation_quota=1)
    municipality = OrganisationFactory()
    client.post(register_url(page), form_data(organisation=municipality.pk, organisation_name=""))
    second = client.post(
        register_url(page), form_data(email="second@example.net", organisation=municipality.pk, organisation_name="")
    )
    assert second.status_code == 409
    assert "organisation" in second.context["form"].errors


def test_closed_and_full_events_show_why_instead_of_the_form(client, make_event):
    closed = make_event(registration_closes_at=timezone.now() - timedelta(hours=1))
    full = make_event(capacity=0, waitlist_enabled=False)
    for page, text in ((closed, "closed"), (full, "no waiting list")):
        response = client.get(register_url(page))
        assert response.status_code == 200 and text in response.content.decode()
        assert 'name="email"' not in response.content.decode()
        refused = client.post(register_url(page), form_data())
        assert refused.status_code == 409
    assert not Registration.objects.filter(email_key="ivana.petrova@example.net").exists()


def test_honeypot_submission_looks_accepted_but_saves_nothing(client, make_event):
    page = make_event()
    response = client.post(register_url(page), form_data(website_url="http://spam.example"))
    assert response.status_code == 200
    assert not Registration.objects.filter(email_key="ivana.petrova@example.net").exists()


def test_registrations_from_one_address_are_rate_limited(client, make_event, settings):
    settings.EVENT_REGISTRATION_RATE = 2
    page = make_event(capacity=None)
    for number in range(2):
        assert client.post(register_url(page), form_data(email=f"p{number}@example.net")).status_code == 200
    limited = client.post(register_url(page), form_data(email="p3@example.net"))
    assert limited.status_code == 429
    assert not Registration.objects.filter(email_key="p3@example.net").exists()


def test_member_finds_the_form_filled_in_and_the_registration_linked_to_the_account(client, make_event):
    page = make_event()
    member = UserFactory()
    client.force_login(member)
    form = client.get(register_url(page)).context["form"]
    assert form["email"].value() == member.email and form["full_name"].value() == member.full_name
    assert form["organisation"].value() == member.organisation.pk
    client.post(
        register_url(page),
        form_data(
            registering="myself",
            full_name=member.full_name,
            email=member.email,
            organisation=member.organisation.pk,
            organisation_name="",
        ),
    )
    registration = Registration.objects.get(email_key=member.email.lower())
    assert registration.user == member and registration.registered_by is None


def test_member_registers_a_colleague_who_belongs_to_their_organisation(client, make_event):
    page = make_event(organisation_quota=2)
    member = UserFactory()
    client.force_login(member)
    other = OrganisationFactory()
    response = client.post(
        register_url(page),
        form_data(
            registering="colleague", full_name="Colleague One", email="colleague@example.net", organisation=other.pk
        ),
    )
    assert response.status_code == 200
    colleague = Registration.objects.get(email_key="colleague@example.net")
    # Whatever was picked, a colleague belongs to the member's organisation.
    assert (
        colleague.organisation == member.organisation and colleague.registered_by == member and colleague.user is None
    )
    mine = client.get(reverse("events_my_registrations"))
    assert "Colleague One" in mine.content.decode()


def test_a_colleague_needs_their_own_email(client, make_event):
    page = make_event()
    member = UserFactory()
    client.force_login(member)
    response = client.post(register_url(page), form_data(registering="colleague", email=member.email))
    assert response.status_code == 400 and "email" in response.context["form"].errors


def test_visitors_are_not_offered_to_register_colleagues(client, make_event):
    page = make_event()
    assert "registering" not in client.get(register_url(page)).context["form"].fields
    client.force_login(UserFactory(organisation=None))
    assert "registering" not in client.get(register_url(page)).context["form"].fields


# The manage link ----------------------------------------------------------------------


def test_manage_link_shows_the_registration_and_cancels_it(client, make_event):
    page = make_event(capacity=1)
    registration = services.register_for_event(
        page, services.Registrant(full_name="Anna", email="anna@example.net", organisation_name="X")
    )
    waiting = services.register_for_event(
        page, services.Registrant(full_name="Bob", email="bob@example.net", organisation_name="Y")
    )
    url = reverse("events_manage_registration", args=[make_token(registration)])
    shown = client.get(url)
    assert (
        shown.status_code == 200
        and "Anna" in shown.content.decode()
        and str(registration.reference) in shown.content.decode()
    )
    # Looking does not cancel; only the POST does.
    registration.refresh_from_db()
    assert registration.state == State.CONFIRMED
    response = client.post(url, {"action": "cancel"}, follow=True)
    assert "has been cancelled" in response.content.decode()
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.state == State.CANCELLED and waiting.state == State.CONFIRMED
    again = client.post(url, {"action": "cancel"}, follow=True)
    assert "already cancelled" in again.content.decode()


def test_tampered_manage_link_is_refused_with_a_message(client, make_event):
    page = make_event()
    registration = services.register_for_event(
        page, services.Registrant(full_name="Anna", email="anna@example.net", organisation_name="X")
    )
    token = make_token(registration)
    for bad in (token[:-1] + ("A" if token[-1] != "A" else "B"), "nonsense", token.split(":")[0]):
        response = client.get(reverse("events_manage_registration", args=[bad]))
        assert response.status_code == 400 and "does not work" in response.content.decode()
        client.post(reverse("events_manage_registration", args=[bad]), {"action": "cancel"})
    registration.refresh_from_db()
    assert registration.state == State.CONFIRMED


def test_manage_link_in_bulgarian_shows_the_bulgarian_page(client, make_event):
    page = make_event(title="Forum in English")
    bulgarian = page.copy_for_translation(Locale.objects.get(language_code="bg"))
    bulgarian.title = "Форум на български"
    bulgarian.save_revision().publish()
    registration = services.register_for_event(
        page, services.Registrant(full_name="Anna", email="anna@example.net", organisation_name="X")
    )
    from django.utils import translation

    with translation.override("bg"):
        url = reverse("events_manage_registration", args=[make_token(registration)])
    assert url.startswith("/bg/")
    assert "Форум на български" in client.get(url).content.decode()


# My account --------------------------------------------------------------------------


def test_my_registrations_needs_a_login_and_shows_only_my_own(client, make_event):
    url = reverse("events_my_registrations")
    assert client.get(url).status_code == 302
    page = make_event(title="Forum for me")
    me, someone = UserFactory(), UserFactory()
    services.register_for_event(
        page, services.Registrant(full_name=me.full_name, email=me.email, organisation_name="X"), user=me
    )
    services.register_for_event(
        page, services.Registrant(full_name=someone.full_name, email=someone.email, organisation_name="X"), user=someone
    )
    client.force_login(me)
    content = client.get(url).content.decode()
    assert me.full_name in content and someone.full_name not in content
    dashboard = client.get(reverse("account_dashboard")).content.decode()
    assert "Forum for me" in dashboard


def test_deleting_the_account_gives_up_upcoming_places_and_erases_registrations(client, make_event):
    from portal.services import delete_account

    page = make_event(capacity=1)
    member = UserFactory()
    mine = services.register_for_event(
        page, services.Registrant(full_name=member.full_name, email=member.email, organisation_name="X"), user=member
    )
    waiting = services.register_for_event(
        page, services.Registrant(full_name="Next", email="next@example.net", organisation_name="Y")
    )
    delete_account(member)
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.state == State.CANCELLED and mine.full_name == "" and mine.email == "" and mine.user is None
    assert waiting.state == State.CONFIRMED


def test_data_export_contains_my_registrations(client, make_event):
    page = make_event(title="Exported forum")
    member = UserFactory()
    services.register_for_event(
        page, services.Registrant(full_name=member.full_name, email=member.email, organisation_name="X"), user=member
    )
    client.force_login(member)
    data = client.post(reverse("account_download_data")).json()
    assert [row["event"] for row in data["event_registrations"]] == ["Exported forum"]
