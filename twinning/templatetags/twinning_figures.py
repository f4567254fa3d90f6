"""The directory's key figures for the home page: a tag, so that the projects app needs
nothing from the twinning app. Both count over the whole directory: they are read once
per page-cache generation (cemr_site.shared_cache), which a change to a profile or a
participation drops (twinning.search.facets_changed)."""

from django import template

from cemr_site.shared_cache import remember

from ..figures import key_figures
from ..maps import seeking_map

register = template.Library()


@register.simple_tag(takes_context=True)
def directory_figures(context):
    return remember(context.get("request"), "directory-figures", key_figures)


@register.simple_tag(takes_context=True)
def seeking_partners_map(context, total):
    return remember(context.get("request"), f"seeking-map:{total}", lambda: seeking_map(total))
