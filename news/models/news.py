from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cemr_site.visibility import public
from projects.blocks import BaseStreamBlock
from projects.models import TranslatedPageMixin

from .base import (
    PROGRAMME_PANEL,
    EnglishSummaryMixin,
    ProgrammeFilter,
    image_field,
    listed_programmes,
    paginate,
    programmes_field,
    query_string,
)


class NewsIndexPage(TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("translated_text")]
    search_text_fields = ("title", "intro")

    parent_page_types = ["projects.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index page")

    def news(self, request=None):
        return (
            public(NewsPage.objects.live(), request)
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news(request)
        years = [day.year for day in items.dates("date", "year", order="DESC")]
        filters = ProgrammeFilter(request.GET, listed_programmes(request), years)
        programme, year = filters.value("programme"), filters.value("year")
        if programme:
            items = items.filter(programmes=programme)
        if year:
            items = items.filter(date__year=year)
        context.update(
            filters=filters,
            years=years,
            selected_programme=programme,
            selected_year=year,
            page_obj=paginate(request, items),
            query_string=query_string(programme=programme, year=year),
        )
        return context


class NewsPage(EnglishSummaryMixin, TranslatedPageMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in listings, feeds and search results."),
    )
    image = image_field()
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    programmes = programmes_field()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        PROGRAMME_PANEL,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("translated_text"),
        index.FilterField("date"),
    ]
    search_text_fields = ("title", "summary", "body")

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
