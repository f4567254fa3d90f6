"""News, events and publications in Chromium: the home page and each kind of page in a
few languages (German and Greek for long words), axe finds nothing, screenshots at three
widths, the past event says so, the calendar file downloads, and no request leaves the site."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect

from cemr_site.tests.test_browser import check
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, PublicationIndexPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def look(page, name):
    """axe and the screenshots, then: nothing wider than a 320 px screen."""
    check(page, name)
    page.set_viewport_size({"width": 320, "height": 900})
    width = page.evaluate("document.documentElement.scrollWidth")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert width <= 320, f"{name} is {width} px wide on a 320 px screen"


def url_in(language, page):
    with translation.override(language):
        return page.get_url()


def test_news_events_and_publications_in_the_browser(page, live_server, demo_site):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    events = EventPage.objects.live().order_by("starts_at")
    past, upcoming = events.first(), events.last()
    assert past.is_past and not upcoming.is_past
    news = NewsPage.objects.live().order_by("-date").first()

    for language in ("en", "de"):
        page.goto(f"{live_server.url}/{language}/")
        expect(page.locator("#news-heading")).to_be_visible()
        expect(page.locator("#events-heading + .item-list .item")).to_have_count(2)
        look(page, f"news-home-{language}")

    for language in ("en", "el"):
        page.goto(live_server.url + url_in(language, NewsIndexPage.objects.get()))
        assert page.locator("html").get_attribute("lang") == language
        expect(page.locator(".item-list .item").first).to_be_visible()
        look(page, f"news-index-{language}")

    page.goto(live_server.url + url_in("en", news))
    expect(page.get_by_role("heading", level=1)).to_have_text(news.title_en)
    look(page, "news-page")

    page.goto(live_server.url + url_in("en", EventIndexPage.objects.get()))
    expect(page.locator("#upcoming-heading + .item-list .item")).to_have_count(2)
    expect(page.locator("#past-heading + .item-list .item")).to_have_count(1)
    look(page, "news-event-index")

    page.goto(live_server.url + url_in("fr", upcoming))
    assert page.locator("html").get_attribute("lang") == "fr"
    expect(page.get_by_text("This event is over.")).to_have_count(0)
    look(page, "news-event-fr")

    page.goto(live_server.url + url_in("en", past))
    expect(page.get_by_text("This event is over.")).to_be_visible()
    look(page, "news-event-past")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    body = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert body.startswith("BEGIN:VCALENDAR")
    assert past.title_en[:30] in body.replace("\r\n ", "")

    page.goto(live_server.url + url_in("en", PublicationIndexPage.objects.get()))
    expect(page.locator(".item-list .item")).to_have_count(2)
    look(page, "news-publication-index")

    site = urlsplit(live_server.url).netloc
    elsewhere = [url for url in requests if urlsplit(url).netloc not in ("", site)]
    assert requests and not elsewhere, elsewhere
