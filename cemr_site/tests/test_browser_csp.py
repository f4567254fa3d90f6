"""The Content-Security-Policy in Chromium: the public pages and the Wagtail page editor
work under it, and the browser reports no violation."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from projects.models import ProgrammePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def record_csp_violations(page):
    violations = []

    def on_console(message):
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", on_console)
    return violations


def test_public_pages_report_no_csp_violation(page, live_server, demo_site):
    violations = record_csp_violations(page)
    for path in ("/en/", "/en/twinning/request/", "/en/twinning/municipalities/"):
        response = page.goto(f"{live_server.url}{path}")
        assert "script-src 'self'" in response.headers["content-security-policy"]
    page.locator(".language-switcher summary").click()  # site.js still runs
    assert violations == []


def test_page_editor_works_under_the_admin_policy(page, live_server, demo_site):
    get_user_model().objects.create_superuser("editor", "e@example.org", "editor-pass")
    programme = ProgrammePage.objects.get(title_en="Bridges of Trust")
    violations = record_csp_violations(page)

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("editor-pass")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.wait_for_url(f"{live_server.url}/admin/")

    response = page.goto(f"{live_server.url}/admin/pages/{programme.pk}/edit/")
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    expect(page.locator("form#page-edit-form")).to_be_visible()
    expect(page.get_by_role("button", name="Save draft")).to_be_visible()

    # The live preview loads the page in an iframe of the editor (frame-ancestors 'self').
    page.get_by_role("button", name="Toggle preview").click()
    frame = page.frame_locator('iframe[src*="/edit/preview/"]').last
    expect(frame.get_by_role("heading", level=1)).to_have_text("Bridges of Trust", timeout=20_000)
    assert violations == []
