import { analyze, type Tag } from '../src/core/post.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { Finding, RuleContext, Segment } from '../src/core/types.js';
import { COLOUR_CONTEXT, HEX_COLOUR } from './data/hashtag-overuse.js';

/** Options of `hashtag-overuse`. */
export type HashtagOveruseOptions = {
  max: number;
  instagramMax: number;
};

/**
 * Whether the post goes to Instagram: by its own platforms when it names
 * them, else by its presence's (where its posts go when they do not say).
 */
function goesToInstagram(ctx: RuleContext<HashtagOveruseOptions>): boolean {
  const platforms = ctx.post.platforms.length ? ctx.post.platforms : ctx.presence.platforms;
  return platforms.includes('instagram');
}

/** Whether a hex-looking hashtag is a colour code rather than a tag. */
function isColour(tag: Tag, text: string): boolean {
  if (!HEX_COLOUR.test(tag.text)) return false;
  const code = tag.text.slice(1).toLowerCase();
  return /\d/.test(code) || /^(.)\1*$/.test(code) || COLOUR_CONTEXT.test(text);
}

/** A hashtag needs a letter: `analyze()` also returns the keycap emoji #️⃣ and `#_`, which platforms do not link. */
const HAS_LETTER = /\p{L}/u;

/** The hashtags of the body that platforms show as hashtags: with a letter, not inside a link, not a colour code. */
function hashtagsOf(body: Segment): Tag[] {
  const analysis = analyze(body);
  const tags = analysis.hashtags;
  if (tags.length === 0) return tags;
  // linkify keeps a URL's #fragment inside the link: "example.com/a-#top".
  const links = body.text.includes('.') ? analysis.links : [];
  return tags.filter(
    (t) => HAS_LETTER.test(t.text) && !links.some((l) => l.start < t.end && t.start < l.end) && !isColour(t, body.text),
  );
}

/**
 * More hashtags in a post's body than a reader takes seriously: more than
 * `max`, or on Instagram more than its limit of `instagramMax`.
 */
export default defineRule<HashtagOveruseOptions>({
  id: 'hashtag-overuse',
  description: 'Reports a post body with more hashtags than the limit (3 by default, 5 on Instagram).',
  messages: {
    tooMany: '{count} hashtags, more than {limit}: a wall of hashtags reads as spam and buries what you wrote; keep the few that matter.',
    tooManyInstagram:
      '{count} hashtags, more than the {limit} Instagram allows: the post may be refused or hidden; keep the few that matter.',
  },
  options: {
    max: {
      type: 'number',
      default: 3,
      minimum: 0,
      integer: true,
      description: 'The most hashtags a post body may have.',
    },
    instagramMax: {
      type: 'number',
      default: 5,
      minimum: 0,
      integer: true,
      description: "The most hashtags on a post that goes to Instagram (its platform limit); replaces `max` there.",
    },
  },
  defaultSeverity: severities({ professional: 'warning', personal: 'suggestion' }),
  check(ctx) {
    const body = ctx.post.segments.find((s) => s.field === 'body');
    if (!body || !body.text.includes('#')) return [];
    const tags = hashtagsOf(body);
    const instagram = goesToInstagram(ctx);
    const limit = instagram ? ctx.options.instagramMax : ctx.options.max;
    if (tags.length <= limit) return [];
    const finding: Finding = {
      messageId: instagram ? 'tooManyInstagram' : 'tooMany',
      field: body.field,
      // From the first hashtag over the limit to the end of the last one.
      span: { start: tags[limit]!.start, end: tags[tags.length - 1]!.end },
      data: { count: tags.length, limit },
    };
    return [finding];
  },
});
