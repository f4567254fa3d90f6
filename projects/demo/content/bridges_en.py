"""Bridges of Trust: the page body in English."""

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
                    "label": "new partnerships between Ukrainian and EU municipalities: the project’s aim",
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
                        "Each municipality received help to develop a partnership with a "
                        "municipality in the EU, in cooperation with AUC. This support phase "
                        "ended on 30 September 2023."
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
