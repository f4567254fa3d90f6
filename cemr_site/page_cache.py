"""The whole-page cache for anonymous visitors, and the generations that keep it right.

Every language has a *generation*: a random token in the cache. A stored page carries
the generation of its language at the moment the request began; it is served only
while that generation is still current. Dropping a language's pages is one write (a new
token), however many pages and URLs it has, so a change never leaves a page behind: the
index, the home page, the menus and every other page that shows it go at once.

Which languages a change reaches is decided in `cemr_site.cache_invalidation`: a French
title drops the French pages only; English (every language's fallback), a slug (every
language links to every other), a picture or a municipality drops all of them.

Pages also change as time passes (an event ends, a programme starts): nothing is kept
past the next such moment (`next_change`).

The same generation keys the fragments shared by every page (header, menus, footer,
language switcher) and what pages show of each other (cemr_site.shared_cache), so they
are dropped together with the pages. With Redis, each process knows the generations
without asking (cemr_site.generation_mirror).
"""

import datetime
import gzip
import hashlib
import re
import secrets
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.module_loading import import_string
from django.utils.text import compress_string
from django.utils.translation import get_language, get_language_from_path

from .generation_mirror import mirror_for

GENERATION_KEY = "pagecache:generation:{}"
PAGE_KEY = "pagecache:page:{}"
BOUNDARY_KEY = "pagecache:next-change"
HEADER = "X-Page-Cache"
# Kept from the response: everything the inner middleware added (CSP, permissions,
# frame options), not what belongs to one visitor or one transfer.
NOT_REPLAYED = {"set-cookie", "content-length", "content-encoding", "vary", HEADER.lower()}
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
COMPRESSIBLE = ("text/", "application/atom+xml", "application/json", "application/xml")


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def all_languages():
    return [code for code, _name in settings.LANGUAGES]


def _new_token():
    return secrets.token_hex(8)


def _mirror():
    return mirror_for(cache())


def known_generation(language):
    """The language's generation as this process knows it for sure (kept current by
    Redis pub/sub: cemr_site.generation_mirror), or None: ask the shared cache."""
    mirror = _mirror()
    return None if mirror is None else mirror.known([language]).get(language)


def generations(languages):
    """The current generation of each language, started where there is none yet (or the
    cache evicted it: the pages stored under the lost token are then never served)."""
    mirror = _mirror()
    result = {} if mirror is None else mirror.known(languages)
    keys = {GENERATION_KEY.format(code): code for code in languages if code not in result}
    if not keys:
        return result
    found = cache().get_many(keys)
    read = {keys[key]: token for key, token in found.items()}
    started = []
    for key, code in keys.items():
        if code not in read:
            cache().add(key, _new_token(), timeout=None)
            read[code] = cache().get(key)
            started.append(code)
    if mirror is not None:
        if started:  # a process still holding the lost token must forget it
            mirror.announce(started)
        mirror.learn(read)
    return {**result, **read}


def request_generation(request, language=None):
    """The generation of `language` (the active one by default), read once per request
    and remembered on it, so that every fragment of one page uses the same one."""
    language = language or get_language()
    memo = request.__dict__.setdefault("_page_cache_generations", {})
    if language not in memo:
        memo.update(generations([language]))
    return memo[language]


def _drop(languages):
    cache().set_many({GENERATION_KEY.format(code): _new_token() for code in languages}, None)
    cache().delete(BOUNDARY_KEY)  # a new event may come sooner
    mirror = _mirror()
    if mirror is not None:  # after the write: a process that hears of it reads the new one
        mirror.announce(languages)


def next_change():
    """The next moment when pages change by themselves, as time passes: local midnight
    (a programme's status, a registration deadline, "today") or an event's start or end
    (PAGE_CACHE_TIME_BOUNDARIES). Remembered until then or until the next drop."""
    now = timezone.now()
    moment = cache().get(BOUNDARY_KEY)
    if moment is None or moment <= now:
        tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
        midnight = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
        moments = [import_string(path)() for path in settings.PAGE_CACHE_TIME_BOUNDARIES]
        moment = min([midnight, *(m for m in moments if m and m > now)])
        cache().set(BOUNDARY_KEY, moment, int((moment - now).total_seconds()) + 1)
    return moment


def _timeout():
    seconds = int((next_change() - timezone.now()).total_seconds())
    return max(1, min(settings.PAGE_CACHE_TIMEOUT, seconds))


def invalidate(languages=None):
    """Drop every cached page and shared fragment of `languages` (all when None).

    At once, and again when the transaction that made the change commits: between the
    two, a visitor could render the old content and store it under the new generation."""
    languages = set(languages or all_languages())
    _drop(languages)
    # Each change registers its own: a set kept on the connection would outlive a
    # transaction rolled back (its callbacks discarded) and silence the next ones.
    transaction.on_commit(lambda: _drop(languages))


# --- The middleware -------------------------------------------------------------------


