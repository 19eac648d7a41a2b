"""The member's profile: name, organisation (pick or propose), role, country, language.

Bad input on any field gets a clear message and leaves the stored profile as it was.
"""

import pytest

from portal.models import Organisation, User
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PROFILE_URL = "/en/account/profile/"
PROFILE_FIELDS = ["full_name", "organisation_id", "role", "country", "preferred_language"]


@pytest.fixture
def member(client):
    user = UserFactory(full_name="Petra Ivanova", role=User.Role.SECRETARY, country="BG", preferred_language="bg")
    client.force_login(user)
    return user


def profile_data(member, **overrides):
    """What the form posts when the member changes nothing, with `overrides` applied."""
    data = {
        "full_name": member.full_name,
        "organisation": member.organisation_id or "",
        "role": member.role,
        "country": str(member.country),
        "preferred_language": member.preferred_language,
        "proposed_organisation": "",
        "proposed_organisation_kind": "",
    }
    data.update(overrides)
    return data


def stored_profile(user):
    user.refresh_from_db()
    return {field: str(getattr(user, field)) for field in PROFILE_FIELDS}


def test_profile_form_shows_the_stored_profile(client, member):
    response = client.get(PROFILE_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'value="Petra Ivanova"' in content
    assert f'<option value="{member.organisation_id}" selected>' in content
    assert '<option value="secretary" selected>' in content
    assert '<option value="BG" selected>' in content
    assert '<option value="bg" selected>' in content


def test_member_picks_a_confirmed_organisation_and_updates_the_profile(client, member):
    municipality = OrganisationFactory(name="Municipality of Dolno Selo")
    response = client.post(
        PROFILE_URL,
        profile_data(
            member,
            full_name="  Petra Ivanova-Georgieva  ",
            organisation=municipality.pk,
            role=User.Role.IT_EXPERT,
            country="PL",
            preferred_language="pl",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == PROFILE_URL
    member.refresh_from_db()
    assert member.full_name == "Petra Ivanova-Georgieva"
    assert member.organisation == municipality
    assert member.role == User.Role.IT_EXPERT
    assert member.country == "PL"
    assert member.preferred_language == "pl"
    assert "Your profile has been saved." in client.get(PROFILE_URL).content.decode()


def test_member_may_leave_organisation_role_and_country_empty(client, member):
    response = client.post(PROFILE_URL, profile_data(member, organisation="", role="", country=""))
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.organisation, member.role, str(member.country)) == (None, "", "")


def test_proposing_a_missing_organisation_creates_it_for_staff_to_confirm(client, member):
    response = client.post(
        PROFILE_URL,
        profile_data(
            member,
            organisation="",
            proposed_organisation="Obshtina Novo Pole",
            proposed_organisation_kind=Organisation.Kind.MUNICIPALITY,
            country="BG",
        ),
    )
    assert response.status_code == 302
    proposal = Organisation.objects.get(name="Obshtina Novo Pole")
    assert proposal.status == Organisation.Status.PROPOSED
    assert proposal.proposed_by == member
    assert proposal.kind == Organisation.Kind.MUNICIPALITY
    assert proposal.country == "BG"
    member.refresh_from_db()
    assert member.organisation == proposal

    dashboard = client.get("/en/account/").content.decode()
    assert "Obshtina Novo Pole (waiting for confirmation by staff)" in dashboard


def test_a_proposed_organisation_stays_out_of_the_public_directory(client, member, home_pages):
    client.post(
        PROFILE_URL,
        profile_data(
            member,
            organisation="",
            proposed_organisation="Obshtina Novo Pole",
            proposed_organisation_kind=Organisation.Kind.MUNICIPALITY,
        ),
    )
    assert Organisation.objects.filter(name="Obshtina Novo Pole", status="proposed").exists()
    client.logout()
    directory = client.get("/en/organisations/?q=Novo+Pole")
    assert directory.status_code == 200
    assert "Obshtina Novo Pole" not in directory.content.decode()
    confirmed = Organisation.objects.confirmed().first()
    assert confirmed.name in client.get(f"/en/organisations/?q={confirmed.name}").content.decode()


def test_the_members_own_proposal_stays_selectable_and_others_proposals_do_not(client, member):
    proposal = OrganisationFactory(name="My Proposal", status=Organisation.Status.PROPOSED, proposed_by=member)
    foreign = OrganisationFactory(name="Their Proposal", status=Organisation.Status.PROPOSED)
    member.organisation = proposal
    member.save()

    assert client.post(PROFILE_URL, profile_data(member, full_name="Petra I.")).status_code == 302
    member.refresh_from_db()
    assert (member.full_name, member.organisation) == ("Petra I.", proposal)

    before = stored_profile(member)
    response = client.post(PROFILE_URL, profile_data(member, organisation=foreign.pk))
    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    assert stored_profile(member) == before


def test_choosing_and_proposing_an_organisation_at_once_is_refused(client, member):
    before = stored_profile(member)
    other = OrganisationFactory(name="Chosen Town")
    response = client.post(
        PROFILE_URL,
        profile_data(
            member,
            organisation=other.pk,
            proposed_organisation="Proposed Town",
            proposed_organisation_kind=Organisation.Kind.MUNICIPALITY,
        ),
    )
    assert response.status_code == 200
    assert (
        "Either choose an organisation from the directory or propose a new one, not both." in response.content.decode()
    )
    assert not Organisation.objects.filter(name="Proposed Town").exists()
    assert stored_profile(member) == before


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("country", "Give your country so that staff can place the proposed organisation."),
        ("proposed_organisation_kind", "Choose what kind of body the organisation is."),
    ],
)
def test_proposing_an_organisation_without_country_or_kind_is_refused(client, member, missing, message):
    before = stored_profile(member)
    data = profile_data(
        member,
        organisation="",
        proposed_organisation="Proposed Town",
        proposed_organisation_kind=Organisation.Kind.COMMUNITY,
        country="UA",
    )
    data[missing] = ""
    response = client.post(PROFILE_URL, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Organisation.objects.filter(name="Proposed Town").exists()
    assert stored_profile(member) == before


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", "", "This field is required."),
        ("full_name", "N" * 151, "Ensure this value has at most 150 characters (it has 151)."),
        ("full_name", "<script>alert(1)</script>", "Please use plain text without the characters &lt; and &gt;."),
        ("full_name", "Petra <b>Ivanova</b>", "Please use plain text without the characters &lt; and &gt;."),
        ("organisation", "999999", "Select a valid choice."),
        ("organisation", "not-a-number", "Select a valid choice."),
        ("role", "dictator", "Select a valid choice. dictator is not one of the available choices."),
        ("country", "ZZ", "Select a valid choice. ZZ is not one of the available choices."),
        ("preferred_language", "de", "Select a valid choice. de is not one of the available choices."),
        ("preferred_language", "", "This field is required."),
        (
            "proposed_organisation",
            "<img src=x onerror=alert(1)>",
            "Please use plain text without the characters &lt; and &gt;.",
        ),
        ("proposed_organisation", "O" * 201, "Ensure this value has at most 200 characters (it has 201)."),
        ("proposed_organisation_kind", "empire", "Select a valid choice. empire is not one of the available choices."),
    ],
)
def test_bad_input_is_refused_with_a_message_and_the_stored_profile_is_unchanged(client, member, field, value, message):
    before = stored_profile(member)
    organisations_before = Organisation.objects.count()
    # Valid changes to the other fields must not be saved either.
    data = profile_data(member, full_name="A New Name", role=User.Role.MAYOR, preferred_language="uk")
    if field.startswith("proposed_organisation"):
        data.update(organisation="", proposed_organisation="Proposed Town", proposed_organisation_kind="community")
    data[field] = value
    response = client.post(PROFILE_URL, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert "Please correct the errors below." in content
    # The field with the error is marked for assistive technology.
    assert 'aria-invalid="true"' in content
    assert stored_profile(member) == before
    assert Organisation.objects.count() == organisations_before


def test_markup_refused_in_the_profile_is_shown_back_escaped(client, member):
    response = client.post(PROFILE_URL, profile_data(member, full_name="<script>alert(1)</script>"))
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_profile_refuses_other_methods_and_anonymous_visitors(client, member):
    assert client.put(PROFILE_URL).status_code == 405
    client.logout()
    before = stored_profile(member)
    response = client.post(PROFILE_URL, profile_data(member, full_name="Hijacked"))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")
    assert stored_profile(member) == before
