"""The site search's municipality list and the 400 page, in Chromium with axe-core."""

import pytest

from cemr_site.tests.test_browser import check

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_lists_the_municipality_and_leads_to_its_profile(page, live_server, demo_site):
    page.goto(f"{live_server.url}/de/search/?q=leipzig")
    section = page.get_by_role("region", name="Kommunen")
    assert "Deutschland" in section.inner_text()
    check(page, "search-municipality-de")
    section.get_by_role("link", name="Leipzig").click()
    page.wait_for_url("**/de/twinning/municipalities/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Leipzig"


def test_bad_request_page_is_accessible(page, live_server, demo_site):
    response = page.goto(f"{live_server.url}/fr/search/?q=%00")
    assert response.status == 400
    assert page.locator("html").get_attribute("lang") == "fr"
    check(page, "bad-request")
