"""Publishing an event page: share its Event, fill freed seats, tell registrants what changed."""

from __future__ import annotations

from wagtail.signals import page_published


def _schedule(page) -> str:
    return "|".join(
        str(value)
        for value in (
            page.starts_at.isoformat(),
            page.ends_at.isoformat(),
            page.timezone,
            page.attendance_mode,
            page.venue_name,
            page.venue_address,
            page.venue_city,
            page.country,
            page.online_url,
        )
    )


def event_page_published(sender, instance, **kwargs) -> None:
    from events import services

    event = services.event_for_page(instance)
    if event.page_id != instance.pk:
        return  # a translation: the original's settings and schedule count
    schedule = _schedule(instance)
    if event.published_schedule and event.published_schedule != schedule:
        services.notify_event_changed(instance)
    if event.published_schedule != schedule:
        changes = {"published_schedule": schedule}
        if event.published_schedule.split("|", 1)[0] != schedule.split("|", 1)[0]:
            # A new start date: the reminder is due again, before the new date.
            changes["reminders_sent_at"] = None
        type(event).objects.filter(pk=event.pk).update(**changes)
    # A raised capacity (or a waiting list switched on) frees seats for the queue.
    services.promote_waitlisted(event)


def _connect() -> None:
    from events.models import EventPage

    page_published.connect(event_page_published, sender=EventPage, dispatch_uid="events-page-published")


_connect()
