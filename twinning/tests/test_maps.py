"""The maps on a profile, the directory, a programme page and the programme cards:
each draws one mark per place and says the same in words."""

import re

import pytest
from django.utils import translation

from projects.models import HomePage
from twinning.models import Municipality, Participation, TwinningLink

from .factories import make_municipality

pytestmark = pytest.mark.django_db
DIRECTORY = "/en/twinning/municipalities/"


@pytest.fixture
def towns(bridges):
    Municipality.objects.all().delete()  # only these towns (the demo's go too)
    towns = {
        "krakow": make_municipality(
            name="Kraków", slug="krakow", country="PL", latitude=50.06, longitude=19.94
        ),
        "nuremberg": make_municipality(
            name="Nuremberg", slug="nuremberg", country="DE", latitude=49.45, longitude=11.08
        ),
        "orleans": make_municipality(
            name="Orléans", slug="orleans", country="FR", latitude=47.90, longitude=1.90
        ),
        "lviv": make_municipality(
            name="Lviv", slug="lviv", country="UA", latitude=49.84, longitude=24.03
        ),
        "nowhere": make_municipality(name="Unmapped", slug="unmapped", country="AT"),
    }
    for partner in ("nuremberg", "orleans", "lviv"):
        TwinningLink.objects.create(first=towns["krakow"], second=towns[partner], confirmed=True)
    for town in ("krakow", "lviv", "nowhere"):
        Participation.objects.create(municipality=towns[town], programme=bridges, kind="partner")
    return towns


def the_map(html, figure_id):
    """The <svg> of the map whose caption is `figure_id`-caption, and the caption."""
    svg = re.search(
        rf'<svg class="map[^"]*"[^>]*aria-labelledby="{figure_id}-caption".*?</svg>', html, re.S
    )
    caption = re.search(rf'id="{figure_id}-caption"[^>]*>([^<]*)<', html)
    assert svg and caption, figure_id
    return svg.group(0), caption.group(1)


def labels(svg, element):
    return re.findall(rf"<{element} class=\"map__place[^\"]*\"[^>]*><title>([^<]*)</title>", svg)


def test_the_profile_maps_the_municipality_its_partners_and_lines_between(client, towns):
    html = client.get("/en/twinning/municipalities/krakow/").content.decode()
    svg, caption = the_map(html, "profile-map")
    assert labels(svg, "path") == ["Kraków"]  # the diamond
    assert sorted(labels(svg, "circle")) == ["Lviv", "Nuremberg", "Orléans"]
    assert svg.count("<line ") == 3
    assert caption == "Map: Kraków and its 3 twinning partners, in France, Germany, Ukraine."
    assert 'href="/static/img/europe.svg#land"' in svg
    assert "http" not in svg  # nothing fetched from elsewhere


def test_a_profile_without_partners_shows_where_it_is(client, towns):
    html = client.get("/en/twinning/municipalities/lviv/").content.decode()
    svg, caption = the_map(html, "profile-map")
    assert labels(svg, "circle") == ["Kraków"]  # links show on both profiles
    TwinningLink.objects.all().delete()
    html = client.get("/en/twinning/municipalities/lviv/").content.decode()
    svg, caption = the_map(html, "profile-map")
    assert labels(svg, "path") == ["Lviv"] and labels(svg, "circle") == []
    assert caption == "Map: where Lviv is, in Ukraine."


def test_the_directory_maps_the_results_on_the_page(client, towns):
    html = client.get(DIRECTORY, {"country": ["PL", "DE", "AT"]}).content.decode()
    svg, caption = the_map(html, "results-map")
    assert sorted(labels(svg, "circle")) == ["Kraków", "Nuremberg"]
    assert caption == (
        "Map: where the 3 municipalities on this page are, in Austria (1), Germany (1), "
        "Poland (1). 1 of them has no recorded location and is not on the map."
    )


def test_the_directory_map_says_how_many_are_found_beyond_the_page(client, towns, monkeypatch):
    monkeypatch.setattr("twinning.views.RESULTS_PER_PAGE", 2)
    html = client.get(DIRECTORY, {"sort": "name"}).content.decode()
    svg, caption = the_map(html, "results-map")
    assert len(labels(svg, "circle")) == 2
    assert caption.endswith(" 5 municipalities found in all.")


def test_no_result_no_map(client, towns):
    html = client.get(DIRECTORY, {"q": "Atlantis"}).content.decode()
    assert "results-map" not in html


def test_the_programme_page_maps_its_participants_as_its_visual(client, towns, bridges):
    with translation.override("en"):
        url = bridges.get_url()
    html = client.get(url).content.decode()
    svg, caption = the_map(html, "programme-map")
    assert sorted(labels(svg, "circle")) == ["Kraków", "Lviv"]
    assert caption == (
        "Map: 3 municipalities take part, in Austria (1), Poland (1), Ukraine (1). "
        "1 of them has no recorded location and is not on the map."
    )
    assert 'class="programme__hero"' not in html


def test_an_editors_picture_takes_the_hero_place_and_the_map_moves_aside(
    client, towns, bridges, home, picture
):
    bridges.hero_image = picture
    bridges.save()
    with translation.override("en"):
        url = bridges.get_url()
    html = client.get(url).content.decode()
    assert 'class="programme__hero"' in html
    aside = html[html.index('<aside class="programme__aside"') :]
    svg, _caption = the_map(aside, "programme-map")
    assert sorted(labels(svg, "circle")) == ["Kraków", "Lviv"]


def test_cards_without_a_picture_show_their_participants_map(client, towns, bridges):
    html = client.get(HomePage.objects.get().get_url()).content.decode()
    cards = re.findall(r'<li class="card">.*?</li>', html, re.S)
    bridges_card = next(card for card in cards if "Bridges of Trust" in card)
    svg, caption = the_map(bridges_card, f"card-map-{bridges.pk}")
    assert 'class="map card__image card__map"' in svg
    assert sorted(labels(svg, "circle")) == ["Kraków", "Lviv"]
    assert caption.startswith("Map: 3 municipalities take part, in Austria (1)")
    others = [card for card in cards if card is not bridges_card]
    assert others and all("Map of Europe: no municipality" in card for card in others)


def test_a_card_with_a_picture_shows_the_picture(client, towns, bridges, home, picture):
    bridges.hero_image = picture
    bridges.save()
    html = client.get(home.get_url()).content.decode()
    bridges_card = next(
        card for card in re.findall(r'<li class="card">.*?</li>', html, re.S) if "Bridges" in card
    )
    assert "<img" in bridges_card and "card__map" not in bridges_card


def test_a_profile_with_no_coordinates_anywhere_has_no_map(client, towns):
    html = client.get("/en/twinning/municipalities/unmapped/").content.decode()
    assert "profile-map" not in html and "Twinning links" in html
