/** The package version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/**
 * The home of presence: package.json's `repository.url` without `git+` and
 * `.git` (a test keeps the two equal). The SARIF report links the tool and
 * each rule's documentation under it.
 */
export const REPOSITORY_URL = 'https://github.com/presence-lint/presence';
