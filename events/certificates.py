"""Certificates of attendance as PDF: one A4 page in the holder's language, verifiable by its QR code.

The font travels with the code (the `fontpkg-noto-sans` package), never the
system's: Noto Sans covers Latin with Polish diacritics and Cyrillic for
Bulgarian and Ukrainian, and fpdf2 embeds only the glyphs a certificate uses.
The package ships a variable font; instancing it at another weight costs
seconds of CPU, so every text is set in its default instance (Regular) and
the headings stand out by size, colour and a stroked outline instead of a
bold cut.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import fontpkg
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import TextMode

from events.models import Certificate
from events.qr import qr_code
from portal.mail import absolute

FONT_FAMILY = "Noto Sans"
FONT = "NotoSans"
BRAND = (11, 79, 138)  # --colour-brand of site.css
TEXT = (27, 31, 36)
MUTED = (74, 83, 96)

PAGE_WIDTH, PAGE_HEIGHT = 297, 210  # A4 landscape, millimetres
MARGIN = 22
QR_SIZE = 38


@cache
def font_path() -> Path:
    """The TTF of Noto Sans from the installed font package (the variable font; Regular is its default)."""
    return fontpkg.path(FONT_FAMILY, 400)


def verification_url(certificate: Certificate) -> str:
    """The public page that confirms the certificate, in the active language."""
    return absolute(reverse("events_verify_certificate", args=[certificate.code]))


def certificate_language(certificate: Certificate, fallback: str | None = None) -> str:
    """The holder's registration language when known, else `fallback` (the reader's language)."""
    languages = dict(settings.LANGUAGES)
    registration = certificate.registration
    if registration is not None and registration.language in languages:
        return registration.language
    try:
        return translation.get_supported_language_variant(fallback or translation.get_language() or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def event_title(certificate: Certificate, language: str) -> str:
    """The event's title in `language` when the event page has a live translation, else the title issued."""
    if certificate.event is None:  # the event's pages were deleted; the certificate stands
        return certificate.event_title
    translated = certificate.event.page.in_language(language)
    if translated.live and translated.locale.language_code == language:
        return translated.title
    return certificate.event_title


def format_hours(hours: Decimal) -> str:
    """6.0 → "6", 1.5 → "1.5" (or "1,5": the decimal separator of the active language)."""
    if hours == hours.to_integral_value():
        return str(int(hours))
    return number_format(hours, decimal_pos=1)


def issuer_name() -> str:
    """The portal's name, with the network's name from the default site's settings when set."""
    from wagtail.models import Site

    from portal.models.site_settings import SiteSettings

    name = _("Cooperation Portal")
    site = Site.objects.filter(is_default_site=True).first()
    network = SiteSettings.for_site(site).organisation_name.strip() if site else ""
    return f"{name} · {network}" if network else name


def certificate_pdf(certificate: Certificate, *, language: str | None = None, compress: bool = True) -> bytes:
    """The certificate as a one-page PDF, in the holder's language (else `language`, else the active one).

    `compress=False` leaves the page's content stream readable, for tests and debugging.
    """
    language = certificate_language(certificate, language)
    with translation.override(language):
        return _render(certificate, language, compress=compress)


