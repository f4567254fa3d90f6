"""The outbox: every mail the site sends, written in the transaction of the change it
reports and sent by a worker (twinning/outbox.py), so a slow or failing mail server
never holds up a visitor and never loses a mail."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .contact import ContactMessage
from .management import Claim, Manager
from .requests import PartnershipRequest


class OutgoingMailQuerySet(models.QuerySet):
    def due(self, now):
        """Mails a worker may take now: waiting and due, or taken by a worker whose lease
        ran out (it died while sending)."""
        waiting = Q(state=OutgoingMail.State.PENDING, next_attempt_at__lte=now)
        abandoned = Q(state=OutgoingMail.State.SENDING, lease_until__lt=now)
        return self.filter(waiting | abandoned)


class OutgoingMail(models.Model):
    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", _("Confirmation to the submitter")
        NOTIFICATION = "notification", _("Notification to moderators")
        STATUS = "status", _("Status change")
        CLAIM = "claim", _("About a profile claim")
        MANAGER = "manager", _("To a profile manager")
        CONTACT = "contact", _("Message relayed to a profile")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        DEAD = "dead", _("Given up")

    # What the mail is about; deleting that (the retention purge) deletes its mails.
    request = models.ForeignKey(
        PartnershipRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="mails"
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="mails"
    )
    manager = models.ForeignKey(
        Manager, null=True, blank=True, on_delete=models.CASCADE, related_name="mails"
    )
    contact_message = models.ForeignKey(
        ContactMessage, null=True, blank=True, on_delete=models.CASCADE, related_name="mails"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    to = models.TextField(_("recipients"), help_text=_("One address per line."))
    reply_to = models.EmailField(_("reply to"), blank=True)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING
    )
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    # Set while a worker sends the mail: who took it, and until when the others wait.
    taken_by = models.CharField(max_length=32, blank=True, editable=False)
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")
        ordering = ["created_at"]
        indexes = [
            models.Index(fields=["state", "next_attempt_at"], name="tw_mail_due"),
            models.Index(fields=["taken_by"], name="tw_mail_taken_by"),
        ]

    def __str__(self):
        about = self.request or self.claim or self.manager or self.contact_message
        return f"{self.get_kind_display()} – {about}" if about else self.get_kind_display()
