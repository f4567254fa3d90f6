"""News, events and publications: what CEMR is doing now, as Wagtail pages."""

from .events import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage
from .publications import PublicationFile, PublicationIndexPage, PublicationPage

__all__ = [
    "EventIndexPage",
    "EventPage",
    "NewsIndexPage",
    "NewsPage",
    "PublicationFile",
    "PublicationIndexPage",
    "PublicationPage",
]
