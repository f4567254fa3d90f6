"""The directory: municipality profiles, their spellings, the themes and languages they
work in, and the twinning links between them."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ..constants import LANGUAGE_CHOICES


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
    seeking_details = models.TextField(_("what partner is sought"), blank=True, max_length=600)
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
    # A link a profile's manager added waits for the partner's manager or a moderator;
    # only confirmed links are public.
    confirmed = models.BooleanField(_("confirmed"), default=True)
    proposed_by = models.ForeignKey(
        Municipality,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
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
        """Confirmed links in both directions, each as (partner, link)."""
        links = cls.objects.filter(
            Q(first=municipality) | Q(second=municipality), confirmed=True
        ).select_related("first", "second")
        return [
            (link.second if link.first_id == municipality.pk else link.first, link)
            for link in links
        ]
