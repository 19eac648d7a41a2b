"""What members do with a practice, once for all its translations: adopt it, find it useful, write to its authors."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.outbox import OutboxMail
from portal.translated import move_to_a_remaining_translation


class Practice(models.Model):
    """The case study behind every translation of a `PracticePage`: adoptions, votes and messages hang here."""

    translation_key = models.UUIDField(unique=True, editable=False)
    page = models.ForeignKey(
        "practices.PracticePage",
        verbose_name=_("practice page"),
        on_delete=move_to_a_remaining_translation,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("practice record")
        verbose_name_plural = _("practice records")

    def __str__(self) -> str:
        return self.page.title


class Adoption(models.Model):
    """A member organisation says it repeated the practice: when, how far it got, and where to read about it."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="adoptions")
    organisation = models.ForeignKey(
        "portal.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="adoptions"
    )
    adopted_on = models.DateField(_("when"), help_text=_("The month it started."))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.IN_PROGRESS)
    link = models.URLField(_("link"), blank=True, help_text=_("Where others can read about it (optional)."))
    own_practice = models.ForeignKey(
        "practices.PracticePage",
        verbose_name=_("its own case study"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="adoptions"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        ordering = ["-adopted_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "organisation"], name="practices_adoption_once_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} → {self.practice}"


class UsefulVote(models.Model):
    """A member found the practice useful; one vote per member and practice."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_votes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("useful vote")
        verbose_name_plural = _("useful votes")
        constraints = [models.UniqueConstraint(fields=["practice", "user"], name="practices_one_vote_per_member")]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.practice_id}"


class ContactMessage(models.Model):
    """A message relayed to a practice's contacts, kept for abuse handling (who wrote what, to whom, when)."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="messages")
    page = models.ForeignKey(
        "practices.PracticePage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where it was sent from.",
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sender_name = models.CharField(_("name"), max_length=160)
    sender_email = models.EmailField(_("email"))
    body = models.TextField(_("message"), max_length=4000)
    recipients = models.TextField(_("sent to"), help_text=_("The contacts' addresses, one per line."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("message to implementers")
        verbose_name_plural = _("messages to implementers")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.sender_email} → {self.practice_id} ({self.created_at:%Y-%m-%d %H:%M})"


class PracticeMail(OutboxMail):
    """A mail of the practices app in the outbox: a relayed message, or news of a submission's review."""

    class Kind(models.TextChoices):
        CONTACT = "contact", _("Message to the implementers")
        SUBMITTED = "submitted", _("Practice submitted for review")
        RECEIVED = "received", _("Submission received")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        APPROVED = "approved", _("Practice published")
        REJECTED = "rejected", _("Practice not accepted")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    message = models.ForeignKey(ContactMessage, null=True, blank=True, on_delete=models.CASCADE, related_name="mails")
    page = models.ForeignKey(
        "practices.PracticePage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    comment = models.TextField(blank=True)

    related_for_sending = ("message__page", "page", "user")

    class Meta:
        verbose_name = _("practice mail")
        verbose_name_plural = _("practice mails")

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"

    def build_message(self):
        from practices.mails import build_message

        return build_message(self)
