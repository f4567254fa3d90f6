import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "word"),
    [("en", "decentralisation"), ("fr", "décentralisation")],
)
def test_search_finds_programme_by_a_word_of_its_body(client, bridges, language, word):
    body_text = " ".join(
        str(block.block.get_searchable_content(block.value))
        for block in getattr(bridges, f"body_{language}")
    )
    assert word in body_text.lower()
    response = client.get(f"/{language}/search/", {"q": word})
    assert response.status_code == 200
    found = [page.pk for page in response.context["results"]]
    assert bridges.pk in found
    assert f'<html lang="{language}"' in response.content.decode()


@pytest.mark.django_db
def test_search_without_results_and_pagination_are_safe(client):
    response = client.get("/en/search/", {"q": "zzzznotaword", "page": "999"})
    assert response.status_code == 200
    assert response.context["results"].paginator.count == 0
    assert client.get("/en/search/", {"q": "the", "page": "abc"}).status_code == 200
    assert client.get("/en/search/").status_code == 200


@pytest.mark.django_db
def test_sitemap_lists_every_page_in_every_language(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {
        url.findtext("s:loc", namespaces=SITEMAP_NS) for url in root.findall("s:url", SITEMAP_NS)
    }
    pages = Page.objects.live().public().filter(depth__gt=1)
    assert pages.count() >= 9
    for page in pages:
        for language in LANGUAGE_CODES:
            with translation.override(language):
                assert "http://testserver" + page.get_url() in locations, (page, language)
    first = root.find("s:url", SITEMAP_NS)
    hreflangs = {link.get("hreflang") for link in first.findall("x:link", SITEMAP_NS)}
    assert hreflangs == set(LANGUAGE_CODES) | {"x-default"}


@pytest.mark.django_db
def test_robots_txt_points_to_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


@pytest.mark.django_db
def test_404_is_a_rendered_translated_page(client):
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert "Page introuvable" in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    response = client.get("/en/no-such-page/")
    assert "Page not found" in response.content.decode()


def test_500_page_renders_without_database():
    from cemr_site.views import server_error

    request = RequestFactory().get("/de/")
    with translation.override("de"):
        response = server_error(request)
    assert response.status_code == 500
    assert 'lang="de"' in response.content.decode()
    assert "Sorry, something went wrong" not in response.content.decode()


@pytest.mark.django_db
def test_root_redirects_to_the_visitors_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ja").headers["Location"] == "/en/"


@pytest.mark.django_db
def test_pages_carry_canonical_description_and_open_graph(client, home, bridges, picture):
    # The demo programmes have no picture (their map is their visual): set one, as an
    # editor would, for the social card.
    bridges.hero_image = picture
    bridges.save()
    with translation.override("fr"):
        url = bridges.get_url()
    html = client.get(url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{url}">' in html
    assert re.search(r'<meta name="description" content="[^"]{20,}">', html)
    assert f'<meta property="og:title" content="{bridges.title_fr}">' in html
    assert '<meta property="og:image"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_each_locale_serves_its_interface_strings(client, language):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}"' in html
    # Strings of our own (not also in Django's or Wagtail's catalogues).
    with translation.override(language):
        ours = [translation.gettext(s) for s in ("Find a twinning partner", "About this site")]
    if language != "en":
        assert ours != ["Find a twinning partner", "About this site"], (
            f"{language} has no translation"
        )
    for text in ours:
        assert escape(text) in html


def test_production_settings_refuse_to_start_without_secrets(monkeypatch):
    import importlib
    import sys

    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    sys.modules.pop("cemr_site.settings.production", None)
    with pytest.raises(ImproperlyConfigured):
        importlib.import_module("cemr_site.settings.production")
    sys.modules.pop("cemr_site.settings.production", None)


@pytest.mark.django_db
def test_footer_shows_site_settings_and_legal_pages(client):
    from cemr_site.models import SiteSettings

    site_settings = SiteSettings.objects.get()
    html = client.get("/en/").content.decode()
    assert site_settings.email in html
    assert site_settings.privacy_page.specific.title_en in html
    assert site_settings.legal_page.specific.title_en in html
