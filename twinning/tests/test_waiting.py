"""What waits for a moderator: the dashboard panel counts new partnership requests,
confirmed claims and reported contact messages, says how long the oldest has waited and
links to the listing of just those; the "Town twinning" menu item carries the total.
Only those who may act see it, and it costs one query per kind, once per request."""

import datetime
import itertools

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.utils import timezone
from wagtail.admin.menu import admin_menu

from twinning import waiting
from twinning.models import Claim, ContactMessage, PartnershipRequest

from .factories import make_municipality

pytestmark = pytest.mark.django_db

_tokens = itertools.count(1)
DASHBOARD = "/admin/"


def ago(**delta):
    return timezone.now() - datetime.timedelta(**delta)


def make_request(status=PartnershipRequest.Status.NEW, created_at=None):
    return PartnershipRequest.objects.create(
        submission_token=f"token-{next(_tokens)}",
        status=status,
        municipality_name="Neuheim",
        country="DE",
        contact_name="Eva Muster",
        contact_email="eva@neuheim.example",
        message="We look for a partner.",
        created_at=created_at or timezone.now(),
    )


def make_claim(town, status=Claim.Status.WAITING, confirmed_at=None):
    return Claim.objects.create(
        municipality=town,
        name="Ana Horvat",
        role="Mayor's office",
        email="ana@zadar.example",
        justification="I keep the town's international relations.",
        status=status,
        confirmed_at=confirmed_at,
        created_at=ago(days=30),  # received long ago; it waits since its confirmation
    )


def make_message(town, flagged=False, flagged_at=None):
    return ContactMessage.objects.create(
        municipality=town,
        sender_name="Jan Novak",
        sender_email="jan@town.example",
        sender_organisation="Town hall of Example",
        message="Buy cheap watches.",
        flagged=flagged,
        flagged_at=flagged_at,
    )


@pytest.fixture(autouse=True)
def nothing_else_waits():
    """The test database holds demo requests; these tests count their own."""
    PartnershipRequest.objects.all().delete()
    Claim.objects.all().delete()
    ContactMessage.objects.all().delete()


@pytest.fixture
def waiting_items():
    """2 new requests (oldest 3 days), 1 claim waiting 5 days, 1 message reported 2 days
    ago; and one of each that does not wait."""
    town = make_municipality(name="Zadar", country="HR")
    make_request(created_at=ago(days=3, hours=2))
    make_request(created_at=ago(hours=1))
    make_request(status=PartnershipRequest.Status.IN_REVIEW, created_at=ago(days=40))
    make_claim(town, confirmed_at=ago(days=5, hours=1))
    make_claim(town, status=Claim.Status.UNCONFIRMED)
    make_message(town, flagged=True, flagged_at=ago(days=2, hours=3))
    make_message(town)
    return town


def panel_rows(page):
    start = page.index('id="twinning-waiting')
    return page[start : page.index("</table>", start)]


def test_the_dashboard_counts_what_waits_and_how_long_the_oldest_has(
    client, moderator, waiting_items
):
    client.force_login(moderator)
    page = client.get(DASHBOARD).content.decode()
    assert "What is waiting" in page
    rows = panel_rows(page)
    assert '<a href="/admin/twinning/requests/?status=new">2 new partnership requests</a>' in rows
    assert '<a href="/admin/twinning/claims/?status=waiting">1 profile claim to decide</a>' in rows
    assert (
        '<a href="/admin/twinning/contact-messages/?flagged=true">1 reported contact message</a>'
        in rows
    )
    assert rows.count("oldest: ") == 3
    for age in ("oldest: 3\xa0days", "oldest: 5\xa0days", "oldest: 2\xa0days"):
        assert age in rows


def test_nothing_waiting_says_zero_and_gives_no_age(client, moderator):
    client.force_login(moderator)
    rows = panel_rows(client.get(DASHBOARD).content.decode())
    assert "0 new partnership requests" in rows and "0 profile claims to decide" in rows
    assert "oldest" not in rows


def test_each_link_lists_just_what_waits(client, moderator, waiting_items):
    client.force_login(moderator)
    flagged, other = ContactMessage.objects.order_by("-flagged")
    listing = client.get("/admin/twinning/contact-messages/?flagged=true").content.decode()
    assert f"/contact-messages/edit/{flagged.pk}/" in listing
    assert f"/contact-messages/edit/{other.pk}/" not in listing
    listing = client.get("/admin/twinning/requests/?status=new").content.decode()
    for request in PartnershipRequest.objects.all():
        assert (f"/requests/edit/{request.pk}/" in listing) == (request.status == "new")


