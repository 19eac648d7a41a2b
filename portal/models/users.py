"""Members and the consents they gave."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class User(AbstractUser):
    """A person with an account: member, coordinator, organiser or administrator.

    Email is the login (allauth); `username` stays for Django's admin and is
    filled from the email. A deleted account keeps its row, emptied of personal
    data, so that contributions stay attributed to "former member".
    """

    class Role(models.TextChoices):
        SECRETARY = "secretary", _("Municipal secretary")
        IT_EXPERT = "it_expert", _("IT expert")
        MAYOR = "mayor", _("Mayor / head of community")
        CIVIL_SERVANT = "civil_servant", _("Civil servant")
        OTHER = "other", _("Other")

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        "portal.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    country = CountryField(_("country"), blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    deleted_at = models.DateTimeField(_("account deleted at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.display_name

    @property
    def is_former_member(self) -> bool:
        return self.deleted_at is not None

    @property
    def display_name(self) -> str:
        if self.is_former_member:
            return str(_("Former member"))
        return self.full_name or self.email or self.username


class ConsentRecord(models.Model):
    """Proof that a member agreed to a document (the privacy notice) in a given version."""

    class Document(models.TextChoices):
        PRIVACY_NOTICE = "privacy_notice", _("Privacy notice")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="consents")
    document = models.CharField(max_length=40, choices=Document.choices)
    version = models.CharField(max_length=40)
    given_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self) -> str:
        return f"{self.user_id} {self.document} {self.version}"
