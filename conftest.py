"""Shared test setup: the translated columns, the demo tree, and the browser."""

import os

import pytest
from django.core.management import call_command

from cemr_site.chromium import CHROMIUM, CHROMIUM_ARGS
from projects.models import HomePage, ProgrammeIndexPage, ProgrammePage, StandardPage

# pytest-django's live_server runs alongside Playwright's sync API (an event loop).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Fill the per-language columns of Wagtail's own rows, then build the demo tree
    once; each test runs in a transaction rolled back afterwards."""
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def demo_site(transactional_db):
    """For live-server tests: their database is emptied after each test, so load again."""
    call_command("load_demo_content", verbosity=0)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"CI needs Chromium at {CHROMIUM} for the browser tests.")
        pytest.skip(f"No Chromium at {CHROMIUM}; install Debian's chromium package.")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


# --- the demo tree's pages --------------------------------------------------------------


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def programme_index(db):
    return ProgrammeIndexPage.objects.get()


@pytest.fixture
def bridges(db):
    return ProgrammePage.objects.get(title_en="Bridges of Trust")


@pytest.fixture
def about(db):
    return StandardPage.objects.filter(show_in_menus=True).first()


@pytest.fixture
def all_pages(home, programme_index, about):
    """One page of each type, the first programme standing for its type."""
    return [home, programme_index, ProgrammePage.objects.first(), about]


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate-limit counters, cached settings and renditions (whose rows a test's rollback
    removes) must not leak from one test to the next."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def page_cache_off(settings):
    """Pages rendered on every request, for the query budgets (cemr_site/tests/queries.py):
    the shared caches and fragments stay on."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def picture(db):
    """An editor's picture: one of the demo's pictograms."""
    from wagtail.images.models import Image

    return Image.objects.filter(title__startswith="Pictogram").order_by("pk").first()
