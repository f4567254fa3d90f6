"""The French body of the Reference Framework for Sustainable Cities page."""

RFSC_BODY_FR = [
    {
        "type": "heading",
        "value": {"text": "Un cadre européen commun pour des villes durables", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Le Cadre de référence pour des villes durables (RFSC) est piloté par le CCRE, "
            "conjointement avec le ministère français chargé du logement et de la ville et le "
            "<b>Cerema</b>, un établissement public qui accompagne les autorités nationales et "
            "locales dans le domaine du développement durable.</p>"
            "<p>Il aide les collectivités locales et régionales à mettre en pratique des "
            "stratégies intégrées de développement urbain durable, conformes à la "
            "<b>Nouvelle Charte de Leipzig</b> et aux 17 <b>objectifs de développement "
            "durable</b> (ODD).</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Un outil d’autoévaluation gratuit",
            "text": (
                "<p>Grâce au RFSC, les villes peuvent examiner gratuitement leurs stratégies et "
                "leurs plans locaux au regard d’un cadre européen d’objectifs. L’outil peut "
                "aussi servir à :</p>"
                "<ul><li>mesurer les performances selon trois dimensions : la ville verte, la "
                "ville juste et la ville productive ;</li>"
                "<li>préparer des examens locaux volontaires des ODD, conformément au "
                "Programme de développement durable à l’horizon 2030.</li></ul>"
            ),
        },
    },
    {
        "type": "key_figures",
        "value": {
            "title": "Le RFSC en bref",
            "figures": [
                {"figure": "17", "label": "objectifs de développement durable pris en compte"},
                {"figure": "3", "label": "dimensions : villes vertes, justes et productives"},
                {"figure": "3", "label": "étapes, de l’évaluation au suivi"},
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "Mode de fonctionnement", "level": "h2"},
    },
    {
        "type": "timeline",
        "value": {
            "title": "Trois étapes",
            "events": [
                {
                    "date_label": "Étape 1",
                    "title": "Évaluer les priorités",
                    "text": (
                        "La ville examine sa stratégie ou son plan au regard du cadre européen "
                        "et détermine ce qui compte le plus à l’échelle locale."
                    ),
                },
                {
                    "date_label": "Étape 2",
                    "title": "Définir des actions concrètes",
                    "text": (
                        "Les priorités sont traduites en mesures pratiques que la ville peut "
                        "mettre en œuvre."
                    ),
                },
                {
                    "date_label": "Étape 3",
                    "title": "Suivre les progrès",
                    "text": (
                        "Un dispositif de suivi est mis en place afin que les résultats puissent "
                        "être observés dans la durée."
                    ),
                },
            ],
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>La démarche s’adresse aux villes de toutes tailles, des petites communes aux "
            "grandes aires métropolitaines, quel que soit le stade d’avancement de leur "
            "stratégie.</p>"
        ),
    },
    {
        "type": "partner_list",
        "value": {"title": "Partenaires", "partners": ["french-ministry", "cerema"]},
    },
    {
        "type": "link_list",
        "value": {
            "title": "En savoir plus",
            "links": [
                {"title": "Site du RFSC", "url": "http://rfsc.eu/", "page": None},
                {
                    "title": "Convention des maires pour le climat et l’énergie – Europe",
                    "url": "",
                    "page": "covenant-of-mayors",
                },
            ],
        },
    },
]
