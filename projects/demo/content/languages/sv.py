"""Swedish texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Rådet för Europas kommuner och regioner",
        "slug": "startsida",
        "intro": (
            "Rådet för Europas kommuner och regioner (CEMR) samlar de nationella kommun- och "
            "regionförbunden i hela Europa. Utforska de program genom vilka vi hjälper städer "
            "och regioner att bygga partnerskap, dela lösningar och stärka den lokala demokratin."
        ),
    },
    "programmes": {
        "title": "Projekt och program",
        "slug": "projekt",
        "intro": (
            "CEMR leder och deltar i projekt och program som främjar hållbar territoriell "
            "utveckling och decentraliserat samarbete. De ger kommuner och regioner direkt stöd "
            "genom att bygga partnerskap, sprida praktiska lösningar och stärka deras förmåga att "
            "möta stora utmaningar."
        ),
    },
    "bridges-of-trust": {
        "title": "Broar av förtroende",
        "slug": "broar-av-fortroende",
        "summary": (
            "Sedan mars 2021 hjälper CEMR och PLATFORMA ukrainska kommuner att bygga partnerskap "
            "med kommuner i EU, så att ett varaktigt lokalt samarbete bidrar till Ukrainas "
            "återuppbyggnad."
        ),
    },
    "covenant-of-mayors": {
        "title": "Borgmästaravtalet för klimat och energi – Europa",
        "slug": "borgmastaravtalet",
        "summary": (
            "Borgmästaravtalet lanserades av Europeiska kommissionen 2008 och samlar mer än "
            "11 000 lokala myndigheter som frivilligt åtar sig att genomföra "
            "EU:s klimat- och energimål."
        ),
    },
    "rfsc": {
        "title": "Referensram för hållbara städer (RFSC)",
        "slug": "referensram-hallbara-stader",
        "summary": (
            "En kostnadsfri referensram och ett självskattningsverktyg som hjälper kommuner och "
            "regioner att utforma integrerade strategier för hållbar stadsutveckling i linje med "
            "Nya Leipzigstadgan och de globala målen för hållbar utveckling."
        ),
    },
    "equality-charter": {
        "title": (
            "Europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och "
            "regional nivå"
        ),
        "slug": "jamstalldhetsdeklarationen",
        "summary": (
            "Deklarationen lanserades av CEMR 2006 och uppmanar kommuner och regioner att "
            "offentligt åta sig att arbeta för jämställdhet mellan kvinnor och män och att "
            "omsätta den i praktiken genom en handlingsplan för jämställdhet."
        ),
    },
    "town-twinning": {
        "title": "Vänortssamarbete",
        "slug": "vanortssamarbete",
        "summary": (
            "Vänortssamarbetet uppstod efter andra världskriget för att förhindra nya konflikter "
            "och för fortfarande samman Europas medborgare och kommuner – i dag även kring "
            "gemensamma praktiska utmaningar."
        ),
    },
    "about": {
        "title": "Om CEMR",
        "slug": "om-oss",
        "intro": (
            "CEMR är den största organisationen för lokala och regionala myndigheter i Europa. "
            "Här kan du läsa om vilka vi är och vad den här webbplatsen erbjuder."
        ),
    },
    "privacy": {
        "title": "Integritetspolicy",
        "slug": "integritetspolicy",
        "intro": (
            "Hur den här webbplatsen hanterar personuppgifter, vilka kakor den använder och hur "
            "du kan utöva dina rättigheter."
        ),
    },
    "legal": {
        "title": "Rättsligt meddelande",
        "slug": "rattsligt-meddelande",
        "intro": (
            "Information om utgivaren av den här webbplatsen, om återanvändning av innehållet "
            "och om källorna till uppgifterna."
        ),
    },
    "accessibility": {
        "title": "Tillgänglighetsredogörelse",
        "slug": "tillganglighet",
        "intro": (
            "Hur tillgänglig den här webbplatsen är, vad vi vet att vi fortfarande behöver "
            "förbättra och hur du kan meddela oss om ett problem."
        ),
    },
}


PRIVACY_BODY = [
    {"type": "heading", "value": {"text": "Vem som ansvarar", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Den här webbplatsen drivs av Rådet för Europas kommuner och regioner (CEMR), "
            "Square de Meeûs 1, 1000 Bryssel, Belgien, som ansvarar för de personuppgifter som "
            "behandlas via webbplatsen.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Kakor", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Webbplatsen använder bara de kakor som är tekniskt nödvändiga: en sessionskaka "
            "och en CSRF-säkerhetskaka, som används för formulär och för redaktörernas "
            "administrationsdel. Inga kakor för analys, reklam eller spårning används, och därför "
            "visas ingen samtyckesruta.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Partnerskapsförfrågningar", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>När en kommun ber om hjälp att hitta en samarbetspartner samlar formuläret in:</p>"
            "<ul><li>uppgifter om kommunen;</li>"
            "<li>namn, e-postadress och telefonnummer till en kontaktperson.</li></ul>"
            "<p>Uppgifterna används bara för att hantera förfrågan och för att sätta kommuner i "
            "kontakt med varandra. Kontaktuppgifter publiceras aldrig. Bara CEMR:s "
            "vänortsmoderatorer kan se dem.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Att sköta en profil", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Den som ber om att få sköta sin kommuns profil uppger sitt namn, sin roll, en "
            "officiell e-postadress och skälet till förfrågan. CEMR:s vänortsmoderatorer läser "
            "förfrågan och fattar beslut. Adressen till en godkänd profilansvarig används för att "
            "skicka inloggningslänkar och meddelanden om profilen. Den publiceras aldrig.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Meddelanden till en kommun", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Ett meddelande som skickas till en kommun via webbplatsen vidarebefordras per "
            "e-post till den person som sköter kommunens profil, tillsammans med avsändarens "
            "namn, organisation och e-postadress, så att mottagaren kan svara direkt. Den "
            "profilansvarigas adress visas inte för avsändaren. CEMR sparar en kopia av "
            "meddelandet för att kunna hantera missbruk.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Hur länge vi sparar uppgifter", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>En partnerskapsförfrågan sparas medan den hanteras; en förfrågan som har varit "
            "utan aktivitet i 12 månader avslutas. När en förfrågan har avslutats raderas den och "
            "de personuppgifter den innehåller efter 24 månader.</p>"
            "<p>Meddelanden som har skickats via webbplatsen och avgjorda förfrågningar om att "
            "sköta en profil raderas efter 12 månader, och en obekräftad förfrågan efter 30 "
            "dagar. När någon slutar sköta en profil raderas personens adress.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Dina rättigheter", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Enligt dataskyddsförordningen (GDPR) kan du begära att få se de personuppgifter "
            "som vi har om dig, att få dem rättade eller att få dem raderade; vi besvarar varje "
            "sådan begäran med allt som finns lagrat under din e-postadress. Skriv till "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Du har också rätt att '
            "lämna in ett klagomål till den belgiska dataskyddsmyndigheten.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Inga tjänster från tredje part", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Webbplatsen laddar inga externa typsnitt, kartor eller spårningsverktyg, så när "
            "du besöker den lämnas ingen information om dig ut till tredje part.</p>"
        ),
    },
]


LEGAL_BODY = [
    {"type": "heading", "value": {"text": "Utgivare", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Den här webbplatsen ges ut av Rådet för Europas kommuner och regioner (CEMR), "
            "Square de Meeûs 1, 1000 Bryssel, Belgien.</p>"
            '<ul><li>E-post: <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li>'
            "<li>Telefon: +32 2 511 74 77</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Ansvar för innehållet", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>CEMR tar fram innehållet på den här webbplatsen med omsorg och håller det så "
            "aktuellt som möjligt. CEMR kan dock inte garantera att all information alltid är "
            "fullständig, korrekt och aktuell. Om du upptäcker ett fel ber vi dig att meddela oss "
            "så att vi kan rätta det.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Länkar till andra webbplatser", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Den här webbplatsen länkar till webbplatser som drivs av samarbetspartner och "
            "andra organisationer. CEMR har ingen kontroll över deras innehåll och ansvarar inte "
            "för det; de som driver dessa webbplatser ansvarar för det som de publicerar.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Återanvändning av innehåll", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Texter som publiceras på den här webbplatsen får återanvändas om CEMR anges som "
            "källa. Logotyper och bilder från samarbetsorganisationer tillhör fortfarande sina "
            "ägare.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Uppgifter om kommuner", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Informationen om kommuner bygger på uppgifter från "
            '<a href="https://www.geonames.org/">GeoNames</a>, som används enligt licensen '
            '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
            "Erkännande 4.0 (CC BY 4.0)</a>.</p>"
        ),
    },
]


ACCESSIBILITY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>CEMR vill att alla ska kunna använda den här webbplatsen, även personer som "
            "använder skärmläsare, bara tangentbord, förstoring eller röststyrning. Den här "
            "redogörelsen följer mallen i EU:s webbtillgänglighetsdirektiv (2016/2102) och gäller "
            "hela webbplatsen.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Förenlighet med kraven", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Webbplatsen är <b>delvis förenlig</b> med riktlinjerna Web Content Accessibility "
            "Guidelines (WCAG) 2.1 på nivå AA och med den harmoniserade europeiska standarden EN "
            "301 549, på grund av de brister som anges nedan.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Kända brister", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>Vissa sidor och delar av sidor är ännu inte skrivna på alla språk. De visas "
            "på engelska och är märkta som engelska så att skärmläsare uttalar dem rätt, och "
            "sidan anger vad som saknas.</li>"
            "<li>Många översättningar har ännu inte lästs av någon med språket som modersmål och "
            "kan ibland vara svåra att förstå.</li>"
            "<li>Webbplatsen har ännu inte granskats av en oberoende "
            "tillgänglighetsexpert.</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Hur webbplatsen har granskats", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Den här redogörelsen upprättades den 3 december 2026 utifrån en självskattning. "
            "Varje ändring av webbplatsen testas automatiskt: varje offentlig sida kontrolleras "
            "med tillgänglighetsmotorn axe-core i webbläsaren Chromium, formulär fylls i med "
            "enbart tangentbordet och sidorna visas i bredder ned till 320 pixlar på flera "
            "språk.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Meddela oss om ett problem", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Om något på den här webbplatsen är svårt eller omöjligt för dig att använda, "
            "eller om du behöver innehåll i ett annat format, skriv till "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Ange vilken sida det '
            "gäller och vad som gick fel. Ditt meddelande når teamet som driver webbplatsen, och "
            "de svarar dig.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Tillsynsförfarande", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Om du inte är nöjd med vårt svar kan du kontakta den myndighet som ansvarar för "
            "webbplatsers tillgänglighet i ditt land.</p>"
        ),
    },
]


BODIES = {
    "privacy": PRIVACY_BODY,
    "legal": LEGAL_BODY,
    "accessibility": ACCESSIBILITY_BODY,
}

CONTACT_ROLES = {"taran": "Projekthandläggare – internationella partnerskap (U-LEAD)"}

PARTNER_NAMES = {
    "auc": "Ukrainas städers förbund (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Europeiska kommissionen",
    "french-ministry": "Franska ministeriet med ansvar för bostäder och stadsutveckling",
}

SITE = {
    "organisation_name": "Rådet för Europas kommuner och regioner (CEMR)",
    "address": "Square de Meeûs 1\n1000 Bryssel\nBelgien",
}
