"""An editor builds and publishes a programme through the Wagtail admin views."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from projects.models import ProgrammePage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def programme_form(**overrides):
    data = {
        "title_en": "Local Climate Labs",
        "title_uk": "Місцеві кліматичні лабораторії",
        "slug_en": "local-climate-labs",
        "slug_uk": "mistsevi-klimatychni-laboratoriyi",
        "summary_en": "Cities test climate ideas together.",
        "summary_uk": "Міста разом випробовують кліматичні ідеї.",
        "date_precision": "day",
        "start_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "end_date": "",
        "website": "",
        "hero_image": "",
        "partner_links": inline_formset([]),
        "contact_links": inline_formset([]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    for code in LANGUAGE_CODES:
        data[f"body_{code}"] = streamfield([])
    data["body_en"] = streamfield(
        [
            ("heading", {"text": "Why labs", "level": "h2"}),
            ("paragraph", rich_text("<p>Labs let councils try before they buy.</p>")),
        ]
    )
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
def test_editor_creates_and_publishes_a_programme(client, editor, programme_index):
    client.force_login(editor)
    add_url = reverse(
        "wagtailadmin_pages:add", args=("projects", "programmepage", programme_index.pk)
    )
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, {**programme_form(), "action-publish": "publish"})
    assert response.status_code == 302, response.context and response.context["form"].errors

    page = ProgrammePage.objects.get(slug_en="local-climate-labs")
    assert page.live
    assert page.status == ProgrammePage.Status.PLANNED  # from its start date, still ahead
    assert page.title_uk == "Місцеві кліматичні лабораторії"
    with translation.override("uk"):
        uk_url = page.get_url()
    assert "mistsevi-klimatychni-laboratoriyi" in uk_url
    html = client.get(uk_url).content.decode()
    assert "Місцеві кліматичні лабораторії" in html
    assert "Labs let councils try before they buy." in html  # body falls back to English


@pytest.mark.django_db
def test_editor_sees_clear_errors_on_bad_input(client, editor, programme_index):
    client.force_login(editor)
    add_url = reverse(
        "wagtailadmin_pages:add", args=("projects", "programmepage", programme_index.pk)
    )
    data = programme_form(summary_en="", start_date="2027-05-01", end_date="2027-01-01")
    response = client.post(add_url, {**data, "action-publish": "publish"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "summary_en" in errors
    assert "end_date" in errors
    assert not ProgrammePage.objects.filter(slug_en="local-climate-labs").exists()


@pytest.mark.django_db
def test_editor_edits_ukrainian_title_and_publishes(client, editor, bridges):
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=(bridges.pk,))
    response = client.get(edit_url)
    assert response.status_code == 200
    assert 'name="title_uk"' in response.content.decode()


@pytest.mark.django_db
def test_missing_languages_of_a_page(bridges, programme_index):
    from projects.reports import missing_languages

    # Bridges of Trust is written in English, French, German and Ukrainian.
    missing = missing_languages(bridges)
    assert {"fr", "de", "uk", "en"}.isdisjoint(missing)
    assert {"bg", "pl", "ga"} <= set(missing)
    bridges.body_de = None  # the body has English text, so an empty German body counts
    assert "de" in missing_languages(bridges)


@pytest.mark.django_db
def test_editor_sees_which_pages_lack_a_language(client, editor, bridges):
    client.force_login(editor)
    url = reverse("missing_translations")
    html = client.get(url, {"language": "pl"}).content.decode()
    assert bridges.title_en in html
    assert reverse("wagtailadmin_pages:edit", args=(bridges.pk,)) in html
    # English copied into every Polish field does not make a page Polish: the report
    # names each field longer than a few words; a short title such as a name may stay.
    for page in bridges.get_site().root_page.get_descendants(inclusive=True).specific():
        for field in ("title", "summary", "intro", "body"):
            if getattr(page, f"{field}_en", None):
                setattr(page, f"{field}_pl", getattr(page, f"{field}_en"))
        page.save()
    html = client.get(url, {"language": "pl"}).content.decode()
    assert bridges.title_en in html
    assert "<b>Polish</b>: summary (same as the English), body (same as the English)</li>" in html
    assert "title (same as the English)" not in html.split(bridges.title_en)[1].split("</tr>")[0]


@pytest.mark.django_db
def test_english_copied_into_a_french_body_is_listed_for_french(client, editor, bridges):
    from projects.reports import field_problems

    assert "fr" not in field_problems(bridges)
    bridges.body_fr = bridges.body_en
    bridges.save()
    assert field_problems(bridges)["fr"] == [("body", "copied")]
    client.force_login(editor)
    html = client.get(reverse("missing_translations"), {"language": "fr"}).content.decode()
    assert "<b>French</b>: body (same as the English)" in html
    # Every page written in a language leaves the report empty for it.
    assert "Every page is written in this language." not in html


@pytest.mark.django_db
def test_an_editor_previews_a_draft_in_any_language(rf, editor, bridges):
    assert ("fr", "français") in bridges.preview_modes and len(bridges.preview_modes) == 25
    bridges.title_hu = "Bizalom hídjai (vázlat)"
    request = rf.get("/")
    request.user = editor
    for mode, expected, lang in [
        ("hu", "Bizalom hídjai (vázlat)", "hu"),
        ("fr", "Ponts de confiance", "fr"),
    ]:
        html = bridges.serve_preview(request, mode).content.decode()
        assert f'<html lang="{lang}"' in html
        assert expected in html


@pytest.mark.django_db
def test_the_editor_keeps_the_chosen_content_languages_between_pages(client, editor, bridges):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(bridges.pk,))).content.decode()
    # Our picker (static/admin/editor_languages.js) stores the choice and restores it on
    # every page, as wagtail-modeltranslation's settings say.
    assert '"shown": ["en"], "restore": true}' in html
