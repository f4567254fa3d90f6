"""The header and pages fit every language: with long words (Greek, German, Irish,
Hungarian) nothing overflows at 320 px, the header keeps one row at 1280 px, and axe
finds nothing."""

import pytest

from cemr_site.tests.test_browser import SCREENSHOTS, assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["el", "de", "ga", "hu"]


def overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_fit_at_320_and_the_header_keeps_one_row_at_1280(
    page, live_server, demo_site, language
):
    from django.utils import translation

    from projects.models import ProgrammePage

    bridges = ProgrammePage.objects.get(slug_en="bridges-of-trust")
    with translation.override(language):
        urls = {
            "home": f"/{language}/",
            "programme": bridges.get_url(),
            "search": f"/{language}/search/?q=energy",
        }
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, path in urls.items():
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{live_server.url}{path}")
            assert page.locator("html").get_attribute("lang") == language
            assert overflow(page) <= 0, f"{name} in {language} overflows at {width} px"
            if width == 1280:
                # One row: the menu, the "find a partner" link and the search box share a line.
                tops = page.evaluate(
                    """[...document.querySelectorAll('.main-nav a, .site-search')]
                        .map(e => Math.round(e.getBoundingClientRect().top))"""
                )
                assert max(tops) - min(tops) <= 12, (name, language, tops)
            page.screenshot(
                path=SCREENSHOTS / f"lang-{name}-{language}-{width}.png", full_page=True
            )
        assert_accessible(page)


def test_the_language_menu_closes_when_focus_moves_on(page, live_server, demo_site):
    page.goto(f"{live_server.url}/de/")
    page.locator(".language-switcher summary").focus()
    page.keyboard.press("Enter")
    assert page.locator(".language-switcher").get_attribute("open") is not None
    for _ in range(30):
        page.keyboard.press("Tab")
        inside = page.evaluate(
            "document.querySelector('.language-switcher').contains(document.activeElement)"
        )
        if not inside:
            break
    assert page.locator(".language-switcher").get_attribute("open") is None
