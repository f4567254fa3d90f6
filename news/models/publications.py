from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from cemr_site.languages import native_name
from cemr_site.visibility import public
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


class PublicationIndexPage(TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("translated_text")]
    search_text_fields = ("title", "intro")

    parent_page_types = ["projects.HomePage"]
    subpage_types = ["news.PublicationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("publication index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = ProgrammeFilter(request.GET, listed_programmes(request))
        programme = filters.value("programme")
        kind = request.GET.get("type")
        kind = kind if kind in PublicationPage.Kind.values else None
        items = (
            public(PublicationPage.objects.live(), request)
            .child_of(self)
            .select_related("cover")
            .prefetch_related(
                "cover__renditions",
                Prefetch("files", PublicationFile.objects.select_related("document")),
            )
            .order_by("-date", "-pk")
        )
        if programme:
            items = items.filter(programmes=programme)
        if kind:
            items = items.filter(kind=kind)
        context.update(
            filters=filters,
            selected_programme=programme,
            selected_kind=kind,
            kinds=PublicationPage.Kind.choices,
            page_obj=paginate(request, items),
            query_string=query_string(programme=programme, type=kind),
        )
        return context


class PublicationForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        seen = set()
        for form in self.formsets["files"].forms:
            # The page form is cleaned before its formsets: clean each file form first.
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            data = form.cleaned_data
            if data.get("language") in seen:
                form.add_error("language", _("This language already has a file."))
            seen.add(data.get("language"))
        return cleaned_data


class PublicationPage(EnglishSummaryMixin, TranslatedPageMixin, Page):
    class Kind(models.TextChoices):
        HANDBOOK = "handbook", _("Handbook")
        GUIDE = "guide", _("Guide")
        REPORT = "report", _("Report")
        POLICY = "policy", _("Policy paper")
        BROCHURE = "brochure", _("Brochure")

    date = models.DateField(_("publication date"), default=timezone.localdate)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("What the document is about and who it is for, in a few sentences."),
    )
    cover = image_field()
    programmes = programmes_field()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("cover"),
        InlinePanel(
            "files",
            heading=_("Language versions"),
            label=_("Language version"),
            min_num=1,
        ),
        PROGRAMME_PANEL,
    ]
    search_fields = Page.search_fields + [index.SearchField("translated_text")]
    search_text_fields = ("title", "summary")

    base_form_class = PublicationForm
    parent_page_types = ["news.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    @cached_property
    def language_versions(self):
        """The files, the visitor's language first."""
        current = translation.get_language()
        files = self.files.all()
        # The lists prefetch the files with their documents; the page reads them here,
        # with their documents in the same query (Wagtail's idiom for "prefetched?").
        if "files" not in getattr(self, "_prefetched_objects_cache", {}):
            files = files.select_related("document")
        return sorted(files, key=lambda file: (file.language != current, file.sort_order or 0))


class PublicationFile(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("language"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("language version")

    @property
    def language_name(self):
        return native_name(self.language)

    @property
    def file_format(self):
        return self.document.file_extension.upper()
