"""Programme pages: the home page, the "Projects & Programmes" index, programmes and
plain pages, plus the snippets they reference."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from cemr_site.languages import fallback_fields, native_name
from cemr_site.shared_cache import remember, without_bodies
from cemr_site.visibility import CachedRestrictionsMixin, index_page, public

from .blocks import BaseStreamBlock
from .periods import KnownDatesMixin, programme_period


class TranslatedPageMixin(CachedRestrictionsMixin):
    """What a template needs to know about the languages a page is written in."""

    def is_translated(self, language=None):
        language = language or translation.get_language()
        return bool(getattr(self, f"title_{language}", None))

    @property
    def meta_description(self):
        """For the description meta tag and search results: the editor's SEO text, or the
        page's own summary or introduction."""
        text = self.search_description or getattr(self, "summary", "") or getattr(self, "intro", "")
        return strip_tags(str(text)).strip()

    # The editor previews a draft in any language: each language is a preview mode.
    @property
    def preview_modes(self):
        return [(code, native_name(code)) for code, _name in settings.LANGUAGES]

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        request.is_preview = True  # also when called directly: no draft in the fragments
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            response.render()  # inside the language: the response renders lazily
        return response

    @property
    def fallback_parts(self):
        """The labels of the main-content fields shown in English for the active language
        (modeltranslation's fallback), for the page's notice."""
        fields = fallback_fields(self, self.search_text_fields)
        return [str(self._meta.get_field(field).verbose_name) for field in fields]

    @property
    def shown_in_fallback(self):
        return bool(self.fallback_parts)

    def translated_text(self):
        """All text of every language, for the search index (empty languages skipped,
        so they are not indexed as the word "None")."""
        parts = []
        for code, _name in settings.LANGUAGES:
            for field in self.search_text_fields:
                value = getattr(self, f"{field}_{code}", None)
                if not value:
                    continue
                if hasattr(value, "raw_data"):  # StreamValue
                    value = " ".join(
                        str(block.block.get_searchable_content(block.value)) for block in value
                    )
                parts.append(str(value))
        return " ".join(parts)

    search_text_fields = ("title",)

    def search_text(self, language):
        """(title, other text) as a visitor reading `language` sees them, for the
        per-language search index: each field in `language`, or in the fallback language
        where it is empty (as modeltranslation shows it). None when the page has no text
        of its own in `language`, so it is found through its fallback text instead."""
        fallback = settings.LANGUAGE_CODE
        fields = (*self.search_text_fields, "search_description")
        own = {field: self._plain_text(field, language) for field in fields}
        if language != fallback and not any(own.values()):
            return None
        text = {field: own[field] or self._plain_text(field, fallback) for field in fields}
        title = text.pop("title")
        return title, " ".join(value for value in text.values() if value)

    def _plain_text(self, field, language):
        value = getattr(self, f"{field}_{language}", None)
        if not value:
            return ""
        if hasattr(value, "raw_data"):  # StreamValue
            return " ".join(
                " ".join(map(str, block.block.get_searchable_content(block.value)))
                for block in value
            ).strip()
        if isinstance(self._meta.get_field(field), RichTextField):
            return get_text_for_indexing(value)
        return str(value).strip()


# --- Snippets ------------------------------------------------------------------------------


