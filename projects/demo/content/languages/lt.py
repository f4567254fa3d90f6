"""Lithuanian texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Europos savivaldybių ir regionų taryba",
        "slug": "pradzia",
        "intro": (
            "Europos savivaldybių ir regionų taryba (CEMR) vienija visos Europos nacionalines "
            "vietos ir regionų valdžios institucijų asociacijas. Susipažinkite su programomis, "
            "kuriomis padedame miestams ir regionams kurti partnerystes, dalytis sprendimais "
            "ir stiprinti vietos demokratiją."
        ),
    },
    "programmes": {
        "title": "Projektai ir programos",
        "slug": "projektai",
        "intro": (
            "CEMR vadovauja projektams ir programoms, kuriais skatinama darni teritorijų "
            "plėtra ir decentralizuotas bendradarbiavimas, ir juose dalyvauja. Jais tiesiogiai "
            "remiamos vietos ir regionų valdžios institucijos: kuriamos partnerystės, "
            "dalijamasi praktiniais sprendimais ir stiprinami jų gebėjimai reaguoti į didelius "
            "iššūkius."
        ),
    },
    "bridges-of-trust": {
        "title": "Pasitikėjimo tiltai",
        "slug": "pasitikejimo-tiltai",
        "summary": (
            "Nuo 2021 m. kovo CEMR ir PLATFORMA padeda Ukrainos savivaldybėms kurti "
            "partnerystes su ES savivaldybėmis, kad ilgalaikis vietos bendradarbiavimas padėtų "
            "atstatyti Ukrainą."
        ),
    },
    "covenant-of-mayors": {
        "title": "Merų paktas dėl klimato ir energetikos – Europa",
        "slug": "meru-paktas",
        "summary": (
            "2008 m. Europos Komisijos inicijuotas paktas vienija daugiau kaip 11 000 vietos "
            "valdžios institucijų, kurios savanoriškai įsipareigoja įgyvendinti ES klimato ir "
            "energetikos tikslus."
        ),
    },
    "rfsc": {
        "title": "Darnių miestų orientacinė sistema (RFSC)",
        "slug": "darniu-miestu-sistema",
        "summary": (
            "Nemokama orientacinė sistema ir įsivertinimo priemonė, padedanti vietos ir "
            "regionų valdžios institucijoms rengti integruotas darnios miestų plėtros "
            "strategijas, atitinkančias Naująją Leipcigo chartiją ir darnaus vystymosi tikslus."
        ),
    },
    "equality-charter": {
        "title": "Europos moterų ir vyrų lygybės vietos gyvenime chartija",
        "slug": "lygybes-chartija",
        "summary": (
            "2006 m. CEMR inicijuota chartija kviečia vietos ir regionų valdžios institucijas "
            "viešai įsipareigoti užtikrinti moterų ir vyrų lygybę ir įgyvendinti ją praktiškai "
            "pagal lygybės veiksmų planą."
        ),
    },
    "town-twinning": {
        "title": "Miestų susigiminiavimas",
        "slug": "miestu-susigiminiavimas",
        "summary": (
            "Po Antrojo pasaulinio karo, siekiant užkirsti kelią naujiems konfliktams, "
            "atsiradęs miestų susigiminiavimas ir šiandien suburia Europos piliečius ir "
            "savivaldybes – dabar ir sprendžiant bendrus praktinius iššūkius."
        ),
    },
    "about": {
        "title": "Apie CEMR",
        "slug": "apie-mus",
        "intro": (
            "CEMR – didžiausia vietos ir regionų valdžios institucijų organizacija Europoje. "
            "Čia galite sužinoti, kas esame ir ką siūlo ši svetainė."
        ),
    },
    "privacy": {
        "title": "Privatumo pranešimas",
        "slug": "privatumas",
        "intro": (
            "Kaip ši svetainė tvarko asmens duomenis, kokius slapukus naudoja ir kaip galite "
            "įgyvendinti savo teises."
        ),
    },
    "legal": {
        "title": "Teisinė informacija",
        "slug": "teisine-informacija",
        "intro": (
            "Informacija apie šios svetainės leidėją, jos turinio pakartotinį naudojimą ir "
            "duomenų šaltinius."
        ),
    },
    "accessibility": {
        "title": "Pareiškimas dėl prieinamumo",
        "slug": "prieinamumas",
        "intro": (
            "Kiek ši svetainė prieinama, ką, mūsų žiniomis, dar reikia patobulinti ir kaip "
            "mums pranešti apie problemą."
        ),
    },
}

BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Kas atsako už duomenis", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šią svetainę tvarko Europos savivaldybių ir regionų taryba (CEMR), Square "
                "de Meeûs 1, 1000 Briuselis, Belgija; ji atsako už per svetainę tvarkomus "
                "asmens duomenis.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Slapukai", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Svetainė naudoja tik techniškai būtinus slapukus: sesijos slapuką ir CSRF "
                "saugos slapuką, kurie reikalingi formoms ir redaktorių administravimo "
                "sričiai. Analitinių, reklaminių ar stebėjimo slapukų nenaudojama, todėl "
                "prašymas duoti sutikimą nerodomas.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Partnerystės prašymai", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kai savivaldybė prašo padėti rasti partnerį, formoje renkama:</p><ul>"
                "<li>informacija apie savivaldybę;</li><li>kontaktinio asmens vardas ir "
                "pavardė, el. pašto adresas ir telefono numeris.</li></ul><p>Šie duomenys "
                "naudojami tik prašymui nagrinėti ir savivaldybėms tarpusavyje suvesti. "
                "Kontaktiniai duomenys niekada neskelbiami. Juos mato tik CEMR miestų "
                "susigiminiavimo moderatoriai.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Profilio tvarkymas", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Asmuo, prašantis leisti tvarkyti savo savivaldybės profilį, nurodo savo "
                "vardą ir pavardę, pareigas, tarnybinį el. pašto adresą ir prašymo priežastį. "
                "CEMR miestų susigiminiavimo moderatoriai prašymą perskaito ir priima "
                "sprendimą. Patvirtinto tvarkytojo adresas naudojamas prisijungimo nuorodoms "
                "ir pranešimams apie profilį siųsti. Jis niekada neskelbiamas.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Žinutės savivaldybei", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Per svetainę savivaldybei išsiųsta žinutė el. paštu perduodama asmeniui, "
                "tvarkančiam jos profilį, kartu su siuntėjo vardu ir pavarde, organizacija ir "
                "el. pašto adresu, kad jis galėtų atsakyti tiesiogiai. Tvarkytojo adresas "
                "siuntėjui nerodomas. CEMR saugo žinutės kopiją, kad galėtų reaguoti į "
                "piktnaudžiavimą.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Kiek laiko saugome duomenis", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Partnerystės prašymas saugomas, kol jis nagrinėjamas; prašymas, kuriame 12 "
                "mėnesių nevyksta jokios veiklos, uždaromas. Praėjus 24 mėnesiams nuo "
                "uždarymo, prašymas ir jame esantys asmens duomenys ištrinami.</p><p>Per "
                "svetainę išsiųstos žinutės ir prašymai tvarkyti profilį, dėl kurių priimtas "
                "sprendimas, ištrinami po 12 mėnesių, o nepatvirtintas prašymas – po 30 dienų. "
                "Kai asmuo nustoja tvarkyti profilį, jo adresas ištrinamas.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Jūsų teisės", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Pagal Bendrąjį duomenų apsaugos reglamentą (BDAR) galite prašyti leisti "
                "susipažinti su mūsų turimais Jūsų asmens duomenimis, juos ištaisyti arba "
                "ištrinti; į kiekvieną tokį prašymą atsakome pateikdami viską, kas saugoma su "
                "Jūsų el. pašto adresu. Rašykite adresu <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Taip pat turite '
                "teisę pateikti skundą Belgijos duomenų apsaugos institucijai.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Jokių trečiųjų šalių paslaugų", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Svetainė neįkelia jokių išorinių šriftų, žemėlapių ar stebėjimo priemonių, "
                "todėl ją lankant jokia informacija apie Jus neperduodama trečiosioms "
                "šalims.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Leidėjas", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šią svetainę leidžia Europos savivaldybių ir regionų taryba (CEMR), Square "
                "de Meeûs 1, 1000 Briuselis, Belgija.</p><ul><li>El. paštas: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefonas: '
                "+32 2 511 74 77</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Atsakomybė už turinį", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR kruopščiai rengia šios svetainės turinį ir, kiek įmanoma, jį "
                "atnaujina. Tačiau ji negali garantuoti, kad visa informacija visada bus "
                "išsami, tiksli ir naujausia. Pastebėję klaidą, praneškite mums, kad galėtume "
                "ją ištaisyti.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Nuorodos į kitas svetaines", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šioje svetainėje pateikiamos nuorodos į partnerių ir kitų organizacijų "
                "tvarkomas svetaines. CEMR nekontroliuoja jų turinio ir už jį neatsako; už "
                "tai, ką skelbia tos svetainės, atsako jų valdytojai.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Turinio pakartotinis naudojimas", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šioje svetainėje paskelbtus tekstus galima naudoti pakartotinai, jeigu "
                "nurodoma, kad jų šaltinis yra CEMR. Partnerių organizacijų logotipai ir "
                "vaizdai lieka jų savininkų nuosavybė.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Savivaldybių duomenys", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Informacija apie savivaldybes pagrįsta <a "
                'href="https://www.geonames.org/">GeoNames</a> duomenimis, kurie naudojami '
                'pagal <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Attribution 4.0 (CC BY 4.0)</a> licenciją.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR siekia, kad šia svetaine galėtų naudotis visi, taip pat žmonės, kurie "
                "naudojasi ekrano skaitytuvu, tik klaviatūra, didinimo priemonėmis ar balso "
                "valdymu. Šis pareiškimas parengtas pagal ES interneto svetainių prieinamumo "
                "direktyvos (2016/2102) pavyzdį ir taikomas visai svetainei.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Atitikties būsena", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Svetainė <b>iš dalies atitinka</b> Saityno turinio prieinamumo gairių "
                "(WCAG) 2.1 AA lygio ir darniojo Europos standarto EN 301 549 reikalavimus, "
                "nes joje yra toliau išvardytų trūkumų.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Žinomi trūkumai", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Kai kurie puslapiai ir puslapių dalys dar parašyti ne visomis "
                "kalbomis. Jie rodomi anglų kalba ir pažymėti kaip tekstas anglų kalba, kad "
                "ekrano skaitytuvai juos tinkamai ištartų, o puslapyje nurodoma, ko "
                "trūksta.</li><li>Daugelio vertimų dar neperskaitė gimtakalbis, ir kartais jie "
                "gali būti sunkiai suprantami.</li><li>Svetainės dar nėra įvertinęs "
                "nepriklausomas prieinamumo ekspertas.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Kaip svetainė buvo tikrinama", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Šis pareiškimas parengtas 2026 m. gruodžio 3 d., remiantis įsivertinimu. "
                "Kiekvienas svetainės pakeitimas tikrinamas automatiškai: kiekvienas viešas "
                "puslapis tikrinamas prieinamumo varikliu „axe-core“ naršyklėje „Chromium“, "
                "formos pildomos naudojant tik klaviatūrą, o puslapiai keliomis kalbomis "
                "peržiūrimi įvairaus pločio languose – iki pat 320 pikselių.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Praneškite mums apie problemą", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Jei kuria nors šios svetainės dalimi Jums sunku ar neįmanoma naudotis arba "
                "Jums reikia turinio kitu formatu, rašykite adresu <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Nurodykite, kuris '
                "puslapis ir kas nepavyko. Jūsų žinutė pasieks svetainę tvarkančią komandą, "
                "kuri Jums atsakys.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Vykdymo užtikrinimo procedūra", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Jei mūsų atsakymas Jūsų netenkina, galite kreiptis į savo šalies "
                "instituciją, atsakingą už interneto svetainių prieinamumą.</p>"
            ),
        },
    ],
}

CONTACT_ROLES = {"taran": "Projektų specialistas – tarptautinės partnerystės (U-LEAD)"}
PARTNER_NAMES = {
    "auc": "Ukrainos miestų asociacija (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Europos Komisija",
    "french-ministry": "Prancūzijos ministerija, atsakinga už būstą ir miestų plėtrą",
}
SITE = {
    "organisation_name": "Europos savivaldybių ir regionų taryba (CEMR)",
    "address": "Square de Meeûs 1\n1000 Briuselis\nBelgija",
}
