"""Keep the partner search's cached facet counts in step with the profiles."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .facets import rebuild_cells
from .models import Municipality, MunicipalityName, Participation
from .names import search_key
from .search import facets_changed


@receiver(post_save, sender=Municipality)
def municipality_saved(sender, instance, raw=False, **kwargs):
    """The main name is searchable like every other spelling (bulk imports write it
    themselves)."""
    if not raw:
        instance.names.filter(is_main=True).exclude(name=instance.name).update(is_main=False)
        MunicipalityName.objects.update_or_create(
            municipality=instance,
            name=instance.name,
            defaults={"key": search_key(instance.name), "is_main": True},
        )
    rebuild_cells()
    facets_changed()


@receiver(post_delete, sender=Municipality)
def municipality_deleted(sender, **kwargs):
    rebuild_cells()
    facets_changed()


@receiver(m2m_changed, sender=Municipality.themes.through)
@receiver(m2m_changed, sender=Municipality.languages.through)
def municipality_tags_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        facets_changed()


@receiver(post_save, sender=Participation)
@receiver(post_delete, sender=Participation)
def participation_changed(sender, **kwargs):
    facets_changed()
