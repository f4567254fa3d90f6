"""Sending the outbox. Views only write `OutgoingMail` rows (and wake the worker in the
same transaction); the mail worker (`manage.py db_worker --backend mail`) and the cron
sweep `manage.py send_pending_mails` call `deliver_due`.

Each mail is claimed before it is sent, so two workers never send the same mail: on
PostgreSQL with `SELECT … FOR UPDATE SKIP LOCKED`, on SQLite (one writer at a time) with
a single conditional UPDATE. A failed mail waits longer after each attempt (doubling, up
to a cap) and is given up after `TWINNING_MAIL_MAX_ATTEMPTS`: a dead letter that the
admin lists and can send again."""

import datetime
import logging
import smtplib
import socket
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import connection, transaction
from django.db.models import Min, Subquery
from django.utils import timezone

from .models import OutgoingMail

logger = logging.getLogger(__name__)
State = OutgoingMail.State

# Mails taken at once: sent over one connection, the next batch taken after.
BATCH = 50
# A worker that takes a mail has this long to send it before another may take it over.
LEASE = datetime.timedelta(minutes=15)
# Errors that say the server, not this mail, is the trouble: the rest of the batch is put
# back untouched instead of each waiting out the same timeout.
SERVER_ERRORS = (socket.timeout, ConnectionError, smtplib.SMTPServerDisconnected, TimeoutError)


@dataclass
class Delivery:
    sent: int = 0
    failed: int = 0
    dead: int = 0
    put_back: int = 0
    server_down: bool = False

    def add(self, other):
        self.sent += other.sent
        self.failed += other.failed
        self.dead += other.dead
        self.put_back += other.put_back
        self.server_down = self.server_down or other.server_down

    @property
    def tried(self):
        return self.sent + self.failed + self.dead


def retry_delay(attempts):
    """The wait after the given number of failed attempts: base, 2 × base, 4 × base, …
    never more than the cap."""
    base = settings.TWINNING_MAIL_RETRY_BASE_SECONDS
    cap = settings.TWINNING_MAIL_RETRY_CAP_SECONDS
    return datetime.timedelta(seconds=min(cap, base * 2 ** max(0, attempts - 1)))


def claim_due(limit=None, now=None):
    """Take up to `limit` due mails for this caller alone; returns them."""
    now = now or timezone.now()
    limit = limit or BATCH
    token = uuid.uuid4().hex
    due = OutgoingMail.objects.due(now)
    with transaction.atomic():
        if connection.features.has_select_for_update_skip_locked:
            ids = list(
                due.order_by("next_attempt_at", "pk")
                .select_for_update(skip_locked=True)
                .values_list("pk", flat=True)[:limit]
            )
            taken = OutgoingMail.objects.filter(pk__in=ids)
        else:
            # The WHERE repeats the due conditions, so a row another writer took first is
            # left alone: the UPDATE is a compare-and-set.
            picked = due.order_by("next_attempt_at", "pk").values("pk")[:limit]
            taken = due.filter(pk__in=Subquery(picked))
        taken.update(state=State.SENDING, taken_by=token, lease_until=now + LEASE)
    return list(OutgoingMail.objects.filter(taken_by=token, state=State.SENDING).order_by("pk"))


def deliver_due(limit=None):
    """Claim the due mails and send them over one connection; returns a Delivery."""
    result = Delivery()
    mails = claim_due(limit)
    backend = get_connection()
    for index, mail in enumerate(mails):
        try:
            message = EmailMessage(
                mail.subject,
                mail.body,
                to=mail.to.split("\n"),
                reply_to=[mail.reply_to] if mail.reply_to else None,
                connection=backend,
            )
            message.send()
        except Exception as error:  # any backend failure: keep the mail for a retry
            if _failed(mail, error):
                result.dead += 1
            else:
                result.failed += 1
            if isinstance(error, SERVER_ERRORS):
                result.put_back += _put_back(mails[index + 1 :], mail.attempts + 1)
                result.server_down = True
                break
        else:
            _sent(mail)
            result.sent += 1
    backend.close()
    return result


def _sent(mail):
    OutgoingMail.objects.filter(pk=mail.pk, taken_by=mail.taken_by).update(
        state=State.SENT,
        sent_at=timezone.now(),
        attempts=mail.attempts + 1,
        last_error="",
        taken_by="",
        lease_until=None,
    )


def _failed(mail, error):
    """Record the failure; returns True when the mail is given up."""
    attempts = mail.attempts + 1
    dead = attempts >= settings.TWINNING_MAIL_MAX_ATTEMPTS
    logger.warning(
        "Mail %s (%s) not sent, attempt %s%s: %s",
        mail.pk,
        mail.kind,
        attempts,
        ", given up" if dead else "",
        error,
    )
    OutgoingMail.objects.filter(pk=mail.pk, taken_by=mail.taken_by).update(
        state=State.DEAD if dead else State.PENDING,
        attempts=attempts,
        next_attempt_at=timezone.now() + retry_delay(attempts),
        last_error=f"{type(error).__name__}: {error}"[:2000],
        taken_by="",
        lease_until=None,
    )
    return dead


def _put_back(mails, attempts):
    """Return mails not tried to the queue, due when the failed one is retried, so a
    server that is down is not asked again at once; no attempt is counted for them."""
    ids = [mail.pk for mail in mails]
    return OutgoingMail.objects.filter(pk__in=ids, state=State.SENDING).update(
        state=State.PENDING,
        next_attempt_at=timezone.now() + retry_delay(attempts),
        taken_by="",
        lease_until=None,
    )


def next_attempt_at():
    """When the earliest waiting mail is due, or None when none waits."""
    waiting = OutgoingMail.objects.filter(state=State.PENDING)
    return waiting.aggregate(at=Min("next_attempt_at"))["at"]


def send_again(mails):
    """Give dead letters (or failing mails) a fresh set of attempts, due now."""
    count = mails.exclude(state__in=[State.SENT, State.SENDING]).update(
        state=State.PENDING, attempts=0, next_attempt_at=timezone.now()
    )
    if count:
        wake_worker()
    return count


def wake_worker():
    """Ask the mail worker to send what is due. Called inside the transaction that wrote
    the mails: the task row commits (or rolls back) with them."""
    from .tasks import send_due_mails

    send_due_mails.enqueue()
