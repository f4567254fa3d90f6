"""Writing to a managed profile: relayed by mail to its manager, whose address no
response ever shows; spam defences, the daily cap, and a mail outage lose nothing."""

import pytest
from django.core import mail
from django.test import Client, override_settings

from twinning.models import ContactMessage, Manager, OutgoingMail
from twinning.spam import sign_form_start

from .factories import make_municipality
from .worker import run_mail_worker

pytestmark = pytest.mark.django_db

MANAGER_EMAIL = "relations@zadar.example"
MESSAGE = {
    "sender_name": "Jan Novak",
    "sender_organisation": "Town hall of Example, Czechia",
    "sender_email": "jan.novak@town.example",
    "message": "We would like to talk about a youth exchange next summer.",
    "consent": "on",
    "homepage": "",
}


@pytest.fixture
def town(db):
    town = make_municipality(name="Zadar", slug="zadar-hr", country="HR", population=70_000)
    Manager.objects.create(municipality=town, email=MANAGER_EMAIL, name="Ana", language="hr")
    return town


def contact_url(town, language="en"):
    return f"/{language}/twinning/municipalities/{town.slug}/contact/"


def send(client, town, language="en", token=None, **changes):
    data = {**MESSAGE, "form_start": sign_form_start(token=token, started=0), **changes}
    return client.post(contact_url(town, language), data)


def test_a_message_reaches_the_manager_who_can_reply_to_the_sender(client, town):
    profile = client.get(f"/en/twinning/municipalities/{town.slug}/").content.decode()
    assert f'href="{contact_url(town)}"' in profile

    response = send(client, town, "fr")
    assert response.status_code == 302
    assert response["Location"] == f"/fr/twinning/municipalities/{town.slug}/contact/sent/"
    sent_page = client.get(response["Location"])
    assert sent_page.status_code == 200 and "Zadar" in sent_page.content.decode()
    assert mail.outbox == []  # nothing is sent inside the request

    run_mail_worker()
    (relayed,) = mail.outbox
    assert relayed.to == [MANAGER_EMAIL]
    assert relayed.reply_to == [MESSAGE["sender_email"]]
    assert MESSAGE["message"] in relayed.body and MESSAGE["sender_email"] in relayed.body
    assert "Zadar" in relayed.subject and MESSAGE["sender_organisation"] in relayed.subject
    assert f"/hr/twinning/manage/{town.slug}/" in relayed.body  # the manager's language
    stored = ContactMessage.objects.get()
    assert (stored.language, stored.manager.email) == ("fr", MANAGER_EMAIL)


def test_the_manager_address_is_in_no_response_of_the_flow(client, town):
    pages = [
        client.get(f"/en/twinning/municipalities/{town.slug}/"),
        client.get(contact_url(town)),
        send(client, town, homepage="spam"),  # refused
        send(client, town, message=""),  # invalid
    ]
    sent = send(client, town)
    pages += [sent, client.get(sent["Location"])]
    for response in pages:
        assert MANAGER_EMAIL not in response.content.decode()
        assert MANAGER_EMAIL not in str(response.headers)


def test_sending_the_same_form_twice_relays_one_message(client, town):
    token = "a" * 32
    assert send(client, town, token=token).status_code == 302
    assert send(client, town, token=token).status_code == 302
    assert ContactMessage.objects.count() == 1
    assert OutgoingMail.objects.filter(kind="contact").count() == 1


def test_bad_input_keeps_what_was_typed_and_says_what_is_wrong(client, town):
    response = send(client, town, sender_email="not an address", message="x" * 3001)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Enter a valid email address." in page
    assert MESSAGE["sender_organisation"] in page  # kept
    assert ContactMessage.objects.count() == 0


def test_bots_are_refused_and_nothing_is_relayed(client, town):
    assert send(client, town, homepage="https://spam.example").status_code == 200
    too_fast = {**MESSAGE, "form_start": sign_form_start()}
    assert client.post(contact_url(town), too_fast).status_code == 200
    assert ContactMessage.objects.count() == 0


@override_settings(TWINNING_CONTACT_DAILY_CAP=2)
def test_a_profile_takes_a_few_messages_a_day_then_asks_senders_to_wait(town):
    for _ in range(2):
        assert send(Client(), town).status_code == 302
    response = send(Client(), town)
    assert response.status_code == 429
    assert "many messages today" in response.content.decode()
    assert MESSAGE["message"] in response.content.decode()  # the text is not lost
    assert ContactMessage.objects.count() == 2


@override_settings(TWINNING_CONTACT_RATE_LIMIT="2/h")
def test_one_connection_sends_a_few_messages_an_hour(client, town):
    other = make_municipality(name="Split", slug="split-hr", country="HR")
    Manager.objects.create(municipality=other, email="split@split.example")
    assert send(client, town).status_code == 302
    assert send(client, other).status_code == 302
    assert send(client, town, message="Another one").status_code == 429
    assert ContactMessage.objects.count() == 2


def test_profiles_without_a_manager_or_with_contact_off_point_to_cemr(client, town):
    unmanaged = make_municipality(name="Šibenik", slug="sibenik-hr", country="HR")
    response = client.get(contact_url(unmanaged))
    assert response.status_code == 404
    assert "/en/twinning/request/?partner=sibenik-hr" in response.content.decode()
    profile = client.get(f"/en/twinning/municipalities/{unmanaged.slug}/").content.decode()
    assert contact_url(unmanaged) not in profile

    Manager.objects.filter(municipality=town).update(contact_enabled=False)
    assert send(client, town).status_code == 404
    profile = client.get(f"/en/twinning/municipalities/{town.slug}/").content.decode()
    assert contact_url(town) not in profile
    assert ContactMessage.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_mail_outage_loses_no_message(town, settings):
    settings.EMAIL_BACKEND = "twinning.tests.failing_backend.FailingBackend"
    assert send(Client(), town).status_code == 302
    run_mail_worker()
    relayed = OutgoingMail.objects.get(kind="contact")
    assert (relayed.state, relayed.attempts) == ("pending", 1)
    assert "unreachable" in relayed.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutgoingMail.objects.update(next_attempt_at=relayed.created_at)  # due again now
    from twinning import outbox

    outbox.deliver_due()
    (sent,) = mail.outbox
    assert sent.to == [MANAGER_EMAIL] and MESSAGE["message"] in sent.body
    assert OutgoingMail.objects.get(kind="contact").state == "sent"


def test_the_sent_page_is_only_for_who_sent(client, town):
    response = client.get(f"/en/twinning/municipalities/{town.slug}/contact/sent/")
    assert response.status_code == 302 and response["Location"] == contact_url(town)
