"""The French body of the Covenant of Mayors page."""

COVENANT_BODY_FR = [
    {
        "type": "heading",
        "value": {
            "text": "Les collectivités locales en première ligne pour le climat et l’énergie",
            "level": "h2",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>La Convention des maires pour le climat et l’énergie – Europe est un mouvement "
            "qui réunit des milliers de collectivités locales ayant choisi, sur une base "
            "volontaire, de mettre en œuvre sur leur territoire les objectifs climatiques et "
            "énergétiques de l’Union européenne.</p>"
            "<p>Ses signataires œuvrent pour des villes décarbonées et résilientes, où chaque "
            "habitant peut compter sur une énergie sûre, durable et abordable. Ils font de "
            "l’action pour le climat une priorité et se fixent des objectifs à moyen et à long "
            "terme conformes à ceux de l’UE et de l’accord de Paris, dans le but d’atteindre la "
            "neutralité climatique d’ici 2050 sans laisser personne ni aucun territoire de "
            "côté.</p>"
        ),
    },
    {
        "type": "key_figures",
        "value": {
            "title": "La Convention en un coup d’œil",
            "figures": [
                {
                    "figure": "2008",
                    "label": "lancement de l’initiative par la Commission européenne",
                },
                {"figure": "11 000+", "label": "signataires"},
                {"figure": "2050", "label": "année cible pour la neutralité climatique"},
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "Les engagements des signataires", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>L’adhésion à la Convention fait l’objet d’une décision formelle du conseil "
            "municipal. À partir de cette décision, chaque signataire s’engage à :</p>"
            "<ul><li>présenter, dans un délai de deux ans, un <b>plan d’action en faveur de "
            "l’énergie durable et du climat (PAEDC)</b> exposant ses principales actions ;</li>"
            "<li>rendre compte de l’avancement de sa mise en œuvre tous les deux ans.</li></ul>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Lancée par la Commission européenne en 2008, l’initiative compte aujourd’hui "
            "plus de 11 000 signataires. Son succès est largement attribué à sa gouvernance "
            "ascendante, à son modèle de coopération entre les différents niveaux de "
            "gouvernement et à son cadre d’action adapté aux réalités locales. Depuis 2015, la "
            "Convention mondiale des maires s’appuie sur cette expérience, en Europe et dans le "
            "monde entier.</p>"
        ),
    },
    {
        "type": "heading",
        "value": {
            "text": "Le rôle des associations nationales en tant que Supporters de la Convention",
            "level": "h2",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>En tant que Supporters de la Convention, les associations nationales de "
            "collectivités locales et régionales :</p>"
            "<ul><li>font connaître la Convention des maires dans leur pays et mobilisent les "
            "signataires actuels et potentiels ;</li>"
            "<li>contribuent à renforcer la gouvernance multiniveau et le rôle actif des "
            "collectivités locales et régionales dans l’élaboration et la mise en œuvre de "
            "politiques durables en matière de climat et d’énergie ;</li>"
            "<li>mènent à l’échelle nationale des actions de sensibilisation et de renforcement "
            "des capacités sur l’adaptation au changement climatique et l’atténuation de "
            "celui-ci, l’accès à une énergie sûre, durable et abordable, ainsi que les "
            "subventions et les financements ;</li>"
            "<li>participent aux activités de la Convention des maires.</li></ul>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Des membres du CCRE, Supporters de la Convention",
            "text": (
                "<p>De nombreuses associations membres du CCRE sont Supporters de la "
                "Convention. La liste complète des Supporters est publiée sur le "
                '<a href="https://eu-mayors.ec.europa.eu/">site de la Convention des '
                "maires</a>.</p>"
            ),
        },
    },
    {
        "type": "partner_list",
        "value": {"title": "Lancée par", "partners": ["european-commission"]},
    },
    {
        "type": "link_list",
        "value": {
            "title": "En savoir plus",
            "links": [
                {
                    "title": "Convention des maires – Europe",
                    "url": "https://eu-mayors.ec.europa.eu/",
                    "page": None,
                },
            ],
        },
    },
]
