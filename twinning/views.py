import csv
import hashlib
import ipaddress
import json

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import FormView, TemplateView
from django_ratelimit.core import get_usage

from cemr_site import shared_cache
from cemr_site.client import client_address

from . import services
from .exports import neutralise_formula
from .forms import PartnershipRequestForm, SearchForm, StatusForm, sign_form_start
from .maps import profile_map, results_map
from .models import Manager, Municipality, PartnershipRequest, Theme, TwinningLink
from .programmes import for_profile, open_data_programmes, programmes_with_participants
from .search import (
    FILTERS,
    cached_facet_counts,
    facet_choices,
    filter_municipalities,
    removal_links,
    sorted_results,
)
from .suggestions import suggested_partners

RESULTS_PER_PAGE = 20
# What a result card shows: reading only these keeps the 40 columns of translated
# descriptions and private contact fields out of the listing query.
# The coordinates are for the map of the page's results.
CARD_FIELDS = (
    "name",
    "slug",
    "country",
    "region",
    "population",
    "seeking_partner",
    "latitude",
    "longitude",
)


def rate_limit_key(group, request):
    """The visitor's address (an IPv6 client's /64, which one household holds), hashed
    with the secret key so the cache never holds an address that can be read back."""
    address = client_address(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        pass
    else:
        if ip.version == 6:
            address = str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:24]


def rate_limited(request, group, rate):
    """True once `rate` ("5/h") is used up. Checked before the work; `count_attempt`
    afterwards, only for what the limit is for."""
    usage = get_usage(request, group=f"twinning:{group}", key=rate_limit_key, rate=rate)
    # get_usage's own should_limit is count > limit: right when this request is counted,
    # one too late when it only looks.
    return usage is not None and usage["count"] >= usage["limit"]


def count_attempt(request, group, rate):
    get_usage(request, group=f"twinning:{group}", key=rate_limit_key, rate=rate, increment=True)


