"""The public side of working groups over HTTP: who sees and does what, constant queries, feeds, unsubscribe."""

from __future__ import annotations

import itertools
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forums import services
from forums.models import Membership, Post, Subscription, Thread, WorkingGroupIndexPage, WorkingGroupPage
from forums.tokens import unsubscribe_token
from portal.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
_numbers = itertools.count(1)


@pytest.fixture
def make_page(home_pages):
    """make(policy=..., public=...) → a published English group page (with its index) and its group row."""

    def make(policy: str = "request", public: bool = True, language: str = "en"):
        home = home_pages[language]
        index = WorkingGroupIndexPage.objects.child_of(home).first()
        if index is None:
            index = WorkingGroupIndexPage(title="Groups", slug="groups-test", locale=home.locale)
            home.add_child(instance=index)
            index.save_revision().publish()
        number = next(_numbers)
        page = WorkingGroupPage(
            title=f"Group {number}",
            slug=f"group-view-{number}",
            locale=index.locale,
            membership_policy=policy,
            discussions_public=public,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page, services.group_for_page(page)

    return make


@pytest.fixture
def person():
    def make(**fields) -> User:
        user = UserFactory(**fields)
        User.objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(days=60))
        user.refresh_from_db()
        return user

    return make


def _member(group, user, role=Membership.Role.MEMBER) -> Membership:
    return Membership.objects.create(
        group=group, user=user, email=user.email, state=Membership.State.ACTIVE, role=role, joined_at=timezone.now()
    )


def _path(page, route: str, *args) -> str:
    return page.url + page.reverse_subpage(route, args=args or None)


# Who sees what ---------------------------------------------------------------------------


def test_anyone_reads_a_public_group_but_only_members_read_a_private_one(client, make_page, person):
    public_page, public_group = make_page(public=True)
    private_page, private_group = make_page(public=False)
    author = person()
    _member(public_group, author)
    _member(private_group, author)
    public_thread = services.start_thread(public_group, author, "Budgeting for e-services", "Open to all")
    private_thread = services.start_thread(private_group, author, "Internal planning notes", "Members only")

    assert client.get(_path(public_page, "thread", public_thread.pk)).status_code == 200
    assert client.get(_path(private_page, "thread", private_thread.pk)).status_code == 404
    private_group_page = client.get(private_page.url).content.decode()
    assert "Internal planning notes" not in private_group_page
    assert "open to its members only" in private_group_page

    outsider = person()
    client.force_login(outsider)
    assert client.get(_path(private_page, "thread", private_thread.pk)).status_code == 404
    client.force_login(author)
    assert client.get(_path(private_page, "thread", private_thread.pk)).status_code == 200


def test_the_public_sees_coordinators_and_the_count_and_only_members_see_the_list(client, make_page, person):
    page, group = make_page()
    coordinator = person(full_name="Olena Coordinator")
    _member(group, coordinator, Membership.Role.COORDINATOR)
    for _ in range(3):
        _member(group, person(full_name="Quiet Member"))

    anonymous = client.get(page.url).content.decode()
    assert "Olena Coordinator" in anonymous
    assert "4 members" in anonymous
    assert "Quiet Member" not in anonymous
    assert client.get(_path(page, "members")).status_code == 302  # to the login page

    client.force_login(person())
    assert client.get(_path(page, "members")).status_code == 404
    client.force_login(coordinator)
    listing = client.get(_path(page, "members")).content.decode()
    assert listing.count("Quiet Member") == 3


def test_group_pages_are_never_served_from_the_anonymous_page_cache(client, make_page):
    page, _group = make_page()
    response = client.get(page.url)
    assert "private" in response["Cache-Control"]


# Joining and the coordinators' desk -------------------------------------------------------------


