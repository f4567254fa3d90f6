"""What pages show of other models, read once per page-cache generation
(cemr_site.shared_cache): right after every change, and right as time passes, with the
whole-page cache off so that nothing else could hide a stale value."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import timezone, translation

from cemr_site import shared_cache
from news.models import EventIndexPage, EventPage
from news.templatetags import news_tags
from news.tests.factories import add_event
from projects.models import PartnerOrganisation
from twinning.tests.factories import make_municipality

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def url_of(page, language="en"):
    with translation.override(language):
        return page.get_url()


def shown_events(request):
    with translation.override("en"):
        return news_tags.next_events({"request": request})


def upcoming(at, limit=3):
    events = EventPage.objects.live().filter(ends_at__gte=at).order_by("starts_at", "pk")
    return [event.pk for event in events[:limit]]


def test_an_event_that_has_ended_since_is_left_out_without_a_query(
    monkeypatch, django_assert_num_queries
):
    index = EventIndexPage.objects.get()
    today = timezone.localdate()
    for day in range(1, 6):
        add_event(index, today + datetime.timedelta(days=day), slug=f"soon-{day}")
    request = RequestFactory().get("/en/")
    now = timezone.now()
    assert [event.pk for event in shown_events(request)] == upcoming(now)
    first = EventPage.objects.get(pk=upcoming(now)[0])
    later = first.ends_at + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    with django_assert_num_queries(0):
        shown = [event.pk for event in shown_events(request)]
    assert first.pk not in shown
    assert shown == upcoming(later)


def test_a_full_list_is_read_again_when_too_many_have_ended(monkeypatch):
    monkeypatch.setattr(news_tags, "EVENTS_KEPT", 3)
    index = EventIndexPage.objects.get()
    today = timezone.localdate()
    for day in range(1, 8):
        add_event(index, today + datetime.timedelta(days=day), slug=f"soon-{day}")
    request = RequestFactory().get("/en/")
    shown_events(request)
    kept_last = EventPage.objects.get(pk=upcoming(timezone.now(), limit=3)[-1])
    later = kept_last.ends_at + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    shown = [event.pk for event in shown_events(request)]
    assert len(shown) == 3
    assert shown == upcoming(later)


def test_the_home_figures_count_a_new_profile_at_once(client, home):
    def figures():
        return client.get(url_of(home)).context["figures"]["municipalities"]["count"]

    before = figures()
    make_municipality(name="Newtown", country="BE")
    assert figures() == before + 1


def partners_section(response):
    """The page's list of partners (their names show in its summary and body too)."""
    html = response.content.decode()
    start = html.index('aria-labelledby="partners-heading"')
    return html[start : html.index("</section>", start)]


def test_a_programme_page_shows_a_renamed_partner_at_once(client, bridges):
    url = url_of(bridges)
    partner = bridges.partners[0]
    assert partner.name in partners_section(client.get(url))
    renamed = PartnerOrganisation.objects.get(pk=partner.pk)
    renamed.name_en = "A partner with a new name"
    renamed.save()
    section = partners_section(client.get(url))
    assert "A partner with a new name" in section and partner.name not in section


def test_a_profile_shows_a_change_at_once(client):
    town = make_municipality(name="Oldname", country="BE")
    url = f"/en/twinning/municipalities/{town.slug}/"
    assert "Oldname" in client.get(url).content.decode()
    town.name = "Newname"
    town.save()
    body = client.get(url).content.decode()
    assert "Newname" in body and "Oldname" not in body


def test_a_preview_reads_nothing_from_the_shared_cache(home):
    """An editor's preview shows a draft: none of the lists kept for the live pages."""
    index = EventIndexPage.objects.get()
    add_event(index, timezone.localdate() + datetime.timedelta(days=1), slug="soon")
    visitor = RequestFactory().get("/en/")
    with translation.override("en"):
        shared_cache.put(visitor, f"next-events:all:{news_tags.EVENTS_KEPT}", [])
    assert shown_events(visitor) == []
    preview = RequestFactory().get("/en/")
    preview.is_preview = True
    assert [event.pk for event in shown_events(preview)] == upcoming(timezone.now())
