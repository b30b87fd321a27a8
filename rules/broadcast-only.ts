import { PhraseMatcher, type PhraseEntry } from '../src/core/phrases.js';
import { analyze } from '../src/core/post.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import type { Brand, Finding, RuleContext, Segment } from '../src/core/types.js';
import { CREDITS, DOT_MENTION, INVITATIONS, QUESTION_OPENERS, THANKS_BY_NAME } from './data/broadcast-only.js';
import { CONVERSATION_ES } from './data/broadcast-only-es.js';
import { CONVERSATION_FR } from './data/broadcast-only-fr.js';
import { foldAccents } from '../src/core/reading/tokens.js';

/** The conversation phrases of the languages this rule reads besides English: rules/data/broadcast-only-<code>.ts. */
const LANGUAGE_PHRASES: Readonly<Record<string, readonly PhraseEntry[]>> = { es: CONVERSATION_ES, fr: CONVERSATION_FR, de: CONVERSATION_DE, pt: CONVERSATION_PT };
import { CONVERSATION_DE } from './data/broadcast-only-de.js';
import { CONVERSATION_PT } from './data/broadcast-only-pt.js';

/** Another language's matcher for some options, compiled on its first text; matched on the text with its accents folded away. */
const languageMatcherFor = perOptions((options: BroadcastOnlyOptions) => {
  const made = new Map<string, PhraseMatcher>();
  return (language: string): PhraseMatcher | undefined => {
    const entries = LANGUAGE_PHRASES[language];
    if (!entries) return undefined;
    let matcher = made.get(language);
    if (!matcher) {
      matcher = new PhraseMatcher([...entries], [{ category: 'custom', words: (options.conversationWords ?? []).map((w) => foldAccents(w)) }]);
      made.set(language, matcher);
    }
    return matcher;
  };
});

/** Options of `broadcast-only`. */
export type BroadcastOnlyOptions = {
  conversationWords: string[];
  minWords: number;
};

/** The conversation phrases for some options, compiled once. */
const matcherFor = perOptions(
  (options: BroadcastOnlyOptions) =>
    new PhraseMatcher(
      [...QUESTION_OPENERS, ...INVITATIONS, ...CREDITS],
      [{ category: 'custom', words: options.conversationWords ?? [] }],
    ),
);

/** A `?` that ends a sentence, not one inside a word or a URL query (`?id=3`). */
const QUESTION_MARK = /\?(?![\p{L}\p{N}_=&%/#+-])/gu;
/** What may stand between a sentence's end (or a line's start) and its first word: spaces, quotes, bullets, emoji. */
const SENTENCE_LEAD = /(?:^|[.!?…:;])[\s\p{P}\p{S}\p{Extended_Pictographic}\u200D\uFE0F]*$/u;

/** The number of words of a text, leaving out links, mentions and hashtags. */
function wordCount(segment: Segment): number {
  return analyze(segment).proseWords.length;
}

function hasQuestionMark(segment: Segment): boolean {
  const text = segment.text;
  // "¿" opens a question in Spanish.
  if (text.includes('¿')) return true;
  if (!text.includes('?')) return false;
  const analysis = analyze(segment);
  QUESTION_MARK.lastIndex = 0;
  for (let m = QUESTION_MARK.exec(text); m; m = QUESTION_MARK.exec(text)) {
    if (!analysis.inLink(m.index)) return true;
  }
  return false;
}

/** The handles of the writer's own accounts, lower case, with `@`. */
function ownHandles(ctx: RuleContext<BroadcastOnlyOptions>): Set<string> {
  const brands: Brand[] = [ctx.presence.brand, ctx.otherPresence.brand];
  return new Set(brands.flatMap((b) => b.handles.map((h) => h.toLowerCase())));
}

/** Whether the text mentions an account that is not the writer's own (`@happypaws@mastodon.social` is). */
function mentionsSomeoneElse(segment: Segment, own: () => Set<string>): boolean {
  const text = segment.text;
  if (!text.includes('@')) return THANKS_BY_NAME.test(text);
  const isOther = (handle: string) => !own().has(handle.toLowerCase().replace(/^(@[^@]+)@.*$/, '$1'));
  if (analyze(segment).mentions.some((tag) => isOther(tag.text))) return true;
  if (text.includes('.@') && [...text.matchAll(DOT_MENTION)].some((m) => isOther(m[1]!))) return true;
  return THANKS_BY_NAME.test(text);
}

function opensSentence(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return SENTENCE_LEAD.test(text.slice(lineStart, start));
}

/** A question, an invitation, a credit or one of the `conversationWords`. */
function hasConversationPhrase(segment: Segment, matcher: PhraseMatcher, options: BroadcastOnlyOptions): boolean {
  const other = segment.lang !== undefined && segment.lang !== 'en' ? languageMatcherFor(options)(segment.lang) : undefined;
  if (other) return other.find(foldAccents(segment.text)).length > 0;
  return matcher.find(segment.text).some((m) => m.category !== 'opener' || opensSentence(segment.text, m.start));
}

/**
 * A post that only announces: no question, no invitation to reply, no
 * mention of or credit to anyone else.
 */
export default defineRule<BroadcastOnlyOptions>({
  id: 'broadcast-only',
  description: 'Suggests a question, an invitation to reply or a mention in a post that only announces.',
  messages: {
    broadcastOnly:
      'This post only announces: ask a question, invite replies, or mention someone — people come for conversation, not to be preached to.',
  },
  options: {
    conversationWords: {
      type: 'string[]',
      default: [],
      description:
        'More words or phrases that make a post a conversation, like the built-in invitations (whole words, any case), e.g. "see you there".',
    },
    minWords: {
      type: 'number',
      default: 8,
      minimum: 0,
      integer: true,
      description: 'Posts whose body has fewer words than this (not counting links, mentions and hashtags) are not judged.',
    },
  },
  // English, and the languages of rules/data/broadcast-only-<code>.ts; texts in other languages reach it empty.
  languages: ['en', ...Object.keys(LANGUAGE_PHRASES)],
  defaultSeverity: severities({ professional: 'suggestion', personal: 'off' }),
  check(ctx) {
    const { post, options } = ctx;
    // A reply or a repost is part of a conversation already.
    if (post.reply || post.repost) return [];
    const body = post.segments.find((s) => s.field === 'body');
    if (!body || wordCount(body) < options.minWords) return [];
    let handles: Set<string> | undefined;
    const own = () => (handles ??= ownHandles(ctx));
    const matcher = matcherFor(options);
    // Alt texts describe an image to those who cannot see it; they do not talk to anyone.
    for (const segment of post.segments) {
      if (segment.field.endsWith('.alt')) continue;
      if (hasQuestionMark(segment) || mentionsSomeoneElse(segment, own) || hasConversationPhrase(segment, matcher, options)) {
        return [];
      }
    }
    const start = body.text.length - body.text.trimStart().length;
    const finding: Finding = { messageId: 'broadcastOnly', field: body.field, span: { start, end: body.text.trimEnd().length } };
    return [finding];
  },
});
