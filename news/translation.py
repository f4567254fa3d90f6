from modeltranslation.translator import TranslationOptions, register

from .models import (
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
)


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("summary", "body")


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("summary", "body")


@register(PublicationIndexPage)
class PublicationIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(PublicationPage)
class PublicationPageTR(TranslationOptions):
    fields = ("summary",)
