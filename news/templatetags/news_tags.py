"""News and events for pages that are not theirs: the home page and programme pages.

The lists are read once per page-cache generation (cemr_site.shared_cache): a news
item or an event published, changed or withdrawn drops the generations it shows in."""

from django import template
from django.utils import timezone

from cemr_site import shared_cache
from cemr_site.shared_cache import without_bodies
from cemr_site.visibility import index_page, public
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

register = template.Library()

# Events kept in the shared list, more than are shown: as they end, the next ones move
# up without a query, until fewer than are shown are left of a full list.
EVENTS_KEPT = 12


def _scope(programme):
    return "all" if programme is None else programme.pk


@register.simple_tag(takes_context=True)
def latest_news(context, programme=None, limit=3):
    request = context.get("request")

    def load():
        news = public(NewsPage.objects.live(), request)
        if programme is not None:
            news = news.filter(programmes=programme)
        # Renditions from Wagtail's rendition cache (projects.models.programmes_under).
        news = without_bodies(news.select_related("image"))
        return list(news.order_by("-date", "-pk")[:limit])

    return shared_cache.remember(request, f"latest-news:{_scope(programme)}:{limit}", load)


def _events_from(request, programme, now, count):
    events = public(EventPage.objects.live(), request).filter(ends_at__gte=now)
    if programme is not None:
        events = events.filter(programmes=programme)
    return list(without_bodies(events).order_by("starts_at", "pk")[:count])


@register.simple_tag(takes_context=True)
def next_events(context, programme=None, limit=3):
    """The next `limit` events not over yet, by start. The shared list was right when it
    was read; an event that has ended since is left out here, so what is shown is right
    at any moment, not only when the list was read."""
    request, now = context.get("request"), timezone.now()
    count = max(EVENTS_KEPT, limit)
    key = f"next-events:{_scope(programme)}:{count}"
    kept = shared_cache.remember(request, key, lambda: _events_from(request, programme, now, count))
    upcoming = [event for event in kept if event.ends_at >= now]
    if len(upcoming) < limit and len(kept) == count:
        # So many of a full list have ended that the next ones were not in it.
        upcoming = _events_from(request, programme, now, count)
        shared_cache.put(request, key, upcoming)
    return upcoming[:limit]


@register.simple_tag(takes_context=True)
def news_index(context):
    return index_page(NewsIndexPage, context.get("request"))


@register.simple_tag(takes_context=True)
def event_index(context):
    return index_page(EventIndexPage, context.get("request"))
