"""Messages visitors send to a managed profile: relayed by mail to its manager, whose
address the sender never sees; the manager replies to the sender directly.

CEMR relays without checking first; a manager forwards spam or abuse to the team, and
the moderator who reads it flags the message: it then waits on the admin dashboard
(twinning/waiting.py) until a moderator deletes it or clears the flag."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..constants import LANGUAGE_CHOICES
from .directory import Municipality
from .management import Manager


class ContactMessage(models.Model):
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="contact_messages",
    )
    manager = models.ForeignKey(
        Manager,
        verbose_name=_("relayed to"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sender_name = models.CharField(_("full name"), max_length=200)
    sender_email = models.EmailField(_("e-mail address"))
    sender_organisation = models.CharField(_("municipality or organisation"), max_length=200)
    message = models.TextField(_("message"))
    language = models.CharField(
        _("language"), max_length=8, choices=LANGUAGE_CHOICES, default=settings.LANGUAGE_CODE
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    # The form's one-time token: sending the same form twice relays one message.
    submission_token = models.CharField(max_length=32, unique=True, null=True, editable=False)
    flagged = models.BooleanField(
        _("reported as spam or abuse"),
        default=False,
        db_index=True,
        help_text=_("It waits on the dashboard until a moderator deletes it or clears this."),
    )
    # Since when it waits: set by save() when flagged, cleared with the flag.
    flagged_at = models.DateTimeField(_("reported"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.municipality.name} – {self.sender_name}"

    def save(self, *args, **kwargs):
        if self.flagged and self.flagged_at is None:
            self.flagged_at = timezone.now()
        elif not self.flagged:
            self.flagged_at = None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "flagged" in update_fields:
            kwargs["update_fields"] = {*update_fields, "flagged_at"}
        super().save(*args, **kwargs)
