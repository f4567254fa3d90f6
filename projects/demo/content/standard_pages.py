"""About, privacy notice, legal notice and accessibility statement, with their English
bodies; the other languages come from content/languages/."""

ABOUT_BODY_EN = [
    {"type": "heading", "value": {"text": "Who we are", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>The Council of European Municipalities and Regions (CEMR) is the largest "
            "organisation of local and regional governments in Europe. Its members are "
            "national associations of towns, municipalities and regions, which together "
            "represent some 130,000 local and regional governments.</p>"
            "<p>CEMR is also the European section of <b>United Cities and Local Governments "
            "(UCLG)</b>, the world organisation of local and regional governments. Through its "
            "work, CEMR gives towns and regions a voice in European policy-making and "
            "encourages them to learn from one another.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "What you will find on this site", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>Descriptions of the projects and programmes that CEMR leads or takes "
            "part in, with their objectives, partners and contacts.</li>"
            "<li>Information on town twinning and on partnerships between municipalities, "
            "including a form through which municipalities can ask to be put in touch with a "
            "partner.</li>"
            "<li>Content in English, French, German and Ukrainian; pages not yet translated "
            "are shown in English.</li></ul>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "Get in touch",
            "text": (
                "<p>For questions about CEMR or this website, please write to "
                '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>.</p>'
            ),
        },
    },
]


PRIVACY_BODY_EN = [
    {"type": "heading", "value": {"text": "Who is responsible", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>This website is run by the Council of European Municipalities and Regions "
            "(CEMR), Square de Meeûs 1, 1000 Brussels, Belgium, which is responsible for the "
            "personal data processed through it.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Cookies", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>The site only sets the cookies that are technically necessary: a session "
            "cookie and a CSRF security cookie, used for forms and for the editors’ "
            "administration area. No analytics, advertising or tracking cookies are used, "
            "which is why no consent banner is shown.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Partnership requests", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>When a municipality asks for help in finding a partner, the form collects:</p>"
            "<ul><li>information about the municipality;</li>"
            "<li>the name, e-mail address and telephone number of a contact person.</li></ul>"
            "<p>These data are used only to handle the request and to put municipalities in "
            "touch with each other. Contact details are never published. Only CEMR’s twinning "
            "moderators can see them.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Managing a profile", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Someone who asks to manage their municipality’s profile gives their name, "
            "role, an official e-mail address and the reason for the request. CEMR’s twinning "
            "moderators read it and decide. The address of an approved manager is used to "
            "send sign-in links and messages about the profile. It is never published.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Messages to a municipality", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>A message sent to a municipality through the site is passed on by e-mail to "
            "the person who manages its profile, together with the sender’s name, "
            "organisation and e-mail address, so that they can answer directly. The "
            "manager’s address is not shown to the sender. CEMR keeps a copy of the message "
            "to deal with abuse.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "How long we keep data", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>A partnership request is kept while it is being handled; one left without "
            "activity for 12 months is closed. Once it has been closed, the request and the "
            "personal data it contains are deleted after 24 months.</p>"
            "<p>Messages sent through the site and decided requests to manage a profile are "
            "deleted after 12 months, and an unconfirmed request after 30 days. When someone "
            "stops managing a profile, their address is deleted.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Under the General Data Protection Regulation (GDPR) you may ask to see the "
            "personal data we hold about you, to have it corrected or to have it erased; we "
            "answer each such request with everything stored under your e-mail address. "
            'Please write to <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. You '
            "also have the right to lodge a complaint with the Belgian Data Protection "
            "Authority.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "No third-party services", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>The site loads no external fonts, maps or tracking tools, so visiting it does "
            "not pass any information about you to third parties.</p>"
        ),
    },
]


LEGAL_BODY_EN = [
    {"type": "heading", "value": {"text": "Publisher", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>This website is published by the Council of European Municipalities and "
            "Regions (CEMR), Square de Meeûs 1, 1000 Brussels, Belgium.</p>"
            '<ul><li>E-mail: <a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li>'
            "<li>Telephone: +32 2 511 74 77</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "Responsibility for content", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>CEMR prepares the content of this website with care and keeps it up to date "
            "as far as possible. It cannot, however, guarantee that all information is "
            "complete, accurate and current at all times. If you notice an error, please let "
            "us know so that we can correct it.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Links to other websites", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>This site links to websites run by partners and other organisations. CEMR has "
            "no control over their content and is not responsible for it; the operators of "
            "those sites are responsible for what they publish.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Reuse of content", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Texts published on this site may be reused provided that CEMR is named as the "
            "source. Logos and images of partner organisations remain the property of their "
            "owners.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Municipality data", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Information on municipalities is based on data from "
            '<a href="https://www.geonames.org/">GeoNames</a>, used under the '
            '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
            "Attribution 4.0 (CC BY 4.0)</a> licence.</p>"
        ),
    },
]


