"""Many visitors at once, over HTTP against a running server: every request is stored
once, double posts included, and every mail is in the outbox."""

import random
import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.db import connection

from twinning.models import OutgoingMail, PartnershipRequest

from .factories import request_data

SUBMISSIONS = 200


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent writers are PostgreSQL's (production); SQLite takes one at a time",
)
@pytest.mark.django_db(transaction=True)
def test_200_concurrent_submissions_are_stored_once_each(live_server, settings, demo_site):
    settings.TRUSTED_PROXY_COUNT = 1  # each visitor comes through the proxy with its address
    url = f"{live_server.url}/en/twinning/request/"
    forms = [request_data(municipality_name=f"Soak town {number}") for number in range(SUBMISSIONS)]
    # Every form is posted twice (a double click), the two copies at about the same time.
    posts = [(number, form) for number, form in enumerate(forms) for _copy in range(2)]
    random.Random(7).shuffle(posts)
    local = threading.local()

    def post(item):
        number, form = item
        if not hasattr(local, "session"):
            local.session = requests.Session()
            page = local.session.get(url, timeout=30).text
            local.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        response = local.session.post(
            url,
            data={**form, "csrfmiddlewaretoken": local.token},
            headers={"X-Forwarded-For": f"10.1.{number // 250}.{number % 250}"},
            allow_redirects=False,
            timeout=60,
        )
        return response.status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(post, posts))

    assert statuses == [302] * len(posts)
    stored = PartnershipRequest.objects.filter(municipality_name__startswith="Soak town")
    assert stored.count() == SUBMISSIONS
    assert stored.values("municipality_name").distinct().count() == SUBMISSIONS
    assert stored.values("reference").distinct().count() == SUBMISSIONS
    # A confirmation and a moderators' note each, none twice.
    mails = OutgoingMail.objects.filter(request__in=stored)
    assert mails.count() == 2 * SUBMISSIONS
    assert mails.values("request", "kind").distinct().count() == 2 * SUBMISSIONS
