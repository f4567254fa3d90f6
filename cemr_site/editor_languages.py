"""The editor's languages: which of the 25 languages hold content in the object being
edited, for the content-language picker of the Wagtail editor (cemr_site/wagtail_hooks.py,
static/admin/editor_languages.js).

wagtail-modeltranslation's own picker lists 25 bare codes and says nothing about where
the text is; an editor opening a page in French wants to see at once that French, English
and German are written and the other 22 are not."""

from django.conf import settings
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_modeltranslation import settings as wmt_settings

from projects.reports import content_fields

from .languages import has_text


def translated_fields(model):
    """The model's fields kept per language (title, slug, body…), or [] for a model
    modeltranslation does not know."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    names = set(options.get_field_names())
    return [field.name for field in model._meta.get_fields() if field.name in names]


def _filled(instance, field, code):
    return instance is not None and has_text(
        getattr(instance, build_localized_fieldname(field, code), None)
    )


def editor_languages(model, instance=None):
    """What the picker and the copy bar need, or None for a model without translated
    fields: each language with its name (in the admin's language) and whether the
    instance has any content in it (the slug and SEO fields do not count: they are filled
    in for the editor), the form fields of each language, and for each translated field
    the languages it has text in; and the StreamFields that get a copy bar: those of a
    saved page, where wagtail-modeltranslation's copy view answers."""
    fields = translated_fields(model)
    if not fields:
        return None
    content = [field for field in content_fields(model) if field in fields]
    languages = []
    for code, name in settings.LANGUAGES:
        languages.append(
            {
                "code": code,
                "name": str(name),
                "has_content": any(_filled(instance, field, code) for field in content),
            }
        )
    return {
        "languages": languages,
        "fields": {
            code: [build_localized_fieldname(field, code) for field in fields]
            for code, _name in settings.LANGUAGES
        },
        "filled": {
            field: [code for code, _name in settings.LANGUAGES if _filled(instance, field, code)]
            for field in fields
        },
        "copy": [
            field
            for field in fields
            if isinstance(model._meta.get_field(field), StreamField)
            and isinstance(instance, Page)
            and instance.pk
        ],
        "shown": list(wmt_settings.LOCALE_PICKER_DEFAULT or [settings.LANGUAGE_CODE]),
        "restore": wmt_settings.LOCALE_PICKER_RESTORE,
    }
