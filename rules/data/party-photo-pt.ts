import type { CueEntry } from '../../src/core/cue-lists.js';

/**
 * Portuguese word list of the `party-photo` rule (Brazilian and European),
 * beside the English and Spanish ones (party-photo.ts, party-photo-es.ts),
 * in its categories. Regex sources (no capturing groups) matched
 * case-insensitively at word boundaries on the text with its accents folded
 * away ("bêbado" is "bebado"); the Portuguese reading weighs each match
 * (src/core/cue-lists.ts): "não tô de ressaca" is denied, "vamos encher a
 * cara?" asked, "meus amigos estavam bêbados" someone else's, "Se Beber,
 * Não Case" a title. The key words take elongations ("bêbadaaa",
 * "ressacaaa"). Near-misses are as important as the words, and none of them
 * is listed or each is excluded: the sea's "ressaca" (Portugal and Brazil
 * both call a swell that), "bêbado de sono" or "de felicidade", one
 * "cervejinha" with dinner, a "copo" that is a cup, the "Copa do Mundo", a
 * "chute a gol", a "dose" of a vaccine, the "festa junina" and the
 * "arraial", a party with nothing about drinking.
 */
export interface PartyEntryPt extends CueEntry {
  category: 'drunk' | 'hangover' | 'shots' | 'drinking' | 'drinking-game' | 'blackout' | 'wild-night' | 'bar-crawl' | 'keg';
}

/** Figures of speech: drunk on sleep, happiness, love, tiredness. */
/** Figures of speech: drunk on sleep, sun and sea, happiness, love: "bêbado de" or "embriagado de" anything that is no drink. */
const FIGURATIVE = ['(?:bebad|bebed|embriagad|ebri)\\p{L}* de (?!(?:cerveja|vinho|vodka|cachaca|pinga|tequila|whisky|gin|rum|licor|caipirinha|champanhe|espumante|sangria|alcool|tanto|tao)\\b)\\p{L}+'];
/** High on what is no drink: "chapada de cafeína", "mamado de sono", "alegrinho de felicidade", "calibrado de açúcar". */
const HIGH_ON_NOTHING = ['(?:chapad|mamad|alegrinh|altinh|calibrad|trincad|entornad|grogue)\\p{L}* de (?!(?:cerveja|vinho|vodka|cachaca|pinga|tequila|whisky|gin|rum|licor|caipirinha|champanhe|espumante|sangria|alcool|shots?|cana|corote|birita|jager\\p{L}*)\\b)\\p{L}+'];
/** Groggy from pills, an anaesthetic or sleep, no drink: "comecei a tomar sertralina, ainda meio grogue", "grogue da anestesia", "acordei grogue da soneca". */
const GROGGY = ['(?:remedios?|medicament\\p{L}*|medicac\\p{L}*|comprimidos?|pilulas?|anestesia|sedac\\p{L}*|sedad[oa]|sedativ\\p{L}*|calmantes?|antialergic\\p{L}*|antidepressiv\\p{L}*|ansiolitic\\p{L}*|\\d+\\s*mg|sertralina|fluoxetina|escitalopram|rivotril|clonazepam|zolpidem|xanax|dramin|benadryl|cirurgia|operac\\p{L}*|sono|sonolent\\p{L}*|insonia|cochil\\p{L}*|soneca|sesta|plantao|turno da noite|febre|gripe)[^.!?\\n]{0,80}?\\bgrogue\\b|\\bgrogue\\b[^.!?\\n]{0,40}?(?:remedios?|medicament\\p{L}*|medicac\\p{L}*|comprimidos?|pilulas?|anestesia|sedac\\p{L}*|sedad[oa]|sedativ\\p{L}*|calmantes?|antialergic\\p{L}*|antidepressiv\\p{L}*|ansiolitic\\p{L}*|\\d+\\s*mg|sertralina|fluoxetina|escitalopram|rivotril|clonazepam|zolpidem|xanax|dramin|benadryl|cirurgia|operac\\p{L}*|sono|sonolent\\p{L}*|insonia|cochil\\p{L}*|soneca|sesta|plantao|turno da noite|febre|gripe)'];
/** A drink by name (or its cheap brands) one is "in": "no corote", "na cachaça", "na breja". */
const IN_DRINK = '(?:no corote|nos corotes|na cachaca|na pinga|na cana|na cerveja|nas cervejas|na breja|nas brejas|na cerva|no vinho|no tinto|no whisky|no uisque|no gin|na vodka|no chope|no chopp|na caipirinha|nas caipirinhas|na catuaba|no goro|na birita|no copo|nos copos|na bebida|no alcool|no jager|no rum|na tequila|no licor|na sangria|no bagaco|na jeropiga|no medronho|na ginja|na imperial|nas imperiais|nos finos|nas minis)';
/** The sea's swell and the morning after an event that is no night out. */
const NOT_HANGOVER = [
  // Everyone but the author: "a turma toda de ressaca hoje, menos eu".
  '\\b(?:menos|exceto|excepto|tirando|fora|salvo) eu\\b',
  'praia', 'mar\\b', 'ondas?', 'marinha', 'capitania', 'bandeira vermelha', 'nadadores?', 'salva-vidas', 'banhistas', 'ipma', 'aviso',
  // A hangover of anything that is no drink: "ressaca de chocolate", "ressaca de sono", "ressaca de série".
  'ressaca (?:so |apenas |e |mas e )?(?:de|do|da|dos|das) (?:chocolate|doces?|acucar|sono|series?|netflix|futebol|trabalho|amor|viagem|praia|sol|comida|estudos?|ferias|exames|leitura|livros?|emocoes|saudade|tristeza|compras|treino|musculacao|academia|ginasio|cafe|redes sociais|internet|maratona|filmes?|novela|pascoa)',
  // A festival's morning after with no drink in it: "ressaca de São João, só comi sardinhas e dancei".
  'so (?:comi|dancei|bebi agua|bebi sumo|bebi suco)', 'sem (?:beber|uma gota)', 'nem (?:bebi|provei)', 'nao bebi nada', 'de tanto (?:comer|dancar|rir|andar)',
  'ressaca moral (?:depois|por causa|apos|de|da|do|dessa|desta|daquela|daquele) (?:d[ao]s? |dessa |desta |daquela |daquele )?(?:reuniao|aula|prova|jogo|trabalho|conversa|discussao|apresentacao|entrevista|exame|briga|derrota)',
  'ressaca (?:d[eoa]s?\\s+)?(?:bbb|big brother|a fazenda|reality|paredao|novela|final da novela|maratona de \\p{L}+|formula 1|f1|eurovisao|oscar|grammy)\\b',
  'ressaca (?:eleitoral|das eleicoes|da copa|de copa|do mundial|da final|emocional|pos-ferias|de natal|da mudanca|literaria|de serie|do mar|economica|financeira|politica|dos mercados|da bolsa|do carnaval economico)',
];
/** Drink a person is drinking when it is no night out. */
const SOFT = ['cafe', 'cafes', 'cha\\b', 'agua', 'sumo', 'suco', 'refrigerante', 'coca', 'leite', 'batido', 'vitamina', 'sem alcool', 'zero alcool', '0,0', '0\\.0'];
/** Shots that are health or coffee: "um shot de gengibre todas as manhãs", "shot de açafrão", "shot de espresso", "shot imunidade". */
const WELLNESS_SHOTS = ['shots? (?:de |d[oa] )?(?:gengibre|curcuma|acafrao|limao|laranja|romã|roma|trigo|wheatgrass|clorofila|espresso|expresso|cafe|proteina|colagenio|vinagre|aloe|babosa|beterraba|couve|detox|imunidade|energia|vitamina[s]?|ginseng|propolis|mel|matcha|kombucha|cenoura|maca)', 'shots? (?:saudave(?:l|is)|detox|verdes?|matinais?|da manha|imunitarios?)', 'dose de (?:gengibre|vitamina|proteina)', 'suplement\\p{L}*', 'nutricionista', 'constipac\\p{L}*', 'resfriad\\p{L}*', 'imunidade'];
/** Shots that are photographs: "tirei uns shots incríveis da serra 📸". */
const PHOTO_SHOTS = ['fotos?', 'camera', 'fotografi\\p{L}*', 'fotograf[oa]', '(?:tirei|tiramos|tirar|tirando|tira|tirou|fiz|fizemos) (?:uns |umas |alguns |algumas |os |as |mais |\\d+ )?(?:shots|fotos)', '📸', '📷', 'lente', 'instax', 'paisage\\p{L}*', 'por do sol', 'ensaio'];
/** Doses that are medicine. */
const MEDICINE = ['vacinas?', 'reforco', 'remedios?', 'medicamentos?', 'antibioticos?', 'insulina', 'xarope', 'gotas', 'doses? de (?:carinho|amor|realidade|paciencia|coragem|humildade|energia|motivacao)'];
const MANY = '(?:[3-9]|\\d{2,}|uns quantos|umas quantas|uma data de|um monte de|uma pilha de|carradas de|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|mil|muit[oa]s|sei la quant[oa]s|nao sei quant[oa]s|umas? \\d+)';
const DRINKS =
  '(?:birras|bjecas|bejecas|cucas|nocais|2m|laurentinas|cervejas|cervejinhas|caipirinhas|caipiroskas|latas|latinhas|latao|latoes|garrafoes|copoes|brejas|geladas|jolas|bjecas|catuabas|garrafas|long necks|chopes|chopps|imperiais|finos|minis|litroes|litrao|doses|shots|tequilas|vodkas|copos|canecas|drinks|gins|gin tonicos|vinhos|tacas|mojitos|cachacas|pingas|whiskies|whiskys|jagers|jagermeisters)';
