"""The editor's languages in Chromium: a French-speaking editor opens a programme in the
page editor, picks French, sees which languages hold content, and copies the English
body over the French one only after saying yes. axe-core checks what this project adds
(the picker and the copy bar). Screenshots under test-results/screenshots/editor-*.png."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.utils import translation
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from cemr_site.tests.test_browser import SCREENSHOTS
from projects.models import ProgrammePage
from projects.tests.test_editor_languages import without_maltese

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fr(words):
    """The admin's words in French, whether or not ours are translated yet."""
    with translation.override("fr"):
        return translation.gettext(words)


# Every panel heading shown in full: none cut short with an ellipsis by what sits beside it.
TRUNCATED_HEADINGS = """() => [...document.querySelectorAll(".w-panel__heading")]
  .filter((h) => h.offsetParent !== null && h.scrollWidth > h.clientWidth + 1)
  .map((h) => h.textContent.trim())"""


def admin_language(code):
    UserProfile.objects.filter(user__username="redactrice").update(preferred_language=code)


def open_editor_in_english(page, live_server):
    user = get_user_model().objects.create_superuser("redactrice", "r@example.org", "pw-fr-1")
    UserProfile.get_for_user(user)
    admin_language("en")
    bridges = without_maltese(ProgrammePage.objects.get(title_en="Bridges of Trust"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill("redactrice")
    page.locator("#id_password").fill("pw-fr-1")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{bridges.pk}/edit/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    return bridges


def body_section(page, code):
    return page.locator(f'section.w-panel[id$="-body_{code}-section"]')


def first_block_text(page, code):
    return body_section(page, code).locator("[data-streamfield-child] input[type=text]").first


def test_french_editor_picks_languages_and_copies_with_confirmation(page, live_server, demo_site):
    # In an English admin wagtail-modeltranslation builds its bar of 24 buttons in the
    # headings (its script looks for panel ids starting "panel-child-content-"): gone.
    bridges = open_editor_in_english(page, live_server)
    expect(page.locator(".cemr-copy")).to_have_count(25)
    expect(page.locator(".translation-field-copy-wrapper")).to_have_count(0)
    assert page.evaluate(TRUNCATED_HEADINGS) == []

    admin_language("fr")
    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    picker = page.get_by_role("group", name=fr("Languages shown"))

    # The state of each language is a checkbox's: English starts shown, French not yet.
    french = picker.get_by_role("checkbox", name=f"FR Français, {fr('has content')}", exact=True)
    english = picker.get_by_role("checkbox", name=f"EN Anglais, {fr('has content')}", exact=True)
    expect(english).to_be_checked()
    expect(french).not_to_be_checked()
    expect(page.locator("#id_title_fr")).to_be_hidden()
    french.check()
    expect(french).to_be_checked()
    expect(page.locator("#id_title_fr")).to_be_visible()
    expect(page.locator("#id_title_de")).to_be_hidden()

    # Languages with content are marked to the eye and to assistive technology alike.
    maltese = picker.get_by_role("checkbox", name="MT Maltais", exact=True)
    expect(maltese).to_have_attribute("data-has-content", "false")
    expect(picker.locator("label:has([value=fr]) .cemr-languages__dot")).to_be_visible()
    expect(picker.locator("label:has([value=mt]) .cemr-languages__dot")).to_have_count(0)
    assert picker.get_by_role("checkbox", name=re.compile(f", {fr('has content')}$")).count() == 24

    # The copy bar: on the translated body only, not on the inlines nor the key facts;
    # wagtail-modeltranslation's bar of buttons in the headings is gone.
    expect(page.locator(".translation-field-copy-wrapper")).to_have_count(0)
    expect(page.locator(".cemr-copy")).to_have_count(25)
    for section in page.locator("section.w-panel--nested").all():
        has_bar = section.locator(".cemr-copy").count() > 0
        assert has_bar == bool(re.search(r"-body_[a-z]{2}-section$", section.get_attribute("id")))
    assert page.evaluate(TRUNCATED_HEADINGS) == []

    # Only this project's parts are checked: Wagtail's own are not ours to fix here.
    results = Axe().run(page, context={"include": [[".cemr-languages"], [".cemr-copy"]]})
    assert results.response["violations"] == [], results.generate_report()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "editor-fr-picker.png")

    # Copying English over the French body asks first; "no" leaves it as it was.
    french_heading = first_block_text(page, "fr")
    before = french_heading.input_value()
    assert before == "Des partenariats municipaux pour reconstruire l’Ukraine"
    english_heading = bridges.body_en[0].value["text"]
    copy_bar = body_section(page, "fr").locator(".cemr-copy")
    # English, the language translations start from, is offered first.
    expect(copy_bar.get_by_label(fr("Copy content from"))).to_have_value("en")
    copy_bar.get_by_label(fr("Copy content from")).select_option("en")
    copy_bar.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "editor-fr-copy-bar.png")
    questions = []

    def answer(accept):
        def on_dialog(dialog):
            questions.append(dialog.message)
            dialog.accept() if accept else dialog.dismiss()

        return on_dialog

    page.once("dialog", answer(False))
    copy_bar.get_by_role("button", name=fr("Copy")).click()
    question = fr("This field has content. Replace it with the %(language)s content?")
    assert questions == [question % {"language": "Anglais"}]
    page.wait_for_timeout(300)  # a request, had one been sent, would have come back
    expect(first_block_text(page, "fr")).to_have_value(before)

    page.once("dialog", answer(True))
    copy_bar.get_by_role("button", name=fr("Copy")).click()
    assert len(questions) == 2
    expect(first_block_text(page, "fr")).to_have_value(english_heading)

    # An empty field is filled at once: nothing to lose, nothing asked.
    maltese.check()
    maltese_bar = body_section(page, "mt").locator(".cemr-copy")
    maltese_bar.get_by_label(fr("Copy content from")).select_option("en")
    maltese_bar.get_by_role("button", name=fr("Copy")).click()
    expect(first_block_text(page, "mt")).to_have_value(english_heading)
    assert len(questions) == 2
