"""The demo content in the languages beyond those written next to the English: one
module per language (bg.py, cs.py, …), each with the same four names:

- TEXTS: per page key ("home", "programmes", a programme's key, "about", "privacy",
  "legal", "accessibility"), its "title", "slug" and "intro" (or "summary" for a
  programme);
- BODIES: per standard page key ("privacy", "legal", "accessibility"), its StreamField
  blocks, in the shape of the English ones in standard_pages.py;
- CONTACT_ROLES, PARTNER_NAMES: per snippet key, its translated text;
- SITE: "organisation_name" and "address".

`merge` adds them to the content dicts where a language has no text yet, so a text
written beside the English always wins. NOT_REVIEWED lists the languages whose texts
no native speaker has read yet (the README repeats it)."""

import importlib

from django.conf import settings

NOT_REVIEWED = [code for code, _name in settings.LANGUAGES if code != "en"]


def modules():
    for code, _name in settings.LANGUAGES:
        try:
            yield code, importlib.import_module(f"{__name__}.{code}")
        except ModuleNotFoundError:
            continue


def merge(home, index, programmes, standard_pages, contacts, partners, site_settings):
    pages = {"home": home, "programmes": index}
    pages.update({page["key"]: page for page in programmes + standard_pages})
    for code, module in modules():
        for key, fields in getattr(module, "TEXTS", {}).items():
            for field, text in fields.items():
                pages[key].setdefault(field, {}).setdefault(code, text)
        for page in standard_pages:
            body = getattr(module, "BODIES", {}).get(page["key"])
            if body:
                page["body"].setdefault(code, body)
        for contact in contacts:
            role = getattr(module, "CONTACT_ROLES", {}).get(contact["key"])
            if role:
                contact["role"].setdefault(code, role)
        for partner in partners:
            name = getattr(module, "PARTNER_NAMES", {}).get(partner["key"])
            if name:
                partner["name"].setdefault(code, name)
        for field, text in getattr(module, "SITE", {}).items():
            site_settings[field].setdefault(code, text)
