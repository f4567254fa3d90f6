"""A municipality keeps its own profile: claim → confirm → approve → sign in → edit →
the public page shows it; and the links that must not work."""

import io
import re

import pytest
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from PIL import Image

from twinning import links
from twinning.models import Claim, Manager, OneTimeLink, ProfileChange

from .factories import make_municipality
from .worker import run_mail_worker

CLAIM = {
    "name": "Ana Horvat",
    "role": "International relations officer",
    "email": "ana.horvat@ccre-cemr.org",
    "justification": "I run our twinning programme and answer partner enquiries.",
    "consent": "on",
    "homepage": "",
}


def form_start():
    from twinning.spam import sign_form_start

    return sign_form_start(started=0)


def sent_link(pattern):
    """The path of the last mailed link matching `pattern`, the mail worker run first."""
    run_mail_worker()
    for message in reversed(mail.outbox):
        found = re.search(rf"https?://[^/\s]+(/\S*{pattern}\S*/)", message.body)
        if found:
            return found[1]
    raise AssertionError(f"no mail with a {pattern} link")


@pytest.fixture
def town(db):
    return make_municipality(name="Zadar", slug="zadar-hr", country="HR", population=70_000)


def claim(client, town, language="en", **changes):
    data = {**CLAIM, "form_start": form_start(), **changes}
    return client.post(f"/{language}/twinning/municipalities/{town.slug}/claim/", data)


