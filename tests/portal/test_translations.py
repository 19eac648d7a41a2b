"""Message catalogs: complete, compiled, placeholders intact, winning over the libraries' own, used by the pages.

The catalogs live in portal/locale/<lang>/LC_MESSAGES/. The compiled .mo files are
committed, so a machine without GNU gettext serves the same text as the .po says.
"""

import gettext as gettext_module
import re
from pathlib import Path

import allauth
import polib
import pytest
from django.utils import translation
from django.utils.html import escape

LOCALE_DIR = Path(__file__).resolve().parents[2] / "portal" / "locale"
TRANSLATED = ["bg", "uk", "pl"]
ALLAUTH_MARK = "Translators: allauth"

# %(name)s, %s, %d, %.2f …; "%%" is a literal percent sign, not a placeholder.
PERCENT_PLACEHOLDER = re.compile(
    r"%(?:\((?P<name>[^)]+)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?P<type>[diouxXeEfFgGcrsa%])"
)
BRACE_PLACEHOLDER = re.compile(r"\{\{\s*\w+\s*\}\}|\{\w*\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def load_po(language: str) -> polib.POFile:
    return polib.pofile(str(po_path(language)))


def live_entries(catalog) -> list:
    return [entry for entry in catalog if entry.msgid and not entry.obsolete]


def as_mapping(entries) -> dict:
    """(msgctxt, msgid) → msgstr, or the tuple of plural forms."""
    mapping = {}
    for entry in entries:
        if entry.msgid_plural:
            value = tuple(entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural, key=int))
        else:
            value = entry.msgstr
        mapping[(entry.msgctxt, entry.msgid)] = value
    return mapping


def nplurals(catalog: polib.POFile) -> int:
    return int(re.search(r"nplurals\s*=\s*(\d+)", catalog.metadata["Plural-Forms"]).group(1))


def placeholders(text: str, python_format: bool) -> tuple:
    """What must survive translation: named and positional %-placeholders, {braces}, HTML tags."""
    named, positional = set(), []
    if python_format:
        for match in PERCENT_PLACEHOLDER.finditer(text):
            if match["type"] == "%":
                continue
            if match["name"] is not None:
                named.add(match["name"])
            else:
                positional.append(match.group(0))
    return named, positional, sorted(BRACE_PLACEHOLDER.findall(text)), sorted(HTML_TAG.findall(text))


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_catalog_exists_and_is_compiled(language):
    assert po_path(language).is_file()
    assert po_path(language).with_suffix(".mo").is_file()


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_is_complete(language):
    catalog = load_po(language)
    assert catalog.metadata.get("Language") == language
    assert not catalog.metadata_is_fuzzy, "the header is marked fuzzy: msgfmt would drop Plural-Forms"
    entries = live_entries(catalog)
    assert len(entries) > 100
    assert [e.msgid for e in entries if "fuzzy" in e.flags] == []
    assert [e.msgid for e in entries if not e.translated()] == []
    assert [e.msgid for e in catalog if e.obsolete] == []
    forms = nplurals(catalog)
    for entry in entries:
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == forms, entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_catalog_matches_po(language):
    catalog = load_po(language)
    compiled = polib.mofile(str(po_path(language).with_suffix(".mo")))
    assert compiled.metadata.get("Plural-Forms") == catalog.metadata.get("Plural-Forms")
    expected = as_mapping(live_entries(catalog))
    actual = as_mapping(live_entries(compiled))
    assert actual == expected, "the .mo is stale: run manage.py compilemessages and commit it"


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_survive_translation(language):
    problems = []
    for entry in live_entries(load_po(language)):
        python_format = "python-format" in entry.flags
        if entry.msgid_plural:
            expected = placeholders(entry.msgid_plural, python_format)
            translations = list(entry.msgstr_plural.values())
        else:
            expected = placeholders(entry.msgid, python_format)
            translations = [entry.msgstr]
        for text in translations:
            if placeholders(text, python_format) != expected:
                problems.append((entry.msgid, text))
    assert problems == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_our_catalog_wins_over_the_libraries(language):
    """Django merges every app's catalog; LOCALE_PATHS must come out on top (allauth, Wagtail, Django)."""
    catalog = load_po(language)
    plural = gettext_module.c2py(catalog.metadata["Plural-Forms"].split("plural=", 1)[1].rstrip(";"))
    with translation.override(language):
        for entry in live_entries(catalog):
            if entry.msgid_plural:
                for n in (1, 2, 5, 21):
                    if entry.msgctxt:
                        got = translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)
                    else:
                        got = translation.ngettext(entry.msgid, entry.msgid_plural, n)
                    assert got == entry.msgstr_plural[plural(n)], (entry.msgid, n)
            elif entry.msgctxt:
                assert translation.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr, entry.msgid
            else:
                assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid


