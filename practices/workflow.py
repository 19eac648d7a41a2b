"""What Wagtail does when a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION): publish the approved revision.

Wagtail's default refuses when the approving user lacks Wagtail's publish
permission. Practices are approved by their working group's coordinators,
members without admin rights: for a practice the review task itself decided
who may approve (`practices.models.review.may_review`), so that decision is
the permission. Everything else keeps Wagtail's checks. This module imports
nothing at load time: Wagtail imports it while its own models load.
"""

from __future__ import annotations


def publish_approved(workflow_state, user=None) -> None:
    from practices.models import PracticePage

    instance = workflow_state.content_object
    reviewed_practice = isinstance(getattr(instance, "specific", instance), PracticePage)
    instance.get_latest_revision().publish(user=user, skip_permission_checks=reviewed_practice)
