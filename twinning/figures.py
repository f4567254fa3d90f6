"""The home page's key figures, counted from the directory (two queries), each with
the directory list it counts where the directory has that filter."""

from urllib.parse import urlencode

from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Q, Subquery, Value
from django.urls import reverse

from .models import Municipality, Participation, TwinningLink


def key_figures():
    public_participation = Participation.objects.public().filter(municipality=OuterRef("pk"))
    links = (
        TwinningLink.objects.filter(confirmed=True, first__published=True, second__published=True)
        .order_by()
        .annotate(one=Value(1))
        .values("one")
        .annotate(n=Count("pk"))
        .values("n")
    )
    counts = Municipality.objects.published().aggregate(
        municipalities=Count("pk"),
        seeking=Count("pk", filter=Q(seeking_partner=True)),
        participants=Count("pk", filter=Q(Exists(public_participation))),
        # The same number on every row: Max() lets it ride along in the one query.
        links=Max(Subquery(links, output_field=IntegerField())),
    )
    links = counts["links"] or 0
    programmes = sorted(set(Participation.objects.public().values_list("programme_id", flat=True)))
    directory = reverse("twinning:search")
    # The directory's programme filter takes any of several programmes.
    in_programmes = urlencode({"programme": programmes}, doseq=True)
    return {
        "municipalities": {"count": counts["municipalities"], "url": directory},
        "seeking": {"count": counts["seeking"], "url": f"{directory}?seeking=on"},
        # No directory filter lists linked profiles: the figure leads to the directory.
        "links": {"count": links, "url": directory},
        "participants": {"count": counts["participants"], "url": f"{directory}?{in_programmes}"},
    }
