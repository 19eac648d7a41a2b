"""The organisers' side in the Wagtail admin: registration list, export, actions, per-event overview.

Roles come from the demo site: anonymous visitors and members without staff
rights are sent to the admin's login; a staff account without the
registration permissions is refused inside the admin; the organiser (Editors)
and the administrator are allowed.
"""

import csv
import io
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events import services
from events.models import EventMessage, EventPage, OutgoingMail, Registration
from tests.factories import UserFactory

State = Registration.State
Kind = OutgoingMail.Kind

LIST_URL = "/admin/events/registrations/"
ADMIN_LOGIN = "/admin/login/"

# What each role gets: "allowed", "login" (sent to the admin's login), "refused"
# (inside the admin, sent back to its home with a message).
ACCESS = {
    "anonymous": "login",
    "member": "login",
    "coordinator": "login",
    "staff_without_rights": "refused",
    "organiser": "allowed",
    "admin": "allowed",
}
ROLES = list(ACCESS)
ALLOWED = [role for role, access in ACCESS.items() if access == "allowed"]
DENIED = [role for role, access in ACCESS.items() if access != "allowed"]


@pytest.fixture
def staff_without_rights(db):
    """A staff account that may open the admin, with no permission on registrations."""
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"))
    return user


@pytest.fixture
def client_as(client, demo_users, staff_without_rights):
    def log_in(role, enforce_csrf=False):
        browser = Client(enforce_csrf_checks=True) if enforce_csrf else client
        if role == "staff_without_rights":
            browser.force_login(staff_without_rights)
        elif role != "anonymous":
            browser.force_login(demo_users[role])
        return browser

    return log_in


def assert_access(response, role, ok_status=200):
    """The response matches what the role may do."""
    access = ACCESS[role]
    if access == "allowed":
        assert response.status_code == ok_status, response.content[:500]
    elif access == "login":
        assert response.status_code == 302
        assert response["Location"].startswith(ADMIN_LOGIN)
    else:
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
        assert any("permission" in str(m) for m in get_messages(response.wsgi_request))


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def question(label, kind="short_text", options=()):
    return ("question", {"label": label, "kind": kind, "required": False, "help_text": "", "options": list(options)})


@pytest.fixture
def event_page(make_event):
    """An event with two questions and room for two."""
    return make_event(
        capacity=2,
        questions=[question("Dietary needs"), question("Need a parking place?", kind="yes_no")],
    )


@pytest.fixture
def question_ids(event_page):
    return [block.id for block in event_page.questions]


@pytest.fixture
def register(registrant):
    def make(page, **fields) -> Registration:
        return services.register_for_event(page, registrant(**fields))

    return make


def mails(registration, kind=None):
    queryset = OutgoingMail.objects.filter(registration=registration)
    return list(queryset.filter(kind=kind) if kind else queryset)


def full_house(make_event, register, organiser):
    """One seat, taken; a second person on the waiting list."""
    page = make_event(capacity=1)
    confirmed = register(page)
    waitlisted = register(page)
    assert (confirmed.state, waitlisted.state) == (State.CONFIRMED, State.WAITLISTED)
    return page, confirmed, waitlisted


# The list ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_registration_list_is_for_organisers_and_admins(client_as, event_page, register, role):
    registration = register(event_page, full_name="Iryna Listed")
    response = client_as(role).get(LIST_URL, {"event": registration.event_id})
    assert_access(response, role)
    if ACCESS[role] == "allowed":
        assert "Iryna Listed" in response.content.decode()


def test_registrations_menu_item_shows_for_organisers_only(client_as):
    # The sidebar menu is rendered as JSON for the admin's script.
    menu_link = f'"url": "{LIST_URL}"'
    assert menu_link in client_as("organiser").get("/admin/").content.decode()
    assert menu_link not in client_as("staff_without_rights").get("/admin/").content.decode()


