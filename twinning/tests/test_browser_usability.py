"""Issue 10, "small things that are broken", in Chromium: the profile's key facts, the
directory's filters applied as they change, the request form's length by keyboard.
Screenshots go to test-results/screenshots/."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from cemr_site.tests.test_browser import WIDTHS, assert_accessible, check
from twinning.models import Municipality, PartnershipRequest
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


def test_filters_apply_as_they_change_and_keep_the_focus(page, live_server, demo_site):
    page.goto(f"{live_server.url}/en/twinning/municipalities/")
    count = page.get_by_role("status")
    before = count.inner_text()
    first_before = page.locator(".municipality-card h3").first.inner_text()
    live_count = count.element_handle()

    ukraine = page.get_by_label(re.compile(r"^Ukraine"))
    ukraine.check()  # no button pressed
    expect(count).not_to_have_text(before)
    expect(count).to_have_text(re.compile(r"^\d+ municipalit(y|ies) found$"))
    page.wait_for_url("**country=UA**")
    shown = Municipality.objects.published().filter(country="UA").count()
    expect(count).to_have_text(f"{shown} municipalities found")
    expect(page.locator(".municipality-card")).to_have_count(min(shown, 20))
    assert page.locator(".municipality-card h3").first.inner_text() != first_before
    # The counts beside the other values follow; the focus stayed on the box.
    seeking = Municipality.objects.published().filter(country="UA", seeking_partner=True)
    expect(page.locator("label[for='id_seeking'] .count")).to_have_text(f"({seeking.count()})")
    expect(page.get_by_label(re.compile(r"^Ukraine"))).to_be_focused()
    expect(page.get_by_label(re.compile(r"^Ukraine"))).to_be_checked()
    # The same live region was updated, not replaced (screen readers keep following it).
    assert live_count.evaluate("node => node.isConnected")
    expect(page.get_by_role("button", name="Apply filters")).to_have_class(
        re.compile("button--secondary")
    )
    assert_accessible(page)

    page.get_by_label("Sort by").select_option("-population")
    page.wait_for_url("**sort=-population**")
    populations = [
        m.population
        for m in Municipality.objects.published().filter(country="UA").order_by("-population")
    ]
    biggest = Municipality.objects.get(country="UA", population=populations[0], published=True)
    expect(page.locator(".municipality-card h3").first).to_have_text(re.compile(biggest.name))
    check(page, "directory-live-filters")

    page.reload()  # the address holds the filters
    expect(page.get_by_label(re.compile(r"^Ukraine"))).to_be_checked()
    expect(count).to_have_text(f"{shown} municipalities found")


def test_filters_still_apply_with_the_button_without_javascript(browser, live_server, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/twinning/municipalities/")
    page.get_by_label(re.compile(r"^Ukraine")).check()
    assert "country=UA" not in page.url
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**country=UA**")
    context.close()


def tabs_to_submit(page, limit=300):
    """Tab presses from the first field of the form to its submit button."""
    page.get_by_label("Name of your municipality").focus()
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type === 'submit'"):
            return presses
    pytest.fail("Tab never reached the submit button")


# From the first field: the eight other fields of one's own municipality and contact, the
# three folded lists (one stop each), the partner's size, the message, the consent, the
# privacy link and the button make 16 (103 with the lists laid open). 20 leaves room for
# a field or two more, not for a list of choices laid open again (the shortest has 14).
MAX_TABS = 20


def test_request_form_takes_few_tab_presses_and_keeps_choices_after_an_error(
    page, live_server, demo_site
):
    page.goto(f"{live_server.url}/en/twinning/request/")
    presses = tabs_to_submit(page)
    print(f"Tab presses from the first field to the button: {presses}")
    assert presses <= MAX_TABS
    check(page, "request-form-collapsed")

    # Open a list, choose in it; after an error the choices show without opening it again.
    page.get_by_text(re.compile(r"^Choose countries")).click()
    page.get_by_label("Poland", exact=True).check()
    page.get_by_label("Lithuania", exact=True).check()
    countries = page.locator("summary", has_text="Choose countries")
    expect(countries).to_have_text(re.compile(r"\(chosen: 2\)"))
    page.get_by_text(re.compile(r"^Choose themes")).click()
    page.get_by_label("Culture", exact=True).check()
    page.get_by_label("Name of your municipality").fill("Neuheim")
    page.get_by_role("button", name="Send the request").click()
    expect(page.locator("[data-error-summary]")).to_be_focused()
    for name in ("Poland", "Lithuania", "Culture"):
        expect(page.get_by_label(name, exact=True)).to_be_visible()
        expect(page.get_by_label(name, exact=True)).to_be_checked()
    expect(page.get_by_label("Name of your municipality")).to_have_value("Neuheim")
    assert tabs_to_submit(page) <= MAX_TABS + 3  # the three choices shown
    check(page, "request-form-errors-kept")


def test_status_page_shows_dates_history_mails_and_next_steps(page, live_server, demo_site):
    request = PartnershipRequest.objects.exclude(status="new").order_by("pk").first()
    page.goto(f"{live_server.url}/en/twinning/request/status/")
    page.get_by_label("Reference").fill(request.reference)
    page.get_by_label("E-mail address used in the request").fill(request.contact_email)
    page.get_by_role("button", name="Show the status").click()
    expect(page.get_by_role("status")).to_contain_text(request.reference)
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    expect(page.locator(".status-history li")).to_have_count(request.status_changes.count())
    check(page, "status-page")


def test_no_results_keep_the_country_ticked_and_offer_to_remove_each_filter(
    page, live_server, demo_site
):
    page.goto(f"{live_server.url}/en/twinning/municipalities/?country=DK&q=Zzyzx")
    expect(page.get_by_role("status")).to_have_text("0 municipalities found")
    expect(page.get_by_label(re.compile(r"^Denmark"))).to_be_checked()
    page.get_by_role("link", name="Remove “Zzyzx” (Name of the municipality)").click()
    page.wait_for_url("**country=DK")
    expect(page.locator(".municipality-card")).not_to_have_count(0)
    page.goto(f"{live_server.url}/en/twinning/municipalities/?country=DK&q=Zzyzx")
    check(page, "directory-no-results")
