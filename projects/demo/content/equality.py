"""European Charter for Equality of Women and Men in Local Life: the page body in
English."""

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
