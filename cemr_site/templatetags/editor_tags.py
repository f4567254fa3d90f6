"""The content-language picker of the Wagtail editor, rendered on the server for the
object being edited (templates/wagtailadmin/generic/form.html): the languages that
hold content are marked in the HTML itself, for sighted editors and screen readers."""

from django import template

from cemr_site.editor_languages import editor_languages

register = template.Library()


@register.inclusion_tag("admin/editor_languages.html", takes_context=True)
def editor_language_picker(context):
    """Pages (`page`) and snippets or settings (`object`, or `model` on a create view)."""
    instance = context.get("page") or context.get("object")
    model = type(instance) if instance is not None else context.get("model")
    if instance is not None and instance.pk is None:
        instance = None  # a new page: nothing written yet
    data = editor_languages(model, instance) if model is not None else None
    return {"editor_languages": data}
