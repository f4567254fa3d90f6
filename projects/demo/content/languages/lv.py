"""Latvian texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Eiropas Pašvaldību un reģionu padome",
        "slug": "sakums",
        "intro": (
            "Eiropas Pašvaldību un reģionu padome (CEMR) apvieno vietējo un reģionālo "
            "pašvaldību nacionālās apvienības visā Eiropā. Iepazīstieties ar programmām, ar "
            "kurām mēs palīdzam pilsētām un reģioniem veidot partnerības, apmainīties ar "
            "risinājumiem un stiprināt vietējo demokrātiju."
        ),
    },
    "programmes": {
        "title": "Projekti un programmas",
        "slug": "projekti",
        "intro": (
            "CEMR vada projektus un programmas, kas veicina ilgtspējīgu teritoriju attīstību "
            "un decentralizētu sadarbību, un piedalās tajās. Tās sniedz tiešu atbalstu "
            "vietējām un reģionālajām pašvaldībām, veidojot partnerības, daloties ar "
            "praktiskiem risinājumiem un stiprinot pašvaldību spēju reaģēt uz lieliem "
            "izaicinājumiem."
        ),
    },
    "bridges-of-trust": {
        "title": "Uzticības tilti",
        "slug": "uzticibas-tilti",
        "summary": (
            "Kopš 2021. gada marta CEMR un PLATFORMA palīdz Ukrainas pašvaldībām veidot "
            "partnerības ar ES pašvaldībām, lai ilgstoša vietējā sadarbība atbalstītu Ukrainas "
            "atjaunošanu."
        ),
    },
    "covenant-of-mayors": {
        "title": "Pilsētu mēru pakts klimata un enerģētikas jomā – Eiropa",
        "slug": "pilsetu-meru-pakts",
        "summary": (
            "Eiropas Komisijas 2008. gadā aizsāktais pakts apvieno vairāk nekā 11 000 vietējo "
            "pašvaldību, kas brīvprātīgi apņemas īstenot ES klimata un enerģētikas mērķus."
        ),
    },
    "rfsc": {
        "title": "Ilgtspējīgu pilsētu atsauces sistēma (RFSC)",
        "slug": "ilgtspejigu-pilsetu-sistema",
        "summary": (
            "Bezmaksas atsauces sistēma un pašnovērtējuma rīks, kas palīdz vietējām un "
            "reģionālajām pašvaldībām veidot integrētas ilgtspējīgas pilsētattīstības "
            "stratēģijas saskaņā ar Jauno Leipcigas hartu un ilgtspējīgas attīstības mērķiem."
        ),
    },
    "equality-charter": {
        "title": "Eiropas harta par sieviešu un vīriešu līdztiesību vietējā dzīvē",
        "slug": "lidztiesibas-harta",
        "summary": (
            "CEMR 2006. gadā aizsāktā harta aicina vietējās un reģionālās pašvaldības publiski "
            "apņemties ievērot sieviešu un vīriešu līdztiesību un īstenot to praksē ar "
            "līdztiesības rīcības plānu."
        ),
    },
    "town-twinning": {
        "title": "Pilsētu sadraudzība",
        "slug": "pilsetu-sadraudziba",
        "summary": (
            "Pilsētu sadraudzība radās pēc Otrā pasaules kara, lai novērstu jaunus konfliktus, "
            "un joprojām satuvina Eiropas iedzīvotājus un pašvaldības – mūsdienās arī kopīgu "
            "praktisku izaicinājumu risināšanā."
        ),
    },
    "about": {
        "title": "Par CEMR",
        "slug": "par-mums",
        "intro": (
            "CEMR ir lielākā vietējo un reģionālo pašvaldību organizācija Eiropā. Šeit varat "
            "uzzināt, kas mēs esam un ko piedāvā šī tīmekļvietne."
        ),
    },
    "privacy": {
        "title": "Paziņojums par privātumu",
        "slug": "privatums",
        "intro": (
            "Kā šī tīmekļvietne apstrādā personas datus, kādas sīkdatnes tā izmanto un kā "
            "varat īstenot savas tiesības."
        ),
    },
    "legal": {
        "title": "Juridiskā informācija",
        "slug": "juridiska-informacija",
        "intro": (
            "Informācija par šīs tīmekļvietnes izdevēju, tās satura atkalizmantošanu un datu "
            "avotiem."
        ),
    },
    "accessibility": {
        "title": "Paziņojums par piekļūstamību",
        "slug": "pieklustamiba",
        "intro": (
            "Cik piekļūstama ir šī tīmekļvietne, kas, kā mums zināms, vēl jāuzlabo un kā mums "
            "ziņot par problēmu."
        ),
    },
}

BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Kas ir atbildīgs", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šo tīmekļvietni uztur Eiropas Pašvaldību un reģionu padome (CEMR), Square "
                "de Meeûs 1, 1000 Brisele, Beļģija, kas ir atbildīga par ar vietnes "
                "starpniecību apstrādātajiem personas datiem.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Sīkdatnes", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Vietne izmanto tikai tehniski nepieciešamās sīkdatnes: sesijas sīkdatni un "
                "CSRF drošības sīkdatni, ko izmanto veidlapām un redaktoru administrēšanas "
                "sadaļai. Analītikas, reklāmas vai izsekošanas sīkdatnes netiek izmantotas, "
                "tāpēc paziņojums ar piekrišanas lūgumu netiek rādīts.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Partnerības pieprasījumi", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kad pašvaldība lūdz palīdzību partnera atrašanā, veidlapā tiek vākta šāda "
                "informācija:</p><ul><li>informācija par pašvaldību;</li><li>kontaktpersonas "
                "vārds, uzvārds, e-pasta adrese un tālruņa numurs.</li></ul><p>Šos datus "
                "izmanto tikai pieprasījuma izskatīšanai un tam, lai savestu pašvaldības "
                "kontaktā savā starpā. Kontaktinformācija nekad netiek publicēta. To var "
                "redzēt tikai CEMR pilsētu sadraudzības moderatori.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Profila pārvaldība", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Persona, kas lūdz atļauju pārvaldīt savas pašvaldības profilu, norāda savu "
                "vārdu, uzvārdu, amatu, oficiālo e-pasta adresi un pieprasījuma iemeslu. CEMR "
                "pilsētu sadraudzības moderatori pieprasījumu izskata un pieņem lēmumu. "
                "Apstiprināta pārvaldītāja adresi izmanto, lai nosūtītu pierakstīšanās saites "
                "un ziņas par profilu. Tā nekad netiek publicēta.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Ziņas pašvaldībai", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Ziņa, kas pašvaldībai nosūtīta ar vietnes starpniecību, pa e-pastu tiek "
                "pārsūtīta personai, kura pārvalda pašvaldības profilu, kopā ar sūtītāja "
                "vārdu, uzvārdu, organizāciju un e-pasta adresi, lai šī persona varētu "
                "atbildēt tieši. Pārvaldītāja adrese sūtītājam netiek rādīta. CEMR glabā ziņas "
                "kopiju, lai varētu rīkoties ļaunprātīgas izmantošanas gadījumos.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Cik ilgi mēs glabājam datus", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Partnerības pieprasījumu glabā, kamēr tas tiek izskatīts; pieprasījumu, "
                "kurā 12 mēnešus nav notikušas nekādas darbības, slēdz. Pēc slēgšanas "
                "pieprasījums un tajā esošie personas dati tiek dzēsti pēc 24 mēnešiem.</p>"
                "<p>Ar vietnes starpniecību nosūtītās ziņas un izlemtie pieprasījumi pārvaldīt "
                "profilu tiek dzēsti pēc 12 mēnešiem, bet neapstiprināts pieprasījums – pēc 30 "
                "dienām. Kad persona pārstāj pārvaldīt profilu, tās adrese tiek dzēsta.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Jūsu tiesības", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Saskaņā ar Vispārīgo datu aizsardzības regulu (VDAR) Jūs varat lūgt "
                "piekļuvi personas datiem, ko mēs par Jums glabājam, kā arī lūgt tos labot vai "
                "dzēst; uz katru šādu pieprasījumu mēs atbildam, sniedzot visu, kas saglabāts "
                "saistībā ar Jūsu e-pasta adresi. Lūdzu, rakstiet uz <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Jums ir arī tiesības '
                "iesniegt sūdzību Beļģijas Datu aizsardzības iestādē.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Bez trešo personu pakalpojumiem", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Vietne neielādē ārējus fontus, kartes vai izsekošanas rīkus, tāpēc, to "
                "apmeklējot, nekāda informācija par Jums netiek nodota trešajām personām.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Izdevējs", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šīs tīmekļvietnes izdevējs ir Eiropas Pašvaldību un reģionu padome (CEMR), "
                "Square de Meeûs 1, 1000 Brisele, Beļģija.</p><ul><li>E-pasts: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Tālrunis: +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Atbildība par saturu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR rūpīgi sagatavo šīs tīmekļvietnes saturu un pēc iespējas uztur to "
                "aktuālu. Tomēr tā nevar garantēt, ka visa informācija vienmēr ir pilnīga, "
                "precīza un aktuāla. Ja pamanāt kļūdu, lūdzu, informējiet mūs, lai varam to "
                "izlabot.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Saites uz citām tīmekļvietnēm", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šajā vietnē ir saites uz partneru un citu organizāciju uzturētām "
                "tīmekļvietnēm. CEMR nekontrolē to saturu un nav par to atbildīga; par tajās "
                "publicēto atbild šo vietņu uzturētāji.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Satura atkalizmantošana", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šajā vietnē publicētos tekstus drīkst atkalizmantot ar nosacījumu, ka kā "
                "avots ir norādīta CEMR. Partnerorganizāciju logotipi un attēli paliek to "
                "īpašnieku īpašumā.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Pašvaldību dati", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Informācija par pašvaldībām balstīta uz <a "
                'href="https://www.geonames.org/">GeoNames</a> datiem, kas izmantoti saskaņā '
                'ar <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Attribution 4.0 (CC BY 4.0)</a> licenci.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR vēlas, lai šo tīmekļvietni varētu izmantot ikviens, arī cilvēki, kuri "
                "izmanto ekrāna lasītāju, tikai tastatūru, palielinājumu vai balss vadību. Šis "
                "paziņojums sagatavots pēc ES Tīmekļvietņu piekļūstamības direktīvas "
                "(2016/2102) parauga un attiecas uz visu vietni.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Atbilstības statuss", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Vietne <b>daļēji atbilst</b> Tīmekļa satura piekļūstamības vadlīniju "
                "(WCAG) 2.1 AA līmenim un saskaņotajam Eiropas standartam EN 301 549, jo tai "
                "ir turpmāk uzskaitītās nepilnības.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Zināmās nepilnības", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Dažas lapas un lapu daļas vēl nav uzrakstītas visās valodās. Tās tiek "
                "rādītas angļu valodā un ir atzīmētas kā teksts angļu valodā, lai ekrāna "
                "lasītāji tās izrunātu pareizi, un lapā ir norādīts, kas trūkst.</li>"
                "<li>Daudzus tulkojumus vēl nav izlasījis dzimtās valodas runātājs, un tie "
                "dažkārt var būt grūti saprotami.</li><li>Vietni vēl nav novērtējis neatkarīgs "
                "piekļūstamības eksperts.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Kā vietne tika pārbaudīta", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šis paziņojums sagatavots 2026. gada 3. decembrī, pamatojoties uz "
                "pašnovērtējumu. Visas izmaiņas vietnē tiek automātiski testētas: katra "
                "publiskā lapa tiek pārbaudīta ar piekļūstamības dzinēju axe-core pārlūkā "
                "Chromium, veidlapas tiek aizpildītas, izmantojot tikai tastatūru, un lapas "
                "vairākās valodās tiek apskatītas dažādos platumos līdz pat 320 pikseļiem.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Ziņojiet mums par problēmu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Ja kaut ko šajā vietnē Jums ir grūti vai neiespējami izmantot vai Jums "
                "nepieciešams saturs citā formātā, lūdzu, rakstiet uz <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Norādiet, kura lapa '
                "un kas nedarbojās. Jūsu ziņa nonāks pie komandas, kas uztur vietni, un tā "
                "Jums atbildēs.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Izpildes nodrošināšanas procedūra", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Ja mūsu atbilde Jūs neapmierina, varat vērsties iestādē, kas Jūsu valstī "
                "ir atbildīga par tīmekļvietņu piekļūstamību.</p>"
            ),
        },
    ],
}

CONTACT_ROLES = {"taran": "Projektu speciālists – starptautiskās partnerības (U-LEAD)"}
PARTNER_NAMES = {
    "auc": "Ukrainas pilsētu asociācija (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Eiropas Komisija",
    "french-ministry": "Francijas ministrija, kas atbild par mājokļiem un pilsētattīstību",
}
SITE = {
    "organisation_name": "Eiropas Pašvaldību un reģionu padome (CEMR)",
    "address": "Square de Meeûs 1\n1000 Brisele\nBeļģija",
}
