"""Demo content for the CEMR website: pages, snippets and site settings.

Pure data, read by ``manage.py load_demo_content``. Translated fields are dicts keyed by
language code; StreamField bodies are lists of ``{"type": ..., "value": ...}`` blocks whose
snippet and page references use the ``key`` of the item they point to.
"""

LANGS = ("en", "fr", "de", "uk")

# --- Home page and programme index ------------------------------------------------------

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

# --- Snippets ---------------------------------------------------------------------------

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

# --- Bridges of Trust: full body in every language --------------------------------------

BRIDGES_BODY_EN = [
    {
        "type": "heading",
        "value": {
            "text": "Municipal partnerships for the reconstruction of Ukraine",
            "level": "h2",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Since March 2021, CEMR and <b>PLATFORMA</b> – the CEMR-led pan-European "
            "coalition of towns, regions and their associations engaged in international "
            "development cooperation – have been running <i>Bridges of Trust</i>. The project "
            "sets out to establish 10 new partnerships between municipalities in Ukraine and "
            "municipalities in the member states of the European Union.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The heavy destruction suffered by many Ukrainian municipalities has shown that "
            "closer local and regional cooperation between Ukraine and the EU is needed to "
            "support the country’s recovery. CEMR, PLATFORMA and their member associations "
            "have long experience of decentralised cooperation, going back to the rebuilding "
            "of Europe after the Second World War, when town twinning helped communities "
            "reconnect and form ties of friendship. The project rests on the conviction that "
            "exchange and joint work between municipalities drive the development of local "
            "communities and of Europe as a whole.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Decentralisation in Ukraine",
            "text": (
                "<p>Since the Revolution of Dignity in 2014, Ukraine has been strengthening "
                "local self-government through a decentralisation reform that is widely seen "
                "as one of the most successful reforms of that period. It has brought:</p>"
                "<ul><li>the amalgamation of territorial communities;</li>"
                "<li>new sources of revenue for sub-national governments;</li>"
                "<li>a broader range of local competences;</li>"
                "<li>smaller disparities between territories;</li>"
                "<li>greater autonomy for local governments.</li></ul>"
            ),
        },
    },
    {
        "type": "key_figures",
        "value": {
            "title": "Bridges of Trust in figures",
            "figures": [
                {
                    "figure": "10",
                    "label": "new partnerships between Ukrainian and EU municipalities",
                },
                {
                    "figure": "30",
                    "label": (
                        "Ukrainian municipalities supported between November 2022 "
                        "and September 2023"
                    ),
                },
                {
                    "figure": "10",
                    "label": "EU member states whose local government associations take part",
                },
            ],
        },
    },
    {
        "type": "timeline",
        "value": {
            "title": "Key dates",
            "events": [
                {
                    "date_label": "2014",
                    "title": "Decentralisation reform begins",
                    "text": (
                        "After the Revolution of Dignity, Ukraine starts transferring powers "
                        "and resources to local self-government."
                    ),
                },
                {
                    "date_label": "March 2021",
                    "title": "Bridges of Trust starts",
                    "text": (
                        "CEMR and PLATFORMA launch the project to pair Ukrainian municipalities "
                        "with municipalities in the EU."
                    ),
                },
                {
                    "date_label": "1 November 2022 – 30 September 2023",
                    "title": "Support for 30 Ukrainian municipalities",
                    "text": (
                        "Each municipality receives help to develop a partnership with a "
                        "municipality in the EU, in cooperation with AUC."
                    ),
                },
            ],
        },
    },
    {
        "type": "objectives",
        "value": {
            "general_objective": (
                "To support the reconstruction of Ukraine through international partnerships "
                "between Ukrainian municipalities and municipalities in the European Union."
            ),
            "specific_objectives": [
                "Involve local government associations and their members more closely in "
                "municipal cooperation between Ukraine and the EU that serves the country’s "
                "reconstruction.",
                "Contribute to the work of the European Alliance of Cities and Regions for the "
                "Reconstruction of Ukraine.",
                "Build the capacity of Ukrainian local governments for international "
                "cooperation and European integration, with particular attention to EU "
                "funding for reconstruction.",
                "Make known inspiring examples of joint action by EU and Ukrainian "
                "municipalities, including their reconstruction work.",
                "Together with AUC, help prepare 10 joint, gender-sensitive project proposals "
                "for submission, drawing on the trainings delivered, the advice of contracted "
                "EU experts and an analysis of available funding opportunities.",
            ],
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>This phase draws on the experience, results and good practice of the first "
            "phase of Bridges of Trust and of the U-LEAD with Europe programme.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Working in partnership",
            "text": (
                "<p>Bridges of Trust is carried out in close partnership and coordination with "
                "the <b>Association of Ukrainian Cities (AUC)</b>, with the participation of "
                "local government associations from 10 EU member states. The project receives "
                "support from the <b>U-LEAD with Europe</b> programme.</p>"
            ),
        },
    },
    {
        "type": "partner_list",
        "value": {"title": "Project partners", "partners": ["platforma", "auc", "u-lead"]},
    },
    {
        "type": "contact_person",
        "value": {
            "person": "taran",
            "intro": "For further information on Bridges of Trust, please contact:",
        },
    },
]

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
                    "label": "nouveaux partenariats entre communes ukrainiennes et européennes",
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
                        "Chaque commune est aidée à construire un partenariat avec une commune "
                        "de l’UE, en coopération avec l’AUC."
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

