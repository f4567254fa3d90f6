"""The visitor's journey in Debian's Chromium, with an axe-core scan of each public page
and screenshots at desktop and phone widths under test-results/screenshots/."""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.BASE_DIR) / "test-results" / "screenshots"
WIDTHS = {"desktop": 1280, "phone": 375, "narrow": 320}


def assert_accessible(page):
    results = Axe().run(page)
    violations = results.response["violations"]
    assert not violations, results.generate_report()


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def check(page, name):
    assert_accessible(page)
    screenshot(page, name)


def test_visitor_journey_home_to_ukrainian_programme_and_search(page, live_server, demo_site):
    page.goto(f"{live_server.url}/en/")
    check(page, "home")

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Projects & Programmes"
    ).click()
    page.wait_for_url("**/en/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Projects & Programmes"
    check(page, "programme-index")

    page.get_by_role("link", name="Bridges of Trust").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Bridges of Trust"
    check(page, "programme")

    english_url = page.url
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="Українська").click()
    page.wait_for_url("**/uk/**")
    assert page.locator("html").get_attribute("lang") == "uk"
    assert page.get_by_role("heading", level=1).inner_text() == "Мости довіри"
    assert page.url != english_url
    check(page, "programme-uk")

    search = page.locator("#site-search-q")
    search.fill("децентралізації")
    search.press("Enter")
    page.wait_for_url("**/uk/search/**")
    assert page.get_by_role("link", name="Мости довіри").count() >= 1
    check(page, "search-uk")


def test_404_page_is_accessible(page, live_server, demo_site):
    response = page.goto(f"{live_server.url}/fr/nulle-part/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "fr"
    check(page, "not-found")


def test_language_menu_works_with_keyboard(page, live_server, demo_site):
    page.goto(f"{live_server.url}/en/")
    page.keyboard.press("Tab")  # skip link first
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.locator(".language-switcher summary").focus()
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Deutsch").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/de/**")
    assert page.locator("html").get_attribute("lang") == "de"