def test_allauth_overrides_still_match_allauth():
    """portal/allauth_strings.py repeats allauth's msgids; if allauth rewords one, our override is dead."""
    ours = [e for e in live_entries(load_po("bg")) if ALLAUTH_MARK in (e.comment or "")]
    assert ours, "no allauth overrides found in the catalog"
    allauth_catalog = Path(allauth.__file__).parent / "locale" / "bg" / "LC_MESSAGES" / "django.po"
    known = {(e.msgctxt, e.msgid) for e in polib.pofile(str(allauth_catalog))}
    assert [(e.msgctxt, e.msgid) for e in ours if (e.msgctxt, e.msgid) not in known] == []


def translated(language: str, msgid: str, msgctxt: str | None = None) -> str:
    entry = load_po(language).find(msgid, msgctxt=msgctxt)
    assert entry is not None and entry.msgstr and entry.msgstr != msgid, msgid
    return entry.msgstr


@pytest.mark.django_db
@pytest.mark.parametrize("language", TRANSLATED)
def test_home_page_header_and_footer_are_translated(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    for msgid in ["Skip to main content", "Cooperation Portal", "Log in", "Sign up", "Main", "Language", "Footer"]:
        assert escape(translated(language, msgid)) in html, msgid
    assert "Skip to main content" not in html
    assert ">Sign up<" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize(
    ("path", "msgids"),
    [
        ("account/login/", ["Sign In", "Forgot your password?", "Remember Me", "required"]),
        ("account/signup/", ["Signup", "Full name", "Password (again)"]),
        ("account/password/reset/", ["Password Reset", "Reset My Password"]),
    ],
)
def test_account_pages_are_translated(client, language, path, msgids):
    """allauth's pages show allauth's strings as corrected in our catalog, and our own form labels."""
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override(language):
        expected = {msgid: translation.gettext(msgid) for msgid in msgids}
    for msgid, text in expected.items():
        assert text != msgid, msgid
        assert escape(text) in html, msgid


def test_catalogs_hold_every_string_of_the_code_and_templates(tmp_path):
    """A string wrapped for translation but missing from the catalogs would show in English."""
    import shutil
    import subprocess
    import sys

    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext (xgettext) is needed to check the catalogs: apt-get install gettext")
    project = Path(__file__).resolve().parents[2]
    # Every app of the project (a top-level folder with an apps.py), the templates and manage.py.
    for app in (path.parent for path in project.glob("*/apps.py")):
        shutil.copytree(app, tmp_path / app.name, ignore=shutil.ignore_patterns("locale", "__pycache__"))
    shutil.copytree(project / "templates", tmp_path / "templates")
    shutil.copy(project / "manage.py", tmp_path / "manage.py")
    (tmp_path / "portal" / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete", "-v", "0"],
        cwd=tmp_path,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    extracted = {
        (e.msgctxt, e.msgid)
        for e in live_entries(polib.pofile(str(tmp_path / "portal/locale/en/LC_MESSAGES/django.po")))
    }
    for language in TRANSLATED:
        catalogued = {(e.msgctxt, e.msgid) for e in live_entries(load_po(language))}
        missing = sorted(msgid for _ctx, msgid in extracted - catalogued)
        assert not missing, (
            f"{language}: strings missing from the catalog (run `make messages` and translate): {missing}"
        )
