"""Which pages a visitor may see, without asking the database on every request.

Wagtail reads the view restrictions twice for every page it serves (the page's
ancestors, then their restrictions) and once more for every `PageQuerySet.public()`; a
page that lists news, events and menus would read them four or five times. The
restrictions are few and change rarely: they are read once per page-cache generation
(a restriction saved or deleted drops every language's, cemr_site.cache_invalidation),
with the alias pages Wagtail's check resolves to their source.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .shared_cache import remember


def _load_restrictions():
    restrictions = list(PageViewRestriction.objects.select_related("page").order_by("pk"))
    aliases = list(
        Page.objects.filter(alias_of__isnull=False).values_list("pk", "path", "alias_of_id")
    )
    return {
        "restrictions": restrictions,
        "alias_by_path": {path: alias_of for _pk, path, alias_of in aliases},
        "alias_by_id": {pk: alias_of for pk, _path, alias_of in aliases},
    }


def _restrictions(request):
    cached = request.__dict__.get("_cemr_restrictions")
    if cached is None:
        cached = request._cemr_restrictions = remember(request, "restrictions", _load_restrictions)
    return cached


def private_q(request):
    """Wagtail's `PageQuerySet.private_q()`, from the cached restrictions."""
    q = Q()
    for restriction in _restrictions(request)["restrictions"]:
        q |= Page.objects.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])


def public(queryset, request=None):
    """`queryset.public()`, with the private sections read from the cache."""
    if request is None:
        return queryset.public()
    return queryset.exclude(private_q(request))


def index_page(model, request=None):
    """The site's one live, public page of `model` (an index: max_count = 1), for the
    links to it from other pages; read once per generation."""
    if request is None:
        return public(model.objects.live()).first()
    return remember(
        request,
        f"index:{model._meta.label_lower}",
        lambda: public(model.objects.live(), request).first(),
    )


def restrictions_for(page, request):
    """What Wagtail's `page.get_view_restrictions()` returns (in the order they were
    made): the restrictions of the page and its ancestors, an alias standing for its
    source page."""
    data = _restrictions(request)
    alias_by_id = data["alias_by_id"]

    def source(page_id, alias_of):
        while alias_of is not None:
            page_id, alias_of = alias_of, alias_by_id.get(alias_of)
        return page_id

    # The ancestors are the prefixes of the page's path; the page itself is asked for
    # its own alias (it may be newer than the cache).
    ancestor_paths = [page.path[:end] for end in range(page.steplen, len(page.path), page.steplen)]
    paths, ids = set(), set()
    for path in ancestor_paths:
        if path in data["alias_by_path"]:
            ids.add(source(None, data["alias_by_path"][path]))
        else:
            paths.add(path)
    if page.alias_of_id:
        ids.add(source(None, page.alias_of_id))
    else:
        paths.add(page.path)
    return [r for r in data["restrictions"] if r.page_id in ids or r.page.path in paths]


def carry_restrictions(page, request):
    """Hand `page` its view restrictions for Wagtail's serve check (see
    CachedRestrictionsMixin)."""
    page._cemr_view_restrictions = restrictions_for(page, request)


class CachedRestrictionsMixin:
    """A page routed by cemr_site.routing answers Wagtail's serve check from the cache;
    everywhere else (the admin, copying, aliases) it asks the database as before."""

    def get_view_restrictions(self):
        carried = self.__dict__.get("_cemr_view_restrictions")
        if carried is None:
            return super().get_view_restrictions()
        # A queryset that already holds its rows: iterating, counting or `exists()` ask
        # nothing more; a derived query (`order_by`) reads the same rows fresh.
        queryset = PageViewRestriction.objects.filter(pk__in=[r.pk for r in carried])
        queryset._result_cache = list(carried)
        queryset._prefetch_done = True
        return queryset
