import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Portuguese cues of the `business-repost` rule (Brazilian and European),
 * beside the English and Spanish ones (business-repost.ts,
 * business-repost-es.ts), in its groups: classic promotional phrases, words
 * that promote only next to the brand, offers next to a brand, and asks.
 * Regex sources (no capturing groups) matched case-insensitively at word
 * boundaries on the text with its accents folded away ("promoção" is
 * "promocao"; the entries are not folded: write them without accents). Both variants' words: "frete grátis"/"portes grátis",
 * "garanta já"/"garante já", "inscreva-se"/"inscreve-te", "doe"/"doa".
 * Reposts ("RT @", "via @") are read in any language.
 */

/** Promotional phrases: anywhere in a post with a strong brand marker. */
export const PROMOTION_PHRASES_PT: readonly PhraseEntry[] = [
  { match: '\\d{1,2}\\s?%\\s+(?:de\\s+)?(?:desconto|off|de abatimento)', category: 'discount' },
  { match: '(?:desconto|abatimento)\\s+(?:de|de ate)\\s+\\d{1,2}\\s?%', category: 'discount' },
  { match: '(?:codigo|cupom|cupao|voucher)\\s+(?:de\\s+)?(?:desconto|promocional|promo)', category: 'discount' },
  { match: '(?:frete|entrega|envio|portes)\\s+gratis|(?:leve|compre)\\s+(?:2|dois|3|tres)\\s+(?:e\\s+)?pague\\s+(?:1|um|2|dois)|(?:2|dois) por (?:1|um)', category: 'discount' },
  { match: '(?:oferta|ofertas|promocao|promocoes)\\s+(?:exclusiva|exclusivas|especial|especiais|limitada|relampago|imperdivel|imperdiveis|de lancamento)|preco especial|precos? imperdive(?:l|is)|saldos de (?:verao|inverno)|black friday|cyber monday|queima de estoque', category: 'discount' },
  { match: '(?:so|somente|apenas)\\s+(?:hoje|ate (?:o )?(?:domingo|sexta|sabado|amanha|fim do mes)|este fim de semana|esse fim de semana|por tempo limitado)|por tempo limitado|ultim[oa]s (?:vagas|unidades|ingressos|bilhetes|lugares)|vagas limitadas|enquanto durarem os estoques|ate esgotar|nao percam?|corre que (?:acaba|esgota)|corram', category: 'urgency' },
  { match: '(?:garanta|garante|compre|compra|comprem|reserve|reserva|reservem|peca|pede|pecam|inscreva-se|inscreve-te|inscrevam-se|assine|subscreve|aproveite|aproveita|aproveitem|adquira)\\s+(?:ja|agora|hoje|o seu|a sua|o teu|a tua|os seus|as suas|aqui|no|na|em)', category: 'urgency' },
  { match: 'link na bio|link no perfil|(?:mais )?info(?:rmacoes|rmacao)?(?: e (?:reservas|inscricoes))? (?:no|na) (?:link|bio|site|nosso site|perfil)', category: 'urgency' },
  { match: '(?:ingressos|bilhetes|entradas)\\s+(?:ja\\s+)?(?:a venda|disponiveis|na bilheteria|na bilheteira)|(?:ja )?a venda (?:os )?(?:ingressos|bilhetes)', category: 'tickets' },
];

/** Words that promote only in the sentence of a strong brand marker: "novidade", "promoção". */
export const PROMOTION_WORDS_NEAR_BRAND_PT: readonly PhraseEntry[] = [
  { match: 'ofertas?|promocao|promocoes|promo|saldos|descontos?|novidades?|lancamento|sorteio|sorteamos|oferecemos|gratis|de graca', category: 'discount' },
  { match: 'ja disponivel|ja a venda|acabou de chegar|acabaram de chegar|estreamos|abrimos (?:a|o|nova|novo|as inscricoes)|grande inauguracao|inauguracao|inscricoes abertas', category: 'urgency' },
];

/** Offers next to a brand marker (a price, a free thing): weaker evidence, when no phrase is there. */
export const PROMOTION_CUES_NEAR_BRAND_PT: readonly PhraseEntry[] = [
  { match: '(?:a partir de|por apenas|por so|so|apenas)\\s+(?:r\\$\\s?)?\\d+(?:[.,]\\d+)?\\s?(?:€|euros|reais)?', category: 'price' },
  { match: '(?:r\\$\\s?)?\\d+(?:[.,]\\d+)?\\s?(?:€|euros|reais)?\\s+(?:a|o|por)\\s+(?:noite|pessoa|sessao|mes|ingresso|bilhete|consulta)', category: 'price' },
  { match: '(?:tudo|cada|pecas|artigos|camisetas|t-shirts|canecas|sacos) (?:a|por) (?:r\\$\\s?)?\\d+(?:[.,]\\d+)?\\s?(?:€|euros|reais)?', category: 'price' },
];

