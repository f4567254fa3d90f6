"""The outbox: views only write mails, the worker sends each once, retries with a
growing wait, gives up into a dead letter that the admin can send again."""

import datetime
import threading
import time
from collections import Counter

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from twinning import outbox
from twinning.models import OutgoingMail, PartnershipRequest
from twinning.tasks import send_due_mails

from .factories import request_data
from .smtp_servers import stalled_smtp, working_smtp
from .worker import run_mail_worker

URL = "/en/twinning/request/"
State = OutgoingMail.State


@pytest.fixture(autouse=True)
def _no_demo_requests(db):
    PartnershipRequest.objects.all().delete()


def smtp_settings(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 1


def make_mails(count, **fields):
    request = PartnershipRequest.objects.create(
        municipality_name="Outboxville",
        country="FR",
        contact_name="A. Sender",
        contact_email="sender@ccre-cemr.org",
        message="Hello",
        submission_token=f"token-{time.monotonic_ns()}",
    )
    return [
        OutgoingMail.objects.create(
            request=request,
            kind=OutgoingMail.Kind.CONFIRMATION,
            to="sender@ccre-cemr.org",
            subject=f"Mail {number}",
            body="Body",
            **fields,
        )
        for number in range(count)
    ]


def make_due():
    """Time passes: waiting mails, and the worker runs booked for them, are due."""
    now = timezone.now()
    OutgoingMail.objects.filter(state=State.PENDING).update(next_attempt_at=now)
    DBTaskResult.objects.filter(status="READY", run_after__gt=now).update(run_after=now)


@pytest.mark.django_db
def test_a_stalled_smtp_server_costs_the_visitor_nothing_and_every_mail_goes_once(settings):
    settings.TWINNING_REQUEST_RATE_LIMIT = "100/h"
    with stalled_smtp() as stalled:
        smtp_settings(settings, stalled.port)
        for number in range(3):
            started = time.monotonic()
            response = Client().post(URL, request_data(municipality_name=f"Town {number}"))
            elapsed = time.monotonic() - started
            assert response.status_code == 302
            assert elapsed < 1, elapsed
        assert stalled.connections == []  # the requests never talked to the mail server
        run_mail_worker()  # the worker meets the stall: one attempt, the rest put back
        assert len(stalled.connections) == 1
    assert OutgoingMail.objects.filter(state=State.PENDING).count() == 6
    assert list(OutgoingMail.objects.exclude(attempts=0).values_list("attempts", flat=True)) == [1]
    assert "SMTPServerDisconnected" in OutgoingMail.objects.get(attempts=1).last_error

    with working_smtp() as (port, received):
        smtp_settings(settings, port)
        run_mail_worker()
        assert received == []  # nothing is due before its retry time
        make_due()
        run_mail_worker()
    subjects = Counter(message["Subject"] for message in received)
    assert len(subjects) == 6 and set(subjects.values()) == {1}
    assert set(OutgoingMail.objects.values_list("state", flat=True)) == {State.SENT}


@pytest.mark.django_db
def test_the_wait_doubles_after_each_failure_up_to_the_cap(settings):
    settings.TWINNING_MAIL_RETRY_BASE_SECONDS = 60
    settings.TWINNING_MAIL_RETRY_CAP_SECONDS = 3600
    waits = [outbox.retry_delay(attempts).total_seconds() for attempts in range(1, 10)]
    assert waits == [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]


@pytest.mark.django_db
def test_a_failing_mail_is_retried_later_then_given_up_as_a_dead_letter(settings):
    settings.EMAIL_BACKEND = "twinning.tests.failing_backend.RejectingBackend"
    settings.TWINNING_MAIL_MAX_ATTEMPTS = 3
    (letter,) = make_mails(1)
    before = timezone.now()
    result = outbox.deliver_due()
    assert (result.sent, result.failed, result.dead) == (0, 1, 0)
    letter.refresh_from_db()
    assert letter.state == State.PENDING and letter.attempts == 1
    assert letter.next_attempt_at >= before + datetime.timedelta(seconds=60)
    assert outbox.deliver_due().failed == 0  # not due yet
    for expected in (2, 3):
        make_due()
        outbox.deliver_due()
        letter.refresh_from_db()
        assert letter.attempts == expected
    assert letter.state == State.DEAD
    make_due()
    assert outbox.deliver_due().failed == 0  # a dead letter is left alone


@pytest.mark.django_db
def test_the_worker_books_its_next_run_for_the_retry(settings):
    settings.EMAIL_BACKEND = "twinning.tests.failing_backend.RejectingBackend"
    make_mails(2)
    send_due_mails.call()
    waiting = DBTaskResult.objects.filter(task_path=send_due_mails.module_path, status="READY")
    (booked,) = waiting
    assert booked.run_after == outbox.next_attempt_at()
    send_due_mails.call()  # a second run before then books no second one
    assert waiting.count() == 1


@pytest.mark.django_db
def test_a_mail_abandoned_by_a_dead_worker_is_taken_over_after_its_lease():
    (mail_row,) = make_mails(1)
    assert [m.pk for m in outbox.claim_due()] == [mail_row.pk]
    assert outbox.claim_due() == []  # taken: nobody else gets it
    OutgoingMail.objects.filter(pk=mail_row.pk).update(
        lease_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert [m.pk for m in outbox.claim_due()] == [mail_row.pk]


@pytest.mark.django_db
def test_a_claim_never_takes_a_row_another_worker_took_first(monkeypatch):
    """SQLite's path: the UPDATE repeats the due conditions, so a row taken between the
    pick and the write stays with the first worker (PostgreSQL locks instead)."""
    first, second = make_mails(2)
    real_due = OutgoingMail.objects.due

    def due_then_someone_takes_the_first(now):
        rows = real_due(now)
        if not getattr(due_then_someone_takes_the_first, "done", False):
            due_then_someone_takes_the_first.done = True
            OutgoingMail.objects.filter(pk=first.pk).update(
                state=State.SENDING, taken_by="other", lease_until=now + outbox.LEASE
            )
        return rows

    monkeypatch.setattr(OutgoingMail.objects, "due", due_then_someone_takes_the_first)
    taken = outbox.claim_due()
    assert [m.pk for m in taken] == [second.pk]
    assert OutgoingMail.objects.get(pk=first.pk).taken_by == "other"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_senders_never_send_a_mail_twice(settings, monkeypatch):
    settings.EMAIL_BACKEND = "twinning.tests.failing_backend.SlowBackend"
    monkeypatch.setattr(outbox, "BATCH", 5)  # many small claims, so the two interleave
    make_mails(40)
    results, errors = [], []

    def sender():
        try:
            results.append(send_due_mails.call())
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    subjects = Counter(message.subject for message in mail.outbox)
    assert len(subjects) == 40 and set(subjects.values()) == {1}
    assert all(result["sent"] > 0 for result in results), results  # both took part
    assert set(OutgoingMail.objects.values_list("state", flat=True)) == {State.SENT}


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@ccre-cemr.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_dead_letters_are_listed_in_the_admin_and_can_be_sent_again(admin_client):
    dead, sent = make_mails(2)
    OutgoingMail.objects.filter(pk=dead.pk).update(
        state=State.DEAD, attempts=12, last_error="SMTPRecipientsRefused: 550"
    )
    OutgoingMail.objects.filter(pk=sent.pk).update(state=State.SENT)
    index = reverse("twinning_mails:index")
    html = admin_client.get(index, {"state": "dead"}).content.decode()
    assert reverse("twinning_mails:edit", args=(dead.pk,)) in html
    assert reverse("twinning_mails:edit", args=(sent.pk,)) not in html

    edit = reverse("twinning_mails:edit", args=(dead.pk,))
    page = admin_client.get(edit).content.decode()
    assert "SMTPRecipientsRefused: 550" in page
    assert admin_client.post(edit, {"send_again": "on"}).status_code == 302
    dead.refresh_from_db()
    assert (dead.state, dead.attempts) == (State.PENDING, 0)
    run_mail_worker()
    assert [message.subject for message in mail.outbox] == ["Mail 0"]


@pytest.mark.django_db
def test_moderators_see_the_dead_letters_but_only_admins_send_again(client, django_user_model):
    user = django_user_model.objects.create_user("moderator", "m@ccre-cemr.org", "pw")
    user.groups.add(Group.objects.get(name="Twinning moderators"))
    client.force_login(user)
    (dead,) = make_mails(1, state=State.DEAD)
    html = client.get(reverse("twinning_mails:index"), {"state": "dead"}).content.decode()
    assert "Given up" in html
    edit = reverse("twinning_mails:edit", args=(dead.pk,))
    assert client.post(edit, {"send_again": "on"}).status_code in (302, 403)
    dead.refresh_from_db()
    assert dead.state == State.DEAD
