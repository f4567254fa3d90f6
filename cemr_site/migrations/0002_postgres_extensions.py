# unaccent for accent-blind page search, pg_trgm for the twinning name search.
# CreateExtension does nothing on SQLite; both extensions are trusted, so the database
# owner can create them without superuser rights (PostgreSQL 13+).

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class KeepOnReverse:
    """Unapplying leaves the extension in place: other apps' indexes and queries (the
    twinning trigram index) depend on it, and DROP EXTENSION would fail or break them."""

    reversible = True

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass


class CreateUnaccent(KeepOnReverse, UnaccentExtension):
    pass


class CreateTrigram(KeepOnReverse, TrigramExtension):
    pass


class Migration(migrations.Migration):
    dependencies = [("cemr_site", "0001_initial")]

    operations = [CreateUnaccent(), CreateTrigram()]
