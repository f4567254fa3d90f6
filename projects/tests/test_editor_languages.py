"""The editor's languages: which languages hold content in the page being edited, as the
server works it out and as the page editor's HTML carries it (the picker and its data;
static/admin/editor_languages.js puts them to work, projects/tests/test_browser_editor.py)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from cemr_site.editor_languages import editor_languages
from projects.models import PartnerOrganisation, ProgrammePage
from twinning.models import Manager


def without_maltese(page):
    """Bridges of Trust with no Maltese text; its Maltese slug and SEO title stay, and
    those are not content."""
    page.title_mt = page.summary_mt = page.phase_mt = ""
    page.body_mt = []
    page.seo_title_mt = "Pontijiet"
    page.save()
    return ProgrammePage.objects.get(pk=page.pk)


@pytest.fixture
def french_editor(django_user_model):
    user = django_user_model.objects.create_user("editrice", "editrice@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    return user


@pytest.mark.django_db
def test_the_languages_with_content_are_those_with_text_in_a_content_field(bridges):
    data = editor_languages(ProgrammePage, without_maltese(bridges))
    has_content = {language["code"]: language["has_content"] for language in data["languages"]}
    assert [code for code, _name in settings.LANGUAGES] == list(has_content)
    assert has_content["mt"] is False  # a slug and an SEO title are not content
    assert has_content["fr"] is has_content["en"] is has_content["uk"] is True
    assert "mt" not in data["filled"]["body"] and "fr" in data["filled"]["body"]
    assert data["filled"]["seo_title"] == ["mt"]
    # Every language's fields, the Promote tab's too, for the picker to show or hide.
    assert data["fields"]["fr"] == [
        "title_fr",
        "slug_fr",
        "url_path_fr",
        "seo_title_fr",
        "search_description_fr",
        "summary_fr",
        "phase_fr",
        "body_fr",
    ]
    # The copy bar: the page's StreamFields only, not its plain fields nor its inlines.
    assert data["copy"] == ["body"]


@pytest.mark.django_db
def test_a_new_page_or_an_untranslated_model_has_no_content_and_no_copy_bar():
    data = editor_languages(ProgrammePage, None)
    assert not any(language["has_content"] for language in data["languages"])
    assert data["copy"] == []  # wagtail-modeltranslation's copy view needs a saved page
    assert editor_languages(Manager) is None


@pytest.mark.django_db
def test_the_page_editor_marks_the_languages_with_content(client, french_editor, bridges):
    bridges = without_maltese(bridges)
    client.force_login(french_editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=(bridges.pk,)))
    html = BeautifulSoup(response.content.decode(), "html.parser")
    # The picker is a <template>'s content: parsed on its own, its text is ordinary text.
    template = html.find("template", id="cemr-editor-languages")
    template = BeautifulSoup(template.decode_contents(), "html.parser")
    boxes = {box["value"]: box for box in template.find_all("input", type="checkbox")}
    assert len(boxes) == 25
    # Named by its label: the code shown, the language's name in the admin's language
    # and, for assistive technology as for the eye (the dot), whether it has content.
    french = boxes["fr"].find_parent("label")
    with translation.override("fr"):
        has_content = translation.gettext("has content")
        legend = translation.gettext("Languages shown")
    assert french.get_text(" ", strip=True) == f"FR Français, {has_content}"
    assert french.find(class_="cemr-languages__dot") is not None
    assert boxes["fr"]["data-has-content"] == "true"
    maltese = boxes["mt"].find_parent("label")
    assert maltese.get_text(" ", strip=True) == "MT Maltais"
    assert maltese.find(class_="cemr-languages__dot") is None
    assert boxes["mt"]["data-has-content"] == "false"
    assert template.find("legend").get_text(strip=True) == legend

    data = json.loads(html.find("script", id="cemr-editor-languages-data").string)
    assert data["copy"] == ["body"] and "mt" not in data["filled"]["body"]
    strings = html.find(id="cemr-editor-languages-strings")
    # The script puts the language's name in: the placeholder is kept, translated or not.
    assert "%(language)s" in strings["data-confirm"]
    # Ours instead of wagtail-modeltranslation's picker; its copy view stays in use.
    scripts = [script.get("src", "") for script in html.find_all("script")]
    assert "/static/admin/editor_languages.js" in scripts
    assert not any("language_toggles.js" in src for src in scripts)
    assert any("copy_stream_fields.js" in src for src in scripts)


@pytest.mark.django_db
def test_a_snippet_editor_has_the_picker_without_a_copy_bar(admin_client):
    partner = PartnerOrganisation.objects.get(name_en="PLATFORMA")
    url = reverse("wagtailsnippets_projects_partnerorganisation:edit", args=(partner.pk,))
    response = admin_client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    data = json.loads(html.find("script", id="cemr-editor-languages-data").string)
    assert data["fields"]["fr"] == ["name_fr"] and data["copy"] == []
    assert html.find("template", id="cemr-editor-languages") is not None
