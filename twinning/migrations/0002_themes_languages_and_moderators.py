"""Reference data the forms need from the start (themes, working languages) and the
"Twinning moderators" group."""

from django.db import migrations

from twinning import reference_data

MODERATOR_PERMISSIONS = [
    ("twinning", "partnershiprequest", ["view", "change", "delete", "moderate"]),
    ("twinning", "municipality", ["add", "view", "change", "delete"]),
    ("twinning", "theme", ["add", "view", "change"]),
    ("twinning", "twinninglink", ["add", "view", "change", "delete"]),
    ("twinning", "outgoingmail", ["view"]),
]


def forwards(apps, schema_editor):
    reference_data.ensure(apps.get_model("twinning", "Theme"), apps.get_model("twinning", "Language"))

    # Permissions are normally created after migrations; make sure they exist now.
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("twinning"), verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Twinning moderators")
    for app_label, model, actions in MODERATOR_PERMISSIONS:
        codenames = [f"{action}_{model}" for action in actions]
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access_admin:
        group.permissions.add(access_admin)


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Twinning moderators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("twinning", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
