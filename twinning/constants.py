"""Choices shared by the models, forms and search of the twinning app."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PopulationBand(models.TextChoices):
    VILLAGE = "lt5k", _("under 5,000 inhabitants")
    TOWN = "5k-20k", _("5,000 to 20,000 inhabitants")
    MID = "20k-100k", _("20,000 to 100,000 inhabitants")
    CITY = "100k-500k", _("100,000 to 500,000 inhabitants")
    LARGE = "gt500k", _("over 500,000 inhabitants")


POPULATION_RANGES = {
    PopulationBand.VILLAGE: (0, 5_000),
    PopulationBand.TOWN: (5_000, 20_000),
    PopulationBand.MID: (20_000, 100_000),
    PopulationBand.CITY: (100_000, 500_000),
    PopulationBand.LARGE: (500_000, None),
}


def band_for(population):
    for band, (low, high) in POPULATION_RANGES.items():
        if population is not None and population >= low and (high is None or population < high):
            return band
    return None


# The languages a municipality can say it works in: the site's own 25.
LANGUAGE_CHOICES = list(settings.LANGUAGES)
LANGUAGE_CODES = {code for code, _name in LANGUAGE_CHOICES}


# The countries the twinning service covers: GeoNames' Europe (its continent code "EU")
# without Russia and Belarus, whose municipalities no CEMR member or programme works with.
# The import loads these by default and the request form offers them.
# fmt: off
EUROPEAN_COUNTRIES = frozenset((
    "AD", "AL", "AT", "AX", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
    "FO", "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI", "LT",
    "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI",
    "SJ", "SK", "SM", "UA", "VA", "XK",
))
# fmt: on
