import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from twinning.models import Municipality, PartnershipRequest

from .factories import request_data
from .worker import run_mail_worker


@pytest.fixture
def plain_editor(django_user_model):
    user = django_user_model.objects.create_user("plain", "plain@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def new_request(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/de/twinning/request/", request_data(municipality_name="Neuheim", country="DE")
        )
    run_mail_worker()
    mail.outbox.clear()
    return PartnershipRequest.objects.get(municipality_name="Neuheim")


@pytest.mark.django_db
def test_moderator_lists_filters_exports_and_inspects(client, moderator, new_request):
    client.force_login(moderator)
    index = reverse("twinning_requests:index")
    html = client.get(index, {"status": "new", "q": "Neuheim"}).content.decode()
    assert new_request.reference in html
    export = client.get(index, {"export": "csv"})
    assert export.status_code == 200
    assert new_request.contact_email in b"".join(export.streaming_content).decode()
    assert client.get(index, {"export": "xlsx"}).status_code == 200
    inspect = client.get(reverse("twinning_requests:inspect", args=(new_request.pk,)))
    assert new_request.contact_email in inspect.content.decode()


@pytest.mark.django_db
def test_moderator_approves_and_the_profile_is_public(
    client, moderator, new_request, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    edit = reverse("twinning_requests:edit", args=(new_request.pk,))
    assert client.get(edit).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit,
            {
                "status": "approved",
                "note": "Checked by phone.",
                "message_to_submitter": "Willkommen!",
            },
        )
    assert response.status_code == 302
    new_request.refresh_from_db()
    assert new_request.status == "approved"
    assert "Checked by phone." in new_request.staff_notes
    profile = Municipality.objects.get(pk=new_request.municipality_id)
    assert profile.published and profile.seeking_partner
    public = client.get(f"/en/twinning/municipalities/{profile.slug}/")
    assert public.status_code == 200
    assert new_request.contact_email not in public.content.decode()
    run_mail_worker()
    (status_mail,) = mail.outbox
    assert status_mail.to == [new_request.contact_email]
    assert "Willkommen!" in status_mail.body


@pytest.mark.django_db
def test_moderator_cannot_jump_to_an_impossible_status(client, moderator, new_request):
    new_request.status = "spam"
    new_request.save()
    client.force_login(moderator)
    response = client.post(
        reverse("twinning_requests:edit", args=(new_request.pk,)), {"status": "matched"}
    )
    assert response.status_code == 200
    new_request.refresh_from_db()
    assert new_request.status == "spam"


@pytest.mark.django_db
def test_plain_editors_see_no_requests_or_contact_data(client, plain_editor, new_request):
    client.force_login(plain_editor)
    assert client.get("/admin/").status_code == 200
    for url in (
        reverse("twinning_requests:index"),
        reverse("twinning_requests:inspect", args=(new_request.pk,)),
        reverse("twinning_municipalities:index"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert new_request.contact_email not in response.content.decode()
