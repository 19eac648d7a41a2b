"""Page types of the portal package: home, standard, contact, directory."""

from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BodyBlock

from .organisations import Organisation


class BasePage(Page):
    """What every public page of the portal shares: an introduction and search fields."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The root of each language's tree: what the network is and where to start."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.StandardPage",
        "portal.ContactPage",
        "portal.OrganisationDirectoryPage",
        "events.EventIndexPage",
        "forums.WorkingGroupIndexPage",
        "forums.QuestionBoardPage",
        "practices.PracticeIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections()
        return context

    def sections(self) -> list[Page]:
        """The live, public children shown in menus, as their own page types.

        Five queries (one per page type) on every render of an uncached home
        page, so the list is cached until the next publish, move, deletion or
        privacy change (portal/cache.py).
        """
        from django.core.cache import cache

        from portal.cache import current_generation

        key = f"home-sections:{current_generation()}:{self.pk}"
        sections = cache.get(key)
        if sections is None:
            sections = list(self.get_children().live().public().in_menu().specific().defer_streamfields())
            cache.set(key, sections, 3600)
        return sections


class StandardPage(BasePage):
    """A content page: about the network, privacy notice, accessibility statement, guides."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class ContactFormField(AbstractFormField):
    """A field of the contact form, defined by editors in the admin."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(AbstractEmailForm):
    """The contact form (Wagtail form builder) with a honeypot and a rate limit.

    Submissions are stored and mailed to `to_address`. Robots that fill the
    hidden field are thanked and ignored; an address that sends too many
    messages is asked to wait, and nothing it typed is lost from the form.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link"])

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("contact page")

    # Explicit limits: Wagtail's multi-line fields have none.
    message_max_length = 5000

    def get_form_class(self):
        from portal.spam import add_honeypot

        return add_honeypot(limit_text_lengths(super().get_form_class(), self.message_max_length))

    def serve(self, request, *args, **kwargs):
        from portal.spam import contact_rate_exceeded, honeypot_filled, record_contact_submission

        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid() and honeypot_filled(form):
                # Pretend success so the robot learns nothing; store nothing.
                return TemplateResponse(request, self.get_landing_page_template(request), self.get_context(request))
            if form.is_valid() and contact_rate_exceeded(request):
                form.add_error(
                    None,
                    _(
                        "You have sent several messages in a short time. "
                        "Please wait an hour and try again; your text is kept below."
                    ),
                )
            elif form.is_valid():
                record_contact_submission(request)
                form_submission = self.process_form_submission(form)
                return self.render_landing_page(request, form_submission, *args, **kwargs)
        else:
            form = self.get_form(page=self, user=request.user)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)


def limit_text_lengths(form_class, max_length: int):
    """Give every text field of an editor-built form an upper length limit."""
    from django import forms
    from django.core.validators import MaxLengthValidator

    class LimitedForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            for field in self.fields.values():
                if isinstance(field, forms.CharField) and field.max_length is None:
                    field.max_length = max_length
                    field.validators.append(MaxLengthValidator(max_length))
                    field.widget.attrs["maxlength"] = str(max_length)

    LimitedForm.__name__ = form_class.__name__
    return LimitedForm


class OrganisationDirectoryPage(BasePage):
    """The public directory of member organisations, searchable and filterable."""

    page_size = 20

    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation directory")

    def get_context(self, request, *args, **kwargs):
        from portal.forms import OrganisationFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = OrganisationFilterForm(request.GET or None)
        organisations = Organisation.objects.confirmed()
        if form.is_valid():
            data = form.cleaned_data
            if data.get("q"):
                organisations = organisations.name_contains(data["q"])
            if data.get("country"):
                organisations = organisations.filter(country=data["country"])
            if data.get("kind"):
                organisations = organisations.filter(kind=data["kind"])
        paginator = Paginator(organisations, self.page_size)
        context["filter_form"] = form
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        context["query_without_page"] = _query_without_page(request)
        return context


def _query_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
