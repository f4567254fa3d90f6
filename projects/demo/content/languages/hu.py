"""Hungarian texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Európai Települések és Régiók Tanácsa",
        "slug": "kezdolap",
        "intro": (
            "Az Európai Települések és Régiók Tanácsa (CEMR) Európa helyi és regionális "
            "önkormányzatainak országos szövetségeit fogja össze. Ismerje meg "
            "programjainkat, amelyekkel segítjük a városokat és régiókat abban, hogy "
            "partnerségeket építsenek, megosszák egymással megoldásaikat és erősítsék a "
            "helyi demokráciát."
        ),
    },
    "programmes": {
        "title": "Projektek és programok",
        "slug": "projektek",
        "intro": (
            "A CEMR olyan projekteket és programokat vezet, illetve olyanokban vesz "
            "részt, amelyek a fenntartható térségeket és a decentralizált együttműködést "
            "támogatják. Ezek közvetlen segítséget nyújtanak a helyi és regionális "
            "önkormányzatoknak: partnerségeket építenek, gyakorlati megoldásokat "
            "osztanak meg, és erősítik az önkormányzatok képességét arra, hogy "
            "megbirkózzanak a nagy kihívásokkal."
        ),
    },
    "bridges-of-trust": {
        "title": "A bizalom hídjai",
        "slug": "a-bizalom-hidjai",
        "summary": (
            "A CEMR és a PLATFORMA 2021 márciusa óta segíti az ukrán településeket "
            "abban, hogy partnerségeket építsenek ki uniós településekkel, és így a "
            "tartós helyi együttműködés támogassa Ukrajna újjáépítését."
        ),
    },
    "covenant-of-mayors": {
        "title": "Polgármesterek Klíma- és Energiaügyi Szövetsége – Európa",
        "slug": "polgarmesterek-szovetsege",
        "summary": (
            "Az Európai Bizottság által 2008-ban elindított Szövetség több mint 11 000 "
            "helyi önkormányzatot fog össze, amelyek önként vállalják, hogy "
            "megvalósítják az EU éghajlat-politikai és energetikai célkitűzéseit."
        ),
    },
    "rfsc": {
        "title": "Fenntartható Városok Referenciakerete (RFSC)",
        "slug": "fenntarthato-varosok-referenciakerete",
        "summary": (
            "Ingyenes keretrendszer és önértékelési eszköz, amely segíti a helyi és "
            "regionális önkormányzatokat abban, hogy az Új Lipcsei Chartával és a "
            "fenntartható fejlődési célokkal összhangban integrált, fenntartható "
            "városfejlesztési stratégiákat alakítsanak ki."
        ),
    },
    "equality-charter": {
        "title": "Európai charta a nők és férfiak helyi szintű egyenlőségéről",
        "slug": "egyenlosegi-charta",
        "summary": (
            "A CEMR által 2006-ban elindított Charta arra hívja a helyi és regionális "
            "önkormányzatokat, hogy nyilvánosan kötelezzék el magukat a nők és férfiak "
            "egyenlősége mellett, és egy egyenlőségi cselekvési terv révén valósítsák "
            "meg azt a gyakorlatban."
        ),
    },
    "town-twinning": {
        "title": "Testvérvárosi kapcsolatok",
        "slug": "testvervarosi-kapcsolatok",
        "summary": (
            "A második világháború után, új konfliktusok megelőzésére létrejött "
            "testvérvárosi kapcsolatok ma is összehozzák Európa polgárait és "
            "településeit – napjainkban közös gyakorlati kihívások mentén is."
        ),
    },
    "about": {
        "title": "A CEMR-ről",
        "slug": "rolunk",
        "intro": (
            "A CEMR Európa legnagyobb helyi és regionális önkormányzati szervezete. Itt "
            "olvashat arról, kik vagyunk, és mit kínál ez a honlap."
        ),
    },
    "privacy": {
        "title": "Adatkezelési tájékoztató",
        "slug": "adatkezeles",
        "intro": (
            "Hogyan kezeli ez a honlap a személyes adatokat, milyen sütiket használ, és "
            "hogyan gyakorolhatja Ön a jogait."
        ),
    },
    "legal": {
        "title": "Impresszum",
        "slug": "impresszum",
        "intro": (
            "Tájékoztatás a honlap kiadójáról, tartalmának továbbfelhasználásáról és "
            "adatainak forrásairól."
        ),
    },
    "accessibility": {
        "title": "Akadálymentességi nyilatkozat",
        "slug": "akadalymentesseg",
        "intro": (
            "Mennyire akadálymentes ez a honlap, tudomásunk szerint min kell még "
            "dolgoznunk, és hogyan jelezhet nekünk egy problémát."
        ),
    },
}
BODIES = {
    "privacy": [
        {
            "type": "heading",
            "value": {
                "text": "Ki a felelős",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ezt a honlapot az Európai Települések és Régiók Tanácsa (CEMR) működteti "
                "(Square de Meeûs 1, 1000 Brüsszel, Belgium), amely felelős a honlapon "
                "keresztül kezelt személyes adatokért.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Sütik",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A honlap csak a technikailag szükséges sütiket helyezi el: egy "
                "munkamenet-sütit és egy CSRF biztonsági sütit, amelyeket az űrlapokhoz és a "
                "szerkesztők adminisztrációs felületéhez használ. Elemző, hirdetési vagy "
                "követő sütiket nem használunk, ezért nem jelenik meg hozzájárulást kérő "
                "sáv.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Partnerkeresési kérelmek",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ha egy település segítséget kér partner kereséséhez, az űrlap a "
                "következőket gyűjti:</p><ul><li>a településre vonatkozó "
                "információkat;</li><li>egy kapcsolattartó személy nevét, e-mail-címét és "
                "telefonszámát.</li></ul><p>Ezeket az adatokat kizárólag a kérelem "
                "intézésére és a települések közötti kapcsolatfelvétel elősegítésére "
                "használjuk. A kapcsolattartási adatokat soha nem tesszük közzé. Csak a CEMR "
                "testvérvárosi moderátorai láthatják őket.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Profil kezelése",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Aki települése profiljának kezelését kéri, megadja nevét, beosztását, "
                "hivatalos e-mail-címét és kérelme indokát. A kérelmet a CEMR testvérvárosi "
                "moderátorai olvassák el, és ők döntenek róla. A jóváhagyott profilkezelő "
                "címére bejelentkezési linkeket és a profillal kapcsolatos üzeneteket "
                "küldünk. A címet soha nem tesszük közzé.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Üzenetek egy településnek",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A honlapon keresztül egy településnek küldött üzenetet e-mailben "
                "továbbítjuk annak, aki a település profilját kezeli, a feladó nevével, "
                "szervezetével és e-mail-címével együtt, hogy közvetlenül válaszolhasson. A "
                "feladó nem látja a profilkezelő címét. A CEMR a visszaélések kezelése "
                "érdekében megőrzi az üzenet egy másolatát.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Meddig őrizzük meg az adatokat",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A partnerkeresési kérelmet az intézése idejére őrizzük meg; ha 12 "
                "hónapig semmilyen tevékenység nem történik vele kapcsolatban, lezárjuk. A "
                "lezárt kérelmet és a benne szereplő személyes adatokat 24 hónap elteltével "
                "töröljük.</p><p>A honlapon keresztül küldött üzeneteket és a "
                "profilkezelésre irányuló, már elbírált kérelmeket 12 hónap után, a meg nem "
                "erősített kérelmeket 30 nap után töröljük. Ha valaki már nem kezel egy "
                "profilt, a címét töröljük.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Az Ön jogai",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Az általános adatvédelmi rendelet (GDPR) alapján Ön kérheti, hogy "
                "betekinthessen az Önről általunk tárolt személyes adatokba, illetve hogy "
                "azokat helyesbítsük vagy töröljük; minden ilyen kérésre az Ön "
                "e-mail-címéhez kapcsolódóan tárolt összes adattal válaszolunk. Kérjük, "
                'írjon az <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a> címre. '
                "Önnek joga van továbbá panaszt tenni a belga adatvédelmi hatóságnál.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Nem használunk harmadik féltől származó szolgáltatásokat",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A honlap nem tölt be külső betűtípusokat, térképeket vagy "
                "követőeszközöket, így látogatása során semmilyen Önre vonatkozó információ "
                "nem jut el harmadik felekhez.</p>"
            ),
        },
    ],
    "legal": [
        {
            "type": "heading",
            "value": {
                "text": "Kiadó",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ezt a honlapot az Európai Települések és Régiók Tanácsa (CEMR) adja ki "
                "(Square de Meeûs 1, 1000 Brüsszel, Belgium).</p><ul><li>E-mail: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefon: '
                "+32 2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Felelősség a tartalomért",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A CEMR gondosan állítja össze a honlap tartalmát, és lehetőség szerint "
                "naprakészen tartja. Ugyanakkor nem tudja garantálni, hogy minden információ "
                "mindenkor teljes, pontos és naprakész. Ha hibát észlel, kérjük, jelezze "
                "nekünk, hogy kijavíthassuk.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Hivatkozások más honlapokra",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ez a honlap partnerek és más szervezetek által működtetett honlapokra "
                "mutató hivatkozásokat tartalmaz. A CEMR nem befolyásolja ezek tartalmát, és "
                "nem felel érte; az általuk közzétett tartalomért e honlapok üzemeltetői "
                "felelnek.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "A tartalom továbbfelhasználása",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A honlapon közzétett szövegek továbbfelhasználhatók, feltéve, hogy a "
                "CEMR-t forrásként feltüntetik. A partnerszervezetek logói és képei "
                "tulajdonosaik tulajdonában maradnak.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Települési adatok",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A településekre vonatkozó információk a <a "
                'href="https://www.geonames.org/">GeoNames</a> adatain alapulnak, amelyeket '
                'a <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Nevezd meg! 4.0 (CC BY 4.0)</a> licenc alapján használunk.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>A CEMR azt szeretné, hogy ezt a honlapot mindenki használni tudja, azok "
                "is, akik képernyőolvasót, kizárólag billentyűzetet, nagyítást vagy "
                "hangvezérlést használnak. Ez a nyilatkozat a honlapok akadálymentesítéséről "
                "szóló uniós irányelv (2016/2102) mintáját követi, és a teljes honlapra "
                "vonatkozik.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Megfelelőségi állapot",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A honlap <b>részben megfelel</b> a Webes tartalmak akadálymentesítési "
                "irányelvei (WCAG) 2.1 AA szintjének és az EN 301 549 harmonizált európai "
                "szabványnak, az alább felsorolt hiányosságok miatt.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Ismert hiányosságok",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Egyes oldalak és oldalrészek még nem készültek el minden nyelven. "
                "Ezek angolul jelennek meg, angol nyelvűként megjelölve, hogy a "
                "képernyőolvasók helyesen ejtsék ki őket, és az oldal jelzi, mi "
                "hiányzik.</li><li>Sok fordítást még nem olvasott el anyanyelvi beszélő, "
                "ezért ezek olykor nehezen érthetők lehetnek.</li><li>A honlapot még nem "
                "vizsgálta meg független akadálymentességi szakértő.</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Hogyan ellenőriztük a honlapot",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ez a nyilatkozat 2026. december 3-án készült, önértékelés alapján. A "
                "honlap minden módosítását automatikusan teszteljük: minden nyilvános oldalt "
                "ellenőrzünk az axe-core akadálymentességi motorral a Chromium böngészőben, "
                "az űrlapokat kizárólag billentyűzettel töltjük ki, az oldalakat pedig több "
                "nyelven, egészen 320 képpontos szélességig megtekintjük.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Jelezze nekünk a problémát",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ha a honlapon valamit nehezen vagy egyáltalán nem tud használni, vagy "
                "más formátumban van szüksége a tartalomra, kérjük, írjon az <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a> címre. Írja meg, '
                "melyik oldalról van szó, és mi nem működött. Üzenete a honlapot működtető "
                "csapathoz jut el, amely válaszolni fog Önnek.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Jogérvényesítési eljárás",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ha nem elégedett válaszunkkal, felveheti a kapcsolatot az országában a "
                "honlapok akadálymentességéért felelős hatósággal.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {
    "taran": "Projektreferens – nemzetközi partnerségek (U-LEAD)",
}
PARTNER_NAMES = {
    "auc": "Ukrán Városok Szövetsége (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Európai Bizottság",
    "french-ministry": "Lakásügyért és városfejlesztésért felelős francia minisztérium",
}
SITE = {
    "organisation_name": "Európai Települések és Régiók Tanácsa (CEMR)",
    "address": "Square de Meeûs 1\n1000 Brüsszel\nBelgium",
}
