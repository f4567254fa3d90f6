"""Messages visitors send to a managed profile: relayed by mail to its manager, whose
address the sender never sees; the manager replies to the sender directly."""

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

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.municipality.name} – {self.sender_name}"
