"""The moderators' page for one person's data: export it (GDPR Article 15) or erase it
(Article 17), each a single action on an e-mail address (twinning/privacy.py)."""

import hashlib
import json
import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from . import privacy

logger = logging.getLogger(__name__)
PERMISSION = "twinning.handle_personal_data"


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[
            ("export", _("Export everything stored under this address (JSON)")),
            ("erase", _("Erase everything stored under this address")),
        ],
        widget=forms.RadioSelect,
        initial="export",
    )
    confirm_erase = forms.BooleanField(
        label=_("I checked who asks, and want to erase their data now. This cannot be undone."),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "erase" and not cleaned.get("confirm_erase"):
            self.add_error("confirm_erase", _("Tick the box to confirm the erasure."))
        return cleaned


class PersonalDataView(WagtailAdminTemplateMixin, FormView):
    form_class = PersonalDataForm
    template_name = "twinning/admin/personal_data.html"
    page_title = _("Personal data")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip()
        who = self.request.user.get_username()
        digest = hashlib.sha256(email.lower().encode()).hexdigest()[:12]
        if form.cleaned_data["action"] == "export":
            logger.info("Personal data of %s exported by %s", digest, who)
            response = HttpResponse(
                json.dumps(privacy.export(email), ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = f'attachment; filename="personal-data-{digest}.json"'
            return response
        counts = privacy.erase(email)
        logger.info("Personal data of %s erased by %s: %s", digest, who, counts)
        summary = ", ".join(f"{kind}: {count}" for kind, count in counts.items())
        messages.success(
            self.request, _("Erased. Removed records: %(summary)s") % {"summary": summary}
        )
        return redirect("twinning_personal_data:index")


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class PersonalDataViewSet(ViewSet):
    name = "twinning_personal_data"
    icon = "user"
    menu_label = _("Personal data")
    url_prefix = "twinning/personal-data"
    menu_item_class = PersonalDataMenuItem

    def get_urlpatterns(self):
        return [path("", PersonalDataView.as_view(), name="index")]
