"""Abstract, decorative images drawn with Pillow at load time, so the demo needs no download."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image


def _hex_to_rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_pattern(colour, seed, size=(1600, 700)):
    """Overlapping translucent circles on a flat colour: calm, text-free, reproducible."""
    rng = random.Random(seed)
    base = _hex_to_rgb(colour)
    canvas = PILImage.new("RGB", size, base)
    overlay = PILImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    width, height = size
    for _ in range(14):
        radius = rng.randint(height // 6, height)
        x, y = rng.randint(-radius // 2, width), rng.randint(-radius // 2, height)
        shade = rng.choice([(255, 255, 255), (255, 204, 0), (0, 0, 0)])
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=(*shade, rng.randint(18, 46))
        )
    canvas.paste(overlay, (0, 0), overlay)
    return canvas


def get_or_create_image(title, colour, seed):
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_pattern(colour, seed).save(buffer, format="JPEG", quality=82)
    filename = f"{seed}.jpg"
    return Image.objects.create(title=title, file=ImageFile(buffer, name=filename))