def test_list_filters_by_event_and_state_and_searches_in_the_database(client_as, make_event, register):
    first, second = make_event(), make_event()
    anna = register(first, full_name="Anna Filterova", email="anna@kameno-pole.example")
    boris = register(second, full_name="Boris Otherevent")
    cancelled = register(first, full_name="Cyril Cancelled")
    services.cancel_registration(cancelled)
    browser = client_as("organiser")

    content = browser.get(LIST_URL, {"event": anna.event_id}).content.decode()
    assert "Anna Filterova" in content and "Cyril Cancelled" in content
    assert "Boris Otherevent" not in content

    content = browser.get(LIST_URL, {"event": anna.event_id, "state": "cancelled"}).content.decode()
    assert "Cyril Cancelled" in content and "Anna Filterova" not in content

    content = browser.get(LIST_URL, {"q": "kameno-pole"}).content.decode()
    assert "Anna Filterova" in content and "Boris Otherevent" not in content
    content = browser.get(LIST_URL, {"q": boris.organisation_name}).content.decode()
    assert "Boris Otherevent" in content and "Anna Filterova" not in content


def test_list_rows_offer_the_actions_of_each_state(client_as, make_event, register):
    page = make_event(capacity=1)
    confirmed = register(page)
    waitlisted = register(page)
    content = client_as("organiser").get(LIST_URL, {"event": confirmed.event_id}).content.decode()
    assert reverse("events_admin:move", args=[waitlisted.pk]) in content
    assert reverse("events_admin:cancel", args=[confirmed.pk]) in content
    assert reverse("events_admin:move", args=[confirmed.pk]) not in content
    assert reverse("events_admin:approve", args=[confirmed.pk]) not in content
    # Rows link to the read-only record, never to an edit form.
    assert reverse("event_registrations:inspect", args=[confirmed.pk]) in content
    assert reverse("event_registrations:edit", args=[confirmed.pk]) not in content


def test_list_costs_the_same_queries_for_many_rows(client_as, make_event, register):
    page = make_event(capacity=None)
    registrations = [register(page), register(page, organisation_name="Horodnytsia")]
    services.cancel_registration(registrations[0])
    browser = client_as("organiser")
    url = f"{LIST_URL}?event={registrations[0].event_id}"
    browser.get(url)  # warm caches (content types, permissions of the session)

    with CaptureQueriesContext(connection) as few:
        browser.get(url)
    for _ in range(6):
        register(page)
    with CaptureQueriesContext(connection) as many:
        response = browser.get(url)
    assert response.context["items_count"] == 8
    assert len(many) == len(few)


def test_filtered_results_send_actions_back_to_the_full_listing(client_as, make_event, register):
    registration = register(make_event())
    results = client_as("organiser").get(f"{LIST_URL}results/", {"event": registration.event_id})
    assert results.status_code == 200
    back = urlencode({"next": f"{LIST_URL}?event={registration.event_id}"})
    assert f"{action_url('cancel', registration)}?{back}".replace("&", "&amp;") in results.content.decode()


# Inspect, edit, add, delete ---------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_inspect_view_shows_answers_and_the_actions(client_as, event_page, question_ids, register, role):
    registration = register(event_page, answers={question_ids[0]: "Vegetarian", question_ids[1]: "yes"})
    response = client_as(role).get(reverse("event_registrations:inspect", args=[registration.pk]))
    assert_access(response, role)
    if ACCESS[role] == "allowed":
        content = response.content.decode()
        assert "Dietary needs: Vegetarian" in content
        assert "Need a parking place?: Yes" in content
        assert reverse("events_admin:cancel", args=[registration.pk]) in content
        assert reverse("events_admin:approve", args=[registration.pk]) not in content


