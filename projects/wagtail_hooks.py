from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
