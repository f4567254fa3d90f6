from django.conf import settings
from django.core.management.base import BaseCommand

from twinning.services import purge_expired


class Command(BaseCommand):
    help = "Delete closed partnership requests older than TWINNING_REQUEST_RETENTION_MONTHS."

    def handle(self, *args, **options):
        count = purge_expired()
        months = settings.TWINNING_REQUEST_RETENTION_MONTHS
        self.stdout.write(f"{count} closed requests older than {months} months deleted.")
