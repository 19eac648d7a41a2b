"""What members type and upload, made safe: sanitised text, plain titles, files checked by their bytes."""

from __future__ import annotations

import io
import os
import zipfile
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from forums import services
from forums.attachments import check_upload
from forums.models import Attachment
from forums.text import plain, render, sanitise

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


SAFE_TAGS = {"p", "br", "a", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre"}


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_in(html: str) -> list[tuple[str, dict]]:
    """The elements a browser would build from `html`, with their attributes."""
    collector = _TagCollector()
    collector.feed(html)
    collector.close()
    return collector.tags


def png(width: int = 8, height: int = 6, noise: bool = False) -> bytes:
    """A real PNG made with Pillow; `noise` makes it incompressible (so that a cut one is truly cut)."""
    if noise:
        image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = Image.new("RGB", (width, height), (200, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/octet-stream") -> SimpleUploadedFile:
    # The browser's content type is the uploader's claim; the tests make it lie where it matters.
    return SimpleUploadedFile(name, content, content_type=content_type)


def refusal(file) -> str:
    with pytest.raises(ValidationError) as error:
        check_upload(file)
    return " ".join(error.value.messages)


# Text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert('x')</script> Hello",
        "<style>body { display: none }</style>",
        '<a href="https://example.org" onclick="steal()">link</a>',
        '<p onmouseover="steal()">hover</p>',
        "<img src=x onerror=alert(1)>",
        '<iframe src="https://evil.example"></iframe>',
        "<svg onload=alert(1)>",
        "[click me](javascript:alert(1))",
        "[click me](JaVaScRiPt:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
        "![tracking pixel](https://evil.example/pixel.png)",
    ],
)
def test_rendered_text_carries_no_script_style_handler_image_or_frame(source):
    html = render(source)
    assert "<script" not in html.lower()
    for tag, attributes in tags_in(html):
        assert tag in SAFE_TAGS
        assert not any(name.startswith("on") for name in attributes)
        if "href" in attributes:
            assert attributes["href"].split(":", 1)[0] in ("http", "https", "mailto")


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert('x')</script>",
        '<a href="https://example.org" onclick="steal()">link</a>',
        "<img src=x onerror=alert(1)>",
        '<iframe src="https://evil.example"></iframe>',
    ],
)
def test_raw_html_in_a_post_is_shown_as_text_not_run(source):
    html = render(source)
    assert "<" not in html.removeprefix("<p>").removesuffix("</p>")
    assert "&lt;" in html


def test_the_sanitiser_strips_whatever_html_reaches_it():
    html = sanitise(
        '<p onclick="x()">kept</p><script>bad()</script><style>p{}</style><img src="x"><iframe src="y"></iframe>'
        '<a href="javascript:alert(1)">no link</a><a href="https://example.org" target="_blank">a link</a>'
    )
    assert html == (
        '<p>kept</p><a rel="nofollow ugc noopener">no link</a>'
        '<a href="https://example.org" rel="nofollow ugc noopener">a link</a>'
    )


def test_emphasis_links_lists_and_quotes_are_kept():
    assert render("*Some* **strong** words") == "<p><em>Some</em> <strong>strong</strong> words</p>"
    assert render("[Our portal](https://example.org/edm)") == (
        '<p><a href="https://example.org/edm" rel="nofollow ugc noopener">Our portal</a></p>'
    )
    assert render("Write to [us](mailto:edm@example.org)") == (
        '<p>Write to <a href="mailto:edm@example.org" rel="nofollow ugc noopener">us</a></p>'
    )
    assert render("- scan\n- register") == "<ul>\n<li>scan</li>\n<li>register</li>\n</ul>"
    assert render("1. scan\n2. register") == "<ol>\n<li>scan</li>\n<li>register</li>\n</ol>"
    assert render("> As the mayor said") == "<blockquote>\n<p>As the mayor said</p>\n</blockquote>"
    assert render("line one\nline two") == "<p>line one<br>\nline two</p>"


def test_the_plain_text_of_a_post_keeps_words_apart_and_is_cut_to_length():
    assert plain(render("First paragraph.\n\n- one\n- two\n\n> *Quoted* & done")) == (
        "First paragraph. one two Quoted & done"
    )
    assert plain(render("word " * 200), 50) == ("word " * 10).strip()[:49].rstrip() + "…"


@pytest.mark.django_db
def test_a_title_is_stored_as_typed_and_the_text_is_rendered_safe(make_group, group_member):
    group = make_group()
    author = group_member(group)
    title = "<script>alert('x')</script> Budget & <b>plans</b>"
    thread = services.start_thread(group, author, title, "<script>alert('x')</script> **Read** this")
    thread.refresh_from_db()
    # Titles are plain text: Django escapes them wherever they are shown.
    assert thread.title == title
    post = thread.posts.get()
    assert post.source == "<script>alert('x')</script> **Read** this"
    assert "<script" not in post.html and "<strong>Read</strong>" in post.html


