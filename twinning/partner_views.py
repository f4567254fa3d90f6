"""A manager's partnerships and programmes: propose, confirm, decline, withdraw."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from . import proposals
from .manager_forms import LinkProposalForm, ParticipationProposalForm
from .manager_views import ManagerRequiredMixin
from .models import Participation
from .views import NoFilesMixin


class PartnersView(NoFilesMixin, ManagerRequiredMixin, TemplateView):
    template_name = "twinning/manage/partners.html"
    http_method_names = ["get", "head", "post"]

    def get_context_data(self, **kwargs):
        own = self.municipality
        kwargs.setdefault("link_form", LinkProposalForm(municipality=own))
        kwargs.setdefault("participation_form", ParticipationProposalForm())
        links = proposals.links_of(own)
        return super().get_context_data(
            confirmed=[(partner, link) for partner, link in links if link.confirmed],
            waiting_for_us=[
                (partner, link)
                for partner, link in links
                if not link.confirmed and link.proposed_by_id != own.pk
            ],
            waiting_for_them=[
                (partner, link)
                for partner, link in links
                if not link.confirmed and link.proposed_by_id == own.pk
            ],
            participations=Participation.objects.filter(municipality=own).select_related(
                "programme"
            ),
            **kwargs,
        )

    def post(self, request, slug):
        action = request.POST.get("action")
        try:
            if action == "propose-link":
                return self.propose_link()
            if action == "propose-programme":
                return self.propose_participation()
            if action in ("confirm", "drop"):
                link_id = request.POST.get("link", "")
                if not link_id.isdigit():
                    raise proposals.ProposalRefused(_("This proposal is no longer waiting."))
                if action == "confirm":
                    proposals.confirm_link(self.manager, int(link_id))
                    messages.success(request, _("The partnership is confirmed and now public."))
                else:
                    proposals.drop_link(self.manager, int(link_id))
                    messages.success(request, _("The proposal is removed."))
                return redirect("twinning:manage_partners", slug=self.municipality.slug)
        except proposals.ProposalRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("twinning:manage_partners", slug=self.municipality.slug)
        return self.render_to_response(self.get_context_data(), status=400)

    def propose_link(self):
        form = LinkProposalForm(self.request.POST, municipality=self.municipality)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(link_form=form), status=200)
        try:
            proposals.propose_link(
                self.manager,
                form.cleaned_data["partner_municipality"],
                form.cleaned_data["kind"],
                form.cleaned_data.get("link_since"),
            )
        except proposals.ProposalRefused as refusal:
            form.add_error(None, str(refusal))
            return self.render_to_response(self.get_context_data(link_form=form))
        messages.success(
            self.request,
            _("Proposed. The partnership appears on the profiles once the partner confirms it."),
        )
        return redirect("twinning:manage_partners", slug=self.municipality.slug)

    def propose_participation(self):
        form = ParticipationProposalForm(self.request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(participation_form=form))
        try:
            proposals.propose_participation(
                self.manager,
                form.cleaned_data["programme"],
                form.cleaned_data["participation_kind"],
                form.cleaned_data.get("participation_since"),
                form.cleaned_data.get("details", ""),
            )
        except proposals.ProposalRefused as refusal:
            form.add_error(None, str(refusal))
            return self.render_to_response(self.get_context_data(participation_form=form))
        messages.success(
            self.request, _("Proposed. A moderator checks it before it appears on the profile.")
        )
        return redirect("twinning:manage_partners", slug=self.municipality.slug)
