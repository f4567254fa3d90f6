"""Template helpers for the site chrome: languages, navigation and breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info
from wagtail.models import Page, Site

from cemr_site.languages import native_name, shown_language
from cemr_site.visibility import public

register = template.Library()


FOOTER_PAGES = ("about_page", "privacy_page", "legal_page", "accessibility_page")


@register.simple_tag
def footer_pages(site_settings):
    """The footer's pages (about, privacy, legal notice, accessibility) in that order,
    unpublished ones left out. SiteSettings reads them with itself (select_related)."""
    pages = (getattr(site_settings, name) for name in FOOTER_PAGES)
    return [page for page in pages if page is not None and page.live]


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


def _language_urls(request, page):
    """The URL of what the visitor is looking at, in each language (a local path)."""
    urls = []
    current_path = request.get_full_path()
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page) and page.pk:
            with translation.override(code):
                url = page.get_url(request)
        else:
            url = translate_url(current_path, code)
        urls.append({"code": code, "name": native_name(code), "url": _local_path(url, code)})
    return urls


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Each language with its URL for the current page; computed once per request."""
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_cemr_language_alternates", None)
    if cached is None:
        cached = _language_urls(request, context.get("page"))
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
    cached = getattr(request, "_cemr_site_root", None)
    if cached is None:
        site = Site.find_for_request(request)
        cached = site.root_page.specific if site else None
        request._cemr_site_root = cached
    return cached


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
