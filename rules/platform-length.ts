import { analyze, type TextAnalysis } from '../src/core/post.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { Finding, Presence, Span } from '../src/core/types.js';
import { countX, eachGrapheme, isEmoji, X_CONFIG_V3 } from '../src/core/x-count.js';
import {
  PLATFORM_ALIASES,
  PLATFORM_LABELS,
  PLATFORM_LIMITS,
  SHORTENED_URL_LENGTH,
  type PlatformName,
} from './data/platform-length.js';

/** Resolved options: a limit per platform (see PLATFORM_LIMITS). */
export type PlatformLengthOptions = Record<keyof typeof PLATFORM_LIMITS, number>;

/** A finding before findings of several platforms at the same span are merged. */
interface PlatformFinding {
  messageId: string;
  span: Span;
  platform: PlatformName;
  count: number;
  limit: number;
  /** How the count was made, when it is not plain characters, e.g. "weighted as X counts". */
  counting: string;
}

/** A piece of text a platform counts as one unit of a fixed weight (a shortened link, a remote mention). */
interface Entity extends Span {
  weight: number;
}

const PLATFORM_ORDER = Object.keys(PLATFORM_LABELS) as PlatformName[];
const NON_ASCII = /[^\x00-\x7F]/;
const SURROGATE = /[\uD800-\uDBFF]/;
const SCHEME_LINK = /^https?:\/\//i;
/** 12345 as "12,345" (Intl.NumberFormat would cost milliseconds of start-up to load its locale data). */
const formatNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The platforms a post goes to: its own, else its presence's; aliases resolved, unknown names ignored. */
function platformsOf(postPlatforms: readonly string[], presence: Presence): PlatformName[] {
  const names = postPlatforms.length > 0 ? postPlatforms : presence.platforms;
  const wanted = new Set<PlatformName>();
  for (const name of names) {
    const lower = name.toLowerCase();
    const platform = PLATFORM_ALIASES[lower] ?? (Object.hasOwn(PLATFORM_LABELS, lower) ? (lower as PlatformName) : undefined);
    if (platform) wanted.add(platform);
  }
  return PLATFORM_ORDER.filter((p) => wanted.has(p));
}

/** UTF-8 bytes of a string (a lone surrogate counts as the 3 bytes of U+FFFD). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Counts a text grapheme by grapheme with `weigh`, each entity as its own
 * weight. `over` is the offset of the first grapheme or entity past `limit`,
 * or -1.
 */
function measure(text: string, limit: number, weigh: (grapheme: string) => number, entities: readonly Entity[] = []) {
  let count = 0;
  let over = -1;
  let next = 0;
  let skipTo = 0;
  eachGrapheme(text, (grapheme, index) => {
    if (index < skipTo) return;
    while (entities[next] && entities[next]!.end <= index) next++;
    const entity = entities[next];
    if (entity && entity.start <= index) {
      count += entity.weight;
      skipTo = entity.end;
      next++;
    } else {
      count += weigh(grapheme);
    }
    if (over < 0 && count > limit) over = index;
  });
  return { count, over };
}

/** A length finding from the offset of the first unit over the limit to the end of the text. */
function tooLong(
  messageId: string,
  platform: PlatformName,
  text: string,
  tally: { count: number; over: number },
  limit: number,
  counting = '',
): PlatformFinding[] {
  if (tally.count <= limit || tally.over < 0) return [];
  return [{ messageId, span: { start: tally.over, end: text.length }, platform, count: tally.count, limit, counting }];
}

/** Too many distinct items (links, hashtags): the span covers the ones past the limit. */
function tooMany(
  messageId: string,
  platform: PlatformName,
  items: readonly { start: number; end: number; text: string }[],
  key: (text: string) => string,
  limit: number,
): PlatformFinding[] {
  const seen = new Set<string>();
  let start = -1;
  let end = -1;
  for (const item of items) {
    const k = key(item.text);
    if (seen.has(k)) continue;
    seen.add(k);
    if (seen.size === limit + 1) start = item.start;
    if (seen.size > limit) end = item.end;
  }
  if (seen.size <= limit) return [];
  return [{ messageId, span: { start, end }, platform, count: seen.size, limit, counting: '' }];
}

