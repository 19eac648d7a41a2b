"""Admin: the organisation directory as a snippet viewset with filters and export."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import Organisation


class OrganisationFilterSet(WagtailFilterSet):
    class Meta:
        model = Organisation
        fields = ["status", "kind", "country"]


class OrganisationViewSet(SnippetViewSet):
    """Staff manage organisations here and confirm the ones members propose."""

    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "country", "region", "population", "status"]
    list_export = ["name", "kind", "country", "region", "population", "website", "status"]
    filterset_class = OrganisationFilterSet
    search_fields = ["name"]
    ordering = ["status", "name"]


register_snippet(OrganisationViewSet)
