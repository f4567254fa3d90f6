"""Each process's copy of the page-cache generations, kept current by Redis pub/sub.

A hit on a page this process has a copy of (cemr_site.page_cache.LocalCopies) needed
one round trip to Redis, for the language's generation: about half of what the hit
cost. Here the process remembers the generations it read, and forgets one as soon as
it hears that it changed: every drop publishes the languages it dropped on a channel
this process subscribes to, and the subscription is read, without waiting, at the start
of every look-up. A drop publishes after it has written the new generation, and Redis
hands the message to every subscriber before it answers anything else, so a request that
begins after a change was made finds the change. The mirror answers only while its
subscription stands: until Redis confirms it, and again after any lost connection
(messages may have been missed), every look-up reads Redis as before.

Only with the Redis cache (production); the local-memory cache is in the process
already.
"""

import contextlib
import logging
import os
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)

CHANNEL = "pagecache:dropped"
RETRY_AFTER = 1.0  # seconds between attempts to subscribe again after a failure


class GenerationMirror:
    def __init__(self, cache):
        self.cache = cache
        self.channel = cache.make_key(CHANNEL)
        self.lock = threading.Lock()
        self._reset()

    def _reset(self):
        self.pid = os.getpid()
        self.subscription = None
        self.confirmed = False
        self.tokens = {}
        self.retry_at = 0.0

    def _subscribe(self):
        self.subscription = self.cache.redis_client().pubsub()
        self.subscription.subscribe(self.channel)
        # On every connection, the first one too: until Redis confirms the subscription
        # again, a message may have been missed.
        self.subscription.connection.register_connect_callback(self._on_connect)

    def _on_connect(self, _connection):
        self.confirmed = False
        self.tokens.clear()

    def _drain(self):
        """Read what the subscription has received, without waiting."""
        while (message := self.subscription.get_message(timeout=0)) is not None:
            if message["type"] == "subscribe":
                self.confirmed = True
                self.tokens.clear()
            elif message["type"] == "message":
                for code in message["data"].decode().split(","):
                    self.tokens.pop(code, None)

    def _usable(self):
        if self.pid != os.getpid():  # a forked process: the connection is the parent's
            self._reset()
        try:
            if self.subscription is None:
                if time.monotonic() < self.retry_at:
                    return False
                self._subscribe()
            self._drain()
        except Exception:  # a lost connection: Redis is asked directly until it is back
            logger.warning("page cache: generation subscription lost", exc_info=True)
            self._close()
            return False
        return self.confirmed

    def _close(self):
        subscription = self.subscription
        self._reset()
        self.retry_at = time.monotonic() + RETRY_AFTER
        if subscription is not None:
            with contextlib.suppress(Exception):  # the connection may be gone already
                subscription.close()

    def known(self, languages):
        """{language: generation} for those of `languages` this process may answer for
        without asking Redis."""
        with self.lock:
            if not self._usable():
                return {}
            return {code: self.tokens[code] for code in languages if code in self.tokens}

    def learn(self, found):
        """Generations just read from Redis. Kept only while subscribed; a change that
        came in since is in the subscription, read before they are used."""
        with self.lock:
            if self.confirmed and self.pid == os.getpid():
                self.tokens.update(found)

    def announce(self, languages):
        """Tell every process (this one at once) that `languages` were dropped."""
        with self.lock:
            for code in languages:
                self.tokens.pop(code, None)
        message = ",".join(sorted(languages))
        self.cache.redis_client(write=True).publish(self.channel, message)


_mirrors = {}


def mirror_for(cache):
    """The process's mirror of `cache`'s generations, or None where there is none to keep
    (not Redis, or PAGE_CACHE_GENERATION_MIRROR off)."""
    if not settings.PAGE_CACHE_GENERATION_MIRROR or not hasattr(cache, "redis_client"):
        return None
    mirror = _mirrors.get(id(cache))
    if mirror is None or mirror.cache is not cache:
        mirror = _mirrors[id(cache)] = GenerationMirror(cache)
    return mirror
