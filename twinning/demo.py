"""Demo data for the twinning app: a realistic subset of profiles enriched with themes,
languages and descriptions, twinning links (some EU–Ukraine pairs of the Bridges of Trust
kind) and a few partnership requests in each status. Contact addresses use example.org.

Profiles are matched to imported GeoNames places by name and country, or created when the
import has not run (as in the tests). Links and requests are illustrative demo data."""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from . import reference_data
from .models import (
    Language,
    Municipality,
    Participation,
    PartnershipRequest,
    Theme,
    TwinningLink,
)
from .services import record_status, unique_slug

# name, country, population, latitude, longitude, themes, languages, seeking, description
PROFILES = [
    (
        "Lviv",
        "UA",
        717_273,
        "49.83826",
        "24.02324",
        ["culture", "reconstruction", "digital"],
        ["uk", "en", "pl"],
        True,
        "A university and cultural centre of western Ukraine that hosts many displaced people and seeks partners for housing, culture and digital public services.",
    ),
    (
        "Chernihiv",
        "UA",
        285_234,
        "51.50551",
        "31.28487",
        ["reconstruction", "water-management", "social-services"],
        ["uk", "en"],
        True,
        "A historic city in northern Ukraine rebuilding schools, water networks and social services damaged in 2022.",
    ),
    (
        "Bucha",
        "UA",
        28_533,
        "50.54345",
        "30.21201",
        ["reconstruction", "youth", "social-services"],
        ["uk", "en"],
        True,
        "A town near Kyiv working with European partners on reconstruction, psychological support and youth programmes.",
    ),
    (
        "Irpin",
        "UA",
        40_595,
        "50.52175",
        "30.25055",
        ["reconstruction", "mobility", "culture"],
        ["uk", "en", "de"],
        True,
        "A commuter town near Kyiv rebuilding bridges, housing and public spaces with the help of partner cities.",
    ),
    (
        "Mykolaiv",
        "UA",
        476_101,
        "46.96591",
        "31.9974",
        ["water-management", "reconstruction", "economic-development"],
        ["uk", "en"],
        True,
        "A shipbuilding city on the Southern Bug that needs partners for drinking water supply and economic recovery.",
    ),
    (
        "Zhytomyr",
        "UA",
        268_000,
        "50.26487",
        "28.67669",
        ["digital", "education", "climate-energy"],
        ["uk", "en", "pl"],
        True,
        "A regional centre known for its smart-city projects, looking for partners in energy efficiency and education.",
    ),
    (
        "Lutsk",
        "UA",
        213_661,
        "50.75932",
        "25.34244",
        ["culture", "tourism", "youth"],
        ["uk", "pl", "en"],
        False,
        "The capital of Volyn, with long-standing partners in Poland and an active youth exchange programme.",
    ),
    (
        "Wrocław",
        "PL",
        634_893,
        "51.1",
        "17.03333",
        ["culture", "education", "economic-development"],
        ["pl", "en", "de"],
        False,
        "A university city in Lower Silesia with a wide network of partner cities and experience in European programmes.",
    ),
    (
        "Lublin",
        "PL",
        360_044,
        "51.25",
        "22.56667",
        ["culture", "youth", "reconstruction"],
        ["pl", "uk", "en"],
        True,
        "A city in eastern Poland with close ties to Ukrainian municipalities and programmes for young people.",
    ),
    (
        "Bordeaux",
        "FR",
        252_040,
        "44.84044",
        "-0.5805",
        ["culture", "climate-energy", "tourism"],
        ["fr", "en", "es"],
        False,
        "A port city on the Garonne engaged in climate adaptation and cultural cooperation across Europe.",
    ),
    (
        "Strasbourg",
        "FR",
        274_845,
        "48.58392",
        "7.74553",
        ["citizenship", "culture", "mobility"],
        ["fr", "de", "en"],
        True,
        "A European capital on the Rhine with expertise in cross-border cooperation and sustainable transport.",
    ),
    (
        "Freiburg",
        "DE",
        215_966,
        "47.9959",
        "7.85222",
        ["climate-energy", "mobility", "education"],
        ["de", "fr", "en"],
        True,
        "A green city known for solar energy, car-free districts and citizen participation in urban planning.",
    ),
    (
        "Leipzig",
        "DE",
        587_857,
        "51.33962",
        "12.37129",
        ["culture", "economic-development", "social-services"],
        ["de", "en", "pl"],
        False,
        "A city in Saxony that gave its name to the Leipzig Charter on sustainable European cities.",
    ),
    (
        "Ghent",
        "BE",
        262_219,
        "51.05",
        "3.71667",
        ["climate-energy", "youth", "citizenship"],
        ["nl", "fr", "en"],
        True,
        "A Flemish city with strong youth participation and an ambitious local climate plan.",
    ),
    (
        "Utrecht",
        "NL",
        290_529,
        "52.09083",
        "5.12222",
        ["mobility", "water-management", "digital"],
        ["nl", "en", "de"],
        False,
        "A Dutch city famous for cycling infrastructure and water management in a growing urban area.",
    ),
    (
        "Turin",
        "IT",
        870_456,
        "45.07049",
        "7.68682",
        ["economic-development", "culture", "digital"],
        ["it", "fr", "en"],
        True,
        "An industrial and cultural city in Piedmont working on innovation and the reuse of former industrial sites.",
    ),
    (
        "Valencia",
        "ES",
        814_208,
        "39.47391",
        "-0.37966",
        ["water-management", "climate-energy", "tourism"],
        ["es", "en", "fr"],
        True,
        "A Mediterranean city that shares its experience of water management, urban gardens and green transition.",
    ),
    (
        "Tartu",
        "EE",
        91_407,
        "58.38062",
        "26.72509",
        ["digital", "education", "youth"],
        ["et", "en", "fi"],
        True,
        "Estonia's university town, active in e-government and youth exchanges with Nordic and Ukrainian partners.",
    ),
    (
        "Tampere",
        "FI",
        241_009,
        "61.49911",
        "23.78712",
        ["digital", "education", "social-services"],
        ["fi", "sv", "en"],
        False,
        "A Finnish city with a strong background in technology, education and social innovation.",
    ),
    (
        "Aarhus",
        "DK",
        285_273,
        "56.15674",
        "10.21076",
        ["culture", "climate-energy", "youth"],
        ["da", "en", "de"],
        True,
        "Denmark's second city, a former European Capital of Culture with a carbon-neutral goal.",
    ),
    (
        "Cluj-Napoca",
        "RO",
        324_576,
        "46.76667",
        "23.6",
        ["digital", "youth", "economic-development"],
        ["ro", "hu", "en"],
        True,
        "A fast-growing university city in Transylvania with a vibrant technology sector.",
    ),
    (
        "Brno",
        "CZ",
        369_559,
        "49.19522",
        "16.60796",
        ["education", "digital", "culture"],
        ["cs", "en", "de"],
        False,
        "The second city of Czechia, home to universities and research centres open to European cooperation.",
    ),
    (
        "Košice",
        "SK",
        240_433,
        "48.71395",
        "21.25808",
        ["culture", "reconstruction", "economic-development"],
        ["sk", "hu", "uk"],
        True,
        "An eastern Slovak city near the Ukrainian border, active in cross-border cooperation and culture.",
    ),
    (
        "Graz",
        "AT",
        222_326,
        "47.06667",
        "15.45",
        ["gender-equality", "social-services", "citizenship"],
        ["de", "en", "sl"],
        False,
        "Austria's second city, a signatory of the European Charter for Equality of Women and Men in Local Life.",
    ),
]

