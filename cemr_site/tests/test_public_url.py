"""One public base URL behind every absolute link: production refuses to start without a
reachable one, and no mail, sitemap entry or <head> link carries another host."""

import re
import runpy
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from twinning.models import OutgoingMail, PartnershipRequest
from twinning.services import change_status
from twinning.tests.factories import request_data

PUBLIC = "https://www.ccre-cemr.org"
BASE_ENV = {
    "SECRET_KEY": "test-only-Jx7qP2mV9wL4rT8sK3nB6yF1dH5gC0zA2eU7iO4uN9",
    "DATABASE_URL": "sqlite:////tmp/cemr-public-url.db",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}
URL = re.compile(r"https?://[^\s<>\"']+")


def production_settings(monkeypatch, **env):
    for name, value in {**BASE_ENV, **env}.items():
        monkeypatch.setenv(name, value)
    return runpy.run_module("cemr_site.settings.production")


def test_production_refuses_to_start_without_the_public_base_url(monkeypatch):
    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)
    for name, value in BASE_ENV.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match="PUBLIC_BASE_URL"):
        runpy.run_module("cemr_site.settings.production")


@pytest.mark.parametrize(
    "url",
    [
        "http://www.ccre-cemr.org",  # not https
        "https://127.0.0.1:8000",
        "https://localhost",
        "https://[::1]",
        "https://10.0.0.5",
        "https://cemr.example.org",
        "https://www.example.com",
        "https://site.test",
        "https://www.ccre-cemr.org/en/",  # a path
    ],
)
def test_production_refuses_a_base_url_no_visitor_can_reach(monkeypatch, url):
    with pytest.raises(ImproperlyConfigured, match="PUBLIC_BASE_URL"):
        production_settings(monkeypatch, PUBLIC_BASE_URL=url)


def test_the_public_base_url_is_the_one_setting_behind_hosts_and_admin_links(monkeypatch):
    monkeypatch.delenv("ALLOWED_HOSTS", raising=False)
    monkeypatch.delenv("CSRF_TRUSTED_ORIGINS", raising=False)
    values = production_settings(monkeypatch, PUBLIC_BASE_URL=PUBLIC + "/")
    assert values["PUBLIC_BASE_URL"] == PUBLIC
    assert values["WAGTAILADMIN_BASE_URL"] == PUBLIC
    assert values["ALLOWED_HOSTS"] == ["www.ccre-cemr.org"]
    assert values["CSRF_TRUSTED_ORIGINS"] == [PUBLIC]


def bad_hosts(text):
    hosts = {urlsplit(url).hostname for url in URL.findall(text)}
    return {
        host
        for host in hosts
        if host in {"127.0.0.1", "localhost", "testserver", "::1"}
        or host.endswith(("example.com", "example.org", "example.net", ".example", ".test"))
    }


@pytest.mark.django_db
def test_no_mail_in_any_language_links_to_a_loopback_or_example_host(client, settings):
    settings.PUBLIC_BASE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.TWINNING_REQUEST_RATE_LIMIT = "1000/h"
    PartnershipRequest.objects.all().delete()
    languages = [code for code, _name in settings.LANGUAGES]
    for code in languages:
        # The submitter's own website is theirs to give; only the site's links count.
        data = request_data(municipality_name=f"Town {code}", website="")
        assert client.post(f"/{code}/twinning/request/", data).status_code == 302
    for partnership_request in PartnershipRequest.objects.all():
        change_status(partnership_request, PartnershipRequest.Status.IN_REVIEW)
    mails = OutgoingMail.objects.all()
    kinds = set(mails.values_list("kind", flat=True))
    assert kinds == {"confirmation", "notification", "status"}
    assert mails.count() == 3 * len(languages)
    for mail in mails:
        assert PUBLIC in mail.body, mail.subject
        assert bad_hosts(mail.body) == set(), (mail.kind, mail.subject, mail.body)


@pytest.mark.django_db
def test_sitemap_robots_and_head_links_use_the_public_base_url(client, settings):
    settings.PUBLIC_BASE_URL = PUBLIC
    response = client.get("/sitemap.xml")
    sitemap = response.content.decode()
    assert f"<loc>{PUBLIC}/en/</loc>" in sitemap
    assert "testserver" not in sitemap
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in client.get("/robots.txt").content.decode()
    html = client.get("/fr/").content.decode()
    assert f'<link rel="canonical" href="{PUBLIC}/fr/">' in html
    assert f'hreflang="de" href="{PUBLIC}/de/"' in html
    assert "testserver" not in html


def test_every_absolute_link_in_the_code_goes_through_the_setting():
    """No template or module builds a link from the request's Host any more."""
    roots = [
        settings.BASE_DIR / name for name in ("templates", "cemr_site", "projects", "twinning")
    ]
    offenders = []
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix not in {".py", ".html", ".txt"} or "tests" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            if "request.get_host" in text or "build_absolute_uri" in text:
                offenders.append(str(path.relative_to(settings.BASE_DIR)))
    assert offenders == []
