"""The registration rules: states, capacity, waiting list, quotas, duplicates, the window, promotion."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import Locale

from events import services
from events.models import Event, OutgoingMail, Registration
from events.services import RegistrationError
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
State = Registration.State


def states(event_page):
    event = services.event_for_page(event_page)
    return list(Registration.objects.filter(event=event).order_by("id").values_list("state", flat=True))


def test_registrations_are_confirmed_up_to_capacity_then_waitlisted(make_event, registrant):
    page = make_event(capacity=2, waitlist_enabled=True)
    results = [services.register_for_event(page, registrant()).state for _ in range(4)]
    assert results == [State.CONFIRMED, State.CONFIRMED, State.WAITLISTED, State.WAITLISTED]


def test_full_event_without_waiting_list_refuses_registration_and_saves_nothing(make_event, registrant):
    page = make_event(capacity=1, waitlist_enabled=False)
    services.register_for_event(page, registrant())
    with pytest.raises(RegistrationError) as refused:
        services.register_for_event(page, registrant())
    assert refused.value.code == "full"
    assert states(page) == [State.CONFIRMED]


def test_event_without_capacity_confirms_everyone(make_event, registrant):
    page = make_event(capacity=None)
    for _ in range(5):
        assert services.register_for_event(page, registrant()).state == State.CONFIRMED


def test_approval_events_keep_registrations_pending_without_taking_a_seat(make_event, registrant, organiser):
    page = make_event(capacity=1, requires_approval=True)
    first = services.register_for_event(page, registrant())
    second = services.register_for_event(page, registrant())
    assert first.state == second.state == State.PENDING
    assert services.approve_registration(second, by=organiser).state == State.CONFIRMED
    # The one seat is gone: approving the other puts them on the waiting list.
    assert services.approve_registration(first, by=organiser).state == State.WAITLISTED


def test_approval_when_full_without_waiting_list_is_refused(make_event, registrant, organiser):
    page = make_event(capacity=1, requires_approval=True, waitlist_enabled=False)
    first = services.register_for_event(page, registrant())
    second = services.register_for_event(page, registrant())
    services.approve_registration(first, by=organiser)
    with pytest.raises(RegistrationError) as refused:
        services.approve_registration(second, by=organiser)
    assert refused.value.code == "full"
    second.refresh_from_db()
    assert second.state == State.PENDING


def test_one_active_registration_per_email_whatever_its_case(make_event, registrant):
    page = make_event()
    services.register_for_event(page, registrant(email="Ana.Petrova@Example.net"))
    with pytest.raises(RegistrationError) as refused:
        services.register_for_event(page, registrant(email="ana.petrova@example.net"))
    assert refused.value.code == "duplicate"
    assert len(states(page)) == 1


def test_a_cancelled_registrant_may_register_again(make_event, registrant):
    page = make_event()
    first = services.register_for_event(page, registrant(email="again@example.net"))
    services.cancel_registration(first)
    again = services.register_for_event(page, registrant(email="again@example.net"))
    assert again.state == State.CONFIRMED
    assert states(page) == [State.CANCELLED, State.CONFIRMED]


def test_organisation_quota_counts_active_registrations_of_the_directory_entry(make_event, registrant):
    page = make_event(capacity=10, organisation_quota=2)
    municipality = OrganisationFactory()
    first = services.register_for_event(page, registrant(organisation=municipality))
    services.register_for_event(page, registrant(organisation=municipality))
    with pytest.raises(RegistrationError) as refused:
        services.register_for_event(page, registrant(organisation=municipality))
    assert refused.value.code == "quota"
    # Another organisation is not affected; a cancellation frees a quota place.
    services.register_for_event(page, registrant(organisation=OrganisationFactory()))
    services.cancel_registration(first)
    assert services.register_for_event(page, registrant(organisation=municipality)).state == State.CONFIRMED


def test_quota_applies_to_organisation_names_typed_in_any_case_and_spacing(make_event, registrant):
    page = make_event(organisation_quota=1)
    services.register_for_event(page, registrant(organisation_name="Община  Бяла"))
    with pytest.raises(RegistrationError) as refused:
        services.register_for_event(page, registrant(organisation_name="община бяла"))
    assert refused.value.code == "quota"


def test_waitlisted_registrations_count_towards_the_quota(make_event, registrant):
    page = make_event(capacity=1, organisation_quota=2)
    municipality = OrganisationFactory()
    services.register_for_event(page, registrant(organisation=municipality))
    assert services.register_for_event(page, registrant(organisation=municipality)).state == State.WAITLISTED
    with pytest.raises(RegistrationError):
        services.register_for_event(page, registrant(organisation=municipality))


def test_waitlisted_registrant_is_promoted_when_a_seat_frees(make_event, registrant):
    page = make_event(capacity=1)
    seated = services.register_for_event(page, registrant())
    first_in_line = services.register_for_event(page, registrant())
    second_in_line = services.register_for_event(page, registrant())
    services.cancel_registration(seated)
    first_in_line.refresh_from_db()
    second_in_line.refresh_from_db()
    assert first_in_line.state == State.CONFIRMED
    assert second_in_line.state == State.WAITLISTED
    assert list(OutgoingMail.objects.filter(registration=first_in_line).values_list("kind", flat=True)) == [
        "waitlisted",
        "promoted",
    ]


def test_cancelling_a_waitlisted_registration_promotes_nobody(make_event, registrant):
    page = make_event(capacity=1)
    services.register_for_event(page, registrant())
    waiting = services.register_for_event(page, registrant())
    behind = services.register_for_event(page, registrant())
    services.cancel_registration(waiting)
    behind.refresh_from_db()
    assert behind.state == State.WAITLISTED


def test_raising_the_capacity_on_publish_promotes_the_waiting_list_in_order(make_event, registrant):
    page = make_event(capacity=1)
    services.register_for_event(page, registrant())
    waiting = [services.register_for_event(page, registrant()) for _ in range(3)]
    page.capacity = 3
    page.save_revision().publish()
    assert [Registration.objects.get(pk=r.pk).state for r in waiting] == [
        State.CONFIRMED,
        State.CONFIRMED,
        State.WAITLISTED,
    ]


def test_cancelling_twice_is_refused_with_a_message(make_event, registrant):
    page = make_event()
    registration = services.register_for_event(page, registrant())
    services.cancel_registration(registration)
    with pytest.raises(RegistrationError) as refused:
        services.cancel_registration(registration)
    assert refused.value.code == "already_cancelled"


def test_reject_frees_the_seat_for_the_waiting_list_and_keeps_the_reason(make_event, registrant, organiser):
    page = make_event(capacity=1)
    seated = services.register_for_event(page, registrant())
    waiting = services.register_for_event(page, registrant())
    services.reject_registration(seated, by=organiser, reason="Not from a member body")
    seated.refresh_from_db()
    waiting.refresh_from_db()
    assert seated.state == State.REJECTED and seated.decision_reason == "Not from a member body"
    assert waiting.state == State.CONFIRMED


def test_move_from_waitlist_needs_a_free_seat(make_event, registrant, organiser):
    page = make_event(capacity=1, waitlist_enabled=True)
    seated = services.register_for_event(page, registrant())
    services.register_for_event(page, registrant())
    chosen = services.register_for_event(page, registrant())
    with pytest.raises(RegistrationError) as refused:
        services.move_from_waitlist(chosen, by=organiser)
    assert refused.value.code == "full"
    # Raise the capacity without publishing (so the queue is not promoted) and move the chosen one first.
    page.capacity = 2
    page.save()
    services.move_from_waitlist(chosen, by=organiser)
    chosen.refresh_from_db()
    assert chosen.state == State.CONFIRMED and chosen.decided_by == organiser
    assert seated.event.registrations.filter(state=State.CONFIRMED).count() == 2


def test_check_in_marks_attended_once_and_only_confirmed_people(make_event, registrant, organiser):
    page = make_event(capacity=1)
    seated = services.register_for_event(page, registrant())
    waiting = services.register_for_event(page, registrant())
    registration, changed = services.mark_attended(seated, by=organiser)
    assert changed and registration.state == State.ATTENDED and registration.attended_at
    _registration, changed_again = services.mark_attended(seated, by=organiser)
    assert not changed_again
    with pytest.raises(RegistrationError) as refused:
        services.mark_attended(waiting, by=organiser)
    assert refused.value.code == "not_confirmed"


def test_attended_registration_cannot_be_cancelled(make_event, registrant, organiser):
    page = make_event()
    registration = services.register_for_event(page, registrant())
    services.mark_attended(registration, by=organiser)
    with pytest.raises(RegistrationError) as refused:
        services.cancel_registration(registration)
    assert refused.value.code == "not_cancellable"


def test_training_with_hours_issues_a_certificate_on_check_in(make_event, registrant, organiser):
    training = make_event(kind="training", certificate_hours=6)
    forum = make_event(kind="forum")
    trained = services.register_for_event(training, registrant(full_name="Олена Коваль"))
    visitor = services.register_for_event(forum, registrant())
    services.mark_attended(trained, by=organiser)
    services.mark_attended(visitor, by=organiser)
    trained.refresh_from_db()
    assert trained.certificate.full_name == "Олена Коваль" and trained.certificate.hours == 6
    assert not hasattr(Registration.objects.get(pk=visitor.pk), "certificate") or visitor.certificate is None


# The registration window, in the event's timezone --------------------------------------------


def test_registration_closes_at_the_deadline_in_the_events_timezone(make_event, registrant):
    kyiv = ZoneInfo("Europe/Kyiv")
    closes = datetime(2027, 3, 1, 23, 59, tzinfo=kyiv)  # 21:59 UTC
    page = make_event(
        timezone="Europe/Kyiv",
        starts_at=datetime(2027, 3, 10, 9, 0, tzinfo=kyiv),
        ends_at=datetime(2027, 3, 10, 17, 0, tzinfo=kyiv),
        registration_closes_at=closes,
    )
    one_minute_before = datetime(2027, 3, 1, 21, 58, tzinfo=ZoneInfo("UTC"))
    at_deadline_utc = datetime(2027, 3, 1, 21, 59, tzinfo=ZoneInfo("UTC"))
    assert page.registration_window(one_minute_before) == "open"
    # Still 1 March in London and Sofia is one hour behind Kyiv; registration is closed all the same.
    assert page.registration_window(at_deadline_utc) == "closed"
    assert services.register_for_event(page, registrant(), now=one_minute_before).state == State.CONFIRMED
    with pytest.raises(RegistrationError) as refused:
        services.register_for_event(page, registrant(), now=at_deadline_utc)
    assert refused.value.code == "closed"


def test_registration_not_yet_open_is_refused(make_event, registrant):
    page = make_event(registration_opens_at=timezone.now() + timedelta(days=1))
    assert page.registration_window() == "not_yet"
    with pytest.raises(RegistrationError) as refused:
        services.register_for_event(page, registrant())
    assert refused.value.code == "closed"


def test_registration_closes_when_the_event_starts_without_a_deadline(make_event, registrant):
    page = make_event(starts_at=timezone.now() - timedelta(hours=1), ends_at=timezone.now() + timedelta(hours=3))
    assert page.registration_window() == "closed"
    with pytest.raises(RegistrationError):
        services.register_for_event(page, registrant())


def test_times_typed_in_the_admin_are_wall_clock_times_of_the_event_timezone(make_event):
    from events.models.pages import EventPageForm

    page = make_event(timezone="Europe/Kyiv")
    assert issubclass(page.get_edit_handler().get_form_class(), EventPageForm)
    # The admin reads "09:00" in its own timezone (Sofia); the event is in Warsaw.
    typed = timezone.make_aware(datetime(2027, 5, 4, 9, 0))
    in_warsaw = EventPageForm.in_event_zone(typed, "Europe/Warsaw")
    assert in_warsaw == datetime(2027, 5, 4, 9, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert timezone.localtime(in_warsaw, ZoneInfo("UTC")).hour == 7


# Translations share one event -------------------------------------------------------


def test_translations_of_an_event_share_seats_and_settings(make_event, registrant):
    page = make_event(capacity=1)
    bulgarian = page.copy_for_translation(Locale.objects.get(language_code="bg"))
    bulgarian.save_revision().publish()
    assert services.event_for_page(bulgarian) == services.event_for_page(page)
    services.register_for_event(page, registrant())
    assert services.register_for_event(bulgarian, registrant(language="bg")).state == State.WAITLISTED
    assert Event.objects.filter(translation_key=page.translation_key).count() == 1


# Colleagues ------------------------------------------------------------------------


def test_member_registers_colleagues_of_their_own_organisation_only(make_event, registrant):
    page = make_event(organisation_quota=2)
    member = UserFactory(organisation=OrganisationFactory())
    colleague = services.register_for_event(page, registrant(organisation=member.organisation), registered_by=member)
    assert colleague.registered_by == member and colleague.user is None
    with pytest.raises(RegistrationError) as refused:
        services.register_for_event(page, registrant(organisation=OrganisationFactory()), registered_by=member)
    assert refused.value.code == "other_organisation"
    lonely = UserFactory(organisation=None)
    with pytest.raises(RegistrationError) as refused:
        services.register_for_event(page, registrant(), registered_by=lonely)
    assert refused.value.code == "no_organisation"


# Mails are owed in the same transaction --------------------------------------------------


def test_each_transition_queues_the_mail_that_reports_it(make_event, registrant, organiser):
    page = make_event(capacity=1, requires_approval=True)
    pending = services.register_for_event(page, registrant())
    services.approve_registration(pending, by=organiser)
    other = services.register_for_event(page, registrant())
    services.reject_registration(other, by=organiser, reason="")
    services.cancel_registration(pending)
    kinds = list(
        OutgoingMail.objects.filter(registration__in=[pending, other]).order_by("id").values_list("kind", flat=True)
    )
    assert kinds == ["pending", "confirmed", "pending", "rejected", "cancelled"]


def test_a_refused_registration_queues_no_mail(make_event, registrant):
    page = make_event(capacity=0, waitlist_enabled=False)
    before = OutgoingMail.objects.count()
    with pytest.raises(RegistrationError):
        services.register_for_event(page, registrant())
    assert OutgoingMail.objects.count() == before


def test_changing_time_or_place_on_publish_tells_everyone_registered(make_event, registrant):
    page = make_event(capacity=1)
    seated = services.register_for_event(page, registrant())
    waiting = services.register_for_event(page, registrant())
    cancelled = services.register_for_event(page, registrant())
    services.cancel_registration(cancelled)
    page.title = "A new title only"
    page.save_revision().publish()
    assert not OutgoingMail.objects.filter(kind="changed").exists()
    page.venue_name = "Palace of Culture, hall 3"
    page.save_revision().publish()
    told = set(OutgoingMail.objects.filter(kind="changed").values_list("registration_id", flat=True))
    assert told == {seated.pk, waiting.pk}


# Deleting event pages -------------------------------------------------------------------


def test_deleting_the_original_page_keeps_the_event_with_its_translation(make_event, registrant):
    page = make_event(capacity=1)
    bulgarian = page.copy_for_translation(Locale.objects.get(language_code="bg"))
    bulgarian.save_revision().publish()
    registration = services.register_for_event(page, registrant())
    page.delete()
    registration.refresh_from_db()
    assert registration.event.page_id == bulgarian.pk
    # Seats are still counted: the next person waits.
    assert services.register_for_event(bulgarian, registrant()).state == State.WAITLISTED


def test_deleting_the_last_page_of_an_event_deletes_its_registrations_but_not_certificates(
    make_event, registrant, organiser
):
    from events.models import Certificate

    page = make_event(kind="training", certificate_hours=3)
    registration = services.register_for_event(page, registrant(full_name="Ana Kovač"))
    services.mark_attended(registration, by=organiser)
    page.delete()
    assert not Registration.objects.filter(pk=registration.pk).exists()
    certificate = Certificate.objects.get(full_name="Ana Kovač")
    assert certificate.event is None and certificate.hours == 3
