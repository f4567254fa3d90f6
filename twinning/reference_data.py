"""Reference data the twinning forms need: themes (named in English, French, German and
Ukrainian; other languages fall back to English until editors add them) and one row per
working language. Used by the data migration and by load_demo_content."""

THEMES = [
    ("culture", "Culture", "Culture", "Kultur", "Культура"),
    ("youth", "Youth", "Jeunesse", "Jugend", "Молодь"),
    (
        "climate-energy",
        "Climate & energy",
        "Climat et énergie",
        "Klima und Energie",
        "Клімат і енергетика",
    ),
    (
        "water-management",
        "Water management",
        "Gestion de l'eau",
        "Wasserwirtschaft",
        "Управління водними ресурсами",
    ),
    (
        "economic-development",
        "Economic development",
        "Développement économique",
        "Wirtschaftsentwicklung",
        "Економічний розвиток",
    ),
    (
        "social-services",
        "Social services",
        "Services sociaux",
        "Soziale Dienste",
        "Соціальні послуги",
    ),
    ("reconstruction", "Reconstruction", "Reconstruction", "Wiederaufbau", "Відбудова"),
    (
        "gender-equality",
        "Gender equality",
        "Égalité femmes-hommes",
        "Gleichstellung",
        "Гендерна рівність",
    ),
    ("education", "Education", "Éducation", "Bildung", "Освіта"),
    (
        "mobility",
        "Mobility & transport",
        "Mobilité et transports",
        "Mobilität und Verkehr",
        "Мобільність і транспорт",
    ),
    ("sport", "Sport", "Sport", "Sport", "Спорт"),
    ("tourism", "Tourism", "Tourisme", "Tourismus", "Туризм"),
    ("digital", "Digital services", "Services numériques", "Digitale Dienste", "Цифрові послуги"),
    (
        "citizenship",
        "Democracy & citizenship",
        "Démocratie et citoyenneté",
        "Demokratie und Bürgerschaft",
        "Демократія та громадянство",
    ),
]
LANGUAGES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
    "uk",
]


def ensure(theme_model, language_model):
    """Create what is missing (models passed in, so migrations can use their own)."""
    for slug, en, fr, de, uk in THEMES:
        theme_model.objects.get_or_create(
            slug=slug,
            defaults={"name": en, "name_en": en, "name_fr": fr, "name_de": de, "name_uk": uk},
        )
    for code in LANGUAGES:
        language_model.objects.get_or_create(code=code)
