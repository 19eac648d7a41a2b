"""Working groups and "Ask the network" in a real browser, in two languages.

A newcomer signs up, asks to join the demo's electronic-document-management
group (a coordinator approves each request), is approved by the demo
coordinator, starts a discussion that waits for a moderator (a new account's
first posts do), gets a reply, asks the network a question (seeing similar
ones while typing), which a staff moderator approves from the board's queue,
and accepts the coordinator's answer by keyboard. axe-core runs on every page
on the way: group page, joining, the coordinators' desk, thread, question
board (with the moderation queue), question page and notification settings.
"""

import re

import pytest

from forums.demo_texts import GROUPS
from tests.e2e.conftest import (
    assert_accessible,
    assert_in_language,
    assert_path,
    assert_serves_accessibly,
    assert_shows,
    sign_up,
    submit,
    translated,
)

pytestmark = pytest.mark.e2e

COORDINATOR_EMAIL = "coordinator@example.org"
MODERATOR_EMAIL = "organiser@example.org"  # staff, in the Moderators group
GROUP = "document-management"
PASSWORD = "Forum-passphrase-2026"
REPLY_BUTTON = "main section.reply form button[type=submit]"

# What the newcomer writes, by language: a discussion, a question that looks like a demo question, the answer.
WRITING = {
    "en": {
        "name": "Nadia Newcomer",
        "motivation": "I run the registry office and we start with electronic files next spring.",
        "thread": ("Scanning incoming paper mail: in-house or outsourced?", "We receive about 200 letters a day."),
        "reply": "We scan in-house with two sheet-fed scanners; ask me for the filing plan.",
        "question": ("Has anyone tried a chatbot for the town hall's questions?", "Which one, and was it worth it?"),
        "similar": "Has anyone tried a chatbot for residents' questions?",
        "answer": "Yes: we answer the ten most common questions with one, and phone calls fell by a fifth.",
    },
    "bg": {
        "name": "Надя Новакова",
        "motivation": "Отговарям за деловодството и от пролетта преминаваме към електронни преписки.",
        "thread": (
            "Сканиране на входящата хартиена поща: сами или с външна фирма?",
            "Получаваме около 200 писма на ден.",
        ),
        "reply": "Сканираме сами с два скенера с подаване на листове; пишете ми за номенклатурата на делата.",
        "question": ("Кой поддържа системите в малка община без ИТ специалист?", "Търсим добра практика."),
        "similar": "Малка община без ИТ специалист – кой поддържа сайта и системите ви?",
        "answer": "Споделяме един ИТ специалист с две съседни общини по договор за сътрудничество.",
    },
}


def group_path(language: str, tail: str = "") -> str:
    return f"/{language}/groups/{GROUP}/{tail}"


