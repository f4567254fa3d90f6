"""Portuguese texts of the demo content. Not yet read by a native speaker."""

TEXTS = {
    "home": {
        "title": "Conselho dos Municípios e Regiões da Europa",
        "slug": "inicio",
        "intro": (
            "O Conselho dos Municípios e Regiões da Europa (CMRE) reúne as associações "
            "nacionais dos órgãos de poder local e regional de toda a Europa. Conheça os "
            "programas através dos quais ajudamos cidades e regiões a criar parcerias, "
            "partilhar soluções e reforçar a democracia local."
        ),
    },
    "programmes": {
        "title": "Projetos e programas",
        "slug": "projetos",
        "intro": (
            "O CMRE lidera projetos e programas que promovem territórios sustentáveis e a "
            "cooperação descentralizada, e participa neles. Estas iniciativas apoiam "
            "diretamente os órgãos de poder local e regional, criando parcerias, "
            "partilhando soluções práticas e reforçando a sua capacidade de responder a "
            "grandes desafios."
        ),
    },
    "bridges-of-trust": {
        "title": "Pontes de confiança",
        "slug": "pontes-de-confianca",
        "summary": (
            "Desde março de 2021, o CMRE e a PLATFORMA ajudam municípios ucranianos a "
            "criar parcerias com municípios da UE, para que uma cooperação local "
            "duradoura apoie a reconstrução da Ucrânia."
        ),
    },
    "covenant-of-mayors": {
        "title": "Pacto de Autarcas para o Clima e a Energia – Europa",
        "slug": "pacto-de-autarcas",
        "summary": (
            "Lançado pela Comissão Europeia em 2008, o Pacto reúne mais de 11 000 órgãos "
            "de poder local que se comprometem voluntariamente a concretizar os objetivos "
            "da UE em matéria de clima e energia."
        ),
    },
    "rfsc": {
        "title": "Quadro de Referência para Cidades Sustentáveis (RFSC)",
        "slug": "quadro-referencia-cidades-sustentaveis",
        "summary": (
            "Um quadro e uma ferramenta de autoavaliação gratuitos que ajudam os órgãos "
            "de poder local e regional a definir estratégias integradas de "
            "desenvolvimento urbano sustentável, em conformidade com a Nova Carta de "
            "Leipzig e os ODS."
        ),
    },
    "equality-charter": {
        "title": "Carta Europeia para a Igualdade das Mulheres e dos Homens na Vida Local",
        "slug": "carta-igualdade",
        "summary": (
            "Lançada pelo CMRE em 2006, a Carta convida os órgãos de poder local e "
            "regional a assumirem publicamente um compromisso com a igualdade entre "
            "mulheres e homens e a pô-la em prática através de um Plano de Ação para a "
            "Igualdade."
        ),
    },
    "town-twinning": {
        "title": "Geminação de cidades",
        "slug": "geminacao",
        "summary": (
            "Nascida após a Segunda Guerra Mundial para evitar novos conflitos, a "
            "geminação de cidades continua a aproximar os cidadãos e os municípios da "
            "Europa – hoje também em torno de desafios práticos comuns."
        ),
    },
    "about": {
        "title": "Sobre o CMRE",
        "slug": "sobre",
        "intro": (
            "O CMRE é a maior organização de órgãos de poder local e regional da Europa. "
            "Aqui pode ler quem somos e o que este sítio web oferece."
        ),
    },
    "privacy": {
        "title": "Aviso de privacidade",
        "slug": "privacidade",
        "intro": (
            "Como este sítio web trata os dados pessoais, que cookies utiliza e como pode "
            "exercer os seus direitos."
        ),
    },
    "legal": {
        "title": "Aviso legal",
        "slug": "aviso-legal",
        "intro": (
            "Informações sobre o editor deste sítio web, a reutilização dos seus "
            "conteúdos e as fontes dos seus dados."
        ),
    },
    "accessibility": {
        "title": "Declaração de acessibilidade",
        "slug": "acessibilidade",
        "intro": (
            "Qual o grau de acessibilidade deste sítio web, o que sabemos que ainda "
            "precisa de ser melhorado e como nos pode comunicar um problema."
        ),
    },
}

