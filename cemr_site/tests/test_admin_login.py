"""Admin login throttling (django-axes): wrong passwords lock one username at one client
address for the cool-off time; other addresses and other accounts can still sign in."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.db.models import F

LOGIN = "/admin/login/"
PASSWORD = "right-horse-battery-staple"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="editor", email="editor@example.org", password=PASSWORD
    )


def log_in(client, password, username="editor", **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


def logged_in(client):
    return "_auth_user_id" in client.session


def pass_cool_off(settings):
    AccessAttempt.objects.update(
        attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )


@pytest.mark.django_db
def test_wrong_passwords_lock_the_account_at_that_address_until_the_cool_off(
    client, editor, settings
):
    for _ in range(25):
        assert log_in(client, "guess").status_code in (200, 429)
    response = log_in(client, PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)
    assert client.get("/admin/").status_code == 302  # still sent to the login page

    pass_cool_off(settings)
    assert log_in(client, PASSWORD).status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
def test_a_few_typos_do_not_lock_and_success_resets_the_count(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "typo").status_code == 200
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "typo").status_code == 200
    assert log_in(client, PASSWORD).status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
def test_behind_a_proxy_another_address_is_not_locked(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    owner = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        log_in(client, "guess", **attacker)
    assert log_in(client, PASSWORD, **attacker).status_code == 429
    assert not logged_in(client)
    assert log_in(client, PASSWORD, **owner).status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
def test_without_trusted_proxies_a_spoofed_header_does_not_unlock(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "guess", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert log_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    assert not logged_in(client)


@pytest.mark.django_db
def test_another_account_at_the_same_address_is_not_locked(
    client, editor, django_user_model, settings
):
    django_user_model.objects.create_superuser(
        username="moderator", email="moderator@example.org", password=PASSWORD
    )
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "guess")
    assert log_in(client, PASSWORD).status_code == 429
    assert log_in(client, PASSWORD, username="moderator").status_code == 302
    assert logged_in(client)
