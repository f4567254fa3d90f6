import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.html import escape

from projects.models import ProgrammePage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "uk"])
def test_each_page_type_renders_in_language(client, all_pages, language):
    for page in all_pages:
        response = client.get(url_in(page, language))
        assert response.status_code == 200, page
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert escape(getattr(page, f"title_{language}")) in html


@pytest.mark.django_db
def test_programme_urls_use_translated_slugs(bridges):
    assert url_in(bridges, "en") != url_in(bridges, "fr")
    assert url_in(bridges, "fr").startswith("/fr/")
    assert bridges.slug_fr in url_in(bridges, "fr")
    assert bridges.slug_uk in url_in(bridges, "uk")


@pytest.mark.django_db
def test_switcher_leads_to_same_programme_in_other_language(client, bridges):
    html = client.get(url_in(bridges, "en")).content.decode()
    switcher = html.split('class="language-switcher"', 1)[1].split("</details>", 1)[0]
    links = dict(re.findall(r'<a href="([^"]+)" lang="([a-z]{2})"', switcher))
    by_language = {lang: href for href, lang in links.items()}
    assert set(by_language) == set(LANGUAGE_CODES)
    for language in ("fr", "de", "uk"):
        response = client.get(by_language[language])
        assert response.status_code == 200
        assert response.context["page"].pk == bridges.pk
        assert getattr(bridges, f"title_{language}") in response.content.decode()


@pytest.mark.django_db
def test_every_page_lists_all_hreflang_alternates_and_each_answers(client, all_pages):
    for page in all_pages:
        html = client.get(url_in(page, "en")).content.decode()
        alternates = dict(
            re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', html)
        )
        assert set(alternates) == set(LANGUAGE_CODES) | {"x-default"}, page
        assert alternates["x-default"] == alternates["en"]
        for language, href in alternates.items():
            response = client.get(href.replace("http://testserver", ""))
            assert response.status_code == 200, (page, language, href)
            target = response.content.decode()
            # Reciprocal: the target lists this page's English URL too.
            assert f'hreflang="en" href="{alternates["en"]}"' in target


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_english(client, bridges):
    # A page with no Polish at all: title, summary and body come from English, each
    # marked as English, under the whole-page notice.
    url = url_in(bridges, "pl")
    bridges.title_pl = bridges.summary_pl = ""
    bridges.body_pl = None
    bridges.save()
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl"' in html
    assert f'<h1 lang="en" dir="ltr">{bridges.title_en}</h1>' in html
    assert f'<p class="lead" lang="en" dir="ltr">{bridges.summary_en}</p>' in html
    assert 'class="notice notice--fallback' in html


@pytest.mark.django_db
def test_a_page_translated_in_part_names_what_is_missing(client, bridges):
    """Polish title and summary, English body: only the body is marked, and named."""
    assert bridges.title_pl and bridges.summary_pl and not bridges.body_pl
    html = client.get(url_in(bridges, "pl")).content.decode()
    assert f"<h1>{bridges.title_pl}</h1>" in html
    assert '<div class="stream" lang="en" dir="ltr">' in html
    notice = html.split('class="notice notice--fallback')[1].split("</p>")[0]
    assert "treść" in notice or "body" in notice


@pytest.mark.django_db
def test_translated_page_shows_no_fallback_notice(client, bridges):
    html = client.get(url_in(bridges, "uk")).content.decode()
    assert "notice--fallback" not in html
    assert bridges.summary_uk in html


@pytest.mark.django_db
def test_bridges_of_trust_body_is_translated(client, bridges):
    for language in ("fr", "de", "uk"):
        body = getattr(bridges, f"body_{language}")
        assert len(body) == len(bridges.body_en)
        html = client.get(url_in(bridges, language)).content.decode()
        first_heading = next(b.value["text"] for b in body if b.block_type == "heading")
        assert first_heading in html


@pytest.mark.django_db
def test_page_type_rules_keep_the_tree_sensible(home, programme_index, bridges):
    from projects.models import HomePage, ProgrammeIndexPage, StandardPage

    assert ProgrammePage.can_create_at(programme_index)
    assert not ProgrammePage.can_create_at(home)
    assert not StandardPage.can_create_at(programme_index)
    assert not ProgrammeIndexPage.can_create_at(home)  # only one index
    assert not HomePage.can_create_at(home)
    assert ProgrammePage.allowed_subpage_models() == []


@pytest.mark.django_db
def test_programme_end_date_before_start_is_refused(bridges):
    import datetime

    from django.core.exceptions import ValidationError

    bridges.start_date = datetime.date(2023, 1, 1)
    bridges.end_date = datetime.date(2022, 1, 1)
    with pytest.raises(ValidationError) as error:
        bridges.full_clean()
    assert "end_date" in error.value.message_dict


@pytest.mark.django_db
def test_programme_page_shows_facts_partners_and_contact(client, bridges):
    html = client.get(url_in(bridges, "en")).content.decode()
    assert "Key facts" in html
    for partner in bridges.partners:
        assert partner.name in html
    for person in bridges.contacts:
        assert person.name in html


@pytest.mark.parametrize(
    "language, ended",
    [
        ("en", "This support phase ended on 30 September 2023."),
        ("fr", "Cette phase d’accompagnement s’est achevée le 30 septembre 2023."),
        ("de", "Diese Phase der Begleitung endete am 30. September 2023."),
        ("uk", "Цей етап підтримки завершився 30 вересня 2023 року."),
    ],
)
def test_bridges_of_trust_states_only_the_dates_of_the_sources(client, bridges, language, ended):
    """The sources give "since March 2021" (no day) and a support phase from 1 November
    2022 to 30 September 2023, which has ended."""
    html = client.get(url_in(bridges, language)).content.decode()
    # Stored as the month's first day, shown and marked up as the month alone.
    assert bridges.date_precision == "month"
    assert '<time datetime="2021-03">' in html
    assert "2021-03-01" not in html and "1 March 2021" not in html
    assert ended in html
