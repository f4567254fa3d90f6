"""Editors create news, events and publications through the Wagtail admin views, in any
language; bad input gets a clear error and nothing is saved."""

import datetime
import io
import zoneinfo

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import EventPage, NewsPage, PublicationPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def page_form(data, streams=("body",), inlines=()):
    data = {"comments": inline_formset([]), **data}
    for stream in streams:
        for code in LANGUAGES:
            data.setdefault(f"{stream}_{code}", streamfield([]))
    for inline in inlines:
        data.setdefault(inline, inline_formset([]))
    return nested_form_data(data)


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=("news", model, parent.pk))


def publish(client, url, data):
    return client.post(url, {**data, "action-publish": "publish"})


@pytest.mark.django_db
def test_editor_publishes_news_in_french(client, editor, news_index, bridges):
    client.force_login(editor)
    data = page_form(
        {
            "title_en": "Partners meet in Lviv",
            "title_fr": "Les partenaires se retrouvent à Lviv",
            "slug_en": "partners-meet-in-lviv",
            "slug_fr": "les-partenaires-se-retrouvent-a-lviv",
            "summary_en": "Partners met.",
            "summary_fr": "Les partenaires se sont retrouvés.",
            "date": "2026-11-20",
            "image": "",
            "body_fr": streamfield([("paragraph", rich_text("<p>Une rencontre utile.</p>"))]),
        }
    )
    data["programmes"] = [bridges.pk]  # a multiple choice: one value per box ticked
    response = publish(client, add_url("newspage", news_index), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    page = NewsPage.objects.get(slug_en="partners-meet-in-lviv")
    assert page.live and list(page.programmes.all()) == [bridges]
    with translation.override("fr"):
        html = client.get(page.get_url()).content.decode()
    assert "Les partenaires se retrouvent à Lviv" in html
    assert "Une rencontre utile." in html


@pytest.mark.django_db
def test_news_without_english_summary_is_refused(client, editor, news_index):
    client.force_login(editor)
    data = page_form(
        {
            "title_en": "No summary",
            "slug_en": "no-summary",
            "summary_fr": "Résumé",
            "date": "2026-11-20",
        }
    )
    response = publish(client, add_url("newspage", news_index), data)
    assert response.status_code == 200
    assert "summary_en" in response.context["form"].errors
    assert not NewsPage.objects.filter(slug_en="no-summary").exists()


def event_form(**overrides):
    data = {
        "title_en": "Mayors' meeting",
        "slug_en": "mayors-meeting",
        "summary_en": "Mayors meet.",
        "start_date": "2027-01-20",
        "start_time": "10:00",
        "end_date": "",
        "end_time": "12:30",
        "time_zone": "Europe/Kyiv",
        "attendance": "in_person",
        "venue_en": "",
        "city": "Kyiv",
        "country": "UA",
        "online_url": "",
        "registration_url": "https://example.org/register",
        "registration_deadline": "2027-01-10",
        "image": "",
    }
    data.update(overrides)
    return page_form(data)


@pytest.mark.django_db
def test_editor_publishes_an_event_in_its_own_time_zone(client, editor, event_index):
    client.force_login(editor)
    response = publish(client, add_url("eventpage", event_index), event_form())
    assert response.status_code == 302, response.context and response.context["form"].errors
    event = EventPage.objects.get(slug_en="mayors-meeting")
    kyiv = zoneinfo.ZoneInfo("Europe/Kyiv")
    assert event.starts_at == datetime.datetime(2027, 1, 20, 10, 0, tzinfo=kyiv)
    assert event.starts_at.astimezone(datetime.UTC).hour == 8  # Kyiv is UTC+2 in winter
    assert event.ends_at == datetime.datetime(2027, 1, 20, 12, 30, tzinfo=kyiv)
    with translation.override("en"):
        html = client.get(event.get_url()).content.decode()
    assert "10:00–12:30 (EET, UTC+02:00)" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"end_date": "2027-01-19"}, "end_date"),
        ({"end_time": "09:00"}, "end_time"),
        ({"start_time": "", "end_time": "12:00"}, "start_time"),
        ({"city": ""}, "city"),
        ({"registration_deadline": "2027-02-01"}, "registration_deadline"),
    ],
)
def test_event_errors_are_named_and_nothing_is_saved(client, editor, event_index, overrides, field):
    client.force_login(editor)
    response = publish(client, add_url("eventpage", event_index), event_form(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not EventPage.objects.filter(slug_en="mayors-meeting").exists()


def pdf_document(title="Handbook"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (60, 80), "white").save(buffer, format="PDF")
    document = Document(title=title, file=SimpleUploadedFile("handbook.pdf", buffer.getvalue()))
    document._set_document_file_metadata()
    document.save()
    return document


def publication_form(files, **overrides):
    data = {
        "title_en": "Twinning guide",
        "slug_en": "twinning-guide",
        "summary_en": "How to twin.",
        "date": "2026-10-01",
        "kind": "guide",
        "cover": "",
        "files": inline_formset(files),
    }
    data.update(overrides)
    return page_form(data, streams=())


@pytest.mark.django_db
def test_editor_publishes_a_publication_with_language_versions(client, editor, publication_index):
    client.force_login(editor)
    english, french = pdf_document("EN"), pdf_document("FR")
    files = [{"language": "en", "document": english.pk}, {"language": "fr", "document": french.pk}]
    response = publish(
        client, add_url("publicationpage", publication_index), publication_form(files)
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    page = PublicationPage.objects.get(slug_en="twinning-guide")
    assert sorted(file.language for file in page.files.all()) == ["en", "fr"]
    with translation.override("fr"):
        html = client.get(page.get_url()).content.decode()
    # The visitor's language first, with format and size.
    assert html.index("(français)") < html.index("(English)")
    assert "(PDF, " in html


@pytest.mark.django_db
def test_a_language_version_given_twice_is_refused(client, editor, publication_index):
    client.force_login(editor)
    one, two = pdf_document("1"), pdf_document("2")
    files = [{"language": "en", "document": one.pk}, {"language": "en", "document": two.pk}]
    response = publish(
        client, add_url("publicationpage", publication_index), publication_form(files)
    )
    assert response.status_code == 200
    assert not PublicationPage.objects.filter(slug_en="twinning-guide").exists()
    assert "This language already has a file." in response.content.decode()


@pytest.mark.django_db
def test_an_image_needs_its_text_alternative(client, editor):
    client.force_login(editor)
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, format="PNG")
    upload = {"title": "Town hall", "file": SimpleUploadedFile("hall.png", buffer.getvalue())}
    response = client.post(reverse("wagtailimages:add"), {**upload, "description": ""})
    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert not Image.objects.filter(title="Town hall").exists()
    buffer.seek(0)
    upload["file"] = SimpleUploadedFile("hall.png", buffer.getvalue())
    response = client.post(
        reverse("wagtailimages:add"), {**upload, "description": "The town hall at dusk"}
    )
    assert response.status_code == 302
    assert Image.objects.get(title="Town hall").default_alt_text == "The town hall at dusk"
