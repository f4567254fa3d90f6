"""The editor's languages: our content-language picker and copy bar in Wagtail's editor.

wagtail-modeltranslation's picker is switched off (WAGTAILMODELTRANSLATION_LOCALE_PICKER
in settings); templates/wagtailadmin/generic/form.html renders ours for the object being
edited, and this script puts it in place. The package's copy bar stays, tamed by the same
script: only on translated fields, one menu instead of 24 buttons, and a question before a
field with content is overwritten."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def editor_languages_js():
    # After wagtail-modeltranslation's scripts (its app comes first): the copy bar the
    # package builds is there when ours runs.
    return format_html('<script src="{}"></script>', static("admin/editor_languages.js"))


@hooks.register("insert_global_admin_css")
def editor_languages_css():
    return format_html('<link rel="stylesheet" href="{}">', static("admin/editor_languages.css"))
