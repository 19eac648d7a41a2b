"""Certificates of attendance: the PDF (font, languages, contents, QR code), who may download it, verification."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from events import certificates, services
from events.models import Certificate, EventPage, Registration
from events.qr import qr_code
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MEMBERS = ["member", "coordinator", "groupmember"]
ORGANISERS = ["organiser", "admin"]


@pytest.fixture(autouse=True)
def _english():
    """reverse() uses the active language, which a request of another test may have left behind."""
    with translation.override("en"):
        yield


@pytest.fixture
def holder(db):
    return UserFactory(full_name="Ганна Іванова")


@pytest.fixture
def training(make_event):
    start = timezone.now() + timedelta(days=3)
    return make_event(
        title="Електронний документообіг",
        kind=EventPage.Kind.TRAINING,
        certificate_hours=Decimal("6.0"),
        starts_at=start,
        ends_at=start + timedelta(hours=6),
    )


@pytest.fixture
def issue(training, registrant, organiser):
    """issue(user=None, **registrant fields) → the certificate of a registrant checked in at the training."""

    def make(user=None, **fields) -> Certificate:
        if user is not None:
            fields.setdefault("email", user.email)
        registration = services.register_for_event(training, registrant(**fields), user=user)
        services.mark_attended(registration, by=organiser)
        return Certificate.objects.get(registration=registration)

    return make


@pytest.fixture
def certificate(issue, holder):
    return issue(user=holder, full_name="Ганна Іванова", language="en")


@pytest.fixture
def client_as(demo_users, holder):
    def make(role: str) -> Client:
        client = Client()
        if role == "holder":
            client.force_login(holder)
        elif role != "anonymous":
            client.force_login(demo_users[role])
        return client

    return make


def pdf_url(certificate: Certificate) -> str:
    return reverse("events_certificate_pdf", args=[certificate.code])


def verify_url(code) -> str:
    return reverse("events_verify_certificate", args=[code])


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def main_of(response) -> str:
    return response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]


def revoke(certificate: Certificate) -> None:
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())
    certificate.refresh_from_db()


# The PDF ------------------------------------------------------------------------------------------


def test_pdf_has_title_name_event_date_hours_issuer_and_verification_url(certificate, training):
    data = certificates.certificate_pdf(certificate)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Certificate of attendance" in text
    assert "Ганна Іванова" in text
    assert "Електронний документообіг" in text
    assert certificate.event_date == training.local(training.starts_at).date()
    assert f"Date: {date_format_in('en', certificate.event_date)}" in text
    assert "Hours: 6 " in text + " "
    assert "Cooperation Portal" in text
    url = f"http://testserver/en/certificates/{certificate.code}/"
    assert url == certificates.verification_url(certificate)
    assert url in text
    assert str(certificate.code) in text


def test_pdf_embeds_the_noto_sans_font_not_a_standard_one(certificate):
    reader = PdfReader(io.BytesIO(certificates.certificate_pdf(certificate)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = []
    for reference in fonts.values():
        font = reference.get_object()
        assert "NotoSans" in font["/BaseFont"]
        for descendant in font.get("/DescendantFonts", []):
            descriptors.append(descendant.get_object()["/FontDescriptor"].get_object())
    assert descriptors
    # The font program itself travels in the file: readers need no font of their own.
    assert all("/FontFile2" in descriptor for descriptor in descriptors)
    assert certificates.font_path().is_file()
    assert "fontpkg_noto_sans" in str(certificates.font_path())


@pytest.mark.parametrize(
    "name",
    ["Zofia Żółćkiewicz-Łęcka", "Йордан Ъглов-Щерев", "Ґалина Їжакевич-Єрмоленко", "Ольга Д'Арк"],
)
def test_pdf_writes_polish_bulgarian_and_ukrainian_names_as_they_are(name, issue):
    certificate = issue(full_name=name)
    assert name in pdf_text(certificates.certificate_pdf(certificate))


def test_pdf_is_in_the_language_of_the_holders_registration(issue):
    certificate = issue(language="uk")
    data = certificates.certificate_pdf(certificate, language="bg")  # the reader's language loses
    text = pdf_text(data)
    assert f"http://testserver/uk/certificates/{certificate.code}/" in text
    with translation.override("uk"):
        from django.utils.formats import date_format

        assert date_format(certificate.event_date, "DATE_FORMAT") in text
    assert "березня" in date_format_in("uk", date(2026, 3, 12))  # Django's Ukrainian month names
    assert PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"] == "uk"


def date_format_in(language: str, value: date) -> str:
    from django.utils.formats import date_format

    with translation.override(language):
        return date_format(value, "DATE_FORMAT")


def test_pdf_without_a_registration_is_in_the_readers_language(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(registration=None)  # personal data purged
    certificate.refresh_from_db()
    text = pdf_text(certificates.certificate_pdf(certificate, language="pl"))
    assert f"http://testserver/pl/certificates/{certificate.code}/" in text
    assert date_format_in("pl", certificate.event_date) in text
    # Without an explicit language: the active one.
    with translation.override("bg"):
        assert "/bg/certificates/" in pdf_text(certificates.certificate_pdf(certificate))


def test_pdf_shows_the_event_title_of_the_holders_language_when_translated(issue, training):
    from wagtail.models import Locale

    translated = training.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    translated.title = "Elektroniczny obieg dokumentów"
    translated.save_revision().publish()
    certificate = issue(language="pl")
    assert "Elektroniczny obieg dokumentów" in pdf_text(certificates.certificate_pdf(certificate))
    assert certificate.event_title == "Електронний документообіг"  # what was issued stays as it was


def test_pdf_fits_long_names_and_titles_on_one_page(issue, training):
    EventPage.objects.filter(pk=training.pk).update(title="Дуже довга назва навчання " * 9)
    certificate = issue(full_name="Анна-Марія " + "Костянтинопольська-" * 6 + "Іванова")
    Certificate.objects.filter(pk=certificate.pk).update(event_title="Дуже довга назва навчання " * 9)
    certificate.refresh_from_db()
    data = certificates.certificate_pdf(certificate)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = pdf_text(data)
    assert "Костянтинопольська" in text and certificates.verification_url(certificate) in text


def test_hours_are_written_without_a_needless_decimal():
    assert certificates.format_hours(Decimal("6.0")) == "6"
    assert certificates.format_hours(Decimal("1.5")) == "1.5"
    with translation.override("bg"):
        assert certificates.format_hours(Decimal("1.5")) == "1,5"


def test_qr_code_on_the_pdf_is_the_verification_url(certificate):
    """The dark modules drawn in the PDF are exactly those of the verification URL's QR code."""
    data = certificates.certificate_pdf(certificate, compress=False)
    modules = qr_code(certificates.verification_url(certificate)).matrix
    module = certificates.QR_SIZE / len(modules)
    expected = {(row, column) for row, line in enumerate(modules) for column, dark in enumerate(line) if dark}

    # fpdf2 writes points, from the page's bottom: turn the filled rectangles back into modules.
    scale = 72 / 25.4
    left = (certificates.PAGE_WIDTH - certificates.MARGIN - certificates.QR_SIZE) * scale
    top = (certificates.MARGIN + certificates.QR_SIZE) * scale  # from the bottom
    drawn = set()
    stream = data.decode("latin-1")
    for x, y, w, h in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (-?[\d.]+) re f", stream):
        x, y, w, h = (float(v) for v in (x, y, w, h))
        row = round((top - y) / (module * scale))
        start = round((float(x) - left) / (module * scale))
        for column in range(start, start + round(w / (module * scale))):
            drawn.add((row, column))
    assert drawn == expected