/** The same link however written: scheme, `www.`, case and a trailing slash do not make another. */
const linkKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
const tagKey = (text: string) => text.toLowerCase();

function checkX(text: string, analysis: TextAnalysis, limit: number): PlatformFinding[] {
  // Every unit weighs at most 4 per UTF-16 unit (2 per code point, NFC expanding a few), a link 23.
  if (text.length * (NON_ASCII.test(text) ? 4 : 1) + SHORTENED_URL_LENGTH * analysis.links.length <= limit) return [];
  const x = countX(text, analysis.links, X_CONFIG_V3, limit);
  return tooLong('tooLong', 'x', text, { count: x.weightedLength, over: x.overflowAt }, limit, 'weighted as X counts');
}

/**
 * The text the Bluesky app posts for a link it finds with its scheme: the
 * host and at most 13 characters of the path, then "..." (`toShortUrl` of
 * bluesky-social/social-app). A link without a scheme stays as written.
 */
function blueskyShortLink(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return url;
    const path = (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
    return path.length > 15 ? `${u.host}${path.slice(0, 13)}...` : u.host + path;
  } catch {
    return url;
  }
}

function graphemeCount(text: string): number {
  let count = 0;
  eachGrapheme(text, () => {
    count++;
  });
  return count;
}

/** Bluesky counts graphemes and UTF-8 bytes of the text as posted, links shortened as its app does. */
function checkBluesky(text: string, analysis: TextAnalysis, options: PlatformLengthOptions): PlatformFinding[] {
  const links = text.includes('://') ? analysis.links.filter((l) => SCHEME_LINK.test(l.text)) : [];
  // A shortened ASCII link is never longer than as written; a non-ASCII one may be (punycode, %-escapes).
  const exact = links.some((l) => NON_ASCII.test(l.text));
  const findings: PlatformFinding[] = [];
  const counting = links.length > 0 ? 'a link counts as the app shortens it' : '';
  const shortened = links.map((l) => ({ ...l, short: blueskyShortLink(l.text) }));
  if (exact || text.length > options.blueskyLimit) {
    const entities = shortened.map((l) => ({ start: l.start, end: l.end, weight: graphemeCount(l.short) }));
    const tally = measure(text, options.blueskyLimit, () => 1, entities);
    findings.push(...tooLong('tooLong', 'bluesky', text, tally, options.blueskyLimit, counting));
  }
  if (exact || text.length * 3 > options.blueskyBytes) {
    const entities = shortened.map((l) => ({ start: l.start, end: l.end, weight: utf8Length(l.short) }));
    const tally = measure(text, options.blueskyBytes, utf8Length, entities);
    findings.push(...tooLong('tooManyBytes', 'bluesky', text, tally, options.blueskyBytes, counting));
  }
  return findings;
}

/** Mastodon counts graphemes, an http(s) link as 23 and `@user@server` as `@user`. */
function checkMastodon(text: string, analysis: TextAnalysis, limit: number): PlatformFinding[] {
  const links = text.includes('://') ? analysis.links.filter((l) => SCHEME_LINK.test(l.text)) : [];
  if (text.length + SHORTENED_URL_LENGTH * links.length <= limit) return [];
  const entities: Entity[] = links.map((l) => ({ start: l.start, end: l.end, weight: SHORTENED_URL_LENGTH }));
  let remote = false;
  for (const m of analysis.mentions) {
    const server = m.text.indexOf('@', 1);
    if (server < 0 || entities.some((e) => e.start < m.end && m.start < e.end)) continue;
    entities.push({ start: m.start, end: m.end, weight: server });
    remote = true;
  }
  entities.sort((a, b) => a.start - b.start);
  const notes = [
    ...(links.length > 0 ? [`a link counts as ${SHORTENED_URL_LENGTH}`] : []),
    ...(remote ? ['@user@server counts as @user'] : []),
  ];
  const counting = notes.join(', ');
  return tooLong('tooLong', 'mastodon', text, measure(text, limit, () => 1, entities), limit, counting);
}

