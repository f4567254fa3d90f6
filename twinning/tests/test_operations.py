"""Import, open data, retention and privacy."""

import csv
import datetime
import io
import json
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from projects.models import ContactPerson
from twinning.models import (
    Claim,
    ContactMessage,
    Manager,
    Municipality,
    OutgoingMail,
    PartnershipRequest,
)
from twinning.services import close_stale, purge_expired

from .factories import make_municipality, request_data


@pytest.mark.django_db
def test_import_is_idempotent_and_filters_by_country_and_population():
    out = io.StringIO()
    call_command(
        "import_municipalities",
        countries="MT,LU",
        min_population=1000,
        no_progress=True,
        stdout=out,
    )
    imported = Municipality.objects.filter(geonames_id__isnull=False)
    count = imported.count()
    assert count > 20
    assert set(imported.values_list("country", flat=True)) == {"MT", "LU"}
    assert imported.filter(population__lt=1000).count() == 0
    assert "created" in out.getvalue()
    snapshot = set(imported.values_list("geonames_id", "slug", "name", "population", "latitude"))
    out = io.StringIO()
    call_command(
        "import_municipalities",
        countries="MT,LU",
        min_population=1000,
        no_progress=True,
        stdout=out,
    )
    assert "0 created, 0 updated" in out.getvalue()
    assert (
        set(imported.values_list("geonames_id", "slug", "name", "population", "latitude"))
        == snapshot
    )
    assert imported.count() == count


@pytest.mark.django_db
def test_import_refuses_unknown_countries():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("import_municipalities", countries="US", no_progress=True)


