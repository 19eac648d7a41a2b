"""Demo working groups and questions to the network, in en, bg, uk and pl.

`build_forums` is registered with `portal.demo` and run by `manage.py load_demo` after the events. It
makes the group index and the question board under every home page, the topics, six working groups
(each translated into the four languages), fifteen invented members besides the demo logins, the
groups' memberships and discussions, and questions with answers. Memberships, threads, replies and
accepted answers go through `forums.services`, as a member's own action would, and every step looks
up before it creates, so a second run adds nothing.

The demo's people look like members of long standing: their accounts (and those of the demo logins
who take part) are months old, so the services' hold on a new account's first posts does not apply,
and memberships and posts are dated over the past weeks rather than all "just now".

Nobody is mailed, and nobody's hourly posting limit is used up. The invented people read on the
site (their forum preferences: no mail, follow nothing). The membership mails written during the
build are marked sent before the transaction commits; the notifications of the demo's posts (to the
demo logins, who follow their groups) are made after the commit, so they are removed once it has run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale, Page

from forums import services
from forums.demo_texts import GROUPS as GROUP_TEXTS
from forums.demo_texts import INDEXES, MOTIVATIONS, QUESTIONS, THREADS, TOPICS
from forums.models import (
    Delivery,
    ForumMail,
    ForumPreferences,
    Membership,
    Notification,
    Post,
    QuestionBoardPage,
    Thread,
    WorkingGroup,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)
from forums.permissions import is_moderator
from portal.demo.pages import in_every_language, publish_if_changed
from portal.models import User
from portal.services import record_consent
from practices.models import Topic

LANGUAGES = ["en", "bg", "uk", "pl"]
Policy = WorkingGroupPage.Policy
Role = Membership.Role
State = Membership.State

# The demo logins who take part in the groups (keys of context["users"]); "member" stays outside.
TAKING_PART = ["coordinator", "groupmember"]
# How old, at least, the accounts of the demo logins taking part are made to be (far past FORUM_NEW_ACCOUNT_DAYS).
ESTABLISHED_DAYS = 180
# The events demo's working-group meeting, listed on the broadband group's page.
MEETING = ("broadband-working-group", "broadband")


@dataclass(frozen=True)
class Person:
    """An invented member of the network (the demo logins come from context["users"])."""

    key: str
    full_name: str
    email: str
    organisation: str
    role: str
    language: str
    member_for: int  # days since the account was opened


PEOPLE = [
    Person(
        "desislava",
        "Десислава Маринова",
        "desislava.marinova@example.net",
        "Municipality of Sinye Vodi",
        "civil_servant",
        "bg",
        420,
    ),
    Person(
        "stoyan",
        "Стоян Димитров",
        "stoyan.dimitrov@example.net",
        "Municipality of Zlatograd Dol",
        "it_expert",
        "bg",
        610,
    ),
    Person(
        "ivelina",
        "Ивелина Петрова",
        "ivelina.petrova@example.net",
        "Municipality of Belitsa Reka",
        "secretary",
        "bg",
        300,
    ),
    Person(
        "radostina",
        "Радостина Колева",
        "radostina.koleva@example.net",
        "Municipality of Stara Laka",
        "mayor",
        "bg",
        250,
    ),
    Person(
        "plamen",
        "Пламен Тодоров",
        "plamen.todorov@example.net",
        "Association of Municipalities of the Rhodopes",
        "other",
        "bg",
        530,
    ),
    Person(
        "oksana",
        "Оксана Коваленко",
        "oksana.kovalenko@example.net",
        "Pryberezhna Territorial Community",
        "secretary",
        "uk",
        480,
    ),
    Person(
        "taras",
        "Тарас Мельник",
        "taras.melnyk@example.net",
        "Velyki Mosty Territorial Community",
        "it_expert",
        "uk",
        700,
    ),
    Person(
        "serhii",
        "Сергій Лисенко",
        "serhii.lysenko@example.net",
        "Zelenyi Hai Territorial Community",
        "mayor",
        "uk",
        390,
    ),
    Person(
        "liudmyla",
        "Людмила Романюк",
        "liudmyla.romaniuk@example.net",
        "Horodnytsia Territorial Community",
        "civil_servant",
        "uk",
        340,
    ),
    Person("ewa", "Ewa Dąbrowska", "ewa.dabrowska@example.net", "Powiat Lipnicki", "civil_servant", "pl", 560),
    Person(
        "tomasz", "Tomasz Zieliński", "tomasz.zielinski@example.net", "Gmina Jeziorany Małe", "it_expert", "pl", 450
    ),
    Person("marcin", "Marcin Kaczmarek", "marcin.kaczmarek@example.net", "Gmina Brzozowa Wola", "it_expert", "pl", 380),
    Person(
        "agnieszka",
        "Agnieszka Wiśniewska",
        "agnieszka.wisniewska@example.net",
        "Gmina Brzozowa Wola",
        "secretary",
        "pl",
        270,
    ),
    Person(
        "magdalena",
        "Magdalena Kamińska",
        "magdalena.kaminska@example.net",
        "Powiat Lipnicki",
        "civil_servant",
        "pl",
        230,
    ),
    Person("monika", "Monika Szymańska", "monika.szymanska@example.net", "Gmina Jeziorany Małe", "mayor", "pl", 330),
]


@dataclass(frozen=True)
class GroupSpec:
    """What a group is, apart from its texts (demo_texts.GROUPS[slug]); people by key."""

    slug: str
    policy: str
    discussions_public: bool
    topics: list[str]
    coordinators: list[str]
    members: list[str]
    requests: list[str] = field(default_factory=list)  # waiting for a coordinator (MOTIVATIONS)
    invitations: list[str] = field(default_factory=list)  # addresses that have no account yet


GROUPS = [
    GroupSpec(
        "e-services",
        Policy.OPEN,
        True,
        ["e-services", "digital-skills"],
        coordinators=["coordinator", "desislava"],
        members=["groupmember", "serhii", "tomasz", "radostina", "oksana"],
    ),
    GroupSpec(
        "document-management",
        Policy.REQUEST,
        True,
        ["document-management", "e-services"],
        coordinators=["coordinator", "taras"],
        members=["groupmember", "oksana", "ivelina", "magdalena", "stoyan"],
        requests=["liudmyla"],
    ),
    GroupSpec(
        "digital-skills",
        Policy.OPEN,
        True,
        ["digital-skills"],
        coordinators=["liudmyla"],
        members=["oksana", "ivelina", "monika", "plamen", "agnieszka", "coordinator"],
    ),
    GroupSpec(
        "open-data",
        Policy.REQUEST,
        True,
        ["open-data"],
        coordinators=["ewa"],
        members=["stoyan", "tomasz", "taras", "plamen"],
        requests=["groupmember"],
    ),
    GroupSpec(
        "broadband",
        Policy.REQUEST,
        True,
        ["broadband"],
        coordinators=["taras", "marcin"],
        members=["serhii", "radostina", "monika", "plamen"],
    ),
    GroupSpec(
        "cybersecurity",
        Policy.INVITATION,
        False,
        ["cybersecurity", "document-management"],
        coordinators=["stoyan"],
        members=["marcin", "taras", "tomasz", "groupmember"],
        invitations=["halyna.moroz@example.net"],
    ),
]


def build_forums(context: dict) -> list[str]:
    """Create or refresh the demo groups, their people and discussions, and the questions; return the summary."""
    locales: dict[str, Locale] = context["locales"]
    with transaction.atomic():
        mails_before = ForumMail.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        notifications_before = Notification.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        people = _people(context)
        quiet = _Quiet(mails_before, notifications_before, people)
        quiet.forget_posting_rates()
        topics = _topics(locales)
        indexes = _index(WorkingGroupIndexPage, "groups", "events", context)
        _index(QuestionBoardPage, "questions", "groups", context)
        groups, pages = {}, {}
        for spec in GROUPS:
            groups[spec.slug], pages[spec.slug] = _group(spec, indexes, topics, locales)
        for spec in GROUPS:
            _memberships(spec, groups[spec.slug], people)
        for spec in GROUPS:
            for text in THREADS[spec.slug]:
                _thread(groups[spec.slug], text, people)
        for text in QUESTIONS:
            _question(text, people, topics)
        _link_meeting(pages[MEETING[1]], locales)
        quiet.mails()
        transaction.on_commit(quiet.after_commit)
    return _summary(groups, context["users"])


# People --------------------------------------------------------------------------


def _people(context: dict) -> dict[str, User]:
    """The invented members (created once) and the demo logins, by key, as established members."""
    organisations = context["organisations"]
    now = timezone.now()
    people: dict[str, User] = {}
    for person in PEOPLE:
        user = User.objects.filter(email=person.email).first()
        if user is None:
            user = User(
                email=person.email,
                username=person.email.split("@")[0],
                date_joined=now - timedelta(days=person.member_for),
            )
            user.set_unusable_password()  # invented people do not log in
        organisation = organisations[person.organisation]
        user.full_name, user.role, user.preferred_language = person.full_name, person.role, person.language
        user.organisation, user.country, user.is_active = organisation, organisation.country, True
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=person.email, defaults={"verified": True, "primary": True}
        )
        if not user.consents.exists():
            record_consent(user)
        # Invented people read on the site: they follow nothing and get no forum mail, so the groups'
        # news (the demo's and a visitor's) reaches the demo logins only.
        ForumPreferences.objects.get_or_create(
            user=user,
            defaults={
                "delivery": Delivery.NONE,
                "follow_on_join": False,
                "follow_on_post": False,
                "mail_about_membership": False,
            },
        )
        people[person.key] = user
    # portal.demo made the demo logins moments ago; the ones taking part are dated back like the others.
    logins: dict[str, User] = context["users"]
    cutoff = now - timedelta(days=ESTABLISHED_DAYS)
    User.objects.filter(pk__in=[logins[key].pk for key in TAKING_PART], date_joined__gt=cutoff).update(
        date_joined=cutoff
    )
    fresh = User.objects.in_bulk([user.pk for user in logins.values()])
    people.update({key: fresh[user.pk] for key, user in logins.items()})
    return people


class _Quiet:
    """Keeps the build from mailing its people or using up their hourly posting limits."""

    def __init__(self, mails_before: int, notifications_before: int, people: dict[str, User]):
        self.mails_before = mails_before
        self.notifications_before = notifications_before
        self.user_ids = [user.pk for user in people.values()]
        self.addresses = [user.email.lower() for user in people.values()]
        self.addresses += [email for spec in GROUPS for email in spec.invitations]

    def forget_posting_rates(self) -> None:
        # The services count posts per member and hour in the cache; the demo's posts are not its people's own.
        from forums.services.discussions import rate_key

        cache.delete_many([rate_key(pk, scope) for pk in self.user_ids for scope in ("thread", "post")])

    def mails(self) -> None:
        """Mark the build's mails to its people sent: the tasks enqueued on commit find nothing to send."""
        ForumMail.objects.filter(pk__gt=self.mails_before, sent_at__isnull=True).filter(
            Q(user_id__in=self.user_ids) | Q(email__in=self.addresses)
        ).update(sent_at=timezone.now())

    def after_commit(self) -> None:
        """The new posts' notifications were made on commit, just before this: nobody is told of the demo."""
        Notification.objects.filter(
            pk__gt=self.notifications_before, user_id__in=self.user_ids, mail__isnull=True
        ).delete()
        self.mails()
        self.forget_posting_rates()