def cacheable_request(request):
    """Anonymous GETs of a language's pages only. A session cookie means an editor, a
    signed-in manager or a visitor who entered a page password; a messages cookie a
    notice meant for that visitor alone."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return get_language_from_path(request.path_info) is not None


def storable(request, response):
    """Only a complete, public 200 that carries nothing of this visitor: no cookie set
    (a form's CSRF token sets one), nothing that depended on their session."""
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def shared_cache_headers(response, timeout):
    """Browsers ask again each time; a CDN may keep the page (purged on change through
    Wagtail's frontend cache) and serve it a little stale while it fetches a new one.
    A view that chose its own (the typeahead's JSON) keeps it."""
    if response.has_header("Cache-Control"):
        return
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=min(settings.PAGE_CACHE_SHARED_MAX_AGE, timeout),
        stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
    )


def mark_private(response):
    """A response that sets a cookie or depends on one is this visitor's alone: no
    shared cache (a CDN) may keep it."""
    varies_on_cookie = "cookie" in response.get("Vary", "").lower()
    if (response.cookies or varies_on_cookie) and not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)


def _entry(response, generation, timeout):
    """What is stored: compressed once when it is text (nearly every client accepts gzip;
    the others get it decompressed). These pages hold no secret (no CSRF token, nothing
    of a visitor), so BREACH has nothing to find; GZipMiddleware pads the other pages."""
    headers = [(k, v) for k, v in response.items() if k.lower() not in NOT_REPLAYED]
    body, compressed = response.content, False
    if response.get("Content-Type", "").startswith(COMPRESSIBLE) and len(body) >= 200:
        body, compressed = compress_string(body), True
        headers.append(("Vary", "Accept-Encoding"))
    expires = time.time() + timeout
    return {
        "generation": generation,
        "headers": headers,
        "body": body,
        "gzip": compressed,
        "expires": expires,
    }


def _replay(request, entry):
    body = entry["body"]
    gzip_ok = ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    if entry["gzip"] and not gzip_ok:
        body = gzip.decompress(body)
    response = HttpResponse(body)
    for name, value in entry["headers"]:
        response[name] = value
    if entry["gzip"] and gzip_ok:
        response["Content-Encoding"] = "gzip"
    return response


class LocalCopies:
    """The pages this process served lately, kept beside the shared cache (Redis): a hit
    then fetches only the language's generation (a few bytes) instead of the page. A copy
    is served only while its generation is the shared one, so it is never staler than
    the shared cache itself."""

    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()

    def get(self, key):
        entry = self.entries.get(key)
        if entry is not None:
            if entry["expires"] > time.time():
                self.entries.move_to_end(key)
                return entry
            del self.entries[key]
        return None

    def put(self, key, entry):
        if self.size <= 0:
            return
        self.entries[key] = entry
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


local_copies = LocalCopies(0)


class PageCacheMiddleware:
    """Serves stored pages before sessions, languages or views are touched; stores what
    `storable` allows. Sits right after WhiteNoise: a hit costs about what a static
    file does. `X-Page-Cache` says hit, miss (stored now) or bypass."""

    def __init__(self, get_response):
        self.get_response = get_response
        local_copies.size = settings.PAGE_CACHE_LOCAL_COPIES

    @staticmethod
    def lookup(key, language):
        """The language's current generation and the stored page (or None): none or one
        round trip to the shared cache (none when this process has a copy of the page
        and knows the generation: cemr_site.generation_mirror), two when its copy is
        older than the generation."""
        generation_key = GENERATION_KEY.format(language)
        generation = known_generation(language)
        entry, fetched = local_copies.get(key), False
        if generation is None:
            found = cache().get_many([generation_key] if entry else [generation_key, key])
            generation = found.get(generation_key)
            if entry is None:
                entry, fetched = found.get(key), True
            if generation is None:
                return generations([language])[language], None
            mirror = _mirror()
            if mirror is not None:
                mirror.learn({language: generation})
        if not fetched and (entry is None or entry["generation"] != generation):
            entry = cache().get(key)  # no copy here, or an old one: the shared cache may have it
        if entry is None or entry["generation"] != generation or entry["expires"] <= time.time():
            return generation, None
        local_copies.put(key, entry)
        return generation, entry

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not cacheable_request(request):
            response = self.get_response(request)
            mark_private(response)
            response[HEADER] = "bypass"
            return response
        language = get_language_from_path(request.path_info)
        path = request.get_full_path().encode("utf-8", "surrogateescape")
        key = PAGE_KEY.format(hashlib.sha256(path).hexdigest())
        generation, entry = self.lookup(key, language)
        request.__dict__.setdefault("_page_cache_generations", {})[language] = generation
        if entry is not None:
            response = _replay(request, entry)
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if storable(request, response):
            timeout = _timeout()
            shared_cache_headers(response, timeout)
            entry = _entry(response, generation, timeout)
            cache().set(key, entry, timeout)
            local_copies.put(key, entry)
            response[HEADER] = "miss"
        else:
            mark_private(response)
            response[HEADER] = "bypass"
        return response
