import pytest
from django.contrib.auth.models import Group
from django.test import Client


@pytest.fixture
def moderator(django_user_model):
    """A member of "Twinning moderators"."""
    user = django_user_model.objects.create_user("moderator", "moderator@example.org", "pw")
    user.groups.add(Group.objects.get(name="Twinning moderators"))
    return user


@pytest.fixture
def moderator_client(moderator):
    """A client signed in to the admin as that moderator."""
    client = Client()
    client.force_login(moderator)
    return client
