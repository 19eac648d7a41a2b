"""Topics and systems are snippets: staff add and translate them in the admin (Snippets → Topics, Systems)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.models import System, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class SystemViewSet(SnippetViewSet):
    model = System
    icon = "cogs"
    list_display = ["name", "vendor", "licence", "locale"]
    list_filter = ["licence"]
    search_fields = ["name", "vendor", "slug"]


register_snippet(TopicViewSet)
register_snippet(SystemViewSet)
