"""The maps in Chromium: a profile, the directory and a programme page draw their map
from the site's own outline file, axe finds nothing, and no request leaves the site."""

from urllib.parse import urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect

from cemr_site.tests.test_browser import check
from projects.models import ProgrammePage
from twinning.models import Municipality

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_maps_render_from_the_site_alone(page, live_server, demo_site):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    outline = []
    page.on(
        "response",
        lambda response: outline.append(response.status) if "europe" in response.url else None,
    )
    with translation.override("en"):
        programme_url = ProgrammePage.objects.get(title_en="Bridges of Trust").get_url()

    lviv = Municipality.objects.get(name="Lviv")
    page.goto(f"{live_server.url}/en/twinning/municipalities/{lviv.slug}/")
    figure = page.locator("figure.map-figure")
    expect(figure.locator("figcaption")).to_contain_text("Map: Lviv and its 2 twinning partners")
    expect(figure.locator("svg.map circle.map__place")).to_have_count(2)
    expect(figure.locator("svg.map path.map__place--main")).to_have_count(1)
    expect(page.get_by_role("img", name="Map: Lviv and its 2 twinning partners")).to_be_visible()
    check(page, "map-profile")

    page.goto(f"{live_server.url}/en/twinning/municipalities/")
    expect(page.locator("#results-map-caption")).to_contain_text("on this page")
    expect(page.locator("figure.map-figure svg.map circle.map__place")).to_have_count(
        page.locator(".municipality-card").count()
    )
    check(page, "map-directory")

    page.goto(f"{live_server.url}{programme_url}")
    expect(page.locator("#programme-map-caption")).to_contain_text("take part")
    check(page, "map-programme")

    page.goto(f"{live_server.url}/en/")
    expect(page.locator(".card svg.card__map").first).to_be_visible()
    check(page, "map-cards")

    site = urlsplit(live_server.url).netloc
    elsewhere = [url for url in requests if urlsplit(url).netloc not in ("", site)]
    assert requests and not elsewhere
    # The outline came from the site, once per page at most (the browser caches it).
    assert outline and set(outline) <= {200, 304}
