"""Page types of working groups: the index of groups and one page per group (in each language)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from portal.models.pages import BasePage
from portal.routes import view_route

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class WorkingGroupIndexPage(BasePage):
    """The list of the network's working groups, one per language under the home page."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["forums.WorkingGroupPage"]
    max_count_per_parent = 1
    template = "forums/working_group_index_page.html"

    class Meta:
        verbose_name = _("working group index")

    def get_context(self, request, *args, **kwargs):
        from forums.views.groups import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(request, self))
        return context


class WorkingGroupPage(RoutablePageMixin, BasePage):
    """A thematic working group: its mission and people, and (routed below it) its discussions.

    Members, threads and subscriptions hang on the `WorkingGroup` row shared
    by every translation of the page; the original page's membership policy
    and discussion visibility count for all its translations.
    """

    class Policy(models.TextChoices):
        OPEN = "open", _("Open: members join at once")
        REQUEST = "request", _("On request: a coordinator approves")
        INVITATION = "invitation", _("By invitation only")

    mission = RichTextField(_("mission"), features=TEXT_FEATURES, blank=True)
    goals = RichTextField(_("goals"), features=TEXT_FEATURES, blank=True)
    topics = ParentalManyToManyField("practices.Topic", verbose_name=_("topics"), blank=True, related_name="+")
    membership_policy = models.CharField(_("membership"), max_length=12, choices=Policy.choices, default=Policy.REQUEST)
    discussions_public = models.BooleanField(
        _("anyone may read the discussions"),
        default=True,
        help_text=_("Otherwise only members (and moderators) read the threads."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("mission"),
        FieldPanel("goals"),
        FieldPanel("topics"),
        MultiFieldPanel([FieldPanel("membership_policy"), FieldPanel("discussions_public")], heading=_("Membership")),
        InlinePanel("documents", label=_("documents")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("mission"), index.SearchField("goals")]

    parent_page_types = ["forums.WorkingGroupIndexPage"]
    subpage_types: list[str] = []
    template = "forums/working_group_page.html"

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def get_context(self, request, *args, **kwargs):
        from forums.views.groups import group_context

        context = super().get_context(request, *args, **kwargs)
        context.update(group_context(request, self))
        return context

    # Routes: the views live in forums/views/; the page only maps URLs to them.

    @path("", name="group")
    def group(self, request):
        from forums.views.common import personal

        return personal(self.render(request))

    members = view_route("members/", "members", "forums.views.groups.members")
    membership = view_route("membership/", "membership", "forums.views.groups.membership")
    manage = view_route("manage/", "manage", "forums.views.groups.manage")
    threads = view_route("threads/", "threads", "forums.views.threads.thread_list")
    new_thread = view_route("threads/new/", "new_thread", "forums.views.threads.new_thread")
    thread = view_route("threads/<int:thread_id>/", "thread", "forums.views.threads.thread_detail")
    feed = view_route("feed/", "feed", "forums.views.feeds.group_feed")


class WorkingGroupDocument(Orderable):
    """A document of the group (terms of reference, minutes, reports)."""

    page = ParentalKey(WorkingGroupPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Defaults to the document's title."))

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def label(self) -> str:
        return self.title or self.document.title


class QuestionBoardPage(RoutablePageMixin, BasePage):
    """ "Ask the network": the network-wide question board, one page per language under the home page.

    Questions are shared by every language's board (each marked with the
    language it was asked in); the routes below the page serve them.
    """

    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("question board")

    board = view_route("", "board", "forums.views.questions.board")
    ask = view_route("ask/", "ask", "forums.views.questions.ask")
    similar = view_route("similar/", "similar", "forums.views.questions.similar")
    question = view_route("<int:thread_id>/", "question", "forums.views.questions.question_detail")
