"""The partner search, the partnership request and the status look-up."""

import hashlib
import json
import re

import phonenumbers
from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .constants import EUROPEAN_COUNTRIES, LANGUAGE_CHOICES, PopulationBand
from .models import Language, Municipality, PartnershipRequest, Theme
from .spam import MIN_FILL_SECONDS, SpamGuardMixin, sign_form_start

__all__ = ["MIN_FILL_SECONDS", "sign_form_start"]  # where the tests and views take them

MESSAGE_MAX_LENGTH = 5000
MARKUP = re.compile(r"<\s*[a-zA-Z/!?]|&#?\w+;|javascript:", re.IGNORECASE)
# Bidirectional controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM): invisible, they reorder what a
# moderator reads, e.g. "https://example.org/\u202egnp.exe" shows as ".../exe.png".
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


class SearchForm(forms.Form):
    """The partner search's filters. A value that is not valid drops only itself: the
    other filters stay, and `dropped` names what was left out so the page can say so."""

    SORTS = [
        ("relevance", _("Best match")),
        ("name", _("Name (A–Z)")),
        ("-population", _("Population (largest first)")),
        ("population", _("Population (smallest first)")),
    ]
    MULTIPLE = ("country", "region", "population", "theme", "language", "programme")
    q = forms.CharField(label=_("Name of the municipality"), required=False, max_length=100)
    # The labels come from the facet counts; plain codes keep validation from translating
    # and sorting every country name of the world on each request.
    country = forms.MultipleChoiceField(
        label=_("Country"),
        required=False,
        choices=[(code, code) for code in sorted(EUROPEAN_COUNTRIES)],
    )
    region = forms.MultipleChoiceField(label=_("Region"), required=False, choices=())
    population = forms.MultipleChoiceField(
        label=_("Population"), required=False, choices=PopulationBand.choices
    )
    theme = forms.MultipleChoiceField(label=_("Themes"), required=False, choices=())
    language = forms.MultipleChoiceField(
        label=_("Working languages"), required=False, choices=LANGUAGE_CHOICES
    )
    programme = forms.MultipleChoiceField(label=_("CEMR programmes"), required=False, choices=())
    seeking = forms.BooleanField(label=_("Only municipalities seeking a partner"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)

    def __init__(self, data=None, *, themes=(), programmes=(), **kwargs):
        self.dropped = []
        if data is not None:
            data = self._without_invalid(data, themes, programmes)
        super().__init__(data, **kwargs)
        self.fields["theme"].choices = [(theme.slug, theme.name) for theme in themes]
        self.fields["programme"].choices = [(str(p.pk), p.title) for p in programmes]
        # Regions are GeoNames' admin-1 names or what a moderator wrote: any short text.
        chosen = data.getlist("region") if data is not None else []
        self.fields["region"].choices = [(value, value) for value in chosen]

    def _without_invalid(self, data, themes, programmes):
        """A copy of the query with each unknown value removed and noted."""
        valid = {
            "country": EUROPEAN_COUNTRIES.__contains__,
            "region": lambda value: 0 < len(value) <= 200,
            "population": set(PopulationBand.values).__contains__,
            "theme": {theme.slug for theme in themes}.__contains__,
            "language": {code for code, _name in LANGUAGE_CHOICES}.__contains__,
            "programme": {str(p.pk) for p in programmes}.__contains__,
        }
        data = data.copy()
        for name in self.MULTIPLE:
            values = data.getlist(name)
            kept = [value for value in values if valid[name](value)]
            if len(kept) != len(values):
                self.dropped.append(self.base_fields[name].label)
                data.setlist(name, kept)
        if data.get("sort") and data["sort"] not in dict(self.SORTS):
            del data["sort"]  # an unknown order quietly becomes the default one
        q = data.get("q", "")
        if len(q) > self.base_fields["q"].max_length:
            self.dropped.append(self.base_fields["q"].label)
            del data["q"]
        return data


def validate_plain_text(value):
    if value and MARKUP.search(value):
        raise forms.ValidationError(
            _("Please use plain text only: remove HTML tags and special codes."), code="markup"
        )


def validate_single_line(value):
    if value and ("\r" in value or "\n" in value):
        raise forms.ValidationError(_("Please keep this on one line."), code="line_break")


def validate_no_bidi_controls(value):
    if value and BIDI_CONTROLS.search(str(value)):
        raise forms.ValidationError(
            _("Please remove the invisible text-direction characters from this field."),
            code="bidi",
        )


def guard_against_bidi_controls(form, names):
    # First in the list, so this message comes before the field's own ones.
    for name in names:
        form.fields[name].validators.insert(0, validate_no_bidi_controls)


class PartnershipRequestForm(SpamGuardMixin, forms.ModelForm):
    wished_partner_slug = forms.CharField(required=False, widget=forms.HiddenInput)
    wished_themes = forms.ModelMultipleChoiceField(
        label=_("Themes of interest"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
    )
    wished_languages = forms.ModelMultipleChoiceField(
        label=_("Working languages"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_("I agree that CEMR uses these details to handle our request."),
        error_messages={"required": _("Tick the box to agree, or we cannot handle your request.")},
    )

    single_line_fields = (
        "municipality_name",
        "region",
        "contact_name",
        "contact_role",
        "contact_email",
        "contact_phone",
    )
    text_fields = single_line_fields + ("message",)
    no_bidi_fields = single_line_fields + ("website", "wished_partner_slug")

    class Meta:
        model = PartnershipRequest
        fields = [
            "municipality_name",
            "country",
            "region",
            "population",
            "website",
            "contact_name",
            "contact_role",
            "contact_email",
            "contact_phone",
            "wished_countries",
            "wished_population_band",
            "wished_themes",
            "wished_languages",
            "message",
            "consent",
        ]
        labels = {
            "municipality_name": _("Name of your municipality"),
            "contact_name": _("Full name"),
            "contact_role": _("Role or position"),
            "contact_email": _("E-mail address"),
            "contact_phone": _("Phone number"),
            "wished_countries": _("Countries you would like a partner in"),
            "wished_population_band": _("Size of the partner you are looking for"),
            "message": _("Your message"),
        }
        help_texts = {
            "population": _("Number of inhabitants, digits only."),
            "website": _("For example https://www.example.eu"),
            "wished_countries": _("Choose one or more; leave empty for any country."),
            "message": _(
                "Tell us what you would like to do together: themes, projects, exchanges."
            ),
            "contact_email": _("We send the confirmation and news of your request here."),
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6}),
            "wished_countries": forms.CheckboxSelectMultiple,
            "population": forms.NumberInput(attrs={"min": 1, "inputmode": "numeric"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("municipality_name", "country", "contact_name", "contact_email", "message"):
            self.fields[name].required = True
        self.fields["message"].validators.append(MaxLengthValidator(MESSAGE_MAX_LENGTH))
        self.fields["message"].widget.attrs["maxlength"] = MESSAGE_MAX_LENGTH
        self.fields["wished_population_band"].choices = [("", _("Any size"))] + list(
            PopulationBand.choices
        )
        covered = sorted(
            ((code, countries.name(code)) for code in EUROPEAN_COUNTRIES), key=lambda c: str(c[1])
        )
        self.fields["country"].choices = [("", _("Choose a country")), *covered]
        self.fields["wished_countries"].choices = covered
        for name in self.text_fields:
            self.fields[name].validators.append(validate_plain_text)
        for name in self.single_line_fields:
            self.fields[name].validators.append(validate_single_line)
        guard_against_bidi_controls(self, self.no_bidi_fields)

    def clean_contact_phone(self):
        """A number we can dial: international ("+33 …"), or national in the country chosen
        above. Kept in the international format, so it carries its country code and reads
        as people write numbers (E.164's unbroken digits are hard to read back)."""
        value = self.cleaned_data.get("contact_phone", "").strip()
        if not value:
            return value
        invalid = forms.ValidationError(
            _(
                "Enter a phone number we can call, with the country code if it is not in "
                "your country, for example +33 1 23 45 67 89."
            ),
            code="phone",
        )
        # phonenumbers reads letters as a keypad ("1-800-FLOWERS"); nobody means that here.
        if any(character.isalpha() for character in value):
            raise invalid
        try:
            number = phonenumbers.parse(value, self.cleaned_data.get("country") or None)
        except phonenumbers.NumberParseException:
            raise invalid from None
        if not phonenumbers.is_valid_number(number):
            raise invalid
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def data_digest(self):
        """A fingerprint of what was sent, to tell a resent form (same data) from a reused
        one-time token carrying other data."""

        def plain(value):
            if hasattr(value, "all"):  # the chosen themes or languages
                return sorted(str(item.pk) for item in value.all())
            if isinstance(value, (list, tuple)):
                return sorted(str(item) for item in value)
            if hasattr(value, "pk"):  # the wished partner
                return value.pk
            return value

        data = {
            name: plain(value)
            for name, value in self.cleaned_data.items()
            if name not in ("form_start", "homepage")
        }
        encoded = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(encoded.encode()).hexdigest()

    def clean_population(self):
        population = self.cleaned_data.get("population")
        if population is not None and not (1 <= population <= 50_000_000):
            raise forms.ValidationError(_("Enter a population between 1 and 50,000,000."))
        return population

    def clean_wished_partner_slug(self):
        slug = self.cleaned_data.get("wished_partner_slug", "").strip()
        if not slug:
            return None
        return Municipality.objects.published().filter(slug=slug).first()


class StatusForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference"), max_length=16, help_text=_("For example TW-ABCD2345")
    )
    email = forms.EmailField(label=_("E-mail address used in the request"), max_length=254)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        guard_against_bidi_controls(self, ("reference", "email"))

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()
