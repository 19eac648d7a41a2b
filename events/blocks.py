"""StreamField blocks of event pages: programme, registration questions, materials."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from portal.blocks import DocumentLinkBlock


class ProgrammeSessionBlock(blocks.StructBlock):
    """One item of the programme: when, what, who speaks, where."""

    starts = blocks.TimeBlock(label=_("Starts"), format="%H:%M")
    ends = blocks.TimeBlock(label=_("Ends"), required=False, format="%H:%M")
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    speakers = blocks.CharBlock(label=_("Speakers"), required=False, max_length=300)
    room = blocks.CharBlock(label=_("Room"), required=False, max_length=100)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Session")
        template = "components/blocks/programme_session_block.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("ends") and value["ends"] <= value["starts"]:
            raise StructBlockValidationError(
                block_errors={"ends": ValidationError(_("A session must end after it starts."))}
            )
        return value


class ProgrammeBlock(blocks.StreamBlock):
    """The programme: days (a date heading) and the sessions under them."""

    day = blocks.DateBlock(label=_("Day"), template="components/blocks/programme_day_block.html", icon="date")
    session = ProgrammeSessionBlock()


class RegistrationQuestionBlock(blocks.StructBlock):
    """A question the organiser adds to the registration form.

    Answers are stored under the block's id, which stays the same in every
    translation of the page, so the same answer reads in every language.
    """

    class Kind:
        SHORT_TEXT = "short_text"
        LONG_TEXT = "long_text"
        CHOICE = "choice"
        MULTIPLE_CHOICE = "multiple_choice"
        YES_NO = "yes_no"

    KIND_CHOICES = [
        (Kind.SHORT_TEXT, _("Short text")),
        (Kind.LONG_TEXT, _("Long text")),
        (Kind.CHOICE, _("Choice (one answer)")),
        (Kind.MULTIPLE_CHOICE, _("Multiple choice")),
        (Kind.YES_NO, _("Yes or no")),
    ]

    label = blocks.CharBlock(label=_("Question"), max_length=200)
    kind = blocks.ChoiceBlock(label=_("Kind of answer"), choices=KIND_CHOICES, default=Kind.SHORT_TEXT)
    required = blocks.BooleanBlock(label=_("Answer required"), required=False)
    help_text = blocks.CharBlock(label=_("Help text"), required=False, max_length=300)
    options = blocks.ListBlock(
        blocks.CharBlock(label=_("Option"), max_length=200),
        label=_("Options (for choice questions)"),
        required=False,
        default=[],
    )

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        if value["kind"] in (self.Kind.CHOICE, self.Kind.MULTIPLE_CHOICE) and len(value.get("options") or []) < 2:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("A choice question needs at least two options."))}
            )
        return value


class RegistrationQuestionsBlock(blocks.StreamBlock):
    question = RegistrationQuestionBlock()


class ExternalLinkBlock(blocks.StructBlock):
    """A link to slides, a recording or anything else published elsewhere."""

    class Kind:
        SLIDES = "slides"
        RECORDING = "recording"
        LINK = "link"

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[(Kind.SLIDES, _("Slides")), (Kind.RECORDING, _("Recording")), (Kind.LINK, _("Link"))],
        default=Kind.LINK,
    )

    class Meta:
        icon = "link"
        label = _("Link")
        template = "components/blocks/external_link_block.html"


class PresentedPageBlock(blocks.StructBlock):
    """A case study (or any page of the portal) presented at the event."""

    page = blocks.PageChooserBlock(label=_("Page"))
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=200)

    class Meta:
        icon = "doc-empty"
        label = _("Case study presented")
        template = "components/blocks/presented_page_block.html"


class MaterialsBlock(blocks.StreamBlock):
    """Materials after the event: documents, slides, recordings, case studies presented."""

    document = DocumentLinkBlock()
    link = ExternalLinkBlock()
    presented_page = PresentedPageBlock()