/** Threads counts characters, an emoji as its UTF-8 bytes; and at most so many distinct links. */
function checkThreads(text: string, analysis: TextAnalysis, options: PlatformLengthOptions): PlatformFinding[] {
  const findings: PlatformFinding[] = [];
  if (text.length * 3 > options.threadsLimit) {
    let emoji = false;
    const tally = measure(text, options.threadsLimit, (g) => {
      if (g.length === 1 && g.charCodeAt(0) < 0xa9) return 1;
      if (!isEmoji(g)) return 1;
      emoji = true;
      return utf8Length(g);
    });
    findings.push(...tooLong('tooLong', 'threads', text, tally, options.threadsLimit, emoji ? 'an emoji counts as its UTF-8 bytes' : ''));
  }
  findings.push(...tooMany('tooManyLinks', 'threads', analysis.links, linkKey, options.threadsLinks));
  return findings;
}

/** LinkedIn, Instagram and Facebook: UTF-16 code units, as their composers count. */
function checkUtf16(platform: PlatformName, text: string, limit: number): PlatformFinding[] {
  if (text.length <= limit) return [];
  const counting = SURROGATE.test(text) ? 'an emoji counts as 2' : '';
  return tooLong('tooLong', platform, text, measure(text, limit, (g) => g.length), limit, counting);
}

/** The part of the opening line that LinkedIn hides behind "see more". */
function checkLinkedinFold(text: string, fold: number): PlatformFinding[] {
  if (fold <= 0) return [];
  const start = text.search(/\S/);
  if (start < 0) return [];
  const lineEnd = text.slice(start).search(/[\r\n]/);
  const line = text.slice(start, lineEnd < 0 ? text.length : start + lineEnd).trimEnd();
  if (line.length <= fold) return [];
  const tally = measure(line, fold, () => 1);
  if (tally.count <= fold) return [];
  return [
    {
      messageId: 'linkedinFold',
      span: { start: start + tally.over, end: start + line.length },
      platform: 'linkedin',
      count: tally.count,
      limit: fold,
      counting: '',
    },
  ];
}

/** "X", "X and Bluesky", "X, Bluesky and Threads"; one value when all are the same. */
function listOf(values: readonly string[]): string {
  if (values.every((v) => v === values[0])) return values[0] ?? '';
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/** How the counts were made, in parentheses: per platform when the platforms count differently. */
function countingOf(same: readonly PlatformFinding[]): string {
  const notes = same.filter((f) => f.counting);
  if (notes.length === 0) return '';
  if (notes.length === same.length && notes.every((f) => f.counting === notes[0]!.counting)) return ` (${notes[0]!.counting})`;
  return ` (${notes.map((f) => `${PLATFORM_LABELS[f.platform]}: ${f.counting}`).join('; ')})`;
}

/**
 * One finding per span: platforms over their limit at the same offset share
 * a finding that names them all. Ordered by offset.
 */
function merge(found: PlatformFinding[]): Finding[] {
  found.sort(
    (a, b) =>
      a.span.start - b.span.start || a.span.end - b.span.end || PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform),
  );
  const findings: Finding[] = [];
  for (let i = 0; i < found.length; ) {
    const first = found[i]!;
    let j = i + 1;
    while (j < found.length && found[j]!.span.start === first.span.start && found[j]!.span.end === first.span.end) j++;
    const same = found.slice(i, j).filter((f) => f.messageId === first.messageId);
    findings.push({
      messageId: first.messageId,
      span: first.span,
      // The fold is advice, not a limit: a suggestion however the rule is set.
      ...(first.messageId === 'linkedinFold' ? { severity: 'suggestion' as const } : {}),
      data: {
        platform: listOf(same.map((f) => PLATFORM_LABELS[f.platform])),
        count: listOf(same.map((f) => formatNumber(f.count))),
        limit: listOf(same.map((f) => formatNumber(f.limit))),
        counting: countingOf(same),
      },
    });
    i = j;
  }
  return findings;
}

