"""An Atom feed of a group's public threads, in the language of the group page it is read from."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from forums.models import Post, Thread, WorkingGroupPage
from forums.services import group_for_page
from forums.text import plain

FEED_ITEMS = 30


class GroupThreadsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, page: WorkingGroupPage):
        group = group_for_page(page)
        # Only groups whose discussions the public may read have a feed: a feed reader logs in as nobody.
        if not group.page.discussions_public:
            raise Http404
        page.group = group
        return page

    def title(self, page):
        return _("%(group)s: discussions") % {"group": page.title}

    def subtitle(self, page):
        return page.introduction or page.title

    def link(self, page):
        return page.url + page.reverse_subpage("threads")

    def items(self, page):
        opening = Post.objects.filter(thread=OuterRef("pk")).order_by("created_at", "id")
        return (
            Thread.objects.filter(group=page.group, state=Thread.State.PUBLISHED)
            .select_related("author")
            .annotate(opening_html=Subquery(opening.values("html")[:1]))
            .order_by("-created_at")[:FEED_ITEMS]
        )

    def item_title(self, thread):
        return thread.title

    def item_description(self, thread):
        return plain(thread.opening_html or "", 600)

    def item_link(self, thread):
        page = self._page
        return page.url + page.reverse_subpage("thread", args=[thread.pk])

    def item_pubdate(self, thread):
        return thread.created_at

    def item_updateddate(self, thread):
        return thread.last_activity_at

    def item_author_name(self, thread):
        return thread.author.display_name if thread.author else ""

    def get_feed(self, obj, request):
        self._page = obj
        return super().get_feed(obj, request)


def group_feed(request, page: WorkingGroupPage):
    return GroupThreadsFeed()(request, page=page)
