from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live public page in every language, each entry listing its alternates."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return (
            Page.objects.live().public().filter(depth__gt=1).order_by("path").only(*self._fields())
        )

    @staticmethod
    def _fields():
        return ["id", "path", "depth", "last_published_at", "url_path"] + [
            f"url_path_{code}" for code, _name in settings.LANGUAGES
        ]

    # Absolute URLs from the configured public address, not from the request's Host.
    def get_protocol(self, protocol=None):
        return urlsplit(settings.PUBLIC_BASE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.PUBLIC_BASE_URL).netloc

    def location(self, item):
        # Called with the entry's language active, so url_path is that language's.
        return item.get_url_parts()[2]

    def lastmod(self, item):
        return item.last_published_at
