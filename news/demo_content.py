"""Demo news, events and publications. The news retell facts from the programme sources
(projects/demo/content) in our own words; their publication dates, the events and the
documents are made up, and every page of them says so (DEMO_NOTE)."""

INDEX_TITLES = {
    "news": {
        "bg": "Новини", "cs": "Aktuality", "da": "Nyheder", "de": "Aktuelles", "el": "Νέα",
        "en": "News", "es": "Noticias", "et": "Uudised", "fi": "Uutiset", "fr": "Actualités",
        "ga": "Nuacht", "hr": "Vijesti", "hu": "Hírek", "it": "Notizie", "lt": "Naujienos",
        "lv": "Jaunumi", "mt": "Aħbarijiet", "nl": "Nieuws", "pl": "Aktualności",
        "pt": "Notícias", "ro": "Știri", "sk": "Aktuality", "sl": "Novice", "sv": "Nyheter",
        "uk": "Новини",
    },
    "events": {
        "bg": "Събития", "cs": "Akce", "da": "Arrangementer", "de": "Veranstaltungen",
        "el": "Εκδηλώσεις", "en": "Events", "es": "Eventos", "et": "Üritused",
        "fi": "Tapahtumat", "fr": "Événements", "ga": "Imeachtaí", "hr": "Događanja",
        "hu": "Események", "it": "Eventi", "lt": "Renginiai", "lv": "Pasākumi",
        "mt": "Avvenimenti", "nl": "Evenementen", "pl": "Wydarzenia", "pt": "Eventos",
        "ro": "Evenimente", "sk": "Podujatia", "sl": "Dogodki", "sv": "Evenemang",
        "uk": "Події",
    },
    "publications": {
        "bg": "Публикации", "cs": "Publikace", "da": "Publikationer", "de": "Publikationen",
        "el": "Δημοσιεύσεις", "en": "Publications", "es": "Publicaciones",
        "et": "Väljaanded", "fi": "Julkaisut", "fr": "Publications", "ga": "Foilseacháin",
        "hr": "Publikacije", "hu": "Kiadványok", "it": "Pubblicazioni", "lt": "Leidiniai",
        "lv": "Publikācijas", "mt": "Pubblikazzjonijiet", "nl": "Publicaties",
        "pl": "Publikacje", "pt": "Publicações", "ro": "Publicații", "sk": "Publikácie",
        "sl": "Publikacije", "sv": "Publikationer", "uk": "Публікації",
    },
}  # fmt: skip

INTROS = {
    "news": {
        "en": "What is happening in CEMR's projects and programmes.",
        "fr": "Ce qui se passe dans les projets et programmes du CCRE.",
        "de": "Was in den Projekten und Programmen des RGRE geschieht.",
    },
    "events": {
        "en": "Conferences, ceremonies and online meetings of CEMR's programmes.",
        "fr": "Conférences, cérémonies et réunions en ligne des programmes du CCRE.",
        "de": "Konferenzen, Feierstunden und Online-Treffen der Programme des RGRE.",
    },
    "publications": {
        "en": "Handbooks, guides and reports to download, in the languages they exist in.",
        "fr": "Manuels, guides et rapports à télécharger, dans les langues disponibles.",
        "de": "Handbücher, Leitfäden und Berichte zum Herunterladen, in den vorhandenen Sprachen.",
    },
}

DEMO_NOTE = {
    "en": "Example for the demonstration site: the date and the details of this item are made up.",
    "fr": "Exemple pour le site de démonstration : la date et les détails de cet élément sont inventés.",
    "de": "Beispiel für die Demonstrationsseite: Datum und Einzelheiten dieses Eintrags sind erfunden.",
}

