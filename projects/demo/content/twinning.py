"""Town Twinning: the page body in English."""

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
