"""Forms of the profile's management: claiming it, signing in, editing, handing over."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import get_language, get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from projects.models import ProgrammePage

from .forms import (
    guard_against_bidi_controls,
    validate_plain_text,
    validate_single_line,
)
from .models import Language, Participation, Theme, TwinningLink
from .names import sort_key
from .pictures import clean_picture
from .profile_edits import LANGUAGE_CODES
from .search import name_matches
from .spam import SpamGuardMixin

JUSTIFICATION_MAX = 2000
DESCRIPTION_MAX = 3000
SEEKING_MAX = 600
MESSAGE_MAX = 3000


def plain_line(field):
    field.validators += [validate_plain_text, validate_single_line]
    return field


class ClaimForm(SpamGuardMixin, forms.Form):
    name = plain_line(forms.CharField(label=_("Full name"), max_length=200))
    role = plain_line(forms.CharField(label=_("Role or position"), max_length=200))
    email = forms.EmailField(
        label=_("Official e-mail address"),
        max_length=254,
        help_text=_(
            "An address of the municipality itself (for example at its own domain). We send "
            "a link to it to check that it is yours."
        ),
    )
    justification = forms.CharField(
        label=_("Why should this address manage the profile?"),
        help_text=_("Your role in the municipality's international work, in a few lines."),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": JUSTIFICATION_MAX}),
        validators=[MaxLengthValidator(JUSTIFICATION_MAX), validate_plain_text],
    )
    consent = forms.BooleanField(
        label=_("I agree that CEMR uses these details to handle our request."),
        error_messages={"required": _("Tick the box to agree, or we cannot handle your request.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        guard_against_bidi_controls(self, ("name", "role", "email"))

    def claim_data(self):
        return {
            name: self.cleaned_data[name] for name in ("name", "role", "email", "justification")
        }


class SignInForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)


def _language_name(code):
    return get_language_info(code)["name_translated"]


class ProfileEditForm(forms.Form):
    """What a manager may change. The description and "what we seek" come in every
    language: the profile shows the visitor's, else says which one it shows instead."""

    seeking_partner = forms.BooleanField(label=_("We are seeking a partner"), required=False)
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Working languages"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    contact_enabled = forms.BooleanField(
        label=_("Visitors may write to us through the site"),
        help_text=_("Messages reach your address; it is never shown to them."),
        required=False,
    )
    picture = forms.FileField(
        label=_("New picture"),
        required=False,
        help_text=_("JPEG, PNG or WebP, at least 600 × 400 pixels, up to 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    picture_alt = plain_line(
        forms.CharField(
            label=_("What the picture shows"),
            help_text=_("Read out to people who cannot see it. Needed with a new picture."),
            required=False,
            max_length=250,
        )
    )
    remove_picture = forms.BooleanField(label=_("Remove the current picture"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code in LANGUAGE_CODES:
            language = _language_name(code)
            self.fields[f"description_{code}"] = forms.CharField(
                label=_("Description in %(language)s") % {"language": language},
                required=False,
                widget=forms.Textarea(
                    attrs={"rows": 5, "maxlength": DESCRIPTION_MAX, "lang": code}
                ),
                validators=[MaxLengthValidator(DESCRIPTION_MAX), validate_plain_text],
            )
            self.fields[f"seeking_details_{code}"] = forms.CharField(
                label=_("What partner you seek, in %(language)s") % {"language": language},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2, "maxlength": SEEKING_MAX, "lang": code}),
                validators=[MaxLengthValidator(SEEKING_MAX), validate_plain_text],
            )
        guard_against_bidi_controls(self, ("website", "picture_alt"))
        self.cleaned_picture = None

    def language_blocks(self):
        """Per language: its code, name, both fields, and whether it holds text. The
        page's language comes first, then those with text, then the rest by name."""
        blocks = []
        for code in LANGUAGE_CODES:
            description = self[f"description_{code}"]
            seeking = self[f"seeking_details_{code}"]
            blocks.append(
                {
                    "code": code,
                    "name": _language_name(code),
                    "description": description,
                    "seeking": seeking,
                    "filled": bool(description.value() or seeking.value()),
                    "errors": bool(description.errors or seeking.errors),
                }
            )
        current = get_language()
        return sorted(
            blocks,
            key=lambda b: (b["code"] != current, not b["filled"], sort_key(str(b["name"]))),
        )

    def clean_picture(self):
        upload = self.cleaned_data.get("picture")
        if upload:
            self.cleaned_picture = clean_picture(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.cleaned_picture and not cleaned.get("picture_alt", "").strip():
            self.add_error("picture_alt", _("Say in a few words what the picture shows."))
        return cleaned


class HandoverForm(forms.Form):
    email = forms.EmailField(
        label=_("New manager's e-mail address"),
        max_length=254,
        help_text=_("We send them a link to accept. You stay the manager until they do."),
    )

    def __init__(self, *args, current=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.current = current

    def clean_email(self):
        email = self.cleaned_data["email"]
        if self.current and email.lower() == self.current.lower():
            raise forms.ValidationError(_("This address already manages the profile."))
        return email


class AcceptHandoverForm(forms.Form):
    name = plain_line(forms.CharField(label=_("Full name"), max_length=200))


class CloseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, stop managing this profile"),
        error_messages={"required": _("Tick the box to confirm.")},
    )


class ContactForm(SpamGuardMixin, forms.Form):
    """A message to a managed profile, relayed to its manager by mail."""

    sender_name = plain_line(forms.CharField(label=_("Full name"), max_length=200))
    sender_organisation = plain_line(
        forms.CharField(label=_("Your municipality or organisation"), max_length=200)
    )
    sender_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("The profile's manager sees it, to answer you directly."),
    )
    message = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": MESSAGE_MAX}),
        validators=[MaxLengthValidator(MESSAGE_MAX), validate_plain_text],
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that CEMR passes my message and my address to the manager of this "
            "profile and keeps them for up to 12 months."
        ),
        error_messages={"required": _("Tick the box to agree, or we cannot pass your message on.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        guard_against_bidi_controls(self, ("sender_name", "sender_organisation", "sender_email"))

    def message_data(self):
        fields = ("sender_name", "sender_organisation", "sender_email", "message")
        return {name: self.cleaned_data[name] for name in fields}


def _year_field():
    return forms.IntegerField(
        label=_("Since (year)"),
        required=False,
        min_value=1945,
        max_value=timezone.now().year,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "input--short"}),
    )


