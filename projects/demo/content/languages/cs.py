"""Czech texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Rada evropských obcí a regionů",
        "slug": "uvod",
        "intro": (
            "Rada evropských obcí a regionů (RGRE) sdružuje národní svazy místních a "
            "regionálních samospráv z celé Evropy. Seznamte se s programy, jejichž "
            "prostřednictvím pomáháme městům a regionům navazovat partnerství, sdílet řešení a "
            "posilovat místní demokracii."
        ),
    },
    "programmes": {
        "title": "Projekty a programy",
        "slug": "projekty",
        "intro": (
            "RGRE vede projekty a programy, které podporují udržitelná území a "
            "decentralizovanou spolupráci, a také se jich účastní. Místním a regionálním "
            "samosprávám poskytují přímou pomoc: budují partnerství, sdílejí praktická řešení "
            "a posilují jejich schopnost čelit velkým výzvám."
        ),
    },
    "bridges-of-trust": {
        "title": "Mosty důvěry",
        "slug": "mosty-duvery",
        "summary": (
            "Od března 2021 pomáhají RGRE a PLATFORMA ukrajinským obcím navazovat partnerství "
            "s obcemi v EU, aby trvalá místní spolupráce podporovala obnovu Ukrajiny."
        ),
    },
    "covenant-of-mayors": {
        "title": "Pakt starostů a primátorů pro klima a energii – Evropa",
        "slug": "pakt-starostu-a-primatoru",
        "summary": (
            "Pakt, který Evropská komise spustila v roce 2008, sdružuje více než 11 000 "
            "místních samospráv, které se dobrovolně zavazují k plnění klimatických a "
            "energetických cílů EU."
        ),
    },
    "rfsc": {
        "title": "Referenční rámec pro udržitelná města (RFSC)",
        "slug": "referencni-ramec-udrzitelna-mesta",
        "summary": (
            "Bezplatný rámec a nástroj pro sebehodnocení, který pomáhá místním a regionálním "
            "samosprávám utvářet integrované strategie udržitelného rozvoje měst v souladu s "
            "Novou Lipskou chartou a cíli udržitelného rozvoje."
        ),
    },
    "equality-charter": {
        "title": "Evropská charta rovnosti žen a mužů v místním životě",
        "slug": "charta-rovnosti",
        "summary": (
            "Charta, kterou RGRE představila v roce 2006, vyzývá místní a regionální "
            "samosprávy, aby se veřejně zavázaly k rovnosti žen a mužů a uváděly ji do praxe "
            "prostřednictvím akčního plánu pro rovnost."
        ),
    },
    "town-twinning": {
        "title": "Partnerství měst",
        "slug": "partnerstvi-mest",
        "summary": (
            "Partnerství měst vzniklo po druhé světové válce, aby předcházelo novým "
            "konfliktům, a stále sbližuje občany a obce v Evropě – dnes také při řešení "
            "společných praktických výzev."
        ),
    },
    "about": {
        "title": "O RGRE",
        "slug": "o-nas",
        "intro": (
            "RGRE je největší organizací místních a regionálních samospráv v Evropě. Zde se "
            "dozvíte, kdo jsme a co tento web nabízí."
        ),
    },
    "privacy": {
        "title": "Zásady ochrany osobních údajů",
        "slug": "ochrana-osobnich-udaju",
        "intro": (
            "Jak tento web nakládá s osobními údaji, jaké soubory cookie používá a jak můžete "
            "uplatnit svá práva."
        ),
    },
    "legal": {
        "title": "Právní upozornění",
        "slug": "pravni-upozorneni",
        "intro": (
            "Informace o vydavateli tohoto webu, o opakovaném použití jeho obsahu a o zdrojích "
            "údajů."
        ),
    },
    "accessibility": {
        "title": "Prohlášení o přístupnosti",
        "slug": "pristupnost",
        "intro": (
            "Nakolik je tento web přístupný, co je podle našich poznatků ještě třeba zlepšit a "
            "jak nám nahlásit problém."
        ),
    },
}
BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Kdo odpovídá", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tento web provozuje Rada evropských obcí a regionů (RGRE), Square de Meeûs "
                "1, 1000 Brusel, Belgie, která odpovídá za osobní údaje, jež jsou jeho "
                "prostřednictvím zpracovávány.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Soubory cookie", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Web ukládá pouze technicky nezbytné soubory cookie: relační cookie a "
                "bezpečnostní cookie CSRF, které slouží pro formuláře a pro administraci "
                "určenou redaktorům. Nepoužívají se žádné analytické, reklamní ani sledovací "
                "soubory cookie, a proto se nezobrazuje lišta pro udělení souhlasu.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Žádosti o partnerství", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Když obec požádá o pomoc s hledáním partnera, formulář "
                "shromažďuje:</p><ul><li>informace o obci;</li><li>jméno, e-mailovou adresu a "
                "telefonní číslo kontaktní osoby.</li></ul><p>Tyto údaje se používají pouze k "
                "vyřízení žádosti a ke zprostředkování kontaktu mezi obcemi. Kontaktní údaje "
                "se nikdy nezveřejňují. Vidí je pouze moderátoři RGRE pro partnerství měst.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Správa profilu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kdo požádá o správu profilu své obce, uvede své jméno, funkci, úřední "
                "e-mailovou adresu a důvod žádosti. Moderátoři RGRE pro partnerství měst si "
                "žádost přečtou a rozhodnou o ní. Adresa schváleného správce slouží k zasílání "
                "přihlašovacích odkazů a zpráv týkajících se profilu. Nikdy se "
                "nezveřejňuje.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Zprávy pro obec", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Zpráva odeslaná obci prostřednictvím webu se předá e-mailem osobě, která "
                "spravuje její profil, spolu se jménem, organizací a e-mailovou adresou "
                "odesílatele, aby mohla odpovědět přímo. Odesílatel adresu správce nevidí. "
                "RGRE uchovává kopii zprávy pro řešení případů zneužití.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Jak dlouho údaje uchováváme", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Žádost o partnerství uchováváme po dobu jejího vyřizování; žádost bez "
                "jakékoli aktivity po dobu 12 měsíců se uzavře. Po uzavření se žádost i osobní "
                "údaje, které obsahuje, po 24 měsících vymažou.</p><p>Zprávy odeslané "
                "prostřednictvím webu a vyřízené žádosti o správu profilu se vymažou po 12 "
                "měsících, nepotvrzená žádost po 30 dnech. Když někdo přestane spravovat "
                "profil, jeho adresa se vymaže.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Vaše práva", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Podle obecného nařízení o ochraně osobních údajů (GDPR) můžete požádat o "
                "přístup k osobním údajům, které o vás uchováváme, o jejich opravu nebo výmaz; "
                "na každou takovou žádost odpovíme a uvedeme všechny údaje uložené pod vaší "
                "e-mailovou adresou. Pište prosím na <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Máte také právo '
                "podat stížnost u belgického úřadu pro ochranu osobních údajů.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Žádné služby třetích stran", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Web nenačítá žádná externí písma, mapy ani sledovací nástroje, takže se "
                "při jeho návštěvě třetím stranám nepředávají žádné informace o vás.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Vydavatel", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Vydavatelem tohoto webu je Rada evropských obcí a regionů (RGRE), Square "
                "de Meeûs 1, 1000 Brusel, Belgie.</p><ul><li>E-mail: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefon: +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Odpovědnost za obsah", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>RGRE připravuje obsah tohoto webu pečlivě a podle možností jej udržuje "
                "aktuální. Nemůže však zaručit, že všechny informace budou vždy úplné, přesné "
                "a aktuální. Pokud si všimnete chyby, dejte nám prosím vědět, abychom ji mohli "
                "opravit.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Odkazy na jiné weby", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Tento web odkazuje na weby provozované partnery a dalšími organizacemi. "
                "RGRE nemá kontrolu nad jejich obsahem a nenese za něj odpovědnost; za to, co "
                "zveřejňují, odpovídají provozovatelé těchto webů.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Opakované použití obsahu", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Texty zveřejněné na tomto webu lze dále používat pod podmínkou, že bude "
                "jako zdroj uvedena RGRE. Loga a obrázky partnerských organizací zůstávají "
                "majetkem jejich vlastníků.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Údaje o obcích", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Informace o obcích vycházejí z dat <a "
                'href="https://www.geonames.org/">GeoNames</a>, která se používají na základě '
                'licence <a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                "Commons Uveďte původ 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>RGRE chce, aby tento web mohl používat každý, včetně lidí, kteří pracují "
                "se čtečkou obrazovky, jen s klávesnicí, se zvětšením nebo s hlasovým "
                "ovládáním. Toto prohlášení vychází ze vzoru směrnice EU o přístupnosti "
                "internetových stránek (2016/2102) a vztahuje se na celý web.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Stav souladu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Web je <b>částečně v souladu</b> s Pravidly pro přístupnost webového "
                "obsahu (WCAG) 2.1 na úrovni AA a s harmonizovanou evropskou normou EN 301 "
                "549, a to kvůli níže uvedeným nedostatkům.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Známé nedostatky", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Některé stránky a části stránek zatím nejsou napsány ve všech "
                "jazycích. Zobrazují se v angličtině, jsou označeny jako anglické, aby je "
                "čtečky obrazovky vyslovovaly správně, a stránka uvádí, co "
                "chybí.</li><li>Mnoho překladů zatím nečetl rodilý mluvčí a někdy mohou být "
                "obtížně srozumitelné.</li><li>Web zatím neprošel auditem nezávislého "
                "odborníka na přístupnost.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Jak byl web ověřen", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Toto prohlášení bylo vypracováno 3. prosince 2026 na základě vlastního "
                "posouzení. Každá změna webu se automaticky testuje: každá veřejná stránka se "
                "kontroluje nástrojem pro testování přístupnosti axe-core v prohlížeči "
                "Chromium, formuláře se vyplňují pouze pomocí klávesnice a stránky se v "
                "několika jazycích zobrazují při šířce zmenšené až na 320 pixelů.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Nahlaste nám problém", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Pokud je pro vás něco na tomto webu obtížně použitelné nebo nepoužitelné, "
                "případně potřebujete obsah v jiném formátu, napište prosím na <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Uveďte, o kterou '
                "stránku jde a co nefungovalo. Vaše zpráva dorazí k týmu, který web provozuje, "
                "a ten vám odpoví.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Postup vymáhání", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Pokud nejste s naší odpovědí spokojeni, můžete se obrátit na orgán, který "
                "ve vaší zemi odpovídá za přístupnost webových stránek.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {"taran": "Projektový referent – mezinárodní partnerství (U-LEAD)"}
PARTNER_NAMES = {
    "auc": "Asociace ukrajinských měst (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Evropská komise",
    "french-ministry": "Francouzské ministerstvo pro bydlení a rozvoj měst",
}
SITE = {
    "organisation_name": "Rada evropských obcí a regionů (RGRE)",
    "address": "Square de Meeûs 1\n1000 Brusel\nBelgie",
}
