"""German texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Rat der Gemeinden und Regionen Europas",
        "slug": "startseite",
        "intro": (
            "Der Rat der Gemeinden und Regionen Europas (RGRE) vereint die nationalen Verbände "
            "der Kommunen und Regionen in ganz Europa. Entdecken Sie die Programme, mit denen wir "
            "Städte und Regionen dabei unterstützen, Partnerschaften aufzubauen, Lösungen "
            "auszutauschen und die lokale Demokratie zu stärken."
        ),
    },
    "programmes": {
        "title": "Projekte und Programme",
        "slug": "projekte",
        "intro": (
            "Der RGRE leitet Projekte und Programme für nachhaltige Städte und Regionen sowie für "
            "dezentrale Zusammenarbeit oder wirkt an ihnen mit. Sie unterstützen Kommunen und "
            "Regionen unmittelbar, indem sie Partnerschaften fördern, praktische Lösungen "
            "verbreiten und die Fähigkeit stärken, große Herausforderungen zu bewältigen."
        ),
    },
    "bridges-of-trust": {
        "title": "Brücken des Vertrauens",
        "slug": "bruecken-des-vertrauens",
        "summary": (
            "Seit März 2021 unterstützen der RGRE und PLATFORMA ukrainische Kommunen dabei, "
            "Partnerschaften mit Kommunen in der EU aufzubauen, damit dauerhafte Zusammenarbeit "
            "den Wiederaufbau der Ukraine voranbringt."
        ),
    },
    "covenant-of-mayors": {
        "title": "Konvent der Bürgermeister für Klima und Energie – Europa",
        "slug": "konvent-der-buergermeister",
        "summary": (
            "Der 2008 von der Europäischen Kommission ins Leben gerufene Konvent vereint über "
            "11.000 Kommunen, die sich freiwillig verpflichten, die Klima- und Energieziele der "
            "EU vor Ort umzusetzen."
        ),
    },
    "rfsc": {
        "title": "Referenzrahmen für nachhaltige Städte (RFSC)",
        "slug": "referenzrahmen-nachhaltige-staedte",
        "summary": (
            "Ein kostenloser Referenzrahmen mit Selbstbewertungsinstrument, der Kommunen und "
            "Regionen bei integrierten Strategien für nachhaltige Stadtentwicklung im Sinne der "
            "Neuen Leipzig-Charta und der SDGs unterstützt."
        ),
    },
    "equality-charter": {
        "title": (
            "Europäische Charta für die Gleichstellung von Frauen und Männern auf lokaler Ebene"
        ),
        "slug": "gleichstellungscharta",
        "summary": (
            "Die 2006 vom RGRE ins Leben gerufene Charta lädt Kommunen und Regionen ein, sich "
            "öffentlich zur Gleichstellung von Frauen und Männern zu bekennen und sie mit einem "
            "Gleichstellungsaktionsplan umzusetzen."
        ),
    },
    "town-twinning": {
        "title": "Städtepartnerschaften",
        "slug": "staedtepartnerschaften",
        "summary": (
            "Nach dem Zweiten Weltkrieg entstanden, um neue Konflikte zu verhindern, bringen "
            "Städtepartnerschaften bis heute Menschen und Kommunen in Europa zusammen – "
            "inzwischen auch bei ganz praktischen Aufgaben."
        ),
    },
    "about": {
        "title": "Über den RGRE",
        "slug": "ueber-uns",
        "intro": (
            "Der RGRE ist der größte Zusammenschluss lokaler und regionaler Gebietskörperschaften "
            "in Europa. Hier erfahren Sie, wer wir sind und was diese Website bietet."
        ),
    },
    "privacy": {
        "title": "Datenschutzerklärung",
        "slug": "datenschutz",
        "intro": (
            "Wie diese Website mit personenbezogenen Daten umgeht, welche Cookies sie verwendet "
            "und wie Sie Ihre Rechte wahrnehmen können."
        ),
    },
    "legal": {
        "title": "Impressum",
        "slug": "impressum",
        "intro": (
            "Angaben zum Herausgeber dieser Website, zur Weiterverwendung ihrer Inhalte und zu "
            "den Datenquellen."
        ),
    },
    "accessibility": {
        "title": "Erklärung zur Barrierefreiheit",
        "slug": "barrierefreiheit",
        "intro": (
            "Wie barrierefrei diese Website ist, woran nach unserem Kenntnisstand noch gearbeitet "
            "werden muss und wie Sie uns ein Problem melden können."
        ),
    },
}
BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Verantwortliche Stelle", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Diese Website wird vom Rat der Gemeinden und Regionen Europas (RGRE), Square "
                "de Meeûs 1, 1000 Brüssel, Belgien, betrieben. Er ist für die personenbezogenen "
                "Daten verantwortlich, die über die Website verarbeitet werden.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Cookies", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Die Website setzt nur die technisch notwendigen Cookies: ein Sitzungscookie "
                "und ein CSRF-Sicherheitscookie, die für Formulare und für den Verwaltungsbereich "
                "der Redaktion verwendet werden. Es werden keine Analyse-, Werbe- oder "
                "Tracking-Cookies eingesetzt; deshalb wird auch kein Einwilligungsbanner "
                "angezeigt.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Partnerschaftsanfragen", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Wenn eine Kommune um Hilfe bei der Suche nach einer Partnerkommune bittet, "
                "erfasst das Formular:</p><ul><li>Angaben zur Kommune;</li><li>Name, "
                "E-Mail-Adresse und Telefonnummer einer Kontaktperson.</li></ul><p>Diese Daten "
                "werden ausschließlich verwendet, um die Anfrage zu bearbeiten und Kommunen "
                "miteinander in Kontakt zu bringen. Kontaktdaten werden nie veröffentlicht. Nur "
                "die Moderatoren für Städtepartnerschaften beim RGRE können sie einsehen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Verwaltung eines Profils", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Wer beantragt, das Profil der eigenen Kommune zu verwalten, gibt Name, "
                "Funktion, eine dienstliche E-Mail-Adresse und den Grund des Antrags an. Die "
                "Moderatoren für Städtepartnerschaften beim RGRE prüfen den Antrag und "
                "entscheiden darüber. Die Adresse einer zugelassenen Person, die ein Profil "
                "verwaltet, wird für den Versand von Anmeldelinks und Nachrichten zum Profil "
                "verwendet. Sie wird nie veröffentlicht.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Nachrichten an eine Kommune", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Eine Nachricht, die über die Website an eine Kommune gesendet wird, wird per "
                "E-Mail an die Person weitergeleitet, die deren Profil verwaltet – zusammen mit "
                "Name, Organisation und E-Mail-Adresse der absendenden Person, damit direkt "
                "geantwortet werden kann. Die Adresse der verwaltenden Person wird der "
                "absendenden Person nicht angezeigt. Der RGRE bewahrt eine Kopie der Nachricht "
                "auf, um gegen Missbrauch vorgehen zu können.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Speicherdauer", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Eine Partnerschaftsanfrage wird gespeichert, solange sie bearbeitet wird; "
                "eine Anfrage, bei der 12 Monate lang keine Aktivität erfolgt, wird geschlossen. "
                "Ist eine Anfrage geschlossen, werden sie und die darin enthaltenen "
                "personenbezogenen Daten nach 24 Monaten gelöscht.</p><p>Über die Website "
                "gesendete Nachrichten und Anträge auf Verwaltung eines Profils, über die "
                "entschieden wurde, werden nach 12 Monaten gelöscht, ein unbestätigter Antrag "
                "nach 30 Tagen. Wenn jemand die Verwaltung eines Profils beendet, wird die "
                "Adresse dieser Person gelöscht.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Ihre Rechte", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Nach der Datenschutz-Grundverordnung (DSGVO) können Sie Auskunft über die "
                "personenbezogenen Daten verlangen, die wir über Sie speichern, sowie deren "
                "Berichtigung oder Löschung; jede solche Anfrage beantworten wir mit allem, was "
                "unter Ihrer E-Mail-Adresse gespeichert ist. Bitte schreiben Sie an <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Sie haben außerdem das '
                "Recht, bei der belgischen Datenschutzbehörde Beschwerde einzulegen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Keine Dienste Dritter", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Die Website lädt keine externen Schriftarten, Karten oder Tracking-Werkzeuge; "
                "bei einem Besuch werden daher keine Informationen über Sie an Dritte "
                "weitergegeben.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Herausgeber", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Diese Website wird vom Rat der Gemeinden und Regionen Europas (RGRE), Square "
                "de Meeûs 1, 1000 Brüssel, Belgien, herausgegeben.</p><ul><li>E-Mail: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefon: +32 2 '
                "511 74 77</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Verantwortung für die Inhalte", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Der RGRE erstellt die Inhalte dieser Website mit Sorgfalt und hält sie so "
                "weit wie möglich aktuell. Er kann jedoch nicht garantieren, dass alle "
                "Informationen jederzeit vollständig, richtig und aktuell sind. Wenn Ihnen ein "
                "Fehler auffällt, teilen Sie uns dies bitte mit, damit wir ihn korrigieren "
                "können.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Links zu anderen Websites", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Diese Website enthält Links zu Websites von Partnern und anderen "
                "Organisationen. Der RGRE hat keinen Einfluss auf deren Inhalte und ist nicht für "
                "sie verantwortlich; für das, was dort veröffentlicht wird, sind die Betreiber "
                "dieser Websites verantwortlich.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Weiterverwendung von Inhalten", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Auf dieser Website veröffentlichte Texte dürfen weiterverwendet werden, "
                "sofern der RGRE als Quelle genannt wird. Logos und Bilder der "
                "Partnerorganisationen bleiben Eigentum ihrer Inhaber.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Daten zu Kommunen", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Die Angaben zu den Kommunen beruhen auf Daten von <a "
                'href="https://www.geonames.org/">GeoNames</a>, die unter der Lizenz <a '
                'href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Namensnennung 4.0 (CC BY 4.0)</a> verwendet werden.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>Der RGRE möchte, dass alle Menschen diese Website nutzen können, auch "
                "diejenigen, die einen Screenreader, nur die Tastatur, eine "
                "Bildschirmvergrößerung oder eine Sprachsteuerung verwenden. Diese Erklärung "
                "folgt dem Muster der EU-Richtlinie über den barrierefreien Zugang zu Websites "
                "(2016/2102) und gilt für die gesamte Website.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Stand der Vereinbarkeit mit den Anforderungen", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Die Website ist wegen der unten aufgeführten Lücken <b>teilweise konform</b> "
                "mit den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 auf Stufe AA und mit "
                "der harmonisierten europäischen Norm EN 301 549.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Bekannte Lücken", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Einige Seiten und Teile von Seiten sind noch nicht in allen Sprachen "
                "verfasst. Sie werden auf Englisch angezeigt und als englischsprachig "
                "gekennzeichnet, damit Screenreader sie richtig aussprechen, und die Seite gibt "
                "an, was fehlt.</li><li>Viele Übersetzungen wurden noch nicht von "
                "Muttersprachlerinnen oder Muttersprachlern gelesen und können mitunter schwer "
                "verständlich sein.</li><li>Die Website wurde noch nicht von einer unabhängigen "
                "Fachperson für Barrierefreiheit geprüft.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Wie die Website geprüft wurde", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Diese Erklärung wurde am 3. Dezember 2026 auf der Grundlage einer "
                "Selbstbewertung erstellt. Jede Änderung an der Website wird automatisch "
                "getestet: Jede öffentliche Seite wird mit der Prüfsoftware für Barrierefreiheit "
                "axe-core im Browser Chromium geprüft, Formulare werden allein mit der Tastatur "
                "ausgefüllt, und die Seiten werden in mehreren Sprachen bei Breiten bis hinunter "
                "zu 320 Pixeln angezeigt.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Ein Problem melden", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Wenn Sie etwas auf dieser Website nur schwer oder gar nicht nutzen können "
                "oder Inhalte in einem anderen Format benötigen, schreiben Sie bitte an <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Nennen Sie die Seite '
                "und beschreiben Sie, was nicht funktioniert hat. Ihre Nachricht erreicht das "
                "Team, das die Website betreibt; es wird Ihnen antworten.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Durchsetzungsverfahren", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die "
                "Stelle wenden, die in Ihrem Land für die Barrierefreiheit von Websites zuständig "
                "ist.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {
    "taran": "Projektreferent – Internationale Partnerschaften (U-LEAD)",
}
PARTNER_NAMES = {
    "auc": "Ukrainischer Städtebund (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Europäische Kommission",
    "french-ministry": "Französisches Ministerium für Wohnungswesen und Stadtentwicklung",
}
SITE = {
    "organisation_name": "Rat der Gemeinden und Regionen Europas (RGRE)",
    "address": "Square de Meeûs 1\n1000 Brüssel\nBelgien",
}