@pytest.mark.parametrize("role", ["organiser", "admin"])
def test_nobody_changes_the_state_through_an_edit_form(client_as, make_event, register, role):
    registration = register(make_event(requires_approval=True))
    assert registration.state == State.PENDING
    url = reverse("event_registrations:edit", args=[registration.pk])
    inspect_url = reverse("event_registrations:inspect", args=[registration.pk])
    browser = client_as(role)

    response = browser.get(url)
    assert response.status_code == 302 and response["Location"] == inspect_url

    response = browser.post(url, {"state": State.CONFIRMED, "full_name": "Changed", "email": "x@example.net"})
    assert response.status_code == 302 and response["Location"] == inspect_url
    registration.refresh_from_db()
    assert registration.state == State.PENDING
    assert registration.full_name != "Changed"
    assert not mails(registration, Kind.CONFIRMED)


@pytest.mark.parametrize("role", ["organiser", "admin"])
def test_nobody_adds_registrations_around_the_rules(client_as, make_event, role):
    page = make_event()
    event = services.event_for_page(page)
    response = client_as(role).post(
        reverse("event_registrations:add"),
        {"event": event.pk, "state": State.CONFIRMED, "full_name": "Sneaky", "email": "sneaky@example.net"},
    )
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not Registration.objects.filter(full_name="Sneaky").exists()


def test_admin_may_delete_a_registration_and_the_organiser_may_not(client_as, make_event, register):
    registration = register(make_event())
    url = reverse("event_registrations:delete", args=[registration.pk])

    response = client_as("organiser").post(url)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert Registration.objects.filter(pk=registration.pk).exists()

    response = client_as("admin").post(url)
    assert response.status_code == 302
    assert not Registration.objects.filter(pk=registration.pk).exists()


# Export -----------------------------------------------------------------------------------


def read_csv(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(content)))


