"""What every page looks up again and again, kept under the page-cache generation.

The site, the view restrictions, the address of each page: every request needs them,
and they change only with what drops the cached pages already (a publication, a move,
a site or a restriction saved; cemr_site.cache_invalidation). Stored under the active
language's generation (cemr_site.page_cache), they are read from the database once per
generation and never outlive the pages that show them, in any process.

The values are pickled into the shared cache: each request gets its own copy, so a page
instance kept here is never shared between two requests. A value is stored in a tuple,
so that None (no such page) is remembered too.
"""

from secrets import token_hex

from django.conf import settings
from django.utils.translation import get_language
from wagtail.fields import StreamField

from . import page_cache

# The format's version leads the key: a deploy that changes what is stored never reads
# what the one before it stored.
KEY = "shared:2:{name}:{language}:{generation}"
_MISSING = object()


def is_preview(request):
    """An editor's preview shows a draft: nothing of it may come from the shared cache
    or the fragments (they show the live pages), nor go into them."""
    return getattr(request, "is_preview", False)


def generation(request):
    """The active language's generation, which keys what is shared and the `{% cache %}`
    fragments; for a preview, a token of its own that nothing else has."""
    if is_preview(request):
        return request.__dict__.setdefault("_cemr_preview_token", f"preview-{token_hex(8)}")
    return page_cache.request_generation(request)


def _key(request, name):
    return KEY.format(name=name, language=get_language(), generation=generation(request))


def get(request, name, default=None):
    """What was stored as `name` in this language's current generation, or `default`."""
    if is_preview(request):
        return default
    found = page_cache.cache().get(_key(request, name))
    return default if found is None else found[0]


def put(request, name, value):
    if request is not None and not is_preview(request):
        page_cache.cache().set(_key(request, name), (value,), settings.PAGE_CACHE_TIMEOUT)


def remember(request, name, compute):
    """`compute()`, or what it returned in this language's current generation. Without
    a request (a template rendered outside one), `compute()`."""
    if request is None:
        return compute()
    value = get(request, name, _MISSING)
    if value is _MISSING:
        value = compute()
        put(request, name, value)
    return value


def without_bodies(queryset, through=None):
    """`queryset` without the StreamField columns of its pages (`through`: of the pages
    it selects along that relation): a body in each of 25 languages, which no card or
    list shows and which would make a kept list slow to unpickle (every body rebuilt)."""
    model = (
        queryset.model if through is None else queryset.model._meta.get_field(through).related_model
    )
    prefix = "" if through is None else f"{through}__"
    names = [f.name for f in model._meta.concrete_fields if isinstance(f, StreamField)]
    return queryset.defer(*(prefix + name for name in names))
