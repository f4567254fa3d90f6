"""The editors' "Missing translations" report: which page lacks which language.

A language counts as missing on a page when its title is empty, or when a translated
field that has English text is empty in that language (visitors then read English)."""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.models import Page

# Page fields that are per language but not content a visitor reads as such.
TECHNICAL_FIELDS = {"slug", "url_path", "seo_title", "search_description"}


def content_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return ["title"]
    return [name for name in options.get_field_names() if name not in TECHNICAL_FIELDS]


def missing_languages(page):
    """Codes of the languages in which `page` (a specific page) is not fully written."""
    fields = content_fields(type(page))
    default = settings.LANGUAGE_CODE
    present = [name for name in fields if getattr(page, f"{name}_{default}", None)]
    missing = []
    for code, _name in settings.LANGUAGES:
        if code != default and any(not getattr(page, f"{name}_{code}", None) for name in present):
            missing.append(code)
    return missing


@permission_required("wagtailadmin.access_admin")
def missing_translations(request):
    names = dict(settings.LANGUAGES)
    language = request.GET.get("language", "")
    if language not in names or language == settings.LANGUAGE_CODE:
        language = ""
    rows = []
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        missing = missing_languages(page)
        if missing and (not language or language in missing):
            rows.append((page, [names[code] for code in missing]))
    choices = [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    return render(
        request,
        "projects/admin/missing_translations.html",
        {
            "page_title": _("Missing translations"),
            "header_icon": "globe",
            "rows": rows,
            "languages": choices,
            "language": language,
        },
    )
