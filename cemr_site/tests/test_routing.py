"""The faster route (cemr_site.routing) and the cached view restrictions
(cemr_site.visibility) answer exactly what Wagtail would: the same page for every
address, the same 404s, the same site for every Host, the same restrictions."""

from urllib.parse import unquote

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from cemr_site import page_cache, routing, visibility
from news.models import EventPage
from projects.models import ProgrammePage, StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

LANGUAGES = ["en", "fr", "uk", "de", "el"]


def request_for(path="/"):
    return RequestFactory().get(path)


def walked(path):
    """Wagtail's own answer: modeltranslation's route, one level at a time."""
    root = Site.objects.get(is_default_site=True).root_page.specific
    try:
        return root.route(request_for(), [part for part in path.split("/") if part])
    except Http404:
        return None


def described(result):
    """A route result as something to compare: the page, and the view of a sub-route."""
    if result is None:
        return None
    page, args, kwargs = result
    view = args[0].__name__ if args else None
    return (page.pk, type(page), view, args[1:], kwargs)


def addresses():
    """Every page's own path in the active language, a route of it, and paths that are
    no page's."""
    paths = []
    for page in Page.objects.filter(depth__gt=2).specific():
        own = unquote(page.get_url().split("/", 2)[2])  # "/fr/actualit%C3%A9s/" -> "actualités/"
        paths += [own, own + "ics/", own + "nope/", own + "nope/deeper/"]
    return paths + ["", "nope/", "projects/nope/", "projets/", "events/ics/"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_address_routes_as_in_wagtails_walk(language):
    with translation.override(language):
        paths = addresses()
        for path in paths:
            expected = described(walked(path))
            for _time in range(2):  # then from the remembered route
                assert described(routing.route(request_for(), path)) == expected, path
        assert sum(walked(path) is not None for path in paths) > 20  # not all 404s


def test_a_live_routable_page_answers_before_a_child_of_the_same_name(client):
    """Wagtail's walk asks a routable page first: a child page "ics" of an event (the
    admin would not allow it, the tree does) is not served, the calendar is."""
    event = EventPage.objects.live().first()
    child = StandardPage(title_en="Shadowed", slug_en="ics")
    with translation.override("en"):
        event.add_child(instance=child)
        path = unquote(event.get_url().split("/", 2)[2]) + "ics/"
        assert described(routing.route(request_for(), path)) == described(walked(path))
        assert routing.route(request_for(), path)[0].pk == event.pk
    event.unpublish()  # a routable page that is not live answers nothing: its child does
    with translation.override("en"):
        assert routing.route(request_for(), path)[0].pk == child.pk == walked(path)[0].pk


def test_a_page_without_a_slug_of_its_own_is_found_at_the_fallback_address(
    client, bridges, django_capture_on_commit_callbacks
):
    bridges.slug_ga = ""  # the English slug stands in, as modeltranslation shows it
    with django_capture_on_commit_callbacks(execute=True):
        bridges.save_revision().publish()
    bridges.refresh_from_db()
    assert bridges.url_path_ga.endswith("/bridges-of-trust/")
    with translation.override("ga"):
        url = bridges.get_url()
    assert url.startswith("/ga/") and url.endswith("/bridges-of-trust/")
    assert client.get(url).status_code == 200


def test_a_draft_and_an_unpublished_page_are_not_found(client, programme_index, bridges):
    draft = ProgrammePage(title_en="Not yet", slug_en="not-yet", summary_en="Soon.", live=False)
    with translation.override("en"):
        programme_index.add_child(instance=draft)
        draft_url, bridges_url = f"{programme_index.url}not-yet/", bridges.get_url()
    assert client.get(draft_url).status_code == 404
    assert client.get(bridges_url).status_code == 200  # its route is remembered now
    bridges.unpublish()
    assert client.get(bridges_url).status_code == 404


def test_a_renamed_page_leaves_its_old_address(client, about, django_capture_on_commit_callbacks):
    with translation.override("en"):
        old = about.get_url()
    assert client.get(old).status_code == 200
    about.slug_en = "who-we-are"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    new = old.replace("/about/", "/who-we-are/")
    assert client.get(new).status_code == 200
    response = client.get(old)  # no page there: Wagtail's redirect to the new address
    assert (response.status_code, response["Location"]) == (301, new)


def test_a_remembered_page_goes_with_its_generation(client, about):
    """The page an address leads to is kept under the generation, like the cached pages:
    a change made past the signals (a queryset update) shows once the pages are dropped
    (`manage.py drop_page_cache`), and the old address then finds nothing."""
    with translation.override("en"):
        old = about.get_url()
    assert client.get(old).status_code == 200
    Page.objects.filter(pk=about.pk).update(slug_en="moved", url_path_en="/home/moved/")
    page_cache.invalidate()
    assert client.get(old).status_code == 404
    assert client.get(old.replace("/about/", "/moved/")).status_code == 200


def test_a_remembered_page_needs_no_query(client, about, django_assert_num_queries):
    with translation.override("en"):
        url = about.get_url()
    assert client.get(url).status_code == 200
    request = request_for(url)
    with translation.override("en"), django_assert_num_queries(0):
        page, _args, _kwargs = routing.route(request, url.removeprefix("/en/"))
    assert page.pk == about.pk and page.title == about.title


def test_a_made_up_path_is_not_remembered():
    request = request_for()
    with translation.override("en"):
        assert routing.route(request, "projects/made-up/") is None
        root = routing.find_site(request).root_page
        key = routing._path_key(root, ["projects", "made-up"])
        assert routing.shared_cache.get(request, key) is None


def test_an_event_answers_its_calendar_route(client):
    event = EventPage.objects.live().first()
    with translation.override("fr"):
        url = event.get_url()
    response = client.get(url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert client.get(url + "nope/").status_code == 404


# --- Sites ------------------------------------------------------------------------------


def assert_chosen_as_wagtail_chooses(hostnames):
    sites = list(Site.objects.all())
    for hostname in hostnames:
        for port in [80, 443, 8080, 8000]:
            try:
                expected = get_site_for_hostname(hostname, port)
            except Site.DoesNotExist:
                expected = None
            assert routing.pick_site(sites, hostname, port) == expected, (hostname, port)


def test_the_site_is_chosen_as_wagtail_chooses_it(home):
    default = Site.objects.get(is_default_site=True)
    Site.objects.create(hostname="other.example", port=80, root_page=home)
    Site.objects.create(hostname="other.example", port=8080, root_page=home)
    Site.objects.create(hostname="third.example", port=443, root_page=home)
    hostnames = ["other.example", "third.example", default.hostname, "unknown.example"]
    assert_chosen_as_wagtail_chooses(hostnames)
    default.is_default_site = False
    default.save()
    assert_chosen_as_wagtail_chooses(hostnames)  # no default: some find no site


def test_a_host_header_never_becomes_a_cache_key(client):
    from django.core.cache import cache

    client.get("/en/")
    keys = len(cache._cache)
    for number in range(20):
        assert client.get("/en/", HTTP_HOST=f"made-up-{number}.example").status_code == 200
    assert len(cache._cache) == keys


# --- View restrictions ----------------------------------------------------------------


def test_the_cached_restrictions_are_wagtails(home, about, bridges, programme_index):
    PageViewRestriction.objects.create(page=programme_index, restriction_type="login")
    PageViewRestriction.objects.create(page=bridges, restriction_type="password", password="x")
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    with translation.override("en"):
        alias = about.create_alias(parent=programme_index, update_slug="about-alias")
    for page in Page.objects.filter(depth__gt=1).specific():
        wagtail = [r.pk for r in page.get_view_restrictions()]
        assert [r.pk for r in visibility.restrictions_for(page, request_for())] == wagtail
    # The alias stands for its source: the source's restriction and its own section's.
    assert len(visibility.restrictions_for(alias, request_for())) == 2


def main_menu_of(html):
    return html.split('<ul class="main-nav">', 1)[1].split("</ul>", 1)[0]


def test_a_private_page_asks_for_its_password_even_when_seen_before(
    client, about, django_capture_on_commit_callbacks
):
    with translation.override("en"):
        url = about.get_url()
    assert client.get(url).status_code == 200
    assert about.title in main_menu_of(client.get("/en/").content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=about, restriction_type="password", password="x")
    response = client.get(url)
    assert response.status_code == 200
    assert "wagtailcore/password_required.html" in [t.name for t in response.templates]
    # And it leaves the menus and lists, as the other private pages.
    assert about.title not in main_menu_of(client.get("/en/").content.decode())


def test_a_section_that_needs_a_login_sends_visitors_to_it(
    client, programme_index, bridges, django_capture_on_commit_callbacks
):
    with translation.override("en"):
        url = bridges.get_url()
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=programme_index, restriction_type="login")
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]
