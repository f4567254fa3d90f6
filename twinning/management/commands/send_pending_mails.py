from django.core.management.base import BaseCommand

from twinning.tasks import send_due_mails


class Command(BaseCommand):
    help = (
        "Send the due mails of the outbox now, as the mail worker does. Safe beside a "
        "running worker: each mail is claimed before it is sent."
    )

    def handle(self, *args, **options):
        result = send_due_mails.call()
        self.stdout.write(
            f"{result['sent']} sent, {result['failed']} to be tried again, "
            f"{result['dead']} given up."
        )
