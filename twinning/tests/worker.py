"""Run the mail worker inside a test, as `manage.py db_worker --batch` does in use."""

from unittest import mock

from django.core.management import call_command


def run_mail_worker():
    """Run every task waiting on the mail queue, then return.

    The worker refreshes its database connection between tasks; inside a test's
    transaction that would roll the test back, so the refresh is left out here."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker",
            "--backend=mail",
            "--queue-name=mail",
            "--batch",
            "--interval=0",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )
