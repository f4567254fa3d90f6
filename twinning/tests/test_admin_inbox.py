"""Issue 12, the moderation inbox: times named in the site's zone, spam and closed
requests out of the way, exports Excel reads in the moderator's language, a staff mail
that names the wished partner, and one convention for empty values."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from twinning.models import Language, PartnershipRequest, PartnershipRequestStatusChange, Theme

from .factories import make_municipality, request_data
from .worker import run_mail_worker

Status = PartnershipRequest.Status
INDEX = "twinning_requests:index"
UTC = datetime.UTC
# 16:19 UTC is 17:19 in Brussels in winter (CET, +01:00); 08:00 UTC is 10:00 in summer.
WINTER = datetime.datetime(2026, 3, 5, 16, 19, 42, 123456, tzinfo=UTC)
NEXT_MORNING = datetime.datetime(2026, 3, 6, 8, 0, tzinfo=UTC)
SUMMER = datetime.datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
EMPTY = "—"  # the inspect view's one mark for an empty value


@pytest.fixture(autouse=True)
def _no_demo_requests(db):
    PartnershipRequest.objects.all().delete()  # the demo ones; rolled back after the test


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def french_client(mod_client, moderator):
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "fr"
    profile.save()
    return mod_client


def store(name, status=Status.NEW, created_at=WINTER, **values):
    """A request as the form stores it, with its status history."""
    request = PartnershipRequest.objects.create(
        municipality_name=name,
        country=values.pop("country", "PL"),
        contact_name="Anna Nowak",
        contact_email="anna@example.org",
        message="Hello",
        submission_token=f"token-{name}",
        status=status,
        created_at=created_at,
        **values,
    )
    PartnershipRequestStatusChange.objects.create(
        request=request, status=Status.NEW, changed_at=created_at
    )
    if status != Status.NEW:
        PartnershipRequestStatusChange.objects.create(
            request=request, status=status, changed_at=NEXT_MORNING
        )
    return request


def a_full_request():
    partner = make_municipality(name="Rouen", slug="rouen-fr", country="FR")
    profile = make_municipality(name="Rzeszów", slug="rzeszow-pl", country="PL")
    request = store(
        "Rzeszów",
        status=Status.IN_REVIEW,
        language="fr",
        region="Podkarpackie",
        population=196_000,
        municipality=profile,
        wished_partner=partner,
        wished_countries=["FR", "DE"],
        wished_population_band="5k-20k",
    )
    request.wished_themes.set(Theme.objects.filter(slug__in=["youth", "reconstruction"]))
    request.wished_languages.set(Language.objects.filter(code__in=["fr"]))
    return request


def csv_rows(client, **params):
    response = client.get(reverse(INDEX), {"export": "csv", **params})
    body = b"".join(response.streaming_content)
    return body, list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def xlsx_rows(client, **params):
    response = client.get(reverse(INDEX), {"export": "xlsx", **params})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    heading, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(heading, row, strict=True)) for row in rows]


def inspect_fields(client, request):
    """{label: shown value} of the inspect view, tags stripped."""
    html = client.get(reverse("twinning_requests:inspect", args=(request.pk,))).content.decode()
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", html, re.S)
    shown = {
        label.strip(): re.sub(r"<br>\s*", "\n", value).replace("\u00a0", " ")
        for label, value in pairs
    }
    return {label: re.sub(r"<[^>]+>", "", value).strip() for label, value in shown.items()}, html


# 1. Times --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_times_are_the_sites_and_name_their_zone_in_listing_inspect_and_exports(mod_client):
    winter = store("Winterberg")
    summer = store("Sommerfeld", created_at=SUMMER)

    listing = mod_client.get(reverse(INDEX)).content.decode().replace("\u00a0", " ")
    assert "2026-03-05 17:19 CET" in listing
    assert "2026-07-01 10:00 CEST" in listing

    shown, _html = inspect_fields(mod_client, winter)
    assert shown["Received"] == "2026-03-05 17:19 CET"
    assert shown["History"] == "2026-03-05 17:19 CET New"
    shown, _html = inspect_fields(mod_client, summer)
    assert shown["Received"] == "2026-07-01 10:00 CEST"

    _body, rows = csv_rows(mod_client)
    received = {row["Municipality"]: row["Received"] for row in rows}
    assert received == {
        "Winterberg": "2026-03-05T17:19+01:00",
        "Sommerfeld": "2026-07-01T10:00+02:00",
    }
    received = {row["Municipality"]: row["Received"] for row in xlsx_rows(mod_client)}
    assert received == {
        "Winterberg": "2026-03-05T17:19+01:00",
        "Sommerfeld": "2026-07-01T10:00+02:00",
    }


@pytest.mark.django_db
def test_a_moderator_who_chose_another_zone_sees_it_everywhere_and_named(mod_client, moderator):
    profile = UserProfile.get_for_user(moderator)
    profile.current_time_zone = "Europe/Lisbon"
    profile.save()
    request = store("Winterberg")
    listing = mod_client.get(reverse(INDEX)).content.decode().replace("\u00a0", " ")
    assert "2026-03-05 16:19 WET" in listing
    assert inspect_fields(mod_client, request)[0]["Received"] == "2026-03-05 16:19 WET"
    assert csv_rows(mod_client)[1][0]["Received"] == "2026-03-05T16:19+00:00"


# 2. What the listing shows by default ----------------------------------------------------


@pytest.mark.django_db
def test_spam_and_closed_requests_are_hidden_until_asked_for(mod_client):
    for status in Status:
        store(status.value.capitalize(), status=status)
    index = reverse(INDEX)

    def shown(**params):
        response = mod_client.get(index, params)
        names = {row["Municipality"] for row in csv_rows(mod_client, **params)[1]}
        assert len(names) == response.context["items_count"]  # the count follows the filter
        for name in names:
            assert name in response.content.decode()
        return names

    assert shown() == {"New", "In_review", "Approved"}
    assert shown(show="open") == {"New", "In_review", "Approved"}
    assert shown(show="closed") == {"Matched", "Declined", "Expired"}
    assert shown(show="spam") == {"Spam"}
    assert shown(show="all") == {status.value.capitalize() for status in Status}
    # Picking a status shows it even where "show" would hide it...
    assert shown(status="spam") == {"Spam"}
    # ...unless both are picked, which the moderator then means.
    assert shown(status="spam", show="open") == set()
    # The default is named among the active filters, so nobody misses what is hidden.
    html = mod_client.get(index).content.decode()
    assert "Show: Open" in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# 3. Exports ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_csv_starts_with_a_byte_order_mark_so_excel_reads_accents(mod_client):
    store("Rzeszów")
    body, rows = csv_rows(mod_client)
    assert body.startswith(b"\xef\xbb\xbf")
    assert body.count(b"\xef\xbb\xbf") == 1
    assert rows[0]["Municipality"] == "Rzeszów"


EXPECTED = {
    "Reference": None,  # filled in per request
    "Status": "In review",
    "Received": "2026-03-05T17:19+01:00",
    "Language of submission": "French",
    "Municipality": "Rzeszów",
    "Country": "Poland",
    "Region": "Podkarpackie",
    "Population": "196000",
    "Website": "",
    "Public profile": "Rzeszów (Poland)",
    "Contact person": "Anna Nowak",
    "Role": "",
    "E-mail": "anna@example.org",
    "Phone": "",
    "Wished partner": "Rouen (France)",
    "Wished partner countries": "Germany, France",
    "Wished population": "5,000 to 20,000 inhabitants",
    "Themes": None,  # the demo themes' names, below
    "Working languages": "French",
    "Message": "Hello",
    "Staff notes": "",
    "History": "2026-03-05T17:19+01:00 New; 2026-03-06T09:00+01:00 In review",
}


def expected_row(request):
    themes = ", ".join(theme.name for theme in request.wished_themes.all())
    assert themes  # the demo content has these themes
    return {**EXPECTED, "Reference": request.reference, "Themes": themes}


@pytest.mark.django_db
def test_exports_carry_every_field_with_human_labels_and_one_empty_value(mod_client):
    request = a_full_request()
    expected = expected_row(request)
    (row,) = csv_rows(mod_client)[1]
    assert row == expected
    (row,) = xlsx_rows(mod_client)
    empties = {key for key, value in expected.items() if value == ""}
    assert {key for key, value in row.items() if value is None} == empties
    assert row["Population"] == 196_000  # a number Excel can sum
    assert {key: value for key, value in row.items() if key not in empties} == {
        key: value for key, value in expected.items() if key not in empties and key != "Population"
    } | {"Population": 196_000}


@pytest.mark.django_db
def test_labels_follow_the_moderators_admin_language(french_client):
    request = a_full_request()
    with translation.override("fr"):
        in_review, french = str(Status.IN_REVIEW.label), str(translation.gettext("French"))
        band = str(PartnershipRequest._meta.get_field("wished_population_band").choices[1][1])
        themes = ", ".join(theme.name for theme in request.wished_themes.all())
    assert in_review != "In review" and french != "French"  # the French catalogue has them

    (row,) = csv_rows(french_client)[1]
    assert row["Statut"] == in_review
    assert row["Pays"] == "Pologne"
    assert row["Partenaire souhaité"] == "Rouen (France)"
    assert f"2026-03-06T09:00+01:00 {in_review}" in row["Historique"]
    assert french in row.values()
    assert band in row.values()
    assert themes in row.values()
    (xlsx,) = xlsx_rows(french_client)
    assert xlsx["Statut"] == in_review and xlsx["Pays"] == "Pologne"

    listing = french_client.get(reverse(INDEX)).content.decode()
    assert in_review in listing and "Pologne" in listing
    shown, _html = inspect_fields(french_client, request)
    assert shown["Statut"] == in_review


@pytest.mark.django_db
def test_export_costs_the_same_queries_for_two_requests_or_six(
    mod_client, django_assert_num_queries
):
    def export():
        # session, user, its permissions (own, group's), its Wagtail profile; then the
        # requests (joined with both profiles), their themes, languages and history
        with django_assert_num_queries(9):
            csv_rows(mod_client)
        with django_assert_num_queries(9):
            xlsx_rows(mod_client)

    a_full_request()
    store("Second")
    export()
    for number in range(4):
        store(f"More {number}", wished_partner=make_municipality())
    export()


# 4. The staff mail -----------------------------------------------------------------------


@pytest.mark.django_db
def test_staff_mail_names_the_wished_partner_and_links_to_the_request(
    client, django_capture_on_commit_callbacks
):
    partner = make_municipality(name="Rouen", slug="rouen-fr", country="FR")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/pl/twinning/request/",
            request_data(municipality_name="Rzeszów", country="PL", wished_partner_slug="rouen-fr"),
        )
    request = PartnershipRequest.objects.get(municipality_name="Rzeszów")
    assert request.wished_partner == partner
    run_mail_worker()
    (notification,) = [m for m in mail.outbox if m.subject.startswith("New partnership")]
    assert "Wished partner: Rouen (France)" in notification.body
    url = f"http://testserver/admin/twinning/requests/inspect/{request.pk}/"
    assert f"Open it in the admin: {url}\n" in notification.body
    assert re.search(r"Received: \d{4}-\d\d-\d\d \d\d:\d\d CES?T\n", notification.body)


# 5. The inspect view ---------------------------------------------------------------------


@pytest.mark.django_db
def test_inspect_shows_linked_profiles_by_name_and_one_mark_for_empty_values(mod_client):
    full = a_full_request()
    shown, html = inspect_fields(mod_client, full)
    assert shown["Public profile"] == "Rzeszów (Poland)"
    assert shown["Wished partner"] == "Rouen (France)"
    for profile in (full.municipality, full.wished_partner):
        assert reverse("twinning_municipalities:inspect", args=(profile.pk,)) in html
    assert shown["Country"] == "Poland"
    assert shown["History"] == "2026-03-05 17:19 CET New\n2026-03-06 09:00 CET In review"
    assert shown["Wished partner countries"] == "Germany, France"

    bare = store("Bare")
    shown, html = inspect_fields(mod_client, bare)
    empty = {label for label, value in shown.items() if value == EMPTY}
    assert empty == {
        "Region",
        "Population",
        "Website",
        "Public profile",
        "Wished partner",
        "Wished partner countries",
        "Wished population",
        "Themes",
        "Working languages",
        "Role",
        "Phone",
        "Consent given at",
        "Staff notes",
    }
    assert not {value for value in shown.values() if value in ("", "-", "None")}
