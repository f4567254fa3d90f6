"""A municipality keeps its own profile, in the browser: the manager signs in and edits
in French with the keyboard alone; the claim, sign-in and contact pages pass axe-core."""

import pytest
from playwright.sync_api import expect

from cemr_site.tests.test_browser import check
from twinning import links, spam
from twinning.models import Manager, Municipality, OneTimeLink, TwinningLink

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def managed(demo_site, monkeypatch):
    monkeypatch.setattr(spam, "MIN_FILL_SECONDS", 0)
    town = Municipality.objects.get(name="Lutsk")
    manager = Manager.objects.create(
        municipality=town, email="relations@lutsk.example", name="Olena", language="fr"
    )
    return town, manager


def tab_to(page, is_target, limit=300):
    """Press Tab until `is_target` (a JavaScript test of document.activeElement) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(e => {is_target})(document.activeElement)"):
            return
    pytest.fail(f"Tab never reached {is_target}")


def test_the_manager_edits_the_profile_in_french_with_the_keyboard(page, live_server, managed):
    town, manager = managed
    token = links.issue(OneTimeLink.Purpose.SIGN_IN, manager.email, manager=manager)
    page.goto(f"{live_server.url}/fr/twinning/manage/sign-in/{token}/")
    assert page.locator("html").get_attribute("lang") == "fr"
    check(page, "manage-sign-in-fr")
    tab_to(page, "e.matches('main button[type=submit]')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/fr/twinning/manage/{town.slug}/")
    check(page, "manage-edit-fr")

    page.locator("#id_description_fr").focus()  # the French block is open by default
    page.keyboard.press("Control+A")
    page.keyboard.type("Lutsk, capitale de la Volhynie, cherche des partenaires.")
    tab_to(page, "e.id === 'id_seeking_details_fr'")
    page.keyboard.type("Une ville universitaire pour des échanges de jeunes.")
    tab_to(page, "e.id === 'id_seeking_partner'")
    if not page.locator("#id_seeking_partner").is_checked():
        page.keyboard.press("Space")
    tab_to(page, "e.matches('form[enctype] button[type=submit]')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/fr/twinning/manage/{town.slug}/")
    expect(page.locator(".notice--success")).to_be_visible()
    check(page, "manage-saved-fr")

    page.goto(f"{live_server.url}/el/twinning/manage/{town.slug}/partners/")
    check(page, "manage-partners-el")
    partner = page.locator("#id_partner_name")
    partner.focus()
    page.keyboard.type("Wrocl")
    expect(page.get_by_role("option").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")  # fills the name in, stays on the page
    expect(partner).to_have_value("Wrocław")
    assert page.url.endswith(f"/el/twinning/manage/{town.slug}/partners/")
    tab_to(page, "e.matches('button[value=propose-link]')")
    page.keyboard.press("Enter")
    expect(page.locator(".notice--success")).to_be_visible()
    assert TwinningLink.objects.filter(first=town, second__name="Wrocław", confirmed=False).exists()

    page.goto(f"{live_server.url}/fr/twinning/municipalities/{town.slug}/")
    expect(
        page.get_by_text("Lutsk, capitale de la Volhynie, cherche des partenaires.")
    ).to_be_visible()
    expect(page.get_by_text("Une ville universitaire pour des échanges de jeunes.")).to_be_visible()
    check(page, "profile-managed-fr")
    town.refresh_from_db()
    assert town.seeking_partner


def test_claim_sign_in_and_contact_pages_are_accessible(page, live_server, managed):
    town, _manager = managed
    other = Municipality.objects.get(name="Graz")
    for path, name in [
        (f"/de/twinning/municipalities/{other.slug}/claim/", "claim-de"),
        ("/el/twinning/manage/", "manage-start-el"),
        (f"/de/twinning/municipalities/{town.slug}/contact/", "contact-de"),
        (f"/en/twinning/municipalities/{other.slug}/contact/", "contact-unavailable-en"),
        ("/en/twinning/manage/sign-in/forged/", "link-invalid-en"),
    ]:
        page.goto(f"{live_server.url}{path}")
        check(page, name)

    page.goto(f"{live_server.url}/de/twinning/municipalities/{town.slug}/contact/")
    page.get_by_role("button").last.click()  # sent empty: the errors, in German
    expect(page.locator(".error-summary, [role=alert]").first).to_be_visible()
    check(page, "contact-errors-de")
