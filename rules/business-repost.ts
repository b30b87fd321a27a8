import { append } from '../src/core/arrays.js';
import { nativeRegExp } from '../src/core/native-regexp.js';
import { PhraseMatcher, phraseSource, sentenceAround, type PhraseMatch } from '../src/core/phrases.js';
import { analyze, hostMatches, type Link } from '../src/core/post.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import type { Brand, Config, Finding, RuleContext, Segment, Span } from '../src/core/types.js';
import { read } from '../src/core/reading/index.js';
import { foldAccents } from '../src/core/reading/tokens.js';
import {
  NOT_AN_AD_ES,
  PROMOTION_ASKS_ES,
  PROMOTION_CUES_NEAR_BRAND_ES,
  PROMOTION_PHRASES_ES,
  PROMOTION_WORDS_NEAR_BRAND_ES,
} from './data/business-repost-es.js';
import {
  NOT_AN_AD_FR,
  PROMOTION_ASKS_FR,
  PROMOTION_CUES_NEAR_BRAND_FR,
  PROMOTION_PHRASES_FR,
  PROMOTION_WORDS_NEAR_BRAND_FR,
} from './data/business-repost-fr.js';
import {
  NOT_AN_AD_DE,
  PROMOTION_ASKS_DE,
  PROMOTION_CUES_NEAR_BRAND_DE,
  PROMOTION_PHRASES_DE,
  PROMOTION_WORDS_NEAR_BRAND_DE,
} from './data/business-repost-de.js';
import { NOT_AN_AD_PT, PROMOTION_ASKS_PT, PROMOTION_CUES_NEAR_BRAND_PT, PROMOTION_PHRASES_PT, PROMOTION_WORDS_NEAR_BRAND_PT } from './data/business-repost-pt.js';
import type { PhraseEntry } from '../src/core/phrases.js';
import {
  GENERIC_NAME_WORDS,
  NOT_AN_AD,
  OWN_WORK_PAST_VERBS,
  PROMOTION_ASKS,
  PROMOTION_CUES_NEAR_BRAND,
  PROMOTION_PHRASES,
  PROMOTION_WORDS_NEAR_BRAND,
  REPOST_MARKERS,
  VIA_MARKER,
  VIA_THROUGH_VERBS,
} from './data/business-repost.js';

