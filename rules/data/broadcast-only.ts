import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Word lists of the `broadcast-only` rule. Unlike other rules' lists, these
 * phrases do not flag a post: any one of them makes a post a conversation,
 * and the rule reports a post only when it finds none (and no question mark,
 * and no mention of another account). A phrase that is too generous costs a
 * missed suggestion; a phrase that is missing costs a wrong one, so the lists
 * lean generous. Every entry is a regex source matched case-insensitively at
 * word boundaries (see PhraseMatcher).
 */

const APOS = "['’]";
const YOU = "(?:you|y['’]?all|you\\s+all|you\\s+guys|anyone|anybody|everyone|folks)";
/** An auxiliary that opens a question, also negated: "do", "don't", "can't", "won't". */
const AUX =
  "(?:(?:do|does|did|are|is|was|were|would|should|could|have|has)(?:n['’]?t)?|can(?:['’]?t|not)?|will|won['’]?t)";

/**
 * Questions without a question mark, counted only when they open a sentence
 * (category `opener`): "Do you" inside "whatever you do you..." is not a
 * question.
 */
export const QUESTION_OPENERS: readonly PhraseEntry[] = [
  // An auxiliary before its subject opens a question: "Are we not gonna...", "Can I just say".
  { match: `${AUX}\\s+(?:${YOU}|we|i|they|he|she|it|this|that|there)(?:\\s+not)?`, category: 'opener' },
  // "What do you", "How would you all", "Which one do you", "Why did the committee".
  {
    match: `(?:what|how|which(?:\\s+one)?|who|where|when|why)\\s+${AUX}`,
    category: 'opener',
  },
  { match: `(?:who|anyone|anybody)\\s+(?:else|wanna|want|wants|up\\s+for|going|coming|know|knows|got)`, category: 'opener' },
  { match: `(?:any|got\\s+any)\\s+(?:tips|ideas|suggestions|recommendations|recs|advice|questions)`, category: 'opener' },
  // "Name the puppy in the photo", "Help us name our new kitten".
  { match: `(?:help\\s+(?:us|me)\\s+)?name\\s+(?:the|this|our|my|her|him|these)`, category: 'opener' },
  { match: 'true\\s+or\\s+false', category: 'opener' },
];