BRIDGES_BODY_DE = [
    {
        "type": "heading",
        "value": {
            "text": "Kommunale Partnerschaften für den Wiederaufbau der Ukraine",
            "level": "h2",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Seit März 2021 setzen der RGRE und <b>PLATFORMA</b> – die vom RGRE geführte "
            "europaweite Koalition von Städten, Regionen und ihren Verbänden, die sich in der "
            "internationalen Entwicklungszusammenarbeit engagieren – das Projekt "
            "<i>Brücken des Vertrauens</i> (Bridges of Trust) um. Ziel ist es, 10 neue "
            "Partnerschaften zwischen Kommunen in der Ukraine und Kommunen in den "
            "Mitgliedstaaten der Europäischen Union aufzubauen.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Die schweren Zerstörungen in vielen ukrainischen Kommunen haben gezeigt, dass "
            "eine engere lokale und regionale Zusammenarbeit zwischen der Ukraine und der EU "
            "nötig ist, um den Wiederaufbau des Landes zu unterstützen. Der RGRE, PLATFORMA "
            "und ihre Mitgliedsverbände verfügen über langjährige Erfahrung in der dezentralen "
            "Zusammenarbeit. Ihre Wurzeln reichen bis in die Zeit des Wiederaufbaus Europas "
            "nach dem Zweiten Weltkrieg zurück, als Städtepartnerschaften den Kommunen halfen, "
            "wieder zueinanderzufinden und Freundschaften zu knüpfen. Dem Projekt liegt die "
            "Überzeugung zugrunde, dass Austausch und gemeinsame Arbeit zwischen Kommunen die "
            "Entwicklung der Gemeinschaften vor Ort und Europas insgesamt voranbringen.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Dezentralisierung in der Ukraine",
            "text": (
                "<p>Seit der Revolution der Würde im Jahr 2014 stärkt die Ukraine die lokale "
                "Selbstverwaltung durch eine Dezentralisierungsreform, die weithin als eine "
                "der erfolgreichsten Reformen dieser Zeit gilt. Zu ihren Ergebnissen "
                "gehören:</p>"
                "<ul><li>der Zusammenschluss von Gebietsgemeinden,</li>"
                "<li>neue Einnahmequellen für die subnationalen Gebietskörperschaften,</li>"
                "<li>erweiterte kommunale Zuständigkeiten,</li>"
                "<li>geringere Unterschiede zwischen den Regionen,</li>"
                "<li>mehr Eigenständigkeit für die Kommunen.</li></ul>"
            ),
        },
    },
    {
        "type": "key_figures",
        "value": {
            "title": "Brücken des Vertrauens in Zahlen",
            "figures": [
                {
                    "figure": "10",
                    "label": (
                        "neue Partnerschaften zwischen ukrainischen Kommunen und Kommunen in der EU"
                    ),
                },
                {
                    "figure": "30",
                    "label": (
                        "ukrainische Kommunen, die von November 2022 bis September 2023 "
                        "begleitet wurden"
                    ),
                },
                {
                    "figure": "10",
                    "label": "EU-Mitgliedstaaten, deren kommunale Verbände mitwirken",
                },
            ],
        },
    },
    {
        "type": "timeline",
        "value": {
            "title": "Wichtige Etappen",
            "events": [
                {
                    "date_label": "2014",
                    "title": "Beginn der Dezentralisierungsreform",
                    "text": (
                        "Nach der Revolution der Würde beginnt die Ukraine, Aufgaben und "
                        "Mittel auf die lokale Selbstverwaltung zu übertragen."
                    ),
                },
                {
                    "date_label": "März 2021",
                    "title": "Start von Brücken des Vertrauens",
                    "text": (
                        "Der RGRE und PLATFORMA starten das Projekt, um ukrainische Kommunen "
                        "mit Kommunen in der EU zusammenzubringen."
                    ),
                },
                {
                    "date_label": "1. November 2022 – 30. September 2023",
                    "title": "Begleitung von 30 ukrainischen Kommunen",
                    "text": (
                        "Jede Kommune wird gemeinsam mit dem AUC beim Aufbau einer Partnerschaft "
                        "mit einer Kommune in der EU unterstützt."
                    ),
                },
            ],
        },
    },
    {
        "type": "objectives",
        "value": {
            "general_objective": (
                "Den Wiederaufbau der Ukraine durch internationale Partnerschaften zwischen "
                "ukrainischen Kommunen und Kommunen in der Europäischen Union unterstützen."
            ),
            "specific_objectives": [
                "Kommunale Verbände und ihre Mitglieder stärker in die Zusammenarbeit "
                "zwischen ukrainischen Kommunen und Kommunen in der EU für den Wiederaufbau "
                "der Ukraine einbinden.",
                "Einen Beitrag zur Europäischen Allianz der Städte und Regionen für den "
                "Wiederaufbau der Ukraine leisten.",
                "Die Kapazitäten ukrainischer Kommunen für internationale Zusammenarbeit und "
                "europäische Integration stärken, insbesondere mit Blick auf EU-Mittel für den "
                "Wiederaufbau.",
                "Inspirierende Beispiele gemeinsamer Vorhaben von Kommunen aus der EU und der "
                "Ukraine – auch beim Wiederaufbau – bekannt machen.",
                "Gemeinsam mit dem AUC die Ausarbeitung und Einreichung von 10 gemeinsamen, "
                "geschlechtersensiblen Projektanträgen unterstützen – auf Grundlage der "
                "durchgeführten Schulungen, der Beratung durch beauftragte EU-Fachleute und "
                "einer Analyse der verfügbaren Fördermöglichkeiten.",
            ],
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Diese Phase baut auf den Erfahrungen, Ergebnissen und bewährten Verfahren der "
            "ersten Projektphase sowie des Programms U-LEAD with Europe auf.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Gemeinsam mit Partnern",
            "text": (
                "<p>Brücken des Vertrauens wird in enger Partnerschaft und Abstimmung mit dem "
                "<b>Ukrainischen Städtebund (AUC)</b> umgesetzt; beteiligt sind außerdem "
                "kommunale Verbände aus 10 EU-Mitgliedstaaten. Das Projekt wird durch das "
                "Programm <b>U-LEAD with Europe</b> unterstützt.</p>"
            ),
        },
    },
    {
        "type": "partner_list",
        "value": {"title": "Projektpartner", "partners": ["platforma", "auc", "u-lead"]},
    },
    {
        "type": "contact_person",
        "value": {
            "person": "taran",
            "intro": (
                "Für weitere Informationen zu Brücken des Vertrauens wenden Sie sich bitte an:"
            ),
        },
    },
]

