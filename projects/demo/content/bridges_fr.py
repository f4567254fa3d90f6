"""Bridges of Trust: the page body in French."""

BRIDGES_BODY_FR = [
    {
        "type": "heading",
        "value": {
            "text": "Des partenariats municipaux pour reconstruire l’Ukraine",
            "level": "h2",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Depuis mars 2021, le CCRE et <b>PLATFORMA</b> – la coalition paneuropéenne des "
            "villes, des régions et de leurs associations engagées dans la coopération "
            "internationale au développement, coordonnée par le CCRE – mettent en œuvre le "
            "projet <i>Ponts de confiance</i> (Bridges of Trust). Celui-ci vise à créer 10 "
            "nouveaux partenariats entre des communes ukrainiennes et des communes des États "
            "membres de l’Union européenne.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Les destructions massives subies par de nombreuses communes ukrainiennes ont "
            "montré qu’il fallait renforcer la coopération locale et régionale entre l’Ukraine "
            "et l’UE pour soutenir le relèvement du pays. Le CCRE, PLATFORMA et leurs "
            "associations membres possèdent une longue expérience de la coopération "
            "décentralisée, qui remonte à la reconstruction de l’Europe après la Seconde "
            "Guerre mondiale, lorsque les jumelages ont permis aux villes de renouer le "
            "dialogue et de tisser des liens d’amitié. Le projet repose sur la conviction que "
            "les échanges et le travail commun entre communes font progresser les "
            "collectivités locales comme l’Europe tout entière.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "La décentralisation en Ukraine",
            "text": (
                "<p>Depuis la Révolution de la dignité de 2014, l’Ukraine renforce l’autonomie "
                "locale grâce à une réforme de décentralisation, largement considérée comme "
                "l’une des plus réussies de cette période. Cette réforme a permis :</p>"
                "<ul><li>la fusion des communautés territoriales ;</li>"
                "<li>l’attribution de nouvelles ressources financières aux collectivités "
                "infranationales ;</li>"
                "<li>l’élargissement des compétences locales ;</li>"
                "<li>la réduction des inégalités entre territoires ;</li>"
                "<li>une plus grande autonomie des collectivités locales.</li></ul>"
            ),
        },
    },
    {
        "type": "key_figures",
        "value": {
            "title": "Ponts de confiance en chiffres",
            "figures": [
                {
                    "figure": "10",
                    "label": "nouveaux partenariats entre communes ukrainiennes et européennes : l’objectif du projet",
                },
                {
                    "figure": "30",
                    "label": (
                        "communes ukrainiennes accompagnées entre novembre 2022 et septembre 2023"
                    ),
                },
                {
                    "figure": "10",
                    "label": (
                        "États membres de l’UE dont les associations de collectivités locales "
                        "participent"
                    ),
                },
            ],
        },
    },
    {
        "type": "timeline",
        "value": {
            "title": "Principales étapes",
            "events": [
                {
                    "date_label": "2014",
                    "title": "Lancement de la réforme de décentralisation",
                    "text": (
                        "Après la Révolution de la dignité, l’Ukraine commence à transférer "
                        "des compétences et des ressources aux collectivités locales."
                    ),
                },
                {
                    "date_label": "Mars 2021",
                    "title": "Début de Ponts de confiance",
                    "text": (
                        "Le CCRE et PLATFORMA lancent le projet pour rapprocher des communes "
                        "ukrainiennes et des communes de l’UE."
                    ),
                },
                {
                    "date_label": "1er novembre 2022 – 30 septembre 2023",
                    "title": "Accompagnement de 30 communes ukrainiennes",
                    "text": (
                        "Chaque commune a été aidée à construire un partenariat avec une commune "
                        "de l’UE, en coopération avec l’AUC. Cette phase d’accompagnement s’est "
                        "achevée le 30 septembre 2023."
                    ),
                },
            ],
        },
    },
    {
        "type": "objectives",
        "value": {
            "general_objective": (
                "Contribuer à la reconstruction de l’Ukraine grâce à des partenariats "
                "internationaux entre communes ukrainiennes et communes de l’Union européenne."
            ),
            "specific_objectives": [
                "Associer davantage les associations de collectivités locales et leurs membres "
                "à la coopération municipale entre l’Ukraine et l’UE au service de la "
                "reconstruction du pays.",
                "Contribuer aux travaux de l’Alliance européenne des villes et des régions pour "
                "la reconstruction de l’Ukraine.",
                "Renforcer les capacités des collectivités locales ukrainiennes en matière de "
                "coopération internationale et d’intégration européenne, en mettant l’accent "
                "sur les financements de l’UE destinés à la reconstruction.",
                "Faire connaître des exemples inspirants d’actions menées conjointement par "
                "des communes européennes et ukrainiennes, notamment pour leur reconstruction.",
                "Soutenir, avec l’AUC, la préparation et le dépôt de 10 propositions de projets "
                "communes tenant compte de l’égalité entre les femmes et les hommes, en "
                "s’appuyant sur les formations dispensées, les conseils des experts européens "
                "mandatés et l’analyse des possibilités de financement disponibles.",
            ],
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Cette phase s’appuie sur l’expérience, les résultats et les bonnes pratiques "
            "de la première phase du projet ainsi que du programme U-LEAD with Europe.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Un travail en partenariat",
            "text": (
                "<p>Ponts de confiance est mis en œuvre en partenariat et en étroite "
                "coordination avec l’<b>Association des villes ukrainiennes (AUC)</b>, avec la "
                "participation d’associations de collectivités locales de 10 États membres de "
                "l’UE. Le projet bénéficie du soutien du programme <b>U-LEAD with Europe</b>."
                "</p>"
            ),
        },
    },
    {
        "type": "partner_list",
        "value": {"title": "Partenaires du projet", "partners": ["platforma", "auc", "u-lead"]},
    },
    {
        "type": "contact_person",
        "value": {
            "person": "taran",
            "intro": "Pour en savoir plus sur Ponts de confiance, veuillez contacter :",
        },
    },
]
