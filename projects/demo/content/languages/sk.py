"""Slovak texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Rada európskych obcí a regiónov",
        "slug": "uvod",
        "intro": (
            "Rada európskych obcí a regiónov (CEMR) spája národné združenia miestnych a "
            "regionálnych samospráv z celej Európy. Spoznajte programy, prostredníctvom "
            "ktorých pomáhame mestám a regiónom nadväzovať partnerstvá, zdieľať riešenia a "
            "posilňovať miestnu demokraciu."
        ),
    },
    "programmes": {
        "title": "Projekty a programy",
        "slug": "projekty",
        "intro": (
            "CEMR vedie projekty a programy, ktoré podporujú udržateľné územia a "
            "decentralizovanú spoluprácu, a zúčastňuje sa na nich. Miestnym a regionálnym "
            "samosprávam poskytujú priamu pomoc: budujú partnerstvá, šíria praktické riešenia "
            "a posilňujú ich schopnosť čeliť veľkým výzvam."
        ),
    },
    "bridges-of-trust": {
        "title": "Mosty dôvery",
        "slug": "mosty-dovery",
        "summary": (
            "Od marca 2021 pomáhajú CEMR a PLATFORMA ukrajinským obciam nadväzovať partnerstvá "
            "s obcami v EÚ, aby trvalá miestna spolupráca podporovala obnovu Ukrajiny."
        ),
    },
    "covenant-of-mayors": {
        "title": "Dohovor primátorov a starostov v oblasti klímy a energetiky – Európa",
        "slug": "dohovor-primatorov-a-starostov",
        "summary": (
            "Dohovor, ktorý Európska komisia spustila v roku 2008, združuje viac ako 11 000 "
            "miestnych samospráv, ktoré sa dobrovoľne zaväzujú plniť klimatické a energetické "
            "ciele EÚ."
        ),
    },
    "rfsc": {
        "title": "Referenčný rámec pre udržateľné mestá (RFSC)",
        "slug": "referencny-ramec-udrzatelne-mesta",
        "summary": (
            "Bezplatný rámec a nástroj na sebahodnotenie, ktorý pomáha miestnym a regionálnym "
            "samosprávam vytvárať integrované stratégie udržateľného rozvoja miest v súlade s "
            "Novou Lipskou chartou a cieľmi udržateľného rozvoja."
        ),
    },
    "equality-charter": {
        "title": "Európska charta rovnosti žien a mužov v miestnom živote",
        "slug": "charta-rovnosti",
        "summary": (
            "Charta, ktorú CEMR predstavila v roku 2006, vyzýva miestne a regionálne "
            "samosprávy, aby sa verejne zaviazali k rovnosti žien a mužov a uplatňovali ju v "
            "praxi prostredníctvom akčného plánu pre rovnosť."
        ),
    },
    "town-twinning": {
        "title": "Partnerstvo miest",
        "slug": "partnerstvo-miest",
        "summary": (
            "Partnerstvo miest vzniklo po druhej svetovej vojne, aby predchádzalo novým "
            "konfliktom, a stále zbližuje občanov a obce v Európe – dnes aj pri riešení "
            "spoločných praktických výziev."
        ),
    },
    "about": {
        "title": "O CEMR",
        "slug": "o-nas",
        "intro": (
            "CEMR je najväčšou organizáciou miestnych a regionálnych samospráv v Európe. Tu sa "
            "dozviete, kto sme a čo ponúka tento web."
        ),
    },
    "privacy": {
        "title": "Zásady ochrany osobných údajov",
        "slug": "ochrana-osobnych-udajov",
        "intro": (
            "Ako tento web narába s osobnými údajmi, aké súbory cookie používa a ako môžete "
            "uplatniť svoje práva."
        ),
    },
    "legal": {
        "title": "Právne upozornenie",
        "slug": "pravne-upozornenie",
        "intro": (
            "Informácie o vydavateľovi tohto webu, o opätovnom použití jeho obsahu a o "
            "zdrojoch údajov."
        ),
    },
    "accessibility": {
        "title": "Vyhlásenie o prístupnosti",
        "slug": "pristupnost",
        "intro": (
            "Nakoľko je tento web prístupný, čo je podľa našich poznatkov ešte potrebné "
            "zlepšiť a ako nám nahlásiť problém."
        ),
    },
}
BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Kto zodpovedá", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tento web prevádzkuje Rada európskych obcí a regiónov (CEMR), Square de "
                "Meeûs 1, 1000 Brusel, Belgicko, ktorá zodpovedá za osobné údaje spracúvané "
                "jeho prostredníctvom.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Súbory cookie", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Web ukladá iba technicky nevyhnutné súbory cookie: reláciový súbor cookie "
                "a bezpečnostný súbor cookie CSRF, ktoré slúžia na formuláre a na "
                "administráciu pre redaktorov. Nepoužívajú sa žiadne analytické, reklamné ani "
                "sledovacie súbory cookie, a preto sa nezobrazuje lišta so žiadosťou o "
                "súhlas.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Žiadosti o partnerstvo", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Keď obec požiada o pomoc pri hľadaní partnera, formulár "
                "zhromažďuje:</p><ul><li>informácie o obci;</li><li>meno, e-mailovú adresu a "
                "telefónne číslo kontaktnej osoby.</li></ul><p>Tieto údaje sa používajú iba na "
                "vybavenie žiadosti a na sprostredkovanie kontaktu medzi obcami. Kontaktné "
                "údaje sa nikdy nezverejňujú. Vidia ich iba moderátori CEMR pre partnerstvo "
                "miest.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Správa profilu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kto požiada o správu profilu svojej obce, uvedie svoje meno, funkciu, "
                "úradnú e-mailovú adresu a dôvod žiadosti. Moderátori CEMR pre partnerstvo "
                "miest si žiadosť prečítajú a rozhodnú o nej. Adresa schváleného správcu slúži "
                "na zasielanie prihlasovacích odkazov a správ týkajúcich sa profilu. Nikdy sa "
                "nezverejňuje.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Správy pre obec", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Správa odoslaná obci prostredníctvom webu sa postúpi e-mailom osobe, ktorá "
                "spravuje jej profil, spolu s menom, organizáciou a e-mailovou adresou "
                "odosielateľa, aby mohla odpovedať priamo. Odosielateľ adresu správcu nevidí. "
                "CEMR uchováva kópiu správy na riešenie prípadov zneužitia.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Ako dlho uchovávame údaje", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Žiadosť o partnerstvo uchovávame počas jej vybavovania; žiadosť bez "
                "akejkoľvek aktivity počas 12 mesiacov sa uzavrie. Po uzavretí sa žiadosť aj "
                "osobné údaje, ktoré obsahuje, po 24 mesiacoch vymažú.</p><p>Správy odoslané "
                "prostredníctvom webu a vybavené žiadosti o správu profilu sa vymažú po 12 "
                "mesiacoch, nepotvrdená žiadosť po 30 dňoch. Keď niekto prestane spravovať "
                "profil, jeho adresa sa vymaže.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Vaše práva", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Podľa všeobecného nariadenia o ochrane údajov (GDPR) môžete požiadať o "
                "prístup k osobným údajom, ktoré o vás uchovávame, o ich opravu alebo "
                "vymazanie; na každú takúto žiadosť odpovieme a uvedieme všetky údaje uložené "
                "pod vašou e-mailovou adresou. Píšte, prosím, na <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Máte tiež právo '
                "podať sťažnosť belgickému úradu na ochranu osobných údajov.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Žiadne služby tretích strán", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Web nenačítava žiadne externé písma, mapy ani sledovacie nástroje, takže "
                "sa pri jeho návšteve tretím stranám neodovzdávajú žiadne informácie o vás.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Vydavateľ", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Vydavateľom tohto webu je Rada európskych obcí a regiónov (CEMR), Square "
                "de Meeûs 1, 1000 Brusel, Belgicko.</p><ul><li>E-mail: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefón: +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Zodpovednosť za obsah", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR pripravuje obsah tohto webu starostlivo a podľa možností ho udržiava "
                "aktuálny. Nemôže však zaručiť, že všetky informácie budú vždy úplné, presné a "
                "aktuálne. Ak si všimnete chybu, dajte nám, prosím, vedieť, aby sme ju mohli "
                "opraviť.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Odkazy na iné weby", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tento web odkazuje na weby prevádzkované partnermi a inými organizáciami. "
                "CEMR nemá kontrolu nad ich obsahom a nezodpovedá zaň; za to, čo zverejňujú, "
                "zodpovedajú prevádzkovatelia týchto webov.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Opätovné použitie obsahu", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Texty zverejnené na tomto webe možno opätovne použiť pod podmienkou, že sa "
                "ako zdroj uvedie CEMR. Logá a obrázky partnerských organizácií zostávajú "
                "majetkom ich vlastníkov.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Údaje o obciach", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Informácie o obciach vychádzajú z údajov <a "
                'href="https://www.geonames.org/">GeoNames</a>, ktoré sa používajú na základe '
                'licencie <a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                "Commons Uveďte pôvod 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR chce, aby tento web mohol používať každý vrátane ľudí, ktorí pracujú "
                "s čítačkou obrazovky, iba s klávesnicou, so zväčšením alebo s hlasovým "
                "ovládaním. Toto vyhlásenie vychádza zo vzoru smernice EÚ o prístupnosti "
                "webových sídiel (2016/2102) a vzťahuje sa na celý web.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Stav súladu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Web je <b>čiastočne v súlade</b> s Pravidlami pre prístupnosť webového "
                "obsahu (WCAG) 2.1 na úrovni AA a s harmonizovanou európskou normou EN 301 "
                "549, a to pre nedostatky uvedené nižšie.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Známe nedostatky", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Niektoré stránky a časti stránok zatiaľ nie sú napísané vo všetkých "
                "jazykoch. Zobrazujú sa v angličtine, sú označené ako anglické, aby ich "
                "čítačky obrazovky vyslovovali správne, a stránka uvádza, čo "
                "chýba.</li><li>Mnohé preklady zatiaľ nečítal rodený hovoriaci a niekedy môžu "
                "byť ťažko zrozumiteľné.</li><li>Web zatiaľ neprešiel auditom nezávislého "
                "odborníka na prístupnosť.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Ako bol web overený", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Toto vyhlásenie bolo vypracované 3. decembra 2026 na základe vlastného "
                "posúdenia. Každá zmena webu sa automaticky testuje: každá verejná stránka sa "
                "kontroluje nástrojom na testovanie prístupnosti axe-core v prehliadači "
                "Chromium, formuláre sa vypĺňajú iba pomocou klávesnice a stránky sa v "
                "niekoľkých jazykoch zobrazujú pri šírke zmenšenej až na 320 pixelov.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Nahláste nám problém", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ak je pre vás niečo na tomto webe ťažko použiteľné alebo nepoužiteľné, "
                "prípadne potrebujete obsah v inom formáte, napíšte, prosím, na <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Uveďte, o ktorú '
                "stránku ide a čo nefungovalo. Vaša správa sa dostane k tímu, ktorý web "
                "prevádzkuje, a ten vám odpovie.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Postup presadzovania", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ak nie ste spokojní s našou odpoveďou, môžete sa obrátiť na orgán, ktorý "
                "je vo vašej krajine zodpovedný za prístupnosť webových sídiel.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {"taran": "Projektový referent – medzinárodné partnerstvá (U-LEAD)"}
PARTNER_NAMES = {
    "auc": "Asociácia ukrajinských miest (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Európska komisia",
    "french-ministry": "Francúzske ministerstvo pre bývanie a rozvoj miest",
}
SITE = {
    "organisation_name": "Rada európskych obcí a regiónov (CEMR)",
    "address": "Square de Meeûs 1\n1000 Brusel\nBelgicko",
}
