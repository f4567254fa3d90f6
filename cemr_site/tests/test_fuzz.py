"""Property-based fuzz of every public input: the request form, the status look-up, the
partner search, the site search and the contact form of a managed profile. Whatever arrives: no 5xx, nothing stored from input
that was refused, and nothing sent back unescaped. FUZZ_EXAMPLES sets the examples per
target (CI runs the default on SQLite and on PostgreSQL)."""

import os
from urllib.parse import quote_from_bytes, urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twinning.models import ContactMessage, Manager, PartnershipRequest
from twinning.spam import sign_form_start
from twinning.tests.factories import make_municipality, request_data

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "80"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples on every run: a failure can be replayed
)
# An element no template writes: if it comes back as markup, something was not escaped.
MARKER = "<x-fuzz onload=1>"

# Any text a browser or a script could send (no lone surrogates: they have no UTF-8),
# with NULs, controls, bidi marks and markup among it.
texts = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=60),
    st.sampled_from(
        ["", " ", "\x00", "a\x00b", "\u202e", "\r\nBcc: x@y", "=1+2", "'; --", "%00", "ä" * 300]
    ),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=10).map(lambda t: t + MARKER),
)
values = st.one_of(texts, st.lists(texts, max_size=3))

REQUEST_FIELDS = list(request_data())
SEARCH_FIELDS = ["q", "country", "region", "population", "theme", "language", "seeking", "sort"]


def assert_safe(response):
    assert response.status_code < 500, response.status_code
    body = response.content.decode("utf-8", errors="replace")
    assert MARKER not in body and "<x-fuzz" not in body


def query(params):
    return urlencode(params, doseq=True)


@pytest.fixture
def fuzz_client(db, settings):
    # The fuzz sends far more than a visitor's hourly allowance, on purpose.
    settings.TWINNING_REQUEST_RATE_LIMIT = "100000/h"
    settings.TWINNING_STATUS_RATE_LIMIT = "100000/h"
    return Client()


@pytest.mark.django_db
@FUZZ
@given(changes=st.dictionaries(st.sampled_from(REQUEST_FIELDS), values, min_size=1, max_size=6))
def test_request_form_takes_any_post(fuzz_client, changes):
    before = PartnershipRequest.objects.count()
    data = {**request_data(), **changes}
    response = fuzz_client.post("/en/twinning/request/", data)
    assert_safe(response)
    stored = PartnershipRequest.objects.count() - before
    if response.status_code == 302:
        assert stored == 1
        assert MARKER not in str(PartnershipRequest.objects.latest("created_at").reference)
    else:
        assert stored == 0  # refused input leaves nothing behind


@pytest.mark.django_db
@FUZZ
@given(reference=values, email=values, method=st.sampled_from(["get", "post"]))
def test_status_look_up_takes_any_input(fuzz_client, reference, email, method):
    data = {"reference": reference, "email": email}
    if method == "get":
        response = fuzz_client.get("/en/twinning/request/status/?" + query(data))
    else:
        response = fuzz_client.post("/en/twinning/request/status/", data)
    assert_safe(response)


@pytest.mark.django_db
@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from([*SEARCH_FIELDS, "page", "x"]), values, min_size=1, max_size=5
    )
)
def test_partner_search_takes_any_parameters(fuzz_client, params):
    assert_safe(fuzz_client.get("/en/twinning/municipalities/?" + query(params)))
    suggest = fuzz_client.get("/en/twinning/municipalities/suggest/?" + query(params))
    assert suggest.status_code < 500


@pytest.mark.django_db
@FUZZ
@given(q=values, page=values, language=st.sampled_from(["en", "fr", "de", "el", "uk", "ga"]))
def test_site_search_takes_any_query(fuzz_client, q, page, language):
    assert_safe(fuzz_client.get(f"/{language}/search/?" + query({"q": q, "page": page})))


@pytest.mark.django_db
@FUZZ
@given(raw=st.binary(max_size=24), where=st.sampled_from(["query", "path", "partner"]))
def test_raw_bytes_anywhere_are_a_4xx_or_a_page(fuzz_client, raw, where):
    """Percent-encoded bytes that need not be UTF-8 at all."""
    encoded = quote_from_bytes(raw, safe="")
    url = {
        "query": f"/en/twinning/municipalities/?q={encoded}",
        "path": f"/en/twinning/municipalities/{encoded or 'x'}/",
        "partner": f"/en/twinning/request/?partner={encoded}",
    }[where]
    assert_safe(fuzz_client.get(url))


CONTACT = {
    "sender_name": "Jan Novak",
    "sender_organisation": "Town hall",
    "sender_email": "jan@town.example",
    "message": "Hello.",
    "consent": "on",
    "homepage": "",
}


@pytest.fixture
def managed_profile(db, settings):
    settings.TWINNING_CONTACT_RATE_LIMIT = "100000/h"
    settings.TWINNING_CONTACT_DAILY_CAP = 100000
    town = make_municipality(name="Fuzzhausen", slug="fuzzhausen-de", country="DE")
    Manager.objects.create(municipality=town, email="manager@fuzzhausen.example")
    return town


@pytest.mark.django_db
@FUZZ
@given(changes=st.dictionaries(st.sampled_from(list(CONTACT)), values, min_size=1, max_size=5))
def test_contact_form_takes_any_post(fuzz_client, managed_profile, changes):
    before = ContactMessage.objects.count()
    data = {**CONTACT, "form_start": sign_form_start(started=0), **changes}
    response = fuzz_client.post(
        f"/en/twinning/municipalities/{managed_profile.slug}/contact/", data
    )
    assert_safe(response)
    assert "manager@fuzzhausen.example" not in response.content.decode("utf-8", "replace")
    stored = ContactMessage.objects.count() - before
    assert stored == (1 if response.status_code == 302 else 0)
