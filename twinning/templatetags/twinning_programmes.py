"""For programme pages and cards: how many municipalities take part, the filtered
directory and the map of where they are. Template tags, so that the projects app needs
nothing from the twinning app. Read once per page-cache generation
(cemr_site.shared_cache), which a change to a profile or a participation drops."""

import hashlib

from django import template

from cemr_site.shared_cache import remember

from ..programmes import participant_count, programme_cards

register = template.Library()


@register.simple_tag(takes_context=True)
def programme_participants(context, page):
    return remember(
        context.get("request"), f"programme-participants:{page.pk}", lambda: participant_count(page)
    )


@register.simple_tag(takes_context=True)
def programme_card_maps(context, programmes):
    programmes = list(programmes)
    pks = ",".join(str(programme.pk) for programme in programmes)
    key = f"programme-card-maps:{hashlib.sha256(pks.encode()).hexdigest()}"
    maps = remember(
        context.get("request"),
        key,
        lambda: [card_map for _programme, card_map in programme_cards(programmes)],
    )
    return list(zip(programmes, maps, strict=True))
