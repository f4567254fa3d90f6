"""Claiming a profile and managing it without an account: one-time links by mail, then a
short session that names the profiles this visitor may edit."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from . import claims, links, pictures, profile_edits
from .manager_forms import (
    AcceptHandoverForm,
    ClaimForm,
    CloseForm,
    HandoverForm,
    ProfileEditForm,
    SignInForm,
)
from .models import Manager, Municipality
from .spam import sign_form_start
from .views import GuardedFormMixin, NoFilesMixin, count_attempt, rate_limited

SESSION_KEY = "twinning_managers"
SESSION_SECONDS = 2 * 3600


class ClaimView(GuardedFormMixin, FormView):
    form_class = ClaimForm
    template_name = "twinning/manage/claim_form.html"
    rate_group = "claim"
    rate_setting = "TWINNING_CLAIM_RATE_LIMIT"

    def dispatch(self, request, slug):
        self.municipality = get_object_or_404(Municipality.objects.published(), slug=slug)
        return super().dispatch(request, slug)

    def get_initial(self):
        return {"form_start": sign_form_start()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(municipality=self.municipality, **kwargs)

    def form_valid(self, form):
        claims.submit_claim(self.municipality, form.claim_data(), get_language())
        self.count_stored()
        return render(
            self.request,
            "twinning/manage/check_mail.html",
            {"email": form.cleaned_data["email"], "why": "claim"},
        )


class LinkView(TemplateView):
    """A page behind a one-time link: GET shows what the link does and a button; the
    POST spends the link (mail scanners only GET)."""

    purpose = None
    template_name = "twinning/manage/link.html"
    http_method_names = ["get", "head", "post"]

    def invalid(self, error):
        return render(
            self.request, "twinning/manage/link_invalid.html", {"reason": error.reason}, status=410
        )

    def get(self, request, token):
        try:
            link = links.peek(self.purpose, token)
        except links.LinkInvalid as error:
            return self.invalid(error)
        return self.render_to_response(self.get_context_data(link=link, **self.extra(link)))

    def extra(self, link):
        return {}


class ClaimConfirmView(LinkView):
    purpose = links.Purpose.CONFIRM_CLAIM

    def post(self, request, token):
        try:
            claim = claims.confirm_claim(token)
        except links.LinkInvalid as error:
            return self.invalid(error)
        return render(request, "twinning/manage/claim_confirmed.html", {"claim": claim})


def signed_in_managers(request):
    ids = request.session.get(SESSION_KEY, [])
    if not ids:
        return Manager.objects.none()
    return Manager.objects.active().filter(pk__in=ids).select_related("municipality")


class ManageStartView(NoFilesMixin, FormView):
    """Sign-in by mail; once signed in, the profiles this visitor manages."""

    form_class = SignInForm
    template_name = "twinning/manage/start.html"
    http_method_names = ["get", "head", "post"]

    def get_context_data(self, **kwargs):
        return super().get_context_data(managers=list(signed_in_managers(self.request)), **kwargs)

    def post(self, request, *args, **kwargs):
        if rate_limited(request, "sign-in", settings.TWINNING_SIGN_IN_RATE_LIMIT):
            form = self.get_form()
            form.is_valid()
            form.add_error(None, GuardedFormMixin.too_many_message)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        # Each link asked for counts, whether or not the address manages a profile.
        count_attempt(self.request, "sign-in", settings.TWINNING_SIGN_IN_RATE_LIMIT)
        claims.send_sign_in_links(form.cleaned_data["email"], get_language())
        return render(
            self.request,
            "twinning/manage/check_mail.html",
            {"email": form.cleaned_data["email"], "why": "sign-in"},
        )


class SignInView(LinkView):
    purpose = links.Purpose.SIGN_IN

    def post(self, request, token):
        try:
            manager = claims.sign_in(token)
        except links.LinkInvalid as error:
            return self.invalid(error)
        ids = [pk for pk in request.session.get(SESSION_KEY, []) if pk != manager.pk]
        request.session.cycle_key()  # a new session id for the signed-in visitor
        request.session[SESSION_KEY] = [*ids, manager.pk]
        request.session.set_expiry(SESSION_SECONDS)
        return redirect("twinning:manage_profile", slug=manager.municipality.slug)


class SignOutView(View):
    http_method_names = ["post"]

    def post(self, request):
        request.session.pop(SESSION_KEY, None)
        messages.success(request, _("You are signed out."))
        return redirect("twinning:manage")


class ManagerRequiredMixin:
    """The profile of `slug`, for a visitor signed in as its active manager."""

    def dispatch(self, request, slug, **kwargs):
        self.manager = signed_in_managers(request).filter(municipality__slug=slug).first()
        if self.manager is None:
            messages.info(request, _("Please sign in to manage this profile."))
            return redirect("twinning:manage")
        self.municipality = self.manager.municipality
        return super().dispatch(request, slug, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            manager=self.manager, municipality=self.municipality, **kwargs
        )


class ProfileEditView(ManagerRequiredMixin, FormView):
    form_class = ProfileEditForm
    template_name = "twinning/manage/edit.html"
    http_method_names = ["get", "head", "post"]

    def get_initial(self):
        values = profile_edits.snapshot(self.municipality)
        values["contact_enabled"] = self.manager.contact_enabled
        return values

    def form_valid(self, form):
        data = form.cleaned_data
        values = {name: data[name] for name in profile_edits.TRANSLATED}
        values["seeking_partner"] = data["seeking_partner"]
        values["website"] = data["website"]
        values["themes"] = sorted(theme.slug for theme in data["themes"])
        values["languages"] = sorted(language.code for language in data["languages"])
        if form.cleaned_picture:
            content, extension = form.cleaned_picture
            image = pictures.store_picture(
                content, extension, title=self.municipality.name, alt_text=data["picture_alt"]
            )
            values["image_id"] = image.pk
        elif data["remove_picture"]:
            values["image_id"] = None
        profile_edits.save_changes(self.municipality, values, manager=self.manager)
        if self.manager.contact_enabled != data["contact_enabled"]:
            self.manager.contact_enabled = data["contact_enabled"]
            self.manager.save(update_fields=["contact_enabled"])
        messages.success(self.request, _("The profile is saved."))
        return redirect("twinning:manage_profile", slug=self.municipality.slug)


class HandoverView(ManagerRequiredMixin, FormView):
    form_class = HandoverForm
    template_name = "twinning/manage/handover.html"
    http_method_names = ["get", "head", "post"]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "current": self.manager.email}

    def form_valid(self, form):
        claims.start_handover(self.manager, form.cleaned_data["email"], get_language())
        messages.success(
            self.request,
            _("We sent the invitation. You stay the manager until it is accepted."),
        )
        return redirect("twinning:manage_profile", slug=self.municipality.slug)


class AcceptHandoverView(LinkView):
    purpose = links.Purpose.HANDOVER
    template_name = "twinning/manage/accept_handover.html"

    def extra(self, link):
        return {"form": AcceptHandoverForm()}

    def post(self, request, token):
        form = AcceptHandoverForm(request.POST)
        if not form.is_valid():
            try:
                link = links.peek(self.purpose, token)
            except links.LinkInvalid as error:
                return self.invalid(error)
            return self.render_to_response(self.get_context_data(link=link, form=form))
        try:
            manager = claims.accept_handover(token, form.cleaned_data["name"])
        except links.LinkInvalid as error:
            return self.invalid(error)
        request.session.cycle_key()
        request.session[SESSION_KEY] = [manager.pk]
        request.session.set_expiry(SESSION_SECONDS)
        messages.success(request, _("You now manage this profile."))
        return redirect("twinning:manage_profile", slug=manager.municipality.slug)


class CloseView(ManagerRequiredMixin, FormView):
    form_class = CloseForm
    template_name = "twinning/manage/close.html"
    http_method_names = ["get", "head", "post"]

    def form_valid(self, form):
        claims.end_management(self.manager)
        messages.success(
            self.request,
            _("You no longer manage %(name)s. The profile stays public.")
            % {"name": self.municipality.name},
        )
        return redirect("twinning:manage")
