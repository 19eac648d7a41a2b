"""What members do with a practice, by role: find it useful, record an adoption, write to the implementers."""

from __future__ import annotations

from datetime import date

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import override_settings

from practices import services
from practices.models import Adoption, ContactMessage, UsefulVote
from practices.services import PracticeError
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(make_practice):
    page = make_practice(title="Shared EDM for small towns", organisations=[OrganisationFactory(name="Town A")])
    page.contacts.create(name="Ana", email="ana.hidden@example.net")
    page.contacts.create(name="Boris", email="boris.hidden@example.net")
    page.save_revision().publish()
    return page


@pytest.fixture
def unverified():
    user = UserFactory()
    EmailAddress.objects.filter(user=user).update(verified=False)
    return user


def refused(code: str, call, *args, **kwargs):
    with pytest.raises(PracticeError) as error:
        call(*args, **kwargs)
    assert error.value.code == code, error.value.message
    return error.value


# Useful votes --------------------------------------------------------------------------------


def test_a_member_votes_once_and_may_withdraw(practice):
    member = UserFactory()
    assert services.vote_useful(practice, member) is True
    assert services.vote_useful(practice, member) is False  # a second click counts nothing
    assert UsefulVote.objects.filter(user=member).count() == 1
    assert services.withdraw_vote(practice, member) is True
    assert not UsefulVote.objects.filter(user=member).exists()


def test_a_vote_counts_for_every_translation(practice, library, client):
    translation = practice.copy_for_translation(library("bg").locale, copy_parents=False)
    translation.save_revision().publish()
    services.vote_useful(translation, UserFactory())
    services.vote_useful(practice, UserFactory())
    assert "2 members found this useful." in client.get(practice.url).content.decode()


def test_an_unverified_account_cannot_vote(practice, unverified):
    refused("forbidden", services.vote_useful, practice, unverified)


def test_a_visitor_is_sent_to_log_in_to_vote(client, practice):
    response = client.post(practice.url + "useful/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not UsefulVote.objects.exists()


# Adoptions ----------------------------------------------------------------------------------


def test_a_member_records_an_adoption_for_their_organisation_and_updates_it(practice, client):
    member = UserFactory(organisation=OrganisationFactory(name="Town B"))
    services.record_adoption(practice, member, adopted_on=date(2024, 3, 17), status="in_progress")
    services.record_adoption(practice, member, adopted_on=date(2024, 3, 1), status="done", link="https://b.example")
    adoption = Adoption.objects.get(practice__translation_key=practice.translation_key)
    assert (adoption.organisation.name, adoption.status, adoption.adopted_on) == ("Town B", "done", date(2024, 3, 1))
    html = client.get(practice.url).content.decode()
    assert "Adopted by 1 community" in html and "Town B" in html


def test_an_organisation_cannot_adopt_its_own_practice(practice):
    colleague = UserFactory(organisation=practice.organisations.get())
    refused("own", services.record_adoption, practice, colleague, adopted_on=date(2024, 1, 1), status="done")


def test_a_member_without_an_organisation_is_told_to_add_one(practice):
    refused(
        "no_organisation",
        services.record_adoption,
        practice,
        UserFactory(organisation=None),
        adopted_on=date(2024, 1, 1),
        status="done",
    )


def test_an_adoption_can_link_the_adopters_own_case_study(practice, make_practice):
    town = OrganisationFactory(name="Town C")
    own = make_practice(title="Our version", organisations=[town])
    member = UserFactory(organisation=town)
    services.record_adoption(practice, member, adopted_on=date(2024, 5, 1), status="done", own_practice=own)
    assert Adoption.objects.get(practice__translation_key=practice.translation_key).own_practice == own
    refused(
        "same",
        services.record_adoption,
        practice,
        member,
        adopted_on=date(2024, 5, 1),
        status="done",
        own_practice=practice,
    )


def test_the_adoption_form_refuses_a_bad_month_with_a_message_and_keeps_the_input(client, practice):
    member = UserFactory(organisation=OrganisationFactory(name="Town D"))
    client.force_login(member)
    response = client.post(
        practice.url + "adopt/", {"adopted_on": "not-a-month", "status": "done", "link": "https://d.example"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a valid date." in html and "https://d.example" in html
    assert not Adoption.objects.filter(practice__translation_key=practice.translation_key).exists()
    response = client.post(practice.url + "adopt/", {"adopted_on": "2024-06", "status": "done"})
    assert response.status_code == 302
    assert Adoption.objects.get(practice__translation_key=practice.translation_key).adopted_on == date(2024, 6, 1)


# Contact the implementers --------------------------------------------------------------------


def test_a_message_reaches_the_contacts_with_the_senders_reply_address_and_is_logged(
    practice, django_capture_on_commit_callbacks
):
    sender = UserFactory(full_name="Petra Asker", email="petra@example.net")
    with django_capture_on_commit_callbacks(execute=True):
        services.contact_implementers(practice, sender, "How long did the migration take?")
    sent = mail.outbox[-1]
    assert sorted(sent.to) == ["ana.hidden@example.net", "boris.hidden@example.net"]
    assert sent.reply_to == ["petra@example.net"]
    assert "How long did the migration take?" in sent.body and "Petra Asker" in sent.body
    logged = ContactMessage.objects.get()
    assert logged.sender == sender and "ana.hidden@example.net" in logged.recipients


def test_the_contact_page_never_shows_the_contacts_addresses(client, practice):
    client.force_login(UserFactory())
    for url in (practice.url, practice.url + "contact/"):
        html = client.get(url).content.decode()
        assert "hidden@example.net" not in html


@override_settings(PRACTICE_CONTACT_RATE=2)
def test_messages_are_rate_limited_per_member(practice):
    sender = UserFactory()
    services.contact_implementers(practice, sender, "One")
    services.contact_implementers(practice, sender, "Two")
    refused("rate", services.contact_implementers, practice, sender, "Three")
    assert ContactMessage.objects.count() == 2
    services.contact_implementers(practice, UserFactory(), "Another member is not limited by the first")


def test_visitors_and_unverified_accounts_cannot_write(client, practice, unverified):
    refused("forbidden", services.contact_implementers, practice, unverified, "Hello")
    response = client.post(practice.url + "contact/", {"body": "Hello"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not ContactMessage.objects.exists()


def test_an_empty_message_is_refused_with_a_message(client, practice):
    client.force_login(UserFactory())
    response = client.post(practice.url + "contact/", {"body": "   "})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    assert not ContactMessage.objects.exists()
