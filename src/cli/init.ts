import path from 'node:path';
import { stringify } from 'yaml';
import { compileValidator } from '../config/compile-validator.js';
import { explainIssue } from '../config/explain.js';
import { importModule } from '../core/import-module.js';
import { validateConfig } from '../config/validate.js';
import type { Audience, PresenceName, Rule } from '../core/types.js';
import { AUDIENCES } from '../core/types.js';
import { VERSION } from '../version.js';
import { ExitCode } from './exit-codes.js';
import { brandProblem, list, slotProblem, slotText, statementOf, statementProblem, withArticle, type BrandList, type Slot } from './init-answers.js';
import type { Io } from './io.js';

/** The answers `presence init` needs; every one can come from a flag. */
export interface InitAnswers {
  professionalRole?: string;
  professionalField?: string;
  professionalFor?: string;
  professionalAudience?: Audience;
  personalRole?: string;
  personalField?: string;
  personalFor?: string;
  personalAudience?: Audience;
  brandNames?: string;
  brandHandles?: string;
  brandHashtags?: string;
  brandDomains?: string;
}

export interface InitOptions extends InitAnswers {
  yes?: boolean;
  force?: boolean;
}

const FILE = '.presencerc.yaml';

const DEFAULT_AUDIENCE: Record<PresenceName, Audience> = { professional: 'public', personal: 'friends' };

/**
 * The `$schema` of the config init writes: the schema of this version in the
 * published package, on a CDN, so that it resolves however presence was
 * installed (globally, by npx, in pre-commit's own environment, or in the
 * project); a path into node_modules would resolve only for the last.
 */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/presence-lint@${VERSION}/schema/presencerc.schema.json`;

/** The answers that are blanks of a positioning statement, with their presence and slot. */
const SLOTS = {
  professionalRole: ['professional', 'role'],
  professionalField: ['professional', 'field'],
  professionalFor: ['professional', 'for'],
  personalRole: ['personal', 'role'],
  personalField: ['personal', 'field'],
  personalFor: ['personal', 'for'],
} as const satisfies Partial<Record<keyof InitAnswers, readonly [PresenceName, Slot]>>;

const BRAND_LISTS = { brandNames: 'names', brandHandles: 'handles', brandHashtags: 'hashtags', brandDomains: 'domains' } as const satisfies Partial<
  Record<keyof InitAnswers, BrandList>
>;

type TextKey = keyof typeof SLOTS | keyof typeof BRAND_LISTS;

/** The flag of an answer: `professionalRole` is `--professional-role`. */
function flagOf(key: keyof InitAnswers): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * What is wrong with an answer, as a person can fix it; undefined when it
 * will do. The audience blank is also checked with the role and field
 * before it: together they must make a statement that fits the template.
 */
export function answerProblem(key: TextKey, value: string | undefined, answers: InitAnswers): string | undefined {
  if (key in BRAND_LISTS) return brandProblem(BRAND_LISTS[key as keyof typeof BRAND_LISTS], value);
  const [presence, slot] = SLOTS[key as keyof typeof SLOTS];
  const problem = slotProblem(slot, value);
  if (problem || slot !== 'for') return problem;
  const role = answers[`${presence}Role`];
  const field = answers[`${presence}Field`];
  return role && field ? statementProblem(role, field, value!) : undefined;
}

/** `.presencerc.yaml` for the answers, with a comment on every key. */
export function initConfigText(a: Required<Pick<InitAnswers, 'professionalRole' | 'professionalField' | 'professionalFor' | 'personalRole' | 'personalField' | 'personalFor'>> & InitAnswers): string {
  const q = (value: unknown): string => stringify(value, { lineWidth: 0 }).trim();
  const brand = {
    names: list(a.brandNames),
    handles: list(a.brandHandles).map((h) => (h.startsWith('@') ? h : `@${h}`)),
    hashtags: list(a.brandHashtags).map((h) => (h.startsWith('#') ? h : `#${h}`)),
    domains: list(a.brandDomains),
  };
  const hasBrand = Object.values(brand).some((v) => v.length);
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    '# presence configuration, written by `presence init`. Every key is explained',
    '# in the README ("Configuration"); `presence print-config <file>` shows what',
    '# applies to a file.',
    '',
    '# What each presence is for. Every post is held against its statement.',
    'presences:',
    '  professional:',
    `    positioning: ${q(statementOf(a.professionalRole, a.professionalField, a.professionalFor))}`,
    '    # public | followers | friends | private: keep it open and accessible.',
    `    audience: ${a.professionalAudience ?? DEFAULT_AUDIENCE.professional}`,
    '    # More words that are on-message for this presence.',
    '    topics: []',
    ...(hasBrand
      ? [
          "    # What marks content as the business's own (business-repost uses it).",
          '    brand:',
          ...Object.entries(brand)
            .filter(([, v]) => v.length)
            .map(([k, v]) => `      ${k}: ${flowList(v)}`),
        ]
      : ["    # brand: { names: [], handles: [], hashtags: [], domains: [] }   what marks the business's own content"]),
    '  personal:',
    `    positioning: ${q(statementOf(a.personalRole, a.personalField, a.personalFor))}`,
    '    # Assume your boss, your clients and your next interviewer read it anyway.',
    `    audience: ${a.personalAudience ?? DEFAULT_AUDIENCE.personal}`,
    '',
    '# The presence of a post that names none.',
    'default: personal',
    '',
    '# Rule settings: error | warning | suggestion | off, or { severity, ...options }.',
    '# `presence rules` lists the rules; `presence explain <rule>` explains one.',
    'rules: {}',
    '',
  ].join('\n');
}

