"""`make bench`, second part: the site over HTTP, as a visitor's browser gets it.

Starts gunicorn (production settings, 2 sync workers) on the database the in-process
bench imported (bench.sqlite3, or DATABASE_URL), loads each URL with wrk (8 connections,
BENCH_HTTP_SECONDS each) and prints one table: requests per second, p50 and p99 of the
static CSS file and of the pages, with the page cache (warmed: every response a hit) and
without it (PAGE_CACHE=off), and without it once more on a local-memory cache instead of
Redis, to show what Redis costs a rendered page. Then the home page's weight in a
375 px wide browser. Each figure stands next to its target.

Talks HTTP only: nothing here imports the site's apps, so the figures are the servers'.
"""

import contextlib
import gzip
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import redis

from cemr_site.page_weight import KB, page_weight
from cemr_site.wrk import drain, fetch, wrk

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DB = BASE_DIR / "bench.sqlite3"
SECONDS = int(os.environ.get("BENCH_HTTP_SECONDS", "3"))
# A rendered page takes a hundred times longer than a stored one: more time for as
# many samples.
UNCACHED_SECONDS = int(os.environ.get("BENCH_HTTP_UNCACHED_SECONDS", "5"))
WARM_SECONDS = 1
CONNECTIONS = 8
WORKERS = 2
# Without redis-server to start, a database of its own on a running Redis: flushed at the
# start of every run, since the in-process bench re-imported the places unbeknown to it.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
PUBLIC_BASE_URL = "https://www.ccre-cemr.org"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Targets (issue 11)
CACHED_SHARE_TARGET = 90  # a cached page: at least this % of the static file's req/s
UNCACHED_PROGRAMME_TARGET = 200  # req/s, the programme page rendered on every request
HOME_WEIGHT_TARGET = 60 * KB  # HTML + CSS + JS + images, gzipped, 375 px wide

PAGES = [
    ("home", "/en/"),
    ("programme", "/en/projects/bridges-of-trust/"),
    ("programme, French", "/fr/projets/ponts-de-confiance/"),
    ("partner search", "/en/twinning/municipalities/?q=berg&country=DE"),
    ("profile", None),  # the first place the partner search finds for PROFILE_QUERY
]
PROFILE_QUERY = "/en/twinning/municipalities/?q=Lviv"
PROFILE_LINK = re.compile(r'href="(/en/twinning/municipalities/(?!suggest/)[^"/?]+/)"')
PROGRAMME = "/en/projects/bridges-of-trust/"

# The locmem comparison: production settings with the one cache swapped (written to a
# temporary folder, never part of the site).
LOCMEM_SETTINGS = """from cemr_site.settings.production import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                      "OPTIONS": {"MAX_ENTRIES": 5000}}}
"""


