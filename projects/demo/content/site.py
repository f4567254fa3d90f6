"""The home page, the programme index, the snippets and the site settings."""

LANGS = ("en", "fr", "de", "uk")


HOME = {
    "title": {
        "en": "Council of European Municipalities and Regions",
        "fr": "Conseil des Communes et Régions d’Europe",
        "de": "Rat der Gemeinden und Regionen Europas",
        "uk": "Рада європейських муніципалітетів і регіонів",
    },
    "slug": {"en": "home", "fr": "accueil", "de": "startseite", "uk": "holovna"},
    "intro": {
        "en": (
            "The Council of European Municipalities and Regions (CEMR) unites the national "
            "associations of local and regional governments across Europe. Explore the "
            "programmes through which we help towns and regions build partnerships, share "
            "solutions and strengthen local democracy."
        ),
        "fr": (
            "Le Conseil des Communes et Régions d’Europe (CCRE) rassemble les associations "
            "nationales de collectivités locales et régionales de toute l’Europe. Découvrez "
            "les programmes grâce auxquels nous aidons villes et régions à nouer des "
            "partenariats, à partager des solutions et à renforcer la démocratie locale."
        ),
        "de": (
            "Der Rat der Gemeinden und Regionen Europas (RGRE) vereint die nationalen Verbände "
            "der Kommunen und Regionen in ganz Europa. Entdecken Sie die Programme, mit denen "
            "wir Städte und Regionen dabei unterstützen, Partnerschaften aufzubauen, Lösungen "
            "auszutauschen und die lokale Demokratie zu stärken."
        ),
        "uk": (
            "Рада європейських муніципалітетів і регіонів (РЄМР) об’єднує національні "
            "асоціації органів місцевої та регіональної влади з усієї Європи. Ознайомтеся з "
            "програмами, завдяки яким ми допомагаємо містам і регіонам налагоджувати "
            "партнерства, обмінюватися рішеннями та зміцнювати місцеву демократію."
        ),
    },
}


INDEX = {
    "title": {
        "en": "Projects & Programmes",
        "fr": "Projets et programmes",
        "de": "Projekte und Programme",
        "uk": "Проєкти та програми",
    },
    "slug": {"en": "projects", "fr": "projets", "de": "projekte", "uk": "proiekty"},
    "intro": {
        "en": (
            "CEMR leads and takes part in projects and programmes that promote sustainable "
            "territories and decentralised cooperation. They give direct support to local and "
            "regional governments by building partnerships, sharing practical solutions and "
            "strengthening their capacity to respond to major challenges."
        ),
        "fr": (
            "Le CCRE conduit des projets et des programmes – ou y participe – en faveur de "
            "territoires durables et de la coopération décentralisée. Ces initiatives "
            "soutiennent directement les collectivités locales et régionales en favorisant les "
            "partenariats, en diffusant des solutions concrètes et en renforçant leur capacité "
            "à relever des défis majeurs."
        ),
        "de": (
            "Der RGRE leitet Projekte und Programme für nachhaltige Städte und Regionen sowie "
            "für dezentrale Zusammenarbeit oder wirkt an ihnen mit. Sie unterstützen Kommunen "
            "und Regionen unmittelbar, indem sie Partnerschaften fördern, praktische Lösungen "
            "verbreiten und die Fähigkeit stärken, große Herausforderungen zu bewältigen."
        ),
        "uk": (
            "РЄМР очолює проєкти та програми, спрямовані на сталий розвиток територій і "
            "децентралізоване співробітництво, а також бере в них участь. Вони безпосередньо "
            "підтримують органи місцевої та регіональної влади: сприяють партнерствам, "
            "поширюють практичні рішення та зміцнюють спроможність долати серйозні виклики."
        ),
    },
}


CONTACTS = [
    {
        "key": "taran",
        "name": "Stanislav Taran",
        "role": {
            "en": "Project Officer – International Partnerships (U-LEAD)",
            "fr": "Chargé de projet – Partenariats internationaux (U-LEAD)",
            "de": "Projektreferent – Internationale Partnerschaften (U-LEAD)",
            "uk": "Фахівець з проєктів – міжнародні партнерства (U-LEAD)",
        },
        "phone": "+32 2 842 67 74",
        "email": "",
    },
]


PARTNERS = [
    {
        "key": "platforma",
        "name": {"en": "PLATFORMA", "fr": "PLATFORMA", "de": "PLATFORMA", "uk": "PLATFORMA"},
        "url": "https://platforma-dev.eu/",
    },
    {
        "key": "auc",
        "name": {
            "en": "Association of Ukrainian Cities (AUC)",
            "fr": "Association des villes ukrainiennes (AUC)",
            "de": "Ukrainischer Städtebund (AUC)",
            "uk": "Асоціація міст України (АМУ)",
        },
        "url": "https://auc.org.ua/",
    },
    {
        "key": "u-lead",
        "name": {
            "en": "U-LEAD with Europe",
            "fr": "U-LEAD with Europe",
            "de": "U-LEAD with Europe",
            "uk": "U-LEAD з Європою",
        },
        "url": "https://u-lead.org.ua/",
    },
    {
        "key": "european-commission",
        "name": {
            "en": "European Commission",
            "fr": "Commission européenne",
            "de": "Europäische Kommission",
            "uk": "Європейська комісія",
        },
        "url": "https://commission.europa.eu/",
    },
    {
        "key": "french-ministry",
        "name": {
            "en": "French Ministry in charge of Housing and Urban Development",
            "fr": "Ministère chargé du Logement et de la Ville (France)",
            "de": "Französisches Ministerium für Wohnungswesen und Stadtentwicklung",
            "uk": "Міністерство Франції з питань житла та міського розвитку",
        },
        "url": "",
    },
    {
        "key": "cerema",
        "name": {"en": "Cerema", "fr": "Cerema", "de": "Cerema", "uk": "Cerema"},
        "url": "https://www.cerema.fr/",
    },
]


SITE_SETTINGS = {
    "organisation_name": {
        "en": "Council of European Municipalities and Regions (CEMR)",
        "fr": "Conseil des Communes et Régions d’Europe (CCRE)",
        "de": "Rat der Gemeinden und Regionen Europas (RGRE)",
        "uk": "Рада європейських муніципалітетів і регіонів (РЄМР)",
    },
    "address": {
        "en": "Square de Meeûs 1\n1000 Brussels\nBelgium",
        "fr": "Square de Meeûs 1\n1000 Bruxelles\nBelgique",
        "de": "Square de Meeûs 1\n1000 Brüssel\nBelgien",
        "uk": "Square de Meeûs 1\n1000 Брюссель\nБельгія",
    },
    "email": "info@ccre-cemr.org",
    "phone": "+32 2 511 74 77",
    "linkedin_url": "https://www.linkedin.com/company/cemr/",
    "x_url": "https://x.com/ccrecemr",
    "facebook_url": "",
    "youtube_url": "",
}