def test_a_member_asks_to_join_and_the_coordinator_approves_from_the_desk(
    client, make_page, person, mailoutbox, django_capture_on_commit_callbacks
):
    page, group = make_page(policy="request")
    coordinator = person()
    _member(group, coordinator, Membership.Role.COORDINATOR)
    applicant = person(full_name="Petro Applicant")

    client.force_login(applicant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_path(page, "membership"), {"action": "join", "motivation": "I run our EDM rollout."})
    assert response.status_code == 302
    membership = Membership.objects.get(group=group, user=applicant)
    assert membership.state == Membership.State.REQUESTED
    assert [m.to for m in mailoutbox] == [[coordinator.email]]

    # Asking twice is refused with a message, not an error page, and changes nothing.
    again = client.post(_path(page, "membership"), {"action": "join", "motivation": ""}, follow=True)
    assert again.status_code == 200
    assert "already asked to join" in again.content.decode()
    assert Membership.objects.filter(group=group, user=applicant).count() == 1

    # A plain member cannot reach the desk, nor approve through it.
    bystander = person()
    _member(group, bystander)
    client.force_login(bystander)
    assert client.get(_path(page, "manage")).status_code == 404
    client.post(_path(page, "manage"), {"action": "approve", "membership": membership.pk})
    membership.refresh_from_db()
    assert membership.state == Membership.State.REQUESTED

    client.force_login(coordinator)
    desk = client.get(_path(page, "manage")).content.decode()
    assert "Petro Applicant" in desk and "I run our EDM rollout." in desk
    client.post(_path(page, "manage"), {"action": "approve", "membership": membership.pk})
    membership.refresh_from_db()
    assert membership.state == Membership.State.ACTIVE


# Posting -------------------------------------------------------------------------------------------


def test_a_non_member_cannot_post_and_a_member_can(client, make_page, person):
    page, group = make_page()
    author = person()
    _member(group, author)
    thread = services.start_thread(group, author, "Scanning paper archives", "How did you budget it?")

    outsider = person()
    client.force_login(outsider)
    assert client.get(_path(page, "new_thread")).status_code == 404
    client.post(_path(page, "thread", thread.pk), {"body": "Let me in"})
    assert not Post.objects.filter(thread=thread, author=outsider).exists()

    member = person()
    _member(group, member)
    client.force_login(member)
    response = client.post(_path(page, "thread", thread.pk), {"body": "We used **EU funds**."})
    assert response.status_code == 302
    reply = Post.objects.get(thread=thread, author=member)
    assert reply.html == "<p>We used <strong>EU funds</strong>.</p>"
    thread.refresh_from_db()
    assert thread.reply_count == 1


def test_script_in_a_title_and_a_post_is_shown_as_text(client, make_page, person):
    page, group = make_page()
    author = person()
    _member(group, author)
    client.force_login(author)
    client.post(
        _path(page, "new_thread"),
        {"title": "<script>alert('title')</script> plan", "body": "<script>alert('body')</script><style>*{}</style>ok"},
    )
    thread = Thread.objects.get(group=group)
    html = client.get(_path(page, "thread", thread.pk)).content.decode()
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; plan" in html
    assert "<style>*{}" not in html


def test_a_disguised_attachment_is_refused_with_a_message_and_nothing_is_posted(client, make_page, person):
    page, group = make_page()
    author = person()
    _member(group, author)
    client.force_login(author)
    fake = SimpleUploadedFile("minutes.pdf", b"MZ\x90\x00" + b"\x00" * 200, content_type="application/pdf")
    response = client.post(
        _path(page, "new_thread"), {"title": "Minutes of the meeting", "body": "Attached.", "attachments": [fake]}
    )
    assert response.status_code == 200
    assert "is not what its name says it is" in response.content.decode()
    assert not Thread.objects.filter(group=group).exists()


def test_another_members_post_cannot_be_edited(client, make_page, person):
    page, group = make_page()
    author, other = person(), person()
    _member(group, author)
    _member(group, other)
    thread = services.start_thread(group, author, "Queue system for the service centre", "Original text")
    post = thread.posts.get()
    client.force_login(other)
    assert client.get(f"/en/forums/posts/{post.pk}/edit/").status_code == 404
    client.post(f"/en/forums/posts/{post.pk}/edit/", {"body": "Vandalised"})
    post.refresh_from_db()
    assert post.source == "Original text"


# Constant queries ----------------------------------------------------------------------------------


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def _bulk_replies(thread: Thread, author: User, count: int) -> None:
    start = timezone.now() - timedelta(days=30)
    Post.objects.bulk_create(
        Post(
            thread=thread,
            author=author,
            source=f"Reply {n}",
            html=f"<p>Reply {n}</p>",
            created_at=start + timedelta(seconds=n),
        )
        for n in range(count)
    )
    services.refresh_thread_counts(thread)


