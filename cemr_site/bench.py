"""`make bench`: import every European place, then time the partner search and a profile.

Runs in-process (Django's test client, no network) against its own SQLite file, or the
database in DATABASE_URL. Prints the median of 50 requests per page and its query count."""

import os
import resource
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
os.environ["DJANGO_SETTINGS_MODULE"] = "cemr_site.settings.test"
os.environ.setdefault("DATABASE_URL", f"sqlite:///{BASE_DIR / 'bench.sqlite3'}")
REQUESTS = 50


def main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from twinning.models import Municipality

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("update_translation_fields", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    call_command("import_municipalities", min_population=500)
    print(f"import_municipalities (all of Europe): {time.perf_counter() - started:.1f} s")
    call_command("load_demo_content", verbosity=0)
    total = Municipality.objects.published().count()
    profile = Municipality.objects.get(name="Lviv", country="UA")

    base = "/en/twinning/municipalities/"
    scenarios = [
        ("directory, no filter", base),
        ("directory, text 'berg'", base + "?q=berg"),
        ("directory, country=DE", base + "?country=DE"),
        ("directory, 3 countries", base + "?country=FR&country=IT&country=UA"),
        ("directory, population 20k-100k", base + "?population=20k-100k"),
        ("directory, theme=reconstruction", base + "?theme=reconstruction"),
        ("directory, language=uk", base + "?language=uk"),
        ("directory, seeking a partner", base + "?seeking=on"),
        ("directory, sorted by population", base + "?sort=-population"),
        (
            "directory, all filters",
            base + "?q=a&country=UA&country=PL&population=100k-500k&theme=culture&seeking=on",
        ),
        ("directory, page 200", base + "?page=200"),
        ("profile (Lviv)", f"/en/twinning/municipalities/{profile.slug}/"),
    ]
    client = Client()
    print(f"\n{total:,} published profiles, {connection.vendor}, {REQUESTS} requests each\n")
    print(f"| {'page':<34} | median ms | p95 ms | queries |")
    print(f"|{'-' * 36}|-----------|--------|---------|")
    for label, url in scenarios:
        for _ in range(3):
            assert client.get(url).status_code == 200, url
        timings = []
        for _ in range(REQUESTS):
            t0 = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - t0) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        p95 = sorted(timings)[int(len(timings) * 0.95) - 1]
        print(
            f"| {label:<34} | {statistics.median(timings):9.1f} | {p95:6.1f} | {len(queries):7d} |"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (RSS): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