/** What the night's words need beside them to be drinking: "noitada" alone is a night out, not a drink. */
/** Not a single "vinho", "gin" or "cerveja": a glass of wine is no drinking night. */
const DRINKY =
  'beb\\p{L}*|bebidas?|cervejas|muita cerveja|vodka|tequila|cachaca|pinga|caipirinhas|shots?|doses|bebad\\p{L}*|ressaca|porre|copos|litrao|open bar|alcool|whisky|jager\\p{L}*';

/**
 * The entries, each the author's own to stand (`about: 'self'`): the
 * family's night out ("meu primo encheu a cara") is someone else's drinking.
 */
export const PARTY_PHOTO_PT: readonly PartyEntryPt[] = ([
  // drunk
  // The verb says "I" or "we": "enchi a cara no casamento da minha irmã", "tomamos todas no aniversário do Lucas" (the sister's wedding is the place, not the drinker).
  { category: 'drinking', match: '(?:enchi|enchemos) a cara|(?:tomei|tomamos|bebi|bebemos) todas|(?:tomei|tomamos|peguei|pegamos) (?:um |mo |o maior |um baita |um puta )?porre', unless: ['porre de (?:comida|doces?|chocolate|trabalho|sono|series?|futebol|acucar|carne|pizza|churrasco|estudo)', 'encher a cara de (?:comida|doces?|chocolate|bolo|pizza|brigadeiro)', 'enchi a cara de (?:comida|doces?|chocolate|bolo|pizza|brigadeiro|maquiagem|make|creme|protetor)', 'todas (?:as|os) '], base: 0.85, about: 'anyone' },
  // The truth after the author's own excuse: "falei pro chefe q tava com virose mas é só ressaca", "avisei a minha mãe que estava doente, mas na verdade é ressaca"
  // ("tava" is also "he was": the boss named before it would take the hangover). Not "mas não é ressaca", not someone else's excuse ("ela disse que...").
  { category: 'hangover', match: '(?<=(?<![\\p{L}])(?:eu (?:disse|falei|avisei)|falei|avisei|liguei|menti|inventei|expliquei|contei|justifiquei|escrevi|mandei (?:msg|mensagem|mail|e-mail|email|zap|whats|sms)|dissemos|falamos|avisamos)\\b[^.!?\\n]{0,90}?\\b(?:que|q)\\b[^.!?\\n]{0,60}?(?:mas|so que|quando|e)\\s*,?\\s+)(?:(?:na verdade|na real|no fundo|afinal)\\s*,?\\s+)?(?:e|eh|era|foi|o que (?:eu )?tenho e|tenho e|estou e|to e|tou e)\\s+(?:so |mesmo |pura |apenas |uma |a |mais uma |a maior )?(?:ressaca\\p{L}*|ressacao|bebedeira|porre|piela|moca|pileque)', unless: NOT_HANGOVER, base: 0.85, about: 'anyone' },
  // "a malta toda a vomitar no Cais do Sodré, eu incluído": others drunk, the author counted among them.
  { category: 'drunk', match: '(?:a vomitar|vomitando|beb[ae]d[oa]s?|trebad[oa]s?|chapad[oa]s?|mamad[oa]s?|de ressaca|de porre|de pileque|com os copos|caindo de bebad[oa]s)', requires: ['\\beu (?:inclu[ií]d[oa]|inclusive|incluso|inclusa|no meio)\\b|\\b(?:inclusive|incluindo|incluso|sobretudo|principalmente) eu\\b'], unless: [...FIGURATIVE, 'de sono|de cansaco|do barco|enjoo|enjoad\\p{L}*|virose|intoxicacao|gastro\\p{L}*|novela|filme|serie'], base: 0.8, about: 'anyone' },
  {
    category: 'drunk',
    // European "bêbedo", "bêbeda" beside Brazilian "bêbado"; "bezana", "manguaçado", "coma alcoólico".
    match: '(?:beb[ae]+d[oa]+s?|beb[ae]dissim[oa]s?|bebadac[oa]s?|bebac[oa]s?|trebad[oa]s?|treb[ae]d[oa]s?|bezanas?|manguacad[oa]s?|coma alcoolico|embriagad[oa]s?|embebed\\w+|bebedeiras?|pileques?|carraspanas?|pielas?|cardinas?|grogue|mamad[oa]s? de (?:cerveja|vinho|vodka|cachaca|tequila|gin)|com os copos|com um grao(?:zinho)? na asa|podre de bebad[oa]|caindo de bebad[oa]|de pileque)',
    // Seen on screen: "vi uma bebedeira épica na novela".
    unless: [...FIGURATIVE, ...GROGGY, '\\b(?:novela|filme|serie|documentario|reality|bbb|big brother|televisao|telejornal)\\b', '\\b(?:de|dos|das|uns|umas|muitos|muitas|varios|varias|cheio de|cheia de)\\s+(?:\\p{L}+\\s+)?beb[ae]d[oa]s\\b'],
    base: 0.85,
  },
  {
    category: 'drunk',
    match: '(?:estou|to|tou|tava|estava|estavamos|fiquei|ficamos|fico|ando|andamos|voltei|voltamos|cheguei|chegamos|sai|saimos|acordei|acabei|acabamos|acabou comigo)\\s+(?:muito\\s+|mega\\s+|super\\s+|tao\\s+|ja\\s+|completamente\\s+|totalmente\\s+|meio\\s+)?(?:chapad[oa]s?|mamad[oa]s?|(?:chapad|mamad|bebad|trebad)(?:ac|ass|issim)[oa]s?|(?:chapad|mamad|bebad|trebad)(?:ao|ona|oes|onas)|tocad[oa]s?|alegrinh[oa]s?|altinh[oa]s?|trebad[oa]s?|gross[oa]s?|grogue|de cara cheia|com a cara cheia|na pinga|entornad[oa]s?|trincad[oa]s?|calibrad[oa]s?|chumbad[oa]s? de (?:cerveja|vinho|vodka|gin|shots)|com (?:uma |a )?(?:grande |valente )?(?:moca|grossa|piela|bezana|carraspana|cardina|pedrada)|de porre|no grau|na bebedeira)',
    unless: [...HIGH_ON_NOTHING, ...GROGGY, 'tocad[oa] (?:com|pela|pelo|por)', 'gross[oa] (?:modo|com|de)'],
    base: 0.8,
  },

  // "To MUITO louca, alguém me tira dessa balada 🍾", "tava doidão no bar": out of one's head, with the night out or a drink beside it (not "louca pra ir").
  {
    category: 'drunk',
    match: '(?:estou|to|tou|tava|estava|estavamos|fiquei|ficamos|estamos|sai|saimos|voltei|cheguei|ficar|vou ficar|vamos ficar|quero ficar|bora ficar)\\s+(?:muito\\s+|mega\\s+|super\\s+|tao\\s+|mo\\s+|completamente\\s+|totalmente\\s+|ja\\s+)?(?:louc[oa]s?|loucao|loucona|locona|lokona|loka|loko|doid[oa]s?|doidao|doidona|doidaca)\\b(?!\\s+de\\s)',
    requiresInText: [`${DRINKY}|balada|festa|bar\\b|boteco|rave|after|open bar|🍾|🍻|🍺|🥃|🍷|🍸|🍹|🥂`],
    unless: ['(?:louc|doid)\\p{L}* (?:pra|para|por|de vontade|com|de saudade|de raiva|de ciume|de sono|de fome|de dor|de cansaco|de alegria|de felicidade)', 'sem (?:beber|alcool)', 'sobri[oa]'],
    base: 0.75,
  },
  // An alt text's "the author" (or "the birthday girl") drunk: "o autor, visivelmente bêbado, a beber sangria do jarro" (the author described is the author).
  {
    category: 'drunk',
    match: '(?:o|a) (?:autor[a]?|dono da conta|dona da conta|proprio autor|propria autora)\\s*,?\\s+(?:(?:visivelmente|claramente|completamente|totalmente|muito|bem|ja|todo|toda|meio|super)\\s+)?(?:beb[ae]d[oa]|embriagad[oa]|alcoolizad[oa]|trocando as pernas|a trocar as pernas|a cambalear|cambaleando|caid[oa] de bebad[oa]|a vomitar|vomitando|desmaiad[oa]|de olhos semicerrados com um copo)',
    base: 0.85,
    about: 'anyone',
  },
  // Straight from the jug or the bottle: "a beber sangria diretamente do jarro", "bebendo vinho no gargalo" (the bottle before its drink is read beside: "a beber diretamente da garrafa de tequila"); a beer's own bottle is no such thing ("bebi cerveja direto da garrafa, só uma").
  {
    category: 'drinking',
    match: '(?:beb\\p{L}*|a beber|mamar|mamei|mamou|mamando)\\s+(?:(?:a|o|uma|um)\\s+)?(?:(?:sangria|vinho|tinto|cerveja|vodka|vodca|gin|rum|whisky|cachaca|pinga|tequila|champanhe|espumante|licor|caipirinha|ponche|bagaco|medronho|jeropiga)\\s+)?(?:direto|diretamente|directamente|logo|mesmo)?\\s*(?:do|da|no|pelo|pela|na)\\s+(?:jarro|jarra|garrafao|balde|barril|pipa)|(?:beb\\p{L}*|a beber|mamar|mamei|mamou|mamando)\\s+(?:(?:a|o|uma|um)\\s+)?(?:sangria|vinho|tinto|vodka|vodca|gin|rum|whisky|cachaca|pinga|tequila|champanhe|espumante|licor|bagaco|medronho|jeropiga)\\s+(?:direto|diretamente|directamente|logo|mesmo)?\\s*(?:da|na|pela)\\s+(?:garrafa|gargalo)',
    requiresInText: ['sangria|vinho|tinto|cerveja|vodka|vodca|gin\\b|rum\\b|whisky|cachaca|pinga|tequila|champanhe|espumante|licor|caipirinha|ponche|bagaco|medronho|jeropiga|bebad\\p{L}*|festa|arraial|santos|noite|copos|🍷|🍺|🍻|🥴|🍾'],
    unless: [...SOFT, 'bebe\\b|bebezinho|biberao|mamadeira|cabrito|bezerro|cordeiro|leitao|gatinh|cachorrinh'],
    base: 0.8,
  },
  // Angola and Mozambique: "bué de birras ontem na kizomba", "muitas cucas", "kilos de nocal"; the beers by their names, many of them.
  { category: 'drinking', match: '(?:bue de|bue|muitas?|um monte de|uma grade de|grades de|caixas de|kilos de|quilos de)\\s+(?:birras|bjecas|bejecas|cucas|nocais|nocal|2m|laurentinas|cervejas|copos|shots|doses|garrafas)', unless: [...SOFT, 'compr\\p{L}*|vend\\p{L}*|promocao|preco|loja|armazem|reciclagem|fabrica'], base: 0.8 },
  // The night that left everyone blank or on the bathroom floor: "ninguém se lembra de nada", "passei a noite abraçada à sanita".
  {
    category: 'blackout',
    match: '(?:ninguem|nenhum de nos|nenhuma de nos|ninguem aqui|ninguem do grupo)\\s+(?:se\\s+)?(?:lembra|recorda|lembrou|se lembra) (?:de nada|de como|do que|como)|(?:passei|passamos|acabei|acabamos|terminei|terminamos)\\s+a noite\\s+(?:abracad[oa]s?|agarrad[oa]s?|debrucad[oa]s?|de joelhos)\\s+(?:a|na|no|ao)\\s+(?:sanita|privada|vaso|retrete|pia)',
    requiresInText: ['beb\\p{L}*|whisky|vodka|vinho|cerveja\\p{L}*|tequila|gin\\b|rum\\b|cachaca|pinga|shots?|doses|copos|garrafa\\p{L}*|festa|balada|noitada|open bar|ressaca|misturo|misturei|🥴|🤢|🍻|🥃|🍾'],
    unless: ['intoxicacao|virose|gripe|gravid\\p{L}*|enjoo|gastro\\p{L}*|quimio\\p{L}*|acidente|assalto|anestesia|cirurgia|operacao'],
    base: 0.8,
    // "ninguém" is the whole party, the author in it, and no denial.
    about: 'anyone',
    denied: 'keeps',
  },
  // Driving after drinking: "Dirigi pra casa meio alto ontem", "conduzi bêbado".
  // "bati o carro voltando da balada, tava meio alto": tipsy said "alto", beside the night out or a drink (not a voice, a price, music).
  { category: 'drunk', match: '(?:tava|estava|to|tou|estou|fiquei|ficamos|ja tava|ja estava|tavamos|estavamos|cheguei|voltei|sai)\\s+(?:meio|meia|bem|um pouco|um bocado|ja|um pouquinho|levemente)\\s+alt[oa]s?\\b(?!\\s+(?:demais|pra|para|do que|que))', requiresInText: ['balada|bar\\b|boteco|festa|rolê|role\\b|bebi|bebemos|beber|cerveja|cervejas|breja|copos|drinks?|caipirinhas?|vinho|whisky|vodka|gin|chopp?|open bar|🍺|🍻|🍷|🥃|🍸'], unless: ['volume|som\\b|musica|voz|preco|precos|conta|aluguel|renda|febre|pressao|salto|salto alto|alt[oa] (?:demais|pra caramba)|de altura|estatura|(?:nao|nem|nunca) (?:tava|estava|fiquei|bebi)'], base: 0.8 },
  { category: 'drunk', match: '(?:dirigi|dirigindo|dirigir|conduzi|conduzir|guiei|peguei o carro|peguei no carro|vim de carro|voltei de carro)\\b[^.!?\\n]{0,30}?\\b(?:meio alt[oa]|alt[oa]|bebad[oa]|chapad[oa]|tocad[oa]|alegrinh[oa]|depois de beber|depois de uns copos|com uns copos|com umas cervejas|tendo bebido)|bebad[oa] ao volante', base: 0.85 },

  // hangover
  { category: 'hangover', match: '(?:ressaca+s?|ressacao|ressacona|ressacad[oa]s?|ressaquinha|de ressaca|ressaquei|ressaqueando|ressaquear|ressaquead[oa]s?|ressacando|engov|epocler)', unless: NOT_HANGOVER, base: 0.85 },

  // shots
  {
    category: 'shots',
    match: '(?:shots?|shotinhos?|rodadas? de (?:shots|tequila|tequilas|jager|vodka|cachaca|doses|caipirinha|cerveja|chope)|doses? de (?:tequila|vodka|cachaca|pinga|whisky|jager|jagermeister|absinto|gin|rum|licor|aguardente|bagaco|medronho|ginja)|tequilas|tequilada|jagerbombs?|jager bombs?)',
    // "shot" is also the camera's and the football's; a dose is also a vaccine's.
    unless: [...PHOTO_SHOTS, 'sem alcool', 'zero alcool', '0,0', 'golo', 'gol\\b', 'chute', 'remate', 'basquete', 'cesto', 'screenshot', 'print', ...MEDICINE, ...WELLNESS_SHOTS, ...SOFT.map((s) => `shots? de ${s}`)],
    base: 0.8,
  },
  // The night's count said with "foram": "ontem foram 6 imperiais e uns quantos shots", "já vão 5 caipirinhas".
  { category: 'drinking', match: `(?:foram|eram|rolaram|vieram|ja vao|ja foram|la se foram)\\s+(?:uns\\s+|umas\\s+|tipo\\s+|mais de\\s+)?${MANY}\\s+${DRINKS}(?:\\s+de\\s+\\p{L}+(?:\\s+entre\\s+(?:os|as|nos)\\s+\\p{L}+)?)?`, unless: [...SOFT, ...MEDICINE], base: 0.85, about: 'anyone' },
  // Bottles by the head or by the many: "3 garrafas de vinho por cabeça", "acabámos com 5 garrafas de gin".
  { category: 'drinking', match: `(?:${MANY}|\\d+)\\s+(?:garrafas?|garrafoes|litros|caixas|grades|engradados|baldes|jarros|jarras|canecas|pitchers)\\s+de\\s+(?:vinho|cerveja|vodka|gin|whisky|rum|tequila|cachaca|sangria|espumante|champanhe|caipirinha|tinto|branco|verde|licor|jeropiga|bagaco)(?:\\s+(?:por cabeca|por pessoa|cada|entre \\p{L}+|so para nos|so pra gente|so pra nos(?: \\d+)?))?`, requires: ['so eu|eu sozinh[oa]|sozinh[oa]|por cabeca|por pessoa|cada|entre|so para nos|so pra gente|so pra nos|(?:pra|para) nos \\d|para \\d+ pessoas|ninguem (?:levantou|se levantou|acordou)|bebemos|bebi|acabamos|acabei|esvaziamos|matamos|despachamos|foram|noite|ontem|ressaca|bebad\\p{L}*|🥴|🤢|🍷|🍻'], unless: [...SOFT, 'compr\\p{L}*', 'oferec\\p{L}*', 'loja', 'promocao', 'vend\\p{L}*', 'adega', 'colheita', 'producao', 'garrafeira', 'receita', 'coleccao|colecao'], base: 0.8 },
  // Never sober for days: "4 dias sem ficar sóbrio", "ainda não estive sóbrio um minuto", "nem um dia sóbria no carnaval".
  { category: 'drunk', match: '(?:(?:\\d+|dois|duas|tres|quatro|cinco|seis|sete|uma|um) (?:dias|noites|semana|semanas|fim de semana) )?(?:sem (?:ficar|estar|passar (?:um|uma) (?:minuto|hora|dia|noite))|(?:ainda )?nao (?:estive|estou|fiquei|fico|estivemos|ficamos|tive (?:um|uma) (?:minuto|hora|dia|momento))|nem (?:um|uma) (?:minuto|hora|dia|noite|segundo))\\s+(?:(?:um|uma) (?:minuto|hora|dia|noite|segundo) )?sobri[oa]s?(?:\\s+(?:um|uma) (?:minuto|hora|dia|noite|segundo))?', unless: ['(?:nao|nunca|jamais) (?:bebo|bebi|bebemos)', 'sobriedade', 'abstemi[oa]', 'sem alcool', 'alcoolicos anonimos'], base: 0.8, denied: 'keeps' },
  { category: 'shots', match: `${MANY}\\s+(?:shots|doses|tequilas|jagers|shotinhos)`, unless: MEDICINE, base: 0.85 },
  // The night's drinks said impersonally: "foram shots de licor a noite toda", "rolou muita tequila", "só deu cerveja".
  {
    category: 'shots',
    match: '(?:foram|eram|rolou|rolaram|foi so|so deu|so dava|so havia)\\s+(?:uns |umas |muitos |muitas |muita |rodadas de |litros de |so )?(?:shots|doses|tequilas?|jagers?|shotinhos|caipirinhas|cervejas?|imperiais|finos|copos|vodkas?|cachacas?|ginjas?|licores|gin)',
    requires: ['noite|ate|toda|todo|seguid|sem parar|festa|festas|aldeia|balada|bar|copos|ressaca|oito|mal|mort[oa]|destruid[oa]|acabad[oa]|de rastos|🤢|🥴|🍻|🥃'],
    unless: [...MEDICINE, ...PHOTO_SHOTS],
    base: 0.8,
  },
  // Bottles counted among few: "ontem foram 3 garrafas de vinho entre os dois", "matámos duas garrafas de vodka a quatro", "4 garrafas de tinto pra nós três".
  { category: 'drinking', match: `(?:(?:foram|eram|ja vao|ja foram|matamos|despachamos|bebemos|acabamos com|rolaram)\\s+)?(?:[2-9]|\\d{2}|duas|tres|quatro|cinco|seis|meia duzia de)\\s+garrafas\\s+de\\s+(?:vinho|tinto|branco|verde|espumante|champanhe|vodka|whisky|tequila|gin|rum|cachaca|pinga|licor|sangria|cerveja)\\b[^.!?\\n]{0,25}?\\b(?:entre (?:os|as|nos|a gente) (?:dois|duas|tres|quatro)|entre nos|entre a gente|so (?:para|pra) (?:nos|a gente|os dois|as duas)|(?:para|pra) (?:nos )?(?:dois|duas|tres|quatro)|a (?:dois|duas|tres|quatro)\\b|sozinh[oa]s?|numa noite|na mesma noite)`, unless: [...SOFT, 'compr\\p{L}*', 'oferta', 'promocao', 'adega', 'cabaz', 'receb\\p{L}*'], base: 0.8, about: 'anyone' },
  // "Estou feita num oito", "fiquei num oito" (Portugal: wrecked), with the drinks said.
  { category: 'drunk', match: '(?:estou|to|tou|fiquei|ficamos|estamos|acordei|ando)\\s+(?:feit[oa]s?\\s+)?num oito', requiresInText: [DRINKY], base: 0.8 },

  // "Doidão de cachaça", "louca de tequila": out of one's head on a named drink.
  { category: 'drunk', match: '(?:doidao|doidona|doid[oa]|louc[oa]|loucao|chapad[oa]|mamad[oa]|pedrad[oa]|podre|trincad[oa]|calibrad[oa]|chumbad[oa])\\s+de\\s+(?:cachaca|pinga|cerveja|vodka|tequila|vinho|gin|whisky|rum|caipirinha|licor|absinto|alcool|jager|catuaba|ice)', base: 0.85 },

  // drinking: heavy drinking, not a beer with dinner.
  {
    category: 'drinking',
    match: '(?:encher a cara|enchi a cara|enchemos a cara|encheu a cara|enchendo a cara|vou encher a cara|tomar todas|tomei todas|tomamos todas|tomando todas|vamos tomar todas|a gente tomou todas|a gente bebeu todas|tomamos todas e mais umas|bebi todas|bebemos todas|beber todas|bebendo todas|mais pra la do que pra ca|mais para la do que para ca|(?:tomar|tomei|tomamos|tomo|tomando|vou tomar|vamos tomar|peguei|pegamos|pegar|vou pegar|vamos pegar|levei|levamos) (?:um |uns |mo |mo maior |o maior |um baita |um puta |um senhor |aquele )?porres?|um porre daqueles|que porre|de porre|bebemos ate cair|bebi ate cair|beber ate cair|beber ate morrer|open bar|bebendo (?:igual|que nem|como) (?:um )?gamba|bebi (?:igual|que nem|como) (?:um )?gamba|bebemos como (?:uns )?(?:loucos|gambas|esponjas)|a beber como (?:uma esponja|um cossaco|loucos)|apanhar uma (?:bebedeira|piela|carraspana)|apanhei uma (?:bebedeira|piela|carraspana|cardina)|virei a noite (?:bebendo|a beber|no bar|na balada bebendo)|varamos a noite bebendo)',
    unless: ['porre de (?:comida|doces?|chocolate|trabalho|sono|series?|futebol|acucar|carne|pizza|churrasco|estudo)', 'piela d[oa] (?:bolo|torta|pudim|leite)', '(?:encher|enchi|enchemos|encheu|enchendo) a cara de (?:comida|doces?|chocolate|bolo|pizza|brigadeiros?|pipoca|hamburguer\\p{L}*|sushi|churrasco|salgad\\p{L}*|pao de queijo|acai|sorvete|gelado|fritas|feijoada|francesinha|pasteis?|natas|bolachas?|biscoitos?|maquiagem|make|creme|protetor)', 'open bar de (?:cafe|comida|pizza|sorvete|sushi|doces|gelado|sucos?|sumos?|agua|refri\\p{L}*|cha|limonada|smoothies?|batidos?|acai|tapioca|brigadeiro)'],
    base: 0.85,
  },
  { category: 'drinking', match: `(?:bebi|bebemos|tomei|tomamos|virei|viramos|mandei|mandamos|emborquei|ja vao|ja foram|vamos em|vou em|to na|estou na|vou na)\\s+(?:uns\\s+|umas\\s+|tipo\\s+)?${MANY}\\s+${DRINKS}`, unless: [...SOFT, ...MEDICINE], base: 0.85 },
  // Lost count of the drinks: "já perdi a conta às sangrias", "perdi a conta das cervejas", "perdemos a conta de quantos shots foram".
  { category: 'drinking', match: `(?:(?:ja\\s+)?(?:perdi|perdemos|perco|perdeu-se)\\s+a\\s+(?:conta|contagem)\\s+(?:a|as|aos|ao|das|dos|de|da|do)\\s+(?:quant[oa]s\\s+)?|(?:ja nao sei|ja nem sei|nem sei|nao sei)\\s+quant[oa]s\\s+)(?:${DRINKS}|sangrias|ginjinhas|ginjas|ponchas|bejecas|cervejolas|caipis|rodadas|rondas|imperiais|minis|bebidas)\\b`, unless: [...SOFT, 'agua', 'euros|reais|dinheiro|gastei|paguei|preco|comprei|compramos'], base: 0.85 },
  // A count said on its own: "5 caipirinhas e contando".
  { category: 'drinking', match: `${MANY}\\s+${DRINKS}\\s+(?:e contando|e a contar|seguid[oa]s|de seguida|de enfiada|na conta|no bucho|ja foram|e ainda|(?:e [^.!?\\n]{0,30}?\\s)?depois)`, unless: SOFT, base: 0.85 },
  { category: 'drinking', match: '(?:bebi|bebemos|tomei|tomamos|mandei|matei|matamos)\\s+(?:uma|a|meia|duas|tres)\\s+garrafas?(?:\\s+de\\s+\\w+)?(?:\\s+(?:sozinh[oa]|inteira|so eu|cada um))?', unless: [...SOFT, 'agua'], requires: ['sozinh[oa]|inteira|cada|duas|tres|vodka|vinho|tequila|whisky|cachaca|gin|rum|ontem|noite'], base: 0.8 },
  // The third drink or later, counted: "já vou na terceira imperial", "to na quinta latinha".
  {
    category: 'drinking',
    match: '(?:(?:vou|to|tou|estou|vamos|estamos|ja)\\s+(?:na|no)|na|no)\\s+(?:terceir[oa]|quart[oa]|quint[oa]|sext[oa]|setim[oa]|oitav[oa]|non[oa]|decim[oa]|\\d+[ªºao])\\s+(?:imperial|cerveja|cervejinha|latinha|lata|caipirinha|caipiroska|garrafa|dose|tequila|catuaba|chope|chopp|fino|mini|taca|caneca|long neck|copo|gin|vodka|shot|drink|whisky|litrao|rodada|sangria)',
    base: 0.85,
  },
  // A bottle chugged: "virando uma garrafa de cachaça no gargalo"; days on end: "5 dias seguidos a beber"; the liver complaining.
  { category: 'drinking', match: '(?:virando|virar|virei|viramos|vira) (?:uma |a |meia )?garrafa(?: de \\w+)?|(?:bebendo|beber|bebi|bebemos) no gargalo', unless: [...SOFT, 'agua'], base: 0.8 },
  // "Bebemos bué", "bebi mto ontem", "bebi que nem um gambá": drinking a lot, said by how much (not water: SOFT).
  { category: 'drinking', match: '(?:bebi|bebemos|bebeste|bebeu-se|emborquei|emborcamos|entornei|entornamos)\\s+(?:(?:ontem|hoje|ate|tanto|tipo)\\s+)?(?:bue(?: de)?|mto|mt|muito|demais|de mais|pra caramba|pra caralho|pra cacete|pra burro|que nem (?:um |uma )?(?:gamba|esponja|condenad[oa]|doid[oa])|como (?:um |uma )?(?:gamba|esponja|condenad[oa]|nunca)|horrores|ate cair|ate nao poder mais)', unless: [...SOFT, 'remedio|xarope|medicamento|leite|agua de coco|isotonico|gatorade'], base: 0.8 },
  // "Desde as 8 da noite no corote e já são 4h", "na cachaça desde o almoço", "bebendo há 6 horas": drinking for hours, by the clock.
  { category: 'drinking', match: `(?:${IN_DRINK}|bebendo|a beber|bebemos|a emborcar|emborcando)\\s+(?:(?:direto|sem parar|ja)\\s+)?(?:desde (?:as \\d{1,2}(?:h\\d*|:\\d\\d)?|o almoco|o meio-dia|o meio dia|ontem|a tarde|cedo|sexta|o jogo|as \\p{L}+)|ha (?:\\d+|duas|tres|quatro|cinco|seis|sete|oito|dez|doze|umas|uns|mais de \\d+) horas|o dia (?:todo|inteiro)|a tarde (?:toda|inteira)|a noite (?:toda|inteira)|a madrugada (?:toda|inteira)|ate (?:as )?(?:[3-9]|1[0-2])(?:h|:| da manha| horas))|desde (?:as|o|a) [^.!?\\n]{0,25}?\\s${IN_DRINK}\\b`, unless: [...SOFT, 'trabalh\\p{L}*|estud\\p{L}*|reuniao|na fila|no hospital|remedio'], base: 0.8 },
  { category: 'drinking', match: `(?:${MANY}|\\d+)\\s+(?:dias|noites|horas)\\s+(?:seguid[oa]s\\s+|sem parar\\s+|direto\\s+)?(?:a beber|bebendo|de copos|de farra|de bebedeira|de porre)`, base: 0.85 },
  // Being sick from it: "bebi tanto que vomitei no táxi".
  { category: 'drinking', match: '(?:bebi|bebemos|bebeste|bebeu a gente) tanto que|(?:vomitei|vomitamos|chamei o hugo|chamei o gregorio)\\b', requiresInText: ['ontem|noite|festa|balada|noitada|bebi|bebemos|bebad\\p{L}*|porre|ressaca|cervejas|shots|doses|tequila|vodka|cachaca|copos|(?:saindo|a sair|a saida|depois) d[oa] (?:bar(?!\\s+de\\s+(?:sucos|sumos|saladas|vinhos))|boteco|balada|discoteca|festa|tasca)'], unless: ['virose', 'gripe', 'intoxicacao', 'gravida', 'enjoo', 'barco', 'carro', 'aviao', 'bebe'], base: 0.8 },
  { category: 'drinking', match: 'o (?:meu )?figado (?:ja )?(?:pediu (?:a demissao|demissao|socorro|arrego)|nao aguenta|chora|esta a chorar|ta chorando|pede (?:socorro|agua))', base: 0.75 },
  { category: 'drinking', match: '(?:ir|vamos|bora|fomos|fui|vou) aos copos|(?:noite|tarde) de copos', base: 0.75 },
  // "Vamos emborcar uns copos", "emborquei seis minis": downing drinks.
  { category: 'drinking', match: '(?:emborcar|emborquei|emborcamos|emborcando|a emborcar|vou emborcar|vamos emborcar)\\s+(?:uns |umas |mais |\\d+ |tres |quatro |cinco |seis )?(?:copos|cervejas|minis|imperiais|finos|shots|garrafas|doses|jolas|canecas|tacas|gins|vodkas)', base: 0.8 },
  // "Jolas atrás de jolas", "cerveja atrás de cerveja": one drink after another.
  { category: 'drinking', match: '(?:cervejas?|jolas?|imperiais|imperial|finos?|minis?|shots?|copos?|doses?|gins?|brejas?|latas?|latinhas?|caipirinhas?|garrafas?|tequilas?|chopes?|chopps?|canecas?)\\s+(?:atras de|apos|depois de|em cima de)\\s+(?:cervejas?|jolas?|imperiais|imperial|finos?|minis?|shots?|copos?|doses?|gins?|brejas?|latas?|latinhas?|caipirinhas?|garrafas?|tequilas?|chopes?|chopps?|canecas?)', unless: SOFT, base: 0.8 },
  // "Bebi como um cossaco", "bebemos que nem uns camelos".
  { category: 'drinking', match: '(?:bebi|bebemos|beber|bebendo|a beber|bebo|bebeste)\\s+(?:como|que nem|igual a|igual)\\s+(?:um |uma |uns |umas )?(?:cossacos?|esponjas?|gambas?|louc[oa]s?|camel[oa]s?|peixes?|condenad[oa]s?|desalmad[oa]s?|vacas?|porcos?|gente grande|se nao houvesse amanha)', base: 0.85 },
  // "Amanhecemos no bar", "saímos do bar de dia": the night out till morning at the bar.
  { category: 'drinking', match: '(?:amanhecemos|amanheci|amanhecendo|acordamos|saimos|sai)\\s+(?:no|do|num|dum|na|da)\\s+(?:bar|boteco|pub|discoteca|balada|tasca|barzinho)(?:\\s+(?:de manha|de dia|as \\d))?', requires: ['amanhec\\p{L}*|de manha|de dia|as [4-9]'], base: 0.8 },
  // Drinking until dawn: "cachaçada com os parça até 5 da manhã", "imperiais até às 6 da manhã".
  { category: 'drinking', match: '(?:cachacadas?|cervejadas?|bebedeiras?|copos|cachaca|pinga|cervejas?|copos|shots|tequilas?|vodkas?|gins?|imperiais|finos|minis|caipirinhas|vinho)\\b[^.!?\\n]{0,40}?\\b(?:ate (?:as )?(?:[3-9]|tres|quatro|cinco|seis|sete|oito)(?:h| horas)?(?: da manha)?|ate (?:o sol (?:raiar|nascer)|amanhecer|o dia (?:nascer|raiar)|de manha|fechar|fecharem|as tantas|altas horas))', requires: ['manha|\\d\\s*h\\b|horas|sol|amanhecer|dia (?:nascer|raiar)|fechar|tantas'], unless: SOFT, base: 0.8 },
  // Drinking until the bar closes or the sun rises: "depois copos até fecharem o bar", "bebemos até o bar fechar", "fechámos o bar".
  { category: 'drinking', match: '(?:(?:e |a seguir |depois )?copos|(?:beber|bebendo|a beber|bebemos|bebi|vamos beber|bora beber))\\s+ate (?:fecharem|fechar|o bar fechar|nos expulsarem|nos correrem|o sol nascer|de manha|cair|as \\d)|fech(?:amos|ei|ar) o bar', requires: ['copos|beb\\p{L}*|cerveja\\p{L}*|bar|shots|🍻|🍺|🥃|🍷'], base: 0.8 },
  { category: 'drinking', match: '(?:bebi|bebemos|bebo|bebendo|a beber|beber|vou beber|vamos beber)\\s+(?:horrores|litros|a valer|como nunca|ate esquecer|ate apagar|ate desmaiar|ate dizer chega|ate (?:o )?fim|rios|feito (?:um |uma )?(?:louc[oa]|condenad[oa]|gamba|camelo)|demais|pra caramba|pra caralho|que nem (?:um )?(?:louco|louca|gamba)|ate (?:nao poder mais|as \\d|de manha|o sol nascer|cair|cairmos|cairem|fecharem|fechar o bar|desmaiar|apagar)|sem parar|a noite toda|o dia todo|muito(?: muito)?)', unless: [...SOFT, 'agua', 'cha', 'liquidos'], base: 0.8 },
  { category: 'drinking', match: '(?:vamos|vou|bora|hoje e dia de)\\s+(?:ficar|sair)\\s+(?:bebad[oa]s?|chapad[oa]s?|de cara cheia|mamad[oa]s?)', base: 0.85 },

  // "Quem me mandou beber aquele bagaço todo", "bebi aquela vodka toda": the night's drink regretted.
  { category: 'drinking', match: '(?:quem me mandou|para que e que fui|pra que eu fui|porque e que fui)\\s+(?:beber|misturar|tomar|emborcar|virar)|(?:beber|bebi|bebemos|tomei|tomamos|emborquei|virei)\\s+(?:aquele|aquela|aqueles|aquelas|tant[oa]s?|aquel[ea]s? \\p{L}+ de)\\s+(?:\\p{L}+\\s+)?(?:bagaco|vinho|cerveja|cervejas|gin|gins|vodka|tequila|tequilas|cachaca|pinga|shots|licor|whisky|medronho|ginja|aguardente|caipirinha|caipirinhas|imperiais|finos|sangria|absinto|jager)(?:\\s+tod[oa]s?)?', unless: SOFT, base: 0.8 },
  // "A cabeça a latejar depois da jantarada", "cabeça explodindo, bebi demais": the head after a night of drink said beside it.
  // "A malta quer ir beber mais, amanhã vou estar de rastos": tomorrow's state foretold, the drinking beside it.
  { category: 'hangover', match: '(?:amanha|amanha de manha|de manha)\\s+(?:(?:eu|ja)\\s+)?(?:vou|vamos|vou-me|vamo-nos)\\s+(?:estar|acordar|ficar|sentir)\\s+(?:de rastos|feit[oa]s? num oito|destruid[oa]s?|mort[oa]s?|a morrer|podres?|um caco|uns cacos|no chao|de cama)', requiresInText: [`${DRINKY}|bebi|bebemos|beber|sangrias?|imperiais|finos|minis|jolas|🍻|🍺|🍷|🥃|🍾`], unless: ['treino|ginasio|academia|corrida|maratona|mudanca|obras|turno|plantao|exame'], base: 0.8,
    // The verb says "I"/"we" inside the match; the sentence's subject may be someone else's ("a malta quer ir beber mais, amanhã vou estar de rastos").
    about: 'anyone' },
  { category: 'hangover', match: '(?:a )?cabeca (?:a latejar|latejando|a rebentar|rebentando|explodindo|a explodir|a estalar|estalando|pesada)', requiresInText: [`${DRINKY}|bebi|bebemos|beber|bagaco|jantarada|noitada|copos|vinho`], unless: ['enxaqueca', 'sinusite', 'gripe', 'covid', 'febre', 'estudar', 'exame', 'trabalho', 'reuniao'], base: 0.75 },
  // drinking-game
  // The beer funnel, said or in the photo: "virando um funil de cerveja", "beer bong", "fiz o funil".
  { category: 'drinking-game', match: 'funil de (?:cerveja|chope|chopp|bebida|vinho)|funis de cerveja|beer ?bong|(?:virar|virando|virei|viramos|fazer|fiz|fizemos|fazendo|a fazer|mandei|mandar) (?:o |um |uns )?funil', base: 0.85 },
  { category: 'drinking-game', match: 'beer pong|beerpong|flip cup|kings cup|jogos? de (?:beber|bebida|shots)|(?:jogando|jogamos|jogar) (?:o )?eu nunca|virar o copo|bebe quem perder|quem perder bebe|pong de cerveja', base: 0.85 },

  // Leaving crawling, never having drunk so much, not standing up, bar after bar, straight from the bottle.
  { category: 'drunk', match: '(?:sai|saimos|voltei|voltamos|cheguei|chegamos|fui|fomos)\\s+(?:(?:do|da|de) (?:bar|festa|balada|discoteca|boteco|tasca|casamento|jantar|after|churrasco)\\s+|(?:a|pra|para|em) casa\\s+)?(?:rastejando|a rastejar|de gatas|de quatro|carregad[oa]s?|aos trambolhoes|a cambalear|cambaleando|tropecando|a tropecar|em ziguezague|aos ss)', unless: ['bebe|crianca|cansaco|sono|trilha|maratona|ginasio|academia|treino|sacos|compras|malas'], base: 0.8 },
  { category: 'drinking', match: '(?:nunca|jamais) (?:\\p{L}+ ){0,2}?(?:bebi|bebemos|tinha bebido|tinhamos bebido|bebera) tanto(?!\\s+(?:cafe|cha|agua|sumo|suco|leite|refrigerante|coca|isotonico|energetico|red bull))|(?:nunca|jamais) (?:fiquei|tinha ficado|estive) tao (?:bebad[oa]|bebed[oa]|chapad[oa]|mamad[oa])', base: 0.8, denied: 'keeps' },
  { category: 'drunk', match: '(?:nao|nem) (?:conseguia|conseguiamos|consigo|conseguimos|conseguia nem|me aguentava|me aguentei|me tinha|me segurava)\\s+(?:nem\\s+)?(?:ficar|estar|me por|me manter|andar|me aguentar)?\\s*(?:em pe|de pe|direit[oa]|sentad[oa])', requiresInText: ['bar\\b|festa|balada|bebi|bebemos|copos|shots|cerveja\\p{L}*|vinho|vodka|gin\\b|tequila|cachaca|noite|ontem|uber|taxi|ressaca|🍻|🍺|🥃|🥴'], unless: ['dor|joelho|tornozelo|febre|tontura|labirintite|gripe|cirurgia|cansaco|treino|ginasio|academia|maratona|rir|riso'], base: 0.8, denied: 'keeps' },
  { category: 'bar-crawl', match: '(?:de )?(?:bar|boteco|tasca|tasco|pub|barzinho|discoteca|balada|adega|cervejaria) em (?:bar|boteco|tasca|tasco|pub|barzinho|discoteca|balada|adega|cervejaria)', base: 0.8 },
  { category: 'drinking', match: '(?:beber|bebendo|a beber|bebi|bebemos|bebeu|bebe)\\s+(?:diretamente |direto |logo )?(?:da|pela|na) garrafa|(?:no|do|pelo) gargalo', unless: [...SOFT, 'garrafa de (?:agua|sumo|suco|leite|refrigerante|coca|iogurte)', 'bebe\\b (?:de|com) (?:\\d+ )?mes'], base: 0.75, about: 'anyone' },
  // The photo's morning after: "garrafas de vodka vazias ... um desmaiado no sofá".
  { category: 'wild-night', match: '(?:garrafas|latas|latinhas|copos) (?:de (?:vodka|cerveja|vinho|gin|tequila|whisky|cachaca|rum|licor|espumante|champanhe) )?vazi[oa]s', requiresInText: ['desmaiad\\p{L}*|apagad[oa]|no chao|a dormir no (?:chao|sofa)|dormindo no (?:chao|sofa)|ressaca|😵|🥴|🤢|noite historica|ontem|festa|noitada'], unless: ['reciclag\\p{L}*|ecoponto|vidrao|coleta|recolha|limpeza|praia|lixo na'], base: 0.75, about: 'anyone' },
  // "Bebemos imperiais até o bar fechar": drinking until the place closes.
  { category: 'drinking', match: '(?:bebi|bebemos|bebendo|a beber|ficamos a beber|ficamos bebendo|ficamos)\\s+(?:\\p{L}+\\s+){0,2}?ate (?:o |a )?(?:bar|tasca|discoteca|boteco|balada|pub|cervejaria|festa|barzinho) (?:fechar|fecharem|fechar as portas|acabar|nos expulsar|nos expulsarem|nos mandar embora|nos por na rua)', unless: [...SOFT], base: 0.8 },
  // blackout
  // The first person's own memory gone, whoever else the sentence names: "acordei no sofá de um desconhecido, não lembro de nada de ontem".
  {
    category: 'blackout',
    match: '(?:nao (?:me )?lembro|nem (?:me )?lembro|nao me recordo|nao faco (?:a minima )?ideia) (?:de )?(?:nada|como (?:cheguei|voltei|vim|fui parar))',
    requiresInText: ['festa|bebad\\p{L}*|ressaca|copos|doses|shots|bebi|bebemos|tequila|alcool|balada|noitada|porre|vodka|cerveja\\p{L}*|cachaca|vinho|gin\\b|whisky|discoteca|after|😵|🥴|🤢|🍻|🍺|🥃|🍾|acordei (?:no|na|num|numa|sem|de roupa|ao lado|vestid[oa])'],
    unless: ['(?:ele|ela|eles|elas) (?:nao|nem)', 'aula|prova|exame|reuniao|filme|livro|sonho|palestra|jogo|conversa|materia'],
    base: 0.8,
    about: 'anyone',
  },
  {
    category: 'blackout',
    match: '(?:nao (?:me )?lembro (?:de )?nada|nem (?:me )?lembro (?:de )?(?:como|nada|ontem|metade)|(?:dei|deu|demos) (?:pt|perda total)|apaguei (?:na|no|depois|em)|nao sei como (?:cheguei|voltei) (?:em|a|para|pra) casa|acordei (?:sem saber onde|no chao|na banheira|na casa de nao sei quem|no sofa de alguem|de roupa|(?:no|na) (?:sofa|chao|cama|casa|banheira|carro|quintal) d[oa] \\w+|(?:no|na|num|numa) (?:sofa|chao|cama|casa|banheira|carro|quintal) de (?:um|uma) (?:desconhecid[oa]|estranh[oa]|gajo|gaja|cara|mina|tipo|tipa)))',
    requiresInText: ['ontem|festa|bebad\\p{L}*|ressaca|copos|doses|shots|noite|bebi|bebemos|tequila|alcool|balada|noitada|porre|vodka|cerveja\\p{L}*|cachaca|vinho'],
    // The memory of a class, a film or a dream, as in the entry before this one (tried here where that one is vetoed).
    unless: ['aula|prova|exame|reuniao|filme|livro|sonho|palestra|jogo|conversa|materia'],
    base: 0.8,
  },

  // "Só me lembro de entrar", "lembro-me apenas de chegar": the memory stops at the door.
  // "Acordei no sofá de um desconhecido sem saber o que aconteceu 🥴": the night lost.
  { category: 'blackout', match: 'acordei\\b[^.!?\\n]{0,50}?\\bsem (?:saber (?:o que aconteceu|como (?:fui|vim|cheguei|acabei) (?:parar )?(?:ali|aqui|la)?|onde estava|como cheguei(?: a casa| em casa)?)|memoria (?:nenhuma|de nada)|me lembrar de nada|lembrar de nada)', unless: ['hospital|acidente|cirurgia|anestesia|desmai\\p{L}*|sonambul\\p{L}*|febre|operacao|sonho|pesadelo'], base: 0.8, denied: 'keeps' },
  // "Vou sair carregada kkk", "saímos de lá arrastados": leaving too drunk to walk, with the night out beside it.
  { category: 'drunk', match: '(?:sair|sai|saimos|vou sair|vamos sair|voltei|voltamos|fui|fomos|cheguei|chegamos)\\s+(?:de la\\s+|do bar\\s+|da festa\\s+|da balada\\s+|para casa\\s+|pra casa\\s+)?(?:carregad[oa]s?|arrastad[oa]s?|de maca|rastejando|a rastejar|de gatas|de quatro)', requiresInText: [`${DRINKY}|open bar|balada|festa|bar\\b|boteco|rave|copos|🍾|🍻|🍺|🥃|🍷|🍸|🍹|🥂|🥴`], unless: ['lesao|lesionad\\p{L}*|joelho|tornozelo|pe torcido|cansaco|exausta?o?|trabalho|hospital|ambulancia|maratona|treino'], base: 0.8 },
  // "Esta noite é pra perder a memória", "sexta é dia de beber até cair": the plan to get drunk.
  { category: 'drunk', match: '(?:hoje|hj|esta noite|essa noite|sexta|sabado|amanha|este fim de semana)\\s+(?:e|eh)\\s+(?:pra|para|dia de|noite de)\\s+(?:perder a memoria|esquecer o (?:proprio )?nome|sair carregad[oa]|beber ate cair|acabar com o stock|entornar|apagar)(?!\\s*(?:\\.\\.\\.|…)?\\s*d[oa]s?\\s)', unless: ['celular|telemovel|telefone|computador|\\bpc\\b|formatei|disco|fotos|backup'], base: 0.8 },
  { category: 'blackout', match: '(?:so|soh|apenas) (?:me )?lembro (?:de (?:entrar|chegar|comecar|sair de casa)|do (?:inicio|comeco|primeiro copo|primeiro shot)|da primeira (?:dose|rodada|cerveja))|lembro-me (?:apenas|so) de (?:entrar|chegar|sair de casa)', requiresInText: ['ontem|festa|bebad\\p{L}*|ressaca|copos|doses|shots|noite|bebi|bebemos|discoteca|balada|bar|lux|noitada|😵|🥴|🍻|🍺'], base: 0.8 },
  // "Última memória é o terceiro gin", "a última coisa de que me lembro é a tequila".
  { category: 'blackout', match: '(?:a )?ultima (?:memoria|lembranca|recordacao|coisa (?:de )?que me lembro|coisa que lembro|coisa que me lembro) (?:e|foi|e de|foi de) (?:o |a |do |da )?(?:(?:primeir|segund|terceir|quart|quint|sext|setim|\\d+)\\p{L}* )?(?:copo|dose|shot|cerveja|caipirinha|gin|imperial|fino|tequila|garrafa|rodada|drink|caneca|vodka|jager\\p{L}*|bar|discoteca)', base: 0.8 },
  // "Só lembro até o terceiro copo de gin": the memory stops at a drink counted.
  { category: 'blackout', match: '(?:so|soh|apenas) (?:me )?lembro (?:ate|do|da) (?:o |a |ao |a )?(?:primeir|segund|terceir|quart|quint|sext|setim|\\d+)\\p{L}* (?:copo|dose|shot|cerveja|caipirinha|gin|imperial|fino|tequila|garrafa|rodada|drink|caneca)', base: 0.8 },

  // wild-night: the night out, with drinking said beside it.
  {
    category: 'wild-night',
    match: 'noitadas?|balada(?:s)?|baladinha|farras?|na farra|festancas?|festao|festa ate de manha|ate de manha|ate o sol nascer|ate as (?:[4-9]|quatro|cinco|seis|sete|oito) da manha|after ?party|sair pra night|na night|rave',
    requiresInText: [DRINKY],
    unless: ['festa junina', 'festas juninas', 'arraial', 'santos populares', 'festa (?:de aniversario|infantil|da escola|de criancas|do pijama)', 'cha de bebe', 'cha de panela', 'quermesse', 'igreja', 'missa', 'procissao', 'sem alcool', 'nao bebo', 'nao bebi', 'sobri[oa]'],
    base: 0.75,
  },

  // bar-crawl
  { category: 'bar-crawl', match: 'rota dos bares|roteiro de bares|tour de bares|de bar em bar|de barzinho em barzinho|ronda pelos bares|rodamos (?:os|todos os) bares|pub crawl|bar crawl|rota da cerveja|roteiro cervejeiro', base: 0.8 },

  // keg
  { category: 'keg', match: 'barri[ls](?:es)? de (?:chope|chopp|cerveja)|chopeira|kegger|keg stand', unless: ['fabrica', 'cervejaria artesanal', 'venda', 'preco', 'aluguel de chopeira'], base: 0.8 },
  // Home again without knowing what happened in between: "saí às 22h e voltei às 9h sem saber o que aconteceu pelo meio 🥴".
  { category: 'blackout', match: '(?:voltei|cheguei|acordei|vim|apareci)\\b[^.!?\\n]{0,40}?\\bsem (?:saber|fazer ideia de|ter ideia de|me lembrar de) (?:o que aconteceu|como (?:cheguei|vim|voltei))', requiresInText: ['festa|balada|noitada|farra|bar\\b|bebi|bebemos|copos|shots|doses|tequila|vodka|cerveja|🥴|😵|🤢|🍻|🍺|🥃'], unless: ['hospital|acidente|anestesia|cirurgia|desmaiei de (?:dor|fome)'], base: 0.8, about: 'anyone' },
] satisfies PartyEntryPt[]).map((e) => ({ about: 'self' as const, ...e }));

/** Drinking verbs a negation reaches a drink through: "não bebi nem uma cerveja", "nunca tomo tequila". */
export const PARTY_CARRIERS_PT: readonly string[] = ['bebi', 'bebo', 'beber', 'bebemos', 'tomei', 'tomo', 'tomar', 'tomamos', 'provei', 'provo', 'provar', 'pedi', 'peço', 'fiquei', 'ficar', 'fico'];
