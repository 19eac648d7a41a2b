"""Production settings pass Django's deployment checks, refuse to start half-configured, and migrations are complete."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION = "portal.settings.production"

# Variables a developer's shell might carry that would change what production settings read.
INHERITED = (
    "DJANGO_SETTINGS_MODULE",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "EMAIL_HOST",
    "EMAIL_BACKEND",
    "AWS_STORAGE_BUCKET_NAME",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
    "TRUSTED_PROXY_COUNT",
)


@pytest.fixture
def production_env(tmp_path) -> dict[str, str]:
    """The environment a production web node gets, pointing at a throw-away SQLite file."""
    env = {key: value for key, value in os.environ.items() if key not in INHERITED}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": PRODUCTION,
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "portal.example.org,www.portal.example.org",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
            "CACHE_DIR": str(tmp_path / "cache"),
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
        }
    )
    return env


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(env: dict[str, str], *names: str) -> dict:
    """The values `names` take under production settings in `env`, read in a fresh process."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_settings_pass_the_deployment_checks(production_env):
    result = manage(production_env, "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY must be set to a random string of at least 50 characters."),
        ({"SECRET_KEY": "short-and-guessable"}, "SECRET_KEY must be set to a random string of at least 50 characters."),
        ({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS must list the host names the portal answers to."),
        ({"ALLOWED_HOSTS": " , "}, "ALLOWED_HOSTS must list the host names the portal answers to."),
    ],
)
def test_production_refuses_to_start_without_its_required_settings(production_env, changes, message):
    for key, value in changes.items():
        if value is None:
            production_env.pop(key)
        else:
            production_env[key] = value

    result = manage(production_env, "check", "--deploy")

    assert result.returncode != 0
    assert f"django.core.exceptions.ImproperlyConfigured: {message}" in result.stderr


def test_production_is_secure_by_default(production_env):
    values = production_settings(
        production_env,
        "DEBUG",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_PROXY_SSL_HEADER",
        "X_FRAME_OPTIONS",
        "ALLOWED_HOSTS",
        "WAGTAILADMIN_BASE_URL",
        "TRUSTED_PROXY_COUNT",
    )

    assert values == {
        "DEBUG": False,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "X_FRAME_OPTIONS": "DENY",
        "ALLOWED_HOSTS": ["portal.example.org", "www.portal.example.org"],
        "WAGTAILADMIN_BASE_URL": "https://portal.example.org",
        "TRUSTED_PROXY_COUNT": 0,
    }


def test_production_reads_its_services_from_the_environment(production_env):
    production_env.update(
        {
            "REDIS_URL": "redis://cache.internal:6379/0",
            "EMAIL_HOST": "smtp.example.org",
            "DATABASE_URL": "postgres://portal:secret@db.internal:5432/portal",
        }
    )

    values = production_settings(production_env, "CACHES", "EMAIL_BACKEND", "EMAIL_PORT", "EMAIL_USE_TLS", "DATABASES")

    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache.internal:6379/0"
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (values["EMAIL_PORT"], values["EMAIL_USE_TLS"]) == (587, True)
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"], database["USER"]) == ("db.internal", "portal", "portal")


def test_models_and_migrations_agree(production_env):
    result = manage(production_env, "makemigrations", "--check", "--dry-run")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout


def test_one_setting_tells_every_rate_limit_how_many_proxies_to_trust(production_env):
    production_env["TRUSTED_PROXY_COUNT"] = "2"

    values = production_settings(production_env, "TRUSTED_PROXY_COUNT", "ALLAUTH_TRUSTED_PROXY_COUNT")

    assert values == {"TRUSTED_PROXY_COUNT": 2, "ALLAUTH_TRUSTED_PROXY_COUNT": 2}