def _render(certificate: Certificate, language: str, *, compress: bool) -> bytes:
    url = verification_url(certificate)
    issuer = issuer_name()
    title = _("Certificate of attendance")
    event = event_title(certificate, language)

    pdf = FPDF(orientation="landscape", unit="mm", format="A4")
    pdf.compress = compress
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.add_font(FONT, fname=font_path())
    pdf.set_lang(language)
    pdf.set_title(f"{title} — {certificate.full_name}")
    pdf.set_subject(event)
    pdf.set_author(issuer)
    pdf.set_creator(issuer)
    pdf.add_page()

    # A double frame in the portal's colour.
    pdf.set_draw_color(*BRAND)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, PAGE_WIDTH - 20, PAGE_HEIGHT - 20)
    pdf.set_line_width(0.3)
    pdf.rect(13, 13, PAGE_WIDTH - 26, PAGE_HEIGHT - 26)

    width = PAGE_WIDTH - 2 * MARGIN
    pdf.set_y(MARGIN + 4)
    _text(pdf, issuer.upper(), size=10, colour=MUTED, width=width)
    pdf.ln(8)
    _text(pdf, title, size=32, colour=BRAND, width=width, stroke=True)
    pdf.set_draw_color(*BRAND)
    pdf.set_line_width(0.4)
    pdf.line(PAGE_WIDTH / 2 - 30, pdf.get_y() + 4, PAGE_WIDTH / 2 + 30, pdf.get_y() + 4)
    pdf.ln(12)
    _text(pdf, _("This certificate is awarded to"), size=13, colour=MUTED, width=width)
    pdf.ln(3)
    _text(pdf, certificate.full_name, size=_fit(certificate.full_name, 28, 55), colour=TEXT, width=width, stroke=True)
    pdf.ln(6)
    _text(pdf, _("for attending"), size=13, colour=MUTED, width=width)
    pdf.ln(3)
    _text(pdf, event, size=_fit(event, 20, 80), colour=TEXT, width=width)
    pdf.ln(7)
    facts = "     ".join(
        [
            _("Date: %(date)s") % {"date": date_format(certificate.event_date, "DATE_FORMAT")},
            _("Hours: %(hours)s") % {"hours": format_hours(certificate.hours)},
        ]
    )
    _text(pdf, facts, size=13, colour=TEXT, width=width)

    # Bottom: who issued it and how to verify it, beside the QR code of the verification page.
    bottom = PAGE_HEIGHT - MARGIN - QR_SIZE
    qr_x = PAGE_WIDTH - MARGIN - QR_SIZE
    _qr_code(pdf, url, qr_x, bottom, QR_SIZE)
    issued = date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT")
    lines = [
        (_("Issued by %(issuer)s on %(date)s") % {"issuer": issuer, "date": issued}, TEXT),
        (_("Check that this certificate is genuine: scan the code or open"), MUTED),
        (url, BRAND),
        (_("Certificate code: %(code)s") % {"code": certificate.code}, MUTED),
    ]
    pdf.set_xy(MARGIN, bottom + 4)
    for line, colour in lines:
        pdf.set_x(MARGIN)
        _text(pdf, line, size=9.5, colour=colour, width=qr_x - MARGIN - 6, align="L", height=5.2)
    return bytes(pdf.output())


def _fit(text: str, size: float, long_after: int) -> float:
    """A smaller size for a long name or title, so that the page keeps its layout."""
    if len(text) <= long_after:
        return size
    return max(size * long_after / len(text), size * 0.55)


def _text(
    pdf: FPDF,
    text: str,
    *,
    size: float,
    colour: tuple[int, int, int],
    width: float,
    align: str = "C",
    stroke: bool = False,
    height: float | None = None,
) -> None:
    pdf.set_font(FONT, size=size)
    pdf.set_text_color(*colour)
    if stroke:
        # The outline in the text's colour thickens the strokes: the heading weight without a bold cut.
        pdf.set_draw_color(*colour)
        pdf.set_line_width(size * 0.009)
        pdf.text_mode = TextMode.FILL_STROKE
    pdf.multi_cell(width, height or size * 0.48, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.text_mode = TextMode.FILL


def _qr_code(pdf: FPDF, data: str, x: float, y: float, size: float) -> None:
    """A vector QR code: one filled rectangle per run of dark modules in a row."""
    matrix = qr_code(data).matrix
    module = size / len(matrix)
    pdf.set_fill_color(0, 0, 0)
    for row_number, row in enumerate(matrix):
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            pdf.rect(x + start * module, y + row_number * module, (column - start) * module, module, style="F")


def certificate_filename(certificate: Certificate) -> str:
    return f"certificate-{certificate.code}.pdf"
