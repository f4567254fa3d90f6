"""Honest in every language: every public page, in all 25 languages, says which language
each of its parts is in, and says so in a notice when a main part fell back to English."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from cemr_site.languages import native_name, shown_language

pytestmark = pytest.mark.django_db

CODES = [code for code, _name in settings.LANGUAGES]
# Where each main-content field is rendered.
PART_SELECTORS = {
    "title": "main h1",
    "intro": "main .lead",
    "summary": "main .lead",
    "body": "main .stream",
}


def public_pages():
    return [page.specific for page in Page.objects.live().filter(depth__gt=1)]


@pytest.mark.parametrize("code", CODES)
def test_every_page_marks_the_language_of_its_parts(client, code):
    pages = public_pages()
    assert len(pages) >= 10
    by_url = {}
    for page in pages:
        with translation.override(code):
            page.title_shown = page.title
            by_url[page.get_url()] = page
    for page in pages:
        with translation.override(code):
            url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == code, url
        fell_back = []
        for field in page.search_text_fields:
            element = soup.select_one(PART_SELECTORS[field])
            if element is None:
                continue  # an empty optional field is not rendered
            shown = shown_language(page, field, code)
            if shown != code:
                fell_back.append(field)
                assert element.get("lang") == shown, (url, field)
            else:
                assert element.get("lang") in (None, code), (url, field)
        notice = soup.select_one("main .notice--fallback")
        assert bool(notice) == bool(fell_back), (url, fell_back)
        # Links named by a page's title (menu, breadcrumbs, footer) say its language too.
        for link in soup.select(".main-nav a, .breadcrumbs a, .site-footer a"):
            target = by_url.get(link.get("href"))
            if target is None or link.get_text(strip=True) != target.title_shown:
                continue
            shown = shown_language(target, "title", code)
            assert link.get("lang") == (shown if shown != code else None), (url, link)


@pytest.mark.parametrize("code", [c for c in CODES if c != "en"])
def test_no_english_interface_label_where_the_catalogue_translates_it(client, code):
    html = client.get(f"/{code}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    nav_texts = [a.get_text(strip=True) for a in soup.select(".main-nav a") if not a.get("lang")]
    assert "Find a twinning partner" not in nav_texts
    with translation.override(code):
        assert translation.gettext("Find a twinning partner") in nav_texts
    # Language names are CLDR's nouns, each in its own language.
    names = [a.get_text(strip=True) for a in soup.select(".language-switcher a")]
    assert names == [native_name(c) for c in CODES]


def test_language_names_are_nouns_as_on_europa_eu():
    assert [native_name(c) for c in ("cs", "sk", "lt", "de", "ga")] == [
        "čeština",
        "slovenčina",
        "lietuvių",
        "Deutsch",
        "Gaeilge",
    ]


def test_english_dates_are_written_the_european_way():
    from datetime import date

    from django.template.defaultfilters import date as date_filter

    with translation.override("en"):
        assert date_filter(date(2021, 3, 1)) == "1 March 2021"
