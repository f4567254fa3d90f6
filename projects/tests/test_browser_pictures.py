"""The pictures in Chromium at 1280, 375 and 320 px: each `sizes` says the width the
stylesheet gives the picture (so the browser picks the right file before the layout),
the AVIF file is the one shown, no picture is stretched out of its proportions, and none
moves the page when it arrives (cumulative layout shift). Screenshots under
test-results/screenshots/pictures-*.png."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.images.models import Image

from cemr_site.tests.test_browser import SCREENSHOTS
from news.models import EventPage, NewsIndexPage, NewsPage, PublicationIndexPage
from projects.models import (
    ContactPerson,
    HomePage,
    PartnerOrganisation,
    ProgrammeIndexPage,
    ProgrammePage,
)
from twinning.models import Municipality

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (1280, 375, 320)

# Before any script of the page: the layout shifts, as Chrome reports them.
COUNT_SHIFTS = """
window.__shift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
}).observe({type: "layout-shift", buffered: true});
"""

# Each picture's img: its box, its file, and the width its `sizes` gives in this window
# (the first media condition that matches, its length measured in a scratch element).
MEASURE = """() => {
  const px = (length) => {
    const probe = document.createElement("div");
    probe.style.cssText = "position:absolute;visibility:hidden;height:1px;width:" + length;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  };
  const slot = (sizes) => {
    for (const part of sizes.split(",")) {
      const match = part.trim().match(/^(\\([^)]*\\))\\s+(.+)$/);
      if (!match) return px(part.trim());
      if (matchMedia(match[1]).matches) return px(match[2]);
    }
  };
  return [...document.querySelectorAll("picture > img")].map((img) => {
    const box = img.getBoundingClientRect();
    const avif = img.parentElement.querySelector("source[type='image/avif']");
    const candidates = avif.srcset.split(",").map((c) => c.trim().split(" "));
    const widths = candidates.map(([, w]) => parseInt(w, 10));
    // naturalWidth is the file's width scaled to the sizes: the descriptor says the file's.
    const shown = candidates.find(([url]) => new URL(url, location.href).href === img.currentSrc);
    return {
      name: img.className || `img alt="${img.alt}"`, file: img.currentSrc,
      width: box.width, height: box.height, natural: [img.naturalWidth, img.naturalHeight],
      sizes: slot(img.sizes), widest: Math.max(...widths), exact: !img.closest(".partner-grid"),
      fileWidth: shown ? parseInt(shown[1], 10) : 0,
    };
  });
}"""


def with_pictures():
    """An editor's pictures everywhere one can go: the heroes, every programme card, a
    picture block, a partner's logo, a contact's photo and a municipality's own."""
    picture = Image.objects.filter(title__startswith="Pictogram").order_by("pk").first()
    ProgrammePage.objects.update(hero_image=picture)
    HomePage.objects.update(hero_image=picture)
    bridges = ProgrammePage.objects.get(title_en="Bridges of Trust")
    bridges.body_en.append(("image", {"image": picture, "alt_text": "A bridge", "caption": ""}))
    bridges.save()
    PartnerOrganisation.objects.filter(name_en="PLATFORMA").update(logo=picture)
    ContactPerson.objects.update(photo=picture)
    town = Municipality.objects.published().order_by("pk").first()
    town.image = picture
    town.save()
    with translation.override("en"):
        return {
            "home": HomePage.objects.get().get_url(),
            "programme-index": ProgrammeIndexPage.objects.get().get_url(),
            "programme": bridges.get_url(),
            "news-index": NewsIndexPage.objects.get().get_url(),
            "news": NewsPage.objects.live().order_by("-date").first().get_url(),
            "event": EventPage.objects.live().order_by("starts_at").last().get_url(),
            "publications": PublicationIndexPage.objects.get().get_url(),
            "municipality": reverse("twinning:profile", args=[town.slug]),
        }


def load_every_picture(page):
    """Scrolls down a screen at a time, so the lazy pictures come too, then back up."""
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height + 900, 600):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(30)
    page.wait_for_function("[...document.images].every((img) => img.complete)")
    page.evaluate("window.scrollTo(0, 0)")


def test_pictures_fit_their_sizes_keep_their_shape_and_move_nothing(page, live_server, demo_site):
    page.add_init_script(COUNT_SHIFTS)
    problems, seen = [], set()
    for name, url in with_pictures().items():
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            page.goto(live_server.url + url)
            load_every_picture(page)
            where = f"{name} at {width} px"
            shift = page.evaluate("window.__shift")
            if shift > 0.001:
                problems.append(f"{where}: the layout shifted by {shift:.3f}")
            for img in page.evaluate(MEASURE):
                seen.add(img["name"])
                problems += check(img, where)
            if name in ("home", "programme"):
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=SCREENSHOTS / f"pictures-{name}-{width}.png", full_page=True)
    assert not problems, "\n".join(problems)
    assert {"programme__hero", "card__image", "hero__image", "item__image"} <= seen
    assert {"contact-card__photo", 'img alt="A bridge"', "article__image"} <= seen


def check(img, where):
    name, (natural_width, natural_height) = f"{where}, {img['name']}", img["natural"]
    if not natural_width:
        return [f"{name}: not loaded"]
    problems = []
    if not img["file"].endswith(".avif"):
        problems.append(f"{name}: shows {img['file']}, not the AVIF")
    shape, own_shape = img["width"] / img["height"], natural_width / natural_height
    if abs(shape / own_shape - 1) > 0.02:
        problems.append(f"{name}: {shape:.3f} wide for 1 high, its file {own_shape:.3f}")
    # A logo is shown at its own size, at most 10rem: its sizes is that bound.
    low = 0.97 * img["sizes"] if img["exact"] else 0
    if not low <= img["width"] <= 1.03 * img["sizes"]:
        problems.append(f"{name}: {img['width']:.0f} px wide, its sizes says {img['sizes']:.0f}")
    if img["fileWidth"] < min(img["width"], img["widest"]) - 1:
        problems.append(f"{name}: a {img['fileWidth']} px file for {img['width']:.0f} px")
    return problems
