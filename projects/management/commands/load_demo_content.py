"""Build the demo page tree from projects/demo/content/; safe to run again.

Pages and snippets that already exist are left as they are, so a second run changes
nothing and never overwrites an editor's work.
"""

import datetime

from django.conf import settings as django_settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from wagtail.models import Collection, Locale, Page, Site

from cemr_site import page_cache
from cemr_site.models import SiteSettings
from news import demo as news_demo
from projects.demo import content
from projects.models import (
    ContactPerson,
    HomePage,
    PartnerOrganisation,
    ProgrammeContact,
    ProgrammeIndexPage,
    ProgrammePage,
    ProgrammePartner,
    ProgrammeRelation,
    StandardPage,
)
from twinning import demo as twinning_demo


def translated(field, values):
    """Per-language keyword arguments, e.g. title_en=..., title_fr=..."""
    kwargs = {f"{field}_{lang}": value for lang, value in values.items()}
    kwargs[field] = values["en"]
    return kwargs


class Command(BaseCommand):
    help = "Create the demo pages, snippets and site settings (idempotent)."

    def handle(self, *args, **options):
        self.created = 0
        # Untranslated names (page.title) write to the active language's column.
        with translation.override(django_settings.LANGUAGE_CODE), transaction.atomic():
            home = self.home_page()
            contacts = self.snippets(ContactPerson, content.CONTACTS, self.contact_fields)
            partners = self.snippets(PartnerOrganisation, content.PARTNERS, self.partner_fields)
            index = self.index_page(home)
            programmes = self.programmes(index, contacts, partners)
            pages = self.standard_pages(home)
            self.site_settings(pages)
            news_demo.load(home, programmes, self.publish)
            self.created += twinning_demo.load()
        # Some of it is written without signals (slugs, the site's root page).
        page_cache.invalidate()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {len(programmes)} programmes, {self.created} new objects."
            )
        )

    # --- pages ---------------------------------------------------------------------------

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def home_page(self):
        home = HomePage.objects.first()
        if home:
            return home
        root = self.tree_root()
        data = content.HOME
        # Wagtail's placeholder welcome page holds the slug "home": free it first.
        placeholders = list(root.get_children())
        root.get_children().update(slug="placeholder", slug_en="placeholder")
        home = HomePage(
            **translated("title", data["title"]),
            **translated("slug", data["slug"]),
            **translated("intro", data["intro"]),
        )
        self.publish(root, home)
        sites = Site.objects.all()
        if sites:
            sites.update(root_page=home)
        else:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        for placeholder in placeholders:
            placeholder.delete()
        return home

    @staticmethod
    def tree_root():
        """Wagtail's migrations make the root page, locale and collection; a flushed
        test database has none of them."""
        Locale.objects.get_or_create(language_code=django_settings.LANGUAGE_CODE)
        if not Collection.objects.exists():
            Collection.add_root(name="Root")
        return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))

    def index_page(self, home):
        index = ProgrammeIndexPage.objects.child_of(home).first()
        if index:
            return index
        data = content.INDEX
        intro = {lang: f"<p>{text}</p>" for lang, text in data["intro"].items()}
        return self.publish(
            home,
            ProgrammeIndexPage(
                **translated("title", data["title"]),
                **translated("slug", data["slug"]),
                **translated("intro", intro),
                show_in_menus=True,
            ),
        )

    def programmes(self, index, contacts, partners):
        pages = {}
        for data in content.PROGRAMMES:
            page = ProgrammePage.objects.child_of(index).filter(slug_en=data["slug"]["en"]).first()
            if page is None:
                page = ProgrammePage(
                    **translated("title", data["title"]),
                    **translated("slug", data["slug"]),
                    **translated("summary", data["summary"]),
                    start_date=self.date(data.get("start_date")),
                    end_date=self.date(data.get("end_date")),
                    date_precision=data.get("date_precision", ProgrammePage.Precision.DAY),
                    # No picture: the map of where the participants are is the
                    # programme's visual (an editor's hero image replaces it).
                    website=data.get("website", ""),
                )
                for lang, blocks in data["body"].items():
                    setattr(page, f"body_{lang}", self.blocks(blocks, contacts, partners, pages))
                page.body = page.body_en
                page.partner_links = [
                    ProgrammePartner(partner=partners[key]) for key in data["partners"]
                ]
                page.contact_links = [
                    ProgrammeContact(person=contacts[key]) for key in data["contacts"]
                ]
                self.publish(index, page)
            pages[data["key"]] = page
        # Relations need every programme to exist first.
        for data in content.PROGRAMMES:
            page = pages[data["key"]]
            if page.related_links.exists() or not data.get("related"):
                continue
            for order, key in enumerate(data["related"]):
                ProgrammeRelation.objects.create(page=page, programme=pages[key], sort_order=order)
        return pages

    def standard_pages(self, home):
        pages = {}
        for data in content.STANDARD_PAGES:
            page = StandardPage.objects.child_of(home).filter(slug_en=data["slug"]["en"]).first()
            if page is None:
                page = StandardPage(
                    **translated("title", data["title"]),
                    **translated("slug", data["slug"]),
                    **translated("intro", data["intro"]),
                    show_in_menus=data["key"] == "about",
                )
                for lang, blocks in data["body"].items():
                    setattr(page, f"body_{lang}", self.blocks(blocks, {}, {}, {}))
                page.body = page.body_en
                self.publish(home, page)
            pages[data["key"]] = page
        return pages

    def site_settings(self, pages):
        for site in Site.objects.all():
            settings = SiteSettings.for_site(site)
            if not settings.demonstration_data:
                # The twinning demo links real towns at random: the site must say so.
                settings.demonstration_data = True
                settings.save(update_fields=["demonstration_data"])
            if settings.accessibility_page is None and pages.get("accessibility"):
                settings.accessibility_page = pages["accessibility"]
                settings.save(update_fields=["accessibility_page"])
            if settings.address:
                continue
            data = content.SITE_SETTINGS
            for field in ("organisation_name", "address"):
                for lang, value in data[field].items():
                    setattr(settings, f"{field}_{lang}", value)
                setattr(settings, field, data[field]["en"])
            for field in ("email", "phone", "linkedin_url", "x_url", "facebook_url", "youtube_url"):
                setattr(settings, field, data.get(field, ""))
            settings.about_page = pages.get("about")
            settings.privacy_page = pages.get("privacy")
            settings.legal_page = pages.get("legal")
            settings.accessibility_page = pages.get("accessibility")
            settings.moderator_emails = "twinning@ccre-cemr.org"
            settings.save()
            self.created += 1

    # --- snippets and blocks -----------------------------------------------------------

    def snippets(self, model, items, fields):
        objects = {}
        for data in items:
            values = fields(data)
            lookup = (
                {"name_en": data["name"]["en"]}
                if isinstance(data["name"], dict)
                else {"name": data["name"]}
            )
            obj = model.objects.filter(**lookup).first()
            if obj is None:
                obj = model.objects.create(**values)
                self.created += 1
            objects[data["key"]] = obj
        return objects

    @staticmethod
    def contact_fields(data):
        return {
            "name": data["name"],
            **translated("role", data["role"]),
            "phone": data.get("phone", ""),
            "email": data.get("email", ""),
        }

    @staticmethod
    def partner_fields(data):
        return {**translated("name", data["name"]), "url": data.get("url", "")}

    @staticmethod
    def blocks(blocks, contacts, partners, programmes):
        """Resolve the snippet and page keys of the content file into ids."""
        resolved = []
        for block in blocks:
            value = block["value"]
            if block["type"] == "contact_person":
                value = {**value, "person": contacts[value["person"]].pk}
            elif block["type"] == "partner_list":
                value = {**value, "partners": [partners[key].pk for key in value["partners"]]}
            elif block["type"] == "link_list":
                links = []
                for link in value["links"]:
                    page = programmes.get(link.get("page")) if link.get("page") else None
                    if link.get("page") and page is None:
                        continue  # a programme defined later in the file
                    links.append(
                        {**link, "page": page.pk if page else None, "url": link.get("url", "")}
                    )
                value = {**value, "links": links}
            resolved.append({"type": block["type"], "value": value})
        return resolved

    @staticmethod
    def date(value):
        return datetime.date.fromisoformat(value) if value else None