# Downloading ------------------------------------------------------------------------------------


def test_anonymous_visitor_is_asked_to_log_in_to_download(certificate, client_as):
    url = pdf_url(certificate)
    response = client_as("anonymous").get(url)
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == reverse("account_login")
    assert parse_qs(target.query)["next"] == [url]


@pytest.mark.parametrize("role", ["holder", *ORGANISERS])
def test_the_holder_and_organisers_download_the_pdf(role, certificate, client_as):
    response = client_as(role).get(pdf_url(certificate))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="certificate-{certificate.code}.pdf"'
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response.content.startswith(b"%PDF")
    assert "Ганна Іванова" in pdf_text(response.content)


@pytest.mark.parametrize("role", MEMBERS)
def test_other_members_get_a_404_as_if_it_did_not_exist(role, certificate, client_as):
    response = client_as(role).get(pdf_url(certificate))
    assert response.status_code == 404
    content = response.content.decode()
    assert "No certificate with this code" in content
    assert "Ганна Іванова" not in content
    unknown = client_as(role).get(reverse("events_certificate_pdf", args=["00000000-0000-4000-8000-000000000000"]))
    assert unknown.status_code == 404
    # The same answer whether it exists or not.
    assert main_of(unknown) == main_of(response)


def test_a_certificate_without_an_account_is_downloaded_by_organisers_only(issue, client_as):
    """A colleague registered someone without an account: only the organisers can hand the PDF over."""
    certificate = issue(user=None, full_name="Colleague Without Account")
    assert certificate.user is None
    assert client_as("member").get(pdf_url(certificate)).status_code == 404
    assert client_as("organiser").get(pdf_url(certificate)).status_code == 200