/** A flow list in YAML (`["a", "b"]`) for a list of strings. */
function flowList(values: string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}

/**
 * `presence init`: asks for the blanks of both positioning statements, the
 * audiences and the brand markers (or takes them from flags with `--yes`),
 * then writes `.presencerc.yaml`; never over an existing one without `--force`.
 */
export async function init(io: Io, options: InitOptions, rules: readonly Rule[], prompts?: Prompts): Promise<number> {
  const file = path.join(io.cwd, FILE);
  const exists = await io.stat(file).then(
    () => true,
    () => false,
  );
  if (exists && !options.force) {
    io.stderr.write(`presence: ${FILE} exists already; not overwritten\n  hint: Run with --force to replace it.\n`);
    return ExitCode.failure;
  }
  let answers: InitAnswers = { ...options };
  if (!options.yes && !io.interactive) {
    // Without a terminal the questions cannot be answered: say how to give the answers instead of showing one and leaving.
    io.stderr.write(
      'presence: init asks its questions in a terminal, and standard input is not one; nothing written.\n  hint: Pass --yes with the answers as flags: presence init --yes --professional-role ... --professional-field ... --professional-for ... --personal-role ... --personal-field ... --personal-for ... (see presence init --help).\n',
    );
    return ExitCode.failure;
  }
  if (!options.yes) {
    const asked = await askAnswers(answers, prompts ?? (await importModule<typeof import('@clack/prompts')>('@clack/prompts')));
    if (!asked) {
      io.stderr.write('presence: init cancelled; nothing written.\n');
      return ExitCode.failure;
    }
    answers = asked;
  }
  const required = Object.keys(SLOTS) as (keyof typeof SLOTS)[];
  const missing = required.filter((k) => !answers[k]?.trim());
  if (missing.length) {
    io.stderr.write(`presence: init --yes needs ${missing.map(flagOf).join(', ')}\n  hint: Or run \`presence init\` in a terminal to be asked.\n`);
    return ExitCode.failure;
  }
  // The flags are checked as the questions check their answers, each named with what to change.
  const problems = ([...required, ...(Object.keys(BRAND_LISTS) as TextKey[])] as TextKey[])
    .map((key) => [key, answers[key] === undefined ? undefined : answerProblem(key, answers[key], answers)] as const)
    .filter((entry): entry is readonly [TextKey, string] => entry[1] !== undefined);
  if (problems.length) {
    for (const [key, problem] of problems) io.stderr.write(`presence: ${flagOf(key)}: ${problem}\n`);
    io.stderr.write('presence: nothing written.\n');
    return ExitCode.failure;
  }
  const text = initConfigText(answers as Parameters<typeof initConfigText>[0]);
  // What init writes must load: anything the checks above missed is caught here, not on the next check.
  const validated = validateConfig(text, FILE, compileValidator(rules));
  const errors = validated.issues.filter((i) => i.severity === 'error');
  // After questions, a failure keeps what was typed: the command that gives the same answers.
  const again = options.yes ? '' : `  hint: Your answers, to run again: ${answersCommand(answers)}\n`;
  if (errors.length) {
    for (const issue of errors) io.stderr.write(`${explainIssue(issue)}\n`);
    io.stderr.write(`presence: nothing written.\n${again}`);
    return ExitCode.failure;
  }
  try {
    // Without --force, not even a file that appeared while the questions were asked is replaced.
    await io.writeFile(file, text, { replace: Boolean(options.force), root: io.projectRoot(io.cwd) });
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const reason = err.code === 'EEXIST' ? 'it exists already; not overwritten' : err.code === 'ENOTREG' || err.code === 'ELINKOUT' ? `${err.message}; presence replaces only regular files in the project` : err.message;
    io.stderr.write(`presence: cannot write ${FILE}: ${reason}\n${again}`);
    return ExitCode.failure;
  }
  io.stderr.write(`presence: wrote ${FILE}. Check your posts with \`presence check\`.\n`);
  return ExitCode.ok;
}

