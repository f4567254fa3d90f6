"""The Atom feed and the calendars parse with the libraries readers use, and speak the
visitor's language."""

import datetime

import feedparser
import icalendar
import pytest
from django.conf import settings
from django.utils import timezone, translation
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl

from news.models import EventPage, NewsPage

from .factories import add_event


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_atom_feed_parses_and_is_in_the_visitors_language(client, language):
    response = client.get(f"/{language}/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == language
    news = NewsPage.objects.live().order_by("-date")
    with translation.override(language):
        titles = [page.title for page in news]
        links = [settings.PUBLIC_BASE_URL + page.get_url() for page in news]
    assert [entry.title for entry in feed.entries] == titles
    assert [entry.link for entry in feed.entries] == links
    assert f"/{language}/" in feed.entries[0].link


@pytest.mark.django_db
def test_feed_shows_a_new_french_title(client, news_index):
    page = NewsPage.objects.live().order_by("-date").first()
    page.title_fr = "Un titre tout neuf"
    page.save_revision().publish()
    feed = feedparser.parse(client.get("/fr/news/feed/").content)
    assert feed.entries[0].title == "Un titre tout neuf"


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


@pytest.mark.django_db
def test_event_ics_parses_with_its_time_zone(client, event_index, rf):
    event = add_event(
        event_index,
        datetime.date(2027, 6, 3),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(20, 0),
        time_zone="Europe/Lisbon",
        city="Porto",
        country="PT",
        title_en="Evening talk",
    )
    event.title_fr = "Conférence du soir"
    event.save_revision().publish()
    with translation.override("fr"):
        url = routablepageurl({"request": rf.get("/")}, event, "ics")
    calendar = parse(client.get(url))
    (component,) = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == "Conférence du soir"
    assert component["SUMMARY"].params["LANGUAGE"] == "fr"
    start = component.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Lisbon" and start.hour == 18
    assert component.decoded("DTEND").hour == 20
    assert "Porto" in str(component["LOCATION"])
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Lisbon"


@pytest.mark.django_db
def test_all_day_event_is_a_date_in_the_calendar(client, event_index, rf):
    event = add_event(
        event_index,
        datetime.date(2027, 3, 1),
        end_date=datetime.date(2027, 3, 2),
        slug="two-days",
    )
    url = routablepageurl({"request": rf.get("/")}, event, "ics")
    (component,) = parse(client.get(url)).walk("VEVENT")
    assert component.decoded("DTSTART") == datetime.date(2027, 3, 1)
    assert component.decoded("DTEND") == datetime.date(2027, 3, 3)  # exclusive end


@pytest.mark.django_db
def test_calendar_feed_lists_upcoming_and_recent_events_in_german(client, event_index):
    old = add_event(event_index, timezone.localdate() - datetime.timedelta(days=800), slug="old")
    calendar = parse(client.get("/de/events/feed.ics"))
    events = calendar.walk("VEVENT")
    recent = EventPage.objects.live().exclude(pk=old.pk)
    with translation.override("de"):
        expected = {page.title for page in recent}
    assert {str(event["SUMMARY"]) for event in events} == expected
    assert all(event["SUMMARY"].params["LANGUAGE"] == "de" for event in events)
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids)
