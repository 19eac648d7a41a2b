"""WCAG 2.1 AA in a real browser: axe-core on every page type and state, and keyboard use.

axe catches what can be computed (contrast, names, landmarks, ARIA); the
keyboard tests check what it cannot: the order focus takes, the skip link,
a visible focus indicator, errors tied to their fields, reflow at 320 px.
"""

import pytest

from tests.e2e.conftest import assert_accessible, assert_errors_tied_to_fields, assert_serves_accessibly, submit

pytestmark = pytest.mark.e2e


def test_accessibility_check_reports_serious_violations(page):
    """The helper itself: a page with an unnamed image and an unlabelled field fails, naming both."""
    page.set_content(
        '<html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>'
    )
    with pytest.raises(pytest.fail.Exception) as failure:
        assert_accessible(page)
    message = str(failure.value)
    assert "image-alt" in message and "label" in message and "img" in message


# Public pages -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/bg/",
        "/uk/about/",  # /en/about/: test_standard_page_renders_every_block_type_accessibly
        "/en/contact/",
        "/en/organisations/",
        "/en/account/login/",
        "/en/account/signup/",
        "/en/account/password/reset/",
        "/en/account/confirm-email/",  # "verify your email address", shown after sign-up
        "/bg/account/signup/",
    ],
)
def test_page_seen_by_a_visitor_has_no_serious_accessibility_violation(page, path):
    assert_serves_accessibly(page, path)


def test_standard_page_renders_every_block_type_accessibly(page):
    page.goto("/en/about/")
    main = page.locator("main")
    for selector in ["h1", "h2", ".rich-text", "figure.block-image img", "figure.block-quote blockquote", "table"]:
        assert main.locator(selector).count() >= 1, f"/en/about/ has no {selector}: the demo should show every block"
    assert main.locator("figure.block-image img").first.get_attribute("alt") is not None
    assert_accessible(page)


def test_contact_form_errors_are_announced_and_tied_to_their_fields(page):
    page.goto("/en/contact/")
    submit(page)
    summary = page.locator("#form-errors")
    assert summary.is_visible()
    # site.js moves focus to the summary so that a screen reader reads it out.
    assert page.evaluate("document.activeElement.id") == "form-errors"
    assert_errors_tied_to_fields(page)
    assert_accessible(page)
    # Each error in the summary leads to its field.
    summary.locator("a[href='#id_email']").click()
    assert page.evaluate("document.activeElement.id") == "id_email"
    # WCAG 1.3.5: the browser can fill in the visitor's own name and email.
    assert page.get_attribute("#id_name", "autocomplete") == "name"
    assert page.get_attribute("#id_email", "autocomplete") == "email"


def test_organisation_directory_with_filters_is_accessible(page):
    page.goto("/en/organisations/")
    page.select_option("main form[role=search] select[name=country]", "BG")
    page.select_option("main form[role=search] select[name=kind]", "municipality")
    submit(page, "main form[role=search] button[type=submit]")
    assert "country=BG" in page.url and "kind=municipality" in page.url
    assert page.locator("main table tbody tr").count() >= 1
    assert_accessible(page)


def test_organisation_directory_without_results_is_accessible(page):
    page.goto("/en/organisations/?q=no-such-organisation-anywhere")
    assert page.locator("main table").count() == 0
    assert page.locator("main [role=status]").inner_text().startswith("0")
    assert_accessible(page)


# Account pages, anonymous -----------------------------------------------------


def test_signup_errors_are_announced_and_tied_to_their_fields(page):
    page.goto("/en/account/signup/")
    page.fill("#id_email", "not-an-address")
    page.fill("#id_password1", "short")
    submit(page)
    assert page.locator("#form-errors").is_visible()
    assert page.evaluate("document.activeElement.id") == "form-errors"
    assert_errors_tied_to_fields(page)
    invalid = page.eval_on_selector_all("main [aria-invalid=true]", "els => els.map(e => e.name)")
    assert {"full_name", "email", "password1", "password2", "privacy_consent"} <= set(invalid)
    assert page.get_attribute("#id_full_name", "autocomplete") == "name"
    assert_accessible(page)


