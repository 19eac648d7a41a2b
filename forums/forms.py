"""Forms of working groups and the question board; the services do the rules, these check the shape."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from forums import text
from forums.attachments import ALLOWED_EXTENSIONS, check_upload
from forums.models import Delivery, ForumPreferences, Membership
from practices.models import Topic

FORMAT_HELP = _("You can write *emphasis*, **bold**, [a link](https://example.org), lists (- item) and > quotes.")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to FORUM_ATTACHMENTS_PER_POST files, each checked by content (forums/attachments.py)."""

    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.widget.attrs["accept"] = ",".join(f".{ext}" for ext in ALLOWED_EXTENSIONS)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, (list, tuple)) else [data]) if f]
        if len(files) > settings.FORUM_ATTACHMENTS_PER_POST:
            raise ValidationError(
                _("Attach at most %(count)s files to one post.") % {"count": settings.FORUM_ATTACHMENTS_PER_POST}
            )
        checked, errors = [], []
        for upload in files:
            try:
                checked.append((upload, check_upload(upload)))
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return checked


def _body_field(label) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=text.MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=FORMAT_HELP,
    )


def _attachments_help() -> str:
    from django.template.defaultfilters import filesizeformat

    return _(
        "Optional, at most %(count)s files: images (%(images)s, up to %(image_size)s) "
        "or documents (%(documents)s, up to %(document_size)s)."
    ) % {
        "count": settings.FORUM_ATTACHMENTS_PER_POST,
        "images": "JPG, PNG, GIF, WebP",
        "image_size": filesizeformat(settings.FORUM_IMAGE_MAX_BYTES),
        "documents": "PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP",
        "document_size": filesizeformat(settings.FORUM_DOCUMENT_MAX_BYTES),
    }


class JoinForm(forms.Form):
    motivation = forms.CharField(
        label=_("Why would you like to join? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A sentence on your work helps the coordinators decide."),
    )


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the person)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Title"), min_length=5, max_length=200)
    body = _body_field(_("Message"))
    attachments = AttachmentsField(label=_("Attachments"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = _attachments_help()


class QuestionForm(ThreadForm):
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"), queryset=Topic.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, language: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].help_text = _("Ask in one sentence. Similar questions appear below as you type.")
        self.fields["body"].label = _("Details")
        self.fields["topics"].queryset = Topic.objects.filter(locale__language_code=language).order_by("name")


class ReplyForm(forms.Form):
    body = _body_field(_("Your reply"))
    attachments = AttachmentsField(label=_("Attachments"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = _attachments_help()


class EditPostForm(forms.Form):
    body = _body_field(_("Text"))


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this post?"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = ForumPreferences
        fields = ["delivery", "follow_on_join", "follow_on_post", "mail_about_membership"]
        widgets = {"delivery": forms.RadioSelect}


SUBSCRIPTION_CHOICES = [
    ("follow", _("Follow")),
    ("mute", _("Mute")),
    ("", _("Neither")),
]


class SubscriptionForm(forms.Form):
    """One line of the settings page: follow or mute a group or thread, and how to hear of it."""

    mode = forms.ChoiceField(label=_("Follow or mute"), choices=SUBSCRIPTION_CHOICES, required=False)
    delivery = forms.ChoiceField(
        label=_("Delivery"), choices=[("", _("My default"))] + list(Delivery.choices), required=False
    )
