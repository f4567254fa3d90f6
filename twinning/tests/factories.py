"""Small builders for the twinning tests."""

import itertools

from twinning.forms import sign_form_start
from twinning.models import Language, Municipality, Theme

_numbers = itertools.count(1)


def make_municipality(**kwargs):
    number = next(_numbers)
    themes = kwargs.pop("themes", [])
    languages = kwargs.pop("languages", [])
    values = {
        "name": f"Testville {number}",
        "slug": f"testville-{number}",
        "country": "FR",
        "population": 10_000,
        "published": True,
        **kwargs,
    }
    municipality = Municipality.objects.create(**values)
    if themes:
        municipality.themes.set(Theme.objects.filter(slug__in=themes))
    if languages:
        municipality.languages.set(Language.objects.filter(code__in=languages))
    return municipality


def request_data(**overrides):
    """A valid partnership request post, as if the form was shown a minute ago."""
    data = {
        "municipality_name": "Zvenyhorodka",
        "country": "UA",
        "region": "Cherkasy oblast",
        "population": "16000",
        "website": "https://zvenyhorodka.example.org",
        "contact_name": "Olena Kovalenko",
        "contact_role": "Head of international relations",
        "contact_email": "olena@example.org",
        "contact_phone": "+380 44 123 4567",
        "wished_countries": ["PL", "DE"],
        "wished_population_band": "5k-20k",
        "wished_themes": ["reconstruction", "youth"],
        "wished_languages": ["uk", "en"],
        "message": "We would like to exchange on rebuilding schools and youth work.",
        "consent": "on",
        "homepage": "",
        "form_start": sign_form_start(started=0),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
