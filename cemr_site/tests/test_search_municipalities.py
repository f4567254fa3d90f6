"""The site search lists matching municipalities above the pages, in the visitor's
language."""

import re

import pytest
from django.utils.html import escape

from twinning.models import Municipality, MunicipalityName
from twinning.names import search_key


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
    html = client.get("/de/search/", {"q": "leipzig"}).content.decode()
    section = municipality_section(html)
    assert 'href="/de/twinning/municipalities/leipzig/"' in section
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
def test_no_section_without_a_match_or_after_the_first_page(client):
    html = client.get("/en/search/", {"q": "decentralisation"}).content.decode()
    assert municipality_section(html) == ""
    assert "Try fewer or different words" not in html  # pages were found
    html = client.get("/en/search/", {"q": "Leipzig", "page": "2"}).content.decode()
    assert municipality_section(html) == ""


@pytest.mark.django_db
def test_unpublished_municipality_is_not_listed(client):
    Municipality.objects.filter(name="Leipzig").update(published=False)
    html = client.get("/en/search/", {"q": "Leipzig"}).content.decode()
    assert municipality_section(html) == ""