BODIES = {
    "privacy": [
        {
            "type": "heading",
            "value": {
                "text": "Quem é o responsável",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Este sítio web é gerido pelo Conselho dos Municípios e Regiões da Europa "
                "(CMRE), Square de Meeûs 1, 1000 Bruxelas, Bélgica, que é o responsável pelos "
                "dados pessoais tratados através dele.</p>"
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
                "<p>O sítio apenas utiliza os cookies tecnicamente necessários: um cookie de "
                "sessão e um cookie de segurança CSRF, usados nos formulários e na área de "
                "administração dos editores. Não são utilizados cookies de análise, de "
                "publicidade ou de rastreio, razão pela qual não é apresentado nenhum aviso "
                "de consentimento.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Pedidos de parceria",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Quando um município pede ajuda para encontrar um parceiro, o formulário "
                "recolhe:</p><ul><li>informações sobre o município;</li><li>o nome, o "
                "endereço de correio eletrónico e o número de telefone de uma pessoa de "
                "contacto.</li></ul><p>Estes dados são utilizados apenas para tratar o pedido "
                "e para pôr os municípios em contacto entre si. Os dados de contacto nunca "
                "são publicados. Só os moderadores de geminações do CMRE os podem ver.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Gestão de um perfil",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Quem pede para gerir o perfil do seu município indica o seu nome, a sua "
                "função, um endereço de correio eletrónico oficial e o motivo do pedido. Os "
                "moderadores de geminações do CMRE analisam o pedido e decidem. O endereço de "
                "um gestor aprovado é utilizado para enviar ligações de acesso e mensagens "
                "sobre o perfil. Nunca é publicado.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Mensagens para um município",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Uma mensagem enviada a um município através do sítio é reencaminhada por "
                "correio eletrónico para a pessoa que gere o respetivo perfil, juntamente com "
                "o nome, a organização e o endereço de correio eletrónico do remetente, para "
                "que possa responder diretamente. O endereço do gestor não é mostrado ao "
                "remetente. O CMRE guarda uma cópia da mensagem para poder tratar casos de "
                "abuso.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Durante quanto tempo conservamos os dados",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Um pedido de parceria é conservado enquanto está a ser tratado; um pedido "
                "sem atividade durante 12 meses é encerrado. Depois de encerrado, o pedido e "
                "os dados pessoais que contém são apagados ao fim de 24 meses.</p><p>As "
                "mensagens enviadas através do sítio e os pedidos de gestão de um perfil já "
                "decididos são apagados ao fim de 12 meses, e um pedido não confirmado, ao "
                "fim de 30 dias. Quando uma pessoa deixa de gerir um perfil, o seu endereço é "
                "apagado.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Os seus direitos",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ao abrigo do Regulamento Geral sobre a Proteção de Dados (RGPD), pode "
                "pedir para consultar os dados pessoais que temos sobre si, para os retificar "
                "ou para os apagar; respondemos a cada pedido deste tipo com todos os dados "
                "guardados associados ao seu endereço de correio eletrónico. Escreva para <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Tem também o '
                "direito de apresentar uma reclamação à Autoridade de Proteção de Dados da "
                "Bélgica.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Sem serviços de terceiros",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>O sítio não carrega tipos de letra, mapas nem ferramentas de rastreio "
                "externos, pelo que visitá-lo não transmite nenhuma informação sobre si a "
                "terceiros.</p>"
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
                "<p>Este sítio web é publicado pelo Conselho dos Municípios e Regiões da "
                "Europa (CMRE), Square de Meeûs 1, 1000 Bruxelas, Bélgica.</p><ul><li>Correio "
                "eletrónico: <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a></li><li>Telefone: '
                "+32 2 511 74 77</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Responsabilidade pelos conteúdos",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>O CMRE prepara os conteúdos deste sítio web com cuidado e mantém-nos "
                "atualizados na medida do possível. No entanto, não pode garantir que todas "
                "as informações estejam sempre completas, corretas e atualizadas. Se detetar "
                "um erro, informe-nos, para que o possamos corrigir.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Ligações para outros sítios web",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Este sítio contém ligações para sítios web geridos por parceiros e por "
                "outras organizações. O CMRE não tem qualquer controlo sobre os respetivos "
                "conteúdos e não é responsável por eles; os responsáveis por esses sítios "
                "respondem pelo que publicam.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Reutilização dos conteúdos",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Os textos publicados neste sítio podem ser reutilizados desde que o CMRE "
                "seja indicado como fonte. Os logótipos e as imagens das organizações "
                "parceiras continuam a ser propriedade dos respetivos titulares.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Dados dos municípios",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>As informações sobre os municípios baseiam-se em dados do <a "
                'href="https://www.geonames.org/">GeoNames</a>, utilizados ao abrigo da '
                'licença <a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                "Commons Atribuição 4.0 (CC BY 4.0)</a>.</p>"
            ),
        },
    ],
    "accessibility": [
        {
            "type": "paragraph",
            "value": (
                "<p>O CMRE pretende que todas as pessoas possam utilizar este sítio web, "
                "incluindo quem utiliza um leitor de ecrã, apenas o teclado, a ampliação ou o "
                "controlo por voz. Esta declaração segue o modelo da Diretiva da UE relativa "
                "à acessibilidade dos sítios web (2016/2102) e aplica-se a todo o sítio.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Estado de conformidade",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>O sítio está <b>parcialmente conforme</b> com as Diretrizes de "
                "Acessibilidade para o Conteúdo da Web (WCAG) 2.1, nível AA, e com a norma "
                "europeia harmonizada EN 301 549, devido às lacunas indicadas abaixo.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Lacunas conhecidas",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<ul><li>Algumas páginas e partes de páginas ainda não estão redigidas em "
                "todas as línguas. São apresentadas em inglês, marcadas como texto em inglês "
                "para que os leitores de ecrã as pronunciem corretamente, e a página indica o "
                "que falta.</li><li>Muitas traduções ainda não foram lidas por um falante "
                "nativo e podem, por vezes, ser difíceis de compreender.</li><li>O sítio "
                "ainda não foi auditado por um especialista independente em "
                "acessibilidade.</li></ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Como o sítio foi verificado",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Esta declaração foi elaborada em 3 de dezembro de 2026 com base numa "
                "autoavaliação. Cada alteração ao sítio é testada automaticamente: cada "
                "página pública é verificada com o motor de acessibilidade axe-core no "
                "navegador Chromium, os formulários são preenchidos apenas com o teclado e as "
                "páginas são visualizadas em larguras reduzidas até 320 píxeis, em várias "
                "línguas.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Comunique-nos um problema",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Se alguma parte deste sítio for difícil ou impossível de utilizar, ou se "
                "precisar de conteúdos noutro formato, escreva para <a "
                'href="mailto:info@ccre-cemr.org">info@ccre-cemr.org</a>. Indique a página e '
                "o que correu mal. A sua mensagem chega à equipa que gere o sítio, que lhe "
                "responderá.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Procedimento de execução",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Se não ficar satisfeito com a nossa resposta, pode contactar a autoridade "
                "responsável pela acessibilidade dos sítios web no seu país.</p>"
            ),
        },
    ],
}

CONTACT_ROLES = {
    "taran": "Técnico de projetos – Parcerias internacionais (U-LEAD)",
}

PARTNER_NAMES = {
    "auc": "Associação das Cidades Ucranianas (AUC)",
    "u-lead": "U-LEAD with Europe",
    "european-commission": "Comissão Europeia",
    "french-ministry": (
        "Ministério francês responsável pela Habitação e pelo Desenvolvimento Urbano"
    ),
}

SITE = {
    "organisation_name": "Conselho dos Municípios e Regiões da Europa (CMRE)",
    "address": "Square de Meeûs 1\n1000 Bruxelas\nBélgica",
}
