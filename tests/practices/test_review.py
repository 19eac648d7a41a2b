"""Submitting a practice and its review in Wagtail's workflow, for every role; the steps of the form over HTTP."""

from __future__ import annotations

import io
import itertools

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from forums.models import Membership, WorkingGroupIndexPage, WorkingGroupPage
from forums.services import group_for_page
from practices import services
from practices.models import PracticeMail, PracticePage
from practices.services import PracticeError, Stage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
_numbers = itertools.count(1)

STORY = {"problem": "<p>Paper files.</p>", "actions": "<p>We scanned.</p>", "results": "<p>Two days saved.</p>"}


@pytest.fixture
def group(home_pages):
    """A working group (English page) with a coordinator and a member; returns (page, people by role)."""
    index = WorkingGroupIndexPage.objects.child_of(home_pages["en"]).get()
    number = next(_numbers)
    page = WorkingGroupPage(title=f"Review group {number}", slug=f"review-group-{number}", locale=index.locale)
    index.add_child(instance=page)
    page.save_revision().publish()
    row = group_for_page(page)
    people = {"coordinator": UserFactory(), "member": UserFactory(), "second_coordinator": UserFactory()}
    for role, user in people.items():
        Membership.objects.create(
            group=row,
            user=user,
            state=Membership.State.ACTIVE,
            role=Membership.Role.COORDINATOR if "coordinator" in role else Membership.Role.MEMBER,
        )
    return WorkingGroupPage.objects.get(pk=page.pk), people


@pytest.fixture
def other_group_coordinator(group):
    _page, _people = group
    index = WorkingGroupIndexPage.objects.get(pk=_page.get_parent().pk)
    other = WorkingGroupPage(title="Another group", slug=f"another-group-{next(_numbers)}", locale=index.locale)
    index.add_child(instance=other)
    other.save_revision().publish()
    user = UserFactory()
    Membership.objects.create(
        group=group_for_page(other), user=user, state=Membership.State.ACTIVE, role=Membership.Role.COORDINATOR
    )
    return user


def staff(group_name: str):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def refused(code: str, call, *args, **kwargs):
    with pytest.raises(PracticeError) as error:
        call(*args, **kwargs)
    assert error.value.code == code, error.value.message


def submitted(library, group, **story):
    page_, people = group
    page = services.start_draft(
        library("en"), people["member"], title="Scanning the registry", summary="We scan.", working_group=page_
    )
    services.save_draft(page, people["member"], **(STORY | story))
    services.submit_for_review(page, people["member"])
    return page


def mails(kind: str, page) -> list[PracticeMail]:
    return list(PracticeMail.objects.filter(kind=kind, page=page))


# Drafting and submitting --------------------------------------------------------------------


def test_a_member_drafts_a_practice_that_nobody_else_sees_and_submits_it(client, library, group):
    page_, people = group
    page = services.start_draft(
        library("en"), people["member"], title="Scanning the registry", summary="We scan.", working_group=page_
    )
    assert not page.live and services.stage(page) == Stage.DRAFT
    assert client.get(page.url).status_code == 404  # not published: not there for the public
    services.save_draft(page, people["member"], **STORY)
    assert page.revisions.count() == 2  # every save is a revision

    services.submit_for_review(page, people["member"])
    assert services.stage(page) == Stage.IN_REVIEW
    told = {mail.user for mail in mails(PracticeMail.Kind.SUBMITTED, page)}
    assert told == {people["coordinator"], people["second_coordinator"]}
    assert [mail.user for mail in mails(PracticeMail.Kind.RECEIVED, page)] == [people["member"]]


def test_the_review_mails_reach_each_person_in_their_language_with_the_link(library, group, mailoutbox):
    from django.core import mail as django_mail

    from portal import outbox

    _page, people = group
    people["coordinator"].preferred_language = "bg"
    people["coordinator"].save()
    page = submitted(library, group)
    services.review(page, people["coordinator"], "reject", "Add the cost, please.")
    django_mail.outbox.clear()
    for row in PracticeMail.objects.filter(page=page):
        outbox.deliver(PracticeMail, row.pk)
    by_address = {message.to[0]: message for message in django_mail.outbox}
    to_coordinator = by_address[people["coordinator"].email]
    assert to_coordinator.extra_headers["Content-Language"] == "bg"
    assert f"/review/{page.pk}/" in to_coordinator.body
    to_author = [m for m in django_mail.outbox if m.to == [people["member"].email]]
    assert any("Add the cost, please." in m.body and f"/drafts/{page.pk}/" in m.body for m in to_author)


def test_only_members_of_the_group_submit_for_it(library, group, other_group_coordinator):
    page_, _people = group
    outsider = UserFactory()
    unverified = UserFactory()
    EmailAddress.objects.filter(user=unverified).update(verified=False)
    for user in (outsider, unverified, other_group_coordinator):
        refused("not_member", services.start_draft, library("en"), user, title="T", summary="S", working_group=page_)


