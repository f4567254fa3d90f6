from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CemrSiteConfig(AppConfig):
    name = "cemr_site"
    verbose_name = _("Site")

    def ready(self):
        from . import cache_invalidation, checks, search  # noqa: F401 (checks registers itself)

        search.connect_signals()
        cache_invalidation.connect_signals()