BRIDGES_BODY_UK = [
    {
        "type": "heading",
        "value": {"text": "Муніципальні партнерства для відбудови України", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>З березня 2021 року РЄМР і <b>PLATFORMA</b> – очолювана РЄМР "
            "загальноєвропейська коаліція міст, регіонів та їхніх асоціацій, які працюють у "
            "сфері міжнародного співробітництва задля розвитку, – реалізують проєкт "
            "<i>«Мости довіри»</i> (Bridges of Trust). Його мета – створити 10 нових "
            "партнерств між громадами України та муніципалітетами держав-членів "
            "Європейського Союзу.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Масштабні руйнування, яких зазнали багато українських громад, засвідчили "
            "потребу в тіснішій місцевій і регіональній співпраці між Україною та ЄС задля "
            "відбудови країни. РЄМР, PLATFORMA та їхні асоціації-члени мають багаторічний "
            "досвід децентралізованого співробітництва, що сягає часів відбудови Європи після "
            "Другої світової війни, коли побратимство допомагало містам відновлювати зв’язки "
            "й налагоджувати дружні стосунки. В основі проєкту лежить переконання, що обмін "
            "досвідом і спільна робота муніципалітетів є рушієм розвитку громад і Європи "
            "загалом.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Децентралізація в Україні",
            "text": (
                "<p>Від часу Революції Гідності 2014 року Україна зміцнює місцеве "
                "самоврядування завдяки реформі децентралізації, яку вважають однією з "
                "найуспішніших реформ цього періоду. Її результати:</p>"
                "<ul><li>об’єднання територіальних громад;</li>"
                "<li>нові джерела доходів для органів влади субнаціонального рівня;</li>"
                "<li>розширення повноважень на місцевому рівні;</li>"
                "<li>зменшення нерівності між територіями;</li>"
                "<li>більша автономія органів місцевого самоврядування.</li></ul>"
            ),
        },
    },
    {
        "type": "key_figures",
        "value": {
            "title": "«Мости довіри» в цифрах",
            "figures": [
                {
                    "figure": "10",
                    "label": "нових партнерств між громадами України та муніципалітетами ЄС",
                },
                {
                    "figure": "30",
                    "label": (
                        "українських громад отримали підтримку з листопада 2022 "
                        "по вересень 2023 року"
                    ),
                },
                {
                    "figure": "10",
                    "label": (
                        "держав-членів ЄС, асоціації місцевої влади яких долучилися до проєкту"
                    ),
                },
            ],
        },
    },
    {
        "type": "timeline",
        "value": {
            "title": "Ключові дати",
            "events": [
                {
                    "date_label": "2014",
                    "title": "Початок реформи децентралізації",
                    "text": (
                        "Після Революції Гідності Україна починає передавати повноваження й "
                        "ресурси органам місцевого самоврядування."
                    ),
                },
                {
                    "date_label": "Березень 2021",
                    "title": "Старт проєкту «Мости довіри»",
                    "text": (
                        "РЄМР і PLATFORMA започатковують проєкт, щоб поєднати громади України "
                        "з муніципалітетами ЄС."
                    ),
                },
                {
                    "date_label": "1 листопада 2022 – 30 вересня 2023",
                    "title": "Підтримка 30 українських громад",
                    "text": (
                        "Кожна громада отримує допомогу у створенні партнерства з "
                        "муніципалітетом ЄС у співпраці з АМУ."
                    ),
                },
            ],
        },
    },
    {
        "type": "objectives",
        "value": {
            "general_objective": (
                "Сприяти відбудові України завдяки міжнародним партнерствам між українськими "
                "громадами та муніципалітетами Європейського Союзу."
            ),
            "specific_objectives": [
                "Активніше залучати асоціації органів місцевого самоврядування та їхніх "
                "членів до міжмуніципальної співпраці між Україною та ЄС задля відбудови "
                "країни.",
                "Робити внесок у діяльність Європейського альянсу міст і регіонів для "
                "відбудови України.",
                "Зміцнювати спроможність українських громад у сфері міжнародного "
                "співробітництва та європейської інтеграції, приділяючи особливу увагу "
                "фінансуванню відбудови з боку ЄС.",
                "Поширювати надихаючі історії спільних дій муніципалітетів ЄС і громад "
                "України, зокрема у відбудові.",
                "Разом з АМУ підтримати підготовку й подання 10 спільних гендерно чутливих "
                "проєктних пропозицій на основі проведених навчань, консультацій залучених "
                "експертів з ЄС та аналізу доступних можливостей фінансування.",
            ],
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Цей етап спирається на досвід, результати та найкращі практики першого етапу "
            "проєкту, а також програми «U-LEAD з Європою».</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Робота в партнерстві",
            "text": (
                "<p>«Мости довіри» реалізуються в тісному партнерстві та координації з "
                "<b>Асоціацією міст України (АМУ)</b> за участі асоціацій органів місцевого "
                "самоврядування з 10 держав-членів ЄС. Проєкт підтримує програма "
                "<b>«U-LEAD з Європою»</b>.</p>"
            ),
        },
    },
    {
        "type": "partner_list",
        "value": {"title": "Партнери проєкту", "partners": ["platforma", "auc", "u-lead"]},
    },
    {
        "type": "contact_person",
        "value": {
            "person": "taran",
            "intro": "Щоб дізнатися більше про проєкт «Мости довіри», звертайтеся до:",
        },
    },
]

