"""The chrome every page shares is cached in fragments under the page-cache generation
(templates/includes, cemr_site.templatetags.site_tags): never stale after a change, and
never carrying what belongs to one page or one visitor into another."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page

from cemr_site import page_cache
from cemr_site.models import SiteSettings
from projects.models import ProgrammePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def html_of(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def main_menu(html):
    return html.split('<ul class="main-nav">', 1)[1].split("</ul>", 1)[0]


def url_of(page, language):
    with translation.override(language):
        return page.get_url()


def test_a_menu_page_published_with_a_new_french_title_shows_in_the_french_header(
    client, about, programme_index, django_capture_on_commit_callbacks
):
    url = url_of(programme_index, "fr")
    assert about.title_fr in main_menu(html_of(client, url))
    # The fragment is really kept: a change that tells nobody is not seen...
    Page.objects.filter(pk=about.pk).update(title_fr="Titre passé sous silence")
    assert "Titre passé sous silence" not in main_menu(html_of(client, url))
    english = page_cache.generations(["en"])["en"]
    # ...a publication is, on the very next request.
    about.refresh_from_db()
    about.title_fr = "Qui sommes-nous"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert "Qui sommes-nous" in main_menu(html_of(client, url))
    # Only the French pages went: the English ones keep their fragments.
    assert page_cache.generations(["en"])["en"] == english
    assert about.title_en in main_menu(html_of(client, url_of(programme_index, "en")))


def test_the_footer_follows_the_site_settings(client, home, django_capture_on_commit_callbacks):
    url = url_of(home, "fr")
    html_of(client, url)
    settings = SiteSettings.objects.get()
    settings.organisation_name_fr = "Conseil des communes et régions d’Europe (CCRE)"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    footer = html_of(client, url).split('<footer class="site-footer">', 1)[1]
    assert "Conseil des communes et régions d’Europe (CCRE)" in footer


def test_each_page_links_to_its_own_translations(client, home, about, bridges):
    for _time in range(2):
        for page in (home, about, bridges):
            html = html_of(client, url_of(page, "en"))
            assert f'hreflang="de" href="http://testserver{url_of(page, "de")}"' in html
            assert f'href="{url_of(page, "uk")}" lang="uk" hreflang="uk"' in html


def test_the_language_links_follow_a_new_address(client, about, django_capture_on_commit_callbacks):
    english = url_of(about, "en")
    assert f'hreflang="fr" href="http://testserver{url_of(about, "fr")}"' in html_of(
        client, english
    )
    about.slug_fr = "qui-sommes-nous"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    html = html_of(client, english)
    assert 'hreflang="fr" href="http://testserver/fr/qui-sommes-nous/"' in html  # <head>
    assert 'href="/fr/qui-sommes-nous/" lang="fr" hreflang="fr"' in html  # the switcher


def breadcrumbs(html):
    return html.split('class="breadcrumbs', 1)[1].split("</nav>", 1)[0]


def test_breadcrumbs_follow_a_new_title_of_a_parent(
    client, bridges, programme_index, django_capture_on_commit_callbacks
):
    url = url_of(bridges, "en")
    assert ">Projects &amp; Programmes</a>" in breadcrumbs(html_of(client, url))
    programme_index.title_en = "Our programmes"
    with django_capture_on_commit_callbacks(execute=True):
        programme_index.save_revision().publish()
    assert ">Our programmes</a>" in breadcrumbs(html_of(client, url))
    # Each page its own: the last crumb is the page itself.
    for programme in ProgrammePage.objects.live():
        crumbs = breadcrumbs(html_of(client, url_of(programme, "en")))
        assert f'<li aria-current="page">{escape(programme.title)}</li>' in crumbs


def marks(html):
    """The menu's links that carry `aria-current`, with its value."""
    return re.findall(r'<a href="([^"]+)" aria-current="(\w+)"', main_menu(html))


def test_the_menu_marks_the_page_it_is_on_and_no_other(client, programme_index, bridges, about):
    index, programme = url_of(programme_index, "en"), url_of(bridges, "en")
    expected = {
        index: [(index, "page")],
        programme: [(index, "true")],  # in the section
        url_of(about, "en"): [(url_of(about, "en"), "page")],
        "/en/twinning/municipalities/": [("/en/twinning/municipalities/", "true")],
        "/en/": [],
    }
    for _time in range(2):  # rendered, then from the fragments
        for url, current in expected.items():
            assert marks(html_of(client, url)) == current, url


def test_the_visitors_search_never_enters_a_fragment(client):
    for query in ("first words", "other words"):
        html = html_of(client, "/en/search/", q=query)
        assert f'name="q" value="{query}"' in html


def test_an_editors_preview_of_a_draft_stays_out_of_the_fragments(client, rf, bridges):
    url = url_of(bridges, "en")
    html_of(client, url)  # the live page's fragments are in the cache
    bridges.title_en, bridges.slug_en = "A draft title", "a-draft-slug"
    bridges.set_url_path(bridges.get_parent())
    preview = bridges.serve_preview(rf.get("/"), "en").render().content.decode()
    assert '<li aria-current="page">A draft title</li>' in breadcrumbs(preview)
    assert "/en/projects/a-draft-slug/" in preview  # its language links
    live = html_of(client, url)
    assert "A draft title" not in live and "a-draft-slug" not in live
