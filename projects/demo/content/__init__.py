"""Demo content for the CEMR website: pages, snippets and site settings.

Pure data, read by ``manage.py load_demo_content``. Translated fields are dicts keyed by
language code; StreamField bodies are lists of ``{"type": ..., "value": ...}`` blocks whose
snippet and page references use the ``key`` of the item they point to.
"""

from . import languages
from .bridges_de import BRIDGES_BODY_DE
from .bridges_en import BRIDGES_BODY_EN
from .bridges_fr import BRIDGES_BODY_FR
from .bridges_uk import BRIDGES_BODY_UK
from .covenant import COVENANT_BODY_EN
from .covenant_fr import COVENANT_BODY_FR
from .equality import EQUALITY_BODY_EN
from .equality_fr import EQUALITY_BODY_FR
from .rfsc import RFSC_BODY_EN
from .rfsc_fr import RFSC_BODY_FR
from .site import CONTACTS, HOME, INDEX, LANGS, PARTNERS, SITE_SETTINGS
from .standard_pages import STANDARD_PAGES
from .twinning import TWINNING_BODY_EN
from .twinning_de import TWINNING_BODY_DE
from .twinning_fr import TWINNING_BODY_FR
from .twinning_uk import TWINNING_BODY_UK

__all__ = [
    "CONTACTS",
    "HOME",
    "INDEX",
    "LANGS",
    "PARTNERS",
    "PROGRAMMES",
    "SITE_SETTINGS",
    "STANDARD_PAGES",
]

