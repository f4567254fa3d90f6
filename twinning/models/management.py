"""Municipalities keep their own profiles: a claim confirmed by mail and approved by a
moderator makes its address the profile's manager, who signs in by one-time links and
whose every change is kept in a history moderators can revert.

All of it is personal data: moderators see it in the admin, no public page shows it, and
the retention purge and the personal-data actions cover it (twinning/privacy.py)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from ..constants import LANGUAGE_CHOICES
from .directory import Municipality


class Claim(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Address not confirmed yet")
        WAITING = "waiting", _("Waiting for a moderator")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="claims",
    )
    name = models.CharField(_("full name"), max_length=200)
    role = models.CharField(_("role or position"), max_length=200)
    email = models.EmailField(_("official e-mail address"))
    justification = models.TextField(_("why this address should manage the profile"))
    language = models.CharField(
        _("language"), max_length=8, choices=LANGUAGE_CHOICES, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.UNCONFIRMED
    )
    # Set when the address is confirmed: the profile had a manager then, so approving
    # this claim would replace them. Moderators see it as a warning.
    replaces_manager = models.BooleanField(_("profile already managed"), default=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("address confirmed"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderator_note = models.TextField(_("note for the claimant"), blank=True)

    class Meta:
        verbose_name = _("profile claim")
        verbose_name_plural = _("profile claims")
        ordering = ["-created_at"]
        permissions = [
            ("moderate_claim", _("Can moderate profile claims")),
            ("handle_personal_data", _("Can export and erase one person's data")),
        ]

    def __str__(self):
        return f"{self.municipality.name} – {self.name}"


class ManagerQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_at__isnull=True)


class Manager(models.Model):
    """The address that keeps a profile. At most one is active per profile; an ended one
    stays for the history until the retention purge removes its address."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="managers",
    )
    email = models.EmailField(_("e-mail address"))
    name = models.CharField(_("full name"), max_length=200, blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=LANGUAGE_CHOICES, default=settings.LANGUAGE_CODE
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_enabled = models.BooleanField(_("visitors may write through the site"), default=True)
    started_at = models.DateTimeField(_("manager since"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)

    objects = ManagerQuerySet.as_manager()

    class Meta:
        verbose_name = _("profile manager")
        verbose_name_plural = _("profile managers")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality"],
                condition=Q(ended_at__isnull=True),
                name="tw_one_active_manager",
            )
        ]

    def __str__(self):
        return f"{self.municipality.name} – {self.email}"

    @property
    def active(self):
        return self.ended_at is None


class OneTimeLink(models.Model):
    """A link sent by mail: signed (a forged one is refused before any query), expiring
    and good once. Only a hash of its secret is stored."""

    class Purpose(models.TextChoices):
        CONFIRM_CLAIM = "confirm-claim", _("Confirm a claim")
        SIGN_IN = "sign-in", _("Sign in")
        HANDOVER = "handover", _("Take over a profile")

    purpose = models.CharField(max_length=16, choices=Purpose.choices)
    secret_hash = models.CharField(max_length=64, unique=True)
    email = models.EmailField()
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.CASCADE)
    manager = models.ForeignKey(Manager, null=True, blank=True, on_delete=models.CASCADE)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("one-time link")
        verbose_name_plural = _("one-time links")

    def __str__(self):
        return f"{self.get_purpose_display()} – {self.created_at:%Y-%m-%d %H:%M}"


class ProfileChange(models.Model):
    """One save of a profile by its manager (or a moderator's revert): what the edited
    fields held before and after."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="changes",
    )
    manager = models.ForeignKey(
        Manager,
        verbose_name=_("by manager"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by moderator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("changed at"), default=timezone.now)
    fields = models.JSONField(_("changed fields"), default=list)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    reverts = models.ForeignKey(
        "self",
        verbose_name=_("reverts"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("profile change")
        verbose_name_plural = _("profile changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.municipality.name} – {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}"

    def changes(self):
        return self.get_changes_display()

    changes.short_description = _("changes")

    def get_changes_display(self):
        """Each changed field with what it held before and after, for the admin."""
        from ..profile_edits import field_label

        def shown(value):
            if value in ("", None, []):
                return "–"
            return ", ".join(value) if isinstance(value, list) else str(value)

        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li><strong>{}</strong>: {} → {}</li>",
                (
                    (field_label(name), shown(self.before.get(name)), shown(self.after.get(name)))
                    for name in self.fields
                ),
            ),
        )
