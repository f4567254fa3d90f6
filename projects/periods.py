"""A programme's dates in words, no more precise than they are known, with CLDR month
names (Babel) in the visitor's language."""

from babel.dates import format_date, format_skeleton
from django.utils import translation
from django.utils.translation import gettext as _


def format_known_date(day, precision, language=None):
    locale = (language or translation.get_language() or "en").replace("-", "_")
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return format_skeleton("yMMMM", day, locale=locale)
    return format_date(day, "long", locale=locale)


def programme_period(programme):
    precision = programme.date_precision
    start = programme.start_date and format_known_date(programme.start_date, precision)
    end = programme.end_date and format_known_date(programme.end_date, precision)
    if start and end:
        return f"{start} – {end}"
    if start:
        # Translators: a month and year ("March 2021"), a year or a full date follows.
        return _("Start: %(date)s") % {"date": start}
    if end:
        # Translators: a month and year ("September 2023"), a year or a full date follows.
        return _("End: %(date)s") % {"date": end}
    return ""


class KnownDatesMixin:
    """The dates of a page with `start_date`, `end_date` and `date_precision`, in words."""

    @property
    def start_display(self):
        return self.start_date and format_known_date(self.start_date, self.date_precision)

    @property
    def end_display(self):
        return self.end_date and format_known_date(self.end_date, self.date_precision)

    # For <time datetime>: "2021-03" or "2008" when the day is not known (valid in HTML).
    @property
    def start_iso(self):
        return self.start_date and iso_known_date(self.start_date, self.date_precision)

    @property
    def end_iso(self):
        return self.end_date and iso_known_date(self.end_date, self.date_precision)


def iso_known_date(day, precision):
    return {"year": day.strftime("%Y"), "month": day.strftime("%Y-%m")}.get(
        precision, day.isoformat()
    )
