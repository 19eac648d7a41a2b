"""Shared fixtures: the demo page tree is built once per session; mail is locmem."""

import pytest
from django.core.cache import cache


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site (four languages, organisations, one user per role) once."""
    from portal.demo.build import build_demo

    with django_db_blocker.unblock():
        build_demo()


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
