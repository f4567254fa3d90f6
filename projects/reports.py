"""The editors' "Missing translations" report: which page lacks which language, and in
which field.

A field counts as missing in a language when it has English text and is empty in that
language (visitors then read English), and as untranslated when its text there is the
English text itself, copied, and longer than a few words (a name such as "PLATFORMA" or
"RFSC" may rightly be the same in every language)."""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.models import Page

# Page fields that are per language but not content a visitor reads as such.
TECHNICAL_FIELDS = {"slug", "url_path", "seo_title", "search_description"}
# A copy of the English of more words than this counts as not translated.
COPIED_MIN_WORDS = 4
EMPTY, COPIED = "empty", "copied"
PROBLEM_LABELS = {EMPTY: _("empty"), COPIED: _("same as the English")}


def content_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return ["title"]
    names = set(options.get_field_names()) - TECHNICAL_FIELDS
    # In the order the model declares them (the translator's own order is a set's).
    return [field.name for field in model._meta.get_fields() if field.name in names]


def _text(page, field, code):
    if hasattr(page, "_plain_text"):
        return page._plain_text(field, code)
    return str(getattr(page, f"{field}_{code}", None) or "").strip()


def field_problems(page):
    """{language code: [(field name, EMPTY or COPIED), …]} for `page` (a specific page),
    the languages without a problem left out."""
    default = settings.LANGUAGE_CODE
    english = {name: _text(page, name, default) for name in content_fields(type(page))}
    english = {name: text for name, text in english.items() if text}
    problems = {}
    for code, _name in settings.LANGUAGES:
        if code == default:
            continue
        found = []
        for name, source in english.items():
            text = _text(page, name, code)
            if not text:
                found.append((name, EMPTY))
            elif text == source and len(source.split()) > COPIED_MIN_WORDS:
                found.append((name, COPIED))
        if found:
            problems[code] = found
    return problems


def missing_languages(page):
    """Codes of the languages in which `page` is not fully written."""
    return list(field_problems(page))


def _label(page, name):
    return str(page._meta.get_field(name).verbose_name)


@permission_required("wagtailadmin.access_admin")
def missing_translations(request):
    names = dict(settings.LANGUAGES)
    language = request.GET.get("language", "")
    if language not in names or language == settings.LANGUAGE_CODE:
        language = ""
    rows = []
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        problems = field_problems(page)
        if language:
            problems = {language: problems[language]} if language in problems else {}
        if problems:
            languages = [
                (
                    names[code],
                    [(_label(page, name), PROBLEM_LABELS[kind]) for name, kind in found],
                )
                for code, found in problems.items()
            ]
            rows.append((page, languages))
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