def test_a_thread_of_5000_replies_renders_with_the_queries_of_a_short_one(client, make_page, person):
    page, group = make_page()
    author = person()
    _member(group, author)
    short = services.start_thread(group, author, "A short thread", "Opening")
    long = services.start_thread(group, author, "A very long thread", "Opening")
    _bulk_replies(short, author, 30)
    _bulk_replies(long, author, 5000)
    client.force_login(author)
    client.get(_path(page, "thread", short.pk))  # warm the per-process caches (site, locales, translations)

    baseline = _queries(client, _path(page, "thread", short.pk))
    assert _queries(client, _path(page, "thread", long.pk)) == baseline
    assert _queries(client, _path(page, "thread", long.pk) + "?page=200") == baseline
    last = client.get(_path(page, "thread", long.pk) + "?page=251").content.decode()
    assert "Reply 4999" in last and "Page 251 of 251" in last


def test_a_group_of_1000_members_renders_with_the_queries_of_a_small_one(client, make_page, person):
    small_page, small_group = make_page()
    big_page, big_group = make_page()
    coordinator = person()
    for group in (small_group, big_group):
        _member(group, coordinator, Membership.Role.COORDINATOR)
    organisation = coordinator.organisation
    users = User.objects.bulk_create(
        User(username=f"bulk{n}", email=f"bulk{n}@example.net", full_name=f"Bulk Member {n}", organisation=organisation)
        for n in range(1000)
    )
    Membership.objects.bulk_create(
        Membership(group=big_group if n >= 10 else small_group, user=user, state=Membership.State.ACTIVE)
        for n, user in enumerate(users)
    )
    client.force_login(coordinator)
    for warm in (small_page, big_page):  # the per-process caches of each page (site, locales, translations)
        client.get(_path(warm, "members"))
    for route in ("members", "manage"):
        baseline = _queries(client, _path(small_page, route))
        assert _queries(client, _path(big_page, route)) == baseline, route
        assert _queries(client, _path(big_page, route) + "?page=10") == baseline, route
    assert _queries(client, small_page.url) == _queries(client, big_page.url)


def test_a_posts_history_is_shown_to_its_author_and_the_moderators_only(client, make_page, person):
    _page, group = make_page()
    author, other_member, coordinator, outsider = person(), person(), person(), person()
    for user in (author, other_member):
        _member(group, user)
    _member(group, coordinator, Membership.Role.COORDINATOR)
    staff = person(is_staff=True)
    staff.groups.add(Group.objects.get(name="Moderators"))
    thread = services.start_thread(group, coordinator, "Scanning mail", "Who scans in-house?")
    post = services.reply(thread, author, "First text")
    services.edit_post(post, author, "Second text")
    services.delete_post(post, author)
    url = f"/en/forums/posts/{post.pk}/history/"

    assert client.get(url).status_code == 302  # to the login page
    for allowed in (author, coordinator, staff):
        client.force_login(allowed)
        html = client.get(url).content.decode()
        assert "First text" in html and "Second text" in html, allowed
    for refused_user in (other_member, outsider):
        client.force_login(refused_user)
        assert client.get(url).status_code == 404
    # On the thread page the other member sees neither text, the coordinator a link to the history.
    client.force_login(other_member)
    thread_page = client.get(_path(_page, "thread", thread.pk)).content.decode()
    assert "Who scans in-house?" in thread_page
    assert "Second text" not in thread_page and url not in thread_page
    client.force_login(coordinator)
    assert url in client.get(_path(_page, "thread", thread.pk)).content.decode()


# Questions -------------------------------------------------------------------------------------------


@pytest.fixture
def board(home_pages):
    from forums.models import QuestionBoardPage

    home = home_pages["en"]
    page = QuestionBoardPage.objects.child_of(home).first()
    if page is None:
        page = QuestionBoardPage(title="Ask the network", slug="questions-test", locale=home.locale)
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def test_similar_questions_are_suggested_from_the_title(client, board, person):
    asker = person()
    services.ask_question(asker, "Electronic signature for municipal decisions", "How?")
    services.ask_question(asker, "Broadband in mountain villages", "Funding?")
    response = client.get(board.url + "similar/?title=signature+for+decisions")
    html = response.content.decode()
    assert "Electronic signature for municipal decisions" in html
    assert "Broadband in mountain villages" not in html


