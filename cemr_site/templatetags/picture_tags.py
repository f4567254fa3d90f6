"""What Wagtail's {% picture %} tag needs beyond its filter specs: the `sizes` of each place
a picture is shown in, and which pictures of a list wait until they are scrolled to.

`sizes` tells the browser how wide the picture will be before the stylesheet is read, so
it can pick a file from the srcset. Each value below follows static/css/site.css; change
them together. The layout's numbers, in rem (16 px; media queries count in the same unit):
a `.wrapper` is at most 72rem wide with 1rem padding on each side, so its content is
`100vw - 2rem` and 70rem from a 72rem-wide window; from 48rem the `.programme__layout`
puts a 20rem aside beside the main column, 2rem apart.
"""

from django import template

register = template.Library()

# 70ch of the body text (--measure) is 41rem to 47rem wide depending on the font
# (Segoe UI to DejaVu Sans); the wider one is given, so no font gets a blurred picture.
MEASURE = "47rem"

LAYOUT_SIZES = {
    # .programme__layout's main column: programme and event pictures, a municipality's
    # own; 70rem - 20rem - 2rem = 48rem at full width, the window less 24rem from 48rem.
    "main": "(min-width: 72rem) 48rem, (min-width: 48rem) calc(100vw - 24rem), calc(100vw - 2rem)",
    # .hero__inner from 48rem: text and picture share the content 1.1 : 1 after a 1.5rem
    # gap, (70rem - 1.5rem) / 2.1 = 32.6rem at full width.
    "home-hero": (
        "(min-width: 72rem) 32.6rem, (min-width: 48rem) calc((100vw - 3.5rem) / 2.1), "
        "calc(100vw - 2rem)"
    ),
    # .card-grid: as many 18rem columns as fit, 1.25rem apart, stretched to the row: three
    # from 58.5rem (3 x 18 + 2 x 1.25 + 2), two from 39.25rem, else one.
    "cards": (
        "(min-width: 72rem) 22.5rem, (min-width: 58.5rem) calc((100vw - 4.5rem) / 3), "
        "(min-width: 39.25rem) calc((100vw - 3.25rem) / 2), calc(100vw - 2rem)"
    ),
    # A news article (.article) and a stream on a narrow or full-width page (.stream > *):
    # at most the measure.
    "measure": f"(min-width: 49rem) {MEASURE}, calc(100vw - 2rem)",
    # A stream in the main column of .programme__layout: the measure or the column.
    "main-measure": (
        f"(min-width: 71rem) {MEASURE}, (min-width: 48rem) calc(100vw - 24rem), calc(100vw - 2rem)"
    ),
    # .item__image: 12rem, 10rem on a phone (up to 30em), 9rem in the home page's columns.
    "item": "(max-width: 30em) 10rem, 12rem",
    "item-home": "(min-width: 60em) 9rem, (max-width: 30em) 10rem, 12rem",
}


@register.filter
def layout_sizes(layout):
    """`sizes="main"|layout_sizes` in a picture tag."""
    return LAYOUT_SIZES[layout]


@register.filter
def lazy_after(position, eager):
    """`loading=forloop.counter|lazy_after:3`: "lazy" for the items of a list after the
    first `eager`, None (no attribute) for those, which are in the first screen and should
    not wait for the layout. An unknown position (an include used outside an index's
    loop) is below the fold."""
    try:
        in_first_screen = int(position) <= int(eager or 0)
    except (TypeError, ValueError):
        in_first_screen = False
    return None if in_first_screen else "lazy"
