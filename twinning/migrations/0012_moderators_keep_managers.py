"""Twinning moderators decide claims, see managers and the profile history (and revert)."""

from django.db import migrations

PERMISSIONS = {
    "claim": ["view", "change", "moderate"],
    "manager": ["view", "change"],
    "profilechange": ["view", "change"],
    "contactmessage": ["view", "delete"],
}


def forwards(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("twinning"), verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Twinning moderators")
    for model, actions in PERMISSIONS.items():
        codenames = [f"{action}_{model}" for action in actions]
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="twinning", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("twinning", "0011_profile_management")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