def test_an_incomplete_draft_is_not_submitted_and_says_what_is_missing(library, group):
    page_, people = group
    page = services.start_draft(library("en"), people["member"], title="Half", summary="S", working_group=page_)
    with pytest.raises(PracticeError) as error:
        services.submit_for_review(page, people["member"])
    assert error.value.code == "incomplete" and "the problem" in str(error.value.message)
    assert services.stage(page) == Stage.DRAFT


def test_only_the_author_edits_and_submits_their_draft(library, group):
    page_, people = group
    page = services.start_draft(library("en"), people["member"], title="Mine", summary="S", working_group=page_)
    refused("not_author", services.save_draft, page, people["coordinator"], summary="Changed by someone else")
    refused("not_author", services.submit_for_review, page, people["coordinator"])


# Reviewing, by role ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["member", "other_coordinator", "author_coordinator", "anonymous"])
def test_who_may_not_decide_on_a_practice(role, library, group, other_group_coordinator):
    from django.contrib.auth.models import AnonymousUser

    page_, people = group
    if role == "author_coordinator":  # a coordinator never approves their own practice
        author = people["coordinator"]
        page = services.start_draft(library("en"), author, title="Own", summary="S", working_group=page_)
        services.save_draft(page, author, **STORY)
        services.submit_for_review(page, author)
        reviewer = author
    else:
        page = submitted(library, group)
        reviewer = {
            "member": UserFactory(),
            "other_coordinator": other_group_coordinator,
            "anonymous": AnonymousUser(),
        }[role]
        if role == "member":
            Membership.objects.create(group=group_for_page(page_), user=reviewer, state=Membership.State.ACTIVE)
    refused("forbidden", services.review, page, reviewer, "approve")
    assert services.stage(page) == Stage.IN_REVIEW


@pytest.mark.parametrize("reviewer", ["coordinator", "Editors", "Moderators", "superuser"])
def test_who_approves_and_the_practice_is_published(reviewer, library, group, client):
    page = submitted(library, group)
    _page, people = group
    user = {
        "coordinator": people["coordinator"],
        "Editors": staff("Editors") if reviewer == "Editors" else None,
        "Moderators": staff("Moderators") if reviewer == "Moderators" else None,
        "superuser": UserFactory(is_superuser=True, is_staff=True) if reviewer == "superuser" else None,
    }[reviewer]
    services.review(page, user, "approve")
    page = PracticePage.objects.get(pk=page.pk)
    assert page.live and services.stage(page) == Stage.PUBLISHED
    assert "Two days saved." in client.get(page.url).content.decode()
    assert [mail.user for mail in mails(PracticeMail.Kind.APPROVED, page)] == [people["member"]]


def test_changes_requested_then_fixed_then_approved(library, group):
    page = submitted(library, group)
    _page, people = group
    refused("comment", services.review, page, people["coordinator"], "reject", "")
    services.review(page, people["coordinator"], "reject", "Add the cost, please.")
    assert services.stage(page) == Stage.CHANGES_REQUESTED
    assert services.reviewer_comment(page) == "Add the cost, please."
    (mail,) = mails(PracticeMail.Kind.CHANGES_REQUESTED, page)
    assert mail.user == people["member"] and mail.comment == "Add the cost, please."

    services.save_draft(page, people["member"], cost=12_000)
    services.submit_for_review(page, people["member"])  # resumes the same workflow
    assert services.stage(page) == Stage.IN_REVIEW
    services.review(page, people["second_coordinator"], "approve")
    page = PracticePage.objects.get(pk=page.pk)
    assert page.live and page.cost == 12_000


def test_a_rejected_practice_stays_unpublished_with_the_reason(library, group):
    page = submitted(library, group)
    _page, people = group
    services.review(page, people["coordinator"], "decline", "This is about a private company, not a public body.")
    page = PracticePage.objects.get(pk=page.pk)
    assert not page.live and services.stage(page) == Stage.REJECTED
    assert services.reviewer_comment(page).startswith("This is about a private company")
    assert mails(PracticeMail.Kind.REJECTED, page)[0].user == people["member"]


def test_the_author_cannot_edit_while_the_coordinators_review_but_may_take_it_back(library, group):
    page = submitted(library, group)
    _page, people = group
    refused("in_review", services.save_draft, page, people["member"], summary="Sneaky change")
    services.withdraw_submission(page, people["member"])
    assert services.stage(page) == Stage.DRAFT  # withdrawn by the author: a draft again, not "rejected"
    services.save_draft(page, people["member"], summary="Better summary")


# The form over HTTP ---------------------------------------------------------------------------


def step_url(library, page, step):
    return library.url + library.reverse_subpage("draft_step", args=[page.pk, step])


