"""Dutch texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Raad van Europese Gemeenten en Regio’s",
        "slug": "startpagina",
        "intro": (
            "De Raad van Europese Gemeenten en Regio’s (RGRE) brengt de nationale verenigingen "
            "van lokale en regionale overheden uit heel Europa samen. Ontdek de programma’s "
            "waarmee wij steden en regio’s helpen partnerschappen op te bouwen, oplossingen uit "
            "te wisselen en de lokale democratie te versterken."
        ),
    },
    "programmes": {
        "title": "Projecten en programma’s",
        "slug": "projecten",
        "intro": (
            "De RGRE leidt projecten en programma’s voor duurzame gebieden en gedecentraliseerde "
            "samenwerking of neemt eraan deel. Zij bieden lokale en regionale overheden "
            "rechtstreekse steun door partnerschappen op te bouwen, praktische oplossingen te "
            "delen en hun vermogen te versterken om grote uitdagingen aan te pakken."
        ),
    },
    "bridges-of-trust": {
        "title": "Bruggen van vertrouwen",
        "slug": "bruggen-van-vertrouwen",
        "summary": (
            "Sinds maart 2021 helpen de RGRE en PLATFORMA Oekraïense gemeenten partnerschappen op "
            "te bouwen met gemeenten in de EU, zodat duurzame lokale samenwerking de wederopbouw "
            "van Oekraïne ondersteunt."
        ),
    },
    "covenant-of-mayors": {
        "title": "Burgemeestersconvenant voor klimaat en energie – Europa",
        "slug": "burgemeestersconvenant",
        "summary": (
            "Het Convenant, in 2008 door de Europese Commissie gelanceerd, brengt meer dan 11.000 "
            "lokale overheden samen die zich vrijwillig verbinden om de klimaat- en "
            "energiedoelstellingen van de EU te verwezenlijken."
        ),
    },
    "rfsc": {
        "title": "Referentiekader voor duurzame steden (RFSC)",
        "slug": "referentiekader-duurzame-steden",
        "summary": (
            "Een gratis referentiekader en zelfevaluatie-instrument dat lokale en regionale "
            "overheden helpt geïntegreerde strategieën voor duurzame stedelijke ontwikkeling uit "
            "te werken, in lijn met het Nieuwe Leipzig Charter en de SDG’s."
        ),
    },
    "equality-charter": {
        "title": "Europees Handvest voor gelijkheid van vrouwen en mannen in het lokale leven",
        "slug": "gelijkheidshandvest",
        "summary": (
            "Het Handvest, in 2006 door de RGRE gelanceerd, nodigt lokale en regionale overheden "
            "uit zich publiekelijk te verbinden tot gelijkheid van vrouwen en mannen en die in de "
            "praktijk te brengen met een actieplan voor gelijkheid."
        ),
    },
    "town-twinning": {
        "title": "Stedenbanden",
        "slug": "stedenbanden",
        "summary": (
            "Stedenbanden ontstonden na de Tweede Wereldoorlog om nieuwe conflicten te voorkomen "
            "en brengen de burgers en gemeenten van Europa nog altijd samen – tegenwoordig ook "
            "rond gedeelde praktische uitdagingen."
        ),
    },
    "about": {
        "title": "Over de RGRE",
        "slug": "over-ons",
        "intro": (
            "De RGRE is de grootste organisatie van lokale en regionale overheden in Europa. Hier "
            "leest u wie wij zijn en wat deze website te bieden heeft."
        ),
    },
    "privacy": {
        "title": "Privacyverklaring",
        "slug": "privacy",
        "intro": (
            "Hoe deze website met persoonsgegevens omgaat, welke cookies zij gebruikt en hoe u uw "
            "rechten kunt uitoefenen."
        ),
    },
    "legal": {
        "title": "Juridische informatie",
        "slug": "juridische-informatie",
        "intro": (
            "Informatie over de uitgever van deze website, het hergebruik van de inhoud en de "
            "bronnen van de gegevens."
        ),
    },
    "accessibility": {
        "title": "Toegankelijkheidsverklaring",
        "slug": "toegankelijkheid",
        "intro": (
            "Hoe toegankelijk deze website is, waaraan voor zover wij weten nog gewerkt moet "
            "worden en hoe u ons een probleem kunt melden."
        ),
    },
}
BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Wie is verantwoordelijk", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Deze website wordt beheerd door de Raad van Europese Gemeenten en Regio’s "
                "(RGRE), Square de Meeûs 1, 1000 Brussel, België, die verantwoordelijk is voor de "
                "persoonsgegevens die via de website worden verwerkt.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Cookies", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>De website plaatst alleen cookies die technisch noodzakelijk zijn: een "
                "sessiecookie en een CSRF-beveiligingscookie, die worden gebruikt voor "
                "formulieren en voor de beheeromgeving van de redacteuren. Er worden geen "
                "analytische, advertentie- of trackingcookies gebruikt; daarom wordt er ook geen "
                "toestemmingsbanner getoond.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Partnerschapsaanvragen", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Wanneer een gemeente om hulp vraagt bij het vinden van een partner, verzamelt "
                "het formulier:</p><ul><li>informatie over de gemeente;</li><li>de naam, het "
                "e-mailadres en het telefoonnummer van een contactpersoon.</li></ul><p>Deze "
                "gegevens worden alleen gebruikt om de aanvraag te behandelen en gemeenten met "
                "elkaar in contact te brengen. Contactgegevens worden nooit gepubliceerd. Alleen "
                "de stedenbandmoderatoren van de RGRE kunnen ze inzien.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Een profiel beheren", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Wie vraagt om het profiel van de eigen gemeente te mogen beheren, geeft naam, "
                "functie, een officieel e-mailadres en de reden van het verzoek op. De "
                "stedenbandmoderatoren van de RGRE lezen het verzoek en nemen een besluit. Het "
                "adres van een goedgekeurde beheerder wordt gebruikt om inloglinks en berichten "
                "over het profiel te versturen. Het wordt nooit gepubliceerd.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Berichten aan een gemeente", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Een bericht dat via de website aan een gemeente wordt gestuurd, wordt per "
                "e-mail doorgestuurd naar de persoon die het profiel van die gemeente beheert, "
                "samen met de naam, de organisatie en het e-mailadres van de afzender, zodat de "
                "beheerder rechtstreeks kan antwoorden. Het adres van de beheerder wordt niet aan "
                "de afzender getoond. De RGRE bewaart een kopie van het bericht om misbruik te "
                "kunnen aanpakken.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Hoe lang wij gegevens bewaren", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Een partnerschapsaanvraag wordt bewaard zolang zij in behandeling is; een "
                "aanvraag waarin 12 maanden lang geen activiteit is geweest, wordt afgesloten. 24 "
                "maanden na de afsluiting worden de aanvraag en de persoonsgegevens die zij bevat "
                "gewist.</p><p>Berichten die via de website zijn verstuurd en verzoeken om een "
                "profiel te beheren waarover een besluit is genomen, worden na 12 maanden gewist, "
                "en een onbevestigd verzoek na 30 dagen. Wanneer iemand stopt met het beheer van "
                "een profiel, wordt het adres van die persoon gewist.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Uw rechten", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Op grond van de Algemene Verordening Gegevensbescherming (AVG) kunt u vragen "
                "om de persoonsgegevens die wij over u bewaren in te zien, te laten corrigeren of "
                "te laten wissen; ons antwoord op elk verzoek van die aard omvat alles wat onder "
                "uw e-mailadres is opgeslagen. Schrijf daarvoor naar <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. U hebt ook het recht '
                "een klacht in te dienen bij de Belgische Gegevensbeschermingsautoriteit.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Geen diensten van derden", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>De website laadt geen externe lettertypen, kaarten of trackingtools, zodat er "
                "bij een bezoek geen informatie over u aan derden wordt doorgegeven.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Uitgever", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Deze website wordt uitgegeven door de Raad van Europese Gemeenten en Regio’s "
                "(RGRE), Square de Meeûs 1, 1000 Brussel, België.</p><ul><li>E-mail: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefoon: +32 2 '
                "511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Verantwoordelijkheid voor de inhoud", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>De RGRE stelt de inhoud van deze website zorgvuldig samen en houdt die zo "
                "goed mogelijk actueel. De RGRE kan echter niet garanderen dat alle informatie te "
                "allen tijde volledig, juist en actueel is. Ziet u een fout, laat het ons dan "
                "weten, zodat wij die kunnen corrigeren.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Links naar andere websites", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Deze website bevat links naar websites van partners en andere organisaties. "
                "De RGRE heeft geen zeggenschap over de inhoud daarvan en is er niet "
                "verantwoordelijk voor; de beheerders van die websites zijn verantwoordelijk voor "
                "wat zij publiceren.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Hergebruik van inhoud", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Teksten die op deze website zijn gepubliceerd, mogen worden hergebruikt op "
                "voorwaarde dat de RGRE als bron wordt vermeld. Logo’s en afbeeldingen van "
                "partnerorganisaties blijven eigendom van hun eigenaars.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Gegevens over gemeenten", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>De informatie over gemeenten is gebaseerd op gegevens van <a "
                'href="https://www.geonames.org/">GeoNames</a>, die worden gebruikt onder de '
                'licentie <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Naamsvermelding 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>De RGRE wil dat iedereen deze website kan gebruiken, ook mensen die een "
                "schermlezer, alleen een toetsenbord, schermvergroting of spraakbesturing "
                "gebruiken. Deze verklaring volgt het model van de Europese "
                "webtoegankelijkheidsrichtlijn (2016/2102) en geldt voor de hele website.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Nalevingsstatus", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>De website <b>voldoet gedeeltelijk</b> aan de Web Content Accessibility "
                "Guidelines (WCAG) 2.1 op niveau AA en aan de geharmoniseerde Europese norm EN "
                "301 549, vanwege de hieronder genoemde tekortkomingen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Bekende tekortkomingen", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Sommige pagina’s en delen van pagina’s zijn nog niet in alle talen "
                "geschreven. Ze worden in het Engels getoond en als Engels gemarkeerd, zodat "
                "schermlezers ze correct uitspreken, en de pagina vermeldt wat er "
                "ontbreekt.</li><li>Veel vertalingen zijn nog niet door een moedertaalspreker "
                "gelezen en kunnen soms moeilijk te volgen zijn.</li><li>De website is nog niet "
                "gecontroleerd door een onafhankelijke toegankelijkheidsdeskundige.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Hoe de website is gecontroleerd", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Deze verklaring is op 3 december 2026 opgesteld op basis van een "
                "zelfevaluatie. Elke wijziging aan de website wordt automatisch getest: elke "
                "openbare pagina wordt gecontroleerd met de toegankelijkheidsengine axe-core in "
                "de browser Chromium, formulieren worden alleen met het toetsenbord ingevuld en "
                "pagina’s worden in meerdere talen bekeken bij breedtes tot en met 320 pixels.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Een probleem melden", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Is iets op deze website voor u moeilijk of niet te gebruiken, of hebt u "
                "inhoud in een andere vorm nodig, schrijf dan naar <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Vermeld om welke pagina '
                "het gaat en wat er misging. Uw bericht komt terecht bij het team dat de website "
                "beheert, en dat team zal u antwoorden.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Handhavingsprocedure", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Bent u niet tevreden met ons antwoord, dan kunt u contact opnemen met de "
                "instantie die in uw land verantwoordelijk is voor de toegankelijkheid van "
                "websites.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {
    "taran": "Projectmedewerker – Internationale partnerschappen (U-LEAD)",
}
PARTNER_NAMES = {
    "auc": "Vereniging van Oekraïense Steden (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Europese Commissie",
    "french-ministry": "Frans ministerie bevoegd voor huisvesting en stedelijke ontwikkeling",
}
SITE = {
    "organisation_name": "Raad van Europese Gemeenten en Regio’s (RGRE)",
    "address": "Square de Meeûs 1\n1000 Brussel\nBelgië",
}
