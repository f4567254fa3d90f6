"""The moderation inbox for partnership requests: what the listing, the inspect view and
the CSV/XLSX exports show of a request, and which requests they show by default.

One convention each, so that a moderator never has to guess:
- times are in the active time zone (the site's, Europe/Brussels, unless the moderator
  chose another in their Wagtail profile) and always name it: "2026-03-05 17:19 CET" on
  screen, ISO 8601 to the minute with its offset ("2026-03-05T17:19+01:00") in exports;
- labels are the moderator's admin language: status, language, country and population
  band by name, never their codes;
- an empty value is an em dash on screen and an empty cell in exports.
"""

import datetime

import django_filters
from django import forms
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView

from .exports import ExcelCSVMixin, NeutralisedExportMixin
from .models import Municipality, PartnershipRequest

Status = PartnershipRequest.Status
EMPTY = "—"  # what the listing and the inspect view show for a value nobody gave


def local_stamp(value):
    """A time for the screen, in the active time zone and naming it; a narrow column
    may break it after the date, never between the time and its zone."""
    if value is None:
        return EMPTY
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M\u00a0%Z")


def iso_minute(value):
    """A time for a spreadsheet: ISO 8601 to the minute, with the offset of the active
    time zone, so that no cell can be read as UTC by mistake."""
    if value is None:
        return None
    return timezone.localtime(value).isoformat(timespec="minutes")


def status_history(partnership_request, stamp=iso_minute, separator="; "):
    """ "2026-03-05T17:19+01:00 New; 2026-03-06T09:00+01:00 In review"; reads the
    prefetched status_changes, so a listing of many requests costs one query."""
    return separator.join(
        f"{stamp(change.changed_at)} {change.get_status_display()}"
        for change in partnership_request.status_changes.all()
    )


def _names(related):
    return ", ".join(str(obj) for obj in related.all())


def _municipality_name(municipality):
    return f"{municipality.name} ({municipality.country.name})" if municipality else ""


# --- Which requests the listing shows -------------------------------------------------

# "Closed": the statuses that services.TRANSITIONS only lets back into review, so that
# nothing is left for a moderator to do: matched, declined and expired. Approved stays
# open (the team still looks for a partner: approved -> matched). Spam is closed too but
# shown apart, so that checking the spam never means wading through old requests.
CLOSED = [status for status in PartnershipRequest.CLOSED_STATUSES if status != Status.SPAM]
SHOWN = {
    "open": lambda qs: qs.exclude(status__in=PartnershipRequest.CLOSED_STATUSES),
    "closed": lambda qs: qs.filter(status__in=CLOSED),
    "spam": lambda qs: qs.filter(status=Status.SPAM),
    "all": lambda qs: qs,
}


class InboxFilterSet(WagtailFilterSet):
    """The listing's filters, and with them its count and its exports (Wagtail applies
    the same filters to all three). Without a "show" choice the open requests are shown,
    unless a status is picked: that status then shows whatever "show" would hide."""

    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=[
            ("open", pgettext_lazy("partnership requests", "Open")),
            ("closed", pgettext_lazy("partnership requests", "Closed")),
            ("spam", Status.SPAM.label),
            ("all", _("All")),
        ],
        empty_label=None,
        widget=forms.RadioSelect,
        method="filter_show",
    )

    class Meta:
        model = PartnershipRequest
        fields = ["show", "status", "country", "created_at"]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("show"):
            data = data.copy()
            data["show"] = "all" if data.get("status") else "open"
        super().__init__(data, *args, **kwargs)

    def filter_show(self, queryset, name, value):
        return SHOWN[value](queryset)


# --- The listing and its exports ------------------------------------------------------

EXPORT_FIELDS = [
    "reference",
    "status",
    "created_at",
    "language",
    "municipality_name",
    "country",
    "region",
    "population",
    "website",
    "municipality",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "wished_partner",
    "wished_countries",
    "wished_population_band",
    "wished_themes",
    "wished_languages",
    "message",
    "staff_notes",
    "status_history",
]

# What each exported cell holds, where it is not the field's own value.
EXPORT_VALUES = {
    "status": lambda r: r.get_status_display(),
    "created_at": lambda r: iso_minute(r.created_at),
    "language": lambda r: r.get_language_display(),
    "country": lambda r: r.country.name,
    "municipality": lambda r: _municipality_name(r.municipality),
    "wished_partner": lambda r: _municipality_name(r.wished_partner),
    "wished_countries": lambda r: ", ".join(str(c.name) for c in r.wished_countries),
    "wished_population_band": lambda r: r.get_wished_population_band_display(),
    "wished_themes": lambda r: _names(r.wished_themes),
    "wished_languages": lambda r: _names(r.wished_languages),
    "status_history": status_history,
}


class InboxIndexView(ExcelCSVMixin, NeutralisedExportMixin, IndexView):
    """The listing and its CSV/XLSX exports: the same rows (the filters above), each
    cell as a moderator reads it (EXPORT_VALUES), no formula, a BOM for Excel."""

    export_headings = {"status_history": _("History")}

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.is_export:
            # Every related value of every row in a fixed number of queries.
            queryset = queryset.select_related("municipality", "wished_partner").prefetch_related(
                "wished_themes", "wished_languages", "status_changes"
            )
        return queryset

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            value = EXPORT_VALUES[field](item) if field in EXPORT_VALUES else getattr(item, field)
            row[field] = None if value in ("", None) else value  # an empty cell, both formats
        return row


def _received_column():
    return Column(
        "created_at",
        accessor=lambda r: local_stamp(r.created_at),
        label=capfirst(PartnershipRequest._meta.get_field("created_at").verbose_name),
        sort_key="created_at",
    )


def _country_column():
    return Column(
        "country",
        accessor=lambda r: r.country.name,
        label=capfirst(PartnershipRequest._meta.get_field("country").verbose_name),
        sort_key="country",
    )


LIST_DISPLAY = [
    "reference",
    "municipality_name",
    _country_column(),
    "status",
    "language",
    _received_column(),
]


# --- The inspect view -----------------------------------------------------------------

INSPECT_FIELDS = [
    "reference",
    "status",
    "created_at",
    "status_history",
    "language",
    "municipality_name",
    "country",
    "region",
    "population",
    "website",
    "municipality",
    "wished_partner",
    "wished_countries",
    "wished_population_band",
    "wished_themes",
    "wished_languages",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "consent_at",
    "message",
    "staff_notes",
]


class InboxInspectView(InspectView):
    """A request as a moderator reads it: linked profiles by name and link, times named,
    one em dash for whatever is empty (Wagtail's own mixes "-", "None" and blanks)."""

    def get_field_label(self, field_name, field):
        if field_name == "status_history":
            return _("History")
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        if field_name == "status_history":
            lines = status_history(self.object, stamp=local_stamp, separator="\n")
            value = linebreaksbr(lines, autoescape=True)
        elif field_name == "country":
            value = self.object.country.name
        elif field_name == "wished_countries":
            value = EXPORT_VALUES[field_name](self.object)
        elif field_name in ("message", "staff_notes"):
            value = linebreaksbr(getattr(self.object, field_name), autoescape=True)
        else:
            value = super().get_field_display_value(field_name, field)
        if isinstance(value, Municipality):
            url = reverse("twinning_municipalities:inspect", args=(value.pk,))
            return format_html('<a href="{}">{}</a>', url, _municipality_name(value))
        if isinstance(value, datetime.datetime):
            return local_stamp(value)
        if value is None or (isinstance(value, str) and value.strip() in ("", "-")):
            return EMPTY
        return value
