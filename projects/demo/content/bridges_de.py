"""Bridges of Trust: the page body in German."""

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
                        "neue Partnerschaften zwischen ukrainischen Kommunen und Kommunen in der "
                        "EU: das Ziel des Projekts"
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
                        "Jede Kommune wurde gemeinsam mit dem AUC beim Aufbau einer Partnerschaft "
                        "mit einer Kommune in der EU unterstützt. Diese Phase der Begleitung "
                        "endete am 30. September 2023."
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
