"""Who may open what: every account page and the admin, for every role.

Roles come from the demo site (tests/conftest.py builds it once per session).
Coordinators and working-group members are ordinary members until the
working-group app gives them rights of their own; the organiser is a staff
editor (Wagtail groups Editors and Moderators); the administrator is a
superuser.
"""

import pytest

from portal.models import Organisation
from tests.factories import OrganisationFactory

ROLES = ["anonymous", "member", "groupmember", "coordinator", "organiser", "admin"]
MEMBERS = ["member", "groupmember", "coordinator"]

ACCOUNT_PAGES = {
    "dashboard": "/en/account/",
    "profile": "/en/account/profile/",
    "privacy": "/en/account/privacy/",
    "email": "/en/account/email/",
    "password change": "/en/account/password/change/",
}

# What each role gets from the admin: "allowed" (200), "login" (sent to the
# admin's login page), "refused" (sent back to the admin's home with a message).
ADMIN_HOME = {
    "anonymous": "login",
    "member": "login",
    "groupmember": "login",
    "coordinator": "login",
    "organiser": "allowed",
    "admin": "allowed",
}
ADMIN_USERS = {**ADMIN_HOME, "organiser": "refused"}
ADMIN_ORGANISATIONS = ADMIN_HOME


@pytest.fixture
def client_as(client, demo_users):
    def log_in(role):
        if role != "anonymous":
            client.force_login(demo_users[role])
        return client

    return log_in


def test_demo_site_has_one_user_per_role(demo_users):
    assert set(demo_users) == set(ROLES) - {"anonymous"}
    assert demo_users["admin"].is_superuser
    assert demo_users["organiser"].is_staff and not demo_users["organiser"].is_superuser
    assert {g.name for g in demo_users["organiser"].groups.all()} == {"Editors", "Moderators"}
    for role in MEMBERS:
        assert not demo_users[role].is_staff and not demo_users[role].is_superuser


@pytest.mark.django_db
@pytest.mark.parametrize("page", ACCOUNT_PAGES)
def test_anonymous_visitor_is_sent_to_login_from_every_account_page(client, page):
    url = ACCOUNT_PAGES[page]
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")
    assert response["Location"].replace("%2F", "/").endswith(f"next={url}")


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
@pytest.mark.parametrize("page", ACCOUNT_PAGES)
def test_every_signed_in_role_opens_its_own_account_pages(client_as, demo_users, role, page):
    response = client_as(role).get(ACCOUNT_PAGES[page])
    assert response.status_code == 200
    content = response.content.decode()
    # Each page is about the signed-in person, never someone else.
    if page in {"dashboard", "email"}:
        assert demo_users[role].email in content
    if page == "profile":
        assert f'value="{demo_users[role].full_name}"' in content
    for other in set(demo_users) - {role}:
        assert demo_users[other].full_name not in content


def _assert_admin_outcome(response, outcome, path):
    if outcome == "allowed":
        assert response.status_code == 200
    elif outcome == "login":
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert path in response["Location"].replace("%2F", "/")
    else:
        assert outcome == "refused"
        assert response.status_code == 302
        assert response["Location"] == "/admin/"


@pytest.mark.parametrize("role", ROLES)
def test_only_staff_reach_the_admin_dashboard(client_as, role):
    response = client_as(role).get("/admin/")
    _assert_admin_outcome(response, ADMIN_HOME[role], "/admin/")
    if ADMIN_HOME[role] == "allowed":
        # Wagtail's dashboard, not Django's admin or a login form.
        assert b"wagtail" in response.content.lower()
        assert b'name="password"' not in response.content


@pytest.mark.parametrize("role", ROLES)
def test_only_the_administrator_manages_users(client_as, demo_users, role):
    response = client_as(role).get("/admin/users/")
    _assert_admin_outcome(response, ADMIN_USERS[role], "/admin/users/")
    if ADMIN_USERS[role] == "allowed":
        assert demo_users["member"].full_name.encode() in response.content


@pytest.mark.parametrize("role", ROLES)
def test_staff_list_organisations_in_the_admin(client_as, role):
    path = "/admin/snippets/portal/organisation/"
    response = client_as(role).get(path)
    _assert_admin_outcome(response, ADMIN_ORGANISATIONS[role], path)
    if ADMIN_ORGANISATIONS[role] == "allowed":
        assert Organisation.objects.order_by("status", "name").first().name.encode() in response.content


@pytest.mark.parametrize("role", ["organiser", "admin"])
def test_staff_may_confirm_a_proposed_organisation(client_as, role):
    proposal = OrganisationFactory(status=Organisation.Status.PROPOSED, name="Proposed Town")
    path = f"/admin/snippets/portal/organisation/edit/{proposal.pk}/"
    response = client_as(role).post(
        path,
        {
            "name": proposal.name,
            "kind": proposal.kind,
            "status": Organisation.Status.CONFIRMED,
            "country": "BG",
            "region": "",
            "population": "",
            "website": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    proposal.refresh_from_db()
    assert proposal.status == Organisation.Status.CONFIRMED


@pytest.mark.parametrize("role", MEMBERS)
def test_members_cannot_edit_organisations_through_the_admin(client_as, role):
    proposal = OrganisationFactory(status=Organisation.Status.PROPOSED, name="Hopeful Village")
    response = client_as(role).post(
        f"/admin/snippets/portal/organisation/edit/{proposal.pk}/",
        {"name": proposal.name, "kind": proposal.kind, "status": "confirmed", "country": "BG"},
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    proposal.refresh_from_db()
    assert proposal.status == Organisation.Status.PROPOSED
