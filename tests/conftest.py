"""Shared fixtures: the demo page tree is built once per session; mail is locmem."""

import pytest
from django.core.cache import cache


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site (four languages, organisations, one user per role) once."""
    from django.db import connections

    from portal.demo.build import build_demo

    with django_db_blocker.unblock():
        build_demo()
        for connection in connections.all(initialized_only=True):
            if hasattr(connection, "_test_serialized_contents"):
                # Transactional tests with serialized_rollback restore this after their
                # flush: the demo site, not the empty database left by the migrations.
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def _default_language():
    """A request leaves its language active in the thread; the next test starts from the default."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and cached pages must not leak from one test into another."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_pages(db):
    from portal.models import HomePage

    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def demo_users(db):
    """The demo users by role: admin, organiser, coordinator, groupmember, member."""
    from portal.models import User

    return {user.email.split("@")[0]: user for user in User.objects.filter(email__endswith="@example.org")}