/** Resolved options; see the option specs below. */
interface Options {
  extraWords: string[];
  allowWords: string[];
  reposts: boolean;
  promotions: boolean;
  maxPerWeek: number;
  [key: string]: unknown;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** `2026-12-01` for a time in milliseconds (UTC, as schedules are read). */
function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** One occurrence of a brand marker in a text. */
interface BrandMarker extends Span {
  text: string;
  kind: 'name' | 'handle' | 'hashtag' | 'domain';
  /** A shortened name ("Happy Paws" of "Happy Paws Rescue"): counts for promotions in its sentence only. */
  weak?: boolean;
}

/** The brand markers of both presences, ready to look for. */
interface CompiledBrand {
  /** Names as configured or in capitals, at word boundaries; undefined when there are none. */
  names: RegExp | undefined;
  /**
   * Names without their generic last word ("Happy Paws" of "Happy Paws
   * Rescue"), as configured or in capitals: weaker markers, for promotions
   * in their sentence only; undefined when no name has such a word.
   */
  shortNames: RegExp | undefined;
  /** Lower case, with `@`. */
  handles: Set<string>;
  /** Lower case, with `#`. */
  hashtags: Set<string>;
  /** Bare host names, lower case. */
  domains: string[];
  empty: boolean;
}

/** The word lists of one options object. */
interface CompiledOptions {
  /** Reported when a brand marker is anywhere in the post. */
  phrases: PhraseMatcher;
  /** Reported when a brand marker is in the same sentence. */
  nearBrand: PhraseMatcher;
  /** Prices, offers and asks reported when a brand marker is in the same sentence (weaker than `nearBrand`). */
  widened: PhraseMatcher;
  /** Asks to follow or share and plugs, reported when a brand marker is anywhere in the post. */
  asks: PhraseMatcher;
  /** Finds the allowed words, which silence reposts and brand markers too. */
  allow: PhraseMatcher | undefined;
  /** The cues of another language the rule reads (rules/data/business-repost-<code>.ts), compiled on its first text. */
  inLanguage(language: string): LanguageCues | undefined;
}

/** The promotional cues of one language other than English, matched on the text with its accents folded away. */
interface LanguageCues {
  phrases: PhraseMatcher;
  nearBrand: PhraseMatcher;
  widened: PhraseMatcher;
  asks: PhraseMatcher;
  notAnAd: RegExp;
}

/** The cues of the languages this rule reads besides English. */
const LANGUAGE_CUES: Readonly<Record<string, { phrases: readonly PhraseEntry[]; nearBrand: readonly PhraseEntry[]; widened: readonly PhraseEntry[]; asks: readonly PhraseEntry[]; notAnAd: string }>> = {
  es: { phrases: PROMOTION_PHRASES_ES, nearBrand: PROMOTION_WORDS_NEAR_BRAND_ES, widened: PROMOTION_CUES_NEAR_BRAND_ES, asks: PROMOTION_ASKS_ES, notAnAd: NOT_AN_AD_ES },
  fr: { phrases: PROMOTION_PHRASES_FR, nearBrand: PROMOTION_WORDS_NEAR_BRAND_FR, widened: PROMOTION_CUES_NEAR_BRAND_FR, asks: PROMOTION_ASKS_FR, notAnAd: NOT_AN_AD_FR },
  de: { phrases: PROMOTION_PHRASES_DE, nearBrand: PROMOTION_WORDS_NEAR_BRAND_DE, widened: PROMOTION_CUES_NEAR_BRAND_DE, asks: PROMOTION_ASKS_DE, notAnAd: NOT_AN_AD_DE },
  pt: { phrases: PROMOTION_PHRASES_PT, nearBrand: PROMOTION_WORDS_NEAR_BRAND_PT, widened: PROMOTION_CUES_NEAR_BRAND_PT, asks: PROMOTION_ASKS_PT, notAnAd: NOT_AN_AD_PT },
};

const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** A repost marker that ends right where a brand marker starts. */
const REPOST_BEFORE = new RegExp(`${WORD_BEFORE}(?:${REPOST_MARKERS.join('|')})$`, 'iu');
const VIA_BEFORE = new RegExp(`${WORD_BEFORE}${VIA_MARKER}$`, 'iu');
const THROUGH_VERB = new RegExp(`${WORD_BEFORE}(?:${VIA_THROUGH_VERBS.join('|')})${WORD_AFTER}`, 'iu');
/** What may follow a credit at the end of a line: punctuation, emoji, hashtags, mentions, links. */
const TRAILING = /^(?:[\s\p{P}\p{S}\u200D\uFE0F]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|[#@][\p{L}\p{M}\p{N}_]+|(?:https?:\/\/|www\.)\S+)*$/u;
/** An e-mail address; the group is its domain. */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})/gu;
/** What may stand right before a "via" credit: a quote, a colon, a dash, a bar, an ellipsis, a parenthesis. */
const CREDIT_LEAD = /["”'’:\-–—|…)]$/u;

const brandCache = new WeakMap<Brand, WeakMap<Brand, CompiledBrand>>();

/** The matchers for some options, compiled once. */
const compileOptions = perOptions((options: Options): CompiledOptions => {
  const allowWords = options.allowWords ?? [];
  const madeCues = new Map<string, LanguageCues>();
  return {
    phrases: new PhraseMatcher([...PROMOTION_PHRASES], [{ category: 'custom', words: options.extraWords ?? [] }], allowWords),
    nearBrand: new PhraseMatcher([...PROMOTION_WORDS_NEAR_BRAND], [], allowWords),
    widened: new PhraseMatcher([...PROMOTION_CUES_NEAR_BRAND], [], allowWords),
    asks: new PhraseMatcher([...PROMOTION_ASKS], [], allowWords),
    allow: allowWords.some((w) => w.trim()) ? new PhraseMatcher([], [{ category: 'allowed', words: allowWords }]) : undefined,
    inLanguage: (language: string) => {
      const cues = LANGUAGE_CUES[language];
      if (!cues) return undefined;
      let made = madeCues.get(language);
      if (!made) {
        const folded = allowWords.map((w) => foldAccents(w));
        made = {
          phrases: new PhraseMatcher([...cues.phrases], [{ category: 'custom', words: (options.extraWords ?? []).map((w) => foldAccents(w)) }], folded),
          nearBrand: new PhraseMatcher([...cues.nearBrand], [], folded),
          widened: new PhraseMatcher([...cues.widened], [], folded),
          asks: new PhraseMatcher([...cues.asks], [], folded),
          notAnAd: new RegExp(`${WORD_BEFORE}${cues.notAnAd}${WORD_AFTER}`, 'iu'),
        };
        madeCues.set(language, made);
      }
      return made;
    },
  };
});

function bareHost(domain: string): string {
  return domain.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/.*$/, '');
}

/** A name source that accepts either apostrophe. */
function nameSource(name: string): string {
  return phraseSource(name).replace(/['’]/g, "['’]");
}

function compileBrand(a: Brand, b: Brand): CompiledBrand {
  let inner = brandCache.get(a);
  if (!inner) {
    inner = new WeakMap();
    brandCache.set(a, inner);
  }
  let compiled = inner.get(b);
  if (!compiled) {
    const names = [...new Set([...a.names, ...b.names].map((n) => n.trim()).filter(Boolean))];
    // "Happy Paws" as configured or in capitals; "happy paws" may be a dog's feet, but the whole name with its kind of
    // business ("happy paws rescue") is the name in lower case, as many write.
    const generic = new Set(GENERIC_NAME_WORDS.map((w) => w.toLowerCase()));
    const lowerWhole = (n: string) => {
      const words = n.split(/\s+/);
      return words.length >= 3 && generic.has(words.at(-1)!.toLowerCase()) ? [n.toLowerCase()] : [];
    };
    const variants = [...new Set(names.flatMap((n) => [n, n.toUpperCase(), ...lowerWhole(n)]))].sort((x, y) => y.length - x.length);
    const shorts = [
      ...new Set(
        names.flatMap((n) => {
          const words = n.split(/\s+/);
          if (words.length < 3 || !generic.has(words.at(-1)!.toLowerCase())) return [];
          const short = words.slice(0, -1).join(' ');
          return [short, short.toUpperCase()];
        }),
      ),
    ].sort((x, y) => y.length - x.length);
    const handles = new Set([...a.handles, ...b.handles].map((h) => h.toLowerCase()));
    const hashtags = new Set([...a.hashtags, ...b.hashtags].map((h) => h.toLowerCase()));
    const domains = [...new Set([...a.domains, ...b.domains].map(bareHost).filter(Boolean))];
    compiled = {
      names: variants.length
        ? nativeRegExp(`(?<![\\p{L}\\p{N}_@#])(?:${variants.map(nameSource).join('|')})${WORD_AFTER}`, 'gu')
        : undefined,
      shortNames: shorts.length
        ? nativeRegExp(`(?<![\\p{L}\\p{N}_@#])(?:${shorts.map(nameSource).join('|')})${WORD_AFTER}`, 'gu')
        : undefined,
      handles,
      hashtags,
      domains,
      empty: !variants.length && !handles.size && !hashtags.size && !domains.length,
    };
    inner.set(b, compiled);
  }
  return compiled;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The brand markers of one text, ordered by start. */
function brandMarkers(segment: Segment, brand: CompiledBrand, allowed: Span[], withWeak = false): BrandMarker[] {
  const text = segment.text;
  const analysis = analyze(segment);
  const found: BrandMarker[] = [];
  if (brand.names) {
    const re = brand.names;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'name' });
    }
  }
  if (withWeak && brand.shortNames) {
    const re = brand.shortNames;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!found.some((f) => overlaps(f, span))) found.push({ ...span, text: m[0], kind: 'name', weak: true });
    }
  }
  if (brand.handles.size && text.includes('@')) {
    for (const tag of analysis.mentions) {
      const lower = tag.text.toLowerCase();
      // "@happypaws@mastodon.social" is the same account on another server.
      const local = lower.replace(/^(@[^@]+)@.*$/, '$1');
      if (brand.handles.has(lower) || brand.handles.has(local)) found.push({ ...tag, kind: 'handle' });
    }
  }
  if (brand.hashtags.size && text.includes('#')) {
    for (const tag of analysis.hashtags) {
      if (brand.hashtags.has(tag.text.toLowerCase())) found.push({ ...tag, kind: 'hashtag' });
    }
  }
  if (brand.domains.length && brand.domains.some((d) => analysis.lower.includes(d))) {
    for (const link of analysis.links) {
      if (brand.domains.some((d) => hostMatches(link.host, d))) {
        // Named by its host: the whole link may be long.
        found.push({ start: link.start, end: link.end, text: link.host, kind: 'domain' });
      }
    }
    // An e-mail address at the brand's domain is the brand too ("info@happypaws.org").
    if (text.includes('@')) {
      EMAIL.lastIndex = 0;
      for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
        const host = m[1]!.toLowerCase();
        if (brand.domains.some((d) => hostMatches(host, d))) {
          found.push({ start: m.index, end: m.index + m[0].length, text: host, kind: 'domain' });
        }
      }
    }
  }
  const kept = allowed.length ? found.filter((f) => !allowed.some((a) => overlaps(a, f))) : found;
  return kept.sort((x, y) => x.start - y.start);
}

