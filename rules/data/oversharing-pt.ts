import type { CueEntry } from '../../src/core/cue-lists.js';
import type { OversharingCategory } from './oversharing.js';

/**
 * Portuguese word list of the `oversharing` rule (Brazilian and European),
 * beside the English and Spanish ones (oversharing.ts, oversharing-es.ts).
 * Each entry is a regex source (no capturing groups) matched
 * case-insensitively at word boundaries on the text with its accents folded
 * away: write "demitido", "nao", "cartao", "conducao" (an accent written
 * here is folded too), and "e" for "é". Both variants' words side by side:
 * "salário"/"ordenado", "aluguel"/"renda", "carteira de motorista"/"carta de
 * condução", "faltar ao trabalho"/"baldar-se", "atestado"/"baixa", "chefe"/
 * "patrão". The reading layer's Portuguese cues weigh every match
 * (src/core/cue-lists.ts): "não tenho câncer" is denied, "se um dia me
 * divorciar" a condition, "meu cachorro começa a quimio" someone else's.
 * The verbs are in the first person (Portuguese leaves the subject out):
 * "fui demitido", "estou falido", "me separei", "separei-me".
 */

/** A Portuguese entry of a category. */
export interface OversharingEntryPt extends CueEntry {
  category: OversharingCategory;
}

