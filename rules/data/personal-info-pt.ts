/**
 * Portuguese words of `personal-info` (Brazil and Portugal): street
 * addresses as they are written there ("Rua das Flores, 45, 2º Esq.,
 * 1200-195 Lisboa", "Av. Paulista, 1000, apto 52", CEP 01310-100), dates of
 * birth ("nasci em 5 de maio de 1990"), own-number cues ("meu número", "me
 * chama no zap") and the regions Portuguese is written in.
 */
import type { PersonalInfoWords } from './personal-info.js';

export const PERSONAL_INFO_PT: PersonalInfoWords = {
  regions: ['BR', 'PT'],
  ownPhone: String.raw`(?:(?:o\s+)?(?:meu|minha)\s+(?:novo\s+|nova\s+)?(?:n[uú]mero|telem[oó]vel|telemovel|celular|cel|tel|telefone|whats|whatsapp|zap|zapzap|wpp)(?:\s+(?:novo|pessoal))?|(?:me\s+(?:liga|ligue|liguem|chama|chamem|manda\s+mensagem|mandem\s+mensagem)|(?:liga|ligue|liguem|chama|chamem|contacta|contactem|contacte|manda|mandem)-me(?:\s+mensagem)?)(?:\s+n[oa]\s+(?:zap|whats|whatsapp|wpp))?(?:\s+(?:no|para\s+o|pro|pra))?|anot(?:a|em|e)(?:\s+a[ií])?|(?:troquei|mudei)\s+de\s+(?:n[uú]mero|celular|telem[oó]vel)|n[uú]mero\s+novo|novo\s+n[uú]mero|o\s+novo\s+[eé]|pix\s+(?:[eé]\s+)?(?:o\s+)?(?:meu\s+)?(?:celular|telefone|n[uú]mero))`,
  businessPhone: String.raw`(?:liga(?:r|e|m)?\s+para\s+(?:o|a)|ligue\s+(?:para|já)|liga[cç][aã]o\s+gratuita|chamada\s+gratuita|linha\s+(?:de\s+apoio|verde|direta)|atendimento|pedidos|encomendas|reservas|marca[cç][oõ]es|agendamentos?|urg[eê]ncias|emerg[eê]ncia|sos|cvv|sns\s*24|cl[ií]nica|consult[oó]rio|t[aá]xis?|transfers?|reboques?|mudan[cç]as|canalizador|eletricista|electricista|serralheiro|chaveiro|barbearia|cabeleireiro|autoescola|rent-a-car|pizzaria|farm[aá]cia|padaria|restaurante|lanchonete|oficina|loja|hotel|hospital|dentista|veterin[aá]ri[oa]|escrit[oó]rio|empresa|sac)`,
  streetTypes: [
    'rua', 'r.', 'avenida', 'av.', 'av', 'travessa', 'tv.', 'praça', 'pça.', 'largo', 'alameda', 'al.', 'estrada', 'rodovia', 'beco',
    'calçada', 'praceta', 'ladeira', 'viela', 'servidão',
  ],
  addresses: [
    String.raw`{TYPE}\s+(?:(?:de|da|do|das|dos|d['’])\s+)?{NAME}(?:\s+(?:(?:de|da|do|das|dos|e)\s+)?{NAME}){0,3},?\s*(?:n[º°o]\.?\s*)?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])(?:(?:,\s*|\s+)(?:(?:apto?|apt|apartamento|ap\.|bloco|bl\.?|casa|sala|andar|lote|cj\.?|conjunto)\.?\s*[A-Za-z\d]{1,4}(?![\p{L}\p{N}])|\d{1,2}\.?\s?[º°ª]\.?(?:\s*(?:Esq|Dto|Dt|Dir|Frente|Fte|Trás|[A-Z])\.?)?(?![\p{L}\p{N}])|[Rr]\/[Cc](?:\s*(?:Esq|Dto|Dir)\.?)?)){0,3}(?:,?\s*(?:CEP\s*)?(?:\d{4}-\d{3}|\d{5}-?\d{3})(?:\s+{NAME}(?:\s+(?:de|do|da)?\s*{NAME})?)?)?`,
  ],
  // "A nossa casa de fados preferida" is a venue, not a home.
  ownAddress: String.raw`(?:(?:o\s+)?(?:meu|minha|nosso|nossa)\s+(?:nov[oa]\s+)?(?:endere[cç]o|morada|casa(?!\s+de\s+(?:fados?|shows?|espet[aá]culos|pasto|ch[aá]|samba|c[aâ]mbio|apostas))|apartamento|ap[eê]|apto)|(?:endere[cç]o|morada|casa|ap[eê])\s+nov[oa]|nov[oa]\s+(?:endere[cç]o|morada|casa)|moro\s+n[oa]|moro\s+em|moramos\s+n[oa]|moramos\s+em|mudei(?:-me)?\s+para|mudamos(?:-nos)?\s+para|mudan[cç]a|mandar\s+presente|mandem|enviem|postais|entregador|estafeta|apare[cç]am|venham|chá\s+de\s+casa\s+nova|inaugura[cç][aã]o)`,
  publicAddress: String.raw`(?:casa\s+de\s+(?:fados?|shows?|espet[aá]culos|pasto|ch[aá]|samba|c[aâ]mbio|apostas)|loja|museu|bar|restaurante|cervejaria|marisqueira|tasca|tasquinha|taberna|adega|churrascaria|boteco|botequim|hamburgueria|sorveteria|gelataria|snack-bar|esplanada|jantar|almo[cç]o|shopping|centro\s+comercial|supermercado|mercearia|pra[cç]a|parque|jardim\s+bot[aâ]nico|lanchonete|padaria|confeitaria|pastelaria|caf[eé]|cafeteria|pizzaria|livraria|mercado|feira|teatro|cinema|hotel|hospital|cl[ií]nica|farm[aá]cia|est[aá]dio|galeria|exposi[cç][aã]o|expo|show|concerto|festival|escola|col[eé]gio|universidade|igreja|biblioteca|prefeitura|c[aâ]mara|escrit[oó]rio|sede|academia|gin[aá]sio|consult[oó]rio|vai\s+at[eé]|abre|aberto|aberta|o\s+melhor|a\s+melhor|recomendo|sec[cç][aã]o\s+de\s+voto|manifesta[cç][aã]o|encontro|entrada\s+(?:gratuita|livre|franca|paga)|ingressos?|bilhete(?:s|ria|ira)|pinacoteca|mosteiro|catedral|castelo|pal[aá]cio|miradouro|mirante|aqu[aá]rio|zool[oó]gico|planet[aá]rio|santu[aá]rio|bas[ií]lica)`,
  months: ['janeiro', 'fevereiro', 'mar[cç]o', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  // "3 de maio de 1990", "8 de dezembro, 1994".
  longDate: String.raw`{DAY}\s+de\s+{MONTH}(?:\s+de|,)\s+{YEAR}`,
  birthForm: String.raw`(?:data\s+de\s+nascimento|data\s+de\s+nasc\.?|dt\.?\s+(?:de\s+)?nasc\.?|nascimento)`,
  // "Sou de 17/02/1989", "sou de 03 de dezembro de 1999": "sou de" before a full date is the author's birth.
  // "Dia 05/08/1995 nasceu a pessoa mais atrasada do mundo: eu": the birth, then the author named.
  birthOwn: String.raw`(?:eu\s+)?nasci(?!\p{L})|(?:vim|cheguei)\s+ao\s+mundo|fa[cç]o\s+(?:anos|anivers[aá]rio)(?!\p{L})|(?:o\s+)?meu\s+dia\s+de\s+anos|(?:o\s+)?meu\s+(?:anivers[aá]rio|niver)(?!\s+de\s+(?:casamento|namoro|noivado|empresa))|sou\s+(?:de|do\s+dia)(?=\s+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+de\s+(?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\s+de\s+\d{4})|\s*$)|nasceu\s[^.!?\n]{0,60}:\s*eu(?!\p{L})`,
  // "Meu aniversário é dia 3 de abril de 1992": a birthday with its year (not a wedding's anniversary).
  birthOther: String.raw`(?:fa[cç]o\s+anos|dia\s+de\s+anos|anivers[aá]rio(?!\s+de\s+(?:casamento|namoro|noivado|empresa))|niver|sou\s+(?:de|do\s+dia)(?=\s+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+de\s+(?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\s+de\s+\d{4})|\s*$)|nasci|nasceu|nascida|nascido|veio\s+ao\s+mundo|chegou\s+ao\s+mundo|(?:vim|cheguei)\s+ao\s+mundo|chegou(?=\s+(?:no\s+dia|dia|a|em)(?:\s|$)))`,
  // "Chegou o Theo 💙 nascido em 27 de outubro de 2026": a birth announced is the family's.
  // "Nossa Alice chegou dia 14/02/2025", "o meu Tomás nasceu a ...": a possessive right before a name (not "o meu pedido chegou dia ...").
  family: String.raw`(?:nosso|nossa|meu|minha)\s+(?!(?:pedido|encomenda|pacote|carro|cart[aã]o|sof[aá]|m[oó]vel|casa|voo|mala|conta|fatura|boleto|livro|telem[oó]vel|celular|computador|pc|notebook|frigor[ií]fico|geladeira|compra|compras|carta|presente|sal[aá]rio|ordenado|kit|iphone|telefone|contrato|cr[eé]dito|empr[eé]stimo|reembolso|pagamento|dinheiro|visto|passaporte|documento|rg|cnh|cliente|clientes|chefe|chefa|convidad[oa]s?|visita|visitas|amig[oa]s?|professor[a]?|colega|colegas|equipa|equipe|time|t[eé]cnico|t[eé]cnica|m[eé]dic[oa]|vizinh[oa]|estagi[aá]ri[oa]|turma|grupo|voo|[oô]nibus|comboio|trem|ver[aã]o|inverno|primavera|outono|dia|vez|hora|m[eé]s|ano)(?!\p{L}))\p{L}+(?=\s*$)|(?:chegou|chegaram|nasceu|nasceram)\s+(?:o|a|os|as)\s+\p{L}+|(?:(?:o|a|os|as)\s+)?(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\s+(?:\p{L}+\s+)?(?:filh[oa]s?|beb[eê]|bebezinh[oa]|pequen[oa]|av[oóô]s?|v[oóô]|vov[oóô]|m[aã]e|mam[aã]e|pai|papai|irm[aã]o|irm[aã]|irm[aã]os|marido|mulher|esposa|esposo|namorad[oa]|sobrinh[oa]|prim[oa]|ti[oa]|net[oa])`,
  animals: String.raw`(?:cachorr[oa]s?|c[aã]es|c[aã]o|cadel[ao]|gat[oa]s?|gatinh[oa]s?|filhote|ninhada|pet|ado[cç][aã]o|🐶|🐕|🐱|🐈|🐾)`,
};