function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function lineEndOf(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end < 0 ? text.length : end;
}

/** Whether a "via" credit before `marker` reads as a repost credit, not as "through". */
function isViaCredit(text: string, viaStart: number, marker: BrandMarker, links: () => Link[]): boolean {
  const lineStart = lineStartOf(text, viaStart);
  const lead = text.slice(lineStart, viaStart).trimEnd();
  // "(via @happypaws)": a credit however the sentence reads.
  if (lead.endsWith('(') || lead.endsWith('[')) return true;
  // After a quote, a colon, a dash or a link: "Great read: https://... via @happypaws".
  if (lead !== '' && (CREDIT_LEAD.test(lead) || links().some((l) => l.end === lineStart + lead.length))) return true;
  // A name after "via" is a credit only in the places above: "via Happy Paws" is
  // far more often "through Happy Paws".
  if (marker.kind === 'name') return false;
  // Opening a line ("via @happypaws: kitten season!") or ending it ("Five tips
  // for a calm dog via @happypaws 🐶"), but not "Adopted Max via @happypaws 🐶"
  // nor "Via @happypaws I met Max".
  if (lead !== '' && !TRAILING.test(text.slice(marker.end, lineEndOf(text, marker.end)))) return false;
  const sentence = sentenceAround(text, { start: viaStart, end: marker.end });
  return !THROUGH_VERB.test(text.slice(sentence.start, sentence.end));
}

