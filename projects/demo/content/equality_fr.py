"""The French body of the European Charter for Equality of Women and Men page."""

EQUALITY_BODY_FR = [
    {
        "type": "heading",
        "value": {"text": "L’égalité, un engagement des collectivités locales", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>La Charte européenne pour l’égalité des femmes et des hommes dans la vie locale "
            "a été élaborée par le CCRE et ses associations membres, puis lancée en 2006 avec "
            "le soutien de la Commission européenne. Les collectivités locales et régionales "
            "qui la signent prennent l’engagement public de respecter le principe de l’égalité "
            "des femmes et des hommes et de l’appliquer sur leur territoire.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>La Charte porte sur l’ensemble des activités d’une collectivité locale ou "
            "régionale. Elle couvre ses rôles de :</p>"
            "<ul><li>leader démocratique et représentant de sa population ;</li>"
            "<li>prestataire de services ;</li>"
            "<li>employeur ;</li>"
            "<li>planificateur et régulateur.</li></ul>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "Six principes directeurs", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<ol><li>L’égalité des femmes et des hommes est un droit fondamental.</li>"
            "<li>Les discriminations multiples et les désavantages doivent être combattus.</li>"
            "<li>Une société démocratique exige une participation équilibrée des femmes et des "
            "hommes à la prise de décision.</li>"
            "<li>L’élimination des stéréotypes de genre est indispensable pour parvenir à "
            "l’égalité.</li>"
            "<li>La dimension de genre doit être intégrée à toutes les activités des "
            "collectivités locales et régionales.</li>"
            "<li>Les plans d’action et les programmes doivent disposer de ressources "
            "suffisantes.</li></ol>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Ce qu’implique la signature",
            "text": (
                "<ul><li>Le conseil de la collectivité adopte la Charte et la signe "
                "publiquement.</li>"
                "<li>Dans un délai de deux ans, le signataire élabore un <b>plan d’action pour "
                "l’égalité</b> qui définit ses priorités, les actions qu’il entreprendra et "
                "les ressources qu’il y consacrera.</li>"
                "<li>Le signataire met en œuvre le plan et assure le suivi de son "
                "avancement.</li>"
                "</ul>"
            ),
        },
    },
    {
        "type": "key_figures",
        "value": {
            "title": "La Charte en bref",
            "figures": [
                {"figure": "2006", "label": "lancement de la Charte"},
                {"figure": "2 ans", "label": "pour élaborer un plan d’action pour l’égalité"},
                {
                    "figure": "Des centaines",
                    "label": (
                        "de collectivités locales et régionales signataires dans toute l’Europe"
                    ),
                },
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "L’Observatoire de la Charte", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>De nombreuses centaines de collectivités locales et régionales de toute "
            "l’Europe ont signé la Charte. L’Observatoire de la Charte suit la manière dont "
            "elles la mettent en œuvre, accompagne les signataires et met leurs pratiques à la "
            "disposition de tous, afin que villes et régions puissent apprendre les unes des "
            "autres.</p>"
        ),
    },
    {
        "type": "link_list",
        "value": {
            "title": "En savoir plus",
            "links": [
                {
                    "title": "Observatoire de la Charte européenne pour l’égalité",
                    "url": "https://charter-equality.eu/",
                    "page": None,
                },
            ],
        },
    },
]
