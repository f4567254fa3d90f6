"""The French body of the Town Twinning page."""

TWINNING_BODY_FR = [
    {
        "type": "heading",
        "value": {"text": "Rapprocher les Européens, ville après ville", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Le jumelage a pris forme dans les années qui ont immédiatement suivi la "
            "Seconde Guerre mondiale, lorsque des maires et des citoyens ont décidé que l’Europe "
            "ne devait plus jamais être déchirée par un conflit. Depuis le début, le CCRE œuvre "
            "à rapprocher des personnes de pays et de cultures différents et à encourager la "
            "coopération entre les élus locaux et leurs populations.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Pour le CCRE, le renforcement des liens d’échange entre communes est essentiel "
            "au développement de l’Europe. La coopération entre villes ne cesse d’évoluer : "
            "aujourd’hui, les communes partenaires travaillent aussi ensemble sur des questions "
            "concrètes comme la gestion de l’eau, le développement économique et l’amélioration "
            "des services sociaux. Le CCRE contribue à maintenir la pertinence et l’efficacité "
            "des jumelages en promouvant des échanges modernes et de grande qualité, qui "
            "associent toutes les composantes de la société européenne.</p>"
        ),
    },
    {
        "type": "objectives",
        "value": {
            "general_objective": (
                "Faire en sorte que le jumelage reste un lien vivant entre les citoyens et les "
                "communes d’Europe, à même de répondre aux défis d’aujourd’hui."
            ),
            "specific_objectives": [
                "Favoriser des relations pacifiques entre Européens et leur participation "
                "active à la vie locale.",
                "Approfondir la compréhension mutuelle et l’amitié entre les citoyens d’Europe.",
                "Offrir une plateforme en ligne qui aide les communes européennes à nouer de "
                "nouveaux partenariats de jumelage.",
                "Encourager la coopération technique entre communes et l’échange de bonnes "
                "pratiques.",
                "Soutenir la bonne gouvernance locale et renforcer le rôle des collectivités "
                "locales et régionales dans l’intégration européenne.",
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "Groupe de travail sur le jumelage", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Le Groupe de travail réunit les coordinateurs et les experts du jumelage des "
            "associations membres du CCRE. Il promeut le jumelage et en assure le suivi, en "
            "développe de nouvelles formes et conseille la Commission européenne sur le "
            "programme « L’Europe pour les citoyens ».</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Vous cherchez un partenaire de jumelage ?",
            "text": (
                "<p>Le site consacré au jumelage est un lieu de rencontre virtuel pour les "
                "communes européennes qui souhaitent établir des liens de jumelage. Disponible "
                "dans plus de 20 langues, il propose un formulaire en ligne aux communes à la "
                "recherche d’un partenaire.</p>"
            ),
        },
    },
    {"type": "twinning_search", "value": None},
    {
        "type": "link_list",
        "value": {
            "title": "Liens utiles",
            "links": [
                {
                    "title": "Site consacré au jumelage (twinning.org)",
                    "url": "https://www.twinning.org/",
                    "page": None,
                },
                {
                    "title": (
                        "Ponts de confiance : des partenariats entre communes ukrainiennes et "
                        "communes de l’UE"
                    ),
                    "url": "",
                    "page": "bridges-of-trust",
                },
                {
                    "title": (
                        "Charte européenne pour l’égalité des femmes et des hommes dans la vie "
                        "locale"
                    ),
                    "url": "",
                    "page": "equality-charter",
                },
            ],
        },
    },
]