const MONTH = '(?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)';
const DAY = '(?:(?:segunda|terca|quarta|quinta|sexta)(?:-feira| feira)?|sabado|domingo)';
/** A full date: "14/09/1993", "3 de maio de 1990", "8 de dezembro, 1994". */
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{1,2}\\s+de\\s+${MONTH}(?:\\s+de|,)\\s+\\d{4})`;
const CHILD = '(?:filh[oa]s?|filhot[ea]s?|pequen[oa]s?|miud[oa]s?|criancas?|menin[oa]s?|cacula|bebe|nene|nenem|gemeos|pimpolh[oa]s?|entead[oa]s?)';
const PARTNER = '(?:namorad[oa]|marido|mulher|espos[oa]|companheir[oa]|noiv[oa]|mozao|boy|ex)';
const STREET = '(?:rua|r\\.|avenida|av\\.?|travessa|tv\\.|praca|pca\\.?|largo|alameda|estrada|rodovia|calcada|beco|viela|urbanizacao|bairro)';
const AWAY_WORDS = ['longe de casa', 'fora de casa', 'bora', 'estrangeiro', 'exterior', 'mochilao', 'road ?trip', 'ilha', 'casa fica', 'alarme', 'luzes programadas', 'bazamos', 'bazo', 'partiu', 'aviao', 'hotel', 'resort', 'serra', 'ferias', 'viagem', 'viajar', 'viajando', 'viaja', 'viajamos', 'partimos', 'parto', 'embarcamos', 'embarco', 'fora', 'praia', 'interior', 'cruzeiro', 'voo', 'aeroporto', 'algarve', 'nordeste', 'europa', 'malas?', 'passeio'];
const AWAY = `(?:${AWAY_WORDS.join('|')})`;
/** Where a key is left: under the mat, in the flowerpot by the door, on the meter box, with the neighbour. */
const KEY_PLACE =
  '(?:debaixo|embaixo|em baixo|por baixo|atras|dentro|em cima|por cima)\\s+d[oae]s?\\s+(?:tapete|capacho|vaso|vasinho|floreira|pedra|caixa do correio|caixa de correio|extintor|porta|contador|relogio da luz|planta)|n[oa]s?\\s+(?:vaso|vasinho|floreira|caixa do correio|caixa de correio|caixa do contador|caixa da luz|caixa do gas|caixa da agua|caixa do correio|contador|relogio da luz|quadro da luz|caixinha)|com (?:o|a) (?:vizinh[oa]|porteir[oa])';
/** A street's name after its kind, up to the number: "das Flores", "Dr. Alves da Veiga", "Cel. Oscar Porto" (a title's dot is no sentence end). */
const STREET_NAME = '(?:[^,.\\n]|(?<=\\b(?:dr|dra|prof|profa|eng|gen|cel|cap|pe|d|sto|sta|sr|sra|cde|mal|alm|des|pres|ten|maj|brig|visc|com|dom|frei|mons))\\.){2,40}?';
/** A landmark a home is placed by: "por cima da farmácia", "ao lado do Pingo Doce". */
const LANDMARK =
  '(?:farmacia|padaria|pastelaria|igreja|capela|escola|mercado|supermercado|minimercado|mercearia|talho|acougue|cafe|quiosque|banca|banco|multibanco|posto|bomba de gasolina|correios|estacao|praca|largo|rotunda|jardim|parque|hospital|centro de saude|posto de saude|quartel|bombeiros|camara|junta|prefeitura|pingo doce|continente|lidl|intermarche|minipreco|carrefour|extra|pao de acucar|boteco|bar|tasca|academia|ginasio|lavandaria|lavanderia|oficina|ponto de onibus|paragem)';
/** A home: "a casa", "o apartamento", "o apê", Brazilian "o ap" (after its article or possessive: a bare "AP" is also Amapá or a flat's number). */
const HOME = '(?:casa|apartamento|ape|apto|moradia|vivenda|flat|(?<=(?<![\\p{L}])(?:o|meu|nosso|no|do|pro)\\s)ap(?![\\p{L}\\p{N}]|\\s*\\d))';
/** A school by its kind, before its name: "Escola Secundária Camões", "EB1 de São João", "Agrupamento de Escolas de Alvalade". */
const SCHOOL =
  '(?:agrupamento de escolas|escolas?(?!\\s+de\\s+(?:samba|conducao|condutores|surf|vela|mergulho|negocios))(?:\\s+(?:secundaria|basica|municipal|estadual|primaria|publica|infantil))*|colegio|creche|infantario|jardim de infancia|jardim-escola|jardim escola|pre-escola|pre escola|externato|escolinha|liceu|eb\\d?(?:,\\d)?(?:/ji)?|emef|emei|cei)';
/** The rest of a school's name after its kind, up to a word that must be capitalised (the entries' shape). */
const SCHOOL_NAME = '\\s+(?:(?:de|do|da|dos|das|os|as|o|a|sao|santa|santo|estadual|municipal|professor|professora|dr\\.?|dona|dom|padre|infante)\\s+)*[a-z]+';
/** A class or a year: "1.º ano", "7.º C", "turma B", "Infantil 4". */
const CLASS = '(?:\\d\\s*\\.?\\s*[ºo]\\s*(?:ano|[a-h]\\b)|(?:primeiro|segundo|terceiro|quarto|quinto) ano|turma\\s+(?:d[oa]\\s+)?\\w+|infantil\\s+\\d|maternal\\s+\\d)';
/** The last word of a match is capitalised: a name ("na Escola Santa Maria"), not "na escola nova". */
const NAMED_LAST = '\\p{Lu}\\p{L}*$';
const MONEY = '(?:k|mil|reais|real|euros|eur|€|contos|paus|pila)';
const AMOUNT = '(?:r\\$\\s*|€\\s*)?\\d[\\d.,]*';
/** What a boss or a job is called when it is complained about. */
const INSULT =
  '(?:abusador[a]?|assediador[a]?|machista|racista|homofobic[oa]|desuman[oa]|sem carater|forreta|sovina|unhas? de fome|mao de vaca|pao[- ]dur[oa]|caloteir[oa]|mesquinh[oa]|chico-espert[oa]|nabo|toto|tanso|tansa|bronco|bronca|jumento|asno|cepo|lorpa|pateta|tapad[oa]|zero a esquerda|um banana|morcao|trapaceir[oa]|grosseir[oa]|mal-educad[oa]|idiota|imbecil|incompetente|insuportavel|tiran[oa]|toxic[oa]?|um lixo|uma merda|um pesadelo|uma anedota|uma piada|uma palhacada|uma fraude|uma nulidade|um zero a esquerda|a joke|an idiot|a nightmare|the worst|babaca|otari[oa]|escrot[oa]|cretin[oa]|palhac[oa]|burr[oa]|um porco|uma bruxa|um inutil|uma inutil|sem nocao|um mala|explorador[a]?|o pior|a pior|ridicul[oa]|nojent[oa]|pessim[oa]|arrogante|psicopata|narcisista|parv[oa]|estupid[oa]|energumeno|uma besta|anormal|cabrao|filho da puta|fdp|mane|um traste|(?:um |uma )?(?:parvalhao|parvalhona|palerma|besta quadrada|idiota chapado)|(?:um |uma )?(?:corno|cornudo|chifrudo|vibora|cobra|abutre|sanguessuga|escravocrata|ditador[a]?|carrasco|monstro|verme|canalha|safad[oa]|vagabund[oa]|puxa-saco|lambe-botas|chupista|aldrabao|aldraba|mentiros[oa]))';
/** Advice and warnings about a risk are not the risk: "nunca publiquem o cartão de embarque". */
const ADVICE = ['nunca publiquem?', 'nao publiquem?', 'nao postem?', 'nunca postem?', 'dica', 'cuidado com', 'golpe', 'burla', 'ladroes', 'policia', 'fraude', 'nunca mostrem?', 'nao mostrem?'];
/** A cause, a campaign or research is no one's diagnosis: "a caminhada contra o câncer". */
const CAUSE = ['contra o', 'contra a', 'pesquisa', 'investigacao', 'corrida', 'caminhada', 'marcha', 'dia mundial', 'dia internacional', 'conscientizacao', 'consciencializacao', 'fundacao', 'associacao', 'campanha', 'doacoes', 'doacao', 'lacos?', 'outubro rosa', 'novembro azul', 'liga portuguesa', 'instituto', 'prevencao'];
/** Work news read somewhere is public: "li que uma tecnológica vai despedir 10 mil pessoas no mundo". */
const NEWS_FRAME = ['saiu (?:no|na) (?:jornal|imprensa|valor|folha|estadao|g1|uol|publico|expresso|observador|eco|tv|televisao|site|noticia|noticias)', 'comunicado', '(?<!nao )(?<!nem )(?<!ainda nao )foi anunciad[oa]', 'li que', 'li (?:no|na|isto no|isso no|isto na|isso na) \\p{L}+', 'leio que', 'lemos que', 'vi (?:no|na) (?:jornal|noticia|noticias|tv|televisao|telejornal)', 'segundo (?:o|a) (?:jornal|imprensa|noticia)', 'no mundo', 'anunciou', 'anunciaram', 'diz o (?:jornal|publico|expresso|g1)', 'noticiou', 'noticia',
  // The source after the news: "vai ter layoff na Ford, informou o sindicato", "..., avança o Expresso", "..., disse o jornal" (not the author's boss telling: "disse o meu chefe").
  '(?<=(?:,|\\s-|\\s—)\\s*)(?:informou|informa|disse|diz|avanca|avancou|garante|garantiu|confirmou|confirma|revela|revelou|noticia|noticiou|adianta|adiantou|afirmou|afirma|anunciou|anuncia|escreve|escreveu|reporta|reportou|divulgou|divulga|publicou|publica)\\s+(?:hoje\\s+)?(?:o|a|os|as)\\s+(?:jornal|jornais|sindicato|sindicatos|ministro|ministra|ministerio|governo|imprensa|revista|televisao|tv|agencia|lusa|reuters|bloomberg|portal|site|comunicado|assessoria|porta-voz|presidente|ceo|companhia|empresa|grupo|fonte|noticia|g1|folha|estadao|uol|globo|valor|expresso|publico|observador|sic|rtp|tvi|cnn|bbc|eco|dn|cmtv|correio da manha|exame|infomoney|estado)\\b'];
/** An identity document, a badge, a licence. */
const ID_DOC = '(?:rg|cnh|carteira de trabalho|ctps|passaporte|bilhete de identidade|cartao de cidadao|carta de conducao|carteira de motorista|carteira de habilitacao|carteira de identidade|identidade|cracha|cartao de (?:funcionari[oa]|colaborador[a]?|empregad[oa]|trabalhador[a]?|acesso|identificacao|servico|estudante|socio)|cartao da empresa|titulo de residencia|autorizacao de residencia|green card|badge|passe de acesso)';
/** A call or a message to work saying one is ill: "liguei pro chefe dizendo que tava doente", "mandei msg pro chefe dizendo q tô com virose". */
/** Being ill as an excuse says it: "doente", "com febre", "com uma gastroenterite", "com dor de barriga". */
const ILL =
  '(?:doente|mal|passando mal|a passar mal|indispost[oa]|(?:com|c|cm) (?:uma |um )?(?:febre|gripe|virose|dor de \\w+|dores de \\w+|enxaqueca|diarreia|covid|gastroenterite|gastrite|intoxicacao(?: alimentar)?|infeccao(?: \\w+)?|amigdalite|sinusite|constipacao|dengue|conjuntivite|otite|crise de \\w+|vomitos|caganeira|piriri))';
/** The genuinely ill, or talk about fake notes, is no skip: "não estou a fingir, estou mesmo doente", "piadas de baixa falsa", "não me venham com atestado falso". */
const GENUINELY_ILL = [
  '(?:estou|to|tou|fiquei|estava|tava|ando|estive) (?:mesmo|realmente|de verdade|a serio|de facto|de fato|bem|muito) doente',
  'doente (?:mesmo|de verdade|a serio|de facto|de fato)',
  'nao (?:estou|to|tou|estava|tava) (?:a fingir|fingindo|a inventar|inventando|a mentir|mentindo)',
  '(?:piadas?|bocas?|comentarios?|conversas?|historias?) (?:de|sobre|com) (?:a |o |uma |um )?(?:baixa|atestado)',
  'nao me venham com|nem venham com|nao venham com',
  // The day out given up for the illness: "liguei a dizer que estava com febre, o concerto fica para outra vez", "vou perder o show".
  '(?:fica|ficou|fica adiado|ficou adiado) (?:para|pra) (?:outro dia|outra vez|a proxima|o proximo)|(?:perdi|vou perder|perdemos|vamos perder|lá se vai|la se foi|la se vai|adeus) (?:o |a )?(?:concerto|show|jogo|festa|festival|praia)|sem (?:concerto|show|jogo|festa|festival|praia)\\b',
];
/** What the day off was really for: the beach, the snow, a show, the sofa, a long weekend. */
const DAY_OUT =
  'praia|piscina|neve|ski|esqui|serra da estrela|cabeleireir[oa]|manicure|unhas|spa|massagem|esplanada|sofa|series?|netflix|show|jogo|festa|festival|concerto|ressaca|viage[mn]|ponte|fim de semana prolongado|feriadao|shopping|cinema|surf|pesca|parque|estadio|copa|k{3,}|(?:ha){2,}|rs(?:rs)*|mentira|fingi\\p{L}*|sem estar doente|(?:nao|nem) (?:estou|to|tou|estava|tava) doente|preguica|😇|🤫|😈|🙊|🏖|⛷|🏄|🎢|🎤|🎸';
const SICK_CALL_REST =
  `\\s+(?:(?:pro|para o|ao|pra|para a|a|o|a minha|o meu|no|na|la no|la na|ao pessoal do|pro pessoal do|a galera do|pra galera do|o pessoal do|no grupo do)\\s+(?:chefe|chefia|trabalho|trampo|servico|escritorio|meu chefe|minha chefe|o meu chefe|a minha chefe|patrao|patroa|gerente|rh|empresa|firma|supervisor|supervisora|lider|equipa|equipe)\\s+)?(?:dizendo\\s+|a dizer\\s+|falando\\s+|e dizer\\s+|e falar\\s+)?(?:que\\s+|q\\s+)?(?:(?:estou|estava|estaria|to|tava|tou)\\s+${ILL}|(?:tinha|tenho|tive|tava com|estava com)\\s+(?:uma |um )?(?:febre|gripe|virose|enxaqueca|diarreia|covid|gastroenterite|intoxicacao alimentar|dor de \\w+|dores de \\w+|vomitos))`;
const SICK_CALL = `(?:liguei|telefonei|telefonamos|ligamos|avisei|avisamos|disse|mandei (?:uma )?(?:mensagem|msg|sms|mail|email|e-mail|zap|whats)|falei|mandei mail|inventei|escrevi)${SICK_CALL_REST}`;
/** What is owed each month, and it being late: "aluguel atrasado 2 meses", "a minha renda em atraso". */
const DUES = '(?:aluguel|alugueis|renda|rendas|condominio|prestacao|prestacoes|prestacao da casa|prestacao do carro|fatura do cartao|faturas do cartao|conta da luz|contas da casa|contas)';
const LATE = '(?:(?:esta|ta|estao|tao|ficou|ficaram|anda|andam|vai|vao)\\s+)?(?:ja\\s+|todas?\\s+)?(?:atrasad[oa]s?|em atraso|vencid[oa]s?)';
/** The author's family named: "meu pai", "a minha mãe", "nossa filha". */
const FAMILY_OWN = '\\b(?:meu|minha|nosso|nossa)\\s+(?:mae|pai|filh[oa]|irma|irmao|marido|mulher|espos[oa]|avo|vo|namorad[oa]|sogr[oa]|tio|tia|bebe|sobrinh[oa]|prima?o?|mamae|papai)\\b';
/** A pet's treatment is the pet's: "fiz a ressonância ao meu cão". */
const PETS = ['(?:ao|a|do|da|no|na|pro|pra|para o|para a) (?:meu |minha |nosso |nossa )?(?:cao|caozinho|cachorr[oa]|cachorrinh[oa]|gat[oa]|gatinh[oa]|cadela|pet|bicho|coelho|cavalo|papagaio)', 'veterinari[oa]', 'clinica veterinaria'];
/** Work news a secret is about: "ainda é segredo" beside a sale, a project, layoffs. */
const WORK_NEWS =
  'fecho|encerramento|fabrica|filial|armazem|demit\\p{L}*|mandar embora|empresa|firma|diretoria|direcao|administracao|chefe|chefia|equipa|equipe|time|trabalho|escritorio|reuniao|clientes?|projeto|demiss\\p{L}*|despedi\\p{L}*|cortes?|fusao|vendid[oa]|comprad[oa]s?|fechar|fecha|layoff|rh|quadro|trimestre|resultados|acionistas|conselho';
/** A change at work that is news (not the office itself): a closure, layoffs, a sale, a lost client. */
/** Someone else's workplace: "na empresa da minha esposa vai ter layoff", "a firma do meu irmão vai fechar". */
const OTHERS_WORKPLACE = '(?:empresa|firma|trabalho|trampo|emprego|escritorio|fabrica|loja|banco|agencia|servico|startup|companhia)\\s+d[oa]s?\\s+(?:meu |minha |meus |minhas |o meu |a minha )?(?:mae|pai|irma|irmao|marido|mulher|espos[oa]|namorad[oa]|noiv[oa]|amig[oa]s?|cunhad[oa]|sogr[oa]|prim[oa]|tio|tia|vizinh[oa]|filh[oa]|companheir[oa]|genro|nora)\\b';
/** The reader's trip as a condition, in advice: "não te esqueças que a casa fica vazia se fores de férias", "se você viajar, a casa fica sozinha". */
const READER_AWAY = '\\bse (?:(?:tu|voce|vc|vcs|voces|vos)\\s+)?(?:(?:fores|forem|fordes|for)\\s+(?:de ferias|de viagem|viajar|passar (?:as |umas )?ferias|para fora|pra fora|embora)|viajares|viajarem|viajar|ausentares|ausentarem|ausentar)\\b';
/** Surgery on a thing is a figure of speech: "vou fazer cirurgia no código todo hoje", "uma cirurgia no guarda-roupa". */
const THING_SURGERY = 'cirurgia\\s+(?:plastica\\s+)?(?:no|na|nos|nas|ao|a|do|da|em)\\s+(?:meu |minha |nosso |nossa |o |a |esse |essa |este |esta )?(?:codigo|projeto|texto|tese|relatorio|carro|moto|bicicleta|bike|casa|orcamento|planilha|folha de calculo|excel|site|app|sistema|servidor|jardim|armario|guarda-roupa|closet|pc|computador|notebook|portatil|telemovel|celular|motor|curriculo|cv|playlist|base de dados|banco de dados)\\b';
const WORK_CHANGE = 'fech\\p{L}*|encerr\\p{L}*|demit\\p{L}*|demiss\\p{L}*|despedi\\p{L}*|mandar embora|cortes?|layoff|lay-off|passaralho|reestrutura\\p{L}*|fusao|vendid[oa]|comprad[oa]|adquirid[oa]|falencia|recuperacao judicial|resultados|prejuizo|perdemos (?:o|a) (?:cliente|conta|contrato)|cliente|contrato|transferid[oa]s?|mudar de sede|deslocaliz\\p{L}*';
/** A thing one "divorces" or "breaks up with" in jest. */
/** A diagnosis as the topic of a book, a talk or a film is no one's: "um livro sobre depressão". */
const TOPIC_OF = '(?:livro|livros|artigo|documentario|palestra|filme|serie|podcast|aula|curso|workshop|tese|video|post|thread|fio|reportagem|materia|conferencia|webinar|formacao) (?:sobre|acerca d[aoe]|a respeito d[aoe])';
const THINGS = ['celular', 'telemovel', 'telefone', 'carregador', 'dieta', 'academia', 'ginasio', 'redes', 'instagram', 'twitter', 'tiktok', 'acucar', 'cafe', 'chocolate', 'netflix', 'sofa'];

/** A home empty only by day, while one works: "meu ap fica vazio de dia porque trabalho fora", "a casa fica vazia o dia todo". */
const EMPTY_BY_DAY = '(?:vazi[oa]|sozinh[oa]|fechad[oa]) (?:de dia|durante o dia|o dia (?:todo|inteiro)|de manha|a tarde|(?:a|de) semana|enquanto (?:trabalho|trabalhamos|estou no trabalho|estamos no trabalho))';

export const OVERSHARING_PT: readonly OversharingEntryPt[] = [
  // travel: the home empty, and until when.
  { category: 'travel', match: `(?:a|nossa|minha) casa (?:fica|vai ficar|ficara|esta|estara|vai estar) (?:vazia|sozinha|sem ninguem)(?: ate (?:o |a |ao |dia )?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH})?|${MONTH}))?`, unless: [READER_AWAY, EMPTY_BY_DAY], base: 0.9 },
  { category: 'travel', match: '(?:nao (?:tem|vai ter|ha|havera|vai haver|fica|vai ficar|estara) ninguem (?:em|na) casa|casa vazia ate)', base: 0.85, denied: 'keeps' },
  // "Fechámos a casa, até dia 3 não há ninguém cá": nobody here, with until when.
  { category: 'travel', match: '(?:nao (?:tem|vai ter|ha|havera|vai haver|fica|vai ficar|esta|estara) ninguem (?:ca|la|aqui)(?: em casa)?)', requires: [`\\bate (?:o |a |ao |dia )?(?:${DAY}|\\d{1,2}|${MONTH}|o fim|fim)|ferias|viage[mn]|(?:\\d+|duas|tres) semanas`], unless: ['loja', 'escritorio', 'restaurante', 'obra'], base: 0.85, denied: 'keeps' },
  // "O apartamento fica vazio até dia 20", "a casa de Braga fica fechada até dia 31", "o apê da cidade vazio", "casa vazia" with the trip said.
  {
    category: 'travel',
    match: `(?:(?:a|o|nossa|nosso|minha|meu)\\s+)?${HOME}(?:\\s+(?:aqui\\s+|la\\s+)?(?:de|da|do|na|no|em)\\s+\\w+)?\\s+(?:(?:fica|vai ficar|ficara|esta|estara|vai estar|ficou|ta|vai ta|vai tar)\\s+)?(?:vazi[oa]|vaziinh[oa]|sozinh[oa]|fechad[oa]|fechadinh[oa]|trancad[oa]|trancadinh[oa]|sem ninguem|as moscas|entregue aos? (?:gatos?|caes|cao|cachorros?|plantas)|entregue (?:a|ao|aos|as) \\p{L}+|abandonad[oa])(?: ate (?:o |a |ao |dia )?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH})?|${MONTH}|o carnaval|o natal|a pascoa))?`,
    requiresInText: [`ate|ferias|feriado|feriadao|fora|viage[mn]|viajar|praia|semanas?|fim de semana|carnaval|natal|pascoa|reveillon|inteir[oa]|${DAY}|${MONTH}|\\d+`],
    unless: [READER_AWAY, 'loja', 'escritorio', 'restaurante', 'venda', 'aluga', 'arrenda', EMPTY_BY_DAY, 'do lado de fora|fiquei (?:de |ca |la )?fora|chaves? (?:ficou |ficaram )?(?:la )?dentro|esqueci (?:a|as) chaves?|sem (?:a |as )?chaves?|chaveiro|serralheiro'],
    base: 0.85,
  },
  {
    category: 'travel',
    match: `(?:vamos|vou ficar|vou passar|vamos passar|a gente vai ficar|a gente vai passar|vou|estamos indo|estou indo|partimos|viajamos|embarcamos|vamos estar|vou estar|estaremos|estarei|estamos|estou|to|tou|a familia toda|toda a familia|a gente vai|a gente fica|ficamos|vamos ficar)\\s+(?:de ferias|viajar|viajando|a viajar|para a praia|pra praia|pro interior|para o interior|para o algarve|pro nordeste|pra fora|fora|de viagem|de cruzeiro|para fora)(?:\\s+(?:ate|o|a|toda|todo|durante|por|dois|duas|tres|uma|um|quinze|dez|desde|\\d+)\\b[\\w ]{0,24})?`,
    // Until when, or for how long: "vou de férias amanhã" alone is a trip with no dates.
    requires: [`ate|toda a semana|todo o mes|semanas?|dias|quinzena|mes\\b|${DAY}|${MONTH}|\\d+`],
    // The dates not yet known: "vou viajar em julho, ainda não sei as datas".
    unless: ['(?:nao sei|nao sabemos|sem) (?:ainda )?(?:as |os )?(?:datas|dias)', 'ainda nao (?:sei|sabemos|marquei|marcamos|temos) (?:as |os )?(?:datas|dias|quando)'],
    base: 0.85,
  },
  { category: 'travel', match: `(?:(?:so|apenas)\\s+)?(?:voltamos|volto|estamos de volta|de volta|regressamos|regresso|a gente volta|a gente so volta)\\s+(?:(?:no|na|dia|a|em|so|so no dia|so no|so na|so dia|so em|no dia|no inicio de|no fim de|em meados de)\\s+)?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})?|${MONTH})`, requiresInText: [`${AWAY}|(?:indo|vamos|vou|fomos|partimos|descemos|subimos) (?:pra|para|pro|a caminho d)`], unless: ['loja', 'escritorio', 'restaurante', 'consultorio', 'clinica', 'atendimento', 'encerrad[oa]s?', 'fechad[oa]s? para ferias', 'reabr\\p{L}*'], base: 0.8 },
  // "Vou passar o mês de julho inteiro em Portugal", "vamos passar duas semanas na praia": a stated time away ("passar o Natal em casa da avó" has none).
  { category: 'travel', match: `(?:vou|vamos|a gente vai|vamos todos)\\s+passar\\s+(?:o mes de ${MONTH}(?:\\s+inteiro)?|o mes inteiro|(?:\\d{1,2}|duas|tres|quatro|uma|quinze|dez) (?:dias|semanas|meses|semana)|(?:o verao|as ferias|o mes|o agosto) (?:inteir[oa]s?|tod[oa]s?))\\s+(?:em|no|na|nos|nas|fora|pelo|pela|a viajar|viajando)\\b`, base: 0.8 },
  // "Família inteira em Gramado até domingo": the household away, until a day, without a verb.
  { category: 'travel', match: `(?:a )?(?:familia (?:inteira|toda)|toda a familia|a gente toda|todos nos)\\s+(?:em|no|na|nos|nas|para|pra|pro|fora)\\b[^.!?\\n]{0,30}?\\bate (?:o |a |ao |dia )?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH})?|${MONTH}|o fim do mes|fim do mes|o carnaval|o natal|a pascoa)`, base: 0.85 },
  // "Casa trancada, gatos com a vizinha, e nós em Cabo Verde até ao fim do mês": "nós" away, until a day, without a verb.
  { category: 'travel', match: `(?:\\be|,|;)\\s+nos\\s+(?:em|no|na|nos|nas|fora|pelo|pela|pelos|pelas)\\s+(?!(?:casa|trabalho|escritorio)\\b)[^.!?\\n]{0,30}?\\bate (?:o |a |ao |dia )?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH})?|${MONTH}|o fim do mes|fim do mes|o carnaval|o natal|a pascoa)`, requiresInText: ['casa|gatos?|cao|caes|plantas|vizinh\\p{L}*|chaves?|ferias|viagem'], base: 0.8, about: 'anyone' },
  // "a gente vai pra Orlando dia 3 e volta dia 17", "vamos para o Brasil a 2 e só voltamos a 20": the trip with its going and coming back dated.
  { category: 'travel', match: `(?:a gente vai|a gente viaja|vamos|vou|viajamos|viajo|partimos|parto|embarcamos|embarco|nos vamos)\\s+(?:pra|para|pro|pra a|para a|para o|ao|a|pras|pros)\\s+[^.!?\\n,]{2,30}?\\s+(?:no dia|dia|a|em)\\s+\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})?\\s*,?\\s+(?:e\\s+)?(?:so\\s+)?(?:volta|voltamos|volto|regressa|regressamos|regresso|retorna|retornamos|retorno)\\s+(?:no dia|dia|a|em|so dia|so a)\\s+\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})?`, unless: [READER_AWAY, '(?:a|o nosso|a nossa|nossa|nosso) (?:loja|escritorio|restaurante|clinica|consultorio)', 'meu (?:pai|irmao|marido|filho|chefe)|minha (?:mae|irma|mulher|filha|chefe)'], base: 0.85 },
  // "ficamos de 2 a 12 de janeiro em Gramado, a casa fica com a diarista": a stay between two dates beside the home left (not a stay told in the past).
  { category: 'travel', match: `(?:ficamos|vamos ficar|estamos|estaremos|vamos estar|a gente fica|a gente vai ficar|fico|vou ficar|estarei|vou estar)\\s+(?:fora\\s+|viajando\\s+|a viajar\\s+|de ferias\\s+)?(?:de|entre)\\s+(?:dia\\s+)?\\d{1,2}(?:\\s+de\\s+${MONTH})?\\s+(?:a|ate|e)\\s+(?:dia\\s+)?\\d{1,2}(?:\\s+de\\s+${MONTH})?\\s+(?:em|no|na|nos|nas|fora|pel[oa]s?)\\s+\\p{L}+`, requiresInText: ['(?:a |nossa |minha )?casa fica|casa vazia|gatos?|plantas|vizinh\\p{L}*|chaves?|diarista|alarme|porteiro|correio'], unless: [READER_AWAY, 'foi|foram|fomos|adoramos|amamos|que saudade|saudades|voltamos|voltei|no ano passado|ano passado'], base: 0.8 },
  { category: 'travel', match: `fora de casa ate (?:o |a |ao |dia )?(?:${DAY}|\\d{1,2}|o fim do mes|${MONTH})`, base: 0.85 },
  // Where the key is, the spare one too, with any verb: "a chave reserva tá debaixo do tapete", "a chave suplente fica no vaso ao pé da porta".
  {
    category: 'travel',
    match: `(?:(?:a|as|nossa|nossas|uma)\\s+)?chaves?(?:\\s+(?:reserva|suplente|extra|sobressalente|de reserva|de casa|da casa|da porta|do portao|de emergencia))?\\s+(?:(?:fica|ficam|ficou|ficaram|esta|estao|ta|tao|vai estar|vai ficar|vai tar|deixamos|deixei|deixo|deixamo-la|escondi|escondemos|escondida|escondidas|guardada|guardadas|escondidinha|fica escondida|esta escondida|ta escondida|ficou escondida|vai estar escondida)\\s+)?(?:${KEY_PLACE})`,
    // Advice to everyone, not where one's own key is: "nunca deixem a chave debaixo do tapete".
    unless: [...ADVICE, '(?:nunca|nao|jamais) (?:deixem|deixe|deixes|escondam|esconda|escondas|ponham|ponha)', 'ladr(?:ao|oes)', 'assalt\\p{L}*'],
    // 0.85: a question about the key ("a chave ficou debaixo do tapete?") keeps less than the threshold.
    base: 0.85,
  },
  // "O código da caixa é 4471", "deixei o código da caixa das chaves à minha sogra: 4471": a key safe's or a door's code.
  {
    category: 'travel',
    match: '(?:codigo|senha|combinacao|pin)\\s+d[oa]s?\\s+(?:cofre|cadeado|caixa|caixinha|portao|porta|alarme|fechadura|garagem|predio|entrada)(?:\\s+d[ao]s?\\s+chaves?)?\\b[^.\\n\\d]{0,30}?\\d{3,8}',
    requiresInText: ['chaves?|casa|porta|portao|alarme|entrar|fora|ferias|ate'],
    base: 0.9,
  },
  // "Vamos para Cabo Verde 10 dias", "vou pra Bahia por duas semanas": the household at a named place for a stated time.
  {
    category: 'travel',
    match: '(?:(?:vamos|vou|partimos|estamos indo|to indo|estou indo|a gente vai|embarcamos|viajamos)\\s+(?:para|pra|pro|pros|pras|a|ao|p/?|p\\.)|(?:vamos estar|ficamos|vamos ficar|a gente fica|estamos|estaremos)\\s+(?:em|no|na|nos|nas))\\s+[a-z]+(?:\\s+(?:de|do|da)?\\s*[a-z]+)?\\s+(?:por\\s+|durante\\s+|uns\\s+|umas\\s+)?(?:\\d{1,2}|dois|duas|tres|quatro|cinco|seis|sete|oito|dez|quinze|vinte|uma|um)\\s+(?:dias|semanas|semana|meses|mes)',
    shape: ['^\\S+(?:\\s+\\S+)?\\s+(?:para|pra|pro|pros|pras|a|ao|p/?|p\\.|em|no|na|nos|nas)\\s+\\p{Lu}'],
    unless: ['trabalho', 'escritorio', 'hospital', 'reuniao', 'seguid[oa]s'],
    base: 0.85,
  },
  // "Estamos no Algarve até dia 8", "ficamos em Gramado até domingo": the household at a named place until a day.
  {
    category: 'travel',
    match: `(?:estamos|vamos estar|estaremos|ficamos|vamos ficar|a gente fica|a gente vai ficar|a gente esta|a gente ta|estamos todos)\\s+(?:em|no|na|nos|nas|pelo|pela|pelas|pelos)\\s+[a-z]+(?:\\s+(?:de|do|da)?\\s*[a-z]+)?\\s+ate (?:o |a )?(?:dia \\d{1,2}|${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})|${MONTH}|o fim do mes|o fim de semana|o carnaval|o natal|a pascoa)`,
    // A place by its name ("no Algarve"), not "no trabalho até sexta".
    shape: ['^\\S+(?:\\s+\\S+)?\\s+(?:em|no|na|nos|nas|pelo|pela|pelas|pelos)\\s+\\p{Lu}'],
    unless: ['trabalho', 'escritorio', 'hospital', 'reuniao', 'lugar', 'ranking', 'fase', 'posicao', 'classificacao', 'liga', 'grupo', 'projeto', 'tabela'],
    base: 0.85,
  },
  // "Ngm em casa até domingo", "ninguém em casa até dia 20" ("ninguém" is no denial here).
  { category: 'travel', match: `(?:ninguem|ngm|nimguem|ninguen)\\s+(?:em|na|no)\\s+(?:casa|${HOME})\\s+(?:ate|de|durante|por|nas proximas|nos proximos)\\s+(?:o |a |dia |\\d+ )?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})?|${MONTH}|semanas?|dias|o fim do mes|o fim de semana|o carnaval|o natal|a pascoa)`, base: 0.85, denied: 'keeps' },
  // A range of days away: "a casa fica vazia de 2 a 18 de julho", "estaremos em Paris entre 10 e 20 de maio", "fora do dia 3 ao dia 17".
  {
    category: 'travel',
    match: `(?:de|do dia|dos dias|entre(?: os dias)?|entre dia)\\s+\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})?\\s+(?:a|ao|ate|e|ate dia|ao dia|a dia)\\s+(?:dia\\s+)?\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})`,
    requiresInText: [`${HOME}\\s+(?:\\p{L}+\\s+){0,2}?(?:vazi[oa]|sozinh[oa]|fechad[oa]|sem ninguem|as moscas)|ninguem em casa|sem ninguem|ferias|viage[mn]|viajar|viajamos|viajando|fora|partiu|embarcamos|estaremos|vamos estar|ficamos fora|vamos ficar fora|a familia toda|toda a familia`],
    unless: ['inscric\\p{L}*', 'matricula', 'promocao', 'desconto', 'ferias (?:escolares|da escola|letivas|judiciais|de natal|da pascoa|de verao) de', 'preparem-se', 'calendario', 'loja', 'escritorio', 'restaurante', 'encerrad[oa] para ferias', 'festival', 'feira', 'exposicao', 'horario', 'aulas', 'provas', 'exames', 'vagas', '\\b(?:ele|ela|eles|elas|o vizinho|a vizinha|os vizinhos|os meus pais|meus pais|a minha irma|o meu irmao|amig[oa]s?|colegas?) (?:vai|vao|foi|foram|esta|estao|fica|ficam)\\b'],
    base: 0.85,
    // "A família toda em Porto de Galinhas de 10 a 24 de janeiro": the household, whoever the reading takes the subject for.
    about: 'anyone',
  },
  // Nobody home for a stated time: "15 dias sem ninguém em casa", "casa fica sem ninguém até domingo" ("sem" is no denial here).
  {
    category: 'travel',
    match: `(?:(?:\\d{1,2}|dois|duas|tres|quatro|cinco|dez|quinze|uma|um) (?:dias|semanas|semana|meses|mes) sem ninguem (?:em|na|no) (?:casa|${HOME})|(?:(?:a|o|nossa|nosso|minha|meu)\\s+)?${HOME} (?:(?:fica|vai ficar|ficara|esta|estara|vai estar)\\s+)?sem ninguem)`,
    requiresInText: [`ate|ferias|fora|viage[mn]|viajar|partiu|praia|semanas?|dias|mes\\b|${DAY}|${MONTH}|\\d+`],
    unless: ['(?:nao|nunca|jamais) (?:fica|vai ficar|ficara|esta|estara|vai estar) sem ninguem', 'loja', 'escritorio', 'restaurante'],
    base: 0.85,
    denied: 'keeps',
  },
  { category: 'travel', match: '(?:o|a) vizinh[oa] (?:tem|fica com|guarda) (?:a|as|nossa|nossas) chaves?', requires: [`${AWAY}|ate (?:voltarmos|regressarmos|a gente voltar|eu voltar|nos voltarmos)|voltamos|regressamos|so volto|so voltamos|so voltarmos`], base: 0.85, about: 'anyone' },
  // The key's place told to whoever may need it: "se precisares, a chave está debaixo do capacho", "em caso de emergência as chaves ficam no vaso".
  // From the "se" on, so that the reader's need is not read as a condition on where the key is.
  {
    category: 'travel',
    match: `(?:se (?:precisares|precisarem|precisar|for preciso|for necessario|houver (?:algum )?problema|acontecer alguma coisa)(?:(?: de)? (?:alguma coisa|algo|entrar|ir la|ir ai|passar la|regar as plantas|dar comida (?:ao|a|aos|as|pro|pra|pros|pras) \\p{L}+))?|em caso de (?:emergencia|necessidade|aperto)|qualquer coisa|pra qualquer coisa|para qualquer coisa)\\s*,?\\s*(?:(?:a|as|nossa|nossas|uma)\\s+)?chaves?(?:\\s+(?:reserva|suplente|extra|sobressalente|de reserva|de casa|da casa|da porta|do portao))?\\s+(?:(?:fica|ficam|ficou|ficaram|esta|estao|ta|tao|vai estar|vai ficar|vai tar|deixamos|deixei|deixo|deixamo-la|escondi|escondemos|escondida|escondidas|guardada|guardadas|escondidinha|fica escondida|esta escondida|ta escondida|ficou escondida|vai estar escondida)\\s+)?(?:${KEY_PLACE})`,
    base: 0.85,
  },
  // Away, said with the adjective or the adverb, until a date: "Ausentes até dia 3 de janeiro", "fora até 2ª", "de viagem até ao fim do mês".
  {
    category: 'travel',
    match: `(?:(?:estamos|estou|estaremos|estarei|vamos estar|vou estar|to|tou|ta|ficamos|a gente fica|a gente esta|a gente ta|andamos)\\s+)?(?:ausentes?|fora(?: de casa| do pais| de lisboa| de sp)?|longe de casa|de viagem|viajando|a viajar|em viagem|out of office|off)\\s+ate\\s+(?:ao |o |a )?(?:dia \\d{1,2}(?:\\s+de\\s+${MONTH})?|\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})|${DAY}|${MONTH}|o fim do mes|o fim de semana|o natal|o carnaval|a pascoa|o ano novo|o reveillon|(?:o |ao )?inicio de ${MONTH})`,
    unless: ['\\b(?:o meu|a minha|os meus|as minhas|meu|minha|meus|minhas) (?:irmaos?|irmas?|primos?|primas?|tios?|tias?|avos?|sogros?|sogras?|cunhad[oa]s?|amig[oa]s?|vizinh[oa]s?|colegas?|pais)\\b (?:vai|vao|foi|foram|esta|estao|fica|ficam|anda|andam)\\b', 'lesionad\\p{L}*', 'lesao', 'jogador', 'treinador', 'selecao', 'plantel', 'escalacao', 'convocad\\p{L}*', 'loja', 'escritorio fechado', 'encerrad[oa]', 'servico', 'sistema', 'site', 'app\\b', 'stock', 'estoque'],
    base: 0.85,
  },

  // booking: what lets a stranger find, change or cancel a trip.
  // "Localizador da passagem pra Recife: ZQ8M2R": the trip named between the word and the code, which has a digit (before the entry below, which would take "passagem" for the code).
  // "Bilhete do comboio: lugar 42, carruagem 5", "poltrona 18, vagão 3 do Alfa das 8h": a train seat with its carriage.
  { category: 'booking', match: '(?:lugar|assento|poltrona|cadeira|banco)\\s*(?:n[ºo.]?\\s*)?\\d{1,3}[a-z]?\\s*,?\\s*(?:(?:na|no|da|do)\\s+)?(?:carruagem|vagao|carro)\\s*(?:n[ºo.]?\\s*)?\\d{1,2}\\b|(?:carruagem|vagao)\\s*(?:n[ºo.]?\\s*)?\\d{1,2}\\s*,?\\s*(?:lugar|assento|poltrona|cadeira)\\s*(?:n[ºo.]?\\s*)?\\d{1,3}[a-z]?\\b', unless: ADVICE, base: 0.8 },
  { category: 'booking', match: '(?:codigo (?:da|de) reserva|localizador|numero (?:da|de) reserva|referencia (?:da|de) reserva|confirmacao (?:da|de) reserva|codigo de confirmacao|pnr)(?:\\s+[a-z]+){1,8}?\\s*:\\s*(?=[a-z]*\\d)[a-z0-9]{5,10}(?![a-z0-9])', shape: ['[A-Z0-9]{5,10}$'], base: 0.9 },
  { category: 'booking', match: '(?:codigo (?:da|de) reserva|localizador|numero (?:da|de) reserva|referencia (?:da|de) reserva|confirmacao (?:da|de) reserva|codigo de confirmacao|pnr|codigo do voo)(?:\\s+(?:do voo|da viagem|(?:d[ao]s?|n[ao]s?|em|para|pra|pro)\\s+\\w+)){0,3}(?:\\s+e)?\\s*:?\\s*(?=[a-z]*\\d)[a-z0-9]{5,10}', shape: ['[A-Z0-9]{5,10}$'], base: 0.9 },
  { category: 'booking', match: '(?:(?:meu|minha|o meu|nosso|os nossos|os|nossos|o)\\s+)?(?:cartao|cartoes) de embarque|boarding pass', unless: [...ADVICE, '(?:cartao|cartoes) de embarque d[oa]s?\\s+(?:meu |minha |meus |minhas )?(?:pai|mae|irma|irmao|filh[oa]s?|marido|mulher|espos[oa]|namorad[oa]|noiv[oa]|amig[oa]s?|colegas?|sogr[oa]|tio|tia|avo|vo|prim[oa]s?|cunhad[oa]|chefe|vizinh[oa])\\b'], base: 0.85 },
  // "Reserva do hotel confirmada: código FNC-55821", "bilhete nº 4471-0093-2218": a booking's or a ticket's number.
  { category: 'booking', match: '(?:reserva|bilhete|bilhetes|ingresso|ingressos|e-ticket|confirmacao)\\b[^.\\n]{0,40}?\\b(?:codigo|n[ºo.]|numero|ref\\.?|referencia)\\s*:?\\s*(?=[a-z-]*\\d)[a-z0-9][a-z0-9-]{4,16}', shape: ['\\d[A-Z0-9-]*$'], unless: ADVICE, base: 0.85 },
  // "E-ticket 9572401938475", "nº do bilhete 047-2211838475", "bilhete eletrónico n.º 0472...": a ticket's number (the "n" of "n.º" is no denial).
  { category: 'booking', match: '(?:e-ticket|eticket|bilhete eletronico|bilhete electronico|numero do bilhete|n[ºo.] do bilhete)\\s*(?:n\\.?\\s*[ºo]\\.?\\s*|n\\.\\s*|numero\\s+)?:?\\s*\\d(?:[\\d-]|\\s(?=\\d)){8,18}', unless: ADVICE, base: 0.85, denied: 'keeps' },
  // "Check-in feito: referência ABC12D, Ryanair FR 8342": a reference with the trip said around it.
  { category: 'booking', match: '(?:referencia|ref\\.?|codigo|localizador|reserva|confirmacao|booking)(?:\\s+d[oa]s?\\s+(?:airbnb|booking|hotel|hostel|voo|pousada|tap|ryanair|easyjet|latam|gol|azul|iberia|vueling|cruzeiro|resort|viagem|passagem))?\\s*:?\\s*(?=[a-z]*\\d)[a-z0-9]{5,10}', shape: ['[A-Z0-9]{5,10}$'], requiresInText: ['check-in|voo|reserva|embarque|aviao|ryanair|tap|easyjet|latam|gol|azul|hotel|bilhete|passagem|airbnb|booking'], unless: ADVICE, base: 0.85 },
  // "TP 1351 Lisboa-Porto, lugar 2A": a flight and its seat. Asked about ("poltrona 18C, alguém mais nesse voo??") they are as public: a high base.
  // Before the flight alone, so that "Voo LA 3340 ..., poltrona 18C" is read whole.
  { category: 'booking', match: '(?:voo\\s+)?[a-z]{2}\\s?\\d{2,4}\\b[^.\\n]{0,30}?\\b(?:lugar|assento|poltrona|cadeira)\\s+\\d{1,2}[a-k]\\b', shape: ['^(?:[Vv]oo\\s+)?[A-Z]{2}\\s?\\d', '\\d[A-K]$'], base: 0.95 },
  { category: 'booking', match: 'voo\\s+[a-z]{2}\\s?\\d{3,4}', shape: ['[A-Z]{2}\\s?\\d{3,4}$'], base: 0.8 },
  { category: 'booking', match: '(?:assento|lugar|poltrona|cadeira|seat) \\d{1,2}[a-k]\\b', shape: ['\\d[A-K]$'], requires: ['voo|flight|boarding|gate|aviao|embarque|fila|passage(?:m|ns)|bilhetes?|janelinha|janela|corredor|localizador|reserva|✈️|🛫'], base: 0.75 },
  // A train's or a bus's seat: "carruagem 4 lugar 52", "vagão 3, poltrona 21".
  { category: 'booking', match: '(?:carruagem|vagao|carro|autocarro|onibus)\\s+(?:n[ºo.]\\s*)?\\d{1,2}\\s*,?\\s*(?:lugar|assento|poltrona|cadeira)\\s+\\d{1,3}[a-d]?\\b', requiresInText: ['comboio|cp\\b|alfa|intercidades|trem|bilhete|passagem|viagem|rede expressos|flixbus|rodoviaria'], base: 0.85 },
  { category: 'booking', match: 'quarto (?:numero |n[o.º] ?)?\\d{2,4}(?: do (?:hotel|hostel|resort))?', requires: ['hotel|pousada|hostel|resort|hospedad[oa]s?|estamos no|estou no|to no'], base: 0.8 },

  // birthdate: a full date of birth.
  { category: 'birthdate', match: `(?:nasci|vim ao mundo|cheguei ao mundo) (?:em |no dia |a |dia |num |numa )?${DATE}`, base: 0.9, about: 'self' },
  // "nasci no dia de Natal de 1986", "nasci na véspera de Ano Novo de 1992": a feast of a fixed date, and the year.
  { category: 'birthdate', match: '(?:nasci|vim ao mundo|cheguei ao mundo)\\s+(?:no|na|em)\\s+(?:(?:dia|noite|vespera|madrugada) de\\s+)?(?:natal|ano novo|reis|dia de reis|dia dos namorados|sao joao|santo antonio|dia da mulher|dia das bruxas|halloween|dia da independencia|dia de portugal|25 de abril|sete de setembro|consoada)\\s+(?:de\\s+|do ano de\\s+)?(?:19|20)\\d{2}\\b', base: 0.85, about: 'self' },
  { category: 'birthdate', match: `(?:minha )?(?:data de nascimento|data de nasc\\.?|dt\\.? (?:de )?nasc\\.?|d\\.n\\.)(?: e|:)?\\s*:?\\s*${DATE}`, base: 0.9, about: 'self' },
  { category: 'birthdate', match: `(?:sou )?nascid[oa] (?:em |a |no dia |dia )?${DATE}`, base: 0.85, about: 'self' },
  // "Meu aniversário é dia 3 de abril de 1992": a birthday with its year is the date of birth (not a wedding's anniversary).
  { category: 'birthdate', match: `(?:meu|o meu) (?:aniversario|niver|aniver|dia de anos)\\s+(?:e|foi|e no|e a|:)\\s*(?:dia |no dia |a |em )?${DATE}`, base: 0.85, about: 'self' },
  // "Dia 15/09/1987 eu nasci": the date before the birth.
  { category: 'birthdate', match: `(?<=${DATE}\\s+(?:foi quando\\s+)?)(?:eu\\s+)?nasci\\b`, base: 0.85, about: 'self' },
  // "Faço anos dia 8 de dezembro, 1994": the birthday with its year is the date of birth.
  { category: 'birthdate', match: `(?:faco anos|fazo anos|faco aniversario|(?:o )?meu aniversario e|(?:o )?meu niver e|(?:o )?meu dia de anos e)\\s+(?:a|no dia|dia|em|no)\\s+${DATE}`, base: 0.85, about: 'self' },
  // "Faço anos a 14 de fevereiro e tenho 33", "meus 40 anos chegam dia 9 de novembro": the age with the date.
  { category: 'birthdate', match: `(?:faco anos|fazo anos|(?:o )?meu aniversario e|(?:o )?meu niver e|(?:o )?meu dia de anos e)\\s+(?:a|no dia|dia|em|no)\\s+\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})`, requiresInText: ['tenho \\d{2}|\\d{2} anos|faco \\d{2}|completo \\d{2}|fazer \\d{2}|\\d{2} aninhos'], base: 0.8, about: 'self' },
  { category: 'birthdate', match: `(?:(?:os )?meus|os meus)\\s+\\d{2}\\s+(?:anos|aninhos|primaveras)\\s+(?:chegam|sao|serao|vao ser|e)\\s+(?:no |a )?(?:dia |a )?\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})`, base: 0.8, about: 'self' },
  // "Sou de 17/02/1989": the date of birth as where one is "from"; "Dia 05/08/1995 nasceu ...: eu".
  // The day and month, the year said apart: "sou de 1988, nascida a 12 de fevereiro", "nasci em 3 de maio, em 91", "nasci a 5/6 do ano de 1990".
  { category: 'birthdate', match: `(?:nasci|nascid[oa]|vim ao mundo|cheguei ao mundo)\\s+(?:em |a |no dia |dia |num |numa )?(?:\\d{1,2}\\s+de\\s+${MONTH}|\\d{1,2}/\\d{1,2}(?![/.-]\\d))`, requiresInText: ['(?:sou|nasci|nascid[oa]|classe|ano|safra|colheita) (?:de|em|do ano de) (?:19|20)?\\d{2}\\b|\\bem (?:19|20)\\d{2}\\b|de (?:19|20)\\d{2}\\b|tenho \\d{2} anos|\\d{2} anos'], base: 0.8, about: 'self' },
  // "33 aninhos a 7 de maio", "40 anos no dia 2/8": the age with the day.
  { category: 'birthdate', match: `\\d{2}\\s+(?:anos|aninhos|primaveras)\\s+(?:a|no dia|dia|em|no)\\s+\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})`, requiresInText: ['parabens|aniversario|niver|anos|🎂|🥳|faco|fiz|completo|completei'], unless: ['casad\\p{L}*|casamento|empresa|namoro|servico|carreira|de (?:vida|existencia) d[ao]'], base: 0.8, about: 'self' },
  { category: 'birthdate', match: `sou (?:de|do dia) ${DATE}`, base: 0.85, about: 'self' },
  // The date itself is personal-info's finding: the match starts after it.
  { category: 'birthdate', match: `(?<=${DATE}\\s+)nasceu\\b[^.!?\\n]{0,60}?:\\s*eu`, base: 0.85, about: 'anyone' },
  { category: 'birthdate', match: `(?:faco|completo|vou fazer|fazendo)\\s+\\d{2}(?:\\s+anos)?\\s+(?:no dia|dia|em|a)\\s+\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})`, base: 0.8, about: 'self' },
  // The date before the age: "No dia 9 de maio faço 33 anos", "Amanhã, 30 de novembro, completo 28 aninhos".
  // "Dia 2 de fevereiro faço 50", "fazendo 27 no dia 19/11": the age as a bare number, the date beside it.
  { category: 'birthdate', match: '(?:faco|completo|vou fazer|fazendo)\\s+(?:os\\s+)?\\d{2}(?!\\s*(?:anos|aninhos|primaveras|euros|reais|€|km|kms|horas|h\\b|minutos|min|%|kg|quilos|metros|m\\b|dias|vezes|pessoas|flexoes|abdominais|voltas|paginas|pontos|anos de (?:casad|casament|namor|servico|carreira|empresa)))\\b', requires: [`\\d{1,2}\\s+de\\s+${MONTH}|\\d{1,2}/\\d{1,2}`], unless: ['anos de (?:casad|casament|namor|servico|carreira|empresa)', 'aniversario de (?:casamento|namoro)'], base: 0.8, about: 'self' },
  { category: 'birthdate', match: '(?:faco|completo|vou fazer|fazendo)\\s+\\d{2}\\s+(?:anos|aninhos|primaveras)', requires: [`\\d{1,2}\\s+de\\s+${MONTH}|\\d{1,2}/\\d{1,2}`], base: 0.8, about: 'self' },

  // child-school: where a child is, by name of the school, the class, the time.
  {
    category: 'child-school',
    match: `(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\\s+${CHILD}\\b[^.!?\\n]{0,60}?\\b(?:escola(?!\\s+de\\s+(?:samba|conducao|condutores|surf|vela|mergulho|negocios))|colegio|creche|infantario|jardim de infancia|jardim escola|pre-escola|pre escola|externato|escolinha|eb\\d?|emef|emei|cei)\\s+(?:(?:de|do|da|dos|das|sao|santa|santo|estadual|municipal|professor|professora|dr\\.?|dona)\\s+)?[a-z]+`,
    // The school by its name: the last word is capitalised ("na Escola Santa Maria", "no colégio Pedro II"), not "na escola nova".
    shape: [NAMED_LAST],
    // A school wished for or asked about is no school the child is at: "minha filha quer estudar no colégio Bandeirantes, alguém conhece?".
    unless: ['\\b(?:quer|querem|queria|queriam|gostaria|sonha|sonham) (?:estudar|entrar|ir para|ir pro|ir pra)|pensando em (?:colocar|por|matricular)|a pensar em (?:colocar|por|inscrever)|alguem (?:conhece|recomenda|tem (?:opiniao|referencias|experiencia))'],
    base: 0.9,
  },
  // A child by name (Portuguese puts the article before it: "a Leonor", "do Davi") and a named school: "Primeiro dia da Helena no 1º ano da Escola Municipal Monteiro Lobato".
  {
    category: 'child-school',
    // Not a possessive or a school's word where the name would be: the shape that wants a capital is checked after the match, and a
    // vetoed match would hide the "minha filha na Escola ..." inside it.
    match: `\\b(?:o|a|do|da|no|na|pro|pra|pela|pelo)\\s+(?!(?:minha|meu|minhas|meus|nossa|nosso|nossas|nossos|sua|seu|tua|teu|dele|dela|escola|creche|turma|primeira|primeiro|nova|novo)\\b)[a-z]{3,}\\b(?:[^.!?\\n]|(?<=\\d)\\.){0,60}?\\b${SCHOOL}${SCHOOL_NAME}`,
    shape: ['^\\p{L}+\\s+\\p{Lu}\\p{Ll}', NAMED_LAST],
    requires: [`${CLASS}|primeiro dia|(?:1|primeiro)\\s*\\.?\\s*[ºo]?\\s+dia|dia de aula|pre[- ](?:i{1,2}|1|2)\\b|formatura|graduacao|finalistas|teatrinho|festa junina|boletim|uniforme|excursao|visita de estudo|feira de ciencias|auto de natal|dia da familia|dia dos pais|dia das maes|recital|entrega de diplomas|abc|ultimo dia|entrou|comecou|reuniao de pais|festa|apresentacao|concurso|turma|sala d[aeo]s?|matricul\\p{L}*|recolher|recolho|busc\\p{L}*|deix\\p{L}*|lev[oae]i?|levar|levando|pego|peguei|pegar`],
    unless: ['vaga', 'vagas', 'contrata', 'professora? na', 'dou aulas', 'trabalho na'],
    base: 0.85,
    // The child named is the subject ("a Leonor entrou"): whose child it is goes unsaid.
    about: 'anyone',
  },
  // Brazilian leaves the article out before a name: "Helena se formou hoje no pré do Colégio Santa Maria, turma Girassol", "Davi começou no 1º ano da EMEF Paulo Freire".
  {
    category: 'child-school',
    match: `(?<=^|[.!?\\n:]\\s{0,3}|\\p{Extended_Pictographic}\\s{0,3})(?!(?:hoje|ontem|amanha|ele|ela|eles|elas|quem|ja|aqui|agora|entao|depois|primeiro|primeira|ultimo|ultima|nossa|nosso|meu|minha|este|esta|esse|essa|isto|isso|vamos|vou|fui|hj|sempre|finalmente|mais|reuniao|festa|formatura|apresentacao|dia|escola|colegio|creche|turma|voce|todo|toda|todos|cada|porque|quando|onde|como|ninguem|alguem|sera|esse|muito|parabens|obrigad[oa])\\b)[a-z]{3,}(?:\\s+e\\s+[a-z]{3,})?\\s+(?:se formou|formou-se|se formaram|entrou|entraram|comecou|comecaram|comeca|terminou|acabou|concluiu|foi aceit[oa]|passou|estreou|foi|vai|estuda|entra|volta|voltou|dancou|cantou|apresentou|ganhou|recebeu|esta|ta|anda|teve|\\p{L}{3,}(?:ou|eu|iu))\\b(?:[^.!?\\n]|(?<=\\d)\\.){0,50}?\\b${SCHOOL}${SCHOOL_NAME}`,
    shape: ['^\\p{Lu}\\p{Ll}', NAMED_LAST],
    requires: [`${CLASS}|se formou|formou-se|se formaram|pre\\b|maternal|bercario|jardim|primeiro dia|formatura|graduacao|finalistas|teatrinho|festa junina|boletim|uniforme|excursao|feira de ciencias|auto de natal|dia da familia|dia dos pais|dia das maes|recital|entrega de diplomas|abc|ultimo dia|entrou|comecou|reuniao de pais|apresentacao|turma|sala d[aeo]s?|matricul\\p{L}*|mamae|papai|mae|pai|babou|chorei|chorou|orgulho`],
    unless: ['vaga', 'vagas', 'contrata', 'professora? na', 'dou aulas', 'trabalho na', 'diretor[a]?', 'ministro', 'presidente', 'deputad[oa]', 'prefeit[oa]'],
    base: 0.85,
    about: 'anyone',
  },
  // The child by name after a possessive: "O meu Rodrigo está no 5ºB da Escola Básica Marquesa de Alorna", "a nossa Helena entrou no Colégio Batista".
  {
    category: 'child-school',
    match: `\\b(?:meu|minha|nosso|nossa)\\s+(?!(?:deus|nossa|senhor|senhora|amor|bem|querid[oa]|filh[oa]|chefe|patrao|patroa)\\b)[a-z]{3,}\\b(?:[^.!?\\n]|(?<=\\d)\\.){0,60}?\\b${SCHOOL}${SCHOOL_NAME}`,
    shape: ['^\\p{L}+\\s+\\p{Lu}\\p{Ll}', NAMED_LAST],
    requires: [`${CLASS}|primeiro dia|formatura|graduacao|finalistas|teatrinho|festa junina|boletim|uniforme|excursao|visita de estudo|feira de ciencias|auto de natal|dia da familia|dia dos pais|dia das maes|recital|entrega de diplomas|abc|sala \\d+|vai para|vai pra|vai pro|ano letivo|ano lectivo|setembro|ultimo dia|entrou|comecou|esta n[ao]|anda n[ao]|estuda|reuniao de pais|festa|apresentacao|turma|sala d[aeo]s?|matricul\\p{L}*|busc\\p{L}*|deix\\p{L}*|lev[oae]i?|levar`],
    unless: ['vaga', 'vagas', 'contrata', 'professora? na', 'dou aulas', 'trabalho na'],
    base: 0.85,
  },
  // "Apresentação do Colégio Santa Cecília, meu Davi do 3º ano B cantando": the school first, then the child by name and the class.
  {
    category: 'child-school',
    // From the preposition before the school, so that the capitalised name opening the match is not read as a title.
    match: `(?:d[oa]|n[oa]|ao|a|pel[oa]|em)\\s+${SCHOOL}${SCHOOL_NAME}(?:[^.!?\\n]|(?<=\\d)\\.){0,40}?\\b(?:meu|minha|o meu|a minha|nosso|nossa|o nosso|a nossa|o|a)\\s+[a-z]{3,}\\s+(?:do|da|no|na)\\s+${CLASS}`,
    shape: ['^\\p{Ll}+\\s+\\p{Lu}', '\\s\\p{Lu}\\p{Ll}+\\s+(?:do|da|no|na)\\s+\\S+(?:\\s+\\S+)?$'],
    unless: ['vaga', 'vagas', 'contrata', 'dou aulas'],
    base: 0.85,
    about: 'anyone',
  },
  // "Festa do infantário Os Traquinas, o nosso Duarte foi o lobo mau": the school first, then the child by name after a possessive.
  {
    category: 'child-school',
    match: `(?:d[oa]|n[oa]|ao|a|pel[oa]|em)\\s+${SCHOOL}${SCHOOL_NAME}(?:[^.!?\\n]|(?<=\\d)\\.){0,40}?\\b(?:o nosso|a nossa|o meu|a minha|nosso|nossa|meu|minha)\\s+(?!(?:filh[oa]|filhos|pequen[oa]|bebe|menin[oa]|miud[oa]|deus)\\b)[a-z]{3,}`,
    // The school's name capitalised (its kind word may not be: "do infantário Os Traquinas"), and the child's.
    shape: ['^\\p{Ll}+\\s+(?:\\p{Lu}|\\S+\\s+(?:(?:de|do|da|dos|das|os|as|o|a)\\s+)*\\p{Lu})', '\\s\\p{Lu}\\p{Ll}+$'],
    unless: ['vaga', 'vagas', 'contrata', 'dou aulas', 'trabalho na'],
    base: 0.85,
    about: 'anyone',
  },
  // "Minha filha entrou no Sesi, 1º ano": a school by its own name, no kind word, with the class.
  {
    category: 'child-school',
    match: `(?:meu|minha|meus|minhas|nosso|nossa|o meu|a minha)\\s+${CHILD}\\b[^.!?\\n]{0,20}?\\b(?:entrou|entraram|estuda|estudam|comecou|comecaram|anda|foi aceit[oa]|passou|vai)\\s+(?:no|na|para o|para a|pro|pra|ao)\\s+[a-z]+(?:\\s+[a-z]+)?\\s*,?\\s*(?:no |na |para o )?${CLASS}`,
    shape: ['\\s(?:no|na|para o|para a|pro|pra|ao)\\s+\\p{Lu}'],
    unless: ['vaga', 'vagas', 'contrata', 'futebol', 'natacao', 'ballet', 'bale', 'judo', 'karate', 'musica', 'ingles'],
    base: 0.8,
  },
  // A class and a named school: "Reunião de pais do 7.º C na Escola Secundária Camões", "a Matilde".
  { category: 'child-school', match: `${CLASS}[^.!?\\n]{0,30}?\\b${SCHOOL}${SCHOOL_NAME}`, shape: [NAMED_LAST], requires: [`reuniao de pais|${CHILD}|primeiro dia|entrou|turma`], unless: ['vaga', 'vagas', 'contrata', 'dou aulas'], base: 0.85, about: 'anyone' },
  {
    category: 'child-school',
    match: `(?:meu|minha|nosso|nossa)\\s+${CHILD}\\b[^.!?\\n]{0,30}?\\b(?:no|na|em|entrou no|entrou na|vai pro|vai para o)\\s+(?:\\d\\s*[ºo.]?\\s*ano|primeiro ano|segundo ano|terceiro ano|quarto ano|quinto ano|maternal|jardim|pre)\\s*(?:[a-d]\\b|turma\\s+\\w+)`,
    base: 0.8,
  },
  { category: 'child-school', match: `(?:busco|buscamos|pego|pegamos|deixo|deixamos|levo|levamos|vou buscar|vamos buscar)\\s+(?:o|a|os|as|o meu|a minha|os meus|as minhas)\\s+${CHILD}\\b[^.!?\\n]{0,30}?\\b(?:as|a)\\s+\\d{1,2}(?::\\d\\d|h\\d{0,2})?[^.!?\\n]{0,30}?(?:escola|colegio|creche|infantario)\\s+[a-z]+`, shape: [NAMED_LAST], base: 0.85 },

  // home-address: the author's own street and number.
  { category: 'home-address', match: `(?:moro|moramos|vivo|vivemos|(?:estou|to|tou|estamos|tamos|ando)\\s+(?:morando|a morar|vivendo|a viver)||minha casa (?:e|fica)|nossa casa (?:e|fica)|meu apartamento (?:e|fica)|meu ape (?:e|fica)|me mudei|nos mudamos|mudamo-nos|mudei-me|estou morando|estamos morando|estou a morar|estamos a morar)\\s+(?:na|no|em|para a|pra|para|pra a)\\s+(?:${STREET})\\s+${STREET_NAME},?\\s*(?:n[ºo.]?\\s*)?\\d{1,5}`, base: 0.9, about: 'self' },
  { category: 'home-address', match: '(?:meu|nosso|o meu|o nosso|minha|a minha|nova) (?:endereco|morada)(?: e| novo e| nova e|:)?\\s*:?\\s*(?:[^.\\n]|(?<=\\b(?:av|r|n|tv|pca|apto|ap|dr|sr|sra|sto|sta|prof|eng|al|lg|est))\\.){4,60}?\\d{1,5}', base: 0.9, about: 'self' },
  { category: 'home-address', match: `(?:moro|moramos|vivo|vivemos|(?:estou|to|tou|estamos|tamos|ando)\\s+(?:morando|a morar|vivendo|a viver)|) no (?:numero |n[ºo.] ?)?\\d{1,5} da ${STREET}\\s+\\w+`, base: 0.9, about: 'self' },
  // "É o 3.º andar por cima da pastelaria da praça": the home placed by a landmark, with a visit or a doorbell.
  { category: 'home-address', match: '(?:\\d\\s*\\.?\\s*[ºo]\\s*(?:andar|esq\\p{L}*|dto|direito|frente)|res-do-chao|r/c|rés-do-chão|a casa|o predio|o sobrado|o ape|o apartamento|a moradia)(?:\\s+d[oa]\\s+(?:predio|edificio|bloco|sobrado|casa)(?:\\s+\\p{L}+)?)?\\s+(?:mesmo\\s+)?(?:por cima|em cima|ao lado|em frente|atras|por tras|nas traseiras|colad[oa]|na esquina) d[aoe]s?\\s+\\w+', requiresInText: ['campainha|toquem|liguem antes|aparecam|visitas|moro|moramos|interfone'], base: 0.8, about: 'self' },
  // "Morada nova para os postais: Rua de Santa Catarina, 312", "Casa nova!! Rua das Flores, 45", "Endereço novo ... Av. Paulista, 1000".
  { category: 'home-address', match: `(?:(?:morada|endereco|casa|ape|apartamento) nov[oa]|nov[oa] (?:morada|endereco|casa|ape)|mudamos|mudamo-nos|mudei|mudei-me|me mudei|nos mudamos|mudanca (?:feita|concluida|terminada|finalizada|pronta|completa)|(?:ca|la|aqui) (?:em|a) casa)\\b[^.\\n]{0,50}?${STREET}\\s+${STREET_NAME},?\\s*(?:n[ºo.]?\\s*)?\\d{1,5}`, unless: ['loja', 'escritorio', 'restaurante', 'clinica', 'consultorio', 'sede', 'filial'], base: 0.85, about: 'self' },
  // "Moramos na casa amarela da esquina da Rua do Sol com a Travessa da Igreja": the home placed by its street.
  { category: 'home-address', match: `(?:moro|moramos|vivo|vivemos|(?:estou|to|tou|estamos|tamos|ando)\\s+(?:morando|a morar|vivendo|a viver)|)\\s+(?:na|no|naquele|naquela|num|numa|nesse|nessa|neste|nesta)\\s+(?:casa|predio|apartamento|ape|sobrado|vivenda|moradia)\\b[^.\\n]{0,50}?${STREET}${SCHOOL_NAME}`, shape: [NAMED_LAST], base: 0.85, about: 'self' },

  // "A minha casa é o 2.º esquerdo do prédio ao lado da farmácia", "meu ap é o 504 do bloco B do Residencial Jardins": the home placed precisely.
  {
    category: 'home-address',
    match: '(?:(?:a |o )?(?:minha|meu|nossa|nosso) (?:casa|ap|ape|apartamento|apto|predio|vivenda|moradia)|(?:ca|la|aqui) em casa)\\s+(?:e|fica)\\s+(?:o|a|no|na|num|numa)\\s+(?:ultim[oa]|primeir[oa]|penultim[oa]|segund[oa]|terceir[oa]|\\d{1,4}[a-z]?|\\d\\s*\\.?\\s*[ºo]\\s*(?:esq\\p{L}*|dto|direito|andar|frente)?|res-do-chao|r/c|ultimo andar|cobertura|casa|predio|vivenda|moradia|sobrado)\\b[^.!?\\n]{0,50}?\\b(?:do|da|de|ao lado|em frente|na esquina|por cima|atras)\\s+\\p{L}+',
    base: 0.8,
    about: 'self',
  },
  // "Moro em frente à padaria Pão Quente", "moramos ao lado do Pingo Doce de Benfica": the home next to a named landmark.
  // "Minha casa: Rua Tabapuã 1123, ap 62", "o nosso ninho: Rua X 5": a home, then a colon and the street.
  { category: 'home-address', match: `(?:(?:a|o)\\s+)?(?:minha|nossa|meu|nosso)\\s+(?:casa|casinha|ape|apartamento|cantinho|ninho|lar|morada)(?:\\s+nov[oa])?\\s*:\\s*${STREET}\\s+${STREET_NAME},?\\s*(?:n[ºo.]?\\s*)?\\d{1,5}`, base: 0.9, about: 'self' },
  // "Encomendas para mim a partir de agora: Travessa do Carvalhal 19", "entregas aqui em casa: Rua X 88": where one's parcels go is home.
  { category: 'home-address', match: `(?:encomendas|entregas|correspondencia|cartas|postais|presentes|pacotes|mimos|recebidos)\\s+(?:para|pra)\\s+(?:mim|casa|ca|nos|a gente|minha casa|nossa casa)\\b[^.\\n:]{0,30}?:?\\s*${STREET}\\s+${STREET_NAME},?\\s*(?:n[ºo.]?\\s*)?\\d{1,5}`, unless: ['loja', 'escritorio', 'empresa', 'armazem', 'sede', 'ponto de recolha', 'locker', 'cacifo'], base: 0.85, about: 'anyone' },
  // "Moro no prédio azul em frente à padaria, 4º andar", "é o prédio cor-de-rosa mesmo em frente à pastelaria, último andar, liguem-me".
  { category: 'home-address', match: `(?:moro|moramos|vivo|vivemos|estou a viver|estou morando|estamos|ficamos|e|fica)\\s+(?:no|na|num|numa|o|a)\\s+(?:(?:\\d\\s*\\.?\\s*[ºo]?\\s*|primeiro |segundo |terceiro |ultimo |res-do-chao )?andar\\s+d[oa]\\s+)?(?:predio|casa|sobrado|vivenda|moradia|apartamento|edificio|bloco|vivendinha|casinha)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:mesmo\\s+)?(?:em frente|ao lado|na esquina|por cima|em cima|atras|colad[oa]|do lado|ao pe|defronte)\\s+(?:d[aoe]s?|[aà]s?|ao)\\s+(?:${LANDMARK}|[\\p{L}-]+)`, requiresInText: ['andar|porta|interfone|campainha|toquem|toca|aparecam|apareca|venham|moro|moramos|vivo|portao|liguem|janela|esq|dto|apto|jantar|festa|visitas'], unless: ['(?:restaurante|loja|bar|cafe|museu|escritorio|clinica) (?:fica|e)'], base: 0.8, about: 'self' },
  { category: 'home-address', match: `(?:moro|moramos|vivo|vivemos|(?:estou|to|tou|estamos|tamos|ando)\\s+(?:morando|a morar|vivendo|a viver)|)\\s+(?:mesmo\\s+)?(?:em frente|ao lado|na esquina|por cima|em cima|atras|nas traseiras|do lado|colad[oa])\\s+(?:d[aoe]s?|[aà]s?|ao)\\s+(?!${LANDMARK}(?:\\s+d[aoe]s?\\s|\\s*[,.;!?]|\\s*$))(?:\\p{L}+\\s+){0,3}\\p{L}+`, shape: [NAMED_LAST], base: 0.8, about: 'self' },
  // "Moro mesmo por cima da farmácia da Praça da República, 3º andar", "vivemos ao lado da padaria, o prédio de portão azul": the home by a landmark, with its floor or door.
  {
    category: 'home-address',
    match: `(?:moro|moramos|vivo|vivemos|(?:a )?(?:minha|nossa) casa (?:e|fica)|(?:o )?(?:meu|nosso) (?:apartamento|ape|predio) (?:e|fica))\\s+(?:mesmo\\s+|logo\\s+|bem\\s+)?(?:em frente|ao lado|na esquina|por cima|em cima|atras|nas traseiras|do lado|colad[oa]|ao pe|junto|defronte)\\s+(?:d[aoe]s?|[aà]s?|ao)\\s+${LANDMARK}`,
    requiresInText: ['\\d\\s*\\.?\\s*[ºo]\\s*(?:andar|esq|dto|direito)|andar|res-do-chao|r/c|porta|portao|campainha|interfone|janela|varanda|predio|apartamento|ape\\b|bloco|vivenda|moradia|sobrado'],
    base: 0.8,
    about: 'self',
  },
  // "Entrega pra R. Augusta, 2340, ap 12 - é minha casa nova", "Rua do Sol 12, 1º esq: cá em casa às 20h": a street address said to be the home (not "a nossa casa de fados").
  { category: 'home-address', match: `${STREET}\\s+${STREET_NAME},?\\s*(?:n[ºo.]?\\s*)?\\d{1,5}\\b[^.!?\\n]{0,30}?(?:\\b(?:e|eh|fica|sera)\\s+(?:a\\s+|o\\s+)?(?:minha|nossa|meu|nosso)\\s+(?:casa|morada|ape|apartamento|endereco|lar)(?!\\s+de\\s+(?:fados?|shows?|espetaculos|pasto|cha|samba|cambio|banho|jogo|apostas))|\\b(?:ca|la|aqui) em casa)`, unless: ['loja', 'escritorio', 'restaurante', 'clinica', 'consultorio', 'sede', 'filial', 'd[oa]s? (?:(?:minha|meu)\\s+)?(?:mae|pai|avo|sogr|tia|tio|amig|prim|irm|vizinh)\\p{L}*'], base: 0.85, about: 'self' },
  // "Moro no Edifício Solar das Palmeiras, apto 803, bloco C", "vivemos no condomínio Quinta Verde, lote 12": the building by name and the flat.
  { category: 'home-address', match: '(?:moro|moramos|vivo|vivemos|estou morando|to morando|estou a morar)\\s+(?:no|na|num|numa)\\s+(?:edificio|ed\\.|predio|condominio|residencial|conjunto|bloco|torre|urbanizacao|quinta|vila)\\b[^.!?\\n]{2,50}?\\b(?:apto?\\.?|apartamento|ap\\.?|casa|bloco|lote|fracao|porta|\\d\\s*[ºo]\\s*(?:andar|esq|dto|direito))\\s*[a-z]?\\d{1,4}[a-z]?\\b', base: 0.85, about: 'self' },
  // "Endereço aqui de casa: Av. Sete de Setembro, 1840", "a morada cá de casa para os postais: Rua do Sol, 12".
  { category: 'home-address', match: `(?:endereco|morada)\\s+(?:(?:aqui|ca|la)\\s+)?(?:de|da)\\s+(?:casa|nossa casa|minha casa)\\b[^.\\n]{0,50}?${STREET}\\s+${STREET_NAME},?\\s*(?:n[ºo.]?\\s*)?\\d{1,5}`, unless: ['loja', 'escritorio', 'restaurante', 'clinica', 'consultorio', 'sede', 'filial'], base: 0.85, about: 'self' },
  // "Moramos no rés-do-chão do número 12 da Rua da Alegria": the floor, the number, the street.
  { category: 'home-address', match: `(?:moro|moramos|vivo|vivemos|ficamos|estamos)\\s+(?:no|na)\\s+(?:res-do-chao|r/c|cave|sotao|\\d\\s*\\.?\\s*[ºo](?:\\s*(?:esq\\p{L}*|dto|direito|andar|frente))?|primeiro andar|segundo andar|terceiro andar|ultimo andar|cobertura)\\s+(?:(?:esq\\p{L}*|dto|direito)\\s+)?d[oa]\\s+(?:numero |n[ºo.] ?|predio )?\\d{1,5}\\s+d[aoe]\\s+${STREET}\\s+\\p{L}+`, requiresInText: ['\\b(?:moro|moramos|vivo|vivemos)\\b|podem vir|venham|aparecam|visitas|quando quiserem|casa nova|mudamos|mudamo-nos|campainha|toquem'], base: 0.9, about: 'self' },
  // "É a vivenda amarela ao fundo da Travessa do Moinho", "a casa amarela de portão verde em frente à igreja": the home by its look and a landmark, to visitors.
  {
    category: 'home-address',
    match: '(?:a|o|uma|um)\\s+(?:casa|vivenda|moradia|predio|sobrado|apartamento|ape|chale)\\s+(?:amarel[ao]|azul|verde|branc[ao]|rosa|vermelh[ao]|cinzent[ao]|cinza|laranja|bege|lilas|rox[ao]|castanh[ao]|de esquina|da esquina)\\b[^.!?\\n]{0,60}?\\b(?:ao fundo|ao lado|do lado|em frente|defronte|na esquina|colad[oa]|por cima|em cima|atras|ao pe|junto|(?:logo |mesmo |bem )?(?:depois|antes|a seguir))\\s+(?:d[aoe]s?|[aà]s?|ao)\\s+\\w+',
    requiresInText: ['(?:ca|la|aqui) em casa|venham|vem ao|quem vem|quem quiser|jantar|aparecam|aparece|visitas|moro|moramos|vivo|vivemos|toquem|campainha|interfone|entregas?|festa|churrasco|casa nova'],
    base: 0.8,
    about: 'self',
  },

  // "Quem vier ao jantar é o número 18 da Rua do Norte", "somos o nº 7 da Travessa do Sol": the house number and the street, said as the home.
  { category: 'home-address', match: `(?:e|fica|fica no|somos|estamos|estamos no|moramos no|vivemos no)\\s+(?:o\\s+)?(?:numero|n[ºo.]|n\\.[ºo])\\s*\\d{1,5}[a-z]?\\s+d[aoe]\\s+${STREET}\\s+(?:(?:de|da|do|das|dos)\\s+)?\\p{L}+`, requiresInText: ['jantar|festa|churrasco|niver|aniversario|quem vier|quem vem|venham|aparecam|toquem|campainha|interfone|(?:ca|la|aqui) em casa|casa nova|andar|esq|dto'], unless: ['loja', 'restaurante', 'escritorio', 'clinica', 'consultorio', 'sede', 'filial', '\\bbar\\b', 'cafe'], base: 0.85, about: 'self' },
  // "Minha casa é a azul de esquina da Rua das Acácias com a Rua dos Ipês", "é a casa verde na esquina da Rua Bahia com a Goiás, só chegar" (directions to visitors), "moramos no cruzamento da Av. Brasil com a Rua 7": a home placed at a corner of two streets.
  {
    category: 'home-address',
    match: `(?:esquina|cruzamento)\\s+(?:d[aoe]s?\\s+|entre\\s+(?:a\\s+|o\\s+)?)${STREET}\\s+${STREET_NAME}\\s+(?:com|e)\\s+(?:a\\s+|o\\s+)?(?:${STREET}\\s+)?(?:(?:de|da|do|das|dos)\\s+)?\\p{L}+`,
    requiresInText: ['(?:minha|nossa) (?:casa|casinha|morada)|\\b(?:moro|moramos|vivo|vivemos)\\b|(?:meu|nosso) (?:ape|apartamento|predio)|(?:ca|la|aqui) em casa|portao|campainha|interfone|toquem|quem vem|venham|aparecam|niver|aniversario|churrasco|casa nova|mudamos|mudei|(?:e )?so chegar|so tocar|(?:^|[.!?]\\s*)e a casa (?:verde|azul|amarela|branca|rosa|laranja|vermelha|cinza|bege|de esquina|do portao|de muro)'],
    unless: ['loja', 'restaurante', '\\bbar\\b', 'escritorio', 'clinica', 'consultorio', 'acidente', 'transito', 'semaforo', 'obras', 'ponto de encontro', 'manifestacao', 'protesto', 'encontramo-nos', 'encontro', 'd[oa]s? (?:(?:minha|meu)\\s+)?(?:mae|pai|avo|sogr|tia|tio|amig|prim|irm|vizinh)\\p{L}*'],
    base: 0.85,
    about: 'self',
  },

  // "Minha filha Lara tá no Jardim de Infância nº 3 de Luanda", "o Tiago anda na Escola Primária n.º 45": a numbered school, the child named.
  { category: 'child-school', match: `(?:${CHILD}|(?:o|a)\\s+\\p{L}+)\\s+(?:\\p{L}+\\s+)?(?:(?:ta|esta|anda|estuda|entrou|comecou|vai|foi|ficou)\\s+)?(?:na|no|pra|para a|para o|pro)\\s+${SCHOOL}\\s+(?:n[ºo.]?\\s*[ºo]?\\s*|numero\\s+)\\d{1,4}\\b`, requires: [`(?:meu|minha|nosso|nossa|o meu|a minha|o nosso|a nossa)\\s+${CHILD}|\\b(?:o|a)\\s+\\p{Lu}\\p{Ll}+`], unless: ['professor\\p{L}*|diretor\\p{L}*|trabalh\\p{L}*|dou aulas|dei aulas|leciono|vacina\\p{L}*|vota\\p{L}*|eleic\\p{L}*|assembleia de voto|secao'], base: 0.8, about: 'anyone' },
  // health: a diagnosis, a treatment, a test, a medicine.
  // Intensive care: "minha mãe tá na UTI intubada", "o meu pai está em coma induzido".
  { category: 'health', match: '(?:intubad[oa]s?|em coma(?: induzido)?|nos cuidados intensivos|(?:na|numa) (?:uci|uti)\\b[^.!?\\n]{0,25}?(?:intubad[oa]|entubad[oa]|ventilador|coma|em estado grave)|entubad[oa]s?|ligad[oa]s? (?:ao|a um|a uma) (?:ventilador|maquina)|ventilacao mecanica)', unless: [...PETS, ...CAUSE, 'serie|novela|filme|personagem|grey'], base: 0.8 },
  // A condition said as what one is: "sou bipolar", "sou diabética tipo 1", "fui diagnosticado autista aos 30".
  { category: 'health', match: '(?:sou|fui diagnosticad[oa](?: como)?|descobri que sou|acabei de descobrir que sou)\\s+(?:bipolar|diabetic[oa]|epileptic[oa]|autista|hipertens[oa]|celiac[oa]|asmatic[oa]|soropositiv[oa]|seropositiv[oa]|hiv positivo|anorexic[oa]|bulimic[oa]|depressiv[oa]|esquizofrenic[oa]|borderline|dislexic[oa]|tdah|insulinodependente|renal cronic[oa]|doente cronic[oa]|doente oncologic[oa])', unless: ['(?:se|como se|quase|meio) (?:eu )?(?:fosse|sou)', 'de futebol', 'por (?:cafe|chocolate|series)', 'de (?:cafe|chocolate|series)'], base: 0.8, about: 'self' },
  { category: 'health', match: '(?:mastectomia|histerectomia|lumpectomia|tiroidectomia|tireoidectomia|colostomia|ileostomia|angioplastia|bypass gastrico|gastrectomia|transplante (?:renal|hepatico|cardiaco|de rim|de figado|de coracao|de medula)|quimio|quimioterapia|radioterapia|hemodialise|dialise|biopsia|ressonancia magnetica|mamografia|colonoscopia|endoscopia|antidepressivos?|ansioliticos?|sertralina|fluoxetina|escitalopram|rivotril|clonazepam|lorazepam|diazepam|insulina|psiquiatra|metadona|ritalina|litio|levotiroxina|euthyrox|metformina|venlafaxina|paroxetina|bupropiona|quetiapina|aripiprazol|pregabalina|lamotrigina|risperidona|olanzapina|concerta|venvanse|zolpidem|anticoagulantes?|varfarina)', unless: [...CAUSE, TOPIC_OF], base: 0.85 },
  { category: 'health', match: '(?:hipotireoidismo|hipertireoidismo|hipotiroidismo|hipertiroidismo|tireoidite|tiroidite|hashimoto|psoriase|artrite reumatoide|asma grave|apneia do sono|cancer|cancro|tumor|tumores|leucemia|linfoma|diabetes|epilepsia|endometriose|fibromialgia|depressao|esclerose multipla|lupus|tdah|transtorno bipolar|bipolaridade|transtorno alimentar|anorexia|bulimia|hernia de disco|hernia discal|avc|enfarte|infarto|aborto espontaneo|um aborto|fertilizacao in vitro|fivs?\\b|inseminacao artificial|icsi\\b|transferencia de embri(?:oes|ao)|gravidez de risco|pre-eclampsia|diabetes gestacional|placenta previa|crises? de panico|ataques? de panico|crises? de ansiedade|sindrome do panico|burnout|hiv|herpes|ocd|toc|alzheimer|parkinson|demencia|esquizofrenia|cirrose|hepatite [bc]|insuficiencia renal|doenca de crohn|esclerose lateral|ela\\b(?= \\()|autismo|espectro autista)', unless: [...CAUSE, 'depressao (?:tropical|atmosferica|meteorologica|isolada)', 'ipma', TOPIC_OF, 'tempestade', 'frente fria', 'quase (?:tive|tenho|me deu|me da|morri|tive um|me dava)', '\\bmata(?:m)? (?:\\d|mais|milhares|cerca)', 'por ano', '(?:mil|milhares de|milhoes de) (?:pessoas|casos|mortes|doentes)', 'casos de', '(?:tive|me deu|vou ter|da-me|me da) (?:um|uma) (?:mini[- ])?(?:infarto|enfarte|avc|ataque cardiaco) (?:de|com) (?:rir|riso|susto|raiva|emocao|felicidade)'], base: 0.85 },
  { category: 'health', match: '(?:fui diagnosticad[oa]|(?<!\\b(?:se|quando|caso|nunca|ja)\\s)sou operad[oa](?=\\s+(?:a|ao|as|aos|amanha|hoje|na|no|dia|esta|este|em)\\b)|me diagnosticaram|diagnosticaram-me|recebi o diagnostico|descobri que tenho|descobri que (?:to|estou|tou) com|vou ser operad[oa]|fui operad[oa]|(?:(?:vou|vo|vamos) ter (?:que|de|q) |tenho (?:que|de|q) |(?:vou|vo) )fazer (?:uma )?cirurgia(?! (?:plastica|estetica)? ?(?:no|na|ao|a|do|da) (?:meu |minha )?(?:cao|cachorr\\p{L}*|gat[oa]|pet|carro|casa|texto|codigo|projeto)\\b)|me operaram|operaram-me|vou me operar|vou operar (?:o|a|os|as)|fiz uma cirurgia|vou fazer uma cirurgia|fui internad[oa]|me internaram|internaram-me|tive alta)', base: 0.9 },
  // "Vou ter que operar em fevereiro", "tenho de ser operada", "preciso de me operar": one's own operation ahead, the verb without an object (a surgeon's has one: "tenho de operar um doente").
  { category: 'health', match: '(?:vou ter|tenho|terei|vou precisar|preciso|precisarei|tive|tivemos)\\s+(?:que|de|q)\\s+(?:me\\s+)?(?:operar(?:-me)?|ser operad[oa])(?!\\s+(?:o|a|os|as|um|uma|uns|umas|mais|doentes|pacientes|utentes)\\b)|preciso (?:de )?(?:me )?operar', unless: PETS, base: 0.85, about: 'self' },
  // The family's: "a minha mãe vai ter que ser operada", "meu pai precisa de ser operado".
  { category: 'health', match: '(?:vai|vao) (?:ter|precisar) (?:que|de) (?:ser operad[oa]s?|se operar|operar)|precisa (?:de )?(?:ser operad[oa]|se operar)|tem (?:que|de) ser operad[oa]', requires: [FAMILY_OWN], unless: PETS, base: 0.85 },
  // The family's diagnosis: "minha mãe foi diagnosticada com Alzheimer" (a celebrity's is news: a family word must be in the sentence).
  { category: 'health', match: '(?:foi|foram|acabou de ser) diagnosticad[oa]s?|(?:descobriu|descobriram) que (?:tem|tinha)|recebeu o diagnostico', requires: [FAMILY_OWN], base: 0.85 },
  // The family's surgery: "meu pai foi operado ontem" (a celebrity's is news: a family word must be in the sentence).
  // A relative's heart or kidney procedure named: "minha vó fez cateterismo ontem e colocou 2 stents", "o meu pai pôs um pacemaker", "minha mãe vai fazer hemodiálise".
  { category: 'health', match: '(?:fez|faz|vai fazer|fara|precisou (?:de )?fazer|tem (?:que|de) fazer|vai ter (?:que|de) fazer|colocou|coloca|vai colocar|pos|botou|vai botar|implantou|levou|recebeu|precisou de)\\s+(?:(?:uma|um|o|a|os|as|\\d|dois|duas|tres|mais um|mais uma|outro|outra)\\s+)?(?:cateterismo|angioplastia|stents?|marca-?passos?|pacemakers?|ponte de safena|pontes de safena|safenas?|bypass|hemodialise|dialise|quimio\\p{L}*|radioterapia|transplante|biopsia|amputacao|desfibrilhador|desfibrilador|valvula|cardioversao|ablacao)\\b', requires: [FAMILY_OWN], unless: [...PETS, ...CAUSE, TOPIC_OF, '(?:novela|serie|filme|personagem)\\b', '(?:e|eh|como|trabalha como|sendo) (?:um |uma )?(?:cardiologista|medic[oa]|enfermeir[oa]|cirurgi[aã]o|cirurgia|nefrologista|oncologista|tecnic[oa] de \\p{L}+|hemodinamicista)'], base: 0.85 },
  { category: 'health', match: '(?:foi|vai ser|sera|esta a ser) operad[oa]|(?:fez|vai fazer|tem|vai ter) (?:uma )?cirurgia|(?:foi|esta) internad[oa] (?:com|por|na uti|nos cuidados intensivos)', requires: [FAMILY_OWN], base: 0.85 },
  { category: 'health', match: '(?:estou|to|tou|sigo|continuo|estive|fiquei)\\s+(?:internad[oa]|no hospital|na emergencia|nas urgencias|no pronto[- ]socorro|na uti|de baixa medica|(?:de baixa|de licenca(?: medica)?|em licenca(?: medica)?|de atestado|afastad[oa])\\s+(?:por|com|devido a|devido ao|por causa d[ao]|pra tratar)\\s+(?:(?:um|uma|o|a)\\s+)?(?:depressao|ansiedade|burnout|stress|estresse|esgotamento|crise de panico|sindrome do panico|cancer|cancro|cirurgia|quimio|tumor|hernia))', base: 0.85 },
  // "Fui à consulta de psiquiatria e mudaram-me a medicação", "aumentaram a dose do antidepressivo": one's own treatment adjusted.
  { category: 'health', match: '(?:(?:fui|vou|tive|tenho|tenho hoje|fui hoje)\\s+(?:a|na|uma)\\s+)?consulta de (?:psiquiatria|oncologia|psico-oncologia|hematologia|neurologia|cardiologia|obstetricia|fertilidade|reumatologia|endocrinologia|infecciologia|hepatologia|nefrologia|pneumologia|dor)|(?:mudaram|aumentaram|baixaram|trocaram|ajustaram|reduziram|subiram)(?:-me)?\\s+(?:a |o )?(?:minha |meu )?(?:medicacao|medicamento|dose|remedio|antidepressivo)|(?:me|nos) (?:mudaram|aumentaram|trocaram|ajustaram) (?:a |o )?(?:medicacao|medicamento|dose|remedio)|mudei de (?:medicacao|antidepressivo|remedio)', unless: [...PETS, ...CAUSE], base: 0.8 },
  // "Agora é fisioterapia", "3 semanas de radioterapia", "sessões de fisio às terças": a course of treatment as one's days.
  { category: 'health', match: '(?:(?:agora e|a seguir e|depois e|toca|tocam|faltam|ja vou em|vou em|to em|estou em)\\s+)?(?:(?:\\d+|duas|tres|quatro|cinco|seis|dez|vinte)\\s+)?(?:(?:sessoes|sessao|semanas|meses|ciclos?)\\s+de\\s+)?(?:fisioterapia|fisio|radioterapia|(?<=de\\s)radio|quimioterapia|hemodialise|terapia da fala|terapia ocupacional)\\b', requires: ['\\b(?:agora e|a seguir e|depois e|toca|tocam|faltam|ja vou em|vou em|to em|estou em|sessoes|sessao|semanas|meses|ciclos?)\\b[^.!?\\n]{0,20}?\\b(?:fisioterapia|fisio|radioterapia|radio|quimioterapia|hemodialise|terapia)'], unless: [...PETS, ...CAUSE, 'radio (?:comercial|renascenca|globo|antena|cbn|jovem pan)', 'na radio', 'da radio', 'pela radio', 'ouvir', 'ouvindo', 'locutor', 'programa'], base: 0.8 },
  { category: 'health', match: '(?:vou|volto|comecei|comeco|faco|estou fazendo|ando a fazer|estou a fazer|voltei)\\s+(?:a\\s+|ao\\s+|na\\s+|no\\s+|pra\\s+|para a\\s+|para o\\s+)?(?:terapia|psicologo|psicologa|psiquiatra|fisioterapia|tratamento para)', base: 0.8 },
  { category: 'health', match: '(?:fiz|faco|fazer|vou fazer|tenho que fazer|tenho de fazer|me fizeram|fizeram-me|marquei|marcaram|marcaram-me|repeti|vou repetir)\\s+(?:uma\\s+|um\\s+|a\\s+|o\\s+|as\\s+|os\\s+|outra\\s+|mais uma\\s+)?(?:ressonancias?|ecografias?|ultrassom|biopsias?|exames? de (?:sangue|hiv|gravidez)|hemograma|tomografias?|tac|cateterismo|ecocardiograma|eletrocardiograma|electrocardiograma|mamografia|colonoscopia|endoscopia|cintilografia|puncao lombar)', unless: PETS, base: 0.8 },
  // "Tenho cirurgia marcada ao menisco", "vou fazer uma cirurgia ao joelho": one's own operation planned.
  { category: 'health', match: '(?:tenho|vou ter|marquei|marcaram|marcaram-me|vou fazer|faco|fazer|fiz|fizeram-me|me fizeram|fui fazer)\\s+(?:uma\\s+|a\\s+)?(?:cirurgia|operacao)(?:\\s+marcada)?(?:\\s+(?:ao|a|na|no|aos|as|nos|nas|de|do|da)\\s+\\w+|\\s+(?:bariatrica|cardiaca|plastica|estetica|ortopedica|oftalmologica|laparoscopica|de urgencia|de emergencia|reparadora|a laser))?', unless: [...PETS, THING_SURGERY], base: 0.8, about: 'self' },
  // "Perdi o bebê com 10 semanas", "perdemos a nossa gravidez": a miscarriage said plainly.
  { category: 'health', match: '(?:perdi|perdemos)\\s+(?:o |a |meu |minha |o meu |a minha |nosso |nossa |o nosso |a nossa )?(?:bebe|nene|gravidez|gestacao|filho que esperava|filha que esperava)(?!\\s+de vista)|tive um aborto(?: espontaneo)?|sofri um aborto', unless: [...PETS, 'jogo', 'novela', 'serie'], base: 0.85, about: 'self' },
  { category: 'health', match: '(?:estou|to|tou) gravida|(?:meu|o meu|o) teste de gravidez', base: 0.8, about: 'self' },

  // "Minha mãe começou a radio essa semana", "comecei a imunoterapia": a course of treatment begun, the family's too (chemo and dialysis have entries of their own).
  { category: 'health', match: '(?:comecou|comecei|comeca|comeco|vai comecar|vou comecar|iniciou|iniciei|inicia|inicio|voltou a fazer|voltei a fazer)\\s+(?:a|as|o|os|hoje a|amanha a)\\s+(?:sessoes de\\s+|ciclos? de\\s+)?(?:radio|radioterapia|imunoterapia|braquiterapia)\\b', unless: [...PETS, ...CAUSE, 'cachorr\\p{L}*|\\bcao\\b|gat[oa]\\b|\\bpet\\b|cadela|veterinari\\p{L}*', 'radio (?:comercial|renascenca|globo|antena|cbn|jovem pan|nova|comunitaria|local|pirata|online|universitaria|escolar)', 'locutor', 'programa', 'ouvir', 'tocar', 'emissora', '\\bfm\\b'], base: 0.85 },
  // "Voltei pras reuniões do AA", "tive uma recaída, 3 meses sem beber": an addiction's treatment or relapse.
  { category: 'health', match: '(?:reunioes|reuniao|grupo|encontros?) d[oa]s? (?:aa|na|alcoolicos anonimos|narcoticos anonimos|jogadores anonimos)\\b|alcoolicos anonimos|narcoticos anonimos|(?:tive|tive uma|tive outra|mais uma|sofri uma) recaida|(?:clinica|centro) de (?:reabilitacao|desintoxicacao|recuperacao)|(?:fui|fiquei|estive|estou|to) (?:internad[oa] )?(?:na|numa|em) (?:reabilitacao|rehab|desintoxicacao)', unless: [...CAUSE, 'gripe|constipac\\p{L}*|resfriad\\p{L}*|covid|dengue|tosse|novela|serie|filme'], base: 0.8, about: 'self' },
  // "Positivo, mas gravidez de risco: repouso absoluto", "descolamento de placenta, repouso até ao parto": a pregnancy's complication.
  { category: 'health', match: 'repouso absoluto|descolamento (?:da |de )?placenta|ameaca de aborto|risco de aborto|parto prematuro|colo do utero curto|sangramento na gravidez', requiresInText: ['gravid\\p{L}*|gestacao|bebe|semanas|placenta|parto|obstetra|positivo|barriga'], unless: [...PETS, ...CAUSE], base: 0.8 },
  // money: trouble, debt, the pay itself, the job lost.
  // "O dinheiro acabou e faltam 10 dias pro salário", "vivendo de miojo até o dia 5": broke until payday, said by the days left.
  { category: 'money', match: '(?:o )?(?:dinheiro|grana|guito|massa|salario|ordenado)\\s+(?:ja\\s+)?(?:acabou|foi-se|evaporou|nao chegou|sumiu)|(?:vivendo|a viver|vivo|vivemos|sobrevivendo|a sobreviver|comendo|a comer)\\s+(?:de|a)\\s+(?:miojo|arroz e ovo|arroz com ovo|pao e agua|massa|bolachas|sopa|ovo)', requires: ['ate (?:o )?dia \\d|faltam (?:\\d+|dois|tres|quatro|cinco|dez|quinze) dias|(?:pro|para o|pra) (?:salario|ordenado|pagamento)|ate (?:receber|o salario|o ordenado|o pagamento|o fim do mes)|e (?:ainda )?(?:e|estamos a|estamos no|tamos no) dia \\d+|antes do dia \\d'], unless: ['\\b(?:dele|dela|deles|delas|do governo|da empresa|do clube)\\b', 'jogo|monopoly|sims'], base: 0.8, about: 'self' },
  // "Pedi adiantamento do salário pela terceira vez": an advance on the pay.
  { category: 'money', match: '(?:pedi|pedir|vou pedir|tive de pedir|tive que pedir|peco|pedindo|a pedir|peguei|pegar|vou pegar)\\s+(?:um |o |mais um |outro |de novo |outra vez )?adiantamento(?:\\s+d[oa]\\s+(?:salario|ordenado|mes|13|decimo terceiro|subsidio))?', requires: ['salario|ordenado|mes|vez|de novo|outra vez|contas|renda|aluguel|pagar'], base: 0.8, about: 'self' },
  // "O banco ligou de novo por causa da dívida", "a cobrança não para de me ligar": debt collectors calling.
  { category: 'money', match: '(?:o banco|a cobranca|a financeira|os credores|o credor|a empresa de cobranca|o serasa|a loja|o cartao)\\s+(?:ligou|liga|ligam|ligaram|nao para de (?:me )?ligar|me liga|me ligou|voltou a ligar|ja ligou|ligou de novo|mandou carta|mandou outra carta)\\b[^.!?\\n]{0,40}?\\b(?:divida|dividas|atraso|atrasad\\p{L}*|cobranca|fatura|emprestimo|prestac\\p{L}*|pagar)', base: 0.8, about: 'self' },
  // "A viver à base de cartão de crédito desde janeiro", "vivemos do cheque especial": living on credit.
  { category: 'money', match: '(?:vivendo|a viver|vivo|vivemos|sobrevivendo|a sobreviver|sobrevivo)\\s+(?:a base de|a custa de|de|do|no|com o|com)\\s+(?:cartao(?: de credito)?|cheque especial|descoberto|emprestimos?|credito|fiado|agiota|limite)', base: 0.85, about: 'self' },
  // Debt on debt, an empty account with a bill due, unemployment that ran out, bankruptcy: "pagando dívida com dívida", "conta a zeros e a renda vence amanhã".
  { category: 'money', match: '(?:(?:pagando|a pagar|pago|pagar|cobrindo|a cobrir|cubro) (?:uma )?divida com (?:outra )?divida|um cartao (?:cobre|paga|tapa) o outro|bola de neve de dividas|(?:fiz|peguei|pedi|tive de pedir|tive que pedir|vou pedir|vou ter de pedir) (?:um |outro |mais um )?(?:emprestimo|credito pessoal|consignado|emprestimo consignado)(?: consignado)? (?:pra|para) (?:pagar|cobrir|tapar|quitar|sair d)\\p{L}*)', base: 0.85, denied: 'keeps' },
  { category: 'money', match: '(?:(?:o |meu |o meu )?(?:salario|ordenado|dinheiro|pagamento)\\s+(?:(?:ja|todo|inteiro)\\s+)?(?:ta|esta|vai|fica|ficou)?\\s*(?:todo\\s+)?comprometido|ja (?:ta|esta) tudo comprometido|(?:estou|to|tou|fiquei|ando)\\s+(?:a |com )?(?:r\\$\\s*|€\\s*)?\\d[\\d.,]*\\s*(?:€|euros|reais|paus)?\\s+(?:negativos|no negativo|no vermelho|a descoberto)|conta a descoberto|(?:com o|estourei o|no) limite do (?:cheque especial|cartao|descoberto))', requiresInText: ['fatura|cartao|dividas?|contas|renda|aluguel|ordenado|salario|mes|semanas|dias|pagar|banco|juros'], unless: ['\\b(?:dele|dela|deles|delas|do governo|da empresa|do clube|do estado)\\b'], base: 0.8, denied: 'keeps', about: 'anyone' },
  // "To c dívida de 8k no cartão", "estou com uma dívida de 3 mil euros": a debt in figures, "com" typed "c" too.
  { category: 'money', match: `(?:estou|to|tou|ando|estamos|tamos|fiquei|ficamos)\\s+(?:com|c|c/)\\s+(?:uma\\s+)?dividas?\\s+de\\s+${AMOUNT}\\s*${MONEY}?`, base: 0.85, about: 'self' },
  // "Meu nome tá no Serasa", "uma dívida de 4 mil": a debt in figures or a bad-credit list.
  { category: 'money', match: '(?:(?:o )?meu nome|(?:o )?nosso nome|(?:o )?meu cpf)\\s+(?:ta|esta|foi|caiu|ficou)\\s+(?:no|pro|para o|na)\\s+(?:serasa|spc|lista negra|banco de portugal|central de riscos)|(?:uma|a minha|minha|a nossa|nossa)\\s+divida\\s+de\\s+(?:r\\$\\s*|€\\s*)?\\d[\\d.,]*\\s*(?:mil|k|reais|euros|€|contos|paus)?', unless: ['\\b(?:pais|governo|estado|grecia|empresa|clube|prefeitura|camara)\\b'], base: 0.8 },
  // "3 faturas atrasadas", "duas rendas em atraso".
  { category: 'money', match: '(?:\\d+|duas|dois|tres|quatro|cinco|seis|varias|todas as)\\s+(?:faturas|contas|prestacoes|rendas|alugueis|boletos|mensalidades|parcelas|propinas)\\s+(?:(?:do|da|de)\\s+\\p{L}+\\s+)?(?:atrasad[oa]s|em atraso|vencid[oa]s|por pagar|sem pagar)', unless: ['\\b(?:dele|dela|deles|delas|do governo|da empresa|do clube|clientes?)\\b'], base: 0.8 },
  { category: 'money', match: '(?:conta|saldo) (?:a zeros|a zero|zerad[oa]|negativ[oa]|no negativo|no vermelho)', requiresInText: ['renda|aluguel|contas|fatura|boleto|prestac\\p{L}*|vence|pagar|mes|salario|ordenado|dia \\d+|comer'], unless: ['instagram|seguidores|jogo|placar|golos|gols|bateria'], base: 0.8, denied: 'keeps' },
  { category: 'money', match: '(?:(?:estou|to|tou|fiquei|ando|estamos|ficamos)\\s+)?desempregad[oa]s?\\s+(?:ha|faz|desde)\\s+(?:\\d+|dois|duas|tres|quatro|cinco|seis|oito|dez|uns|umas|muito|meses|anos|um|uma)\\b[^.!?\\n]{0,20}', requiresInText: ['subsidio|seguro[- ]desemprego|contas|renda|aluguel|dinheiro|poupanca|pagar|dividas|acabou|fome|despensa'], base: 0.8 },
  { category: 'money', match: '(?:declarei|pedi|pedimos|declaramos|vou pedir|vou declarar|tive de pedir|tive que pedir|entrei em|entramos em|estou em|estamos em)\\s+(?:a\\s+)?(?:falencia|insolvencia)(?:\\s+pessoal)?|falencia pessoal|insolvencia pessoal', unless: ['empresa (?:de|da|do)', 'banco', 'clube', 'governo'], base: 0.85 },
  { category: 'money', match: '(?:nao (?:chego|chegamos|consigo chegar) ao fim do mes|o (?:meu |nosso )?(?:dinheiro|salario|ordenado) nao (?:chega|da) (?:ate o fim do mes|pra nada|para nada|para as contas|pras contas|(?:ate |a)(?:o |a )?(?:dia \\d{1,2}|fim do mes|meio do mes|metade do mes))|nao (?:consigo|conseguimos) pagar (?:o aluguel|a renda|as contas|o condominio|a fatura|o cartao|a prestacao))', base: 0.9, denied: 'keeps' },
  // "Tive de pedir dinheiro emprestado à minha mãe para pagar a renda", "pedi emprestado pro meu irmão pra pagar o aluguel".
  // "Tô pegando emprestado com a minha irmã pra fechar o mês", "ando a pedir dinheiro emprestado aos meus pais para as contas": borrowing to get by, in any tense.
  { category: 'money', match: '(?:pedi|pedimos|tive de pedir|tive que pedir|tivemos de pedir|tivemos que pedir|vou ter de pedir|vou ter que pedir|vou pedir|peguei|pegamos|peco|pego|pedindo|a pedir|pegando|a pegar|vivo pedindo|vivo a pedir)\\s+(?:(?:mais|outra vez|de novo|sempre)\\s+)?(?:dinheiro|grana|guita|massa|\\d[\\d.,]*\\s*(?:euros|reais|€|mil|k|paus)?)?\\s*emprestad[oa]s?\\b[^.!?\\n]{0,40}?\\b(?:para|pra|p)\\s+(?:pagar|conseguir pagar|comer|as contas|chegar ao fim do mes|fechar o mes|fechar as contas|sobreviver|o mercado|as compras|a renda|o aluguel|a luz|a escola|a creche)', unless: ['d[oa]s? (?:vizinh|amig|prim|colega|inquilin|cliente)\\p{L}* (?:pediu|pede|pega|pegou|vive)'], base: 0.85 },
  // "A gente não tá conseguindo pagar o aluguel", "não estou a conseguir pagar a renda", "não temos como pagar as contas".
  { category: 'money', match: 'nao\\s+(?:(?:to|ta|tou|estou|esta|estamos|tamos|tao|estao|ando|andamos|anda)\\s+(?:conseguindo|a conseguir)|(?:temos|tenho|ha|tem) como|vamos conseguir|vou conseguir|conseguimos mais|consigo mais|consegui|conseguimos|da (?:pra|para)|chega (?:pra|para))\\s+pagar\\s+(?:o |a |as |os )?(?:aluguel|aluguer|renda|rendas|contas|condominio|fatura|faturas|cartao|prestacao|prestacoes|luz|agua|escola|propinas|mensalidades?|dividas?|boletos?|credito|emprestimo|creche)', unless: ['d[oa]s? (?:vizinh|amig|prim|irm|colega|inquilin|cliente)\\p{L}*'], base: 0.85, denied: 'keeps' },
  // "O aluguel de R$ 1.800, já são dois meses atrasados", "a renda, já vão três meses sem pagar": what is owed, then how late.
  { category: 'money', match: `${DUES}\\b[^.!?\\n]{0,40}?\\b(?:ja\\s+)?(?:sao|vao|vai|faz|fazem|tem|com|ha)\\s+(?:\\d+|dois|duas|tres|quatro|cinco|seis|varios)\\s+(?:meses|semanas)\\s+(?:de\\s+|em\\s+)?(?:atrasad[oa]s?|em atraso|sem pagar|por pagar|de atraso)`, unless: ['d[oa]s? (?:vizinh|amig|prim|irm|colega|inquilin|cliente)\\p{L}*'], base: 0.85, about: 'self', denied: 'keeps' },
  { category: 'money', match: '(?:estou|to|tou|estamos|ando|andamos|fiquei|ficamos)\\s+(?:no vermelho|endividad[oa]s?|cheio de dividas|cheia de dividas|(?:atolad|afogad|enterrad|mergulhad|afundad|enforcad)[oa]s? em dividas|com dividas ate (?:ao |o )?pescoco|ate (?:ao |o )?pescoco (?:em|de) dividas|com o nome sujo|negativad[oa]s?|com a conta a zero|com a conta zerada|sem dinheiro para (?:o aluguel|a renda|as contas|comer))', unless: ['\\b(?:nao|nunca|nem) (?:estou|to|tou|estamos|ando|andamos|fiquei|ficamos) (?:no vermelho|endividad\\p{L}*|cheio de dividas|cheia de dividas|negativad\\p{L}*|com o nome sujo|atolad\\p{L}*|afogad\\p{L}*|enterrad\\p{L}*)'], base: 0.85, denied: 'keeps' },
  {
    category: 'money',
    match: '(?:estou|to|tou|estamos|ando|andamos|fiquei|ficamos)\\s+(?:falid[oa]s?|quebrad[oa]s?|lis[oa]s?|dur[oa]s?|tes[oa]s?|sem (?:um )?(?:tostao|centavo|dinheiro|grana|cheta|guito|guita|massa|real|euro|conto|pila|kwanza|kumbu|kumbú|metical|mola|bufunfa|bago|graveto|dim dim|dindin))',
    // A bare "tô falido" is everyday hyperbole; with what it cannot pay, or until when, it is money trouble.
    requires: ['ate (?:o )?(?:dia|fim do mes|receber|o salario|o pagamento|sexta)|aluguel|renda|contas?|dividas?|banco|emprestad[oa]|emprestimo|cartao|fatura|pagar'],
    base: 0.85,
    denied: 'keeps',
  },
  { category: 'money', match: `(?:meu|o meu|o) (?:salario|ordenado|vencimento)(?: liquido| bruto)?\\s+(?:e de|e|sao|de|ronda os|mal chega a)\\s+${AMOUNT}\\s*${MONEY}?`, base: 0.9, about: 'self' },
  {
    category: 'money',
    match: `(?:ganho|recebo|me pagam|pagam-me)\\s+(?:so\\s+|apenas\\s+|menos de\\s+|mais de\\s+|uns\\s+|tipo\\s+)?${AMOUNT}\\s*${MONEY}?(?:\\s+(?:por mes|por ano|liquidos|brutos|a hora|por hora|limpos))?`,
    requires: [`\\d\\s*${MONEY}|r\\$|€|por mes|por ano|a hora|por hora|brutos|liquidos|limpos`],
    base: 0.85,
    about: 'self',
  },
  { category: 'money', match: `(?:(?:meu )?nome (?:no|na) (?:spc|serasa)|cartao(?: de credito)? (?:recusado|bloqueado) (?:por falta de pagamento|por divida|por dividas|de novo|outra vez)|cartao (?:recusado|bloqueado)|devo ${AMOUNT}\\s*${MONEY}?|${AMOUNT}\\s*(?:reais|euros|€|mil) de divida|(?:minha|a minha) divida de \\d|me penhoraram|penhoraram-me|fui despejad[oa]|vou ser despejad[oa]|ordem de despejo|pedi falencia|declarei insolvencia|insolvencia pessoal)`, base: 0.85, about: 'self' },
  // "Tive de ir ao banco alimentar este mês": food aid for the household.
  { category: 'money', match: '(?:tive de|tive que|tivemos de|tivemos que|fui|fomos|vou ter de|vou ter que|a pedir ajuda ao|pedi ajuda ao|recorri ao|recorremos ao)\\s+(?:ir\\s+)?(?:ao|no|pedir ajuda ao)\\s+banco alimentar|(?:vivo|vivemos|dependo|dependemos) (?:do|de) (?:cabaz|cabazes|cestas? basicas?)', base: 0.85, about: 'self' },
  { category: 'money', match: '(?:nao me pagam|nao recebo|nao me pagaram|ainda nao recebi) (?:desde|ha \\d|o salario|o ordenado|o mes)', base: 0.85, denied: 'keeps' },
  // The job lost, with what it leaves unpaid: "fui demitido e não sei como pagar o aluguel" (the job lost alone is news of one's own, not money).
  {
    category: 'money',
    match: '(?:fui demitid[oa]|fui despedid[oa]|fui mandad[oa] embora|me demitiram|me mandaram embora|despediram-me|mandaram-me embora|perdi o (?:meu )?(?:emprego|trabalho|trampo)|(?:estou|to|tou|fiquei|ando|estamos|ficamos) desempregad[oa]s?)',
    requiresInText: ['aluguel|renda|contas?|dividas?|prestacao|pagar|fim do mes|sem dinheiro|sem grana|poupancas?|economias'],
    base: 0.8,
    about: 'self',
  },  {
    category: 'money',
    // "Fiquei sem emprego e com a prestação para pagar": the "sem" is the loss itself, not a denial.
    match: '(?:estou|to|tou|fiquei|ando|estamos|ficamos)\\s+sem (?:emprego|trabalho|trampo|ordenado|salario)',
    requiresInText: ['aluguel|renda|contas?|dividas?|prestacao|pagar|fim do mes|sem dinheiro|sem grana|poupancas?|economias'],
    base: 0.8,
    about: 'self',
    denied: 'keeps',
  },
  // "Pedi um crédito pessoal para pagar o cartão e agora devo aos dois bancos", "Nome sujo no Serasa, cheque especial estourado".
  { category: 'money', match: '(?:devo (?:a|ao|aos|as|a)\\s+(?:\\w+\\s+)?(?:bancos?|agiotas?|cartao|financeira)|(?:pedi|fiz|tive de pedir|tive que pedir|vou ter de pedir|vou ter que pedir|vou pedir|peguei|contrai) (?:um |outro |mais um )?(?:credito|emprestimo|consignado) (?:pessoal |consignado |(?:no|ao|do|junto do|junto ao) (?:banco|\\p{L}+) |(?:a|à|ao|do|da) (?:minha |meu |o meu |a minha )?(?:\\p{L}+) )?(?:so |apenas |mesmo )?(?:para|pra) (?:pagar|cobrir|comer|sobreviver|chegar ao fim do mes)|nome sujo|cheque especial (?:estourado|no limite|no vermelho)|cart(?:ao|oes)(?: de credito)? (?:no limite|estourad[oa]s?|rebentad[oa]s?)|limite do cartao estourado)', base: 0.85, about: 'self' },
  // "Estou com a conta a descoberto desde dia 10", "entrei no cheque especial": an overdraft.
  { category: 'money', match: '(?:(?:estou|to|tou|estamos|ando|andamos|fiquei|ficamos|entrei|entramos|vivo|vivemos)\\s+(?:com\\s+)?(?:a\\s+)?(?:conta\\s+)?(?:a descoberto|no descoberto|no cheque especial|no negativo|do cheque especial|a viver do descoberto)|(?:a )?(?:minha|nossa) conta (?:(?:esta|ta|anda|ficou)\\s+)?(?:a descoberto|negativa|no negativo)|(?:estou|to|tou|fiquei|ficamos|estamos) com (?:o )?saldo negativo|(?:usando|a usar|usei|uso|vivendo do|a viver do) (?:o )?(?:cheque especial|descoberto|limite da conta))', base: 0.85, about: 'self', denied: 'keeps' },
  // "Chegou a ordem de despejo", "recebemos o aviso de despejo": the eviction, however it came.
  { category: 'money', match: '(?:(?:recebi|recebemos|temos|tenho|levamos|levei)\\s+(?:a |uma |o |um )?)?(?:ordem|aviso|acao|mandado|carta|notificacao|intimacao|citacao|papel|processo) de despejo', base: 0.85, about: 'self' },
  // "Meu salário atrasou de novo", "o ordenado ainda não caiu": one's own pay late.
  { category: 'money', match: '(?:meu|o meu|minha|a minha|nosso|o nosso)\\s+(?:salario|ordenado|pagamento|vencimento|bolsa)\\s+(?:atrasou|esta atrasado|ta atrasado|vem atrasado|veio atrasado|nao caiu|ainda nao caiu|nao entrou|ainda nao entrou|veio cortado|foi cortado|vai atrasar)', base: 0.85, about: 'self', denied: 'keeps' },
  { category: 'money', match: '(?:ganho|recebo|me pagam|pagam-me)\\s+(?:o |um |uma |so o |so um |apenas o )?(?:salario minimo|ordenado minimo|miseria|merreca|mixaria)', base: 0.8, about: 'self' },
  // "Chegou a ordem de despejo": the letter is the subject, the household its addressee.
  { category: 'money', match: '(?:chegou|chegou-nos|chegou-me|veio|recebemos hoje|chegaram)\\s+(?:a |uma |o |um )?(?:ordem|aviso|acao|mandado|carta|papel|papeis|notificacao|intimacao|citacao) de despejo', base: 0.85, about: 'anyone' },
  // "Aluguel atrasado 2 meses", "a renda em atraso", "as prestações do carro em atraso": what is owed, late.
  {
    category: 'money',
    match: `(?:(?:o|a|as|os)\\s+)?(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\\s+${DUES}\\s+${LATE}|${DUES}\\s+${LATE}\\s+(?:ha\\s+)?(?:\\d+|um|uma|dois|duas|tres|quatro)\\s+(?:meses|mes|semanas)`,
    unless: ['d[oa]s? (?:vizinh|amig|prim|irm|colega|inquilin|cliente)\\p{L}*'],
    base: 0.85,
    about: 'self',
  },
  // Counted dues late: "Estou com 3 rendas em atraso", "temos dois meses de aluguel atrasados", "devo 4 prestações do carro".
  { category: 'money', match: `(?:(?:estou|to|tou|estamos|temos|tenho|ando|andamos|fiquei|ficamos|devo|devemos|ja sao|ja vao|sao|vao)\\s+(?:com\\s+)?)?(?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|varios|varias)\\s+(?:meses de\\s+)?${DUES}(?:\\s+d[oa]\\s+\\p{L}+)?\\s+(?:${LATE}|por pagar|sem pagar)`, unless: ['d[oa]s? (?:vizinh|amig|prim|irm|colega|inquilin|cliente)\\p{L}*'], base: 0.85, about: 'self' },
  // "Estou a dever 2000€ ao banco", "tô devendo 5 mil no cartão".
  { category: 'money', match: `(?:estou a dever|estamos a dever|to devendo|tou a dever|estou devendo|estamos devendo|ando a dever|ando devendo|devemos|devendo)\\s+(?:uns\\s+|quase\\s+|mais de\\s+)?(?:r\\$\\s*\\d[\\d.,]*|€\\s*\\d[\\d.,]*|\\d[\\d.,]*(?:\\s*(?:k|mil|reais|euros|contos|paus)\\b|(?=\\s*€)))`, base: 0.85, about: 'self', denied: 'keeps' },
  // "Devendo 3 meses de aluguel", "estou a dever duas rendas": months owed.
  { category: 'money', match: `(?:devo|devemos|devendo|to devendo|estou devendo|a dever|estou a dever|estamos a dever|tou a dever)\\s+(?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|varios|varias)\\s+(?:meses de\\s+|mes de\\s+)?${DUES}`, base: 0.85, about: 'self', denied: 'keeps' },
  // A pay in figures said bare: "Ordenado de 760€ e renda de 650€", "salário de 1.900 e aluguel de 1.400".
  {
    category: 'money',
    // The match ends on the figure or a word: a closing "€" has no word boundary after it.
    match: `(?:salario|ordenado|vencimento|salary)(?:\\s+(?:liquido|bruto|limpo))?\\s+(?:de|e|e de|:)\\s+${AMOUNT}(?:\\s*(?:k|mil|reais|euros|contos|paus)\\b)?`,
    // The figure whole: a context pattern starts at a word boundary, so "\\d" alone would try only a number's first digit.
    // Or the rent's figure beside it, no currency said: "salário de 1.850 e o aluguel é 1.200".
    requires: [`\\d[\\d.,]*\\s*${MONEY}|r\\$|€|\\b${DUES}\\s+(?:(?:e|sao|de|custa|come|leva|:)\\s+)?(?:de\\s+)?\\d[\\d.,]*`],
    requiresInText: [`${DUES}|\\b(?:ganho|recebo|meu|minha|me pagam|pagam-me|eu)\\b|como se vive|como (?:e que )?(?:se )?vive`],
    unless: ['minimo (?:nacional|vai|sobe|passa|sera)', 'governo', 'media', 'medio', 'professor\\p{L}*', 'enfermeir\\p{L}*', 'vaga', 'vagas', 'oferecemos', 'contrata\\p{L}*', 'anuncio', 'deputad\\p{L}*', 'ministr\\p{L}*', 'jogador\\p{L}*', 'presidente'],
    base: 0.8,
    about: 'self',
  },
  // The landlord on the author's door: "o senhorio já falou em despejo", "o dono do apê ameaçou despejar a gente".
  { category: 'money', match: '(?:o |a )?(?:senhori[oa]|proprietari[oa]|dono da casa|dona da casa|dono do ape|dono do apartamento|imobiliaria)\\b[^.!?\\n]{0,30}?\\b(?:falou em|fala em|ameacou (?:com|de)?|ameaca (?:com|de)?|ja mandou|mandou|quer)\\s*(?:o |um |uma |a )?(?:despejo|despejar|por-me na rua|por-nos na rua|botar (?:a gente|nos|eu) na rua|nos despejar|me despejar)', unless: ['d[oa]s? (?:(?:minha|meu|minhas|meus|nossa|nosso)\\s+)?(?:vizinh|amig|prim|irm|colega|tia|tio|mae|pai|avo|sogr|filh|namorad|inquilin|cliente)\\p{L}*', '(?:senhori[oa]|proprietari[oa]|dono|dona) (?:dela|dele|deles|delas)'], base: 0.85, about: 'anyone' },
  // "Tenho R$ 23 na conta", "sobraram-me 12 euros até ao fim do mês".
  { category: 'money', match: '(?:tenho|to com|estou com|tou com|fiquei com|sobrou|sobraram|sobraram-me|sobrou-me|restam|restam-me|me restam|me sobrou|me sobraram)\\s+(?:so\\s+|apenas\\s+|uns\\s+|tipo\\s+)?(?:r\\$\\s*\\d[\\d.,]*|€\\s*\\d[\\d.,]*|\\d[\\d.,]*\\s*(?:reais|euros|€|centavos|paus|conto|contos|cents)|\\d[\\d.,]*(?=\\s+(?:na conta|no banco)))\\s+(?:na conta|no banco|ate (?:ao |o )?(?:dia|fim do mes|sexta|receber|o pagamento|o salario|o ordenado)|para o resto do mes|pro resto do mes|pra passar o mes|para passar o mes)', unless: ['(?:estou|to|tou|estamos|tamos) (?:bem|tranquil[oa]s?|safe|de boa)|da (?:bem|perfeitamente|e sobra)|sobra (?:bem|bastante)'], base: 0.85, about: 'self' },
  // "To com 23 reais na conta até o dia 5".
  { category: 'money', match: `(?:to|estou|tou|fiquei|fico|estamos|ficamos) com (?:so |apenas |uns )?${AMOUNT}\\s*(?:reais|euros|€|centavos|paus|conto) (?:na conta|no banco|ate|para o mes|pro mes)`, base: 0.85, about: 'self' },

  // relationship: separations, infidelity, custody.
  // "O meu marido saiu de casa ontem", "12 anos de casamento acabaram", "ela me deixou por outro".
  { category: 'relationship', match: '(?:(?:o |a )?(?:meu|minha)\\s+(?:marido|mulher|espos[oa]|namorad[oa]|companheir[oa]|noiv[oa]|mozao|boy)\\s+(?:(?:saiu de casa|foi embora de casa|foi-se embora)(?!\\s+(?:as|a|cedo|agora|para|pra|pro|hoje de manha|de manha|mais cedo|correndo|a correr|trabalhar)\\b)(?=[^.!?\\n]*(?:ontem|de vez|para sempre|anos|acabou|acabaram|malas|divorcio|separa\\p{L}*|outra|outro|💔))|me deixou|deixou-me|pediu o divorcio|pediu a separacao|arrumou as malas|fez as malas|me trocou|trocou-me|bloqueou-me|me bloqueou|me traiu|traiu-me)|(?:\\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte)\\s+anos\\s+de\\s+(?:casamento|namoro|relacao|relacionamento|uniao)\\s+(?:acabaram|foram (?:pro|para o) lixo|jogados fora|deitados fora|terminaram|chegaram ao fim|pelo ralo|a agua abaixo|por agua abaixo))', base: 0.85 },
  // The ex and the custody fight: "o meu ex-marido quer ficar com os miúdos ... vamos para tribunal", "a minha ex não me deixa ver a filha".
  { category: 'relationship', match: '(?:o meu|a minha|meu|minha)\\s+ex(?:-marido|-mulher|-namorad[oa]|-companheir[oa]|-espos[oa]|\\s+marido|\\s+mulher)?\\b[^.!?\\n]{0,80}?\\b(?:guarda|tribunal|advogad[oa]s?|pensao|custodia|juiz[a]?|justica|processo|regime de visitas|nao me deixa ver)', base: 0.8, denied: 'keeps' },
  // "Estou separada há 2 meses", "divorciado desde março".
  { category: 'relationship', match: '(?:estou|to|tou|ando|estamos|fiquei|ficamos)\\s+(?:separad[oa]s?|divorciad[oa]s?)\\s+(?:ha|desde|faz)\\b', unless: ['separad[oa]s? (?:por|de) (?:uma|um|bens|lixo|parede|muro)'], base: 0.85 },
  // "Terminei um namoro de 6 anos", "acabei o noivado", "rompi com o meu namorado", "a meio do divórcio".
  { category: 'relationship', match: '(?:terminei|acabei|rompi|terminamos|acabamos|rompemos|desfiz|desfizemos|cancelei|cancelamos)\\s+(?:um|o|o meu|meu|a minha|minha|o nosso|nosso)?\\s*(?:namoro|noivado|casamento|relacionamento|relacao|compromisso)(?:\\s+de\\s+(?:\\d+|dois|tres|quatro|cinco|seis|sete|oito|dez|quinze|vinte)\\s+anos)?|(?:rompi|terminei|acabei) com (?:o meu |a minha |meu |minha )?(?:namorad[oa]|noiv[oa]|marido|mulher|espos[oa]|companheir[oa]|boy|ele|ela)\\b', unless: ['curso|livro|serie|projeto|faculdade|mestrado|obra|contrato de trabalho|plano|ginasio|academia|operadora|banco', `(?:namoro|relacionamento|relacao|casamento) com (?:o |a |os |as )?(?:${THINGS.join('|')}|doce|doces|vinho|cerveja|alcool|tabaco|cigarro|trabalho|sofa|cama|pizza|fast food|redes sociais)`], base: 0.85 },
  { category: 'relationship', match: '(?:a meio d[oa]|no meio d[oa]|em pleno|em processo de|processo de|os papeis d[oa]|a papelada d[oa]|o advogado d[oa]|a audiencia d[oa]|a partilha d[oa])\\s+(?:meu |nosso )?(?:divorcio|separacao|guarda)(?!\\s+d[oa]s?\\s)', unless: ['famos[oa]s?|celebridade|ator|atriz|cantor[a]?|jogador[a]?|tv|novela|revista|principe|princesa|presidente'], base: 0.8 },
  { category: 'relationship', match: '(?:nos|a gente se|eu e (?:o|a) \\w+) (?:estamos divorciando|estamos nos divorciando|estamos a divorciar|divorciamos|vamos nos divorciar|vamos divorciar|separamos|estamos separando|estamos nos separando|estamos a separar|vamos nos separar|separou|divorciou)|divorciamo-nos|separamo-nos|vamos divorciar-nos|vamos separar-nos|estamos a (?:divorciar|separar)-nos|vamo-nos (?:divorciar|separar)', unless: [`(?:(?:o |a )?(?:meu|minha) (?:${THINGS.join('|')}) e eu|eu e (?:o|a) (?:meu |minha )?(?:${THINGS.join('|')}))`], base: 0.9 },
  { category: 'relationship', match: '(?:me divorciei|me separei|vou me divorciar|vou me separar|estou me divorciando|estou me separando|divorciei-me|separei-me|estou a divorciar-me|estou a separar-me|vou divorciar-me|vou separar-me)', unless: THINGS, base: 0.85 },
  { category: 'relationship', match: `(?:(?:meu|minha|o meu|a minha)\\s+)?${PARTNER}\\s+(?:me (?:deixou|largou|traiu|trai|chifrou|trocou|pediu o divorcio|pediu divorcio|deu um pe na bunda|botou chifre|pos os cornos|deu o fora)|deixou-me|largou-me|traiu-me|pediu-me o divorcio|pos-me os cornos|esta me traindo|anda a trair-me|tem outra|tem outro|terminou comigo|acabou comigo|terminou o noivado|acabou o noivado)`, unless: THINGS, base: 0.9, about: 'anyone' },
  { category: 'relationship', match: `(?:acabei|terminei) com (?:o |a )?(?:meu |minha )?${PARTNER}|(?:a gente|nos|eu e (?:o|a) \\w+) terminamos|a gente terminou|terminamos (?:o namoro|tudo|de vez)|(?:assinamos|assinei|pedi|pediu|pedimos) o divorcio|solteir[oa] (?:outra vez|de novo|novamente)|voltei a ser solteir[oa]`, unless: THINGS, base: 0.85 },
  // "Meu casamento acabou", "o nosso namoro chegou ao fim": the relationship said ended, subject first.
  // "Terminei c ele dps de 4 anos", "acabei com ela ontem": the partner as a pronoun, "com" typed "c", with the relationship's time or pain.
  { category: 'relationship', match: '(?:terminei|acabei|rompi)\\s+(?:com|c|c/)\\s+(?:ele|ela)\\b', requires: ['anos|meses|namoro|relacao|relacionamento|💔|😭|chorar|doi|dps de|depois de|de vez|oficialmente|sozinh[oa]|solteir[oa]'], unless: ['tarefa|trabalho|livro|serie|projeto|relatorio|pizza|garrafa|jogo|fase|temporada'], base: 0.8, about: 'self' },
  // "Depois de 9 anos acabou.", "12 anos de casamento jogados fora", "foram 6 anos e acabou assim": a long relationship ended, the subject left out.
  // "Fez um mês que ele saiu de casa", "já vão 3 semanas que ela foi embora": the partner gone, counted in days.
  { category: 'relationship', match: '(?:fez|faz|hoje faz|ja faz|ja fez|vai fazer|ja vao|ja sao|sao|vao)\\s+(?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis)\\s+(?:dias?|semanas?|meses|mes|anos?)\\s+(?:que|q|desde que)\\s+(?:ele|ela)\\s+(?:saiu de casa|foi embora|se foi|me deixou|me largou|terminou comigo|fez as malas|pediu o divorcio|pediu divorcio)(?!\\s+(?:pra|para|pro|de ferias|estudar|trabalhar)\\b)', unless: ['filh\\p{L}*|gat[oa]|cachorr\\p{L}*|cao|caes|mae|pai|avo|amig\\p{L}*|colega'], base: 0.8, about: 'anyone' },
  // "Assinamos os papéis hoje. 11 anos. Acabou": the divorce papers, implied.
  { category: 'relationship', match: '(?:assinamos|assinei|assinaram|entregamos|entreguei)\\s+(?:os\\s+|hoje os\\s+)?(?:papeis|papelada|documentos)(?!\\s+d[aoe]s?\\s+(?:casa|apartamento|ape|carro|emprego|contrato|banco|escola|creche|compra|venda))', requiresInText: ['acabou|acabamos|terminou|anos|divorc\\p{L}*|separ\\p{L}*|o fim\\b|\\bex\\b|💔|casamento|recomecar|sozinh[oa]'], unless: ['casa|apartamento|ape\\b|carro|emprego|contrato de trabalho|escritura|compra|venda|financiamento|matricula|adocao|casamento civil|noivado|🎉|💍'], base: 0.8, about: 'self' },
  // "O pai dos meus filhos não paga a pensão", "a mãe da minha filha sumiu há 3 meses": the other parent, an ex implied.
  { category: 'relationship', match: '(?:o pai|a mae)\\s+d[oa]s?\\s+(?:meus|minhas|meu|minha)\\s+(?:filh[oa]s?|miud[oa]s?|menin[oa]s?|criancas?|pequen[oa]s?)\\b[^.!?\\n]{0,40}?\\b(?:pensao|nao aparece|sumiu|desapareceu|nao paga|nao liga|tribunal|nunca mais|nem (?:liga|aparece|paga))', base: 0.8, about: 'anyone', denied: 'keeps' },
  // "Single again depois de 5 anos", "solteira outra vez": single again after a relationship.
  { category: 'relationship', match: '(?:single again|single de novo|solteir[oa] again|solteir[oa] (?:de novo|outra vez|novamente)|de volta ao mercado|de novo solteir[oa]|novamente solteir[oa]|oficialmente solteir[oa])', requiresInText: ['anos|meses|acabou|terminou|ex\\b|💔|recomecar|depois de|chorar|dor|ele|ela'], unless: ['musica|album|cancao|serie|filme'], base: 0.8, about: 'self' },
  // "Descobri tudo pelo celular dele", "vi as mensagens no telemóvel dela": the affair found out, implied.
  { category: 'relationship', match: '(?:descobri|soube|fiquei a saber|fiquei sabendo|vi)\\s+(?:tudo|a verdade|o que (?:ele|ela) fazia)\\s+(?:pelo|no|nas|pelas|pela|na)\\s+(?:celular|telemovel|telefone|whats|whatsapp|instagram|insta|mensagens|conversas|fatura|extrato)\\s+(?:dele|dela|do meu \\p{L}+|da minha \\p{L}+)', base: 0.8, about: 'self' },
  { category: 'relationship', match: '(?:depois de|apos|ao fim de|passados)\\s+(?:\\d+|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte)\\s+anos(?:\\s+(?:juntos|de casamento|de namoro|de relacao|de relacionamento|de uniao|a dois))?\\s*,?\\s+(?:acabou|terminou|chegou ao fim|acabamos|terminamos|separamo-nos|nos separamos|ele foi embora|ela foi embora|fiquei sozinh[oa])(?=\\s*(?:[.!,;:\\n…]|$|e\\s|\\p{Extended_Pictographic}))|(?:\\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte)\\s+anos\\s+de\\s+(?:casamento|namoro|relacao|relacionamento|uniao)\\s+(?:jogados (?:fora|no lixo)|pro lixo|para o lixo|deitados fora|que acabaram|acabaram|terminaram|chegaram ao fim|por agua abaixo)', unless: ['empresa|banda|serie|novela|programa|contrato|carreira|clube|sociedade|parceria|obra|curso|faculdade|emprego'], base: 0.8, about: 'self' },
  // "Ele tinha outra há mais de um ano", "ela arranjou outro", "eu fui a última a saber": the partner's affair, implied.
  { category: 'relationship', match: `(?:ele|ela|${PARTNER})\\s+(?:(?:ja|sempre|afinal|simplesmente)\\s+)?(?:tinha|tem|arranjou|arrumou|mantinha|andava com|tinha arranjado|tinha arrumado)\\s+(?:outra|outro|uma amante|um amante|outra mulher|outro homem|outra familia|outra pessoa)(?=\\s*(?:[.!,;:\\n…]|$|\\p{Extended_Pictographic})|\\s+(?:ha|faz|desde|e|na|no|em|do|da|de)\\b)|(?:e\\s+)?(?:eu\\s+)?(?:era|fui)\\s+(?:a|o)\\s+(?:ultim[oa])\\s+a\\s+saber(?=\\s*(?:[.!,;:\\n…]|$|\\p{Extended_Pictographic}))`, unless: ['\\b(?:ideia|opcao|reuniao|consulta|vez|coisa|proposta|oferta|entrevista|emprego|casa)\\b', 'novela|serie|filme|personagem|livro'], base: 0.8, about: 'anyone' },
  // "ele levou tudo, até o sofá. 8 anos pra isso", "12 anos de casamento para acabar assim": the years wasted, with the partner in the post.
  { category: 'relationship', match: `(?:\\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte)\\s+anos(?:\\s+(?:juntos|de casamento|de namoro|de relacao|de relacionamento|de uniao|a dois))?\\s+(?:pra|para)\\s+(?:isso|isto|nada|acabar assim|terminar assim|acabar (?:desta|dessa) forma|isto acabar assim)(?=\\s*(?:[.!,;:?\\n…]|$|\\p{Extended_Pictographic}))`, requiresInText: ['namor\\p{L}*|casamento|marido|mulher|espos[oa]|noiv[oa]|\\bboy\\b|mozao|💔|😭|🥀|traicao|traiu|\\bex\\b|alianca|sozinh[oa]|levou tudo|saiu de casa|foi embora'], unless: ['empresa|banda|serie|novela|programa|contrato|carreira|clube|time|equipa|selecao|treinador|jogador|sociedade|parceria|obra|curso|faculdade|escola|emprego|mandato|governo|temporada|podcast|canal|loja|restaurante|trabalho|casa propria|poupanca|estudo|dieta|ginasio'], base: 0.8, about: 'self' },
  // "5 anos. acabou. não me mandem mensagem hoje", "acabou. 7 anos juntos 💔": the years and the end, bare, with the partner, the heartbreak or what the partner took in the post (not a bare "ele"/"ela": "20 anos. acabou. a casa da avó foi vendida e ela chorou").
  { category: 'relationship', match: `(?:\\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte)\\s+anos(?:\\s+(?:juntos|de casamento|de namoro|de relacao|de relacionamento|de uniao|a dois))?\\s*[.!,…]+\\s*(?:e\\s+)?(?:acabou|acabou-se|terminou|chegou ao fim|fim|acabamos|terminamos|foi-se|ja era)(?=\\s*(?:[.!,;:\\n…]|$|\\p{Extended_Pictographic}))|(?:acabou|acabou-se|terminou|chegou ao fim|fim|acabamos|terminamos|foi-se|ja era)\\s*[.!,…]+\\s*(?:\\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte)\\s+anos(?:\\s+(?:juntos|de casamento|de namoro|de relacao|de relacionamento|de uniao|a dois))?(?=\\s*(?:[.!,;:\\n…]|$|\\p{Extended_Pictographic}))`, requiresInText: ['namor\\p{L}*|casad[oa]s?\\b|casamento|marido|mulher|espos[oa]|noiv[oa]|\\bboy\\b|mozao|💔|😭|🥀|nao me mandem|nao quero falar|cartao conjunto|conta conjunta|traicao|traiu|\\bex\\b|alianca|sozinh[oa]|(?:ele|ela) (?:levou|ficou com) (?:tudo|o cao|o cachorro|o gato|o carro|o sofa|as coisas|os miudos|os filhos|as criancas)|(?:ele|ela) (?:saiu de casa|foi embora|se foi)'], unless: ['tese|casa d[aoe]|vendid[oa]|reform\\p{L}*|servico|empresa|banda|serie|novela|programa|contrato|carreira|clube|time|equipa|selecao|treinador|jogador|sociedade|parceria|obra|curso|faculdade|escola|emprego|mandato|governo|temporada|podcast|blog|canal|loja|restaurante|casa de|cafe\\b'], base: 0.8, about: 'self' },
  { category: 'relationship', match: '(?:o )?(?:meu|nosso) (?:casamento|namoro|noivado|relacionamento)(?: de \\d+ anos)? (?:acabou|terminou|chegou ao fim|ruiu|foi ao ar|morreu|esta acabado|ta acabado|acabou de vez)', unless: [...THINGS.map((t) => `com (?:o |a |os |as )?${t}`), 'filme', 'serie', 'novela', 'livro'], base: 0.85 },
  { category: 'relationship', match: '(?:a|minha|a minha|nossa|a nossa) separacao', unless: ['lixo', 'residuos', 'reciclagem', 'poderes', 'igreja', 'estado', 'filme', 'serie', 'novela'], base: 0.8 },
  // Custody before a lawyer or a court: "amanhã falo com a advogada sobre a guarda", "meu ex não deixa eu ver as crianças".
  { category: 'relationship', match: `(?:advogad[oa]|tribunal|juiz[a]?)\\b[^.\\n]{0,40}?\\bguarda\\b|\\bguarda\\b[^.\\n]{0,40}?\\b(?:advogad[oa]|tribunal|juiz[a]?)|(?:meu|minha|o meu|a minha) ex (?:nao (?:me )?deixa|quer ficar|ficou com|nao paga a pensao|nao paga)`, base: 0.85, about: 'anyone', denied: 'keeps' },
  // "Fui deixada por mensagem. 8 anos.", "fui largado pelo WhatsApp depois de 3 anos de namoro": the author left, passive, beside the relationship's context.
  { category: 'relationship', match: '(?:fui|acabei de ser|acabo de ser)\\s+(?:deixad[oa]|largad[oa]|abandonad[oa]|dispensad[oa]|chutad[oa]|descartad[oa])\\b(?!\\s+(?:n[oa]s?|em|a porta|ao pe|a beira|de fora|de lado|para tras|pra tras|sozinh[oa] (?:n[oa]|em))\\b)', requiresInText: ['por mensagem|por sms|por whats\\p{L}*|por zap|por e-?mail|por telefone|por outr[oa]|pel[oa] (?:colega|vizinh[oa]|amig[oa]|ex|melhor amig[oa])|\\d+ anos|(?:dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte) anos|anos (?:de casad\\p{L}*|juntos|de namoro)|casamento|namoro|noivado|noiv[oa]|namorad[oa]|marido|mulher|espos[oa]|💔|😭|\\bex\\b'], unless: ['emprego|trabalho|empresa|equipa|equipe|time|clube|selecao|banda|grupo|concurso|entrevista|vaga|processo seletivo|escola|faculdade|novela|serie|filme|personagem'], base: 0.85, about: 'self' },
  { category: 'relationship', match: '(?:levei|tomei|ganhei) (?:um )?(?:chifres?|pe na bunda|os cornos|um par de cornos|um fora)|fui traid[oa]|fui (?:corno|cornud[oa]|cornead[oa]|chifrad[oa])|(?:virei|sou|fiquei) (?:mais um |um |uma )?(?:corn[oa]|cornud[oa]|chifrud[oa])(?: manso| oficial| oficialmente)?|me cornearam|me chifraram|me puseram os cornos|puseram-me os cornos', base: 0.85 },
  { category: 'relationship', match: `(?:terminamos o namoro|terminei (?:com (?:o|a|meu|minha)\\s+${PARTNER}|o namoro|o noivado)|acabou o (?:meu )?(?:namoro|casamento|noivado)|o fim do (?:meu )?casamento|(?:os )?papeis do divorcio|(?:meu|o meu|o nosso|nosso) divorcio|(?:a )?guarda d(?:os|as|o|a) (?:meus |minhas |nossos |nossas )?${CHILD}|pensao alimenticia)`, unless: ['filme', 'serie', 'livro', 'novela', ...THINGS.map((t) => `com (?:o |a |os |as )?${t}`)], base: 0.85 },

  // "O meu marido saiu de casa e levou os miúdos", "minha mulher fez as malas e foi embora": the partner gone, with the leaving said.
  {
    category: 'relationship',
    match: '(?:meu|minha|o meu|a minha)\\s+(?:marido|mulher|espos[oa]|companheir[oa]|namorad[oa]|noiv[oa])\\s+(?:saiu de casa|foi-se embora|foi embora|fez as malas|me abandonou|abandonou-me|abandonou-nos|nos abandonou|pediu a separacao|pediu o divorcio|pediu-me o divorcio|quer o divorcio|quer se separar|quer separar-se)',
    requiresInText: ['levou|as coisas|de vez|malas|nao volta|acabou|separa\\p{L}*|divorci\\p{L}*|sozinh[oa]|💔|😭|😢|outra|outro|miudos|criancas|filhos|abandon\\p{L}*'],
    unless: ['(?:pra|para) (?:trabalhar|o trabalho|a obra|o turno)', 'as \\d', 'cedo', 'de manha', 'viagem de trabalho'],
    base: 0.85,
    about: 'anyone',
  },
  // "Descobri que ele tava me traindo", "ela andava a enganar-me": the partner cheating, said with a pronoun.
  { category: 'relationship', match: `(?:ele|ela|${PARTNER})\\s+(?:(?:tava|estava|esta|ta|anda|andava|ja)\\s+)?(?:me traindo|me traia|me traiu|me trai|me enganando|me enganava|me enganou|me chifrando|me chifrava|me chifrou|a trair-me|a enganar-me|traiu-me|enganou-me|traia-me|enganava-me)`, unless: THINGS, base: 0.85, about: 'anyone' },
  // "Ele me largou por mensagem", "ela trocou-me por outro", "ele terminou comigo": dumped, said with a pronoun.
  { category: 'relationship', match: `(?:ele|ela|${PARTNER})\\s+(?:(?:ja|simplesmente|do nada|ontem|hoje)\\s+)?(?:me largou|largou-me|me trocou (?:por|pel[oa]s?)|trocou-me (?:por|pel[oa]s?)|terminou comigo|acabou comigo|me deu o fora|me deu um pe|me dispensou|dispensou-me|(?:me deixou|deixou-me) por (?:outr[oa]|um[a]? (?:mais nov[oa]|colega|amig[oa])|mensagem|sms|whats\\p{L}*|zap|telefone|e-?mail)|me deixou (?:depois|ao fim) de \\d+ anos|deixou-me (?:depois|ao fim) de \\d+ anos|me deu o pe|deu-me com os pes|deu-me o pe|me bloqueou em tudo)`, unless: [...THINGS, '(?:largou|deixou)(?:-me)? (?:no|na|em|a porta|ao pe) (?:shopping|escola|aeroporto|estacao|trabalho|porta|esquina|casa d|metro|paragem|ponto)'], base: 0.85, about: 'anyone' },
  // "Divorciada oficialmente desde hoje", "oficialmente separado", "recém-divorciada": the author's divorce as a state.
  { category: 'relationship', match: '(?:(?:oficialmente|finalmente|agora)\\s+)?(?:divorciad[oa]|recem-divorciad[oa]|recem divorciad[oa])(?!s)(?:\\s+(?:oficialmente|desde|ha \\d|de vez|finalmente|hoje|a partir de hoje))?|(?:oficialmente|finalmente)\\s+separad[oa](?!s)|separad[oa](?!s) (?:oficialmente|desde hoje|de vez)', unless: ['pais (?:sao |sempre foram )?divorciados', 'filh[oa]s? de pais'], base: 0.8, about: 'self' },
  // "Peguei a mensagem dela com outro cara", "vi as conversas dele com a ex": the partner's messages caught.
  { category: 'relationship', match: '(?:peguei|apanhei|vi|li|descobri|encontrei|achei)\\s+(?:a |as |umas? |os |uns )?(?:mensage\\p{L}*|conversas?|msgs?|nudes|fotos|sms|directs?|dms?)\\s+d(?:ele|ela|o meu \\p{L}+|a minha \\p{L}+|o \\p{L}+|a \\p{L}+)\\s+(?:com|pra|para|a|ao)\\s+(?:outr[oa]|outro cara|outra mina|uma mina|um cara|a ex|o ex|uma gaja|um gajo|a amante|o amante|uma colega|um colega|outra mulher|outro homem)', base: 0.85, about: 'anyone' },
  // "Descobri a traição pelo extrato do cartão dele": the betrayal found out.
  // "Descubro que ele andava com outra há meses", "descobri que ela tinha outro", "soube que o meu marido saía com uma colega".
  {
    category: 'relationship',
    match: '(?:descobri|descubro|descobrimos|soube|fiquei a saber|fiquei sabendo|vim a saber|acabei de descobrir|acabo de descobrir|me contaram|contaram-me)(?:\\s+(?:ontem|hoje|agora|finalmente|entretanto|ha pouco|esta semana|por acaso))?\\s+que\\s+(?:ele|ela|o meu \\p{L}+|a minha \\p{L}+|meu \\p{L}+|minha \\p{L}+|o \\p{L}+|a \\p{L}+)\\s+(?:(?:ja|tambem|sempre)\\s+)?(?:andava|anda|estava|esta|tava|ta|saia|sai|tinha|tem|ficava|fica|dormia|dorme|namorava|namora|curtia|pegava|vivia|vive)\\s+(?:(?:com|a sair com|saindo com|a dormir com|dormindo com|a ver|vendo|enrolad[oa] com|metid[oa] com)\\s+)?(?:outr[oa](?:\\s+(?:pessoa|mulher|homem|mina|gaja|gajo|cara|moca|moco|familia|namorad[oa]))?(?=\\s*(?:[.,;:!?]|$|\\p{Extended_Pictographic})|\\s+(?:ha|faz|desde|pelas|pelos|nas|nos|no|na|em|e|que|dele|dela|ja|sempre|tambem|enquanto)\\b)|uma amante|um amante|a ex|o ex|uma colega|um colega|a (?:minha )?melhor amiga|o (?:meu )?melhor amigo|uma gaja|um gajo|uma mina|um cara|uma vizinha|um vizinho)\\b(?!\\s+(?:vez|coisa|coisas|opcao|casa|roupa|cara|forma|maneira|ideia|camisa|profissao|empresa|filh\\p{L}*|carro|cor|tatuagem))',
    unless: ['que (?:a |o )?(?:minha |meu )?(?:amig|irm|prim|vizinh|colega|cunhad|tia|tio|mae|pai)\\p{L}*', 'filme|serie|novela|livro|personagem'],
    base: 0.85,
    about: 'anyone',
  },
  // "15 anos juntos e hoje ele fez as malas": the partner gone, with the years said.
  { category: 'relationship', match: `(?:ele|ela|(?:(?:o |a )?(?:meu|minha)\\s+)?${PARTNER})\\s+(?:(?:ja|hoje|ontem|finalmente|simplesmente|do nada)\\s+)?(?:fez as malas|arrumou as malas|fez a mala|pegou nas coisas dele|pegou nas coisas dela|levou as coisas dele|levou as coisas dela|foi-se embora de vez|foi embora de vez)`, requiresInText: ['\\d+ anos|anos juntos|anos de casad\\p{L}*|acabou|💔|divorcio|separa\\p{L}*|de vez'], unless: ['viagem|ferias|voo|aeroporto|congresso|trabalho fora|erasmus|intercambio|tropa|quartel'], base: 0.8, about: 'anyone' },
  // "Saí de casa ontem com duas malas" after a break-up; "vim-me embora de casa de vez".
  { category: 'relationship', match: '(?:sai|saimos|fui embora|fui-me embora|vim embora|vim-me embora)\\s+de casa\\b[^.!?\\n]{0,30}?(?:malas?|mochila|de vez|para sempre|pra sempre|com (?:os|as|o|a) (?:miudos|filhos|criancas|meninos|meninas))', requiresInText: ['acabou|acabamos|terminamos|terminou|separa\\p{L}*|divorci\\p{L}*|traiu|traicao|traia|outra|outro|corn[oa]|chifre|💔|\\bex\\b|\\d+ anos (?:de|e)'], unless: ['ferias|viagem|aeroporto|voo|praia|erasmus|intercambio|faculdade|universidade|pais|quarto de hotel|hostel|mudanca de cidade'], base: 0.8 },
  { category: 'relationship', match: '(?:descobri|descobrimos|soube|fiquei a saber|fiquei sabendo)\\s+(?:a |da |uma |de uma )?(?:traicao|traicoes|pulada de cerca|amante)(?:\\s+d(?:ele|ela|o meu \\p{L}+|a minha \\p{L}+|o \\p{L}+|a \\p{L}+))?', unless: ['filme', 'serie', 'novela', 'livro', 'd[oa]s? (?:minha |meu )?(?:amig|irm|prim|vizinh|colega)\\p{L}*'], base: 0.85, about: 'anyone' },
  // "Apanhei-o com outra", "flagrei meu namorado com outra": the partner caught cheating.
  { category: 'relationship', match: `(?:apanhei|peguei|flagrei|encontrei|vi)(?:-o|-a)?\\s+(?:(?:o|a|ele|ela)\\s+)?(?:(?:meu|minha|o meu|a minha)\\s+${PARTNER}\\s+)?(?:com outra|com outro|na cama com|aos beijos com|beijando outra|beijando outro|com a amante|com o amante|no flagra)`, base: 0.85, about: 'anyone' },
  // "To passando por um divórcio horrível", "estamos em processo de separação".
  { category: 'relationship', match: '(?:estou|to|tou|estamos|ando|andamos)\\s+(?:passando|a passar|no meio de|em pleno|em processo de|num processo de|enfrentando|a enfrentar|lidando com|a lidar com)\\s+(?:por\\s+)?(?:um |uma |o |a |do |da )?(?:divorcio|separacao)', base: 0.85 },
  // "O divórcio saiu finalmente", "o divórcio está assinado": the divorce itself done (not "o divórcio do ator").
  { category: 'relationship', match: '(?:o )?divorcio (?:ja )?(?:saiu|sai (?:hoje|amanha|esta semana|para a semana)|foi assinado|esta assinado|ta assinado|esta feito|ficou feito|ficou resolvido|foi decretado|foi homologado|e oficial|foi finalizado|esta finalizado|andou|avancou|arrasta-se|nao sai)', unless: ['filme', 'serie', 'novela', 'livro'], base: 0.85 },
  // European custody words: "a audiência das responsabilidades parentais dos miúdos", "a pensão de alimentos que o meu ex não paga".
  {
    category: 'relationship',
    match: '(?:responsabilidades parentais|regulacao do poder paternal|poder paternal|pensao de alimentos|audiencia (?:do divorcio|da guarda|de conciliacao|de partilhas)|processo de (?:divorcio|guarda|regulacao)|partilha dos bens)',
    requiresInText: ['\\b(?:meu|minha|o meu|a minha) ex\\b|\\b(?:meus|minhas|nossos|nossas)\\s+(?:filh|miud|crianc|pequen)\\p{L}*|\\b(?:dos|das) (?:miudos|criancas|pequenos|filhos)\\b|\\b(?:meu|nosso) (?:divorcio|processo)\\b'],
    base: 0.85,
    about: 'anyone',
  },
  // "O pai dos meus filhos não paga pensão há 6 meses": child support unpaid.
  {
    category: 'relationship',
    match: '(?:nao paga|nunca pagou|deixou de pagar|parou de pagar|atrasou|atrasa|nao deposita|nao depositou|nao pagou)\\s+(?:a\\s+)?pensao(?: alimenticia| de alimentos| dos (?:miudos|filhos|meninos))?',
    requires: ['\\bex\\b|(?:o pai|a mae) d(?:os|as|o|a) (?:meus|minhas|meu|minha|nossos|nossas)|\\bmeu ex|\\bminha ex'],
    base: 0.85,
    about: 'anyone',
    // The "não" is the complaint, not its denial.
    denied: 'keeps',
  },
  // "Meu ex tá me enchendo o saco de novo", "o meu ex não para de me ligar": the ex harassing the author.
  {
    category: 'relationship',
    match: '(?:(?:meu|minha|o meu|a minha)\\s+)ex(?:-marido|-mulher|-namorad[oa]|-espos[oa]| marido| mulher| namorad[oa])?\\s+(?:(?:ta|esta|anda|vive|continua|continua a|anda a|vive a|voltou a|nao para de|nao pára de|nao me deixa em paz|ja)\\s+)?(?:(?<=(?:voltou a|nao para de|continua a|anda a|vive a)\\s+)(?:mandar (?:mensagens|mensagem|msgs?|sms|mails?|nudes)|ligar|telefonar|aparecer|escrever)|me enchendo|me encher|a encher-me|me perseguindo|me perseguir|a perseguir-me|me ameacando|me ameacar|a ameacar-me|me ameacou|ameacou-me|me ligando|me ligar|a ligar-me|me mandando mensage\\p{L}*|me mandar mensage\\p{L}*|a mandar-me mensage\\p{L}*|me infernizando|a infernizar-me|me stalkeando|me bloqueou|bloqueou-me|me difamando|me expoe|apareceu (?:la )?em casa|apareceu a porta|me chatear|a chatear-me|me chateando)',
    base: 0.85,
    about: 'anyone',
    // "Meu ex não para de ligar", "não me deixa em paz": the "não" is the complaint, not its denial.
    denied: 'keeps',
  },

  // confidential: work not yet public.
  // "vi a lista de quem vai ser despedido em cima da mesa do diretor", "espreitei a lista dos cortes": the list of who goes, seen before it is out.
  { category: 'confidential', match: '(?:vi|li|espreitei|encontrei|achei|tive acesso a|chegou-me|recebi)\\s+(?:a\\s+)?lista\\s+(?:de quem vai ser|de quem vai|dos que vao ser|das pessoas que vao ser|de quem sera|dos|das|de)\\s+(?:despedid\\p{L}*|demitid\\p{L}*|despedimentos|demissoes|cortes|mandad[oa]s embora|dispensad\\p{L}*|sair|layoff)', base: 0.85, about: 'anyone' },
  // "vem aí demissão em massa no banco, fiquei sabendo na reunião fechada", "rádio corredor diz que a loja fecha": work news heard behind closed doors.
  { category: 'confidential', match: '(?:fiquei sabendo|fiquei a saber|soube|ouvi|ouvimos|disseram)\\s+(?:\\p{L}+\\s+){0,2}?(?:na|numa|em)\\s+reuniao\\s+(?:fechada|a portas fechadas|secreta|da diretoria|da direcao|da administracao|do conselho|com a diretoria)|(?:a portas fechadas|em off|off the record|radio corredor|radio peao|por baixo dos panos|de fonte (?:segura|interna))', requiresInText: ['demit\\p{L}*|demiss\\p{L}*|despedi\\p{L}*|mandar embora|cortes?\\b|layoff|lay-off|passaralho|reestrutura\\p{L}*|fusao|vendid[oa]|falencia|encerr\\p{L}*|(?:vao|vai) fechar|fech(?:a|ar|am) (?:a|o) (?:loja|fabrica|filial|escritorio|unidade|sede)|fecho d[ao]|perdemos (?:o|a) (?:cliente|conta|contrato)'], unless: [...NEWS_FRAME, 'governo|ministro|parlamento|congresso|stf|politic\\p{L}*|futebol|clube|selecao|treinador|novela|serie'], base: 0.8, about: 'anyone' },
  { category: 'confidential', match: '(?:(?:isto|isso) e confidencial|informacao confidencial|sob (?:nda|acordo de confidencialidade|sigilo)|(?:ainda )?nao (?:e|foi) oficial|antes de (?:ser anunciado|anunciarem|sair na imprensa|ser oficial|sair no jornal|ser publico)|bico calado|caladinh[oa]s?|ninguem (?:foi|esta|ta) avisad[oa]|ainda nao avisaram (?:ninguem|a equipa|a equipe|o pessoal)|nao avisaram ninguem|ninguem pode saber disto|nao podem saber|nao era para (?:eu )?(?:saber|contar|dizer)|nao ouviram (?:isto |isso )?de mim|voces nao ouviram nada|vazou na reuniao|soube (?:hoje )?na reuniao (?:de diretoria|da direcao|da administracao))', base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:(?:vao|vamos|vai) (?:demitir|despedir|mandar embora|cortar) (?:uns |umas |cerca de |mais de |quase |perto de )?(?:metade|\\d+|um terco|o departamento|a equipe|a equipa|muita gente|o pessoal|toda a)|(?:vai|vao) haver (?:um )?(?:layoff|despedimento coletivo|demissoes|cortes)|(?:vao|vai|vamos) fechar (?:a|o|a nossa|o nosso|nossa|nosso|esta|este|essa|esse) (?:escritorio|fabrica|loja|filial|sede|unidade|planta|agencia|fabrica|delegacao|armazem)|(?:vao|vai|vamos) fechar \\d+ (?:agencias|lojas|filiais|fabricas|unidades|escritorios|balcoes)|(?:vamos ser|seremos|fomos) (?:comprad[oa]s|adquirid[oa]s|vendid[oa]s)|(?:a )?fusao com|(?:vamos|vai) perder (?:o |a )?(?:nosso |nossa )?(?:maior )?(?:cliente|conta|contrato)|perdemos (?:o |a )?(?:nosso |nossa )?(?:maior )?(?:cliente|conta(?!\\s+(?:d[aoe]s?|a|as|aos|ao)\\s+(?:quant\\p{L}*|vezes|horas|dias|anos|cervejas|caipirinhas|imperiais|finos|copos|shots|doses|bebidas|garrafas|rodadas|tacas|sangrias|vinhos|drinks|gins|latas|minis))|contrato)|vem ai (?:um )?(?:despedimento|layoff|demissoes|cortes))', unless: ['as \\d', 'mais cedo', 'feriado', 'horas', ...NEWS_FRAME, OTHERS_WORKPLACE], base: 0.8, about: 'anyone' },
  // "A empresa vai ser vendida pra um grupo americano", "metade do TI vai pro olho da rua", "vai ter passaralho": a sale or layoffs to come.
  {
    category: 'confidential',
    match: '(?:a (?:empresa|firma|companhia|agencia|startup|loja|fabrica)|a gente|nos)\\s+(?:vai ser|vamos ser|vai ficar|vai passar a ser)\\s+(?:vendid[oa]s?|comprad[oa]s?|adquirid[oa]s?|incorporad[oa]s?|fundid[oa]s?|absorvid[oa]s?)|(?:metade|um terco|\\d+\\s*%|\\d+ pessoas|muita gente|o departamento|a equipa|a equipe|o time|o pessoal)\\b[^.!?\\n]{0,20}?\\b(?:vai|vao) (?:pro|para o|pra) olho da rua|(?:vai|vao) (?:rolar|haver|ter) (?:um )?(?:passaralho|demissoes|cortes|despedimentos|layoff|lay-off|(?:corte|reducao) de (?:\\d+\\s*%|metade|um terco))|passaralho|corte de (?:\\d+\\s*%|metade|um terco) (?:do quadro|da equipe|da equipa|do pessoal|dos funcionarios)|(?:reducao|corte) (?:do|no) quadro',
    unless: [...NEWS_FRAME, OTHERS_WORKPLACE, 'selecao', 'jogadores', 'plantel', 'elenco', 'treinador', 'tecnico', 'clube', 'derrota', 'campeonato', 'equipa de futebol', 'time de futebol'],
    base: 0.8,
    about: 'anyone',
  },
  // "Ainda é segredo", "top secret": a secret, with work news beside it ("é segredo o ingrediente do bolo" is not).
  {
    category: 'confidential',
    match: '(?:ainda e|por enquanto e|isto e|isso e|e) segredo(?: absoluto| por enquanto| ate \\p{L}+)?|segredo absoluto|top secret|ainda e sigiloso',
    requiresInText: [WORK_NEWS],
    // A school project's theme, a party, a present: no work news.
    unless: ['escola', 'colegio', 'surpresa', 'presente', 'prenda', 'festa', 'receita', 'bolo', 'tema', 'casamento', 'nome d[oa] bebe', 'sexo d[oa] bebe', 'cha revelacao'],
    base: 0.8,
    about: 'anyone',
  },
  // "A gente só pode falar na sexta, então psiu", "só podemos anunciar em janeiro": work news before its day.
  // "Não posso falar nada oficialmente mas a fábrica de Campinas fecha em março", "não devia contar, mas vão fechar a filial": the secret told right after saying so.
  { category: 'confidential', match: 'nao (?:posso|podemos|devia|devo|deveria|deviamos|e suposto|era suposto|tou autorizad[oa] a|estou autorizad[oa] a)\\s+(?:(?:ainda|mesmo)\\s+)?(?:falar|dizer|contar|comentar|revelar|adiantar|abrir o bico|falar disto|falar disso)(?:\\s+(?:nada|muito|isto|isso|disto|disso|nisso|nisto|sobre isto|sobre isso))?(?:\\s+(?:oficialmente|publicamente|ainda|por enquanto|aqui|por aqui|abertamente))?\\s*,?\\s*(?:\\.\\.\\.\\s*)?(?:mas|porem|so que|contudo|entao|pois)\\b', requiresInText: [WORK_CHANGE], unless: [...NEWS_FRAME, 'surpresa|aniversario|presente|pedido de casamento|gravid\\p{L}*|spoiler|final da serie|episodio|bolo|lanche|amigo secreto|amigo oculto|happy hour'], base: 0.8, about: 'anyone', denied: 'keeps' },
  // "A fábrica de Campinas fecha em março. A diretoria sabe desde agosto 🤐": a site's closing date, with a sign it is not public.
  { category: 'confidential', match: `(?:a|o|nossa|nosso|a nossa|o nosso)?\\s*(?:fabrica|filial|unidade|planta|escritorio|sede|armazem|loja|centro de distribuicao|call center|linha de producao|departamento)\\s+(?:de|da|do|em|no|na)\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:fecha|vai fechar|encerra|vai encerrar|vai ser fechad[oa]|vai ser encerrad[oa]|fecham|vao fechar)\\s+(?:em|no|na|ate|ate ao fim de|no fim de|a)\\s+(?:${MONTH}|dezembro|fim do ano|fim do mes|\\d|janeiro)`, requiresInText: ['nao posso|🤐|🤫|segredo|ninguem sabe|oficialmente|ainda nao (?:foi|e|esta) (?:anunciad|public|oficial|comunicad)|(?:sabe|sabem) desde|so (?:a diretoria|os chefes|a chefia|a administracao) sabe|(?:os|as) (?:funcionarios|trabalhadores|colegas|operarios) (?:nao sabem|ainda nao sabem|nem sonham)|nem sonham|entre nos|nao contem|bico calado'], unless: NEWS_FRAME, base: 0.8, about: 'anyone' },
  { category: 'confidential', match: '(?:so|apenas|ainda nao) (?:podemos|pode|posso|poderemos|vamos poder|da para|da pra|e para|e pra) (?:falar|contar|dizer|anunciar|divulgar|comunicar)(?: disso| disto| nisso| nisto| isto| isso)?(?:\\s+(?:na|no|em|a partir de|depois d[eoa]s?|dia|para a semana|semana que vem|mes que vem))?', requiresInText: [WORK_NEWS], unless: NEWS_FRAME, base: 0.8, about: 'anyone', denied: 'keeps' },
  // The NDA signed, then told: "assinei NDA mas posso dizer que...", "assinei um acordo de confidencialidade, só digo isto".
  { category: 'confidential', match: '(?:assinei|assinamos|assinei um|assinamos um|tive de assinar|tive que assinar)\\s+(?:um |o )?(?:nda|acordo de confidencialidade|termo de (?:confidencialidade|sigilo)|contrato de sigilo)', requires: ['mas|so (?:digo|posso)|posso (?:dizer|adiantar|contar)|vou contar|ai vai|spoiler|🤐|🤫'], base: 0.8, about: 'anyone' },
  // "Vão mandar metade do time embora depois do carnaval", "vão pôr 30 pessoas na rua".
  { category: 'confidential', match: '(?:vao|vai|vamos|querem|estao para)\\s+(?:mandar|por|botar|meter)\\s+(?:metade|um terco|\\d+|muita gente|o pessoal|a equipa|a equipe|o time|o departamento|\\d+ pessoas|\\d+ funcionarios|gente)\\b[^.!?\\n]{0,25}?\\b(?:embora|na rua|no olho da rua|pra rua|para a rua)', unless: [...NEWS_FRAME, 'selecao', 'jogadores', 'plantel', 'elenco', 'treinador', 'clube'], base: 0.8, about: 'anyone' },
  // "Ainda não disseram aos funcionários", "os funcionários ainda não sabem": the news kept from those it concerns.
  { category: 'confidential', match: '(?:ainda nao|nem) (?:disseram|contaram|avisaram|comunicaram|informaram|anunciaram|explicaram)(?: nada)?\\s+(?:a|aos|as|ao|pra|pros|para os|para as|a nenhum dos)\\s+(?:funcionarios|trabalhadores|equipa|equipe|pessoal|time|colaboradores|empregados|clientes|operarios)|(?:os|as) (?:funcionarios|trabalhadores|colaboradores|empregados|operarios|colegas) (?:ainda )?nao (?:sabem|fazem ideia)', requiresInText: [WORK_NEWS], base: 0.8, about: 'anyone', denied: 'keeps' },
  // "Ainda não é público", "não foi divulgado": work news before it is out.
  { category: 'confidential', match: '(?:ainda )?nao (?:e|foi|esta|ta) (?:publico|publica|divulgad[oa]|comunicad[oa]|anunciad[oa])(?: ainda)?', requiresInText: [WORK_NEWS], unless: ['evento', 'festa', 'perfil', 'conta', 'grupo', 'instagram', 'praia', 'estacionamento'], base: 0.8, about: 'anyone', denied: 'keeps' },
  // "Ninguém pode saber": the secret, not its denial; with work news beside it ("ninguém pode saber o final da série" is not).
  // "A nossa empresa vai ser comprada pela concorrência", "o meu departamento vai ser extinto em março": the employer's fate before it is public.
  { category: 'confidential', match: '(?:a|o)?\\s*(?:nossa|nosso|minha|meu)\\s+(?:empresa|firma|startup|banco|grupo|loja|agencia|escritorio|fabrica|departamento|setor|sector|equipa|equipe|time|area|filial|unidade)\\s+(?:vai|vao|deve|devem|esta para|estao para|esta prestes a|vai mesmo)\\s+(?:ser\\s+)?(?:comprad[oa]|vendid[oa]|adquirid[oa]|fechad[oa]|fechar|encerrad[oa]|encerrar|extint[oa]|incorporad[oa]|fundid[oa]|desmontad[oa]|cortad[oa]|reestruturad[oa]|terceirizad[oa]|deslocalizad[oa])', unless: [...NEWS_FRAME, 'ferias', 'feriado', 'para obras', 'mais cedo', 'as \\d', 'horas', 'natal', 'balanco', 'inventario'], base: 0.8, about: 'anyone' },
  { category: 'confidential', match: '(?:vai|vao) (?:rolar|haver|ter|acontecer) (?:um |uma |o |a )?(?:passaralho|facao|corte|cortes|demissoes|demissao em massa|despedimentos?|despedimento coletivo|layoff|lay-off|reestruturacao)', unless: [...NEWS_FRAME, OTHERS_WORKPLACE, 'cabelo', 'luz', 'agua', 'energia', 'transito', 'estrada'], base: 0.8, about: 'anyone' },
  // "Não contem a ninguém", "fica entre nós" keep a secret only beside work news; beside a sick day they hide the skip, not the employer's news.
  { category: 'confidential', match: 'nao (?:contem|digam|espalhem|conta|contes|digas) (?:a|pra|para) ninguem|nao espalhem|nao espalhes|fica entre nos', requiresInText: [WORK_NEWS], unless: ['doente|febre|atestado|baixa medica|liguei a dizer|liguei dizendo|faltei|gripe|virose|surpresa|aniversario|presente|pedido de casamento|gravida'], base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:o|a|nosso|nossa|o nosso|a nossa)\\s+(?:maior\\s+|principal\\s+)?(?:cliente|conta|parceiro|investidor|contrato)\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:vai|vao|quer|esta para|ta para|esta a)\\s+(?:sair|embora|deixar-nos|nos deixar|rescindir|cancelar|acabar|romper|mudar para a concorrencia)', requiresInText: ['nao posso (?:falar|dizer|contar)|ninguem sabe|segredo|🤐|🤫|ainda nao|panico|shhh?|psiu|entre nos|nao contem|spoiler'], unless: NEWS_FRAME, base: 0.8, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: 'ninguem pode saber', requiresInText: [WORK_NEWS], base: 0.8, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:nem (?:os|o|a) (?:rh|chefe|chefes|diretor|diretora|equipa|equipe|chefia|time|pessoal|departamento|setor|colegas|galera|malta|funcionarios|trabalhadores) (?:sabem?|sabe)(?: (?:ainda|de nada|disso|disto))?|ainda ninguem sabe|ninguem (?:d[oa]s?\\s+\\p{L}+\\s+)?sabe (?:ainda|de nada|disto|disso))', base: 0.8, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:os )?(?:resultados|numeros|faturamento|faturacao|receita|lucro|vendas) (?:(?:do|deste|desse|neste|nesse) trimestre|trimestrais|caiu|cairam|caiu \\d+%|vao|sao)', requires: ['antes|ainda|segredo|vazou|vazar|conselho|reuniao|apresent\\p{L}*|ninguem sabe|escond\\p{L}*|acionistas|investidores|mercado|vi os (?:numeros|resultados)|ja vi|pessim\\p{L}*|horrivei?s|prejuizo|desastr\\p{L}*|catastrof\\p{L}*'], unless: NEWS_FRAME, base: 0.8, about: 'anyone' },

  // badge-id: an ID shown.
  { category: 'badge-id', match: '(?:meu|minha|o meu|a minha|meu novo|minha nova|o meu novo|a minha nova|foto d[oa] (?:meu|minha))\\s+(?:rg|cnh|passaporte|bilhete de identidade|cartao de cidadao|carta de conducao|carteira de motorista|carteira de habilitacao|carteira de identidade|carteira de trabalho|ctps|identidade|cracha|cartao de (?:funcionari[oa]|colaborador[a]?|empregad[oa]|trabalhador[a]?|acesso|identificacao)|cartao da empresa|titulo de eleitor|cartao do sus|cartao de utente|autorizacao de residencia|titulo de residencia|green card|badge)', unless: [...ADVICE, 'venc\\p{L}*|caduc\\p{L}*|expir\\p{L}*|perdi|perdeu|roubaram|roubad[oa]|furtad[oa]|esqueci|renova\\p{L}*|renovo|segunda via|onde (?:se )?(?:tira|renova|faz|pede|tiro|renovo)|como (?:se )?(?:tira|renova|faz|pede|tiro|renovo)|agendamento|marcacao|marquei|sef\\b|aima|poupatempo|detran|loja do cidadao|fila'], base: 0.85, about: 'self' },
  { category: 'badge-id', match: 'numero d[oa] (?:rg|cpf|passaporte|cartao de cidadao|seguranca social|nif|niss|cnh)', base: 0.4, about: 'self' },
  // A photo of a document, said or in the alt: "Foto do crachá da empresa com o meu nome", "Fotografia do cartão de cidadão com nome e número".
  { category: 'badge-id', match: `(?:foto|fotografia|fotinha|print|scan|digitalizacao|imagem)\\s+d[oa]\\s+(?:(?:meu|minha|o meu|a minha|nov[oa])\\s+)?${ID_DOC}`, unless: ADVICE, base: 0.8, about: 'self' },
  { category: 'badge-id', match: `${ID_DOC}\\b[^.\\n]{0,60}?\\b(?:aberto|aberta|na pagina|com (?:a |o )?(?:minha |meu )?(?:foto|fotografia|nome|numero|matricula|dados)|com os (?:meus )?dados|frente e verso)`, unless: ADVICE, base: 0.8, about: 'self' },
  // "Carta de condução na mão!!!", "CNH chegou 🚗", "passaporte pronto, olhem": the document just got, shown off.
  { category: 'badge-id', match: `${ID_DOC}(?:\\s+(?:nov[oa]|renovad[oa]|definitiv[oa]))?\\s+(?:na mao|em mao|na maozinha|chegou|ja chegou|acabou de chegar|pront[oa]|ja esta pront[oa]|ta pront[oa]|levantad[oa]|em casa)`, requiresInText: ['olh(?:a|em|e|ai)|foto\\p{L}*|cara de|📸|📷|🪪|🚗|🚙|🛂|!|finalmente|passei|aprovad[oa]|primeira|yay|eba|uhu'], unless: [...ADVICE, 'como (?:se )?(?:pede|peco|tiro|renovo|faco|marco|levanto)', 'onde', 'quando', 'quanto tempo', '(?:dele|dela|do meu|da minha|do \\p{L}+|da \\p{L}+) (?:chegou|ja chegou)', 'sem (?:a )?foto'], base: 0.8, about: 'self' },
  // The verb first: "Chegou o meu cartão de cidadão novo, tirei foto", "finalmente chegou a minha CNH, olhem" (the third person is the document's, not someone else's).
  { category: 'badge-id', match: `(?:(?:ja|finalmente|hoje|ontem)\\s+)?(?:chegou|chegaram|chegou-me)\\s+(?:finalmente\\s+)?(?:o meu|a minha|meu|minha)\\s+(?:nov[oa]\\s+)?${ID_DOC}`, requiresInText: ['olh(?:a|em|e|ai)|foto\\p{L}*|cara de|📸|📷|🪪|🚗|🛂|segue|aqui esta|ai esta'], unless: [...ADVICE, 'sem (?:a )?foto', 'ainda nao|nunca|quando'], base: 0.8, about: 'anyone' },
  // A new document shown off: "Cartão de cidadão renovado, olhem esta cara", "meu RG novo ficou horrível, olha isso", "CNH nova na mão 📸".
  {
    category: 'badge-id',
    match: `${ID_DOC}\\s+(?:nov[oa]|renovad[oa]|tirad[oa]|fresquinh[oa]|acabad[oa] de (?:chegar|sair|tirar))\\b`,
    requiresInText: ['olh(?:a|em|e|ai)|foto\\p{L}*|cara de|cara e|fiquei|ficou|saiu|chegou|na mao|em mao|📸|📷|🪪|isto|isso'],
    unless: [...ADVICE, 'como (?:se )?(?:pede|peco|tiro|renovo|faco|marco)', 'onde'],
    base: 0.8,
    about: 'self',
  },

  // boss-complaint: the boss or the job, run down in public.
  { category: 'boss-complaint', match: `(?:meu|minha|o meu|a minha|o|a|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|manager|lider|gestor[a]?|chefia|superior[a]? hierarquic[oa]|team leader)\\s+(?:e|eh|continua (?:a ser|sendo)|e mesmo|e mesmo um|e muito|is|is such)(?:\\s+(?:mesmo|muito|tao|mas|super|mega|completamente|totalmente|extremamente|demasiado|bue|mo|literalmente|simplesmente|sinceramente|honestamente|oficialmente|sempre|de longe|sem duvida|mt|mto|muuito|tipo|um grande|uma grande|um baita|uma baita|um autentico|uma autentica|um verdadeiro|uma verdadeira|um belo|uma bela|um enorme|uma enorme|um completo|uma completa|um perfeito|uma perfeita|um tremendo|uma tremenda|um rematado|uma rematada|um grandessissimo|uma grandessissima|completo|completa|perfeito|perfeita|tremendo|tremenda))*\\s+(?:um[a]?\\s+)?${INSULT}`, unless: ['adoro (?:ele|ela|o|a|esse|essa)|amo (?:ele|ela|esse|essa)|mas (?:e |um |uma |e um |e uma )?(?:querid[oa]|fofo|fofa|engracad[oa]|gente boa|boa pessoa|um amor|bom chefe|boa chefe)|brincadeira|(?:o|a) melhor (?:chefe|patrao|patroa|gerente)'], base: 0.9, about: 'anyone', denied: 'keeps' },
  // "Pena passar o dia a aturar a minha chefe, que consegue ser incompetente e arrogante ao mesmo tempo", "o meu gerente, que só sabe ser grosseiro": the boss, then a clause of who they are.
  { category: 'boss-complaint', match: `(?:meu|minha|o meu|a minha|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|manager|lider|gestor[a]?|chefia)\\s*,?\\s+(?:que|q)\\s+(?:(?:e|eh|consegue ser|sabe ser|so sabe ser|continua a ser|continua sendo|anda|esta|ta|foi|era|sempre foi|virou|se tornou|tornou-se|consegue ser sempre)\\s+)(?:\\p{L}+\\s+){0,3}?(?:um[a]?\\s+)?${INSULT}`, unless: ['adoro (?:ele|ela|o|a|esse|essa)|amo (?:ele|ela|esse|essa)|brincadeira|(?:o|a) melhor (?:chefe|patrao|patroa|gerente)', 'nao (?:e|eh|foi|era|esta|ta|anda) (?:nada |nem um pouco |nunca )?'], base: 0.85, about: 'anyone' },
  // "tô putassa com meu chefe", "revoltada com a minha gerente outra vez": angry at the boss (not "passada", also "amazed").
  { category: 'boss-complaint', match: `(?:put[oa]s?|putass[oa]|put[oa] da vida|furios[oa]|irritad[oa]|irritadissim[oa]|revoltad[oa]|pistola|bolad[oa]|ful[oa]|possess[oa]|chatead[oa])\\s+(?:com|c|cm|c/)\\s+(?:o |a )?(?:meu|minha|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|manager|lider|gestor[a]?|chefia)(?!\\s+(?:d[oa]s?|de)\\s)`, unless: ['ficou|ficaram|esta (?:put|furios|irritad|chatead)\\p{L}* comigo'], base: 0.8, about: 'anyone' },
  // "Passar o dia a aturar a minha chefe", "mais uma semana aguentando o meu gerente": the boss endured (not "suportar", also business Portuguese for "to support": "suportar o meu gestor na decisão").
  { category: 'boss-complaint', match: `(?:aturar|aturo|aturei|aturava|aturando|aguentar|aguento|aguentei|aguentando|ature|aguente)\\s+(?:mais\\s+(?:um dia|uma semana|um mes)\\s+)?(?:o meu|a minha|meu|minha|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|manager|lider|gestor[a]?|chefia)(?!\\s+(?:d[oa]s?|de)\\s)`, unless: ['(?:me|nos|te) (?:aturar|aguentar|suportar)|(?:me|nos|te) (?:atura|aguenta|suporta)|(?:obrigad[oa]|agradeco|agradecer) (?:a|ao|por)', 'mas (?:foi|e|ate foi|ate e) (?:divertido|giro|engracado|fixe|bom|otimo)|adoro|gosto (?:muito )?d'], base: 0.8, about: 'anyone' },
  { category: 'boss-complaint', match: '(?:odeio|detesto|nao aguento(?: mais)?|nao suporto|(?:to|estou|tou) de saco cheio|(?:to|estou|tou) (?:fart[oa]|cansad[oa]|put[oa]))\\s+(?:d[oa]\\s+|com\\s+(?:o|a)\\s+|(?:o|a)\\s+)?(?:meu|minha|este|esse|esta|essa|deste|desse|desta|dessa|my)\\s+(?:trabalho|emprego|job|boss|chefe|patrao|patroa|empresa|escritorio|gerente|encarregad[oa]|firma|servico|trampo|job)', base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'boss-complaint', match: '(?:meu|o meu|minha|a minha|este|esse|esta|essa|my)\\s+(?:trabalho|emprego|job|company|empresa|firma|servico|trampo|job|escritorio)\\s+(?:e|eh|e uma|e um|eh uma|eh um)\\s+(?:uma\\s+|um\\s+)?(?:merda|bosta|lixo|pesadelo|prisao|tortura|inferno|horrivel|droga|palhacada|circo|escravidao|porcaria|desgraca|treta|zona|bagunca|baderna|hospicio|piada|vergonha|roubada|furada|cilada|manicomio|selva|chiqueiro|pocilga)', base: 0.85, about: 'anyone' },
  { category: 'boss-complaint', match: '(?:empresa|firma|trampo|emprego|trabalho|chefia|chefe|patrao|patroa|gerente|gerencia|direcao|diretoria|gestao) (?:lixo|de merda|de bosta|podre|do caralho|da treta|de treta|toxic[oa]|horrivel|nojent[oa])', requiresInText: ['aqui|aumento|salario|ordenado|chefe|patrao|anos|sair|trata|\\bmeu\\b|\\bminha\\b|trabalho|emprego'], base: 0.8, about: 'anyone' },
  // "O gajo do meu chefe é um parvalhão", "o idiota do meu gerente": the insult built into the boss's name.
  { category: 'boss-complaint', match: '(?:o|a) (?:gajo|gaja|idiota|imbecil|parvo|parva|parvalhao|estupido|estupida|anormal|otario|otaria|palhaco|palhaca|cretino|cretina|besta|burro|burra|filho da puta|fdp|corno|babaca|escroto|escrota|energumeno|traste|chato|chata|mala) d[oa] (?:meu|minha) (?:chefe|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|diretor[a]?|director[a]?|coordenador[a]?)', base: 0.85, about: 'anyone' },
  // "Meu gerente é o ser humano mais incompetente que já pisou nessa terra", "a minha chefe é a pessoa mais tóxica".
  { category: 'boss-complaint', match: `(?:meu|minha|o meu|a minha|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|manager)\\s+(?:e|continua a ser|continua sendo)\\s+(?:o|a)\\s+(?:\\p{L}+\\s+){0,3}?(?:mais|maior)\\s+(?:${INSULT}|chat[oa]|mesquinh[oa]|falso|falsa|injust[oa]|mal-educad[oa]|mal educad[oa]|grosseir[oa]|preguicos[oa])`, base: 0.85, about: 'anyone' },
  // "Trabalhar com esse gerente é um inferno", "trabalhar aqui tem sido um pesadelo".
  { category: 'boss-complaint', match: '(?:trabalhar|trabalho)\\s+(?:aqui|nesta empresa|nessa empresa|neste sitio|nesse lugar|nesta firma|nessa firma|(?:com|para|pra) (?:esse|este|o meu|a minha|meu|minha|essa|esta|o|a) (?:chefe|gerente|patrao|patroa|chefia|supervisor[a]?|gestor[a]?|diretor[a]?|encarregad[oa]))\\s+(?:e|tem sido|esta a ser|ta sendo|esta sendo|virou)\\s+(?:um |uma )?(?:inferno|pesadelo|tortura|tormento|castigo|horror|merda|saco|prisao|escravidao|martirio)', base: 0.85, about: 'anyone' },
  // "Este emprego dá-me vómitos", "esse trampo me dá nojo", "só de pensar em voltar pro escritório fico mal".
  // "mó ranço do meu supervisor", "que ranço da minha chefe": Brazilian "ranço", loathing, of one's own boss.
  { category: 'boss-complaint', match: '(?:mo|mo maior|maior|que|um|uma|to com|tenho|pegar|peguei|bateu um|bate um)\\s+(?:ranco|rancinho|bode|nojo|asco|odio)\\s+(?:d[oa]|desse|dessa|deste|desta)\\s+(?:meu |minha )?(?:chefe|patrao|patroa|gerente|supervisor[a]?|coordenador[a]?|diretor[a]?|chefia|emprego|trampo|trabalho|firma|empresa)\\b', unless: ['ex-?(?:chefe|patrao|gerente|emprego|trabalho)|antig[oa] (?:chefe|emprego|trabalho|trampo|firma|empresa)'], base: 0.85, about: 'self' },
  // "O meu patrão ligou-me às 23h num domingo. A sério?", "minha chefe mandou zap de madrugada cobrando relatório": the boss at night or on a day off, complained of.
  { category: 'boss-complaint', match: `(?:(?:o|a)\\s+)?(?:meu|minha)\\s+(?:chefe|patrao|patroa|gerente|supervisor[a]?|diretor[a]?|coordenador[a]?|boss|chefia)\\s+(?:(?:ja|de novo|outra vez|ontem|hoje)\\s+)?(?:me ligou|ligou-me|me telefonou|telefonou-me|me mandou (?:uma )?(?:mensagem|msg|zap|whats\\p{L}*|email|e-mail|audio|mail)|mandou-me (?:uma )?(?:mensagem|msg|zap|whats\\p{L}*|email|e-mail|audio|mail)|mandou (?:uma )?(?:mensagem|msg|zap|whats\\p{L}*|email|e-mail|audio)|me chamou|chamou-me|marcou (?:uma )?(?:call|reuniao))\\b[^.!?\\n]{0,40}?\\b(?:(?:as|a)\\s+(?:2[1-3]|0?[0-5])(?:h|:\\d\\d|\\s*horas)|de madrugada|a meia-noite|meia noite|(?:num|no|em pleno|neste|nesse|este|esse) (?:domingo|sabado|feriado|natal|ano novo|reveillon)|nas (?:minhas )?ferias|(?:durante|em) (?:as )?(?:minhas )?ferias|na minha folga|no meu dia de folga|de folga)`, requiresInText: ['a serio|serio\\?|\\?!|!!|😡|🤬|🙄|😤|😩|absurdo|inacreditavel|ninguem merece|nao aguento|que saco|que raiva|pqp|affs?|socorro|respeito|limites?|de novo|outra vez|sempre|todo (?:dia|santo dia)|toda (?:a )?semana'], unless: ['(?:pra|para) (?:dar|me dar) (?:os )?parabens|parabens|promo\\p{L}*|aumento|bonus|feliz natal|boas festas|agradecer|elogi\\p{L}*|surpresa'], base: 0.8, about: 'self' },
  { category: 'boss-complaint', match: '(?:este|esse|meu|o meu|a minha|minha|esta|essa)\\s+(?:emprego|trabalho|trampo|servico|escritorio|empresa|firma|chefe|chefia|patrao)\\s+(?:da-me|me da|me deixa|deixa-me|me faz|faz-me|ja me da|ainda me da)\\s+(?:vomitos|vontade de vomitar|nojo|asco|nauseas?|ansiedade|depressao|urticaria|pavor|panico|dores de cabeca|doente|mal)', base: 0.85, about: 'anyone' },
  // "A minha chefe voltou a gritar comigo", "O meu chefe fica com os louros de tudo o que eu faço".
  { category: 'boss-complaint', match: '(?:chefe|patrao|patroa|gerente|supervisor[a]?|encarregad[oa])\\s+(?:\\w+\\s+){0,3}?(?:grit(?:a|ou|ar) comigo|(?:fica com|leva|rouba|roubou|levou|ficou com|copia|copiou) (?:todos )?(?:os )?(?:louros|creditos|meritos|meus creditos)|(?:rouba|roubou|copia|copiou|fica com|ficou com|apresenta|apresentou|assina|assinou)\\s+(?:as minhas|os meus|minhas|meus)\\s+(?:ideias|projetos|projectos|relatorios|trabalhos|apresentacoes|resultados))', requires: ['\\b(?:meu|minha)\\s+(?:chefe|patrao|patroa|gerente|supervisor[a]?|encarregad[oa])'], base: 0.85, about: 'anyone' },
  { category: 'boss-complaint', match: '(?:meu chefe|minha chefe|o meu chefe|a minha chefe|meu patrao|o meu patrao|meu gerente|minha gerente|o meu gerente)\\s+(?:nao sabe (?:fazer )?nada|nao faz nada|me explora|explora-me|grita comigo|me humilha|humilha-me|me persegue|me trata mal|trata-me mal|e o pior|me faz a vida (?:um inferno|impossivel)|me (?:fez|faz) chorar(?! de (?:rir|alegria|emocao|orgulho|felicidade|tanto rir))|(?:fez|faz)-me chorar(?! de (?:rir|alegria|emocao|orgulho|felicidade|tanto rir))|me ameacou|ameacou-me|me xingou|xingou-me|rouba (?:os )?meus (?:creditos|meritos|ideias))', base: 0.85, about: 'anyone', denied: 'keeps' },

  // "Meu trampo é uma bosta e meu gerente um babaca": the verb left out before the insult.
  { category: 'boss-complaint', match: `(?:meu|minha|o meu|a minha|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|manager|chefia|gestor[a]?)\\s+(?:um|uma)\\s+(?:grande\\s+|baita\\s+|belo\\s+|bela\\s+)?(?:${INSULT})`, base: 0.8, about: 'anyone' },
  // "Esta empresa dá cabo de mim", "esse emprego tá acabando comigo", "o meu chefe suga-me a alma".
  { category: 'boss-complaint', match: '(?:esta|essa|este|esse|a minha|o meu|minha|meu)\\s+(?:empresa|firma|emprego|trabalho|trampo|job|chefe|patrao|patroa|gerente|chefia|escritorio)\\s+(?:(?:ainda|ja|vai|esta a|ta|esta)\\s+)?(?:da cabo de mim|dar cabo de mim|(?:esta |ta |vai )?acaba(?:ndo|r)? comigo|a acabar comigo|me mata|mata-me|me esta a matar|esta-me a matar|(?:ta |esta )?me matando|me consome|consome-me|me suga|suga-me|me adoece|adoece-me|me destroi|destroi-me|me tira do serio|tira-me do serio)', unless: ['cadeira|sapato|calor|transito|dieta|treino'], base: 0.8, about: 'anyone' },
  // "Meu chefe não respeita ninguém, grita na frente do time todo", "a minha chefe humilhou-me à frente de todos".
  { category: 'boss-complaint', match: `(?:meu|minha|o meu|a minha|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|manager|chefia|gestor[a]?)\\s+(?:\\p{L}+\\s+){0,2}?(?:nao respeita|desrespeita|desrespeitou|grita|gritou|berra|berrou|humilha|humilhou|humilhou-me|chamou(?:-me)? de (?:burr[oa]|idiota|incompetente|inutil|estupid[oa]|lerd[oa]|preguicos[oa]|gord[oa]|burrinh[oa]|anta|jumenta?o?)|assedia|assediou|persegue|explora|xinga|xingou|insulta|insultou|ameaca|ameacou|nao paga|atrasa (?:o|os) (?:salario|pagamento|ordenado))\\b`, unless: ['(?:nunca|jamais|nao) (?:grita|berra|humilha|assedia|persegue|explora|xinga|insulta|ameaca|desrespeita)', 'gritou (?:golo|gol|de alegria|parabens)'], base: 0.8, about: 'anyone', denied: 'keeps' },
  // "Que ódio do meu chefe", "raiva da minha empresa", "trabalho num sítio horrível".
  { category: 'boss-complaint', match: `(?:que |tanto |um )?(?:odio|raiva|nojo|asco) (?:d[oa]|que tenho d[oa]) (?:meu|minha|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|manager|chefia|gestor[a]?|trabalho|emprego|empresa|firma|trampo|job)`, base: 0.85, about: 'anyone' },
  { category: 'boss-complaint', match: '(?:trabalho|trabalhar|trampo|trampar)\\s+(?:num|numa|nesse|neste|nessa|nesta|em|nu)\\s+(?:sitio|lugar|empresa|firma|buraco|pocilga|chiqueiro|escritorio|inferno)\\s+(?:horrivel|de merda|toxico|podre|pessimo|miseravel|infernal|de bosta|nojento|da treta)', base: 0.85, about: 'anyone' },
  // sick-skip: a day off work on a false excuse.
  { category: 'sick-skip', match: '(?:(?:pegar|peguei|pego|vou pegar|pegando|arranjar|arranjei|arrumar|arrumei|tirar|tirei|vou tirar|meter|meti|vou meter|dar|dei|vou dar|apresentar|apresentei)\\s+(?:um\\s+|uma\\s+|o\\s+|a\\s+)?)?(?:atestado (?:falso|fake|frio|fajuto|de mentira|comprado|de favor)|baixa (?:falsa|fingida|de mentira|fajuta)|(?:comprei|arranjei|arrumei|inventei) (?:um )?atestado)', unless: [...GENUINELY_ILL, '\\b(?:nunca|jamais|nao|nem)\\s+(?:\\p{L}+\\s+){0,2}?(?:pedi|usei|comprei|apresentei|arranjei|arrumei|meti|tirei|peguei|precisei de|inventei)\\s+(?:um\\s+|uma\\s+)?(?:atestado|baixa)'], base: 0.85 },
  // "Vou pegar atestado amanhã pra ir no show", "tirei atestado e fui à praia": a sick note for a day out.
  {
    category: 'sick-skip',
    match: '(?:pegar|peguei|pego|vou pegar|pegando|arranjar|arranjei|arrumar|arrumei|tirar|tirei|vou tirar|dar|dei|vou dar|consegui|conseguir|vou conseguir|descolei|descolar|vou descolar|cavei|cavar|vou cavar)\\s+(?:um\\s+|o\\s+)?atestado(?!\\s+(?:falso|fake|frio|fajuto|de mentira|comprado|de favor))(?:\\s+(?:medico|de \\d+ dias|de (?:um|dois|tres|quatro|cinco) dias))?',
    requires: [`${DAY_OUT}|balada|ninguem conta|nao contem|chefe (?:nao|nem)`],
    base: 0.85,
  },
  // "Atestado de 3 dias e eu em Búzios", "baixa de uma semana e eu na praia": the note, then where one really is.
  { category: 'sick-skip', match: '(?:atestado|baixa)(?:\\s+medic[oa])?(?:\\s+de\\s+(?:\\d+|um|uma|dois|duas|tres|quatro|cinco)\\s+(?:dias?|semanas?))?\\s*,?\\s+e\\s+eu\\s+(?:em|no|na|nos|nas|a|ao|de ferias|a caminho|toda|todo)\\b', base: 0.85 },
  // "Atestado do dentista arranjado, sexta é dia de praia": the note got, said after it.
  { category: 'sick-skip', match: 'atestados?(?:\\s+(?:do|da|de)\\s+(?:dentista|medico|medica|clinica|hospital|posto|upa|centro de saude|psicologo|psicologa))?\\s+(?:arranjad[oa]|conseguid[oa]|garantid[oa]|na mao|no bolso|comprad[oa]|na mochila|entregue)', requiresInText: [DAY_OUT], base: 0.85 },
  // "Amanhã é dia de atestado 😎 praia", "segunda é dia de baixa": the day off planned as a sick day.
  { category: 'sick-skip', match: '(?:e|vai ser|sera|amanha e|hoje e|segunda e|sexta e)?\\s*dia de (?:atestado|baixa|migue|gazeta|faltar|enforcar)\\b', requiresInText: [DAY_OUT], base: 0.85 },
  // "Vou faltar amanhã, nem tô doente mas cansei": a day off said not to be illness.
  { category: 'sick-skip', match: '(?:vou faltar|faltei|falto|vou dar baixa|vou meter atestado|nao fui|nao vou)(?:\\s+(?:hoje|amanha|sexta|segunda|outra vez|de novo))?', requires: ['(?:nem|nao|sem) (?:estou|to|tou|estava|tava|estar) doente|sem estar doente|fingir|fingindo|a fingir|inventar|inventei|inventando'], unless: ['(?:estou|to|tou|fiquei|estava|tava) (?:mesmo|realmente|de verdade|a serio|de facto|de fato) doente', 'escola|aula|faculdade|ginasio|academia|treino|jantar|festa|igreja|missa'], base: 0.8 },
  // "Dei migué no trampo", "vou meter baixa ... com esta ressaca", "invento uma consulta médica e fujo pro show".
  { category: 'sick-skip', match: '(?:dei|dar|vou dar|dando) (?:um |o )?migue', base: 0.85 },
  { category: 'sick-skip', match: '(?:meter|meto|meti|vou meter|pedir|vou pedir) (?:uma |a )?baixa', requiresInText: [`${DAY_OUT}|ninguem me tira|arraial|santos populares|queima|medico de familia e um santo|(?:benfica|porto|sporting|braga|selecao|flamengo|corinthians|palmeiras|gremio|vasco|santos|sao paulo|cruzeiro|atletico|inter|botafogo|fluminense)\\s+joga|\\bjoga(?:m)? (?:as|a|hoje|amanha)\\b|(?:nao|nem) (?:o |a )?(?:perco|vou perder)`], unless: ['(?:nao|nunca|jamais) (?:vou )?(?:meter|meto|meti|pedir|pedi)'], base: 0.85 },
  { category: 'sick-skip', match: '(?:invento|inventei|inventar|vou inventar) (?:uma |um )?(?:consulta|desculpa|doenca|dentista|medico|febre|virose|enterro|dor de)', requiresInText: ['trabalho|trampo|servico|chefe|show|jogo|praia|escritorio|fujo|folga|faltar'], base: 0.85 },
  { category: 'sick-skip', match: '(?:matei|matar|vou matar|matando|mato|matamos) (?:o\\s+)?(?:trabalho|servico|expediente|dia de trabalho)', base: 0.85 },
  // Denied with the sentence's verb before it: "nunca faltei ao trabalho a fingir que estava doente", "não vou fingir que estou doente".
  { category: 'sick-skip', match: '(?:fingi|finjo|fingindo|fingir|vou fingir|me fingi|fingi-me)\\s+(?:estar\\s+|que (?:estou|estava|to|tava|tou)\\s+|de\\s+|uma\\s+)?(?:doente|mal|com febre|com gripe|doenca|gripe|enxaqueca|virose|dor de \\p{L}+|uma (?:gastroenterite|gastrite|intoxicacao(?: alimentar)?|infeccao|otite|amigdalite|sinusite|constipacao|crise de \\p{L}+|lesao|torcao|febre|virose|gripe|enxaqueca|diarreia|dor de \\p{L}+)|(?:gastroenterite|intoxicacao alimentar|constipacao|covid|diarreia))', unless: ['\\b(?:nunca|jamais|nao|nem)\\s+(?:\\p{L}+\\s+){0,5}?(?:a |de |pra |para )?(?:fingi|finjo|fingir|fingindo)'], base: 0.9 },
  // "Hoje sou doente de mentira", "febre inventada", "uma gripe fingida para ficar em casa".
  { category: 'sick-skip', match: '(?:sou|estou|to|tou|fiquei|fico|estive|ando) doente de mentira|(?:doenca|febre|gripe|virose|dor de \\p{L}+|enxaqueca|constipacao|diarreia|consulta|urgencia) (?:fingida|inventada|de mentira|fake|fajuta|imaginaria|de conveniencia)', unless: ['\\b(?:nunca|jamais|nao) (?:tive|inventei|fingi|uso)'], base: 0.85 },
  // "Dei uma de doente e fiquei em casa", "fiz-me de doente", "banquei o doente".
  { category: 'sick-skip', match: '(?:dei|dar|vou dar|dando|dou)\\s+uma de doente|(?:me fiz|fiz-me|vou-me fazer|vou me fazer|fazer-me|me fazer|me faco|faco-me)\\s+de doente|(?:bancar|banquei|bancando|vou bancar)\\s+(?:o|a)\\s+doente', base: 0.85 },
  // "Vou ligar a dizer que estou doente, está sol demais para trabalhar": the lie planned (a denial undoes it: "não vou ligar ...").
  {
    category: 'sick-skip',
    match: `(?:(?:vou|vamos|amanha|vo|bora)\\s+(?:ligar|avisar|dizer|falar|mandar (?:uma )?(?:mensagem|msg|mail|email|zap))|(?<=\\b(?:amanha|hoje|segunda|sexta|logo|depois)\\s+(?:cedo\\s+)?)(?:ligo|aviso|telefono|digo|mando (?:uma )?(?:mensagem|msg|mail|email|zap)))\\s+(?:(?:pro|para o|ao|pra|para a|a)\\s+(?:chefe|trabalho|trampo|servico|escritorio|meu chefe|minha chefe|o meu chefe|a minha chefe|patrao|gerente|rh|empresa)\\s+)?(?:dizendo\\s+|a dizer\\s+|falando\\s+|e dizer\\s+|e falar\\s+)?(?:que\\s+|q\\s+)?(?:estou|to|tou)\\s+${ILL}`,
    requiresInText: ['praia|piscina|sofa|series?|netflix|show|jogo|festa|festival|ressaca|mentira|k{3,}|sol|calor|preguica|a fim|nao me apetece|nem a pau|nem morto|nem morta|nem pensar|nao vou trabalhar|nao vou (?:pro|ao|para o) (?:trabalho|trampo|servico|escritorio)|nao quero ir|cansei|😇|🤫|😈|🙊|😎|🏖'],
    base: 0.85,
  },
  // "hj o chefe acha q tô no médico mas tô na praia", "a empresa pensa que estou de baixa": the boss believes the excuse.
  {
    category: 'sick-skip',
    match: `(?:(?:o|a|o meu|a minha|meu|minha)\\s+(?:chefe|patrao|patroa|gerente|supervisor[a]?|chefia|empresa|firma|rh|trabalho|escritorio)|(?:o|a) (?:pessoal|galera|malta) do (?:trabalho|trampo|escritorio|servico))\\s+(?:acha|pensa|julga|jura|acredita|acreditou|achou|pensou)\\s+(?:que|q)\\s+(?:eu\\s+)?(?:estou|to|tou|tava|estava)\\s+(?:${ILL}|no medico|na medica|no hospital|nas urgencias|no dentista|de atestado|de baixa|de cama|em consulta|numa consulta|com atestado)`,
    unless: [...GENUINELY_ILL, 'mas (?:estou|to|tou|estava|tava) mesmo\\b'],
    base: 0.85,
    about: 'anyone',
    denied: 'keeps',
  },
  // "Disse ao chefe que estava doente, estou é no Algarve": "disse" is also "he said", read as someone else's; the author's unless a subject is named.
  {
    category: 'sick-skip',
    match: `disse${SICK_CALL_REST}`,
    requiresInText: ['praia|piscina|sofa|series?|netflix|show|jogo|festa|festival|ressaca|spa|massagem|cabeleireir[oa]|manicure|shopping|cinema|mas (?:estou|to|tou|ja estou|ja to) (?:otim[oa]|optim[oa]|super bem|nov[oa] em folha|rij[oa]|fresc[oa] que nem uma alface|lindamente)|na verdade|mentira|a real e (?:que|q)|na real|a verdade e (?:que|q)|(?:pra|para) falar a verdade|para ser sincer[oa]|open bar|balada|noitada|bebedeira|🥴|🤐|k{3,}|(?:ha){2,}|rs(?:rs)*|copa|estadio|concertos?|(?:vou|vamos|fui|fomos|ia|vim) e (?:ao|a|aos|as|pro|pra|para|no|na|nos|nas|em|dar|curtir|passear|ver|beber|sair)\\b|(?:estou|to|tou|estava|tava) e (?:no|na|em|a|na)|\\be (?:estou|to|tou|fui|vim|ja estou|agora estou|cá estou)\\s+(?:na|no|em|pra|pro|para|a|ao|nas|nos)\\b|\\bfui (?:pro|pra|ao|a|para o|para a|no|na) \\p{L}+|😇|🤫|😈|🙊|😎|🏖'],
    unless: ['(?:ele|ela|eles|elas|voce|vc|alguem|(?:o|a|meu|minha|o meu|a minha) \\p{L}+) disse'],
    base: 0.85,
    about: 'anyone',
  },
  {
    category: 'sick-skip',
    match: SICK_CALL,
    // The truth anywhere in the post ("Liguei a dizer que estava doente. Estou no sofá a ver séries"); not a bare "mas", which is also the genuinely ill's.
    requiresInText: ['praia|piscina|sofa|series?|netflix|show|jogo|festa|festival|ressaca|spa|massagem|cabeleireir[oa]|manicure|shopping|cinema|mas (?:estou|to|tou|ja estou|ja to) (?:otim[oa]|optim[oa]|super bem|nov[oa] em folha|rij[oa]|fresc[oa] que nem uma alface|lindamente)|na verdade|mentira|a real e (?:que|q)|na real|a verdade e (?:que|q)|(?:pra|para) falar a verdade|para ser sincer[oa]|open bar|balada|noitada|bebedeira|🥴|🤐|k{3,}|(?:ha){2,}|rs(?:rs)*|copa|estadio|concertos?|(?:vou|vamos|fui|fomos|ia|vim) e (?:ao|a|aos|as|pro|pra|para|no|na|nos|nas|em|dar|curtir|passear|ver|beber|sair)\\b|(?:estou|to|tou|estava|tava) e (?:no|na|em|a|na)|\\be (?:estou|to|tou|fui|vim|ja estou|agora estou|cá estou)\\s+(?:na|no|em|pra|pro|para|a|ao|nas|nos)\\b|\\bfui (?:pro|pra|ao|a|para o|para a|no|na) \\p{L}+|😇|🤫|😈|🙊|😎|🏖'],
    // Said genuinely ill in the same sentence: "liguei a dizer que estava doente e estou mesmo doente, nem vou ao spa".
    unless: GENUINELY_ILL,
    base: 0.85,
    denied: 'keeps',
  },
  // "Disse que tinha uma consulta e fui ao concerto", "disse que era consulta médica, estou é no sofá": an appointment made up.
  {
    category: 'sick-skip',
    match: '(?:disse|digo|vou dizer|inventei|falei|avisei|vou inventar|inventar)\\s+(?:(?:ao|pro|pra|para o|para a|a)\\s+(?:meu |minha |o meu |a minha )?(?:chefe|patrao|gerente|trabalho|escritorio|rh)\\s+)?(?:que|q)\\s+(?:tinha|tenho|era|e|ia a|ia ao|vou a|vou ao|estava n[oa]|tava n[oa])\\s+(?:uma\\s+|um\\s+|o\\s+|a\\s+)?(?:consulta|medico|dentista|exame|exames|funeral|enterro|reuniao de pais|problema familiar|urgencia|emergencia familiar)',
    requiresInText: ['praia|piscina|sofa|series?|netflix|show|jogo|festa|festival|concerto|ressaca|mentira|k{3,}|(?:ha){2,}|(?:estou|to|tou|estava|tava) e (?:no|na|em|a)|fui (?:ao|a|pro|pra) (?:concerto|show|jogo|praia|festa|festival|estadio|shopping)|😇|🤫|😈|🙊|🏖'],
    unless: ['(?:ele|ela|eles|elas|voce|vc|alguem|(?:o|a|meu|minha|o meu|a minha) \\p{L}+) disse'],
    base: 0.85,
    about: 'anyone',
  },
  // "Vou dizer que minha vó tá internada de novo pra faltar sexta": a relative's illness or death made up.
  {
    category: 'sick-skip',
    match: '(?:vou dizer|disse|digo|dizer|vou inventar|inventei|inventar|invento|falei|vou falar|falar|contei|vou contar)\\s+(?:(?:ao|pro|pra|para o|para a|a)\\s+(?:meu |minha |o meu |a minha )?(?:chefe|patrao|gerente|trabalho|escritorio|rh)\\s+)?(?:que|q)\\s+(?:a |o )?(?:minha |meu )?(?:vo|avo|vovo|avozinha|tia|tio|mae|pai|sogra|sogro|filh[oa]|prima?o?|cachorro|cao|gato)\\b[^.!?\\n]{0,30}?(?:morreu|faleceu|internad[oa]|doente|no hospital|nas urgencias|passou mal|operad[oa]|teve um acidente)',
    requires: ['faltar|nao ir|folga|trabalho|servico|trampo|chefe|k{3,}|terceira vez|de novo|outra vez|fugir|sexta|segunda'],
    base: 0.85,
    about: 'anyone',
  },
  // "Disse à chefe que o meu filho estava com febre e fui ao cabeleireiro 🙊": a child's or a relative's illness as the excuse, the day out beside it.
  {
    category: 'sick-skip',
    match: '(?:vou dizer|disse|digo|dizer|inventei|inventar|falei|vou falar|avisei|liguei a dizer|liguei dizendo|mandei mensagem a dizer|dizendo|a dizer|falando)\\s+(?:(?:ao|pro|pra|para o|para a|a|a minha|ao meu)\\s+(?:meu |minha |o meu |a minha )?(?:chefe|patrao|patroa|gerente|trabalho|escritorio|rh|supervisor[a]?)\\s+)?(?:que|q)\\s+(?:a |o )?(?:minha |meu )?(?:filh[oa]|menin[oa]|miud[oa]|pequen[oa]|bebe|vo|avo|mae|pai|sogr[oa])\\b[^.!?\\n]{0,20}?(?:com febre|com gripe|com virose|com diarreia|com vomitos|com otite|com covid|doentinh[oa]|doente|com piolhos|com conjuntivite)',
    requiresInText: [DAY_OUT],
    unless: ['(?:ele|ela|eles|elas|voce|vc|alguem|(?:o|a|meu|minha|o meu|a minha) \\p{L}+) disse'],
    base: 0.85,
    about: 'anyone',
  },
  {
    category: 'sick-skip',
    match: '(?:faltei|vou faltar|faltar|falto) (?:(?:hoje|ontem|amanha|outra vez|de novo|mais uma vez)\\s+)?(?:ao|o|no|a) (?:trabalho|servico|expediente|emprego|escritorio|trampo|firma)',
    requires: [`${DAY_OUT}|fingindo|desculpa|inventei|dormi demais|a fim|vontade|doenca|doente|disse que|febre`],
    // Genuinely ill, said so: "não estou a faltar ao trabalho, estou mesmo doente".
    unless: ['(?:estou|to|tou|fiquei|estava|tava) (?:mesmo|realmente|de verdade|a serio|de facto|de fato) doente', 'doente (?:mesmo|de verdade|a serio|a serio|de facto|de fato)', 'nao (?:estou|to|tou) a faltar', 'nao (?:estou|to|tou) faltando', '(?:porque|pq|por que|ja que|como) (?:eu )?(?:estava|estou|to|tava|tou|fiquei|acordei) (?:com (?:febre|gripe|virose|covid|dengue|diarreia|vomitos|uma \\p{L}+)|doente|mal)', 'com atestado (?:do|da) medic[oa]|atestado (?:do|da) medic[oa]', '(?:nunca|jamais|nao|nem) (?:faltei|falto|vou faltar|falte|me baldei|me baldo|fiz gazeta|faco gazeta)'],
    base: 0.85,
    denied: 'keeps',
  },
  // Hooky said by the verb itself: "baldei-me hoje ao trabalho", "vou fazer gazeta ao trabalho", "enforquei o trampo" (no excuse needed: the verb is the skip).
  { category: 'sick-skip', match: '(?:fiz gazeta|fazer gazeta|vou fazer gazeta|faco gazeta|gazetar|gazetei|baldei-me|baldar-me|vou-me baldar|vou baldar-me|me baldei|me baldo|vou me baldar|cabulei|cabular|vou cabular|enforquei|enforcar|vou enforcar) (?:(?:hoje|ontem|amanha|outra vez|de novo|mais uma vez)\\s+)?(?:ao|o|no|a) (?:trabalho|servico|expediente|emprego|escritorio|trampo|firma)', unless: ['(?:nunca|jamais|nao|nem) (?:me )?(?:baldei|baldo|cabulei|enforquei|fiz gazeta|faco gazeta)'], base: 0.85 },
  { category: 'sick-skip', match: '(?:nao (?:fui|vou|irei) (?:trabalhar|ao trabalho|pro trabalho|pro servico|ao escritorio|pro escritorio|ao servico)|(?:dei|vou dar) (?:uma )?(?:balda|bacalhau) ao trabalho)(?: hoje| amanha)?\\s+(?:porque|que|por|com|pq|por causa d[ao])\\s+(?:tenho\\s+|estou\\s+|to\\s+|tava\\s+|estava\\s+|uma\\s+|a\\s+|o\\s+)?(?:ressaca|de ressaca|dormi|preguica|praia|jogo|show|festa|nao (?:tava|estava|to|estou) a fim)', base: 0.85, denied: 'keeps' },
  // Round 12, classes from posts written in the blind sets' voice (implied, run-on, chat spellings, both variants).
  // "malta, de 2 a 16 de agosto estamos no Brasil", "estamos fora entre 3 e 20 de julho": the household away for a range of dates, said first (the other order is read by the entries of a stay).
  { category: 'travel', match: `(?:de|entre)\\s+\\d{1,2}\\s+(?:a|e|ate)\\s+\\d{1,2}\\s+de\\s+${MONTH}\\s*,?\\s+(?:(?:a gente|nos|eu)\\s+)?(?:estamos|vamos estar|estaremos|estarei|ficamos|vamos ficar|estou|vou estar|to|tou)\\s+(?:n[oa]s?|em|fora|de ferias|de viagem|pra|para|pro)\\b`, unless: ['loja|escritorio|restaurante|obras|promocao|saldos|descontos|horario|aberto|aberta|fechad[oa]|inscricoes|festival|feira|congresso|exposicao|em cena|em cartaz|palco|turne|digressao|concertos?|shows?'], base: 0.85 },
  // travel: the return told after "a gente" with the verb in the third person ("a gente pega a estrada e só volta dia 28").
  { category: 'travel', match: `(?<=\\b(?:a gente|a familia(?: toda| inteira)?|o pessoal todo)\\b[^.!?\\n]{0,50}?)\\b(?:so volta(?:m)?|volta(?:m)? so)\\s+(?:no |na |dia |no dia |a |em |so no |so dia |no outro |na outra |no proximo |na proxima )?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})?|${MONTH})`, requiresInText: [`${AWAY}|estrada|ferias|embarc\\p{L}*|\\bsai(?:mos)?\\b|\\bsaem\\b`], unless: ['loja', 'escritorio', 'restaurante', 'atendimento', 'reabr\\p{L}*'], base: 0.8 },
  // The home left to the pets or the plants, with the trip said: "a casa fica só com o gato até dia 12", "cá em casa só ficam os peixes".
  {
    category: 'travel',
    match: `(?:(?:(?:a|o|nossa|nosso|minha|meu)\\s+)?${HOME}\\s+(?:fica|vai ficar|ficara|fica so|vai ficar so)\\s+(?:so\\s+)?(?:com|entregue a|entregue ao|entregue aos|entregue as)\\s+(?:o|a|os|as)\\s+|(?:ca|la|aqui) em casa (?:so )?(?:fica|ficam|vai ficar|vao ficar)\\s+(?:so\\s+)?(?:o|a|os|as)\\s+|\\bso (?:o|a|os|as)\\s+(?=\\p{L}+\\s+(?:fica|ficam|vai ficar|vao ficar)\\s+em casa))(?:gat[oa]s?|gatinh[oa]s?|cao|caes|cadela|cachorr[oa]s?|cachorrinh[oa]s?|peixes?|peixinhos?|plantas|passarinhos?|periquitos?|papagaio|tartaruga|coelho|hamster)`,
    requiresInText: [`\\bate (?:o |a |ao |dia )?(?:${DAY}|\\d|${MONTH}|o fim|fim|voltarmos|a gente voltar)|ferias|viage[mn]|viajar|viajamos|embarc\\p{L}*|(?:\\d+|duas|tres|quatro|uma) semanas?|\\d+ dias|estrangeiro|exterior|aeroporto|aviao|voo|cruzeiro|partimos|partiu`],
    base: 0.8,
  },
  // The key left with a person by name, with the trip said: "a chave tá com a dona Cida do 12, a gente só volta segunda".
  {
    category: 'travel',
    match: '(?:(?:a|as|nossa|nossas|uma)\\s+)?chaves?(?:\\s+(?:reserva|suplente|extra|de casa|da casa|da porta))?\\s+(?:fica|ficam|ficou|ficaram|esta|estao|ta|tao|vai ficar|deixei|deixamos|deixo)\\s+com\\s+(?:a|o)\\s+(?:dona|seu|sr\\.?|sra\\.?|senhor|senhora|tia|tio|vizinh[oa]|porteir[oa]|sindico|sindica|zelador[a]?|mae|pai|sogr[oa]|irm[aã]o?|prima?o?)\\b',
    requiresInText: [`so volta\\p{L}*|voltamos|volto|regressamos|\\bate (?:dia|${DAY}|\\d)|ferias|viage[mn]|${AWAY}`],
    unless: [...ADVICE],
    base: 0.8,
  },
  // birthdate: the full date, then the birth said after it: "25 de março de 1991, o dia em que eu vim ao mundo".
  { category: 'birthdate', match: `(?<=${DATE}[^.!?\\n]{0,25}?)(?:o dia em que |dia em que |quando |foi quando |foi o dia em que )(?:eu )?(?:nasci|vim ao mundo|cheguei ao mundo)\\b`, base: 0.85, about: 'self' },
  // health: surgery in the present for the near future ("amanhã opero o joelho"), and an injury by its diagnosis ("rotura do ligamento cruzado").
  { category: 'health', match: `(?:amanha|hoje|depois de amanha|${DAY}|dia \\d{1,2}|na proxima semana|para a semana)\\s+(?:eu\\s+)?(?:opero|me opero|opero-me)\\s+(?:o|a|os|as|ao|aos|de|do|da)\\s+(?:joelho|ombro|coluna|hernia|vesicula|apendice|olhos?|tiroide|tireoide|menisco|mao|pe|anca|quadril|nariz|septo|utero|mama|peito|coracao|amigdalas|cataratas?|varizes|pulso|tornozelo|cotovelo|costas|estomago|rim|figado|cruzado|ligamento|tendao)\\b`, unless: [...PETS], base: 0.85, about: 'self' },
  { category: 'health', match: '(?:rotura|rutura|ruptura|rompimento|lesao)\\s+(?:total\\s+|parcial\\s+)?d[oa]s?\\s+(?:ligamentos?(?: cruzado(?: anterior| posterior)?)?|menisco|tendao(?: de aquiles)?|cruzado|coifa dos rotadores|manguito rotador)|(?:rompi|parti|rasguei|fraturei|fracturei|lesionei)\\s+(?:o|a|os|as)\\s+(?:ligamentos?(?: cruzado)?|menisco|tendao(?: de aquiles)?|cruzado)', unless: [...PETS, 'jogador|treinador|selecao|plantel|craque|avancado|atacante|zagueiro|defesa|medio|clube|contratacao|convocad\\p{L}*'], base: 0.8, about: 'self' },
  // relationship: left for someone else ("me trocou por outra", "deixou-me pela colega"), or gone with them after years together.
  { category: 'relationship', match: '(?:me trocou|trocou-me|me deixou|deixou-me|me largou|largou-me|me abandonou|abandonou-me)\\s+(?:por|pela|pelo|com|para ficar com)\\s+(?:a|o|uma|um)?\\s*(?:colega|vizinh[oa]|amig[oa]|melhor amig[oa]|outr[oa]|estagiari[oa]|secretari[oa]|personal|professor[a]?|chefe|ex\\b|prima?o?|mais nov[oa])', base: 0.85, about: 'self' },
  { category: 'relationship', match: '(?:ele|ela)\\s+(?:foi embora|se foi|fugiu|se mandou|saiu de casa|foi-se embora)\\s+com\\s+(?:a|o|uma|um)\\s+(?:colega|vizinh[oa]|amig[oa]|melhor amig[oa]|outr[oa]|estagiari[oa]|secretari[oa]|personal|professor[a]?|ex\\b)', requiresInText: ['\\d+ anos|(?:dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte) anos|anos juntos|acabou|💔|casamento|namoro|traicao|traiu|chorar|de vez|me deixou'], base: 0.8, about: 'anyone' },
  // badge-id: a new badge or ID shown off: "Crachá novo! primeiro dia no banco 🥳".
  { category: 'badge-id', match: `${ID_DOC}\\s+nov(?:o|a|inh[oa])(?=\\s*(?:!|🥳|🎉|📸|🪪|✨|,\\s*(?:primeiro dia|dia 1)|\\s+(?:na mao|em mao|na maozinha|chegou)))`, unless: [...ADVICE, 'visual|marca|logo|logotipo|perdi|roubaram|roubad[oa]|furtad[oa]|caduc\\p{L}*|expir\\p{L}*'], base: 0.8, about: 'self' },
  // boss-complaint: the job as "this place", the job said around it: "o meu chefe já me mandou 40 emails. Não aguento mais este sítio".
  {
    category: 'boss-complaint',
    match: '(?:odeio|detesto|nao aguento(?: mais)?|nao suporto(?: mais)?|(?:to|estou|tou|ando) (?:de saco cheio|fart[oa]s?))\\s+(?:d[oa]\\s+|com\\s+)?(?:este|esse|esta|essa|deste|desse|desta|dessa|aquele|daquele|aquela|daquela)\\s+(?:sitio|lugar|buraco|inferno|pocilga|circo|hospicio|manicomio|chiqueiro|antro)',
    requiresInText: ['chefe|patrao|patroa|gerente|supervisor\\p{L}*|trabalho|trampo|emprego|empresa|firma|escritorio|expediente|turno|colegas|reuniao|reunioes|e-?mails?|segunda-feira|horas extra\\p{L}*'],
    unless: ['bairro|cidade|pais|transito|hospital|praia|ferias'],
    base: 0.8,
    about: 'anyone',
  },
  // badge-id: the driving licence just got, said as "carta na mão" (pt-PT) after the exam.
  { category: 'badge-id', match: '(?:carta(?: de conducao)?|cnh|carteira(?: de motorista)?)\\s+(?:na mao|em mao|na maozinha)', requiresInText: ['passei|exame|codigo|conducao|autoescola|auto-escola|escola de conducao|🚗|🚙|finalmente|!'], unless: [...ADVICE, 'baralho|jogo|cartas\\b|sueca|truco|poker'], base: 0.8, about: 'self' },
  // boss-complaint: "trabalho numa empresa que não paga hora extra", the employer described by what it does to its people.
  { category: 'boss-complaint', match: '(?:trabalho|trampo|trabalhamos)\\s+(?:numa|nesta|nessa|em uma|pra uma|para uma|num|neste|nesse|em um|pra um|para um)\\s+(?:empresa|firma|sitio|lugar|escritorio|banco|loja|hospital|restaurante)\\s+(?:que|q|onde)\\s+(?:\\p{L}+\\s+){0,2}?(?:paga mal|atrasa (?:o|os)|explora|trata (?:a gente|os funcionarios|toda a gente) (?:como|que nem)|trata mal|humilha|despede|manda embora|obriga)', base: 0.85, about: 'self' },
  // Its denial is the complaint: "... que não paga hora extra", "... que não respeita ninguém".
  { category: 'boss-complaint', match: '(?:trabalho|trampo|trabalhamos)\\s+(?:numa|nesta|nessa|em uma|pra uma|para uma|num|neste|nesse|em um|pra um|para um)\\s+(?:empresa|firma|sitio|lugar|escritorio|banco|loja|hospital|restaurante)\\s+(?:que|q|onde)\\s+(?:nao paga|nunca paga|nao respeita|nao valoriza)\\b', unless: ['(?:nao|nunca) paga mal'], base: 0.85, about: 'self', denied: 'keeps' },
  // health: a session with a therapist, however it is called: "primeira sessão com a psicóloga", "consulta com o meu psiquiatra".
  { category: 'health', match: '(?:sessao|sessoes|consulta|consultas)\\s+(?:de (?:terapia|psicoterapia|psicologia|psiquiatria)\\s+)?(?:com|no|na|ao|a)\\s+(?:(?:a|o|minha|meu|a minha|o meu|nova|novo|nov[oa])\\s+)?(?:psicolog[oa]|psiquiatra|terapeuta|psicanalista|psicoterapeuta|psi)\\b', unless: [...PETS, TOPIC_OF, 'marca\\p{L}* para (?:o|a) (?:meu|minha) (?:filh|amig|mae|pai|irm)', '(?:psicolog[oa]|terapeuta|psiquiatra|psi) d[oa]s? (?:escola|colegio|creche|empresa|faculdade)', '(?:sobre|acerca d)[oa]? (?:o |a )?(?:comportamento|desenvolvimento|notas)'], base: 0.8, about: 'self' },
  // money: the pay gone before payday, counted in days: "já gastei tudo, faltam 12 dias pro próximo".
  // "meu nome tá sujo no Serasa", "tô negativada": a credit record marked by debt.
  { category: 'money', match: '(?:(?:o )?(?:meu|nosso) (?:nome|cpf)\\s+(?:ta|esta|ficou|anda|continua|segue|foi)\\s+(?:todo\\s+)?(?:sujo|negativado|limpo nao)|(?:estou|to|tou|fiquei|ando|estamos|ficamos|continuo)\\s+(?:com o nome sujo|com nome sujo|negativad[oa]s?))', unless: ['feirao|limpa nome|consult\\p{L}*|como (?:saber|limpar|sair)|dica|golpe|promocao|acordo'], base: 0.85, about: 'self' },
  // "o salário caiu e ainda faltam 200 pra pagar o aluguel", "faltam-me 150 euros para a renda": short of what is owed this month; whoever the clause before is about (the salary that "caiu" reads as someone), not a neighbour or a friend.
  { category: 'money', match: `(?:ainda\\s+)?(?:faltam|falta|faltam-me|falta-me|me faltam|me falta|faltando)\\s+(?:uns\\s+|quase\\s+|mais de\\s+)?${AMOUNT}\\s*(?:${MONEY}\\s+)?(?:pra|para|pro)\\s+(?:pagar\\s+|fechar\\s+|completar\\s+)?(?:o |a |os |as )?${DUES}`, unless: ['loja|empresa|clube|campanha|vaquinha|rifa|meta|obra|igreja|associacao|doac\\p{L}*', '\\b(?:ele|ela|eles|elas|dele|dela|deles|delas)\\b|(?:o|a|os|as|meu|minha|uma?) (?:vizinh|amig|colega|inquilin)\\p{L}*'], base: 0.85, about: 'anyone' },
  { category: 'money', match: 'faltam (?:\\d+|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte) dias (?:pro|para o|pra|ate o|ate ao|ate)\\s+(?:proximo|salario|ordenado|pagamento|dia do pagamento|dia \\d+|pagamento do salario)', requiresInText: ['gastei tudo|ja (?:foi|gastei) tudo|acabou o (?:dinheiro|salario|ordenado)|sem (?:um )?(?:dinheiro|tostao|centavo|real|euro|grana)|conta (?:a zero|zerada|no vermelho)|no vermelho|lis[oa]|falid[oa]|dur[oa]|nada na conta|nao tenho (?:nada|um tostao|um centavo|um real)|(?:so|apenas) (?:tenho )?\\d+ (?:reais|euros|€|paus|contos)|miojo|arroz e ovo'], unless: ['(?:estou|to|tou) (?:bem|tranquil[oa]|safe)|sobra\\p{L}*|poupanca'], base: 0.8, about: 'self' },
  // badge-id, code-switched: "got my new passport!! olhem a foto", "my badge chegou".
  { category: 'badge-id', match: "(?:my|o meu|a minha|meu|minha)\\s+(?:new\\s+|nov[oa]\\s+)?(?:passport|id card|badge|driver'?s? licen[cs]e|green card|work permit)\\b", requiresInText: ["foto|olh(?:a|em|e)|📸|📷|🪪|!|got|finally|finalmente|chegou|arrived|here it is"], unless: [...ADVICE, 'lost|perdi|roubaram|roubad[oa]|expired|venc\\p{L}*|caduc\\p{L}*|renew\\p{L}*|renova\\p{L}*'], base: 0.8, about: 'self' },
  // travel: the trip's length said before it starts: "última noite em casa antes de 3 semanas de mochilão", "duas semanas sem pôr os pés em casa".
  { category: 'travel', match: 'ultima noite (?:em casa|na minha cama|no meu sofa)\\s+antes d[eo]s?\\s+(?:\\d+|duas|tres|quatro|cinco|um|uma|dez|quinze)\\s+(?:semanas?|dias|meses|mes)', base: 0.8, about: 'self' },
  {
    category: 'travel',
    match: '(?:\\d+|duas|tres|quatro|cinco|uma|um|dez|quinze)\\s+(?:semanas?|dias|meses|mes)\\s+(?:de\\s+)?(?:mochilao|ferias|viagem|road ?trip|roadtrip|cruzeiro|interrail|intercambio|lua de mel)\\s+(?:pel[oa]s?|n[oa]s?|em|por|pela|a)\\s+\\p{L}+',
    requiresInText: ['amanha|hoje|ultima noite|partimos|partiu|vamos|vou|embarc\\p{L}*|malas|a caminho|bora|saimos|comeca|🎒|🧳|✈'],
    unless: ['fizemos|fiz|voltamos|voltei|regressamos|regressei|foi incrivel|foram incriveis|saudades d[aoe]s?|ja (?:fiz|fizemos)|depois de|de volta|(?:ele|ela|eles|elas|os meus pais|meus pais|a minha irma|o meu irmao) (?:vai|vao|foi|foram)'],
    base: 0.8,
  },
  { category: 'travel', match: '(?:\\d+|duas|tres|quatro|cinco|uma|um|dez|quinze)\\s+(?:semanas?|dias|meses|mes)\\s+sem\\s+(?:por os pes|pisar|aparecer|ninguem)\\s+(?:em|na|no|la em|ca em)\\s+casa', requiresInText: ['malas|ferias|viage[mn]|embarc\\p{L}*|aeroporto|voo|partimos|partiu|🧳|✈|🎒'], base: 0.8, denied: 'keeps' },
  // money: the rent up and the pay not: "a renda aumentou 200 euros e eu a ganhar o mesmo, vou ter de sair de casa".
  { category: 'money', match: '(?:a renda|o aluguel|o aluguer|a prestacao(?: da casa)?)\\s+(?:aumentou|subiu|vai subir|vai aumentar|dobrou)\\b[^.!?\\n]{0,60}?\\b(?:vou ter (?:de|que) sair|vamos ter (?:de|que) sair|tenho (?:de|que) (?:sair|mudar)|temos (?:de|que) (?:sair|mudar)|nao (?:consigo|vou conseguir|conseguimos|vamos conseguir|da para|da pra) pagar|nao sei como (?:vou|vamos) pagar)', base: 0.85, about: 'self', denied: 'keeps' },
  // relationship: the partner blocking and deleting, with the years or the end said: "apagou as nossas fotos e bloqueou-me, 5 anos de namoro".
  // The ex who writes at night or again, and the block: "meu ex mandou msg às 3 da manhã DE NOVO", "o meu ex não para de me ligar", "bloqueei o meu ex em todas as redes" (not "ex-colega", not someone else's ex, not the ex's one message with no drama beside it).
  { category: 'relationship', match: '(?:(?<![\\p{L}])(?:o meu|a minha|meu|minha)\\s+ex(?:-namorad[oa]|-marido|-mulher|-companheir[oa]|-espos[oa]|-noiv[oa])?\\s+(?:(?:me|ja|hoje|ontem|de novo|outra vez|voltou a|volta a|continua a|continua|nao para de|vive|resolveu|inventou de|teve a cara de pau de|teve a lata de)\\s+){0,3}(?:mandou|manda|mandar|mandando|ligou|liga|ligar|ligando|telefonou|escreveu|escrever|chamou|apareceu|aparecer|stalkeando|stalkeou|curtiu|comentou|seguiu|reagiu|respondeu)|(?:bloqueei|bloqueamos|desbloqueei|bloqueado|bloqueada)\\s+(?:o meu |a minha |meu |minha |o |a )?ex\\b(?!-))', requiresInText: ['madrugada|da manha|\\b\\d{1,2}\\s*h\\b|as \\d{1,2}\\b|meia-noite|bebad\\p{L}*|bebed\\p{L}*|de novo|outra vez|novamente|nao para|nao desiste|bloque\\p{L}*|nem vem|sai (?:pra|para) la|vai (?:pra|para) (?:la|o inferno)|😤|🙄|🙃|💀|😒|🚫|chega|que saco|socorro'], base: 0.8 },
  { category: 'relationship', match: '(?:me bloqueou|bloqueou-me|apagou (?:todas )?as nossas fotos|apagou-me de todo o lado)', requiresInText: ['anos de (?:namoro|casamento|relacao|relacionamento)|anos juntos|acabou|💔|terminou|termin\\p{L}*|separa\\p{L}*|\\bex\\b'], base: 0.8, about: 'anyone' },
  // "Primeiro Natal sem ele depois da separação", "desde o divórcio": the author's own break-up named by its noun (not "a separação da Ana").
  { category: 'relationship', match: '(?:depois|desde|apos)\\s+(?:d?[oa]\\s+)?(?:minha |nossa |o meu |a minha |a nossa |o nosso |meu |nosso )?(?:separacao|divorcio|rutura|ruptura|fim do (?:namoro|casamento))(?!\\s+d[aoe]s?\\b)', requiresInText: ['sem (?:ele|ela)|💔|sozinh[oa]|\\bex\\b|guarda|meu|minha|nosso|nossa|primeiro natal|primeira vez'], unless: ['separacao (?:do lixo|de residuos|dos residuos|de bens)|separacao de poderes'], base: 0.8, about: 'self' },
  // boss-complaint: "esse lugar me adoece" with the job said, and "o gerente não respeita ninguém" with the author's job around it.
  { category: 'boss-complaint', match: '(?:este|esse|esta|essa)\\s+(?:lugar|sitio|buraco|ambiente)\\s+(?:me adoece|adoece-me|me mata|mata-me|da cabo de mim|me consome|consome-me|me destroi|me suga|suga-me|me deixa doente)', requiresInText: ['chefe|patrao|patroa|gerente|trabalho|trampo|emprego|empresa|firma|escritorio|demissao|colegas'], base: 0.8, about: 'anyone' },
  { category: 'boss-complaint', match: '(?:o|a)\\s+(?:chefe|patrao|patroa|gerente|supervisor[a]?|encarregad[oa])\\s+(?:nao respeita ninguem|nao respeita a gente|desrespeita toda a gente|humilha toda a gente|humilha a gente|grita com toda a gente|grita com todo mundo|grita com a gente|explora a gente|explora toda a gente)', requiresInText: ['(?:pedir|pedi|vou pedir) (?:a )?demissao|meu trabalho|meu emprego|no trabalho|no escritorio|no trampo|esse lugar|este sitio|aqui na empresa|la no trabalho|la no trampo|la na empresa'], base: 0.8, about: 'anyone', denied: 'keeps' },
  // relationship: living apart said of "we", with since when: "já não vivemos juntos desde setembro, cada um para seu lado".
  { category: 'relationship', match: '(?:ja )?(?:nao|deixamos de) (?:vivemos|moramos|estamos|viver|morar|estar) juntos', requiresInText: ['\\bdesde\\b|\\bha (?:\\d+|uns|umas|dois|duas|tres) (?:dias|semanas|meses|anos)|cada um (?:para|pro|pra) (?:seu|o seu) lado|separ\\p{L}*|acabou|💔|\\bex\\b|divorcio'], unless: ['ainda (?:nao|nem) (?:vivemos|moramos)|so namoramos|colegas de casa|roommate'], base: 0.8, about: 'self', denied: 'keeps' },
  // money: the pay said with its figure: "recebi 1200 de salário e já foi quase tudo em contas".
  { category: 'money', match: `(?:recebi|recebo|ganhei|caiu|cai|entrou|entram|entra)\\s+${AMOUNT}\\s*${MONEY}?\\s+(?:de|do)\\s+(?:salario|ordenado|vencimento|pagamento|bolsa)`, base: 0.8, about: 'self' },
  // confidential: forbidden to tell, with the work news beside it: "estou proibida de falar mas a loja do Chiado vai fechar".
  { category: 'confidential', match: '(?:estou|to|tou|estamos|fui|fomos|estava)\\s+proibid[oa]s?\\s+de\\s+(?:falar|dizer|contar|comentar|divulgar|espalhar)', requiresInText: [WORK_CHANGE], unless: NEWS_FRAME, base: 0.8, about: 'anyone' },
  // sick-skip: a sick note held while not ill: "to c atestado de 3 dias e nem to doente kkk".
  // "To de atestado mas tô na praia kkk", "estou com atestado de 3 dias e fui ao festival": on a sick note, the day out beside it.
  { category: 'sick-skip', match: '(?:estou|to|tou|fiquei|ando|estamos|tamos)\\s+(?:(?:com|c|cm)\\s+(?:um\\s+)?|de\\s+)atestado(?:\\s+(?:medico|de \\d+ dias|de (?:um|dois|tres|quatro|cinco) dias))?', requiresInText: [DAY_OUT], unless: [...GENUINELY_ILL, 'atestado (?:de verdade|mesmo|a serio)', 'atestado (?:\\p{L}+ )?(?:com|por|por causa d[aoe]|devido a|pra tratar) (?:um |uma |a |o )?(?:dengue|covid|gripe|febre|virose|pneumonia|cirurgia|fratura|hernia|tendinite|depressao|burnout|ansiedade|infeccao|bronquite|zika|chikungunya|\\p{L}+ite)\\b', 'nada de (?:show|praia|festa|jogo|festival)|sem forcas'], base: 0.85 },
  // relationship: "tudo acabou entre a gente", "acabou entre nós".
  { category: 'relationship', match: '(?:(?:tudo|td) )?acabou entre (?:a gente|nos|mim e (?:ele|ela|o \\p{L}+|a \\p{L}+))', unless: ['clube|time|equipa|equipe|empresa|banda|sociedade|parceria', 'acabou entre (?:a gente|nos) e (?:o|a|os|as|um|uma|eu e o|eu e a)\\b', ...THINGS], base: 0.8, about: 'self' },
  // health: a relative's surgery said with the organ: "minha mãe vai operar o coração sexta".
  { category: 'health', match: '(?:vai|vao|vai ter de|vai ter que|tem de|tem que|precisa)\\s+(?:operar|ser operad[oa]|se operar)\\s+(?:(?:o|a|os|as|ao|aos|do|da)\\s+)?(?:joelho|ombro|coluna|hernia|vesicula|apendice|olhos?|tiroide|tireoide|menisco|anca|quadril|utero|mama|peito|coracao|amigdalas|cataratas?|varizes|estomago|rim|figado|cerebro|cabeca|pulmao|intestino|prostata)\\b', requires: [FAMILY_OWN], unless: PETS, base: 0.85 },
  // relationship: the partner found to be with someone else: "descobri que ele tava com outra há 6 meses", "soube que ela anda com outro", "ele estava com outra desde o verão".
  {
    category: 'relationship',
    match: `(?:ele|ela|(?:(?:o |a )?(?:meu|minha)\\s+)?${PARTNER})\\s+(?:(?:ja|sempre|afinal|simplesmente)\\s+)?(?:tava|estava|ta|esta|anda|andava|ficava|saia|sai|ja estava|ja tava)\\s+(?:a sair\\s+|saindo\\s+|metid[oa]\\s+|enrolad[oa]\\s+)?com\\s+(?:outra|outro|outra mulher|outro homem|outra mina|outro cara|outra gaja|outro gajo|uma amante|um amante|a amante|o amante|a ex|o ex)(?=\\s*(?:[.!,;:\\n…]|$|\\p{Extended_Pictographic})|\\s+(?:ha|faz|desde|durante|o tempo todo|pelas minhas costas|nas minhas costas)\\b)`,
    requiresInText: ['descobri|descobrimos|soube|fiquei (?:a saber|sabendo)|me contaram|contaram-me|vi\\b|traic\\p{L}*|trai\\p{L}*|chifre|corn[oa]|casamento|namoro|noivado|anos|meses|semanas|💔|😭|acabou|terminei|palhac[oa]|idiota|otari[oa]'],
    unless: ['novela|serie|filme|personagem|livro|reality|bbb|big brother', '(?:o|a) (?:meu |minha )?(?:amig[oa]|irm[aã]o?|prim[oa]|vizinh[oa]|colega|cunhad[oa]) (?:descobriu|soube)'],
    base: 0.8,
    about: 'anyone',
  },
  // money: a job's pay said with its figure, net or gross: "Aceitei a proposta 🎉 1.280 € líquidos", "R$ 4.500 limpos por mês no emprego novo", "3 mil brutos, contrato de 14 meses".
  {
    category: 'money',
    match: `(?:(?:r\\$|€)\\s*\\d[\\d.,]*(?:\\s*(?:mil|k)\\b)?|\\d[\\d.,]*\\s*(?:mil|k)\\b(?:\\s*(?:reais|euros|€))?|\\d[\\d.,]*\\s*(?:reais|euros|€|paus|contos))\\s*(?:de\\s+)?(?:liquidos|brutos|limpos|liquido|bruto|limpo|net|gross)\\b(?:\\s+(?:por mes|ao mes|mensais|/mes|por ano|anuais|x ?14|x ?12))?`,
    requiresInText: ['proposta|contrato|emprego|oferta|salario|ordenado|vencimento|aceitei|assinei|fui contratad[oa]|entrei|comeco|comecei|passei|ganho|recebo|vou ganhar|vou receber|me pagam|pagam-me|estagio|bolsa|cargo|vaga|primeiro trabalho|trabalho novo|novo trabalho|job'],
    unless: ['\\b(?:ele|ela|eles|elas)\\s+(?:ganha|recebe|ganham|recebem|ganhava|recebia)|(?:meu|minha|o meu|a minha)\\s+(?:marido|mulher|irm\\p{L}+|pai|mae|amig[oa]|namorad[oa]|vizinh[oa]|prim[oa])\\s+(?:ganha|recebe)', 'procuramos|contratamos|estamos a contratar|estamos contratando|oferecemos|recrut\\p{L}*|candidat\\p{L}*|envi(?:e|a|em) (?:o )?(?:cv|curriculo)|interessad[oa]s|salario minimo|media|medio|em media|governo|sindicato|segundo|estudo|pesquisa|deputad\\p{L}*|ministr\\p{L}*|jogador|treinador|futebolista|carro|casa|apartamento|ape|imovel|terreno|venda|vendi|vendo'],
    base: 0.85,
    about: 'self',
  },
  // boss-complaint: exasperation at the boss named earlier, as "this man": "O meu chefe marcou reunião às 18h de sexta. A sério, não se pode com este homem", "minha chefe ... ninguém aguenta essa mulher".
  {
    category: 'boss-complaint',
    match: '(?:nao se pode com|nao ha paciencia (?:para|pra)|ninguem (?:pode|aguenta|atura|suporta|merece)|nao (?:aguento|suporto|atura|aturo|dá para aturar|da para aturar|da pra aturar|da pra aguentar|ha quem aguente|ha quem ature)(?: mais)?|haja paciencia (?:com|para|pra)|que paciencia (?:com|para|pra)|to de saco cheio d[eo]|estou fart[oa] d[eo]|tou fart[oa] d[eo]|ja nao posso com|ja nao aguento)\\s+(?:este|esse|esta|essa|aquele|aquela)\\s+(?:homem|mulher|gajo|gaja|cara|criatura|ser|figura|senhor|senhora|sujeito|individuo|tipo|tipa|velho|velha|mala|peste|praga|personagem|figurinha|figurao)\\b',
    requiresInText: ['\\b(?:meu|minha|o meu|a minha|my)\\s+(?:chefe|boss|patrao|patroa|gerente|supervisor[a]?|encarregad[oa]|coordenador[a]?|diretor[a]?|director[a]?|chefia|gestor[a]?|manager|superior)\\b'],
    // Praise in the idiom ("de tão fofo"), or someone else named in the sentence ("já o meu vizinho, não se pode com este homem").
    unless: ['de tanto rir|de tao \\p{L}+|que (?:orgulho|amor|fofo|fofa|querid[oa])|e (?:um|uma) (?:amor|querid[oa]|genio|fofo|fofa)|adoro (?:o meu|a minha|meu|minha) (?:chefe|patrao|patroa)', '\\b(?:o|a|meu|minha|o meu|a minha)\\s+(?:vizinh|marido|mulher|namorad|filh|pai|mae|irm|sogr|cunhad|amig|prim|tio|tia|avo|ex\\b)\\p{L}*'],
    base: 0.8,
    about: 'anyone',
    denied: 'keeps',
  },
  // relationship: "ele pediu o divórcio por mensagem", "ela saiu de casa ontem, 10 anos de casamento": the pronoun for the partner, the end said beside it.
  {
    category: 'relationship',
    match: '(?:ele|ela)\\s+(?:(?:ja|hoje|ontem|finalmente|simplesmente|do nada)\\s+)?(?:me pediu o divorcio|pediu-me o divorcio|me pediu divorcio|pediu o divorcio|pediu divorcio|pediu a separacao|(?:saiu de casa|foi embora de casa|foi-se embora de casa)(?!\\s+(?:as|a|cedo|agora|para|pra|pro|hoje de manha|de manha|mais cedo|correndo|a correr|trabalhar)\\b))',
    requiresInText: ['\\d+ anos|(?:dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte) anos|anos (?:de casad\\p{L}*|juntos)|casamento|namoro|💔|😭|acabou|sozinh[oa]|filhos|me deixou|por mensagem|por sms|por whats\\p{L}*|por e-?mail|malas|de vez|para sempre|pra sempre|\\bex\\b'],
    unless: ['novela|serie|filme|personagem|livro|reality|bbb|famos[oa]|cantor[a]?|ator|atriz|jogador[a]?|revista|principe|princesa|presidente|a (?:minha |meu )?(?:amig|irm|prim|vizinh|colega|tia|mae)\\p{L}*|o (?:meu )?(?:amig|irm|prim|vizinh|colega|tio|pai)\\p{L}*|\\b(?:filh[oa]|filhos)\\b (?:saiu|foi)'],
    base: 0.8,
    about: 'anyone',
  },
  // health: a lump found in one's body, said with where: "a médica disse que tenho um nódulo na tiroide", "apareceu-me um quisto no ovário", "encontraram um caroço na mama".
  {
    category: 'health',
    match: '(?:tenho|to com|tou com|estou com|fiquei com|apareceu-me|me apareceu|apareceram-me|me apareceram|encontraram-me|me encontraram|acharam-me|me acharam|descobri|detetaram-me|me detetaram|diagnosticaram-me|me diagnosticaram)\\s+(?:um|uns|uma|umas|dois|tres|\\d)\\s+(?:pequen[oa]s?\\s+)?(?:nodulos?|quistos?|cistos?|carocos?|tumor|tumores|calombos?|inchacos? estranhos?)\\s+(?:n[oa]s?|em)\\s+(?:(?:meu|minha|meus|minhas)\\s+)?(?:tiroide|tireoide|mamas?|peito|seios?|ovarios?|utero|figado|rins?|pulmao|pulmoes|pescoco|cabeca|cerebro|pele|axila|prostata|testiculos?|pancreas|intestino|estomago|coluna|joelho|ombro|braco|perna|costas|rosto|lingua|boca|olho|virilha|cordas vocais|hipofise|suprarrenal|bexiga|colo do utero)\\b',
    unless: [...PETS, ...CAUSE, TOPIC_OF, '\\b(?:o|a) (?:meu |minha )?(?:cao|gato|gata|cadela|cachorr[oa]|pet)\\b'],
    base: 0.85,
    // The verb says "I" ("tenho", "apareceu-me"): the doctor who told it ("a minha médica disse que tenho ...") is not whom it is about.
    about: 'anyone',
  },
  // The same found by others ("encontraram um quisto", "apareceu um cisto no ovário"): the author's or the family's, as the reading says.
  {
    category: 'health',
    match: '(?:apareceu|apareceram|encontraram|acharam|descobriram|detetaram|detectaram|diagnosticaram)\\s+(?:um|uns|uma|umas|dois|tres|\\d)\\s+(?:pequen[oa]s?\\s+)?(?:nodulos?|quistos?|cistos?|carocos?|tumor|tumores|calombos?)\\s+(?:n[oa]s?|em)\\s+(?:(?:meu|minha|meus|minhas)\\s+)?(?:tiroide|tireoide|mamas?|peito|seios?|ovarios?|utero|figado|rins?|pulmao|pulmoes|pescoco|cabeca|cerebro|pele|axila|prostata|testiculos?|pancreas|intestino|estomago|coluna|bexiga|colo do utero)\\b(?!\\s+d[oa]s?\\s+(?!meu|minha)\\p{L})',
    unless: [...PETS, ...CAUSE, TOPIC_OF, '\\b(?:o|a) (?:meu |minha )?(?:cao|gato|gata|cadela|cachorr[oa]|pet)\\b', 'd[oa]s? (?:(?:meu|minha)\\s+)?(?:vizinh|amig|colega|chefe|prim|cunhad)\\p{L}*'],
    base: 0.85,
  },
  // birthdate: the year first, then the day: "nasci em 1992 no dia 7 de julho", "nasci em 88, a 3 de maio".
  { category: 'birthdate', match: `(?:nasci|vim ao mundo|cheguei ao mundo)\\s+(?:em|no ano de)\\s+(?:19|20)?\\d{2}\\s*,?\\s*(?:no dia|dia|a|em|no)\\s+\\d{1,2}(?:\\s+de\\s+${MONTH}|/\\d{1,2})`, base: 0.85, about: 'self' },
  // money: owing the card or the rent itself: "ainda to devendo o cartão", "estou a dever a renda ao senhorio".
  { category: 'money', match: '(?:(?:ainda\\s+)?(?:to|tou|estou|estamos|ando|andamos|continuo)\\s+(?:devendo|a dever)|devo)\\s+(?:o|a|os|as)\\s+(?:cartao(?: de credito)?|fatura(?: do cartao)?|banco|aluguel|aluguer|renda|condominio|prestacao(?: da casa| do carro)?|agiota|cheque especial)', unless: ['\\b(?:ele|ela|eles|elas)\\b|(?:o|a|os|as|meu|minha) (?:vizinh|amig|colega|inquilin|irm|prim)\\p{L}*', 'devo (?:o|a) (?:\\p{L}+ )?(?:ao|a) (?:minha|meu) (?:mae|pai)'], base: 0.8, about: 'self', denied: 'keeps' },
];
