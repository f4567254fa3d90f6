"""Danish texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "De Europæiske Kommuners og Regioners Råd",
        "slug": "forside",
        "intro": (
            "De Europæiske Kommuners og Regioners Råd (CEMR) samler de nationale kommune- og "
            "regionsforeninger i hele Europa. Udforsk de programmer, hvor vi hjælper byer og "
            "regioner med at opbygge partnerskaber, dele løsninger og styrke det lokale demokrati."
        ),
    },
    "programmes": {
        "title": "Projekter og programmer",
        "slug": "projekter",
        "intro": (
            "CEMR leder og deltager i projekter og programmer, der fremmer bæredygtig territorial "
            "udvikling og decentralt samarbejde. De giver kommuner og regioner direkte støtte ved "
            "at opbygge partnerskaber, dele praktiske løsninger og styrke deres evne til at "
            "håndtere store udfordringer."
        ),
    },
    "bridges-of-trust": {
        "title": "Broer af tillid",
        "slug": "broer-af-tillid",
        "summary": (
            "Siden marts 2021 har CEMR og PLATFORMA hjulpet ukrainske kommuner med at opbygge "
            "partnerskaber med kommuner i EU, så et varigt lokalt samarbejde kan støtte "
            "genopbygningen af Ukraine."
        ),
    },
    "covenant-of-mayors": {
        "title": "Borgmesterpagten for klima og energi – Europa",
        "slug": "borgmesterpagten",
        "summary": (
            "Borgmesterpagten blev lanceret af Europa-Kommissionen i 2008 og samler mere end "
            "11.000 lokale myndigheder, der frivilligt forpligter sig til at indfri EU’s klima- "
            "og energimål."
        ),
    },
    "rfsc": {
        "title": "Referenceramme for bæredygtige byer (RFSC)",
        "slug": "referenceramme-baeredygtige-byer",
        "summary": (
            "En gratis referenceramme og et selvevalueringsværktøj, der hjælper kommuner og "
            "regioner med at udforme integrerede strategier for bæredygtig byudvikling i tråd med "
            "Det Nye Leipzig-charter og verdensmålene for bæredygtig udvikling."
        ),
    },
    "equality-charter": {
        "title": "Det europæiske charter for ligestilling mellem kvinder og mænd i lokalsamfundet",
        "slug": "ligestillingscharter",
        "summary": (
            "Charteret blev lanceret af CEMR i 2006 og opfordrer kommuner og regioner til "
            "offentligt at forpligte sig til ligestilling mellem kvinder og mænd og til at "
            "omsætte den i praksis gennem en handlingsplan for ligestilling."
        ),
    },
    "town-twinning": {
        "title": "Venskabsbysamarbejde",
        "slug": "venskabsbyer",
        "summary": (
            "Venskabsbysamarbejdet opstod efter Anden Verdenskrig for at forhindre nye konflikter "
            "og bringer stadig Europas borgere og kommuner sammen – i dag også om fælles "
            "praktiske udfordringer."
        ),
    },
    "about": {
        "title": "Om CEMR",
        "slug": "om-os",
        "intro": (
            "CEMR er den største organisation for lokale og regionale myndigheder i Europa. Her "
            "kan du læse, hvem vi er, og hvad dette websted tilbyder."
        ),
    },
    "privacy": {
        "title": "Privatlivspolitik",
        "slug": "privatlivspolitik",
        "intro": (
            "Hvordan dette websted behandler personoplysninger, hvilke cookies det bruger, og "
            "hvordan du kan udøve dine rettigheder."
        ),
    },
    "legal": {
        "title": "Juridisk meddelelse",
        "slug": "juridisk-meddelelse",
        "intro": (
            "Oplysninger om udgiveren af dette websted, om genbrug af indholdet og om kilderne "
            "til dets data."
        ),
    },
    "accessibility": {
        "title": "Tilgængelighedserklæring",
        "slug": "tilgaengelighed",
        "intro": (
            "Hvor tilgængeligt dette websted er, hvad vi ved stadig skal forbedres, og hvordan du "
            "kan fortælle os om et problem."
        ),
    },
}


PRIVACY_BODY = [
    {"type": "heading", "value": {"text": "Hvem der er ansvarlig", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Dette websted drives af De Europæiske Kommuners og Regioners Råd (CEMR), Square "
            "de Meeûs 1, 1000 Bruxelles, Belgien, som er ansvarlig for de personoplysninger, der "
            "behandles via webstedet.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Cookies", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Webstedet sætter kun de cookies, der er teknisk nødvendige: en sessionscookie og "
            "en CSRF-sikkerhedscookie, som bruges til formularer og til redaktørernes "
            "administrationsområde. Der bruges ingen cookies til analyse, annoncering eller "
            "sporing, og derfor vises der ikke noget samtykkebanner.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Partnerskabsanmodninger", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Når en kommune beder om hjælp til at finde en samarbejdspartner, indsamler "
            "formularen:</p>"
            "<ul><li>oplysninger om kommunen;</li>"
            "<li>navn, e-mailadresse og telefonnummer på en kontaktperson.</li></ul>"
            "<p>Oplysningerne bruges kun til at behandle anmodningen og til at sætte kommuner i "
            "kontakt med hinanden. Kontaktoplysninger offentliggøres aldrig. Kun CEMR’s "
            "venskabsbymoderatorer kan se dem.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Administration af en profil", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Den, der beder om at administrere sin kommunes profil, oplyser sit navn, sin "
            "rolle, en officiel e-mailadresse og begrundelsen for anmodningen. CEMR’s "
            "venskabsbymoderatorer læser anmodningen og træffer afgørelse. Adressen på en "
            "godkendt profilansvarlig bruges til at sende loginlinks og beskeder om profilen. "
            "Den offentliggøres aldrig.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Beskeder til en kommune", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>En besked, der sendes til en kommune via webstedet, videresendes pr. e-mail til "
            "den person, der administrerer kommunens profil, sammen med afsenderens navn, "
            "organisation og e-mailadresse, så vedkommende kan svare direkte. Den "
            "profilansvarliges adresse vises ikke for afsenderen. CEMR gemmer en kopi af "
            "beskeden for at kunne håndtere misbrug.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Hvor længe vi opbevarer oplysninger", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>En partnerskabsanmodning opbevares, mens den behandles; en anmodning uden "
            "aktivitet i 12 måneder lukkes. Når en anmodning er lukket, slettes den og de "
            "personoplysninger, den indeholder, efter 24 måneder.</p>"
            "<p>Beskeder, der er sendt via webstedet, og afgjorte anmodninger om at administrere "
            "en profil slettes efter 12 måneder, og en ubekræftet anmodning efter 30 dage. Når en "
            "person holder op med at administrere en profil, slettes vedkommendes adresse.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Dine rettigheder", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>I henhold til databeskyttelsesforordningen (GDPR) kan du bede om at se de "
            "personoplysninger, vi har om dig, og om at få dem rettet eller slettet; vi besvarer "
            "hver sådan anmodning med alt, hvad der er gemt under din e-mailadresse. Skriv til "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Du har også ret til at '
            "indgive en klage til den belgiske databeskyttelsesmyndighed.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Ingen tjenester fra tredjeparter", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Webstedet indlæser ingen eksterne skrifttyper, kort eller sporingsværktøjer, så "
            "dit besøg videregiver ingen oplysninger om dig til tredjeparter.</p>"
        ),
    },
]


LEGAL_BODY = [
    {"type": "heading", "value": {"text": "Udgiver", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Dette websted udgives af De Europæiske Kommuners og Regioners Råd (CEMR), Square "
            "de Meeûs 1, 1000 Bruxelles, Belgien.</p>"
            '<ul><li>E-mail: <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li>'
            "<li>Telefon: +32 2 511 74 77</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Ansvar for indholdet", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>CEMR udarbejder indholdet på dette websted omhyggeligt og holder det så vidt "
            "muligt opdateret. CEMR kan dog ikke garantere, at alle oplysninger til enhver tid er "
            "fuldstændige, korrekte og aktuelle. Hvis du opdager en fejl, beder vi dig give os "
            "besked, så vi kan rette den.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Links til andre websteder", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Dette websted linker til websteder, der drives af samarbejdspartnere og andre "
            "organisationer. CEMR har ingen kontrol over deres indhold og er ikke ansvarlig for "
            "det; de, der driver disse websteder, er ansvarlige for det, de offentliggør.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Genbrug af indhold", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Tekster, der offentliggøres på dette websted, må genbruges, forudsat at CEMR "
            "angives som kilde. Logoer og billeder fra partnerorganisationer tilhører fortsat "
            "deres ejere.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Data om kommuner", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Oplysningerne om kommuner bygger på data fra "
            '<a href="https://www.geonames.org/">GeoNames</a>, der anvendes i henhold til '
            'licensen <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
            "Attribution 4.0 (CC BY 4.0)</a>.</p>"
        ),
    },
]


ACCESSIBILITY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>CEMR ønsker, at alle skal kunne bruge dette websted, også personer, der bruger "
            "skærmlæser, kun tastatur, forstørrelse eller stemmestyring. Denne erklæring følger "
            "modellen i EU’s webtilgængelighedsdirektiv (2016/2102) og gælder for hele "
            "webstedet.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Overensstemmelsesstatus", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Webstedet er <b>delvist i overensstemmelse</b> med Web Content Accessibility "
            "Guidelines (WCAG) 2.1 på niveau AA og med den harmoniserede europæiske standard EN "
            "301 549 på grund af de mangler, der er anført nedenfor.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Kendte mangler", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>Nogle sider og dele af sider er endnu ikke skrevet på alle sprog. De vises "
            "på engelsk og er markeret som engelsk, så skærmlæsere udtaler dem korrekt, og siden "
            "oplyser, hvad der mangler.</li>"
            "<li>Mange oversættelser er endnu ikke blevet læst af en person med sproget som "
            "modersmål og kan til tider være svære at forstå.</li>"
            "<li>Webstedet er endnu ikke blevet gennemgået af en uafhængig "
            "tilgængelighedsekspert.</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Sådan er webstedet kontrolleret", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Denne erklæring blev udarbejdet den 3. december 2026 på grundlag af en "
            "selvevaluering. Hver ændring af webstedet testes automatisk: hver offentlig side "
            "kontrolleres med tilgængelighedsmotoren axe-core i browseren Chromium, formularer "
            "udfyldes kun med tastaturet, og siderne vises i bredder ned til 320 pixels på flere "
            "sprog.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Fortæl os om et problem", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Hvis noget på dette websted er svært eller umuligt for dig at bruge, eller hvis "
            "du har brug for indhold i et andet format, så skriv til "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Skriv, hvilken side '
            "det drejer sig om, og hvad der gik galt. Din besked når frem til det team, der "
            "driver webstedet, og de vil svare dig.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Håndhævelsesprocedure", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Hvis du ikke er tilfreds med vores svar, kan du kontakte den myndighed, der har "
            "ansvaret for websteders tilgængelighed i dit land.</p>"
        ),
    },
]


BODIES = {
    "privacy": PRIVACY_BODY,
    "legal": LEGAL_BODY,
    "accessibility": ACCESSIBILITY_BODY,
}

CONTACT_ROLES = {"taran": "Projektmedarbejder – internationale partnerskaber (U-LEAD)"}

PARTNER_NAMES = {
    "auc": "Sammenslutningen af Ukrainske Byer (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Europa-Kommissionen",
    "french-ministry": "Det franske ministerium med ansvar for boliger og byudvikling",
}

SITE = {
    "organisation_name": "De Europæiske Kommuners og Regioners Råd (CEMR)",
    "address": "Square de Meeûs 1\n1000 Bruxelles\nBelgien",
}
