"""Spam defences shared by the public forms (partnership request, claim, contact), with
no captcha: a field people never see, a signed minimum fill time that carries the form's
one-time token, and (in the views) a per-address rate limit on what gets stored."""

import time
import uuid

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 24 * 3600
FORM_SALT = "twinning.request-form"


def sign_form_start(token=None, started=None):
    """The hidden field that carries when the form was shown and its one-time token."""
    return signing.dumps(
        {"t": token or uuid.uuid4().hex, "s": started if started is not None else time.time()},
        salt=FORM_SALT,
    )


class SpamGuardMixin(forms.Form):
    """Adds the two hidden fields; after `clean`, `spam_reason` says why a post looks
    automated ("honeypot", "bad-token", "too-fast") and `submission_token` is the form's
    one-time token."""

    homepage = forms.CharField(required=False, label=_("Leave this field empty"))
    form_start = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["homepage"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.spam_reason = None
        self.submission_token = None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("homepage"):
            self.spam_reason = "honeypot"
        try:
            start = signing.loads(
                cleaned.get("form_start", ""), salt=FORM_SALT, max_age=MAX_FORM_AGE_SECONDS
            )
        except signing.BadSignature:
            self.spam_reason = self.spam_reason or "bad-token"
            start = None
        if start:
            self.submission_token = start["t"]
            if time.time() - start["s"] < MIN_FILL_SECONDS:
                self.spam_reason = self.spam_reason or "too-fast"
        if self.spam_reason:
            raise forms.ValidationError(
                _("We could not accept this submission. Please check the form and send it again."),
                code="spam",
            )
        return cleaned