# first, second, kind, since
LINKS = [
    ("Wrocław", "Lviv", TwinningLink.Kind.PARTNERSHIP, None),
    ("Lublin", "Lutsk", TwinningLink.Kind.TWINNING, None),
    ("Freiburg", "Lviv", TwinningLink.Kind.TWINNING, None),
    ("Strasbourg", "Freiburg", TwinningLink.Kind.PARTNERSHIP, None),
    ("Ghent", "Chernihiv", TwinningLink.Kind.BRIDGES_OF_TRUST, 2023),
    ("Aarhus", "Bucha", TwinningLink.Kind.BRIDGES_OF_TRUST, 2023),
    ("Tartu", "Irpin", TwinningLink.Kind.BRIDGES_OF_TRUST, 2023),
    ("Košice", "Mykolaiv", TwinningLink.Kind.BRIDGES_OF_TRUST, 2023),
    ("Valencia", "Zhytomyr", TwinningLink.Kind.BRIDGES_OF_TRUST, 2023),
]

# Made up, like the links: the site's "demonstration data" notice says so on every page.
# municipality, programme page slug, kind, since
PARTICIPATIONS = [
    ("Graz", "equality-charter", Participation.Kind.SIGNATORY, None),
    ("Freiburg", "covenant-of-mayors", Participation.Kind.SIGNATORY, None),
    ("Strasbourg", "rfsc", Participation.Kind.USER, None),
    ("Ghent", "bridges-of-trust", Participation.Kind.PARTNER, 2023),
    ("Chernihiv", "bridges-of-trust", Participation.Kind.PARTNER, 2023),
    ("Aarhus", "bridges-of-trust", Participation.Kind.PARTNER, 2023),
    ("Bucha", "bridges-of-trust", Participation.Kind.PARTNER, 2023),
    ("Tartu", "bridges-of-trust", Participation.Kind.PARTNER, 2023),
    ("Irpin", "bridges-of-trust", Participation.Kind.PARTNER, 2023),
]

