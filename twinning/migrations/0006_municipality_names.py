# Every spelling of a place in one table, indexed for substring and typo-tolerant search:
# pg_trgm's GIN index on PostgreSQL, an FTS5 trigram table on SQLite.

import django.db.models.deletion
from django.db import migrations, models

from twinning.names import search_key

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX tw_name_key_trgm ON twinning_municipalityname USING gin (key gin_trgm_ops)",
    # Prefix LIKE under a non-C collation needs the pattern operator class.
    "CREATE INDEX tw_name_key_prefix ON twinning_municipalityname (key varchar_pattern_ops)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS tw_name_key_trgm",
    "DROP INDEX IF EXISTS tw_name_key_prefix",
]

# An external-content FTS5 table: it stores only the trigram index; the triggers keep it
# in step with every insert, update and delete, bulk ones included.
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE twinning_name_trigram USING fts5("
    "key, content='twinning_municipalityname', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER twinning_name_ai AFTER INSERT ON twinning_municipalityname BEGIN "
    "INSERT INTO twinning_name_trigram(rowid, key) VALUES (new.id, new.key); END",
    "CREATE TRIGGER twinning_name_ad AFTER DELETE ON twinning_municipalityname BEGIN "
    "INSERT INTO twinning_name_trigram(twinning_name_trigram, rowid, key) "
    "VALUES ('delete', old.id, old.key); END",
    "CREATE TRIGGER twinning_name_au AFTER UPDATE ON twinning_municipalityname BEGIN "
    "INSERT INTO twinning_name_trigram(twinning_name_trigram, rowid, key) "
    "VALUES ('delete', old.id, old.key); "
    "INSERT INTO twinning_name_trigram(rowid, key) VALUES (new.id, new.key); END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS twinning_name_ai",
    "DROP TRIGGER IF EXISTS twinning_name_ad",
    "DROP TRIGGER IF EXISTS twinning_name_au",
    "DROP TABLE IF EXISTS twinning_name_trigram",
]


def run_for_vendor(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, []):
            schema_editor.execute(sql)

    return run


def main_names(apps, schema_editor):
    """Profiles that exist already get their main name; the import adds the others."""
    Municipality = apps.get_model("twinning", "Municipality")
    MunicipalityName = apps.get_model("twinning", "MunicipalityName")
    rows = Municipality.objects.values_list("pk", "name").iterator(chunk_size=2000)
    batch = []
    for pk, name in rows:
        batch.append(MunicipalityName(municipality_id=pk, name=name, key=search_key(name), is_main=True))
        if len(batch) >= 2000:
            MunicipalityName.objects.bulk_create(batch)
            batch = []
    MunicipalityName.objects.bulk_create(batch)


class Migration(migrations.Migration):

    dependencies = [
        ('twinning', '0005_seeking_partner_partial_index'),
    ]

    operations = [
        migrations.CreateModel(
            name='MunicipalityName',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200, verbose_name='name')),
                ('key', models.CharField(max_length=200, verbose_name='search key')),
                ('is_main', models.BooleanField(default=False, verbose_name='main name')),
                ('municipality', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='names', to='twinning.municipality', verbose_name='municipality')),
            ],
            options={
                'verbose_name': 'spelling',
                'verbose_name_plural': 'spellings',
                'indexes': [models.Index(fields=['key'], name='tw_name_key')],
                'constraints': [models.UniqueConstraint(fields=('municipality', 'name'), name='tw_name_unique')],
            },
        ),
        migrations.RunPython(
            run_for_vendor({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            run_for_vendor({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
        migrations.RunPython(main_names, migrations.RunPython.noop),
    ]