@pytest.mark.django_db
def test_an_edit_is_rendered_safe_too(make_group, group_member):
    group = make_group()
    author = group_member(group)
    thread = services.start_thread(group, author, "A safe thread", "Harmless")
    post = services.edit_post(thread.posts.get(), author, '<img src=x onerror="alert(1)"> [x](javascript:void(0))')
    assert tags_in(post.html) == [("p", {})]


# Attachments ---------------------------------------------------------------------------


def test_a_real_png_is_accepted_with_its_size_in_pixels():
    checked = check_upload(upload("map.png", png(8, 6), "image/png"))
    assert (checked.kind, checked.content_type, checked.width, checked.height) == ("image", "image/png", 8, 6)
    assert checked.size == len(png(8, 6))


def test_an_extension_in_capitals_is_still_the_same_type():
    assert check_upload(upload("MAP.PNG", png())).kind == "image"


def test_a_real_pdf_is_accepted_as_a_document():
    checked = check_upload(upload("minutes.pdf", MINIMAL_PDF, "application/pdf"))
    assert (checked.kind, checked.content_type, checked.width) == ("document", "application/pdf", None)


def test_an_office_document_is_accepted():
    checked = check_upload(upload("minutes.docx", docx()))
    assert checked.kind == "document" and checked.content_type.endswith("wordprocessingml.document")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 200, id="exe"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 200, id="zip"),
        pytest.param(png(), id="png"),
        pytest.param(b"<!DOCTYPE html><html><script>alert(1)</script></html>", id="html"),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(content):
    assert "is not what its name says" in refusal(upload("report.pdf", content, "application/pdf"))


def test_a_pdf_named_as_an_image_is_refused():
    assert "is not what its name says" in refusal(upload("photo.png", MINIMAL_PDF, "image/png"))


@pytest.mark.parametrize("name", ["setup.exe", "script.js", "page.html", "archive.zip", "no-extension"])
def test_file_types_outside_the_list_are_refused_by_their_name(name):
    assert "is not a file type you can attach" in refusal(upload(name, MINIMAL_PDF))


@override_settings(FORUM_IMAGE_MAX_PIXELS=100)
def test_an_image_over_the_pixel_limit_is_refused():
    assert "20 × 20 pixels" in refusal(upload("big.png", png(20, 20), "image/png"))
    assert check_upload(upload("small.png", png(10, 10), "image/png")).width == 10


@override_settings(FORUM_DOCUMENT_MAX_BYTES=20, FORUM_IMAGE_MAX_BYTES=50)
def test_files_over_the_byte_limits_are_refused():
    assert "the limit is 20" in refusal(upload("minutes.pdf", MINIMAL_PDF))
    assert "the limit is 50" in refusal(upload("map.png", png()))


def test_a_truncated_image_is_refused():
    whole = png(64, 64, noise=True)
    assert "is not a readable image" in refusal(upload("cut.png", whole[: len(whole) // 2], "image/png"))
    assert "is not a readable image" in refusal(upload("header-only.png", whole[:40], "image/png"))


def test_a_checked_upload_can_be_read_again_from_the_start():
    file = upload("map.png", png())
    check_upload(file)
    assert file.read(8) == b"\x89PNG\r\n\x1a\n"


@pytest.mark.django_db
def test_a_thread_keeps_its_checked_attachments_under_names_that_say_nothing(make_group, group_member):
    group = make_group()
    author = group_member(group)
    image = upload("Budget of Kameno Pole.png", png(8, 6), "image/png")
    document = upload("minutes.pdf", MINIMAL_PDF, "application/pdf")
    files = [(image, check_upload(image)), (document, check_upload(document))]
    thread = services.start_thread(group, author, "Budget and minutes", "See attached.", files=files)
    post = thread.posts.get()
    first, second = Attachment.objects.filter(post=post)
    assert (first.kind, first.original_name, first.width, first.height) == ("image", "Budget of Kameno Pole.png", 8, 6)
    assert (second.kind, second.content_type, second.size) == ("document", "application/pdf", len(MINIMAL_PDF))
    assert "Kameno" not in first.file.name and first.file.name.endswith(".png")
    assert default_storage.exists(first.file.name) and default_storage.exists(second.file.name)
    with default_storage.open(second.file.name) as stored:
        assert stored.read() == MINIMAL_PDF
    # The author deleting the post takes the files with it.
    names = [first.file.name, second.file.name]
    services.delete_post(post, author)
    assert not Attachment.objects.filter(post=post).exists()
    assert not any(default_storage.exists(name) for name in names)


@pytest.mark.django_db
def test_a_reply_keeps_its_attachment(make_group, group_member):
    group = make_group()
    thread = services.start_thread(group, group_member(group), "A thread", "Text")
    document = upload("answer.pdf", MINIMAL_PDF)
    post = services.reply(thread, group_member(group), "Our answer", files=[(document, check_upload(document))])
    assert [attachment.original_name for attachment in post.attachments.all()] == ["answer.pdf"]