# --- Other programmes: English body ------------------------------------------------------

COVENANT_BODY_EN = [
    {
        "type": "heading",
        "value": {"text": "Local governments leading on climate and energy", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The Covenant of Mayors for Climate &amp; Energy Europe is a movement of "
            "thousands of local governments that have chosen, on a voluntary basis, to put the "
            "climate and energy objectives of the European Union into practice in their own "
            "territory.</p>"
            "<p>Its signatories work towards decarbonised and resilient cities in which every "
            "resident can rely on secure, sustainable and affordable energy. They make climate "
            "action a priority and set themselves mid- and long-term targets that match EU "
            "objectives and the goals of the Paris Agreement, with the aim of reaching climate "
            "neutrality by 2050 without leaving any person or place behind.</p>"
        ),
    },
    {
        "type": "key_figures",
        "value": {
            "title": "The Covenant at a glance",
            "figures": [
                {"figure": "2008", "label": "launch of the initiative by the European Commission"},
                {"figure": "11,000+", "label": "signatories"},
                {"figure": "2050", "label": "target year for climate neutrality"},
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "What signatories commit to", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Joining the Covenant is a formal step taken by the local council. From that "
            "decision, each signatory undertakes to:</p>"
            "<ul><li>submit, within two years, a <b>Sustainable Energy and Climate Action "
            "Plan (SECAP)</b> setting out its key actions;</li>"
            "<li>report on the progress of implementation every two years.</li></ul>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The European Commission launched the initiative in 2008, and it now has more "
            "than 11,000 signatories. Its bottom-up governance, its model of cooperation "
            "across levels of government and its framework for action adapted to local "
            "circumstances are widely credited for its success. Since 2015, the Global "
            "Covenant of Mayors has built on this experience in Europe and worldwide.</p>"
        ),
    },
    {
        "type": "heading",
        "value": {
            "text": "The role of national associations as Covenant Supporters",
            "level": "h2",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>As Covenant Supporters, national associations of local and regional "
            "governments:</p>"
            "<ul><li>promote the Covenant of Mayors in their country and mobilise current "
            "and prospective signatories;</li>"
            "<li>help strengthen multi-level governance and the active role of local and "
            "regional governments in designing and delivering sustainable climate and energy "
            "policies;</li>"
            "<li>run national awareness-raising and capacity-building activities on climate "
            "change adaptation and mitigation, access to secure, sustainable and affordable "
            "energy, and funding and financing;</li>"
            "<li>take part in the activities of the Covenant of Mayors.</li></ul>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "CEMR members as Covenant Supporters",
            "text": (
                "<p>Many of CEMR’s member associations are Covenant Supporters. The full list "
                "of Supporters is published on the "
                '<a href="https://eu-mayors.ec.europa.eu/">Covenant of Mayors website</a>.</p>'
            ),
        },
    },
    {
        "type": "partner_list",
        "value": {"title": "Launched by", "partners": ["european-commission"]},
    },
    {
        "type": "link_list",
        "value": {
            "title": "Find out more",
            "links": [
                {
                    "title": "Covenant of Mayors – Europe",
                    "url": "https://eu-mayors.ec.europa.eu/",
                    "page": None,
                },
            ],
        },
    },
]

RFSC_BODY_EN = [
    {
        "type": "heading",
        "value": {"text": "A shared European framework for sustainable cities", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The Reference Framework for Sustainable Cities (RFSC) is led by CEMR together "
            "with the French Ministry in charge of housing and urban development and "
            "<b>Cerema</b>, a public body that supports national and local authorities in the "
            "field of sustainable development.</p>"
            "<p>It helps local and regional governments put into practice integrated "
            "strategies for sustainable urban development that are consistent with the "
            "<b>New Leipzig Charter</b> and the 17 <b>Sustainable Development Goals</b> "
            "(SDGs).</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "A free self-assessment tool",
            "text": (
                "<p>With the RFSC, cities can review their local strategies and plans at no "
                "cost against a European framework of objectives. The tool can also be used "
                "to:</p>"
                "<ul><li>measure performance along three dimensions: the green, the just and "
                "the productive city;</li>"
                "<li>prepare SDG Voluntary Local Reviews in line with the 2030 Agenda for "
                "Sustainable Development.</li></ul>"
            ),
        },
    },
    {
        "type": "key_figures",
        "value": {
            "title": "The RFSC in brief",
            "figures": [
                {"figure": "17", "label": "Sustainable Development Goals taken into account"},
                {"figure": "3", "label": "dimensions: green, just and productive cities"},
                {"figure": "3", "label": "steps from assessment to monitoring"},
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "How it works", "level": "h2"},
    },
    {
        "type": "timeline",
        "value": {
            "title": "Three steps",
            "events": [
                {
                    "date_label": "Step 1",
                    "title": "Assess priorities",
                    "text": (
                        "The city reviews its strategy or plan against the European framework "
                        "and identifies what matters most locally."
                    ),
                },
                {
                    "date_label": "Step 2",
                    "title": "Define concrete actions",
                    "text": "Priorities are turned into practical measures the city can deliver.",
                },
                {
                    "date_label": "Step 3",
                    "title": "Monitor progress",
                    "text": (
                        "A monitoring system is put in place so that results can be followed "
                        "over time."
                    ),
                },
            ],
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The guidance is designed for cities of every size, from small towns to large "
            "metropolitan areas, whatever the stage their strategy has reached.</p>"
        ),
    },
    {
        "type": "partner_list",
        "value": {"title": "Partners", "partners": ["french-ministry", "cerema"]},
    },
    {
        "type": "link_list",
        "value": {
            "title": "Find out more",
            "links": [
                {"title": "RFSC website", "url": "http://rfsc.eu/", "page": None},
                {
                    "title": "Covenant of Mayors for Climate & Energy Europe",
                    "url": "",
                    "page": "covenant-of-mayors",
                },
            ],
        },
    },
]

EQUALITY_BODY_EN = [
    {
        "type": "heading",
        "value": {"text": "Equality as a commitment of local government", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The European Charter for Equality of Women and Men in Local Life was drawn up "
            "by CEMR and its member associations and launched in 2006 with the support of the "
            "European Commission. Local and regional governments that sign it make a public "
            "commitment to the principle of equality of women and men and to applying it in "
            "their own territory.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The Charter looks at everything a local or regional government does. It "
            "covers its roles as:</p>"
            "<ul><li>a democratic leader and representative of its community;</li>"
            "<li>a provider of services;</li>"
            "<li>an employer;</li>"
            "<li>a planner and regulator.</li></ul>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "Six guiding principles", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<ol><li>Equality of women and men is a fundamental right.</li>"
            "<li>Multiple discrimination and disadvantage have to be tackled.</li>"
            "<li>A democratic society needs the balanced participation of women and men in "
            "decision-making.</li>"
            "<li>Removing gender stereotypes is essential to achieving equality.</li>"
            "<li>A gender perspective should be built into all activities of local and "
            "regional government.</li>"
            "<li>Action plans and programmes need adequate resources.</li></ol>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "What signing involves",
            "text": (
                "<ul><li>The council adopts the Charter and signs it publicly.</li>"
                "<li>Within two years, the signatory draws up an <b>Equality Action Plan</b> "
                "that sets out its priorities, the actions it will take and the resources it "
                "will commit.</li>"
                "<li>The signatory implements the plan and follows up on its progress.</li>"
                "</ul>"
            ),
        },
    },
    {
        "type": "key_figures",
        "value": {
            "title": "The Charter in brief",
            "figures": [
                {"figure": "2006", "label": "launch of the Charter"},
                {"figure": "2 years", "label": "to draw up an Equality Action Plan"},
                {
                    "figure": "Hundreds",
                    "label": "of signatory local and regional governments across Europe",
                },
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "The Observatory of the Charter", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Many hundreds of local and regional governments across Europe have signed the "
            "Charter. The Observatory of the Charter follows how they implement it, supports "
            "signatories and makes their practice available to others, so that towns and "
            "regions can learn from one another.</p>"
        ),
    },
    {
        "type": "link_list",
        "value": {
            "title": "Find out more",
            "links": [
                {
                    "title": "Observatory of the European Charter for Equality",
                    "url": "https://charter-equality.eu/",
                    "page": None,
                },
            ],
        },
    },
]

TWINNING_BODY_EN = [
    {
        "type": "heading",
        "value": {"text": "Bringing Europeans closer, town by town", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Town twinning took shape in the years immediately after the Second World War, "
            "when mayors and citizens resolved that Europe must never again be torn apart by "
            "conflict. From the start, CEMR has worked to bring together people from different "
            "countries and cultures and to encourage cooperation between local "
            "representatives and their communities.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>For CEMR, stronger exchange links between municipalities are essential to the "
            "development of Europe. City-to-city cooperation keeps evolving: today, partner "
            "municipalities also work together on concrete questions such as water "
            "management, economic development and better social services. CEMR helps keep "
            "twinning relevant and effective by promoting modern, high-quality exchanges that "
            "involve every part of European society.</p>"
        ),
    },
    {
        "type": "objectives",
        "value": {
            "general_objective": (
                "To keep town twinning a living link between the people and municipalities of "
                "Europe, able to respond to the challenges of today."
            ),
            "specific_objectives": [
                "Foster peaceful relations among Europeans and their active participation in "
                "local life.",
                "Deepen mutual understanding and friendship between citizens of Europe.",
                "Offer an online platform that makes it easier for European municipalities to "
                "start new twinning partnerships.",
                "Encourage technical cooperation between municipalities and the exchange of "
                "good practice.",
                "Support good local governance and strengthen the role of local and regional "
                "authorities in European integration.",
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "Focus Group on Town Twinning", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The Focus Group brings together the twinning coordinators and experts of "
            "CEMR’s member associations. It promotes and monitors twinning, develops new forms "
            "of it and advises the European Commission on the Europe for Citizens "
            "programme.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Looking for a twinning partner?",
            "text": (
                "<p>The town-twinning website is a virtual meeting place for European "
                "municipalities that wish to establish twinning links. It is available in more "
                "than 20 languages and offers an online form for municipalities looking for "
                "a partner.</p>"
            ),
        },
    },
    {"type": "twinning_search", "value": None},
    {
        "type": "link_list",
        "value": {
            "title": "Useful links",
            "links": [
                {
                    "title": "Town-twinning website (twinning.org)",
                    "url": "https://www.twinning.org/",
                    "page": None,
                },
                {
                    "title": (
                        "Bridges of Trust: partnerships between Ukrainian and EU municipalities"
                    ),
                    "url": "",
                    "page": "bridges-of-trust",
                },
                {
                    "title": "European Charter for Equality of Women and Men in Local Life",
                    "url": "",
                    "page": "equality-charter",
                },
            ],
        },
    },
]

# --- Programmes, in display order ---------------------------------------------------------

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
        "status": "ongoing",
        "start_date": "2021-03-01",
        "end_date": None,
        "website": "",
        "partners": ["platforma", "auc", "u-lead"],
        "contacts": ["taran"],
        "related": ["town-twinning"],
        "colour": "#1d4f91",
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
        "status": "ongoing",
        "start_date": None,
        "end_date": None,
        "website": "https://eu-mayors.ec.europa.eu/",
        "partners": ["european-commission"],
        "contacts": [],
        "related": ["rfsc"],
        "colour": "#1e5631",
        "body": {"en": COVENANT_BODY_EN},
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
        "status": "ongoing",
        "start_date": None,
        "end_date": None,
        "website": "http://rfsc.eu/",
        "partners": ["french-ministry", "cerema"],
        "contacts": [],
        "related": ["covenant-of-mayors"],
        "colour": "#00594f",
        "body": {"en": RFSC_BODY_EN},
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
        "status": "ongoing",
        "start_date": None,
        "end_date": None,
        "website": "https://charter-equality.eu/",
        "partners": [],
        "contacts": [],
        "related": ["town-twinning"],
        "colour": "#6b2153",
        "body": {"en": EQUALITY_BODY_EN},
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
        "status": "ongoing",
        "start_date": None,
        "end_date": None,
        "website": "https://www.twinning.org/",
        "partners": [],
        "contacts": [],
        "related": ["bridges-of-trust", "equality-charter"],
        "colour": "#8a3a0f",
        "body": {"en": TWINNING_BODY_EN},
    },
]

# --- Standard pages (English body) ------------------------------------------------------

ABOUT_BODY_EN = [
    {"type": "heading", "value": {"text": "Who we are", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>The Council of European Municipalities and Regions (CEMR) is the largest "
            "organisation of local and regional governments in Europe. Its members are "
            "national associations of towns, municipalities and regions, which together "
            "represent some 130,000 local and regional governments.</p>"
            "<p>CEMR is also the European section of <b>United Cities and Local Governments "
            "(UCLG)</b>, the world organisation of local and regional governments. Through its "
            "work, CEMR gives towns and regions a voice in European policy-making and "
            "encourages them to learn from one another.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "What you will find on this site", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>Descriptions of the projects and programmes that CEMR leads or takes "
            "part in, with their objectives, partners and contacts.</li>"
            "<li>Information on town twinning and on partnerships between municipalities, "
            "including a form through which municipalities can ask to be put in touch with a "
            "partner.</li>"
            "<li>Content in English, French, German and Ukrainian; pages not yet translated "
            "are shown in English.</li></ul>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Get in touch",
            "text": (
                "<p>For questions about CEMR or this website, please write to "
                '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>.</p>'
            ),
        },
    },
]

PRIVACY_BODY_EN = [
    {"type": "heading", "value": {"text": "Who is responsible", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>This website is run by the Council of European Municipalities and Regions "
            "(CEMR), Square de Meeûs 1, 1000 Brussels, Belgium, which is responsible for the "
            "personal data processed through it.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Cookies", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>The site only sets the cookies that are technically necessary: a session "
            "cookie and a CSRF security cookie, used for forms and for the editors’ "
            "administration area. No analytics, advertising or tracking cookies are used, "
            "which is why no consent banner is shown.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Partnership requests", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>When a municipality asks for help in finding a partner, the form collects:</p>"
            "<ul><li>information about the municipality;</li>"
            "<li>the name, e-mail address and telephone number of a contact person.</li></ul>"
            "<p>These data are used only to handle the request and to put municipalities in "
            "touch with each other. Contact details are never published. Only CEMR’s twinning "
            "moderators can see them.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "How long we keep data", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>A partnership request is kept while it is being handled. Once it has been "
            "closed, the request and the personal data it contains are deleted after 24 "
            "months.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Under the General Data Protection Regulation (GDPR) you may ask to see the "
            "personal data we hold about you, to have it corrected or to have it erased. "
            'Please write to <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. You '
            "also have the right to lodge a complaint with the Belgian Data Protection "
            "Authority.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "No third-party services", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>The site loads no external fonts, maps or tracking tools, so visiting it does "
            "not pass any information about you to third parties.</p>"
        ),
    },
]

LEGAL_BODY_EN = [
    {"type": "heading", "value": {"text": "Publisher", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>This website is published by the Council of European Municipalities and "
            "Regions (CEMR), Square de Meeûs 1, 1000 Brussels, Belgium.</p>"
            '<ul><li>E-mail: <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li>'
            "<li>Telephone: +32 2 511 74 77</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Responsibility for content", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>CEMR prepares the content of this website with care and keeps it up to date "
            "as far as possible. It cannot, however, guarantee that all information is "
            "complete, accurate and current at all times. If you notice an error, please let "
            "us know so that we can correct it.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Links to other websites", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>This site links to websites run by partners and other organisations. CEMR has "
            "no control over their content and is not responsible for it; the operators of "
            "those sites are responsible for what they publish.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Reuse of content", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Texts published on this site may be reused provided that CEMR is named as the "
            "source. Logos and images of partner organisations remain the property of their "
            "owners.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Municipality data", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Information on municipalities is based on data from "
            '<a href="https://www.geonames.org/">GeoNames</a>, used under the '
            '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
            "Attribution 4.0 (CC BY 4.0)</a> licence.</p>"
        ),
    },
]

STANDARD_PAGES = [
    {
        "key": "about",
        "title": {
            "en": "About CEMR",
            "fr": "À propos du CCRE",
            "de": "Über den RGRE",
            "uk": "Про РЄМР",
        },
        "slug": {"en": "about", "fr": "a-propos", "de": "ueber-uns", "uk": "pro-nas"},
        "intro": {
            "en": (
                "CEMR is the largest organisation of local and regional governments in "
                "Europe. Here you can read who we are and what this website offers."
            ),
            "fr": (
                "Le CCRE est la plus grande organisation de collectivités locales et régionales "
                "d’Europe. Découvrez qui nous sommes et ce que propose ce site."
            ),
            "de": (
                "Der RGRE ist der größte Zusammenschluss lokaler und regionaler "
                "Gebietskörperschaften in Europa. Hier erfahren Sie, wer wir sind und was diese "
                "Website bietet."
            ),
            "uk": (
                "РЄМР – найбільша організація органів місцевої та регіональної влади в Європі. "
                "Тут ви дізнаєтеся, хто ми і що пропонує цей сайт."
            ),
        },
        "body": {"en": ABOUT_BODY_EN},
    },
    {
        "key": "privacy",
        "title": {
            "en": "Privacy notice",
            "fr": "Politique de confidentialité",
            "de": "Datenschutzerklärung",
            "uk": "Політика конфіденційності",
        },
        "slug": {
            "en": "privacy",
            "fr": "confidentialite",
            "de": "datenschutz",
            "uk": "konfidentsiinist",
        },
        "intro": {
            "en": (
                "How this website handles personal data, which cookies it uses and how you can "
                "exercise your rights."
            ),
            "fr": (
                "Comment ce site traite les données personnelles, quels cookies il utilise et "
                "comment exercer vos droits."
            ),
            "de": (
                "Wie diese Website mit personenbezogenen Daten umgeht, welche Cookies sie "
                "verwendet und wie Sie Ihre Rechte wahrnehmen können."
            ),
            "uk": (
                "Як цей сайт обробляє персональні дані, які файли cookie використовує і як ви "
                "можете скористатися своїми правами."
            ),
        },
        "body": {"en": PRIVACY_BODY_EN},
    },
    {
        "key": "legal",
        "title": {
            "en": "Legal notice",
            "fr": "Mentions légales",
            "de": "Impressum",
            "uk": "Правова інформація",
        },
        "slug": {
            "en": "legal-notice",
            "fr": "mentions-legales",
            "de": "impressum",
            "uk": "pravova-informatsiia",
        },
        "intro": {
            "en": (
                "Information about the publisher of this website, the reuse of its content and "
                "the sources of its data."
            ),
            "fr": (
                "Informations sur l’éditeur de ce site, la réutilisation de son contenu et "
                "l’origine de ses données."
            ),
            "de": (
                "Angaben zum Herausgeber dieser Website, zur Weiterverwendung ihrer Inhalte und "
                "zu den Datenquellen."
            ),
            "uk": (
                "Відомості про видавця цього сайту, повторне використання його матеріалів і "
                "джерела даних."
            ),
        },
        "body": {"en": LEGAL_BODY_EN},
    },
]

# --- Site settings ------------------------------------------------------------------------

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
