"""Estonian texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Euroopa Omavalitsuste ja Regioonide Nõukogu",
        "slug": "avaleht",
        "intro": (
            "Euroopa Omavalitsuste ja Regioonide Nõukogu (CEMR) ühendab kohalike ja "
            "piirkondlike omavalitsuste riiklikke liite kogu Euroopas. Tutvuge programmidega, "
            "mille kaudu aitame linnadel ja piirkondadel luua partnerlusi, jagada lahendusi ja "
            "tugevdada kohalikku demokraatiat."
        ),
    },
    "programmes": {
        "title": "Projektid ja programmid",
        "slug": "projektid",
        "intro": (
            "CEMR juhib projekte ja programme, mis edendavad piirkondade jätkusuutlikkust ja "
            "detsentraliseeritud koostööd, ning osaleb neis. Need toetavad otseselt kohalikke "
            "ja piirkondlikke omavalitsusi: loovad partnerlusi, jagavad praktilisi lahendusi "
            "ja tugevdavad omavalitsuste suutlikkust suurtele väljakutsetele vastata."
        ),
    },
    "bridges-of-trust": {
        "title": "Usalduse sillad",
        "slug": "usalduse-sillad",
        "summary": (
            "Alates 2021. aasta märtsist aitavad CEMR ja PLATFORMA Ukraina omavalitsustel luua "
            "partnerlusi ELi omavalitsustega, et püsiv kohalik koostöö toetaks Ukraina "
            "ülesehitamist."
        ),
    },
    "covenant-of-mayors": {
        "title": "Linnapeade kliima- ja energiapakt – Euroopa",
        "slug": "linnapeade-pakt",
        "summary": (
            "Euroopa Komisjoni 2008. aastal algatatud pakt ühendab üle 11 000 kohaliku "
            "omavalitsuse, kes võtavad vabatahtlikult kohustuse ELi kliima- ja energiaeesmärke "
            "ellu viia."
        ),
    },
    "rfsc": {
        "title": "Jätkusuutlike linnade võrdlusraamistik (RFSC)",
        "slug": "jatkusuutlike-linnade-raamistik",
        "summary": (
            "Tasuta raamistik ja enesehindamise vahend, mis aitab kohalikel ja piirkondlikel "
            "omavalitsustel kujundada integreeritud jätkusuutliku linnaarengu strateegiaid "
            "kooskõlas uue Leipzigi harta ja kestliku arengu eesmärkidega."
        ),
    },
    "equality-charter": {
        "title": "Euroopa harta naiste ja meeste võrdõiguslikkusest kohalikus elus",
        "slug": "vordoiguslikkuse-harta",
        "summary": (
            "CEMRi 2006. aastal algatatud harta kutsub kohalikke ja piirkondlikke omavalitsusi "
            "võtma avalikult kohustust tagada naiste ja meeste võrdõiguslikkus ning viima seda "
            "ellu võrdõiguslikkuse tegevuskava abil."
        ),
    },
    "town-twinning": {
        "title": "Sõpruslinnade koostöö",
        "slug": "sopruslinnade-koostoo",
        "summary": (
            "Teise maailmasõja järel uute konfliktide ärahoidmiseks alguse saanud "
            "sõpruslinnade koostöö toob Euroopa kodanikke ja omavalitsusi endiselt kokku – "
            "tänapäeval ka ühiste praktiliste väljakutsete lahendamisel."
        ),
    },
    "about": {
        "title": "CEMRist",
        "slug": "meist",
        "intro": (
            "CEMR on Euroopa suurim kohalike ja piirkondlike omavalitsuste organisatsioon. "
            "Siit saate lugeda, kes me oleme ja mida see veebisait pakub."
        ),
    },
    "privacy": {
        "title": "Privaatsusteade",
        "slug": "privaatsus",
        "intro": (
            "Kuidas see veebisait isikuandmeid töötleb, milliseid küpsiseid kasutab ja kuidas "
            "saate oma õigusi kasutada."
        ),
    },
    "legal": {
        "title": "Õiguslik teave",
        "slug": "oiguslik-teave",
        "intro": "Teave selle veebisaidi väljaandja, sisu taaskasutamise ja andmeallikate kohta.",
    },
    "accessibility": {
        "title": "Ligipääsetavuse teatis",
        "slug": "ligipaasetavus",
        "intro": (
            "Kui ligipääsetav see veebisait on, mida tuleb meie teada veel parandada ja kuidas "
            "meile probleemist teada anda."
        ),
    },
}

BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Kes vastutab", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Seda veebisaiti haldab Euroopa Omavalitsuste ja Regioonide Nõukogu (CEMR), "
                "Square de Meeûs 1, 1000 Brüssel, Belgia, mis vastutab saidi kaudu "
                "töödeldavate isikuandmete eest.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Küpsised", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sait kasutab ainult tehniliselt vajalikke küpsiseid: seansiküpsist ja "
                "CSRF-turvaküpsist, mida kasutatakse vormide ja toimetajate haldusala jaoks. "
                "Analüüsi-, reklaami- ega jälgimisküpsiseid ei kasutata, mistõttu "
                "nõusolekuriba ei kuvata.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Partnerlustaotlused", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kui omavalitsus palub abi partneri leidmisel, kogutakse vormiga:</p><ul>"
                "<li>teavet omavalitsuse kohta;</li><li>kontaktisiku nime, e-posti aadressi ja "
                "telefoninumbrit.</li></ul><p>Neid andmeid kasutatakse ainult taotluse "
                "menetlemiseks ja omavalitsuste omavahel kokkuviimiseks. Kontaktandmeid ei "
                "avaldata kunagi. Neid näevad ainult CEMRi sõpruslinnade koostöö "
                "moderaatorid.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Profiili haldamine", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Isik, kes taotleb oma omavalitsuse profiili haldamise õigust, esitab oma "
                "nime, ametikoha, ametliku e-posti aadressi ja taotluse põhjuse. CEMRi "
                "sõpruslinnade koostöö moderaatorid loevad taotluse läbi ja teevad otsuse. "
                "Heakskiidu saanud halduri aadressi kasutatakse sisselogimislinkide ja "
                "profiili puudutavate sõnumite saatmiseks. Seda ei avaldata kunagi.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Sõnumid omavalitsusele", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Saidi kaudu omavalitsusele saadetud sõnum edastatakse e-postiga isikule, "
                "kes haldab omavalitsuse profiili, koos saatja nime, organisatsiooni ja "
                "e-posti aadressiga, et ta saaks otse vastata. Halduri aadressi saatjale ei "
                "näidata. CEMR säilitab sõnumist koopia, et kuritarvitustega tegeleda.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Kui kaua me andmeid säilitame", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Partnerlustaotlust säilitatakse selle menetlemise ajal; taotlus, milles ei "
                "ole 12 kuu jooksul tegevust olnud, suletakse. Pärast sulgemist kustutatakse "
                "taotlus ja selles sisalduvad isikuandmed 24 kuu möödudes.</p><p>Saidi kaudu "
                "saadetud sõnumid ja profiili haldamise taotlused, mille kohta on otsus "
                "tehtud, kustutatakse 12 kuu möödudes ning kinnitamata taotlus 30 päeva "
                "möödudes. Kui isik lõpetab profiili haldamise, kustutatakse tema aadress.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Teie õigused", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Isikuandmete kaitse üldmääruse (IKÜM) alusel võite taotleda juurdepääsu "
                "isikuandmetele, mida me teie kohta säilitame, ning nende parandamist või "
                "kustutamist; igale sellisele taotlusele vastame, esitades kõik, mis on teie "
                "e-posti aadressiga seotult salvestatud. Palun kirjutage aadressil <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Teil on ka õigus '
                "esitada kaebus Belgia andmekaitseasutusele.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Kolmandate osapoolte teenuseid ei kasutata", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Sait ei laadi väliseid fonte, kaarte ega jälgimisvahendeid, nii et selle "
                "külastamisel ei edastata teie kohta mingit teavet kolmandatele "
                "osapooltele.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Väljaandja", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Selle veebisaidi väljaandja on Euroopa Omavalitsuste ja Regioonide Nõukogu "
                "(CEMR), Square de Meeûs 1, 1000 Brüssel, Belgia.</p><ul><li>E-post: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefon: +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Vastutus sisu eest", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR koostab selle veebisaidi sisu hoolikalt ja hoiab seda võimaluse "
                "piires ajakohasena. Siiski ei saa CEMR tagada, et kogu teave on alati "
                "täielik, täpne ja ajakohane. Kui märkate viga, andke meile palun teada, et "
                "saaksime selle parandada.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Lingid teistele veebisaitidele", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>See sait sisaldab linke partnerite ja teiste organisatsioonide "
                "hallatavatele veebisaitidele. CEMR ei kontrolli nende sisu ega vastuta selle "
                "eest; avaldatu eest vastutavad nende saitide haldajad.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Sisu taaskasutamine", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sellel saidil avaldatud tekste võib taaskasutada tingimusel, et allikana "
                "nimetatakse CEMRi. Partnerorganisatsioonide logod ja pildid jäävad nende "
                "omanike omandisse.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Omavalitsuste andmed", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Teave omavalitsuste kohta põhineb <a "
                'href="https://www.geonames.org/">GeoNamesi</a> andmetel, mida kasutatakse '
                'litsentsi <a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                "Commons Attribution 4.0 (CC BY 4.0)</a> alusel.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR soovib, et seda veebisaiti saaks kasutada igaüks, sealhulgas "
                "inimesed, kes kasutavad ekraanilugejat, ainult klaviatuuri, suurendust või "
                "hääljuhtimist. See teatis järgib ELi veebisaitide ligipääsetavuse direktiivi "
                "(2016/2102) näidist ja hõlmab kogu veebisaiti.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Nõuetele vastavus", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sait <b>vastab osaliselt</b> veebisisu ligipääsetavuse suuniste (WCAG) 2.1 "
                "AA-tasemele ja harmoneeritud Euroopa standardile EN 301 549, kuna esineb "
                "allpool loetletud puudusi.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Teadaolevad puudused", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Mõned lehed ja lehtede osad ei ole veel kõigis keeltes kirjutatud. "
                "Need kuvatakse inglise keeles ja on märgitud ingliskeelseks, et "
                "ekraanilugejad neid õigesti hääldaksid, ning lehel on öeldud, mis puudub.</li>"
                "<li>Paljusid tõlkeid ei ole emakeelne kõneleja veel läbi lugenud ja need "
                "võivad kohati olla raskesti mõistetavad.</li><li>Saiti ei ole veel "
                "auditeerinud sõltumatu ligipääsetavuse ekspert.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Kuidas saiti kontrolliti", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>See teatis koostati 3. detsembril 2026 enesehindamise põhjal. Iga saidi "
                "muudatust testitakse automaatselt: iga avalikku lehte kontrollitakse "
                "Chromiumi brauseris ligipääsetavuse mootoriga axe-core, vorme täidetakse "
                "ainult klaviatuuriga ja lehti vaadatakse mitmes keeles eri laiustel kuni 320 "
                "pikslini.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Andke meile probleemist teada", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kui midagi sellel saidil on teil raske või võimatu kasutada või vajate "
                "sisu muus vormingus, kirjutage palun aadressil <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Märkige, millisel '
                "lehel ja mis läks valesti. Teie sõnum jõuab saiti haldava meeskonnani, kes "
                "teile vastab.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Jõustamismenetlus", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kui te ei ole meie vastusega rahul, võite pöörduda oma riigi asutuse "
                "poole, mis vastutab veebisaitide ligipääsetavuse eest.</p>"
            ),
        },
    ],
}

CONTACT_ROLES = {"taran": "Projektispetsialist – rahvusvahelised partnerlused (U-LEAD)"}
PARTNER_NAMES = {
    "auc": "Ukraina Linnade Liit (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Euroopa Komisjon",
    "french-ministry": "Prantsusmaa eluaseme- ja linnaarengu eest vastutav ministeerium",
}
SITE = {
    "organisation_name": "Euroopa Omavalitsuste ja Regioonide Nõukogu (CEMR)",
    "address": "Square de Meeûs 1\n1000 Brüssel\nBelgia",
}
