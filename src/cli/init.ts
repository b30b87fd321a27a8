import path from 'node:path';
import { stringify } from 'yaml';
import { compileValidator } from '../config/compile-validator.js';
import { explainIssue } from '../config/explain.js';
import { importModule } from '../core/import-module.js';
import { validateConfig } from '../config/validate.js';
import type { Audience, PresenceName, Rule } from '../core/types.js';
import { AUDIENCES } from '../core/types.js';
import { ExitCode } from './exit-codes.js';
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

/** Comma-separated text as a list, without blanks. */
function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `.presencerc.yaml` for the answers, with a comment on every key. */
export function initConfigText(a: Required<Pick<InitAnswers, 'professionalRole' | 'professionalField' | 'professionalFor' | 'personalRole' | 'personalField' | 'personalFor'>> & InitAnswers): string {
  const q = (value: unknown): string => stringify(value, { lineWidth: 0 }).trim();
  const article = (role: string): string => (/^[aeiou]/i.test(role) ? 'an' : 'a');
  const statement = (role: string, field: string, audience: string): string => `I am ${article(role)} ${role} in ${field} for ${audience}`;
  const brand = {
    names: list(a.brandNames),
    handles: list(a.brandHandles).map((h) => (h.startsWith('@') ? h : `@${h}`)),
    hashtags: list(a.brandHashtags).map((h) => (h.startsWith('#') ? h : `#${h}`)),
    domains: list(a.brandDomains),
  };
  const hasBrand = Object.values(brand).some((v) => v.length);
  return [
    '# yaml-language-server: $schema=./node_modules/presence-lint/schema/presencerc.schema.json',
    '# presence configuration, written by `presence init`. Every key is explained',
    '# in the README ("Configuration"); `presence print-config <file>` shows what',
    '# applies to a file.',
    '',
    '# What each presence is for. Every post is held against its statement.',
    'presences:',
    '  professional:',
    `    positioning: ${q(statement(a.professionalRole, a.professionalField, a.professionalFor))}`,
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
    `    positioning: ${q(statement(a.personalRole, a.personalField, a.personalFor))}`,
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
export async function init(io: Io, options: InitOptions, rules: readonly Rule[]): Promise<number> {
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
    const asked = await ask(answers);
    if (!asked) {
      io.stderr.write('presence: init cancelled; nothing written.\n');
      return ExitCode.failure;
    }
    answers = asked;
  }
  const required = ['professionalRole', 'professionalField', 'professionalFor', 'personalRole', 'personalField', 'personalFor'] as const;
  const missing = required.filter((k) => !answers[k]?.trim());
  if (missing.length) {
    const flags = missing.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    io.stderr.write(`presence: init --yes needs ${flags.join(', ')}\n  hint: Or run \`presence init\` in a terminal to be asked.\n`);
    return ExitCode.failure;
  }
  const text = initConfigText(answers as Parameters<typeof initConfigText>[0]);
  // What init writes must load: a blank that breaks the template is caught here, not on the next check.
  const validated = validateConfig(text, FILE, compileValidator(rules));
  const errors = validated.issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    for (const issue of errors) io.stderr.write(`${explainIssue(issue)}\n`);
    io.stderr.write('presence: nothing written.\n');
    return ExitCode.failure;
  }
  try {
    // Without --force, not even a file that appeared while the questions were asked is replaced.
    await io.writeFile(file, text, { replace: Boolean(options.force), root: io.projectRoot(io.cwd) });
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const reason = err.code === 'EEXIST' ? 'it exists already; not overwritten' : err.code === 'ENOTREG' || err.code === 'ELINKOUT' ? `${err.message}; presence replaces only regular files in the project` : err.message;
    io.stderr.write(`presence: cannot write ${FILE}: ${reason}\n`);
    return ExitCode.failure;
  }
  io.stderr.write(`presence: wrote ${FILE}. Check your posts with \`presence check\`.\n`);
  return ExitCode.ok;
}

/** Asks a person for what is not given yet; undefined when they cancel. */
async function ask(given: InitAnswers): Promise<InitAnswers | undefined> {
  const { intro, outro, text, select, isCancel } = await importModule<typeof import('@clack/prompts')>('@clack/prompts');
  const answers: InitAnswers = { ...given };
  intro('presence init: write down what each presence is for');
  const blank = async (key: keyof InitAnswers, message: string, placeholder: string, optional = false): Promise<boolean> => {
    if (answers[key]) return true;
    const value = await text({
      message,
      placeholder,
      validate: optional ? undefined : (v) => (v?.trim() ? undefined : 'Please fill in this blank.'),
    });
    if (isCancel(value)) return false;
    (answers as Record<string, string>)[key] = value.trim();
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
    answers[key] = value as Audience;
    return true;
  };
  const steps: (() => Promise<boolean>)[] = [
    () => blank('professionalRole', 'Professional: I am a ___', 'veterinarian'),
    () => blank('professionalField', `Professional: I am a ${answers.professionalRole} in ___`, 'animal rescue'),
    () => blank('professionalFor', `Professional: ... in ${answers.professionalField} for ___`, 'families ready to adopt'),
    () => audience('professionalAudience', 'professional'),
    () => blank('personalRole', 'Personal: I am a ___', 'dog lover'),
    () => blank('personalField', `Personal: I am a ${answers.personalRole} in ___`, 'Portland'),
    () => blank('personalFor', `Personal: ... in ${answers.personalField} for ___`, 'my close friends and family'),
    () => audience('personalAudience', 'personal'),
    () => blank('brandNames', "Your business's names, comma-separated (optional)", 'Happy Paws Rescue', true),
    () => blank('brandHandles', 'Its handles (optional)', '@happypaws', true),
    () => blank('brandHashtags', 'Its hashtags (optional)', '#AdoptDontShop', true),
    () => blank('brandDomains', 'Its domains (optional)', 'happypaws.org', true),
  ];
  for (const step of steps) if (!(await step())) return undefined;
  outro('Writing .presencerc.yaml');
  return answers;
}
