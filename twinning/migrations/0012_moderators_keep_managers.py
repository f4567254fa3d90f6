"""Twinning moderators decide claims, keep programme participations, see managers,
contact messages and the profile history (and revert), and answer one person's
requests about their data."""

from django.db import migrations

CODENAMES = [
    "view_claim",
    "change_claim",
    "moderate_claim",
    "handle_personal_data",
    "view_manager",
    "change_manager",
    "view_profilechange",
    "change_profilechange",
    "view_contactmessage",
    "delete_contactmessage",
    "view_participation",
    "add_participation",
    "change_participation",
    "delete_participation",
]


def forwards(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("twinning"), verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Twinning moderators")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="twinning", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [("twinning", "0011_profile_management")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
