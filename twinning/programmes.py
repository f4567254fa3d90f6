"""CEMR programmes on the twinning side: who takes part in which programme page, for
the profile, the directory filter, the programme page's count and the open data."""

from django.urls import reverse

from projects.models import ProgrammePage

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
    """How many published municipalities take part in `programme`, and the directory
    filtered to them."""
    count = Participation.objects.public().filter(programme=programme).count()
    url = f"{reverse('twinning:search')}?programme={programme.pk}"
    return {"count": count, "url": url}


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
