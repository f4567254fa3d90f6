"""Polish texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Rada Gmin i Regionów Europy",
        "slug": "strona-glowna",
        "intro": (
            "Rada Gmin i Regionów Europy (RGRE) zrzesza krajowe stowarzyszenia samorządów "
            "lokalnych i regionalnych z całej Europy. Zapraszamy do zapoznania się z "
            "programami, dzięki którym pomagamy miastom i regionom nawiązywać partnerstwa, "
            "dzielić się rozwiązaniami i wzmacniać demokrację lokalną."
        ),
    },
    "programmes": {
        "title": "Projekty i programy",
        "slug": "projekty",
        "intro": (
            "RGRE prowadzi projekty i programy na rzecz zrównoważonego rozwoju terytoriów i "
            "współpracy zdecentralizowanej oraz w nich uczestniczy. Bezpośrednio wspierają one "
            "samorządy lokalne i regionalne: budują partnerstwa, upowszechniają praktyczne "
            "rozwiązania i wzmacniają zdolność samorządów do stawiania czoła poważnym "
            "wyzwaniom."
        ),
    },
    "bridges-of-trust": {
        "title": "Mosty zaufania",
        "slug": "mosty-zaufania",
        "summary": (
            "Od marca 2021 r. RGRE i PLATFORMA pomagają ukraińskim gminom nawiązywać "
            "partnerstwa z gminami w UE, aby trwała współpraca lokalna wspierała odbudowę "
            "Ukrainy."
        ),
    },
    "covenant-of-mayors": {
        "title": "Porozumienie Burmistrzów na rzecz Klimatu i Energii – Europa",
        "slug": "porozumienie-burmistrzow",
        "summary": (
            "Porozumienie, zainicjowane przez Komisję Europejską w 2008 r., skupia ponad 11 "
            "000 samorządów lokalnych, które dobrowolnie zobowiązują się do realizacji celów "
            "klimatycznych i energetycznych UE."
        ),
    },
    "rfsc": {
        "title": "Ramy odniesienia dla zrównoważonych miast (RFSC)",
        "slug": "ramy-odniesienia-zrownowazone-miasta",
        "summary": (
            "Bezpłatne ramy i narzędzie samooceny, które pomagają samorządom lokalnym i "
            "regionalnym kształtować zintegrowane strategie zrównoważonego rozwoju miast "
            "zgodne z Nową Kartą Lipską i celami zrównoważonego rozwoju."
        ),
    },
    "equality-charter": {
        "title": "Europejska karta równości kobiet i mężczyzn w życiu lokalnym",
        "slug": "karta-rownosci",
        "summary": (
            "Karta, zainicjowana przez RGRE w 2006 r., zachęca samorządy lokalne i regionalne "
            "do publicznego zobowiązania się na rzecz równości kobiet i mężczyzn oraz do "
            "wprowadzania jej w życie poprzez plan działań na rzecz równości."
        ),
    },
    "town-twinning": {
        "title": "Partnerstwo miast",
        "slug": "partnerstwo-miast",
        "summary": (
            "Partnerstwo miast, które narodziło się po drugiej wojnie światowej, aby "
            "zapobiegać nowym konfliktom, wciąż zbliża mieszkańców i gminy Europy – dziś także "
            "wokół wspólnych praktycznych wyzwań."
        ),
    },
    "about": {
        "title": "O RGRE",
        "slug": "o-nas",
        "intro": (
            "RGRE jest największą organizacją samorządów lokalnych i regionalnych w Europie. "
            "Tutaj dowiedzą się Państwo, kim jesteśmy i co oferuje ta witryna."
        ),
    },
    "privacy": {
        "title": "Polityka prywatności",
        "slug": "polityka-prywatnosci",
        "intro": (
            "Jak ta witryna przetwarza dane osobowe, jakich plików cookie używa i jak mogą "
            "Państwo korzystać ze swoich praw."
        ),
    },
    "legal": {
        "title": "Nota prawna",
        "slug": "nota-prawna",
        "intro": (
            "Informacje o wydawcy tej witryny, ponownym wykorzystywaniu jej treści i źródłach "
            "danych."
        ),
    },
    "accessibility": {
        "title": "Deklaracja dostępności",
        "slug": "deklaracja-dostepnosci",
        "intro": (
            "Jak dostępna jest ta witryna, co – jak wiemy – wymaga jeszcze poprawy i jak "
            "zgłosić nam problem."
        ),
    },
}
BODIES = {
    "privacy": [
        {
            "type": "heading",
            "value": {"text": "Kto jest odpowiedzialny", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Witrynę prowadzi Rada Gmin i Regionów Europy (RGRE), Square de Meeûs 1, "
                "1000 Bruksela, Belgia. RGRE odpowiada za dane osobowe przetwarzane za "
                "pośrednictwem witryny.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Pliki cookie", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Witryna ustawia wyłącznie pliki cookie niezbędne ze względów technicznych: "
                "plik cookie sesji i plik cookie zabezpieczający CSRF, używane w formularzach "
                "i w panelu administracyjnym dla redaktorów. Nie są używane żadne analityczne, "
                "reklamowe ani śledzące pliki cookie, dlatego nie wyświetlamy banera z prośbą "
                "o zgodę.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Wnioski o partnerstwo", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Gdy gmina prosi o pomoc w znalezieniu partnera, formularz "
                "zbiera:</p><ul><li>informacje o gminie;</li><li>imię i nazwisko, adres e-mail "
                "i numer telefonu osoby kontaktowej.</li></ul><p>Dane te służą wyłącznie do "
                "rozpatrzenia wniosku i do nawiązania kontaktu między gminami. Dane kontaktowe "
                "nigdy nie są publikowane. Widzą je wyłącznie moderatorzy RGRE ds. partnerstwa "
                "miast.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Zarządzanie profilem", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Osoba, która składa wniosek o zarządzanie profilem swojej gminy, podaje "
                "imię i nazwisko, pełnioną funkcję, służbowy adres e-mail oraz uzasadnienie "
                "wniosku. Moderatorzy RGRE ds. partnerstwa miast zapoznają się z wnioskiem i "
                "podejmują decyzję. Adres zatwierdzonej osoby zarządzającej profilem służy do "
                "wysyłania linków do logowania i wiadomości dotyczących profilu. Nigdy nie "
                "jest publikowany.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Wiadomości do gminy", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Wiadomość wysłana do gminy za pośrednictwem witryny jest przekazywana "
                "e-mailem osobie zarządzającej profilem gminy wraz z imieniem i nazwiskiem, "
                "organizacją i adresem e-mail nadawcy, aby mogła odpowiedzieć bezpośrednio. "
                "Nadawca nie widzi adresu osoby zarządzającej profilem. RGRE przechowuje kopię "
                "wiadomości, aby móc przeciwdziałać nadużyciom.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Jak długo przechowujemy dane", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Wniosek o partnerstwo jest przechowywany przez czas jego rozpatrywania; "
                "wniosek bez żadnej aktywności przez 12 miesięcy zostaje zamknięty. Po "
                "zamknięciu wniosek wraz z zawartymi w nim danymi osobowymi jest usuwany po 24 "
                "miesiącach.</p><p>Wiadomości wysłane za pośrednictwem witryny oraz "
                "rozpatrzone wnioski o zarządzanie profilem są usuwane po 12 miesiącach, a "
                "niepotwierdzony wniosek – po 30 dniach. Gdy dana osoba przestaje zarządzać "
                "profilem, jej adres jest usuwany.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Państwa prawa", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Na podstawie ogólnego rozporządzenia o ochronie danych (RODO) mogą Państwo "
                "zażądać wglądu w dane osobowe, które o Państwu przechowujemy, ich "
                "sprostowania lub usunięcia; na każde takie żądanie odpowiadamy, przekazując "
                "wszystkie dane zapisane pod Państwa adresem e-mail. Prosimy pisać na adres <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Przysługuje Państwu '
                "również prawo wniesienia skargi do belgijskiego organu ochrony danych.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Bez usług podmiotów trzecich", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Witryna nie wczytuje zewnętrznych czcionek, map ani narzędzi śledzących, "
                "dlatego podczas jej odwiedzania żadne informacje o Państwu nie są "
                "przekazywane podmiotom trzecim.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Wydawca", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Wydawcą tej witryny jest Rada Gmin i Regionów Europy (RGRE), Square de "
                "Meeûs 1, 1000 Bruksela, Belgia.</p><ul><li>E-mail: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefon: +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Odpowiedzialność za treść", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>RGRE starannie przygotowuje treści tej witryny i w miarę możliwości dba o "
                "ich aktualność. Nie może jednak zagwarantować, że wszystkie informacje są "
                "zawsze kompletne, prawidłowe i aktualne. Jeśli zauważą Państwo błąd, prosimy "
                "o informację, abyśmy mogli go poprawić.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Linki do innych witryn", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ta witryna zawiera linki do witryn prowadzonych przez partnerów i inne "
                "organizacje. RGRE nie ma wpływu na ich treść i nie ponosi za nią "
                "odpowiedzialności; za publikowane treści odpowiadają podmioty prowadzące te "
                "witryny.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Ponowne wykorzystanie treści", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Teksty opublikowane w tej witrynie mogą być ponownie wykorzystywane pod "
                "warunkiem podania RGRE jako źródła. Logotypy i grafiki organizacji "
                "partnerskich pozostają własnością ich właścicieli.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Dane gmin", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Informacje o gminach opierają się na danych z serwisu <a "
                'href="https://www.geonames.org/">GeoNames</a>, wykorzystywanych na licencji '
                '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                "Uznanie autorstwa 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>RGRE chce, aby każdy mógł korzystać z tej witryny, również osoby używające "
                "czytnika ekranu, samej klawiatury, powiększenia lub sterowania głosowego. "
                "Niniejsza deklaracja opiera się na wzorze dyrektywy UE w sprawie dostępności "
                "stron internetowych (2016/2102) i dotyczy całej witryny.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Stan zgodności", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Witryna jest <b>częściowo zgodna</b> z Wytycznymi dla dostępności treści "
                "internetowych (WCAG) 2.1 na poziomie AA oraz ze zharmonizowaną normą "
                "europejską EN 301 549 ze względu na wymienione poniżej braki.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Znane braki", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Niektóre strony i części stron nie zostały jeszcze przygotowane we "
                "wszystkich językach. Są one wyświetlane po angielsku i oznaczone jako tekst "
                "angielski, aby czytniki ekranu wymawiały je poprawnie, a strona informuje, "
                "czego brakuje.</li><li>Wielu tłumaczeń nie przeczytał jeszcze rodzimy "
                "użytkownik języka i czasami mogą one być trudne do "
                "zrozumienia.</li><li>Witryna nie została jeszcze poddana audytowi przez "
                "niezależnego eksperta ds. dostępności.</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Jak sprawdzono witrynę", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Niniejszą deklarację sporządzono 3 grudnia 2026 r. na podstawie samooceny. "
                "Każda zmiana w witrynie jest testowana automatycznie: każda strona publiczna "
                "jest sprawdzana silnikiem dostępności axe-core w przeglądarce Chromium, "
                "formularze są wypełniane wyłącznie za pomocą klawiatury, a strony są "
                "wyświetlane w kilku językach przy szerokościach aż do 320 pikseli.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Zgłaszanie problemów", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Jeśli korzystanie z jakiegoś elementu tej witryny jest dla Państwa trudne "
                "lub niemożliwe albo potrzebują Państwo treści w innym formacie, prosimy "
                'napisać na adres <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. '
                "Prosimy podać, której strony dotyczy problem i co nie zadziałało. Państwa "
                "wiadomość trafi do zespołu prowadzącego witrynę, który udzieli Państwu "
                "odpowiedzi.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Procedura egzekwowania przepisów", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Jeśli nasza odpowiedź Państwa nie zadowala, mogą się Państwo zwrócić do "
                "organu odpowiedzialnego za dostępność stron internetowych w swoim kraju.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {"taran": "Specjalista ds. projektów – partnerstwa międzynarodowe (U-LEAD)"}
PARTNER_NAMES = {
    "auc": "Stowarzyszenie Miast Ukraińskich (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Komisja Europejska",
    "french-ministry": "Ministerstwo Francji ds. mieszkalnictwa i rozwoju miast",
}
SITE = {
    "organisation_name": "Rada Gmin i Regionów Europy (RGRE)",
    "address": "Square de Meeûs 1\n1000 Bruksela\nBelgia",
}