# Pages ---------------------------------------------------------------------------


def _index(model: type[Page], slug: str, after: str, context: dict) -> dict[str, Page]:
    """One page of `model` under every home page, in the menu right after the page `after`."""
    pages = in_every_language(model, context["homes"], slug, context["locales"], after=after)
    for code, page in pages.items():
        text = INDEXES[slug][code]
        publish_if_changed(page, title=text["title"], introduction=text["introduction"], slug=slug, show_in_menus=True)
    return {code: model.objects.get(pk=page.pk) for code, page in pages.items()}


def _topics(locales: dict[str, Locale]) -> dict[str, dict[str, Topic]]:
    """Each topic in every language: one row per locale sharing the English row's translation key."""
    topics: dict[str, dict[str, Topic]] = {}
    for slug, names in TOPICS.items():
        rows: dict[str, Topic] = {}
        for code in LANGUAGES:
            topic = Topic.objects.filter(slug=slug, locale=locales[code]).first()
            if topic is None:
                topic = Topic(slug=slug, locale=locales[code])
            key = rows["en"].translation_key if code != "en" else topic.translation_key
            if topic.pk is None or topic.name != names[code] or topic.translation_key != key:
                topic.name, topic.translation_key = names[code], key
                topic.save()
            rows[code] = topic
        topics[slug] = rows
    return topics


