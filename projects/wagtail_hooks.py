from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import reports
from .models import ContactPerson, PartnerOrganisation


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    list_display = ["name", "role", "email"]
    search_fields = ["name", "role", "email"]


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    list_display = ["name", "url"]
    search_fields = ["name"]


class ProgrammeSnippets(SnippetViewSetGroup):
    menu_label = _("Programme data")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (ContactPersonViewSet, PartnerOrganisationViewSet)


register_snippet(ProgrammeSnippets)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/missing-translations/",
            reports.missing_translations,
            name="missing_translations",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_missing_translations_menu_item():
    return MenuItem(
        _("Missing translations"), reverse("missing_translations"), icon_name="globe", order=700
    )
