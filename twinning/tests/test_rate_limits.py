"""Rate limits count stored requests, failed spam checks and status look-ups, per visitor
address as the trusted proxies report it; typing mistakes never lock anyone out."""

from types import SimpleNamespace

import pytest
from django.test import RequestFactory

from cemr_site.client import client_address
from twinning.models import PartnershipRequest
from twinning.views import rate_limit_key

from .factories import request_data

URL = "/en/twinning/request/"
STATUS_URL = "/en/twinning/request/status/"


@pytest.fixture(autouse=True)
def _still_clock(db, monkeypatch):
    """django-ratelimit counts in fixed windows: a window ending mid-test would reset the
    count. Its clock stands still for the test."""
    monkeypatch.setattr("django_ratelimit.core.time", SimpleNamespace(time=lambda: 2e9))
    PartnershipRequest.objects.all().delete()  # the demo ones; rolled back after the test


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(data, **headers):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(URL, data, **headers)

    return send


# --- the client address ------------------------------------------------------------------


def address(forwarded=None, remote="10.0.0.5"):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **meta))


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert address("203.0.113.9") == "10.0.0.5"


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (1, "203.0.113.9", "203.0.113.9"),
        # Entries left of the trusted ones were written by the client: forged or not,
        # they are not used.
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),
        (1, " 2001:DB8::1 ", "2001:db8::1"),
        (2, "6.6.6.6, 203.0.113.9, 198.51.100.1", "203.0.113.9"),
        (1, None, "10.0.0.5"),  # no header
        (2, "203.0.113.9", "10.0.0.5"),  # fewer entries than proxies
        (1, "", "10.0.0.5"),
        (1, "not-an-address", "10.0.0.5"),
        (1, "203.0.113.9:443", "10.0.0.5"),
        (1, "1.2.3.4, <script>", "10.0.0.5"),
    ],
)
def test_behind_trusted_proxies_the_outermost_ones_view_is_used(
    settings, count, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = count
    assert address(forwarded) == expected


# --- partnership requests ------------------------------------------------------------------


def test_validation_errors_do_not_count(post, settings):
    settings.TWINNING_REQUEST_RATE_LIMIT = "5/h"
    for _ in range(5):
        response = post(request_data(message=""))
        assert response.status_code == 200
        assert "message" in response.context["form"].errors
    assert post(request_data()).status_code == 302
    assert PartnershipRequest.objects.count() == 1


def test_the_sixth_stored_request_in_an_hour_is_refused(post, settings):
    settings.TWINNING_REQUEST_RATE_LIMIT = "5/h"
    for _ in range(5):
        assert post(request_data()).status_code == 302
    response = post(request_data())
    assert response.status_code == 429
    assert "Too many requests were sent from your connection" in response.content.decode()
    assert PartnershipRequest.objects.count() == 5


def test_a_double_submit_counts_once(post, settings):
    settings.TWINNING_REQUEST_RATE_LIMIT = "2/h"
    data = request_data()
    assert post(data).status_code == post(data).status_code == 302
    assert post(request_data()).status_code == 302
    assert PartnershipRequest.objects.count() == 2


def test_failed_spam_checks_count(post, settings):
    settings.TWINNING_REQUEST_RATE_LIMIT = "2/h"
    for _ in range(2):
        response = post(request_data(homepage="https://spam.example.com"))
        assert "We could not accept this submission" in response.content.decode()
    assert post(request_data()).status_code == 429
    assert not PartnershipRequest.objects.exists()


def test_behind_a_proxy_each_visitor_has_a_bucket(post, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TWINNING_REQUEST_RATE_LIMIT = "1/h"
    # The load balancer's own address is REMOTE_ADDR for everyone.
    first = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    second = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    assert post(request_data(), **first).status_code == 302
    assert post(request_data(), **first).status_code == 429
    assert post(request_data(), **second).status_code == 302
    # A forged entry left of the balancer's does not open a new bucket.
    forged = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "1.1.1.1, 203.0.113.9"}
    assert post(request_data(), **forged).status_code == 429


def test_without_trusted_proxies_a_spoofed_header_keeps_the_bucket(post, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    settings.TWINNING_REQUEST_RATE_LIMIT = "1/h"
    assert post(request_data(), HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 302
    assert post(request_data(), HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429


def test_an_invalid_header_falls_back_to_the_connection_address(post, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TWINNING_REQUEST_RATE_LIMIT = "1/h"
    assert post(request_data(), HTTP_X_FORWARDED_FOR="not-an-address").status_code == 302
    assert post(request_data()).status_code == 429  # the same REMOTE_ADDR, no header
    assert post(request_data(), HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 302


def test_one_ipv6_network_shares_a_bucket(post, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TWINNING_REQUEST_RATE_LIMIT = "1/h"
    assert post(request_data(), HTTP_X_FORWARDED_FOR="2001:db8:1:2::1").status_code == 302
    # Another address of the same /64: one household rotating its privacy addresses.
    assert post(request_data(), HTTP_X_FORWARDED_FOR="2001:db8:1:2::99").status_code == 429
    assert post(request_data(), HTTP_X_FORWARDED_FOR="2001:db8:1:3::1").status_code == 302


def test_the_limit_window_passes(post, settings, monkeypatch):
    settings.TWINNING_REQUEST_RATE_LIMIT = "1/h"
    assert post(request_data()).status_code == 302
    assert post(request_data()).status_code == 429
    monkeypatch.setattr("django_ratelimit.core.time", SimpleNamespace(time=lambda: 2e9 + 3600 + 1))
    assert post(request_data()).status_code == 302


def test_the_key_is_a_salted_hash_of_the_address(settings):
    """Unsalted, an IPv4 address is read back from its hash by trying them all."""
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9")
    key = rate_limit_key("twinning:request", request)
    assert "203.0.113.9" not in key
    settings.SECRET_KEY = "another-secret"
    assert rate_limit_key("twinning:request", request) != key


# --- status look-ups -----------------------------------------------------------------------


def test_status_look_ups_count_only_when_they_reach_the_database(client, settings):
    settings.TWINNING_STATUS_RATE_LIMIT = "2/h"
    for _ in range(5):  # form errors: nothing was looked up
        response = client.post(STATUS_URL, {"reference": "TW-ABCD2345", "email": "nope"})
        assert response.status_code == 200
        assert "email" in response.context["form"].errors
    wrong_pair = {"reference": "TW-ABCD2345", "email": "someone@example.org"}
    for _ in range(2):
        response = client.post(STATUS_URL, wrong_pair)
        assert response.status_code == 200
        assert response.context["found"] is None
    response = client.post(STATUS_URL, wrong_pair)
    assert response.status_code == 429
    assert "Too many look-ups from your connection" in response.content.decode()
