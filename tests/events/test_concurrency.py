"""Races: many people registering and cancelling at the same moment never overbook an event.

Threads with their own database connections hit the same event at once. On
PostgreSQL the event's row lock makes them take turns; on SQLite the
IMMEDIATE transactions do. bench/registration.py runs the same race through
real HTTP requests against gunicorn.
"""

import threading

import pytest
from django.db import connection, connections

from events import services
from events.models import Registration
from events.services import RegistrationError
from tests.factories import OrganisationFactory

State = Registration.State

# Other connections must see the test's data, so it is committed (transaction=True);
# serialized_rollback brings the demo site back after the flush that follows.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_at_once(functions):
    """Run the functions in threads released together; returns their results or exceptions."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def worker(index, function):
        try:
            barrier.wait()
            results[index] = function()
        except Exception as error:  # collected and inspected by the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, f)) for i, f in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_a_burst_of_registrations_never_overbooks_nor_breaks_the_quota(make_event, registrant):
    page = make_event(capacity=5, waitlist_enabled=True, organisation_quota=2)
    organisations = [OrganisationFactory() for _ in range(6)]
    people = [registrant(organisation=organisations[i % 6]) for i in range(18)]
    results = run_at_once([lambda p=p: services.register_for_event(page, p) for p in people])
    unexpected = [r for r in results if isinstance(r, Exception) and not isinstance(r, RegistrationError)]
    assert not unexpected, unexpected
    refused = [r for r in results if isinstance(r, RegistrationError)]
    assert {r.code for r in refused} <= {"quota"}
    event = services.event_for_page(page)
    confirmed = Registration.objects.filter(event=event, state=State.CONFIRMED).count()
    waitlisted = Registration.objects.filter(event=event, state=State.WAITLISTED).count()
    assert confirmed == 5
    assert confirmed + waitlisted == 12 and len(refused) == 6  # six organisations × quota 2
    for organisation in organisations:
        assert Registration.objects.filter(event=event, organisation=organisation).count() == 2


def test_the_same_email_registering_twice_at_once_gets_one_registration(make_event, registrant):
    page = make_event(capacity=10)
    twins = [registrant(email="twice@example.net") for _ in range(6)]
    results = run_at_once([lambda p=p: services.register_for_event(page, p) for p in twins])
    assert sum(isinstance(r, Registration) for r in results) == 1
    assert all(r.code == "duplicate" for r in results if isinstance(r, RegistrationError))
    assert Registration.objects.filter(email_key="twice@example.net").count() == 1


def test_concurrent_cancellations_promote_each_waitlisted_registrant_exactly_once(make_event, registrant):
    page = make_event(capacity=4)
    seated = [services.register_for_event(page, registrant()) for _ in range(4)]
    waiting = [services.register_for_event(page, registrant()) for _ in range(6)]
    results = run_at_once([lambda r=r: services.cancel_registration(r) for r in seated])
    assert not [r for r in results if isinstance(r, Exception)], results
    states = [Registration.objects.get(pk=r.pk).state for r in waiting]
    assert states == [State.CONFIRMED] * 4 + [State.WAITLISTED] * 2
    promoted_mails = Registration.objects.filter(pk__in=[r.pk for r in waiting], mails__kind="promoted")
    assert promoted_mails.count() == 4  # one "promoted" mail each, none twice


def test_cancellation_racing_new_registrations_gives_the_seat_to_the_queue_first(make_event, registrant):
    page = make_event(capacity=2)
    seated = [services.register_for_event(page, registrant()) for _ in range(2)]
    first_in_line = services.register_for_event(page, registrant())
    newcomers = [registrant() for _ in range(5)]
    calls = [lambda: services.cancel_registration(seated[0])]
    calls += [lambda p=p: services.register_for_event(page, p) for p in newcomers]
    run_at_once(calls)
    event = services.event_for_page(page)
    assert Registration.objects.filter(event=event, state__in=Registration.SEATED_STATES).count() == 2
    first_in_line.refresh_from_db()
    assert first_in_line.state == State.CONFIRMED, connection.vendor
