import type { ReadingWords } from './words-en.js';

/**
 * The Portuguese words the reading layer reads by (Brazilian and European),
 * of the shape of the English ones (words-en.ts). Written with their
 * accents; tokens and lists are read without them (`foldAccents`), so
 * "não" and "nao", "você" and "voce", "ônibus" and "ónibus" are one word.
 * Both spellings where they differ ("fato"/"facto", "equipe"/"equipa",
 * "diretor"/"director"), and the internet's ("vc", "tô", "n").
 * Portuguese leaves the subject out ("tô de ressaca", "fui demitido"): the
 * verb's own form says "I" (`firstPersonVerbs`), also with the European
 * pronoun after it ("embebedei-me", "separámo-nos").
 *
 * "se" is both "if" and the reflexive pronoun ("ela se casou", "se
 * divorciaram"): it is a condition only where it opens a sentence or a
 * clause and no verb of someone else follows it (`irrealisOpeners`), and
 * in the phrases that can only be conditions ("e se eu", "só se").
 */
export const PORTUGUESE: ReadingWords = {
  language: 'pt',
  foldAccents: true,
  // "é" (is) is not "e" (and); "nós" (we) is not "nos" (also "in the": "nos bares").
  accentedWords: ['é', 'nós'],
  negation: ['não', 'ñ', 'n', 'nunca', 'jamais', 'nem', 'sem', 'nada', 'nenhum', 'nenhuma', 'ninguém', 'zero', 'tampouco', 'nope'],
  negationPhrases: [
    ['já', 'não'],
    ['parei', 'de'],
    ['parei', 'com'],
    ['deixei', 'de'],
    ['deixo', 'de'],
    ['larguei', 'o'],
    ['larguei', 'a'],
    ['em', 'vez', 'de'],
    ['em', 'lugar', 'de'],
    ['ao', 'invés', 'de'],
    ['livre', 'de'],
    ['nada', 'de'],
    ['longe', 'de'],
  ],
  negationVerbs: ['sóbrio', 'sóbria', 'sóbrios', 'sóbrias', 'evito', 'evitei', 'evitar', 'recusei', 'dispensei', 'dispenso'],
  negationCarriers: [
    'me', 'te', 'se', 'nos', 'lhe', 'o', 'a', 'os', 'as', 'tenho', 'tinha', 'tive', 'tem', 'temos', 'tô', 'tou', 'estou', 'estava', 'estive', 'está', 'tá',
    'estamos', 'sou', 'era', 'fui', 'é', 'foi', 'há', 'houve', 'havia', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'nem', 'sequer', 'tão',
    'muito', 'muita', 'muitos', 'muitas', 'tanto', 'tanta', 'demais', 'nenhuma', 'nenhum', 'nada', 'mais', 'ainda', 'hoje', 'esta', 'este', 'essa', 'esse',
    'noite', 'vez', 'vou', 'vamos', 'quero', 'queria', 'pude', 'posso', 'consigo', 'consegui', 'meu', 'minha', 'meus', 'minhas', 'eu', 'nós', 'gente',
    'realmente', 'pra', 'para', 'pouco', 'bocado', 'gota', 'bebi', 'tomei', 'provei', 'fiquei', 'fico', 'ando', 'andei', 'fiz', 'faço', 'vai', 'vão',
    'cheguei', 'ia', 'ao', 'à', 'no', 'na', 'com',
  ],
  notNegation: [
    ['não', 'sei', 'como'],
    ['não', 'sei', 'nem'],
    ['nem', 'sei'],
    ['não', 'aguento', 'mais'],
    ['não', 'aguento', 'de'],
    ['não', 'me', 'lembro'],
    // "Já não sei quantas cervejas bebi": a count lost, not a denial.
    ['não', 'sei', 'quantos'],
    ['não', 'sei', 'quantas'],
    ['não', 'sei', 'quanto'],
    ['nem', 'me', 'lembro'],
    ['não', 'lembro'],
    ['não', 'me', 'recordo'],
    ['não', 'imaginas'],
    ['não', 'imagina'],
    ['não', 'fazes', 'ideia'],
    ['não', 'faz', 'ideia'],
    ['não', 'fazem', 'ideia'],
    ['nem', 'te', 'conto'],
    ['nem', 'conto'],
    ['nunca', 'mais'],
    ['não', 'dormi'],
    ['não', 'preguei', 'olho'],
    ['sem', 'dormir'],
    ['não', 'chego', 'ao', 'fim'],
    ['não', 'chegamos', 'ao', 'fim'],
    ['não', 'consigo', 'pagar'],
    ['não', 'dá', 'para'],
    ['não', 'dá', 'pra'],
    ['sem', 'grana'],
    ['sem', 'dinheiro'],
    ['sem', 'um', 'tostão'],
    ['sem', 'um', 'centavo'],
    ['sem', 'cheta'],
    ['não', 'contem', 'a'],
    ['não', 'conta', 'pra'],
    ['não', 'contem', 'pra'],
    ['não', 'digam', 'a'],
    ['não', 'espalhem'],
    ['não', 'tem', 'ninguém', 'em', 'casa'],
    ['não', 'há', 'ninguém', 'em', 'casa'],
    ['não', 'vai', 'ter', 'ninguém'],
    ['ninguém', 'em', 'casa'],
    // "Acordei sem saber onde estava": not knowing where, no denial.
    ['sem', 'saber', 'onde'],
    ['sem', 'saber', 'como'],
    // "Voltei às 9h sem saber o que aconteceu": not knowing what, no denial.
    ['sem', 'saber', 'o', 'que'],
    ['sem', 'fazer', 'ideia'],
    // "que nem" is "like": "bebi que nem um gambá", "trabalho que nem um condenado".
    ...['gambá', 'esponja', 'cossaco', 'camelo', 'peixe', 'condenado', 'condenada', 'louco', 'louca', 'porco', 'vaca', 'cão', 'burro', 'doido', 'doida'].flatMap((n) => [
      ['nem', 'um', n],
      ['nem', 'uma', n],
      ['nem', n],
    ]),
  ],
  scopeBreak: ['mas', 'porém', 'embora', 'porque', 'pois', 'e', 'depois', 'agora', 'até', 'então', 'enquanto', 'aí', 'senão', 'contudo'],
  irrealis: ['oxalá', 'talvez', 'quiçá', 'imagina', 'imagine', 'imaginem', 'sonhei', 'sonho', 'sonhando', 'hipoteticamente', 'seria', 'seríamos', 'poderia', 'poderíamos', 'deveria', 'deveríamos', 'tivesse', 'fosse', 'ganhasse', 'pudesse', 'estivesse', 'fizesse', 'caso'],
  irrealisOpeners: ['se'],
  // "Se liga", "se trata de", "não se sabe": the pronoun before a verb of its own, however it opens the clause.
  irrealisOpenerNot: ['liga', 'ligou', 'ligue', 'liguem', 'toca', 'tocou', 'vira', 'virou', 'cuida', 'cuide', 'cuidem', 'trata', 'tratava', 'diz', 'dizia', 'sabe', 'sabia', 'fala', 'falava', 'ferrou', 'lascou', 'fodeu', 'deu', 'deram', 'chama', 'chamava', 'acha', 'acham', 'nota', 'percebe', 'joga', 'mata', 'manda', 'mexe', 'enxerga', 'toquem'],
  irrealisPhrases: [
    ['e', 'se'],
    ['só', 'se'],
    ['mas', 'se'],
    ['se', 'eu'],
    ['se', 'nós'],
    ['se', 'a', 'gente'],
    ['se', 'um', 'dia'],
    ['se', 'algum', 'dia'],
    ['quem', 'me', 'dera'],
    ['quem', 'dera'],
    ['tomara', 'que'],
    ['pode', 'ser', 'que'],
    ['de', 'repente'],
    ['no', 'caso', 'de'],
    ['em', 'caso', 'de'],
    ['pensando', 'em'],
    ['tentado', 'a'],
    ['tentada', 'a'],
    ['com', 'vontade', 'de'],
    ['me', 'pergunto', 'se'],
  ],
  readerAddress: [['ler', 'isto'], ['ler', 'isso'], ['está', 'lendo'], ['estás', 'a', 'ler'], ['vê', 'isto'], ['lê', 'isto']],
  daydream: ['ganhar', 'ganhasse', 'tivesse', 'fosse', 'herdar', 'herdasse', 'dia', 'sair', 'saísse', 'loteria', 'lotaria', 'euromilhões', 'mega'],
  comparison: [['como', 'se'], ['parece'], ['parecia'], ['pareces'], ['pareço'], ['parecemos'], ['mais', 'que'], ['pior', 'que'], ['tipo', 'de']],
  titleCues: [
    'vendo', 'vi', 'vejo', 'ver', 'assistindo', 'assisti', 'assistir', 'filme', 'música', 'canção', 'cançao', 'hino', 'disco', 'álbum', 'série', 'episódio',
    'temporada', 'livro', 'romance', 'lendo', 'li', 'ouvindo', 'ouvi', 'oiço', 'cantando', 'cantei', 'canto', 'karaokê', 'intitulado', 'intitulada',
    'chamado', 'chamada', 'dançando', 'dancei', 'peça', 'musical', 'documentário', 'programa', 'novela', 'tocando', 'toca', 'tocou', 'sucesso',
  ],
  calendar: [
    'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
    'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  ],
  // "a gente" is "we" in Brazil: "gente" is the author (and "gente," the readers, which is no one else either).
  firstPerson: ['eu', 'me', 'mim', 'comigo', 'nós', 'conosco', 'connosco', 'gente', 'meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas'],
  family: [
    'mãe', 'mamãe', 'mainha', 'mamã', 'pai', 'papai', 'painho', 'papá', 'pais', 'marido', 'esposo', 'esposa', 'mulher', 'namorado', 'namorada', 'noivo',
    'noiva', 'filho', 'filha', 'filhos', 'filhas', 'criança', 'crianças', 'bebê', 'bebé', 'neném', 'nenê', 'miúdo', 'miúda', 'miúdos', 'miúdas', 'pequeno',
    'pequena', 'pequenos', 'caçula', 'irmão', 'irmã', 'irmãos', 'irmãs', 'maninho', 'maninha', 'avô', 'avó', 'avós', 'vovô', 'vovó', 'vó', 'vô', 'família',
    'sogra', 'sogro', 'sogros', 'cunhado', 'cunhada', 'ex', 'gêmeos', 'gémeos', 'tio', 'tia', 'tios', 'primo', 'prima', 'primos', 'sobrinho', 'sobrinha',
    'enteado', 'enteada', 'companheiro', 'companheira', 'mozão', 'mozao', 'amor',
    // Angola: "a kota", "o kota" (the mother, the father).
    'kota', 'kotas',
  ],
  otherPeople: [
    'colega', 'colegas', 'amigo', 'amiga', 'amigos', 'amigas', 'vizinho', 'vizinha', 'vizinhos', 'vizinhas', 'senhorio', 'senhoria', 'cliente', 'clientes',
    'professor', 'professora', 'prof', 'profe', 'aluno', 'aluna', 'alunos', 'paciente', 'pacientes', 'cão', 'cachorro', 'cachorra', 'cadela', 'cachorrinho',
    'cachorrinha', 'cãozinho', 'gato', 'gata', 'gatinho', 'gatinha', 'pet', 'veterinário', 'veterinária', 'médico', 'médica', 'doutor', 'doutora', 'equipe',
    'equipa', 'estagiário', 'estagiária', 'diretor', 'diretora', 'director', 'directora', 'supervisor', 'supervisora', 'garçom', 'garçonete', 'empregado',
    'empregada', 'enfermeiro', 'enfermeira', 'dentista', 'funcionário', 'funcionária', 'funcionários', 'desconhecido', 'desconhecidos', 'noivos',
    'convidados', 'motorista', 'galera', 'pessoal', 'malta', 'parça', 'chefe', 'chefes', 'patrão', 'patroa', 'gerente', 'encarregado', 'encarregada',
    'jogador', 'jogadores', 'time', 'seleção', 'personagem', 'protagonista', 'adepto', 'adeptos', 'adepta', 'adeptas', 'torcedor', 'torcedores',
    'torcedora', 'torcedoras', 'turista', 'turistas', 'passageiro', 'passageiros', 'caloiro', 'caloiros', 'calouro', 'calouros', 'putos', 'gajos', 'gajas',
    // Public people a post tells of: "o cantor estava bêbado no palco", "a escritora diz que escreveu bêbada".
    'escritor', 'escritora', 'cantor', 'cantora', 'ator', 'atriz', 'atores', 'atrizes', 'poeta', 'vocalista', 'apresentador', 'apresentadora', 'influencer',
  ],
  addressee: ['tu', 'você', 'vc', 'vocês', 'vcs', 'te', 'ti', 'contigo', 'vos'],
  otherPronouns: ['ele', 'ela', 'eles', 'elas', 'dele', 'dela', 'deles', 'delas', 'todos', 'todas', 'alguém', 'ninguém', 'pessoas', 'rapaz', 'moço', 'moça', 'garoto', 'garota', 'senhor', 'senhora', 'famoso', 'famosa', 'famosos', 'fulano', 'cara', 'mundo'],
  newsFrame: ['pesquisadores', 'investigadores', 'cientistas', 'manchete', 'manchetes', 'documentário', 'podcast', 'reportagem', 'telejornal', 'noticiário', 'supostamente', 'estatisticamente', 'conforme'],
  newsPhrases: [
    ['um', 'estudo'],
    ['o', 'estudo'],
    ['novo', 'estudo'],
    ['uma', 'pesquisa'],
    ['a', 'pesquisa'],
    ['um', 'inquérito'],
    ['o', 'inquérito'],
    ['um', 'relatório'],
    ['o', 'relatório'],
    ['de', 'acordo', 'com'],
    ['diz', 'o', 'jornal'],
    ['diz', 'a', 'imprensa'],
    ['dizem', 'os', 'jornais'],
    // "Segundo a OMS", "segundo o jornal": a source; not "segundo a minha mãe" (a relative's word) nor "o segundo a chegar".
    ...['o', 'a', 'os', 'as'].flatMap((article) =>
      [
        'estudo', 'pesquisa', 'jornal', 'jornais', 'imprensa', 'oms', 'ibge', 'ine', 'governo', 'polícia', 'relatório', 'ministério', 'especialistas',
        'dados', 'revista', 'site', 'g1', 'público', 'expresso', 'observador', 'folha', 'globo', 'bbc', 'cnn', 'reuters', 'lusa', 'agência', 'associação',
        'sindicato', 'fmi', 'ue', 'onu', 'dgs', 'anvisa', 'psp', 'gnr', 'levantamento', 'instituto', 'universidade', 'pesquisadores', 'investigadores',
        'cientistas', 'autoridades', 'notícia', 'notícias', 'reportagem', 'artigo', 'matéria', 'inquérito', 'estatísticas', 'previsão', 'ipma',
        'meteorologia', 'análise', 'sondagem', 'boletim', 'comunicado', 'nota', 'investigação', 'procuradoria', 'ministra', 'ministro', 'presidente',
        'prefeitura', 'câmara', 'federação', 'confederação', 'banco', 'empresa', 'marca', 'fabricante', 'organização', 'fundação', 'ong', 'cbf', 'fpf',
      ].map((source) => [ 'segundo', article, source ]),
    ),
    // The source after the claim, with its article, closing the sentence: "a fábrica vai fechar, disse o jornal", "vai despedir 300, avançou o Expresso".
    ...['disse', 'diz', 'dizem', 'disseram', 'avançou', 'avança', 'avançaram', 'noticiou', 'noticia', 'noticiaram', 'informou', 'informa', 'revelou', 'revela', 'escreve', 'escreveu', 'publicou', 'confirmou', 'adiantou', 'adianta', 'reportou', 'contou', 'conta', 'garantiu', 'afirmou'].flatMap((verb) =>
      ['o', 'a', 'os', 'as'].flatMap((article) =>
        [
          'jornal', 'jornais', 'imprensa', 'revista', 'site', 'portal', 'público', 'expresso', 'observador', 'eco', 'sic', 'tvi', 'rtp', 'cnn', 'globo', 'g1', 'uol',
          'folha', 'estadão', 'lusa', 'agência', 'reuters', 'bloomberg', 'bbc', 'veja', 'exame', 'valor', 'record', 'cmtv', 'correio', 'dn', 'jn', 'notícia',
          'reportagem', 'matéria', 'assessoria', 'polícia', 'psp', 'gnr', 'governo', 'ministério', 'prefeitura', 'câmara', 'telejornal', 'noticiário',
        ].map((source) => [verb, article, source]),
      ),
    ),
    // The source named without an article: "Segundo pesquisa, ressaca custa bilhões".
    ['segundo', 'pesquisa'],
    ['segundo', 'estudo'],
    ['segundo', 'dados'],
    ['segundo', 'levantamento'],
    ['segundo', 'especialistas'],
    ['segundo', 'pesquisadores'],
    ['segundo', 'investigadores'],
    ['nas', 'notícias'],
    ['no', 'jornal'],
    ['no', 'telejornal'],
    ['na', 'tv'],
    ['na', 'televisão'],
    // "Última hora: ..." is the news; "à última hora" is the last minute.
    ['última', 'hora', ':'],
    ['uma', 'matéria'],
    ['essa', 'matéria'],
    ['um', 'artigo'],
    ['este', 'artigo'],
    ['esse', 'artigo'],
    ['o', 'artigo'],
    ['por', 'cento', 'dos'],
    ['por', 'cento', 'das'],
    ['%', 'dos'],
    ['%', 'das'],
    ['%', 'de'],
  ],
  newsSources: ['estudo', 'estudos', 'pesquisa', 'pesquisas', 'inquérito', 'relatório', 'relatórios', 'dados', 'estatísticas', 'polícia', 'governo', 'ministério', 'ministro', 'presidente', 'especialistas', 'notícia', 'notícias', 'artigo', 'matéria', 'imprensa', 'jornal', 'prefeitura', 'oms', 'ibge', 'ine', 'psp', 'gnr'],
  reportingVerbs: ['diz', 'dizem', 'disse', 'afirma', 'afirmam', 'revela', 'revelam', 'mostra', 'mostram', 'indica', 'indicam', 'aponta', 'apontam', 'garante', 'alerta', 'alertam', 'confirma', 'confirmou', 'anunciou', 'anuncia', 'estima', 'estimam', 'informa', 'informou', 'divulgou', 'divulga', 'noticiou'],
  // "alguém" opens a clause of its own when a post runs on without punctuation: "apanhei uma bebedeira 😵 alguém tem fotos?" asks only for the photos.
  clauseBreak: ['mas', 'porém', 'embora', 'porque', 'enquanto', 'pois', 'contudo', 'alguém', 'alguem'],
  possessives: ['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas'],
  possessivesShort: ['meu', 'minha'],
  authorPossessives: ['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas'],
  otherPossessives: ['seu', 'sua', 'seus', 'suas', 'teu', 'tua', 'teus', 'tuas', 'vosso', 'vossa', 'vossos', 'vossas'],
  objectPronouns: ['lhe', 'lhes'],
  vocatives: [['galera'], ['gente'], ['pessoal'], ['amigos'], ['amigas'], ['vizinhos'], ['malta'], ['família'], ['familia'], ['oi', 'gente'], ['bom', 'dia', 'gente']],
  // Not "a": it is also the article that opens a subject ("A minha mãe começa a quimio").
  prepositions: ['com', 'ao', 'aos', 'para', 'pra', 'pro', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'por', 'pelo', 'pela', 'sobre', 'sem', 'contra', 'entre', 'até', 'como', 'que', 'obrigado', 'obrigada', 'ver', 'vi', 'quero', 'encontrei'],
  determiners: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'meu', 'minha', 'meus', 'minhas', 'teu', 'tua', 'seu', 'sua', 'seus', 'suas', 'nosso', 'nossa', 'este', 'esta', 'esse', 'essa', 'aquele', 'aquela', 'todos', 'todas'],
  subjectOpeners: ['e', 'mas', 'se', 'quando', 'porque', 'que', 'como', 'onde', 'enquanto', 'ou', 'kkk', 'kkkk', 'kkkkk', 'haha', 'hahaha', 'rs', 'rsrs'],
  conditionals: ['se'],
  // Not "não": after a span it opens the next clause far more often ("com esta ressaca não vou trabalhar") than it denies the span (Brazilian "tô bêbado não").
  negationAfter: ['nada'],
  negationAfterQuestion: ['não', 'nunca', 'jamais', 'nada', 'nem'],
  questionOpeners: [],
  // "Tô de ressaca, alguém tem Engov?": the question is the last clause's, the hangover is said.
  questionClauseOnly: true,
  // Words that open a question, so that its "?" asks the whole sentence: "Devo ligar a dizer que estou doente, ou vou trabalhar?".
  // As the tokens fold them ("será" is "sera", "você" "voce"). Not "alguém", "bora", "tem": they open invitations and asks after a
  // statement ("Alguém tem Engov, tô de ressaca?"); not "que", "como": also "what a" and "since" ("Que ressaca, alguém tem Engov?");
  // not "porquê", folded into "porque" ("because").
  questionStarts: [
    'sera', 'devo', 'deveria', 'devia', 'posso', 'podia', 'poderia', 'pode', 'podemos', 'consigo', 'vale', 'valeria', 'seria', 'quem', 'qual', 'quais',
    'quando', 'onde', 'aonde', 'quanto', 'quantos', 'quantas', 'acham', 'achas', 'achais', 'voce', 'voces', 'vc', 'vcs', 'tu', 'é', 'sabem', 'sabes',
    // "Compensa pegar atestado pra ir no show?", "Convém avisar o chefe...?", "Arrisco ligar a dizer que estou doente?".
    'compensa', 'convem', 'arrisco',
  ],
  // Tags after a comma that ask the whole sentence: "..., ou não?", "..., certo?", "..., o que acham?", "..., é muito?". Not "né": most often a
  // filler after a statement ("fui demitido, né?"); not "bora", "quem vem": invitations to the plan said before them.
  questionTags: [
    ['ou', 'nao'], ['sim', 'ou', 'nao'], ['certo'], ['concordam'], ['concordas'], ['o', 'que', 'acham'], ['que', 'acham'], ['acham'], ['achas'],
    ['o', 'que', 'achas'], ['que', 'achas'], ['ok'], ['pode', 'ser'], ['que', 'tal'], ['é', 'muito'], ['muito'], ['exagero'], ['é', 'exagero'],
    ['to', 'errado'], ['to', 'errada'], ['estou', 'errado'], ['estou', 'errada'], ['tou', 'errado'], ['tou', 'errada'], ['ou', 'so', 'eu'],
    ['é', 'normal'], ['normal'], ['verdade'], ['sim', 'ou', 'sopas'], ['ou', 'nem'], ['é', 'grave'], ['faz', 'mal'], ['devo'], ['deveria'],
    // "..., vale a pena?", "..., tenho razão?", "..., sou exagerada?", "..., arrisco?".
    ['vale', 'a', 'pena'], ['compensa'], ['tenho', 'razao'],
    // "..., será boa ideia?", "..., é arriscado?" (round 13), asked of a plan. Not "tá certo isso?", "é seguro?": also asked of a value or a habit already shown ("Meu e-ticket 0472345678901, tá certo isso?", "deixo a chave debaixo do tapete, é seguro?").
    ['sera', 'boa', 'ideia'], ['é', 'boa', 'ideia'], ['boa', 'ideia'], ['má', 'ideia'], ['é', 'arriscado'], ['arriscado'], ['sera', 'que', 'descobrem'], ['sou', 'exagerado'], ['sou', 'exagerada'], ['arrisco'], ['faco', 'isso'], ['ou', 'e', 'exagero'],
  ],
  coordinators: ['e'],
  authorInPair: ['eu', 'nós', 'comigo'],
  authorPlural: ['nós'],
  nameVerbs: ['se', 'está', 'tá', 'estava', 'é', 'foi', 'tem', 'tinha', 'disse', 'bebeu', 'ficou', 'chegou', 'saiu', 'e', 'já'],
  ownerAfter: ['para', 'pra', 'de', 'do', 'da', 'dos', 'das'],
  // Not "desde": a year it opens runs to now ("tomo rivotril desde 2019" is current, no history).
  yearPrepositions: ['em'],
  verbEnding: '(?:ado|ada|ido|ida|ando|endo|indo|ava|ia)$',
  firstPersonVerbs: {
    // The forms that say "I" (or "we") whatever they follow; not "trabalho" (also "work"), "morro" (also "hill"), "disse" (also "he said").
    forms: [
      // "tô" typed without its accent too: a form written with one counts only as written ("está" is, "esta" this).
      // Not "estava", "era", "tinha", "ia": the imperfect is also "he/she was" ("o meu primo estava bêbedo" is the cousin's).
      'estou', 'tô', 'to', 'tou', 'estive', 'sou', 'fui', 'tenho', 'tive', 'vou', 'fiz', 'faço', 'posso', 'pude', 'quero', 'quis',
      'preciso', 'começo', 'volto', 'saio', 'saí', 'caí', 'levo', 'acabo', 'sigo', 'continuo', 'devo', 'pago', 'ganho', 'recebo', 'fico', 'acordo', 'bebo',
      'durmo', 'sei', 'vi', 'odeio', 'detesto', 'moro', 'vivo', 'nasci', 'sinto', 'acho', 'ando', 'abri', 'dei', 'vim', 'pus', 'trouxe', 'soube', 'li',
      'estamos', 'estivemos', 'temos', 'tivemos', 'vamos', 'fomos', 'somos', 'éramos', 'moramos', 'vivemos', 'saímos', 'caímos',
    ],
    // As written, lower case: the preterite "-ei" ("tomei", "fiquei", "comecei"), "-i" after a consonant ("bebi", "dormi", "parti"),
    // "we" ("-amos", "-ámos", "-emos", "-imos"), and the European pronoun after the verb ("embebedei-me", "separámo-nos").
    endings: [
      '^[a-zçãõáéíóúâêôà]{2,}ei$',
      '^[a-zçãõáéíóúâêôà]{2,}[bdmnptv]i$',
      '^[a-zçãõáéíóúâêôà]{2,}(?:gu|r)i$',
      '^[a-zçãõáéíóúâêôà]{2,}[aáeêií]mos$',
      '^[a-zçãõáéíóúâêôà]{2,}(?:ei|i)-(?:me|nos)$',
      '^[a-zçãõáéíóúâêôà]{2,}[aá]mo-nos$',
    ],
    // Nouns, names and adverbs of those endings.
    except: [
      'frei', 'jóquei', 'joquei', 'hóquei', 'hoquei', 'vôlei', 'volei', 'pônei', 'ponei', 'okei', 'grei', 'táxi', 'taxi', 'biquíni', 'biquini', 'mini',
      'tupi', 'davi', 'haiti', 'taiti', 'bambi', 'jedi', 'wasabi', 'safári', 'safari', 'maori', 'pequi', 'kiwi', 'sushi', 'guarani', 'ferrari', 'atari',
      'bari', 'tori', 'yeti', 'espaguete', 'confetti', 'graffiti', 'salami', 'origami', 'tsunami', 'alibi', 'ali', 'aqui', 'daqui', 'aí', 'daí', 'ramos', 'amos',
      'gramos', 'reclamos', 'primos', 'últimos', 'ultimos', 'próximos', 'proximos', 'mínimos', 'minimos', 'máximos', 'maximos', 'íntimos', 'intimos',
      'ânimos', 'animos', 'extremos', 'supremos', 'remos', 'memos', 'racimos', 'empréstimos', 'emprestimos', 'centímos', 'cêntimos', 'centimos', 'mesmos',
      'lindíssimos', 'ótimos', 'otimos', 'óptimos', 'optimos', 'péssimos', 'pessimos', 'legítimos', 'legitimos', 'vítimos',
    ],
  },
  otherPersonVerbs: {
    // Not "são": also the saint of "São Paulo", "São João".
    forms: ['está', 'tem', 'disse', 'fez', 'teve', 'esteve', 'estão', 'têm', 'foram', 'dizem', 'ficou', 'bebeu'],
    // "ficou bêbado", "se embebedou", "beberam", "saíram", "bebeu", "saiu", "separou-se": the third person of the preterite.
    endings: ['^[a-zçãõáéíóúâêôà]{2,}ou$', '^[a-zçãõáéíóúâêôà]{2,}[aei]ram$', '^[a-zçãõáéíóúâêôà]{2,}[eií]u$', '^[a-zçãõáéíóúâêôà]{2,}(?:ou|eu|iu)-(?:se|lhe|lhes)$'],
    except: [
      'estou', 'stou', 'moscou', 'museu', 'europeu', 'judeu', 'ateu', 'pneu', 'chapéu', 'chapeu', 'troféu', 'trofeu', 'liceu', 'coliseu', 'ilhéu', 'plebeu',
      'mausoléu', 'escarcéu', 'fogaréu', 'apogeu', 'romeu', 'tadeu', 'galileu', 'zebedeu', 'camafeu', 'povaréu', 'breu', 'céu', 'ceu', 'véu', 'veu', 'réu',
      'piauí', 'piaui', 'itaú', 'itau', 'jacareí', 'jacarei', 'grau', 'mau', 'pau', 'bacalhau', 'partiu',
      // Verbs whose subject is most often a thing: "o jantar acabou em shots", "rolou muita cerveja".
      'acabou', 'terminou', 'começou', 'comecou', 'rolou', 'durou', 'passou', 'virou',
      // "Saiu o resultado da biópsia", "saiu a nota": before its subject, most often a thing's.
      'saiu',
      // The day's or the weather's verbs, of no one: "SEXTOU 🍻 bora encher a cara", "choveu o dia todo, fiquei bêbado em casa".
      'sextou', 'sabadou', 'domingou', 'feriadou', 'choveu', 'anoiteceu',
    ],
  },
};
