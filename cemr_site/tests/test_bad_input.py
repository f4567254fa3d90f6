"""NUL and undecodable input is a 400 on every database, never a 500."""

import pytest
from django.test import Client

from cemr_site.middleware import is_clean_urlencoded

REQUEST_URL = "/en/twinning/request/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=%00",
        "/en/search/?q=%FF",
        "/en/search/?q=caf%C3",  # a UTF-8 sequence cut short
        "/en/search/?%00=x",
        "/en/twinning/municipalities/%00/",
        "/en/twinning/municipalities/?q=%00",
        "/en/twinning/municipalities/?q=%E9",  # Latin-1, not UTF-8
        "/en/twinning/request/?partner=%00",
        "/en/twinning/request/?partner=a%00b",
    ],
)
def test_nul_or_invalid_utf8_in_url_is_bad_request(client, url, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(url)
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


@pytest.mark.django_db
def test_bad_request_page_speaks_the_language_of_the_path(client):
    html = client.get("/de/search/?q=%00").content.decode()
    assert '<html lang="de"' in html
    assert 'href="/de/"' in html


@pytest.mark.django_db
def test_nul_in_posted_form_is_bad_request(client):
    # Checked before CSRF: a forged form is refused either way, but not with a 500.
    response = client.post(
        REQUEST_URL,
        "wished_partner_slug=%00&municipality_name=Test",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    response = client.post(REQUEST_URL, {"wished_partner_slug": "\x00"})  # multipart
    assert response.status_code == 400
    response = client.post(
        REQUEST_URL, "message=%FF", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400


@pytest.mark.django_db
def test_nul_in_cookie_is_bad_request():
    client = Client()
    client.cookies["sessionid"] = "\x00" * 32
    assert client.get("/en/search/?q=town").status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=caf%C3%A9",
        "/en/search/?q=100%",  # a stray percent sign is not an escape
        "/en/search/?q=%EF%BF%BD",  # U+FFFD itself, properly encoded
        "/uk/search/?q=%D0%9A%D0%B8%D1%97%D0%B2+%26+Lviv",
        "/en/twinning/municipalities/?q=%C5%81%C3%B3d%C5%BA",
    ],
)
def test_valid_utf8_passes(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_valid_form_post_reaches_the_view(client):
    response = client.post(
        REQUEST_URL,
        "municipality_name=%C5%81%C3%B3d%C5%BA",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200  # the form again, with its errors
    assert "Łódź" in response.content.decode()


def test_query_strings_as_a_wsgi_server_passes_them():
    assert is_clean_urlencoded("q=Lyon&page=2")
    # WSGI hands over raw bytes as Latin-1: unencoded UTF-8 is not an error.
    assert is_clean_urlencoded("q=café".encode().decode("latin-1"))
    assert is_clean_urlencoded(b"a=%20+%2B")
    assert not is_clean_urlencoded("q=%00")
    assert not is_clean_urlencoded("q=\x00")
    assert not is_clean_urlencoded(b"q=%C3%28")


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"', '"Bridges', "(", "a AND", "*", "NEAR(", "^x"])
def test_search_syntax_characters_are_searched_as_text(client, query):
    """Found by the fuzz: a lone quote reached SQLite's FTS5 query syntax and failed."""
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "Search" in response.content.decode()
