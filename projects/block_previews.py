"""What the block picker shows of each block: a value taken from the demo content, so an
editor sees the block as the Bridges of Trust page (or the twinning page) really shows it.

Each value is a block's ``Meta.preview_value``, made by a function that Wagtail calls when
the preview is asked for: the pictures and pages are those of the database at that time,
and the demo content (every language's texts, some 60 ms to import) stays out of the
site's start-up. Snippets are built from the demo data without being saved, so their
previews need no row.
"""

import functools

from wagtail.images import get_image_model


def preview(function):
    """A plain function in a block's Meta would become a method of it (and be called with
    the Meta as argument); a partial is no descriptor and stays the function."""
    return functools.partial(function)


def _first(block_type, page="bridges"):
    from .demo.content.bridges_en import BRIDGES_BODY_EN
    from .demo.content.twinning import TWINNING_BODY_EN

    body = {"bridges": BRIDGES_BODY_EN, "twinning": TWINNING_BODY_EN}[page]
    return next(block["value"] for block in body if block["type"] == block_type)


def _snippet(model, data, translated, **values):
    """An unsaved snippet with each language's text of `translated`, as the demo loads it."""
    values.update({f"{translated}_{lang}": text for lang, text in data[translated].items()})
    return model(**values)


@preview
def heading():
    return _first("heading")


@preview
def paragraph():
    return _first("paragraph")


@preview
def image():
    """The first picture there is, with its own title and description; without any, the
    value has no picture and the preview template shows an empty frame instead."""
    picture = get_image_model().objects.order_by("pk").first()
    if picture is None:
        return {"image": None}
    return {"image": picture, "alt_text": picture.description, "caption": picture.title}


@preview
def quote():
    # A sentence of the Bridges of Trust page, the page's project as its source.
    return {
        "text": (
            "The project rests on the conviction that exchange and joint work between "
            "municipalities drive the development of local communities and of Europe as a "
            "whole."
        ),
        "attribution": "Bridges of Trust",
    }


@preview
def callout():
    return _first("callout")


@preview
def objectives():
    return _first("objectives")


@preview
def key_figures():
    return _first("key_figures")


@preview
def timeline():
    return _first("timeline")


@preview
def contact_person():
    from .demo.content import CONTACTS
    from .models import ContactPerson

    value = _first("contact_person")
    data = next(person for person in CONTACTS if person["key"] == value["person"])
    person = _snippet(
        ContactPerson, data, "role", name=data["name"], phone=data["phone"], email=data["email"]
    )
    return {**value, "person": person}


@preview
def partner_list():
    from .demo.content import PARTNERS
    from .models import PartnerOrganisation

    value = _first("partner_list")
    partners = {data["key"]: data for data in PARTNERS}
    return {
        **value,
        "partners": [
            _snippet(PartnerOrganisation, partners[key], "name", url=partners[key]["url"])
            for key in value["partners"]
        ],
    }


@preview
def link_list():
    """The twinning page's links; a link to a programme the site lacks is left out."""
    from .models import ProgrammePage

    value = _first("link_list", page="twinning")
    links = []
    for link in value["links"]:
        if link["page"]:
            page = ProgrammePage.objects.live().filter(slug_en=link["page"]).first()
            if page is None:
                continue
            link = {**link, "page": page}
        links.append(link)
    return {**value, "links": links}
