"""What drops cached pages, and in which languages (see cemr_site.page_cache).

A page published with only its French fields changed drops the French pages; a change
to English (the fallback of every language), to a slug (every page links to its
translations) or to a field that is not per-language drops them all. Unpublishing,
moving and deleting a page, and any change to a snippet, the site settings, a site, a
view restriction, an image, a document or a model in PAGE_CACHE_INVALIDATED_BY (the
twinning directory) drop every language: such things show on many pages at once.

Where a CDN is configured (WAGTAILFRONTENDCACHE), the changed page, its ancestors (the
index, the home page) are purged there too, in the languages dropped here.
"""

import functools
import logging
from urllib.parse import urljoin

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from modeltranslation.translator import NotRegistered, translator
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from . import page_cache

logger = logging.getLogger(__name__)

# Bookkeeping that changes with every publish and shows on no page.
BOOKKEEPING = {
    "pk",
    "draft_title",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "numchild",
}
# Per-language fields that change the page's address in that language, which every
# language's switcher and hreflang links show.
ADDRESS_FIELDS = ("slug", "url_path")


def translated_keys(model):
    """`{"title_fr": "fr", …}` for the per-language fields of `model` and the names of
    the fields they stand for (`title`), which follow the active language."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}, set()
    keys = {}
    for name, fields in options.all_fields.items():
        if name in ADDRESS_FIELDS:
            continue
        for field in fields:
            keys[field.name] = field.language
    return keys, set(options.all_fields)


def changed_languages(old, new):
    """The languages whose pages show a difference between two versions of a page;
    None for all of them."""
    if not old.live or old.first_published_at is None:
        return None  # a page that appears: in every menu and listing
    keys, virtual = translated_keys(type(new))
    before, after = old.serializable_data(), new.serializable_data()
    languages = set()
    for key in before.keys() | after.keys():
        if key in BOOKKEEPING or key in virtual or before.get(key) == after.get(key):
            continue
        language = keys.get(key)
        if language is None or language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return None
        languages.add(language)
    return languages


def remember_published_version(sender, instance, raw=False, **kwargs):
    """Before a page is saved: which languages its new version changes. Read by
    `page_published_handler` if the save turns out to be a publication."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    old = type(instance).objects.filter(pk=instance.pk).first()
    instance._page_cache_languages = None if old is None else changed_languages(old, instance)


def page_published_handler(sender, instance, **kwargs):
    """An empty set: published again as it was, nothing to drop. Not measured (a page
    published without going through save): every language."""
    languages = getattr(instance, "_page_cache_languages", None)
    if languages is None or languages:
        drop_page(instance, languages)


def page_saved(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    """A page added live appears in every language's menus and listings at once; a live
    page saved straight from code (no revision) shows its change at once. A draft saved
    in the admin writes bookkeeping only (`update_fields`): nothing visible changed."""
    if raw or not isinstance(instance, Page) or not instance.live:
        return
    if created:
        drop_page(instance, None)
    elif update_fields is None or not {f.removesuffix("_id") for f in update_fields} <= BOOKKEEPING:
        languages = getattr(instance, "_page_cache_languages", None)
        if languages is None or languages:
            drop_page(instance, languages)


def page_changed(sender, instance, **kwargs):
    """Unpublished, moved or deleted: it leaves every language's menus and listings."""
    if isinstance(instance, Page):
        drop_page(instance, None)


def drop_page(page, languages):
    page_cache.invalidate(languages)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        transaction.on_commit(lambda: purge_frontend(page, languages))


def purge_frontend(page, languages):
    """The page and its ancestors, in each dropped language, purged from the CDN, at
    the public address the CDN serves (not the Site's hostname)."""
    from django.utils import translation
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    pages = list(page.get_ancestors().filter(depth__gt=1)) + [page]
    for code in languages or page_cache.all_languages():
        with translation.override(code):
            for each in pages:
                path = each.get_url()
                if path:
                    batch.add_url(urljoin(settings.PUBLIC_BASE_URL, path))
    try:
        batch.purge()
    except Exception:  # the CDN is down or refuses: the pages expire on their own
        logger.exception("Could not purge the frontend cache")


def content_changed(sender, **kwargs):
    if sender in invalidating_models():
        page_cache.invalidate(None)


def alias_saved(sender, instance, raw=False, **kwargs):
    """An alias page created or updated: Wagtail checks its source's view restrictions,
    which the cached ones (cemr_site.visibility) learn only with a new generation."""
    if not raw and isinstance(instance, Page) and instance.alias_of_id:
        page_cache.invalidate(None)


@functools.cache
def invalidating_models():
    """Read at the first save, when every app is ready (snippets register late)."""
    models = {Site, PageViewRestriction, *get_snippet_models()}
    models.update(m for m in apps.get_models() if issubclass(m, BaseSiteSetting))
    models.update(apps.get_model(label) for label in settings.PAGE_CACHE_INVALIDATED_BY)
    return frozenset(models)


def connect_signals():
    pre_save.connect(remember_published_version, dispatch_uid="page_cache_pre_save")
    page_published.connect(page_published_handler, dispatch_uid="page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="page_cache_moved")
    post_delete.connect(page_changed, dispatch_uid="page_cache_page_deleted")
    post_save.connect(page_saved, dispatch_uid="page_cache_page_saved")
    post_save.connect(alias_saved, dispatch_uid="page_cache_alias_saved")
    post_save.connect(content_changed, dispatch_uid="page_cache_content_saved")
    post_delete.connect(content_changed, dispatch_uid="page_cache_content_deleted")
