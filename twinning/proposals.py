"""What a profile's manager proposes beyond its own fields: a partnership with another
profile, which the partner's manager (or, for an unmanaged partner, a moderator)
confirms; and taking part in a CEMR programme, which a moderator confirms. Nothing is
public before it is confirmed."""

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from . import emails, outbox
from .claims import _url, active_manager
from .models import OutgoingMail, Participation, TwinningLink

Kind = OutgoingMail.Kind


class ProposalRefused(Exception):
    """Why a proposal cannot be made, in words for the manager."""


def links_of(municipality):
    """Every link of a profile, confirmed or not, each as (partner, link)."""
    found = TwinningLink.objects.filter(Q(first=municipality) | Q(second=municipality))
    return [
        (link.second if link.first_id == municipality.pk else link.first, link)
        for link in found.select_related("first", "second").order_by("confirmed", "pk")
    ]


@transaction.atomic
def propose_link(manager, partner, kind, since=None):
    own = manager.municipality
    if partner.pk == own.pk:
        raise ProposalRefused(_("A municipality cannot be its own partner."))
    existing = TwinningLink.objects.filter(
        Q(first=own, second=partner) | Q(first=partner, second=own), kind=kind
    )
    if existing.exists():
        raise ProposalRefused(_("This partnership is already listed or waiting."))
    link = TwinningLink.objects.create(
        first=own, second=partner, kind=kind, since=since, confirmed=False, proposed_by=own
    )
    partner_manager = active_manager(partner)
    if partner_manager:
        language = partner_manager.language
        emails.queue(
            Kind.MANAGER,
            [partner_manager.email],
            language,
            lambda: _("%(name)s proposes a partnership") % {"name": own.name},
            "twinning/mail/link_proposed.txt",
            {
                "link": link,
                "proposer": own,
                "partner": partner,
                "partners_url": _url("twinning:manage_partners", language, slug=partner.slug),
            },
            manager=partner_manager,
        )
    else:
        _tell_moderators(
            lambda: f"Partnership to confirm: {own.name} – {partner.name}",
            "twinning/mail/link_proposed_moderators.txt",
            {
                "link": link,
                "admin_url": emails.absolute(reverse("twinning_links:edit", args=(link.pk,))),
            },
            manager,
        )
    outbox.wake_worker()
    return link


def _waiting_for(manager, link_id):
    """An unconfirmed link that `manager`'s profile is the partner side of."""
    own = manager.municipality
    return (
        TwinningLink.objects.filter(pk=link_id, confirmed=False)
        .filter(Q(first=own) | Q(second=own))
        .exclude(proposed_by=own)
        .first()
    )


def confirm_link(manager, link_id):
    link = _waiting_for(manager, link_id)
    if link is None:
        raise ProposalRefused(_("This proposal is no longer waiting for you."))
    link.confirmed = True
    link.save(update_fields=["confirmed"])
    return link


def drop_link(manager, link_id):
    """Decline a proposal made to this profile, or withdraw one it made."""
    own = manager.municipality
    unconfirmed = TwinningLink.objects.filter(pk=link_id, confirmed=False).filter(
        Q(first=own) | Q(second=own)
    )
    if not unconfirmed.delete()[0]:
        raise ProposalRefused(_("This proposal is no longer waiting."))


@transaction.atomic
def propose_participation(manager, programme, kind, since=None, details=""):
    own = manager.municipality
    if Participation.objects.filter(municipality=own, programme=programme).exists():
        raise ProposalRefused(_("This programme is already listed or waiting."))
    participation = Participation.objects.create(
        municipality=own,
        programme=programme,
        kind=kind,
        since=since,
        details=details,
        status=Participation.Status.PROPOSED,
    )
    _tell_moderators(
        lambda: f"Programme participation to confirm: {own.name} – {programme.title}",
        "twinning/mail/participation_proposed.txt",
        {
            "participation": participation,
            "admin_url": emails.absolute(
                reverse("twinning_participations:edit", args=(participation.pk,))
            ),
        },
        manager,
    )
    outbox.wake_worker()
    return participation


def _tell_moderators(subject, template, context, manager):
    moderators = emails.moderator_addresses()
    if moderators:
        emails.queue(
            Kind.NOTIFICATION, moderators, "en", subject, template, context, manager=manager
        )
