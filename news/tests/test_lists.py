"""The news, event and publication lists: filters, pagination, past and upcoming, bad
input, and their query counts."""

import datetime

import pytest
from django.utils import timezone, translation

from cemr_site.tests.queries import page_queries
from news.models import NewsPage

from .factories import add_event, add_news


def url_of(page, language="en"):
    with translation.override(language):
        return page.get_url()


@pytest.mark.django_db
def test_news_index_paginates_and_filters_by_programme_and_year(client, news_index, bridges):
    add_news(news_index, 14, date=datetime.date(2019, 5, 1), programmes=[bridges], slug="old")
    url = url_of(news_index)
    first = client.get(url)
    assert len(first.context["page_obj"]) == 12
    assert first.context["page_obj"].paginator.count == NewsPage.objects.live().count()
    by_year = client.get(url, {"year": 2019})
    assert by_year.context["page_obj"].paginator.count == 14
    by_programme = client.get(url, {"programme": bridges.pk, "page": 2})
    bridges_news = NewsPage.objects.live().filter(programmes=bridges).count()
    assert by_programme.context["page_obj"].paginator.count == bridges_news
    html = by_programme.content.decode()
    assert f'<option value="{bridges.pk}" selected>' in html
    assert f"programme={bridges.pk}&amp;page=1" in html  # the filter stays in the links


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", [{"programme": "abc"}, {"year": "zz"}, {"programme": "999999"}, {"page": "x"}]
)
def test_bad_filter_values_show_all_news_not_an_error(client, news_index, query):
    response = client.get(url_of(news_index), query)
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == NewsPage.objects.live().count()


@pytest.mark.django_db
def test_events_split_into_upcoming_and_past(client, event_index, bridges):
    today = timezone.localdate()
    soon = add_event(event_index, today + datetime.timedelta(days=3), slug="soon")
    soon.programmes.set([bridges])
    soon.save_revision().publish()
    gone = add_event(event_index, today - datetime.timedelta(days=3), slug="gone")
    response = client.get(url_of(event_index))
    assert soon in response.context["upcoming"]
    assert gone not in response.context["upcoming"]
    assert gone in response.context["page_obj"].object_list
    filtered = client.get(url_of(event_index), {"programme": bridges.pk})
    assert filtered.context["upcoming"] and all(
        bridges in event.programmes.all() for event in filtered.context["upcoming"]
    )
    assert gone not in filtered.context["page_obj"].object_list


@pytest.mark.django_db
def test_a_past_event_says_it_is_past_and_closes_registration(client, event_index):
    event = add_event(
        event_index,
        timezone.localdate() - datetime.timedelta(days=10),
        slug="last-month",
        registration_url="https://example.org/register",
    )
    html = client.get(url_of(event)).content.decode()
    assert "This event is over." in html
    assert "Registration is closed." in html
    assert 'href="https://example.org/register"' not in html
    upcoming = add_event(
        event_index,
        timezone.localdate() + datetime.timedelta(days=10),
        slug="next-month",
        registration_url="https://example.org/register",
    )
    html = client.get(url_of(upcoming)).content.decode()
    assert "This event is over." not in html
    assert 'href="https://example.org/register"' in html


@pytest.mark.django_db
def test_publications_list_their_language_versions_with_format_and_size(client, publication_index):
    response = client.get(url_of(publication_index, "de"))
    html = response.content.decode()
    handbook = next(p for p in response.context["page_obj"] if p.kind == "handbook")
    files = handbook.language_versions
    assert [file.language for file in files][0] == "de"  # the visitor's language first
    for file in files:
        assert file.document.url in html
        size = file.document.file_size
        assert size and "(PDF, " in html
    assert "Download in Deutsch" in html or "Deutsch" in html
    guides = client.get(url_of(publication_index), {"type": "guide"})
    assert {p.kind for p in guides.context["page_obj"]} == {"guide"}


# Every page: no query for the chrome, none for the page itself (with its picture);
# projects/tests/test_queries.py says why. A list then: the news index 1 the years of the
# filter, 2 the programmes of the filter, 3 the count, 4 the items, 5 their pictures'
# renditions; the events index 1 the programmes, 2 the upcoming events, 3 the count and
# 4 the page of past ones (no pictures); the publications index 1 the programmes, 2 the
# count, 3 the items, 4 the covers' renditions, 5 the files with their documents.
# (Before, with the page itself: 6, 5 and 6.)
NEWS_INDEX_QUERIES = 5
EVENT_INDEX_QUERIES = 4
PUBLICATION_INDEX_QUERIES = 5
# A news item or an event: 1 the programmes it concerns. A publication: 1 its files with
# their documents, 2 its programmes. An event's calendar file (a route of the event
# page): 1 the pages on its path, 2 the event (a path that is not a page's own is
# looked up each time, so that no made-up path takes room in the cache).
NEWS_PAGE_QUERIES = 1
EVENT_PAGE_QUERIES = 1
PUBLICATION_PAGE_QUERIES = 2
EVENT_CALENDAR_QUERIES = 2


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache_off")
def test_list_queries_do_not_grow_with_items(
    client, news_index, event_index, publication_index, picture
):
    budgets = {
        url_of(news_index): NEWS_INDEX_QUERIES,
        url_of(event_index): EVENT_INDEX_QUERIES,
        url_of(publication_index): PUBLICATION_INDEX_QUERIES,
    }
    for url, budget in budgets.items():
        assert page_queries(client, url) == budget
    assert NewsPage.objects.live().count() <= 5
    # Some with a picture, some without, on every page of the list.
    add_news(news_index, 23, slug="more", image=picture)
    add_news(news_index, 22, slug="plain")
    today = timezone.localdate()
    for i in range(8):
        add_event(event_index, today + datetime.timedelta(days=i + 1), slug=f"up-{i}")
        add_event(event_index, today - datetime.timedelta(days=i + 1), slug=f"past-{i}")
    for url, budget in budgets.items():
        assert page_queries(client, url) == budget


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache_off")
def test_news_event_and_publication_page_queries(client):
    from news.models import EventPage, PublicationPage

    news = NewsPage.objects.live().exclude(image=None).first()
    event = EventPage.objects.live().exclude(image=None).first()
    publication = PublicationPage.objects.live().exclude(cover=None).first()
    assert page_queries(client, url_of(news, "fr")) == NEWS_PAGE_QUERIES
    assert page_queries(client, url_of(event, "fr")) == EVENT_PAGE_QUERIES
    assert page_queries(client, url_of(publication, "fr")) == PUBLICATION_PAGE_QUERIES
    calendar = client.get(url_of(event, "fr") + "ics/")
    assert calendar["Content-Type"].startswith("text/calendar")
    assert page_queries(client, url_of(event, "fr") + "ics/") == EVENT_CALENDAR_QUERIES