class LinkProposalForm(forms.Form):
    """A partner named in any spelling; several places of that name: pick one."""

    partner_name = plain_line(
        forms.CharField(
            label=_("Partner municipality"),
            max_length=100,
            help_text=_("Its name, in any spelling."),
            # Suggestions under the box (static/js/typeahead.js) fill in the name.
            widget=forms.TextInput(
                attrs={
                    "autocomplete": "off",
                    "data-suggest-url": reverse_lazy("twinning:suggest"),
                    "data-suggest-fill": "",
                    "data-status-results": _(
                        "Suggestions: {count}. Use the up and down arrow keys to choose one."
                    ),
                    "data-status-none": _("No suggestions."),
                }
            ),
        )
    )
    partner = forms.ChoiceField(
        label=_("Which one do you mean?"), required=False, widget=forms.RadioSelect
    )
    kind = forms.ChoiceField(label=_("Kind of link"), choices=TwinningLink.Kind.choices)
    link_since = _year_field()

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.municipality = municipality
        name = (self.data.get("partner_name") or "").strip() if self.is_bound else ""
        self.matches = [
            match.municipality
            for match in (name_matches(name[:100], limit=8) if name else [])
            if match.municipality.pk != getattr(municipality, "pk", None)
        ]
        self.fields["partner"].choices = [
            (str(m.pk), f"{m.name} ({m.country.name})") for m in self.matches
        ]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("partner_name"):
            return cleaned
        chosen = [m for m in self.matches if str(m.pk) == cleaned.get("partner")]
        if chosen:
            cleaned["partner_municipality"] = chosen[0]
        elif len(self.matches) == 1:
            cleaned["partner_municipality"] = self.matches[0]
        elif self.matches:
            self.add_error("partner", _("Several municipalities have this name: choose one."))
        else:
            self.add_error("partner_name", _("No municipality of this name is in the directory."))
        return cleaned


class ParticipationProposalForm(forms.Form):
    programme = forms.ModelChoiceField(
        label=pgettext_lazy("a CEMR programme", "Programme"),
        queryset=ProgrammePage.objects.none(),
        empty_label="—",
    )
    participation_kind = forms.ChoiceField(
        label=_("Taking part as"), choices=Participation.Kind.choices
    )
    participation_since = _year_field()
    details = plain_line(
        forms.CharField(
            label=_("Details"),
            required=False,
            max_length=300,
            help_text=_("For example the commitment level or the action plan."),
        )
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = ProgrammePage.objects.live().order_by("title")
