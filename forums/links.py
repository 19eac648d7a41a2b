"""Where a group, thread or question lives in a given language (the page's translation, else the original)."""

from __future__ import annotations

from django.conf import settings

from forums.models import QuestionBoardPage, Thread, WorkingGroup, WorkingGroupPage


def group_page_in(group: WorkingGroup, language: str) -> WorkingGroupPage:
    page = (
        WorkingGroupPage.objects.live()
        .filter(translation_key=group.translation_key, locale__language_code=language)
        .first()
    )
    return page or group.page


def board_in(language: str) -> QuestionBoardPage | None:
    return (
        QuestionBoardPage.objects.live().filter(locale__language_code=language).first()
        or QuestionBoardPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def thread_path(thread: Thread, language: str) -> str:
    """The thread's path (with its language prefix) for a reader of `language`."""
    if thread.group_id is None:
        board = board_in(language)
        return board.url + board.reverse_subpage("question", args=[thread.pk]) if board else ""
    page = group_page_in(thread.group, language)
    return page.url + page.reverse_subpage("thread", args=[thread.pk])
