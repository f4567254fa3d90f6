"""Refuse input that no view can use, before it reaches the database.

PostgreSQL rejects NUL characters in text ("A string literal cannot contain NUL"), so a
`%00` in a slug or a search box would be a 500 there and a harmless miss on SQLite; and
Django decodes invalid UTF-8 (`%FF`) into U+FFFD silently. One check here answers 400
for both, for every view, on both databases.
"""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.template import loader
from django.utils import translation

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


def is_clean_urlencoded(data):
    """Whether url-encoded `data` (str or bytes) decodes strictly as UTF-8 without NUL."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    try:
        text = unquote_to_bytes(data.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text


class RejectUndecodableInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.is_clean(request):
            return bad_request(request)
        return self.get_response(request)

    @staticmethod
    def is_clean(request):
        # The path is decoded already: Django re-escapes invalid UTF-8 there, not NUL.
        if "\x00" in request.path_info:
            return False
        if not is_clean_urlencoded(request.META.get("QUERY_STRING", "")):
            return False
        if any("\x00" in value for value in request.COOKIES.values()):
            return False
        if request.method != "POST":
            return True
        if request.content_type == FORM_CONTENT_TYPE:
            return is_clean_urlencoded(request.body)
        if request.content_type == "multipart/form-data":
            # CsrfViewMiddleware parses every POST body anyway, so this reads nothing more;
            # only the text fields are looked at (Django decoded them with "replace").
            return not any(
                "\x00" in key or any("\x00" in value for value in values)
                for key, values in request.POST.lists()
            )
        return True


def bad_request(request):
    """The 400 page in the language of the path, without the database (nothing has
    been routed yet, and the request may be an attack)."""
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or settings.LANGUAGE_CODE):
        html = loader.get_template("400.html").render()
    return HttpResponseBadRequest(html)
