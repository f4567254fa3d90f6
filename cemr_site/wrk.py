"""wrk, the HTTP load generator, run and read (`make bench`, cemr_site/http_bench.py)."""

import http.client
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit


def fetch(base, path):
    """Status, headers (lower-case names) and body of one GET, as a browser asks."""
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        body = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, body
    finally:
        connection.close()


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
RATE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.M)
PERCENTILE = re.compile(r"^\s+(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", re.M)
REQUESTS = re.compile(r"^\s+(\d+) requests in", re.M)
NOT_OK = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
SOCKET_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")


def parse_wrk(output):
    """Requests per second, p50 and p99 in milliseconds, and the failures wrk counted."""
    rate = RATE.search(output)
    percentiles = {int(p): float(v) * UNITS[unit] for p, v, unit in PERCENTILE.findall(output)}
    if not rate or set(percentiles) != {50, 99}:
        raise SystemExit(f"could not read wrk's output:\n{output}")
    failures = sum(int(n) for n in NOT_OK.findall(output))
    errors = SOCKET_ERRORS.search(output)
    # gunicorn's sync workers close each connection after the response; wrk counts a
    # connection refused or timed out as an error, a closed one is not.
    if errors:
        failures += int(errors[1]) + int(errors[4])
    requests = int(REQUESTS.search(output)[1]) if REQUESTS.search(output) else 0
    return {
        "rate": float(rate[1]),
        "p50": percentiles[50],
        "p99": percentiles[99],
        "failures": failures,
        "requests": requests,
    }


def wrk(url, seconds, connections):
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["--timeout", "10s", "-H", "Accept-Encoding: gzip", url]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse_wrk(result.stdout)


def drain(base, workers):
    """When wrk stops, up to 8 requests are still queued, and a sync worker serves each
    one to the end, client gone or not: wait for them (a request sent now queues behind
    them), so that the next run starts on an idle server."""
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda _: fetch(base, "/robots.txt"), range(workers)))
