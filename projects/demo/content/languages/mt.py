"""Maltese texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Il-Kunsill tal-Muniċipalitajiet u r-Reġjuni Ewropej",
        "slug": "pagna-ewlenija",
        "intro": (
            "Il-Kunsill tal-Muniċipalitajiet u r-Reġjuni Ewropej (CEMR) jgħaqqad flimkien "
            "l-assoċjazzjonijiet nazzjonali tal-gvernijiet lokali u reġjonali mill-Ewropa kollha. "
            "Skopri l-programmi li permezz tagħhom ngħinu lill-bliet u lir-reġjuni jibnu "
            "sħubijiet, jaqsmu soluzzjonijiet u jsaħħu d-demokrazija lokali."
        ),
    },
    "programmes": {
        "title": "Proġetti u programmi",
        "slug": "progetti",
        "intro": (
            "Is-CEMR imexxi proġetti u programmi, u jieħu sehem fihom, li jippromwovu territorji "
            "sostenibbli u kooperazzjoni deċentralizzata. Dawn jagħtu appoġġ dirett "
            "lill-gvernijiet lokali u reġjonali billi jibnu sħubijiet, jaqsmu soluzzjonijiet "
            "prattiċi u jsaħħu l-kapaċità tagħhom li jindirizzaw sfidi kbar."
        ),
    },
    "bridges-of-trust": {
        "title": "Pontijiet ta’ Fiduċja",
        "slug": "pontijiet-ta-fiducja",
        "summary": (
            "Minn Marzu 2021, is-CEMR u PLATFORMA ilhom jgħinu lill-muniċipalitajiet tal-Ukrajna "
            "jibnu sħubijiet ma’ muniċipalitajiet fl-UE, sabiex kooperazzjoni lokali dejjiema "
            "tappoġġa r-rikostruzzjoni tal-Ukrajna."
        ),
    },
    "covenant-of-mayors": {
        "title": "Il-Patt tas-Sindki għall-Klima u l-Enerġija – Ewropa",
        "slug": "patt-tas-sindki",
        "summary": (
            "Il-Patt, imniedi mill-Kummissjoni Ewropea fl-2008, jiġbor flimkien aktar minn 11,000 "
            "gvern lokali li volontarjament jimpenjaw ruħhom li jwettqu l-objettivi tal-UE dwar "
            "il-klima u l-enerġija."
        ),
    },
    "rfsc": {
        "title": "Il-Qafas ta’ Referenza għal Bliet Sostenibbli (RFSC)",
        "slug": "qafas-ta-referenza",
        "summary": (
            "Qafas u għodda ta’ awtovalutazzjoni b’xejn li jgħinu lill-gvernijiet lokali u "
            "reġjonali jfasslu strateġiji integrati ta’ żvilupp urban sostenibbli f’konformità "
            "mal-Karta l-Ġdida ta’ Leipzig u mal-Għanijiet ta’ Żvilupp Sostenibbli (SDGs)."
        ),
    },
    "equality-charter": {
        "title": "Il-Karta Ewropea għall-Ugwaljanza bejn in-Nisa u l-Irġiel fil-Ħajja Lokali",
        "slug": "karta-ugwaljanza",
        "summary": (
            "Il-Karta, imnedija mis-CEMR fl-2006, tistieden lill-gvernijiet lokali u reġjonali "
            "jimpenjaw ruħhom pubblikament favur l-ugwaljanza bejn in-nisa u l-irġiel u jwettquha "
            "fil-prattika permezz ta’ Pjan ta’ Azzjoni għall-Ugwaljanza."
        ),
    },
    "town-twinning": {
        "title": "Ġemellaġġ tal-bliet",
        "slug": "gemellagg",
        "summary": (
            "Il-ġemellaġġ tal-bliet twieled wara t-Tieni Gwerra Dinjija biex jipprevjeni "
            "kunflitti ġodda, u għadu jlaqqa’ flimkien liċ-ċittadini u l-muniċipalitajiet "
            "tal-Ewropa – illum anke madwar sfidi prattiċi komuni."
        ),
    },
    "about": {
        "title": "Dwar is-CEMR",
        "slug": "dwarna",
        "intro": (
            "Is-CEMR huwa l-akbar organizzazzjoni ta’ gvernijiet lokali u reġjonali fl-Ewropa. "
            "Hawnhekk tista’ taqra min aħna u x’joffri dan is-sit web."
        ),
    },
    "privacy": {
        "title": "Avviż ta’ privatezza",
        "slug": "privatezza",
        "intro": (
            "Kif dan is-sit web jittratta d-data personali, liema cookies juża u kif tista’ "
            "teżerċita d-drittijiet tiegħek."
        ),
    },
    "legal": {
        "title": "Avviż legali",
        "slug": "avviz-legali",
        "intro": (
            "Informazzjoni dwar il-pubblikatur ta’ dan is-sit web, l-użu mill-ġdid tal-kontenut "
            "tiegħu u s-sorsi tad-data tiegħu."
        ),
    },
    "accessibility": {
        "title": "Dikjarazzjoni dwar l-aċċessibbiltà",
        "slug": "accessibbilta",
        "intro": (
            "Kemm hu aċċessibbli dan is-sit web, x’nafu li għad irid jittejjeb, u kif tista’ "
            "tgħarrafna b’xi problema."
        ),
    },
}


PRIVACY_BODY = [
    {"type": "heading", "value": {"text": "Min hu responsabbli", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Dan is-sit web jitmexxa mill-Kunsill tal-Muniċipalitajiet u r-Reġjuni Ewropej "
            "(CEMR), Square de Meeûs 1, 1000 Brussell, il-Belġju, li huwa responsabbli għad-data "
            "personali pproċessata permezz tiegħu.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Cookies", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Is-sit juża biss il-cookies li huma teknikament meħtieġa: cookie tas-sessjoni u "
            "cookie tas-sigurtà CSRF, użati għall-formoli u għaż-żona tal-amministrazzjoni "
            "tal-edituri. Ma jintużaw l-ebda cookies analitiċi, tar-reklamar jew tat-traċċar, u "
            "għalhekk ma jintwera l-ebda banner tal-kunsens.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Talbiet għal sħubija", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Meta muniċipalità titlob għajnuna biex issib sieħeb, il-formola tiġbor:</p>"
            "<ul><li>informazzjoni dwar il-muniċipalità;</li>"
            "<li>l-isem, l-indirizz elettroniku u n-numru tat-telefon ta’ persuna ta’ "
            "kuntatt.</li></ul>"
            "<p>Din id-data tintuża biss biex tiġi ttrattata t-talba u biex il-muniċipalitajiet "
            "jitqiegħdu f’kuntatt ma’ xulxin. Id-dettalji ta’ kuntatt qatt ma jiġu ppubblikati. "
            "Jistgħu jarawhom biss il-moderaturi tal-ġemellaġġ tas-CEMR.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "L-amministrazzjoni ta’ profil", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Min jitlob li jamministra l-profil tal-muniċipalità tiegħu jagħti ismu, ir-rwol "
            "tiegħu, indirizz elettroniku uffiċjali u r-raġuni għat-talba. Il-moderaturi "
            "tal-ġemellaġġ tas-CEMR jaqrawha u jiddeċiedu. L-indirizz ta’ amministratur "
            "approvat jintuża biex jintbagħtulu ħoloq tad-dħul u messaġġi dwar il-profil. Qatt "
            "ma jiġi ppubblikat.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Messaġġi lil muniċipalità", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Messaġġ mibgħut lil muniċipalità permezz tas-sit jingħadda bil-posta elettronika "
            "lill-persuna li tamministra l-profil tagħha, flimkien mal-isem, l-organizzazzjoni u "
            "l-indirizz elettroniku ta’ min bagħtu, sabiex tkun tista’ twieġeb direttament. "
            "L-indirizz tal-amministratur ma jintweriex lil min jibgħat il-messaġġ. Is-CEMR "
            "iżomm kopja tal-messaġġ biex jindirizza l-abbuż.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Għal kemm żmien inżommu d-data", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Talba għal sħubija tinżamm sakemm tkun qed tiġi ttrattata; talba li tibqa’ "
            "mingħajr attività għal 12-il xahar tingħalaq. Ladarba tkun ingħalqet, it-talba u "
            "d-data personali li fiha jitħassru wara 24 xahar.</p>"
            "<p>Il-messaġġi mibgħuta permezz tas-sit u t-talbiet deċiżi għall-amministrazzjoni "
            "ta’ profil jitħassru wara 12-il xahar, u talba mhux ikkonfermata wara 30 jum. Meta "
            "xi ħadd jieqaf jamministra profil, l-indirizz tiegħu jitħassar.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Id-drittijiet tiegħek", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Skont ir-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR) tista’ titlob "
            "li tara d-data personali li għandna dwarek, li tiġi kkoreġuta jew li titħassar; "
            "inwieġbu kull talba bħal din b’dak kollu li huwa maħżun taħt l-indirizz elettroniku "
            "tiegħek. Jekk jogħġbok ikteb lil "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Għandek ukoll id-dritt '
            "li tressaq ilment quddiem l-Awtorità Belġjana għall-Protezzjoni tad-Data.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "L-ebda servizz ta’ partijiet terzi", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Is-sit ma jtella’ l-ebda font estern, mappa jew għodda tat-traċċar, u għalhekk "
            "iż-żjara tiegħek ma tgħaddi l-ebda informazzjoni dwarek lil partijiet terzi.</p>"
        ),
    },
]


LEGAL_BODY = [
    {"type": "heading", "value": {"text": "Pubblikatur", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Dan is-sit web huwa ppubblikat mill-Kunsill tal-Muniċipalitajiet u r-Reġjuni "
            "Ewropej (CEMR), Square de Meeûs 1, 1000 Brussell, il-Belġju.</p>"
            "<ul><li>Posta elettronika: "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li>'
            "<li>Telefon: +32 2 511 74 77</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Responsabbiltà għall-kontenut", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Is-CEMR iħejji l-kontenut ta’ dan is-sit web b’attenzjoni u jżommu aġġornat "
            "kemm jista’ jkun. Madankollu, ma jistax jiggarantixxi li l-informazzjoni kollha hija "
            "dejjem kompluta, preċiża u aġġornata. Jekk tinnota xi żball, jekk jogħġbok "
            "għarrafna biex inkunu nistgħu nikkoreġuh.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Ħoloq għal siti web oħra", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Dan is-sit fih ħoloq għal siti web imħaddma minn sħab u minn organizzazzjonijiet "
            "oħra. Is-CEMR m’għandu l-ebda kontroll fuq il-kontenut tagħhom u mhuwiex "
            "responsabbli għalih; l-operaturi ta’ dawk is-siti huma responsabbli għal dak li "
            "jippubblikaw.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Użu mill-ġdid tal-kontenut", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>It-testi ppubblikati fuq dan is-sit jistgħu jerġgħu jintużaw sakemm is-CEMR "
            "jissemma bħala s-sors. Il-logos u l-immaġnijiet tal-organizzazzjonijiet sħab "
            "jibqgħu proprjetà tas-sidien tagħhom.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Data dwar il-muniċipalitajiet", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>L-informazzjoni dwar il-muniċipalitajiet hija bbażata fuq data minn "
            '<a href="https://www.geonames.org/">GeoNames</a>, użata taħt il-liċenzja '
            '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
            "Attribution 4.0 (CC BY 4.0)</a>.</p>"
        ),
    },
]


ACCESSIBILITY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>Is-CEMR irid li kulħadd ikun jista’ juża dan is-sit web, inklużi persuni li "
            "jużaw qarrej tal-iskrin, it-tastiera biss, tkabbir jew kontroll bil-vuċi. Din "
            "id-dikjarazzjoni ssegwi l-mudell tad-Direttiva tal-UE dwar l-Aċċessibbiltà tal-Web "
            "(2016/2102) u tapplika għas-sit kollu.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Status ta’ konformità", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Is-sit huwa <b>parzjalment konformi</b> mal-Linji Gwida dwar l-Aċċessibbiltà "
            "tal-Kontenut tal-Web (WCAG) 2.1 fil-livell AA u mal-istandard Ewropew armonizzat EN "
            "301 549, minħabba n-nuqqasijiet elenkati hawn taħt.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Nuqqasijiet magħrufa", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>Xi paġni u partijiet minn paġni għadhom mhumiex miktuba f’kull lingwa. "
            "Jintwerew bl-Ingliż, immarkati bħala Ingliż sabiex il-qarrejja tal-iskrin "
            "jippronunzjawhom b’mod korrett, u l-paġna tgħid x’inhu nieqes.</li>"
            "<li>Ħafna traduzzjonijiet għadhom ma nqrawx minn kelliem nattiv u xi drabi jistgħu "
            "jkunu diffiċli biex tifhimhom.</li>"
            "<li>Is-sit għadu ma ġiex ivverifikat minn espert indipendenti "
            "tal-aċċessibbiltà.</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Kif ġie ċċekkjat is-sit", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Din id-dikjarazzjoni tħejjiet fit-3 ta’ Diċembru 2026 abbażi ta’ "
            "awtovalutazzjoni. Kull bidla fis-sit tiġi ttestjata awtomatikament: kull paġna "
            "pubblika tiġi ċċekkjata bil-magna tal-aċċessibbiltà axe-core fil-browser Chromium, "
            "il-formoli jimtlew bit-tastiera biss, u l-paġni jiġu eżaminati f’wisgħat li jinżlu "
            "sa 320 pixel f’diversi lingwi.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Għarrafna b’xi problema", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Jekk xi ħaġa f’dan is-sit hija diffiċli jew impossibbli għalik biex tużaha, jew "
            "jekk teħtieġ kontenut f’format ieħor, jekk jogħġbok ikteb lil "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Għidilna liema paġna u '
            "x’mar ħażin. Il-messaġġ tiegħek jasal għand it-tim li jmexxi s-sit, li jwieġbek.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Proċedura ta’ infurzar", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Jekk m’intix sodisfatt bit-tweġiba tagħna, tista’ tikkuntattja lill-awtorità "
            "responsabbli għall-aċċessibbiltà tas-siti web f’pajjiżek.</p>"
        ),
    },
]


BODIES = {
    "privacy": PRIVACY_BODY,
    "legal": LEGAL_BODY,
    "accessibility": ACCESSIBILITY_BODY,
}

CONTACT_ROLES = {"taran": "Uffiċjal tal-Proġetti – Sħubijiet Internazzjonali (U-LEAD)"}

PARTNER_NAMES = {
    "auc": "L-Assoċjazzjoni tal-Bliet tal-Ukrajna (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Il-Kummissjoni Ewropea",
    "french-ministry": "Il-Ministeru Franċiż responsabbli għad-Djar u l-Iżvilupp Urban",
}

SITE = {
    "organisation_name": "Il-Kunsill tal-Muniċipalitajiet u r-Reġjuni Ewropej (CEMR)",
    "address": "Square de Meeûs 1\n1000 Brussell\nIl-Belġju",
}