def test_login_error_is_announced(page):
    page.goto("/en/account/login/")
    page.fill("input[name=login]", "nobody@example.org")
    page.fill("input[name=password]", "not-the-password")
    submit(page)
    summary = page.locator("#form-errors")
    assert summary.get_attribute("role") == "alert"
    assert summary.locator("li").count() >= 1
    assert_accessible(page)


def test_password_reset_done_page_is_accessible(page):
    page.goto("/en/account/password/reset/")
    page.fill("input[name=email]", "nobody@example.org")
    submit(page)
    assert page.url.endswith("/en/account/password/reset/done/")
    assert_accessible(page)


# Account pages, logged in -----------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/en/account/",
        "/en/account/profile/",
        "/en/account/email/",
        "/en/account/password/change/",
        "/en/account/privacy/",
        "/en/account/logout/",
        "/pl/account/",
    ],
)
def test_member_page_has_no_serious_accessibility_violation(member_page, path):
    response = member_page.goto(path)
    assert response.status == 200
    assert member_page.url.endswith(path), f"{path} redirected to {member_page.url}"
    if not path.endswith("/logout/"):
        # The account navigation says where the member is.
        current = member_page.locator("nav.account-nav a[aria-current=page]")
        assert current.count() == 1 and current.get_attribute("href") == path
    assert_accessible(member_page)


def test_profile_errors_are_tied_to_their_fields(member_page):
    member_page.goto("/en/account/profile/")
    member_page.fill("#id_full_name", "")
    member_page.fill("#id_proposed_organisation", "Municipality of Nowhere")
    member_page.select_option("#id_organisation", "")
    member_page.select_option("#id_country", "")
    submit(member_page)
    assert_errors_tied_to_fields(member_page)
    assert member_page.get_attribute("#id_country", "autocomplete") == "country"
    assert_accessible(member_page)


def test_email_change_error_is_tied_to_the_field(member_page):
    member_page.goto("/en/account/email/")
    member_page.fill("#id_email", "member@example.org")  # already this account's address
    submit(member_page, "main form button[name=action_add]")
    assert_errors_tied_to_fields(member_page)
    assert member_page.get_attribute("#id_email", "autocomplete") == "email"
    assert_accessible(member_page)


def test_password_change_errors_are_tied_to_their_fields(member_page):
    member_page.goto("/en/account/password/change/")
    member_page.fill("#id_oldpassword", "not-the-password")
    submit(member_page)
    assert_errors_tied_to_fields(member_page)
    assert_accessible(member_page)


def test_wrong_password_on_account_deletion_is_explained(member_page):
    member_page.goto("/en/account/privacy/")
    member_page.fill("main form[action$='/privacy/delete/'] input[name=password]", "not-the-password")
    submit(member_page, "main form[action$='/privacy/delete/'] button[type=submit]")
    assert member_page.locator("#form-errors").is_visible()
    assert_errors_tied_to_fields(member_page)
    assert_accessible(member_page)


# Keyboard ---------------------------------------------------------------------

