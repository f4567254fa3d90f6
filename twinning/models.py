"""Municipality profiles, the themes they work on, the links between them, and the
partnership requests municipalities send to CEMR."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .constants import LANGUAGE_CHOICES, PopulationBand, band_for


class Theme(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language a municipality works in (one row per site language)."""

    code = models.CharField(_("code"), max_length=8, primary_key=True, choices=LANGUAGE_CHOICES)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["code"]

    def __str__(self):
        return str(self.get_code_display())


class MunicipalityQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class Municipality(models.Model):
    name = models.CharField(_("name"), max_length=200, db_index=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, allow_unicode=True)
    geonames_id = models.PositiveIntegerField(
        _("GeoNames id"), null=True, blank=True, unique=True, editable=False
    )
    country = CountryField(_("country"), db_index=True)
    region = models.CharField(_("region"), max_length=200, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True, db_index=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    website = models.URLField(_("website"), blank=True)
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), blank=True, related_name="+"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="municipalities"
    )
    description = models.TextField(_("description"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    seeking_partner = models.BooleanField(_("seeking a partner"), default=False, db_index=True)
    published = models.BooleanField(_("published"), default=True, db_index=True)
    # Private: only moderators see these; never on a public page or in the open data.
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MunicipalityQuerySet.as_manager()

    PUBLIC_FIELDS = (
        "name",
        "slug",
        "country",
        "region",
        "population",
        "latitude",
        "longitude",
        "website",
        "seeking_partner",
    )

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name", "pk"]
        indexes = [
            # The directory lists published profiles by name or population, per country.
            models.Index(fields=["published", "name"], name="tw_muni_pub_name"),
            models.Index(fields=["published", "-population"], name="tw_muni_pub_pop"),
            models.Index(fields=["published", "country", "name"], name="tw_muni_pub_country"),
            # "Seeking a partner" picks a few hundred of ~85,000 rows; a partial index lets
            # the database read them in name order instead of walking the whole table.
            models.Index(
                fields=["name"],
                condition=Q(published=True, seeking_partner=True),
                name="tw_muni_seeking_name",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.country.code})"

    def get_absolute_url(self):
        return reverse("twinning:profile", kwargs={"slug": self.slug})

    def with_matched_name(self, name):
        """This profile as found through the spelling `name` (shown when not its own)."""
        self.matched_name = name if name != self.name else None
        return self

    @property
    def population_band(self):
        return band_for(self.population)


class MunicipalityName(models.Model):
    """One spelling of a place, with its search key (see names.py): the main name and the
    GeoNames alternates ("Breslau", "Вроцлав" for Wrocław). Search, ranking and the
    typeahead read this table alone.

    Indexes beyond the plain key index are made by migration 0006 per database: a
    trigram GIN index on PostgreSQL, and an FTS5 trigram table kept in step by triggers
    on SQLite. A later migration that rebuilds this table on SQLite drops those triggers:
    recreate them there.
    """

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="names",
    )
    name = models.CharField(_("name"), max_length=200)
    key = models.CharField(_("search key"), max_length=200)
    is_main = models.BooleanField(_("main name"), default=False)

    class Meta:
        verbose_name = _("spelling")
        verbose_name_plural = _("spellings")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="tw_name_unique")
        ]
        indexes = [models.Index(fields=["key"], name="tw_name_key")]

    def __str__(self):
        return self.name


class FacetCell(models.Model):
    """How many published profiles share a country, region, population band and "seeking"
    flag: a few thousand rows from which the partner search counts its filters without
    reading 85,000 profiles. Exact: rebuilt after every change (twinning.facets)."""

    country = models.CharField(max_length=2)
    region = models.CharField(max_length=200, blank=True)
    band = models.CharField(max_length=20, blank=True)  # "" when the population is unknown
    seeking_partner = models.BooleanField()
    count = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("facet count")
        verbose_name_plural = _("facet counts")

    def __str__(self):
        return f"{self.country} {self.region} {self.band} {self.seeking_partner}: {self.count}"


