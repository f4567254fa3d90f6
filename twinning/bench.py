"""`make bench`: import every European place, then time the partner search, the name
search, the typeahead and a profile, each next to its target.

Runs in-process (Django's test client, no network) against its own SQLite file, or the
database in DATABASE_URL, with the page cache off. "Cold" requests have the facet counts
recomputed; "warm" ones find them cached. BENCH_REUSE=1 reuses the database a previous
run imported (no migrate, no import). `make bench` then runs cemr_site.http_bench on the
same database."""

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
# What is timed here is the rendering: with the page cache on, every "warm" request would
# be a stored page (cemr_site/http_bench.py measures those, over HTTP).
os.environ["PAGE_CACHE"] = "off"
BENCH_DB = BASE_DIR / "bench.sqlite3"
REUSE = os.environ.get("BENCH_REUSE") == "1"
if "DATABASE_URL" not in os.environ:
    if not REUSE:
        BENCH_DB.unlink(missing_ok=True)  # a fresh file, so the import is timed from empty
    os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DB}"
REQUESTS = 50
COLD_REQUESTS = 15

# Targets (issue 6): p50 in milliseconds, in-process.
DIRECTORY_TARGET = 30
NAME_TARGET = 30
TYPEAHEAD_TARGET = 10
IMPORT_TARGET = 120


def timed(client, url, before=None):
    """Wall-clock and CPU milliseconds of one request. CPU time is what the request costs
    this process; wall time also holds whatever else the machine is running."""
    if before:
        before()
    started, started_cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    cpu = (time.process_time() - started_cpu) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, cpu


def verdict(value, target):
    return "ok" if value <= target else "MISSED"


def prepare():
    from django.core.management import call_command

    if REUSE:
        print("reusing the imported database (BENCH_REUSE=1): no migrate, no import")
        return
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # modeltranslation prints its SQL
        call_command("migrate", interactive=False, verbosity=0)
    call_command("update_translation_fields", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    call_command("import_municipalities", min_population=500)
    seconds = time.perf_counter() - started
    print(
        f"import_municipalities (all of Europe): {seconds:.1f} s "
        f"(target ≤ {IMPORT_TARGET} s: {verdict(seconds, IMPORT_TARGET)})"
    )
    call_command("load_demo_content", verbosity=0)


def main():
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from twinning.models import Municipality, MunicipalityName
    from twinning.search import new_facet_version

    prepare()
    total = Municipality.objects.published().count()
    spellings = MunicipalityName.objects.count()
    profile = Municipality.objects.get(name="Lviv", country="UA")
    base = "/en/twinning/municipalities/"
    directory = [
        ("directory, no filter", base),
        ("directory, country=DE", base + "?country=DE"),
        ("directory, 3 countries", base + "?country=FR&country=IT&country=UA"),
        ("directory, region (one country)", base + "?country=PL&region=Dolnośląskie"),
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
    ]
    names = [
        ("name 'berg' (substring)", base + "?q=berg"),
        ("name 'Wroclaw'", base + "?q=Wroclaw"),
        ("name 'Breslau'", base + "?q=Breslau"),
        ("name 'Київ'", base + "?q=Київ"),
        ("name 'Roma'", base + "?q=Roma"),
    ]
    if connection.vendor == "postgresql":
        names.append(("name 'Wroclav' (typo)", base + "?q=Wroclav"))
    typeahead = [
        (f"typeahead '{q}'", f"{base}suggest/?q={q}") for q in ("wr", "wroc", "bresl", "Київ")
    ]
    client = Client()
    print(f"\n{total:,} published profiles, {spellings:,} spellings, {connection.vendor}")
    print(f"cold: facet counts recomputed ({COLD_REQUESTS}); warm: cached ({REQUESTS})\n")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {os.cpu_count()} cores")
    print(
        f"| {'page':<34} | cold p50 | warm p50 | warm p95 | cold cpu | warm cpu | target "
        f"| queries | verdict |"
    )
    print(f"|{'-' * 36}|{'----------|' * 5}--------|---------|---------|")

    def run(label, url, target):
        for _ in range(3):
            timed(client, url)
        cold = [timed(client, url, before=new_facet_version) for _ in range(COLD_REQUESTS)]
        warm = [timed(client, url) for _ in range(REQUESTS)]
        new_facet_version()
        with CaptureQueriesContext(connection) as cold_queries:
            client.get(url)
        with CaptureQueriesContext(connection) as warm_queries:
            client.get(url)
        cold_wall = statistics.median(wall for wall, _cpu in cold)
        warm_wall = statistics.median(wall for wall, _cpu in warm)
        cold_cpu = statistics.median(cpu for _wall, cpu in cold)
        warm_cpu = statistics.median(cpu for _wall, cpu in warm)
        p95 = sorted(wall for wall, _cpu in warm)[int(len(warm) * 0.95) - 1]
        queries = f"{len(cold_queries)}/{len(warm_queries)}"
        worst = max(cold_wall, warm_wall)
        print(
            f"| {label:<34} | {cold_wall:8.1f} | {warm_wall:8.1f} | {p95:8.1f} "
            f"| {cold_cpu:8.1f} | {warm_cpu:8.1f} | {target:>6} | {queries:>7} "
            f"| {verdict(worst, target):>7} |"
        )

    for label, url in directory:
        run(label, url, DIRECTORY_TARGET)
    for label, url in names:
        run(label, url, NAME_TARGET)
    for label, url in typeahead:
        run(label, url, TYPEAHEAD_TARGET)
    run("profile (Lviv)", f"/en/twinning/municipalities/{profile.slug}/", DIRECTORY_TARGET)
    # What every page pays for the header, menus, language switcher and footer: the
    # floor under the figures above until those are fragment-cached.
    run("status form (site chrome only)", "/en/twinning/request/status/", DIRECTORY_TARGET)
    print(
        "\nmilliseconds; queries: cold/warm; verdict on the slower of the cold and warm wall-"
        "clock medians (on a busy machine, read the CPU columns: this process's own time)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (RSS): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
