"""Site-wide settings edited in the admin (footer contact details, social links and the
legal pages every page links to) and the per-language page search index."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        default="Council of European Municipalities and Regions",
    )
    address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("public e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderator_emails = models.TextField(
        _("twinning moderators' e-mail addresses"),
        blank=True,
        help_text=_("One address per line; they are told about each new partnership request."),
    )
    demonstration_data = models.BooleanField(
        _("demonstration data"),
        default=False,
        help_text=_(
            "On while the site holds made-up example data (the demo content): every page "
            "then says that the partnerships and programme memberships are not facts."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("x_url"),
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("about_page"),
                FieldPanel("privacy_page"),
                FieldPanel("legal_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Footer pages"),
        ),
        FieldPanel("moderator_emails"),
        FieldPanel("demonstration_data"),
    ]

    # Fetched with the settings in one query: the footer shows them on every page.
    select_related = ["about_page", "privacy_page", "legal_page", "accessibility_page"]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("X", self.x_url),
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]

    @property
    def moderator_email_list(self):
        return [line.strip() for line in self.moderator_emails.splitlines() if line.strip()]


class PageSearchText(models.Model):
    """A page's text in one language as a PostgreSQL text-search vector, built with that
    language's stemming configuration (cemr_site.search). A page has a row for the
    fallback language and one for each language it has text in; SQLite leaves it empty."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=7)
    # The text search configuration the vector was built with; queries use the same one.
    config = models.CharField(max_length=32)
    vector = SearchVectorField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="cemr_page_search_lang")
        ]

    def __str__(self):
        return f"{self.page_id} ({self.language}, {self.config})"
