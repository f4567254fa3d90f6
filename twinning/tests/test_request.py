import io
import time

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

from twinning.forms import MIN_FILL_SECONDS, sign_form_start
from twinning.models import OutgoingMail, PartnershipRequest

from .factories import make_municipality, request_data
from .worker import run_mail_worker

URL = "/en/twinning/request/"


@pytest.fixture(autouse=True)
def _no_demo_requests(db):
    PartnershipRequest.objects.all().delete()  # the demo ones; rolled back after the test


BAD_INPUT = [
    ("municipality_name", ""),
    ("municipality_name", "x" * 201),
    ("municipality_name", "<script>alert(1)</script>"),
    ("municipality_name", "Zvenyhorodka\r\nBcc: spam@example.org"),
    ("country", ""),
    ("country", "ZZ"),
    ("region", "x" * 201),
    ("region", "<b>bold</b>"),
    ("population", "many"),
    ("population", "-5"),
    ("population", "0"),
    ("population", "999999999"),
    ("website", "not a website"),
    ("website", "javascript:alert(1)"),
    ("contact_name", ""),
    ("contact_name", "x" * 201),
    ("contact_name", "Olena\nBcc: spam@example.org"),
    ("contact_name", "<img src=x onerror=alert(1)>"),
    ("contact_role", "x" * 201),
    ("contact_email", ""),
    ("contact_email", "not-an-email"),
    ("contact_email", "olena@example.org\r\nBcc: spam@example.org"),
    ("contact_email", "a" * 250 + "@example.org"),
    ("contact_phone", "1" * 51),
    ("contact_phone", "<script>x</script>"),
    ("wished_countries", ["ZZ"]),
    ("wished_population_band", "huge"),
    ("wished_themes", ["no-such-theme"]),
    ("wished_languages", ["xx"]),
    ("message", ""),
    ("message", "x" * 5001),
    ("message", "Hello <script>alert('x')</script>"),
    ("consent", None),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value"), BAD_INPUT)
def test_bad_input_shows_a_clear_error_keeps_input_and_stores_nothing(client, field, value):
    response = client.post(URL, request_data(**{field: value}))
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors, form.errors
    html = response.content.decode()
    assert "There is a problem" in html
    assert f'href="#id_{field}"' in html
    assert escape(form.errors[field][0]) in html
    if field != "contact_name":  # the user's other input is kept
        assert 'value="Olena Kovalenko"' in html
    assert 'aria-invalid="true"' in html or field in (
        "wished_themes",
        "wished_languages",
        "consent",
    )
    assert PartnershipRequest.objects.count() == 0
    assert not mail.outbox


@pytest.mark.django_db
def test_valid_request_is_stored_and_mailed_in_the_submission_language(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/uk/twinning/request/", request_data())
    assert response.status_code == 302
    request = PartnershipRequest.objects.get()
    assert request.language == "uk"
    assert request.consent_at is not None
    assert sorted(t.slug for t in request.wished_themes.all()) == ["reconstruction", "youth"]
    assert request.reference.startswith("TW-") and len(request.reference) == 11
    page = client.get(response["Location"]).content.decode()
    assert request.reference in page
    assert not mail.outbox  # nothing is sent inside the request
    run_mail_worker()
    confirmation, notification = sorted(mail.outbox, key=lambda m: m.to != ["olena@example.org"])
    assert confirmation.to == ["olena@example.org"]
    assert request.reference in confirmation.subject
    assert "Olena Kovalenko" in confirmation.body
    assert "Dear" not in confirmation.body  # written in Ukrainian
    assert "twinning@ccre-cemr.org" in notification.to
    assert set(OutgoingMail.objects.values_list("state", flat=True)) == {"sent"}


@pytest.mark.django_db
def test_request_from_a_profile_names_the_wished_partner(
    client, django_capture_on_commit_callbacks
):
    partner = make_municipality(name="Partnerstadt", slug="partnerstadt-de", country="DE")
    page = client.get(URL, {"partner": partner.slug}).content.decode()
    assert "Partnerstadt" in page
    assert 'value="partnerstadt-de"' in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, request_data(wished_partner_slug=partner.slug))
    assert PartnershipRequest.objects.get().wished_partner == partner


@pytest.mark.django_db
@pytest.mark.parametrize(
    "spam",
    [
        {"homepage": "https://spam.example.com"},
        {"form_start": "just-shown"},  # sent within a second of being shown
        {"form_start": "tampered"},
    ],
)
def test_spam_is_refused_without_storing(client, spam):
    if spam.get("form_start") == "just-shown":
        spam = {"form_start": sign_form_start()}
    response = client.post(URL, request_data(**spam))
    assert response.status_code == 200
    assert "We could not accept this submission" in response.content.decode()
    assert PartnershipRequest.objects.count() == 0


@pytest.mark.django_db
def test_too_fast_submit_can_be_sent_again(client, monkeypatch, django_capture_on_commit_callbacks):
    response = client.post(URL, request_data(form_start=sign_form_start()))
    retry = dict(request_data(), form_start=response.context["form"].data["form_start"])
    later = time.time() + MIN_FILL_SECONDS + 1  # the minimum fill time has passed
    monkeypatch.setattr(time, "time", lambda: later)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL, retry).status_code == 302
    assert PartnershipRequest.objects.count() == 1


@pytest.mark.django_db
def test_rate_limit_per_address(client, settings, django_capture_on_commit_callbacks):
    settings.TWINNING_REQUEST_RATE_LIMIT = "2/h"
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            assert client.post(URL, request_data()).status_code == 302
        response = client.post(URL, request_data())
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert PartnershipRequest.objects.count() == 2


@pytest.mark.django_db
def test_double_submit_stores_one_request(client, django_capture_on_commit_callbacks):
    data = request_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(URL, data)
        second = client.post(URL, data)
    assert first.status_code == second.status_code == 302
    assert PartnershipRequest.objects.count() == 1
    run_mail_worker()
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_mail_failure_keeps_the_request_and_retry_delivers(
    client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "twinning.tests.failing_backend.FailingBackend"
    response = client.post(URL, request_data())
    assert response.status_code == 302  # the submitter sees success
    run_mail_worker()
    request = PartnershipRequest.objects.get()
    assert request.mail_pending
    pending = OutgoingMail.objects.filter(state="pending")
    # The server refused the connection: the first mail counts an attempt, the second is
    # put back untried, both due at the first retry.
    assert sorted(pending.values_list("attempts", flat=True)) == [0, 1]
    assert "SMTP server unreachable" in pending.get(attempts=1).last_error
    assert request.reference in client.get(response["Location"]).content.decode()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    pending.update(next_attempt_at=timezone.now())  # the retry is due
    call_command("send_pending_mails", stdout=io.StringIO())
    assert len(mail.outbox) == 2
    assert not request.mail_pending


@pytest.mark.django_db
def test_status_page_shows_status_only_for_the_right_pair(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, request_data())
    request = PartnershipRequest.objects.get()
    url = "/en/twinning/request/status/"
    right = client.post(url, {"reference": request.reference.lower(), "email": "OLENA@example.org"})
    assert "New" in right.content.decode()
    assert right.context["found"] == request
    wrong = client.post(url, {"reference": request.reference, "email": "someone@example.org"})
    html = wrong.content.decode()
    assert wrong.context["found"] is None
    assert "We found no request with this reference and e-mail address" in html
    assert "Zvenyhorodka" not in html and "New" not in html.split("<main", 1)[1]
    unknown = client.post(url, {"reference": "TW-NOPE2345", "email": "olena@example.org"})
    assert unknown.content.decode().count("We found no request") == 1
