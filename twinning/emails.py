"""Mails about partnership requests, written to the outbox in the request's transaction.
The mail worker sends them (twinning/outbox.py); nothing is sent inside a web request,
so a slow or failing mail server never reaches the submitter."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from cemr_site.models import SiteSettings

from . import outbox
from .models import OutgoingMail


def moderator_addresses():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    addresses = SiteSettings.for_site(site).moderator_email_list if site else []
    return addresses or list(getattr(settings, "TWINNING_MODERATOR_EMAILS", []))


def absolute(path):
    return settings.PUBLIC_BASE_URL + path


def queue(kind, to, language, subject, template, context, *, reply_to="", **about):
    """Write one mail to the outbox, rendered in `language`; `subject` is a callable
    so that it is translated in that language too. `about`: the request, claim, manager
    or contact message the mail belongs to (and is deleted with)."""
    with translation.override(language):
        body = render_to_string(template, context)
        subject = str(subject())
    return OutgoingMail.objects.create(
        kind=kind,
        to="\n".join(to),
        reply_to=reply_to,
        subject=" ".join(subject.split())[:250],
        body=body,
        **about,
    )


def _queue(request, kind, to, language, subject, template, context):
    context = {"request": request, **context}
    return queue(kind, to, language, subject, template, context, request=request)


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
    outbox.wake_worker()
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
    outbox.wake_worker()
    return mail
