"""Models of working groups and forums, split by kind: pages, groups, discussions, notifications."""

from .discussions import Attachment, Post, PostReport, PostRevision, Thread
from .groups import Membership, WorkingGroup
from .notifications import Delivery, ForumMail, ForumPreferences, Notification, Subscription
from .pages import QuestionBoardPage, WorkingGroupDocument, WorkingGroupIndexPage, WorkingGroupPage

__all__ = [
    "Attachment",
    "Delivery",
    "ForumMail",
    "ForumPreferences",
    "Membership",
    "Notification",
    "Post",
    "PostReport",
    "PostRevision",
    "QuestionBoardPage",
    "Subscription",
    "Thread",
    "WorkingGroup",
    "WorkingGroupDocument",
    "WorkingGroupIndexPage",
    "WorkingGroupPage",
]