ACCESSIBILITY_BODY_EN = [
    {
        "type": "paragraph",
        "value": (
            "<p>CEMR wants everyone to be able to use this website, including people who use "
            "a screen reader, a keyboard alone, magnification or voice control. This statement "
            "follows the model of the EU Web Accessibility Directive (2016/2102) and applies "
            "to the whole site.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Compliance status", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>The site is <b>partially compliant</b> with the Web Content Accessibility "
            "Guidelines (WCAG) 2.1 at level AA and with the harmonised European standard EN "
            "301 549, because of the gaps listed below.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Known gaps", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>Some pages and parts of pages are not yet written in every language. "
            "They are shown in English, marked as English so that screen readers pronounce "
            "them correctly, and the page says what is missing.</li>"
            "<li>Many translations have not yet been read by a native speaker and may "
            "sometimes be hard to follow.</li>"
            "<li>The site has not yet been audited by an independent accessibility "
            "expert.</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "How the site was checked", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>This statement was prepared on 3 December 2026 from a self-assessment. Every "
            "change to the site is tested automatically: each public page is checked with the "
            "axe-core accessibility engine in the Chromium browser, forms are filled in with "
            "the keyboard alone, and pages are viewed at widths down to 320 pixels in several "
            "languages.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Tell us about a problem", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>If something on this site is hard or impossible for you to use, or you need "
            "content in another format, please write to "
            '<a href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Say which page and '
            "what went wrong. Your message reaches the team that runs the site, who will "
            "answer you.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Enforcement procedure", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>If you are not satisfied with our answer, you can contact the authority "
            "responsible for the accessibility of websites in your country.</p>"
        ),
    },
]


STANDARD_PAGES = [
    {
        "key": "about",
        "title": {
            "en": "About CEMR",
            "fr": "À propos du CCRE",
            "de": "Über den RGRE",
            "uk": "Про РЄМР",
        },
        "slug": {"en": "about", "fr": "a-propos", "de": "ueber-uns", "uk": "pro-nas"},
        "intro": {
            "en": (
                "CEMR is the largest organisation of local and regional governments in "
                "Europe. Here you can read who we are and what this website offers."
            ),
            "fr": (
                "Le CCRE est la plus grande organisation de collectivités locales et régionales "
                "d’Europe. Découvrez qui nous sommes et ce que propose ce site."
            ),
            "de": (
                "Der RGRE ist der größte Zusammenschluss lokaler und regionaler "
                "Gebietskörperschaften in Europa. Hier erfahren Sie, wer wir sind und was diese "
                "Website bietet."
            ),
            "uk": (
                "РЄМР – найбільша організація органів місцевої та регіональної влади в Європі. "
                "Тут ви дізнаєтеся, хто ми і що пропонує цей сайт."
            ),
        },
        "body": {"en": ABOUT_BODY_EN},
    },
    {
        "key": "privacy",
        "title": {
            "en": "Privacy notice",
            "fr": "Politique de confidentialité",
            "de": "Datenschutzerklärung",
            "uk": "Політика конфіденційності",
        },
        "slug": {
            "en": "privacy",
            "fr": "confidentialite",
            "de": "datenschutz",
            "uk": "konfidentsiinist",
        },
        "intro": {
            "en": (
                "How this website handles personal data, which cookies it uses and how you can "
                "exercise your rights."
            ),
            "fr": (
                "Comment ce site traite les données personnelles, quels cookies il utilise et "
                "comment exercer vos droits."
            ),
            "de": (
                "Wie diese Website mit personenbezogenen Daten umgeht, welche Cookies sie "
                "verwendet und wie Sie Ihre Rechte wahrnehmen können."
            ),
            "uk": (
                "Як цей сайт обробляє персональні дані, які файли cookie використовує і як ви "
                "можете скористатися своїми правами."
            ),
        },
        "body": {"en": PRIVACY_BODY_EN},
    },
    {
        "key": "legal",
        "title": {
            "en": "Legal notice",
            "fr": "Mentions légales",
            "de": "Impressum",
            "uk": "Правова інформація",
        },
        "slug": {
            "en": "legal-notice",
            "fr": "mentions-legales",
            "de": "impressum",
            "uk": "pravova-informatsiia",
        },
        "intro": {
            "en": (
                "Information about the publisher of this website, the reuse of its content and "
                "the sources of its data."
            ),
            "fr": (
                "Informations sur l’éditeur de ce site, la réutilisation de son contenu et "
                "l’origine de ses données."
            ),
            "de": (
                "Angaben zum Herausgeber dieser Website, zur Weiterverwendung ihrer Inhalte und "
                "zu den Datenquellen."
            ),
            "uk": (
                "Відомості про видавця цього сайту, повторне використання його матеріалів і "
                "джерела даних."
            ),
        },
        "body": {"en": LEGAL_BODY_EN},
    },
    {
        "key": "accessibility",
        "title": {"en": "Accessibility statement"},
        "slug": {"en": "accessibility"},
        "intro": {
            "en": (
                "How accessible this website is, what we know still needs work, and how to "
                "tell us about a problem."
            )
        },
        "body": {"en": ACCESSIBILITY_BODY_EN},
    },
]