/** Reposts of the brand in one text: a repost marker right before a brand marker. */
function findReposts(segment: Segment, markers: BrandMarker[], allowed: Span[]): Finding[] {
  const text = segment.text;
  const findings: Finding[] = [];
  const links = () => analyze(segment).links;
  for (const marker of markers) {
    if (marker.kind === 'hashtag' || marker.weak) continue;
    const lineStart = lineStartOf(text, marker.start);
    const before = text.slice(lineStart, marker.start);
    let start: number | undefined;
    let end = marker.end;
    let confidence = 0.95;
    let cue = 'trigger:repost marker';
    const repost = REPOST_BEFORE.exec(before);
    if (repost) start = lineStart + repost.index;
    else {
      const via = VIA_BEFORE.exec(before);
      if (via && isViaCredit(text, lineStart + via.index, marker, links)) {
        start = lineStart + via.index;
        confidence = 0.85;
        cue = 'trigger:via credit';
      }
      // An old-style quoted retweet, `"@happypaws: ...` opening a line; the
      // span is the handle and its colon.
      else if (marker.kind === 'handle' && /^\s*["“]$/u.test(before) && text[marker.end] === ':') {
        start = marker.start;
        end = marker.end + 1;
        confidence = 0.9;
        cue = 'trigger:quoted retweet';
      }
    }
    if (start === undefined) continue;
    const span = { start, end };
    if (allowed.some((a) => overlaps(a, span))) continue;
    findings.push({
      messageId: 'repost',
      field: segment.field,
      span,
      data: { text: text.slice(start, end), brand: marker.text },
      confidence,
      cues: [cue, `brand:${marker.kind}`],
    });
  }
  return findings;
}

/** The brand marker closest to a span. */
function nearest(markers: BrandMarker[], span: Span): BrandMarker | undefined {
  let best: BrandMarker | undefined;
  let bestDistance = Infinity;
  for (const m of markers) {
    const distance = m.end <= span.start ? span.start - m.end : m.start >= span.end ? m.start - span.end : 0;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/** How sure a kind of promotion match is, before the reading cues. */
const PROMOTION_CONFIDENCE = {
  /** A phrase that is marketing on its own, in the sentence of a brand marker. */
  phraseNearBrand: 0.9,
  /** The same, with the brand marker elsewhere in the post. */
  phrase: 0.8,
  /** An ordinary word that is marketing next to the brand ("sale", "sign up"). */
  nearBrand: 0.75,
  /** A price, an offer or an ask in the sentence of a brand marker. */
  widened: 0.7,
  /** An ask to follow or share, or a plug, anywhere in a post with a brand marker. */
  ask: 0.7,
} as const;
const NOT_AN_AD_RE = new RegExp(`${WORD_BEFORE}${NOT_AN_AD}${WORD_AFTER}`, 'iu');
const OWN_WORK_PAST = new Set(OWN_WORK_PAST_VERBS);

/** Whether the sentence of a token tells the writer's own past work: "Spent the day ...", "we did 40 ...". */
function toldAsOwnWork(reading: ReturnType<typeof read>, token: number): string | undefined {
  const sentence = reading.sentenceOf(token);
  const tokens = reading.tokens;
  let first = sentence.from;
  while (first < token && tokens[first]!.kind !== 'word') first++;
  const opening = tokens[first];
  if (opening && OWN_WORK_PAST.has(opening.norm)) return opening.norm;
  for (let i = sentence.from; i < token; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if ((t.norm === 'i' || t.norm === 'we') && next && OWN_WORK_PAST.has(next.norm)) return `${t.norm} ${next.norm}`;
  }
  return undefined;
}

interface Scored extends PhraseMatch {
  confidence: number;
  cues: string[];
}

/** Promotional language in one text of a post that carries a brand marker. */
function findPromotions(
  segment: Segment,
  markers: BrandMarker[],
  firstMarker: BrandMarker,
  compiled: CompiledOptions,
  taken: Span[],
  postHasStrongMarker: boolean,
): Finding[] {
  const text = segment.text;
  const analysis = analyze(segment);
  const strong = markers.filter((m) => !m.weak);
  // Another language's cues match the text with its accents folded away (same offsets); the phrase reported is as written.
  const language = segment.lang !== undefined && segment.lang !== 'en' ? compiled.inLanguage(segment.lang) : undefined;
  const cuesOf = language ?? compiled;
  const folded = language ? foldAccents(text) : text;
  const find = (matcher: PhraseMatcher): PhraseMatch[] => (language ? matcher.find(folded).map((m) => ({ ...m, text: text.slice(m.start, m.end) })) : matcher.find(text));
  const inSentence = (span: Span, tags: readonly Span[]): boolean => {
    const sentence = sentenceAround(text, span);
    // Hashtags, mentions, links and emoji that end the line belong to its last sentence: "Fees waived!! #AdoptDontShop".
    const lineEnd = lineEndOf(text, sentence.end);
    const end = TRAILING.test(text.slice(sentence.end, lineEnd)) ? lineEnd : sentence.end;
    return tags.some((t) => t.start >= sentence.start && t.end <= end);
  };
  const scored = (list: PhraseMatch[], kind: string, confidence: (m: PhraseMatch) => number): Scored[] =>
    list.map((m) => ({ ...m, confidence: confidence(m), cues: [`trigger:${kind}:${m.category}`] }));
  // A shortened name ("Happy Paws") is weaker than a full marker: it counts only in its sentence.
  const weakOnly = (m: PhraseMatch) => markers.some((k) => k.weak) && !inSentence(m, strong) && inSentence(m, markers);
  const nearBrand = scored(
    find(cuesOf.nearBrand).filter((m) => inSentence(m, strong)),
    'near brand',
    () => PROMOTION_CONFIDENCE.nearBrand,
  );
  const widened = scored(
    find(cuesOf.widened).filter((m) => inSentence(m, markers)),
    'offer near brand',
    (m) => PROMOTION_CONFIDENCE.widened * (weakOnly(m) ? 0.9 : 1),
  );
  // A promotion whose sentence names another account and not the brand is
  // that account's: "20% off at @trailjoes today!".
  const others = text.includes('@') ? analysis.mentions.filter((t) => !markers.some((b) => overlaps(b, t))) : [];
  const postLevel = (m: PhraseMatch) =>
    (!others.length || inSentence(m, markers) || !inSentence(m, others)) && (postHasStrongMarker ? true : inSentence(m, markers));
  const phrases = scored(find(cuesOf.phrases).filter(postLevel), 'phrase', (m) =>
    weakOnly(m) ? PROMOTION_CONFIDENCE.widened : inSentence(m, strong) ? PROMOTION_CONFIDENCE.phraseNearBrand : PROMOTION_CONFIDENCE.phrase,
  );
  const asks = scored(find(cuesOf.asks).filter(postLevel), 'ask', () => PROMOTION_CONFIDENCE.ask);
  // Prices, offers and asks are weaker evidence: looked at only when no classic phrase is there.
  const candidates = phrases.length || nearBrand.length ? [...phrases, ...nearBrand] : [...asks, ...widened];
  if (!candidates.length) return [];
  // Longest first among matches at the same place, the strongest first among equals; no two findings overlap.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence);
  // Words inside a link or a handle are not language: "happypaws.org/sale".
  const blocked: Span[] = [...taken, ...markers, ...analysis.mentions];
  if (text.includes('.')) append(blocked, analysis.links);
  const kept: Scored[] = [];
  for (const c of candidates) {
    if (blocked.some((b) => overlaps(b, c)) || kept.some((k) => overlaps(k, c))) continue;
    kept.push(c);
  }
  if (!kept.length) return [];
  // What the reading layer says of each: denied ("no discount at Happy Paws"),
  // the writer asking ("should I sign up?"), or a post that says it is no ad.
  const reading = read(text, segment.lang ?? 'en');
  const disclaimer = language ? language.notAnAd.exec(folded) : NOT_AN_AD_RE.exec(text);
  return kept.map((m) => {
    const cues = reading.cues(m.start, m.start + 1);
    let confidence = m.confidence;
    const evidence = [...m.cues];
    if (cues.negated) {
      confidence -= 0.4;
      append(evidence, cues.evidence.filter((e) => e.startsWith('negated')));
    }
    if (cues.mode === 'question' && cues.about === 'author') {
      confidence -= 0.3;
      evidence.push('mode:question', `about:author`);
    }
    if (cues.quoted) {
      confidence -= 0.2;
      evidence.push('quoted');
    }
    if (disclaimer) {
      confidence -= 0.3;
      evidence.push(`disclaimer:${disclaimer[0].toLowerCase()}`);
    }
    // A price or an offer told as the writer's own day at work is news of the work, not an ask.
    const ownWork = m.confidence <= PROMOTION_CONFIDENCE.widened ? toldAsOwnWork(reading, reading.tokenAt(m.start)) : undefined;
    if (ownWork) {
      confidence -= 0.25;
      evidence.push(`about:author:${ownWork}`);
    }
    const brand = nearest(markers, m) ?? firstMarker;
    evidence.push(`brand:${brand.kind}${brand.weak ? ':short' : ''}`);
    return {
      messageId: 'promotion',
      field: segment.field,
      span: { start: m.start, end: m.end },
      data: { phrase: m.text, category: m.category, brand: brand.text },
      confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)),
      cues: evidence,
    };
  });
}

/**
 * Whether a text carries one of the brand markers of either presence (a
 * name, handle, hashtag or domain of the business); for other rules that ask
 * "is this the business's content?".
 */
export function hasBrandMarker(segment: Segment, config: Config): boolean {
  const brand = compileBrand(config.presences.professional.brand, config.presences.personal.brand);
  return !brand.empty && brandMarkers(segment, brand, []).length > 0;
}

/** The brand markers of a personal post, honouring `allowWords`; empty elsewhere or without a brand. */
function markersOf(ctx: RuleContext<Options>, withWeak = false): { segment: Segment; markers: BrandMarker[] }[] {
  if (ctx.presence.name !== 'personal') return [];
  const { professional, personal } = ctx.config.presences;
  const brand = compileBrand(professional.brand, personal.brand);
  if (brand.empty) return [];
  const compiled = compileOptions(ctx.options);
  return ctx.post.segments.map((segment) => ({
    segment,
    markers: brandMarkers(segment, brand, compiled.allow ? compiled.allow.find(segment.text) : [], withWeak),
  }));
}

export default defineRule<Options, undefined>({
  id: 'business-repost',
  description: "Flags posts on the personal presence that repost the business's own posts or repeat its marketing.",
  messages: {
    repost:
      "\"{text}\" reposts the business ({brand}) on your personal presence: friends follow you for you, not for the business's posts.",
    promotion:
      '"{phrase}" ({category}) next to {brand} turns this personal post into an ad for the business: friends follow you for you, not for its marketing.',
    frequency:
      'Business post {count} on your personal presence in the 7 days {from} to {to}, more than {max} a week: do not spam friends and family with everything the business does.',
  },
  options: {
    extraWords: {
      type: 'string[]',
      default: [],
      description:
        'More promotional words or phrases (whole words, any case), reported when a brand marker is in the same post; category "custom".',
    },
    allowWords: {
      type: 'string[]',
      default: [],
      description:
        'Words or phrases never reported: a promotional phrase, repost or brand marker that overlaps one of them does not count.',
    },
    reposts: {
      type: 'boolean',
      default: true,
      description: 'Report reposts of the brand ("RT @brand", "Repost from @brand", "via @brand").',
    },
    promotions: {
      type: 'boolean',
      default: true,
      description: 'Report promotional language ("20% off", "book now", "link in bio") in a post with a brand marker.',
    },
    maxPerWeek: {
      type: 'number',
      default: 1,
      minimum: 0,
      integer: true,
      description:
        'How many business-related posts (a brand name, handle, hashtag or domain, with or without promotion) the personal presence may schedule in any 7 days; each one beyond is reported. Posts without a date do not count.',
    },
  },
  // Reposting the business is what the professional presence is for: the rule
  // is off there, and returns nothing even when a config turns it on.
  // English, and the languages of rules/data/business-repost-<code>.ts; texts in other languages reach it empty.
  languages: ['en', ...Object.keys(LANGUAGE_CUES)],
  defaultSeverity: severities({ professional: 'off', personal: 'warning' }),
  check(ctx: RuleContext<Options>): Finding[] {
    const found = markersOf(ctx, true);
    const firstMarker = found.find((f) => f.markers.length)?.markers[0];
    if (!firstMarker) return [];
    const strongMarker = found.some((f) => f.markers.some((m) => !m.weak));
    const compiled = compileOptions(ctx.options);
    const segments = found.map((f) => f.segment);
    const markersBySegment = found.map((f) => f.markers);
    const allowedBySegment = segments.map((seg) => (compiled.allow ? compiled.allow.find(seg.text) : []));

    const findings: Finding[] = [];
    segments.forEach((segment, i) => {
      const markers = markersBySegment[i]!;
      const reposts = ctx.options.reposts !== false && markers.length ? findReposts(segment, markers, allowedBySegment[i]!) : [];
      const promotions =
        ctx.options.promotions !== false
          ? findPromotions(segment, markers, firstMarker, compiled, reposts.map((r) => r.span!), strongMarker)
          : [];
      append(findings, [...reposts, ...promotions].sort((a, b) => a.span!.start - b.span!.start));
    });
    return findings;
  },
  summarize(ctx) {
    if (!ctx.post.date) return undefined;
    const first = markersOf(ctx).find((f) => f.markers.length);
    if (!first) return undefined;
    const marker = first.markers[0]!;
    // Only the place is kept: the engine keeps each post's date, which is all the count needs.
    return { value: undefined, field: first.segment.field, span: { start: marker.start, end: marker.end } };
  },
  checkCollection({ posts }) {
    // Scheduled order; a post is reported when, counting it, the 7 days that
    // end with it hold more business posts than its presence allows.
    const times = new Float64Array(posts.length);
    for (let i = 0; i < times.length; i++) times[i] = posts.time(i)!;
    const order = Uint32Array.from(times.keys()).sort((a, b) => times[a]! - times[b]! || posts.order(a) - posts.order(b) || a - b);
    const findings = [];
    let from = 0;
    for (let k = 0; k < order.length; k++) {
      const time = times[order[k]!]!;
      while (times[order[from]!]! <= time - WEEK_MS) from++;
      const count = k - from + 1;
      const max = posts.options(order[k]!).maxPerWeek;
      if (count > max) {
        findings.push({
          post: order[k]!,
          messageId: 'frequency',
          data: { count, max, from: day(times[order[from]!]!), to: day(time) },
          // The week's other business posts: a staged one among them takes part in this post going over the limit.
          related: Array.from(order.subarray(from, k)),
        });
      }
    }
    return findings;
  },
});
