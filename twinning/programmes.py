"""CEMR programmes on the twinning side: who takes part in which programme page, for
the profile, the directory filter, the programme page's count and the open data."""

from django.urls import reverse

from projects.models import ProgrammePage

from .maps import participants, programme_map
from .models import Participation


def programmes_with_participants():
    """The live programme pages that public participations point to, by title (one
    query): the directory's programme filter offers these."""
    return list(
        ProgrammePage.objects.live()
        .filter(pk__in=Participation.objects.public().values("programme_id"))
        .order_by("title")
        .only("pk", "title", "url_path")
    )


def for_profile(municipality):
    """A profile's public participations with their programme pages (one query)."""
    return list(
        Participation.objects.public()
        .filter(municipality=municipality)
        .select_related("programme")
        .order_by("programme__title")
    )


def participant_count(programme):
    """How many published municipalities take part in `programme`, the directory
    filtered to them and the map of where they are (one query)."""
    members = participants([programme.pk])[programme.pk]
    url = f"{reverse('twinning:search')}?programme={programme.pk}"
    return {"count": len(members), "url": url, **programme_map(members)}


def programme_cards(programmes):
    """[(programme, map or None), …] for a list of programme cards: the map of its
    participants where the editor set no picture; one query for all the cards."""
    programmes = list(programmes)
    without_picture = [p.pk for p in programmes if not p.hero_image_id]
    found = participants(without_picture) if without_picture else {}
    return [
        (
            programme,
            programme_map(found[programme.pk], card=True) if programme.pk in found else None,
        )
        for programme in programmes
    ]


def open_data_programmes():
    """{municipality id: "slug:kind[:since]; …"} for the open data: public fields only."""
    rows = (
        Participation.objects.public()
        .order_by("municipality_id", "programme__slug_en")
        .values_list("municipality_id", "programme__slug_en", "kind", "since")
    )
    found = {}
    for pk, slug, kind, since in rows:
        part = f"{slug}:{kind}" + (f":{since}" if since else "")
        found.setdefault(pk, []).append(part)
    return {pk: "; ".join(parts) for pk, parts in found.items()}
