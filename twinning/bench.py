"""`make bench`: import every European place, then time the partner search and a profile.

Runs in-process (Django's test client, no network) against its own SQLite file, or the
database in DATABASE_URL. Prints the median of 50 requests per page and its query count."""

import contextlib
import io
import os
import resource
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
os.environ["DJANGO_SETTINGS_MODULE"] = "cemr_site.settings.test"
BENCH_DB = BASE_DIR / "bench.sqlite3"
if "DATABASE_URL" not in os.environ:
    # A fresh file each run, so the import below is timed from empty.
    BENCH_DB.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DB}"
REQUESTS = 50
COLD_REQUESTS = 10


def timed(client, url, before=None):
    if before:
        before()
    started = time.perf_counter()
    client.get(url)
    return (time.perf_counter() - started) * 1000


def main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from twinning.models import Municipality
    from twinning.search import facets_changed

    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # modeltranslation prints its SQL
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
    print(f"\n{total:,} published profiles, {connection.vendor}")
    print(
        f"cold: facet counts recomputed ({COLD_REQUESTS} requests); "
        f"warm: facet counts cached ({REQUESTS} requests)\n"
    )
    print(f"| {'page':<34} | cold median ms | warm median ms | warm p95 ms | queries |")
    print(f"|{'-' * 36}|----------------|----------------|-------------|---------|")
    for label, url in scenarios:
        for _ in range(3):
            assert client.get(url).status_code == 200, url
        cold = [timed(client, url, before=facets_changed) for _ in range(COLD_REQUESTS)]
        warm = [timed(client, url) for _ in range(REQUESTS)]
        facets_changed()
        with CaptureQueriesContext(connection) as cold_queries:
            client.get(url)
        with CaptureQueriesContext(connection) as warm_queries:
            client.get(url)
        p95 = sorted(warm)[int(len(warm) * 0.95) - 1]
        queries = f"{len(cold_queries)}/{len(warm_queries)}"
        print(
            f"| {label:<34} | {statistics.median(cold):14.1f} | {statistics.median(warm):14.1f} "
            f"| {p95:11.1f} | {queries:>7} |"
        )
    print("\nqueries: cold/warm")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (RSS): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
