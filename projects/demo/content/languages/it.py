"""Italian texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Consiglio dei Comuni e delle Regioni d’Europa",
        "slug": "pagina-iniziale",
        "intro": (
            "Il Consiglio dei Comuni e delle Regioni d’Europa (CCRE) riunisce le "
            "associazioni nazionali degli enti locali e regionali di tutta Europa. Scopra "
            "i programmi con cui aiutiamo città e regioni a costruire partenariati, "
            "condividere soluzioni e rafforzare la democrazia locale."
        ),
    },
    "programmes": {
        "title": "Progetti e programmi",
        "slug": "progetti",
        "intro": (
            "Il CCRE guida progetti e programmi che promuovono territori sostenibili e la "
            "cooperazione decentrata, e vi partecipa. Queste iniziative sostengono "
            "direttamente gli enti locali e regionali costruendo partenariati, "
            "condividendo soluzioni pratiche e rafforzando la loro capacità di rispondere "
            "alle grandi sfide."
        ),
    },
    "bridges-of-trust": {
        "title": "Ponti di fiducia",
        "slug": "ponti-di-fiducia",
        "summary": (
            "Da marzo 2021 il CCRE e PLATFORMA aiutano i comuni ucraini a costruire "
            "partenariati con comuni dell’UE, affinché una cooperazione locale duratura "
            "sostenga la ricostruzione dell’Ucraina."
        ),
    },
    "covenant-of-mayors": {
        "title": "Patto dei Sindaci per il Clima e l’Energia – Europa",
        "slug": "patto-dei-sindaci",
        "summary": (
            "Lanciato dalla Commissione europea nel 2008, il Patto riunisce oltre 11.000 "
            "enti locali che si impegnano volontariamente a realizzare gli obiettivi "
            "dell’UE in materia di clima ed energia."
        ),
    },
    "rfsc": {
        "title": "Quadro di riferimento per le città sostenibili (RFSC)",
        "slug": "quadro-riferimento-citta-sostenibili",
        "summary": (
            "Un quadro di riferimento e uno strumento di autovalutazione gratuiti che "
            "aiutano gli enti locali e regionali a elaborare strategie integrate di "
            "sviluppo urbano sostenibile in linea con la Nuova Carta di Lipsia e gli "
            "Obiettivi di sviluppo sostenibile."
        ),
    },
    "equality-charter": {
        "title": (
            "Carta europea per l’uguaglianza e la parità delle donne e degli uomini nella "
            "vita locale"
        ),
        "slug": "carta-uguaglianza",
        "summary": (
            "Lanciata dal CCRE nel 2006, la Carta invita gli enti locali e regionali a "
            "impegnarsi pubblicamente per l’uguaglianza tra donne e uomini e a metterla "
            "in pratica attraverso un piano d’azione per l’uguaglianza."
        ),
    },
    "town-twinning": {
        "title": "Gemellaggio tra città",
        "slug": "gemellaggio",
        "summary": (
            "Nato dopo la Seconda guerra mondiale per prevenire nuovi conflitti, il "
            "gemellaggio tra città continua ad avvicinare i cittadini e i comuni d’Europa "
            "– oggi anche attorno a sfide pratiche comuni."
        ),
    },
    "about": {
        "title": "Informazioni sul CCRE",
        "slug": "chi-siamo",
        "intro": (
            "Il CCRE è la più grande organizzazione di enti locali e regionali d’Europa. "
            "Qui può leggere chi siamo e che cosa offre questo sito."
        ),
    },
    "privacy": {
        "title": "Informativa sulla privacy",
        "slug": "privacy",
        "intro": (
            "Come questo sito tratta i dati personali, quali cookie utilizza e come può "
            "esercitare i Suoi diritti."
        ),
    },
    "legal": {
        "title": "Note legali",
        "slug": "note-legali",
        "intro": (
            "Informazioni sull’editore di questo sito, sul riutilizzo dei suoi contenuti "
            "e sulle fonti dei suoi dati."
        ),
    },
    "accessibility": {
        "title": "Dichiarazione di accessibilità",
        "slug": "accessibilita",
        "intro": (
            "Quanto è accessibile questo sito, che cosa sappiamo che va ancora migliorato "
            "e come segnalarci un problema."
        ),
    },
}

BODIES = {
    "privacy": [
        {
            "type": "heading",
            "value": {
                "text": "Chi è responsabile",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Questo sito è gestito dal Consiglio dei Comuni e delle Regioni d’Europa "
                "(CCRE), Square de Meeûs 1, 1000 Bruxelles, Belgio, che è responsabile dei "
                "dati personali trattati attraverso di esso.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Cookie",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Il sito imposta soltanto i cookie tecnicamente necessari: un cookie di "
                "sessione e un cookie di sicurezza CSRF, utilizzati per i moduli e per l’area "
                "di amministrazione dei redattori. Non vengono utilizzati cookie analitici, "
                "pubblicitari o di tracciamento; per questo non viene mostrato alcun banner "
                "per il consenso.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Richieste di partenariato",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Quando un comune chiede aiuto per trovare un partner, il modulo "
                "raccoglie:</p><ul><li>informazioni sul comune;</li><li>il nome, l’indirizzo "
                "e-mail e il numero di telefono di una persona di "
                "contatto.</li></ul><p>Questi dati sono utilizzati esclusivamente per gestire "
                "la richiesta e per mettere in contatto i comuni tra loro. I dati di contatto "
                "non vengono mai pubblicati. Solo i moderatori dei gemellaggi del CCRE "
                "possono vederli.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Gestione di un profilo",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Chi chiede di gestire il profilo del proprio comune indica il proprio "
                "nome, il proprio ruolo, un indirizzo e-mail istituzionale e il motivo della "
                "richiesta. I moderatori dei gemellaggi del CCRE la esaminano e decidono. "
                "L’indirizzo di un gestore approvato viene utilizzato per inviare link di "
                "accesso e messaggi relativi al profilo. Non viene mai pubblicato.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Messaggi a un comune",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Un messaggio inviato a un comune tramite il sito viene inoltrato per "
                "e-mail alla persona che ne gestisce il profilo, insieme al nome, "
                "all’organizzazione e all’indirizzo e-mail del mittente, in modo che possa "
                "rispondere direttamente. L’indirizzo del gestore non viene mostrato al "
                "mittente. Il CCRE conserva una copia del messaggio per poter intervenire in "
                "caso di abusi.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Per quanto tempo conserviamo i dati",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Una richiesta di partenariato viene conservata finché è in corso di "
                "trattazione; se resta senza attività per 12 mesi, viene chiusa. Dopo la "
                "chiusura, la richiesta e i dati personali che contiene vengono cancellati "
                "trascorsi 24 mesi.</p><p>I messaggi inviati tramite il sito e le richieste "
                "di gestione di un profilo già decise vengono cancellati dopo 12 mesi, e una "
                "richiesta non confermata dopo 30 giorni. Quando una persona smette di "
                "gestire un profilo, il suo indirizzo viene cancellato.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "I Suoi diritti",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ai sensi del Regolamento generale sulla protezione dei dati (GDPR), può "
                "chiedere di consultare i dati personali che conserviamo su di Lei, di farli "
                "rettificare o di farli cancellare; rispondiamo a ogni richiesta di questo "
                "tipo con tutto ciò che è memorizzato in relazione al Suo indirizzo e-mail. "
                'Scriva a <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Ha '
                "inoltre il diritto di proporre reclamo all’Autorità belga per la protezione "
                "dei dati.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Nessun servizio di terzi",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Il sito non carica caratteri, mappe o strumenti di tracciamento esterni, "
                "quindi visitarlo non trasmette a terzi alcuna informazione che La "
                "riguarda.</p>"
            ),
        },
    ],
    "legal": [
        {
            "type": "heading",
            "value": {
                "text": "Editore",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Questo sito è pubblicato dal Consiglio dei Comuni e delle Regioni "
                "d’Europa (CCRE), Square de Meeûs 1, 1000 Bruxelles, "
                "Belgio.</p><ul><li>E-mail: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefono: '
                "+32 2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Responsabilità per i contenuti",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Il CCRE prepara con cura i contenuti di questo sito e li mantiene "
                "aggiornati per quanto possibile. Non può tuttavia garantire che tutte le "
                "informazioni siano sempre complete, esatte e aggiornate. Se nota un errore, "
                "La preghiamo di segnalarcelo affinché possiamo correggerlo.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Link ad altri siti",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Questo sito contiene link a siti gestiti da partner e da altre "
                "organizzazioni. Il CCRE non ha alcun controllo sui loro contenuti e non ne è "
                "responsabile; i gestori di tali siti rispondono di ciò che pubblicano.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Riutilizzo dei contenuti",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>I testi pubblicati su questo sito possono essere riutilizzati a "
                "condizione che il CCRE sia citato come fonte. I loghi e le immagini delle "
                "organizzazioni partner restano di proprietà dei rispettivi titolari.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Dati sui comuni",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Le informazioni sui comuni si basano su dati di <a "
                'href="https://www.geonames.org/">GeoNames</a>, utilizzati ai sensi della '
                'licenza <a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                "Commons Attribuzione 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>Il CCRE desidera che tutti possano utilizzare questo sito, comprese le "
                "persone che usano un lettore di schermo, solo la tastiera, l’ingrandimento o "
                "il controllo vocale. La presente dichiarazione segue il modello della "
                "direttiva UE sull’accessibilità dei siti web (2016/2102) e si applica "
                "all’intero sito.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Stato di conformità",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Il sito è <b>parzialmente conforme</b> alle Linee guida per "
                "l’accessibilità dei contenuti web (WCAG) 2.1, livello AA, e alla norma "
                "europea armonizzata EN 301 549, a causa delle lacune elencate di "
                "seguito.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Lacune note",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Alcune pagine e parti di pagine non sono ancora redatte in tutte le "
                "lingue. Sono mostrate in inglese, contrassegnate come testo in inglese "
                "affinché i lettori di schermo le pronuncino correttamente, e la pagina "
                "indica che cosa manca.</li><li>Molte traduzioni non sono ancora state lette "
                "da un madrelingua e talvolta possono risultare difficili da "
                "seguire.</li><li>Il sito non è ancora stato verificato da un esperto "
                "indipendente di accessibilità.</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Come è stato verificato il sito",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>La presente dichiarazione è stata redatta il 3 dicembre 2026 sulla base "
                "di un’autovalutazione. Ogni modifica al sito viene testata automaticamente: "
                "ogni pagina pubblica è verificata con il motore di accessibilità axe-core "
                "nel browser Chromium, i moduli vengono compilati usando solo la tastiera e "
                "le pagine vengono visualizzate con larghezze fino a un minimo di 320 pixel, "
                "in diverse lingue.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Ci segnali un problema",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Se qualcosa su questo sito Le risulta difficile o impossibile da usare, o "
                "se ha bisogno di contenuti in un altro formato, scriva a <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Indichi la pagina e '
                "che cosa non ha funzionato. Il Suo messaggio arriva al gruppo che gestisce "
                "il sito, che Le risponderà.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Procedura di attuazione",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Se non è soddisfatto della nostra risposta, può rivolgersi all’autorità "
                "responsabile dell’accessibilità dei siti web nel Suo paese.</p>"
            ),
        },
    ],
}

CONTACT_ROLES = {
    "taran": "Responsabile di progetto – Partenariati internazionali (U-LEAD)",
}

PARTNER_NAMES = {
    "auc": "Associazione delle città ucraine (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Commissione europea",
    "french-ministry": (
        "Ministero francese competente per l’edilizia abitativa e lo sviluppo urbano"
    ),
}

SITE = {
    "organisation_name": "Consiglio dei Comuni e delle Regioni d’Europa (CCRE)",
    "address": "Square de Meeûs 1\n1000 Bruxelles\nBelgio",
}
