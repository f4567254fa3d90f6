"""Keep the partner search's cached facet counts in step with the profiles."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import Municipality
from .search import facets_changed


@receiver(post_save, sender=Municipality)
@receiver(post_delete, sender=Municipality)
def municipality_changed(sender, **kwargs):
    facets_changed()


@receiver(m2m_changed, sender=Municipality.themes.through)
@receiver(m2m_changed, sender=Municipality.languages.through)
def municipality_tags_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        facets_changed()
