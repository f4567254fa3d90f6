"""Background tasks (django-tasks with the database backend `mail`, run by
`manage.py db_worker --backend mail --queue-name mail`)."""

from dataclasses import asdict

from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult, get_date_max

from . import outbox


@task(backend="mail", queue_name="mail")
def send_due_mails():
    """Send every due mail, then book the next run for when the earliest retry is due.
    A server that times out ends the run: the rest waits for the retry."""
    total = outbox.Delivery()
    while True:
        batch = outbox.deliver_due()
        total.add(batch)
        if batch.server_down or not batch.tried:
            break
    retry_at = outbox.next_attempt_at()
    if retry_at and retry_at > timezone.now() and not _booked_by(retry_at):
        send_due_mails.using(run_after=retry_at).enqueue()
    return asdict(total)


def _booked_by(moment):
    """Is a run of this task already waiting to start at or before `moment`?"""
    starts_in_time = Q(run_after__lte=moment) | Q(run_after=get_date_max())
    return (
        DBTaskResult.objects.filter(
            task_path=send_due_mails.module_path, status=TaskResultStatus.READY
        )
        .filter(starts_in_time)
        .exists()
    )