/** `presence init --yes` with the answers as flags, quoted for a POSIX shell. */
function answersCommand(answers: InitAnswers): string {
  const keys: (keyof InitAnswers)[] = [...(Object.keys(SLOTS) as (keyof typeof SLOTS)[]), 'professionalAudience', 'personalAudience', ...(Object.keys(BRAND_LISTS) as (keyof typeof BRAND_LISTS)[])];
  const quote = (value: string): string => (/^[\w@#.,:/+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);
  return ['presence init --yes', ...keys.filter((k) => answers[k]).map((k) => `${flagOf(k)} ${quote(answers[k]!)}`)].join(' ');
}

/**
 * The prompts init asks with: those of @clack/prompts in a terminal, a
 * script of answers in a test. `text` asks again, showing the message
 * `validate` returns, until an answer passes it (or the person cancels).
 */
export interface Prompts {
  intro(title: string): void;
  outro(message: string): void;
  text(options: { message: string; placeholder?: string; initialValue?: string; validate?: (value: string | undefined) => string | undefined }): Promise<string | symbol>;
  select(options: { message: string; initialValue: Audience; options: { value: Audience; label: string }[] }): Promise<Audience | symbol>;
  isCancel(value: unknown): value is symbol;
}

/**
 * Asks a person for what is not given yet, checking every answer as it is
 * given; undefined when they cancel. A flag's value that would not do is
 * asked for again, with the value to edit.
 */
export async function askAnswers(given: InitAnswers, prompts: Prompts): Promise<InitAnswers | undefined> {
  const { intro, outro, text, select, isCancel } = prompts;
  const answers: InitAnswers = { ...given };
  intro('presence init: write down what each presence is for');
  const blank = async (key: TextKey, message: string, placeholder: string): Promise<boolean> => {
    const givenValue = answers[key];
    const givenProblem = givenValue === undefined ? undefined : answerProblem(key, givenValue, answers);
    if (givenValue !== undefined && !givenProblem) return true;
    const value = await text({
      message: givenProblem ? `${message} (${flagOf(key)}: ${givenProblem})` : message,
      placeholder,
      ...(givenValue === undefined ? {} : { initialValue: givenValue }),
      validate: (v) => answerProblem(key, v ?? '', answers),
    });
    if (isCancel(value)) return false;
    answers[key] = key in SLOTS ? slotText(SLOTS[key as keyof typeof SLOTS][1], value) : value.trim();
    return true;
  };
  const audience = async (key: 'professionalAudience' | 'personalAudience', name: PresenceName): Promise<boolean> => {
    if (answers[key]) return true;
    const value = await select({
      message: `Who can see your ${name} presence?`,
      initialValue: DEFAULT_AUDIENCE[name],
      options: AUDIENCES.map((a) => ({ value: a, label: a })),
    });
    if (isCancel(value)) return false;
    answers[key] = value;
    return true;
  };
  const role = (key: 'professionalRole' | 'personalRole'): string => withArticle(slotText('role', answers[key] ?? ''));
  const steps: (() => Promise<boolean>)[] = [
    () => blank('professionalRole', 'Professional: I am a ___', 'veterinarian'),
    () => blank('professionalField', `Professional: I am ${role('professionalRole')} in ___`, 'animal rescue'),
    () => blank('professionalFor', `Professional: ... in ${answers.professionalField} for ___`, 'families ready to adopt'),
    () => audience('professionalAudience', 'professional'),
    () => blank('personalRole', 'Personal: I am a ___', 'dog lover'),
    () => blank('personalField', `Personal: I am ${role('personalRole')} in ___`, 'Portland'),
    () => blank('personalFor', `Personal: ... in ${answers.personalField} for ___`, 'my close friends and family'),
    () => audience('personalAudience', 'personal'),
    () => blank('brandNames', "Your business's names, comma-separated (optional)", 'Happy Paws Rescue'),
    () => blank('brandHandles', 'Its handles, comma-separated (optional)', '@happypaws'),
    () => blank('brandHashtags', 'Its hashtags, comma-separated (optional)', '#AdoptDontShop'),
    () => blank('brandDomains', 'Its domains, without https:// (optional)', 'happypaws.org'),
  ];
  for (const step of steps) if (!(await step())) return undefined;
  outro('Writing .presencerc.yaml');
  return answers;
}
