"""Finding the site and the page of a request without a query (two the first time in a
generation).

Wagtail (with wagtail-modeltranslation's `route`) walks the tree one level at a time:
each level loads all the children of the one above, then the specific page, so
`/en/projects/bridges-of-trust/` costs a site query and six page queries, and more
with every sibling. Here:

* the sites come from the shared cache (cemr_site.shared_cache), the root page with
  them, so the home page needs no query at all (`find_site`);
* the page is the deepest one whose address in the active language
  (`url_path_<language>`, filled for every language by modeltranslation, with the
  fallback slugs) starts the requested path: one query for the chain of pages from the
  root, one for the specific page, which then routes the rest of the path itself (an
  event's `ics/`) exactly as in Wagtail's walk. A live routable page on the way answers
  first, as in the walk; and whenever the chain is not what the walk would follow (a
  gap, an address not filled in), the walk itself runs.
* the page a page's own address leads to is remembered under the generation, so a page
  seen once in it costs no query at all: every change to a page, its address or its
  pictures drops the generations it shows in (cemr_site.cache_invalidation), so the
  copy is as current as the cached pages themselves. Its address is still compared with
  the one asked for, and addresses that are no page's own are not remembered.

All of it relies on every page model routing with modeltranslation's `route` (none of
ours overrides it); a model that routes its own way is left to Wagtail's walk.

The view restrictions of the page found travel with it (cemr_site.visibility).
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404
from modeltranslation.utils import build_localized_fieldname
from modeltranslation.utils import get_language as translated_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from . import shared_cache, visibility

# --- The site ---------------------------------------------------------------------------


def _load_sites():
    sites = list(Site.objects.select_related("root_page").order_by("pk"))
    for site in sites:
        site.root_page = _specific(site.root_page.content_type_id, site.root_page_id)
    return sites


def _port(request):
    try:
        return int(request.get_port())
    except ValueError:
        return None


def pick_site(sites, hostname, port):
    """`wagtail.models.sites.get_site_for_hostname` over a list of sites, in the same
    order of preference: hostname and port, hostname of the default site, the default
    site (or the one other site of that hostname), a site of that hostname."""

    def match(site):
        if site.hostname == hostname:
            return 0 if site.port == port else 1 if site.is_default_site else 3
        return 2

    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site), key=match
    )
    if not candidates:
        return None
    if len(candidates) == 1 or match(candidates[0]) in (0, 1):
        return candidates[0]
    if match(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None


def find_site(request):
    """The request's site from the shared cache, left where Wagtail looks first
    (`request._wagtail_site`: routing, page URLs, site settings). Called by the page
    view and the chrome (`site_root`), so that views without either (the JSON and feed
    endpoints) read nothing. The Host header only chooses among the cached sites: it
    never becomes a cache key."""
    if "_cemr_site" not in request.__dict__:
        hostname = split_domain_port(request._get_raw_host())[0]
        sites = shared_cache.remember(request, "sites", _load_sites)
        request._cemr_site = pick_site(sites, hostname, _port(request))
    request._wagtail_site = request._cemr_site
    return request._cemr_site


# --- The page ---------------------------------------------------------------------------


def serve(request, path):
    """Wagtail's serve view, with the route found here (Wagtail uses a route it finds
    on the request) and the page's view restrictions from the cache."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    if request._wagtail_route_for_request is not None:
        visibility.carry_restrictions(request._wagtail_route_for_request[0], request)
    return wagtail_serve(request, path)


def route(request, path):
    """What `Page.route_for_request` returns: (page, args, kwargs), or None for a 404."""
    site = find_site(request)
    if site is None:
        return None
    root = site.root_page.localized.specific
    components = [component for component in path.split("/") if component]
    try:
        if not components or type(root).route is not Page.route:
            return root.route(request, components)
        found = _remembered(request, root, components)
        if found is not None:
            return found.route(request, [])
        found = _deepest(root, components)
        if found is None:
            return root.route(request, components)  # Wagtail's walk, level by level
        page, remaining = found
        result = page.route(request, remaining)
        if not remaining:
            # Only whole addresses of pages: a bounded set, whatever paths visitors make up.
            shared_cache.put(request, _path_key(root, components), page)
        return result
    except Http404:
        return None


def _path_key(root, components):
    path = "/".join(components).encode("utf-8", "surrogateescape")
    return f"route:{root.pk}:{hashlib.sha256(path).hexdigest()}"


def _address_field():
    return build_localized_fieldname("url_path", translated_language())


def _prefixes(root, components):
    return [
        root.url_path + "/".join(components[:end]) + "/" for end in range(1, len(components) + 1)
    ]


def _remembered(request, root, components):
    page = shared_cache.get(request, _path_key(root, components))
    if page is None or getattr(page, _address_field()) != _prefixes(root, components)[-1]:
        return None
    return page


def _specific(content_type_id, pk):
    """The specific page, with its pictures (every page shows its own)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
    image_model = get_image_model()
    pictures = [
        field.name
        for field in model._meta.concrete_fields
        if field.many_to_one and field.related_model is image_model
    ]
    return model._default_manager.filter(pk=pk).select_related(*pictures).first()


def _fetch(content_type_id, pk):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or model.route is not Page.route:
        return None  # a stale type, or one that routes its own way: Wagtail's walk
    return _specific(content_type_id, pk)


def _answers(model, live, components):
    """Whether Wagtail's walk stops at this page: a live routable page whose own URLs
    include the rest of the path."""
    if not (live and issubclass(model, RoutablePageMixin)):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{c}/" for c in components))
    except Resolver404:
        return False
    return True


def _deepest(root, components):
    """(specific page, remaining components) where Wagtail's walk would hand over, or
    None to let the walk run."""
    if _answers(type(root), root.live, components):
        return None
    field = _address_field()
    prefixes = _prefixes(root, components)
    chain = list(
        Page.objects.filter(**{f"{field}__in": prefixes})
        .filter(path__startswith=root.path, depth__gt=root.depth)
        .order_by("depth")
        .values_list("pk", "content_type_id", "live", "depth", field)
    )
    if not chain:
        return None
    for level, (_pk, _type, _live, depth, address) in enumerate(chain):
        if depth != root.depth + 1 + level or address != prefixes[level]:
            return None  # not one page per level from the root down
    for level, (pk, content_type_id, live, _depth, _address) in enumerate(chain):
        remaining = components[level + 1 :]
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or model.route is not Page.route:
            return None
        if level == len(chain) - 1 or _answers(model, live, remaining):
            page = _fetch(content_type_id, pk)
            return None if page is None else (page, remaining)
    return None
