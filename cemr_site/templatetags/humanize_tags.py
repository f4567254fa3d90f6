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
    """'51.506° N, 3.285° W': hemispheres as letters, never a minus sign."""
    if latitude is None or longitude is None:
        return ""
    north = pgettext("compass point, abbreviated", "N")
    south = pgettext("compass point, abbreviated", "S")
    east = pgettext("compass point, abbreviated", "E")
    west = pgettext("compass point, abbreviated", "W")
    lat = f"{number_format(abs(latitude), decimal_pos=3)}° {north if latitude >= 0 else south}"
    lon = f"{number_format(abs(longitude), decimal_pos=3)}° {east if longitude >= 0 else west}"
    return f"{lat}, {lon}"
