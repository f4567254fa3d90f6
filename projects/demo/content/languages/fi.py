"""Finnish texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Euroopan kuntien ja alueiden neuvosto",
        "slug": "etusivu",
        "intro": (
            "Euroopan kuntien ja alueiden neuvosto (CEMR) kokoaa yhteen kuntien ja alueiden "
            "kansalliset liitot eri puolilta Eurooppaa. Tutustukaa ohjelmiin, joiden avulla "
            "autamme kuntia ja alueita luomaan kumppanuuksia, jakamaan ratkaisuja ja "
            "vahvistamaan paikallista demokratiaa."
        ),
    },
    "programmes": {
        "title": "Hankkeet ja ohjelmat",
        "slug": "hankkeet",
        "intro": (
            "CEMR johtaa hankkeita ja ohjelmia, jotka edistävät kestäviä alueita ja "
            "hajautettua yhteistyötä, ja osallistuu niihin. Ne tukevat suoraan kuntia ja "
            "alueita rakentamalla kumppanuuksia, jakamalla käytännön ratkaisuja ja "
            "vahvistamalla niiden valmiuksia vastata suuriin haasteisiin."
        ),
    },
    "bridges-of-trust": {
        "title": "Luottamuksen sillat",
        "slug": "luottamuksen-sillat",
        "summary": (
            "CEMR ja PLATFORMA ovat maaliskuusta 2021 lähtien auttaneet ukrainalaisia kuntia "
            "luomaan kumppanuuksia EU:n kuntien kanssa, jotta pysyvä paikallinen yhteistyö "
            "tukisi Ukrainan jälleenrakennusta."
        ),
    },
    "covenant-of-mayors": {
        "title": "Kaupunginjohtajien ilmasto- ja energiayleissopimus – Eurooppa",
        "slug": "kaupunginjohtajien-yleissopimus",
        "summary": (
            "Euroopan komission vuonna 2008 käynnistämä yleissopimus kokoaa yhteen yli 11 000 "
            "paikallishallintoa, jotka sitoutuvat vapaaehtoisesti toteuttamaan EU:n ilmasto- "
            "ja energiatavoitteita."
        ),
    },
    "rfsc": {
        "title": "Kestävien kaupunkien viitekehys (RFSC)",
        "slug": "kestavien-kaupunkien-viitekehys",
        "summary": (
            "Maksuton viitekehys ja itsearviointityökalu, joka auttaa kuntia ja alueita "
            "laatimaan kestävän kaupunkikehityksen integroituja strategioita Uuden Leipzigin "
            "peruskirjan ja kestävän kehityksen tavoitteiden mukaisesti."
        ),
    },
    "equality-charter": {
        "title": "Eurooppalainen peruskirja naisten ja miesten tasa-arvosta paikallistasolla",
        "slug": "tasa-arvon-peruskirja",
        "summary": (
            "CEMR:n vuonna 2006 käynnistämä peruskirja kutsuu kuntia ja alueita sitoutumaan "
            "julkisesti naisten ja miesten tasa-arvoon ja toteuttamaan sitä käytännössä "
            "tasa-arvon toimintasuunnitelman avulla."
        ),
    },
    "town-twinning": {
        "title": "Ystävyyskuntayhteistyö",
        "slug": "ystavyyskuntayhteistyo",
        "summary": (
            "Toisen maailmansodan jälkeen uusien konfliktien ehkäisemiseksi syntynyt "
            "ystävyyskuntayhteistyö tuo yhä yhteen Euroopan kansalaisia ja kuntia – nykyään "
            "myös yhteisten käytännön haasteiden parissa."
        ),
    },
    "about": {
        "title": "Tietoa CEMR:stä",
        "slug": "tietoa",
        "intro": (
            "CEMR on Euroopan suurin kuntien ja alueiden järjestö. Täällä voitte lukea, keitä "
            "olemme ja mitä tämä sivusto tarjoaa."
        ),
    },
    "privacy": {
        "title": "Tietosuojaseloste",
        "slug": "tietosuoja",
        "intro": (
            "Miten tämä sivusto käsittelee henkilötietoja, mitä evästeitä se käyttää ja miten "
            "voitte käyttää oikeuksianne."
        ),
    },
    "legal": {
        "title": "Oikeudellinen huomautus",
        "slug": "oikeudellinen-huomautus",
        "intro": (
            "Tietoa tämän sivuston julkaisijasta, sen sisällön uudelleenkäytöstä ja sen "
            "tietolähteistä."
        ),
    },
    "accessibility": {
        "title": "Saavutettavuusseloste",
        "slug": "saavutettavuus",
        "intro": (
            "Miten saavutettava tämä sivusto on, mitä tiedämme olevan vielä korjattavana ja "
            "miten voitte ilmoittaa meille ongelmasta."
        ),
    },
}

BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Kuka vastaa", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tätä sivustoa ylläpitää Euroopan kuntien ja alueiden neuvosto (CEMR), "
                "Square de Meeûs 1, 1000 Bryssel, Belgia, joka vastaa sivuston kautta "
                "käsiteltävistä henkilötiedoista.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Evästeet", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sivusto käyttää vain teknisesti välttämättömiä evästeitä: istuntoevästettä "
                "ja CSRF-tietoturvaevästettä, joita käytetään lomakkeissa ja toimittajien "
                "ylläpitonäkymässä. Analytiikka-, mainos- tai seurantaevästeitä ei käytetä, "
                "minkä vuoksi evästeiden hyväksyntäpyyntöä ei näytetä.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Kumppanuuspyynnöt", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kun kunta pyytää apua kumppanin löytämiseen, lomakkeella kerätään:</p><ul>"
                "<li>tietoja kunnasta;</li><li>yhteyshenkilön nimi, sähköpostiosoite ja "
                "puhelinnumero.</li></ul><p>Tietoja käytetään vain pyynnön käsittelyyn ja "
                "kuntien saattamiseen yhteyteen keskenään. Yhteystietoja ei koskaan julkaista. "
                "Vain CEMR:n ystävyyskuntamoderaattorit näkevät ne.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Profiilin ylläpito", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Henkilö, joka pyytää saada ylläpitää kuntansa profiilia, antaa nimensä, "
                "tehtävänsä, virallisen sähköpostiosoitteen ja pyynnön syyn. CEMR:n "
                "ystävyyskuntamoderaattorit lukevat pyynnön ja tekevät päätöksen. Hyväksytyn "
                "ylläpitäjän osoitetta käytetään kirjautumislinkkien ja profiilia koskevien "
                "viestien lähettämiseen. Sitä ei koskaan julkaista.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Viestit kunnalle", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sivuston kautta kunnalle lähetetty viesti välitetään sähköpostitse kunnan "
                "profiilia ylläpitävälle henkilölle yhdessä lähettäjän nimen, organisaation ja "
                "sähköpostiosoitteen kanssa, jotta hän voi vastata suoraan. Ylläpitäjän "
                "osoitetta ei näytetä lähettäjälle. CEMR säilyttää viestistä kopion "
                "väärinkäytösten käsittelyä varten.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Kuinka kauan säilytämme tietoja", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kumppanuuspyyntöä säilytetään sen käsittelyn ajan; pyyntö, jossa ei ole "
                "ollut toimintaa 12 kuukauteen, suljetaan. Kun pyyntö on suljettu, se ja sen "
                "sisältämät henkilötiedot poistetaan 24 kuukauden kuluttua.</p><p>Sivuston "
                "kautta lähetetyt viestit ja ratkaistut profiilin ylläpitopyynnöt poistetaan "
                "12 kuukauden kuluttua ja vahvistamaton pyyntö 30 päivän kuluttua. Kun henkilö "
                "lakkaa ylläpitämästä profiilia, hänen osoitteensa poistetaan.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Oikeutenne", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Yleisen tietosuoja-asetuksen (GDPR) nojalla voitte pyytää saada nähdä "
                "teistä säilyttämämme henkilötiedot sekä pyytää niiden oikaisemista tai "
                "poistamista; vastaamme jokaiseen tällaiseen pyyntöön toimittamalla kaiken, "
                "mitä sähköpostiosoitteellanne on tallennettu. Kirjoittakaa osoitteeseen <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Teillä on myös '
                "oikeus tehdä valitus Belgian tietosuojaviranomaiselle.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Ei kolmansien osapuolten palveluja", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Sivusto ei lataa ulkoisia fontteja, karttoja tai seurantatyökaluja, joten "
                "sivustolla vieraileminen ei välitä teistä mitään tietoja kolmansille "
                "osapuolille.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Julkaisija", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tämän sivuston julkaisija on Euroopan kuntien ja alueiden neuvosto (CEMR), "
                "Square de Meeûs 1, 1000 Bryssel, Belgia.</p><ul><li>Sähköposti: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Puhelin: +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Vastuu sisällöstä", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR laatii tämän sivuston sisällön huolellisesti ja pitää sen "
                "mahdollisuuksien mukaan ajan tasalla. Se ei kuitenkaan voi taata, että kaikki "
                "tiedot ovat aina täydellisiä, oikeita ja ajantasaisia. Jos huomaatte virheen, "
                "ilmoittakaa siitä meille, jotta voimme korjata sen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Linkit muille sivustoille", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tällä sivustolla on linkkejä kumppaneiden ja muiden organisaatioiden "
                "ylläpitämille sivustoille. CEMR ei voi vaikuttaa niiden sisältöön eikä vastaa "
                "siitä; kyseisten sivustojen ylläpitäjät vastaavat julkaisemastaan "
                "sisällöstä.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Sisällön uudelleenkäyttö", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tällä sivustolla julkaistuja tekstejä saa käyttää uudelleen, kun lähteeksi "
                "mainitaan CEMR. Kumppaniorganisaatioiden logot ja kuvat ovat edelleen "
                "omistajiensa omaisuutta.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Kuntien tiedot", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kuntia koskevat tiedot perustuvat <a "
                'href="https://www.geonames.org/">GeoNamesin</a> tietoihin, joita käytetään <a '
                'href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Attribution 4.0 (CC BY 4.0)</a> -lisenssin mukaisesti.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR haluaa, että kaikki voivat käyttää tätä sivustoa, myös ne, jotka "
                "käyttävät ruudunlukijaa, pelkkää näppäimistöä, suurennusta tai puheohjausta. "
                "Tämä seloste noudattaa EU:n saavutettavuusdirektiivin (2016/2102) mallia ja "
                "koskee koko sivustoa.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Vaatimustenmukaisuus", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sivusto täyttää <b>osittain</b> verkkosisällön saavutettavuusohjeiden "
                "(WCAG) 2.1 AA-tason ja yhdenmukaistetun eurooppalaisen standardin EN 301 549 "
                "vaatimukset, koska siinä on alla luetellut puutteet.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Tunnetut puutteet", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Joitakin sivuja ja sivujen osia ei ole vielä kirjoitettu kaikilla "
                "kielillä. Ne näytetään englanniksi ja merkitään englanninkielisiksi, jotta "
                "ruudunlukijat ääntävät ne oikein, ja sivulla kerrotaan, mitä puuttuu.</li>"
                "<li>Monia käännöksiä ei ole vielä lukenut kieltä äidinkielenään puhuva, ja "
                "niitä voi joskus olla vaikea ymmärtää.</li><li>Sivuston saavutettavuutta ei "
                "ole vielä arvioinut riippumaton asiantuntija.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Miten sivusto on tarkistettu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tämä seloste on laadittu 3. joulukuuta 2026 itsearvioinnin perusteella. "
                "Jokainen sivustoon tehtävä muutos testataan automaattisesti: jokainen "
                "julkinen sivu tarkistetaan axe-core-saavutettavuusmoottorilla "
                "Chromium-selaimessa, lomakkeet täytetään pelkällä näppäimistöllä ja sivuja "
                "tarkastellaan useilla kielillä eri leveyksillä aina 320 pikseliin asti.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Ilmoittakaa meille ongelmasta", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Jos jonkin tämän sivuston osan käyttäminen on teille vaikeaa tai "
                "mahdotonta tai tarvitsette sisältöä toisessa muodossa, kirjoittakaa "
                'osoitteeseen <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. '
                "Kertokaa, millä sivulla ongelma oli ja mikä meni vikaan. Viestinne tavoittaa "
                "sivustoa ylläpitävän tiimin, joka vastaa teille.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Täytäntöönpanomenettely", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Jos ette ole tyytyväinen vastaukseemme, voitte ottaa yhteyttä maanne "
                "viranomaiseen, joka vastaa verkkosivustojen saavutettavuudesta.</p>"
            ),
        },
    ],
}

CONTACT_ROLES = {"taran": "Projektiasiantuntija – kansainväliset kumppanuudet (U-LEAD)"}
PARTNER_NAMES = {
    "auc": "Ukrainan kaupunkien liitto (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Euroopan komissio",
    "french-ministry": "Ranskan asumisesta ja kaupunkikehityksestä vastaava ministeriö",
}
SITE = {
    "organisation_name": "Euroopan kuntien ja alueiden neuvosto (CEMR)",
    "address": "Square de Meeûs 1\n1000 Bryssel\nBelgia",
}