# Where focus is, and its focus indicator: an outline of at least 2 px and a ring
# colour (outline or box-shadow) with 3:1 contrast against what surrounds the
# element (WCAG 2.4.7 and 1.4.11).
FOCUSED = """() => {
    const el = document.activeElement;
    const region = el.closest(".language-switcher, .account-menu, .site-nav, main, footer");
    const style = getComputedStyle(el);
    const rgb = (value) => (value.match(/[\\d.]+/g) || []).slice(0, 4).map(Number);
    const luminance = ([r, g, b]) => {
        const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const contrast = (a, b) => {
        const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (l1 + 0.05) / (l2 + 0.05);
    };
    let background = [255, 255, 255];
    for (let node = el.parentElement; node; node = node.parentElement) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour.length === 3 || (colour.length === 4 && colour[3] > 0)) { background = colour.slice(0, 3); break; }
    }
    const rings = [rgb(style.outlineColor).slice(0, 3)];
    if (style.boxShadow && style.boxShadow !== "none") rings.push(rgb(style.boxShadow).slice(0, 3));
    return {
        tag: el.tagName, id: el.id, href: el.getAttribute("href"), text: el.textContent.trim(),
        classes: el.className, region: region ? (region.tagName === "MAIN" ? "main" : region.className) : "",
        indicator: {
            outlineStyle: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth),
            bestContrast: Math.max(...rings.map((ring) => contrast(ring, background))),
        },
    };
}"""


def _tab_through(page, presses: int) -> list[dict]:
    stops = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED)
        if stop["tag"] == "BODY":  # past the last link: focus left the page
            break
        stops.append(stop)
    return stops


def assert_focus_visible(stops: list[dict]) -> None:
    missing = [
        f"{stop['tag']} {stop['text'][:40]!r} ({stop['region']}): {stop['indicator']}"
        for stop in stops
        if stop["indicator"]["outlineStyle"] == "none"
        or stop["indicator"]["outlineWidth"] < 2
        or stop["indicator"]["bestContrast"] < 3
    ]
    assert not missing, "focus not visible enough on:\n" + "\n".join(missing)


def test_first_tab_focuses_the_skip_link_and_enter_moves_focus_to_main(page):
    page.goto("/en/about/")
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert "skip-link" in first["classes"] and first["href"] == "#main"
    # The skip link becomes visible when focused.
    box = page.locator(".skip-link").bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 1
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["region"] == "main"


@pytest.mark.parametrize("language", ["en", "bg"])
def test_tab_reaches_language_switcher_navigation_and_account_menu(page, language):
    page.goto(f"/{language}/")
    stops = _tab_through(page, 14)
    regions = [stop["region"] for stop in stops]
    assert "language-switcher" in regions
    assert "account-menu" in regions
    assert "site-nav" in regions
    hrefs = {stop["href"] for stop in stops}
    assert f"/{language}/account/login/" in hrefs
    assert f"/{language}/account/signup/" in hrefs
    # Every other language is one Tab away; the current one is not a link.
    switcher = [stop["href"] for stop in stops if stop["region"] == "language-switcher"]
    assert len(switcher) == 3 and not any(href.startswith(f"/{language}/") for href in switcher)


def test_logged_in_member_reaches_account_menu_and_account_pages_by_keyboard(member_page):
    member_page.goto("/en/account/profile/")
    stops = _tab_through(member_page, 30)
    assert any(stop["region"] == "account-menu" and stop["href"] == "/en/account/" for stop in stops)
    assert any(stop["region"] == "account-menu" and stop["tag"] == "BUTTON" for stop in stops), "Log out"
    assert any(stop["href"] == "/en/account/privacy/" for stop in stops), "account navigation"
    assert any(stop["id"] == "id_full_name" for stop in stops), "profile form"
    assert_focus_visible(stops)


@pytest.mark.parametrize("path", ["/en/about/", "/en/account/signup/"])
def test_every_focused_element_has_a_visible_focus_indicator(page, path):
    page.goto(path)
    assert_focus_visible(_tab_through(page, 25))


def test_pages_reflow_at_320_css_pixels_without_horizontal_scrolling(page):
    """WCAG 1.4.10: at 320 px (400 % zoom) content fits; wide tables scroll in their own region."""
    page.set_viewport_size({"width": 320, "height": 640})
    overflowing = []
    for path in ["/en/", "/bg/about/", "/en/organisations/", "/uk/account/signup/", "/pl/contact/"]:
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            overflowing.append(f"{path} is {width} px wide")
    assert not overflowing, overflowing
