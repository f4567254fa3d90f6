"""Issue 7: methods, file parts, phone numbers, bidi controls, formula injection in the
exports and the spam defences of the request form."""

import csv
import io
import time
import uuid
from decimal import Decimal

import openpyxl
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.http import urlencode

from twinning import services
from twinning.exports import neutralise_formula
from twinning.forms import MIN_FILL_SECONDS, sign_form_start
from twinning.models import PartnershipRequest

from .factories import make_municipality, request_data
from .worker import run_mail_worker

URL = "/en/twinning/request/"
STATUS_URL = "/en/twinning/request/status/"
SENT_URL = "/en/twinning/request/sent/"
REFUSED = "We could not accept this submission"


@pytest.fixture(autouse=True)
def _no_demo_requests(db):
    PartnershipRequest.objects.all().delete()  # the demo ones; rolled back after the test


# 1. Methods ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["put", "delete", "patch"])
@pytest.mark.parametrize("url", [URL, STATUS_URL, SENT_URL])
def test_other_methods_are_refused_with_405_and_store_nothing(client, method, url):
    body = urlencode(request_data(), doseq=True)
    response = getattr(client, method)(url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 405
    assert PartnershipRequest.objects.count() == 0


@pytest.mark.django_db
def test_sent_page_refuses_post(client):
    assert client.post(SENT_URL).status_code == 405


# 2. File parts ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_request_with_a_file_part_is_refused_and_stores_nothing(client):
    upload = SimpleUploadedFile("cv.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    response = client.post(URL, {**request_data(), "attachment": upload})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This form does not take files" in html
    assert 'value="Olena Kovalenko"' in html  # the input is kept
    assert PartnershipRequest.objects.count() == 0
    assert not mail.outbox


@pytest.mark.django_db
def test_status_look_up_with_a_file_part_is_refused(client):
    upload = SimpleUploadedFile("x.txt", b"x")
    response = client.post(
        STATUS_URL, {"reference": "TW-ABCD2345", "email": "a@example.org", "f": upload}
    )
    assert response.status_code == 400


# 3. Phone numbers ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "country", "stored"),
    [
        ("+380 44 123 4567", "UA", "+380 44 123 4567"),
        ("+33 1 23 45 67 89", "UA", "+33 1 23 45 67 89"),  # another country than the town's
        ("+33123456789", "FR", "+33 1 23 45 67 89"),
        ("044 123 4567", "UA", "+380 44 123 4567"),  # national, read in the form's country
        ("01 23 45 67 89", "FR", "+33 1 23 45 67 89"),
        ("", "FR", ""),  # optional
    ],
)
def test_phone_numbers_are_accepted_and_stored_internationally(
    client, django_capture_on_commit_callbacks, typed, country, stored
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, request_data(contact_phone=typed, country=country))
    assert response.status_code == 302, response.context["form"].errors
    assert PartnershipRequest.objects.get().contact_phone == stored


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed",
    [
        "call me maybe",
        "+33 1 23 AB CD EF",
        "+33 12",  # too short
        "12",
        "0000000000000",
        "+999 123 456 789",  # no such country code
    ],
)
def test_bad_phone_numbers_get_a_clear_error_and_keep_the_input(client, typed):
    response = client.post(URL, request_data(contact_phone=typed, country="FR"))
    assert response.status_code == 200
    errors = response.context["form"].errors["contact_phone"]
    assert "Enter a phone number we can call" in errors[0]
    html = response.content.decode()
    assert f'value="{typed}"' in html
    assert 'href="#id_contact_phone"' in html
    assert PartnershipRequest.objects.count() == 0


# 4. Bidi controls ------------------------------------------------------------------------

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"]
BIDI += ["\u2069", "\u200e", "\u200f", "\u061c"]
BIDI_MESSAGE = "invisible text-direction characters"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("municipality_name", "Zvenyhorodka\u202e"),
        ("region", "\u2067Cherkasy"),
        ("contact_name", "Olena\u200f Kovalenko"),
        ("contact_role", "Head\u202d"),
        ("contact_email", "olena\u202e@example.org"),
        ("contact_phone", "+380 44 123 4567\u200e"),
        ("website", "https://example.org/\u202egnp.exe"),
        ("wished_partner_slug", "partnerstadt-de\u2066"),
    ],
)
def test_bidi_controls_are_refused_in_single_line_fields_and_urls(client, field, value):
    make_municipality(name="Partnerstadt", slug="partnerstadt-de", country="DE")
    response = client.post(URL, request_data(**{field: value}))
    assert response.status_code == 200
    assert BIDI_MESSAGE in response.context["form"].errors[field][0]
    assert PartnershipRequest.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("control", BIDI)
def test_every_bidi_control_is_refused(client, control):
    response = client.post(URL, request_data(municipality_name=f"Zveny{control}horodka"))
    assert BIDI_MESSAGE in response.context["form"].errors["municipality_name"][0]