# municipality, country, contact, language, status, themes, message
REQUESTS = [
    (
        "Zvenyhorodka",
        "UA",
        "Olena Kovalenko",
        "uk",
        PartnershipRequest.Status.NEW,
        ["reconstruction", "youth"],
        "Ми шукаємо партнера для обміну молоддю та відбудови шкіл.",
    ),
    (
        "Saint-Dié-des-Vosges",
        "FR",
        "Claire Martin",
        "fr",
        PartnershipRequest.Status.IN_REVIEW,
        ["culture", "education"],
        "Notre ville souhaite un jumelage avec une commune ukrainienne autour de la culture et de l'éducation.",
    ),
    (
        "Bad Nauheim",
        "DE",
        "Jonas Weber",
        "de",
        PartnershipRequest.Status.APPROVED,
        ["climate-energy"],
        "Wir suchen eine Partnerstadt für Projekte zur Energieeffizienz.",
    ),
    (
        "Rzeszów",
        "PL",
        "Anna Nowak",
        "pl",
        PartnershipRequest.Status.MATCHED,
        ["reconstruction", "social-services"],
        "Szukamy partnera na Ukrainie do współpracy w zakresie usług społecznych.",
    ),
    (
        "Cesena",
        "IT",
        "Marco Rossi",
        "it",
        PartnershipRequest.Status.DECLINED,
        ["tourism"],
        "Cerchiamo un partner per progetti turistici.",
    ),
    (
        "Example Town",
        "GB",
        "Buy Now",
        "en",
        PartnershipRequest.Status.SPAM,
        [],
        "Cheap offers for your municipality, click here.",
    ),
]


@transaction.atomic
def load():
    """Create what is missing; returns how many objects were created."""
    created = 0
    reference_data.ensure(Theme, Language)  # gone from a flushed test database
    themes = {t.slug: t for t in Theme.objects.all()}
    languages = {lang.code: lang for lang in Language.objects.all()}
    by_name = {}
    for (
        name,
        country,
        population,
        lat,
        lon,
        theme_slugs,
        language_codes,
        seeking,
        description,
    ) in PROFILES:
        municipality = (
            Municipality.objects.filter(name=name, country=country).order_by("-population").first()
        )
        if municipality is None:
            municipality = Municipality.objects.create(
                name=name,
                slug=unique_slug(name, country),
                country=country,
                population=population,
                latitude=Decimal(lat),
                longitude=Decimal(lon),
            )
            created += 1
        if not municipality.description:
            municipality.description = description
            municipality.description_en = description
            municipality.seeking_partner = seeking
            municipality.contact_name = "Twinning office"
            municipality.contact_email = f"twinning.{municipality.slug}@example.org"
            municipality.save()
            municipality.themes.set([themes[s] for s in theme_slugs])
            municipality.languages.set([languages[c] for c in language_codes])
        by_name[name] = municipality
    for first, second, kind, since in LINKS:
        _link, was_created = TwinningLink.objects.get_or_create(
            first=by_name[first], second=by_name[second], kind=kind, defaults={"since": since}
        )
        created += was_created
    created += load_participations(by_name)
    for index, (name, country, contact, language, status, theme_slugs, message) in enumerate(
        REQUESTS
    ):
        if PartnershipRequest.objects.filter(submission_token=f"demo-{index}").exists():
            continue
        request = PartnershipRequest.objects.create(
            submission_token=f"demo-{index}",
            municipality_name=name,
            country=country,
            contact_name=contact,
            contact_email=f"demo-request-{index}@example.org",
            language=language,
            status=status,
            message=message,
            consent=True,
            consent_at=timezone.now(),
            wished_countries=["UA"] if country != "UA" else ["PL", "DE"],
        )
        request.wished_themes.set([themes[s] for s in theme_slugs])
        record_status(request, PartnershipRequest.Status.NEW, at=request.created_at)
        if status != PartnershipRequest.Status.NEW:
            record_status(request, status)
        created += 1
    return created


def load_participations(by_name):
    """The demo programme memberships, for the programme pages that exist."""
    from projects.models import ProgrammePage

    pages = {page.slug: page for page in ProgrammePage.objects.all()}
    created = 0
    for name, slug, kind, since in PARTICIPATIONS:
        if slug in pages and name in by_name:
            _row, was_created = Participation.objects.get_or_create(
                municipality=by_name[name],
                programme=pages[slug],
                defaults={"kind": kind, "since": since},
            )
            created += was_created
    return created
