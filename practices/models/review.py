"""The review of a submitted practice: a Wagtail workflow task that the practice's working group decides.

Wagtail's own group-approval task gives a task to fixed Wagtail groups; here
the reviewers depend on the practice: the coordinators of its working group
(never for their own submission), and staff who may review every practice
(the `practices.review_practicepage` permission, held by Editors and Moderators).
The workflow machinery is Wagtail's: revisions, task states, needs-changes and
resubmission, the audit log, and publishing when the last task is approved.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

REVIEW_PERMISSION = "practices.review_practicepage"


def may_review(page, user) -> bool:
    """Whether `user` decides on `page` (a PracticePage): staff reviewers, or a coordinator of its group."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.has_perm(REVIEW_PERMISSION):
        return True
    if page.working_group_id is None or page.author_id == user.pk:
        return False
    from forums.permissions import group_access
    from forums.services import group_for_page

    return group_access(user, group_for_page(page.working_group)).is_coordinator


def pages_in_review_for(user) -> list:
    """The practices waiting for a review (in any language) that `user` decides on."""
    from wagtail.models import WorkflowState

    from practices.models import PracticePage

    waiting = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS, content_type__app_label="practices", content_type__model="practicepage"
    ).values_list("object_id", flat=True)
    pages = PracticePage.objects.filter(pk__in=[int(pk) for pk in waiting])
    return [page for page in pages.select_related("working_group", "author", "locale") if may_review(page, user)]


class CoordinatorReviewTask(Task):
    """Approval by the coordinators of the practice's working group (or staff reviewers)."""

    # Actions: (name, label, whether the reviewer writes a comment). "reject" is Wagtail's "needs changes".
    def get_actions(self, obj, user):
        if not may_review(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve and publish"), False),
            ("decline", _("Reject"), True),
        ]

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "decline":
            # Wagtail has no final "no": the workflow is cancelled (which blanks the task's comment), then the
            # reviewer's reason is kept on the task state, where the author reads it.
            task_state.workflow_state.cancel(user=user)
            TaskState.objects.filter(pk=task_state.pk).update(comment=kwargs.get("comment", ""))
            return
        super().on_action(task_state, user, action_name, **kwargs)

    def user_can_access_editor(self, obj, user):
        return may_review(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser or user.has_perm(REVIEW_PERMISSION):
            return states
        return states.filter(workflow_state__object_id__in=[str(page.pk) for page in pages_in_review_for(user)])

    @classmethod
    def get_description(cls):
        return _("The coordinators of the practice's working group (or staff reviewers) approve it")

    class Meta:
        verbose_name = _("working group review")
        verbose_name_plural = _("working group reviews")
