"""A working group's people: the row shared by the group's translations, and memberships."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.translated import move_to_a_remaining_translation


class WorkingGroup(models.Model):
    """The group behind every translation of a `WorkingGroupPage`: members and threads hang here."""

    translation_key = models.UUIDField(unique=True, editable=False)
    # The original page, whose membership policy and discussion visibility count for every translation.
    page = models.ForeignKey(
        "forums.WorkingGroupPage",
        verbose_name=_("working group page"),
        on_delete=move_to_a_remaining_translation,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        permissions = [("moderate_workinggroup", _("Can moderate every working group"))]

    def __str__(self) -> str:
        return self.page.title


class Membership(models.Model):
    """One person's relation to one group: a request, an invitation, a membership, or how it ended.

    A person has at most one open membership (requested, invited or active)
    per group; ended ones stay as history. An invitation to an address that
    has no account yet carries only the email until someone with that verified
    address accepts it.
    """

    class State(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        INVITED = "invited", _("Invited")
        ACTIVE = "active", _("Member")
        REJECTED = "rejected", _("Not accepted")
        CANCELLED = "cancelled", _("Request withdrawn")
        DECLINED = "declined", _("Invitation declined")
        LEFT = "left", _("Left")
        REMOVED = "removed", _("Removed")

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        COORDINATOR = "coordinator", _("Coordinator")

    OPEN_STATES = (State.REQUESTED, State.INVITED, State.ACTIVE)

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="memberships"
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("Where an invitation was sent."))
    state = models.CharField(_("state"), max_length=10, choices=State.choices)
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    motivation = models.TextField(_("motivation"), blank=True, max_length=1000)
    decision_reason = models.TextField(_("reason"), blank=True, max_length=1000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    joined_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "user"],
                condition=Q(state__in=["requested", "invited", "active"], user__isnull=False),
                name="forums_one_open_membership_per_person",
            ),
            models.UniqueConstraint(
                fields=["group", "email"],
                condition=Q(state="invited", user__isnull=True),
                name="forums_one_open_invitation_per_address",
            ),
        ]
        indexes = [models.Index(fields=["group", "state", "role"], name="forums_membership_listing")]

    def __str__(self) -> str:
        return f"{self.user or self.email} · {self.group_id} · {self.state}"

    @property
    def is_active(self) -> bool:
        return self.state == self.State.ACTIVE

    @property
    def is_coordinator(self) -> bool:
        return self.is_active and self.role == self.Role.COORDINATOR
