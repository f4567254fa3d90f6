"""Records that only the public forms and services create cannot be added by hand in
the admin, not even by a superuser; the rest of each viewset keeps working
(twinning/admin_permissions.py)."""

import pytest
from django.urls import reverse
from wagtail.permissions import policy_registry

from twinning.models import (
    Claim,
    ContactMessage,
    Manager,
    OutgoingMail,
    PartnershipRequest,
    ProfileChange,
)

NO_ADD = [
    ("twinning_requests", PartnershipRequest),
    ("twinning_claims", Claim),
    ("twinning_managers", Manager),
    ("twinning_profile_changes", ProfileChange),
    ("twinning_contact_messages", ContactMessage),
    ("twinning_mails", OutgoingMail),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "model"), NO_ADD, ids=[name for name, _ in NO_ADD])
def test_superuser_cannot_add_by_hand(admin_client, admin_user, name, model):
    index_url = reverse(f"{name}:index")
    add_url = index_url + "new/"  # no longer routed, so not reversible
    count = model.objects.count()
    listing = admin_client.get(index_url)
    assert listing.status_code == 200
    assert add_url not in listing.content.decode()

    # Unrouted, like any unknown path: LocaleMiddleware tries /en/… and that is a 404.
    assert admin_client.get(add_url, follow=True).status_code == 404
    assert admin_client.post(add_url, {}, follow=True).status_code == 404
    assert model.objects.count() == count

    policy = policy_registry.get_by_type(model)
    assert not policy.user_has_permission(admin_user, "add")
    assert not policy.users_with_permission("add").exists()
    # Only "add" is refused: the superuser still changes, deletes and views.
    assert policy.user_has_any_permission(admin_user, ["add", "change", "delete", "view"])
    assert list(policy.users_with_any_permission(["add", "delete"])) == [admin_user]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "model"), NO_ADD, ids=[name for name, _ in NO_ADD])
def test_moderators_still_list_them(moderator_client, name, model):
    index_url = reverse(f"{name}:index")
    listing = moderator_client.get(index_url)
    assert listing.status_code == 200
    assert index_url + "new/" not in listing.content.decode()
    assert moderator_client.get(index_url + "new/", follow=True).status_code == 404


@pytest.mark.django_db
def test_other_viewsets_still_add(admin_client):
    """Municipalities are the counter-example: staff create them by hand."""
    add_url = reverse("twinning_municipalities:add")
    assert add_url in admin_client.get(reverse("twinning_municipalities:index")).content.decode()
    assert admin_client.get(add_url).status_code == 200
