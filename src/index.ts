/**
 * The library API of presence: lint posts from other Node programs (a
 * scheduler, a bot, a CMS hook), and the types and helpers to write rules.
 *
 * @example
 * import { lint, formatResults } from 'presence-lint';
 * const result = await lint({ text: 'Five rounds of shots tonight!', presence: 'professional' });
 * console.log(formatResults(result));
 */
export { lint, loadConfig, formatResults, createPresence, ConfigError, PresenceConfig } from './api.js';
export { Presence } from './engine/presence.js';
export type { LintReport, PresenceOptions } from './engine/presence.js';
export type { ResolvedConfig } from './engine/configs.js';
export type { ConfigOptions, FilesInput, LintOptions, LintResult, TextInput } from './api.js';
export { defineRule, severities } from './core/rule.js';
export { cuesOf, isFormOf, lemmaCandidates, read } from './core/reading/index.js';
export type { About, Cues, Mode, Reading, Token } from './core/reading/index.js';
export type { SeveritySpec } from './core/rule.js';
export type { Plugin, PluginRule } from './config/plugins.js';
export type { PatternSpec } from './config/patterns.js';
export type { ConfigIssue } from './config/validate.js';
export { formatters } from './format/index.js';
export type { FormatContext, Formatter } from './format/index.js';
export { run } from './cli/program.js';
export { rules } from '../rules/index.js';
export { VERSION as version } from './version.js';
export type * from './core/types.js';
