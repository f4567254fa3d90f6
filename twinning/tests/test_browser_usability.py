"""Issue 10, "small things that are broken", in Chromium: the profile's key facts, the
directory's filters applied as they change, the request form's length by keyboard.
Screenshots go to test-results/screenshots/."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from cemr_site.tests.test_browser import WIDTHS, assert_accessible, check
from twinning.tests.factories import make_municipality

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# For the element given, each word of its text as [word, number of line boxes it takes]
# and the number of lines of the whole text.
LINES_JS = """(element) => {
  const text = element.firstChild;
  const words = [];
  const pattern = /\\S+/g;
  let match;
  while ((match = pattern.exec(text.data))) {
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    words.push([match[0], tops.size]);
  }
  const all = document.createRange();
  all.selectNodeContents(element);
  const lines = new Set([...all.getClientRects()].map((r) => Math.round(r.top))).size;
  return {words, lines};
}"""


@pytest.fixture
def long_country_profile(demo_site):
    # A made-up place in a country whose name is long in every language.
    return make_municipality(
        name="Testgrad",
        slug="testgrad-ba",
        country="BA",
        region="Test region",
        population=48_000,
        latitude=Decimal("44.12345"),
        longitude=Decimal("17.98765"),
    )


@pytest.mark.parametrize("language", ["en", "fr", "de", "el"])
def test_key_facts_never_break_a_country_name_and_keep_coordinates_on_one_line(
    page, live_server, long_country_profile, language
):
    for slug in ("aarhus-dk", "tampere-fi", "valencia-es", long_country_profile.slug):
        page.goto(f"{live_server.url}/{language}/twinning/municipalities/{slug}/")
        country = page.locator(".facts dd").first
        coordinates = page.locator(".facts dd", has_text="°")
        for width in WIDTHS.values():
            page.set_viewport_size({"width": width, "height": 900})
            measured = country.evaluate(LINES_JS)
            broken = [word for word, lines in measured["words"] if lines > 1]
            assert not broken, f"{slug} /{language}/ at {width} px breaks {broken}"
            place = coordinates.evaluate(LINES_JS)
            assert place["lines"] == 1, f"{slug} /{language}/ at {width} px: {place}"
    page.set_viewport_size({"width": 1280, "height": 900})
    check(page, f"profile-facts-{language}")
