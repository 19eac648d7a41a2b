"""Search in the admin: the glossary (Snippets → Glossary concepts, translatable) and the analytics report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import GlossaryConcept
from search.report import ANALYTICS_PERMISSION, analytics_report


class GlossaryConceptViewSet(SnippetViewSet):
    model = GlossaryConcept
    icon = "doc-full"
    list_display = ["name", "locale"]
    search_fields = ["name", "terms"]


register_snippet(GlossaryConceptViewSet)


@hooks.register("register_admin_urls")
def register_analytics_url():
    return [path("search-analytics/", analytics_report, name="search_analytics")]


class AnalyticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(ANALYTICS_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_analytics_menu_item():
    return AnalyticsMenuItem(_("Search analytics"), reverse("search_analytics"), icon_name="search", order=900)
