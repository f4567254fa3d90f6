"""Croatian texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Vijeće europskih općina i regija",
        "slug": "naslovnica",
        "intro": (
            "Vijeće europskih općina i regija (CEMR) okuplja nacionalne udruge lokalnih "
            "i regionalnih vlasti iz cijele Europe. Upoznajte programe kojima pomažemo "
            "gradovima i regijama da grade partnerstva, razmjenjuju rješenja i jačaju "
            "lokalnu demokraciju."
        ),
    },
    "programmes": {
        "title": "Projekti i programi",
        "slug": "projekti",
        "intro": (
            "CEMR vodi projekte i programe koji promiču održiva područja i "
            "decentraliziranu suradnju te u njima sudjeluje. Oni lokalnim i regionalnim "
            "vlastima pružaju izravnu potporu tako što grade partnerstva, razmjenjuju "
            "praktična rješenja i jačaju njihovu sposobnost da odgovore na velike "
            "izazove."
        ),
    },
    "bridges-of-trust": {
        "title": "Mostovi povjerenja",
        "slug": "mostovi-povjerenja",
        "summary": (
            "CEMR i PLATFORMA od ožujka 2021. pomažu ukrajinskim općinama u izgradnji "
            "partnerstava s općinama u EU-u kako bi trajna lokalna suradnja poduprla "
            "obnovu Ukrajine."
        ),
    },
    "covenant-of-mayors": {
        "title": "Sporazum gradonačelnika za klimu i energiju – Europa",
        "slug": "sporazum-gradonacelnika",
        "summary": (
            "Sporazum, koji je Europska komisija pokrenula 2008., okuplja više od 11.000 "
            "lokalnih vlasti koje se dobrovoljno obvezuju ostvarivati klimatske i "
            "energetske ciljeve EU-a."
        ),
    },
    "rfsc": {
        "title": "Referentni okvir za održive gradove (RFSC)",
        "slug": "referentni-okvir-odrzivi-gradovi",
        "summary": (
            "Besplatan okvir i alat za samoprocjenu koji lokalnim i regionalnim vlastima "
            "pomaže oblikovati integrirane strategije održivog urbanog razvoja u skladu "
            "s Novom leipziškom poveljom i ciljevima održivog razvoja."
        ),
    },
    "equality-charter": {
        "title": "Europska povelja o ravnopravnosti žena i muškaraca u lokalnom životu",
        "slug": "povelja-o-ravnopravnosti",
        "summary": (
            "Povelja, koju je CEMR pokrenuo 2006., poziva lokalne i regionalne vlasti da "
            "se javno obvežu na ravnopravnost žena i muškaraca i da je provode u praksi "
            "putem akcijskog plana za ravnopravnost."
        ),
    },
    "town-twinning": {
        "title": "Bratimljenje gradova",
        "slug": "bratimljenje-gradova",
        "summary": (
            "Nastalo nakon Drugoga svjetskog rata kako bi se spriječili novi sukobi, "
            "bratimljenje gradova i dalje zbližava građane i općine Europe – danas i oko "
            "zajedničkih praktičnih izazova."
        ),
    },
    "about": {
        "title": "O CEMR-u",
        "slug": "o-nama",
        "intro": (
            "CEMR je najveća organizacija lokalnih i regionalnih vlasti u Europi. Ovdje "
            "možete pročitati tko smo i što nudi ova internetska stranica."
        ),
    },
    "privacy": {
        "title": "Izjava o zaštiti privatnosti",
        "slug": "privatnost",
        "intro": (
            "Kako ova internetska stranica postupa s osobnim podacima, koje kolačiće "
            "upotrebljava i kako možete ostvariti svoja prava."
        ),
    },
    "legal": {
        "title": "Pravna napomena",
        "slug": "pravna-napomena",
        "intro": (
            "Informacije o izdavaču ove internetske stranice, ponovnoj uporabi njezina "
            "sadržaja i izvorima njezinih podataka."
        ),
    },
    "accessibility": {
        "title": "Izjava o pristupačnosti",
        "slug": "pristupacnost",
        "intro": (
            "Koliko je ova internetska stranica pristupačna, što još znamo da treba "
            "poboljšati i kako nam možete prijaviti problem."
        ),
    },
}
BODIES = {
    "privacy": [
        {
            "type": "heading",
            "value": {
                "text": "Tko je odgovoran",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ovu internetsku stranicu vodi Vijeće europskih općina i regija (CEMR), "
                "Square de Meeûs 1, 1000 Bruxelles, Belgija, koje je odgovorno za osobne "
                "podatke koji se putem nje obrađuju.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Kolačići",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Stranica postavlja samo tehnički nužne kolačiće: kolačić sesije i "
                "sigurnosni kolačić CSRF, koji se upotrebljavaju za obrasce i za "
                "administracijsko sučelje za urednike. Ne upotrebljavaju se analitički i "
                "oglašivački kolačići ni kolačići za praćenje, pa se zato ne prikazuje traka "
                "za davanje privole.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Zahtjevi za partnerstvo",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Kada općina zatraži pomoć u pronalaženju partnera, obrazac "
                "prikuplja:</p><ul><li>podatke o općini;</li><li>ime, adresu e-pošte i broj "
                "telefona osobe za kontakt.</li></ul><p>Ti se podaci upotrebljavaju samo za "
                "obradu zahtjeva i za povezivanje općina. Podaci za kontakt nikada se ne "
                "objavljuju. Vide ih samo CEMR-ovi moderatori za bratimljenje.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Upravljanje profilom",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Osoba koja zatraži da upravlja profilom svoje općine navodi svoje ime, "
                "funkciju, službenu adresu e-pošte i razlog zahtjeva. CEMR-ovi moderatori za "
                "bratimljenje čitaju zahtjev i odlučuju o njemu. Adresa odobrenog "
                "upravitelja upotrebljava se za slanje poveznica za prijavu i poruka o "
                "profilu. Nikada se ne objavljuje.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Poruke općini",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Poruka koja se putem stranice pošalje općini prosljeđuje se e-poštom "
                "osobi koja upravlja njezinim profilom, zajedno s imenom, organizacijom i "
                "adresom e-pošte pošiljatelja, kako bi mu ta osoba mogla izravno odgovoriti. "
                "Pošiljatelju se ne prikazuje adresa upravitelja. CEMR čuva presliku poruke "
                "radi postupanja u slučaju zlouporabe.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Koliko dugo čuvamo podatke",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Zahtjev za partnerstvo čuva se dok je u obradi; zahtjev u kojem 12 "
                "mjeseci nema nikakve aktivnosti zatvara se. Nakon zatvaranja zahtjev i "
                "osobni podaci koje sadržava brišu se nakon 24 mjeseca.</p><p>Poruke poslane "
                "putem stranice i zahtjevi za upravljanje profilom o kojima je odlučeno "
                "brišu se nakon 12 mjeseci, a nepotvrđeni zahtjev nakon 30 dana. Kada netko "
                "prestane upravljati profilom, njegova se adresa briše.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Vaša prava",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Na temelju Opće uredbe o zaštiti podataka (GDPR) možete zatražiti uvid u "
                "osobne podatke koje o vama čuvamo, njihov ispravak ili brisanje; na svaki "
                "takav zahtjev odgovaramo svim podacima pohranjenima pod vašom adresom "
                "e-pošte. Pišite nam na <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Imate i pravo '
                "podnijeti pritužbu belgijskom tijelu za zaštitu podataka.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Bez usluga trećih strana",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Stranica ne učitava vanjske fontove, karte ni alate za praćenje, pa se "
                "posjetom stranici nikakvi podaci o vama ne prenose trećim stranama.</p>"
            ),
        },
    ],
    "legal": [
        {
            "type": "heading",
            "value": {
                "text": "Izdavač",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ovu internetsku stranicu izdaje Vijeće europskih općina i regija (CEMR), "
                "Square de Meeûs 1, 1000 Bruxelles, Belgija.</p><ul><li>E-pošta: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefon: '
                "+32 2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Odgovornost za sadržaj",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR pažljivo priprema sadržaj ove internetske stranice i ažurira ga "
                "koliko je to moguće. Ipak, ne može jamčiti da su sve informacije u svakom "
                "trenutku potpune, točne i aktualne. Ako primijetite pogrešku, javite nam "
                "kako bismo je mogli ispraviti.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Poveznice na druge internetske stranice",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ova stranica sadržava poveznice na internetske stranice kojima "
                "upravljaju partneri i druge organizacije. CEMR nema nadzor nad njihovim "
                "sadržajem i nije za njega odgovoran; za ono što objavljuju odgovorni su "
                "operateri tih stranica.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Ponovna uporaba sadržaja",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Tekstovi objavljeni na ovoj stranici mogu se ponovno upotrijebiti pod "
                "uvjetom da se CEMR navede kao izvor. Logotipi i slike partnerskih "
                "organizacija ostaju vlasništvo njihovih vlasnika.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Podaci o općinama",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Informacije o općinama temelje se na podacima iz baze <a "
                'href="https://www.geonames.org/">GeoNames</a>, koji se upotrebljavaju na '
                "temelju licencije <a "
                'href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Imenovanje 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR želi da ovu internetsku stranicu mogu upotrebljavati svi, "
                "uključujući osobe koje se služe čitačem zaslona, samo tipkovnicom, "
                "povećanjem ili glasovnim upravljanjem. Ova je izjava sastavljena po uzoru "
                "na Direktivu EU-a o pristupačnosti internetskih stranica (2016/2102) i "
                "odnosi se na cijelu stranicu.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Stanje usklađenosti",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Stranica je <b>djelomično usklađena</b> sa Smjernicama za pristupačnost "
                "web-sadržaja (WCAG) 2.1 na razini AA i s usklađenom europskom normom EN 301 "
                "549 zbog nedostataka navedenih u nastavku.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Poznati nedostaci",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Neke stranice i dijelovi stranica još nisu napisani na svim "
                "jezicima. Prikazuju se na engleskom, označeni kao engleski tekst kako bi ih "
                "čitači zaslona ispravno izgovorili, a na stranici piše što "
                "nedostaje.</li><li>Mnoge prijevode još nije pročitao izvorni govornik pa "
                "ponekad mogu biti teško razumljivi.</li><li>Stranicu još nije pregledao "
                "neovisni stručnjak za pristupačnost.</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Kako je stranica provjerena",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ova je izjava pripremljena 3. prosinca 2026. na temelju samoprocjene. "
                "Svaka promjena stranice automatski se testira: svaka javna stranica "
                "provjerava se mehanizmom za provjeru pristupačnosti axe-core u pregledniku "
                "Chromium, obrasci se ispunjavaju samo tipkovnicom, a stranice se na "
                "nekoliko jezika pregledavaju pri širinama sve do 320 piksela.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Prijavite nam problem",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ako vam je nešto na ovoj stranici teško ili nemoguće upotrijebiti ili "
                "vam je sadržaj potreban u drugom formatu, pišite na <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Navedite o kojoj '
                "je stranici riječ i što nije funkcioniralo. Vaša poruka stiže timu koji "
                "vodi stranicu, a on će vam odgovoriti.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Postupak provedbe",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ako niste zadovoljni našim odgovorom, možete se obratiti tijelu "
                "nadležnom za pristupačnost internetskih stranica u svojoj zemlji.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {
    "taran": "Projektni referent – međunarodna partnerstva (U-LEAD)",
}
PARTNER_NAMES = {
    "auc": "Udruga ukrajinskih gradova (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Europska komisija",
    "french-ministry": "Francusko ministarstvo nadležno za stanovanje i urbani razvoj",
}
SITE = {
    "organisation_name": "Vijeće europskih općina i regija (CEMR)",
    "address": "Square de Meeûs 1\n1000 Bruxelles\nBelgija",
}