def say(message):
    print(f"http bench: {message}", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def reachable(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def wait_for_port(host, port, process, log, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{log.name} ended (exit {process.returncode}):\n{tail(log)}")
        if reachable(host, port):
            return
        time.sleep(0.2)
    raise SystemExit(f"nothing listens on {host}:{port} after {timeout} s:\n{tail(log)}")


def tail(log, lines=30):
    log.flush()
    return "\n".join(Path(log.name).read_text(errors="replace").splitlines()[-lines:])


@contextlib.contextmanager
def process_group(command, log_name, **kwargs):
    """A child in a process group of its own (gunicorn's master and its workers), ended
    with the group however the bench ends."""
    with tempfile.NamedTemporaryFile("w+", prefix=f"cemr-bench-{log_name}-") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
        )
        try:
            yield process, log
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@contextlib.contextmanager
def redis_server():
    """A private redis-server (no disk, nobody else's commands in its counts), or the
    Redis at BENCH_REDIS_URL when there is no redis-server to start."""
    if not shutil.which("redis-server"):
        parts = urlsplit(REDIS_URL)
        if not reachable(parts.hostname, parts.port or 6379):
            raise SystemExit(f"No redis-server to start and no Redis at {REDIS_URL}.")
        redis.Redis.from_url(REDIS_URL).flushdb()
        yield REDIS_URL
        return
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "no"]
    with process_group(command, "redis") as (process, log):
        wait_for_port("127.0.0.1", port, process, log)
        say(f"started redis-server on port {port}")
        yield f"redis://127.0.0.1:{port}/0"


def redis_calls(redis_url, base, path, requests=5):
    """Commands Redis received per request for `path`, from its own count (the server's
    workers are warm: their connections are open)."""
    client = redis.Redis.from_url(redis_url)
    before = client.info("stats")["total_commands_processed"]
    for _ in range(requests):
        fetch(base, path)
    after = client.info("stats")["total_commands_processed"]
    client.close()
    return (after - before - 1) / requests  # the first INFO counts itself in the second


def server_env(redis_url, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cemr_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{BENCH_DB}",
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": redis_url,
        "LOG_LEVEL": "WARNING",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        **extra,
    }


def collectstatic(env):
    say("collectstatic (production's manifest storage)")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    manifest = json.loads((BASE_DIR / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/site.css"]


@contextlib.contextmanager
def gunicorn(label, env):
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "cemr_site.wsgi:application"]
    command += ["--workers", str(WORKERS), "--worker-class", "sync", "--no-control-socket"]
    command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"]
    say(f"starting gunicorn ({label}), {WORKERS} sync workers on port {port}")
    with process_group(command, "gunicorn", cwd=BASE_DIR, env=env) as (process, log):
        wait_for_port("127.0.0.1", port, process, log)
        yield f"http://127.0.0.1:{port}", log


def check(base, path, expected_cache=None, log=None):
    """The page answers 200, gzipped, and (when asked) says it was a page-cache hit."""
    status, headers, _body = fetch(base, path)
    problems = []
    if status != 200:
        problems.append(f"status {status}")
    if headers.get("content-encoding") != "gzip":
        problems.append("not gzipped")
    if expected_cache and headers.get("x-page-cache") != expected_cache:
        problems.append(f"X-Page-Cache: {headers.get('x-page-cache')}, not {expected_cache}")
    if problems:
        detail = f"\n{tail(log)}" if log and status >= 500 else ""
        raise SystemExit(f"{path}: {', '.join(problems)}{detail}")
    return headers.get("x-page-cache")


def load(base, path, label, seconds, warm=True):
    if warm:
        wrk(base + path, WARM_SECONDS, CONNECTIONS)
        drain(base, WORKERS)
    figures = wrk(base + path, seconds, CONNECTIONS)
    drain(base, WORKERS)
    failed = f", {figures['failures']} failed" if figures["failures"] else ""
    say(f"  {label:<28} {figures['rate']:8.1f} req/s, {figures['requests']} requests{failed}")
    return figures


# --- the run -----------------------------------------------------------------------------


def warm_workers(base, pages):
    """A worker's first requests import, connect and load templates and catalogues, for
    seconds: done before anything is timed, several at once so that each worker serves
    every page (a sync worker takes one request at a time)."""
    paths = [path for _label, path in pages for _ in range(2 * WORKERS)]
    with ThreadPoolExecutor(2 * WORKERS) as pool:
        list(pool.map(lambda path: fetch(base, path), paths))


def find_profile(base):
    _status, headers, body = fetch(base, PROFILE_QUERY)
    if headers.get("content-encoding") == "gzip":
        body = gzip.decompress(body)
    found = PROFILE_LINK.search(body.decode())
    if not found:
        raise SystemExit(f"no profile link on {PROFILE_QUERY}: is the database imported?")
    return found[1]


def measure_cached(base, log, static, pages, redis_url):
    say("page cache on: warming every page (the second request must be a hit)")
    for _label, path in pages:
        check(base, path, log=log)
        check(base, path, expected_cache="hit", log=log)
    check(base, static, log=log)
    warm_workers(base, pages)
    before = load(base, static, "static CSS", SECONDS)
    cached = {path: load(base, path, label, SECONDS) for label, path in pages}
    after = load(base, static, "static CSS (again)", SECONDS)
    for _label, path in pages:  # nothing dropped them during the run
        check(base, path, expected_cache="hit", log=log)
        cached[path]["calls"] = redis_calls(redis_url, base, path)
    return before, after, cached


def measure_uncached(redis_server, local_server, pages, redis_url):
    say("page cache off: every page rendered, with Redis and with a local-memory cache")
    for base, log in (redis_server, local_server):
        for _label, path in pages:
            check(base, path, expected_cache="bypass", log=log)
        warm_workers(base, pages)
    uncached, locmem = {}, {}
    # Not warmed by wrk: a short run would leave slow renders queued (see drain).
    for label, path in pages:
        uncached[path] = load(redis_server[0], path, f"{label}, Redis", UNCACHED_SECONDS, False)
        locmem[path] = load(local_server[0], path, f"{label}, locmem", UNCACHED_SECONDS, False)
        uncached[path]["calls"] = redis_calls(redis_url, redis_server[0], path)
    return uncached, locmem


def verdict(ok):
    return "ok" if ok else "MISSED"


def print_table(static, pages, cached, uncached, locmem, weight):
    rate = (static[0]["rate"] + static[1]["rate"]) / 2
    print(
        f"\nHTTP: gunicorn, {WORKERS} sync workers, production settings, Redis cache; wrk, "
        f"{CONNECTIONS} connections,\nAccept-Encoding: gzip, {SECONDS} s a URL "
        f"({UNCACHED_SECONDS} s uncached); milliseconds"
    )
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {os.cpu_count()} cores\n")
    print(
        "| URL                                              | cached req/s |  p50 ms |  p99 ms "
        "| % of static (≥ 90) | uncached req/s |  p50 ms |  p99 ms | locmem req/s "
        "| Redis cost | Redis calls |"
    )
    print(
        f"|{'-' * 50}|{'-' * 14}|{'-' * 9}|{'-' * 9}|{'-' * 20}|{'-' * 16}|{'-' * 9}|{'-' * 9}|"
        f"{'-' * 14}|{'-' * 12}|{'-' * 13}|"
    )
    first, second = static
    print(
        f"| {'static CSS (mean of before and after)':<48} | {rate:12.1f} "
        f"| {(first['p50'] + second['p50']) / 2:7.1f} | {max(first['p99'], second['p99']):7.1f} "
        f"| {'100 %':>18} | {'':>14} | {'':>7} | {'':>7} | {'':>12} | {'':>10} | {'':>11} |"
    )
    missed_share = []
    for label, path in pages:
        hit, miss, local = cached[path], uncached[path], locmem[path]
        share = 100 * hit["rate"] / rate
        ok = share >= CACHED_SHARE_TARGET and not hit["failures"]
        if not ok:
            missed_share.append(label)
        cost = 100 * (local["rate"] - miss["rate"]) / local["rate"] if local["rate"] else 0
        calls = f"{hit['calls']:g} / {miss['calls']:g}"
        name = f"{label} {path}"
        if len(name) > 48:
            name = name[:47] + "…"
        print(
            f"| {name:<48} | {hit['rate']:12.1f} | {hit['p50']:7.1f} | {hit['p99']:7.1f} "
            f"| {f'{share:.0f} % {verdict(ok)}':>18} | {miss['rate']:14.1f} | {miss['p50']:7.1f} "
            f"| {miss['p99']:7.1f} | {local['rate']:12.1f} | {cost:8.0f} % "
            f"| {calls:>11} |"
        )
    failures = sum(f["failures"] for run in (cached, uncached, locmem) for f in run.values())
    print(
        "\ncached: page cache on, every response a hit (checked before and after); uncached: "
        "PAGE_CACHE=off;\nlocmem: uncached on a local-memory cache instead of Redis; Redis "
        "cost: how many fewer req/s the\nuncached page serves with Redis than with locmem "
        "(negative: Redis was faster;\non a busy machine ±40 % is noise); Redis calls: "
        "commands Redis received per request, cached / uncached (Redis's own count)"
    )
    if failures:
        print(f"\n{failures} requests failed (non-2xx, refused or timed out): read with care")
    programme = uncached[PROGRAMME]["rate"]
    print("\ntargets:")
    print(
        f"  cached pages ≥ {CACHED_SHARE_TARGET} % of the static file's req/s: "
        + (f"MISSED ({'; '.join(missed_share)})" if missed_share else "ok")
    )
    print(
        f"  uncached programme page ≥ {UNCACHED_PROGRAMME_TARGET} req/s: {programme:.1f} req/s "
        f"{verdict(programme >= UNCACHED_PROGRAMME_TARGET)}"
    )
    if weight is None:
        print(f"  home page ≤ {HOME_WEIGHT_TARGET // KB} KB gzipped at 375 px: not measured")
    else:
        total = weight["total"]
        print(
            f"  home page (HTML+CSS+JS+images) ≤ {HOME_WEIGHT_TARGET // KB} KB gzipped at 375 px: "
            f"{total / KB:.1f} KB {verdict(total <= HOME_WEIGHT_TARGET)} "
            f"({weight['summary']})"
        )


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk (make bench does it)")
    if "DATABASE_URL" not in os.environ and not BENCH_DB.exists():
        raise SystemExit(f"No {BENCH_DB.name}: run python -m twinning.bench first (make bench).")
    started = time.monotonic()
    with redis_server() as redis_url:
        static = collectstatic(server_env(redis_url))
        with gunicorn("page cache on", server_env(redis_url)) as (base, log):
            pages = [(label, path or find_profile(base)) for label, path in PAGES]
            *static_runs, cached = measure_cached(base, log, static, pages, redis_url)
            say("home page weight: Chromium at 375 px")
            weight = page_weight(base, "/en/", MEDIA_ROOT, say)
        # Both at once, each page loaded on one then the other: a machine whose load drifts
        # during the run (other jobs) weighs on both alike.
        with contextlib.ExitStack() as servers:
            shim = servers.enter_context(tempfile.TemporaryDirectory(prefix="cemr-bench-"))
            (Path(shim) / "bench_locmem_settings.py").write_text(LOCMEM_SETTINGS)
            locmem_env = server_env(
                redis_url,
                PAGE_CACHE="off",
                DJANGO_SETTINGS_MODULE="bench_locmem_settings",
                PYTHONPATH=os.pathsep.join([shim, str(BASE_DIR)]),
            )
            uncached_env = server_env(redis_url, PAGE_CACHE="off")
            redis_base = servers.enter_context(gunicorn("PAGE_CACHE=off", uncached_env))
            local_base = servers.enter_context(gunicorn("PAGE_CACHE=off, locmem", locmem_env))
            uncached, locmem = measure_uncached(redis_base, local_base, pages, redis_url)
    print_table(static_runs, pages, cached, uncached, locmem, weight)
    say(f"done in {time.monotonic() - started:.0f} s")
    return 0


def _stop(signum, _frame):
    # SIGTERM (make interrupted, CI timeout) unwinds like Ctrl-C: the servers are stopped.
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nhttp bench: interrupted; servers stopped", file=sys.stderr)
        sys.exit(130)