def test_the_steps_save_the_draft_and_neutralise_script(client, library, group):
    page_, people = group
    lib = library("en")
    client.force_login(people["member"])
    response = client.post(
        lib.url + "submit/",
        {"title": "<script>alert(1)</script> Registry", "summary": "S", "working_group": page_.pk},
    )
    assert response.status_code == 302
    page = PracticePage.objects.get(author=people["member"])
    response = client.post(
        step_url(lib, page, "story"),
        {
            "problem": "Paper <script>alert(2)</script> and <b onclick=x>bold</b>",
            "actions": "- scanned\n- signed",
            "results": "**Two** days saved",
            "continue": "1",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("/step/facts/")
    draft = services.latest_draft(page)
    # Raw HTML is not interpreted: it stays visible as text, never as a tag.
    assert "<script" not in draft.problem and "<b " not in draft.problem
    assert "Paper &lt;script&gt;alert(2)&lt;/script&gt;" in draft.problem
    assert "<li>scanned</li>" in draft.actions and "<strong>Two</strong>" in draft.results
    preview = client.get(lib.url + f"drafts/{page.pk}/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Registry" in preview and "<script>alert" not in preview
    # The story comes back as the text the member wrote, to edit it again.
    form = client.get(step_url(lib, page, "story")).content.decode()
    assert "- scanned" in form and "**Two** days saved" in form


def test_other_people_never_reach_a_draft(client, library, group):
    page = submitted(library, group)
    lib = library("en")
    _page, people = group
    for user in (people["coordinator"], UserFactory()):
        client.force_login(user)
        assert client.get(lib.url + f"drafts/{page.pk}/").status_code == 404
        assert client.get(step_url(lib, page, "story")).status_code == 404
    client.force_login(UserFactory())
    assert client.get(lib.url + f"review/{page.pk}/").status_code == 404  # not a reviewer
    client.force_login(people["coordinator"])
    assert client.get(lib.url + f"review/{page.pk}/").status_code == 200


def _png(size=(40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_pictures_need_a_text_alternative_and_disguised_or_oversized_files_are_refused(client, library, group):
    page_, people = group
    lib = library("en")
    page = services.start_draft(lib, people["member"], title="Pictures", summary="S", working_group=page_)
    client.force_login(people["member"])
    url = step_url(lib, page, "files")

    no_alt = client.post(url, {"image": SimpleUploadedFile("a.png", _png(), "image/png")})
    assert no_alt.status_code == 200 and "Say what the picture shows." in no_alt.content.decode()
    disguised = client.post(
        url, {"image": SimpleUploadedFile("b.png", b"MZ\x90\x00 not a picture", "image/png"), "alt_text": "x"}
    )
    assert disguised.status_code == 200 and "field__errors" in disguised.content.decode()
    with override_settings(FORUM_IMAGE_MAX_PIXELS=100):
        too_big = client.post(url, {"image": SimpleUploadedFile("c.png", _png((50, 50)), "image/png"), "alt_text": "x"})
    assert too_big.status_code == 200 and "field__errors" in too_big.content.decode()
    assert not services.latest_draft(page).images.exists()

    ok = client.post(url, {"image": SimpleUploadedFile("d.png", _png(), "image/png"), "alt_text": "The new scanner"})
    assert ok.status_code == 302
    (image,) = services.latest_draft(page).images.all()
    assert image.alt_text == "The new scanner"


def test_an_adaptation_names_its_origin_and_becomes_the_adopters_case_study(library, group, make_practice):
    page_, people = group
    origin = make_practice(title="The original practice")
    author = people["member"]
    services.record_adoption(origin, author, adopted_on=origin.live_on, status="done")
    page = services.start_draft(
        library("en"), author, title="Our version", summary="S", working_group=page_, origin=origin
    )
    services.save_draft(page, author, **STORY)
    services.submit_for_review(page, author)
    services.review(page, people["coordinator"], "approve")
    page = PracticePage.objects.get(pk=page.pk)
    assert page.origin.translation_key == origin.translation_key
    adoption = page.origin.adoptions.get(organisation=author.organisation)
    assert adoption.own_practice_id == page.pk


def test_a_document_disguised_as_a_pdf_is_refused(client, library, group):
    page_, people = group
    lib = library("en")
    page = services.start_draft(lib, people["member"], title="Documents", summary="S", working_group=page_)
    client.force_login(people["member"])
    fake = SimpleUploadedFile("rules.pdf", b"MZ\x90\x00\x03 an executable", "application/pdf")
    response = client.post(step_url(lib, page, "files"), {"document": fake})
    assert response.status_code == 200 and "field__errors" in response.content.decode()
    assert not services.latest_draft(page).attachments.exists()


def test_staff_write_practices_in_the_admin_and_members_cannot(client, library):
    index = library("en")
    url = f"/admin/pages/add/practices/practicepage/{index.pk}/"
    client.force_login(staff("Editors"))
    assert client.get(url).status_code == 200
    client.force_login(UserFactory())
    assert client.get(url).status_code in (302, 403)


def test_my_account_lists_my_practices_and_where_they_stand(client, library, group):
    page = submitted(library, group)
    _page, people = group
    client.force_login(people["member"])
    html = client.get("/en/account/").content.decode()
    assert "My practices" in html and "Scanning the registry" in html and "in review" in html
    assert f"/drafts/{page.pk}/" in html
