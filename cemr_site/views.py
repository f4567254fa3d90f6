import re
import sys

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page

# The site search lists municipalities too: the one place the site package reads an app
# outside urls.py.
from twinning.search import name_matches

from . import search as page_search
from .middleware import DATABASE_ERRORS, service_unavailable
from .visibility import public

MAX_QUERY_LENGTH = 200
MUNICIPALITIES_SHOWN = 5


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    municipalities = []
    if query:
        if page_search.is_enabled():
            found = page_search.search_pages(query, translation.get_language(), request)
        else:
            # Wagtail's SQLite backend hands the text to FTS5's query syntax, where a lone
            # quote or bracket is an error: search the words only.
            words = " ".join(re.findall(r"\w+", query))
            pages = public(Page.objects.live(), request).specific()
            found = pages.search(words, operator="and") if words else pages.none()
        paginator = Paginator(found, settings.SEARCH_RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
        if results.number == 1:  # shown above the first page of results only
            municipalities = municipalities_named(query)
    context = {"query": query, "results": results, "municipalities": municipalities}
    return render(request, "search/search.html", context)


def municipalities_named(query):
    """Published profiles one of whose spellings is what was typed ("leipzig", "Breslau").
    Partial and similar names are the partner search's job."""
    return name_matches(query, limit=MUNICIPALITIES_SHOWN, exact=True)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {settings.PUBLIC_BASE_URL}{reverse('django.contrib.sitemaps.views.sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # A database outage met outside a view (in a middleware): 503, as from a view.
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return service_unavailable(request)
    # No context processors: the database or cache may be what failed.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": request}))
