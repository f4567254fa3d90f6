"""The directory's key figures for the home page: a tag, so that the projects app needs
nothing from the twinning app."""

from django import template

from ..figures import key_figures

register = template.Library()


@register.simple_tag
def directory_figures():
    return key_figures()