def test_a_moderator_flags_a_reported_message_and_clears_it(client, moderator):
    message = make_message(make_municipality())
    client.force_login(moderator)
    url = f"/admin/twinning/contact-messages/edit/{message.pk}/"
    response = client.post(url, {"flagged": "on", "message": "changed"})
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.flagged and message.flagged_at is not None
    assert message.message == "Buy cheap watches."  # the flag is all a moderator changes
    assert "1 reported contact message" in client.get(DASHBOARD).content.decode()

    client.post(url, {})
    message.refresh_from_db()
    assert (message.flagged, message.flagged_at) == (False, None)


def test_who_may_not_moderate_sees_neither_panel_nor_counts(
    client, django_user_model, waiting_items
):
    editor = django_user_model.objects.create_user("plain", "plain@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    page = client.get(DASHBOARD).content.decode()
    assert client.get(DASHBOARD).status_code == 200
    assert "What is waiting" not in page and "waiting)" not in page


def test_each_kind_shows_only_to_who_may_act_on_it(client, django_user_model, waiting_items):
    user = django_user_model.objects.create_user("claims", "claims@example.org", "pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_claim"),
        Permission.objects.get(codename="moderate_claim"),
    )
    client.force_login(user)
    rows = panel_rows(client.get(DASHBOARD).content.decode())
    assert "1 profile claim to decide" in rows
    assert "partnership request" not in rows and "contact message" not in rows


def test_the_menu_item_carries_the_total_and_each_child_its_count(client, moderator, waiting_items):
    client.force_login(moderator)
    page = client.get(DASHBOARD).content.decode()
    # The label is the accessible name too: a screen reader hears the count.
    # (In the sidebar's JSON, with a no-break space that keeps the count together.)
    assert '"Town twinning (4\\u00a0waiting)"' in page
    assert '"Partnership requests (2\\u00a0waiting)"' in page
    assert '"Profile claims (1\\u00a0waiting)"' in page
    assert '"Contact messages (1\\u00a0waiting)"' in page
    assert '"Municipalities"' in page  # nothing waits there: no count

    # Wagtail keeps one menu item for every request: the count is not left on it.
    PartnershipRequest.objects.all().delete()
    Claim.objects.all().delete()
    ContactMessage.objects.all().delete()
    page = client.get(DASHBOARD).content.decode()
    assert '"Town twinning"' in page and "waiting)" not in page


def test_the_counts_take_one_query_per_kind_once_per_request(
    moderator, waiting_items, django_assert_num_queries
):
    request = RequestFactory().get(DASHBOARD)
    request.user = moderator
    moderator.has_perm("twinning.moderate_claim")  # the permission cache, as the admin has it
    with django_assert_num_queries(3):
        panel = waiting.WaitingPanel(request).render_html({})
        waiting.for_request(request)
    assert "2 new partnership requests" in panel

    # The menu reads the same counts: no query for the group nor for any of its items.
    items = list(admin_menu.registered_menu_items)
    with django_assert_num_queries(0):
        waiting.count_in_menu(request, items)
        (group,) = [item for item in items if isinstance(item, waiting.CountedSubmenuMenuItem)]
        component = group.render_component(request)
    assert component.label == "Town twinning (4\xa0waiting)"
    labels = [child.label for child in component.menu_items]
    assert "Partnership requests (2\xa0waiting)" in labels and "Themes" in labels


def test_the_dashboard_costs_the_same_however_much_waits(
    client, moderator, django_assert_num_queries
):
    client.force_login(moderator)
    client.get(DASHBOARD)  # the first visit sets up the user's admin profile
    with django_assert_num_queries(DASHBOARD_QUERIES):
        client.get(DASHBOARD)
    town = make_municipality()
    for days in range(1, 6):
        make_request(created_at=ago(days=days))
        make_claim(town, confirmed_at=ago(days=days))
        make_message(town, flagged=True)
    with django_assert_num_queries(DASHBOARD_QUERIES):
        page = client.get(DASHBOARD).content.decode()
    assert "5 new partnership requests" in page


# The whole dashboard for a moderator: session, user, Wagtail's own panels and sidebar,
# and the 3 counts.
DASHBOARD_QUERIES = 18
