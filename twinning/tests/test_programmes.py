"""A municipality takes part in a CEMR programme: its profile says so with a link, the
directory filters by it, the programme page counts it, the open data lists it."""

import csv
import io
import json

import pytest
from django.utils import translation

from cemr_site.models import SiteSettings
from twinning.models import Municipality, Participation

from .factories import make_municipality

pytestmark = pytest.mark.django_db
DIRECTORY = "/en/twinning/municipalities/"


@pytest.fixture
def towns(bridges):
    Municipality.objects.all().delete()  # only these towns (the demo's go too)
    lyon = make_municipality(name="Lyon", slug="lyon-fr", country="FR", population=500_000)
    kharkiv = make_municipality(name="Kharkiv", slug="kharkiv-ua", country="UA")
    make_municipality(name="Nantes", slug="nantes-fr", country="FR")
    Participation.objects.create(municipality=lyon, programme=bridges, kind="partner", since=2023)
    Participation.objects.create(
        municipality=kharkiv, programme=bridges, kind="partner", status="proposed"
    )
    return {"lyon": lyon, "kharkiv": kharkiv}


def test_the_profile_shows_its_programmes_with_a_link(client, towns, bridges):
    with translation.override("fr"):
        page_url = bridges.get_url()
    html = client.get("/fr/twinning/municipalities/lyon-fr/").content.decode()
    assert f'href="{page_url}"' in html and "Ponts de confiance" in html
    assert "2023" in html
    proposed = client.get("/en/twinning/municipalities/kharkiv-ua/").content.decode()
    assert "CEMR programmes" not in proposed  # a proposal is not public until confirmed


def test_the_directory_filters_by_programme_with_counts(client, towns, bridges):
    response = client.get(DIRECTORY)
    (choice,) = response.context["facets"]["programme"]
    assert choice == (str(bridges.pk), "Bridges of Trust", 1, False)
    filtered = client.get(DIRECTORY, {"programme": [str(bridges.pk)]})
    assert [m.name for m in filtered.context["page_obj"]] == ["Lyon"]
    html = filtered.content.decode()
    assert f'value="{bridges.pk}" checked' in html
    by_name = client.get(DIRECTORY, {"programme": [str(bridges.pk)], "q": "Nantes"})
    assert list(by_name.context["page_obj"]) == []


def test_an_unknown_programme_drops_only_itself(client, towns):
    response = client.get(DIRECTORY, {"programme": ["999999", "x"], "country": ["FR"]})
    assert response.status_code == 200
    assert {m.name for m in response.context["page_obj"]} == {"Lyon", "Nantes"}
    assert "CEMR programmes" in response.context["dropped"]


def test_the_programme_page_counts_its_municipalities(client, towns, bridges):
    with translation.override("en"):
        html = client.get(bridges.get_url()).content.decode()
    assert f'href="/en/twinning/municipalities/?programme={bridges.pk}"' in html
    assert "1 municipality in the directory" in html
    for participation in Participation.objects.filter(status="proposed"):
        participation.status = "confirmed"  # as a moderator does in the admin
        participation.save()
    with translation.override("en"):
        html = client.get(bridges.get_url()).content.decode()
    assert "2 municipalities in the directory" in html


def test_the_open_data_lists_the_programmes(client, towns):
    rows = list(
        csv.DictReader(
            io.StringIO(
                b"".join(client.get("/twinning/municipalities.csv").streaming_content).decode()
            )
        )
    )
    by_name = {row["name"]: row for row in rows}
    assert by_name["Lyon"]["programmes"] == "bridges-of-trust:partner:2023"
    assert by_name["Kharkiv"]["programmes"] == ""
    data = json.loads(b"".join(client.get("/twinning/municipalities.json").streaming_content))
    lyon = next(m for m in data["municipalities"] if m["name"] == "Lyon")
    assert lyon["programmes"] == "bridges-of-trust:partner:2023"


def test_demonstration_data_is_announced_on_every_page_while_the_setting_is_on(client, towns):
    settings = SiteSettings.objects.get()
    assert settings.demonstration_data  # load_demo_content turned it on
    pages = ["/en/", DIRECTORY, "/en/twinning/municipalities/lyon-fr/", "/en/projects/"]
    settings.demonstration_data = True
    settings.save()
    for url in pages:
        assert "demo-notice" in client.get(url).content.decode(), url
    settings.demonstration_data = False
    settings.save()
    for url in pages:
        assert "demo-notice" not in client.get(url).content.decode(), url