NEWS = [
    {
        "key": "bridges-start",
        "date": "2021-03-15",
        "programmes": ["bridges-of-trust"],
        "title": {
            "en": "Bridges of Trust sets out to build ten partnerships with Ukraine",
            "fr": "Bridges of Trust veut créer dix partenariats avec l’Ukraine",
            "de": "Bridges of Trust will zehn Partnerschaften mit der Ukraine aufbauen",
        },
        "summary": {
            "en": "CEMR and PLATFORMA have begun work on Bridges of Trust, which aims at ten "
            "new partnerships between Ukrainian municipalities and municipalities in EU "
            "member states.",
            "fr": "Le CCRE et PLATFORMA ont lancé Bridges of Trust, qui vise dix nouveaux "
            "partenariats entre communes ukrainiennes et communes des États membres de l’UE.",
            "de": "Der RGRE und PLATFORMA haben mit Bridges of Trust begonnen: Ziel sind zehn "
            "neue Partnerschaften zwischen ukrainischen Kommunen und Kommunen in der EU.",
        },
        "body": {
            "en": "<p>The project builds on Ukraine’s decentralisation reform, under way since "
            "2014, and on CEMR’s long experience of municipal cooperation. It is carried out "
            "with the Association of Ukrainian Cities and supported by U-LEAD with Europe.</p>",
            "fr": "<p>Le projet s’appuie sur la réforme de décentralisation engagée en Ukraine "
            "depuis 2014 et sur la longue expérience du CCRE en matière de coopération entre "
            "communes. Il est mené avec l’Association des villes ukrainiennes et soutenu par "
            "U-LEAD with Europe.</p>",
        },
    },
    {
        "key": "bridges-thirty",
        "date": "2022-11-01",
        "programmes": ["bridges-of-trust", "town-twinning"],
        "title": {
            "en": "Thirty Ukrainian municipalities get support to find an EU partner",
            "fr": "Trente communes ukrainiennes accompagnées vers un partenaire dans l’UE",
            "de": "Dreißig ukrainische Kommunen erhalten Hilfe bei der Partnersuche in der EU",
        },
        "summary": {
            "en": "From November 2022 to the end of September 2023, Bridges of Trust helps 30 "
            "Ukrainian municipalities develop a partnership with a municipality in the EU.",
            "fr": "De novembre 2022 à fin septembre 2023, Bridges of Trust aide 30 communes "
            "ukrainiennes à construire un partenariat avec une commune de l’UE.",
            "de": "Von November 2022 bis Ende September 2023 unterstützt Bridges of Trust 30 "
            "ukrainische Kommunen beim Aufbau einer Partnerschaft mit einer EU-Kommune.",
        },
        "body": {
            "en": "<p>Associations of local governments from ten EU member states take part. "
            "The work also prepares joint, gender-sensitive project proposals for EU funding "
            "for reconstruction.</p>",
        },
    },
    {
        "key": "covenant-signatories",
        "date": "2025-05-20",
        "programmes": ["covenant-of-mayors"],
        "title": {
            "en": "The Covenant of Mayors counts more than 11,000 signatories",
            "fr": "La Convention des maires compte plus de 11 000 signataires",
            "de": "Der Konvent der Bürgermeister zählt über 11.000 Unterzeichner",
        },
        "summary": {
            "en": "Launched by the European Commission in 2008, the Covenant now brings "
            "together more than 11,000 local governments committed to the EU’s climate and "
            "energy goals.",
            "fr": "Lancée par la Commission européenne en 2008, la Convention réunit désormais "
            "plus de 11 000 collectivités engagées pour les objectifs climat-énergie de l’UE.",
            "de": "Der 2008 von der Europäischen Kommission ins Leben gerufene Konvent vereint "
            "heute über 11.000 Kommunen, die sich den Klima- und Energiezielen der EU "
            "verpflichten.",
        },
        "body": {
            "en": "<p>Each signatory submits a Sustainable Energy and Climate Action Plan within "
            "two years of joining and reports on its progress every two years.</p>",
        },
    },
    {
        "key": "rfsc-tool",
        "date": "2025-09-10",
        "programmes": ["rfsc"],
        "title": {
            "en": "RFSC: a free self-assessment for cities of every size",
            "fr": "RFSC : une autoévaluation gratuite pour les villes de toutes tailles",
            "de": "RFSC: eine kostenlose Selbstbewertung für Städte jeder Größe",
        },
        "summary": {
            "en": "The Reference Framework for Sustainable Cities guides local governments "
            "in three steps: assess priorities, decide on actions, and monitor progress.",
            "fr": "Le Cadre de référence pour des villes durables guide les collectivités en "
            "trois étapes : évaluer les priorités, décider des actions, suivre les progrès.",
            "de": "Der Referenzrahmen für nachhaltige Städte begleitet Kommunen in drei "
            "Schritten: Prioritäten bewerten, Maßnahmen festlegen, Fortschritte verfolgen.",
        },
        "body": {
            "en": "<p>The tool measures local strategies against a European framework aligned "
            "with the New Leipzig Charter and the Sustainable Development Goals, and helps "
            "cities prepare Voluntary Local Reviews.</p>",
        },
    },
    {
        "key": "twinning-focus-group",
        "date": "2026-02-03",
        "programmes": ["town-twinning"],
        "title": {
            "en": "Focus group on town twinning shares its recommendations",
            "fr": "Le groupe de réflexion sur les jumelages partage ses recommandations",
            "de": "Fokusgruppe Städtepartnerschaften teilt ihre Empfehlungen",
        },
        "summary": {
            "en": "Twinning coordinators and experts from CEMR’s member associations advise the "
            "European Commission on new forms of twinning.",
            "fr": "Des coordinateurs et experts des jumelages issus des associations membres du "
            "CCRE conseillent la Commission européenne sur les nouvelles formes de jumelage.",
            "de": "Partnerschaftsbeauftragte und Fachleute aus den Mitgliedsverbänden des RGRE "
            "beraten die Europäische Kommission zu neuen Formen der Städtepartnerschaft.",
        },
        "body": {
            "en": "<p>The group promotes, follows and develops twinning, from cultural exchange "
            "to technical cooperation on water management, economic development and social "
            "services.</p>",
        },
    },
]

