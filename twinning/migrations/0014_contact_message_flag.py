"""A contact message can be flagged as reported spam or abuse, and waits for a moderator
then; moderators may now change a message, which means its flag only (the admin form
shows nothing else as editable)."""

from django.db import migrations, models


def forwards(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("twinning"), verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Twinning moderators")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="twinning", codename="change_contactmessage"
        )
    )


class Migration(migrations.Migration):
    dependencies = [("twinning", "0013_request_status_history")]

    operations = [
        migrations.AddField(
            model_name="contactmessage",
            name="flagged",
            field=models.BooleanField(
                db_index=True,
                default=False,
                help_text="It waits on the dashboard until a moderator deletes it or clears this.",
                verbose_name="reported as spam or abuse",
            ),
        ),
        migrations.AddField(
            model_name="contactmessage",
            name="flagged_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="reported"
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
