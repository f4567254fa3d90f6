"""A manager proposes partnerships and programmes; nothing is public until the partner's
manager, or a moderator, confirms it."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from cemr_site.models import SiteSettings
from twinning import links
from twinning.manager_views import SESSION_KEY
from twinning.models import Manager, Municipality, OneTimeLink, Participation, TwinningLink

from .factories import make_municipality
from .worker import run_mail_worker

pytestmark = pytest.mark.django_db


def signed_in(manager):
    client = Client()
    session = client.session
    session[SESSION_KEY] = [manager.pk]
    session.save()
    return client


@pytest.fixture
def towns():
    Municipality.objects.all().delete()  # only these towns and their links
    SiteSettings.objects.update(moderator_emails="mods@ccre-cemr.org")
    zadar = make_municipality(name="Zadar", slug="zadar-hr", country="HR")
    kotor = make_municipality(name="Kotor", slug="kotor-me", country="ME")
    unmanaged = make_municipality(name="Ohrid", slug="ohrid-mk", country="MK")
    return {
        "zadar": Manager.objects.create(municipality=zadar, email="zadar@zadar.example"),
        "kotor": Manager.objects.create(
            municipality=kotor, email="kotor@kotor.example", language="fr"
        ),
        "ohrid": unmanaged,
    }


def partners_url(manager, language="en"):
    return f"/{language}/twinning/manage/{manager.municipality.slug}/partners/"


def propose(client, manager, name, **data):
    return client.post(
        partners_url(manager),
        {"action": "propose-link", "partner_name": name, "kind": "twinning", **data},
    )


def public(slug):
    """The partners a public profile lists."""
    response = Client().get(f"/en/twinning/municipalities/{slug}/")
    return [partner.name for partner, _link in response.context["links"]]


def test_the_partner_manager_confirms_and_only_then_both_profiles_show_it(towns):
    zadar, kotor = towns["zadar"], towns["kotor"]
    response = propose(signed_in(zadar), zadar, "Kotor", link_since="2019")
    assert response.status_code == 302
    link = TwinningLink.objects.get()
    assert (link.confirmed, link.proposed_by, link.since) == (False, zadar.municipality, 2019)
    assert "Kotor" not in public("zadar-hr") and "Zadar" not in public("kotor-me")

    run_mail_worker()
    (told,) = mail.outbox
    assert told.to == ["kotor@kotor.example"]
    assert "/fr/twinning/manage/kotor-me/partners/" in told.body  # in their language

    # The proposer cannot confirm its own proposal.
    assert (
        signed_in(zadar)
        .post(partners_url(zadar), {"action": "confirm", "link": link.pk})
        .status_code
        == 302
    )
    assert not TwinningLink.objects.get().confirmed

    kotor_client = signed_in(kotor)
    page = kotor_client.get(partners_url(kotor)).content.decode()
    assert "Confirm the partnership with Zadar" in page
    kotor_client.post(partners_url(kotor), {"action": "confirm", "link": link.pk})
    assert TwinningLink.objects.get().confirmed
    assert public("zadar-hr") == ["Kotor"] and public("kotor-me") == ["Zadar"]


def test_a_partner_declines_or_the_proposer_withdraws(towns):
    zadar, kotor = towns["zadar"], towns["kotor"]
    propose(signed_in(zadar), zadar, "Kotor")
    link = TwinningLink.objects.get()
    signed_in(kotor).post(partners_url(kotor), {"action": "drop", "link": link.pk})
    assert not TwinningLink.objects.exists()
    propose(signed_in(zadar), zadar, "Kotor")
    link = TwinningLink.objects.get()
    signed_in(zadar).post(partners_url(zadar), {"action": "drop", "link": link.pk})
    assert not TwinningLink.objects.exists()


def test_a_confirmed_link_cannot_be_dropped_by_a_manager(towns):
    zadar, kotor = towns["zadar"], towns["kotor"]
    link = TwinningLink.objects.create(
        first=zadar.municipality, second=kotor.municipality, confirmed=True
    )
    response = signed_in(zadar).post(partners_url(zadar), {"action": "drop", "link": link.pk})
    assert response.status_code == 302
    assert TwinningLink.objects.filter(pk=link.pk).exists()


def test_an_unmanaged_partner_is_confirmed_by_a_moderator(towns, moderator_client):
    zadar = towns["zadar"]
    propose(signed_in(zadar), zadar, "Ohrid")
    link = TwinningLink.objects.get()
    run_mail_worker()
    (notice,) = mail.outbox
    assert notice.to == ["mods@ccre-cemr.org"]
    assert reverse("twinning_links:edit", args=(link.pk,)) in notice.body

    edit = reverse("twinning_links:edit", args=(link.pk,))
    response = moderator_client.post(
        edit,
        {
            "first": link.first_id,
            "second": link.second_id,
            "kind": "twinning",
            "since": "",
            "confirmed": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert TwinningLink.objects.get().confirmed
    assert "Ohrid" in public("zadar-hr")


def test_names_are_found_in_any_spelling_and_a_choice_is_asked_when_several_match(towns):
    zadar = towns["zadar"]
    make_municipality(name="Saint-Denis", slug="saint-denis-fr", country="FR")
    make_municipality(name="Saint-Denis", slug="saint-denis-re", country="FR")
    client = signed_in(zadar)
    response = propose(client, zadar, "Saint-Denis")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Several municipalities have this name: choose one." in page
    assert page.count('name="partner"') == 2
    choice = response.context["link_form"].matches[1]
    assert propose(client, zadar, "Saint-Denis", partner=str(choice.pk)).status_code == 302
    assert TwinningLink.objects.get().second == choice

    missing = propose(client, zadar, "Nowhereville")
    assert "No municipality of this name is in the directory." in missing.content.decode()
    assert "Nowhereville" in missing.content.decode()  # the input is kept
    itself = propose(client, zadar, "Zadar")
    assert "No municipality of this name" in itself.content.decode()
    twice = propose(client, zadar, "Saint-Denis", partner=str(choice.pk))
    assert "already listed or waiting" in twice.content.decode()
    assert TwinningLink.objects.count() == 1


def test_a_programme_proposal_waits_for_a_moderator(towns, bridges):
    zadar = towns["zadar"]
    client = signed_in(zadar)
    response = client.post(
        partners_url(zadar),
        {
            "action": "propose-programme",
            "programme": bridges.pk,
            "participation_kind": "partner",
            "participation_since": "2023",
        },
    )
    assert response.status_code == 302
    participation = Participation.objects.get(municipality=zadar.municipality)
    assert participation.status == "proposed"
    assert (
        "Bridges of Trust"
        not in Client().get("/en/twinning/municipalities/zadar-hr/").content.decode()
    )
    run_mail_worker()
    assert any(
        reverse("twinning_participations:edit", args=(participation.pk,)) in m.body
        for m in mail.outbox
    )
    participation.status = "confirmed"  # as a moderator does in the admin
    participation.save()
    assert (
        "Bridges of Trust" in Client().get("/en/twinning/municipalities/zadar-hr/").content.decode()
    )
    bad_year = client.post(
        partners_url(zadar),
        {
            "action": "propose-programme",
            "programme": bridges.pk,
            "participation_kind": "partner",
            "participation_since": "1800",
        },
    )
    assert bad_year.status_code == 200 and "error-message" in bad_year.content.decode()


def test_the_partners_page_needs_the_manager(towns):
    kotor = towns["kotor"]
    response = signed_in(towns["zadar"]).get(partners_url(kotor))
    assert response.status_code == 302 and response["Location"].endswith("/manage/")
    forged = Client().post(partners_url(kotor), {"action": "confirm", "link": "1"})
    assert forged.status_code == 302
    assert OneTimeLink.objects.count() == 0 and links  # nothing issued on the way
