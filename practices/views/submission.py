"""A member's practice from first draft to review: the steps of the form, the preview, submitting, and reviewing.

Every step saves the draft (a revision of an unpublished page), so nothing
typed is lost when a member stops half-way; the steps can be taken in any
order. Reviewers (the group's coordinators, staff) see the same preview and
decide there.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.images import ImageFile
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from forums.text import render as render_markdown
from portal.cache import personal
from practices import services
from practices.forms import AboutForm, ContactsFormSet, FactsForm, FilesForm, PlaceForm, StoryForm
from practices.library import names_in
from practices.models import (
    PracticeAttachment,
    PracticeContact,
    PracticeImage,
    PracticeIndexPage,
    PracticePage,
)
from practices.models.review import may_review, pages_in_review_for
from practices.services import PracticeError, Stage

STEPS = [
    ("about", gettext_lazy("Title and summary")),
    ("story", gettext_lazy("What happened")),
    ("facts", gettext_lazy("Facts and figures")),
    ("place", gettext_lazy("Who and where")),
    ("files", gettext_lazy("Pictures and documents")),
    ("contacts", gettext_lazy("Contacts")),
]
STORY_FIELDS = ("problem", "actions", "results", "lessons")


def _render(request, template: str, context: dict):
    return personal(TemplateResponse(request, template, context))


def _url(library: PracticeIndexPage, route: str, *args) -> str:
    return library.url + library.reverse_subpage(route, args=args or None)


def _own_draft(request, library: PracticeIndexPage, page_id: int) -> PracticePage:
    page = PracticePage.objects.child_of(library).filter(pk=page_id).first()
    if page is None or page.author_id != request.user.pk:
        raise Http404
    return page


# Starting ----------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def start(request, library: PracticeIndexPage):
    language = get_language()
    groups = services.member_groups(request.user, language)
    form = AboutForm(request.POST or None, groups=groups, language=language)
    origin_id = request.POST.get("origin") or request.GET.get("origin") or ""
    origin = PracticePage.objects.live().filter(pk=origin_id).first() if origin_id.isdigit() else None
    if request.method == "POST" and form.is_valid():
        try:
            page = services.start_draft(
                library,
                request.user,
                title=form.cleaned_data["title"],
                summary=form.cleaned_data["summary"],
                working_group=form.cleaned_data["working_group"],
                origin=origin,
            )
            if form.cleaned_data["topics"]:
                services.save_draft(page, request.user, topics=form.cleaned_data["topics"])
        except PracticeError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your draft is saved. Go on with the next step whenever you like."))
            return redirect(_url(library, "draft_step", page.pk, "story"))
    return _render(
        request, "practices/submission/start.html", {"page": library, "form": form, "groups": groups, "origin": origin}
    )


# The steps -------------------------------------------------------------------------------


def _initial(step: str, draft: PracticePage) -> dict:
    from markdownify import markdownify

    if step == "about":
        return {
            "title": draft.title,
            "summary": draft.summary,
            "working_group": draft.working_group_id,
            "topics": list(draft.topics.all()),
        }
    if step == "story":
        return {name: markdownify(getattr(draft, name) or "", bullets="-").strip() for name in STORY_FIELDS}
    if step == "facts":
        names = ("started_on", "live_on", "status", "staff_trained", "electronic_share", "units_connected")
        return {
            **{name: getattr(draft, name) for name in names},
            "cost": draft.cost,
            "currency": draft.currency,
            "funding": draft.funding,
            "systems": list(draft.systems.all()),
        }
    if step == "place":
        return {
            "organisations": list(draft.organisations.all()),
            "country": draft.country.code,
            "region": draft.region,
            "population": draft.population,
        }
    return {}


def _form(step: str, request, draft: PracticePage, language: str):
    data = request.POST if request.method == "POST" else None
    initial = _initial(step, draft)
    if step == "about":
        groups = services.member_groups(request.user, language)
        return AboutForm(data, initial=initial, groups=groups, language=language)
    if step == "story":
        return StoryForm(data, initial=initial)
    if step == "facts":
        return FactsForm(data, initial=initial, language=language)
    if step == "place":
        return PlaceForm(data, initial=initial)
    if step == "files":
        return FilesForm(data, request.FILES if data is not None else None)
    contacts = [{"name": c.name, "role": c.role, "email": c.email} for c in draft.contacts.all()]
    return ContactsFormSet(data, initial=contacts, prefix="contacts")


def _changes(step: str, form, draft: PracticePage, request) -> dict:
    """What the step's valid form changes on the draft, as keyword arguments of services.save_draft."""
    data = form.cleaned_data
    if step == "story":
        return {name: render_markdown(data[name]) if data[name].strip() else "" for name in STORY_FIELDS}
    if step == "files":
        return _files(data, draft, request)
    if step == "contacts":
        entries = [entry for entry in data if entry and not entry.get("DELETE")]
        draft.contacts = [PracticeContact(name=e["name"], role=e["role"], email=e["email"]) for e in entries]
        return {}
    return dict(data)


