"""A municipality finds a partner and asks for a partnership; a moderator approves it.
axe-core scans every public twinning page; screenshots go to test-results/screenshots/."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from cemr_site.tests.test_browser import SCREENSHOTS, assert_accessible, check
from twinning import spam
from twinning.models import Municipality, MunicipalityName, PartnershipRequest
from twinning.names import search_key
from twinning.tests.factories import make_municipality

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def no_fill_delay(monkeypatch):
    monkeypatch.setattr(spam, "MIN_FILL_SECONDS", 0)


def test_municipality_asks_for_a_partner_and_moderator_approves(
    page, live_server, demo_site, no_fill_delay
):
    page.goto(f"{live_server.url}/en/twinning/municipalities/")
    check(page, "twinning-directory")

    page.get_by_label(re.compile(r"^Ukraine")).check()
    page.get_by_label(re.compile(r"^Reconstruction")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**country=UA**")
    expect(page.get_by_role("status")).to_contain_text("found")
    page.get_by_role("link", name="Chernihiv").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chernihiv")
    check(page, "twinning-profile")

    page.get_by_role("link", name="Ask for a partnership with this municipality").click()
    expect(page.get_by_text("You are asking for a partnership with")).to_be_visible()
    page.get_by_label("Name of your municipality").fill("Neuheim")
    page.get_by_label("Country", exact=True).select_option("DE")
    page.get_by_label("Full name").fill("Jonas Weber")
    page.get_by_label("E-mail address").fill("jonas.weber@example")  # the mistake: no domain ending
    page.get_by_label("Your message").fill("We would like to work together on rebuilding schools.")
    page.get_by_label(re.compile("I agree that CEMR")).check()
    page.get_by_role("button", name="Send the request").click()

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(page.get_by_label("Name of your municipality")).to_have_value("Neuheim")
    check(page, "twinning-form-errors")
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("E-mail address")).to_be_focused()
    page.get_by_label("E-mail address").fill("jonas.weber@example.org")
    page.get_by_label(re.compile("I agree that CEMR")).check()
    page.get_by_role("button", name="Send the request").click()

    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"TW-[A-Z2-9]{8}", reference)
    check(page, "twinning-request-sent")
    request = PartnershipRequest.objects.get(reference=reference)
    assert request.wished_partner.name == "Chernihiv"

    page.goto(f"{live_server.url}/en/twinning/request/status/")
    page.get_by_label("Reference").fill(reference)
    page.get_by_label("E-mail address used in the request").fill("jonas.weber@example.org")
    page.get_by_role("button", name="Show the status").click()
    expect(page.get_by_role("status")).to_contain_text(reference)
    check(page, "twinning-status")

    moderator = get_user_model().objects.create_user("moderator", "m@example.org", "moderator-pass")
    moderator.groups.add(Group.objects.get_or_create(name="Twinning moderators")[0])
    moderator.is_superuser = True  # the flushed test database has no group permissions
    moderator.save()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("moderator-pass")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.goto(f"{live_server.url}/admin/twinning/requests/?q={reference}")
    page.get_by_role("link", name=reference).first.click()
    page.locator("#id_status").select_option("approved")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_be_visible()

    request.refresh_from_db()
    assert request.status == "approved"
    profile = Municipality.objects.get(pk=request.municipality_id)
    response = page.goto(f"{live_server.url}/en/twinning/municipalities/{profile.slug}/")
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("Neuheim")


def test_request_form_can_be_completed_with_the_keyboard(
    page, live_server, demo_site, no_fill_delay
):
    page.goto(f"{live_server.url}/en/twinning/request/")
    page.get_by_label("Name of your municipality").focus()
    page.keyboard.type("Tastaturdorf")
    page.keyboard.press("Tab")  # country
    page.keyboard.type("Germany")
    for _ in range(4):  # region, population, website, full name
        page.keyboard.press("Tab")
    page.keyboard.type("Kim Keys")
    page.keyboard.press("Tab")  # role
    page.keyboard.press("Tab")  # e-mail
    page.keyboard.type("kim@example.org")
    for _ in range(200):  # on through the optional wishes, as a keyboard user would
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_message":
            break
    else:
        pytest.fail("Tab never reached the message field")
    page.keyboard.type("Looking for a partner town.")
    page.keyboard.press("Tab")  # consent
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the privacy link, to the button
    page.keyboard.press("Enter")
    expect(page.locator(".reference")).to_be_visible()
    assert PartnershipRequest.objects.filter(
        municipality_name="Tastaturdorf", country="DE"
    ).exists()


def test_filters_fold_on_a_phone_and_open_on_request(page, live_server, demo_site):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/en/twinning/municipalities/")
    apply = page.get_by_role("button", name="Apply filters")
    expect(apply).to_be_hidden()
    expect(page.get_by_role("status")).to_be_visible()  # the results come first
    page.locator("details.filters summary").click()
    expect(apply).to_be_visible()
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(apply).to_be_visible()


# --- Typeahead under the name box (static/js/typeahead.js) ------------------------------


@pytest.fixture
def wroclaw(demo_site):
    # The demo's own Wrocław gives way to one with this test's figures.
    Municipality.objects.filter(name="Wrocław").delete()
    city = make_municipality(name="Wrocław", slug="wroclaw-pl", country="PL", population=672_545)
    MunicipalityName.objects.create(municipality=city, name="Breslau", key=search_key("Breslau"))
    make_municipality(name="Wrocki", slug="wrocki-pl", country="PL", population=2_400)
    return city


def test_name_box_suggests_places_chosen_with_the_keyboard(page, live_server, wroclaw):
    page.goto(f"{live_server.url}/en/twinning/municipalities/")
    box = page.get_by_role("combobox", name="Name of the municipality")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.focus()
    page.keyboard.type("wroc")

    listbox = page.get_by_role("listbox", name="Name of the municipality")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options).to_have_count(2)
    expect(options.first).to_have_text("Wrocław, Poland")
    expect(page.locator("[aria-live=polite]")).to_have_text(
        "Suggestions: 2. Use the up and down arrow keys to choose one."
    )
    page.keyboard.press("ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    assert_accessible(page)  # with the list open and an option highlighted
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "twinning-typeahead-desktop.png")

    page.keyboard.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(listbox).to_be_hidden()
    expect(box).to_have_value("wroc")  # the first Escape only closes the list
    page.keyboard.press("ArrowUp")  # reopens on the last option
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(options.last).to_have_attribute("aria-selected", "true")

    wroclaw_option = options.filter(has_text="Wrocław")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
        if box.get_attribute("aria-activedescendant") == wroclaw_option.get_attribute("id"):
            break
    else:
        pytest.fail("ArrowDown never reached Wrocław")
    expect(wroclaw_option).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/en/twinning/municipalities/wroclaw-pl/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wrocław")


def test_name_box_on_a_phone_shows_the_spelling_typed_and_takes_a_tap(page, live_server, wroclaw):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/en/twinning/municipalities/")
    page.locator("details.filters summary").click()
    box = page.get_by_role("combobox", name="Name of the municipality")
    box.focus()
    page.keyboard.type("bresl")
    option = page.get_by_role("listbox").get_by_role("option")
    expect(option).to_have_text("Wrocław (Breslau), Poland")
    assert_accessible(page)
    page.screenshot(path=SCREENSHOTS / "twinning-typeahead-phone.png")

    page.keyboard.press("Escape")
    page.keyboard.press("Escape")  # the second Escape clears the box
    expect(box).to_have_value("")
    page.keyboard.type("bresl")
    option.click()
    page.wait_for_url(f"{live_server.url}/en/twinning/municipalities/wroclaw-pl/")


def test_name_box_without_javascript_is_a_plain_search_field(browser, live_server, wroclaw):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/twinning/municipalities/")
    box = page.get_by_role("searchbox", name="Name of the municipality")
    expect(box).not_to_have_attribute("role", "combobox")
    box.fill("bresl")
    box.press("Enter")
    page.wait_for_url("**q=bresl**")
    expect(page.get_by_role("link", name="Wrocław")).to_be_visible()
    context.close()
