"""Load the demo news, events and publications (news/demo_content.py); safe to run again:
what exists is left as it is."""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents.models import Document

from .demo_content import DEMO_NOTE, EVENTS, INDEX_TITLES, INTROS, NEWS, PUBLICATIONS
from .models import (
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    PublicationFile,
    PublicationIndexPage,
    PublicationPage,
)
from .pictograms import pictogram_image


def translated(field, values):
    kwargs = {f"{field}_{lang}": value for lang, value in values.items()}
    kwargs[field] = values["en"]
    return kwargs


def slugs(titles):
    return {lang: slugify(title, allow_unicode=True) for lang, title in titles.items()}


def body(html_by_language):
    """The item's text and the note that it is an example, in each language we have."""
    languages = set(html_by_language) | set(DEMO_NOTE)
    return {
        lang: [
            *(
                [{"type": "paragraph", "value": html_by_language[lang]}]
                if lang in html_by_language
                else []
            ),
            {"type": "callout", "value": {"title": "", "text": f"<p>{DEMO_NOTE[lang]}</p>"}},
        ]
        for lang in languages
    }


class Loader:
    def __init__(self, home, programmes, publish):
        """`programmes`: {key: ProgrammePage}; `publish(parent, page)` adds a page and
        publishes it."""
        self.home, self.programmes, self.publish = home, programmes, publish

    def load(self):
        self.news(self.index(NewsIndexPage, "news"))
        self.events(self.index(EventIndexPage, "events"))
        self.publications(self.index(PublicationIndexPage, "publications"))

    def index(self, model, key):
        existing = model.objects.child_of(self.home).first()
        if existing:
            return existing
        return self.publish(
            self.home,
            model(
                **translated("title", INDEX_TITLES[key]),
                **translated("slug", slugs(INDEX_TITLES[key])),
                **translated("intro", INTROS[key]),
                show_in_menus=key == "news",  # the header keeps one row at 1280 px
            ),
        )

    def _common(self, data):
        programmes = [self.programmes[key] for key in data["programmes"] if key in self.programmes]
        first = programmes[0] if programmes else None
        image = None
        if first is not None:
            key = data["programmes"][0]
            image = pictogram_image(key, first.title_en)
        return programmes, image

    def _add(self, parent, page, programmes, body_html=None):
        if hasattr(page, "body"):
            for lang, blocks in body(body_html or {}).items():
                setattr(page, f"body_{lang}", blocks)
            page.body = page.body_en
        page.programmes = programmes
        self.publish(parent, page)

    def news(self, index):
        for data in NEWS:
            if NewsPage.objects.child_of(index).filter(slug_en=slugs(data["title"])["en"]).exists():
                continue
            programmes, image = self._common(data)
            page = NewsPage(
                **translated("title", data["title"]),
                **translated("slug", slugs(data["title"])),
                **translated("summary", data["summary"]),
                date=datetime.date.fromisoformat(data["date"]),
                image=image,
            )
            self._add(index, page, programmes, data.get("body"))

    def events(self, index):
        today = timezone.localdate()
        for data in EVENTS:
            if (
                EventPage.objects.child_of(index)
                .filter(slug_en=slugs(data["title"])["en"])
                .exists()
            ):
                continue
            programmes, image = self._common(data)
            start = today + datetime.timedelta(days=data["days"])
            end = start + datetime.timedelta(days=data["length_days"] - 1)
            deadline = data.get("registration_days")
            page = EventPage(
                **translated("title", data["title"]),
                **translated("slug", slugs(data["title"])),
                **translated("summary", data["summary"]),
                start_date=start,
                start_time=datetime.time.fromisoformat(data["start_time"]),
                end_date=end if end != start else None,
                end_time=datetime.time.fromisoformat(data["end_time"]),
                attendance=data["attendance"],
                venue=data.get("venue", ""),
                city=data.get("city", ""),
                country=data.get("country", ""),
                online_url=data.get("online_url", ""),
                registration_url="https://example.org/register" if deadline else "",
                registration_deadline=today + datetime.timedelta(days=deadline)
                if deadline
                else None,
                image=image,
            )
            self._add(index, page, programmes)

    def publications(self, index):
        for data in PUBLICATIONS:
            if (
                PublicationPage.objects.child_of(index)
                .filter(slug_en=slugs(data["title"])["en"])
                .exists()
            ):
                continue
            programmes, image = self._common(data)
            page = PublicationPage(
                **translated("title", data["title"]),
                **translated("slug", slugs(data["title"])),
                **translated("summary", data["summary"]),
                date=datetime.date.fromisoformat(data["date"]),
                kind=data["kind"],
                cover=image,
            )
            page.files = [
                PublicationFile(language=lang, document=self.document(data, lang), sort_order=order)
                for order, lang in enumerate(data["languages"])
            ]
            self._add(index, page, programmes)

    @staticmethod
    def document(data, language):
        """A one-page PDF that says it is a placeholder."""
        title = data["title"].get(language, data["title"]["en"])
        page = PILImage.new("RGB", (1240, 1754), "white")
        draw = ImageDraw.Draw(page)
        font = ImageFont.load_default(size=44)
        draw.text((120, 200), title, fill="black", font=font)
        draw.text(
            (120, 320),
            DEMO_NOTE.get(language, DEMO_NOTE["en"]),
            fill="black",
            font=ImageFont.load_default(size=28),
        )
        buffer = io.BytesIO()
        page.save(buffer, format="PDF", resolution=150)
        filename = f"{data['key']}-{language}.pdf"
        document = Document(
            title=f"{title} ({language})", file=ContentFile(buffer.getvalue(), name=filename)
        )
        document._set_document_file_metadata()  # size and hash, as the admin's upload does
        document.save()
        return document


def load(home, programmes, publish):
    Loader(home, programmes, publish).load()
