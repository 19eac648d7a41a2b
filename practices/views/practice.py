"""One case study: its facts in the reader's language, its translations and original, adoptions and votes."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from portal.cache import personal
from portal.translated import source_page
from practices import services
from practices.forms import AdoptionForm, ContactForm
from practices.library import names_in, with_card_data
from practices.models import Adoption, PracticePage, UsefulVote
from practices.services import PracticeError

RELATED_LIMIT = 4


def practice(request, page: PracticePage):
    language = get_language()
    if not getattr(request, "is_preview", False):
        # The page with what its card shows (organisations, topics, systems, adoptions), in fixed queries.
        # (A preview in the admin shows the editor's unsaved page as it is.)
        page = (
            with_card_data(PracticePage.objects.filter(pk=page.pk).select_related("origin__page"))
            .prefetch_related("images__image", "attachments__document")
            .get()
        )
    names_in(language, [page])
    original = source_page(page)
    translations = list(page.get_translations().live().select_related("locale").order_by("locale__language_code"))
    adoptions = list(
        Adoption.objects.filter(practice__translation_key=page.translation_key)
        .select_related("organisation", "own_practice")
        .order_by("-adopted_on", "pk")
    )
    votes = UsefulVote.objects.filter(practice__translation_key=page.translation_key)
    return TemplateResponse(
        request,
        "practices/practice_page.html",
        {
            "page": page,
            "self": page,
            "original": original if original.pk != page.pk else None,
            "translations": translations,
            "adoptions": adoptions,
            "vote_count": votes.count(),
            "voted": request.user.is_authenticated and votes.filter(user=request.user).exists(),
            "related": related_practices(page, language),
            "origin_page": page.origin.page if page.origin_id else None,
            # Members may describe their own version: the form lives in the library.
            "library": page.get_parent().specific if request.user.is_authenticated else None,
        },
    )


def related_practices(page: PracticePage, language: str) -> list[dict]:
    """Practices like this one (the search app's more-like-this, falling back to shared topics)."""
    from search.queries import related

    return related(page, language, limit=RELATED_LIMIT)


@login_required  # members act on a practice; visitors log in and come back
@require_POST
def useful(request, page: PracticePage):
    try:
        if request.POST.get("action") == "withdraw":
            services.withdraw_vote(page, request.user)
            messages.success(request, _("Your vote was withdrawn."))
        elif services.vote_useful(page, request.user):
            messages.success(request, _("Thank you: your vote is counted."))
    except PracticeError as error:
        messages.error(request, error.message)
    return redirect(page.url + "#adoptions-heading")


@login_required
@require_http_methods(["GET", "POST"])
def adopt(request, page: PracticePage):
    organisation = request.user.organisation
    existing = (
        Adoption.objects.filter(practice__translation_key=page.translation_key, organisation=organisation).first()
        if organisation
        else None
    )
    initial = (
        {
            "adopted_on": existing.adopted_on,
            "status": existing.status,
            "link": existing.link,
            "own_practice": existing.own_practice,
        }
        if existing
        else {}
    )
    form = AdoptionForm(
        request.POST or None, initial=initial, organisation=organisation, exclude_key=page.translation_key
    )
    if request.method == "POST" and request.POST.get("action") == "withdraw":
        try:
            services.withdraw_adoption(page, request.user)
        except PracticeError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The adoption was removed."))
        return redirect(page.url + "#adoptions-heading")
    if request.method == "POST" and form.is_valid():
        try:
            services.record_adoption(
                page,
                request.user,
                adopted_on=form.cleaned_data["adopted_on"],
                status=form.cleaned_data["status"],
                link=form.cleaned_data["link"],
                own_practice=form.cleaned_data.get("own_practice"),
            )
        except PracticeError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you: your organisation is listed among the adopters."))
            return redirect(page.url + "#adoptions-heading")
    return personal(
        TemplateResponse(
            request,
            "practices/adopt.html",
            {"page": page, "form": form, "organisation": organisation, "existing": existing},
        )
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact(request, page: PracticePage):
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.contact_implementers(page, request.user, form.cleaned_data["body"])
        except PracticeError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your message was sent. The implementers will reply to your address."))
            return redirect(page.url)
    return personal(TemplateResponse(request, "practices/contact.html", {"page": page, "form": form}))