/** Asks to book, donate, adopt, share or spread the word. */
export const PROMOTION_ASKS_PT: readonly PhraseEntry[] = [
  { match: '(?:marque|marca|agende|agenda|reserve|reserva)\\s+(?:ja\\s+)?(?:a sua|o seu|a tua|o teu|sua|seu)\\s+(?:consulta|horario|hora|mesa|vaga|lugar|visita)', category: 'call to action' },
  {
    match: '(?:compartilhem|compartilhe|compartilha|partilhem|partilhe|partilha|divulguem|divulgue|divulga|rt)\\s+(?:por favor|pfv|pf|pls|plis)|(?:por favor|pfv|pf)\\s+(?:compartilhem|compartilhe|partilhem|partilhe|divulguem|divulgue|rt)|ajudem a divulgar|ajuda a divulgar|(?:deem|de|da) (?:um )?rt|cada (?:rt|partilha|compartilhamento) (?:conta|ajuda)',
    category: 'ask to share',
  },
  { match: '(?:doe|doa|doem|doar|contribua|contribui|contribuam|ajude|ajuda|ajudem|ajuda-nos|ajudem-nos|nos ajude)\\s+(?:em|no|na|pelo|pela|aqui|ja|agora|com|a chegar|a (?:juntar|arrecadar|alcancar)|atraves)|faca (?:a sua|sua) (?:doacao|contribuicao)|faz a tua (?:doacao|contribuicao)|vaquinha|(?:facam|faca|faz|fazei)\\s+(?:o vosso |o seu |o teu |um |os vossos |uma |a vossa |a sua |a tua |as vossas )?(?:donativos?|doacao|doacoes)|toda (?:a )?renda (?:vai|sera|e|reverte)|(?:participe|participem|participa|apoie|apoiem|apoia|venha|venham|vem)\\s+(?:ao|do|da|no|na|a|o|nosso|nossa)\\s+(?:bazar|feira|evento|campanha|mutirao|rifa|sorteio|leilao|caminhada|jantar|festa|brecho|arraial)|(?:doacoes|donativos|contribuicoes)\\s+(?:no|na|em|pelo|pela|via|atraves d[oa])|(?:vem|venha|venham|vem ca|anda|andem|venham ca) conhecer (?:os |as |o |a )?(?:nossos?|nossas?|seus?|suas?|teus?|tuas?|vossos?|vossas?|os peludos|a bicharada|o abrigo)|(?:adote|adota|adotem)\\s+(?:ja|um|uma|o|a|no|na|em)', category: 'call to action' },
  // The campaign's own slogan and its forms: "Adote, não compre", "candidaturas abertas ... preenche o formulário".
  { match: 'adot(?:e|a|em),? nao compr(?:e|es|em)|adotar e amor|(?:candidaturas|inscricoes) abertas|preench(?:e|a|am) o formulario|candidata-te|candidate-se|candidatem-se|inscreve-te|inscreva-se|inscrevam-se', category: 'call to action' },
  // Visit, follow, sponsor, book or give: "Visite happypaws.org", "Sigam a @happypaws", "apadrinhe um cão por 10€", "agende em happypaws.org", "doe qualquer valor pelo pix".
  { match: '(?:visite|visita|visitem|acesse|acessa|acessem|acede|acedam|entre|entrem|confira|confiram|confere|espreitem|espreita|conheca|conhecam)(?:\\s+(?:ja|agora|hoje))?(?:\\s+o\\s+(?:nosso\\s+)?(?:site|perfil|abrigo|canil|gatil|instagram|insta)|\\s+a\\s+(?:nossa\\s+)?(?:pagina|loja|lojinha|sede|feira)|(?=\\s+(?:(?:em|no|na|o|a)\\s+)?(?:@\\w|www\\.|https?:|[\\w-]+\\.(?:org|com|pt|br|net)\\b)))', category: 'call to action' },
  { match: '(?:sigam|siga|segue|seguem|sigam-nos|nos sigam|sigam a gente|deem follow|deem um follow|de follow)(?=\\s+(?:a |o |no |na )?@)|(?:ajudem|ajude|ajuda) a (?:espalhar|divulgar|passar) a (?:palavra|mensagem|noticia)|(?:espalhem|espalhe|passem|passe) a (?:palavra|mensagem)', category: 'ask to share' },
  { match: '(?:apadrinhe|apadrinha|apadrinhem|patrocine|patrocina|patrocinem|adote|adota|adotem|adopta|adoptem|adopte)\\s+(?:ja\\s+)?(?:um|uma|o|a|os|as|\\d+)\\s+(?:\\p{L}+\\s+)?(?:cao|caes|cachorr\\p{L}*|gat\\p{L}*|peludo\\p{L}*|patud\\p{L}*|animal|animais|pet|pets|amigo|amiga|bichinho\\p{L}*|resgatad\\p{L}*)', category: 'call to action' },
  { match: '(?:agende|agenda|agendem|marque|marca|marquem|reserve|reserva|reservem)\\s+(?:ja|agora|hoje|aqui|ja ja)?\\s*(?:em|no|na|pelo|pela|via|atraves d[oa]|pelo site|pelo zap|pelo whats)\\b', category: 'call to action' },
  { match: '(?:doe|doa|doem|doar|contribua|contribuam|contribui)\\s+(?:qualquer valor|o que (?:puder|puderem|podes|poderem)|quanto (?:puder|puderem)|\\d+|um real|uns trocos|via pix|pelo pix|no pix|pix)|chave pix|(?:a|o) (?:preco de custo|metade do preco|meio preco|preco social|preco popular|preco simbolico)|(?:pela|a|por) metade do preco|precos? (?:promocionais?|populares|sociais)', category: 'call to action' },
  // "Passem lá", "qualquer valor ajuda", "precisa de lares temporários", "interessados mandem DM", "inscrições para o voluntariado".
  { match: '(?:passem|passa|passe|aparecam|aparece|apareca|deem um salto|deem uma passada|deem um pulo) (?:la|por la|ca|por ca|na loja|na lojinha|na feira|no bazar|no abrigo)|(?:qualquer|todo) (?:valor|ajuda|contributo|donativo) (?:ajuda|conta|e bem-vindo|e bem-vinda|faz a diferenca)|cada (?:real|euro|centavo|cent|donativo|partilha) (?:conta|ajuda|faz a diferenca|salva)', category: 'call to action' },
  { match: '(?:precisa|precisamos|estamos a precisar|estamos precisando|procura|procuramos|buscamos)\\s+(?:urgentemente\\s+)?de\\s+(?:lar(?:es)? temporari[oa]s?|fats?|familias? (?:de acolhimento|temporarias?|provisorias?)|voluntari[oa]s|padrinhos|madrinhas|doacoes|donativos|racao|tutores|adotantes|ajuda)|interessad[oa]s\\s+(?:mandem|enviem|chamem|falem|contactem|entrem em contato)|mandem (?:dm|mensagem|direct|inbox|mp|msg)|chama(?:m)? (?:no|na) (?:direct|dm|inbox)', category: 'call to action' },
  { match: '(?:inscricoes|inscricao|candidaturas|candidatura|vagas|formulario)\\s+(?:para|pro|pra|no|na|ate|de)\\s+(?:o |a )?(?:adocao|adocoes|apadrinhamento|acolhimento|lar temporario|voluntariado|programa|campanha|mutirao|curso|workshop|evento|caminhada|feira|bazar|sexta|sabado|domingo|segunda|dia \\d+|\\d+)', category: 'call to action' },
  // "A Happy Paws tá procurando lares", "estão à procura de famílias de acolhimento": the shelter's ask, in the progressive.
  { match: '(?:ta|esta|estao|tao|anda|andam|seguem|segue|continua|continuam)\\s+(?:procurando|buscando|a procura de|a procurar|a buscar|precisando de|a precisar de)\\s+(?:(?:um|uma|novos|novas|bons|boas)\\s+)?(?:lar(?:es)?|familias?|tutores|tutor|adotantes|voluntari[oa]s|padrinhos|madrinhas|casas?|lar temporario|lares temporarios|doacoes|donativos)', category: 'call to action' },
  // "Ajudem o abrigo a chegar aos 10 mil", "doem em happypaws.org/doar": the ask with its object between, a donation page.
  { match: '(?:ajudem|ajude|ajuda|apoiem|apoie)\\s+(?:a|o|os)\\s+(?:(?:@\\w+|\\p{L}+)(?:\\s+\\p{L}+){0,2}\\s+)?a\\s+(?:chegar|juntar|arrecadar|bater|alcancar|salvar|pagar|comprar|construir|manter|resgatar)', category: 'call to action' },
  { match: '[\\w-]+\\.(?:org|com|pt|br|net)(?:\\.br)?/(?:doar|doe|doacoes|donate|donativos|adotar|adote|adocao|voluntario|voluntariado|apadrinhar|apadrinhe|ajudar)\\b', category: 'call to action' },
  { match: '(?:arrecadando|arrecadamos|a arrecadar|estamos a recolher|estamos recolhendo|recolhemos|campanha de (?:recolha|arrecadacao|coleta)|pontos? de (?:coleta|recolha|entrega|doacao))', category: 'call to action' },
  { match: '(?:envia|envie|enviem|manda|mande|mandem)\\s+(?:ja\\s+)?(?:a tua|o teu|a sua|o seu|a vossa|o vosso|as vossas|os vossos|sua|seu)\\s+(?:candidatura|curriculo|cv|inscricao|ficha|formulario)|estamos a recrutar|estamos recrutando|estamos contratando|procuramos voluntari[oa]s|recrutamos voluntari[oa]s', category: 'call to action' },
  // "Venham ao nosso evento de adoção!", "apareçam na nossa feira": the invitation to the business's own event.
  { match: '(?:venham|venha|vem|vinde|aparecam|apareca|aparece)\\s+(?:ao|a|no|na|todos ao|todos a)\\s+(?:nosso|nossa|grande)\\s+(?:evento|feira|dia aberto|open day|festa|bazar|mutirao|encontro|jornada|sessao|caminhada|dia)', category: 'call to action' },
  // What each gift buys: "cada donativo em happypaws.org paga uma semana de ração", "cada euro vira ração", an amount counted ("cada 5 euros compram um saco de ração", "cada 20 reais paga um banho"), "com 10€ garantes uma vacina" (the link after the gift is not matched: words inside a link are not language).
  { match: '(?:cada|qualquer|um|o seu|o teu|o vosso|seu|teu)\\s+(?:donativo|doacao|contribuicao|contributo|euro|real|centavo|cent|apadrinhamento|pix|(?:r\\$\\s*)?\\d+(?:[.,]\\d+)?\\s*(?:€|euros|reais|contos|paus|conto|pila|pilas))(?=(?:\\s+(?:de\\s+)?(?:r\\$\\s*)?\\d+\\s*(?:€|euros|reais)?)?(?:\\s+(?:doad[oa]|dad[oa]|enviad[oa]|feit[oa]))?(?:\\s+(?:em|no|na|pelo|pela|via|a|ao|pra|pro|para|para a|para o|atraves d[oa])\\s+(?:\\S+\\s+){0,3}?\\S+)?\\s+(?:paga|pagam|garante|garantem|compra|compram|alimenta|alimentam|vira|viram|equivale a|cobre|cobrem|salva|salvam|oferece|oferecem|da para|da pra|ajuda a pagar|ajuda a comprar)\\b)|(?:com|por)\\s+(?:apenas\\s+|so\\s+|somente\\s+)?(?:r\\$\\s*)?\\d+\\s*(?:€|euros|reais)\\s+(?:pagas|paga|pagam|garantes|garante|garantem|compras|compra|alimentas|alimenta|ofereces|oferece|voce paga|voce garante)\\s+(?:uma|um|\\d+)\\s+(?:semana|mes|dia|vacina|consulta|castracao|esterilizacao|refeic\\p{L}*|saco|kg|quilo|racao|banho|tratamento|cirurgia)', category: 'call to action' },
  // The ask to give to someone, the receiver after it: "doem à Happy Paws", "doe pra ONG do meu bairro", "contribuam para a campanha", the ask opening its clause (not "doa a quem doer", "as pernas doem ao fim do dia": the verb "doer"; not "a minha mãe doa à Happy Paws").
  { match: '(?<=(?:^|[,.:;!?(\\n]|\\p{Extended_Pictographic}|(?<![\\p{L}\\p{N}])(?:por favor|pfv|pf|gente|galera|pessoal|malta|amigos|amigas|entao|bora|e))\\s*)(?:doem|doe|doa|doai|contribuam|contribua|contribui)\\s+(?:(?:ja|hoje|agora|tambem)\\s+)?(?:a|ao|aos|as|para|pra|pro|pros|pras|para a|para o)\\b(?!\\s+quem\\b)(?!\\s+(?:minha|meu|mim|ti|si)\\b)', category: 'call to action' },
  // The bare ask closing its sentence: "adotem!!", "apareçam!" (with the brand in the post: "a feira de adoção da Happy Paws é já este domingo, apareçam!").
  { match: '(?:adotem|adoptem|adote|aparecam|venham todos|venham|doem)(?=\\s*(?:!|\\.|$|\\p{Extended_Pictographic}))', category: 'call to action' },
  { match: 'publi(?:cidade)? descarada|jaba|momento jaba|autopromocao|o trabalho pediu para (?:eu )?(?:partilhar|compartilhar|divulgar|postar)', category: 'plug' },
];

/** Words that say a post is no advertisement: "não é publi, só estou orgulhosa". */
export const NOT_AN_AD_PT = String.raw`(?:nao\s+(?:e|eh)\s+(?:publi|publicidade|um\s+anuncio|propaganda|patrocinado|jaba|post\s+pago)|sem\s+patrocinio|nao\s+patrocinado)`;
