"""Create a superuser for local development once, and print its login each time.

Refuses to run with DEBUG off: production accounts are made with createsuperuser.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the local development superuser (dev settings only) and print its login."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_local_admin is for local development (DEBUG=True) only.")
        login_file = Path(settings.BASE_DIR) / ".local-admin-login"
        User = get_user_model()
        user = User.objects.filter(username=USERNAME).first()
        if user is None or not login_file.exists():
            password = secrets.token_urlsafe(12)
            if user is None:
                user = User.objects.create_superuser(USERNAME, "admin@localhost", password)
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            login_file.write_text(f"{USERNAME}\n{password}\n")
            login_file.chmod(0o600)
        username, password = login_file.read_text().split()[:2]
        self.stdout.write(
            self.style.SUCCESS(
                f"Local admin: http://127.0.0.1:8000/admin/  user: {username}  password: {password}"
            )
        )
