"""Accessible form fields: the hint and the error tied to the input by aria-describedby."""

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def field_widget(field, **attrs):
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def is_multiple_choice(field):
    return field.widget_type in {"checkboxselectmultiple", "radioselect"}


@register.filter
def is_long_choice(field, limit=30):
    """Long checkbox lists (countries) scroll in a box instead of filling the page."""
    return len(field.field.choices) > limit


@register.filter
def chosen_count(field):
    """How many of a multiple-choice field's values are ticked (as sent, or initially)."""
    return sum(1 for choice in field.subwidgets if choice.data["selected"])


@register.simple_tag
def chosen_text(count):
    # The same string static/js/site.js fills in as boxes are ticked.
    return gettext("chosen: {count}").format(count=count)
