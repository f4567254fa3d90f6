import pytest
from django.contrib.auth.models import Group

from news.models import EventIndexPage, NewsIndexPage, PublicationIndexPage


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("news-editor", "news@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get()


@pytest.fixture
def event_index(db):
    return EventIndexPage.objects.get()


@pytest.fixture
def publication_index(db):
    return PublicationIndexPage.objects.get()
