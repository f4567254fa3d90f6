"""Partnership requests that municipalities send to CEMR."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ..constants import PopulationBand
from .directory import Language, Municipality, Theme

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
        EXPIRED = "expired", _("Closed after no activity")

    CLOSED_STATUSES = (Status.MATCHED, Status.DECLINED, Status.SPAM, Status.EXPIRED)

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
    def mail_pending(self):
        return self.mails.filter(sent_at__isnull=True).exists()


class PartnershipRequestStatusChange(models.Model):
    """Each status a request has had, and when: the submitter's status page shows them.
    Written by services.record_status (on submission and every change); deleted with
    the request."""

    request = models.ForeignKey(
        PartnershipRequest, on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(_("status"), max_length=20, choices=PartnershipRequest.Status.choices)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]
        indexes = [models.Index(fields=["request", "changed_at"], name="tw_status_history")]

    def __str__(self):
        return f"{self.request_id}: {self.status} ({self.changed_at:%Y-%m-%d %H:%M})"