def test_only_the_asker_accepts_an_answer_through_the_page(client, board, person):
    asker, helper, stranger = person(), person(), person()
    question = services.ask_question(asker, "Which EDM system handles appeals?", "Details")
    answer = services.reply(question, helper, "We use an open-source one.")
    url = f"/en/forums/threads/{question.pk}/accept/"

    client.force_login(stranger)
    client.post(url, {"post": answer.pk})
    question.refresh_from_db()
    assert question.accepted_post_id is None

    client.force_login(asker)
    client.post(url, {"post": answer.pk})
    question.refresh_from_db()
    assert question.accepted_post_id == answer.pk
    page = client.get(board.url + f"{question.pk}/").content.decode()
    assert "Accepted answer" in page


def test_staff_moderators_find_waiting_questions_on_the_board_and_return_there_after_approving(
    client, board, person, newcomer
):
    asker = newcomer()
    question = services.ask_question(asker, "Who hosts your e-services portal?", "We compare offers.")
    assert question.state == Thread.State.PENDING
    moderator = person(is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))

    for onlooker in (None, person(), asker):  # the public, a member, the asker: no queue on the board
        client.logout()
        if onlooker:
            client.force_login(onlooker)
        assert 'id="moderation-heading"' not in client.get(board.url).content.decode()

    client.force_login(moderator)
    html = client.get(board.url).content.decode()
    assert 'id="moderation-heading"' in html and "We compare offers." in html
    opening = question.posts.get()
    response = client.post(f"/en/forums/posts/{opening.pk}/approve/", {"next": board.url})
    assert response.status_code == 302 and response["Location"] == board.url
    question.refresh_from_db()
    assert question.state == Thread.State.PUBLISHED
    assert 'id="moderation-heading"' not in client.get(board.url).content.decode()


def test_a_moderation_decision_never_returns_to_another_site(client, make_page, person, newcomer):
    _page, group = make_page()
    author = newcomer()
    _member(group, author)
    thread = services.start_thread(group, author, "Our first thread", "Hello")
    moderator = person(is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    opening = thread.posts.get()
    response = client.post(f"/en/forums/posts/{opening.pk}/approve/", {"next": "https://elsewhere.example/"})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/") and "elsewhere" not in response["Location"]


# Feeds and unsubscribing ---------------------------------------------------------------------------------


def test_a_public_group_has_an_atom_feed_of_its_threads_and_a_private_one_has_none(client, make_page, person):
    public_page, public_group = make_page(public=True)
    private_page, _private_group = make_page(public=False)
    author = person()
    _member(public_group, author)
    services.start_thread(public_group, author, "Open data licences", "Which licence did you choose?")
    response = client.get(_path(public_page, "feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "<title>Open data licences</title>" in body
    assert "Which licence did you choose?" in body
    assert client.get(_path(private_page, "feed")).status_code == 404


def test_the_unsubscribe_link_works_without_login_and_a_changed_link_is_refused(client, make_page, person):
    _page, group = make_page()
    user = person()
    author = person()
    _member(group, author)
    thread = services.start_thread(group, author, "Training plans for clerks", "Let us share")
    token = unsubscribe_token(user, f"t:{thread.pk}")

    confirm = client.get(f"/en/forums/unsubscribe/{token}/")
    assert confirm.status_code == 200
    assert not Subscription.objects.filter(user=user, thread=thread).exists()  # a GET changes nothing
    assert client.post(f"/en/forums/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"}).status_code == 204
    assert Subscription.objects.get(user=user, thread=thread).mode == Subscription.Mode.MUTE

    tampered = re.sub(r".$", lambda m: "A" if m.group(0) != "A" else "B", token)
    assert client.post(f"/en/forums/unsubscribe/{tampered}/").status_code == 400


def test_notification_settings_save_the_default_delivery(client, person):
    user = person()
    client.force_login(user)
    assert client.get("/en/account/notifications/").status_code == 200
    client.post(
        "/en/account/notifications/",
        {"action": "defaults", "delivery": "weekly", "follow_on_join": "on", "mail_about_membership": "on"},
    )
    user.forum_preferences.refresh_from_db()
    assert user.forum_preferences.delivery == "weekly"
    assert user.forum_preferences.follow_on_post is False


def test_staff_moderators_manage_any_group(client, make_page, person):
    page, _group = make_page()
    staff = person(is_staff=True)
    staff.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(staff)
    assert client.get(_path(page, "manage")).status_code == 200
