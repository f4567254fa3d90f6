"""Spanish texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Consejo de Municipios y Regiones de Europa",
        "slug": "inicio",
        "intro": (
            "El Consejo de Municipios y Regiones de Europa (CMRE) reúne a las "
            "asociaciones nacionales de gobiernos locales y regionales de toda Europa. "
            "Descubra los programas con los que ayudamos a ciudades y regiones a "
            "establecer asociaciones, compartir soluciones y reforzar la democracia "
            "local."
        ),
    },
    "programmes": {
        "title": "Proyectos y programas",
        "slug": "proyectos",
        "intro": (
            "El CMRE dirige proyectos y programas que promueven territorios sostenibles y "
            "la cooperación descentralizada, y participa en ellos. Estas iniciativas "
            "prestan apoyo directo a los gobiernos locales y regionales: crean "
            "asociaciones, comparten soluciones prácticas y refuerzan su capacidad para "
            "responder a grandes retos."
        ),
    },
    "bridges-of-trust": {
        "title": "Puentes de confianza",
        "slug": "puentes-de-confianza",
        "summary": (
            "Desde marzo de 2021, el CMRE y PLATFORMA ayudan a municipios ucranianos a "
            "establecer asociaciones con municipios de la UE, para que una cooperación "
            "local duradera apoye la reconstrucción de Ucrania."
        ),
    },
    "covenant-of-mayors": {
        "title": "Pacto de las Alcaldías para el Clima y la Energía – Europa",
        "slug": "pacto-de-las-alcaldias",
        "summary": (
            "Puesto en marcha por la Comisión Europea en 2008, el Pacto reúne a más de "
            "11 000 gobiernos locales que se comprometen voluntariamente a cumplir los "
            "objetivos climáticos y energéticos de la UE."
        ),
    },
    "rfsc": {
        "title": "Marco de Referencia para Ciudades Sostenibles (RFSC)",
        "slug": "marco-referencia-ciudades-sostenibles",
        "summary": (
            "Un marco y una herramienta de autoevaluación gratuitos que ayudan a los "
            "gobiernos locales y regionales a diseñar estrategias integradas de "
            "desarrollo urbano sostenible en consonancia con la Nueva Carta de Leipzig y "
            "los ODS."
        ),
    },
    "equality-charter": {
        "title": "Carta Europea para la Igualdad de Mujeres y Hombres en la Vida Local",
        "slug": "carta-igualdad",
        "summary": (
            "Puesta en marcha por el CMRE en 2006, la Carta invita a los gobiernos "
            "locales y regionales a comprometerse públicamente con la igualdad de mujeres "
            "y hombres y a llevarla a la práctica mediante un Plan de Acción para la "
            "Igualdad."
        ),
    },
    "town-twinning": {
        "title": "Hermanamiento de ciudades",
        "slug": "hermanamiento",
        "summary": (
            "Nacido tras la Segunda Guerra Mundial para evitar nuevos conflictos, el "
            "hermanamiento de ciudades sigue acercando a la ciudadanía y los municipios "
            "de Europa, hoy también en torno a retos prácticos compartidos."
        ),
    },
    "about": {
        "title": "Acerca del CMRE",
        "slug": "acerca-de",
        "intro": (
            "El CMRE es la mayor organización de gobiernos locales y regionales de "
            "Europa. Aquí puede leer quiénes somos y qué ofrece este sitio web."
        ),
    },
    "privacy": {
        "title": "Aviso de privacidad",
        "slug": "privacidad",
        "intro": (
            "Cómo trata este sitio web los datos personales, qué cookies utiliza y cómo "
            "puede ejercer sus derechos."
        ),
    },
    "legal": {
        "title": "Aviso legal",
        "slug": "aviso-legal",
        "intro": (
            "Información sobre el editor de este sitio web, la reutilización de su "
            "contenido y las fuentes de sus datos."
        ),
    },
    "accessibility": {
        "title": "Declaración de accesibilidad",
        "slug": "accesibilidad",
        "intro": (
            "Qué grado de accesibilidad tiene este sitio web, qué sabemos que aún debe "
            "mejorarse y cómo comunicarnos un problema."
        ),
    },
}

BODIES = {
    "privacy": [
        {
            "type": "heading",
            "value": {
                "text": "Quién es el responsable",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Este sitio web lo gestiona el Consejo de Municipios y Regiones de Europa "
                "(CMRE), Square de Meeûs 1, 1000 Bruselas, Bélgica, que es el responsable de "
                "los datos personales tratados a través de él.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Cookies",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>El sitio solo instala las cookies técnicamente necesarias: una cookie de "
                "sesión y una cookie de seguridad CSRF, que se utilizan para los formularios "
                "y para el área de administración de los editores. No se utilizan cookies "
                "analíticas, publicitarias ni de seguimiento, por lo que no se muestra ningún "
                "aviso de consentimiento.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Solicitudes de asociación",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Cuando un municipio pide ayuda para encontrar un socio, el formulario "
                "recoge:</p><ul><li>información sobre el municipio;</li><li>el nombre, la "
                "dirección de correo electrónico y el número de teléfono de una persona de "
                "contacto.</li></ul><p>Estos datos se utilizan únicamente para tramitar la "
                "solicitud y para poner en contacto a los municipios entre sí. Los datos de "
                "contacto nunca se publican. Solo los moderadores de hermanamientos del CMRE "
                "pueden verlos.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Gestión de un perfil",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Quien solicita gestionar el perfil de su municipio indica su nombre, su "
                "cargo, una dirección de correo electrónico oficial y el motivo de la "
                "solicitud. Los moderadores de hermanamientos del CMRE la leen y deciden. La "
                "dirección de un gestor aprobado se utiliza para enviarle enlaces de acceso y "
                "mensajes sobre el perfil. Nunca se publica.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Mensajes a un municipio",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Un mensaje enviado a un municipio a través del sitio se reenvía por "
                "correo electrónico a la persona que gestiona su perfil, junto con el nombre, "
                "la organización y la dirección de correo electrónico del remitente, para que "
                "pueda responder directamente. La dirección del gestor no se muestra al "
                "remitente. El CMRE conserva una copia del mensaje para poder actuar en caso "
                "de abuso.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Cuánto tiempo conservamos los datos",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Una solicitud de asociación se conserva mientras se tramita; si permanece "
                "sin actividad durante 12 meses, se cierra. Una vez cerrada, la solicitud y "
                "los datos personales que contiene se suprimen al cabo de 24 meses.</p><p>Los "
                "mensajes enviados a través del sitio y las solicitudes de gestión de un "
                "perfil ya resueltas se suprimen al cabo de 12 meses, y una solicitud no "
                "confirmada, al cabo de 30 días. Cuando una persona deja de gestionar un "
                "perfil, se suprime su dirección.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Sus derechos",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>En virtud del Reglamento General de Protección de Datos (RGPD), puede "
                "solicitar el acceso a los datos personales que tenemos sobre usted, su "
                "rectificación o su supresión; respondemos a cada una de estas solicitudes "
                "con todo lo que esté almacenado en relación con su dirección de correo "
                "electrónico. Le rogamos que escriba a <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. También tiene '
                "derecho a presentar una reclamación ante la Autoridad de Protección de Datos "
                "de Bélgica.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Sin servicios de terceros",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>El sitio no carga fuentes tipográficas, mapas ni herramientas de "
                "seguimiento externos, por lo que visitarlo no transmite ninguna información "
                "sobre usted a terceros.</p>"
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
                "<p>Este sitio web lo publica el Consejo de Municipios y Regiones de Europa "
                "(CMRE), Square de Meeûs 1, 1000 Bruselas, Bélgica.</p><ul><li>Correo "
                "electrónico: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Teléfono: '
                "+32 2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Responsabilidad por el contenido",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>El CMRE elabora el contenido de este sitio web con esmero y lo mantiene "
                "actualizado en la medida de lo posible. Sin embargo, no puede garantizar que "
                "toda la información sea completa, exacta y actual en todo momento. Si "
                "detecta un error, le rogamos que nos lo comunique para que podamos "
                "corregirlo.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Enlaces a otros sitios web",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Este sitio contiene enlaces a sitios web gestionados por socios y otras "
                "organizaciones. El CMRE no tiene ningún control sobre su contenido y no es "
                "responsable de él; los responsables de esos sitios responden de lo que "
                "publican.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Reutilización del contenido",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Los textos publicados en este sitio pueden reutilizarse siempre que se "
                "cite al CMRE como fuente. Los logotipos y las imágenes de las organizaciones "
                "socias siguen siendo propiedad de sus titulares.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Datos de los municipios",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>La información sobre los municipios se basa en datos de <a "
                'href="https://www.geonames.org/">GeoNames</a>, utilizados con arreglo a la '
                'licencia <a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                "Commons Atribución 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>El CMRE quiere que todas las personas puedan utilizar este sitio web, "
                "incluidas las que usan un lector de pantalla, solo el teclado, la ampliación "
                "de pantalla o el control por voz. Esta declaración sigue el modelo de la "
                "Directiva de la UE sobre accesibilidad web (2016/2102) y se aplica a todo el "
                "sitio.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Situación de cumplimiento",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>El sitio es <b>parcialmente conforme</b> con las Pautas de Accesibilidad "
                "para el Contenido Web (WCAG) 2.1, nivel AA, y con la norma europea "
                "armonizada EN 301 549, debido a las carencias que se enumeran a "
                "continuación.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Carencias conocidas",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Algunas páginas y partes de páginas aún no están redactadas en todos "
                "los idiomas. Se muestran en inglés, marcadas como texto en inglés para que "
                "los lectores de pantalla las pronuncien correctamente, y la página indica lo "
                "que falta.</li><li>Muchas traducciones aún no han sido leídas por un "
                "hablante nativo y a veces pueden resultar difíciles de entender.</li><li>El "
                "sitio aún no ha sido auditado por un experto independiente en "
                "accesibilidad.</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Cómo se ha evaluado el sitio",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Esta declaración se preparó el 3 de diciembre de 2026 a partir de una "
                "autoevaluación. Cada cambio en el sitio se prueba automáticamente: cada "
                "página pública se comprueba con el motor de accesibilidad axe-core en el "
                "navegador Chromium, los formularios se rellenan solo con el teclado y las "
                "páginas se visualizan con anchuras reducidas hasta 320 píxeles en varios "
                "idiomas.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Comuníquenos un problema",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Si alguna parte de este sitio le resulta difícil o imposible de utilizar, "
                "o si necesita contenido en otro formato, le rogamos que escriba a <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Indique de qué '
                "página se trata y qué ha fallado. Su mensaje llega al equipo que gestiona el "
                "sitio, que le responderá.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Procedimiento de aplicación",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Si no está satisfecho con nuestra respuesta, puede dirigirse a la "
                "autoridad responsable de la accesibilidad de los sitios web en su país.</p>"
            ),
        },
    ],
}

CONTACT_ROLES = {
    "taran": "Responsable de proyectos – Asociaciones internacionales (U-LEAD)",
}

PARTNER_NAMES = {
    "auc": "Asociación de Ciudades Ucranianas (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Comisión Europea",
    "french-ministry": "Ministerio francés encargado de la Vivienda y el Desarrollo Urbano",
}

SITE = {
    "organisation_name": "Consejo de Municipios y Regiones de Europa (CMRE)",
    "address": "Square de Meeûs 1\n1000 Bruselas\nBélgica",
}
