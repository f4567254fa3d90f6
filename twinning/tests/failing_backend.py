from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    """Stands for an SMTP server that is down."""

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server unreachable")
