// An example presence plugin, in plain JavaScript (ESM), so it needs no
// build. The JSDoc types come from presence-lint: an editor checks the rules
// against the rule contract when presence-lint is installed beside it.
// presence loads it from a config:
//
//   plugins: ["presence-plugin-brand-voice"]     # installed with npm
//   plugins: ["./rules/brand-voice.js"]          # or a file, from the config's folder

/** @typedef {import('presence-lint').Finding} Finding */

/**
 * `text` as a pattern that matches it literally, any whitespace between its words.
 *
 * @param {string} text
 */
function literal(text) {
  return text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/**
 * The brand's names, as the config writes them under
 * `presences.professional.brand.names`, must be written that way in posts:
 * "Happy Paws Rescue", not "happy paws rescue" or "HAPPY PAWS RESCUE".
 *
 * @type {import('presence-lint').PluginRule}
 */
const brandNameCase = {
  id: 'brand-name-case',
  description: "Reports the brand's name written in another case than the config's brand names.",
  messages: {
    wrongCase: 'Write the brand\'s name as "{expected}", not "{found}".',
  },
  // Only the professional presence speaks for the brand.
  defaultSeverity: { professional: 'warning', personal: 'off' },
  check({ post, presence, otherPresence }) {
    // The brand is configured on the professional presence, whichever presence the post is on.
    const professional = presence.name === 'professional' ? presence : otherPresence;
    /** @type {Finding[]} */
    const findings = [];
    for (const name of professional.brand.names) {
      // Whole words only: the characters around the name are not letters, digits or underscores.
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${literal(name)}(?![\\p{L}\\p{N}_])`, 'giu');
      // Every published text of the post: the body, alt texts, captions, poll options.
      for (const segment of post.segments) {
        for (const match of segment.text.matchAll(pattern)) {
          const found = match[0];
          if (found.replace(/\s+/g, ' ') === name) continue;
          findings.push({
            messageId: 'wrongCase',
            field: segment.field,
            span: { start: match.index, end: match.index + found.length },
            data: { expected: name, found },
          });
        }
      }
    }
    return findings;
  },
};

/**
 * More exclamation marks in a post's body than `max`: one is enthusiasm,
 * five is shouting.
 *
 * @type {import('presence-lint').PluginRule<{ max: number }>}
 */
const exclamationOveruse = {
  id: 'exclamation-overuse',
  description: 'Reports a post body with more exclamation marks than the limit (1 by default).',
  messages: {
    tooMany: '{count} exclamation marks, more than {max}: let the news speak for itself.',
  },
  options: {
    max: { type: 'number', default: 1, minimum: 0, integer: true, description: 'The most exclamation marks a post body may have.' },
  },
  // No defaultSeverity: a warning on both presences.
  check({ post, options }) {
    // post.text is the body.
    const marks = [...post.text.matchAll(/!/g)];
    if (marks.length <= options.max) return [];
    const first = marks[options.max];
    const last = marks[marks.length - 1];
    // The span runs from the first mark over the limit to the last one.
    return [{ messageId: 'tooMany', span: { start: first.index, end: last.index + 1 }, data: { count: marks.length, max: options.max } }];
  },
};

/** @type {import('presence-lint').Plugin} */
export default {
  rules: [brandNameCase, exclamationOveruse],
};
