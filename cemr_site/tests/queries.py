"""Counting the queries of a page, for the exact budgets of every page type (issue 11).

A page is rendered with the whole-page cache off (the `page_cache_off` fixture of
conftest.py) and
after one request of the same page, which fills the per-process caches (content
types, Wagtail's site root paths) and the shared ones that every page reads under the
page-cache generation: the site, the route, the view restrictions and the fragments of
the chrome (cemr_site.shared_cache, the `{% cache %}` fragments). So the chrome costs
no query at all, and what is counted is the page's own content.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext


class Queries(list):
    """The SQL of one request; its `repr` lists them, so a failed budget shows why."""

    def __repr__(self):
        lines = [f"{len(self)} queries:"]
        for number, sql in enumerate(self, 1):
            # The column lists are long and say little: from FROM on.
            start = sql.find(" FROM ")
            lines.append(f"{number}. {sql[:60] if start < 0 else sql[start + 1 :][:240]}")
        return "\n".join(lines)

    def __eq__(self, other):
        return len(self) == other if isinstance(other, int) else super().__eq__(other)

    __hash__ = None


def page_queries(client, url, params=None, warm=True):
    """The queries of a second request of `url` (the first fills the caches)."""
    if warm:
        assert client.get(url, params).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return Queries(query["sql"] for query in captured.captured_queries)
