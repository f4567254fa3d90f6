"""For programme pages: how many municipalities take part, with the filtered directory.
A template tag, so that the projects app needs nothing from the twinning app."""

from django import template

from ..programmes import participant_count

register = template.Library()


@register.simple_tag
def programme_participants(page):
    return participant_count(page)
