"""Every picture is responsive: AVIF and WebP sources before a JPEG <img>, width
descriptors, the `sizes` of its place in the layout, the img's own width and height (no
layout shift), the picture at the top of a page fetched first and the others only when
scrolled to. Whether the sizes match the stylesheet is measured in the browser
(test_browser_pictures.py)."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from cemr_site.checks import pictures_can_be_written_as_avif_and_webp
from cemr_site.templatetags.picture_tags import LAYOUT_SIZES
from news.models import NewsIndexPage
from projects.models import ContactPerson, PartnerOrganisation, ProgrammePage
from twinning.models import Municipality

# What each format's file starts with, so a rendition is what its name says.
MAGIC = {
    "image/avif": lambda head: head[4:12] == b"ftypavif",
    "image/webp": lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP",
    "image/jpeg": lambda head: head[:3] == b"\xff\xd8\xff",
}


class PictureParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.pictures, self._open = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self._open = {"sources": [], "img": None}
            self.pictures.append(self._open)
        elif tag == "source" and self._open is not None:
            self._open["sources"].append(attrs)
        elif tag == "img" and self._open is not None:
            self._open["img"] = attrs

    def handle_endtag(self, tag):
        if tag == "picture":
            self._open = None


def pictures_on(client, page, language="en"):
    with translation.override(language):
        url = page if isinstance(page, str) else page.get_url()
    response = client.get(url)
    assert response.status_code == 200
    parser = PictureParser()
    parser.feed(response.content.decode())
    return parser.pictures


def candidates(srcset):
    """[(url, width)] of a srcset with width descriptors."""
    pairs = [candidate.strip().rsplit(" ", 1) for candidate in srcset.split(",")]
    assert all(re.fullmatch(r"\d+w", w) for _url, w in pairs), srcset
    return [(url, int(w[:-1])) for url, w in pairs]


def file_head(url):
    assert url.startswith(settings.MEDIA_URL)
    path = Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)
    return path.read_bytes()[:16]


def widths_of(picture):
    """Checks the picture is well formed and returns its widths, the same in each format."""
    img = picture["img"]
    assert [source["type"] for source in picture["sources"]] == ["image/avif", "image/webp"]
    srcsets = {source["type"]: source["srcset"] for source in picture["sources"]}
    srcsets["image/jpeg"] = img["srcset"]
    assert img["src"] == candidates(img["srcset"])[0][0]
    widths = {}
    for kind, srcset in srcsets.items():
        urls, widths[kind] = zip(*candidates(srcset), strict=True)
        assert MAGIC[kind](file_head(urls[0])), f"{urls[0]} is not {kind}"
    assert widths["image/avif"] == widths["image/webp"] == widths["image/jpeg"]
    assert all(source["sizes"] == img["sizes"] for source in picture["sources"])
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    return list(widths["image/jpeg"])


def loading(pictures):
    return [(p["img"].get("loading"), p["img"].get("fetchpriority")) for p in pictures]


@pytest.mark.django_db
def test_programme_hero_is_fetched_first_and_the_other_pictures_when_scrolled_to(
    client, bridges, picture
):
    bridges.hero_image = picture
    # A picture block in the body, beside the partners' logos and the contact's photo.
    bridges.body_en.append(("image", {"image": picture, "alt_text": "A bridge", "caption": ""}))
    bridges.save()
    assert PartnerOrganisation.objects.filter(name_en="PLATFORMA").update(logo=picture) == 1
    assert ContactPerson.objects.filter(name="Stanislav Taran").update(photo=picture) == 1

    hero, *others = pictures_on(client, bridges)
    img = hero["img"]
    assert img["class"] == "programme__hero"
    # 1280, not 1600: the pictogram is 1280 px wide and Wagtail does not enlarge it.
    assert widths_of(hero) == [400, 800, 1200, 1280]
    assert (img["width"], img["height"], img["alt"]) == ("400", "175", "")
    assert img["sizes"] == LAYOUT_SIZES["main"]
    assert loading([hero]) == [(None, "high")]

    by_class = {p["img"].get("class", p["img"]["alt"]): p for p in others}
    assert set(by_class) == {"A bridge", "item__image", "contact-card__photo", ""}
    assert loading(others) == [("lazy", None)] * len(others)
    block = by_class["A bridge"]
    # Largest first: the img's width and height are the largest rendition's, so a small
    # picture is shown at its own size, not stretched to the text's width.
    assert widths_of(block) == [1280, 1200, 800, 400]
    assert block["img"]["sizes"] == LAYOUT_SIZES["main-measure"]  # a stream in the main column
    assert widths_of(by_class["item__image"]) == [320, 640]
    assert widths_of(by_class["contact-card__photo"]) == [96, 192]
    assert by_class["contact-card__photo"]["img"]["sizes"] == "6rem"
    logo = by_class[""]  # the logo's name stands beside it
    assert widths_of(logo) == [142, 284]  # max-160x80 of a 16:9 picture
    assert (logo["img"]["width"], logo["img"]["height"]) == ("142", "80")


@pytest.mark.django_db
def test_cards_of_the_first_row_load_at_once_the_others_when_scrolled_to(
    client, home, programme_index, picture
):
    ProgrammePage.objects.update(hero_image=picture)
    cards = [p for p in pictures_on(client, programme_index) if p["img"]["class"] == "card__image"]
    assert len(cards) == 5
    assert all(widths_of(card) == [400, 800, 1200] for card in cards)
    assert {(c["img"]["width"], c["img"]["height"], c["img"]["sizes"]) for c in cards} == {
        ("400", "225", LAYOUT_SIZES["cards"])
    }
    assert loading(cards) == [(None, None)] * 3 + [("lazy", None)] * 2

    # On the home page the cards come after the figures and the news: all wait.
    home.hero_image = picture
    home.save()
    hero, *others = pictures_on(client, home)
    assert hero["img"]["class"] == "hero__image"
    assert widths_of(hero) == [400, 800, 1152]  # 16:10 of a 1280 x 720 picture, not enlarged
    assert (hero["img"]["width"], hero["img"]["height"]) == ("400", "250")
    assert hero["img"]["sizes"] == LAYOUT_SIZES["home-hero"]
    assert loading([hero]) == [(None, "high")]
    assert [p["img"]["class"] for p in others].count("card__image") == 5
    assert loading(others) == [("lazy", None)] * len(others)
    news = [p for p in others if p["img"]["class"] == "item__image"]
    assert news and all(p["img"]["sizes"] == LAYOUT_SIZES["item-home"] for p in news)


@pytest.mark.django_db
def test_the_first_news_of_a_list_page_loads_at_once(client):
    items = pictures_on(client, NewsIndexPage.objects.get())
    assert len(items) > 1
    assert all(widths_of(item) == [320, 640] for item in items)
    assert loading(items) == [(None, None)] + [("lazy", None)] * (len(items) - 1)
    assert items[0]["img"]["sizes"] == LAYOUT_SIZES["item"]


@pytest.mark.django_db
def test_a_municipalitys_own_picture_heads_its_profile(client, picture):
    town = Municipality.objects.published().order_by("pk").first()
    town.image = picture
    town.save()
    with translation.override("en"):
        url = reverse("twinning:profile", args=[town.slug])
    [own] = pictures_on(client, url)
    assert own["img"]["class"] == "programme__hero"
    assert own["img"]["alt"] == picture.default_alt_text
    assert widths_of(own) == [400, 800, 1200, 1280]
    assert own["img"]["sizes"] == LAYOUT_SIZES["main"]
    assert loading([own]) == [(None, "high")]


def test_a_pillow_that_cannot_write_avif_stops_the_start(monkeypatch):
    assert pictures_can_be_written_as_avif_and_webp(None) == []
    from PIL import Image

    save = Image.Image.save

    def without_avif(self, fp, format=None, **params):
        if format == "AVIF":
            raise KeyError("AVIF")
        return save(self, fp, format, **params)

    monkeypatch.setattr(Image.Image, "save", without_avif)
    [error] = pictures_can_be_written_as_avif_and_webp(None)
    assert error.id == "cemr_site.E001" and "AVIF" in error.msg and "WEBP" not in error.msg
