"""What the practice library adds to "My account": my practices and drafts, and where each stands."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from portal import account_sections


def practices_section(request) -> dict | None:
    """The practices I wrote on the site: drafts, in review, changes requested, published."""
    from practices.models import PracticePage
    from practices.services import stage

    pages = list(
        PracticePage.objects.filter(author=request.user)
        .select_related("locale")
        .order_by("-latest_revision_created_at")[:20]
    )
    if not pages:
        return None
    rows = []
    for page in pages:
        library = page.get_parent().specific
        rows.append(
            {
                "title": page.draft_title or page.title,
                "language": page.locale.language_code,
                "stage": stage(page),
                "edit_url": library.url + library.reverse_subpage("draft_preview", args=[page.pk]),
                "url": page.url if page.live else "",
            }
        )
    return {
        "title": _("My practices"),
        "template": "practices/account/practices_section.html",
        "context": {"rows": rows},
    }


def connect() -> None:
    account_sections.register_section(practices_section)
