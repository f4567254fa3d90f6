"""Events as iCalendar (RFC 5545), built with the icalendar library: one event's `.ics`
download and the calendar feed of all events, in the visitor's language."""

import datetime
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation

PRODUCT_ID = "-//CEMR//Programmes and twinning site//EN"


def _location(event):
    parts = [event.venue, event.city, str(event.country.name) if event.country else ""]
    place = ", ".join(part for part in parts if part)
    if event.is_online and event.online_url:
        place = f"{place} / {event.online_url}" if place else event.online_url
    return place


def _component(event):
    url = settings.PUBLIC_BASE_URL + event.url
    component = icalendar.Event()
    # Stable across languages and renames: a calendar app updates the event it imported.
    host = urlsplit(settings.PUBLIC_BASE_URL).hostname or "localhost"
    component.add("uid", f"event-{event.pk}@{host}")
    component.add("dtstamp", timezone.now())
    component.add("last-modified", event.last_published_at or timezone.now())
    component.add("summary", event.title)
    component.add("description", f"{event.summary}\n\n{url}")
    component.add("url", url)
    if event.all_day:
        component.add("dtstart", event.start_date)
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
    location = _location(event)
    if location:
        component.add("location", location)
    return component


def build_calendar(events, name=""):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    language = translation.get_language()
    for event in events:
        component = _component(event)
        component["summary"].params["language"] = language
        calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(events, filename, name=""):
    response = HttpResponse(
        build_calendar(events, name).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = translation.get_language()
    return response
