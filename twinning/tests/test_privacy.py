"""Personal data of profile management: the retention purge, and one person's data
exported or erased by a moderator in one action."""

import datetime
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from twinning import privacy
from twinning.models import (
    Claim,
    ContactMessage,
    Manager,
    OneTimeLink,
    OutgoingMail,
    PartnershipRequest,
)

from .factories import make_municipality

pytestmark = pytest.mark.django_db
PERSON = "ana.horvat@zadar.example"
URL = "/admin/twinning/personal-data/"


def ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def town():
    return make_municipality(name="Zadar", slug="zadar-hr", country="HR")


def person_everywhere(town):
    """One address in every place the site keeps it."""
    other = make_municipality(name="Split", slug="split-hr", country="HR")
    request = PartnershipRequest.objects.create(
        municipality_name="Zadar",
        country="HR",
        contact_name="Ana Horvat",
        contact_email=PERSON.upper(),  # addresses match whatever their case
        message="Looking for a coastal partner.",
        consent_at=timezone.now(),
    )
    OutgoingMail.objects.create(
        request=request, kind="confirmation", to=PERSON, subject="s", body="b"
    )
    town.contact_name, town.contact_email = "Ana Horvat", PERSON
    town.save()
    claim = Claim.objects.create(
        municipality=town, name="Ana Horvat", role="Officer", email=PERSON, justification="I do"
    )
    manager = Manager.objects.create(municipality=town, email=PERSON, name="Ana Horvat")
    OneTimeLink.objects.create(
        purpose="sign-in", secret_hash="x" * 64, email=PERSON, manager=manager, expires_at=ago(-1)
    )
    ContactMessage.objects.create(
        municipality=other,
        sender_name="Ana Horvat",
        sender_email=PERSON,
        sender_organisation="Zadar",
        message="Hello Split",
        flagged=True,
    )
    return request, claim, manager


def test_a_moderator_exports_everything_under_one_address(moderator_client, town):
    person_everywhere(town)
    response = moderator_client.post(URL, {"email": PERSON, "action": "export"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="personal-data-')
    data = json.loads(response.content)
    assert [r["contact_email"] for r in data["partnership_requests"]] == [PERSON.upper()]
    assert [p["name"] for p in data["profiles_with_this_contact"]] == ["Zadar"]
    assert [c["justification"] for c in data["profile_claims"]] == ["I do"]
    assert [m["email"] for m in data["profile_management"]] == [PERSON]
    [message] = data["messages_sent_to_profiles"]
    assert message["message"] == "Hello Split"
    assert message["flagged"] is True and message["flagged_at"]  # reported as abuse: said
    assert len(data["mails"]) == 1


def test_a_moderator_erases_everything_under_one_address(moderator_client, town):
    request, _claim, manager = person_everywhere(town)
    refused = moderator_client.post(URL, {"email": PERSON, "action": "erase"})
    assert refused.status_code == 200 and "Tick the box" in refused.content.decode()
    assert PartnershipRequest.objects.filter(pk=request.pk).exists()

    response = moderator_client.post(
        URL, {"email": PERSON, "action": "erase", "confirm_erase": "on"}
    )
    assert response.status_code == 302
    assert not PartnershipRequest.objects.filter(pk=request.pk).exists()
    assert not OutgoingMail.objects.filter(to=PERSON).exists()
    assert not Claim.objects.exists() and not ContactMessage.objects.exists()
    assert not OneTimeLink.objects.exists()
    town.refresh_from_db()
    assert (town.contact_name, town.contact_email, town.published) == ("", "", True)
    manager.refresh_from_db()
    assert (manager.email, manager.name, manager.active) == ("", "", False)
    left = json.loads(moderator_client.post(URL, {"email": PERSON, "action": "export"}).content)
    assert all(left[key] == [] for key in left if isinstance(left[key], list))


def test_only_moderators_handle_personal_data(client, django_user_model, town):
    editor = django_user_model.objects.create_user("ed", "ed@ccre-cemr.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(URL).status_code in (302, 403)
    assert client.post(URL, {"email": PERSON, "action": "export"}).status_code in (302, 403)


def test_the_purge_drops_old_messages_claims_links_and_ended_managers_addresses(town):
    ContactMessage.objects.create(
        municipality=town,
        sender_name="Old",
        sender_email="old@x.example",
        sender_organisation="O",
        message="m",
        created_at=ago(400),
    )
    recent = ContactMessage.objects.create(
        municipality=town,
        sender_name="New",
        sender_email="new@x.example",
        sender_organisation="N",
        message="m",
        created_at=ago(30),
    )
    unconfirmed = Claim.objects.create(
        municipality=town,
        name="A",
        role="r",
        email="a@x.example",
        justification="j",
        created_at=ago(40),
    )
    waiting = Claim.objects.create(
        municipality=town,
        name="B",
        role="r",
        email="b@x.example",
        justification="j",
        status="waiting",
        created_at=ago(40),
    )
    ended = Manager.objects.create(
        municipality=town, email="gone@x.example", name="Gone", ended_at=ago(1)
    )
    active = Manager.objects.create(municipality=town, email="here@x.example")
    OneTimeLink.objects.create(
        purpose="sign-in", secret_hash="y" * 64, email="here@x.example", expires_at=ago(1)
    )

    call_command("purge_expired_requests", stdout=io.StringIO())

    assert list(ContactMessage.objects.all()) == [recent]
    assert list(Claim.objects.all()) == [waiting]
    assert not Claim.objects.filter(pk=unconfirmed.pk).exists()
    ended.refresh_from_db()
    assert (ended.email, ended.name) == ("", "")
    assert Manager.objects.get(pk=active.pk).email == "here@x.example"
    assert not OneTimeLink.objects.exists()
    assert privacy.purge() == {
        "contact messages": 0,
        "claims": 0,
        "one-time links": 0,
        "ended managers": 0,
    }
