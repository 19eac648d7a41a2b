"""Case studies (pages), their taxonomies, and what members do with them (adoptions, votes, messages)."""

from .pages import (
    PracticeAttachment,
    PracticeContact,
    PracticeImage,
    PracticeIndexPage,
    PracticePage,
    population_band,
)
from .records import Adoption, ContactMessage, Practice, PracticeMail, UsefulVote
from .review import CoordinatorReviewTask, may_review
from .taxonomy import System, Topic

__all__ = [
    "Adoption",
    "ContactMessage",
    "CoordinatorReviewTask",
    "Practice",
    "PracticeAttachment",
    "PracticeContact",
    "PracticeImage",
    "PracticeIndexPage",
    "PracticeMail",
    "PracticePage",
    "System",
    "Topic",
    "UsefulVote",
    "may_review",
    "population_band",
]
