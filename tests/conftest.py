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


def index_under(model, home, title: str, slug: str):
    """The `model` index page under `home`, made (with its translations under the other homes) when missing."""
    index = model.objects.child_of(home).first()
    if index is None:
        index = model(title=title, slug=slug, locale=home.locale)
        home.add_child(instance=index)
        index.save_revision().publish()
        for other_home in home.get_translations():
            if not model.objects.child_of(other_home).exists():
                index.copy_for_translation(other_home.locale).save_revision().publish()
    return index


@pytest.fixture
def demo_context(home_pages, demo_users):
    """What the apps' demo builders are given (as portal.demo.build passes it), from the session's demo site."""
    from wagtail.images.models import Image
    from wagtail.models import Locale

    from portal.demo.build import LANGUAGES
    from portal.models import Organisation

    return {
        "locales": {code: Locale.objects.get(language_code=code) for code in LANGUAGES},
        "organisations": {organisation.name: organisation for organisation in Organisation.objects.all()},
        "users": demo_users,
        "homes": home_pages,
        "image": Image.objects.get(title="Network forum (demo)"),
    }


@pytest.fixture
def act(django_capture_on_commit_callbacks):
    """act(function, *args, **kwargs): call a service and run what it left for after commit (tasks, mails, rates)."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run
