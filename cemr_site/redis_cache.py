"""Django's Redis cache, with one redis-py client per connection pool.

Django's `RedisCacheClient.get_client` builds a new `redis.Redis` for every cache call,
and redis-py fills a table of about 170 response callbacks each time it does: measured
here, ~150 µs of a page-cache hit's ~275 µs went to that, more than the round trip to
Redis itself. A client is thread-safe and holds no state of its own beyond its pool, so
one per pool is enough."""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client


class ReusingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def redis_client(self, write=False):
        """The redis-py client under the cache, for what Django's cache API has not:
        publish and subscribe (cemr_site.generation_mirror)."""
        return self._cache.get_client(write=write)
