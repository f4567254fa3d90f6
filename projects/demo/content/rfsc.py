"""Reference Framework for Sustainable Cities: the page body in English."""

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
