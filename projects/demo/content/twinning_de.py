"""The German body of the Town Twinning page."""

TWINNING_BODY_DE = [
    {
        "type": "heading",
        "value": {
            "text": "Die Menschen in Europa einander näherbringen – Stadt für Stadt",
            "level": "h2",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Städtepartnerschaften nahmen in den Jahren unmittelbar nach dem Zweiten "
            "Weltkrieg Gestalt an, als Stadtoberhäupter und Bürgerschaft den Entschluss fassten, "
            "dass Europa nie wieder von Konflikten zerrissen werden dürfe. Von Anfang an hat "
            "sich der RGRE dafür eingesetzt, Menschen aus verschiedenen Ländern und Kulturen "
            "zusammenzubringen und die Zusammenarbeit zwischen den Verantwortlichen in den "
            "Kommunen und ihrer Bürgerschaft zu fördern.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Für den RGRE sind stärkere Austauschbeziehungen zwischen Kommunen für die "
            "Entwicklung Europas unverzichtbar. Die Zusammenarbeit zwischen Städten entwickelt "
            "sich ständig weiter: Heute arbeiten Partnerkommunen auch bei konkreten Fragen wie "
            "Wasserwirtschaft, wirtschaftlicher Entwicklung und besseren sozialen Diensten "
            "zusammen. Der RGRE trägt dazu bei, dass Städtepartnerschaften zeitgemäß und "
            "wirksam bleiben, indem er moderne, hochwertige Austauschformate fördert, die alle "
            "Teile der europäischen Gesellschaft einbeziehen.</p>"
        ),
    },
    {
        "type": "objectives",
        "value": {
            "general_objective": (
                "Städtepartnerschaften als lebendiges Band zwischen den Menschen und Kommunen "
                "Europas erhalten, das den Herausforderungen von heute gewachsen ist."
            ),
            "specific_objectives": [
                "Friedliche Beziehungen zwischen den Menschen in Europa und ihre aktive "
                "Beteiligung am Leben vor Ort fördern.",
                "Das gegenseitige Verständnis und die Freundschaft zwischen den Bürgerinnen und "
                "Bürgern Europas vertiefen.",
                "Eine Online-Plattform bereitstellen, die es europäischen Kommunen erleichtert, "
                "neue Städtepartnerschaften einzugehen.",
                "Die fachliche Zusammenarbeit zwischen Kommunen und den Austausch bewährter "
                "Verfahren fördern.",
                "Gute Regierungsführung auf kommunaler Ebene unterstützen und die Rolle der "
                "lokalen und regionalen Gebietskörperschaften in der europäischen Integration "
                "stärken.",
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "Arbeitsgruppe Städtepartnerschaften", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Die Arbeitsgruppe vereint die Koordinatorinnen und Koordinatoren sowie die "
            "Fachleute für Städtepartnerschaften aus den Mitgliedsverbänden des RGRE. Sie "
            "fördert Städtepartnerschaften und verfolgt ihre Entwicklung, erarbeitet neue "
            "Formen der Partnerschaft und berät die Europäische Kommission zum Programm "
            "„Europa für Bürgerinnen und Bürger“.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Auf der Suche nach einer Partnerkommune?",
            "text": (
                "<p>Die Website für Städtepartnerschaften ist ein virtueller Treffpunkt für "
                "europäische Kommunen, die Städtepartnerschaften eingehen möchten. Sie ist in "
                "mehr als 20 Sprachen verfügbar und bietet Kommunen, die eine Partnerkommune "
                "suchen, ein Online-Formular.</p>"
            ),
        },
    },
    {"type": "twinning_search", "value": None},
    {
        "type": "link_list",
        "value": {
            "title": "Nützliche Links",
            "links": [
                {
                    "title": "Website für Städtepartnerschaften (twinning.org)",
                    "url": "https://www.twinning.org/",
                    "page": None,
                },
                {
                    "title": (
                        "Brücken des Vertrauens: Partnerschaften zwischen ukrainischen Kommunen "
                        "und Kommunen in der EU"
                    ),
                    "url": "",
                    "page": "bridges-of-trust",
                },
                {
                    "title": (
                        "Europäische Charta für die Gleichstellung von Frauen und Männern auf "
                        "lokaler Ebene"
                    ),
                    "url": "",
                    "page": "equality-charter",
                },
            ],
        },
    },
]