/** Invitations to reply, comment or share an opinion, anywhere in the text (category `invitation`). */
export const INVITATIONS: readonly PhraseEntry[] = [
  { match: 'what\\s+do\\s+you\\s+(?:all\\s+|guys\\s+)?think', category: 'invitation' },
  // Questions inside a sentence: "i mean what did you think would happen".
  { match: `(?:what|how|why)\\s+(?:do|did|would|could|should|will|are)\\s+${YOU}`, category: 'invitation' },
  { match: `can\\s+${YOU}\\s+believe`, category: 'invitation' },
  { match: '(?:i\\s+)?wonder(?:ing)?\\s+(?:if|how|what|why|whether|who|which)', category: 'invitation' },
  { match: `let\\s+(?:me|us)\\s+know`, category: 'invitation' },
  { match: `tell\\s+(?:me|us)`, category: 'invitation' },
  {
    match:
      'share\\s+(?:your|yours|with\\s+(?:us|me)|in\\s+the\\s+comments|below|a\\s+(?:photo|pic|story|memory)|who|what|how|which|why|where|when)',
    category: 'invitation',
  },
  { match: 'comments?\\s+(?:below|here|welcome|are\\s+open)', category: 'invitation' },
  { match: '(?:in|to)\\s+the\\s+comments', category: 'invitation' },
  { match: '(?:add|post)\\s+(?:a|your)\\s+comments?', category: 'invitation' },
  // "please comment on the GitHub issue".
  { match: 'comment\\s+(?:on|in|under)\\s+(?:the|this|our|my)', category: 'invitation' },
  // "drop a 🐶 below", "drop your favourite", "drop us a line". Not "leave a":
  // "never leave a dog in a hot car" is the classic announcement.
  { match: 'drop\\s+(?:a|an|your|us\\s+a|me\\s+a)', category: 'invitation' },
  { match: 'leave\\s+(?:a|your|us\\s+a|me\\s+a)\\s+(?:comment|reply|note|message|question|review)', category: 'invitation' },
  { match: 'repl(?:y|ies)\\s+(?:with|below|here|to\\s+this|welcome|are\\s+open)', category: 'invitation' },
  { match: '(?:dm|pm|message|ping|e-?mail|text)\\s+(?:me|us)', category: 'invitation' },
  { match: `(?:send|slide\\s+into)\\s+(?:me|us|my|our)\\s+(?:a\\s+)?(?:dms?|message|note|line)`, category: 'invitation' },
  { match: '(?:reach\\s+out|get\\s+in\\s+touch)', category: 'invitation' },
  { match: `what${APOS}?s\\s+your`, category: 'invitation' },
  { match: `(?:what|which|who)\\s+(?:is|are|was|were)\\s+your`, category: 'invitation' },
  { match: `(?:what|how)\\s+about\\s+you`, category: 'invitation' },
  { match: 'your\\s+(?:turn|thoughts|take|two\\s+cents)', category: 'invitation' },
  { match: 'thoughts\\s+(?:welcome|below|appreciated)', category: 'invitation' },
  {
    match: `(?:we|i)?${APOS}?(?:d|would)\\s+love\\s+(?:your|to\\s+(?:hear|know|see|read))`,
    category: 'invitation',
  },
  { match: '(?:love|like|want|wants|dying|curious)\\s+to\\s+(?:hear|know)\\s+(?:from\\s+you|what|how|which|your)', category: 'invitation' },
  { match: 'hear\\s+from\\s+you', category: 'invitation' },
  { match: `curious\\s+(?:what|how|which|if|whether)\\s+${YOU}`, category: 'invitation' },
  { match: '(?:join|continue)\\s+(?:the|our|this)\\s+(?:conversation|discussion|debate|chat|thread)', category: 'invitation' },
  { match: '(?:weigh|chime)\\s+in', category: 'invitation' },
  { match: 'sound\\s+off', category: 'invitation' },
  { match: 'tag\\s+(?:a|your|someone|somebody|us|me|them|the)', category: 'invitation' },
  { match: `who${APOS}?s\\s+(?:with\\s+me|in|coming|ready|joining)`, category: 'invitation' },
  { match: 'agree\\s+or\\s+disagree', category: 'invitation' },
  { match: 'ask\\s+(?:me|us)\\s+(?:anything|your|a\\s+question|questions|about)', category: 'invitation' },
  { match: 'ama', category: 'invitation' },
  { match: '(?:questions|feedback|input|suggestions|ideas|recommendations)\\s+(?:welcome|appreciated|wanted)', category: 'invitation' },
  { match: `(?:vote|answer|take)\\s+(?:in\\s+)?(?:our|the|this|my)\\s+poll`, category: 'invitation' },
  // Calls for help ask people in: "If you are interested in contributing...".
  { match: 'interested\\s+in\\s+(?:contributing|helping|joining|volunteering|getting\\s+involved)', category: 'invitation' },
  { match: 'get\\s+involved', category: 'invitation' },
  { match: '(?:we|i)\\s+need\\s+your\\s+(?:help|input|feedback|ideas|thoughts|advice)', category: 'invitation' },
  { match: '(?:looking|asking)\\s+for\\s+(?:your\\s+)?(?:feedback|input|ideas|suggestions|recommendations|advice|contributors)', category: 'invitation' },
];

/**
 * Credits that name or thank another person (category `credit`); a mention
 * of another account (`@someone`) counts too and needs no phrase.
 */
export const CREDITS: readonly PhraseEntry[] = [
  { match: '(?:thanks|thank\\s+you|thx)\\s+to', category: 'credit' },
  { match: '(?:h/t|hat\\s+tip)', category: 'credit' },
  { match: 'shout[\\s-]?outs?\\s+to', category: 'credit' },
  // Not "cheers to": "Cheers to 10 years!" is a toast.
  { match: '(?:kudos|props|credit|congrats|congratulations|hats\\s+off)\\s+to', category: 'credit' },
  { match: 'welcome\\s+to\\s+the\\s+team', category: 'credit' },
  { match: '(?:photo|photos|pic|video|words|art|story)\\s+(?:by|courtesy\\s+of)', category: 'credit' },
];

/**
 * Thanks or congratulations to someone by name, case-sensitive: "Thank you,
 * Dr. Lee", "Congrats Sarah", "Thanks Ford & Fiat!". A capital after the
 * greeting is a name (or a town, which thanks the people there).
 */
export const THANKS_BY_NAME =
  /(?<![\p{L}\p{N}_])(?:Thank\s+you|THANK\s+YOU|Thanks|THANKS|Congrats|Congratulations|Kudos|Welcome|Shout[\s-]?out)\s*,?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{L}/u;

/**
 * A mention written `.@someone` (so that all followers see a post that opens
 * with it): `analyze()` does not count it, twitter-text does.
 */
export const DOT_MENTION = /(?<![\p{L}\p{N}_])\.(@[A-Za-z0-9_]{1,30})(?![A-Za-z0-9_])/gu;
