"""The directory's key figures for the home page: a tag, so that the projects app needs
nothing from the twinning app."""

from django import template

from ..figures import key_figures
from ..maps import seeking_map

register = template.Library()


@register.simple_tag
def directory_figures():
    return key_figures()


@register.simple_tag
def seeking_partners_map(total):
    return seeking_map(total)
