"""The submitter's status page: dates, the history of statuses, the mails sent to them
and what happens next; never another person's request."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from twinning import services
from twinning.models import OutgoingMail, PartnershipRequest, PartnershipRequestStatusChange

from .factories import request_data
from .worker import run_mail_worker

URL = "/en/twinning/request/"
STATUS_URL = "/en/twinning/request/status/"
Status = PartnershipRequest.Status


def at(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _no_demo_requests(db, settings):
    PartnershipRequest.objects.all().delete()  # the demo ones; rolled back after the test
    settings.TWINNING_MODERATOR_EMAILS = ["moderators@example.org"]


@pytest.fixture
def clock(monkeypatch):
    """timezone.now() at the time set, for auto_now and the fields defaulting to it too."""
    defaulting = [
        field
        for model in apps.get_app_config("twinning").get_models()
        for field in model._meta.concrete_fields
        if field.default is timezone.now
    ]

    class Clock:
        def set(self, moment):
            monkeypatch.setattr(timezone, "now", lambda: moment)
            for field in defaulting:
                monkeypatch.setattr(field, "_get_default", timezone.now)  # cached by Django

    return Clock()


def submit(client, capture, **overrides):
    with capture(execute=True):
        assert client.post(URL, request_data(**overrides)).status_code == 302
    return PartnershipRequest.objects.get(
        contact_email=overrides.get("contact_email", "olena@example.org")
    )


def look_up(client, reference, email):
    response = client.post(STATUS_URL, {"reference": reference, "email": email})
    assert response.status_code == 200
    return response


@pytest.mark.django_db
def test_history_lists_each_status_with_its_date_in_brussels_time(
    client, clock, django_capture_on_commit_callbacks
):
    clock.set(at(2026, 3, 2, 9, 15))  # winter time: 10:15 CET
    request = submit(client, django_capture_on_commit_callbacks)
    clock.set(at(2026, 3, 30, 12, 0))  # summer time since 29 March: 14:00 CEST
    services.change_status(request, Status.IN_REVIEW)
    clock.set(at(2026, 4, 10, 8, 30))
    services.change_status(request, Status.MATCHED, message="Meet Lviv's team.")

    history = list(request.status_changes.values_list("status", "changed_at"))
    assert history == [
        ("new", at(2026, 3, 2, 9, 15)),
        ("in_review", at(2026, 3, 30, 12, 0)),
        ("matched", at(2026, 4, 10, 8, 30)),
    ]
    response = look_up(client, request.reference, "olena@example.org")
    html = response.content.decode()
    section = html.split('class="timeline__list status-history"', 1)[1].split("</ol>", 1)[0]
    entries = section.split("<li>")[1:]
    assert len(entries) == 3
    for entry, (label, when) in zip(
        entries,
        [
            ("New", "2 March 2026, 10:15 CET"),
            ("In review", "30 March 2026, 14:00 CEST"),
            ("Matched with a partner", "10 April 2026, 10:30 CEST"),
        ],
        strict=True,
    ):
        assert label in entry and when in entry
    assert '<time datetime="2026-03-02T10:15:00+01:00">' in section
    # Received, the status now with its meaning, and what happens next.
    assert "2 March 2026, 10:15 CET" in html.split("Received", 1)[1]
    assert str(services.STATUS_MEANINGS[Status.MATCHED]) in html
    assert str(services.NEXT_STEPS[Status.MATCHED]) in html


@pytest.mark.django_db
def test_mails_sent_to_the_submitter_are_listed_by_subject_and_date(
    client, clock, django_capture_on_commit_callbacks
):
    clock.set(at(2026, 5, 4, 7, 0))
    request = submit(client, django_capture_on_commit_callbacks)
    services.change_status(request, Status.IN_REVIEW, message="A private word for Olena.")
    run_mail_worker()
    assert len(mail.outbox) == 3  # confirmation, moderators' notification, status news
    html = look_up(client, request.reference, "olena@example.org").content.decode()
    mails = html.split('class="link-list status-mails"', 1)[1].split("</ul>", 1)[0]
    assert f"Your partnership request {request.reference}" in mails
    assert f"News about your partnership request {request.reference}" in mails
    assert mails.count("Sent:") == 2
    assert "4 May 2026, 09:00 CEST" in mails
    # Not the mail to the moderators, and no mail's text.
    notification = OutgoingMail.objects.get(request=request, kind=OutgoingMail.Kind.NOTIFICATION)
    assert notification.subject not in html
    assert "A private word for Olena." not in html and "Dear " not in html


@pytest.mark.django_db
def test_a_mail_not_sent_yet_says_so(client, django_capture_on_commit_callbacks):
    request = submit(client, django_capture_on_commit_callbacks)
    OutgoingMail.objects.filter(request=request).update(state=OutgoingMail.State.PENDING)
    html = look_up(client, request.reference, "olena@example.org").content.decode()
    assert "Not sent yet" in html and "Sent:" not in html


@pytest.mark.django_db
def test_another_persons_request_never_shows_without_its_e_mail(
    client, django_capture_on_commit_callbacks
):
    mine = submit(client, django_capture_on_commit_callbacks)
    theirs = submit(
        client,
        django_capture_on_commit_callbacks,
        municipality_name="Kaniv",
        contact_email="taras@example.org",
        form_start=request_data()["form_start"],
    )
    services.change_status(theirs, Status.DECLINED)
    # Their reference with my address: nothing of theirs, and no history at all.
    response = look_up(client, theirs.reference, "olena@example.org")
    html = response.content.decode()
    assert response.context["found"] is None
    assert "history" not in response.context and "mails" not in response.context
    assert theirs.reference not in html.split("<main", 1)[1].replace(
        f'value="{theirs.reference}"', ""
    )
    assert "Declined" not in html and "status-history" not in html
    # My own look-up shows my mails only.
    html = look_up(client, mine.reference, "olena@example.org").content.decode()
    assert mine.reference in html and theirs.reference not in html
    assert "Declined" not in html


@pytest.mark.django_db
def test_closing_a_stale_request_and_moderating_it_are_recorded(
    client, django_user_model, clock, django_capture_on_commit_callbacks
):
    clock.set(at(2025, 1, 6, 10, 0))
    request = submit(client, django_capture_on_commit_callbacks)
    clock.set(at(2026, 6, 1, 10, 0))
    assert services.close_stale() == 1
    moderator = django_user_model.objects.create_user("moderator", "m@example.org", "pw")
    moderator.groups.add(Group.objects.get(name="Twinning moderators"))
    client.force_login(moderator)
    clock.set(at(2026, 6, 2, 10, 0))
    edit = reverse("twinning_requests:edit", args=(request.pk,))
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {"status": "in_review"}).status_code == 302
    assert list(request.status_changes.values_list("status", flat=True)) == [
        "new",
        "expired",
        "in_review",
    ]


@pytest.mark.django_db
def test_migration_starts_a_history_for_requests_sent_before_it(
    client, django_capture_on_commit_callbacks
):
    request = submit(client, django_capture_on_commit_callbacks)
    PartnershipRequestStatusChange.objects.all().delete()
    PartnershipRequest.objects.filter(pk=request.pk).update(
        status=Status.APPROVED, updated_at=request.created_at + datetime.timedelta(days=3)
    )
    migration = importlib.import_module("twinning.migrations.0013_request_status_history")
    migration.start_histories(apps, None)
    assert list(request.status_changes.values_list("status", "changed_at")) == [
        ("new", request.created_at),
        ("approved", request.created_at + datetime.timedelta(days=3)),
    ]
