"""The rules of what members do with a practice: find it useful, record an adoption, write to the implementers.

Each change is one function, inside a transaction, with its checks; views and
the demo call these. The review workflow of submitted practices joins them.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from forums.permissions import is_verified
from portal import outbox
from portal.cache import clear_page_cache
from portal.models import Organisation, User
from portal.services import Refusal
from portal.spam import key_rate_exceeded, record_for_key
from portal.translated import row_for_page, source_page
from practices.models import Adoption, ContactMessage, Practice, PracticeMail, PracticePage, UsefulVote


class PracticeError(Refusal):
    """A rule of the practice library refused the change."""


def practice_of(page: PracticePage) -> Practice:
    """The row shared by `page` and its translations."""
    return row_for_page(Practice, page)


def _require_member(user: User, message) -> None:
    if not is_verified(user):
        raise PracticeError("forbidden", message)


def _counts_changed() -> None:
    """Visitors' cached pages show the counts of votes and adoptions: let them be built again."""
    transaction.on_commit(clear_page_cache)


# Useful votes ------------------------------------------------------------------------


def vote_useful(page: PracticePage, user: User) -> bool:
    """Count the member's "useful" once; True if it was new."""
    _require_member(user, _("Log in to say a practice was useful."))
    practice = practice_of(page)
    try:
        with transaction.atomic():
            UsefulVote.objects.create(practice=practice, user=user)
    except IntegrityError:  # voted already (perhaps in another tab): one vote per member
        return False
    _counts_changed()
    return True


def withdraw_vote(page: PracticePage, user: User) -> bool:
    _require_member(user, _("Log in to say a practice was useful."))
    deleted, _rows = UsefulVote.objects.filter(practice__translation_key=page.translation_key, user=user).delete()
    _counts_changed()
    return bool(deleted)


# Adoptions ------------------------------------------------------------------------------


def record_adoption(
    page: PracticePage,
    user: User,
    *,
    adopted_on: date,
    status: str,
    link: str = "",
    own_practice: PracticePage | None = None,
) -> Adoption:
    """The member's organisation says it repeated the practice; a second report from it updates the first."""
    _require_member(user, _("Log in to record that your organisation adopted this practice."))
    organisation: Organisation | None = user.organisation
    if organisation is None:
        raise PracticeError(
            "no_organisation",
            _("Add your organisation to your profile first: adoptions are recorded for an organisation."),
        )
    if page.organisations.filter(pk=organisation.pk).exists():
        raise PracticeError("own", _("Your organisation did this practice: it cannot adopt it as well."))
    if status not in Adoption.Status.values:
        raise PracticeError("status", _("Choose how far the adoption has got."))
    if not date(1990, 1, 1) <= adopted_on <= date(date.today().year + 5, 12, 31):
        raise PracticeError("date", _("Give the month the adoption started (or will start)."))
    if own_practice is not None and own_practice.translation_key == page.translation_key:
        raise PracticeError("same", _("A practice cannot be its own adoption."))
    practice = practice_of(page)
    with transaction.atomic():
        adoption, _created = Adoption.objects.update_or_create(
            practice=practice,
            organisation=organisation,
            defaults={
                "adopted_on": adopted_on.replace(day=1),
                "status": status,
                "link": link,
                "own_practice": own_practice,
                "recorded_by": user,
            },
        )
        _counts_changed()
    return adoption


def withdraw_adoption(page: PracticePage, user: User) -> bool:
    _require_member(user, _("Log in to record that your organisation adopted this practice."))
    if user.organisation_id is None:
        return False
    deleted, _rows = Adoption.objects.filter(
        practice__translation_key=page.translation_key, organisation_id=user.organisation_id
    ).delete()
    _counts_changed()
    return bool(deleted)


# Contact the implementers ------------------------------------------------------------------


def contact_rate_key(user: User) -> str:
    return f"practices:contact:{user.pk}"


def contact_implementers(page: PracticePage, user: User, body: str) -> ContactMessage:
    """Relay the member's message to the practice's contacts by mail; their addresses stay hidden from the member.

    Limited to PRACTICE_CONTACT_RATE messages per member and hour, and logged
    (sender, text, recipients) for abuse handling.
    """
    _require_member(user, _("Log in to write to the implementers."))
    body = body.strip()
    if not body:
        raise PracticeError("empty", _("Write your message."))
    contacts = list(page.contacts.all()) or list(source_page(page).specific.contacts.all())
    if not contacts:
        raise PracticeError("no_contacts", _("Nobody can be reached about this practice yet."))
    key = contact_rate_key(user)
    if key_rate_exceeded(key, settings.PRACTICE_CONTACT_RATE):
        raise PracticeError(
            "rate",
            _("You have sent %(count)s messages in the last hour; please try again later.")
            % {"count": settings.PRACTICE_CONTACT_RATE},
        )
    with transaction.atomic():
        message = ContactMessage.objects.create(
            practice=practice_of(page),
            page=page,
            sender=user,
            sender_name=user.display_name,
            sender_email=user.email,
            body=body[:4000],
            recipients="\n".join(contact.email for contact in contacts),
        )
        queue_mail(PracticeMail.Kind.CONTACT, message=message)
    record_for_key(key)
    return message


