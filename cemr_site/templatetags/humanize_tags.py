from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import pgettext

register = template.Library()


@register.filter
def thousands(value):
    """A whole number with the active language's thousands separator (12 345, 12.345...)."""
    if value in (None, ""):
        return ""
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


@register.simple_tag
def coordinates(latitude, longitude):
    """'51.51° N, 3.29° W': hemispheres as letters, never a minus sign; two decimals
    (about a kilometre) are enough for a municipality. The number, degree sign and letter
    are held together by no-break spaces."""
    if latitude is None or longitude is None:
        return ""
    north = pgettext("compass point, abbreviated", "N")
    south = pgettext("compass point, abbreviated", "S")
    east = pgettext("compass point, abbreviated", "E")
    west = pgettext("compass point, abbreviated", "W")
    lat = f"{_degrees(latitude)}°\u00a0{north if latitude >= 0 else south}"
    lon = f"{_degrees(longitude)}°\u00a0{east if longitude >= 0 else west}"
    return f"{lat}, {lon}"


def _degrees(value):
    # number_format cuts off the digits it does not show; round them instead.
    rounded = Decimal(str(abs(value))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return number_format(rounded, decimal_pos=2)
