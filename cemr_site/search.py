"""Language-aware page search on PostgreSQL.

Wagtail's database backend indexes every language's text in one vector with one
configuration, so German plurals or French inflections miss and accents must match.
Here each page keeps one vector per language (PageSearchText), built with that
language's Snowball stemmer over unaccented text; a visitor's query is read with the
same configuration, so `/de/search/?q=Partnerschaft` finds "Partnerschaften" and
"equite" finds "équité". SQLite keeps Wagtail's backend (see views.search).
"""

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection, transaction
from django.db.models import Exists, F, Func, OuterRef, Q, Subquery, TextField, Value
from django.db.models.signals import post_save
from wagtail.models import Page, get_page_models

from .models import PageSearchText
from .visibility import public

# Snowball configurations shipped by every PostgreSQL Django supports (14+); the other
# languages have none, so `simple` (lower-case, no stemming, no stop words).
TEXT_SEARCH_CONFIGS = {
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sv": "swedish",
}


def text_search_config(language):
    return TEXT_SEARCH_CONFIGS.get(language, "simple")


def is_enabled():
    return connection.vendor == "postgresql"


class Unaccent(Func):
    function = "unaccent"
    output_field = TextField()


def _vector(title, text, config):
    # Titles weigh more in the ranking than the rest of the page.
    return SearchVector(Unaccent(Value(title)), config=config, weight="A") + SearchVector(
        Unaccent(Value(text)), config=config, weight="D"
    )


def index_page(page):
    """Write the rows of one page (a specific instance) from its current field values."""
    if not is_enabled():
        return
    rows = []
    for language, _name in settings.LANGUAGES:
        texts = page.search_text(language)
        if texts is not None:
            config = text_search_config(language)
            rows.append(
                PageSearchText(
                    page_id=page.pk,
                    language=language,
                    config=config,
                    vector=_vector(*texts, config),
                )
            )
    with transaction.atomic():
        PageSearchText.objects.filter(page_id=page.pk).delete()
        PageSearchText.objects.bulk_create(rows)


def indexed_page_models():
    return [model for model in get_page_models() if hasattr(model, "search_text")]


def rebuild():
    """Index every page again (after deploying, or after a configuration changes)."""
    if not is_enabled():
        return 0
    pages = Page.objects.type(*indexed_page_models()).specific().iterator(chunk_size=100)
    count = 0
    with transaction.atomic():
        PageSearchText.objects.all().delete()
        for page in pages:
            index_page(page)
            count += 1
    return count


def search_pages(query, language, request=None):
    """Live, public pages matching every word of `query` in `language` (pages without
    text of their own in it: in the fallback language), best match first. With the
    request, the view restrictions come from the cache (cemr_site.visibility)."""
    fallback = settings.LANGUAGE_CODE
    # Each row is read with the configuration it was built with.
    tsquery = SearchQuery(Unaccent(Value(query)), config=F("config"), search_type="plain")
    rows = PageSearchText.objects.filter(language=language)
    if language != fallback:
        has_own_text = PageSearchText.objects.filter(page=OuterRef("page"), language=language)
        rows = PageSearchText.objects.filter(
            Q(language=language) | (Q(language=fallback) & ~Exists(has_own_text))
        )
    matches = (
        rows.filter(page=OuterRef("pk"), vector=tsquery)
        .annotate(rank=SearchRank(F("vector"), tsquery))
        .values("rank")[:1]
    )
    return (
        public(Page.objects.live(), request)
        .annotate(rank=Subquery(matches))
        .filter(rank__isnull=False)
        .order_by("-rank", "path")
        .specific()
    )


def on_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not is_enabled():
        return
    if update_fields is not None:
        # Saving a draft writes only bookkeeping columns (latest_revision ...): the
        # stored, published text has not changed, and the instance holds the draft.
        if not any(_is_text_field(instance, name) for name in update_fields):
            return
        instance = type(instance).objects.get(pk=instance.pk)
    index_page(instance)


def _is_text_field(page, name):
    fields = (*page.search_text_fields, "search_description")
    return any(name == field or name.startswith(f"{field}_") for field in fields)


def connect_signals():
    for model in indexed_page_models():
        post_save.connect(
            on_page_saved, sender=model, dispatch_uid=f"page_search_{model._meta.label}"
        )
