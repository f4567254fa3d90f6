"""Small JSON endpoints for the site's own scripts (progressive enhancement only).

Errors are for the script's author, not the visitor, so they are not translated."""

from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .search import name_matches

SUGGEST_MIN_LENGTH = 2  # one letter would match a fifth of Europe
SUGGEST_MAX_LENGTH = 100  # as the search form's name field
SUGGEST_LIMIT = 8


@require_GET
# Answers depend on the URL alone (language prefix + q), so browsers and a CDN may share them.
@cache_control(public=True, max_age=300)
def suggest(request):
    """Profiles whose name (in any spelling) matches what the visitor is typing.

    NUL and invalid UTF-8 in `q` never get here: RejectUndecodableInputMiddleware answers 400.
    """
    query = request.GET.get("q", "").strip()
    if len(query) > SUGGEST_MAX_LENGTH:
        return JsonResponse(
            {"error": f"q is longer than {SUGGEST_MAX_LENGTH} characters"}, status=400
        )
    matches = name_matches(query, limit=SUGGEST_LIMIT) if len(query) >= SUGGEST_MIN_LENGTH else []
    results = [
        {
            "name": match.municipality.name,
            "matched_name": match.matched_name,
            "country": str(match.municipality.country.name),
            "country_code": match.municipality.country.code,
            "population": match.municipality.population,
            "url": match.municipality.get_absolute_url(),
        }
        for match in matches
    ]
    return JsonResponse(
        {"query": query, "results": results}, json_dumps_params={"ensure_ascii": False}
    )
