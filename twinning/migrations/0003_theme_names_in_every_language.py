"""Name the themes in all 25 languages (0002 created them in four); names editors have
already given are kept."""

from django.db import migrations

from twinning import reference_data


def forwards(apps, schema_editor):
    reference_data.ensure(apps.get_model("twinning", "Theme"), apps.get_model("twinning", "Language"))


class Migration(migrations.Migration):
    dependencies = [("twinning", "0002_themes_languages_and_moderators")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
