"""Events: pages (what is on, where, when) and registrations (who comes)."""

from .pages import EventIndexPage, EventPage, EventPartner, EventSpeaker
from .registrations import Certificate, Event, EventMessage, OutgoingMail, Registration

__all__ = [
    "Certificate",
    "Event",
    "EventIndexPage",
    "EventMessage",
    "EventPage",
    "EventPartner",
    "EventSpeaker",
    "OutgoingMail",
    "Registration",
]
