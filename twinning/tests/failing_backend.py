import smtplib
import time

from django.core.mail.backends import locmem
from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    """Stands for an SMTP server that is down."""

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server unreachable")


class RejectingBackend(BaseEmailBackend):
    """A server that answers but refuses this mail (a bad recipient, say)."""

    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({"someone@ccre-cemr.org": (550, b"No such user")})


class SlowBackend(locmem.EmailBackend):
    """Delivers to mail.outbox, slowly enough for two senders to overlap."""

    def send_messages(self, messages):
        time.sleep(0.01)
        return super().send_messages(messages)