def approve(moderator_client, claim_row):
    edit = reverse("twinning_claims:edit", args=(claim_row.pk,))
    response = moderator_client.post(
        edit, {"decision": "approve", "moderator_note": "Checked with the city hall."}
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def sign_in(client, email, language="en"):
    assert client.post(f"/{language}/twinning/manage/", {"email": email}).status_code == 200
    path = sent_link("/manage/sign-in/")
    assert client.get(path).status_code == 200  # a page with a button; the POST signs in
    response = client.post(path)
    assert response.status_code == 302
    return response["Location"]


def claimed_manager(client, moderator_client, town, language="en"):
    claim(client, town, language)
    client.post(sent_link("/claim/confirm/"))
    approve(moderator_client, Claim.objects.get(municipality=town, status="waiting"))
    return Manager.objects.get(municipality=town, ended_at__isnull=True)


def edit_data(**changes):
    data = {"seeking_partner": "on", "website": "https://www.zadar.hr", "contact_enabled": "on"}
    data.update(changes)
    return data


@pytest.mark.django_db
def test_claim_confirm_approve_sign_in_edit_and_the_public_page_shows_it(
    client, moderator_client, town
):
    response = claim(client, town, "fr")
    assert response.status_code == 200
    assert "ana.horvat@ccre-cemr.org" in response.content.decode()
    claim_row = Claim.objects.get()
    assert claim_row.status == "unconfirmed" and claim_row.language == "fr"

    confirm = sent_link("/claim/confirm/")
    assert "Ana Horvat" in mail.outbox[-1].body and "/fr/twinning/claim/confirm/" in confirm
    assert client.get(confirm).status_code == 200
    mail.outbox.clear()
    assert client.post(confirm).status_code == 200
    claim_row.refresh_from_db()
    assert claim_row.status == "waiting" and not claim_row.replaces_manager
    run_mail_worker()
    (notice,) = mail.outbox
    assert "Profile claim: Zadar" in notice.subject
    assert reverse("twinning_claims:edit", args=(claim_row.pk,)) in notice.body

    mail.outbox.clear()
    approve(moderator_client, claim_row)
    manager = Manager.objects.get()
    assert (manager.email, manager.municipality, manager.active) == (CLAIM["email"], town, True)
    run_mail_worker()
    (told,) = mail.outbox
    assert told.to == [CLAIM["email"]]
    assert "Checked with the city hall." in told.body
    assert "/fr/" in told.body  # links in the claimant's language

    edit_url = sign_in(client, CLAIM["email"], "fr")
    assert edit_url == f"/fr/twinning/manage/{town.slug}/"
    page = client.get(edit_url).content.decode()
    assert 'lang="hr"' in page  # each language's text box says its language
    response = client.post(
        edit_url,
        edit_data(
            description_fr="Une ville portuaire de Dalmatie.",
            seeking_details_fr="Des villes côtières pour la gestion de l’eau.",
            themes=["water-management"],
            languages=["hr", "fr"],
        ),
    )
    assert response.status_code == 302
    town.refresh_from_db()
    assert town.description_fr == "Une ville portuaire de Dalmatie." and town.seeking_partner
    assert [t.slug for t in town.themes.all()] == ["water-management"]
    (change,) = ProfileChange.objects.all()
    assert change.manager == manager
    assert "description_fr" in change.fields and change.before["description_fr"] == ""

    public_fr = client.get(f"/fr/twinning/municipalities/{town.slug}/").content.decode()
    assert "Une ville portuaire de Dalmatie." in public_fr
    assert "Des villes côtières pour la gestion de l’eau." in public_fr
    assert 'class="rich-text" lang=' not in public_fr  # in the page's language
    public_de = Client().get(f"/de/twinning/municipalities/{town.slug}/").content.decode()
    assert '<div class="rich-text" lang="fr">' in public_de  # honest fallback
    assert "Französisch" in public_de
    for html in (public_fr, public_de):
        assert CLAIM["email"] not in html


@pytest.mark.django_db
def test_a_moderator_reads_the_history_and_reverts_a_change(client, moderator_client, town):
    claimed_manager(client, moderator_client, town)
    edit_url = sign_in(client, CLAIM["email"])
    client.post(edit_url, edit_data(description_en="Spam spam spam."))
    change = ProfileChange.objects.get()
    listing = moderator_client.get(reverse("twinning_profile_changes:index")).content.decode()
    assert "Spam spam spam." in listing
    edit = reverse("twinning_profile_changes:edit", args=(change.pk,))
    assert moderator_client.post(edit, {"revert": "on"}).status_code == 302
    town.refresh_from_db()
    assert town.description_en == ""
    revert = ProfileChange.objects.exclude(pk=change.pk).get()
    assert revert.reverts == change and revert.user is not None


@pytest.mark.django_db
def test_links_that_are_expired_used_or_forged_do_not_work(client, town, monkeypatch):
    claim(client, town)
    path = sent_link("/claim/confirm/")
    token = path.rstrip("/").rsplit("/", 1)[1]

    forged = path.replace(token, token[:-3] + ("xyz" if not token.endswith("xyz") else "abc"))
    response = client.post(forged)
    assert response.status_code == 410 and "not one we sent" in response.content.decode()
    unissued = signing.dumps("made-up-secret", salt="twinning.link.confirm-claim")
    assert client.post(f"/en/twinning/claim/confirm/{unissued}/").status_code == 410

    OneTimeLink.objects.update(expires_at=OneTimeLink.objects.get().created_at)
    response = client.get(path)
    assert response.status_code == 410 and "expired" in response.content.decode()
    assert Claim.objects.get().status == "unconfirmed"

    OneTimeLink.objects.update(
        expires_at=OneTimeLink.objects.get().created_at + links.LIFETIMES["confirm-claim"]
    )
    assert client.post(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 410 and "already been used" in response.content.decode()


@pytest.mark.django_db
def test_an_old_signature_is_refused_even_if_the_row_would_allow_it(client, town, monkeypatch):
    claim(client, town)
    path = sent_link("/claim/confirm/")
    later = signing.time.time() + links.LIFETIMES["confirm-claim"].total_seconds() + 5
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.post(path).status_code == 410
    assert Claim.objects.get().status == "unconfirmed"


@pytest.mark.django_db
def test_a_second_claim_for_a_managed_profile_warns_the_moderators(client, moderator_client, town):
    first = claimed_manager(client, moderator_client, town)
    mail.outbox.clear()
    claim(Client(), town, name="Someone Else", email="other@ccre-cemr.org")
    Client().post(sent_link("/claim/confirm/"))
    second = Claim.objects.get(email="other@ccre-cemr.org")
    assert second.replaces_manager
    run_mail_worker()
    assert any(m.subject.startswith("Already managed!") for m in mail.outbox)
    approve(moderator_client, second)
    first.refresh_from_db()
    assert not first.active
    assert Manager.objects.active().get(municipality=town).email == "other@ccre-cemr.org"


@pytest.mark.django_db
def test_sign_in_tells_nobody_whether_an_address_manages_a_profile(client, town):
    response = client.post("/en/twinning/manage/", {"email": "nobody@ccre-cemr.org"})
    assert response.status_code == 200
    assert "If <strong>nobody@ccre-cemr.org</strong> manages a profile" in response.content.decode()
    run_mail_worker()
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_edit_page_needs_a_signed_in_manager(client, town):
    response = client.get(f"/en/twinning/manage/{town.slug}/")
    assert response.status_code == 302 and response["Location"] == "/en/twinning/manage/"


def picture(size=(800, 600), kind="JPEG", exif=True):
    image = Image.new("RGB", size, (30, 90, 160))
    output = io.BytesIO()
    extra = {}
    if exif:
        data = Image.Exif()
        data[0x013B] = "Photographer Name"  # Artist
        extra["exif"] = data.tobytes()
    image.save(output, format=kind, **extra)
    output.name = f"photo.{kind.lower()}"
    output.seek(0)
    return output


@pytest.mark.django_db
def test_pictures_are_checked_and_lose_their_exif(
    client, moderator_client, town, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    claimed_manager(client, moderator_client, town)
    edit_url = sign_in(client, CLAIM["email"])

    fake = io.BytesIO(b"%PDF-1.4 not a picture")
    fake.name = "photo.jpg"
    response = client.post(edit_url, edit_data(picture=fake, picture_alt="Harbour"))
    assert response.status_code == 200
    assert "not a JPEG, PNG or WebP picture" in response.content.decode()

    small = client.post(edit_url, edit_data(picture=picture((300, 200)), picture_alt="Harbour"))
    assert "at least 600 × 400" in small.content.decode()

    no_alt = client.post(edit_url, edit_data(picture=picture()))
    assert "Say in a few words what the picture shows." in no_alt.content.decode()
    town.refresh_from_db()
    assert town.image is None

    assert (
        client.post(edit_url, edit_data(picture=picture(), picture_alt="The harbour")).status_code
        == 302
    )
    town.refresh_from_db()
    assert town.image.description == "The harbour"
    with town.image.file.open() as stored, Image.open(stored) as image:
        assert not image.getexif()
    html = client.get(f"/en/twinning/municipalities/{town.slug}/").content.decode()
    assert 'alt="The harbour"' in html


@pytest.mark.django_db
def test_an_oversized_upload_is_refused(client, moderator_client, town, monkeypatch):
    from twinning import pictures

    claimed_manager(client, moderator_client, town)
    edit_url = sign_in(client, CLAIM["email"])
    monkeypatch.setattr(pictures, "MAX_BYTES", 1000)
    response = client.post(edit_url, edit_data(picture=picture(), picture_alt="Harbour"))
    assert "larger than 5 MB" in response.content.decode()


@pytest.mark.django_db
def test_hand_over_then_the_old_address_no_longer_manages(client, moderator_client, town):
    old = claimed_manager(client, moderator_client, town)
    edit_url = sign_in(client, CLAIM["email"])
    handover = f"/en/twinning/manage/{town.slug}/hand-over/"
    same = client.post(handover, {"email": CLAIM["email"].upper()})
    assert "already manages the profile" in same.content.decode()
    assert client.post(handover, {"email": "new.person@ccre-cemr.org"}).status_code == 302
    accept = sent_link("/manage/take-over/")
    newcomer = Client()
    missing_name = newcomer.post(accept, {"name": ""})
    assert missing_name.status_code == 200 and "error-summary" in missing_name.content.decode()
    assert newcomer.post(accept, {"name": "New Person"}).status_code == 302
    old.refresh_from_db()
    assert not old.active
    assert Manager.objects.active().get(municipality=town).email == "new.person@ccre-cemr.org"
    assert client.get(edit_url).status_code == 302  # the old session no longer edits
    assert newcomer.get(edit_url).status_code == 200


@pytest.mark.django_db
def test_closing_the_management_ends_it_and_its_links(client, moderator_client, town):
    manager = claimed_manager(client, moderator_client, town)
    sign_in(client, CLAIM["email"])
    client.post("/en/twinning/manage/", {"email": CLAIM["email"]})
    unused = sent_link("/manage/sign-in/")
    close = f"/en/twinning/manage/{town.slug}/close/"
    assert "Tick the box to confirm." in client.post(close, {}).content.decode()
    assert client.post(close, {"confirm": "on"}).status_code == 302
    manager.refresh_from_db()
    assert not manager.active
    assert client.post(unused).status_code == 410
