import datetime
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cemr_site.visibility import public
from projects.blocks import BaseStreamBlock
from projects.models import TranslatedPageMixin

from ..calendar import calendar_response
from .base import (
    PROGRAMME_PANEL,
    EnglishSummaryMixin,
    ProgrammeFilter,
    image_field,
    listed_programmes,
    paginate,
    programmes_field,
    query_string,
)

TIME_ZONES = sorted(
    zone for zone in available_timezones() if zone.startswith("Europe/") or zone == "UTC"
)


def clock(moment):
    return moment.strftime("%H:%M")  # the 24-hour clock, as across Europe


class EventIndexPage(TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("translated_text")]
    search_text_fields = ("title", "intro")

    parent_page_types = ["projects.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event index page")

    def events(self, request=None):
        # The lists show no pictures: none are read.
        return public(EventPage.objects.live(), request).child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = ProgrammeFilter(request.GET, listed_programmes(request))
        programme = filters.value("programme")
        events = self.events(request)
        if programme:
            events = events.filter(programmes=programme)
        now = timezone.now()
        context.update(
            filters=filters,
            selected_programme=programme,
            upcoming=list(events.filter(ends_at__gte=now).order_by("starts_at", "pk")),
            page_obj=paginate(request, events.filter(ends_at__lt=now).order_by("-starts_at")),
            query_string=query_string(programme=programme),
        )
        return context


class EventPage(EnglishSummaryMixin, TranslatedPageMixin, RoutablePageMixin, Page):
    class Attendance(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in listings, calendars and search results."),
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for all-day events.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for one-day events.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=[(zone, zone) for zone in TIME_ZONES],
        default=settings.TIME_ZONE,
        help_text=_("The times above are local times in this zone: where the event is held."),
    )
    # The moments in UTC, computed from the fields above, for listing and sorting.
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)
    attendance = models.CharField(
        _("attendance"), max_length=20, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    venue = models.CharField(_("venue"), max_length=250, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where participants join online.")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    image = image_field()
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    programmes = programmes_field()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_deadline")],
            heading=_("Registration"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        PROGRAMME_PANEL,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("translated_text"),
        index.SearchField("city"),
        index.FilterField("starts_at"),
    ]
    search_text_fields = ("title", "summary", "body")

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    # --- When -------------------------------------------------------------------------

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def last_day(self):
        return self.end_date or self.start_date

    def compute_moments(self):
        start = datetime.datetime.combine(
            self.start_date, self.start_time or datetime.time.min, tzinfo=self.zone
        )
        if self.end_time:
            end = datetime.datetime.combine(self.last_day, self.end_time, tzinfo=self.zone)
        elif self.start_time and not self.end_date:
            end = start  # a start time alone: the event is a moment
        else:  # all-day: until the end of its last day
            end = datetime.datetime.combine(
                self.last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=self.zone
            )
        return start, end

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        elif self.end_time and not self.start_time:
            errors["start_time"] = _("Give a start time too, or leave both times empty.")
        elif self.start_date:
            start, end = self.compute_moments()
            if end < start:
                errors["end_time"] = _("The event cannot end before it starts.")
        if self.attendance != self.Attendance.ONLINE and not self.city:
            errors["city"] = _("Give the city where the event takes place.")
        if (
            self.registration_deadline
            and self.start_date
            and self.registration_deadline > self.last_day
        ):
            errors["registration_deadline"] = _(
                "The registration deadline cannot be after the event."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.starts_at, self.ends_at = self.compute_moments()
        return super().save(*args, **kwargs)

    @property
    def local_start(self):
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self):
        return self.ends_at.astimezone(self.zone)

    @property
    def zone_label(self):
        """ "CET, UTC+01:00": the abbreviation where the zone has one, and the offset."""
        moment = self.local_start
        offset = moment.strftime("%z")
        offset = f"UTC{offset[:3]}:{offset[3:]}"
        name = moment.tzname()
        return offset if not name or name[0] in "+-" else f"{name}, {offset}"

    @property
    def when(self):
        """The date and local time in words, in the active language's formats."""
        start, end = self.local_start, self.local_end
        first = date_format(self.start_date)
        if self.all_day:
            if self.last_day == self.start_date:
                return first
            return f"{first} – {date_format(self.last_day)}"
        if start.date() == end.date():
            times = clock(start)
            if end != start:
                times = f"{times}–{clock(end)}"
            return f"{first}, {times} ({self.zone_label})"
        return (
            f"{first}, {clock(start)} – {date_format(end.date())}, {clock(end)} ({self.zone_label})"
        )

    @property
    def where(self):
        if self.attendance == self.Attendance.ONLINE:
            return _("Online")
        place = ", ".join(
            part for part in (self.city, self.country.name if self.country else "") if part
        )
        if self.attendance == self.Attendance.HYBRID:
            return _("%(place)s and online") % {"place": place}
        return place

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def registration_open(self):
        if not self.registration_url or self.is_past:
            return False
        return not self.registration_deadline or self.registration_deadline >= timezone.localdate(
            timezone=self.zone
        )

    @property
    def is_online(self):
        return self.attendance in (self.Attendance.ONLINE, self.Attendance.HYBRID)

    @property
    def is_in_person(self):
        return self.attendance in (self.Attendance.IN_PERSON, self.Attendance.HYBRID)

    # wagtail-modeltranslation routes subpages with a trailing slash.
    @path("ics/", name="ics")
    def ics(self, request):
        return calendar_response([self], filename=f"{self.slug}.ics")


def next_event_change():
    """When an event next starts or ends: then it moves from the upcoming events to the
    past ones, on its page, the index, the home page and its programme's page (the page
    cache keeps nothing past this moment). One query."""
    now = timezone.now()
    found = EventPage.objects.live().aggregate(
        start=models.Min("starts_at", filter=models.Q(starts_at__gt=now)),
        end=models.Min("ends_at", filter=models.Q(ends_at__gt=now)),
    )
    return min((moment for moment in found.values() if moment), default=None)
