"""What every spreadsheet the site writes (moderators' CSV/XLSX, the open-data CSV) does to
its cells, so that text people typed into a form never runs as a formula, and how a
moderator's CSV reaches Excel intact."""

from django.utils import timezone, translation

# A cell starting with one of these is taken for a formula by Excel, LibreOffice or Google
# Sheets (OWASP, "CSV Injection"); tab and carriage return hide such a start.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """The value, with a single quote in front if it is text that would start a formula.
    Numbers, dates and None pass unchanged, so a negative number stays a number."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class NeutralisedExportMixin:
    """For a Wagtail index view with SpreadsheetExportMixin: neutralise each cell of the CSV
    and XLSX exports, after Wagtail has turned the value into what it writes."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            # openpyxl types any text starting with "=" as a formula; Wagtail resets that
            # today, and this keeps it so if Wagtail ever stops.
            if cell.data_type == "f":
                cell.data_type = "s"
            yield cell


class ExcelCSVMixin:
    """For a Wagtail index view with SpreadsheetExportMixin: a CSV that Excel opens right,
    in the moderator's language and time zone.

    Excel reads a CSV without a byte order mark as Windows-1252 ("Rzeszów" becomes
    "RzeszÃ³w"), so the file starts with one. And Wagtail streams the CSV after the view
    has returned, outside the language and time zone it activates for the moderator
    around the view: each row is written inside them again."""

    def stream_csv(self, queryset):
        # Not a generator itself: the language and zone are read now, inside the view.
        return self._rows_in(translation.get_language(), timezone.get_current_timezone(), queryset)

    def _rows_in(self, language, zone, queryset):
        rows = super().stream_csv(queryset)
        yield "\ufeff".encode()
        while True:
            with translation.override(language), timezone.override(zone):
                try:
                    row = next(rows)
                except StopIteration:
                    return
            yield row
