"""The demo working groups and questions: four languages, people in every role, discussions, answers.

The session's demo build (tests/conftest.py) runs `forums.demo.build_forums`; these tests read what it made.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, Revision

from forums.demo import GROUPS, LANGUAGES, PEOPLE, build_forums
from forums.demo_texts import GROUPS as GROUP_TEXTS
from forums.demo_texts import INDEXES, QUESTIONS, THREADS, TOPICS
from forums.models import (
    ForumMail,
    Membership,
    Notification,
    Post,
    QuestionBoardPage,
    Subscription,
    Thread,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)
from forums.services import group_for_page
from portal.models import Organisation, User
from practices.models import Topic

pytestmark = pytest.mark.django_db

State = Membership.State
Role = Membership.Role
DEMO_SLUGS = [spec.slug for spec in GROUPS]


def demo_groups():
    return [group_for_page(WorkingGroupPage.objects.get(slug=slug, locale__language_code="en")) for slug in DEMO_SLUGS]


def demo_questions():
    return Thread.objects.filter(kind=Thread.Kind.QUESTION, title__in=[q["title"] for q in QUESTIONS])


def demo_addresses() -> list[str]:
    logins = [f"{key}@example.org" for key in ("admin", "organiser", "coordinator", "groupmember", "member")]
    return logins + [person.email for person in PEOPLE] + [email for spec in GROUPS for email in spec.invitations]


def test_a_group_index_and_a_question_board_are_in_the_menu_under_each_home(home_pages):
    for model, slug in ((WorkingGroupIndexPage, "groups"), (QuestionBoardPage, "questions")):
        pages = {code: model.objects.child_of(home_pages[code]).get() for code in LANGUAGES}
        assert len({page.translation_key for page in pages.values()}) == 1
        for code, page in pages.items():
            assert page.live and page.show_in_menus and not page.has_unpublished_changes
            assert page.slug == slug
            assert (page.title, page.introduction) == (
                INDEXES[slug][code]["title"],
                INDEXES[slug][code]["introduction"],
            )
    titles = [WorkingGroupIndexPage.objects.child_of(home_pages[code]).get().title for code in LANGUAGES]
    assert titles == ["Working groups", "Работни групи", "Робочі групи", "Grupy robocze"]
    boards = [QuestionBoardPage.objects.child_of(home_pages[code]).get().title for code in LANGUAGES]
    assert boards == ["Ask the network", "Попитай мрежата", "Запитай мережу", "Zapytaj sieć"]


def test_in_the_menu_groups_and_questions_follow_the_events(home_pages):
    for home in home_pages.values():
        slugs = list(Page.objects.child_of(home).filter(show_in_menus=True).values_list("slug", flat=True))
        assert slugs[slugs.index("events") + 1 : slugs.index("events") + 3] == ["groups", "questions"]


def test_at_least_four_groups_are_live_in_each_language_and_really_translated():
    for code in LANGUAGES:
        live = WorkingGroupPage.objects.live().filter(locale__language_code=code, slug__in=DEMO_SLUGS)
        assert live.count() >= 4
        for page in live:
            assert page.get_parent().specific_class is WorkingGroupIndexPage
            assert page.get_parent().locale_id == page.locale_id
            text = GROUP_TEXTS[page.slug][code]
            assert (page.title, page.introduction, page.mission, page.goals) == (
                text["title"],
                text["introduction"],
                text["mission"],
                text["goals"],
            )
    for slug in DEMO_SLUGS:
        translations = WorkingGroupPage.objects.filter(slug=slug)
        assert sorted(page.locale.language_code for page in translations) == sorted(LANGUAGES)
        assert len({page.translation_key for page in translations}) == 1
        assert len({page.title for page in translations}) == len(LANGUAGES)
        assert len({page.mission for page in translations}) == len(LANGUAGES)


def test_groups_mix_membership_policies_and_one_keeps_its_discussions_to_members():
    pages = WorkingGroupPage.objects.filter(slug__in=DEMO_SLUGS, locale__language_code="en")
    assert set(pages.values_list("membership_policy", flat=True)) == set(WorkingGroupPage.Policy.values)
    assert pages.filter(discussions_public=False).count() == 1
    assert pages.filter(discussions_public=True).count() >= 4


def test_topics_exist_in_four_languages_and_each_page_carries_its_own_languages_topics():
    for slug, names in TOPICS.items():
        rows = Topic.objects.filter(slug=slug)
        assert {row.locale.language_code: row.name for row in rows} == names
        assert len({row.translation_key for row in rows}) == 1
    for page in WorkingGroupPage.objects.filter(slug__in=DEMO_SLUGS):
        topics = list(page.topics.all())
        assert topics and all(topic.locale_id == page.locale_id for topic in topics)


def test_the_coordinator_login_coordinates_two_groups(demo_users):
    coordinated = Membership.objects.filter(user=demo_users["coordinator"], state=State.ACTIVE, role=Role.COORDINATOR)
    assert coordinated.count() >= 2


def test_the_groupmember_login_is_in_two_groups_and_waits_for_a_third(demo_users):
    memberships = Membership.objects.filter(user=demo_users["groupmember"])
    active = memberships.filter(state=State.ACTIVE)
    assert active.count() >= 2 and not active.filter(role=Role.COORDINATOR).exists()
    waiting = memberships.get(state=State.REQUESTED)
    assert waiting.motivation
    assert waiting.group_id not in set(active.values_list("group_id", flat=True))


def test_the_member_login_belongs_to_no_group(demo_users):
    assert not Membership.objects.filter(user=demo_users["member"]).exists()


def test_every_group_has_coordinators_appointed_by_staff_and_members_from_several_countries(demo_users):
    for group in demo_groups():
        active = Membership.objects.filter(group=group, state=State.ACTIVE).select_related("user__organisation")
        assert active.filter(role=Role.COORDINATOR).exists()
        assert active.count() >= 5
        assert len({membership.user.organisation.country for membership in active}) >= 2
        appointed = active.filter(role=Role.COORDINATOR).values_list("decided_by", flat=True)
        assert set(appointed) <= {demo_users["organiser"].pk, demo_users["admin"].pk}
    assert Membership.objects.filter(group__in=demo_groups(), state=State.INVITED, user=None).exists()


def test_the_invented_people_are_verified_established_members_of_the_demo_organisations():
    for person in PEOPLE:
        user = User.objects.get(email=person.email)
        assert user.emailaddress_set.get(email=person.email).verified
        assert user.organisation == Organisation.objects.get(name=person.organisation)
        assert user.preferred_language == person.language
        assert user.date_joined < timezone.now() - timedelta(days=settings.FORUM_NEW_ACCOUNT_DAYS)
        assert not user.has_usable_password()
    assert len(PEOPLE) >= 12
    assert {person.language for person in PEOPLE} == {"bg", "uk", "pl"}


def test_every_group_has_threads_with_replies_in_the_language_they_were_written_in():
    for group in demo_groups():
        threads = Thread.objects.filter(group=group, state=Thread.State.PUBLISHED)
        assert 2 <= threads.count() <= 4
        for thread in threads:
            assert 2 <= thread.reply_count <= 6
            assert thread.posts.filter(state=Post.State.PUBLISHED).count() == thread.reply_count + 1
    languages = set(Thread.objects.filter(group__in=demo_groups()).values_list("language", flat=True))
    assert languages == set(LANGUAGES)
    assert Thread.objects.filter(group__in=demo_groups(), is_pinned=True).count() == 1
    assert sum(len(threads) for threads in THREADS.values()) == Thread.objects.filter(group__in=demo_groups()).count()


def test_nothing_the_demo_posted_waits_for_a_moderator():
    posts = Post.objects.filter(Q(thread__group__in=demo_groups()) | Q(thread__in=demo_questions()))
    assert posts.count() > 100
    assert not posts.exclude(state=Post.State.PUBLISHED).exists()


def test_posts_are_spread_over_past_weeks_in_order():
    now = timezone.now()
    for thread in Thread.objects.filter(Q(group__in=demo_groups()) | Q(pk__in=demo_questions())):
        times = list(thread.posts.order_by("id").values_list("created_at", flat=True))
        assert times == sorted(times) and times[-1] < now
        assert thread.last_activity_at == times[-1]
    oldest = Post.objects.filter(thread__group__in=demo_groups()).order_by("created_at").first()
    assert oldest.created_at < now - timedelta(days=30)


def test_posts_use_the_markdown_subset():
    html = "".join(Post.objects.filter(thread__group__in=demo_groups()).values_list("html", flat=True))
    for tag in ("<strong>", "<em>", "<ul>", "<ol>", "<blockquote>", '<a href="https://'):
        assert tag in html


def test_questions_in_three_languages_are_answered_from_other_communities():
    questions = demo_questions().filter(state=Thread.State.PUBLISHED)
    assert questions.count() >= 8
    assert questions.filter(accepted_post__isnull=False).count() >= 5
    assert len(set(questions.values_list("language", flat=True))) >= 3
    for question in questions.select_related("author__organisation", "accepted_post__author__organisation"):
        answers = question.posts.exclude(author=question.author)
        assert answers.count() >= 2
        assert answers.exclude(author__organisation=question.author.organisation).exists()
        assert question.topics.exists()
        assert all(topic.locale.language_code == question.language for topic in question.topics.all())
        if question.accepted_post is not None:
            assert question.accepted_post.author.organisation != question.author.organisation


def test_the_broadband_meeting_is_listed_with_its_group():
    from events.models import EventPage

    for event in EventPage.objects.filter(slug="broadband-working-group"):
        assert event.working_group.slug == "broadband"
        assert event.working_group.locale_id == event.locale_id
        assert not event.has_unpublished_changes


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_groups_and_the_question_board_answer_in_each_language(client, home_pages, language):
    index = WorkingGroupIndexPage.objects.child_of(home_pages[language]).get()
    board = QuestionBoardPage.objects.child_of(home_pages[language]).get()
    pages = [index, board, *WorkingGroupPage.objects.child_of(index).filter(slug__in=["e-services", "cybersecurity"])]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    group = WorkingGroupPage.objects.child_of(index).get(slug="e-services")
    assert GROUP_TEXTS["e-services"][language]["title"] in client.get(index.url).content.decode()
    assert client.get(group.url).status_code == 200


def test_the_demo_mails_nobody(demo_users):
    addresses = demo_addresses()
    people = User.objects.filter(email__in=addresses)
    unsent = ForumMail.objects.filter(sent_at__isnull=True).filter(Q(user__in=people) | Q(email__in=addresses))
    assert not unsent.exists()
    assert not Notification.objects.filter(user__in=people, mail__isnull=True).exists()
    # The invented people read on the site; the demo logins follow their groups.
    invented = people.exclude(email__endswith="@example.org")
    assert not Subscription.objects.filter(user__in=invented).exists()
    assert Subscription.objects.filter(user=demo_users["coordinator"], group__isnull=False).count() >= 2


def test_building_again_changes_nothing(demo_context):
    context = demo_context

    def counts() -> dict[str, int]:
        models = (Page, Revision, Topic, User, Membership, Thread, Post, Subscription, ForumMail, Notification)
        return {model.__name__: model.objects.count() for model in models}

    before = counts()
    first = build_forums(context)
    assert build_forums(context) == first
    assert counts() == before
    assert first[0].startswith(f"Working groups: {len(GROUPS)} in 4 languages")
    assert "coordinator@example.org coordinates" in first[2]
