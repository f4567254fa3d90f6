"""One-time links sent by mail: confirming a claim, signing a manager in, taking over a
profile. The URL carries a signed random secret; the database keeps its hash, when it
expires and whether it was used. Opening the link shows a button: the secret is spent by
that POST, so a mail scanner that follows links does not use it up."""

import datetime
import hashlib
import secrets

from django.core import signing
from django.db import transaction
from django.utils import timezone

from .models import OneTimeLink

Purpose = OneTimeLink.Purpose

LIFETIMES = {
    Purpose.CONFIRM_CLAIM: datetime.timedelta(hours=48),
    Purpose.SIGN_IN: datetime.timedelta(minutes=30),
    Purpose.HANDOVER: datetime.timedelta(days=7),
}


class LinkInvalid(Exception):
    """Why a link cannot be used: "forged", "expired" or "used"."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def _salt(purpose):
    return f"twinning.link.{purpose}"


def _hash(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


def issue(purpose, email, **target):
    """A new link's token (for the URL); `target`: the claim or manager it acts on."""
    secret = secrets.token_urlsafe(32)
    OneTimeLink.objects.create(
        purpose=purpose,
        secret_hash=_hash(secret),
        email=email,
        expires_at=timezone.now() + LIFETIMES[purpose],
        **target,
    )
    return signing.dumps(secret, salt=_salt(purpose), compress=False)


def peek(purpose, token):
    """The unused, unexpired link behind `token`, without spending it."""
    try:
        secret = signing.loads(
            token, salt=_salt(purpose), max_age=LIFETIMES[purpose].total_seconds()
        )
    except signing.SignatureExpired:
        raise LinkInvalid("expired") from None
    except signing.BadSignature:
        raise LinkInvalid("forged") from None
    link = (
        OneTimeLink.objects.filter(purpose=purpose, secret_hash=_hash(secret))
        .select_related("claim__municipality", "manager__municipality")
        .first()
    )
    if link is None:
        raise LinkInvalid("forged")  # signed by us but never issued (or purged)
    if link.used_at:
        raise LinkInvalid("used")
    if link.expires_at <= timezone.now():
        raise LinkInvalid("expired")
    return link


@transaction.atomic
def redeem(purpose, token):
    """Spend the link: returns it, or raises LinkInvalid. Two redemptions racing each
    other: the conditional UPDATE lets one win."""
    link = peek(purpose, token)
    spent = OneTimeLink.objects.filter(pk=link.pk, used_at__isnull=True).update(
        used_at=timezone.now()
    )
    if not spent:
        raise LinkInvalid("used")
    return link


def retire(**target):
    """Unused links for a claim or manager stop working (a newer link, an ended manager)."""
    OneTimeLink.objects.filter(used_at__isnull=True, **target).update(used_at=timezone.now())
