"""What waits for a moderator: new partnership requests, profile claims whose address
was confirmed, contact messages reported as spam or abuse. The admin dashboard shows
each with its count and how long the oldest has waited, and the "Town twinning" menu
item carries the total.

Each kind shows only to a user who may act on it. The counts take one query per kind,
made once per request: the dashboard panel and every menu item read the same result."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Min
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext, ngettext
from wagtail.admin.menu import SubmenuMenuItem
from wagtail.admin.ui.components import Component

from .models import Claim, ContactMessage, PartnershipRequest

REQUEST_ATTRIBUTE = "_twinning_waiting"


@dataclass(frozen=True)
class Kind:
    """One kind of waiting item: who may act on it, which rows wait and since when, and
    the admin listing (viewset name and filter) that shows just those rows."""

    key: str
    permission: str
    model: type
    filters: dict
    since_field: str
    viewset: str
    query: str

    def describe(self, count):
        return describe(self.key, count)

    @property
    def url(self):
        return f"{reverse(f'{self.viewset}:index')}?{self.query}"


KINDS = (
    Kind(
        "requests",
        "twinning.moderate_partnershiprequest",
        PartnershipRequest,
        {"status": PartnershipRequest.Status.NEW},
        "created_at",
        "twinning_requests",
        "status=new",
    ),
    Kind(
        "claims",
        "twinning.moderate_claim",
        Claim,
        {"status": Claim.Status.WAITING},
        "confirmed_at",  # a claim waits from the moment its address is confirmed
        "twinning_claims",
        "status=waiting",
    ),
    Kind(
        "messages",
        "twinning.change_contactmessage",
        ContactMessage,
        {"flagged": True},
        "flagged_at",
        "twinning_contact_messages",
        "flagged=true",
    ),
)


def describe(key, count):
    # Written out per kind so that translators see whole sentences.
    if key == "requests":
        text = ngettext(
            "%(count)s new partnership request", "%(count)s new partnership requests", count
        )
    elif key == "claims":
        text = ngettext(
            "%(count)s profile claim to decide", "%(count)s profile claims to decide", count
        )
    else:
        text = ngettext(
            "%(count)s reported contact message", "%(count)s reported contact messages", count
        )
    return text % {"count": count}


@dataclass(frozen=True)
class Waiting:
    kind: Kind
    count: int
    oldest: datetime | None

    @property
    def text(self):
        return self.kind.describe(self.count)

    def oldest_text(self, now=None):
        if self.oldest is None:
            return ""
        age = timesince(self.oldest, now or timezone.now(), depth=1)
        return gettext("oldest: %(age)s") % {"age": age}


def kinds_for(user):
    return [kind for kind in KINDS if user.has_perm(kind.permission)]


def for_request(request):
    """What waits for this request's user, counted once per request."""
    waiting = getattr(request, REQUEST_ATTRIBUTE, None)
    if waiting is None:
        waiting = [count(kind) for kind in kinds_for(request.user)]
        setattr(request, REQUEST_ATTRIBUTE, waiting)
    return waiting


def count(kind):
    found = kind.model.objects.filter(**kind.filters).aggregate(
        count=Count("pk"), oldest=Min(kind.since_field)
    )
    return Waiting(kind, found["count"], found["oldest"])


def counted_label(label, count):
    """A menu label with its count: the visible text is also what a screen reader
    hears, e.g. "Town twinning (4 waiting)". The count keeps together when the label
    wraps."""
    text = ngettext("%(count)s waiting", "%(count)s waiting", count) % {"count": count}
    text = text.replace(" ", "\N{NO-BREAK SPACE}")
    return f"{label} ({text})"


class WaitingPanel(Component):
    """The dashboard panel; a user who may act on none of the kinds sees nothing."""

    name = "twinning_waiting"
    template_name = "twinning/admin/waiting_panel.html"
    order = 90  # first: before Wagtail's own panels (workflow 210–220, edits 250)

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        return {
            "rows": [
                {"text": w.text, "oldest": w.oldest_text(now), "url": w.kind.url, "count": w.count}
                for w in for_request(self.request)
            ]
        }

    def render_html(self, parent_context=None):
        if not kinds_for(self.request.user):
            return ""
        return super().render_html(parent_context)


class CountedSubmenuMenuItem(SubmenuMenuItem):
    """A per-request copy of the "Town twinning" menu item, its label and those of its
    waiting children carrying their counts. Wagtail keeps one menu item instance for
    every request, so the original is never changed."""

    def __init__(self, item, waiting):
        self.__dict__.update(item.__dict__)
        self.waiting = waiting
        total = sum(w.count for w in waiting)
        if total:
            self.label = counted_label(item.label, total)

    def render_component(self, request):
        component = super().render_component(request)
        counts = {w.kind.url.split("?")[0]: w.count for w in self.waiting}
        for child in component.menu_items:  # fresh components, made for this render
            if counts.get(getattr(child, "url", None)):
                child.label = counted_label(child.label, counts[child.url])
        return component


def count_in_menu(request, menu_items):
    """For the construct_main_menu hook: swap the group holding the partnership requests
    for a counted copy, for a user who may act on something."""
    if not kinds_for(request.user):
        return
    requests_url = reverse("twinning_requests:index")
    for index, item in enumerate(menu_items):
        if isinstance(item, SubmenuMenuItem) and any(
            child.url == requests_url for child in item.menu.registered_menu_items
        ):
            menu_items[index] = CountedSubmenuMenuItem(item, for_request(request))