def test_an_unknown_code_is_a_404_for_organisers_too(client_as):
    url = reverse("events_certificate_pdf", args=["00000000-0000-4000-8000-000000000000"])
    assert client_as("organiser").get(url).status_code == 404


@pytest.mark.parametrize("role", ["holder", *ORGANISERS])
def test_a_revoked_certificate_is_gone_with_an_explanation(role, certificate, client_as):
    revoke(certificate)
    response = client_as(role).get(pdf_url(certificate))
    assert response.status_code == 410
    assert response["Content-Type"].startswith("text/html")
    content = response.content.decode()
    assert "This certificate was revoked" in content
    assert "can no longer be downloaded" in content


def test_a_revoked_certificate_stays_hidden_from_other_members(certificate, client_as):
    revoke(certificate)
    assert client_as("member").get(pdf_url(certificate)).status_code == 404


def test_downloading_is_get_only(certificate, client_as):
    assert client_as("holder").post(pdf_url(certificate)).status_code == 405


# Verifying ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", *MEMBERS, "holder", *ORGANISERS])
def test_anyone_can_verify_a_genuine_certificate(role, certificate, client_as):
    response = client_as(role).get(verify_url(certificate.code))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>This certificate is genuine</h1>" in content
    for fact in (
        "Ганна Іванова",
        "Електронний документообіг",
        date_format_in("en", certificate.event_date),
        "<dd>6</dd>",
        str(certificate.code),
    ):
        assert fact in content, fact
    assert "revoked" not in content.lower()


def test_verification_of_a_revoked_certificate_says_since_when(certificate, client_as):
    client = client_as("anonymous")
    assert "is genuine" in client.get(verify_url(certificate.code)).content.decode()
    revoke(certificate)
    # Shown at once, though the anonymous page was just served: it is never kept in the page cache.
    response = client.get(verify_url(certificate.code))
    assert response.status_code == 200
    content = response.content.decode()
    assert "This certificate was revoked" in content
    assert f"on {date_format_in('en', timezone.localdate(certificate.revoked_at))}" in content
    assert "is genuine" not in content
    assert "no-cache" in response["Cache-Control"]


def test_verification_of_an_unknown_code_is_a_translated_404_page(client_as):
    response = client_as("anonymous").get(verify_url("00000000-0000-4000-8000-000000000000"))
    assert response.status_code == 404
    assert "<h1>No certificate with this code</h1>" in response.content.decode()
    with translation.override("bg"):
        url = verify_url("00000000-0000-4000-8000-000000000000")
    response = client_as("anonymous").get(url)
    assert response.status_code == 404
    assert 'lang="bg"' in response.content.decode()


def test_verification_is_kept_out_of_search_engines(certificate, client_as):
    response = client_as("anonymous").get(verify_url(certificate.code))
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_a_malformed_code_is_not_found(client_as):
    assert client_as("anonymous").get("/en/certificates/not-a-code/").status_code == 404


def test_the_pdf_links_to_a_page_that_confirms_it(certificate, client_as):
    url = certificates.verification_url(certificate)
    response = client_as("anonymous").get(urlsplit(url).path)
    assert response.status_code == 200
    assert "This certificate is genuine" in response.content.decode()


def test_registration_language_is_kept_with_the_certificate(issue):
    certificate = issue(language="bg")
    assert certificate.registration.language == "bg"
    assert certificates.certificate_language(certificate, "pl") == "bg"
    Registration.objects.filter(pk=certificate.registration_id).delete()
    certificate.refresh_from_db()
    assert certificates.certificate_language(certificate, "pl") == "pl"
    assert certificates.certificate_language(certificate, "xx") == "en"