@pytest.mark.parametrize("language", ["en", "bg"])
def test_newcomer_joins_posts_gets_a_reply_asks_the_network_and_accepts_an_answer(
    new_context, portal_server, page_as, language
):
    text = WRITING[language]
    group_title = GROUPS[GROUP][language]["title"]

    # 1. A newcomer signs up and opens the group: a coordinator approves each request.
    person, email = sign_up(new_context, portal_server, language, text["name"], PASSWORD)
    person.goto(group_path(language))
    assert_in_language(person, language)
    assert_shows(person, "#membership-heading + p", "A coordinator approves each request to join.", language)
    assert_accessible(person)
    with person.expect_navigation():
        person.click("section[aria-labelledby=membership-heading] a.button")
    assert_path(person, group_path(language, "membership/"))
    person.fill("#id_motivation", text["motivation"])
    assert_accessible(person)
    submit(person)
    assert_shows(person, "main .messages", "Your request was sent to the group's coordinators.", language)

    # Asking twice is refused cleanly: the form is gone, the request is there to withdraw.
    person.goto(group_path(language, "membership/"))
    assert person.locator("#id_motivation").count() == 0
    assert_shows(person, "main", "You asked to join. A coordinator will answer your request.", language)

    # 2. The coordinator approves from the desk; the newcomer is welcomed by mail in their language.
    mails_before = len(portal_server.mails_to(email))
    coordinator = page_as(COORDINATOR_EMAIL)
    coordinator.goto(group_path(language, "manage/"))
    request_panel = coordinator.locator("main .panel", has_text=text["name"])
    assert text["motivation"] in request_panel.inner_text()
    assert_accessible(coordinator)
    with coordinator.expect_navigation():
        request_panel.locator("button[value=approve]").click()
    assert_shows(coordinator, "main .messages", "%(name)s is now a member.", language, name=text["name"])
    welcome = portal_server.wait_for_mail(email, after=mails_before)
    assert welcome["Content-Language"] == language
    assert translated("Welcome to %(group)s", language, group=group_title) == str(welcome["Subject"]).strip()

    # 3. The member starts a discussion; as a new account's first post it waits for a moderator.
    person.goto(group_path(language))
    assert_shows(person, "#membership-heading + p", "You are a member of this group.", language)
    with person.expect_navigation():
        person.click(f"main a[href='{group_path(language, 'threads/new/')}']")
    title, body = text["thread"]
    person.fill("#id_title", title)
    person.fill("#id_body", body)
    submit(person)
    assert re.search(rf"/{language}/groups/{GROUP}/threads/\d+/$", person.url), person.url
    thread_url = person.url
    assert_shows(person, "main", "Waiting for a moderator: only you and the moderators see this post.", language)

    # 4. The coordinator approves it from the desk and replies in the thread.
    coordinator.goto(group_path(language, "manage/"))
    waiting = coordinator.locator("section.moderation .panel", has_text=body)
    with coordinator.expect_navigation():
        waiting.locator("button", has_text=translated("Approve", language)).click()
    assert_path(coordinator, group_path(language, "manage/"))
    assert coordinator.locator("section.moderation .panel", has_text=body).count() == 0
    coordinator.goto(thread_url)
    coordinator.fill("#id_body", text["reply"])
    submit(coordinator, REPLY_BUTTON)
    assert text["reply"] in coordinator.locator("main article.post").last.inner_text()

    # The member reads the reply; the thread page is accessible.
    person.goto(thread_url)
    posts = person.locator("main article.post")
    assert posts.count() == 2
    assert body in posts.first.inner_text() and text["reply"] in posts.last.inner_text()
    assert person.locator("main .message--info").count() == 0  # no longer waiting
    assert_accessible(person)

    # 5. Ask the network: similar questions appear while the title is typed.
    person.goto(f"/{language}/questions/")
    assert_accessible(person)
    with person.expect_navigation():
        person.click("main a.button[href$='/ask/']")
    question_title, question_body = text["question"]
    person.locator("#id_title").press_sequentially(question_title, delay=5)
    suggestion = person.locator("#similar-questions a", has_text=text["similar"])
    suggestion.wait_for()
    assert_accessible(person)
    person.fill("#id_body", question_body)
    person.locator("main input[name=topics]").first.check()
    submit(person)
    assert re.search(rf"/{language}/questions/\d+/$", person.url), person.url
    question_url = person.url
    assert_shows(person, "main", "Waiting for a moderator: only you and the moderators see this post.", language)

    # 6. A staff moderator finds the question in the board's queue and approves it.
    moderator = page_as(MODERATOR_EMAIL)
    moderator.goto(f"/{language}/questions/")
    queued = moderator.locator("section.moderation .panel", has_text=question_body)
    assert queued.count() == 1
    assert_accessible(moderator)
    with moderator.expect_navigation():
        queued.locator("button", has_text=translated("Approve", language)).click()
    assert_path(moderator, f"/{language}/questions/")
    assert question_title in moderator.locator("main .thread-list").inner_text()

    # 7. The coordinator answers; the asker accepts the answer, by keyboard.
    coordinator.goto(question_url)
    coordinator.fill("#id_body", text["answer"])
    submit(coordinator, REPLY_BUTTON)
    person.goto(question_url)
    accept = person.locator("main article.post", has_text=text["answer"]).locator("button.button--small")
    accept.focus()
    with person.expect_navigation():
        person.keyboard.press("Enter")
    assert_shows(person, "main .messages", "Answer accepted.", language)
    accepted = person.locator("main article.post--accepted")
    assert accepted.count() == 1 and text["answer"] in accepted.inner_text()
    assert_shows(person, "main h1 + p", "Answered", language)
    assert_accessible(person)

    # 8. My account lists the group and the thread; notification settings are accessible.
    person.goto(f"/{language}/account/")
    assert group_title in person.locator("main").inner_text()
    person.goto(f"/{language}/account/notifications/")
    assert_in_language(person, language)
    assert_accessible(person)


@pytest.mark.parametrize(
    "path",
    [
        "/en/groups/",
        "/uk/groups/e-services/",
        "/pl/groups/e-services/threads/",
        "/en/groups/document-management/members/",
        "/bg/questions/",
        "/en/questions/?status=answered",
    ],
)
def test_forum_pages_for_the_public_have_no_serious_accessibility_violation(page, path):
    assert_serves_accessibly(page, path)


def test_a_group_member_reads_threads_and_questions_without_violations(page_as):
    page = page_as("groupmember@example.org")
    page.goto("/en/groups/e-services/threads/")
    with page.expect_navigation():
        page.locator("main .thread-list a").first.click()
    assert page.locator("main article.post").count() >= 1
    assert_accessible(page)
    page.goto("/uk/questions/?status=answered")
    with page.expect_navigation():
        page.locator("main .thread-list a").first.click()
    assert page.locator("main article.post--accepted").count() == 1
    assert_accessible(page)
