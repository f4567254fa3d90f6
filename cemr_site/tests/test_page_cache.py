"""The whole-page cache is never wrong: what is stored, for whom, and when it goes."""

import gzip
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from cemr_site import page_cache
from cemr_site.models import SiteSettings
from projects.models import ContactPerson
from twinning.models import Municipality

HEADER = "X-Page-Cache"


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def cache_state(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response[HEADER]


@pytest.fixture
def pages(home, programme_index, bridges):
    """Each of the three pages that show a programme's title, in English and French."""
    return {
        language: [url_in(page, language) for page in (bridges, programme_index, home)]
        for language in ("en", "fr")
    }


@pytest.mark.django_db
def test_second_anonymous_visit_is_served_from_the_cache_without_a_query(client, bridges):
    url = url_in(bridges, "en")
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


@pytest.mark.django_db
def test_anonymous_pages_can_be_kept_by_a_cdn(client, all_pages):
    urls = [url_in(page, "en") for page in all_pages]
    urls += ["/en/news/", "/en/events/", "/en/search/?q=climate", "/en/twinning/municipalities/"]
    urls.append(Municipality.objects.published().first().get_absolute_url())
    for url in urls:
        for expected in ("miss", "hit"):
            response = client.get(url)
            assert response[HEADER] == expected, url
            assert "cookie" not in response.get("Vary", "").lower(), url
            assert not response.cookies, url
            control = dict(
                (part.strip().split("=") + [None])[:2]
                for part in response["Cache-Control"].split(",")
            )
            assert "public" in control and control["max-age"] == "0", url
            assert control["stale-while-revalidate"] == "60", url
            # Five minutes, or less when the page changes by itself sooner (local
            # midnight, an event starting): a CDN must not keep it past that.
            left = (page_cache.next_change() - timezone.now()).total_seconds()
            assert abs(int(control["s-maxage"]) - min(300, max(1, left))) <= 2, url


@pytest.mark.django_db
def test_a_french_title_change_shows_in_french_while_english_stays_cached(client, bridges, pages):
    for url in pages["en"] + pages["fr"]:
        client.get(url)
    bridges.title_fr = "Ponts de confiance, nouvelle édition"
    bridges.save_revision().publish()

    for url in pages["fr"]:
        response = client.get(url)
        assert response[HEADER] == "miss", url
        assert "Ponts de confiance, nouvelle édition" in response.content.decode(), url
    assert [cache_state(client, url) for url in pages["en"]] == ["hit"] * 3


@pytest.mark.django_db
def test_an_english_change_reaches_every_language(client, bridges, pages):
    """English is every language's fallback."""
    for url in pages["en"] + pages["fr"]:
        client.get(url)
    bridges.summary_en = "A changed summary."
    bridges.save_revision().publish()
    assert {cache_state(client, url) for url in pages["en"] + pages["fr"]} == {"miss"}


@pytest.mark.django_db
def test_a_french_slug_change_reaches_every_language(client, bridges, pages):
    """Every language's switcher and hreflang links point to the French address."""
    for url in pages["en"]:
        client.get(url)
    bridges.slug_fr = "ponts-de-confiance-2"
    bridges.save_revision().publish()
    assert {cache_state(client, url) for url in pages["en"]} == {"miss"}
    assert "/fr/projets/ponts-de-confiance-2/" in client.get(pages["en"][0]).content.decode()


@pytest.mark.django_db
def test_publishing_a_draft_unchanged_keeps_the_cache(client, bridges, pages):
    for url in pages["en"]:
        client.get(url)
    bridges.save_revision().publish()
    assert [cache_state(client, url) for url in pages["en"]] == ["hit"] * 3


@pytest.mark.django_db
def test_saving_a_draft_keeps_the_published_page_cached(client, bridges, pages):
    url = pages["en"][0]
    client.get(url)
    bridges.title_en = "Not yet published"
    bridges.save_revision()
    response = client.get(url)
    assert response[HEADER] == "hit"
    assert "Not yet published" not in response.content.decode()


@pytest.mark.django_db
def test_unpublishing_moving_and_deleting_drop_the_pages(client, bridges, pages, about):
    def visit_all():
        return {cache_state(client, url) for url in pages["en"] + pages["fr"]}

    visit_all()
    bridges.unpublish()
    assert client.get(pages["en"][0]).status_code == 404
    assert "Bridges of Trust" not in client.get(pages["en"][1]).content.decode()

    bridges.save_revision().publish()
    visit_all()
    bridges.move(about, pos="last-child")
    assert client.get(pages["en"][0]).status_code == 404  # its old address

    about_url = url_in(about, "en")
    client.get(about_url)
    bridges.delete()
    assert cache_state(client, about_url) == "miss"
    assert "Bridges of Trust" not in client.get(pages["en"][2]).content.decode()


@pytest.mark.django_db
def test_snippets_settings_and_profiles_drop_every_language(client, bridges, pages):
    changes = [
        lambda: ContactPerson.objects.first().save(),
        lambda: SiteSettings.objects.first().save(),
        lambda: Municipality.objects.first().save(),
    ]
    for change in changes:
        for url in pages["en"] + pages["fr"]:
            client.get(url)
        change()
        assert {cache_state(client, url) for url in pages["en"] + pages["fr"]} == {"miss"}


@pytest.mark.django_db
def test_a_page_made_private_is_no_longer_served(client, bridges, pages):
    client.get(pages["en"][0])
    PageViewRestriction.objects.create(page=bridges, restriction_type="login")
    response = client.get(pages["en"][0])
    assert response.status_code == 302
    assert HEADER in response and response[HEADER] == "bypass"


@pytest.mark.django_db
def test_an_editor_never_gets_a_cached_page_and_is_never_cached(client, admin_user, bridges):
    url = url_in(bridges, "en")
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get(url)
    assert response[HEADER] == "bypass"
    assert "w-userbar" in response.content.decode()  # Wagtail's userbar: the editor's page
    assert client.get(url)[HEADER] == "miss"  # nothing was stored for the editor
    assert client.get(url)[HEADER] == "hit"
    response = editor.get(url)
    assert response[HEADER] == "bypass"
    assert "w-userbar" in response.content.decode()
    assert "w-userbar" not in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_visitor_with_a_notice_waiting_is_not_served_from_the_cache(client, bridges):
    url = url_in(bridges, "en")
    client.get(url)
    client.cookies["messages"] = "anything"
    assert client.get(url)[HEADER] == "bypass"


FORM_PAGES = ("/en/twinning/request/", "/en/twinning/request/status/", "/fr/twinning/manage/")


@pytest.mark.django_db
@pytest.mark.parametrize("url", FORM_PAGES)
def test_a_form_page_never_comes_from_the_cache(url):
    tokens = set()
    for _visitor in range(2):
        response = Client().get(url)
        assert response.status_code == 200
        assert response[HEADER] == "bypass"
        assert "private" in response["Cache-Control"]
        tokens.add(response.cookies["csrftoken"].value)
    assert len(tokens) == 2


@pytest.mark.django_db
def test_the_claim_form_never_comes_from_the_cache(client):
    url = f"{Municipality.objects.published().first().get_absolute_url()}claim/"
    assert [cache_state(client, url) for _visit in range(2)] == ["bypass", "bypass"]


@pytest.mark.django_db
def test_pages_are_sent_compressed_to_clients_that_accept_it(client, bridges):
    url = url_in(bridges, "en")
    plain = client.get(url).content
    for expected in ("hit", "hit"):
        response = client.get(url, headers={"accept-encoding": "gzip, deflate, br"})
        assert response[HEADER] == expected
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        assert gzip.decompress(response.content) == plain
    assert "Content-Encoding" not in client.get(url)


@pytest.mark.django_db
def test_pages_outside_the_cache_are_compressed_too(client):
    response = client.get("/en/twinning/request/", headers={"accept-encoding": "gzip"})
    assert response[HEADER] == "bypass"
    assert response["Content-Encoding"] == "gzip"
    assert b"csrfmiddlewaretoken" in gzip.decompress(response.content)


@pytest.mark.django_db
def test_the_cache_can_be_turned_off(client, settings, bridges):
    settings.PAGE_CACHE_ENABLED = False
    url = url_in(bridges, "en")
    assert [cache_state(client, url) for _ in range(2)] == ["bypass", "bypass"]


@pytest.mark.django_db
def test_a_page_rendered_during_a_change_is_not_kept(client, bridges, monkeypatch):
    """The generation is read before rendering: a page that started before a change
    and is stored after it is never served."""
    from cemr_site import page_cache

    url = url_in(bridges, "en")
    render = page_cache.PageCacheMiddleware.__call__

    def publish_while_rendering(self, request):
        def get_response(request):
            response = original(request)
            page_cache.invalidate()
            return response

        original, self.get_response = self.get_response, get_response
        try:
            return render(self, request)
        finally:
            self.get_response = original

    monkeypatch.setattr(page_cache.PageCacheMiddleware, "__call__", publish_while_rendering)
    assert client.get(url)[HEADER] == "miss"
    monkeypatch.undo()
    assert client.get(url)[HEADER] == "miss"


@pytest.mark.django_db
def test_frontend_cache_is_purged_in_the_changed_language(
    settings, bridges, programme_index, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "cemr_site.tests.test_page_cache.RecordingBackend"}
    }
    RecordingBackend.purged.clear()
    bridges.title_fr = "Ponts de confiance (2)"
    with django_capture_on_commit_callbacks(execute=True):
        bridges.save_revision().publish()
    expected = {
        f"http://testserver{url_in(page, 'fr')}"
        for page in (bridges, programme_index, programme_index.get_parent())
    }
    assert set(RecordingBackend.purged) == expected


