"""The demo content: complete in four languages, idempotent, and never loaded into production."""

import io
import os
import secrets
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from portal.demo.build import DEMO_PASSWORD, DEMO_USERS, LANGUAGES, build_demo
from portal.demo.organisations import ORGANISATIONS
from portal.models import ConsentRecord, ContactFormField, ContactPage, Organisation, SiteSettings, User
from practices.demo import ORGANISATIONS as PRACTICE_ORGANISATIONS
from practices.demo import PRACTICES

BASE_DIR = Path(__file__).resolve().parents[2]
SLUGS = [
    "about",
    "events",
    "groups",
    "questions",
    "practices",
    "organisations",
    "contact",
    "privacy",
    "accessibility",
]
# Every organisation the demo makes (the portal's and those each app's demo adds), by name and country.
DEMO_ORGANISATIONS = {(name, country) for name, _, country, *_ in [*ORGANISATIONS, *PRACTICE_ORGANISATIONS]}


def counts() -> dict[str, int]:
    return {
        "locales": Locale.objects.count(),
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "organisations": Organisation.objects.count(),
        "users": User.objects.count(),
        "email addresses": EmailAddress.objects.count(),
        "consents": ConsentRecord.objects.count(),
        "group memberships": User.groups.through.objects.count(),
        "contact form fields": ContactFormField.objects.count(),
        "images": get_image_model().objects.count(),
        "site settings": SiteSettings.objects.count(),
    }


@pytest.mark.django_db
def test_demo_has_every_page_in_every_language(home_pages):
    """Every top-level page in all four languages, and every case study in its own language and its translations."""
    assert sorted(home_pages) == sorted(LANGUAGES)
    english = {page.slug: page for page in home_pages["en"].get_children().live()}
    assert sorted(english) == sorted(SLUGS)
    for language in LANGUAGES:
        children = home_pages[language].get_children().live().specific()
        assert sorted(page.slug for page in children) == sorted(SLUGS), language
        for page in children:
            # Translations, not unrelated copies: the language switcher relies on this.
            assert page.translation_key == english[page.slug].translation_key
            assert page.locale.language_code == language

    # The practices library holds each case study in the language it was written in and in its translations.
    libraries = {language: home_pages[language].get_children().get(slug="practices") for language in LANGUAGES}
    originals = {spec["key"]: libraries[spec["language"]].get_children().get(slug=spec["key"]) for spec in PRACTICES}
    for language in LANGUAGES:
        practices = libraries[language].get_children().live().specific()
        expected = sorted(spec["key"] for spec in PRACTICES if language in spec["texts"])
        assert sorted(page.slug for page in practices) == expected, language
        for page in practices:
            assert page.translation_key == originals[page.slug].translation_key
            assert page.locale.language_code == language


@pytest.mark.django_db
def test_demo_contact_forms_have_the_same_fields_in_every_language():
    for page in ContactPage.objects.all():
        fields = [(f.clean_name, f.field_type, f.required) for f in page.form_fields.order_by("sort_order")]
        assert fields == [
            ("name", "singleline", True),
            ("email", "email", True),
            ("subject", "singleline", False),
            ("message", "multiline", True),
        ], page.locale.language_code
        assert page.to_address == "secretariat@example.org"


@pytest.mark.django_db
def test_demo_users_can_log_in_with_the_documented_password(client, demo_users):
    assert sorted(demo_users) == sorted(email.split("@")[0] for email, *_ in DEMO_USERS)
    for user in demo_users.values():
        assert user.check_password(DEMO_PASSWORD), user.email
        assert EmailAddress.objects.get(user=user).verified
    assert demo_users["admin"].is_superuser
    assert set(demo_users["organiser"].groups.values_list("name", flat=True)) == {"Editors", "Moderators"}
    assert not demo_users["member"].is_staff
    assert Organisation.objects.filter(name__in=[row[0] for row in ORGANISATIONS]).count() == len(ORGANISATIONS) == 16


@pytest.mark.django_db
def test_building_the_demo_a_second_time_changes_no_counts(home_pages):
    before = counts()
    assert set(Organisation.objects.values_list("name", "country")) == DEMO_ORGANISATIONS
    assert before["organisations"] == len(DEMO_ORGANISATIONS)
    assert Group.objects.filter(name__in=["Editors", "Moderators"]).count() == 2

    summary = build_demo()

    assert counts() == before
    assert f"Organisations: {len(ORGANISATIONS)}" in summary
    # Still one home page per language, still the default site's root.
    assert Page.objects.filter(depth=2).count() == len(LANGUAGES)


@pytest.mark.django_db
def test_load_demo_command_reports_what_it_built():
    before = counts()
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    assert counts() == before
    output = out.getvalue()
    assert "Locales: en, bg, uk, pl" in output
    assert "Organisations: 16" in output
    assert "Demo content is ready." in output


def test_load_demo_refuses_to_run_with_production_settings(tmp_path):
    database = tmp_path / "production.sqlite3"
    env = {key: value for key, value in os.environ.items() if key not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "portal.example.org",
            "DATABASE_URL": f"sqlite:///{database}",
            "CACHE_DIR": str(tmp_path / "cache"),
        }
    )

    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 1
    assert "CommandError: The demo content must not be loaded with production settings." in result.stderr
    assert "Demo content is ready." not in result.stdout
    # Nothing was written: no table exists in the production database.
    if database.exists():
        with closing(sqlite3.connect(database)) as connection:
            assert connection.execute("select count(*) from sqlite_master where type = 'table'").fetchone()[0] == 0
