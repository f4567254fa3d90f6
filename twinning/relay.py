"""Visitors write to a managed profile through the site: the message is stored and an
outbox mail relays it to the manager, with the sender's address as reply-to. The
manager's address never reaches the sender; the sender's reaches the manager only."""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import emails, outbox
from .models import ContactMessage, Manager, OutgoingMail


class ProfileBusy(Exception):
    """The profile received its daily number of messages."""


def contact_manager(municipality):
    """The active manager who accepts messages through the site, or None."""
    return Manager.objects.active().filter(municipality=municipality, contact_enabled=True).first()


def messages_today(municipality, now=None):
    since = (now or timezone.now()) - datetime.timedelta(days=1)
    return ContactMessage.objects.filter(municipality=municipality, created_at__gte=since).count()


def relay(municipality, manager, data, language, token):
    """Store the message once per form token and queue its mail; returns
    (message, created). Raises ProfileBusy past TWINNING_CONTACT_DAILY_CAP."""
    existing = ContactMessage.objects.filter(submission_token=token).first()
    if existing:
        return existing, False
    if messages_today(municipality) >= settings.TWINNING_CONTACT_DAILY_CAP:
        raise ProfileBusy
    try:
        with transaction.atomic():
            message = ContactMessage.objects.create(
                municipality=municipality,
                manager=manager,
                language=language,
                submission_token=token,
                **data,
            )
            _queue_relay(message, manager)
    except IntegrityError:  # two posts of one form raced: the other stored it
        return ContactMessage.objects.get(submission_token=token), False
    outbox.wake_worker()
    return message, True


def _queue_relay(message, manager):
    with translation.override(manager.language):
        manage_url = emails.absolute(
            reverse("twinning:manage_profile", args=(message.municipality.slug,))
        )
    return emails.queue(
        OutgoingMail.Kind.CONTACT,
        [manager.email],
        manager.language,
        lambda: (
            _("Message for %(municipality)s from %(organisation)s")
            % {
                "municipality": message.municipality.name,
                "organisation": message.sender_organisation,
            }
        ),
        "twinning/mail/contact.txt",
        {"message": message, "manage_url": manage_url},
        reply_to=message.sender_email,
        contact_message=message,
    )
