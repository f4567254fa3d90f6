"""Reference data the twinning forms need: the themes, named in all 25 languages
(data/themes.json), and one row per working language. Used by a data migration and by
load_demo_content."""

import json
from pathlib import Path

from .constants import LANGUAGE_CODES

THEMES_FILE = Path(__file__).resolve().parent / "data" / "themes.json"


def theme_names():
    """{slug: {language: name}}, in the order the themes are listed."""
    return json.loads(THEMES_FILE.read_text(encoding="utf-8"))


def ensure(theme_model, language_model):
    """Create what is missing and fill empty translations; never overwrite an editor's
    names (models are passed in, so migrations can use their own)."""
    for slug, names in theme_names().items():
        fields = {f"name_{code}": name for code, name in names.items() if code in LANGUAGE_CODES}
        theme, created = theme_model.objects.get_or_create(
            slug=slug, defaults={"name": names["en"], **fields}
        )
        if created:
            continue
        empty = {field: name for field, name in fields.items() if not getattr(theme, field)}
        if empty:
            for field, name in empty.items():
                setattr(theme, field, name)
            theme.save(update_fields=list(empty))
    for code in LANGUAGE_CODES:
        language_model.objects.get_or_create(code=code)
