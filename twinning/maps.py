"""The twinning side of the maps: which places a map shows and the sentence that says
the same in words (its text alternative). The drawing is cemr_site.maps'."""

from collections import Counter

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_countries.fields import Country

from cemr_site.maps import Place, build_map
from cemr_site.templatetags.humanize_tags import thousands

from .models import Municipality, Participation


def _place(municipality, kind="other"):
    return Place(
        municipality.name, municipality.latitude, municipality.longitude, kind, municipality.pk
    )


def _countries(municipalities, counted=False):
    """'Germany, France': each country once, by name; counted: 'Germany (4), France (2)',
    the most first."""
    tally = Counter(str(m.country.name) for m in municipalities)
    if not counted:
        return ", ".join(sorted(tally))
    order = sorted(tally.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{name} ({thousands(count)})" for name, count in order)


def _unplaced(found):
    if not found.unplaced:
        return ""
    count = len(found.unplaced)
    return " " + ngettext(
        "%(count)s of them has no recorded location and is not on the map.",
        "%(count)s of them have no recorded location and are not on the map.",
        count,
    ) % {"count": thousands(count)}


def profile_map(municipality, partners):
    """The municipality (a diamond), its twinning partners (dots) and a line to each;
    None when none of them has coordinates."""
    places = [_place(municipality, "main")] + [_place(partner) for partner in partners]
    found = build_map(places, [(municipality.pk, partner.pk) for partner in partners])
    if not found.markers:
        return None
    if partners:
        caption = ngettext(
            "Map: %(name)s and its %(count)s twinning partner, in %(countries)s.",
            "Map: %(name)s and its %(count)s twinning partners, in %(countries)s.",
            len(partners),
        ) % {
            "name": municipality.name,
            "count": thousands(len(partners)),
            "countries": _countries(partners),
        }
    else:
        caption = _("Map: where %(name)s is, in %(country)s.") % {
            "name": municipality.name,
            "country": municipality.country.name,
        }
    return {"map": found, "caption": caption + _unplaced(found)}


def results_map(municipalities, total):
    """Where the results on this page of the directory are."""
    municipalities = list(municipalities)
    found = build_map([_place(m) for m in municipalities])
    caption = ngettext(
        "Map: where the %(count)s municipality on this page is, in %(countries)s.",
        "Map: where the %(count)s municipalities on this page are, in %(countries)s.",
        len(municipalities),
    ) % {
        "count": thousands(len(municipalities)),
        "countries": _countries(municipalities, counted=True),
    }
    if total > len(municipalities):
        caption += " " + ngettext(
            "%(total)s municipality found in all.",
            "%(total)s municipalities found in all.",
            total,
        ) % {"total": thousands(total)}
    return {"map": found, "caption": caption + _unplaced(found)}


class _Participant:
    """What a programme map needs of a municipality, read with values_list."""

    def __init__(self, pk, name, country, latitude, longitude):
        self.pk, self.name, self.latitude, self.longitude = pk, name, latitude, longitude
        self.country = Country(country)


def participants(programme_ids):
    """{programme id: [participant, …]} of published municipalities, in one query."""
    rows = (
        Participation.objects.public()
        .filter(programme_id__in=list(programme_ids))
        .order_by("municipality__name")
        .values_list(
            "programme_id",
            "municipality_id",
            "municipality__name",
            "municipality__country",
            "municipality__latitude",
            "municipality__longitude",
        )
    )
    found = {pk: [] for pk in programme_ids}
    for programme_id, *row in rows:
        found[programme_id].append(_Participant(*row))
    return found


def programme_map(members, card=False):
    """Where the municipalities taking part in a programme are; on a card, small, a
    lone town shows more of its surroundings, with bigger dots."""
    places = [_place(member) for member in members]
    found = build_map(places, min_extent=1800, marker=0.018) if card else build_map(places)
    if members:
        caption = ngettext(
            "Map: %(count)s municipality takes part, in %(countries)s.",
            "Map: %(count)s municipalities take part, in %(countries)s.",
            len(members),
        ) % {"count": thousands(len(members)), "countries": _countries(members, counted=True)}
    else:
        caption = _("Map of Europe: no municipality in the directory takes part yet.")
    return {"map": found, "caption": caption + _unplaced(found)}


SEEKING_ON_MAP = 300


def seeking_map(total, limit=SEEKING_ON_MAP):
    """The home page's picture: where municipalities seeking a partner are (the largest
    `limit` of the `total`, one query); None when none is."""
    if not total:
        return None
    rows = (
        Municipality.objects.published()
        .filter(seeking_partner=True, latitude__isnull=False, longitude__isnull=False)
        .order_by("-population", "pk")
        .values_list("pk", "name", "country", "latitude", "longitude")[:limit]
    )
    members = [_Participant(*row) for row in rows]
    if not members:
        return None
    found = build_map([_place(member) for member in members])
    caption = ngettext(
        "Map: %(count)s municipality seeking a twinning partner, in %(countries)s.",
        "Map: %(count)s municipalities seeking a twinning partner, in %(countries)s.",
        len(members),
    ) % {"count": thousands(len(members)), "countries": _countries(members, counted=True)}
    if total > len(members):
        caption += " " + ngettext(
            "%(total)s municipality seeks one in all.",
            "%(total)s municipalities seek one in all.",
            total,
        ) % {"total": thousands(total)}
    return {"map": found, "caption": caption}
