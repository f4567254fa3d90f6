"""French texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Conseil des Communes et Régions d’Europe",
        "slug": "accueil",
        "intro": (
            "Le Conseil des Communes et Régions d’Europe (CCRE) rassemble les associations "
            "nationales de collectivités locales et régionales de toute l’Europe. Découvrez les "
            "programmes grâce auxquels nous aidons villes et régions à nouer des partenariats, à "
            "partager des solutions et à renforcer la démocratie locale."
        ),
    },
    "programmes": {
        "title": "Projets et programmes",
        "slug": "projets",
        "intro": (
            "Le CCRE conduit des projets et des programmes – ou y participe – en faveur de "
            "territoires durables et de la coopération décentralisée. Ces initiatives soutiennent "
            "directement les collectivités locales et régionales en favorisant les partenariats, "
            "en diffusant des solutions concrètes et en renforçant leur capacité à relever des "
            "défis majeurs."
        ),
    },
    "bridges-of-trust": {
        "title": "Ponts de confiance",
        "slug": "ponts-de-confiance",
        "summary": (
            "Depuis mars 2021, le CCRE et PLATFORMA aident des communes ukrainiennes à nouer des "
            "partenariats avec des communes de l’UE, afin qu’une coopération locale durable "
            "soutienne la reconstruction de l’Ukraine."
        ),
    },
    "covenant-of-mayors": {
        "title": "Convention des maires pour le climat et l’énergie – Europe",
        "slug": "convention-des-maires",
        "summary": (
            "Lancée par la Commission européenne en 2008, la Convention réunit plus de 11 000 "
            "collectivités locales qui s’engagent volontairement à mettre en œuvre les objectifs "
            "climatiques et énergétiques de l’UE."
        ),
    },
    "rfsc": {
        "title": "Cadre de référence pour des villes durables (RFSC)",
        "slug": "cadre-de-reference-villes-durables",
        "summary": (
            "Un cadre et un outil d’autoévaluation gratuits qui aident les collectivités locales "
            "et régionales à bâtir des stratégies intégrées de développement urbain durable, "
            "conformes à la Nouvelle Charte de Leipzig et aux ODD."
        ),
    },
    "equality-charter": {
        "title": "Charte européenne pour l’égalité des femmes et des hommes dans la vie locale",
        "slug": "charte-egalite",
        "summary": (
            "Lancée par le CCRE en 2006, la Charte invite les collectivités locales et régionales "
            "à s’engager publiquement en faveur de l’égalité des femmes et des hommes et à la "
            "concrétiser par un plan d’action pour l’égalité."
        ),
    },
    "town-twinning": {
        "title": "Jumelage",
        "slug": "jumelage",
        "summary": (
            "Né au lendemain de la Seconde Guerre mondiale pour prévenir de nouveaux conflits, le "
            "jumelage continue de rapprocher les citoyens et les communes d’Europe, aujourd’hui "
            "aussi autour de défis concrets partagés."
        ),
    },
    "about": {
        "title": "À propos du CCRE",
        "slug": "a-propos",
        "intro": (
            "Le CCRE est la plus grande organisation de collectivités locales et régionales "
            "d’Europe. Découvrez qui nous sommes et ce que propose ce site."
        ),
    },
    "privacy": {
        "title": "Politique de confidentialité",
        "slug": "confidentialite",
        "intro": (
            "Comment ce site traite les données personnelles, quels cookies il utilise et comment "
            "exercer vos droits."
        ),
    },
    "legal": {
        "title": "Mentions légales",
        "slug": "mentions-legales",
        "intro": (
            "Informations sur l’éditeur de ce site, la réutilisation de son contenu et l’origine "
            "de ses données."
        ),
    },
    "accessibility": {
        "title": "Déclaration d’accessibilité",
        "slug": "accessibilite",
        "intro": (
            "Dans quelle mesure ce site est accessible, ce qui, à notre connaissance, reste à "
            "améliorer et comment nous signaler un problème."
        ),
    },
}
BODIES = {
    "privacy": [
        {"type": "heading", "value": {"text": "Responsable du traitement", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Ce site est géré par le Conseil des Communes et Régions d’Europe (CCRE), "
                "Square de Meeûs 1, 1000 Bruxelles, Belgique, qui est responsable des données "
                "personnelles traitées par son intermédiaire.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Cookies", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Le site ne dépose que les cookies techniquement nécessaires : un cookie de "
                "session et un cookie de sécurité CSRF, utilisés pour les formulaires et pour "
                "l’espace d’administration des éditeurs. Aucun cookie de mesure d’audience, de "
                "publicité ou de suivi n’est utilisé ; c’est pourquoi aucun bandeau de "
                "consentement ne s’affiche.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Demandes de partenariat", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Lorsqu’une commune demande de l’aide pour trouver un partenaire, le "
                "formulaire recueille :</p><ul><li>des informations sur la commune ;</li><li>le "
                "nom, l’adresse e-mail et le numéro de téléphone d’une personne de "
                "contact.</li></ul><p>Ces données servent uniquement à traiter la demande et à "
                "mettre les communes en relation. Les coordonnées ne sont jamais publiées. Seuls "
                "les modérateurs du jumelage du CCRE peuvent les consulter.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Gestion d’un profil", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>La personne qui demande à gérer le profil de sa commune indique son nom, sa "
                "fonction, une adresse e-mail officielle et le motif de sa demande. Les "
                "modérateurs du jumelage du CCRE l’examinent et prennent une décision. L’adresse "
                "d’un gestionnaire approuvé sert à envoyer des liens de connexion et des messages "
                "concernant le profil. Elle n’est jamais publiée.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Messages adressés à une commune", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Un message envoyé à une commune par l’intermédiaire du site est transmis par "
                "e-mail à la personne qui gère son profil, accompagné du nom, de l’organisation "
                "et de l’adresse e-mail de l’expéditeur, afin qu’elle puisse répondre "
                "directement. L’adresse du gestionnaire n’est pas communiquée à l’expéditeur. Le "
                "CCRE conserve une copie du message afin de pouvoir traiter les abus.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Durée de conservation des données", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Une demande de partenariat est conservée pendant son traitement ; une demande "
                "restée sans activité pendant 12 mois est clôturée. Une fois la demande clôturée, "
                "celle-ci et les données personnelles qu’elle contient sont supprimées au bout de "
                "24 mois.</p><p>Les messages envoyés par l’intermédiaire du site et les demandes "
                "de gestion d’un profil ayant fait l’objet d’une décision sont supprimés au bout "
                "de 12 mois, et une demande non confirmée au bout de 30 jours. Lorsqu’une "
                "personne cesse de gérer un profil, son adresse est supprimée.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Vos droits", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>En vertu du règlement général sur la protection des données (RGPD), vous "
                "pouvez demander à consulter les données personnelles que nous détenons à votre "
                "sujet, à les faire rectifier ou à les faire effacer ; notre réponse à chacune de "
                "ces demandes porte sur l’ensemble des données enregistrées sous votre adresse "
                "e-mail. Veuillez écrire à <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Vous avez également le '
                "droit d’introduire une réclamation auprès de l’Autorité belge de protection des "
                "données.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Aucun service tiers", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Le site ne charge aucune police de caractères, aucune carte ni aucun outil de "
                "suivi externes ; la consultation du site ne transmet donc aucune information "
                "vous concernant à des tiers.</p>"
            ),
        },
    ],
    "legal": [
        {"type": "heading", "value": {"text": "Éditeur", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Ce site est édité par le Conseil des Communes et Régions d’Europe (CCRE), "
                "Square de Meeûs 1, 1000 Bruxelles, Belgique.</p><ul><li>E-mail : <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Téléphone : +32 '
                "2 511 74 77</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Responsabilité quant au contenu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Le CCRE élabore le contenu de ce site avec soin et le tient à jour dans la "
                "mesure du possible. Il ne peut toutefois pas garantir que toutes les "
                "informations soient à tout moment complètes, exactes et à jour. Si vous "
                "constatez une erreur, merci de nous la signaler afin que nous puissions la "
                "corriger.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Liens vers d’autres sites", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Ce site contient des liens vers des sites gérés par des partenaires et "
                "d’autres organisations. Le CCRE n’a aucun contrôle sur leur contenu et n’en est "
                "pas responsable ; les exploitants de ces sites sont responsables de ce qu’ils "
                "publient.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Réutilisation du contenu", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Les textes publiés sur ce site peuvent être réutilisés à condition que le "
                "CCRE soit cité comme source. Les logos et images des organisations partenaires "
                "restent la propriété de leurs détenteurs.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Données sur les communes", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Les informations sur les communes reposent sur des données de <a "
                'href="https://www.geonames.org/">GeoNames</a>, utilisées sous la licence <a '
                'href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution '
                "4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>Le CCRE souhaite que chacun puisse utiliser ce site, y compris les personnes "
                "qui se servent d’un lecteur d’écran, du clavier seul, d’un logiciel "
                "d’agrandissement ou de la commande vocale. Cette déclaration suit le modèle de "
                "la directive européenne relative à l’accessibilité des sites internet "
                "(2016/2102) et s’applique à l’ensemble du site.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "État de conformité", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Le site est <b>partiellement conforme</b> aux Règles pour l’accessibilité des "
                "contenus Web (WCAG) 2.1, niveau AA, et à la norme européenne harmonisée EN 301 "
                "549, en raison des lacunes énumérées ci-dessous.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Lacunes connues", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Certaines pages et parties de pages ne sont pas encore rédigées dans "
                "toutes les langues. Elles s’affichent en anglais, balisées comme telles afin que "
                "les lecteurs d’écran les prononcent correctement, et la page indique ce qui "
                "manque.</li><li>De nombreuses traductions n’ont pas encore été relues par une "
                "personne de langue maternelle et peuvent parfois être difficiles à "
                "comprendre.</li><li>Le site n’a pas encore été audité par un expert indépendant "
                "en accessibilité.</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Comment le site a été vérifié", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Cette déclaration a été établie le 3 décembre 2026 sur la base d’une "
                "autoévaluation. Chaque modification du site est testée automatiquement : chaque "
                "page publique est vérifiée avec le moteur d’accessibilité axe-core dans le "
                "navigateur Chromium, les formulaires sont remplis au clavier seul et les pages "
                "sont affichées dans plusieurs langues à des largeurs descendant jusqu’à 320 "
                "pixels.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Signaler un problème", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Si un élément de ce site vous est difficile ou impossible à utiliser, ou si "
                "vous avez besoin d’un contenu dans un autre format, veuillez écrire à <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Précisez la page '
                "concernée et le problème rencontré. Votre message parvient à l’équipe qui gère "
                "le site, qui vous répondra.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Voies de recours", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à "
                "l’autorité chargée de l’accessibilité des sites internet dans votre pays.</p>"
            ),
        },
    ],
}
CONTACT_ROLES = {
    "taran": "Chargé de projet – Partenariats internationaux (U-LEAD)",
}
PARTNER_NAMES = {
    "auc": "Association des villes ukrainiennes (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Commission européenne",
    "french-ministry": "Ministère chargé du Logement et de la Ville (France)",
}
SITE = {
    "organisation_name": "Conseil des Communes et Régions d’Europe (CCRE)",
    "address": "Square de Meeûs 1\n1000 Bruxelles\nBelgique",
}