class TwinningLink(models.Model):
    class Kind(models.TextChoices):
        TWINNING = "twinning", _("Town twinning")
        PARTNERSHIP = "partnership", _("Partnership")
        BRIDGES_OF_TRUST = "bridges-of-trust", _("Bridges of Trust partnership")

    first = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="links_as_first",
    )
    second = models.ForeignKey(
        Municipality,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="links_as_second",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TWINNING)
    since = models.PositiveSmallIntegerField(
        _("since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
    )

    class Meta:
        verbose_name = _("twinning link")
        verbose_name_plural = _("twinning links")
        ordering = ["-since", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(first=F("second")), name="tw_link_not_self"),
            models.UniqueConstraint(fields=["first", "second", "kind"], name="tw_link_unique"),
        ]

    def __str__(self):
        return f"{self.first} – {self.second}"

    def clean(self):
        if self.first_id and self.first_id == self.second_id:
            raise ValidationError({"second": _("A municipality cannot be linked to itself.")})

    @classmethod
    def for_municipality(cls, municipality):
        """Links in both directions, each as (partner, link)."""
        links = cls.objects.filter(Q(first=municipality) | Q(second=municipality)).select_related(
            "first", "second"
        )
        return [
            (link.second if link.first_id == municipality.pk else link.first, link)
            for link in links
        ]


REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I lookalikes


def new_reference():
    return "TW-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


class PartnershipRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        APPROVED = "approved", _("Approved: profile published")
        MATCHED = "matched", _("Matched with a partner")
        DECLINED = "declined", _("Declined")
        SPAM = "spam", _("Spam")

    CLOSED_STATUSES = (Status.MATCHED, Status.DECLINED, Status.SPAM)

    reference = models.CharField(
        _("reference"), max_length=16, unique=True, default=new_reference, editable=False
    )
    submission_token = models.CharField(max_length=64, unique=True, editable=False)
    # Fingerprint of the data sent with the token: a resend must carry the same data.
    submission_digest = models.CharField(max_length=64, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    language = models.CharField(
        _("language of submission"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    # The submitting municipality
    municipality_name = models.CharField(_("municipality"), max_length=200)
    country = CountryField(_("country"), db_index=True)
    region = models.CharField(_("region"), max_length=200, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("public profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
    )
    # Contact person (private)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_role = models.CharField(_("role"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail"))
    contact_phone = models.CharField(_("phone"), max_length=50, blank=True)
    # What they look for
    wished_partner = models.ForeignKey(
        Municipality,
        verbose_name=_("wished partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    wished_countries = CountryField(_("wished partner countries"), multiple=True, blank=True)
    wished_population_band = models.CharField(
        _("wished population"), max_length=20, choices=PopulationBand.choices, blank=True
    )
    wished_themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="+"
    )
    wished_languages = models.ManyToManyField(
        Language, verbose_name=_("working languages"), blank=True, related_name="+"
    )
    message = models.TextField(_("message"))
    consent = models.BooleanField(_("consent to data processing"), default=False)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    staff_notes = models.TextField(_("staff notes"), blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("partnership request")
        verbose_name_plural = _("partnership requests")
        ordering = ["-created_at"]
        permissions = [("moderate_partnershiprequest", _("Can moderate partnership requests"))]

    def __str__(self):
        return f"{self.reference} – {self.municipality_name}"

    def get_wished_countries_display(self):
        return ", ".join(str(country.name) for country in self.wished_countries) or "-"

    @property
    def is_closed(self):
        return self.status in self.CLOSED_STATUSES

    @property
    def mail_pending(self):
        return self.mails.filter(sent_at__isnull=True).exists()


class OutgoingMail(models.Model):
    """A mail written in the same transaction as the change it reports, sent after commit
    and retried by `send_pending_mails` until it goes out: nothing is lost when SMTP fails."""

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", _("Confirmation to the submitter")
        NOTIFICATION = "notification", _("Notification to moderators")
        STATUS = "status", _("Status change")

    request = models.ForeignKey(PartnershipRequest, on_delete=models.CASCADE, related_name="mails")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    to = models.TextField(_("recipients"), help_text=_("One address per line."))
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.request.reference}"
