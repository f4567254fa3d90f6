"""The life of a profile's management: a claim, its confirmation by mail and a
moderator's decision; signing in; handing over to another address; closing. Views and
the admin call these; every mail goes through the outbox in the same transaction."""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import emails, links, outbox
from .models import Claim, Manager, OutgoingMail

Purpose = links.Purpose
Kind = OutgoingMail.Kind


def _url(name, language, **kwargs):
    with translation.override(language):
        return emails.absolute(reverse(name, kwargs=kwargs or None))


def active_manager(municipality):
    return Manager.objects.active().filter(municipality=municipality).first()


@transaction.atomic
def submit_claim(municipality, data, language):
    """Store a claim and mail its confirmation link to the address given."""
    claim = Claim.objects.create(municipality=municipality, language=language, **data)
    token = links.issue(Purpose.CONFIRM_CLAIM, claim.email, claim=claim)
    emails.queue(
        Kind.CLAIM,
        [claim.email],
        language,
        lambda: _("Confirm your address to manage %(name)s") % {"name": municipality.name},
        "twinning/mail/claim_confirm.txt",
        {"claim": claim, "confirm_url": _url("twinning:claim_confirm", language, token=token)},
        claim=claim,
    )
    outbox.wake_worker()
    return claim


@transaction.atomic
def confirm_claim(token):
    """The claimant opened the link: the claim waits for a moderator, who is told."""
    link = links.redeem(Purpose.CONFIRM_CLAIM, token)
    claim = link.claim
    if claim.status == Claim.Status.UNCONFIRMED:
        claim.status = Claim.Status.WAITING
        claim.confirmed_at = timezone.now()
        claim.replaces_manager = active_manager(claim.municipality) is not None
        claim.save(update_fields=["status", "confirmed_at", "replaces_manager"])
        moderators = emails.moderator_addresses()
        if moderators:
            emails.queue(
                Kind.NOTIFICATION,
                moderators,
                settings.LANGUAGE_CODE,
                # Staff mails are in English, as the notification of a request is.
                lambda: (
                    f"{'Already managed! ' if claim.replaces_manager else ''}"
                    f"Profile claim: {claim.municipality.name}"
                ),
                "twinning/mail/claim_notification.txt",
                {
                    "claim": claim,
                    "admin_url": emails.absolute(reverse("twinning_claims:edit", args=(claim.pk,))),
                },
                claim=claim,
            )
            outbox.wake_worker()
    return claim


@transaction.atomic
def decide_claim(claim, approve, *, user=None, note=""):
    """Approve (the claimant becomes the manager, replacing any other) or decline; the
    claimant is told in their language."""
    claim.status = Claim.Status.APPROVED if approve else Claim.Status.DECLINED
    claim.decided_at = timezone.now()
    claim.decided_by = user
    claim.moderator_note = note
    claim.save(update_fields=["status", "decided_at", "decided_by", "moderator_note"])
    manager = None
    if approve:
        previous = active_manager(claim.municipality)
        if previous:
            end_management(previous)
        manager = Manager.objects.create(
            municipality=claim.municipality,
            email=claim.email,
            name=claim.name,
            language=claim.language,
            claim=claim,
        )
    emails.queue(
        Kind.CLAIM,
        [claim.email],
        claim.language,
        lambda: (
            (
                _("You now manage the profile of %(name)s")
                if approve
                else _("Your claim for %(name)s was declined")
            )
            % {"name": claim.municipality.name}
        ),
        "twinning/mail/claim_decided.txt",
        {
            "claim": claim,
            "approved": approve,
            "manage_url": _url("twinning:manage", claim.language),
            "profile_url": _url("twinning:profile", claim.language, slug=claim.municipality.slug),
        },
        claim=claim,
    )
    outbox.wake_worker()
    return manager


@transaction.atomic
def send_sign_in_links(email, language):
    """Mail a sign-in link for each profile the address manages (none: nothing is sent,
    and the visitor sees the same page, so the form tells no one who manages what)."""
    managers = list(
        Manager.objects.active().filter(email__iexact=email.strip()).select_related("municipality")
    )
    for manager in managers:
        token = links.issue(Purpose.SIGN_IN, manager.email, manager=manager)
        emails.queue(
            Kind.MANAGER,
            [manager.email],
            language,
            lambda m=manager: _("Sign in to manage %(name)s") % {"name": m.municipality.name},
            "twinning/mail/sign_in.txt",
            {
                "manager": manager,
                "sign_in_url": _url("twinning:manage_sign_in", language, token=token),
                "minutes": int(links.LIFETIMES[Purpose.SIGN_IN].total_seconds() // 60),
            },
            manager=manager,
        )
    if managers:
        outbox.wake_worker()
    return len(managers)


def sign_in(token):
    """The manager behind a sign-in link, or LinkInvalid; an ended manager cannot."""
    link = links.redeem(Purpose.SIGN_IN, token)
    if not link.manager.active:
        raise links.LinkInvalid("used")
    return link.manager


@transaction.atomic
def start_handover(manager, new_email, language):
    """Mail the new address a link to take the profile over; nothing changes till then."""
    links.retire(manager=manager, purpose=Purpose.HANDOVER)
    token = links.issue(Purpose.HANDOVER, new_email, manager=manager)
    emails.queue(
        Kind.MANAGER,
        [new_email],
        language,
        lambda: _("You are invited to manage %(name)s") % {"name": manager.municipality.name},
        "twinning/mail/handover.txt",
        {
            "manager": manager,
            "accept_url": _url("twinning:manage_handover_accept", language, token=token),
        },
        manager=manager,
    )
    outbox.wake_worker()


@transaction.atomic
def accept_handover(token, name):
    """The invited address takes over: the old manager ends and is told."""
    link = links.redeem(Purpose.HANDOVER, token)
    old = link.manager
    if not old.active:
        raise links.LinkInvalid("used")
    end_management(old)
    new = Manager.objects.create(
        municipality=old.municipality,
        email=link.email,
        name=name,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        contact_enabled=old.contact_enabled,
    )
    emails.queue(
        Kind.MANAGER,
        [old.email],
        old.language,
        lambda: _("You no longer manage %(name)s") % {"name": old.municipality.name},
        "twinning/mail/handover_done.txt",
        {"manager": old},
        manager=old,
    )
    outbox.wake_worker()
    return new


def end_management(manager):
    """The address stops managing the profile; its unused links stop working."""
    manager.ended_at = timezone.now()
    manager.save(update_fields=["ended_at"])
    links.retire(manager=manager)
