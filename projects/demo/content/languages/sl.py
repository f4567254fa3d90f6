"""Slovenian texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Svet evropskih občin in regij",
        "slug": "domov",
        "intro": (
            "Svet evropskih občin in regij (CEMR) povezuje nacionalna združenja lokalnih in "
            "regionalnih oblasti iz vse Evrope. Spoznajte programe, s katerimi mestom in "
            "regijam pomagamo vzpostavljati partnerstva, izmenjevati rešitve in krepiti "
            "lokalno demokracijo."
        ),
    },
    "programmes": {
        "title": "Projekti in programi",
        "slug": "projekti",
        "intro": (
            "CEMR vodi projekte in programe, ki spodbujajo trajnostna območja in "
            "decentralizirano sodelovanje, ter pri njih sodeluje. Lokalnim in regionalnim "
            "oblastem zagotavljajo neposredno podporo: gradijo partnerstva, izmenjujejo "
            "praktične rešitve in krepijo njihovo sposobnost za spoprijemanje z velikimi "
            "izzivi."
        ),
    },
    "bridges-of-trust": {
        "title": "Mostovi zaupanja",
        "slug": "mostovi-zaupanja",
        "summary": (
            "CEMR in PLATFORMA od marca 2021 pomagata ukrajinskim občinam vzpostavljati "
            "partnerstva z občinami v EU, da bi trajno lokalno sodelovanje podpiralo obnovo "
            "Ukrajine."
        ),
    },
    "covenant-of-mayors": {
        "title": "Konvencija županov za podnebje in energijo – Evropa",
        "slug": "konvencija-zupanov",
        "summary": (
            "Konvencija, ki jo je Evropska komisija začela leta 2008, združuje več kot 11.000 "
            "lokalnih oblasti, ki se prostovoljno zavežejo k uresničevanju podnebnih in "
            "energetskih ciljev EU."
        ),
    },
    "rfsc": {
        "title": "Referenčni okvir za trajnostna mesta (RFSC)",
        "slug": "referencni-okvir-trajnostna-mesta",
        "summary": (
            "Brezplačen okvir in orodje za samoocenjevanje, ki lokalnim in regionalnim "
            "oblastem pomaga oblikovati celostne strategije trajnostnega urbanega razvoja v "
            "skladu z Novo leipziško listino in cilji trajnostnega razvoja."
        ),
    },
    "equality-charter": {
        "title": "Evropska listina o enakosti žensk in moških v lokalnem življenju",
        "slug": "listina-o-enakosti",
        "summary": (
            "Listina, ki jo je CEMR predstavil leta 2006, vabi lokalne in regionalne oblasti, "
            "naj se javno zavežejo enakosti žensk in moških ter jo uresničujejo z akcijskim "
            "načrtom za enakost."
        ),
    },
    "town-twinning": {
        "title": "Pobratenje mest",
        "slug": "pobratenje-mest",
        "summary": (
            "Pobratenje mest je nastalo po drugi svetovni vojni, da bi preprečevalo nove "
            "spopade, in še vedno povezuje evropske državljane in občine – danes tudi ob "
            "skupnih praktičnih izzivih."
        ),
    },
    "about": {
        "title": "O CEMR",
        "slug": "o-nas",
        "intro": (
            "CEMR je največja organizacija lokalnih in regionalnih oblasti v Evropi. Tukaj "
            "lahko preberete, kdo smo in kaj ponuja to spletno mesto."
        ),
    },
    "privacy": {
        "title": "Obvestilo o varstvu osebnih podatkov",
        "slug": "varstvo-podatkov",
        "intro": (
            "Kako to spletno mesto obdeluje osebne podatke, katere piškotke uporablja in kako "
            "lahko uveljavljate svoje pravice."
        ),
    },
    "legal": {
        "title": "Pravno obvestilo",
        "slug": "pravno-obvestilo",
        "intro": (
            "Podatki o izdajatelju tega spletnega mesta, ponovni uporabi njegove vsebine in "
            "virih podatkov."
        ),
    },
    "accessibility": {
        "title": "Izjava o dostopnosti",
        "slug": "dostopnost",
        "intro": (
            "Kako dostopno je to spletno mesto, kaj je po naših ugotovitvah še treba "
            "izboljšati in kako nam lahko sporočite težavo."
        ),
    },
}
BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Kdo je odgovoren", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>To spletno mesto upravlja Svet evropskih občin in regij (CEMR), Square de "
                "Meeûs 1, 1000 Bruselj, Belgija. CEMR je odgovoren za osebne podatke, ki se "
                "obdelujejo prek spletnega mesta.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Piškotki", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Spletno mesto nastavlja samo tehnično nujne piškotke: sejni piškotek in "
                "varnostni piškotek CSRF, ki se uporabljata za obrazce in za skrbniški del za "
                "urednike. Analitični, oglaševalski ali sledilni piškotki se ne uporabljajo, "
                "zato se pasica za privolitev ne prikaže.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Prošnje za partnerstvo", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ko občina zaprosi za pomoč pri iskanju partnerja, obrazec "
                "zbira:</p><ul><li>podatke o občini;</li><li>ime, e-poštni naslov in "
                "telefonsko številko kontaktne osebe.</li></ul><p>Ti podatki se uporabljajo "
                "samo za obravnavo prošnje in za vzpostavitev stika med občinami. Kontaktni "
                "podatki se nikoli ne objavijo. Vidijo jih lahko samo moderatorji CEMR za "
                "pobratenja.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Upravljanje profila", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kdor želi upravljati profil svoje občine, navede svoje ime, funkcijo, "
                "uradni e-poštni naslov in razlog za zahtevek. Moderatorji CEMR za pobratenja "
                "zahtevek preberejo in o njem odločijo. Naslov odobrenega upravljavca se "
                "uporablja za pošiljanje povezav za prijavo in sporočil v zvezi s profilom. "
                "Nikoli se ne objavi.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Sporočila občini", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sporočilo, poslano občini prek spletnega mesta, se po e-pošti posreduje "
                "osebi, ki upravlja njen profil, skupaj z imenom, organizacijo in e-poštnim "
                "naslovom pošiljatelja, da lahko odgovori neposredno. Pošiljatelj naslova "
                "upravljavca ne vidi. CEMR hrani kopijo sporočila za obravnavo zlorab.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Kako dolgo hranimo podatke", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Prošnja za partnerstvo se hrani, dokler je v obravnavi; prošnja, pri "
                "kateri 12 mesecev ni nobene dejavnosti, se zaključi. Ko je zaključena, se "
                "prošnja in osebni podatki v njej izbrišejo po 24 mesecih.</p><p>Sporočila, "
                "poslana prek spletnega mesta, in zahtevki za upravljanje profila, o katerih "
                "je bilo odločeno, se izbrišejo po 12 mesecih, nepotrjen zahtevek pa po 30 "
                "dneh. Ko nekdo preneha upravljati profil, se njegov naslov izbriše.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Vaše pravice", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Na podlagi Splošne uredbe o varstvu podatkov (GDPR) lahko zahtevate "
                "vpogled v osebne podatke, ki jih hranimo o vas, njihov popravek ali izbris; "
                "na vsako takšno zahtevo odgovorimo z vsemi podatki, shranjenimi pod vašim "
                "e-poštnim naslovom. Pišite na <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Imate tudi pravico '
                "vložiti pritožbo pri belgijskem organu za varstvo podatkov.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Brez storitev tretjih oseb", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Spletno mesto ne nalaga zunanjih pisav, zemljevidov ali orodij za "
                "sledenje, zato se ob obisku nobeni podatki o vas ne posredujejo tretjim "
                "osebam.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Izdajatelj", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>To spletno mesto izdaja Svet evropskih občin in regij (CEMR), Square de "
                "Meeûs 1, 1000 Bruselj, Belgija.</p><ul><li>E-pošta: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefon: +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Odgovornost za vsebino", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR vsebino tega spletnega mesta skrbno pripravlja in jo, kolikor je "
                "mogoče, posodablja. Vendar ne more zagotoviti, da so vse informacije vedno "
                "popolne, točne in aktualne. Če opazite napako, nam to sporočite, da jo bomo "
                "lahko popravili.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Povezave do drugih spletnih mest", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>To spletno mesto vsebuje povezave do spletnih mest, ki jih upravljajo "
                "partnerji in druge organizacije. CEMR nima nadzora nad njihovo vsebino in "
                "zanjo ni odgovoren; za objavljeno vsebino so odgovorni upravljavci teh "
                "spletnih mest.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Ponovna uporaba vsebine", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Besedila, objavljena na tem spletnem mestu, se lahko ponovno uporabijo pod "
                "pogojem, da je CEMR naveden kot vir. Logotipi in slike partnerskih "
                "organizacij ostajajo last njihovih lastnikov.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Podatki o občinah", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Informacije o občinah temeljijo na podatkih <a "
                'href="https://www.geonames.org/">GeoNames</a>, ki se uporabljajo na podlagi '
                'licence <a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                "Commons Priznanje avtorstva 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR želi, da bi to spletno mesto lahko uporabljal vsakdo, tudi osebe, ki "
                "si pomagajo z bralnikom zaslona, samo s tipkovnico, s povečavo ali z "
                "glasovnim upravljanjem. Ta izjava sledi vzoru direktive EU o dostopnosti "
                "spletišč (2016/2102) in velja za celotno spletno mesto.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Stanje skladnosti", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Spletno mesto je <b>delno skladno</b> s Smernicami za dostopnost spletnih "
                "vsebin (WCAG) 2.1 na ravni AA in s harmoniziranim evropskim standardom EN 301 "
                "549, in sicer zaradi spodaj navedenih pomanjkljivosti.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Znane pomanjkljivosti", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Nekatere strani in deli strani še niso napisani v vseh jezikih. "
                "Prikazani so v angleščini in označeni kot angleško besedilo, da jih bralniki "
                "zaslona pravilno izgovorijo, stran pa navaja, kaj manjka.</li><li>Številnih "
                "prevodov še ni prebral rojeni govorec in so lahko včasih težko "
                "razumljivi.</li><li>Spletnega mesta še ni presodil neodvisen strokovnjak za "
                "dostopnost.</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Kako je bilo spletno mesto preverjeno", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ta izjava je bila pripravljena 3. decembra 2026 na podlagi samoocene. "
                "Vsaka sprememba spletnega mesta se samodejno preizkusi: vsaka javna stran se "
                "preveri z orodjem za preverjanje dostopnosti axe-core v brskalniku Chromium, "
                "obrazci se izpolnijo samo s tipkovnico, strani pa se v več jezikih prikažejo "
                "pri širinah vse do 320 slikovnih pik.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Sporočite nam težavo", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Če je kaj na tem spletnem mestu za vas težko ali nemogoče uporabiti ali če "
                "potrebujete vsebino v drugi obliki, pišite na <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Navedite, za katero '
                "stran gre in kaj ni delovalo. Vaše sporočilo prejme ekipa, ki upravlja "
                "spletno mesto, in vam bo odgovorila.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Postopek izvrševanja", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Če z našim odgovorom niste zadovoljni, se lahko obrnete na organ, ki je v "
                "vaši državi pristojen za dostopnost spletišč.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {"taran": "Projektni referent – mednarodna partnerstva (U-LEAD)"}
PARTNER_NAMES = {
    "auc": "Združenje ukrajinskih mest (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Evropska komisija",
    "french-ministry": "Francosko ministrstvo, pristojno za stanovanja in urbani razvoj",
}
SITE = {
    "organisation_name": "Svet evropskih občin in regij (CEMR)",
    "address": "Square de Meeûs 1\n1000 Bruselj\nBelgija",
}
