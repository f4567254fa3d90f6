from django.conf import settings
from django.core.management.base import BaseCommand

from twinning import privacy
from twinning.services import close_stale, purge_expired


class Command(BaseCommand):
    help = (
        "Close requests left open longer than TWINNING_OPEN_REQUEST_MONTHS, then delete "
        "closed ones older than TWINNING_REQUEST_RETENTION_MONTHS, and the profile "
        "management data past its retention (run it daily)."
    )

    def handle(self, *args, **options):
        closed = close_stale()
        deleted = purge_expired()
        self.stdout.write(
            f"{closed} requests open for over {settings.TWINNING_OPEN_REQUEST_MONTHS} months "
            f"closed; {deleted} closed requests older than "
            f"{settings.TWINNING_REQUEST_RETENTION_MONTHS} months deleted."
        )
        purged = privacy.purge()
        self.stdout.write(
            "Profile management: "
            + ", ".join(f"{count} {kind}" for kind, count in purged.items())
            + " removed."
        )
