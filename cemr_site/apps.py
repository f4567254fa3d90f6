from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CemrSiteConfig(AppConfig):
    name = "cemr_site"
    verbose_name = _("Site")

    def ready(self):
        from .search import connect_signals

        connect_signals()
