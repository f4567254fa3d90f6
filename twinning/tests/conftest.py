import pytest
from django.contrib.auth.models import Group
from django.test import Client


@pytest.fixture
def moderator_client(django_user_model):
    """A client signed in to the admin as a member of "Twinning moderators"."""
    user = django_user_model.objects.create_user("mod", "mod@ccre-cemr.org", "pw")
    user.groups.add(Group.objects.get(name="Twinning moderators"))
    client = Client()
    client.force_login(user)
    return client
