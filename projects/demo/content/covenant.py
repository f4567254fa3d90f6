"""Covenant of Mayors for Climate & Energy Europe: the page body in English."""

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