def _group(
    spec: GroupSpec, indexes: dict[str, Page], topics: dict[str, dict[str, Topic]], locales: dict[str, Locale]
) -> tuple[WorkingGroup, dict[str, WorkingGroupPage]]:
    """The group's page in every language, filled and published, and the `WorkingGroup` they share."""
    pages = in_every_language(WorkingGroupPage, indexes, spec.slug, locales)
    for code, translation in pages.items():
        text = GROUP_TEXTS[spec.slug][code]
        publish_if_changed(
            translation,
            topics=[topics[slug][code] for slug in spec.topics],
            title=text["title"],
            introduction=text["introduction"],
            mission=text["mission"],
            goals=text["goals"],
            membership_policy=spec.policy,
            discussions_public=spec.discussions_public,
            show_in_menus=False,
        )
    pages = {code: WorkingGroupPage.objects.get(pk=translation.pk) for code, translation in pages.items()}
    return services.group_for_page(pages["en"]), pages


def _link_meeting(pages: dict[str, WorkingGroupPage], locales: dict[str, Locale]) -> None:
    """The events demo's working-group meeting belongs to the broadband group, in every language."""
    from events.models import EventPage

    for code, group_page in pages.items():
        event = EventPage.objects.filter(slug=MEETING[0], locale=locales[code]).first()
        if event is not None and event.working_group_id != group_page.pk:
            event.working_group = group_page
            event.save_revision(clean=False).publish()