class ContactPerson(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=250, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class PartnerOrganisation(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=250)
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


# --- Pages ---------------------------------------------------------------------------------


class HomePage(TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("translated_text")]
    search_text_fields = ("title", "intro", "body")

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "projects.ProgrammeIndexPage",
        "projects.StandardPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "news.PublicationIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programme_index"] = index_page(ProgrammeIndexPage, request)
        context["programmes"] = programmes_under(self, request, children_only=False)
        return context


def programmes_under(page, request, children_only):
    """The live, public programme pages below `page`, with their pictures, in the order
    of the tree: read once per page-cache generation (cemr_site.shared_cache)."""

    def load():
        programmes = public(ProgrammePage.objects.live(), request)
        programmes = programmes.child_of(page) if children_only else programmes.descendant_of(page)
        # Their renditions come from Wagtail's rendition cache: renditions prefetched here
        # would be kept without those the first render makes.
        return list(without_bodies(programmes.select_related("hero_image").order_by("path")))

    return remember(request, f"programmes-under:{page.pk}:{children_only}", load)


class ProgrammeIndexPage(TranslatedPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("translated_text")]
    search_text_fields = ("title", "intro")

    parent_page_types = ["projects.HomePage"]
    subpage_types = ["projects.ProgrammePage"]
    max_count = 1

    class Meta:
        verbose_name = _("programme index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = programmes_under(self, request, children_only=True)
        return context


class ProgrammePage(KnownDatesMixin, TranslatedPageMixin, Page):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

    class Precision(models.TextChoices):
        DAY = "day", _("Day")
        MONTH = "month", _("Month")
        YEAR = "year", _("Year")

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The status is read from the dates, so it never goes stale.
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    date_precision = models.CharField(
        _("precision of the dates"),
        max_length=10,
        choices=Precision.choices,
        default=Precision.DAY,
        help_text=_(
            'When the sources give only a month or a year ("since March 2021"), enter its '
            "first day and choose month or year: the page shows no more than is known."
        ),
    )
    phase = models.CharField(
        _("phase"),
        max_length=120,
        blank=True,
        help_text=_('Optional, e.g. "Second phase". Shown with the dates.'),
    )
    website = models.URLField(_("external website"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("date_precision"), FieldPanel("phase")]),
                FieldPanel("website"),
            ],
            heading=_("Key facts"),
        ),
        FieldPanel("body"),
        InlinePanel("partner_links", heading=_("Partner organisations"), label=_("Partner")),
        InlinePanel("contact_links", heading=_("Contact people"), label=_("Contact")),
        InlinePanel("related_links", heading=_("Related programmes"), label=_("Programme")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("translated_text"),
    ]
    search_text_fields = ("title", "summary", "body")

    parent_page_types = ["projects.ProgrammeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme page")

    def clean(self):
        super().clean()
        errors = {}
        # modeltranslation makes every language optional; English is the fallback.
        if not self.summary_en:
            errors["summary_en"] = _("Write a summary in English: other languages fall back to it.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if errors:
            raise ValidationError(errors)

    @property
    def status(self):
        """Planned, ongoing or completed on today's date; None when no date is known."""
        today = timezone.localdate()
        if self.end_date and self.end_date < today:
            return self.Status.COMPLETED
        if self.start_date and self.start_date > today:
            return self.Status.PLANNED
        if self.start_date:
            return self.Status.ONGOING
        return None

    def get_status_display(self):
        return self.status.label if self.status else ""

    @property
    def period(self):
        """The dates as precisely as they are known: "since March 2021", "2008–2012"."""
        return programme_period(self)

    # What the page shows of other models and pages, read once per page-cache generation
    # (cemr_site.shared_cache) and handed to the cached properties the template reads.
    SHOWN_WITH = ("partners", "contacts", "related_programmes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown = remember(
            request,
            f"programme-shown-with:{self.pk}",
            lambda: {name: getattr(self, name) for name in self.SHOWN_WITH},
        )
        self.__dict__.update(shown)
        return context

    @cached_property
    def partners(self):
        return [
            link.partner for link in self.partner_links.select_related("partner", "partner__logo")
        ]

    @cached_property
    def contacts(self):
        return [
            link.person for link in self.contact_links.select_related("person", "person__photo")
        ]

    @cached_property
    def related_programmes(self):
        links = without_bodies(self.related_links.select_related("programme"), "programme")
        return [link.programme for link in links if link.programme.live]


class ProgrammePartner(Orderable):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="partner_links")
    partner = models.ForeignKey(
        PartnerOrganisation, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("partner")]


class ProgrammeContact(Orderable):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="contact_links")
    person = models.ForeignKey(
        ContactPerson, verbose_name=_("contact person"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("person")]


class ProgrammeRelation(Orderable):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="related_links")
    programme = models.ForeignKey(
        ProgrammePage, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("programme")]


class StandardPage(TranslatedPageMixin, Page):
    """About, privacy notice, legal notice and other plain pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("translated_text")]
    search_text_fields = ("title", "intro", "body")

    parent_page_types = ["projects.HomePage", "projects.StandardPage"]
    subpage_types = ["projects.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
