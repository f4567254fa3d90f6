"""Romanian texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Consiliul Municipalităților și Regiunilor Europene",
        "slug": "acasa",
        "intro": (
            "Consiliul Municipalităților și Regiunilor Europene (CEMR) reunește "
            "asociațiile naționale ale autorităților locale și regionale din întreaga "
            "Europă. Descoperiți programele prin care ajutăm orașele și regiunile să "
            "construiască parteneriate, să facă schimb de soluții și să consolideze "
            "democrația locală."
        ),
    },
    "programmes": {
        "title": "Proiecte și programe",
        "slug": "proiecte",
        "intro": (
            "CEMR conduce proiecte și programe care promovează teritorii durabile și "
            "cooperarea descentralizată și participă la acestea. Ele sprijină direct "
            "autoritățile locale și regionale prin construirea de parteneriate, prin "
            "schimbul de soluții practice și prin consolidarea capacității lor de a "
            "răspunde unor provocări majore."
        ),
    },
    "bridges-of-trust": {
        "title": "Poduri de încredere",
        "slug": "poduri-de-incredere",
        "summary": (
            "Din martie 2021, CEMR și PLATFORMA ajută municipalitățile ucrainene să "
            "construiască parteneriate cu municipalități din UE, astfel încât o cooperare "
            "locală durabilă să sprijine reconstrucția Ucrainei."
        ),
    },
    "covenant-of-mayors": {
        "title": "Convenția Primarilor pentru Climă și Energie – Europa",
        "slug": "conventia-primarilor",
        "summary": (
            "Lansată de Comisia Europeană în 2008, Convenția reunește peste 11.000 de "
            "autorități locale care se angajează în mod voluntar să realizeze obiectivele "
            "UE în materie de climă și energie."
        ),
    },
    "rfsc": {
        "title": "Cadrul de referință pentru orașe durabile (RFSC)",
        "slug": "cadru-referinta-orase-durabile",
        "summary": (
            "Un cadru și un instrument de autoevaluare gratuite, care ajută autoritățile "
            "locale și regionale să elaboreze strategii integrate de dezvoltare urbană "
            "durabilă, în conformitate cu Noua Cartă de la Leipzig și cu Obiectivele de "
            "dezvoltare durabilă."
        ),
    },
    "equality-charter": {
        "title": "Carta europeană pentru egalitatea dintre femei și bărbați în viața locală",
        "slug": "carta-egalitatii",
        "summary": (
            "Lansată de CEMR în 2006, Carta invită autoritățile locale și regionale să se "
            "angajeze public în favoarea egalității dintre femei și bărbați și să o pună "
            "în practică printr-un plan de acțiune pentru egalitate."
        ),
    },
    "town-twinning": {
        "title": "Înfrățire între orașe",
        "slug": "infratire",
        "summary": (
            "Apărută după cel de-al Doilea Război Mondial pentru a preveni noi conflicte, "
            "înfrățirea între orașe continuă să apropie cetățenii și municipalitățile "
            "Europei – astăzi și în jurul unor provocări practice comune."
        ),
    },
    "about": {
        "title": "Despre CEMR",
        "slug": "despre-noi",
        "intro": (
            "CEMR este cea mai mare organizație a autorităților locale și regionale din "
            "Europa. Aici puteți afla cine suntem și ce oferă acest site."
        ),
    },
    "privacy": {
        "title": "Notă de informare privind confidențialitatea",
        "slug": "confidentialitate",
        "intro": (
            "Cum prelucrează acest site datele cu caracter personal, ce cookie-uri "
            "folosește și cum vă puteți exercita drepturile."
        ),
    },
    "legal": {
        "title": "Mențiuni legale",
        "slug": "mentiuni-legale",
        "intro": (
            "Informații despre editorul acestui site, despre reutilizarea conținutului "
            "său și despre sursele datelor sale."
        ),
    },
    "accessibility": {
        "title": "Declarație de accesibilitate",
        "slug": "accesibilitate",
        "intro": (
            "Cât de accesibil este acest site, ce știm că trebuie încă îmbunătățit și cum "
            "ne puteți semnala o problemă."
        ),
    },
}

BODIES = {
    "privacy": [
        {
            "type": "heading",
            "value": {
                "text": "Cine este responsabil",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Acest site este administrat de Consiliul Municipalităților și Regiunilor "
                "Europene (CEMR), Square de Meeûs 1, 1000 Bruxelles, Belgia, care este "
                "responsabil pentru datele cu caracter personal prelucrate prin intermediul "
                "său.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Cookie-uri",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Site-ul setează numai cookie-urile necesare din punct de vedere tehnic: "
                "un cookie de sesiune și un cookie de securitate CSRF, folosite pentru "
                "formulare și pentru zona de administrare a editorilor. Nu se folosesc "
                "cookie-uri de analiză, de publicitate sau de urmărire, motiv pentru care nu "
                "este afișat niciun banner de consimțământ.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Cereri de parteneriat",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Atunci când o municipalitate solicită ajutor pentru a găsi un partener, "
                "formularul colectează:</p><ul><li>informații despre "
                "municipalitate;</li><li>numele, adresa de e-mail și numărul de telefon ale "
                "unei persoane de contact.</li></ul><p>Aceste date sunt folosite numai pentru "
                "soluționarea cererii și pentru a pune municipalitățile în legătură unele cu "
                "altele. Datele de contact nu sunt publicate niciodată. Numai moderatorii "
                "CEMR pentru înfrățiri le pot vedea.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Administrarea unui profil",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Persoana care solicită să administreze profilul municipalității sale își "
                "indică numele, funcția, o adresă de e-mail oficială și motivul cererii. "
                "Moderatorii CEMR pentru înfrățiri citesc cererea și decid. Adresa unui "
                "administrator aprobat este folosită pentru a-i trimite linkuri de conectare "
                "și mesaje privind profilul. Ea nu este publicată niciodată.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Mesaje către o municipalitate",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Un mesaj trimis unei municipalități prin intermediul site-ului este "
                "transmis prin e-mail persoanei care îi administrează profilul, împreună cu "
                "numele, organizația și adresa de e-mail ale expeditorului, pentru ca aceasta "
                "să poată răspunde direct. Adresa administratorului nu îi este afișată "
                "expeditorului. CEMR păstrează o copie a mesajului pentru a putea trata "
                "eventualele abuzuri.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Cât timp păstrăm datele",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>O cerere de parteneriat este păstrată cât timp este în curs de "
                "soluționare; o cerere fără activitate timp de 12 luni este închisă. Odată "
                "închisă, cererea și datele cu caracter personal pe care le conține sunt "
                "șterse după 24 de luni.</p><p>Mesajele trimise prin intermediul site-ului și "
                "cererile de administrare a unui profil asupra cărora s-a luat o decizie sunt "
                "șterse după 12 luni, iar o cerere neconfirmată, după 30 de zile. Atunci când "
                "o persoană nu mai administrează un profil, adresa sa este ștearsă.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Drepturile dumneavoastră",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>În temeiul Regulamentului general privind protecția datelor (GDPR), "
                "puteți solicita accesul la datele cu caracter personal pe care le deținem "
                "despre dumneavoastră, rectificarea sau ștergerea acestora; răspundem la "
                "fiecare astfel de cerere cu toate datele stocate în legătură cu adresa "
                "dumneavoastră de e-mail. Vă rugăm să scrieți la <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Aveți, de asemenea, '
                "dreptul de a depune o plângere la Autoritatea belgiană pentru protecția "
                "datelor.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Fără servicii terțe",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Site-ul nu încarcă fonturi, hărți sau instrumente de urmărire externe, "
                "astfel încât vizitarea lui nu transmite terților nicio informație despre "
                "dumneavoastră.</p>"
            ),
        },
    ],
    "legal": [
        {
            "type": "heading",
            "value": {
                "text": "Editor",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Acest site este publicat de Consiliul Municipalităților și Regiunilor "
                "Europene (CEMR), Square de Meeûs 1, 1000 Bruxelles, "
                "Belgia.</p><ul><li>E-mail: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefon: +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Responsabilitatea pentru conținut",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR pregătește cu atenție conținutul acestui site și îl actualizează în "
                "măsura posibilului. Cu toate acestea, nu poate garanta că toate informațiile "
                "sunt în orice moment complete, exacte și actuale. Dacă observați o eroare, "
                "vă rugăm să ne anunțați, pentru a o putea corecta.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Linkuri către alte site-uri",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Acest site conține linkuri către site-uri administrate de parteneri și de "
                "alte organizații. CEMR nu are niciun control asupra conținutului acestora și "
                "nu este responsabil pentru el; operatorii acestor site-uri răspund pentru "
                "ceea ce publică.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Reutilizarea conținutului",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Textele publicate pe acest site pot fi reutilizate cu condiția ca CEMR să "
                "fie menționat ca sursă. Siglele și imaginile organizațiilor partenere rămân "
                "proprietatea deținătorilor lor.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Date despre municipalități",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Informațiile despre municipalități se bazează pe date provenite de la <a "
                'href="https://www.geonames.org/">GeoNames</a>, utilizate în temeiul licenței '
                '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Atribuire 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>CEMR dorește ca toată lumea să poată folosi acest site, inclusiv "
                "persoanele care utilizează un cititor de ecran, doar tastatura, mărirea "
                "ecranului sau comanda vocală. Prezenta declarație urmează modelul Directivei "
                "UE privind accesibilitatea site-urilor web (2016/2102) și se aplică "
                "întregului site.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Stadiul conformității",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Site-ul este <b>parțial conform</b> cu Ghidurile privind accesibilitatea "
                "conținutului web (WCAG) 2.1, nivelul AA, și cu standardul european armonizat "
                "EN 301 549, din cauza lacunelor enumerate mai jos.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Lacune cunoscute",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Unele pagini și părți de pagini nu sunt încă redactate în toate "
                "limbile. Ele sunt afișate în engleză, marcate ca text în limba engleză "
                "pentru ca cititoarele de ecran să le pronunțe corect, iar pagina indică ce "
                "lipsește.</li><li>Multe traduceri nu au fost încă citite de un vorbitor "
                "nativ și pot fi uneori greu de urmărit.</li><li>Site-ul nu a fost încă "
                "auditat de un expert independent în accesibilitate.</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Cum a fost verificat site-ul",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Prezenta declarație a fost întocmită la 3 decembrie 2026, pe baza unei "
                "autoevaluări. Fiecare modificare a site-ului este testată automat: fiecare "
                "pagină publică este verificată cu motorul de accesibilitate axe-core în "
                "browserul Chromium, formularele sunt completate doar cu tastatura, iar "
                "paginile sunt vizualizate la lățimi reduse până la 320 de pixeli, în mai "
                "multe limbi.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Semnalați-ne o problemă",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Dacă o parte a acestui site vă este greu sau imposibil de folosit ori "
                "dacă aveți nevoie de conținut în alt format, vă rugăm să scrieți la <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Precizați pagina și '
                "ce nu a funcționat. Mesajul dumneavoastră ajunge la echipa care "
                "administrează site-ul, care vă va răspunde.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Procedura de punere în aplicare",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Dacă nu sunteți mulțumit de răspunsul nostru, puteți contacta autoritatea "
                "responsabilă de accesibilitatea site-urilor web din țara dumneavoastră.</p>"
            ),
        },
    ],
}

CONTACT_ROLES = {
    "taran": "Ofițer de proiect – Parteneriate internaționale (U-LEAD)",
}

PARTNER_NAMES = {
    "auc": "Asociația Orașelor din Ucraina (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Comisia Europeană",
    "french-ministry": "Ministerul francez responsabil pentru locuințe și dezvoltare urbană",
}

SITE = {
    "organisation_name": "Consiliul Municipalităților și Regiunilor Europene (CEMR)",
    "address": "Square de Meeûs 1\n1000 Bruxelles\nBelgia",
}
