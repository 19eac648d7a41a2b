"""Personal data on request: the consents page, the data export and account deletion."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from portal.models import ConsentRecord, Organisation, User
from portal.services import record_consent
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PRIVACY_URL = "/en/account/privacy/"
DOWNLOAD_URL = "/en/account/privacy/download/"
DELETE_URL = "/en/account/privacy/delete/"


@pytest.fixture
def member(client):
    user = UserFactory(full_name="Olha Kovalenko", country="UA", role=User.Role.CIVIL_SERVANT)
    EmailAddress.objects.create(user=user, email="olha.private@mail.example", verified=False, primary=False)
    record_consent(user)
    client.force_login(user)
    return user


def test_privacy_page_lists_the_members_consents_with_their_version(client, member):
    response = client.get(PRIVACY_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert f"Privacy notice, version {settings.PRIVACY_NOTICE_VERSION}, agreed on" in content
    assert f'action="{DOWNLOAD_URL}"' in content
    assert f'action="{DELETE_URL}"' in content


def test_privacy_page_says_so_when_no_consent_is_recorded(client, member):
    member.consents.all().delete()
    content = client.get(PRIVACY_URL).content.decode()
    assert "No consent is recorded." in content
    assert "Privacy notice, version" not in content


def test_download_returns_everything_about_the_member_as_a_json_attachment(client, member):
    response = client.post(DOWNLOAD_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    stamp = timezone.now().strftime("%Y%m%d")
    assert response["Content-Disposition"] == f'attachment; filename="my-data-{stamp}.json"'
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]

    data = json.loads(response.content)
    assert data["privacy_notice_version"] == settings.PRIVACY_NOTICE_VERSION
    profile = data["profile"]
    assert profile["full_name"] == "Olha Kovalenko"
    assert profile["email"] == member.email
    assert profile["country"] == "UA"
    assert profile["role"] == "civil_servant"
    assert profile["organisation"] == {"name": member.organisation.name, "country": "BG", "status": "confirmed"}
    assert sorted(profile["email_addresses"], key=lambda a: a["email"]) == [
        {"email": member.email, "verified": True, "primary": True},
        {"email": "olha.private@mail.example", "verified": False, "primary": False},
    ]
    assert data["consents"] == [
        {
            "document": "privacy_notice",
            "version": settings.PRIVACY_NOTICE_VERSION,
            "given_at": member.consents.get().given_at.isoformat(),
        }
    ]


def test_download_holds_no_one_elses_data_and_no_password_hash(client, member, demo_users):
    payload = client.post(DOWNLOAD_URL).content.decode()
    assert member.password not in payload
    assert "pbkdf2" not in payload and "md5$" not in payload
    for other in demo_users.values():
        assert other.email not in payload
        assert other.full_name not in payload


def test_download_keeps_non_latin_text_readable(client, member):
    member.full_name = "Ольга Коваленко"
    member.save()
    response = client.post(DOWNLOAD_URL)
    assert "Ольга Коваленко".encode() in response.content
    assert json.loads(response.content)["profile"]["full_name"] == "Ольга Коваленко"


def test_download_by_get_is_refused(client, member):
    response = client.get(DOWNLOAD_URL)
    assert response.status_code == 405
    assert "Content-Disposition" not in response


def test_anonymous_visitor_gets_no_export_and_cannot_delete(client, member):
    client.logout()
    for url in (DOWNLOAD_URL, DELETE_URL):
        response = client.post(url, {"password": UserFactory.PASSWORD})
        assert response.status_code == 302
        assert response["Location"].startswith("/en/account/login/")
    member.refresh_from_db()
    assert member.deleted_at is None


def test_deleting_needs_a_csrf_token(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(DELETE_URL, {"password": UserFactory.PASSWORD})
    assert response.status_code == 403
    member.refresh_from_db()
    assert member.deleted_at is None


@pytest.mark.parametrize(
    ("password", "message"),
    [("not-my-password", "The password is not correct."), ("", "This field is required.")],
)
def test_deleting_with_a_wrong_password_is_refused_and_changes_nothing(client, member, password, message):
    response = client.post(DELETE_URL, {"password": password})
    assert response.status_code == 400
    content = response.content.decode()
    assert message in content
    assert "Please correct the errors below." in content
    # The page still lists the consents, so the member sees what stays.
    assert f"version {settings.PRIVACY_NOTICE_VERSION}" in content

    member.refresh_from_db()
    assert member.deleted_at is None
    assert member.is_active
    assert member.full_name == "Olha Kovalenko"
    assert member.organisation is not None
    assert EmailAddress.objects.filter(user=member).count() == 2
    assert ConsentRecord.objects.filter(user=member).count() == 1
    assert client.get("/en/account/").status_code == 200


def test_guessing_the_password_on_the_delete_form_is_rate_limited(client, member):
    # ACCOUNT_RATE_LIMITS["reauthenticate"] = "10/m/user": a borrowed session
    # cannot try passwords without end.
    for _attempt in range(10):
        response = client.post(DELETE_URL, {"password": "a-guess"})
        assert "The password is not correct." in response.content.decode()

    response = client.post(DELETE_URL, {"password": UserFactory.PASSWORD})
    assert response.status_code == 400
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    member.refresh_from_db()
    assert member.deleted_at is None


def test_deleting_the_account_erases_personal_data_and_keeps_a_former_member(client, member):
    email = member.email
    proposal = OrganisationFactory(status=Organisation.Status.PROPOSED, proposed_by=member)

    response = client.post(DELETE_URL, {"password": UserFactory.PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/"

    former = User.objects.get(pk=member.pk)
    assert former.deleted_at is not None
    assert former.is_former_member
    assert former.display_name == "Former member"
    assert str(former) == "Former member"
    assert (former.email, former.full_name, former.first_name, former.last_name) == ("", "", "", "")
    assert former.organisation is None
    assert (former.role, str(former.country)) == ("", "")
    assert email not in former.username
    assert not former.is_active and not former.is_staff and not former.is_superuser
    assert not former.has_usable_password()
    assert not EmailAddress.objects.filter(user=former).exists()
    assert not EmailAddress.objects.filter(email__iexact=email).exists()
    assert not ConsentRecord.objects.filter(user=former).exists()
    proposal.refresh_from_db()
    assert proposal.proposed_by is None


def test_deleted_member_is_logged_out_and_cannot_log_in_again(client, member):
    client.post(DELETE_URL, {"password": UserFactory.PASSWORD})
    assert "_auth_user_id" not in client.session
    assert client.get("/en/account/").status_code == 302

    response = client.post("/en/account/login/", {"login": member.email, "password": UserFactory.PASSWORD})
    assert response.status_code == 200
    assert "are not correct" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_deleting_the_account_ends_its_sessions_on_every_device(client, member):
    other_device = Client()
    assert (
        other_device.post("/en/account/login/", {"login": member.email, "password": UserFactory.PASSWORD}).status_code
        == 302
    )
    assert other_device.get("/en/account/").status_code == 200
    bystander = UserFactory()
    bystander_device = Client()
    bystander_device.force_login(bystander)

    client.post(DELETE_URL, {"password": UserFactory.PASSWORD})

    response = other_device.get("/en/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")
    assert not any(s.get_decoded().get("_auth_user_id") == str(member.pk) for s in Session.objects.all())
    # Only this member's sessions end.
    assert bystander_device.get("/en/account/").status_code == 200


def test_a_deleted_members_address_can_sign_up_afresh(client, member):
    email = member.email
    client.post(DELETE_URL, {"password": UserFactory.PASSWORD})
    response = client.post(
        "/en/account/signup/",
        {
            "full_name": "Olha Returning",
            "email": email,
            "password1": "a-long-and-unusual-passphrase",
            "password2": "a-long-and-unusual-passphrase",
            "privacy_consent": "on",
        },
    )
    assert response.status_code == 302
    newcomer = User.objects.get(email=email)
    assert newcomer.pk != member.pk
    assert newcomer.full_name == "Olha Returning"
    assert User.objects.get(pk=member.pk).is_former_member
