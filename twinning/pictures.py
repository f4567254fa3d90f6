"""A profile picture uploaded by its manager: checked for what it really is (not what its
name says), its size and dimensions, then written again from the pixels alone, so no
EXIF block (GPS position, camera serial, author) or other metadata reaches the site."""

import io
import os

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MIN_WIDTH, MIN_HEIGHT = 600, 400
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def clean_picture(upload):
    """Returns (bytes, extension) of the cleaned picture, or raises ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The picture is larger than 5 MB. Please send a smaller file."), code="too-big"
        )
    not_a_picture = ValidationError(
        _("This file is not a JPEG, PNG or WebP picture."), code="not-a-picture"
    )
    try:
        with Image.open(upload) as probe:
            kind = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise not_a_picture from None
    if kind not in FORMATS:
        raise not_a_picture
    if width * height > MAX_PIXELS:
        raise ValidationError(_("The picture has too many pixels."), code="too-many-pixels")
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        raise ValidationError(
            _("The picture is %(width)s × %(height)s pixels; it needs at least 600 × 400.")
            % {"width": width, "height": height},
            code="too-small",
        )
    upload.seek(0)
    with Image.open(upload) as image:
        image = ImageOps.exif_transpose(image)  # keep the orientation the EXIF block gave
        if kind == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        output = io.BytesIO()
        image.save(output, format=kind, **({"quality": 88} if kind != "PNG" else {}))
    return output.getvalue(), FORMATS[kind]


def store_picture(content, extension, *, title, alt_text):
    """A Wagtail image made from the cleaned bytes, its alt text as its description."""
    from wagtail.images import get_image_model

    name = f"{os.urandom(8).hex()}.{extension}"
    image = get_image_model()(title=title[:255], description=alt_text[:255])
    image.file = ImageFile(io.BytesIO(content), name=name)
    image.save()
    return image
