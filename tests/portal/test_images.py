"""Image uploads are limited in bytes and pixels; published images are served responsively."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from portal.demo.texts import TEXTS

pytestmark = pytest.mark.django_db

Image = get_image_model()


def png(width: int, height: int, mode: str = "RGB", padding: int = 0) -> bytes:
    """A single-colour PNG (which compresses to almost nothing), optionally followed by `padding` bytes."""
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height), 1 if mode == "1" else (11, 79, 138)).save(buffer, format="PNG")
    return buffer.getvalue() + b"\0" * padding


@pytest.fixture
def admin_client_logged_in(demo_users):
    client = Client()
    client.force_login(demo_users["admin"])
    return client


def upload(client, content: bytes, name: str = "upload.png"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Upload under test", "file": SimpleUploadedFile(name, content, content_type="image/png")},
    )


def upload_multiple(client, content: bytes, name: str = "upload.png"):
    """The drag-and-drop uploader the admin shows by default; it answers in JSON."""
    return client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile(name, content, content_type="image/png")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def file_error(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    error = soup.find(id="id_file-error") or soup.select_one("[data-field-wrapper] .error-message")
    assert error is not None, "the form shows no error for the file"
    return error.get_text(" ", strip=True)


def test_a_valid_image_is_accepted_by_both_upload_views(admin_client_logged_in):
    before = Image.objects.count()

    single = upload(admin_client_logged_in, png(640, 360))
    multiple = upload_multiple(admin_client_logged_in, png(640, 360), name="second.png")

    assert single.status_code == 302
    assert multiple.json()["success"] is True
    assert Image.objects.count() == before + 2


def test_configured_limits_are_ten_megabytes_and_forty_megapixels():
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000


def test_file_over_the_size_limit_is_rejected_with_a_clear_message(admin_client_logged_in):
    before = Image.objects.count()
    too_big = png(64, 64, padding=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)

    response = upload(admin_client_logged_in, too_big, name="too-big.png")

    assert response.status_code == 200
    message = file_error(response)
    assert "This file is too big" in message
    assert "Maximum filesize 10.0" in message
    assert Image.objects.count() == before
    assert not default_storage.exists("original_images/too-big.png")


def test_file_over_a_lowered_size_limit_is_rejected_by_the_drag_and_drop_uploader(admin_client_logged_in, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 2048
    before = Image.objects.count()

    response = upload_multiple(admin_client_logged_in, png(64, 64, padding=4096))

    data = response.json()
    assert data["success"] is False
    assert "This file is too big" in data["error_message"]
    assert "Maximum filesize 2.0" in data["error_message"]
    assert Image.objects.count() == before


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (7000, 7000),  # 49 M pixels: over the portal's limit, under Pillow's own
        (20000, 20000),  # 400 M pixels: Pillow itself refuses to open it
    ],
)
def test_decompression_bomb_is_rejected_with_a_clear_message(admin_client_logged_in, width, height):
    bomb = png(width, height, mode="1")
    assert len(bomb) < settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE  # small on disk, huge once decoded
    before = Image.objects.count()

    response = upload(admin_client_logged_in, bomb, name="bomb.png")

    assert response.status_code == 200
    assert "This file has too many pixels" in file_error(response)
    assert Image.objects.count() == before
    assert not default_storage.exists("original_images/bomb.png")

    data = upload_multiple(admin_client_logged_in, bomb, name="bomb.png").json()
    assert data["success"] is False
    assert "This file has too many pixels" in data["error_message"]
    assert Image.objects.count() == before


def test_file_that_is_not_an_image_is_rejected(admin_client_logged_in):
    before = Image.objects.count()

    response = upload(admin_client_logged_in, b"<svg onload=alert(1)>", name="fake.png")

    assert response.status_code == 200
    assert "valid image" in file_error(response)
    assert Image.objects.count() == before


def test_members_cannot_upload_images(client, demo_users):
    client.force_login(demo_users["member"])
    before = Image.objects.count()

    response = upload(client, png(64, 64))

    assert response.status_code in (302, 403)
    assert Image.objects.count() == before


def test_about_page_serves_its_image_as_a_responsive_picture_with_webp(client):
    response = client.get("/en/about/")

    soup = BeautifulSoup(response.content, "html.parser")
    picture = soup.select_one("figure.block-image picture")
    assert picture is not None
    webp = picture.find("source", type="image/webp")
    assert webp is not None
    candidates = [candidate.strip().split() for candidate in webp["srcset"].split(",")]
    assert [width for _, width in candidates] == ["480w", "800w", "1200w"]
    assert all(url.endswith(".webp") for url, _ in candidates)
    assert webp["sizes"] == "(max-width: 60rem) 100vw, 60rem"

    img = picture.find("img")
    assert img["alt"] == TEXTS["en"]["about_image_alt"]
    assert img["loading"] == "lazy"
    assert re.search(r"\b480w\b", img["srcset"])
    assert int(img["width"]) > 0 and int(img["height"]) > 0

    # Every rendition the page refers to exists in storage.
    for url, _ in candidates:
        assert default_storage.exists(url.removeprefix(settings.MEDIA_URL)), url
    assert picture.find_next_sibling("figcaption").get_text(strip=True) == TEXTS["en"]["about_image_caption"]


def test_translated_about_page_describes_its_image_in_its_language(client):
    soup = BeautifulSoup(client.get("/uk/about/").content, "html.parser")

    assert soup.select_one("figure.block-image picture img")["alt"] == TEXTS["uk"]["about_image_alt"]
