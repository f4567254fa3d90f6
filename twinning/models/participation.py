"""Which municipality takes part in which CEMR programme: one model for the Covenant of
Mayors' and the Equality Charter's signatories, the RFSC's users and the Bridges of
Trust partners. It refers to the programme pages; they know nothing of it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .directory import Municipality


class ParticipationQuerySet(models.QuerySet):
    def public(self):
        """Confirmed, on a live programme page and a published profile."""
        return self.filter(
            status=Participation.Status.CONFIRMED,
            programme__live=True,
            municipality__published=True,
        )


class Participation(models.Model):
    class Kind(models.TextChoices):
        SIGNATORY = "signatory", pgettext_lazy("taking part in a programme", "Signatory")
        USER = "user", pgettext_lazy("taking part in a programme", "User")
        PARTNER = "partner", pgettext_lazy("taking part in a programme", "Partner")
        MEMBER = "member", pgettext_lazy("taking part in a programme", "Member")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed by the profile's manager")
        CONFIRMED = "confirmed", _("Confirmed")

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="participations",
    )
    programme = models.ForeignKey(
        "projects.ProgrammePage",
        verbose_name=pgettext_lazy("a CEMR programme", "programme"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("taking part as"), max_length=12, choices=Kind.choices)
    since = models.PositiveSmallIntegerField(
        _("since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    details = models.CharField(
        _("details"),
        max_length=300,
        blank=True,
        help_text=_("For example the commitment level or the action plan."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        verbose_name = _("programme participation")
        verbose_name_plural = _("programme participations")
        ordering = ["programme__title", "municipality__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "programme"], name="tw_participation_unique"
            )
        ]
        indexes = [models.Index(fields=["programme", "status"], name="tw_participation_prog")]

    def __str__(self):
        return f"{self.municipality.name} – {self.programme.title}"
