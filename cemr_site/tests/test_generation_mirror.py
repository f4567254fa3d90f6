"""The generations each process keeps, kept current by Redis pub/sub
(cemr_site.generation_mirror), against a real Redis: a private redis-server, or the one
running on these machines."""

import secrets
import shutil
import socket
import time

import pytest
import redis
from django.core.cache import caches

from cemr_site import page_cache
from cemr_site.generation_mirror import GenerationMirror
from cemr_site.http_bench import redis_server

pytestmark = pytest.mark.django_db


def running_redis():
    try:
        socket.create_connection(("127.0.0.1", 6379), 1).close()
    except OSError:
        return False
    return True


@pytest.fixture(scope="module")
def redis_url():
    if not shutil.which("redis-server") and not running_redis():
        pytest.skip("neither redis-server nor a Redis on 6379 on this machine")
    with redis_server() as url:
        yield url


@pytest.fixture
def redis_pages(settings, redis_url):
    """The page cache on Redis, under a key prefix of its own."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "cemr_site.redis_cache.ReusingRedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"test-{secrets.token_hex(4)}",
        },
    }
    settings.PAGE_CACHE_ALIAS = "pages"
    settings.PAGE_CACHE_GENERATION_MIRROR = True
    return caches["pages"]


class Commands:
    """Commands Redis processed, by its own count; each reading counts itself once."""

    def __init__(self, redis_url):
        self.client = redis.Redis.from_url(redis_url)
        self.before = self.now()

    def now(self):
        return self.client.info("stats")["total_commands_processed"]

    def since(self):
        return self.now() - self.before - 1


def subscribed(mirror, timeout=5):
    """Wait until Redis has confirmed the mirror's subscription (each `known` reads it)."""
    deadline = time.monotonic() + timeout
    while mirror.known([]) == {} and not mirror.confirmed:
        assert time.monotonic() < deadline, "the subscription was never confirmed"
        time.sleep(0.01)


def heard(mirror, timeout=5):
    """Wait until the mirror's subscription has something to read."""
    assert mirror.subscription.connection.can_read(timeout=timeout)


def test_a_known_generation_costs_no_round_trip(redis_pages, redis_url):
    page_cache.generations(["fr"])  # subscribes
    subscribed(page_cache._mirror())
    first = page_cache.generations(["fr"])  # read from Redis, then known
    counted = Commands(redis_url)
    assert page_cache.generations(["fr"]) == first
    assert counted.since() == 0


def test_a_drop_elsewhere_is_heard_before_the_next_look_up(redis_pages):
    old = page_cache.generations(["fr", "de"])
    elsewhere = GenerationMirror(redis_pages)  # another process's
    subscribed(elsewhere)
    elsewhere.learn(old)
    assert elsewhere.known(["fr", "de"]) == old
    page_cache.invalidate(["fr"])
    heard(elsewhere)
    assert elsewhere.known(["fr", "de"]) == {"de": old["de"]}
    new = page_cache.generations(["fr"])
    assert new["fr"] != old["fr"]


def test_every_language_dropped_is_forgotten_everywhere(redis_pages):
    old = page_cache.generations(["fr", "de", "uk"])
    elsewhere = GenerationMirror(redis_pages)
    subscribed(elsewhere)
    elsewhere.learn(old)
    assert elsewhere.known(["fr", "de", "uk"]) == old
    page_cache.invalidate()
    heard(elsewhere)
    assert elsewhere.known(["fr", "de", "uk"]) == {}


def test_a_lost_subscription_never_answers_from_what_it_knew(redis_pages, redis_url):
    """Messages sent while the subscription was down are lost: until Redis confirms it
    again, every look-up asks Redis; then the mirror answers again."""
    old = page_cache.generations(["fr"])
    elsewhere = GenerationMirror(redis_pages)
    subscribed(elsewhere)
    elsewhere.learn(old)
    assert elsewhere.known(["fr"]) == old
    redis.Redis.from_url(redis_url).client_kill_filter(_type="pubsub")
    page_cache.invalidate(["fr"])  # unheard by the killed subscription
    assert elsewhere.known(["fr"]) == {}
    subscribed(elsewhere)
    new = page_cache.generations(["fr"])
    assert new != old
    elsewhere.learn(new)
    assert elsewhere.known(["fr"]) == new


@pytest.fixture
def local_copies(settings, monkeypatch):
    settings.PAGE_CACHE_LOCAL_COPIES = 50
    monkeypatch.setattr(page_cache.local_copies, "size", 50)
    monkeypatch.setattr(page_cache.local_copies, "entries", type(page_cache.local_copies.entries)())


def test_hits_are_served_from_the_process_copy_and_dropped_at_once(
    client, redis_pages, redis_url, local_copies
):
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    subscribed(page_cache._mirror())
    assert client.get("/en/")["X-Page-Cache"] == "hit"  # learns the generation
    counted = Commands(redis_url)
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    assert counted.since() == 0
    page_cache.invalidate(["en"])
    assert client.get("/en/")["X-Page-Cache"] == "miss"
