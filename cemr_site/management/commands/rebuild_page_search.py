from django.core.management.base import BaseCommand

from cemr_site import page_cache, search


class Command(BaseCommand):
    help = (
        "Rebuild the per-language page search vectors (PostgreSQL only). Saving a page "
        "keeps its own rows current; run this once after deploying, or after changing "
        "a language's text search configuration."
    )

    def handle(self, *args, **options):
        if not search.is_enabled():
            self.stdout.write("Not PostgreSQL: the site search uses Wagtail's backend.")
            return
        count = search.rebuild()
        page_cache.invalidate()  # bulk-written: the search results change with it
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} pages."))
