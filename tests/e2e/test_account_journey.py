"""A member's whole life in the portal, in a real browser, in several languages.

Sign up → verification mail → confirm → log in → profile → download my data →
delete the account → logged out, and the old credentials no longer work.

Wording is checked against the message catalogues the server uses: where a
string is translated, the page must show the translation; where a translation
is still missing, the page must at least be served in the right language
(<html lang> and the URL prefix).
"""

import json
import re
import uuid
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    DEMO_PASSWORD,
    assert_accessible,
    assert_in_language,
    assert_path,
    assert_shows,
    fill_sign_up_form,
    links_in,
    log_in,
    mail_text,
    submit,
    translated,
)

pytestmark = pytest.mark.e2e

PASSWORD = "Journey-passphrase-2026"


@pytest.mark.parametrize(
    ("language", "full_name"),
    [("en", "Elena Journey"), ("bg", "Елена Пътешественик"), ("uk", "Олена Мандрівна")],
)
def test_member_signs_up_confirms_edits_profile_exports_and_deletes_account(
    new_context, portal_server, language, full_name
):
    email = f"journey-{language}-{uuid.uuid4().hex[:8]}@example.net"

    # 1. Sign up.
    page = new_context().new_page()
    page.goto(f"/{language}/account/signup/")
    assert_shows(page, "main h1", "Sign Up", language)
    fill_sign_up_form(page, full_name, email, PASSWORD)
    assert_path(page, f"/{language}/account/confirm-email/")
    assert_shows(page, "main h1", "Verify Your Email Address", language)

    # 2. The verification mail, in the member's language, with a link back to the portal.
    mail = portal_server.wait_for_mail(email)
    assert translated("Please Confirm Your Email Address", language) in str(mail["Subject"])
    links = [link for link in links_in(mail_text(mail)) if "/account/confirm-email/" in link]
    assert links, f"no confirmation link in:\n{mail_text(mail)}"
    confirm_url = links[0]
    assert confirm_url.startswith(f"{portal_server.url}/{language}/account/confirm-email/")

    # 3. Open the link (as from a mail client: a browser without the sign-up session) and confirm.
    page = new_context().new_page()
    page.goto(confirm_url)
    assert_shows(page, "main h1", "Confirm Email Address", language)
    assert email in page.locator("main").inner_text()
    assert_accessible(page)
    submit(page)
    assert_path(page, f"/{language}/account/login/")

    # 4. Log in: the dashboard welcomes the member by name.
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    submit(page)
    assert_path(page, f"/{language}/account/")
    assert_shows(page, "main", "Welcome, %(name)s.", language, name=full_name)
    assert full_name in page.locator("main").inner_text()

    # 5. Edit the profile: organisation, role, country, preferred language.
    page.goto(f"/{language}/account/profile/")
    assert page.input_value("#id_full_name") == full_name
    options = page.locator("#id_organisation option").evaluate_all(
        "options => options.filter(o => o.value).map(o => [o.value, o.textContent.trim()])"
    )
    organisation_id, organisation_name = options[0]
    page.select_option("#id_organisation", organisation_id)
    page.select_option("#id_role", "it_expert")
    page.select_option("#id_country", "BG")
    page.select_option("#id_preferred_language", "pl")
    submit(page)
    assert_path(page, f"/{language}/account/profile/")
    assert page.locator("main .messages").is_visible()
    assert_shows(page, "main .messages", "Your profile has been saved.", language)
    assert page.input_value("#id_organisation") == organisation_id
    assert page.input_value("#id_role") == "it_expert"
    assert page.input_value("#id_country") == "BG"
    assert page.input_value("#id_preferred_language") == "pl"
    assert_accessible(page)

    # 6. Download my data: a JSON file with what the portal holds.
    page.goto(f"/{language}/account/privacy/")
    assert_shows(page, "main h1", "Personal data", language)
    with page.expect_download() as download_info:
        page.click("main form[action$='/privacy/download/'] button[type=submit]")
    download = download_info.value
    assert download.suggested_filename.endswith(".json")
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    profile = data["profile"]
    assert profile["full_name"] == full_name
    assert profile["email"] == email
    assert profile["organisation"]["name"] == organisation_name
    assert (profile["role"], profile["country"], profile["preferred_language"]) == ("it_expert", "BG", "pl")
    assert [address["email"] for address in profile["email_addresses"]] == [email]
    assert data["consents"] and data["consents"][0]["version"] == data["privacy_notice_version"]

    # 7. Delete the account with the password: logged out, told so, in the same language.
    page.fill("main form[action$='/privacy/delete/'] input[name=password]", PASSWORD)
    submit(page, "main form[action$='/privacy/delete/'] button[type=submit]")
    assert_shows(page, "main .messages", "Your account has been deleted and your personal data erased.", language)
    account_menu = page.locator("nav.account-menu")
    assert account_menu.locator(f"a[href='/{language}/account/login/']").count() == 1
    assert account_menu.locator("button").count() == 0, "still shows Log out"
    page.goto(f"/{language}/account/")
    assert re.search(rf"/{language}/account/login/\?next=", page.url), page.url

    # 8. The old credentials no longer open the door.
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    submit(page)
    assert re.search(rf"/{language}/account/login/", page.url)
    assert page.locator("#form-errors").is_visible()
    assert_shows(page, "#form-errors", "The email address and/or password you specified are not correct.", language)


@pytest.mark.parametrize("language", ["bg", "uk"])
def test_logging_out_stays_in_the_language_of_the_page(new_context, language):
    """An English browser logging out of the Bulgarian site lands on the Bulgarian home page."""
    page = new_context(locale="en-GB").new_page()
    log_in(page, "groupmember@example.org", DEMO_PASSWORD, language)
    assert_path(page, f"/{language}/account/")
    submit(page, "nav.account-menu button[type=submit]")
    assert_in_language(page, language)
    assert page.locator(f"nav.account-menu a[href='/{language}/account/login/']").count() == 1
