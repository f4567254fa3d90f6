"""Which language a translated field is shown in. modeltranslation falls back to English
where a language has no text; a template must then mark that part `lang="en"` (WCAG
3.1.2, language of parts) and the page must say what is missing."""

import functools

from babel import Locale
from django.conf import settings
from django.utils.translation import get_language


def has_text(value):
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # a StreamValue
        return len(value) > 0
    return bool(str(value).strip())


def shown_language(obj, field, language=None):
    """The language `obj.field` is shown in for `language` (default: the active one):
    that language when it has text, else the first fallback language that has some.
    Fields that are not translated are taken as being in the page's language."""
    language = language or get_language()
    if not hasattr(obj, f"{field}_{settings.LANGUAGE_CODE}"):
        return language
    for code in (language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES):
        if has_text(getattr(obj, f"{field}_{code}", None)):
            return code
    return language


def fallback_fields(obj, fields, language=None):
    """Those of `fields` that `obj` shows in another language than `language`."""
    language = language or get_language()
    return [field for field in fields if shown_language(obj, field, language) != language]


@functools.cache
def native_name(code):
    """A language's name in that language, from CLDR: a noun, as europa.eu writes them
    ("čeština", "lietuvių", "Deutsch"), not Django's adverbs ("Česky")."""
    return Locale.parse(code).get_display_name(code)
