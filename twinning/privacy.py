"""Personal data beyond the partnership requests: the claims, managers, one-time links
and relayed messages of profile management. Their retention purge, and the two actions
a moderator takes for one person (GDPR Articles 15 and 17): everything the site holds
under an e-mail address, as one JSON file, and erasing it."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import (
    Claim,
    ContactMessage,
    Manager,
    Municipality,
    OneTimeLink,
    OutgoingMail,
    PartnershipRequest,
)
from .services import months_before

# An address never confirmed is dropped after this many days; a decided claim after
# the contact retention period, like the messages.
UNCONFIRMED_CLAIM_DAYS = 30


@transaction.atomic
def purge(now=None):
    """Delete what profile management no longer needs; returns counts by kind."""
    now = now or timezone.now()
    cutoff = months_before(now, settings.TWINNING_CONTACT_RETENTION_MONTHS)
    messages = ContactMessage.objects.filter(created_at__lt=cutoff)
    claims = Claim.objects.filter(
        Q(status__in=[Claim.Status.APPROVED, Claim.Status.DECLINED], decided_at__lt=cutoff)
        | Q(
            status=Claim.Status.UNCONFIRMED,
            created_at__lt=now - datetime.timedelta(days=UNCONFIRMED_CLAIM_DAYS),
        )
    )
    spent_links = OneTimeLink.objects.filter(Q(expires_at__lt=now) | Q(used_at__isnull=False))
    ended = Manager.objects.filter(ended_at__isnull=False).exclude(email="")
    counts = {
        "contact messages": messages.count(),
        "claims": claims.count(),
        "one-time links": spent_links.count(),
        "ended managers": ended.count(),
    }
    messages.delete()
    claims.delete()
    spent_links.delete()
    # A closed management keeps its place in the profile's history, not its address.
    OutgoingMail.objects.filter(manager__in=ended).exclude(
        state__in=[OutgoingMail.State.PENDING, OutgoingMail.State.SENDING]
    ).delete()
    ended.update(email="", name="")
    return counts


def _rows(queryset, fields):
    return [
        {field: _plain(getattr(row, field)) for field in fields} for row in queryset.order_by("pk")
    ]


def _plain(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if hasattr(value, "code"):  # a django-countries Country
        return value.code
    if hasattr(value, "pk"):
        return str(value)
    return value


def _mails(email):
    """Mails to or from `email` (`to` holds one address per line)."""
    return OutgoingMail.objects.filter(
        Q(to__iexact=email)
        | Q(to__istartswith=f"{email}\n")
        | Q(to__icontains=f"\n{email}\n")
        | Q(to__iendswith=f"\n{email}")
        | Q(reply_to__iexact=email)
    )


def export(email):
    """Everything stored under `email`, as plain data (JSON-ready)."""
    return {
        "email": email,
        "exported_at": timezone.now().isoformat(),
        "partnership_requests": _rows(
            PartnershipRequest.objects.filter(contact_email__iexact=email),
            [
                "reference",
                "created_at",
                "status",
                "municipality_name",
                "country",
                "contact_name",
                "contact_role",
                "contact_email",
                "contact_phone",
                "message",
                "language",
            ],
        ),
        "profiles_with_this_contact": _rows(
            Municipality.objects.filter(contact_email__iexact=email),
            ["name", "country", "contact_name", "contact_email", "contact_phone"],
        ),
        "profile_claims": _rows(
            Claim.objects.filter(email__iexact=email),
            ["municipality", "created_at", "status", "name", "role", "email", "justification"],
        ),
        "profile_management": _rows(
            Manager.objects.filter(email__iexact=email),
            ["municipality", "name", "email", "language", "started_at", "ended_at"],
        ),
        "messages_sent_to_profiles": _rows(
            ContactMessage.objects.filter(sender_email__iexact=email),
            [
                "municipality",
                "created_at",
                "sender_name",
                "sender_organisation",
                "sender_email",
                "message",
                "flagged",  # a moderator's judgement of the message is theirs to see too
                "flagged_at",
            ],
        ),
        "mails": _rows(_mails(email), ["created_at", "kind", "state", "subject", "body"]),
    }


@transaction.atomic
def erase(email):
    """Remove every record of `email`; returns counts by kind. A profile it managed
    stays public, unmanaged; a profile it was the contact of loses that contact."""
    from .claims import end_management

    for manager in Manager.objects.active().filter(email__iexact=email):
        end_management(manager)
    counts = {
        "partnership requests": PartnershipRequest.objects.filter(contact_email__iexact=email)
        .delete()[1]
        .get("twinning.PartnershipRequest", 0),
        "profile contacts": Municipality.objects.filter(contact_email__iexact=email).update(
            contact_name="", contact_email="", contact_phone=""
        ),
        "claims": Claim.objects.filter(email__iexact=email).delete()[1].get("twinning.Claim", 0),
        "messages": ContactMessage.objects.filter(sender_email__iexact=email)
        .delete()[1]
        .get("twinning.ContactMessage", 0),
        "links": OneTimeLink.objects.filter(email__iexact=email).delete()[0],
    }
    managers = Manager.objects.filter(email__iexact=email)
    OutgoingMail.objects.filter(manager__in=managers).delete()
    counts["managers"] = managers.update(email="", name="")
    counts["mails"] = _mails(email).delete()[0]
    return counts
