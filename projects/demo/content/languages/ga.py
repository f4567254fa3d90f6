"""Irish texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Comhairle Bardas agus Réigiún na hEorpa",
        "slug": "baile",
        "intro": (
            "Tugann Comhairle Bardas agus Réigiún na hEorpa (CEMR) cumainn náisiúnta na rialtas "
            "áitiúil agus réigiúnach ar fud na hEorpa le chéile. Déan iniúchadh ar na cláir trína "
            "gcabhraímid le bailte agus le réigiúin comhpháirtíochtaí a bhunú, réitigh a roinnt "
            "agus an daonlathas áitiúil a neartú."
        ),
    },
    "programmes": {
        "title": "Tionscadail agus cláir",
        "slug": "tionscadail",
        "intro": (
            "Stiúrann CEMR tionscadail agus cláir a chuireann críocha inbhuanaithe agus comhar "
            "díláraithe chun cinn, agus glacann sé páirt iontu. Tugann siad tacaíocht dhíreach do "
            "rialtais áitiúla agus réigiúnacha trí chomhpháirtíochtaí a bhunú, trí réitigh "
            "phraiticiúla a roinnt agus trína gcumas dul i ngleic le mórdhúshláin a neartú."
        ),
    },
    "bridges-of-trust": {
        "title": "Droichid Mhuiníne",
        "slug": "droichid-mhuinine",
        "summary": (
            "Ó mhí an Mhárta 2021, tá CEMR agus PLATFORMA ag cabhrú le bardais na hÚcráine "
            "comhpháirtíochtaí a bhunú le bardais san AE, ionas go dtacóidh comhar áitiúil buan "
            "le hatógáil na hÚcráine."
        ),
    },
    "covenant-of-mayors": {
        "title": "Cúnant na Méaraí don Aeráid agus don Fhuinneamh – An Eoraip",
        "slug": "cunant-na-mearai",
        "summary": (
            "Sheol an Coimisiún Eorpach an Cúnant in 2008. Tugann sé le chéile níos mó ná 11,000 "
            "rialtas áitiúil a thugann gealltanas go deonach cuspóirí aeráide agus fuinnimh an "
            "AE a bhaint amach."
        ),
    },
    "rfsc": {
        "title": "Creat Tagartha do Chathracha Inbhuanaithe (RFSC)",
        "slug": "creat-tagartha",
        "summary": (
            "Creat agus uirlis féinmheasúnaithe saor in aisce a chabhraíonn le rialtais áitiúla "
            "agus réigiúnacha straitéisí comhtháite um fhorbairt uirbeach inbhuanaithe a "
            "cheapadh, i gcomhréir le Cairt Nua Leipzig agus leis na Spriocanna Forbartha "
            "Inbhuanaithe."
        ),
    },
    "equality-charter": {
        "title": "Cairt Eorpach um Chomhionannas idir Mná agus Fir sa Saol Áitiúil",
        "slug": "cairt-chomhionannais",
        "summary": (
            "Sheol CEMR an Chairt in 2006. Iarrann sí ar rialtais áitiúla agus réigiúnacha "
            "gealltanas poiblí a thabhairt maidir le comhionannas idir mná agus fir agus é a chur "
            "i bhfeidhm trí Phlean Gníomhaíochta Comhionannais."
        ),
    },
    "town-twinning": {
        "title": "Nascadh bailte",
        "slug": "nascadh-bailte",
        "summary": (
            "Tháinig nascadh bailte ar an saol tar éis an Dara Cogadh Domhanda chun "
            "coinbhleachtaí nua a chosc, agus tugann sé saoránaigh agus bardais na hEorpa le "
            "chéile i gcónaí – sa lá atá inniu ann, maidir le dúshláin phraiticiúla choiteanna "
            "freisin."
        ),
    },
    "about": {
        "title": "Maidir le CEMR",
        "slug": "maidir-linn",
        "intro": (
            "Is é CEMR an eagraíocht rialtas áitiúil agus réigiúnach is mó san Eoraip. Anseo, "
            "is féidir leat léamh faoi cé sinn féin agus faoina bhfuil le fáil ar an suíomh "
            "gréasáin seo."
        ),
    },
    "privacy": {
        "title": "Fógra príobháideachais",
        "slug": "priobhaideachas",
        "intro": (
            "Conas a láimhseálann an suíomh gréasáin seo sonraí pearsanta, cé na fianáin a "
            "úsáideann sé agus conas is féidir leat do chearta a fheidhmiú."
        ),
    },
    "legal": {
        "title": "Fógra dlíthiúil",
        "slug": "fogra-dlithiuil",
        "intro": (
            "Faisnéis faoi fhoilsitheoir an tsuímh ghréasáin seo, faoi athúsáid a ábhair agus "
            "faoi fhoinsí a shonraí."
        ),
    },
    "accessibility": {
        "title": "Ráiteas inrochtaineachta",
        "slug": "inrochtaineacht",
        "intro": (
            "Cé chomh hinrochtana atá an suíomh gréasáin seo, cad atá fós le feabhsú, chomh fada "
            "agus is eol dúinn, agus conas fadhb a chur in iúl dúinn."
        ),
    },
}


PRIVACY_BODY = [
    {"type": "heading", "value": {"text": "Cé atá freagrach", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Is í Comhairle Bardas agus Réigiún na hEorpa (CEMR), Square de Meeûs 1, 1000 an "
            "Bhruiséil, an Bheilg, a reáchtálann an suíomh gréasáin seo, agus is í atá freagrach "
            "as na sonraí pearsanta a phróiseáiltear tríd.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Fianáin", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Ní shocraíonn an suíomh ach na fianáin atá riachtanach go teicniúil: fianán "
            "seisiúin agus fianán slándála CSRF, a úsáidtear le haghaidh foirmeacha agus don "
            "chuid riaracháin a úsáideann na heagarthóirí. Ní úsáidtear aon fhianáin anailíse, "
            "fógraíochta ná rianaithe, agus sin é an fáth nach dtaispeántar aon bhratach "
            "toilithe.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Iarratais ar chomhpháirtíocht", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Nuair a iarrann bardas cabhair chun comhpháirtí a aimsiú, bailíonn an fhoirm:</p>"
            "<ul><li>faisnéis faoin mbardas;</li>"
            "<li>ainm, seoladh ríomhphoist agus uimhir theileafóin duine teagmhála.</li></ul>"
            "<p>Ní úsáidtear na sonraí seo ach chun an t-iarratas a láimhseáil agus chun bardais "
            "a chur i dteagmháil le chéile. Ní fhoilsítear sonraí teagmhála riamh. Ní fheiceann "
            "aon duine iad ach modhnóirí nasctha CEMR.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Próifíl a bhainistiú", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Duine a iarrann próifíl a bhardais a bhainistiú, tugann sé a ainm, a ról, seoladh "
            "ríomhphoist oifigiúil agus an fáth atá leis an iarratas. Léann modhnóirí nasctha "
            "CEMR an t-iarratas agus déanann siad cinneadh. Úsáidtear seoladh bainisteora "
            "cheadaithe chun naisc logála isteach agus teachtaireachtaí faoin bpróifíl a "
            "sheoladh. Ní fhoilsítear riamh é.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Teachtaireachtaí chuig bardas", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Nuair a sheoltar teachtaireacht chuig bardas tríd an suíomh, cuirtear ar aghaidh "
            "í trí ríomhphost chuig an duine a bhainistíonn próifíl an bhardais, mar aon le "
            "hainm, eagraíocht agus seoladh ríomhphoist an tseoltóra, ionas gur féidir leis an "
            "duine sin freagra díreach a thabhairt. Ní thaispeántar seoladh an bhainisteora don "
            "seoltóir. Coinníonn CEMR cóip den teachtaireacht chun mí-úsáid a láimhseáil.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Cá fhad a choinnímid sonraí", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Coinnítear iarratas ar chomhpháirtíocht fad atá sé á láimhseáil; dúntar "
            "iarratas nach raibh aon ghníomhaíocht air ar feadh 12 mhí. Nuair a bhíonn sé dúnta, "
            "scriostar an t-iarratas agus na sonraí pearsanta atá ann tar éis 24 mhí.</p>"
            "<p>Scriostar teachtaireachtaí a seoladh tríd an suíomh, agus iarratais ar phróifíl "
            "a bhainistiú a bhfuil cinneadh déanta fúthu, tar éis 12 mhí, agus iarratas "
            "neamhdheimhnithe tar éis 30 lá. Nuair a éiríonn duine as próifíl a bhainistiú, "
            "scriostar a sheoladh.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Do chearta", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Faoin Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), is féidir leat a "
            "iarraidh orainn na sonraí pearsanta atá againn fút a thaispeáint duit, iad a "
            "cheartú nó iad a scriosadh; freagraímid gach iarratas den sórt sin le gach a bhfuil "
            "stóráilte faoi do sheoladh ríomhphoist. Scríobh chuig "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>, le do thoil. Tá sé de '
            "cheart agat freisin gearán a dhéanamh le hÚdarás Cosanta Sonraí na Beilge.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Gan seirbhísí tríú páirtí", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Ní lódálann an suíomh aon chlónna seachtracha, léarscáileanna ná uirlisí "
            "rianaithe, mar sin ní thugtar aon fhaisnéis fút do thríú páirtithe nuair a thugann "
            "tú cuairt air.</p>"
        ),
    },
]


LEGAL_BODY = [
    {"type": "heading", "value": {"text": "Foilsitheoir", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Is í Comhairle Bardas agus Réigiún na hEorpa (CEMR), Square de Meeûs 1, 1000 an "
            "Bhruiséil, an Bheilg, a fhoilsíonn an suíomh gréasáin seo.</p>"
            '<ul><li>Ríomhphost: <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li>'
            "<li>Teileafón: +32 2 511 74 77</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Freagracht as an ábhar", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Ullmhaíonn CEMR ábhar an tsuímh ghréasáin seo go cúramach agus coinníonn sé "
            "cothrom le dáta é a mhéid is féidir. Ní féidir leis a ráthú, áfach, go mbíonn an "
            "fhaisnéis go léir iomlán, cruinn agus reatha i gcónaí. Má thugann tú earráid faoi "
            "deara, cuir in iúl dúinn í, le do thoil, ionas gur féidir linn í a cheartú.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Naisc chuig suíomhanna gréasáin eile", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Tá naisc ar an suíomh seo chuig suíomhanna gréasáin a reáchtálann comhpháirtithe "
            "agus eagraíochtaí eile. Níl aon smacht ag CEMR ar a n-ábhar agus níl sé freagrach "
            "as; is iad oibreoirí na suíomhanna sin atá freagrach as a bhfoilsíonn siad.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Athúsáid ábhair", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Is féidir téacsanna a fhoilsítear ar an suíomh seo a athúsáid ar choinníoll go "
            "luaitear CEMR mar fhoinse. Fanann lógónna agus íomhánna na n-eagraíochtaí "
            "comhpháirtíochta i seilbh a n-úinéirí.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Sonraí faoi bhardais", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Tá an fhaisnéis faoi bhardais bunaithe ar shonraí ó "
            '<a href="https://www.geonames.org/">GeoNames</a>, a úsáidtear faoin gceadúnas '
            '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
            "Attribution 4.0 (CC BY 4.0)</a>.</p>"
        ),
    },
]


ACCESSIBILITY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>Is mian le CEMR go mbeadh gach duine in ann an suíomh gréasáin seo a úsáid, lena "
            "n-áirítear daoine a úsáideann léitheoir scáileáin, méarchlár amháin, formhéadú nó "
            "rialú gutha. Tá an ráiteas seo bunaithe ar an tsamhail a ghabhann le Treoir an AE "
            "maidir le hInrochtaineacht Gréasáin (2016/2102), agus baineann sé leis an suíomh ar "
            "fad.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Stádas comhlíonta", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Tá an suíomh <b>i gcomhréir go páirteach</b> leis na Treoirlínte um "
            "Inrochtaineacht Ábhar Gréasáin (WCAG) 2.1 ag leibhéal AA agus leis an gcaighdeán "
            "Eorpach comhchuibhithe EN 301 549, mar gheall ar na heasnaimh atá liostaithe "
            "thíos.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Easnaimh aitheanta", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>Níl roinnt leathanach agus codanna de leathanaigh scríofa i ngach teanga go "
            "fóill. Taispeántar i mBéarla iad, marcáilte mar Bhéarla ionas go bhfuaimneoidh "
            "léitheoirí scáileáin i gceart iad, agus luann an leathanach cad atá in "
            "easnamh.</li>"
            "<li>Níor léigh cainteoir dúchais go leor de na haistriúcháin go fóill, agus "
            "d’fhéadfadh sé a bheith deacair iad a thuiscint uaireanta.</li>"
            "<li>Ní dhearna saineolaí neamhspleách ar inrochtaineacht iniúchadh ar an suíomh go "
            "fóill.</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Conas a seiceáladh an suíomh", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Ullmhaíodh an ráiteas seo an 3 Nollaig 2026 ar bhonn féinmheasúnaithe. Déantar "
            "gach athrú ar an suíomh a thástáil go huathoibríoch: seiceáiltear gach leathanach "
            "poiblí leis an inneall inrochtaineachta axe-core sa bhrabhsálaí Chromium, líontar "
            "foirmeacha leis an méarchlár amháin, agus féachtar ar leathanaigh ag leithead chomh "
            "beag le 320 picteilín i roinnt teangacha.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Inis dúinn faoi fhadhb", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Má tá rud éigin ar an suíomh seo deacair nó dodhéanta duit a úsáid, nó má "
            "theastaíonn ábhar uait i bhformáid eile, scríobh chuig "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>, le do thoil. Luaigh cén '
            "leathanach atá i gceist agus cad a chuaigh mícheart. Sroichfidh do theachtaireacht "
            "an fhoireann a reáchtálann an suíomh, agus tabharfaidh siad freagra ort.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Nós imeachta forfheidhmithe", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Mura bhfuil tú sásta lenár bhfreagra, is féidir leat dul i dteagmháil leis an "
            "údarás atá freagrach as inrochtaineacht suíomhanna gréasáin i do thír.</p>"
        ),
    },
]


BODIES = {
    "privacy": PRIVACY_BODY,
    "legal": LEGAL_BODY,
    "accessibility": ACCESSIBILITY_BODY,
}

CONTACT_ROLES = {"taran": "Oifigeach Tionscadail – Comhpháirtíochtaí Idirnáisiúnta (U-LEAD)"}

PARTNER_NAMES = {
    "auc": "Cumann Chathracha na hÚcráine (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "An Coimisiún Eorpach",
    "french-ministry": "Aireacht na Fraince atá freagrach as Tithíocht agus Forbairt Uirbeach",
}

SITE = {
    "organisation_name": "Comhairle Bardas agus Réigiún na hEorpa (CEMR)",
    "address": "Square de Meeûs 1\n1000 An Bhruiséil\nAn Bheilg",
}