# Programmes, in display order.
PROGRAMMES = [
    {
        "key": "bridges-of-trust",
        "title": {
            "en": "Bridges of Trust",
            "fr": "Ponts de confiance",
            "de": "Brücken des Vertrauens",
            "uk": "Мости довіри",
        },
        "slug": {
            "en": "bridges-of-trust",
            "fr": "ponts-de-confiance",
            "de": "bruecken-des-vertrauens",
            "uk": "mosty-doviry",
        },
        "summary": {
            "en": (
                "Since March 2021, CEMR and PLATFORMA have been helping Ukrainian municipalities "
                "build partnerships with municipalities in the EU, so that lasting local "
                "cooperation supports the reconstruction of Ukraine."
            ),
            "fr": (
                "Depuis mars 2021, le CCRE et PLATFORMA aident des communes ukrainiennes à nouer "
                "des partenariats avec des communes de l’UE, afin qu’une coopération locale "
                "durable soutienne la reconstruction de l’Ukraine."
            ),
            "de": (
                "Seit März 2021 unterstützen der RGRE und PLATFORMA ukrainische Kommunen dabei, "
                "Partnerschaften mit Kommunen in der EU aufzubauen, damit dauerhafte "
                "Zusammenarbeit den Wiederaufbau der Ukraine voranbringt."
            ),
            "uk": (
                "З березня 2021 року РЄМР і PLATFORMA допомагають українським громадам "
                "налагоджувати партнерства з муніципалітетами ЄС, щоб тривала співпраця на "
                "місцевому рівні сприяла відбудові України."
            ),
        },
        # The sources give the month only ("since March 2021") and no end.
        "start_date": "2021-03-01",
        "date_precision": "month",
        "end_date": None,
        "website": "",
        "partners": ["platforma", "auc", "u-lead"],
        "contacts": ["taran"],
        "related": ["town-twinning"],
        "body": {
            "en": BRIDGES_BODY_EN,
            "fr": BRIDGES_BODY_FR,
            "de": BRIDGES_BODY_DE,
            "uk": BRIDGES_BODY_UK,
        },
    },
    {
        "key": "covenant-of-mayors",
        "title": {
            "en": "Covenant of Mayors for Climate & Energy Europe",
            "fr": "Convention des maires pour le climat et l’énergie – Europe",
            "de": "Konvent der Bürgermeister für Klima und Energie – Europa",
            "uk": "Угода мерів щодо клімату та енергії – Європа",
        },
        "slug": {
            "en": "covenant-of-mayors",
            "fr": "convention-des-maires",
            "de": "konvent-der-buergermeister",
            "uk": "uhoda-meriv",
        },
        "summary": {
            "en": (
                "Launched by the European Commission in 2008, the Covenant brings together "
                "more than 11,000 local governments that voluntarily commit to delivering the "
                "EU’s climate and energy objectives."
            ),
            "fr": (
                "Lancée par la Commission européenne en 2008, la Convention réunit plus de "
                "11 000 collectivités locales qui s’engagent volontairement à mettre en œuvre "
                "les objectifs climatiques et énergétiques de l’UE."
            ),
            "de": (
                "Der 2008 von der Europäischen Kommission ins Leben gerufene Konvent vereint "
                "über 11.000 Kommunen, die sich freiwillig verpflichten, die Klima- und "
                "Energieziele der EU vor Ort umzusetzen."
            ),
            "uk": (
                "Започаткована Європейською комісією у 2008 році, Угода об’єднує понад 11 000 "
                "органів місцевого самоврядування, які добровільно зобов’язуються втілювати "
                "кліматичні та енергетичні цілі ЄС."
            ),
        },
        # The Covenant was launched in 2008; the sources give the year only.
        "start_date": "2008-01-01",
        "date_precision": "year",
        "end_date": None,
        "website": "https://eu-mayors.ec.europa.eu/",
        "partners": ["european-commission"],
        "contacts": [],
        "related": ["rfsc"],
        "body": {"en": COVENANT_BODY_EN, "fr": COVENANT_BODY_FR},
    },
    {
        "key": "rfsc",
        "title": {
            "en": "Reference Framework for Sustainable Cities (RFSC)",
            "fr": "Cadre de référence pour des villes durables (RFSC)",
            "de": "Referenzrahmen für nachhaltige Städte (RFSC)",
            "uk": "Референтна рамка для сталих міст (RFSC)",
        },
        "slug": {
            "en": "rfsc",
            "fr": "cadre-de-reference-villes-durables",
            "de": "referenzrahmen-nachhaltige-staedte",
            "uk": "referentna-ramka-stalykh-mist",
        },
        "summary": {
            "en": (
                "A free framework and self-assessment tool that helps local and regional "
                "governments shape integrated sustainable urban development strategies in line "
                "with the New Leipzig Charter and the SDGs."
            ),
            "fr": (
                "Un cadre et un outil d’autoévaluation gratuits qui aident les collectivités "
                "locales et régionales à bâtir des stratégies intégrées de développement urbain "
                "durable, conformes à la Nouvelle Charte de Leipzig et aux ODD."
            ),
            "de": (
                "Ein kostenloser Referenzrahmen mit Selbstbewertungsinstrument, der Kommunen "
                "und Regionen bei integrierten Strategien für nachhaltige Stadtentwicklung im "
                "Sinne der Neuen Leipzig-Charta und der SDGs unterstützt."
            ),
            "uk": (
                "Безкоштовна рамка та інструмент самооцінювання, що допомагають органам "
                "місцевої і регіональної влади розробляти інтегровані стратегії сталого "
                "міського розвитку відповідно до Нової Лейпцизької хартії та ЦСР."
            ),
        },
        "start_date": None,
        "end_date": None,
        "website": "http://rfsc.eu/",
        "partners": ["french-ministry", "cerema"],
        "contacts": [],
        "related": ["covenant-of-mayors"],
        "body": {"en": RFSC_BODY_EN, "fr": RFSC_BODY_FR},
    },
    {
        "key": "equality-charter",
        "title": {
            "en": "European Charter for Equality of Women and Men in Local Life",
            "fr": "Charte européenne pour l’égalité des femmes et des hommes dans la vie locale",
            "de": (
                "Europäische Charta für die Gleichstellung von Frauen und Männern auf lokaler Ebene"
            ),
            "uk": "Європейська хартія рівності жінок і чоловіків у місцевому житті",
        },
        "slug": {
            "en": "equality-charter",
            "fr": "charte-egalite",
            "de": "gleichstellungscharta",
            "uk": "khartiia-rivnosti",
        },
        "summary": {
            "en": (
                "Launched by CEMR in 2006, the Charter invites local and regional governments "
                "to commit publicly to equality of women and men and to put it into practice "
                "through an Equality Action Plan."
            ),
            "fr": (
                "Lancée par le CCRE en 2006, la Charte invite les collectivités locales et "
                "régionales à s’engager publiquement en faveur de l’égalité des femmes et des "
                "hommes et à la concrétiser par un plan d’action pour l’égalité."
            ),
            "de": (
                "Die 2006 vom RGRE ins Leben gerufene Charta lädt Kommunen und Regionen ein, "
                "sich öffentlich zur Gleichstellung von Frauen und Männern zu bekennen und sie "
                "mit einem Gleichstellungsaktionsplan umzusetzen."
            ),
            "uk": (
                "Започаткована РЄМР у 2006 році, Хартія закликає органи місцевої та "
                "регіональної влади публічно зобов’язатися дотримуватися рівності жінок і "
                "чоловіків і втілювати її через план дій з рівності."
            ),
        },
        "start_date": None,
        "end_date": None,
        "website": "https://charter-equality.eu/",
        "partners": [],
        "contacts": [],
        "related": ["town-twinning"],
        "body": {"en": EQUALITY_BODY_EN, "fr": EQUALITY_BODY_FR},
    },
    {
        "key": "town-twinning",
        "title": {
            "en": "Town Twinning",
            "fr": "Jumelage",
            "de": "Städtepartnerschaften",
            "uk": "Побратимство міст",
        },
        "slug": {
            "en": "town-twinning",
            "fr": "jumelage",
            "de": "staedtepartnerschaften",
            "uk": "pobratymstvo-mist",
        },
        "summary": {
            "en": (
                "Born after the Second World War to prevent new conflicts, town twinning still "
                "brings Europe’s citizens and municipalities together – today also around "
                "shared practical challenges."
            ),
            "fr": (
                "Né au lendemain de la Seconde Guerre mondiale pour prévenir de nouveaux "
                "conflits, le jumelage continue de rapprocher les citoyens et les communes "
                "d’Europe, aujourd’hui aussi autour de défis concrets partagés."
            ),
            "de": (
                "Nach dem Zweiten Weltkrieg entstanden, um neue Konflikte zu verhindern, "
                "bringen Städtepartnerschaften bis heute Menschen und Kommunen in Europa "
                "zusammen – inzwischen auch bei ganz praktischen Aufgaben."
            ),
            "uk": (
                "Побратимство міст, що виникло після Другої світової війни, аби запобігти "
                "новим конфліктам, і сьогодні зближує громадян і громади Європи – зокрема у "
                "розв’язанні спільних практичних завдань."
            ),
        },
        "start_date": None,
        "end_date": None,
        "website": "https://www.twinning.org/",
        "partners": [],
        "contacts": [],
        "related": ["bridges-of-trust", "equality-charter"],
        "body": {
            "en": TWINNING_BODY_EN,
            "fr": TWINNING_BODY_FR,
            "de": TWINNING_BODY_DE,
            "uk": TWINNING_BODY_UK,
        },
    },
]

# Every other language's texts (content/languages/), where none is written above.
languages.merge(HOME, INDEX, PROGRAMMES, STANDARD_PAGES, CONTACTS, PARTNERS, SITE_SETTINGS)
