"""Plain pictograms for the demo's news, events and publications, drawn with Pillow at
load time: one sign per programme (a bridge, a sun, a city, an equals sign, two linked
rings), white on the programme's colour, so a picture says what it is about."""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

WHITE = (255, 255, 255)
SIZE = (1280, 720)


def _bridge(draw, cx, cy, s, background):
    deck = cy + s * 0.35
    draw.arc(
        (cx - s * 1.6, cy - s * 0.9, cx + s * 1.6, cy + s * 1.9), 200, 340, fill=WHITE, width=28
    )
    draw.line((cx - s * 1.8, deck, cx + s * 1.8, deck), fill=WHITE, width=28)
    centre, rx, ry = cy + s * 0.5, 1.6, 1.4  # the arc's ellipse, in units of s
    for x in (-1.0, -0.5, 0, 0.5, 1.0):
        top = centre - ry * s * math.sqrt(1 - (x / rx) ** 2)
        draw.line((cx + x * s, top, cx + x * s, deck), fill=WHITE, width=14)


def _sun(draw, cx, cy, s, background):
    draw.ellipse((cx - s * 0.6, cy - s * 0.6, cx + s * 0.6, cy + s * 0.6), fill=WHITE)
    for i in range(12):
        angle = i * math.pi / 6
        inner, outer = s * 0.85, s * 1.25
        draw.line(
            (
                cx + inner * math.cos(angle),
                cy + inner * math.sin(angle),
                cx + outer * math.cos(angle),
                cy + outer * math.sin(angle),
            ),
            fill=WHITE,
            width=22,
        )


def _city(draw, cx, cy, s, background):
    base = cy + s
    houses = ((-1.6, 0.6, 1.2), (-0.9, 0.7, 2.0), (-0.1, 0.6, 1.5), (0.6, 0.9, 1.8))
    for left, width, height in houses:
        x0, x1, top = cx + left * s, cx + (left + width) * s, base - height * s
        draw.rectangle((x0, top, x1, base), fill=WHITE)
        # Windows in the background colour: rows of small squares read as buildings.
        pane = s * 0.12
        y = top + pane
        while y + pane * 2 < base - pane:
            x = x0 + pane
            while x + pane <= x1 - pane / 2:
                draw.rectangle((x, y, x + pane, y + pane), fill=background)
                x += pane * 2
            y += pane * 2
    draw.polygon(
        (
            (cx - s * 0.9, base - 2 * s),
            (cx - s * 0.55, base - 2.5 * s),
            (cx - s * 0.2, base - 2 * s),
        ),
        fill=WHITE,
    )
    draw.line((cx - s * 1.9, base, cx + s * 1.9, base), fill=WHITE, width=16)


def _equals(draw, cx, cy, s, background):
    draw.ellipse((cx - s * 1.2, cy - s * 1.2, cx + s * 1.2, cy + s * 1.2), outline=WHITE, width=24)
    for dy in (-0.3, 0.3):
        draw.rounded_rectangle(
            (cx - s * 0.65, cy + dy * s - s * 0.12, cx + s * 0.65, cy + dy * s + s * 0.12),
            radius=10,
            fill=WHITE,
        )


def _rings(draw, cx, cy, s, background):
    for dx in (-0.55, 0.55):
        draw.ellipse(
            (cx + dx * s - s * 0.9, cy - s * 0.9, cx + dx * s + s * 0.9, cy + s * 0.9),
            outline=WHITE,
            width=30,
        )


# Per programme: the sign, what it shows (for the text alternative), a dark colour that
# white stays legible on (contrast above 7:1).
SIGNS = {
    "bridges-of-trust": (_bridge, "a bridge", "#1d4f91"),
    "covenant-of-mayors": (_sun, "a sun", "#1e5631"),
    "rfsc": (_city, "the outline of a city", "#00594f"),
    "equality-charter": (_equals, "an equals sign in a circle", "#6b2153"),
    "town-twinning": (_rings, "two linked rings", "#8a3a0f"),
}


def draw_pictogram(sign, size=SIZE):
    colour = SIGNS[sign][2]
    canvas = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(canvas)
    width, height = size
    SIGNS[sign][0](draw, width / 2, height / 2, min(width, height) / 4, colour)
    return canvas


def pictogram_image(sign, programme_title):
    """The programme's pictogram as a Wagtail image with its text alternative."""
    title = f"Pictogram: {programme_title}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_pictogram(sign).save(buffer, format="PNG", optimize=True)
    return Image.objects.create(
        title=title,
        description=f"Pictogram of {SIGNS[sign][1]}, the sign used here for {programme_title}",
        file=ImageFile(buffer, name=f"pictogram-{sign}.png"),
    )
