"""Drop every cached page and shared fragment (after a deploy: new templates, new
static file names)."""

from django.core.management.base import BaseCommand

from cemr_site import page_cache


class Command(BaseCommand):
    help = "Drop the cached pages of every language (run after each deploy)."

    def handle(self, *args, **options):
        page_cache.invalidate()
        self.stdout.write("Cached pages dropped in every language.")
