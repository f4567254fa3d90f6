"""Changes to a profile by its manager, each kept with what the fields held before, so
that a moderator can read the history and put any change back."""

from django.conf import settings
from django.db import transaction

from .models import Language, ProfileChange, Theme

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = [
    f"{field}_{code}" for field in ("description", "seeking_details") for code in LANGUAGE_CODES
]
PLAIN = ["seeking_partner", "website", "image_id"]
RELATED = {"themes": (Theme, "slug"), "languages": (Language, "code")}
EDITABLE = TRANSLATED + PLAIN + list(RELATED)


def snapshot(municipality):
    """The editable fields as plain JSON values (themes and languages as sorted keys)."""
    values = {name: getattr(municipality, name) for name in TRANSLATED + PLAIN}
    for name, (_model, key) in RELATED.items():
        values[name] = sorted(getattr(item, key) for item in getattr(municipality, name).all())
    for name in TRANSLATED:
        values[name] = values[name] or ""
    return values


def _apply(municipality, values):
    for name, value in values.items():
        if name in RELATED:
            model, key = RELATED[name]
            getattr(municipality, name).set(model.objects.filter(**{f"{key}__in": value}))
        else:
            setattr(municipality, name, value)
    plain = [name for name in values if name not in RELATED]
    if plain:
        municipality.save(update_fields=[*plain, "updated_at"])


@transaction.atomic
def save_changes(municipality, values, *, manager=None, user=None, reverts=None):
    """Write the fields in `values` that differ; returns the ProfileChange kept, or None
    when nothing changed."""
    before = snapshot(municipality)
    changed = [name for name in EDITABLE if name in values and values[name] != before[name]]
    if not changed:
        return None
    _apply(municipality, {name: values[name] for name in changed})
    return ProfileChange.objects.create(
        municipality=municipality,
        manager=manager,
        user=user,
        fields=changed,
        before={name: before[name] for name in changed},
        after={name: values[name] for name in changed},
        reverts=reverts,
    )


def revert(change, user):
    """Put back what the fields held before `change` (a new change in the history)."""
    return save_changes(change.municipality, change.before, user=user, reverts=change)


def field_label(name):
    """A readable name for a history entry: "description (fr)"."""
    base, _sep, code = name.rpartition("_")
    if code in LANGUAGE_CODES and base in ("description", "seeking_details"):
        return f"{base.replace('_', ' ')} ({code})"
    return name.removesuffix("_id").replace("_", " ")