# Memberships ---------------------------------------------------------------------


def _memberships(spec: GroupSpec, group: WorkingGroup, people: dict[str, User]) -> None:
    """Staff appoint the coordinators; the coordinators take in the members; some requests still wait."""
    # Staff who moderate every group appoint the coordinators (the organiser, or else the administrator).
    organiser = people["organiser"] if is_moderator(people["organiser"]) else people["admin"]
    coordinator = people[spec.coordinators[0]]
    now = timezone.now()
    for position, key in enumerate(spec.coordinators + spec.members):
        is_coordinator = key in spec.coordinators
        membership, created = _join(spec, group, people[key], by=organiser if is_coordinator else coordinator)
        if is_coordinator and membership.role != Role.COORDINATOR:
            membership = services.change_role(membership, Role.COORDINATOR, by=organiser)
        if created:  # joined before the group's first discussions (the oldest starts 58 days ago)
            joined = now - timedelta(days=90 - 3 * position, hours=2 * position)
            Membership.objects.filter(pk=membership.pk).update(
                created_at=joined - timedelta(days=1), updated_at=joined, joined_at=joined
            )
    for key in spec.requests:
        user = people[key]
        if not Membership.objects.filter(group=group, user=user, state__in=Membership.OPEN_STATES).exists():
            membership = services.request_to_join(group, user, MOTIVATIONS[(spec.slug, key)])
            asked = now - timedelta(days=2, hours=5)
            Membership.objects.filter(pk=membership.pk).update(created_at=asked, updated_at=asked)
    for email in spec.invitations:
        if not Membership.objects.filter(group=group, email=email, state=State.INVITED).exists():
            membership = services.invite(group, email, by=coordinator)
            invited = now - timedelta(days=5)
            Membership.objects.filter(pk=membership.pk).update(created_at=invited, updated_at=invited)


def _join(spec: GroupSpec, group: WorkingGroup, user: User, *, by: User) -> tuple[Membership, bool]:
    """The person's active membership, made the way the group's policy asks if they have none."""
    membership = Membership.objects.filter(group=group, user=user, state__in=Membership.OPEN_STATES).first()
    if membership is not None and membership.is_active:
        return membership, False
    if membership is None:
        if spec.policy == Policy.INVITATION:
            membership = services.invite(group, user.email, by=by)
        else:
            membership = services.request_to_join(group, user)
    if membership.state == State.INVITED:
        membership = services.accept_invitation(membership, user)
    elif membership.state == State.REQUESTED:
        membership = services.approve_request(membership, by=by)
    return membership, True


# Discussions ---------------------------------------------------------------------


