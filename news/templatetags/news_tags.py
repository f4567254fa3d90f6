"""News and events for pages that are not theirs: the home page and programme pages."""

from django import template
from django.utils import timezone

from cemr_site.visibility import index_page, public
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, programme=None, limit=3):
    news = public(NewsPage.objects.live(), context.get("request"))
    if programme is not None:
        news = news.filter(programmes=programme)
    news = news.select_related("image").prefetch_related("image__renditions")
    return list(news.order_by("-date", "-pk")[:limit])


@register.simple_tag(takes_context=True)
def next_events(context, programme=None, limit=3):
    events = public(EventPage.objects.live(), context.get("request"))
    events = events.filter(ends_at__gte=timezone.now())
    if programme is not None:
        events = events.filter(programmes=programme)
    return list(events.order_by("starts_at", "pk")[:limit])


@register.simple_tag(takes_context=True)
def news_index(context):
    return index_page(NewsIndexPage, context.get("request"))


@register.simple_tag(takes_context=True)
def event_index(context):
    return index_page(EventIndexPage, context.get("request"))
