"""Writing to a managed profile through the site (twinning/relay.py)."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from . import relay
from .manager_forms import ContactForm
from .models import Municipality
from .spam import sign_form_start
from .views import GuardedFormMixin

SENT_KEY = "twinning_contact_sent"


class ContactView(GuardedFormMixin, FormView):
    form_class = ContactForm
    template_name = "twinning/contact_form.html"
    rate_group = "contact"
    rate_setting = "TWINNING_CONTACT_RATE_LIMIT"
    too_many_message = _(
        "Too many messages were sent from your connection. Please try again in an hour."
    )

    def dispatch(self, request, slug):
        self.municipality = get_object_or_404(Municipality.objects.published(), slug=slug)
        self.manager = relay.contact_manager(self.municipality)
        if self.manager is None:
            # Unmanaged, or the manager switched contact off: CEMR can still help.
            return render(
                request,
                "twinning/contact_unavailable.html",
                {"municipality": self.municipality},
                status=404,
            )
        return super().dispatch(request, slug)

    def get_initial(self):
        return {"form_start": sign_form_start()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            municipality=self.municipality,
            daily_cap=settings.TWINNING_CONTACT_DAILY_CAP,
            **kwargs,
        )

    def form_valid(self, form):
        try:
            _message, created = relay.relay(
                self.municipality,
                self.manager,
                form.message_data(),
                get_language(),
                form.submission_token,
            )
        except relay.ProfileBusy:
            form.add_error(
                None,
                _(
                    "This municipality has received many messages today. Please try again "
                    "tomorrow, or ask CEMR to find a partner for you."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        if created:
            self.count_stored()
        self.request.session[SENT_KEY] = self.municipality.slug
        return redirect("twinning:contact_sent", slug=self.municipality.slug)


def contact_sent(request, slug):
    municipality = get_object_or_404(Municipality.objects.published(), slug=slug)
    if request.session.get(SENT_KEY) != slug:
        return redirect("twinning:contact", slug=slug)
    return render(request, "twinning/contact_sent.html", {"municipality": municipality})
