"""Site search: each language's text read with its own stemming, accents ignored
(PostgreSQL), pages falling back to English, and the index kept current on save."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from cemr_site import search
from cemr_site.models import PageSearchText
from projects.models import ProgrammeIndexPage, ProgrammePage

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming and unaccent are PostgreSQL's"
)


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def make_programme(slug, **fields):
    """A published programme; `fields` are per-language values (title_de=...)."""
    fields.setdefault("title_en", slug.replace("-", " ").title())
    fields.setdefault("summary_en", "A programme made for this test.")
    page = ProgrammePage(slug_en=slug, **fields)
    with translation.override("en"):
        ProgrammeIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def found(client, language, query):
    """The pages the visitor is shown, best first: read from the HTML, which may come
    from the page cache (a cached answer has no template context)."""
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    listing = html.split('<ol class="search-results"', 1)[1] if "search-results" in html else ""
    with translation.override(language):
        pages = {page.get_url(): page.pk for page in Page.objects.all()}
    return [pages[href] for href in re.findall(r'<h2><a href="([^"]+)"', listing)]


# --- the text each language is searched in (both databases) ------------------------------


@pytest.mark.django_db
def test_search_text_is_the_page_as_read_in_that_language():
    page = make_programme(
        "lighthouse",
        title_de="Leuchtturm",
        body_de=paragraph("Ein <b>Licht</b> für Städtepartnerschaften."),
        body_en=paragraph("A light for town twinning."),
        search_description_en="Coastal towns.",
    )
    assert page.search_text("de") == (
        "Leuchtturm",
        # The summary and description have no German: shown (and searched) in English.
        "A programme made for this test. Ein Licht für Städtepartnerschaften. Coastal towns.",
    )
    assert page.search_text("en") == (
        "Lighthouse",
        "A programme made for this test. A light for town twinning. Coastal towns.",
    )
    assert page.search_text("fr") is None  # no French at all: found through English


@pytest.mark.django_db
def test_rich_text_introduction_is_indexed_as_plain_text():
    index = ProgrammeIndexPage.objects.get()
    index.intro_en = "<p>First&nbsp;line</p><p>second <a href='/x/'>link</a></p>"
    assert index.search_text("en")[1].startswith("First\xa0line second link")


@pytest.mark.django_db
def test_english_query_finds_page_on_both_databases(client):
    page = make_programme("estuaries", body_en=paragraph("Managing tidal estuaries together."))
    assert page.pk in found(client, "en", "tidal estuaries")
    assert page.pk not in found(client, "en", "tidal zzzznotaword")  # every word must match


@pytest.mark.django_db
def test_untranslated_page_is_found_in_every_language(client):
    page = make_programme("wetlands", summary_en="Restoring wetlands along rivers.")
    for language in ("it", "pl", "fr"):
        assert page.pk in found(client, language, "wetlands"), language


# --- PostgreSQL: stemming, accents, one language at a time -------------------------------


@postgres_only
@pytest.mark.django_db
def test_german_singular_and_plural_find_the_same_page(client):
    page = make_programme(
        "twinned-villages", title_de="Dörfer", body_de=paragraph("Neue Partnerschaften im Dorf.")
    )
    assert page.pk in found(client, "de", "Partnerschaft")
    assert page.pk in found(client, "de", "Partnerschaften")


@postgres_only
@pytest.mark.django_db
def test_french_plural_finds_singular(client):
    page = make_programme(
        "rural-twinning", title_fr="Communes rurales", summary_fr="Le jumelage des communes."
    )
    assert page.pk in found(client, "fr", "jumelages")


@postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize("query", ["equite", "reseau", "RÉSEAU équité"])
def test_unaccented_query_finds_accented_text(client, query):
    page = make_programme(
        "equity-network",
        title_fr="Équité",
        body_fr=paragraph("Un réseau européen pour l’équité territoriale."),
    )
    assert page.pk in found(client, "fr", query)


@postgres_only
@pytest.mark.django_db
def test_translated_page_is_searched_in_the_visitors_language_only(client):
    page = make_programme(
        "beacon", summary_en="Beacon towns.", title_de="Leuchtfeuer", summary_de="Leuchtfeuer."
    )
    assert page.pk in found(client, "de", "Leuchtfeuer")
    assert page.pk not in found(client, "de", "Beacon")  # not what a German reader sees
    assert page.pk in found(client, "en", "beacon")
    assert page.pk in found(client, "it", "beacon")  # no Italian: the English text


@postgres_only
@pytest.mark.django_db
def test_title_match_ranks_above_body_match(client):
    in_body = make_programme(
        "fruit", title_en="Fruit", body_en=paragraph("Apple orchards of the region.")
    )
    in_title = make_programme("trees", title_en="Orchards")
    results = found(client, "en", "orchards")
    assert results.index(in_title.pk) < results.index(in_body.pk)


@postgres_only
@pytest.mark.django_db
def test_index_follows_publishing_drafts_privacy_and_deletion(client):
    page = make_programme("coast", title_en="Coast", summary_en="Harbour towns.")
    assert page.pk in found(client, "en", "harbour")

    page.summary_en = "Lagoon towns."
    page.save_revision()  # a draft: the public text is unchanged
    assert page.pk in found(client, "en", "harbour")
    assert page.pk not in found(client, "en", "lagoon")
    page.get_latest_revision().publish()
    assert page.pk in found(client, "en", "lagoon")
    assert page.pk not in found(client, "en", "harbour")

    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert page.pk not in found(client, "en", "lagoon")
    restriction.delete()

    page.unpublish()
    assert page.pk not in found(client, "en", "lagoon")
    page.delete()
    assert not PageSearchText.objects.filter(page_id=page.pk).exists()


@postgres_only
@pytest.mark.django_db
def test_rows_hold_each_language_with_its_own_configuration():
    page = make_programme("dunes", title_fr="Dunes", title_uk="Дюни")
    rows = dict(PageSearchText.objects.filter(page=page).values_list("language", "config"))
    assert rows == {"en": "english", "fr": "french", "uk": "simple"}


@postgres_only
@pytest.mark.django_db
def test_rebuild_command_restores_the_index(client, bridges):
    PageSearchText.objects.all().delete()
    assert bridges.pk not in found(client, "fr", "décentralisation")
    call_command("rebuild_page_search", verbosity=0)
    assert bridges.pk in found(client, "fr", "décentralisation")
    assert PageSearchText.objects.filter(page=bridges, language="de", config="german").exists()


@postgres_only
@pytest.mark.django_db
def test_configurations_and_extensions_exist():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        available = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT extname FROM pg_extension")
        extensions = {row[0] for row in cursor.fetchall()}
    assert set(search.TEXT_SEARCH_CONFIGS.values()) <= available
    assert {"unaccent", "pg_trgm"} <= extensions


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite fallback")
@pytest.mark.django_db
def test_sqlite_keeps_wagtails_backend_and_no_rows():
    make_programme("meadows", summary_en="Meadows.")
    assert not PageSearchText.objects.exists()
    assert search.rebuild() == 0