def queue_mail(kind: str, **fields) -> PracticeMail:
    """Write a mail to the outbox in the current transaction; a task sends it after commit."""
    mail = PracticeMail.objects.create(kind=kind, **fields)
    outbox.send_after_commit(mail)
    return mail


# Submission and review ------------------------------------------------------------------------
#
# A member of a working group drafts a practice on the site (a page that is not live, saved as
# revisions), submits it, and the group's coordinators review it in Wagtail's workflow: approve
# (it is published), request changes (the author edits and submits again) or reject.


class Stage:
    """Where a submitted practice stands, for its author and its reviewers."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"
    PUBLISHED = "published"


def review_workflow():
    """The workflow practices are reviewed in: the active one whose task is the working-group review."""
    from wagtail.models import Workflow

    from practices.models import CoordinatorReviewTask

    return (
        Workflow.objects.filter(active=True, workflow_tasks__task__in=CoordinatorReviewTask.objects.filter(active=True))
        .order_by("pk")
        .first()
    )


def ensure_review_workflow():
    """The review workflow, made on first use (the admin shows and can edit it under Settings → Workflows)."""
    from wagtail.models import Workflow, WorkflowTask

    from practices.models import CoordinatorReviewTask

    workflow = review_workflow()
    if workflow is None:
        with transaction.atomic():
            task = CoordinatorReviewTask.objects.filter(active=True).first() or CoordinatorReviewTask.objects.create(
                name="Working group review"
            )
            workflow = Workflow.objects.create(name="Practice review", active=True)
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def _group_row(group_page):
    from forums.services import group_for_page

    return group_for_page(group_page)


def may_submit_for(group_page, user: User) -> bool:
    """Only active members (and coordinators) of the group submit practices for it."""
    from forums.permissions import group_access

    if not is_verified(user) or group_page is None:
        return False
    return group_access(user, _group_row(group_page)).is_member


def member_groups(user: User, language: str):
    """The group pages (in `language`, else their original) the member may submit practices for."""
    from forums.links import group_page_in
    from forums.models import Membership

    if not is_verified(user):
        return []
    rows = Membership.objects.filter(user=user, state=Membership.State.ACTIVE).select_related("group__page")
    return sorted((group_page_in(row.group, language) for row in rows), key=lambda page: page.title)


def start_draft(library, user: User, *, title: str, summary: str, working_group, origin=None) -> PracticePage:
    """A new, unpublished practice in `library`'s language for `working_group`, owned by its author.

    `origin`: the published practice this one adopted; the new one says where it came from.
    """
    from practices.slugs import children_slugs, free_slug, slug_base

    if not may_submit_for(working_group, user):
        raise PracticeError("not_member", _("Only members of a working group can submit practices for it."))
    organisation = user.organisation
    with transaction.atomic():
        page = PracticePage(
            title=title.strip(),
            slug=free_slug(library, slug_base(title), children_slugs(library)),
            summary=summary.strip(),
            working_group=working_group,
            author=user,
            owner=user,
            live=False,
            locale=library.locale,
            country=(organisation.country if organisation else None) or user.country or "BG",
            region=organisation.region if organisation else "",
            population=organisation.population if organisation else None,
            origin=practice_of(origin) if origin is not None and origin.live else None,
        )
        library.add_child(instance=page)
        if organisation is not None:
            page.organisations.set([organisation])
        page.save_revision(user=user, log_action=True)
    return page


def stage(page: PracticePage) -> str:
    """The submission's stage, from Wagtail's own records (the workflow state and the page's liveness)."""
    from wagtail.models import WorkflowState

    state = WorkflowState.objects.for_instance(page).order_by("-created_at", "-pk").first()
    if state is not None:
        if state.status == WorkflowState.STATUS_IN_PROGRESS:
            return Stage.IN_REVIEW
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return Stage.CHANGES_REQUESTED
        if state.status == WorkflowState.STATUS_CANCELLED and not page.live:
            finished_by = state.task_states.order_by("-pk").values_list("finished_by", flat=True).first()
            if finished_by and finished_by != page.author_id:
                return Stage.REJECTED
    return Stage.PUBLISHED if page.live else Stage.DRAFT


def reviewer_comment(page: PracticePage) -> str:
    """What the reviewers last wrote (with "request changes" or "reject")."""
    from wagtail.models import TaskState, WorkflowState

    return (
        TaskState.objects.filter(workflow_state__in=WorkflowState.objects.for_instance(page))
        .exclude(comment="")
        .order_by("-finished_at", "-pk")
        .values_list("comment", flat=True)
        .first()
        or ""
    )


def latest_draft(page: PracticePage) -> PracticePage:
    """The page as its newest revision says (the caller's copy may be older than the latest save)."""
    return PracticePage.objects.get(pk=page.pk).get_latest_revision_as_object()


def _require_author(page: PracticePage, user: User) -> None:
    if not user.is_authenticated or page.author_id != user.pk:
        raise PracticeError("not_author", _("Only the author can change this practice here."))


def save_draft(page: PracticePage, user: User, *, draft=None, topics=None, systems=None, organisations=None, **fields):
    """Save the author's changes as a new revision (nothing is published); not while the reviewers decide.

    `draft` is the latest revision as a page, when the caller already changed its child objects
    (images, documents, contacts) on it.
    """
    _require_author(page, user)
    if stage(page) == Stage.IN_REVIEW:
        raise PracticeError(
            "in_review",
            _("The coordinators are reviewing this practice; you can edit it again if they ask for changes."),
        )
    draft = draft or latest_draft(page)
    for name, value in fields.items():
        setattr(draft, name, value)
    if topics is not None:
        draft.topics = list(topics)
    if systems is not None:
        draft.systems = list(systems)
    if organisations is not None:
        draft.organisations = list(organisations)
    return draft.save_revision(user=user, log_action=True)


def submit_for_review(page: PracticePage, user: User) -> None:
    """Start the review (or resume it after changes); the group's coordinators are told by mail."""
    _require_author(page, user)
    draft = latest_draft(page)
    if not may_submit_for(draft.working_group, user):
        raise PracticeError("not_member", _("Only members of a working group can submit practices for it."))
    missing = [str(label) for name, label in SUBMISSION_REQUIRED if not getattr(draft, name)]
    if missing:
        raise PracticeError("incomplete", _("Fill in before submitting: %(fields)s.") % {"fields": ", ".join(missing)})
    current = stage(page)
    with transaction.atomic():
        if current == Stage.IN_REVIEW:
            raise PracticeError("in_review", _("This practice is already being reviewed."))
        if current == Stage.CHANGES_REQUESTED:
            page.current_workflow_state.resume(user=user)
        else:
            ensure_review_workflow().start(page, user)
        for reviewer in reviewers_of(draft):
            queue_mail(PracticeMail.Kind.SUBMITTED, page=page, user=reviewer)
        queue_mail(PracticeMail.Kind.RECEIVED, page=page, user=user)


def reviewers_of(page: PracticePage) -> list[User]:
    """Who is told of a submission: the active coordinators of its group (not the author)."""
    from forums.services.common import coordinators_of

    if page.working_group_id is None:
        return []
    return list(coordinators_of(_group_row(page.working_group)).filter(is_active=True).exclude(pk=page.author_id))


REVIEW_ACTIONS = {
    "approve": PracticeMail.Kind.APPROVED,
    "reject": PracticeMail.Kind.CHANGES_REQUESTED,
    "decline": PracticeMail.Kind.REJECTED,
}


def review(page: PracticePage, user: User, action: str, comment: str = "") -> None:
    """A reviewer decides: approve (publish), request changes or reject (both with a comment to the author)."""
    from practices.models import may_review

    if action not in REVIEW_ACTIONS:
        raise PracticeError("action", _("Choose what to do with the practice."))
    if not may_review(page, user):
        raise PracticeError(
            "forbidden", _("Only the coordinators of the practice's working group and staff reviewers decide on it.")
        )
    comment = comment.strip()
    if action != "approve" and not comment:
        raise PracticeError("comment", _("Tell the author what to change, or why the practice is not accepted."))
    with transaction.atomic():
        state = page.current_workflow_state
        if state is None or state.status != state.STATUS_IN_PROGRESS or state.current_task_state is None:
            raise PracticeError("not_in_review", _("This practice is not waiting for a review."))
        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, user, action, comment=comment[:2000])
        if page.author_id:
            queue_mail(REVIEW_ACTIONS[action], page=page, user=page.author, comment=comment[:2000])
        if action == "approve":
            _link_adoption(page)
            _counts_changed()


def _link_adoption(page: PracticePage) -> None:
    """A published adaptation becomes "their case study" in its author's organisation's adoption of the origin."""
    page = PracticePage.objects.select_related("author").get(pk=page.pk)
    if page.origin_id and page.author and page.author.organisation_id:
        Adoption.objects.filter(
            practice_id=page.origin_id, organisation_id=page.author.organisation_id, own_practice__isnull=True
        ).update(own_practice=page)


def withdraw_submission(page: PracticePage, user: User) -> None:
    """The author takes the practice back from the reviewers, to go on editing it."""
    _require_author(page, user)
    state = page.current_workflow_state
    if state is None or state.status not in (state.STATUS_IN_PROGRESS, state.STATUS_NEEDS_CHANGES):
        raise PracticeError("not_in_review", _("This practice is not waiting for a review."))
    state.cancel(user=user)


# What a submission must say before the reviewers see it: (field, label).
SUBMISSION_REQUIRED = [
    ("title", _("title")),
    ("summary", _("summary")),
    ("problem", _("the problem")),
    ("actions", _("what was done")),
    ("results", _("results")),
    ("working_group", _("working group")),
]
