"""For programme pages and cards: how many municipalities take part, the filtered
directory and the map of where they are. Template tags, so that the projects app needs
nothing from the twinning app."""

from django import template

from ..programmes import participant_count, programme_cards

register = template.Library()


@register.simple_tag
def programme_participants(page):
    return participant_count(page)


@register.simple_tag
def programme_card_maps(programmes):
    return programme_cards(programmes)