@pytest.mark.django_db
def test_open_data_has_public_fields_of_published_profiles_only(client):
    make_municipality(name="Secretville", slug="secretville-fr", published=False)
    make_municipality(
        name="Openville", slug="openville-fr", contact_email="mayor@openville.example.org"
    )
    body = b"".join(client.get("/twinning/municipalities.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    names = {row["name"] for row in rows}
    assert "Openville" in names and "Secretville" not in names
    assert "contact_email" not in rows[0] and "mayor@" not in body
    data = json.loads(b"".join(client.get("/twinning/municipalities.json").streaming_content))
    assert {m["name"] for m in data["municipalities"]} == names
    assert "GeoNames" in data["licence"]


@pytest.mark.django_db
def test_purge_deletes_only_old_closed_requests():
    old = timezone.now() - datetime.timedelta(days=800)
    for status in PartnershipRequest.Status:
        for updated in (old, timezone.now()):
            req = PartnershipRequest.objects.create(
                submission_token=f"{status}-{updated.timestamp()}",
                municipality_name="X",
                country="FR",
                contact_name="A",
                contact_email="a@example.org",
                message="m",
                status=status,
            )
            PartnershipRequest.objects.filter(pk=req.pk).update(updated_at=updated)
    before = PartnershipRequest.objects.count()
    assert purge_expired() == len(PartnershipRequest.CLOSED_STATUSES)
    remaining = PartnershipRequest.objects.count()
    assert remaining == before - len(PartnershipRequest.CLOSED_STATUSES)
    assert not PartnershipRequest.objects.filter(
        status__in=PartnershipRequest.CLOSED_STATUSES,
        updated_at__lt=old + datetime.timedelta(days=1),
    ).exists()
    out = io.StringIO()
    call_command("purge_expired_requests", stdout=out)
    # The old open ones (new, in review, approved) are closed now, deleted in 24 months.
    assert "3 requests open for over 12 months closed; 0 closed requests" in out.getvalue()


def make_request(updated_days_ago, **fields):
    values = {
        "submission_token": f"token-{fields.get('contact_email', '')}-{updated_days_ago}",
        "municipality_name": "Staleton",
        "country": "FR",
        "contact_name": "A. Person",
        "contact_email": "a.person@ccre-cemr.org",
        "message": "m",
        "language": "fr",
        **fields,
    }
    req = PartnershipRequest.objects.create(**values)
    updated = timezone.now() - datetime.timedelta(days=updated_days_ago)
    PartnershipRequest.objects.filter(pk=req.pk).update(updated_at=updated)
    return req


@pytest.mark.django_db
def test_requests_left_open_are_closed_the_submitter_told_and_later_purged():
    PartnershipRequest.objects.all().delete()
    stale = make_request(400, status="in_review")
    fresh = make_request(30, status="new", contact_email="fresh@ccre-cemr.org")
    assert close_stale() == 1
    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert (stale.status, fresh.status) == ("expired", "new")
    assert "No activity for 12 months." in stale.staff_notes
    (told,) = OutgoingMail.objects.filter(request=stale)
    assert told.to == "a.person@ccre-cemr.org"
    assert "Bonjour" in told.body and "Closed after no activity" not in told.body  # French
    assert purge_expired() == 0  # retention counts from the closing
    later = timezone.now() + datetime.timedelta(days=25 * 31)
    assert purge_expired(now=later) == 1
    assert list(PartnershipRequest.objects.all()) == [fresh]


@pytest.mark.django_db
def test_purge_takes_the_contact_data_a_request_put_on_a_profile():
    PartnershipRequest.objects.all().delete()
    profile = make_municipality(
        contact_name="A. Person", contact_email="A.Person@ccre-cemr.org", contact_phone="+33 1"
    )
    other = make_municipality(contact_name="B", contact_email="b@ccre-cemr.org")
    make_request(800, status="matched", municipality=profile)
    make_request(800, status="declined", municipality=other, contact_email="b@ccre-cemr.org")
    make_request(10, status="approved", municipality=other, contact_email="b@ccre-cemr.org")
    assert purge_expired() == 2
    profile.refresh_from_db()
    other.refresh_from_db()
    assert (profile.contact_name, profile.contact_email, profile.contact_phone) == ("", "", "")
    assert profile.published  # the public profile stays
    assert other.contact_email == "b@ccre-cemr.org"  # a kept request gave it too


@pytest.mark.django_db
def test_no_contact_address_appears_on_any_public_url(client, django_capture_on_commit_callbacks):
    """Crawl every public page reachable from the home page (and the open data): no
    request contact, profile contact, manager, claimant or message sender shows."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/twinning/request/", request_data(contact_email="secret-contact@example.org")
        )
    managed = Municipality.objects.filter(published=True).exclude(description="").first()
    Manager.objects.create(municipality=managed, email="secret-manager@example.org", name="M")
    Claim.objects.create(
        municipality=managed,
        name="C",
        role="r",
        email="secret-claimant@example.org",
        justification="j",
        status="waiting",
    )
    ContactMessage.objects.create(
        municipality=managed,
        sender_name="S",
        sender_email="secret-sender@example.org",
        sender_organisation="O",
        message="m",
    )
    secrets = set(
        Municipality.objects.exclude(contact_email="").values_list("contact_email", flat=True)
    )
    secrets |= set(PartnershipRequest.objects.values_list("contact_email", flat=True))
    secrets |= set(Manager.objects.values_list("email", flat=True))
    secrets |= set(Claim.objects.values_list("email", flat=True))
    secrets |= set(ContactMessage.objects.values_list("sender_email", flat=True))
    assert "secret-contact@example.org" in secrets and len(secrets) > 10
    assert {"secret-manager@example.org", "secret-claimant@example.org"} <= secrets
    public_contacts = set(ContactPerson.objects.exclude(email="").values_list("email", flat=True))
    secrets -= public_contacts  # programme contacts are published on purpose

    seen, queue = (
        set(),
        [
            "/en/",
            "/uk/",
            "/sitemap.xml",
            "/robots.txt",
            "/twinning/municipalities.csv",
            "/twinning/municipalities.json",
            "/en/twinning/municipalities/?seeking=on",
            f"/en/twinning/municipalities/{managed.slug}/",
            f"/fr/twinning/municipalities/{managed.slug}/contact/",
            f"/de/twinning/municipalities/{managed.slug}/claim/",
            "/en/twinning/manage/",
        ],
    )
    while queue and len(seen) < 400:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            continue
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        for secret in secrets:
            assert secret not in text, (secret, url)
        for link in re.findall(r'href="(/[^"#]*)"', text):
            link = link.replace("&amp;", "&")
            if (
                not link.startswith(("/admin", "/static", "/media", "/documents"))
                and link not in seen
            ):
                queue.append(link)
    assert any("/twinning/municipalities/" in url and "?" not in url for url in seen)
    assert len(seen) > 40


@pytest.mark.django_db
def test_import_keeps_spellings_and_regions_and_leaves_out_districts():
    from twinning.search import name_matches

    call_command("import_municipalities", countries="LU", min_population=1000, no_progress=True)
    imported = Municipality.objects.filter(geonames_id__isnull=False)
    # Obercorn and Niedercorn are sections of Differdange (GeoNames feature code PPLX).
    assert not imported.filter(name__in=["Obercorn", "Niedercorn"]).exists()
    esch = imported.get(name="Esch-sur-Alzette")
    assert esch.region == "Esch-sur-Alzette"  # GeoNames admin-1 "LU.ES"
    assert set(esch.names.values_list("name", flat=True)) >= {"Esch-Uelzecht", "Esch"}
    assert name_matches("Esch an der Alzette")[0].municipality == esch
    # A second run adds no spelling twice.
    before = esch.names.count()
    call_command("import_municipalities", countries="LU", min_population=1000, no_progress=True)
    assert esch.names.count() == before
    # A place imported before it counted as a district is unpublished, not deleted.
    district = make_municipality(name="Obercorn", country="LU", geonames_id=2960207)
    call_command("import_municipalities", countries="LU", min_population=1000, no_progress=True)
    district.refresh_from_db()
    assert district.published is False
