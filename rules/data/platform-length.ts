/**
 * The limits of the `platform-length` rule, one per platform and what it
 * limits. Each is the default of a number option of the rule (`xLimit`,
 * `blueskyLimit`, ...), so a config can follow a platform that changes its
 * limit, or a Mastodon server with its own, without a new release.
 */
export const PLATFORM_LIMITS = {
  /** X: weighted characters (twitter-text config v3, `maxWeightedTweetLength`). */
  xLimit: 280,
  /** Bluesky: grapheme clusters of `app.bsky.feed.post` text (`maxGraphemes`). */
  blueskyLimit: 300,
  /** Bluesky: UTF-8 bytes of the same text (`maxLength`). */
  blueskyBytes: 3000,
  /** Mastodon: the default of a server (`MAX_CHARS`); many servers raise it. */
  mastodonLimit: 500,
  /** Threads: characters, an emoji counting its UTF-8 bytes. */
  threadsLimit: 500,
  /** Threads: distinct links in the text (more fail with THREADS_API__LINK_LIMIT_EXCEEDED). */
  threadsLinks: 5,
  /** LinkedIn: characters of a post's commentary. */
  linkedinLimit: 3000,
  /** LinkedIn: about how many characters of the opening line show above "see more". */
  linkedinFold: 210,
  /** Instagram: characters of a caption. */
  instagramLimit: 2200,
  /** Instagram: hashtags in a caption (the current limit; it used to be 30). */
  instagramHashtags: 5,
  /** Facebook: characters of a post. */
  facebookLimit: 63206,
} as const;

/** A platform presence knows, lower case. */
export type PlatformName = 'x' | 'bluesky' | 'mastodon' | 'threads' | 'linkedin' | 'instagram' | 'facebook';

/** The platforms in the order findings name them, with the name a reader knows. */
export const PLATFORM_LABELS: Readonly<Record<PlatformName, string>> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
  facebook: 'Facebook',
};

/** Other names of a platform, as a post's front matter may spell them. */
export const PLATFORM_ALIASES: Readonly<Record<string, PlatformName>> = {
  twitter: 'x',
};

/** What a URL counts where a platform shortens it: X (all links) and Mastodon (http and https links). */
export const SHORTENED_URL_LENGTH = 23;
