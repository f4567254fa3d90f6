from django.core.management.base import BaseCommand

from twinning.emails import send_pending


class Command(BaseCommand):
    help = "Send the partnership-request mails that could not be sent yet (run from cron)."

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(f"{sent} sent, {failed} still failing.")