def read_xlsx(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


@pytest.mark.parametrize("role", ROLES)
def test_export_is_for_organisers_and_admins(client_as, event_page, register, role):
    registration = register(event_page)
    response = client_as(role).get(LIST_URL, {"event": registration.event_id, "export": "csv"})
    assert_access(response, role)
    if ACCESS[role] == "allowed":
        assert response["Content-Type"].startswith("text/csv")
        assert registration.email in b"".join(response.streaming_content).decode()


def test_csv_export_of_one_event_has_the_answers_and_nobody_else(
    client_as, event_page, question_ids, register, make_event
):
    anna = register(
        event_page,
        full_name="Anna Exported",
        email="anna@example.net",
        organisation_name="Kameno Pole",
        answers={question_ids[0]: "Vegetarian", question_ids[1]: "no"},
    )
    register(event_page, full_name="Boris Noanswers")
    register(make_event(), full_name="Other Event Person")

    response = client_as("organiser").get(LIST_URL, {"event": anna.event_id, "export": "csv"})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert (
        f"registrations-{event_page.local(event_page.starts_at):%Y-%m-%d}-{event_page.slug}.csv"
        in response["Content-Disposition"]
    )
    rows = read_csv(response)
    header, body = rows[0], rows[1:]
    assert header == [
        "Full name",
        "Email",
        "Organisation",
        "Role",
        "Language",
        "Event",
        "State",
        "Registered",
        "Confirmed",
        "Checked in",
        "Answers",
        "Reference",
        "Dietary needs",
        "Need a parking place?",
    ]
    assert sorted(row[0] for row in body) == ["Anna Exported", "Boris Noanswers"]
    row = dict(zip(header, next(row for row in body if row[0] == "Anna Exported"), strict=True))
    assert row["Email"] == "anna@example.net"
    assert row["Organisation"] == "Kameno Pole"
    assert row["Event"] == event_page.title
    assert row["State"] == "Confirmed"
    assert row["Answers"] == "Dietary needs: Vegetarian\nNeed a parking place?: No"
    assert row["Dietary needs"] == "Vegetarian"
    assert row["Need a parking place?"] == "No"
    assert row["Reference"] == str(anna.reference)
    assert row["Registered"] == timezone.localtime(anna.created_at).strftime("%Y-%m-%d %H:%M")
    assert row["Checked in"] == ""


def test_csv_export_keeps_formulas_typed_by_registrants_as_text(client_as, make_event, register):
    registration = register(make_event(), full_name='=HYPERLINK("http://evil.example","click")')
    rows = read_csv(client_as("organiser").get(LIST_URL, {"event": registration.event_id, "export": "csv"}))
    assert rows[1][0] == '\'=HYPERLINK("http://evil.example","click")'


def test_xlsx_export_of_one_event(client_as, event_page, question_ids, register, make_event):
    anna = register(event_page, full_name="Anna Spreadsheet", answers={question_ids[0]: "Halal"})
    register(make_event(), full_name="Other Event Person")

    response = client_as("admin").get(LIST_URL, {"event": anna.event_id, "export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    rows = read_xlsx(response)
    header = rows[0]
    assert header[:3] == ["Full name", "Email", "Organisation"]
    assert header[-2:] == ["Dietary needs", "Need a parking place?"]
    assert len(rows) == 2
    row = dict(zip(header, rows[1], strict=True))
    assert row["Full name"] == "Anna Spreadsheet"
    assert row["Email"] == anna.email
    assert row["Answers"] == "Dietary needs: Halal"
    assert row["Dietary needs"] == "Halal"
    assert row["Need a parking place?"] is None
    # A real date cell, in the admin's wall-clock time.
    assert row["Registered"] == timezone.make_naive(anna.created_at).replace(microsecond=0)


def test_export_of_all_events_has_no_question_columns(client_as, event_page, register, make_event):
    register(event_page)
    register(make_event())
    rows = read_csv(client_as("organiser").get(LIST_URL, {"export": "csv"}))
    assert rows[0][-1] == "Reference"
    assert len(rows) == Registration.objects.count() + 1


def test_export_with_an_unknown_event_exports_nobody(client_as, event_page, register):
    register(event_page)
    rows = read_csv(client_as("organiser").get(LIST_URL, {"event": 999999, "export": "csv"}))
    assert rows[0][0] == "Full name"
    assert rows[1:] == []


# Actions ---------------------------------------------------------------------------------


def action_url(name, registration):
    return reverse(f"events_admin:{name}", args=[registration.pk])


def pending(make_event, register, organiser):
    return register(make_event(requires_approval=True))


def confirmed(make_event, register, organiser):
    return register(make_event())


def waitlisted_with_a_free_seat(make_event, register, organiser):
    page, _confirmed, waitlisted = full_house(make_event, register, organiser)
    # The capacity was raised but nobody was promoted yet: the organiser picks who.
    EventPage.objects.filter(pk=page.pk).update(capacity=2)
    return waitlisted


# name: (make a registration it applies to, state after, mail queued)
ACTIONS = {
    "approve": (pending, State.CONFIRMED, Kind.CONFIRMED),
    "reject": (pending, State.REJECTED, Kind.REJECTED),
    "cancel": (confirmed, State.CANCELLED, Kind.CANCELLED),
    "move": (waitlisted_with_a_free_seat, State.CONFIRMED, Kind.PROMOTED),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_every_action_is_for_organisers_and_admins(client_as, make_event, register, organiser, action, role):
    make, state_after, kind = ACTIONS[action]
    registration = make(make_event, register, organiser)
    state_before = registration.state
    response = client_as(role).post(action_url(action, registration), {"reason": "Not this time"})
    assert_access(response, role, ok_status=302)
    registration.refresh_from_db()
    if ACCESS[role] == "allowed":
        assert registration.state == state_after
        assert len(mails(registration, kind)) == 1
    else:
        assert registration.state == state_before
        assert not mails(registration, kind)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_every_action_asks_for_confirmation_first(client_as, make_event, register, organiser, action, role):
    make, _state_after, _kind = ACTIONS[action]
    registration = make(make_event, register, organiser)
    state_before = registration.state
    response = client_as(role).get(action_url(action, registration))
    assert_access(response, role)
    if ACCESS[role] == "allowed":
        content = response.content.decode()
        assert registration.full_name in content
        assert 'method="post"' in content and "csrfmiddlewaretoken" in content
    registration.refresh_from_db()
    assert registration.state == state_before


def test_an_action_without_the_csrf_token_is_refused(client_as, make_event, register, organiser):
    registration = pending(make_event, register, organiser)
    response = client_as("organiser", enforce_csrf=True).post(action_url("approve", registration))
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.state == State.PENDING


def test_approve_confirms_a_pending_registration_and_records_who(client_as, make_event, register, organiser):
    registration = pending(make_event, register, organiser)
    response = client_as("organiser").post(action_url("approve", registration))
    assert response["Location"] == reverse("event_registrations:inspect", args=[registration.pk])
    registration.refresh_from_db()
    assert registration.state == State.CONFIRMED
    assert registration.decided_by == organiser
    assert [mail.kind for mail in mails(registration)] == [Kind.PENDING, Kind.CONFIRMED]
    assert any(f"{registration.full_name} is confirmed." in message for message in messages_of(response))


def test_approve_when_full_puts_on_the_waiting_list(client_as, make_event, register, organiser):
    page = make_event(capacity=1, requires_approval=True)
    first, second = register(page), register(page)
    client_as("organiser").post(action_url("approve", first))
    response = client_as("organiser").post(action_url("approve", second))
    second.refresh_from_db()
    assert second.state == State.WAITLISTED
    assert len(mails(second, Kind.WAITLISTED)) == 1
    assert any("on the waiting list" in message for message in messages_of(response))


def test_reject_keeps_the_reason_for_the_mail(client_as, make_event, register, organiser):
    registration = pending(make_event, register, organiser)
    client_as("organiser").post(action_url("reject", registration), {"reason": "  Only municipalities this time. "})
    registration.refresh_from_db()
    assert registration.state == State.REJECTED
    assert registration.decision_reason == "Only municipalities this time."
    assert len(mails(registration, Kind.REJECTED)) == 1


def test_reject_form_refuses_an_overlong_reason_and_changes_nothing(client_as, make_event, register, organiser):
    registration = pending(make_event, register, organiser)
    response = client_as("organiser").post(action_url("reject", registration), {"reason": "x" * 2001})
    assert response.status_code == 200
    assert "at most 2000 characters" in response.content.decode()
    registration.refresh_from_db()
    assert registration.state == State.PENDING


def test_cancel_gives_the_seat_to_the_waiting_list(client_as, make_event, register, organiser):
    _page, seated, waitlisted = full_house(make_event, register, organiser)
    client_as("organiser").post(action_url("cancel", seated))
    seated.refresh_from_db()
    waitlisted.refresh_from_db()
    assert seated.state == State.CANCELLED
    assert waitlisted.state == State.CONFIRMED
    assert len(mails(seated, Kind.CANCELLED)) == 1
    assert len(mails(waitlisted, Kind.PROMOTED)) == 1


def test_move_from_the_waiting_list_when_full_shows_the_rule_and_changes_nothing(
    client_as, make_event, register, organiser
):
    _page, seated, waitlisted = full_house(make_event, register, organiser)
    mails_before = OutgoingMail.objects.count()
    response = client_as("organiser").post(action_url("move", waitlisted))
    assert response.status_code == 302
    assert response["Location"] == reverse("event_registrations:inspect", args=[waitlisted.pk])
    assert any("No seat is free" in message for message in messages_of(response))
    waitlisted.refresh_from_db()
    seated.refresh_from_db()
    assert (seated.state, waitlisted.state) == (State.CONFIRMED, State.WAITLISTED)
    assert OutgoingMail.objects.count() == mails_before


def test_approving_a_confirmed_registration_shows_the_rule_and_changes_nothing(
    client_as, make_event, register, organiser
):
    registration = confirmed(make_event, register, organiser)
    mails_before = OutgoingMail.objects.count()
    response = client_as("organiser").post(action_url("approve", registration))
    assert response.status_code == 302
    assert any("Only a registration awaiting approval can be approved." in m for m in messages_of(response))
    registration.refresh_from_db()
    assert registration.state == State.CONFIRMED
    assert registration.decided_by is None
    assert OutgoingMail.objects.count() == mails_before


def test_cancelling_twice_shows_the_rule(client_as, make_event, register, organiser):
    registration = confirmed(make_event, register, organiser)
    browser = client_as("organiser")
    browser.post(action_url("cancel", registration))
    response = browser.post(action_url("cancel", registration))
    assert any("already cancelled" in message for message in messages_of(response))
    assert len(mails(registration, Kind.CANCELLED)) == 1


def test_an_action_returns_to_the_list_it_came_from_and_never_elsewhere(client_as, make_event, register, organiser):
    registration = pending(make_event, register, organiser)
    back = f"{LIST_URL}?event={registration.event_id}&state=pending"
    response = client_as("organiser").post(action_url("reject", registration), {"next": back})
    assert response["Location"] == back

    other = pending(make_event, register, organiser)
    response = client_as("organiser").post(action_url("reject", other), {"next": "https://evil.example/"})
    assert response["Location"] == reverse("event_registrations:inspect", args=[other.pk])


def test_an_action_on_a_missing_registration_is_not_found(client_as):
    # (The language middleware first tries the path with a language prefix, which is not found either.)
    response = client_as("organiser").post("/admin/events/registrations/999999/approve/", follow=True)
    assert response.status_code == 404


# The per-event overview ---------------------------------------------------------------------


def overview_url(registration_or_event):
    event_id = getattr(registration_or_event, "event_id", None) or registration_or_event.pk
    return reverse("events_admin:event_registrations", args=[event_id])


@pytest.mark.parametrize("role", ROLES)
def test_event_overview_is_for_organisers_and_admins(client_as, event_page, register, role):
    registration = register(event_page)
    response = client_as(role).get(overview_url(registration))
    assert_access(response, role)


def test_event_overview_counts_seats_and_links(client_as, make_event, register):
    page = make_event(capacity=2, waitlist_enabled=True)
    first, _second, third = register(page), register(page), register(page)
    services.cancel_registration(first)  # the waiting list moves up: 2 confirmed, 1 cancelled
    assert Registration.objects.get(pk=third.pk).state == State.CONFIRMED
    register(page)  # waitlisted
    event = services.event_for_page(page)

    response = client_as("organiser").get(overview_url(event))
    assert response.status_code == 200
    context = response.context
    counts = {row["value"]: row["count"] for row in context["states"]}
    assert counts == {
        "pending": 0,
        "confirmed": 2,
        "waitlisted": 1,
        "cancelled": 1,
        "rejected": 0,
        "attended": 0,
    }
    assert (context["seats_taken"], context["capacity"], context["seats_left"]) == (2, 2, 0)
    content = response.content.decode()
    assert "2 of 2 seats taken, 0 free." in content
    assert f"{LIST_URL}?event={event.pk}&amp;export=csv" in content
    assert f"{LIST_URL}?event={event.pk}&amp;export=xlsx" in content
    assert f"{LIST_URL}?event={event.pk}&amp;state=waitlisted" in content
    assert f'href="{page.url}check-in/"' in content


def test_event_overview_shows_the_start_in_the_event_timezone(client_as, make_event):
    start = datetime(2030, 3, 5, 7, 0, tzinfo=UTC)  # 09:00 in Kyiv (UTC+2 before summer time)
    page = make_event(timezone="Europe/Kyiv", starts_at=start, ends_at=start + timedelta(hours=8))
    event = services.event_for_page(page)
    content = client_as("organiser").get(overview_url(event)).content.decode()
    assert "March 5, 2030, 9 a.m. (Europe/Kyiv)" in content


def test_overview_links_export_just_that_event(client_as, event_page, register, make_event):
    mine = register(event_page)
    register(make_event())
    browser = client_as("organiser")
    csv_url = browser.get(overview_url(mine)).context["csv_url"]
    rows = read_csv(browser.get(csv_url))
    assert [row[1] for row in rows[1:]] == [mine.email]


@pytest.mark.parametrize("role", ROLES)
def test_message_to_confirmed_registrants_goes_to_seated_people_only(client_as, make_event, register, demo_users, role):
    page = make_event(capacity=2)
    seated = [register(page), register(page)]
    waitlisted = register(page)
    services.mark_attended(seated[1])
    event = services.event_for_page(page)

    response = client_as(role).post(
        overview_url(event), {"subject": "Room changed", "body": "We meet in hall B.\nSee you there."}
    )
    assert_access(response, role, ok_status=302)
    if ACCESS[role] != "allowed":
        assert not EventMessage.objects.filter(event=event).exists()
        assert not OutgoingMail.objects.filter(kind=Kind.MESSAGE, registration__event=event).exists()
        return
    message = EventMessage.objects.get(event=event)
    assert (message.subject, message.body, message.sent_by) == (
        "Room changed",
        "We meet in hall B.\nSee you there.",
        demo_users[role],
    )
    queued = OutgoingMail.objects.filter(kind=Kind.MESSAGE, message=message)
    assert sorted(mail.registration_id for mail in queued) == sorted(r.pk for r in seated)
    assert not mails(waitlisted, Kind.MESSAGE)
    assert any("queued for 2 confirmed registrants" in m for m in messages_of(response))


def test_message_form_keeps_what_was_typed_when_invalid(client_as, make_event, register):
    page = make_event()
    registration = register(page)
    response = client_as("organiser").post(overview_url(registration), {"subject": "  ", "body": "Kept text"})
    assert response.status_code == 200
    assert "Kept text" in response.content.decode()
    assert response.context["form"].errors["subject"]
    assert not EventMessage.objects.filter(event_id=registration.event_id).exists()


def test_no_message_is_recorded_when_nobody_is_confirmed(client_as, make_event, register):
    registration = register(make_event(requires_approval=True))
    response = client_as("organiser").post(overview_url(registration), {"subject": "Hello", "body": "Anyone?"})
    assert response.status_code == 200
    assert "no one to write to" in response.content.decode()
    assert not EventMessage.objects.filter(event_id=registration.event_id).exists()


# From the page explorer ----------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_event_page_button_leads_to_its_overview(client_as, event_page, role):
    url = reverse("events_admin:page_registrations", args=[event_page.pk])
    response = client_as(role).get(url)
    if ACCESS[role] == "allowed":
        event = services.event_for_page(event_page)
        assert response.status_code == 302
        assert response["Location"] == overview_url(event)
    else:
        assert_access(response, role)


def test_explorer_lists_the_registrations_button_on_event_pages_only(client_as, event_page):
    index = event_page.get_parent()
    button = reverse("events_admin:page_registrations", args=[event_page.pk])
    content = client_as("organiser").get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    assert button in content
    assert reverse("events_admin:page_registrations", args=[index.pk]) not in content
    # The header of the event page, in the explorer and in the editor, has it too.
    content = client_as("organiser").get(reverse("wagtailadmin_explore", args=[event_page.pk])).content.decode()
    assert button in content
    content = client_as("organiser").get(reverse("wagtailadmin_pages:edit", args=[event_page.pk])).content.decode()
    assert button in content
    content = client_as("organiser").get(reverse("wagtailadmin_pages:edit", args=[index.pk])).content.decode()
    assert reverse("events_admin:page_registrations", args=[index.pk]) not in content


def test_explorer_hides_the_button_from_staff_without_rights(client_as, event_page, staff_without_rights):
    from wagtail.admin.ui.menus.pages import get_page_header_buttons

    buttons = get_page_header_buttons(event_page, staff_without_rights, next_url="", view_name="index")
    assert not any("registrations" in (button.url or "") for button in buttons)


def test_past_event_offers_no_cancel(client_as, make_event, register):
    page = make_event()
    registration = register(page)
    EventPage.objects.filter(pk=page.pk).update(
        starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now() - timedelta(days=1)
    )
    content = client_as("organiser").get(reverse("event_registrations:inspect", args=[registration.pk])).content
    assert action_url("cancel", registration) not in content.decode()
    assert action_url("reject", registration) in content.decode()