@pytest.mark.django_db
def test_bidi_controls_are_allowed_in_no_single_line_field_but_arabic_text_is(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, request_data(contact_name="Olena Kovalenko – أولينا"))
    assert response.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {"reference": "TW-ABCD\u202e2345", "email": "olena@example.org"},
        {"reference": "TW-ABCD2345", "email": "olena@example.org\u2066"},
    ],
)
def test_status_form_refuses_bidi_controls(client, data):
    response = client.post(STATUS_URL, data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert any(BIDI_MESSAGE in message for messages in errors.values() for message in messages)
    assert not response.context.get("looked_up")


# 5. Formula injection --------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1", "\r=1"]


@pytest.mark.parametrize("value", FORMULAS)
def test_neutralise_formula_prefixes_text_that_starts_a_formula(value):
    assert neutralise_formula(value) == "'" + value


@pytest.mark.parametrize(
    "value", ["Zvenyhorodka", "", " =1", "a=b", "'=already", None, -5, 0, Decimal("-8.61"), 1.5]
)
def test_neutralise_formula_leaves_other_values_alone(value):
    assert neutralise_formula(value) == value


def _store_request(name, **extra):
    values = {
        "municipality_name": name,
        "country": "FR",
        "contact_name": "Olena",
        "contact_email": "olena@example.org",
        "message": "Hello",
        "submission_token": uuid.uuid4().hex,
        "population": 1234,
        **extra,
    }
    return PartnershipRequest.objects.create(**values)


@pytest.mark.django_db
def test_moderators_csv_and_xlsx_exports_carry_no_formula(client, moderator):
    names = FORMULAS[:3]
    for name in names:
        _store_request(name, contact_phone="+33 1 23 45 67 89")
    client.force_login(moderator)
    index = reverse("twinning_requests:index")

    body = b"".join(client.get(index, {"export": "csv"}).streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    cells = {cell for row in rows[1:] for cell in row}
    for name in names:
        assert "'" + name in cells and name not in cells
    assert "'+33 1 23 45 67 89" in cells
    assert "1234" in cells  # numbers stay as they are

    response = client.get(index, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    by_value = {cell.value: cell for row in sheet.iter_rows(min_row=2) for cell in row}
    for name in names:
        cell = by_value["'" + name]
        assert cell.data_type == "s"
    assert not any(cell.data_type == "f" for cell in by_value.values())
    assert by_value[1234].data_type == "n"


@pytest.mark.django_db
def test_municipality_export_carries_no_formula(client, moderator):
    make_municipality(name="=1+1", slug="formula-fr")
    client.force_login(moderator)
    index = reverse("twinning_municipalities:index")
    body = b"".join(client.get(index, {"export": "csv"}).streaming_content).decode()
    assert "'=1+1" in {cell for row in csv.reader(io.StringIO(body)) for cell in row}


@pytest.mark.django_db
def test_open_data_csv_carries_no_formula_and_keeps_negative_numbers(client):
    names = FORMULAS[:3]
    for name in names:
        services.change_status(_store_request(name), PartnershipRequest.Status.APPROVED)
    make_municipality(name="Porto", slug="porto-pt", country="PT", longitude=Decimal("-8.61"))
    body = b"".join(client.get("/twinning/municipalities.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    published = {row["name"] for row in rows}
    for name in names:
        assert "'" + name in published and name not in published
    porto = next(row for row in rows if row["name"] == "Porto")
    assert Decimal(porto["longitude"]) == Decimal("-8.61")


# 6. Spam defences ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_second_immediate_post_after_too_fast_is_still_refused(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    first = client.post(URL, request_data(form_start=sign_form_start()))
    assert REFUSED in first.content.decode()
    retry = dict(request_data(), form_start=first.context["form"].data["form_start"])
    second = client.post(URL, retry)
    assert second.status_code == 200
    assert REFUSED in second.content.decode()
    assert PartnershipRequest.objects.count() == 0

    later = time.time() + MIN_FILL_SECONDS + 1
    monkeypatch.setattr(time, "time", lambda: later)
    retry["form_start"] = second.context["form"].data["form_start"]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL, retry).status_code == 302
    assert PartnershipRequest.objects.count() == 1


@pytest.mark.django_db
def test_an_expired_token_is_replaced_so_the_form_can_be_sent_again(client):
    response = client.post(URL, request_data(form_start="tampered"))
    assert REFUSED in response.content.decode()
    assert response.context["form"].data["form_start"] != "tampered"


@pytest.mark.django_db
def test_same_token_same_data_is_one_request(client, django_capture_on_commit_callbacks):
    data = request_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(URL, data)
        second = client.post(URL, {**data, "municipality_name": " Zvenyhorodka "})
    assert first.status_code == second.status_code == 302
    reference = PartnershipRequest.objects.get().reference
    assert reference in client.get(SENT_URL).content.decode()


@pytest.mark.django_db
def test_same_token_other_data_is_refused_without_showing_the_reference(
    client, django_capture_on_commit_callbacks
):
    from django.test import Client

    data = request_data()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL, data).status_code == 302
    first = PartnershipRequest.objects.get()
    run_mail_worker()
    mail.outbox.clear()

    other = Client()
    replay = {**data, "municipality_name": "Other town", "contact_email": "eve@example.org"}
    with django_capture_on_commit_callbacks(execute=True):
        response = other.post(URL, replay)
    assert response.status_code == 409
    html = response.content.decode()
    assert "This form was already sent" in html
    assert "start a new form" in html
    assert f'href="{URL}"' in html
    assert first.reference not in html
    assert "twinning_reference" not in other.session
    assert other.get(SENT_URL).status_code == 302  # no reference to show
    assert PartnershipRequest.objects.get() == first
    assert first.municipality_name == "Zvenyhorodka"
    run_mail_worker()
    assert not mail.outbox