function limitOption(description: string, key: keyof typeof PLATFORM_LIMITS, minimum = 1) {
  return { type: 'number' as const, default: PLATFORM_LIMITS[key], minimum, integer: true, description };
}

/**
 * The length of a post on each platform it goes to, counted as that platform
 * counts: X's weighted count, Bluesky's graphemes and bytes, Mastodon's
 * shortened links, Threads' emoji bytes and links, Instagram's hashtags, and
 * the "see more" fold of LinkedIn.
 */
export default defineRule<PlatformLengthOptions>({
  id: 'platform-length',
  description: 'Reports a post that is longer than a platform it goes to allows, counted the way that platform counts.',
  messages: {
    tooLong: '{count} characters on {platform}, over the limit of {limit}{counting}; it cannot be published as it is.',
    tooManyBytes: '{count} bytes (UTF-8) on {platform}, over the limit of {limit}{counting}; it cannot be published as it is.',
    tooManyLinks: '{count} different links on {platform}, over the limit of {limit}; it cannot be published as it is.',
    tooManyHashtags: '{count} different hashtags on {platform}, over the limit of {limit}; it cannot be published as it is.',
    linkedinFold:
      'The opening line is {count} characters; {platform} shows about {limit} before "see more", so readers may not see the rest of it. Consider a shorter first line.',
  },
  options: {
    xLimit: limitOption('Weighted characters on X; raise it for a Premium account (25,000).', 'xLimit'),
    blueskyLimit: limitOption('Characters (grapheme clusters) on Bluesky.', 'blueskyLimit'),
    blueskyBytes: limitOption('UTF-8 bytes on Bluesky.', 'blueskyBytes'),
    mastodonLimit: limitOption("Characters on Mastodon: your server's limit (500 by default).", 'mastodonLimit'),
    threadsLimit: limitOption('Characters on Threads.', 'threadsLimit'),
    threadsLinks: limitOption('Different links in a post on Threads.', 'threadsLinks', 0),
    linkedinLimit: limitOption('Characters on LinkedIn.', 'linkedinLimit'),
    linkedinFold: limitOption(
      'Characters of the opening line that show above "see more" on LinkedIn; 0 turns the note off.',
      'linkedinFold',
      0,
    ),
    instagramLimit: limitOption('Characters of a caption on Instagram.', 'instagramLimit'),
    instagramHashtags: limitOption('Different hashtags in a caption on Instagram.', 'instagramHashtags', 0),
    facebookLimit: limitOption('Characters on Facebook.', 'facebookLimit'),
  },
  defaultSeverity: severities({ professional: 'error', personal: 'error' }),
  check({ post, presence, options }) {
    const platforms = platformsOf(post.platforms, presence);
    if (platforms.length === 0) return [];
    const body = post.segments.find((s) => s.field === 'body') ?? post.segments[0];
    if (!body) return [];
    const text = body.text;
    const analysis = analyze(body);
    const found: PlatformFinding[] = [];
    for (const platform of platforms) {
      switch (platform) {
        case 'x':
          found.push(...checkX(text, analysis, options.xLimit));
          break;
        case 'bluesky':
          found.push(...checkBluesky(text, analysis, options));
          break;
        case 'mastodon':
          found.push(...checkMastodon(text, analysis, options.mastodonLimit));
          break;
        case 'threads':
          found.push(...checkThreads(text, analysis, options));
          break;
        case 'linkedin':
          found.push(...checkUtf16('linkedin', text, options.linkedinLimit));
          found.push(...checkLinkedinFold(text, options.linkedinFold));
          break;
        case 'instagram':
          found.push(...checkUtf16('instagram', text, options.instagramLimit));
          found.push(...tooMany('tooManyHashtags', 'instagram', analysis.hashtags, tagKey, options.instagramHashtags));
          break;
        case 'facebook':
          found.push(...checkUtf16('facebook', text, options.facebookLimit));
          break;
      }
    }
    return merge(found);
  },
});
