import datetime

from django.utils import translation

from news.models import EventPage, NewsPage


def add_news(index, number=1, *, date=None, programmes=(), **fields):
    pages = []
    for i in range(number):
        page = NewsPage(
            title_en=fields.get("title_en", f"News item {i}"),
            slug_en=f"{fields.get('slug', 'news-item')}-{i}",
            summary_en=fields.get("summary_en", "Something happened."),
            date=date or datetime.date(2026, 1, 1) + datetime.timedelta(days=i),
            **{k: v for k, v in fields.items() if k not in {"title_en", "slug", "summary_en"}},
        )
        with translation.override("en"):
            index.add_child(instance=page)
        page.programmes.set(programmes)
        page.save_revision().publish()
        pages.append(page)
    return pages


def add_event(index, start_date, *, slug="an-event", **fields):
    page = EventPage(
        title_en=fields.pop("title_en", "An event"),
        slug_en=slug,
        summary_en="People meet.",
        start_date=start_date,
        city=fields.pop("city", "Brussels"),
        **fields,
    )
    with translation.override("en"):
        index.add_child(instance=page)
    page.save_revision().publish()
    return page
