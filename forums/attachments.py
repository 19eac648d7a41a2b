"""Checking an uploaded file before it is attached to a post: its real type, its size, its pixels.

The name and the browser's content type are the uploader's claims; the bytes
decide. Documents are recognised by their signature (filetype), images are
opened and verified with Pillow, and the extension must agree with what the
bytes are, so an executable renamed `report.pdf` is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

# Detected MIME type → the extensions a file of that type may carry.
IMAGE_TYPES = {
    "image/jpeg": {"jpg", "jpeg"},
    "image/png": {"png"},
    "image/gif": {"gif"},
    "image/webp": {"webp"},
}
DOCUMENT_TYPES = {
    "application/pdf": {"pdf"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"docx"},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"xlsx"},
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": {"pptx"},
    "application/vnd.oasis.opendocument.text": {"odt"},
    "application/vnd.oasis.opendocument.spreadsheet": {"ods"},
    "application/vnd.oasis.opendocument.presentation": {"odp"},
}
ALLOWED_EXTENSIONS = sorted({ext for exts in (*IMAGE_TYPES.values(), *DOCUMENT_TYPES.values()) for ext in exts})


@dataclass
class CheckedFile:
    kind: str  # "image" or "document"
    content_type: str
    size: int
    width: int | None = None
    height: int | None = None


def limits() -> dict[str, int]:
    return {
        "image_bytes": settings.FORUM_IMAGE_MAX_BYTES,
        "document_bytes": settings.FORUM_DOCUMENT_MAX_BYTES,
        "pixels": settings.FORUM_IMAGE_MAX_PIXELS,
        "per_post": settings.FORUM_ATTACHMENTS_PER_POST,
    }


def check_upload(upload) -> CheckedFile:
    """What the uploaded file really is, or a ValidationError saying, in the reader's language, why it is refused."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            _("“%(name)s” is not a file type you can attach. Allowed: %(types)s.")
            % {"name": name, "types": ", ".join(ALLOWED_EXTENSIONS)}
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    detected = filetype.guess_mime(head)
    if detected in IMAGE_TYPES:
        kind, allowed, max_bytes = "image", IMAGE_TYPES[detected], settings.FORUM_IMAGE_MAX_BYTES
    elif detected in DOCUMENT_TYPES:
        kind, allowed, max_bytes = "document", DOCUMENT_TYPES[detected], settings.FORUM_DOCUMENT_MAX_BYTES
    else:
        allowed, max_bytes = set(), 0
    if extension not in allowed:
        raise ValidationError(
            _("“%(name)s” is not what its name says it is, so it cannot be attached.") % {"name": name}
        )
    if upload.size > max_bytes:
        raise ValidationError(
            _("“%(name)s” is %(size)s; the limit is %(limit)s.")
            % {"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)}
        )
    checked = CheckedFile(kind=kind, content_type=detected, size=upload.size)
    if kind == "image":
        checked.width, checked.height = _check_image(upload, name)
    return checked


def _check_image(upload, name: str) -> tuple[int, int]:
    broken = ValidationError(_("“%(name)s” is not a readable image.") % {"name": name})
    try:
        with Image.open(upload) as image:
            width, height = image.size
            # The header is read first: a decompression bomb is refused before its pixels are.
            if width * height > settings.FORUM_IMAGE_MAX_PIXELS:
                raise ValidationError(
                    _("“%(name)s” is %(width)s × %(height)s pixels; the limit is %(limit)s megapixels.")
                    % {
                        "name": name,
                        "width": width,
                        "height": height,
                        "limit": settings.FORUM_IMAGE_MAX_PIXELS // 1_000_000,
                    }
                )
            image.verify()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise broken from error
    finally:
        upload.seek(0)
    return width, height
