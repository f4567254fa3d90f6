from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def thousands(value):
    """A whole number with the active language's thousands separator (12 345, 12.345...)."""
    if value in (None, ""):
        return ""
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)