class RecordingBackend(BaseBackend):
    """A frontend-cache backend that remembers what it was asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)

    def purge_batch(self, urls):
        self.purged.extend(urls)


@pytest.mark.django_db
def test_nothing_is_kept_past_the_next_event_start_or_end(client):
    """An event that ends moves from "upcoming" to "past" on several pages by itself."""
    import datetime

    from django.utils import timezone

    from cemr_site import page_cache
    from news.models import EventIndexPage
    from news.tests.factories import add_event

    now = timezone.now()
    midnight = timezone.make_aware(
        datetime.datetime.combine(
            timezone.localdate() + datetime.timedelta(days=1), datetime.time()
        )
    )
    assert page_cache.next_change() <= midnight
    soon = timezone.localtime(now + datetime.timedelta(minutes=20)).replace(second=0, microsecond=0)
    end = soon + datetime.timedelta(minutes=1)
    event = add_event(
        EventIndexPage.objects.get(),
        soon.date(),
        slug="soon",
        start_time=soon.time(),
        end_date=end.date(),
        end_time=end.time(),
        time_zone="Europe/Brussels",
    )
    assert page_cache.next_change() == min(event.starts_at, midnight)
    assert page_cache._timeout() <= 20 * 60


@pytest.mark.django_db
def test_a_deploy_drops_the_pages_rendered_by_the_old_templates(client, bridges):
    from django.core.management import call_command

    url = url_in(bridges, "de")
    client.get(url)
    call_command("drop_page_cache", stdout=io.StringIO())
    assert cache_state(client, url) == "miss"


@pytest.mark.django_db
def test_the_typeahead_keeps_its_own_browser_cache_time(client):
    response = client.get("/en/twinning/municipalities/suggest/", {"q": "Lyo"})
    assert response["Cache-Control"] == "public, max-age=300"


@pytest.mark.django_db
def test_local_copies_are_served_only_while_their_generation_is_current(settings, bridges):
    """With Redis, each process keeps copies of the pages it served; a copy is checked
    against the shared generation on every request."""
    import hashlib

    from cemr_site import page_cache

    settings.PAGE_CACHE_LOCAL_COPIES = 10
    client = Client()  # a new handler reads the setting
    url = url_in(bridges, "fr")
    assert cache_state(client, url) == "miss"
    page_key = page_cache.PAGE_KEY.format(hashlib.sha256(url.encode()).hexdigest())
    page_cache.cache().delete(page_key)
    assert cache_state(client, url) == "hit"  # the process's own copy
    bridges.title_fr = "Ponts de confiance, troisième édition"
    bridges.save_revision().publish()
    response = client.get(url)
    assert response[HEADER] == "miss"
    assert "troisième édition" in response.content.decode()


@pytest.mark.django_db
def test_a_live_page_saved_by_code_shows_its_change_at_once(client, bridges, pages):
    for url in pages["en"]:
        client.get(url)
    bridges.summary_en = "Saved without a revision."
    bridges.save()
    assert {cache_state(client, url) for url in pages["en"]} == {"miss"}
