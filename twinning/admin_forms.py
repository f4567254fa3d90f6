"""The moderator's form: the status moves through services.change_status, so the rules,
the staff note, the profile on approval and the mail to the submitter all apply."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import claims, outbox, profile_edits, services


class ModerationForm(WagtailAdminModelForm):
    note = forms.CharField(
        label=_("Note for staff"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Kept in the request's history; the submitter does not see it."),
    )
    message_to_submitter = forms.CharField(
        label=_("Message to the submitter"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Added to the mail that tells the submitter about the new status."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.previous_status = self.instance.status
        if "status" in self.fields and self.instance.pk:
            allowed = services.allowed_transitions(self.instance.status) | {self.instance.status}
            self.fields["status"].choices = [
                c for c in self.fields["status"].choices if c[0] in allowed
            ]

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status != self.previous_status and status not in services.allowed_transitions(
            self.previous_status
        ):
            raise ValidationError(_("This status cannot follow the current one."))
        return status

    def save(self, commit=True):
        new_status = self.cleaned_data.get("status", self.previous_status)
        self.instance.status = self.previous_status  # the service makes the change
        instance = super().save(commit=commit)
        if new_status != self.previous_status:
            services.change_status(
                instance,
                new_status,
                user=getattr(self, "for_user", None),
                note=self.cleaned_data.get("note", ""),
                message=self.cleaned_data.get("message_to_submitter", ""),
            )
        elif self.cleaned_data.get("note"):
            line = services.note_line(getattr(self, "for_user", None), self.cleaned_data["note"])
            instance.staff_notes = f"{instance.staff_notes}\n{line}".strip()
            instance.save(update_fields=["staff_notes"])
        return instance


class OutgoingMailForm(WagtailAdminModelForm):
    """A mail's page in the admin: read-only but for "send again", which gives a dead
    letter (or a mail still failing) a fresh set of attempts, due now."""

    send_again = forms.BooleanField(
        label=_("Send again"),
        required=False,
        help_text=_("Try this mail again now, with a fresh set of attempts."),
    )

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if self.cleaned_data.get("send_again"):
            outbox.send_again(type(instance).objects.filter(pk=instance.pk))
        return instance


class ClaimModerationForm(WagtailAdminModelForm):
    """Approve or decline a confirmed claim; the claimant is told in their language."""

    DECISIONS = [("", "—"), ("approve", _("Approve")), ("decline", _("Decline"))]
    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, required=False)

    def clean_decision(self):
        decision = self.cleaned_data["decision"]
        if decision and self.instance.status != self.instance.Status.WAITING:
            raise ValidationError(
                _("Only a claim whose address was confirmed, and not yet decided, can be decided.")
            )
        return decision

    def save(self, commit=True):
        decision = self.cleaned_data.get("decision")
        note = self.cleaned_data.get("moderator_note", "")
        if decision:
            claims.decide_claim(
                self.instance,
                decision == "approve",
                user=getattr(self, "for_user", None),
                note=note,
            )
            return self.instance
        return super().save(commit=commit)


class ProfileChangeForm(WagtailAdminModelForm):
    """A history entry: read-only, with "revert" to put back what it replaced."""

    revert = forms.BooleanField(
        label=_("Revert this change"),
        required=False,
        help_text=_("Put back what these fields held before; kept as a new change."),
    )

    def save(self, commit=True):
        if self.cleaned_data.get("revert"):
            profile_edits.revert(self.instance, getattr(self, "for_user", None))
        return self.instance
