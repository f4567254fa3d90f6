"""Business rules of the request flow: submitting, moving through the statuses, approving,
and deleting old closed requests. Views and the admin call these; tests call them too."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from . import emails
from .models import (
    Municipality,
    OutgoingMail,
    PartnershipRequest,
    PartnershipRequestStatusChange,
)

Status = PartnershipRequest.Status

TRANSITIONS = {
    Status.NEW: {Status.IN_REVIEW, Status.APPROVED, Status.DECLINED, Status.SPAM, Status.EXPIRED},
    Status.IN_REVIEW: {
        Status.APPROVED,
        Status.MATCHED,
        Status.DECLINED,
        Status.SPAM,
        Status.EXPIRED,
    },
    Status.APPROVED: {Status.MATCHED, Status.DECLINED, Status.IN_REVIEW, Status.EXPIRED},
    Status.MATCHED: {Status.IN_REVIEW},
    Status.DECLINED: {Status.IN_REVIEW},
    Status.SPAM: {Status.IN_REVIEW},
    Status.EXPIRED: {Status.IN_REVIEW},
}
OPEN_STATUSES = [status for status in Status if status not in PartnershipRequest.CLOSED_STATUSES]

# For the submitter's status page: what each status means, and what happens next.
STATUS_MEANINGS = {
    Status.NEW: _("We have received your request. Nobody has read it yet."),
    Status.IN_REVIEW: _("CEMR's twinning team is reading your request."),
    Status.APPROVED: _("Your municipality's profile is published in the partner search."),
    Status.MATCHED: _("We have put you in touch with a partner municipality."),
    Status.DECLINED: _("We cannot take this request further."),
    Status.SPAM: _("This request is closed."),
    Status.EXPIRED: _("This request was closed because nothing happened on it for a long time."),
}
NEXT_STEPS = {
    Status.NEW: _(
        "A member of the twinning team will read it and may write to you with questions."
    ),
    Status.IN_REVIEW: _(
        "We look for municipalities that fit what you asked for and write to you when we have a suggestion or a question."
    ),
    Status.APPROVED: _(
        "Other municipalities can now find you. We go on looking for a partner and write to you when we find one."
    ),
    Status.MATCHED: _(
        "Nothing more is needed from you. If the partnership does not work out, you can send a new request."
    ),
    Status.DECLINED: _("You can send a new request at any time."),
    Status.SPAM: _("You can send a new request at any time."),
    Status.EXPIRED: _("You can send a new request at any time."),
}


def allowed_transitions(status):
    return TRANSITIONS.get(status, set())


class TokenReused(Exception):
    """The form's one-time token already came with other data: a second request from a
    copied or replayed form. Nothing is stored and the first request is not named."""


def submit(form, language):
    """Store a valid request once per form token and queue its mails; returns
    (request, created). A second submit of the same form with the same data (refresh,
    double click) returns the first request; with other data it raises TokenReused."""
    digest = form.data_digest()
    existing = PartnershipRequest.objects.filter(submission_token=form.submission_token).first()
    if existing:
        return _same_submission(existing, digest), False
    try:
        with transaction.atomic():
            request = form.save(commit=False)
            request.submission_token = form.submission_token
            request.submission_digest = digest
            request.language = language
            request.consent_at = timezone.now()
            request.wished_partner = form.cleaned_data.get("wished_partner_slug")
            request.save()
            form.save_m2m()
            record_status(request, Status.NEW, at=request.created_at)
            emails.queue_submission_mails(request)
    except IntegrityError:
        # Two posts of one form raced each other: the other one stored the request.
        existing = PartnershipRequest.objects.get(submission_token=form.submission_token)
        return _same_submission(existing, digest), False
    return request, True


def _same_submission(existing, digest):
    # Requests stored before digests existed have none: taken as different, which at
    # worst shows "already sent" instead of leaking a reference.
    if not existing.submission_digest or existing.submission_digest != digest:
        raise TokenReused
    return existing


def note_line(user, text):
    stamp = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    who = user.get_username() if user else "system"
    return f"[{stamp} {who}] {text}".strip()


@transaction.atomic
def change_status(request, status, *, user=None, note="", message=""):
    """Move a request to `status`, keep a note for staff and tell the submitter."""
    if status == request.status:
        raise ValidationError(_("The request already has this status."))
    if status not in allowed_transitions(request.status):
        raise ValidationError(
            _("A request cannot go from “%(old)s” to “%(new)s”.")
            % {"old": request.get_status_display(), "new": Status(status).label}
        )
    if status == Status.APPROVED:
        publish_profile(request)
    previous = request.get_status_display()
    request.status = status
    line = note_line(user, f"{previous} → {request.get_status_display()}. {note}")
    request.staff_notes = f"{request.staff_notes}\n{line}".strip()
    request.save(update_fields=["status", "staff_notes", "municipality", "updated_at"])
    record_status(request, status, at=request.updated_at)
    if status != Status.SPAM:
        emails.queue_status_mail(request, message=message)
    return request


def record_status(partnership_request, status, at=None):
    """Add a status to the request's history (its status page lists them). Every change
    goes through here: submit, change_status (moderation, closing stale requests)."""
    return PartnershipRequestStatusChange.objects.create(
        request=partnership_request, status=status, changed_at=at or timezone.now()
    )


def status_report(partnership_request):
    """What the submitter's status page shows besides the status: its meaning, what
    happens next, the history of statuses and the mails sent to the submitter (their
    subjects and dates; never the moderators' notification)."""
    status = partnership_request.status
    return {
        "meaning": STATUS_MEANINGS.get(status, ""),
        "next_step": NEXT_STEPS.get(status, ""),
        "history": list(partnership_request.status_changes.all()),
        "mails": list(
            partnership_request.mails.filter(
                kind__in=[OutgoingMail.Kind.CONFIRMATION, OutgoingMail.Kind.STATUS]
            )
            .only("subject", "state", "created_at", "sent_at")
            .order_by("created_at", "pk")
        ),
    }


def publish_profile(request):
    """Create or update the public profile of the requesting municipality."""
    profile = request.municipality or (
        Municipality.objects.filter(name__iexact=request.municipality_name, country=request.country)
        .order_by("-population")
        .first()
    )
    if profile is None:
        profile = Municipality(name=request.municipality_name, country=request.country)
        profile.slug = unique_slug(request.municipality_name, request.country.code)
    profile.region = request.region or profile.region
    profile.population = request.population or profile.population
    profile.website = request.website or profile.website
    profile.contact_name = request.contact_name
    profile.contact_email = request.contact_email
    profile.contact_phone = request.contact_phone
    profile.seeking_partner = True
    profile.published = True
    profile.save()
    profile.themes.add(*request.wished_themes.all())
    profile.languages.add(*request.wished_languages.all())
    request.municipality = profile
    return profile


def unique_slug(name, country_code, taken=None):
    base = f"{slugify(name, allow_unicode=True) or 'municipality'}-{country_code.lower()}"
    slug, number = base, 2
    while (taken is not None and slug in taken) or Municipality.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


def months_before(now, months):
    return now - datetime.timedelta(days=round(months * 30.44))


def close_stale(now=None):
    """Close the requests nobody has touched for TWINNING_OPEN_REQUEST_MONTHS, telling
    each submitter; they are then purged like any closed request. Returns how many."""
    now = now or timezone.now()
    months = settings.TWINNING_OPEN_REQUEST_MONTHS
    stale = PartnershipRequest.objects.filter(
        status__in=OPEN_STATUSES, updated_at__lt=months_before(now, months)
    )
    count = 0
    for partnership_request in stale.iterator():
        change_status(partnership_request, Status.EXPIRED, note=f"No activity for {months} months.")
        count += 1
    return count


@transaction.atomic
def purge_expired(now=None):
    """Delete closed requests older than the retention period, and the contact data
    they put on a profile; returns how many requests went."""
    now = now or timezone.now()
    months = settings.TWINNING_REQUEST_RETENTION_MONTHS
    expired = PartnershipRequest.objects.filter(
        status__in=PartnershipRequest.CLOSED_STATUSES,
        updated_at__lt=months_before(now, months),
    )
    kept = PartnershipRequest.objects.exclude(pk__in=expired.values("pk"))
    for profile_id, email in expired.filter(municipality__isnull=False).values_list(
        "municipality_id", "contact_email"
    ):
        if kept.filter(municipality_id=profile_id, contact_email__iexact=email).exists():
            continue  # a request still kept gave the same address
        Municipality.objects.filter(pk=profile_id, contact_email__iexact=email).update(
            contact_name="", contact_email="", contact_phone=""
        )
    count = expired.count()
    expired.delete()
    return count
