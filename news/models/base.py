"""What news, events and publications share: a summary, a picture, the programmes they
concern, and a listing that filters by programme."""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel

from cemr_site.visibility import public
from projects.models import ProgrammePage

PER_PAGE = 12


def programmes_field():
    return ParentalManyToManyField(
        "projects.ProgrammePage",
        verbose_name=_("programmes"),
        blank=True,
        related_name="+",
        help_text=_("The programmes this concerns: it is listed on their pages."),
    )


def image_field():
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its description is the picture's text alternative."),
    )


class ProgrammeFilter(forms.Form):
    """The listing filters. Bad values are dropped, never an error page: a visitor may
    follow an old link to a programme that is gone."""

    programme = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)
    year = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)

    def __init__(self, data, programmes, years=()):
        super().__init__(data)
        self.fields["programme"].choices = [("", "")] + [(p.pk, p.title) for p in programmes]
        self.fields["year"].choices = [("", "")] + [(year, year) for year in years]

    def value(self, name):
        if not self.is_bound:
            return None
        self.is_valid()
        return self.cleaned_data.get(name)


def listed_programmes(request):
    """Live programmes, for the filter menus, in the page-tree order editors chose."""
    return list(public(ProgrammePage.objects.live(), request).order_by("path"))


def paginate(request, queryset):
    paginator = Paginator(queryset, PER_PAGE)
    return paginator.get_page(request.GET.get("page"))


def query_string(**params):
    """The filters to keep in the pagination links."""
    return urlencode({key: value for key, value in params.items() if value})


PROGRAMME_PANEL = FieldPanel("programmes", widget=forms.CheckboxSelectMultiple)


class EnglishSummaryMixin:
    """modeltranslation makes every language optional; English is the fallback the other
    languages show, so it is the one summary an editor must write."""

    def clean(self):
        super().clean()
        if not self.summary_en:
            raise ValidationError(
                {"summary_en": _("Write a summary in English: other languages fall back to it.")}
            )