# Days from the day the demo is loaded, so the demo always has upcoming and past events.
EVENTS = [
    {
        "key": "twinning-conference",
        "days": 40,
        "length_days": 1,
        "start_time": "09:30",
        "end_time": "17:00",
        "attendance": "in_person",
        "venue": "Example conference centre",
        "city": "Brussels",
        "country": "BE",
        "registration_days": 30,
        "programmes": ["town-twinning"],
        "title": {
            "en": "Example: conference on the future of town twinning",
            "fr": "Exemple : conférence sur l’avenir des jumelages",
            "de": "Beispiel: Konferenz zur Zukunft der Städtepartnerschaften",
        },
        "summary": {
            "en": "Twinning coordinators, mayors and associations meet to share what makes a "
            "partnership last.",
            "fr": "Coordinateurs de jumelage, maires et associations partagent ce qui fait "
            "durer un partenariat.",
            "de": "Partnerschaftsbeauftragte, Bürgermeister und Verbände tauschen sich darüber "
            "aus, was eine Partnerschaft trägt.",
        },
    },
    {
        "key": "covenant-webinar",
        "days": 75,
        "length_days": 1,
        "start_time": "14:00",
        "end_time": "15:30",
        "attendance": "online",
        "online_url": "https://example.org/covenant-webinar",
        "programmes": ["covenant-of-mayors"],
        "title": {
            "en": "Example: online meeting on climate action plans",
            "fr": "Exemple : réunion en ligne sur les plans d’action climat",
            "de": "Beispiel: Online-Treffen zu Klimaaktionsplänen",
        },
        "summary": {
            "en": "How signatories prepare and report on their Sustainable Energy and Climate "
            "Action Plan.",
            "fr": "Comment les signataires préparent leur plan d’action en faveur de l’énergie "
            "durable et du climat et en rendent compte.",
            "de": "Wie Unterzeichner ihren Aktionsplan für nachhaltige Energie und Klima "
            "erstellen und darüber berichten.",
        },
    },
    {
        "key": "bridges-workshop",
        "days": -60,
        "length_days": 2,
        "start_time": "10:00",
        "end_time": "13:00",
        "attendance": "hybrid",
        "venue": "Example meeting hall",
        "city": "Brussels",
        "country": "BE",
        "online_url": "https://example.org/bridges-workshop",
        "programmes": ["bridges-of-trust"],
        "title": {
            "en": "Example: workshop for Ukrainian and EU partner municipalities",
            "fr": "Exemple : atelier des communes partenaires ukrainiennes et européennes",
            "de": "Beispiel: Workshop ukrainischer und europäischer Partnerkommunen",
        },
        "summary": {
            "en": "Partner municipalities work on joint project proposals for reconstruction.",
            "fr": "Les communes partenaires préparent des propositions de projets communs "
            "pour la reconstruction.",
            "de": "Partnerkommunen arbeiten an gemeinsamen Projektvorschlägen für den "
            "Wiederaufbau.",
        },
    },
]

PUBLICATIONS = [
    {
        "key": "twinning-handbook",
        "date": "2025-03-01",
        "kind": "handbook",
        "programmes": ["town-twinning"],
        "languages": ["en", "fr", "de"],
        "title": {
            "en": "Example: a handbook for town twinning",
            "fr": "Exemple : un manuel du jumelage",
            "de": "Beispiel: ein Handbuch für Städtepartnerschaften",
        },
        "summary": {
            "en": "How to find a partner, plan exchanges and keep a partnership alive. "
            "A placeholder document for the demonstration site.",
            "fr": "Trouver un partenaire, préparer des échanges, faire vivre un partenariat. "
            "Un document d’exemple pour le site de démonstration.",
            "de": "Einen Partner finden, Begegnungen planen, eine Partnerschaft lebendig halten. "
            "Ein Platzhalter-Dokument für die Demonstrationsseite.",
        },
    },
    {
        "key": "rfsc-guide",
        "date": "2025-10-01",
        "kind": "guide",
        "programmes": ["rfsc"],
        "languages": ["en", "fr"],
        "title": {
            "en": "Example: the RFSC in three steps",
            "fr": "Exemple : le RFSC en trois étapes",
        },
        "summary": {
            "en": "Assess, act, monitor: a short guide to the self-assessment tool. A "
            "placeholder document for the demonstration site.",
            "fr": "Évaluer, agir, suivre : un guide court de l’outil d’autoévaluation. Un "
            "document d’exemple pour le site de démonstration.",
        },
    },
]
