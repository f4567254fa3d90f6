"""Production settings: `check --deploy` is clean, every response carries the security
headers, a database outage is a 503, and no link leaves the site from a crafted path."""

import re
import runpy
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client, RequestFactory, override_settings

from cemr_site.middleware import service_unavailable
from cemr_site.templatetags.site_tags import _local_path

SECRET = "test-deploy-check-Jx7qP2mV9wL4rT8sK3nB6yF1dH5gC0zA2eU7iO4uN9"
PRODUCTION_ENV = {
    "SECRET_KEY": SECRET,
    "DATABASE_URL": "sqlite:////tmp/cemr-deploy-check.db",
    "REDIS_URL": "redis://127.0.0.1:6379/0",  # rate limits need a shared cache
    "PUBLIC_BASE_URL": "https://www.ccre-cemr.org",
}


def test_check_deploy_with_production_settings_has_no_warning():
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "cemr_site.settings.production"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env={**env, **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.fixture
def production(monkeypatch):
    """The security settings of cemr_site/settings/production.py itself, over the test
    settings (the database stays the test one)."""
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    for name in ("SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SECURE_SSL_REDIRECT"):
        monkeypatch.delenv(name, raising=False)
    values = runpy.run_module("cemr_site.settings.production")
    wanted = {
        name: value
        for name, value in values.items()
        if name.startswith(("SECURE_", "CONTENT_SECURITY_POLICY", "PERMISSIONS_POLICY"))
        or name in {"X_FRAME_OPTIONS", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "DEBUG"}
    }
    with override_settings(**wanted):
        yield


def directives(response):
    policy = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def assert_common_headers(response):
    assert response.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    return csp


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/en/twinning/request/", "/en/no-such-page/"])
def test_public_pages_send_the_strict_policy_and_security_headers(client, production, path):
    response = client.get(path, secure=True)
    assert response.status_code in (200, 404)
    csp = assert_common_headers(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_admin_login_gets_its_own_policy_and_the_security_headers(client, production):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    csp = assert_common_headers(response)
    # Wagtail's inline scripts and styles; still no eval, no other origin.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]


TEMPLATES = Path(settings.BASE_DIR) / "templates"
INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "inline <script>"),
    (re.compile(r"<style\b", re.I), "<style> block"),
    (re.compile(r"\sstyle=", re.I), 'style="" attribute'),
    (re.compile(r"\son[a-z]+=", re.I), "event-handler attribute"),
    (re.compile(r"javascript:", re.I), "javascript: URL"),
]


def test_templates_have_no_inline_script_or_style():
    """The public policy blocks them: they would silently do nothing."""
    found = [
        f"{path.relative_to(TEMPLATES)}: {label}"
        for path in TEMPLATES.rglob("*.html")
        for pattern, label in INLINE
        if pattern.search(path.read_text())
    ]
    assert found == []


# --- database outage ------------------------------------------------------------------


def database_down(*args, **kwargs):
    raise OperationalError("could not connect to server: Connection refused")


@pytest.mark.django_db
def test_database_error_in_a_view_is_503_with_retry_after(client):
    with mock.patch("cemr_site.search.is_enabled", side_effect=database_down):
        response = client.get("/fr/search/?q=jumelage")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "120"
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert 'href="/fr/"' in html
    # The usual headers still come with it.
    assert "Content-Security-Policy" in response.headers


@pytest.mark.django_db
def test_database_error_in_a_middleware_is_503_too():
    client = Client(raise_request_exception=False)
    with mock.patch(
        "django.contrib.sessions.middleware.SessionMiddleware.process_request",
        side_effect=database_down,
    ):
        response = client.get("/de/")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "120"
    assert '<html lang="de"' in response.content.decode()


@pytest.mark.django_db
def test_other_errors_stay_500():
    client = Client(raise_request_exception=False)
    with mock.patch("cemr_site.search.is_enabled", side_effect=RuntimeError("bug")):
        response = client.get("/en/search/?q=x")
    assert response.status_code == 500
    assert "Retry-After" not in response.headers


@pytest.mark.django_db
def test_503_page_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/uk/twinning/request/")
    with django_assert_num_queries(0):
        response = service_unavailable(request)
    assert response.status_code == 503
    assert '<html lang="uk"' in response.content.decode()


# --- language links from a crafted path -------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["//evil.example/en/x", "///evil.example/en/x"])
def test_language_links_of_a_protocol_relative_path_stay_on_the_site(client, path):
    # The test client would parse "//host/..." as a host; PATH_INFO keeps it a path.
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    html = response.content.decode()
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert 'href="//' not in html
    assert [href for href in hrefs if "evil.example" in href] == []
    assert 'hreflang="fr" href="http://testserver/fr/"' in html  # the <head> alternates
    assert 'href="/fr/" lang="fr"' in html  # the switcher


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/fr/projets/", "/fr/projets/"),
        ("//evil.example/fr/", "/fr/"),
        ("/\\evil.example/", "/fr/"),
        ("https://evil.example/", "/fr/"),
        ("", "/fr/"),
        (None, "/fr/"),
    ],
)
def test_local_path(url, expected):
    assert _local_path(url, "fr") == expected