def _files(data: dict, draft: PracticePage, request) -> dict:
    removed_images = {int(pk) for pk in request.POST.getlist("remove_image") if pk.isdigit()}
    removed_documents = {int(pk) for pk in request.POST.getlist("remove_document") if pk.isdigit()}
    images = [item for item in draft.images.all() if item.image_id not in removed_images]
    attachments = [item for item in draft.attachments.all() if item.document_id not in removed_documents]
    collection = Collection.get_first_root_node()
    if data.get("image"):
        upload = data["image"]
        image = get_image_model().objects.create(
            title=data["alt_text"][:255],
            file=ImageFile(upload, name=upload.name),
            collection=collection,
            uploaded_by_user=request.user,
        )
        images.append(PracticeImage(image=image, alt_text=data["alt_text"], caption=data["caption"]))
    if data.get("document"):
        upload = data["document"]
        document = get_document_model().objects.create(
            title=(data["document_title"] or upload.name)[:255],
            file=upload,
            collection=collection,
            uploaded_by_user=request.user,
        )
        attachments.append(PracticeAttachment(document=document, title=data["document_title"]))
    draft.images, draft.attachments = images, attachments
    return {}


@login_required
@require_http_methods(["GET", "POST"])
def draft_step(request, library: PracticeIndexPage, page_id: int, step: str):
    page = _own_draft(request, library, page_id)
    if step not in dict(STEPS):
        raise Http404
    language = get_language()
    draft = page.get_latest_revision_as_object()
    form = _form(step, request, draft, language)
    current = services.stage(page)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_draft(page, request.user, draft=draft, **_changes(step, form, draft, request))
        except PracticeError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Saved."))
            names = [name for name, _label in STEPS]
            following = names[names.index(step) + 1] if step != names[-1] else None
            if "continue" in request.POST and following:
                return redirect(_url(library, "draft_step", page.pk, following))
            if "continue" in request.POST:
                return redirect(_url(library, "draft_preview", page.pk))
            return redirect(_url(library, "draft_step", page.pk, step))
    return _render(
        request,
        "practices/submission/step.html",
        {
            "page": library,
            "draft": draft,
            "practice": page,
            "form": form,
            "step": step,
            "steps": STEPS,
            "stage": current,
            "comment": services.reviewer_comment(page) if current in (Stage.CHANGES_REQUESTED, Stage.REJECTED) else "",
            "is_formset": step == "contacts",
        },
    )


# Preview, submit, withdraw ---------------------------------------------------------------------


def _preview_context(request, library: PracticeIndexPage, page: PracticePage) -> dict:
    draft = page.get_latest_revision_as_object()
    names_in(get_language(), [draft])
    return {
        "page": draft,
        "library": library,
        "practice": page,
        "stage": services.stage(page),
        "comment": services.reviewer_comment(page),
        "steps": STEPS,
        "preview": True,
        "translations": [],
        "adoptions": [],
        "related": [],
    }


@login_required
def draft_preview(request, library: PracticeIndexPage, page_id: int):
    page = _own_draft(request, library, page_id)
    return _render(request, "practices/submission/preview.html", _preview_context(request, library, page))


@login_required
@require_POST
def draft_submit(request, library: PracticeIndexPage, page_id: int):
    page = _own_draft(request, library, page_id)
    try:
        if request.POST.get("action") == "withdraw":
            services.withdraw_submission(page, request.user)
            messages.success(request, _("You took the practice back from review; edit it and submit it again."))
        else:
            services.submit_for_review(page, request.user)
            messages.success(
                request, _("Submitted. The coordinators of the working group will review it; we will write to you.")
            )
    except PracticeError as error:
        messages.error(request, error.message)
    return redirect(_url(library, "draft_preview", page.pk))


# Reviewing -------------------------------------------------------------------------------------


@login_required
def review_list(request, library: PracticeIndexPage):
    waiting = pages_in_review_for(request.user)
    return _render(request, "practices/submission/review_list.html", {"page": library, "waiting": waiting})


@login_required
@require_http_methods(["GET", "POST"])
def review_detail(request, library: PracticeIndexPage, page_id: int):
    page = PracticePage.objects.filter(pk=page_id).select_related("working_group", "author").first()
    if page is None or not may_review(page, request.user):
        raise Http404
    if request.method == "POST":
        try:
            services.review(page, request.user, request.POST.get("action", ""), request.POST.get("comment", ""))
        except PracticeError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you: the author is told of your decision."))
            return redirect(_url(library, "review_list"))
    context = _preview_context(request, library, page)
    context.update({"reviewing": True, "entered_comment": request.POST.get("comment", "")})
    return _render(request, "practices/submission/preview.html", context)