def _thread(group: WorkingGroup, text: dict, people: dict[str, User]) -> Thread:
    """A group's discussion with its replies, unless a thread of that title is there already."""
    thread = Thread.objects.filter(group=group, title=text["title"]).first()
    if thread is not None:
        return thread
    (author_key, opening), *replies = text["posts"]
    author = people[author_key]
    thread = services.start_thread(group, author, text["title"], opening, language=text["language"])
    posts = [services.reply(thread, people[key], source) for key, source in replies]
    _date(thread, posts, text["days_ago"])
    if text.get("pinned"):
        services.set_pinned(thread, True, by=author)
    return thread


def _question(text: dict, people: dict[str, User], topics: dict[str, dict[str, Topic]]) -> Thread:
    """A question to the network with its answers and, where the asker chose one, the accepted answer."""
    thread = Thread.objects.filter(kind=Thread.Kind.QUESTION, group=None, title=text["title"]).first()
    if thread is not None:
        return thread
    (author_key, opening), *answers = text["posts"]
    author = people[author_key]
    language = text["language"]
    thread = services.ask_question(
        author,
        text["title"],
        opening,
        topics=[topics[slug][language] for slug in text["topics"]],
        language=language,
    )
    posts = [services.reply(thread, people[key], source) for key, source in answers]
    _date(thread, posts, text["days_ago"])
    if text["accepted"] is not None:
        services.accept_answer(thread, posts[text["accepted"] - 1], by=author)
    return thread


def _date(thread: Thread, replies: list[Post], days_ago: int) -> None:
    """Spread the thread over the days since it started: replies come hours, then days, apart."""
    now = timezone.now()
    started = _morning(now - timedelta(days=days_ago), days_ago)
    opening = thread.posts.order_by("created_at", "id").values_list("pk", flat=True).first()
    Thread.objects.filter(pk=thread.pk).update(created_at=started)
    Post.objects.filter(pk=opening).update(created_at=started)
    for number, post in enumerate(replies):
        written = started + timedelta(hours=3 + 10 * number + number * number, minutes=17 * number % 60)
        # Never in the future, and still in order.
        Post.objects.filter(pk=post.pk).update(created_at=min(written, now - timedelta(minutes=60 - number)))
    services.refresh_thread_counts(thread)


def _morning(day: datetime, seed: int) -> datetime:
    """A working-hours time on that day (varied by `seed`), in the site's timezone."""
    local = timezone.localtime(day)
    return local.replace(hour=8 + seed % 6, minute=(seed * 13) % 60, second=0, microsecond=0)


# Summary -------------------------------------------------------------------------


def _summary(groups: dict[str, WorkingGroup], logins: dict[str, User]) -> list[str]:
    memberships = Membership.objects.filter(group__in=groups.values())
    active = memberships.filter(state=State.ACTIVE)
    threads = Thread.objects.filter(group__in=groups.values(), state=Thread.State.PUBLISHED)
    questions = Thread.objects.filter(
        kind=Thread.Kind.QUESTION, title__in=[q["title"] for q in QUESTIONS], state=Thread.State.PUBLISHED
    )
    languages = sorted(set(questions.values_list("language", flat=True)))
    titles = {group.pk: GROUP_TEXTS[slug]["en"]["title"] for slug, group in groups.items()}

    def group_titles(user: User, **states) -> str:
        ids = memberships.filter(user=user, **states).order_by("group_id").values_list("group_id", flat=True)
        return ", ".join(titles[pk] for pk in ids) or "no group"

    coordinator, groupmember, member = logins["coordinator"], logins["groupmember"], logins["member"]
    return [
        f"Working groups: {len(groups)} in {len(LANGUAGES)} languages, {active.count()} members "
        f"({active.filter(role=Role.COORDINATOR).count()} coordinators), "
        f"{memberships.filter(state=State.REQUESTED).count()} requests waiting, "
        f"{threads.count()} threads with {sum(threads.values_list('reply_count', flat=True))} replies",
        f"Ask the network: {questions.count()} questions in {len(languages)} languages ({', '.join(languages)}), "
        f"{questions.filter(accepted_post__isnull=False).count()} with an accepted answer",
        f"{coordinator.email} coordinates {group_titles(coordinator, state=State.ACTIVE, role=Role.COORDINATOR)}",
        f"{groupmember.email} is a member of {group_titles(groupmember, state=State.ACTIVE)} "
        f"and waits for approval in {group_titles(groupmember, state=State.REQUESTED)}",
        f"{member.email} is in {group_titles(member, state__in=Membership.OPEN_STATES)}",
    ]
