"""The site search lists matching municipalities above the pages, in the visitor's
language."""

import re

import pytest
from django.utils.html import escape

from cemr_site.tests.test_search import make_programme
from twinning.models import Municipality, MunicipalityName
from twinning.names import search_key
from twinning.tests.factories import make_municipality


def municipality_section(html):
    match = re.search(r'<section class="search-municipalities".*?</section>', html, re.S)
    return match.group(0) if match else ""


@pytest.mark.django_db
def test_municipality_is_listed_above_the_pages(client):
    leipzig = Municipality.objects.get(name="Leipzig")
    html = client.get("/en/search/", {"q": "Leipzig"}).content.decode()
    section = municipality_section(html)
    assert f'<a href="/en/twinning/municipalities/{leipzig.slug}/">Leipzig</a>' in section
    assert "Germany" in section and "587,857 inhabitants" in section
    assert 'href="/en/twinning/municipalities/?q=Leipzig"' in section
    # Above the page results' count.
    assert html.index("search-municipalities") < html.index('class="search-count"')


@pytest.mark.django_db
def test_municipality_in_the_visitors_language(client):
    leipzig = Municipality.objects.get(name="Leipzig")
    html = client.get("/de/search/", {"q": "leipzig"}).content.decode()
    section = municipality_section(html)
    assert f'href="/de/twinning/municipalities/{leipzig.slug}/"' in section
    assert "Deutschland" in section and "587.857" in section
    assert "Germany" not in section


@pytest.mark.django_db
def test_other_spelling_shows_which_one_matched(client):
    wroclaw = Municipality.objects.get(name="Wrocław")
    MunicipalityName.objects.create(municipality=wroclaw, name="Breslau", key=search_key("Breslau"))
    section = municipality_section(client.get("/en/search/", {"q": "breslau"}).content.decode())
    assert "Breslau →" in section
    assert f">{escape('Wrocław')}</a>" in section


@pytest.mark.django_db
def test_no_section_without_a_match(client):
    html = client.get("/en/search/", {"q": "decentralisation"}).content.decode()
    assert municipality_section(html) == ""
    html = client.get("/en/search/", {"q": "zzzznotaword"}).content.decode()
    assert municipality_section(html) == ""
    assert "Try fewer or different words" in html


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["the", "Leipz", "Leipzg", "Leipzig Charter"])
def test_partial_or_similar_names_are_left_to_the_partner_search(client, query):
    make_municipality(name="Theux", slug="theux", country="BE")
    html = client.get("/en/search/", {"q": query}).content.decode()
    assert municipality_section(html) == ""
    assert ">Theux</a>" in municipality_section(
        client.get("/en/search/", {"q": "THEUX"}).content.decode()
    )


@pytest.mark.django_db
def test_municipality_without_pages_needs_no_hint(client):
    html = client.get("/en/search/", {"q": "Ghent"}).content.decode()
    assert ">Ghent</a>" in municipality_section(html)
    assert "0 results" in html
    assert "Try fewer or different words" not in html


@pytest.mark.django_db
def test_section_on_the_first_page_of_results_only(client, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 1
    make_programme("ghent-one", summary_en="Ghent and its port.")
    make_programme("ghent-two", summary_en="Ghent and its university.")
    first = client.get("/en/search/", {"q": "Ghent"})
    assert [match.municipality.name for match in first.context["municipalities"]] == ["Ghent"]
    second = client.get("/en/search/", {"q": "Ghent", "page": "2"})
    assert second.context["results"].number == 2
    assert second.context["municipalities"] == []


@pytest.mark.django_db
def test_unpublished_municipality_is_not_listed(client):
    Municipality.objects.filter(name="Leipzig").update(published=False)
    html = client.get("/en/search/", {"q": "Leipzig"}).content.decode()
    assert municipality_section(html) == ""
