"""Ask the network: the board of questions, asking, similar questions while typing, answers and accepting one."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from forums import services
from forums.forms import QuestionForm, ReplyForm
from forums.links import thread_path
from forums.models import QuestionBoardPage, Thread
from forums.permissions import is_moderator, is_verified
from forums.services import ForumError
from practices.models import Topic

from .common import announce, moderation_queue, paginate, post_reply, readable_thread, render
from .threads import posts_of, subscription_mode

SIMILAR_LIMIT = 5
_WORDS = re.compile(r"\w{4,}", re.UNICODE)


def board(request, page: QuestionBoardPage):
    """Every published question, newest activity first; filters: topic, language, answered or not."""
    questions = Thread.objects.filter(kind=Thread.Kind.QUESTION, state=Thread.State.PUBLISHED).select_related("author")
    language = get_language()
    topics = list(Topic.objects.filter(locale__language_code=language).order_by("name"))
    filters = {}
    topic = request.GET.get("topic", "")
    chosen = next((t for t in topics if t.slug == topic), None)
    if chosen is not None:
        questions = questions.filter(topics__translation_key=chosen.translation_key)
        filters["topic"] = topic
    asked_in = request.GET.get("language", "")
    if asked_in in dict(settings.LANGUAGES):
        questions = questions.filter(language=asked_in)
        filters["language"] = asked_in
    status = request.GET.get("status", "")
    if status == "answered":
        questions = questions.filter(accepted_post__isnull=False)
        filters["status"] = status
    elif status == "open":
        questions = questions.filter(accepted_post__isnull=True)
        filters["status"] = status
    questions = questions.order_by("-last_activity_at", "-pk")
    # Staff moderators find what waits for them on the board (groups' queues are on the coordinators' desks).
    queue = moderation_queue(group__isnull=True) if is_moderator(request.user) else {}
    return render(
        request,
        "forums/question_board_page.html",
        {
            "page": page,
            "page_obj": paginate(request, questions),
            "topics": topics,
            "filters": filters,
            "languages": settings.LANGUAGES,
            "query_without_page": urlencode(filters),
            "can_ask": is_verified(request.user),
            "thread_base": page.url,
            **queue,
        },
    )


@require_http_methods(["GET", "POST"])
def ask(request, page: QuestionBoardPage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    language = get_language()
    form = QuestionForm(request.POST or None, request.FILES or None, language=language)
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.ask_question(
                request.user,
                form.cleaned_data["title"],
                form.cleaned_data["body"],
                topics=form.cleaned_data["topics"],
                language=language,
                files=form.cleaned_data["attachments"],
            )
        except ForumError as error:
            form.add_error(None, error.message)
        else:
            announce(request, thread.is_published, _("Your question is published. You will hear of answers."))
            return redirect(thread_path(thread, language))
    return render(
        request,
        "forums/question_form.html",
        {
            "page": page,
            "form": form,
            "similar": similar_questions(form["title"].value() or ""),
            "thread_base": page.url,
        },
    )


def similar_questions(title: str, limit: int = SIMILAR_LIMIT) -> list[Thread]:
    """Published questions sharing the most words (4+ letters) with `title`, answered ones first.

    A database search for now; the search app takes this over with lemmas and
    cross-language matching.
    """
    words = sorted({w.casefold() for w in _WORDS.findall(title)}, key=len, reverse=True)[:8]
    if not words:
        return []
    condition = Q()
    for word in words:
        condition |= Q(title__icontains=word)
    candidates = list(
        Thread.objects.filter(condition, kind=Thread.Kind.QUESTION, state=Thread.State.PUBLISHED).order_by(
            "-last_activity_at"
        )[:50]
    )

    def score(thread: Thread) -> tuple[int, bool]:
        folded = thread.title.casefold()
        return (sum(word in folded for word in words), thread.accepted_post_id is not None)

    return sorted(candidates, key=score, reverse=True)[:limit]


def similar(request, page: QuestionBoardPage):
    """The list of similar questions as an HTML fragment, fetched while the asker types (forums.js)."""
    title = request.GET.get("title", "")[:200]
    response = TemplateResponse(
        request,
        "forums/similar_questions.html",
        {"similar": similar_questions(title), "title": title, "thread_base": page.url},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET", "POST"])
def question_detail(request, page: QuestionBoardPage, thread_id: int):
    thread = readable_thread(request, thread_id, kind=Thread.Kind.QUESTION)
    moderates = is_moderator(request.user)
    form = ReplyForm(request.POST or None, request.FILES or None)
    form.fields["body"].label = _("Your answer")
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if form.is_valid():
            done = post_reply(
                request, thread, form, moderates=moderates, published_message=_("Your answer is published.")
            )
            if done is not None:
                return done
    return render(
        request,
        "forums/question.html",
        {
            "page": page,
            "thread": thread,
            "page_obj": posts_of(thread, request, moderates),
            "form": form,
            "can_reply": is_verified(request.user) and (not thread.is_locked or moderates),
            "can_moderate": moderates,
            "is_asker": request.user.is_authenticated and thread.author_id == request.user.pk,
            "following": subscription_mode(request.user, thread),
            "topics": [t.localized for t in thread.topics.all()],
            "opening_id": thread.posts.order_by("created_at", "id").values_list("pk", flat=True).first(),
        },
    )
