"""Accounts through allauth: sign-up with consent, verification, login, logout,
password reset, email change and the rate limit on failed logins."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail

from portal.models import ConsentRecord, User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/en/account/signup/"
LOGIN_URL = "/en/account/login/"
NEW_PASSWORD = "a-long-and-unusual-passphrase"


def signup_data(**overrides):
    data = {
        "full_name": "Iryna Petrenko",
        "email": "iryna@community.example",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "privacy_consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def link_in(message) -> str:
    """The first link of a mail, as a path the test client can follow."""
    url = re.search(r"https?://testserver(/\S+)", message.body)
    assert url, message.body
    return url.group(1)


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def log_in(client, email, password):
    return client.post(LOGIN_URL, {"login": email, "password": password})


# Sign-up


def test_signup_creates_a_member_with_name_language_and_unverified_email(client):
    response = client.post(SIGNUP_URL, signup_data())
    assert response.status_code == 302
    assert response["Location"] == "/en/account/confirm-email/"
    user = User.objects.get(email="iryna@community.example")
    assert user.full_name == "Iryna Petrenko"
    assert user.preferred_language == "en"
    assert user.check_password(NEW_PASSWORD)
    assert EmailAddress.objects.get(user=user).verified is False
    assert not is_logged_in(client)


def test_signup_in_polish_sets_polish_as_preferred_language(client):
    response = client.post("/pl/account/signup/", signup_data())
    assert response.status_code == 302
    assert User.objects.get(email="iryna@community.example").preferred_language == "pl"


def test_signup_records_consent_to_the_current_privacy_notice(client):
    client.post(SIGNUP_URL, signup_data())
    user = User.objects.get(email="iryna@community.example")
    consent = ConsentRecord.objects.get(user=user)
    assert consent.document == ConsentRecord.Document.PRIVACY_NOTICE
    assert consent.version == settings.PRIVACY_NOTICE_VERSION


@pytest.mark.parametrize("language", ["en", "pl"])
def test_signup_form_links_the_privacy_notice_in_the_readers_language(client, language):
    response = client.get(f"/{language}/account/signup/")
    assert response.status_code == 200
    assert f'<a href="/{language}/privacy/" target="_blank" rel="noopener">' in response.content.decode()
    assert 'name="privacy_consent"' in response.content.decode()


def test_signup_without_consent_is_refused_and_creates_no_user(client):
    response = client.post(SIGNUP_URL, signup_data(privacy_consent=None))
    assert response.status_code == 200
    assert "You need to agree to the privacy notice to create an account." in response.content.decode()
    assert not User.objects.filter(email="iryna@community.example").exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "full_name",
    ["<script>alert(1)</script>", "Iryna <b>Petrenko</b>", "Iryna > Petrenko", '"><img src=x onerror=alert(1)>'],
)
def test_signup_with_markup_in_the_name_is_refused_and_creates_no_user(client, full_name):
    response = client.post(SIGNUP_URL, signup_data(full_name=full_name))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Please use plain text without the characters &lt; and &gt;." in content
    # The refused value is escaped when shown back, never rendered as markup.
    assert "<script>alert(1)</script>" not in content
    assert "<img src=x" not in content
    assert not User.objects.filter(email="iryna@community.example").exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", "N" * 151, "Ensure this value has at most 150 characters (it has 151)."),
        ("full_name", "", "This field is required."),
        ("full_name", "   ", "This field is required."),
        ("email", "i" * 250 + "@community.example", "Ensure this value has at most 254 characters"),
        ("email", "not-an-address", "Enter a valid email address."),
    ],
)
def test_signup_with_an_invalid_or_too_long_value_is_refused(client, field, value, message):
    data = signup_data(**{field: value})
    response = client.post(SIGNUP_URL, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.count() == User.objects.exclude(email=data["email"]).count()
    assert mail.outbox == []


def test_signup_with_a_weak_or_mismatched_password_is_refused(client):
    response = client.post(SIGNUP_URL, signup_data(password1="short", password2="short"))
    assert "This password is too short. It must contain at least 10 characters." in response.content.decode()
    response = client.post(SIGNUP_URL, signup_data(password2=NEW_PASSWORD + "x"))
    assert "You must type the same password each time." in response.content.decode()
    assert not User.objects.filter(email="iryna@community.example").exists()


def test_signup_with_a_registered_email_creates_nothing_and_warns_only_the_owner(client):
    # allauth prevents account enumeration: the form answers as if it had
    # worked, and only the address's owner learns, by mail, of the attempt.
    existing = UserFactory(email="taken@community.example", full_name="First Owner")
    response = client.post(SIGNUP_URL, signup_data(email="Taken@Community.example", full_name="Second Comer"))
    assert response.status_code == 302
    assert response["Location"] == "/en/account/confirm-email/"
    assert not is_logged_in(client)
    assert User.objects.filter(email__iexact="taken@community.example").count() == 1
    assert not User.objects.filter(full_name="Second Comer").exists()
    existing.refresh_from_db()
    assert existing.full_name == "First Owner"
    assert existing.check_password(UserFactory.PASSWORD)
    assert [m.to for m in mail.outbox] == [["taken@community.example"]]
    assert "an account using that email address already exists" in mail.outbox[0].body
    assert "/en/account/password/reset/" in mail.outbox[0].body


def test_signup_sends_a_verification_mail_and_login_waits_for_verification(client):
    client.post(SIGNUP_URL, signup_data())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["iryna@community.example"]
    assert message.subject.startswith("[Cooperation Portal] ")
    assert "/en/account/confirm-email/" in message.body

    response = log_in(client, "iryna@community.example", NEW_PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/en/account/confirm-email/"
    assert not is_logged_in(client)
    assert client.get("/en/account/").status_code == 302


def test_following_the_confirmation_link_verifies_the_email_and_allows_login(client):
    client.post(SIGNUP_URL, signup_data())
    confirm_path = link_in(mail.outbox[0])

    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "iryna@community.example" in page.content.decode()
    response = client.post(confirm_path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="iryna@community.example").verified is True

    client.post("/en/account/logout/")
    assert not is_logged_in(client)
    response = log_in(client, "iryna@community.example", NEW_PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/en/account/"
    assert is_logged_in(client)
    assert "Iryna Petrenko" in client.get("/en/account/").content.decode()


def test_a_forged_confirmation_key_verifies_nothing(client):
    client.post(SIGNUP_URL, signup_data())
    response = client.post("/en/account/confirm-email/forged-key/")
    assert response.status_code == 404
    assert EmailAddress.objects.get(email="iryna@community.example").verified is False
    assert not is_logged_in(client)


# Log in and log out


def test_member_logs_in_with_email_in_any_case_and_password(client):
    member = UserFactory()
    response = log_in(client, member.email.upper(), UserFactory.PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/en/account/"
    assert client.session["_auth_user_id"] == str(member.pk)


def test_login_with_a_wrong_password_is_refused_with_a_message(client):
    member = UserFactory()
    response = log_in(client, member.email, "not-the-password")
    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in response.content.decode()
    assert not is_logged_in(client)


def test_logout_needs_a_post(client):
    member = UserFactory()
    client.force_login(member)
    response = client.get("/en/account/logout/")
    assert response.status_code == 200
    assert 'method="post"' in response.content.decode()
    assert is_logged_in(client)

    response = client.post("/en/account/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert not is_logged_in(client)


def test_repeated_failed_logins_for_one_email_lock_it_even_with_the_right_password(client):
    # ACCOUNT_RATE_LIMITS["login_failed"] = "10/m/ip,5/5m/key": five failures per address.
    member = UserFactory()
    for _attempt in range(5):
        response = log_in(client, member.email, "guess-again-and-again")
        assert "are not correct" in response.content.decode()

    response = log_in(client, member.email, UserFactory.PASSWORD)
    assert response.status_code == 200
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    assert not is_logged_in(client)


def test_failed_logins_for_one_email_do_not_lock_another_member(client):
    victim, other = UserFactory(), UserFactory()
    for _attempt in range(5):
        log_in(client, victim.email, "guess-again-and-again")
    response = log_in(client, other.email, UserFactory.PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other.pk)


# Password reset and change


def test_password_reset_mails_a_link_that_sets_a_new_password(client):
    member = UserFactory()
    response = client.post("/en/account/password/reset/", {"email": member.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.email]

    key_path = link_in(mail.outbox[0])
    response = client.get(key_path)
    # allauth moves the key out of the URL into the session before showing the form.
    assert response.status_code == 302
    set_path = response["Location"]
    assert "set-password" in set_path
    response = client.post(set_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302

    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    assert not member.check_password(UserFactory.PASSWORD)
    client.logout()
    assert log_in(client, member.email, NEW_PASSWORD).status_code == 302
    assert is_logged_in(client)


def test_a_used_password_reset_link_does_not_work_twice(client):
    member = UserFactory()
    client.post("/en/account/password/reset/", {"email": member.email})
    key_path = link_in(mail.outbox[0])
    set_path = client.get(key_path)["Location"]
    client.post(set_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    response = client.get(key_path, follow=True)
    assert "The password reset link was invalid" in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


def test_password_reset_for_an_unknown_address_looks_the_same_and_changes_nothing(client):
    member = UserFactory()
    known = client.post("/en/account/password/reset/", {"email": member.email})
    unknown = client.post("/en/account/password/reset/", {"email": "nobody@nowhere.example"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    member.refresh_from_db()
    assert member.check_password(UserFactory.PASSWORD)


def test_password_change_needs_the_current_password(client):
    member = UserFactory()
    client.force_login(member)
    url = "/en/account/password/change/"
    response = client.post(url, {"oldpassword": "wrong", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 200
    assert "Please type your current password." in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(UserFactory.PASSWORD)

    response = client.post(
        url, {"oldpassword": UserFactory.PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


# Email change


def test_adding_an_email_mails_a_verification_and_keeps_the_old_address_until_then(client):
    member = UserFactory(email="old@community.example")
    client.force_login(member)
    response = client.post("/en/account/email/", {"email": "new@community.example", "action_add": ""})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@community.example"]
    new = EmailAddress.objects.get(user=member, email="new@community.example")
    assert new.verified is False
    member.refresh_from_db()
    assert member.email == "old@community.example"

    client.post(link_in(mail.outbox[0]))
    member.refresh_from_db()
    assert member.email == "new@community.example"
    assert list(EmailAddress.objects.filter(user=member).values_list("email", "verified", "primary")) == [
        ("new@community.example", True, True)
    ]


def test_adding_an_email_of_another_member_never_moves_it_to_this_account(client):
    # Enumeration prevention: the form accepts the address, but it can only be
    # confirmed from its mailbox, and a verified address of another account is
    # never confirmed for this one.
    other = UserFactory(email="someone@community.example")
    member = UserFactory(email="me@community.example")
    client.force_login(member)
    response = client.post("/en/account/email/", {"email": other.email, "action_add": ""})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[other.email]]

    client.post(link_in(mail.outbox[0]))
    member.refresh_from_db()
    other.refresh_from_db()
    assert member.email == "me@community.example"
    assert other.email == "someone@community.example"
    assert EmailAddress.objects.get(user=other, email=other.email).verified is True
    assert not EmailAddress.objects.filter(user=member, email=other.email, verified=True).exists()


def test_adding_a_too_long_email_is_refused_with_a_message(client):
    member = UserFactory()
    client.force_login(member)
    response = client.post("/en/account/email/", {"email": "i" * 250 + "@community.example", "action_add": ""})
    assert response.status_code == 200
    assert "Ensure this value has at most 254 characters" in response.content.decode()
    assert EmailAddress.objects.filter(user=member).count() == 1
    assert mail.outbox == []
