"""The feeds, per language (the language is in the path): Atom for news, iCalendar for
events."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from cemr_site.visibility import index_page, public

from .calendar import calendar_response
from .models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

FEED_ITEMS = 20
# The calendar feed keeps recent past events so a subscriber's calendar keeps them.
CALENDAR_PAST_DAYS = 365


def public_url(page):
    """The page's address under the one public base URL (as in mails and the sitemap)."""
    return settings.PUBLIC_BASE_URL + page.url


def _index(model, request):
    index = index_page(model, request)
    if index is None:
        raise Http404
    return index


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        # The items go with the index: this feed object serves every request at once, so
        # it keeps nothing of one request.
        index = _index(NewsIndexPage, request)
        news = public(NewsPage.objects.live(), request).child_of(index)
        index.feed_items = news.prefetch_related("programmes").order_by("-date", "-pk")[:FEED_ITEMS]
        return index

    def title(self, index):
        return index.title

    def subtitle(self, index):
        return index.intro or _("News from the Council of European Municipalities and Regions")

    def link(self, index):
        return public_url(index)

    def items(self, index):
        return index.feed_items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return public_url(item)

    def item_pubdate(self, item):
        # A news item has a day, not a time: midnight where CEMR publishes it.
        return datetime.datetime.combine(
            item.date, datetime.time(), timezone.get_current_timezone()
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [programme.title for programme in item.programmes.all()]


news_feed = NewsFeed()


def events_calendar(request):
    index = _index(EventIndexPage, request)
    since = timezone.now() - datetime.timedelta(days=CALENDAR_PAST_DAYS)
    events = (
        public(EventPage.objects.live(), request)
        .child_of(index)
        .filter(ends_at__gte=since)
        .order_by("starts_at")
    )
    return calendar_response(events, filename="cemr-events.ics", name=index.title)
