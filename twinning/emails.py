"""Mails about partnership requests, written to the outbox in the request's transaction
and sent after commit. A failure is recorded on the mail and retried later by
`manage.py send_pending_mails`; the submitter never sees it."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from cemr_site.models import SiteSettings

from .models import OutgoingMail

logger = logging.getLogger(__name__)


def moderator_addresses():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    addresses = SiteSettings.for_site(site).moderator_email_list if site else []
    return addresses or list(getattr(settings, "TWINNING_MODERATOR_EMAILS", []))


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _queue(request, kind, to, language, subject, template, context):
    with translation.override(language):
        context = {"request": request, **context}
        body = render_to_string(template, context)
        subject = str(subject())
    return OutgoingMail.objects.create(
        request=request, kind=kind, to="\n".join(to), subject=subject[:250], body=body
    )


def queue_submission_mails(request):
    """Confirmation to the submitter (in their language) and a note to the moderators."""
    with translation.override(request.language):
        status_url = absolute(reverse("twinning:status"))
    mails = [
        _queue(
            request,
            OutgoingMail.Kind.CONFIRMATION,
            [request.contact_email],
            request.language,
            lambda: _("Your partnership request %(reference)s") % {"reference": request.reference},
            "twinning/mail/confirmation.txt",
            {"status_url": status_url},
        )
    ]
    moderators = moderator_addresses()
    if moderators:
        admin_url = absolute(reverse("twinning_requests:inspect", args=(request.pk,)))
        mails.append(
            _queue(
                request,
                OutgoingMail.Kind.NOTIFICATION,
                moderators,
                settings.LANGUAGE_CODE,
                lambda: (
                    _("New partnership request %(reference)s from %(name)s")
                    % {"reference": request.reference, "name": request.municipality_name}
                ),
                "twinning/mail/notification.txt",
                {"admin_url": admin_url},
            )
        )
    send_after_commit(mails)
    return mails


def queue_status_mail(request, message=""):
    with translation.override(request.language):
        status_url = absolute(reverse("twinning:status"))
    mail = _queue(
        request,
        OutgoingMail.Kind.STATUS,
        [request.contact_email],
        request.language,
        lambda: (
            _("News about your partnership request %(reference)s")
            % {"reference": request.reference}
        ),
        "twinning/mail/status.txt",
        {"status_url": status_url, "message": message},
    )
    send_after_commit([mail])
    return mail


def send_after_commit(mails):
    ids = [mail.pk for mail in mails]
    transaction.on_commit(lambda: deliver(OutgoingMail.objects.filter(pk__in=ids)))


def deliver(mails):
    """Send each unsent mail; returns (sent, failed)."""
    sent = failed = 0
    for mail in mails:
        if mail.sent_at:
            continue
        mail.attempts += 1
        try:
            EmailMessage(mail.subject, mail.body, to=mail.to.split("\n")).send()
        except Exception as error:  # any backend failure: keep the mail for a retry
            logger.warning("Mail %s for %s not sent: %s", mail.pk, mail.request_id, error)
            mail.last_error = f"{type(error).__name__}: {error}"[:2000]
            mail.save(update_fields=["attempts", "last_error"])
            failed += 1
        else:
            mail.sent_at = timezone.now()
            mail.last_error = ""
            mail.save(update_fields=["attempts", "last_error", "sent_at"])
            sent += 1
    return sent, failed


def send_pending(max_attempts=20):
    pending = OutgoingMail.objects.filter(sent_at__isnull=True, attempts__lt=max_attempts)
    return deliver(pending.select_related("request"))
