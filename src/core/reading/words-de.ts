import type { ReadingWords } from './words-en.js';

/**
 * The German words the reading layer reads by, of the shape of the English
 * ones (words-en.ts). Tokens are read without their umlauts (`foldAccents`:
 * "schön" is read "schon", "Väter" "vater"), and a post typed without them
 * writes "oe", "ue", "ae" ("schoen", "fuer"), so a word that matters is
 * listed both ways ("für" and "fuer"). "ß" has no base letter and stays:
 * "Straße" and "Strasse" are both listed. The umlaut that makes another word
 * is kept ("würde" would, "wurde" was; "hätte", "hatte"). German writes
 * its subject ("ich bin", "wir sind"), but chat drops it before the verb
 * ("Bin so müde", "Hab Kater"): those forms say "I" (`firstPersonVerbs`).
 * Nouns are capitalised, so a run of capitalised words is no title by
 * itself (`capitalisedNouns`).
 */
export const GERMAN: ReadingWords = {
  language: 'de',
  foldAccents: true,
  capitalisedNouns: true,
  // "nö" (no) keeps its umlaut: folded it is "no", the southern "noch" ("bin heut no komplett fett").
  accentedWords: ['nö', 'würde', 'würden', 'würdest', 'hätte', 'hätten', 'hättest', 'wäre', 'wären', 'wärst', 'könnte', 'könnten', 'müsste', 'müssten', 'dürfte'],
  negation: ['nicht', 'nich', 'net', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'keene', 'keen', 'nie', 'niemals', 'nimmer', 'ohne', 'nichts', 'nix', 'niemand', 'keinerlei', 'weder', 'nein', 'nö', 'nee',
    // Swiss, Austrian and Swabian forms: "ich bi nöd bsoffe gsi", "koa Kater", "i hob ned blaugmacht", "kei Usred".
    'nöd', 'nöt', 'ned', 'nid', 'nit', 'kei', 'keis', 'keini', 'koa', 'koan', 'koane', 'koana', 'nüt', 'nimma', 'nümme', 'nei'],
  negationPhrases: [
    ['nicht', 'mehr'],
    ['aufgehört', 'zu'],
    ['aufgehoert', 'zu'],
    ['aufgehört', 'mit'],
    ['aufgehoert', 'mit'],
    ['höre', 'auf', 'zu'],
    ['hoere', 'auf', 'zu'],
    ['verzichte', 'auf'],
    ['verzichtet', 'auf'],
    ['frei', 'von'],
    ['statt', 'zu'],
    ['anstatt', 'zu'],
  ],
  negationVerbs: ['nüchtern', 'nuechtern', 'statt', 'anstatt', 'vermeide', 'vermeiden', 'verzichte', 'alkoholfrei', 'alkoholfreies', 'alkoholfreie'],
  negationCarriers: [
    'bin', 'bist', 'ist', 'sind', 'war', 'waren', 'habe', 'hab', 'hat', 'hatte', 'hatten', 'haben', 'hast', 'ein', 'eine', 'einen', 'einem', 'einer', 'nen', 'ne',
    'der', 'die', 'das', 'den', 'dem', 'des', 'so', 'sehr', 'zu', 'zum', 'zur', 'mehr', 'ganz', 'gar', 'überhaupt', 'ueberhaupt', 'wirklich', 'mal', 'einmal',
    'einzigen', 'einzige', 'einziges', 'einzigen', 'heute', 'gestern', 'noch', 'doch', 'ja', 'richtig', 'total', 'viel', 'wieder', 'diesmal', 'dieses',
    'diesem', 'diesen', 'diese', 'mich', 'mir', 'ich', 'wir', 'uns', 'es', 'mein', 'meine', 'meinen', 'meinem', 'echt', 'besonders', 'eigentlich', 'am', 'im',
    'beim', 'auf', 'an', 'in', 'von', 'vom', 'bisschen', 'bissl', 'tropfen', 'schluck', 'abend', 'nacht', 'woche', 'wochenende', 'mehr', 'einziger', 'jetzt',
    'trinke', 'trinken', 'trank', 'getrunken', 'hatte', 'hab', 'gehabt', 'krieg', 'kriege', 'bekommen',
  ],
  notNegation: [
    ['keine', 'ahnung'],
    ['kein', 'plan'],
    ['nicht', 'zu', 'fassen'],
    ['nicht', 'geschlafen'],
    ['kein', 'auge', 'zugemacht'],
    ['nie', 'wieder'],
    ['nicht', 'schlecht'],
    ['kein', 'geld'],
    ['keine', 'kohle'],
    ['kein', 'cent'],
    ['keinen', 'cent'],
    ['nicht', 'mehr', 'leisten'],
    ['nicht', 'bezahlen'],
    ['niemand', 'zu', 'hause'],
    ['niemand', 'zuhause'],
    ['keiner', 'zu', 'hause'],
    ['keiner', 'zuhause'],
    ['nicht', 'weitersagen'],
    ['niemandem', 'sagen'],
    ['nicht', 'erzählen'],
    ['nicht', 'erzaehlen'],
  ],
  scopeBreak: ['aber', 'obwohl', 'sondern', 'weil', 'denn', 'und', 'dann', 'danach', 'bis', 'also', 'während', 'waehrend', 'trotzdem', 'sonst', 'außer', 'ausser', 'oder'],
  irrealis: [
    'wenn', 'falls', 'würde', 'würden', 'würdest', 'wuerde', 'wuerden', 'hätte', 'hätten', 'hättest', 'haette', 'haetten', 'wäre', 'wären', 'wärst', 'waere',
    'waeren', 'vielleicht', 'eventuell', 'evtl', 'könnte', 'könnten', 'koennte', 'koennten', 'sollte', 'sollten', 'hoffentlich', 'angenommen', 'womöglich',
    'womoeglich', 'träume', 'traeume', 'träumen', 'hypothetisch', 'irgendwann',
  ],
  irrealisPhrases: [
    ['stell', 'dir', 'vor'],
    ['stellt', 'euch', 'vor'],
    ['was', 'wäre', 'wenn'],
    ['was', 'waere', 'wenn'],
    ['für', 'den', 'fall'],
    ['fuer', 'den', 'fall'],
    ['im', 'falle'],
    ['ich', 'frage', 'mich', 'ob'],
    ['überlege', 'ob'],
    ['ueberlege', 'ob'],
  ],
  readerAddress: [['das', 'liest'], ['das', 'hier', 'liest'], ['dies', 'liest'], ['das', 'lest'], ['das', 'siehst']],
  daydream: ['jemals', 'je', 'mal', 'irgendwann', 'lotto', 'gewinne', 'gewinnen', 'gewänne', 'reich', 'erbe', 'erben', 'millionär', 'millionaer'],
  comparison: [['als', 'ob'], ['als', 'wäre'], ['als', 'wär'], ['wie', 'ein'], ['wie', 'eine'], ['wie', 'einer'], ['wie', 'nach'], ['so', 'wie'], ['quasi'], ['sieht', 'aus', 'wie'], ['klingt', 'wie'], ['fühlt', 'sich', 'an', 'wie'], ['fuehlt', 'sich', 'an', 'wie'], ['schlimmer', 'als'], ['mehr', 'als']],
  titleCues: [
    'film', 'filme', 'serie', 'folge', 'staffel', 'episode', 'lied', 'song', 'album', 'platte', 'buch', 'roman', 'hörbuch', 'hoerbuch', 'gucke', 'guck', 'guckt',
    'geguckt', 'schaue', 'schau', 'geschaut', 'sehe', 'gesehen', 'lese', 'lies', 'gelesen', 'höre', 'hoere', 'gehört', 'gehoert', 'singe', 'gesungen', 'karaoke',
    'gucken', 'schauen', 'angeschaut', 'angeguckt', 'titel', 'heißt', 'heisst', 'namens', 'doku', 'dokumentation', 'sendung', 'podcast', 'theaterstück', 'theaterstueck', 'musical', 'kino', 'tatort', 'netflix',
    'streame', 'gestreamt', 'läuft', 'laeuft', 'tanze', 'getanzt', 'trailer', 'komödie', 'komoedie',
  ],
  calendar: [
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'januar', 'jänner', 'februar', 'märz', 'maerz', 'april',
    'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  ],
  firstPerson: ['ich', 'ick', 'i', 'mir', 'mer', 'mia', 'üs', 'üsi', 'üsere', 'mim', 'minere', 'mich', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'min', 'unsre', 'unsren', 'unsrem', 'unsrer', 'unsres'],
  family: [
    'mutter', 'mama', 'mami', 'mutti', 'vater', 'papa', 'papi', 'vati', 'eltern', 'mann', 'ehemann', 'frau', 'ehefrau', 'partner', 'partnerin', 'freund',
    'freundin', 'verlobter', 'verlobte', 'sohn', 'tochter', 'kind', 'kinder', 'kids', 'kleine', 'kleiner', 'kleinen', 'baby', 'bruder', 'schwester',
    'geschwister', 'oma', 'opa', 'omi', 'opi', 'großeltern', 'grosseltern', 'großvater', 'grossvater', 'großmutter', 'grossmutter', 'familie',
    'schwiegermutter', 'schwiegervater', 'ex', 'zwillinge', 'enkel', 'enkelin', 'söhne', 'soehne', 'töchter', 'toechter', 'sohnemann', 'tochterkind',
  ],
  otherPeople: [
    'kollege', 'kollegin', 'kollegen', 'kolleginnen', 'freunde', 'freundinnen', 'kumpel', 'kumpels', 'nachbar', 'nachbarin', 'nachbarn', 'mitbewohner',
    'mitbewohnerin', 'vermieter', 'vermieterin', 'kunde', 'kundin', 'kunden', 'lehrer', 'lehrerin', 'schüler', 'schueler', 'schülerin', 'schuelerin',
    'patient', 'patientin', 'patienten', 'hund', 'hündin', 'huendin', 'katze', 'katzen', 'hunde', 'tierarzt', 'tierärztin', 'tieraerztin', 'arzt', 'ärztin',
    'aerztin', 'doktor', 'team', 'cousin', 'cousine', 'tante', 'onkel', 'praktikant', 'praktikantin', 'azubi', 'chef', 'chefin', 'boss', 'vorgesetzter',
    'vorgesetzte', 'kellner', 'kellnerin', 'krankenschwester', 'pfleger', 'zahnarzt', 'mitarbeiter', 'mitarbeiterin', 'fremde', 'gäste', 'gaeste',
    'brautpaar', 'fahrer', 'jungs', 'mädels', 'maedels', 'leute', 'typ', 'typen', 'kerl', 'digga', 'trainer', 'spieler', 'mannschaft', 'nachbarskind',
  ],
  addressee: ['du', 'dich', 'dir', 'ihr', 'euch'],
  otherPronouns: ['er', 'sie', 'ihm', 'ihn', 'ihnen', 'jemand', 'niemand', 'alle', 'jeder', 'jede', 'manche', 'promis', 'promi', 'star'],
  newsFrame: [
    'zufolge', 'forscher', 'forscherin', 'forschende', 'wissenschaftler', 'wissenschaftlerin', 'schlagzeile', 'schlagzeilen', 'doku', 'dokumentation',
    'reportage', 'tagesschau', 'tagesthemen', 'angeblich', 'statistisch', 'eilmeldung', 'medienberichten',
  ],
  newsPhrases: [
    ...['einer', 'einem', 'der', 'dem', 'den', 'polizei', 'studie', 'bericht', 'berichten', 'umfrage', 'experten', 'statistik', 'angaben', 'veranstalter', 'stadt', 'rki', 'who', 'ministerium', 'regierung', 'zeitung', 'medien'].map((w) => ['laut', w]),
    ['eine', 'studie'],
    ['einer', 'studie'],
    ['neue', 'studie'],
    ['die', 'studie'],
    ['eine', 'umfrage'],
    ['in', 'den', 'nachrichten'],
    ['im', 'fernsehen'],
    ['im', 'radio'],
    ['in', 'der', 'zeitung'],
    ['prozent', 'der'],
    ['prozent', 'aller'],
    ['%', 'der'],
    ['%', 'aller'],
    ['ein', 'artikel'],
    ['im', 'artikel'],
    ['dieser', 'artikel'],
    ['wie', 'berichtet'],
    // A headline's source before a colon: "Studie: Kater kostet Milliarden".
    ['studie', ':'],
    ['umfrage', ':'],
    ['bericht', ':'],
    ['statistik', ':'],
    // A press release is news when it is quoted, not when the author's own is still to come ("Pressemitteilung kommt Montag 🤫").
    ['laut', 'pressemitteilung'],
    ['in', 'der', 'pressemitteilung'],
    ['einer', 'pressemitteilung'],
    ['pressemitteilung', ':'],
    ['pressemitteilung', 'der'],
    ['pressemitteilung', 'des'],
  ],
  newsSources: [
    'studie', 'studien', 'umfrage', 'umfragen', 'bericht', 'berichte', 'daten', 'statistik', 'zahlen', 'polizei', 'regierung', 'ministerium', 'kanzler',
    'präsident', 'experten', 'expertinnen', 'nachrichten', 'artikel', 'zeitung', 'presse', 'veranstalter', 'stadt', 'behörde', 'behörden', 'feuerwehr',
  ],
  reportingVerbs: [
    'sagt', 'sagen', 'sagte', 'sagten', 'zeigt', 'zeigen', 'zeigte', 'belegt', 'belegen', 'ergab', 'ergibt', 'berichtet', 'berichten', 'berichtete', 'meldet',
    'meldete', 'melden', 'warnt', 'warnen', 'warnte', 'schätzt', 'schätzen', 'bestätigt', 'bestätigte', 'fand', 'findet', 'behauptet', 'behaupten', 'teilte',
  ],
  clauseBreak: ['aber', 'obwohl', 'sondern', 'weil', 'denn', 'während', 'waehrend', 'trotzdem', 'dass', 'sonst'],
  possessives: ['mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'min', 'unsre', 'unsren', 'unsrem', 'unsrer', 'unsres'],
  possessivesShort: ['mein', 'meine'],
  authorPossessives: ['mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'min', 'unsre', 'unsren', 'unsrem', 'unsrer', 'unsres'],
  otherPossessives: [
    'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'dein', 'deine', 'deinen', 'deinem', 'deiner',
    'deines', 'euer', 'eure', 'euren', 'eurem', 'eurer',
  ],
  objectPronouns: ['ihn', 'ihm', 'ihnen'],
  vocatives: [['leute'], ['ihr', 'lieben'], ['liebe', 'leute'], ['hallo', 'zusammen'], ['hallo', 'leute'], ['freunde'], ['nachbarn'], ['ihr', 'alle'],
    // Chat and regional openers: "Mädels, ich bin so verkatert", "Servus Leute, ...", "Grüezi mitenand, ...", "Leudde, ...".
    ['mädels'], ['maedels'], ['jungs'], ['leudde'], ['leutz'], ['hey', 'leute'], ['moin', 'leute'], ['servus', 'leute'], ['servus'], ['servas'], ['griaß', 'eich'], ['grüezi', 'mitenand'], ['hoi', 'zäme'], ['hallo', 'ihr', 'lieben'], ['liebe', 'freunde'], ['ihr', 'süßen']],
  // A condition that has happened, its words after the span: "Wenn meine Chefin noch einmal um 22 Uhr mailt, kündige ich"
  // (a grievance, not a wish). "nochmal" alone is left out: it is the everyday "again" of a plan ("wenn die Wohnung leer ist, kommen wir nochmal vorbei").
  presupposedConditions: [['noch', 'einmal'], ['noch', 'ein', 'einziges', 'mal'], ['noch', 'ein', 'mal'], ['ein', 'einziges', 'mal', 'noch']],
  prepositions: ['mit', 'mid', 'zu', 'zum', 'zur', 'für', 'fuer', 'an', 'bei', 'beim', 'von', 'vom', 'über', 'ueber', 'ohne', 'gegen', 'nach', 'wie', 'als', 'danke', 'dank', 'treffe', 'getroffen', 'besucht', 'besuche', 'sehe', 'vermisse'],
  determiners: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'dein', 'deine', 'deinen',
    'deinem', 'sein', 'seine', 'seinen', 'seinem', 'ihr', 'ihre', 'ihren', 'ihrem', 'unser', 'unsere', 'unseren', 'unserem', 'diese', 'dieser', 'diesen', 'diesem', 'alle',
    // Swiss and Bavarian articles and possessives: "mit de Jungs", "mit em Chef", "mit mine Kollege", "mit da Oma".
    'de', 'dr', 'em', 'däm', 'da', 'mine', 'mini', 'mim', 'minere', 'üsi', 'üsere', 'mei', 'meim',
  ],
  subjectOpeners: ['und', 'aber', 'wenn', 'weil', 'dass', 'wie', 'warum', 'was', 'wo', 'als', 'oder', 'ob', 'falls', 'lol', 'haha', 'hast', 'bist', 'warst', 'hattest'],
  conditionals: ['wenn', 'falls'],
  negationAfter: ['nicht', 'nie', 'niemals', 'nimmer', 'nöd', 'ned', 'nid', 'nit', 'nimma', 'nümme'],
  negationAfterQuestion: ['nein', 'nö', 'nee', 'nicht', 'nie', 'niemals', 'keineswegs'],
  questionOpeners: [],
  // A "?" asks its own clause ("Hab mich krankgemeldet lol, wer kommt mit an den See?" states the first), unless a
  // question word or a verb first opens the sentence ("Soll ich morgen krankfeiern, oder lieber nicht?"). The forms
  // that also open a statement with the subject left out ("Bin", "Hab", "War", "Muss", "Kann", "Will", "Sind", "Haben")
  // are not among them: "Sind bis Sonntag weg, wer gießt die Blumen?" states the first clause. Listed as read, umlauts
  // folded ("könnt" is "konnt"; "würde", "hätte", "wäre" keep theirs).
  questionStarts: [
    'was', 'warum', 'wieso', 'weshalb', 'weswegen', 'wie', 'wer', 'wen', 'wem', 'wessen', 'wo', 'wohin', 'woher', 'wann', 'welche', 'welcher', 'welches',
    'welchen', 'welchem', 'womit', 'wofur', 'wozu', 'woruber', 'worauf', 'ob', 'wat', 'wos', 'wia', 'ist', 'is', 'isch', 'gibt', 'gibts', 'geht',
    'gehts', 'lohnt', 'darf', 'soll', 'würde', 'wäre', 'hätte', 'bist', 'hast', 'hattest', 'warst', 'kannst', 'musst', 'willst', 'darfst', 'sollst',
    'wirst', 'kennst', 'weißt', 'weisst', 'würdest', 'seid', 'habt', 'konnt', 'sollt', 'solltet', 'würdet', 'jemand', 'irgendwer', 'irgendjemand',
    'ernsthaft',
  ],
  // The tags after a comma that ask the whole sentence: "..., oder?", "..., gell?", "..., ne?", "..., was meint ihr?".
  questionTags: [
    ['oder'], ['oda'], ['odr'], ['oder', 'nicht'], ['oder', 'nich'], ['oder', 'was'], ['oder', 'so'], ['oder', 'lieber', 'nicht'], ['gell'], ['gelle'], ['gelt'],
    ['ne'], ['nee'], ['na'], ['nech'], ['wa'], ['woll'], ['go'], ['ge'], ['gall'], ['oder', 'nöd'], ['nicht', 'wahr'], ['richtig'],
    ['stimmts'], ['ja', 'oder', 'nein'], ['gute', 'idee'], ['schlechte', 'idee'], ['was', 'meint', 'ihr'], ['was', 'denkt', 'ihr'], ['was', 'sagt', 'ihr'],
    ['meinungen'], ['ok'], ['okay'], ['zu', 'viel'], ['ubertrieben'], ['bin', 'ich', 'die', 'einzige'], ['bin', 'ich', 'der', 'einzige'], ['normal'],
  ],
  coordinators: ['und'],
  authorInPair: ['ich', 'wir', 'mir', 'mich'],
  authorPlural: ['wir'],
  nameVerbs: ['ist', 'war', 'hat', 'hatte', 'und', 'sagt', 'sagte', 'wurde', 'kam', 'ging', 'trank', 'hat', 'feiert', 'hat'],
  // "von" leads to the owner only right after the span ("die Chemo von meiner Mutter"); further on it is a place's or an
  // event's ("sturzbesoffen auf der Hochzeit von meinem Cousin" is the author's).
  ownerAfter: ['für', 'fuer'],
  ownerAfterNear: ['von', 'vom'],
  yearPrepositions: ['im', 'seit', 'jahr', 'anno'],
  // Participles (ge-…-t, ge-…-en) and present participles (-end): the span is a verb or a state, not a thing.
  verbEnding: '^ge\\p{L}{2,}(?:t|en)$|\\p{L}{3,}end$',
  firstPersonVerbs: {
    // The forms that say "I" even when "ich" is left out: "Bin total fertig", "Hab Kater", "Fange morgen mit der Chemo an".
    forms: [
      'bin', 'hab', 'habe', 'habs', "hab's", 'fange', 'gehe', 'trinke', 'feiere', 'fahre', 'fliege', 'ziehe', 'wohne', 'arbeite', 'kriege', 'bekomme', 'starte',
      'beginne', 'verdiene', 'brauche', 'hasse', 'liege', 'sitze', 'mache', 'melde', 'komme', 'bleibe', 'schaffe',
    ],
    endings: [],
    except: [],
  },
  otherPersonVerbs: { forms: [], endings: [], except: [] },
};
