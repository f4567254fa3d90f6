"""What a phone downloads for one page: HTML, CSS, JS and images, as sent (gzipped where
the server compresses), measured with Debian's Chromium at 375 px (see
/work/shared/BROWSER_TESTS.md for the launch arguments). Used by `make bench`."""

import contextlib
import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from cemr_site.chromium import CHROMIUM, CHROMIUM_ARGS

KB = 1024
# A common phone: 375 CSS pixels wide, two device pixels each (srcset picks by both).
VIEWPORT = {"width": 375, "height": 812}
SCALE = 2
MEDIA_URL = "/media/"
# By the type the server sent: the map's outline is an SVG that Chromium fetches for an
# SVG <use>, a request of type "other".
KINDS = {"text/html": "HTML", "text/css": "CSS", "text/javascript": "JS", "image/": "images"}


def kind(response):
    content_type = response.headers.get("content-type", "").split(";")[0].strip()
    if content_type == "application/javascript":
        content_type = "text/javascript"
    return next(
        (name for prefix, name in KINDS.items() if content_type.startswith(prefix)), "other"
    )


class QuietHandler(SimpleHTTPRequestHandler):
    # Python 3.11 does not know AVIF: sent as octet-stream, Chromium blocks the picture (ORB).
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".avif": "image/avif",
        ".webp": "image/webp",
    }

    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def media_server(root):
    """Uploaded pictures, served as the web server in front does in production: gunicorn
    serves no /media/ (production settings)."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _sizes(requests):
    """Bytes of each response body as transferred (Chromium's encoded body size), by kind."""
    totals = dict.fromkeys([*KINDS.values(), "other"], 0)
    problems = []
    for request in requests:
        response = request.response()
        if response is None:
            continue
        if response.status >= 400:
            problems.append(f"{response.status} {request.url}")
        name = kind(response)
        totals[name] += request.sizes()["responseBodySize"]
        if name != "images" and response.headers.get("content-encoding") != "gzip":
            problems.append(f"not gzipped: {request.url}")
    return totals, problems


def _scroll_to_the_end(page):
    """A screen at a time, so that every lazy picture comes near the viewport once."""
    height = page.evaluate("document.documentElement.scrollHeight")
    for top in range(0, height + VIEWPORT["height"], VIEWPORT["height"]):
        page.evaluate(f"window.scrollTo(0, {top})")
        page.wait_for_timeout(100)
    page.wait_for_load_state("networkidle")


def page_weight(base, path, media_root, say):
    """Totals in bytes: `total` (everything, scrolled to the end of the page),
    `first_view` (before scrolling) and a readable `summary`; None without Chromium."""
    if not os.path.exists(CHROMIUM):
        say(f"no Chromium at {CHROMIUM}: page weight not measured")
        return None
    from playwright.sync_api import sync_playwright

    requests = []
    with media_server(media_root) as media, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport=VIEWPORT, device_scale_factor=SCALE, is_mobile=True, has_touch=True
            )
            page = context.new_page()
            page.route(
                f"**{MEDIA_URL}**",
                lambda route: route.continue_(
                    url=media + "/" + urlsplit(route.request.url).path.removeprefix(MEDIA_URL)
                ),
            )
            page.on("requestfinished", lambda request: requests.append(request))
            page.goto(base + path, wait_until="networkidle")
            first_view = sum(_sizes(list(requests))[0].values())
            _scroll_to_the_end(page)
            totals, problems = _sizes(requests)
        finally:
            browser.close()
    for problem in problems:
        say(f"  page weight: {problem}")
    parts = ", ".join(f"{kind} {size / KB:.1f}" for kind, size in totals.items() if size)
    total = sum(totals.values())
    return {
        "total": total,
        "first_view": first_view,
        "summary": f"{parts} KB; {len(requests)} responses; {first_view / KB:.1f} KB before scrolling",
        "problems": problems,
    }
