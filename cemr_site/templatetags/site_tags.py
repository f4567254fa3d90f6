"""Template helpers for the site chrome: languages, navigation and breadcrumbs.

The chrome is the same for every visitor of a page, so the templates keep it in
`{% cache %}` fragments keyed by the language and its page-cache generation
(`cache_generation`): dropped together with the pages, never stale. `page_key` and
`menu_marks` give the rest of their keys.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page
from wagtail.models.sites import SiteRootPath

from cemr_site import shared_cache
from cemr_site.languages import native_name, shown_language
from cemr_site.routing import find_site
from cemr_site.visibility import public

register = template.Library()


FOOTER_PAGES = ("about_page", "privacy_page", "legal_page", "accessibility_page")


@register.simple_tag
def footer_pages(site_settings):
    """The footer's pages (about, privacy, legal notice, accessibility) in that order,
    unpublished ones left out. SiteSettings reads them with itself (select_related)."""
    pages = (getattr(site_settings, name) for name in FOOTER_PAGES)
    return [page for page in pages if page is not None and page.live]


@register.simple_tag(takes_context=True)
def editor_userbar(context):
    """Wagtail's userbar for signed-in editors. Without a session cookie there is nobody
    to show it to, and asking who the visitor is would read the session: Django then
    marks the page `Vary: Cookie`, which no shared cache stores."""
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context)


@register.simple_tag
def native_language_name(code):
    return native_name(code)


@register.simple_tag
def lang_of(obj, field):
    """` lang="en"` (with `dir`) on an element that shows `obj.field` in a fallback
    language; nothing when it is in the page's language."""
    shown = shown_language(obj, field)
    if shown == translation.get_language():
        return ""
    direction = "rtl" if get_language_info(shown)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', shown, direction)


def _local_path(url, code):
    """`url` if it is a path on this site, else the language's home page. A request for
    `//evil.example/en/x` (a 404) translates to itself: as a link, that protocol-relative
    URL would send the visitor to another site, so would `/\\evil.example` in browsers."""
    if url and url.startswith("/") and not url.startswith(("//", "/\\")):
        return url
    return f"/{code}/"


# wagtail-modeltranslation keeps each language's site root paths under its own cache key,
# and remembers on the request only those of the last language asked for.
SITE_ROOT_PATHS_KEY = "wagtail_site_root_paths_{}"
MEMO_LANGUAGE = "_wagtail_cached_site_root_paths_language"
MEMO_PATHS = "_wagtail_cached_site_root_paths"


def _site_root_paths(codes):
    """Every language's site root paths in one cache round trip. Asked for one language at
    a time, a page's URL in 25 languages costs 25 round trips (and one more for the
    page's own language afterwards): a few milliseconds a page with Redis. A language
    missing from the cache is left to wagtail-modeltranslation, which reads and stores it."""
    keys = {SITE_ROOT_PATHS_KEY.format(code): code for code in codes}
    found = cache.get_many(keys)
    return {keys[key]: [SiteRootPath(*srp) for srp in paths] for key, paths in found.items()}


def _remember(request, code, paths):
    setattr(request, MEMO_LANGUAGE, code)
    setattr(request, MEMO_PATHS, paths)


def _page_urls(request, page, codes):
    paths = _site_root_paths(codes)
    active = translation.get_language()
    before = (getattr(request, MEMO_LANGUAGE, None), getattr(request, MEMO_PATHS, None))
    urls = {}
    try:
        for code in codes:
            with translation.override(code):
                if code in paths:
                    _remember(request, code, paths[code])
                urls[code] = page.get_url(request)
    finally:
        # Left on the last language, the memo would be read again from the cache by the
        # page's next link in its own language.
        if active in paths:
            _remember(request, active, paths[active])
        elif before[0] is not None:
            _remember(request, *before)
    return urls


def _language_urls(request, page):
    """The URL of what the visitor is looking at, in each language (a local path)."""
    codes = [code for code, _name in settings.LANGUAGES]
    if isinstance(page, Page) and page.pk:
        found = _page_urls(request, page, codes)
    else:
        current_path = request.get_full_path()
        found = {code: translate_url(current_path, code) for code in codes}
    return [
        {"code": code, "name": native_name(code), "url": _local_path(found[code], code)}
        for code in codes
    ]


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Each language with its URL for the current page; computed once per request, and
    for a Wagtail page once per generation (the URLs of other views are the request's
    path translated, which needs no query and would make a key of any query string)."""
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_cemr_language_alternates", None)
    if cached is None:
        page = context.get("page")
        key = page_key(page)
        if key:
            cached = shared_cache.remember(
                request, f"alternates:{key}", lambda: _language_urls(request, page)
            )
        else:
            cached = _language_urls(request, page)
        request._cemr_language_alternates = cached
    return cached


@register.simple_tag(takes_context=True)
def x_default_url(context):
    for alternate in language_alternates(context):
        if alternate["code"] == settings.LANGUAGE_CODE:
            return alternate["url"]
    return "/"


@register.simple_tag(takes_context=True)
def site_root(context):
    request = context.get("request")
    if request is None:
        return None
    site = find_site(request)  # from the shared cache, with its specific root page
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context.get("request")
    cached = getattr(request, "_cemr_main_menu", None) if request else None
    if cached is None:
        root = site_root(context)
        cached = list(public(root.get_children().live().in_menu(), request)) if root else []
        if request is not None:
            request._cemr_main_menu = cached
    return cached


@register.filter
def page_key(page):
    """The page's id for a fragment's key, empty for what is not a Wagtail page (a
    view's own `page` variable must not borrow a page's fragment)."""
    return page.pk if isinstance(page, Page) and page.pk else ""


@register.simple_tag(takes_context=True)
def menu_marks(context):
    """What the main menu's `aria-current` marks depend on, for its fragment's key: the
    section of the page (its ancestor among the menu's pages, whose paths are one step
    longer than the root's), whether it is that section's own page, and whether the
    twinning views are shown. A few keys for the whole site, not one per page."""
    page, request = context.get("page"), context.get("request")
    twinning = getattr(getattr(request, "resolver_match", None), "namespace", "") == "twinning"
    root = site_root(context)
    if root is None:
        return f"-:{twinning}"
    if not isinstance(page, Page):
        return f"{root.pk}:-:{twinning}"
    section_end = (root.depth + 1) * Page.steplen
    own = len(page.path) == section_end
    return f"{root.pk}:{page.path[:section_end]}:{own}:{twinning}"


@register.simple_tag
def breadcrumbs(page):
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gt=1))


@register.filter
def is_active_section(menu_page, page):
    return isinstance(page, Page) and (
        menu_page.pk == page.pk or page.path.startswith(menu_page.path)
    )