def search(request):
    themes = list(Theme.objects.all())
    programmes = programmes_with_participants()
    form = SearchForm(request.GET, themes=themes, programmes=programmes)
    data = form.cleaned_data if form.is_valid() else {}
    counts = cached_facet_counts(data)
    if data.get("q") and not counts["total"] and connection.vendor == "postgresql":
        # Nothing as typed: show places whose spelling is close ("Wroclav" → Wrocław).
        data = {**data, "similar": True}
        counts = cached_facet_counts(data)
    if data.get("q"):
        # Found by name: the ranked results come with the facet counts.
        page_obj = Paginator(counts["order"], RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        found = (
            Municipality.objects.only(*CARD_FIELDS)
            .prefetch_related("themes")
            .in_bulk([pk for pk, _name in page_obj.object_list])
        )
        page_obj.object_list = [
            found[pk].with_matched_name(name) for pk, name in page_obj.object_list if pk in found
        ]
    else:
        results = sorted_results(filter_municipalities(data), data.get("sort"))
        paginator = Paginator(
            results.only(*CARD_FIELDS).prefetch_related("themes"), RESULTS_PER_PAGE
        )
        paginator.count = counts["total"]  # tallied with the facets: no COUNT query
        page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    facets = facet_choices(counts, data, themes, programmes)
    removals = []
    if not page_obj.paginator.count:
        labels = {name: field.label for name, field in form.fields.items()}
        removals = removal_links(request.GET, facets, data, labels)
    return render(
        request,
        "twinning/search.html",
        {
            "form": form,
            "page_obj": page_obj,
            "facets": facets,
            "removals": removals,
            "seeking_count": counts["seeking"],
            "query_string": query.urlencode(),
            "filtered": any(data.get(k) for k in FILTERS),
            "similar": data.get("similar", False),
            "dropped": form.dropped,
            "data": data,
            "place_map": results_map(page_obj.object_list, page_obj.paginator.count)
            if page_obj.object_list
            else None,
        },
    )


def own_text(municipality, field):
    """The text of a translated field in the visitor's language, else in English, else in
    the first language that has it: (text, language code), or ("", None). The template
    marks a text that is not in the page's language with its own `lang` and says so."""
    current = get_language()
    order = [current, settings.LANGUAGE_CODE] + [code for code, _name in settings.LANGUAGES]
    for code in order:
        text = getattr(municipality, f"{field}_{code}", "")
        if text:
            return {"text": text, "lang": code, "fallback": code != current}
    return None


def _profile_context(slug):
    municipality = get_object_or_404(
        Municipality.objects.published().prefetch_related("themes", "languages"), slug=slug
    )
    links = TwinningLink.for_municipality(municipality)
    partners = [partner for partner, _link in links]
    return {
        "municipality": municipality,
        "description": own_text(municipality, "description"),
        "seeking_details": own_text(municipality, "seeking_details"),
        "manager": Manager.objects.active().filter(municipality=municipality).first(),
        "links": links,
        "participations": for_profile(municipality),
        "place_map": profile_map(municipality, partners),
        "suggestions": suggested_partners(municipality, partners=partners),
    }


def profile(request, slug):
    """A public profile. What it shows is read once per page-cache generation
    (cemr_site.shared_cache), which any change to a profile, a link, a manager or a
    participation drops; only profiles that exist are remembered, whatever slugs
    visitors make up."""
    name = f"profile:{hashlib.sha256(slug.encode('utf-8', 'surrogateescape')).hexdigest()}"
    context = shared_cache.get(request, name)
    if context is None:
        context = _profile_context(slug)
        shared_cache.put(request, name, context)
    return render(request, "twinning/profile.html", context)


class NoFilesMixin:
    """For forms with no file field: a post that carries files is refused whole, rather
    than stored with its files silently dropped."""

    def post(self, request, *args, **kwargs):
        if request.FILES:
            form = self.get_form()
            form.is_valid()  # keeps the person's input and shows any other error
            form.add_error(None, _("This form does not take files. Please send it without."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        return super().post(request, *args, **kwargs)


class GuardedFormMixin(NoFilesMixin):
    """The spam defences of a public form view: a per-address limit on what the form
    stores (`rate_group`, `rate_setting`), failed spam checks counted too; a form sent
    too fast goes back with its own token so that its start time survives."""

    rate_group = None
    rate_setting = None
    too_many_message = _(
        "Too many requests were sent from your connection. Please try again in an hour."
    )
    http_method_names = ["get", "head", "post"]  # FormView.put would take a PUT as a POST

    @property
    def rate(self):
        return getattr(settings, self.rate_setting)

    def post(self, request, *args, **kwargs):
        if rate_limited(request, self.rate_group, self.rate):
            form = self.get_form()
            form.is_valid()
            form.errors.clear()
            form.add_error(None, self.too_many_message)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def count_stored(self):
        count_attempt(self.request, self.rate_group, self.rate)

    def form_invalid(self, form):
        # Failed spam checks count towards the limit; typing mistakes do not.
        if form.spam_reason:
            self.count_stored()
        # A broken or expired token gets a fresh one, so a corrected form can be sent.
        if form.spam_reason == "bad-token":
            form.data = form.data.copy()
            form.data["form_start"] = sign_form_start()
        return super().form_invalid(form)


class RequestView(GuardedFormMixin, FormView):
    form_class = PartnershipRequestForm
    template_name = "twinning/request_form.html"
    rate_group = "request"
    rate_setting = "TWINNING_REQUEST_RATE_LIMIT"

    def get_initial(self):
        initial = {"form_start": sign_form_start()}
        partner = self.wished_partner()
        if partner:
            initial["wished_partner_slug"] = partner.slug
            initial["wished_countries"] = [partner.country.code]
        return initial

    def wished_partner(self):
        slug = self.request.GET.get("partner") or self.request.POST.get("wished_partner_slug")
        if not slug:
            return None
        return Municipality.objects.published().filter(slug=slug).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["wished_partner"] = self.wished_partner()
        return context

    def form_valid(self, form):
        try:
            request_obj, created = services.submit(form, get_language())
        except services.TokenReused:
            return render(self.request, "twinning/request_already_sent.html", status=409)
        if created:  # a double submit returns the first request and stores nothing
            self.count_stored()
        self.request.session["twinning_reference"] = request_obj.reference
        return redirect("twinning:request_sent")


class RequestSentView(TemplateView):
    template_name = "twinning/request_sent.html"
    http_method_names = ["get", "head"]

    def get(self, request, *args, **kwargs):
        reference = request.session.get("twinning_reference")
        if not reference:
            return redirect("twinning:request")
        return self.render_to_response({"reference": reference})


class StatusView(NoFilesMixin, FormView):
    form_class = StatusForm
    template_name = "twinning/status.html"
    http_method_names = ["get", "head", "post"]

    def form_valid(self, form):
        # Only look-ups that reach the database count: guessing reference/e-mail pairs is
        # what the limit stops; a form with errors never gets that far.
        if rate_limited(self.request, "status", settings.TWINNING_STATUS_RATE_LIMIT):
            form.add_error(
                None, _("Too many look-ups from your connection. Please try again in an hour.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        found = (
            PartnershipRequest.objects.filter(
                reference=form.cleaned_data["reference"],
                contact_email__iexact=form.cleaned_data["email"],
            )
            .only("reference", "status", "created_at")
            .first()
        )
        count_attempt(self.request, "status", settings.TWINNING_STATUS_RATE_LIMIT)
        context = {"form": form, "found": found, "looked_up": True}
        if found:
            context.update(services.status_report(found))
        return self.render_to_response(self.get_context_data(**context))


# Public fields only: contact data never leaves the admin.
OPEN_DATA_FIELDS = list(Municipality.PUBLIC_FIELDS)


def open_data_rows():
    """Each published profile's public fields, and the programmes it takes part in."""
    programmes = open_data_programmes()
    rows = Municipality.objects.published().order_by("pk").values_list("pk", *OPEN_DATA_FIELDS)
    for pk, *row in rows.iterator(chunk_size=2000):
        yield {
            **dict(zip(OPEN_DATA_FIELDS, row, strict=True)),
            "programmes": programmes.get(pk, ""),
        }


class Echo:
    def write(self, value):
        return value


@require_GET
@cache_control(max_age=3600, public=True)
def open_data_csv(request):
    writer = csv.writer(Echo())

    def lines():
        yield writer.writerow(OPEN_DATA_FIELDS + ["programmes", "url"])
        for row in open_data_rows():
            cells = [row[f] for f in OPEN_DATA_FIELDS]
            cells += [row["programmes"], profile_path(row["slug"])]
            yield writer.writerow([neutralise_formula(cell) for cell in cells])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="cemr-municipalities.csv"'
    return response


@require_GET
@cache_control(max_age=3600, public=True)
def open_data_json(request):
    def chunks():
        yield '{"licence": "Place data: GeoNames (CC BY 4.0)", "municipalities": ['
        for index, row in enumerate(open_data_rows()):
            row = {**row, "url": profile_path(row["slug"])}
            for key in ("latitude", "longitude"):
                row[key] = float(row[key]) if row[key] is not None else None
            yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
        yield "]}"

    return StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")


def profile_path(slug):
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("twinning:profile", kwargs={"slug": slug})
