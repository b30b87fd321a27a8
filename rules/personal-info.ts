import { append } from '../src/core/arrays.js';
import { findPhoneNumbersInText, getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { countrySpecs, isValidIBAN } from 'ibantools';
import LinkifyIt from 'linkify-it';
import { analyze, coverage, hostMatches } from '../src/core/post.js';
import { lazyPattern, lazyRegExp, native, nativeRegExp } from '../src/core/native-regexp.js';
import { phraseSource, sentenceAround } from '../src/core/phrases.js';
import { personalNif, validAhv, validBelgianNn, validCitizenCard, validCnpj, validCpf, validDni, validNie, validNif, validNir, validSteuerId, validSvnr } from '../src/core/national-ids.js';
import { read } from '../src/core/reading/index.js';
import { REGIONS, regionName } from '../src/core/regions.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import type { Config, Finding, Post, Presence, RuleOptions, Span } from '../src/core/types.js';
import {
  ANIMALS,
  BIRTH_EVENT_CUES,
  BIRTH_FORM_CUES,
  BIRTHDAY_CUES,
  BUSINESS_PHONE_CUES,
  BUSINESS_PHONE_PREFIXES,
  BUSINESS_PHONE_TYPES,
  CARD_ISSUERS,
  COUNT_WORDS,
  DIRECTIONS,
  EXAMPLE_NATIONAL_IDS,
  FALLBACK_PHONE_COUNTRIES,
  FIRST_PERSON,
  INVALID_SSNS,
  LITTLE_WORDS,
  LOWER_CASE_STREET_TYPES,
  NATIONAL_IDS,
  NOT_STREETS,
  OWN_ADDRESS_CUES,
  HOME_NEAR_CUES,
  OWN_PHONE_CUES,
  PERSONAL_INFO_KINDS,
  PHONE_VERB_CUES,
  PREFIX_STREET_PARTICLES,
  PREFIX_STREET_TYPES,
  PUBLIC_ADDRESS_CUES,
  PUBLIC_ADDRESSES,
  PUBLIC_AFTER_CUES,
  RECENT_BIRTHDAY_YEAR,
  REFERENCE_WORDS,
  ROLE_EMAIL_LOCAL_PARTS,
  ROLE_EMAIL_LOCAL_PART_WORDS,
  SSN_CUES,
  STREET_TYPES,
  SUFFIX_STREET_TYPES,
  TEST_CARD_CONTEXT,
  TEST_CARD_NUMBERS,
  TIME_WORDS,
  TITLE_LIKE_STREET_TYPES,
  UK_POSTCODE,
  UNITS,
  VENUE_WORDS,
  HISTORY_BEFORE_YEAR,
  type PersonalInfoKind,
  type PersonalInfoWords,
} from './data/personal-info.js';
import { PERSONAL_INFO_ES } from './data/personal-info-es.js';
import { PERSONAL_INFO_PT } from './data/personal-info-pt.js';
import { PERSONAL_INFO_FR } from './data/personal-info-fr.js';
import { PERSONAL_INFO_DE } from './data/personal-info-de.js';

/** Options of `personal-info`. */
export interface PersonalInfoOptions extends RuleOptions {
  kinds: string[];
  defaultCountry: string;
  allowWords: string[];
}

/** One identifier found in a text, before allow lists. */
interface Candidate extends Span {
  kind: PersonalInfoKind;
  masked: string;
  /** Normalised forms of the value that an allowWords entry may equal. */
  keys: string[];
  /**
   * Found but not reported (a role or business e-mail, a toll-free number):
   * it still keeps its span from the kinds looked for after it, so that the
   * digits of "5035550100@example.com" are never a phone number.
   */
  quiet?: boolean;
  /** How sure the value is a person's (0..1), before whose-value cues; and the cues behind it. */
  confidence: number;
  cues: string[];
  /** A phone number read only because a personal cue came right before it ("text me on 07700 900 318"). */
  cueLed?: boolean;
  /** A national number's kind (`nationalId`): which one, for the message and the data. */
  idKind?: { id: string; name: string };
  /** A national number read after an own-number cue in a post's language: the regions of that language it is valid in. */
  regions?: string[];
}

/** What a rule run needs from its options, compiled once per options object. */
interface Compiled {
  kinds: ReadonlySet<PersonalInfoKind>;
  /** `defaultCountry`: the region of national phone numbers when neither the config nor the post's language names one. */
  country: CountryCode;
  /** Normalised allowWords entries (letters, digits and `@`, lower case), and phone numbers in digits. */
  allowed: ReadonlySet<string>;
  /** The allowWords entries as phrases: a finding they overlap is not reported. */
  allowPhrase: RegExp | undefined;
}

const MASK = '•';
const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** Letters, digits and `@`, lower case: "503-555-0100" and "(503) 555 0100" compare equal. */
function normalise(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}@]/gu, '');
}

const digitsOf = (value: string): string => value.replace(/\D/g, '');

/** The country codes libphonenumber-js knows, for the option's enum. */
const COUNTRIES = getCountries();

/**
 * The region whose national phone numbers a text is read in: the
 * presence's `region`, else the config's, else the region the post's `lang`
 * tag names (`pt-BR`) for a text in the post's language, else the region
 * its language has in the config's `languages` (`pt-BR`), else the option's
 * `defaultCountry`. A bare language names no region: Spanish is written in
 * Spain and in most of the Americas, French in France, Belgium, Switzerland,
 * Canada and Africa, German in Germany, Austria and Switzerland, Portuguese
 * in Brazil and Portugal, English everywhere.
 */
export function regionOf(
  lang: string | undefined,
  post: Pick<Post, 'lang' | 'region'>,
  presence: Pick<Presence, 'region'>,
  config: Pick<Config, 'region' | 'languageRegions' | 'languages'>,
  fallback: CountryCode,
): CountryCode {
  return configuredRegion(lang, post, presence, config) ?? fallback;
}

/** The region {@link regionOf} finds before its fallback: undefined when nothing names one. */
export function configuredRegion(
  lang: string | undefined,
  post: Pick<Post, 'lang' | 'region'>,
  presence: Pick<Presence, 'region'>,
  config: Pick<Config, 'region' | 'languageRegions' | 'languages'>,
): CountryCode | undefined {
  const language = lang ?? post.lang ?? config.languages[0];
  const region =
    presence.region ??
    config.region ??
    (post.region && post.lang === language ? post.region : undefined) ??
    (language ? config.languageRegions?.[language] : undefined);
  return region && REGIONS.includes(region) ? (region as CountryCode) : undefined;
}

/** The words of the languages besides English whose addresses, dates of birth and own-number cues the rule reads. */
const LANGUAGE_WORDS: Readonly<Record<string, PersonalInfoWords>> = { es: PERSONAL_INFO_ES, pt: PERSONAL_INFO_PT, fr: PERSONAL_INFO_FR, de: PERSONAL_INFO_DE };

function compile(options: PersonalInfoOptions): Compiled {
  const kinds = new Set<PersonalInfoKind>();
  for (const kind of options.kinds ?? PERSONAL_INFO_KINDS) {
    if (!(PERSONAL_INFO_KINDS as readonly string[]).includes(kind)) {
      throw new Error(`unknown kind "${kind}" in option kinds (known: ${PERSONAL_INFO_KINDS.join(', ')})`);
    }
    kinds.add(kind as PersonalInfoKind);
  }
  const country = (options.defaultCountry || 'US').toUpperCase() as CountryCode;
  if (!COUNTRIES.includes(country)) throw new Error(`unknown country "${options.defaultCountry}" in option defaultCountry`);
  const allowed = new Set<string>();
  const words = (options.allowWords ?? []).filter((w) => w.trim());
  for (const word of words) {
    allowed.add(normalise(word));
    const digits = digitsOf(word);
    if (digits.length >= 7) allowed.add(digits);
    const phone = parsePhoneNumberFromString(word, country);
    if (phone) allowed.add(digitsOf(phone.number));
  }
  const allowPhrase = words.length
    ? new RegExp(`${WORD_BEFORE}(?:${words.map(phraseSource).join('|')})${WORD_AFTER}`, 'giu')
    : undefined;
  return { kinds, country, allowed, allowPhrase };
}

const compiledFor = perOptions(compile);

/**
 * `value` with every letter and digit masked but the last `keep` ones;
 * spaces, dashes and brackets stay, so the shape still shows.
 */
export function maskValue(value: string, keep: number, only: RegExp = /[\p{L}\p{N}]/u): string {
  const chars = [...value];
  let kept = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!only.test(chars[i]!)) continue;
    if (kept < keep) kept++;
    else chars[i] = MASK;
  }
  return chars.join('');
}

/** "jane.doe@example.com" -> "j•••@example.com": the domain says which address it is, the local part who. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, 1)}${MASK.repeat(3)}${address.slice(at)}`;
}

// E-mail addresses: linkify-it knows the top-level domains.
let linkify: LinkifyIt | undefined;
const ROLE_LOCAL_PARTS = new Set(ROLE_EMAIL_LOCAL_PARTS);
/** A local part made of a role word and more: "servicedesk", "it-support", "bookings.leeds". */
const ROLE_LOCAL_PART_WORDS = lazyPattern(() => new RegExp(`(?:${ROLE_EMAIL_LOCAL_PART_WORDS.join('|')})`, 'i'));

function emails(text: string, presence: Presence): Candidate[] {
  if (!text.includes('@')) return [];
  linkify ??= new LinkifyIt(undefined, { fuzzyEmail: true, fuzzyLink: false });
  const found: Candidate[] = [];
  for (const m of linkify.match(text) ?? []) {
    if (m.schema !== 'mailto:') continue;
    const start = m.raw.toLowerCase().startsWith('mailto:') ? m.index + 7 : m.index;
    const value = text.slice(start, m.lastIndex);
    // "@user@mastodon.social" is a handle.
    if (text[m.index - 1] === '@') continue;
    const at = value.lastIndexOf('@');
    const local = value.slice(0, at).toLowerCase();
    const domain = value.slice(at + 1).toLowerCase();
    // A role address, and a business's own address on its professional presence, are public on purpose.
    const quiet =
      ROLE_LOCAL_PARTS.has(local.replace(/\+.*$/, '')) ||
      ROLE_LOCAL_PART_WORDS().test(local) ||
      (presence.name === 'professional' && presence.brand.domains.some((d) => hostMatches(domain, d)));
    found.push({ kind: 'email', start, end: m.lastIndex, masked: maskEmail(value), keys: [normalise(value)], quiet, confidence: 0.85, cues: ['trigger:email'] });
  }
  return found;
}

// IBANs: a country code, two check digits and the country's length; ibantools checks the country's BBAN format and mod 97.
const IBAN_START = native(/(?<![\p{L}\p{N}_])[A-Z]{2}\d{2}/gu);

/**
 * True when an IBAN (letters and digits only) is valid as ibantools checks
 * it: a country of the IBAN registry (and the countries that use IBANs
 * outside it), that country's length and BBAN format, and the check digits
 * of ISO 7064 mod 97-10.
 */
export function ibanChecks(iban: string): boolean {
  return isValidIBAN(iban);
}

/** The length of a country's IBANs, or undefined when it has none. */
function ibanLength(country: string): number | undefined {
  return Object.hasOwn(countrySpecs, country) ? countrySpecs[country]!.chars : undefined;
}

function ibans(text: string): Candidate[] {
  if (!/[A-Z]{2}\d\d/.test(text)) return [];
  const found: Candidate[] = [];
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m; m = IBAN_START.exec(text)) {
    const length = ibanLength(m[0].slice(0, 2));
    if (!length) continue;
    // Letters and digits up to the country's length, single spaces allowed between them.
    let compact = m[0];
    let end = m.index + 4;
    while (compact.length < length) {
      let next = end;
      if (text[next] === ' ') next++;
      const c = text[next];
      if (c === undefined || !/[A-Z0-9]/.test(c)) break;
      compact += c;
      end = next + 1;
    }
    if (compact.length !== length || /[\p{L}\p{N}_]/u.test(text[end] ?? '') || !ibanChecks(compact)) continue;
    const value = text.slice(m.index, end);
    found.push({ kind: 'iban', start: m.index, end, masked: maskValue(value, 4), keys: [normalise(value)], confidence: 0.95, cues: ['trigger:iban', 'check:mod97'] });
    IBAN_START.lastIndex = end;
  }
  return found;
}

// Payment cards: 13 to 19 digits, in groups of 3 to 6 with one kind of separator, Luhn-checked, with a known issuer.
const CARD = native(/(?<![\p{L}\p{N}_.,/$€£¥+-]|\d[ -])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}_]|[.,/-]\d|[ -]\d)/gu);

/** True when a number passes the Luhn check. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function knownIssuer(digits: string): boolean {
  return CARD_ISSUERS.some((issuer) => {
    const prefix = digits.slice(0, issuer.from.length);
    return prefix >= issuer.from && prefix <= issuer.to && issuer.lengths.includes(digits.length);
  });
}

const TEST_CARDS = new Set(TEST_CARD_NUMBERS);
const TEST_CONTEXT = lazyPattern(() => new RegExp(`${WORD_BEFORE}${TEST_CARD_CONTEXT}${WORD_AFTER}`, 'iu'));

function cards(text: string): Candidate[] {
  const found: Candidate[] = [];
  CARD.lastIndex = 0;
  for (let m = CARD.exec(text); m; m = CARD.exec(text)) {
    const value = m[0];
    const separators = value.match(/[ -]/g);
    if (separators) {
      if (new Set(separators).size > 1) continue;
      const groups = value.split(separators[0]!);
      if (groups.slice(0, -1).some((g) => g.length < 3 || g.length > 6) || groups.at(-1)!.length > 6) continue;
    }
    const digits = digitsOf(value);
    if (/^(\d)\1+$/.test(digits) || !knownIssuer(digits) || !luhn(digits)) continue;
    // A published test number is a developer's checkout only in a post about testing; elsewhere it stands for a card.
    if (TEST_CARDS.has(digits) && TEST_CONTEXT().test(text)) continue;
    found.push({ kind: 'card', start: m.index, end: m.index + value.length, masked: maskValue(value, 4), keys: [digits], confidence: 0.95, cues: ['trigger:card', 'check:luhn'] });
  }
  return found;
}

// US social security numbers: AAA-GG-SSSS with dashes or spaces, or nine digits right after "SSN".
const SSN_FORMATTED = native(/(?<![\p{L}\p{N}_/.#$€£+-]|\d[ -])(\d{3})([- ])(\d{2})\2(\d{4})(?![\p{L}\p{N}_]|[-/.]\d|[ -]\d)/gu);
const SSN_BARE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${SSN_CUES.replace(/ /g, '\\s+')}(?:\\s*(?:is|was|[:#=-]|number|no\\.?))*\\s*(\\d{9})(?![\\p{L}\\p{N}_])`, 'giu'));
const SSN_CUE_BEFORE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${SSN_CUES.replace(/ /g, '\\s+')}[\\s:#=-]*$`, 'iu'));
const NOT_SSNS = new Set(INVALID_SSNS);

/** The checks real detectors make: area not 000, 666 or 900-999, group not 00, serial not 0000, no known example. */
export function validSsn(digits: string): boolean {
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  return !NOT_SSNS.has(digits) && !/^(\d)\1+$/.test(digits);
}

function ssns(text: string): Candidate[] {
  const found: Candidate[] = [];
  SSN_FORMATTED.lastIndex = 0;
  for (let m = SSN_FORMATTED.exec(text); m; m = SSN_FORMATTED.exec(text)) {
    const digits = digitsOf(m[0]);
    if (!validSsn(digits)) continue;
    // "212 10 2020" with spaces and a year at the end reads as a list or a date; it needs "SSN" before it.
    if (m[2] === ' ' && /^(?:19|20)\d\d$/.test(m[4]!) && !SSN_CUE_BEFORE().test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    found.push({ kind: 'ssn', start: m.index, end: m.index + m[0].length, masked: maskValue(m[0], 2), keys: [digits], confidence: 0.9, cues: ['trigger:ssn'] });
  }
  if (/ss|soc|s\.s/i.test(text)) {
    SSN_BARE().lastIndex = 0;
    for (let m = SSN_BARE().exec(text); m; m = SSN_BARE().exec(text)) {
      const digits = m[1]!;
      if (!validSsn(digits)) continue;
      const start = m.index + m[0].length - 9;
      found.push({ kind: 'ssn', start, end: start + 9, masked: maskValue(digits, 2), keys: [digits], confidence: 0.95, cues: ['trigger:ssn', 'cue:ssn label'] });
    }
  }
  return found;
}

// National identity and tax numbers of other countries: a shape, a cue word, and the check digits.
type NationalIdName = keyof typeof NATIONAL_IDS;

/**
 * One shape of a national number: its pattern (the value in group 0), the
 * check, and whether the shape alone makes it that number ("12.345.678-Z",
 * "123.456.789-09") or it needs a cue word ("DNI 12345678Z", "CPF
 * 12345678909"). `quiet`: read so that no other kind takes its digits, never
 * reported (a company's number).
 */
interface IdShape {
  kind: NationalIdName;
  pattern: () => RegExp;
  check: (compact: string) => boolean;
  alone: boolean;
  quiet?: (compact: string) => boolean;
}

const ID_BEFORE = String.raw`(?<![\p{L}\p{N}_/.,#$€£+-])`;
const ID_AFTER = String.raw`(?![\p{L}\p{N}_]|[.,/-]\d)`;
const idPattern = (source: string) => lazyPattern(() => new RegExp(`${ID_BEFORE}${source}${ID_AFTER}`, 'gu'));

/** The shapes, each tried on its own; the first one to claim a span keeps it. */
const ID_SHAPES: readonly IdShape[] = [
  // "12345678Z", "12345678-Z", "12.345.678-Z": a DNI; the letter in capitals unless a cue says DNI.
  { kind: 'dni', pattern: idPattern(String.raw`(?:\d{8}|\d{2}\.\d{3}\.\d{3})[ -]?[A-Za-z]`), check: validDni, alone: true },
  { kind: 'nie', pattern: idPattern(String.raw`[XYZxyz][ -]?(?:\d{7}|\d{2}\.\d{3}\.\d{2})[ -]?[A-Za-z]`), check: validNie, alone: true },
  // "1 85 05 78 006 084 91": the NIR as the carte Vitale prints it; fifteen bare characters need a cue.
  { kind: 'nir', pattern: idPattern(String.raw`[123478] \d\d \d\d (?:\d\d|2[ABab]) \d{3} \d{3} \d\d`), check: validNir, alone: true },
  { kind: 'nir', pattern: idPattern(String.raw`[123478]\d{4}(?:\d\d|2[ABab])\d{8}`), check: validNir, alone: false },
  // "756.1234.5678.97": the AHV number as the card prints it; thirteen bare digits need a cue.
  { kind: 'ahv', pattern: idPattern(String.raw`756\.\d{4}\.\d{4}\.\d{2}`), check: validAhv, alone: true },
  { kind: 'ahv', pattern: idPattern(String.raw`756 ?\d{4} ?\d{4} ?\d{2}`), check: validAhv, alone: false },
  // "85.07.30-033.28": the Belgian national number as the eID prints it; eleven bare digits need a cue.
  { kind: 'belgianNn', pattern: idPattern(String.raw`\d\d\.\d\d\.\d\d-\d{3}\.\d\d`), check: validBelgianNn, alone: true },
  { kind: 'belgianNn', pattern: idPattern(String.raw`\d{6} ?-? ?\d{3} ?-? ?\d\d`), check: validBelgianNn, alone: false },
  // "1232 150387": an Austrian SVNR, ten digits that are also many other numbers', only after its name.
  { kind: 'svnr', pattern: idPattern(String.raw`\d{4} ?\d{6}`), check: validSvnr, alone: false },
  // "12 345 678 901" or eleven digits: a Steuer-ID only after its name, since German phone numbers have eleven digits too.
  { kind: 'steuerId', pattern: idPattern(String.raw`\d{2} ?\d{3} ?\d{3} ?\d{3}`), check: validSteuerId, alone: false },
  // "12345678 9 ZZ1": the Cartão de Cidadão's document number.
  { kind: 'citizenCard', pattern: idPattern(String.raw`\d{8} ?\d ?[A-Za-z]{2}\d`), check: validCitizenCard, alone: true },
  // "123 456 789" or nine digits after NIF or contribuinte; a company's NIF (5, 6, 7, 8, 9...) is public.
  { kind: 'nif', pattern: idPattern(String.raw`\d{3} ?\d{3} ?\d{3}`), check: validNif, alone: false, quiet: (c) => !personalNif(c) },
  // "123.456.789-09", and eleven digits after "CPF".
  { kind: 'cpf', pattern: idPattern(String.raw`\d{3}\.\d{3}\.\d{3}-\d{2}`), check: validCpf, alone: true },
  { kind: 'cpf', pattern: idPattern(String.raw`\d{3} ?\d{3} ?\d{3} ?-? ?\d{2}`), check: validCpf, alone: false },
  // "11.222.333/0001-81": a company's registry number, public on every invoice: read, never reported.
  { kind: 'cnpj', pattern: idPattern(String.raw`\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}`), check: validCnpj, alone: true, quiet: () => true },
];

const ID_CUE_BEFORE = Object.fromEntries(
  Object.entries(NATIONAL_IDS).map(([k, v]) => [k, lazyPattern(() => new RegExp(`${WORD_BEFORE}${v.cues}${WORD_AFTER}[^\\d!?\\n]{0,100}$`, 'iu'))]),
) as Record<NationalIdName, () => RegExp>;
const ID_CUE_AFTER = Object.fromEntries(
  Object.entries(NATIONAL_IDS).map(([k, v]) => [k, lazyPattern(() => new RegExp(`^[^\\d!?\\n]{0,20}${WORD_BEFORE}${v.cues}${WORD_AFTER}`, 'iu'))]),
) as Record<NationalIdName, () => RegExp>;
const EXAMPLE_IDS = new Set(EXAMPLE_NATIONAL_IDS);
/** A cheap test first: a national number has at least seven digits in a row or in dotted groups. */
const MAYBE_ID = /\d{7}|\d{3}[ .]\d{3}[ .]\d{3}|\d \d\d \d\d |\d{4}[ .]\d{4}[ .]\d\d|\d\d\.\d\d\.\d\d-\d{3}|\d{4} \d{6}/;

/**
 * Spanish DNI and NIE, French NIR, German Steuer-ID, Portuguese NIF and
 * Cartão de Cidadão, Brazilian CPF (and CNPJ, which is a company's and
 * stays quiet): a value in its shape whose check digits are right, the
 * shapes that are also other numbers' only after a cue word ("DNI", "CPF",
 * "Steuer-ID", "numéro de sécu").
 */
function nationalIds(text: string): Candidate[] {
  if (!MAYBE_ID.test(text)) return [];
  const found: Candidate[] = [];
  // What a shape before took: constant time a match, whatever a hostile text holds.
  const taken = new Uint8Array(text.length);
  for (const shape of ID_SHAPES) {
    const pattern = shape.pattern();
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      const compact = m[0].replace(/[\s.\-/]/g, '').toUpperCase();
      if (!shape.check(compact) || EXAMPLE_IDS.has(compact)) continue;
      const cued =
        // The name may come a clause before, with no other number between: "Die Steuer-ID ... kann sie auswendig: 47 183 059 422".
        ID_CUE_BEFORE[shape.kind]().test(text.slice(Math.max(0, start - 130), start)) ||
        ID_CUE_AFTER[shape.kind]().test(text.slice(end, end + 40));
      // Without a cue, a Spanish number's letter is in capitals as on the card ("12345678z" is more often a code), and no reference word comes before it ("Pedido 47291638G").
      if (!cued && (!shape.alone || /[a-z]/.test(m[0]) || REFERENCE_BEFORE().test(text.slice(Math.max(0, start - 40), start)))) continue;
      const kind = NATIONAL_IDS[shape.kind];
      taken.fill(1, start, end);
      found.push({
        kind: 'nationalId',
        start,
        end,
        masked: maskValue(m[0], 2),
        keys: [compact.toLowerCase()],
        quiet: shape.quiet?.(compact) ?? false,
        confidence: cued ? 0.95 : 0.85,
        cues: [`trigger:${kind.id}`, 'check:check digits', ...(cued ? [`cue:${kind.id} label`] : [])],
        idKind: { id: kind.id, name: kind.name },
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Phone numbers: libphonenumber-js finds and validates them; a cheap test first skips texts without seven digits close together.
const MAYBE_PHONE = /\d(?:[\s().\-/+]{0,3}\d){6}/;
const BUSINESS_TYPES = new Set(BUSINESS_PHONE_TYPES);
/** A reference word, and the short group some references start with (an e-ticket's airline code: "e-ticket 016 2345678901"). */
const REFERENCE_BEFORE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${REFERENCE_WORDS}(?:\\d{1,4}\\s+)?$`, 'iu'));
/** What parts the numbers of a list: "Orders 5035550123, 5035550199 and 5035550142". */
const REFERENCE_LIST = /^\s*(?:[,;&/#]|and|or)?\s*#?\s*$/i;

/**
 * A comma, semicolon or hash between runs of digits. libphonenumber-js reads
 * one as an extension label (",", ",,", ";" dial an extension, "#" may mark
 * one), so that "503-555-0123, 503-555-0199" is one number "503-555-0123, 503"
 * with the extension 503 and the second number is lost; in a post they part
 * two numbers or a number and a count ("call 503-555-0123, 24/7"). An
 * extension written with a word ("ext. 12", "x12") stays one.
 */
const LIST_SEPARATOR = /\d[ \u00A0\t]*[,;#][ \u00A0\t,;#:.\-]*(?=\d)/g;

/**
 * The text as libphonenumber-js is given it: list separators between digits
 * replaced by a line break, which it never reads as part of a number (same
 * length, so offsets stay the text's).
 */
function phoneSearchText(text: string): string {
  const parted = /[,;#]/.test(text) ? text.replace(LIST_SEPARATOR, (run) => run.replace(/[,;#]/g, '\n')) : text;
  // "0049 30 ...", "0034 612 ...": the international prefix of most of the world, read as a plus sign whatever the region's own.
  return parted.includes('00') ? parted.replace(INTERNATIONAL_ZEROS, ' +') : parted;
}

/** "00" before a country code at the start of a number (not inside one): same length as " +", so offsets stay. */
const INTERNATIONAL_ZEROS = /(?<![\p{L}\p{N}_+.,/-])00(?=[1-9]\d)/gu;

const OPENING_BRACKETS = '([\uFF08\uFF3B';
const CLOSING_BRACKET = /[)\]\uFF09\uFF3D]/;

/**
 * Where the number starts in a match of libphonenumber-js, which takes in the
 * brackets and punctuation before the first digit, empty brackets too
 * ("( ) 503-555-0123"): it starts at a plus sign or at an opening bracket that
 * closes after a digit ("(503) 555-0123"), else at its first digit.
 */
export function phoneStart(value: string): number {
  const firstDigit = value.search(/\p{Nd}/u);
  if (firstDigit <= 0) return 0;
  for (let i = 0; i < firstDigit; i++) {
    const c = value[i]!;
    if (c === '+' || c === '\uFF0B') return i;
    if (OPENING_BRACKETS.includes(c) && !CLOSING_BRACKET.test(value.slice(i + 1, firstDigit))) return i;
  }
  return firstDigit;
}

/** Whether a national number is in one of its country's business-only ranges (toll-free, shared-cost, premium). */
function businessRange(country: string | undefined, nationalNumber: string): boolean {
  return country !== undefined && Object.hasOwn(BUSINESS_PHONE_PREFIXES, country) && BUSINESS_PHONE_PREFIXES[country]!.some((p) => nationalNumber.startsWith(p));
}

/**
 * libphonenumber-js's matches in `text` (as {@link phoneSearchText} gives it). Its parser throws and catches an
 * error for every candidate that is no number; without their stack traces a
 * hostile run of digits and spaces ("1 1 1 ...") takes half the time.
 */
function findPhones(text: string, country: CountryCode) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return findPhoneNumbersInText(text, { defaultCountry: country });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function phones(text: string, country: CountryCode, words?: CompiledWords): Candidate[] {
  if (!MAYBE_PHONE.test(text)) return [];
  const found: Candidate[] = [];
  // A national number after an own-number cue of the text's language is read as that language's regions' ("mi cel 55 1234 5678" is Mexican, not a US number).
  const inLanguage = words ? languagePhones(text, words, []) : [];
  let referenceEnd = -1;
  const searched = phoneSearchText(text);
  for (const m of findPhones(searched, country)) {
    if (inLanguage.some((k) => k.start < m.endsAt && m.startsAt < k.end)) continue;
    // "#5035550123", "Order 5035550123", "microchip ID: 985112003456789" are references, and so is the rest of a list after one.
    if (
      text[m.startsAt - 1] === '#' ||
      REFERENCE_BEFORE().test(text.slice(Math.max(0, m.startsAt - 40), m.startsAt)) ||
      (referenceEnd >= 0 && REFERENCE_LIST.test(text.slice(referenceEnd, m.startsAt)))
    ) {
      referenceEnd = m.endsAt;
      continue;
    }
    const type = m.number.getType();
    let start = m.startsAt + phoneStart(text.slice(m.startsAt, m.endsAt));
    // "0049 30 ...": the number starts at the zeros that were read as its plus sign.
    if (text.startsWith('00', start - 1) && text[start] === '0' && searched[start] === '+') start--;
    const business = (type !== undefined && BUSINESS_TYPES.has(type)) || businessRange(m.number.country, m.number.nationalNumber);
    const value = text.slice(start, m.endsAt);
    // The last four digits of the number itself show, never those of an extension.
    const ext = m.number.ext ? value.lastIndexOf(m.number.ext) : -1;
    const masked = ext > 0 ? maskValue(value.slice(0, ext), 4, /\d/) + maskValue(value.slice(ext), 0, /\d/) : maskValue(value, 4, /\d/);
    found.push({
      kind: 'phone',
      start,
      end: m.endsAt,
      masked,
      keys: [digitsOf(value), digitsOf(m.number.number), m.number.nationalNumber],
      quiet: business,
      confidence: 0.7,
      cues: ['trigger:phone'],
    });
  }
  append(found, inLanguage);
  if (/[A-Za-z]/.test(text)) append(found, cueLedPhones(text, country, found));
  return found;
}

const OWN_PHONE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${OWN_PHONE_CUES}${WORD_AFTER}`, 'giu'));
const PHONE_VERB_BEFORE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${PHONE_VERB_CUES}`, 'iu'));
/** "call Jen 0491 570 156", "text Sam on ...": a verb of calling and a first name right before the number (case matters). */
const CALL_NAME_BEFORE = /(?<![\p{L}\p{N}_])(?:[Cc]all|[Tt]ext|[Rr]ing|[Aa]sk\s+for)\s+\p{Lu}\p{Ll}+(?:\s+(?:on|at))?\s*[:\-–—]?\s*$/u;
/** A run that may be a phone number: an optional plus, then 7 to 15 digits in groups. */
const PHONE_RUN = /(?<![\p{L}\p{N}_+#$€£.,/-])\+?\(?\d(?:[ ().-]{0,2}\d){6,14}(?![\p{L}\p{N}_]|[.,/-]\d)/gu;
/** A new number announced: "new number", "new mob", "number changed". */
const NEW_NUMBER_CUE = /^(?:new\s|number\s)/iu;
/** What may stand between an announced new number and the number: one sentence end at most ("new number everyone!! 07700 ..."), no digits, at most 45 characters either side of it. */
const NEW_NUMBER_GAP = /^[^\d!?\n.]{0,45}[.!]{0,3}[^\d!?\n.]{0,45}$/u;
/** What may stand between a personal phone cue and the number: no digits, no sentence end, at most 40 characters. */
const CUE_GAP = /^(?:[^\d.!?\n]{0,40}|[\s!.:]{1,4})$/;

/** Whether a run of digits has the shape of a phone number when the default country does not read it as one. */
function phoneShaped(value: string, country: CountryCode): boolean {
  const digits = digitsOf(value);
  if (value.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  if (digits.startsWith('0')) return digits.length >= 9 && digits.length <= 11;
  if (digits.length === 7) return /^\d{3}[-. ]\d{4}$/.test(value);
  if (digits.length === 10) return true;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return [country, ...FALLBACK_PHONE_COUNTRIES].some((c) => parsePhoneNumberFromString(value, c as CountryCode)?.isValid() === true);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Numbers right after a personal phone cue ("text me on 07700 900 318", "my
 * new number is +44 7700 900123", "call Jen 0491 570 156") that
 * libphonenumber-js does not read under the default country: another
 * country's number, or a number of a range kept for fiction.
 */
function cueLedPhones(text: string, country: CountryCode, known: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  PHONE_RUN.lastIndex = 0;
  for (let m = PHONE_RUN.exec(text); m; m = PHONE_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    let cue: string | undefined;
    OWN_PHONE().lastIndex = 0;
    for (let c = OWN_PHONE().exec(before); c; c = OWN_PHONE().exec(before)) {
      const gap = before.slice(c.index + c[0].length);
      // "new number, old phone got nicked. 07700 900417": an announced new number may follow one short sentence later.
      if (CUE_GAP.test(gap) || (NEW_NUMBER_CUE.test(c[0]) && NEW_NUMBER_GAP.test(gap))) {
        cue = c[0];
        break;
      }
      // "My number changed!!": a later cue may start inside this one.
      OWN_PHONE().lastIndex = c.index + 1;
    }
    cue ??= CALL_NAME_BEFORE.exec(before)?.[0] ?? PHONE_VERB_BEFORE().exec(before)?.[0];
    if (!cue || !phoneShaped(m[0], country)) continue;
    const value = m[0];
    found.push({
      kind: 'phone',
      start,
      end,
      masked: maskValue(value, 4, /\d/),
      keys: [digitsOf(value)],
      confidence: 0.7,
      cues: ['trigger:phone after a cue'],
      cueLed: true,
    });
  }
  return found;
}

// Dates of birth: a birth word, then a full date (month, day and year) in the same sentence.
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d\d`;
const DATE = String.raw`(?:${MONTH}\s+${DAY},?\s+${YEAR}|${DAY}(?:\s+of)?\s+${MONTH},?\s+${YEAR}|\d{1,2}(?<sep>[/.-])\d{1,2}\k<sep>(?:\d{4}|\d{2})|${YEAR}-\d{2}-\d{2})`;
const FILLER = String.raw`(?:is|was|will be|on|the|of|in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},?)`;
const BIRTH_DATE_SOURCE =
  `${WORD_BEFORE}(?<cue>${BIRTH_FORM_CUES}|${BIRTH_EVENT_CUES})(?:['’]s)?(?:\\s*[:=#–—-]\\s*|\\s+)(?:${FILLER}\\s+){0,3}(?<date>${DATE})(?![\\p{L}\\p{N}_]|[/.-]\\d)`;
/** Compiled the first time a text mentions a birth. */
let birthDate: RegExp | undefined;
const MAYBE_BIRTH = /born|birth|b-?['’]?day|d\.?o\.?b|arrived|leap/i;
const FIRST_PERSON_RE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${FIRST_PERSON}${WORD_AFTER}`, 'iu'));
const ANIMALS_RE = lazyPattern(() => new RegExp(`(?<![\\p{L}\\p{N}_])${ANIMALS}(?![\\p{L}\\p{N}_])`, 'iu'));
const FORM_CUE = lazyPattern(() => new RegExp(`^${BIRTH_FORM_CUES}$`, 'iu'));
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The year of a full date, or undefined when its month and day cannot be a date. */
export function yearOfDate(date: string): number | undefined {
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(date);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    const dayMonth = b >= 1 && b <= 12 && a >= 1 && a <= 31;
    if (!monthDay && !dayMonth) return undefined;
    const year = Number(numeric[3]);
    // Two-digit years: "90" is 1990, "05" is 2005.
    return numeric[3]!.length === 4 ? year : year > 30 ? 1900 + year : 2000 + year;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (iso) {
    const [month, day] = [Number(iso[2]), Number(iso[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? Number(iso[1]) : undefined;
  }
  const lower = date.toLowerCase();
  return MONTHS.some((m) => lower.includes(m)) ? Number(/\d{4}/.exec(date)![0]) : undefined;
}

const BORN_SAYING = /^\s+(?:to\s+\p{L}|this\s+way|ready|free|again|and\s+(?:raised|bred))/iu;
const OTHER_SUBJECT = /(?<![\p{L}])(?:he|she|they|he['’]s|she['’]s|they['’]re|his|her|their)(?![\p{L}])/iu;
/** Compiled the first time a text mentions a birth. */
let anyDate: RegExp | undefined;
let birthCue: RegExp | undefined;
/** Text between two sentences that are next to each other: one run of sentence ends. */
const ONE_BREAK = /^[^.!?\n]*[.!?\n]+[^.!?\n]*$/;
/** Text between sentences two apart, when short: "Aug 9th 1979. thats the day. thats my birthday", "'date of birth?' fine. 1994-07-23". */
const TWO_BREAKS = /^[^.!?\n]*[.!?\n]+[^.!?\n]*[.!?\n]+[^.!?\n]*$/;
/**
 * A birth said by its child's name at the head of the sentence: "Zara was born 04/05/2019", "Maya turns 6 today, born
 * 2 Dec 2020", "Our little Aanya arrived 04.09.2026". A child's date of birth is as personal as the author's.
 */
const NAMED_BIRTH = /^[\s\p{P}\p{S}]*(?:(?:our|my)\s+(?:(?:little|baby|beautiful|gorgeous|darling|precious)\s+)?)?(?<name>\p{Lu}\p{Ll}+)(?<surname>\s+\p{Lu}\p{Ll}+)?\s*,?\s+(?:was\s+born|born|arrived|turns\s+\d+|turned\s+\d+)/u;
/** The first year of a child's birth by name: older births by a name are grandparents or history. */
const NAMED_CHILD_SINCE = 1995;
/** Capitalised words that open a sentence and are no name. */
const NOT_NAMES = new Set(['the', 'this', 'that', 'today', 'she', 'he', 'they', 'it', 'baby', 'who', 'someone', 'everyone', 'nobody', 'mum', 'mom', 'dad', 'one', 'meet', 'jesus', 'christ', 'lincoln', 'shakespeare', 'mozart', 'einstein']);
/** A newborn's arrival: "arrived", with a birth weight or the baby in its sentence. */
const ARRIVAL = /(?<![\p{L}])arrived(?![\p{L}])/giu;
const NEWBORN = /\d+(?:[.,]\d+)?\s?(?:lbs?|kg|oz)(?![\p{L}])|(?<![\p{L}])(?:baby|newborn|little one)(?![\p{L}])/iu;

/**
 * A date of birth said another way than "born on <date>": the date first
 * ("17 May 1994, I was born", "12.12.1982 — my birthday"), far from its
 * cue ("my date of birth ... it's 11/09/1990"), the cue opening the sentence
 * with the subject left out ("Born 1 April 1987."), or the cue in the
 * sentence next to it ("It's my birthday!! March 3rd 1991").
 */
function looseBirthdates(text: string, scheduled: Date | undefined, known: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const cues: Span[] = [];
  const BIRTH_CUE = (birthCue ??= nativeRegExp(`${WORD_BEFORE}(?:${BIRTH_FORM_CUES}|${BIRTH_EVENT_CUES})(?:['’]s)?${WORD_AFTER}`, 'giu'));
  const ANY_DATE = (anyDate ??= nativeRegExp(`(?<![\\p{L}\\p{N}_/.-])(?<date>${DATE})(?![\\p{L}\\p{N}_]|[/.-]\\d)`, 'giu'));
  BIRTH_CUE.lastIndex = 0;
  for (let m = BIRTH_CUE.exec(text); m; m = BIRTH_CUE.exec(text)) cues.push({ start: m.index, end: m.index + m[0].length });
  ARRIVAL.lastIndex = 0;
  for (let m = ARRIVAL.exec(text); m; m = ARRIVAL.exec(text)) {
    const sentence = sentenceAround(text, { start: m.index, end: m.index + m[0].length });
    if (NEWBORN.test(text.slice(sentence.start, sentence.end))) cues.push({ start: m.index, end: m.index + m[0].length });
  }
  if (!cues.length) return found;
  ANY_DATE.lastIndex = 0;
  for (let m = ANY_DATE.exec(text); m; m = ANY_DATE.exec(text)) {
    const value = m.groups!.date!;
    const start = m.index;
    const end = start + value.length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    const year = yearOfDate(value);
    if (year === undefined) continue;
    const sentence = sentenceAround(text, { start, end });
    const around = text.slice(sentence.start, sentence.end);
    if (ANIMALS_RE().test(around)) continue;
    let best: { confidence: number; cue: string; span: Span } | undefined;
    for (const cue of cues) {
      const word = text.slice(cue.start, cue.end);
      // "born to run", "born and raised", "born this way": sayings, not a birth.
      if (/^born$/i.test(word) && BORN_SAYING.test(text.slice(cue.end, cue.end + 16))) continue;
      const between = cue.end <= start ? text.slice(cue.end, start) : text.slice(end, cue.start);
      const sameSentence = cue.start >= sentence.start && cue.end <= sentence.end;
      const near = between.length <= 60;
      // The cue in the sentence next to the date, close to it: "It's my birthday!! March 3rd 1991".
      if (!sameSentence && !(near && ONE_BREAK.test(between)) && !(between.length <= 40 && TWO_BREAKS.test(between))) continue;
      const cueSentence = sentenceAround(text, cue);
      const lead = text.slice(cueSentence.start, cue.start);
      const tail = cue.start > end ? text.slice(end, cue.end) : '';
      // "my grandad, born ...", "twins were born ...": the author, or their family as the reading layer finds it.
      const named = NAMED_BIRTH.exec(text.slice(cueSentence.start, cue.end));
      // A child, by a first name alone and a recent year; "Freddie Mercury was born 5 September 1946" is a life story.
      const namedChild = named !== null && named.groups!.surname === undefined && year >= NAMED_CHILD_SINCE && !NOT_NAMES.has(named.groups!.name!.toLowerCase()) && !ANIMALS_RE().test(text);
      const firstPerson = FIRST_PERSON_RE().test(lead) || FIRST_PERSON_RE().test(tail) || read(text).cues(cue.start, cue.end).about === 'family' || namedChild;
      // "Born 1 April 1987.": the cue opens its sentence, with the subject left out.
      // Someone else named right after the date is the subject: "Born March 3, 2019, he's our longest resident".
      const elided = /^[\s\p{P}\p{S}]*$/u.test(lead) && !OTHER_SUBJECT.test(text.slice(cueSentence.start, Math.min(cueSentence.end, Math.max(end, cue.end) + 15)));
      let confidence: number;
      if (FORM_CUE().test(word)) confidence = sameSentence ? 0.9 : 0.7;
      else if (firstPerson) confidence = sameSentence ? 0.85 : 0.65;
      else if (elided) confidence = sameSentence ? 0.75 : 0.55;
      else continue;
      // "my birthday is March 3, 2026" is this year's party, not a date of birth.
      const recent = scheduled ? scheduled.getUTCFullYear() - 1 : RECENT_BIRTHDAY_YEAR;
      if (BIRTHDAY_CUES.test(word) && year >= recent) continue;
      if (!best || confidence > best.confidence) best = { confidence, cue: word.toLowerCase(), span: cue };
    }
    if (!best) continue;
    // History ("in 1969 ...") is nobody's private date.
    const reading = read(text);
    const cueRead = reading.cues(best.span.start, best.span.end);
    if (cueRead.news) continue;
    found.push({
      kind: 'birthdate',
      start,
      end,
      masked: maskValue(value, 2),
      keys: [normalise(value)],
      confidence: best.confidence,
      cues: ['trigger:full date', `cue:${best.cue}`, ...cueRead.evidence.filter((e) => e.startsWith('about'))],
    });
  }
  return found;
}

function birthdates(text: string, scheduled: Date | undefined): Candidate[] {
  if (!MAYBE_BIRTH.test(text)) return [];
  const found: Candidate[] = [];
  const BIRTH_DATE = (birthDate ??= nativeRegExp(BIRTH_DATE_SOURCE, 'giu'));
  BIRTH_DATE.lastIndex = 0;
  for (let m = BIRTH_DATE.exec(text); m; m = BIRTH_DATE.exec(text)) {
    const cue = m.groups!.cue!;
    const value = m.groups!.date!;
    const start = m.index + m[0].length - value.length;
    const year = yearOfDate(value);
    if (year === undefined) continue;
    const sentence = sentenceAround(text, { start: m.index, end: start + value.length });
    const around = text.slice(sentence.start, sentence.end);
    if (ANIMALS_RE().test(around)) continue;
    // "I was born", "my son's birthday is": the poster or their family right before the word. "Meet Max! Born March 3, 2019, he's our..." is not.
    const lead = text.slice(Math.max(sentence.start, m.index - 40), m.index);
    if (!FORM_CUE().test(cue) && !FIRST_PERSON_RE().test(lead)) continue;
    // "my birthday is March 3, 2026" is this year's party, not a date of birth.
    const recent = scheduled ? scheduled.getUTCFullYear() - 1 : RECENT_BIRTHDAY_YEAR;
    if (BIRTHDAY_CUES.test(cue) && year >= recent) continue;
    found.push({
      kind: 'birthdate',
      start,
      end: start + value.length,
      masked: maskValue(value, 2),
      keys: [normalise(value)],
      confidence: FORM_CUE().test(cue) ? 0.95 : 0.85,
      cues: ['trigger:full date', `cue:${cue.toLowerCase()}`],
    });
  }
  append(found, looseBirthdates(text, scheduled, found));
  return found;
}

// Street addresses: a house number, a capitalised street name and a street type.
const caseForms = (words: readonly string[]) => words.flatMap((w) => [w, w.toUpperCase()]).sort((a, b) => b.length - a.length);
const STREET_TYPE = `(?:${caseForms(STREET_TYPES).join('|')})`;
/** A word of a street name: capitalised, not a little word of a title ("100 Days Of Code Drive"), or an ordinal ("6th"). */
const NAME_WORD = String.raw`(?:(?!${LITTLE_WORDS}(?![\p{L}\p{N}_]))\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th))`;
const ADDRESS = lazyRegExp(() =>
  String.raw`(?<![\p{L}\p{N}_$€£¥#.,:/+'’-])(?<number>(?:\d{1,4}\/)?\d{1,6}(?:[A-Za-f](?![\p{L}\p{N}]))?)\s+(?:${DIRECTIONS}\s+)?(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,2})\s+(?<type>${STREET_TYPE})(?![\p{L}\p{N}_])(?<tail>(?:\.?\s+${DIRECTIONS}(?![\p{L}\p{N}_]))?(?:,?\s+${UNITS}\s?[A-Za-z0-9-]{1,6}(?![\p{L}\p{N}_]))?)`,
  'gu',
);
const COUNT_BEFORE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${COUNT_WORDS}\\s+$`, 'iu'));
const TIME_BEFORE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${TIME_WORDS}\\s+$`, 'iu'));
const TITLE_TYPES = new Set(TITLE_LIKE_STREET_TYPES.flatMap((t) => [t, t.toUpperCase()]));
const AFTER_TITLE = lazyPattern(() => new RegExp(String.raw`^\.?[ \t]+(?!${UNITS}(?![\p{L}])|${DIRECTIONS}(?![\p{L}]))\p{Lu}\p{Ll}`, 'u'));
const LITTLE_WORD_AFTER = lazyPattern(() => new RegExp(`^[ \\t]+${LITTLE_WORDS}(?![\\p{L}\\p{N}_])`, 'u'));
const VENUE_RE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${VENUE_WORDS.replace(/ /g, '\\s+')}${WORD_AFTER}`, 'iu'));
const squeeze = (s: string) => s.toLowerCase().replace(/[\s.]+/g, ' ').trim();
const NOT_STREET_NAMES = NOT_STREETS.map(squeeze);
const PUBLIC = new Set(PUBLIC_ADDRESSES.map(squeeze));

/** Whether the sentence around an address names a business place or an event, or the text names the business. */
function atVenue(text: string, span: Span, presence: Presence): boolean {
  const bounds = sentenceAround(text, span);
  if (VENUE_RE().test(text.slice(bounds.start, bounds.end))) return true;
  const lower = text.toLowerCase();
  return presence.brand.names.some((name) => name.trim() && lower.includes(name.toLowerCase()));
}

function addresses(text: string, presence: Presence): Candidate[] {
  if (!/\d[A-Za-f]?\s/.test(text)) return otherAddresses(text, presence, []);
  const found: Candidate[] = [];
  const ADDRESS_RE = ADDRESS();
  ADDRESS_RE.lastIndex = 0;
  for (let m = ADDRESS_RE.exec(text); m; m = ADDRESS_RE.exec(text)) {
    const { name, type, tail } = m.groups as { name: string; type: string; tail: string };
    const end = m.index + m[0].length;
    const retry = () => (ADDRESS_RE.lastIndex = m!.index + 1);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    // "Top 5 Main Street shops"; "in 2016 Main Street voted".
    if (COUNT_BEFORE().test(before) || (/^(?:1[89]|20)\d\d$/.test(m.groups!.number!) && TIME_BEFORE().test(before))) {
      retry();
      continue;
    }
    // "3 Books By Dr. Seuss", "5 Days in St Louis": a title before a name. "My 30 Day Fitness Way Of Life": a headline.
    const after = text.slice(end, end + 30);
    if (!tail && ((TITLE_TYPES.has(type) && AFTER_TITLE().test(after)) || LITTLE_WORD_AFTER().test(after))) {
      retry();
      continue;
    }
    const street = squeeze(`${name} ${type}`);
    if (NOT_STREET_NAMES.some((s) => street === s || street.endsWith(` ${s}`))) continue;
    const value = m[0];
    const head = squeeze(value.slice(0, value.length - tail.length));
    if (PUBLIC.has(head)) continue;
    // A business's place or an event's venue is public on purpose on the professional presence.
    if (presence.name === 'professional' && atVenue(text, { start: m.index, end }, presence)) continue;
    found.push({ kind: 'address', start: m.index, end, masked: maskValue(value, 2), keys: [normalise(value), normalise(head)], confidence: 0.7, cues: ['trigger:street address'] });
  }
  append(found, otherAddresses(text, presence, found));
  return found;
}

const LOWER_TYPE = `(?:${LOWER_CASE_STREET_TYPES.join('|')})`;
/** "12 elm street", "number 4 oak road", "flat 3, 22 baker st": kept only after a cue that the address is someone's. */
const ADDRESS_ANY_CASE = lazyRegExp(() =>
  String.raw`(?<![\p{L}\p{N}_$€£¥#.,:/+'’-])(?:(?:number|no\.?|num)\s+)?(?<number>\d{1,5}[a-z]?)\s+(?<name>[\p{L}][\p{L}'’-]+(?:\s+[\p{L}][\p{L}'’-]+)?)\s+(?<type>${LOWER_TYPE})\.?(?![\p{L}\p{N}_])`,
  'giu',
);
/** "19 Rue des Martyrs", "12 Calle Mayor": the type before the name. */
const ADDRESS_PREFIX_TYPE = lazyRegExp(() =>
  String.raw`(?<![\p{L}\p{N}_$€£¥#.,:/+'’-])\d{1,4}(?:\s?(?:bis|ter))?,?\s+${PREFIX_STREET_TYPES}\s+(?:${PREFIX_STREET_PARTICLES}\s*)?\p{Lu}[\p{L}'’-]+(?:\s+(?:${PREFIX_STREET_PARTICLES}\s*)?\p{Lu}[\p{L}'’-]+)?`,
  'gu',
);
/** "Hauptstraße 5", "Prinsengracht 263": the type in the name, the number after. */
const ADDRESS_SUFFIX_TYPE = lazyRegExp(() =>
  String.raw`(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+${SUFFIX_STREET_TYPES}\s+\d{1,4}[a-z]?(?![\p{L}\p{N}_])`,
  'gu',
);
/**
 * A flat or house by its number in a named building, as South Asian addresses are written: "Flat 402, Sai Krupa
 * Apartments, 12th Cross, Indiranagar", "House No. 14, Green Park Enclave".
 */
const ADDRESS_BUILDING = lazyRegExp(() =>
  String.raw`(?<![\p{L}\p{N}_])(?:Flat|Apt|Apartment|House|Plot|Door|Villa)\.?\s*(?:No\.?\s*)?\d{1,4}[A-Z]?,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:Apartments|Apartment|Residency|Residences|Towers|Tower|Enclave|Heights|Villas|Complex|Society|Nagar|Colony|Layout|Mansion|Block|Gardens|Homes)(?:,\s*\d{1,2}(?:st|nd|rd|th)\s+(?:Cross|Main|Block|Stage|Phase|Sector)(?:\s+Road)?)?(?![\p{L}\p{N}_])`,
  'gu',
);
const MAYBE_BUILDING = /(?:Flat|Apt|Apartment|House|Plot|Door|Villa)\.?\s*(?:No\.?\s*)?\d/;
/** A number, a capitalised name and a UK postcode: "3 Oakfield Wynd, Leeds LS6 2QP", whatever the street type. */
const ADDRESS_POSTCODE = lazyRegExp(() =>
  String.raw`(?<![\p{L}\p{N}_$€£¥#.,:/+'’-])\d{1,4}[A-Z]?\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3},?\s+(?:\p{Lu}\p{L}+,?\s+){0,2}${UK_POSTCODE}(?![\p{L}\p{N}_])`,
  'gu',
);
const OWN_ADDRESS = lazyPattern(() => new RegExp(`${WORD_BEFORE}${OWN_ADDRESS_CUES}${WORD_AFTER}`, 'iu'));
const HOME_NEAR = lazyPattern(() => new RegExp(`${WORD_BEFORE}${HOME_NEAR_CUES}${WORD_AFTER}`, 'iu'));
const MAYBE_PREFIX_TYPE = lazyPattern(() => new RegExp(`\\d,?\\s+${PREFIX_STREET_TYPES}\\s`, 'u'));
const MAYBE_SUFFIX_TYPE = lazyPattern(() => new RegExp(`${SUFFIX_STREET_TYPES}\\s+\\d`, 'u'));
const MAYBE_POSTCODE = /[A-Z]\d[A-Z\d]?\s?\d[A-Z]{2}/;
/** "flat 3, 22 baker st": a unit before the house number. */
const UNIT_BEFORE = /(?<![\p{L}\p{N}_])(?:flat|apt|apartment|unit|suite)\.?\s*\d{1,4}[a-z]?,?\s*$/iu;
const PUBLIC_BEFORE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${PUBLIC_ADDRESS_CUES}${WORD_AFTER}`, 'iu'));
const PUBLIC_AFTER = lazyPattern(() => new RegExp(`${WORD_BEFORE}${PUBLIC_AFTER_CUES}${WORD_AFTER}`, 'iu'));
/** "Luigi's at 221 Baker Street", "The Empire State Building, 20 W 34th St": a named place right before (case matters). */
const NAMED_PLACE_BEFORE = /(?:\p{Lu}[\p{L}]*['’]s(?:\s+\p{Lu}[\p{L}'’]*)*|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Building|Centre|Center|Hall|Museum|Gallery|Library|Market|Tower|Theatre|Theater|Hotel|Church|Cathedral|Station|Stadium|Arena|Academy|Club|Park|Gardens|House|Arms|Inn|Tavern|Square|Plaza|Courthouse|Hospital|Airport|Mall|College|University|School))\s*(?:,|at|is\s+at|on)?\s*$/u;
/**
 * An outing to a named place right before an address: "Lunch at Dishoom, 12 Upper St Martin's Lane", "go to the Old
 * Biscuit Mill, 375 Albert Road", "Best dosa in Bangalore: Vidyarthi Bhavan, 32 ...", "Brunch at the Little Hen at 14 ...".
 */
const OUTING_BEFORE = new RegExp(
  String.raw`(?:(?:${['brunch', 'lunch', 'dinner', 'breakfast', 'supper', 'coffee', 'drinks', 'dessert', 'tapas', 'food', 'eat', 'ate', 'eating'].map(capitalOrNot).join('|')})\s+(?:at|@)\s+(?:the\s+)?|(?:${['go', 'went', 'going', 'head', 'heading', 'pop'].map(capitalOrNot).join('|')})\s+(?:down\s+)?to\s+the\s+|${capitalOrNot('best')}\s+\p{L}+(?:\s+\p{L}+)?\s+in\s+(?:\p{Lu}\p{L}*\s*){1,2}[:,–—-]\s*)(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}\p{Lu}[\p{L}'’&.-]*\s*(?:,|at|on)?\s*$`,
  'u',
);
/** A word's pattern with its first letter in either case. */
function capitalOrNot(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
}
/** What a business's number is for, right after it: "to book", "for appointments", "to report a stray". */
const BUSINESS_PURPOSE_AFTER = /^[\s,:)\-–—]*(?:to|for)\s+(?:book|order|reserve|register|donate|enquire|inquire|report|make\s+an?\s+(?:appointment|booking)|appointments?|bookings?|orders?|reservations?|enquiries|inquiries|opening\s+hours)(?![\p{L}])/iu;
const OWN_PHONE_ONE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${OWN_PHONE_CUES}${WORD_AFTER}`, 'iu'));
const BUSINESS_PHONE = lazyPattern(() => new RegExp(`${WORD_BEFORE}${BUSINESS_PHONE_CUES}${WORD_AFTER}`, 'iu'));
/** A business as the owner of the number cue after it: "our dentist's new number", "the vet's number". */
const BUSINESS_OWNER_BEFORE = /(?<![\p{L}])(?:dentist|doctor|doctors|gp|vet|vets|plumber|electrician|locksmith|salon|surgery|clinic|garage|takeaway|restaurant|school|nursery|council|pharmacy|chemist|office|shop|practice)['’]s?\s*$/iu;
/** "Mike's Plumbing, 01632 960 123", "Sweet Things Bakery, 555-0134": a business name right before (case matters). */
const BUSINESS_NAME_BEFORE = /(?:\p{Lu}[\p{L}]*['’]s\s+\p{Lu}\p{L}+|(?:\p{Lu}\p{L}+\s+){1,3}(?:Bakery|Plumbing|Plumbers|Electrical|Dental|Dentistry|Pharmacy|Pizza|Kitchen|Cafe|Café|Salon|Garage|Motors|Taxis?|Cabs|Removals|Cleaning|Services|Solutions|Ltd|Inc|LLC|Co))[\s,:\-–—]*$/u;

/**
 * Whose value an address or a phone number is, from the words around it in
 * its sentence: the author's ("my address is", "text me on"), a public
 * place's or a business's ("the museum at", "call us", "the council
 * helpline is"), or nobody says. Returns the confidence and the cues.
 */
function whose(text: string, c: Candidate, previousEnd: number, presence: Presence, words?: CompiledWords): { confidence: number; cues: string[] } {
  const sentence = sentenceAround(text, c);
  const before = text.slice(Math.max(sentence.start, previousEnd, c.start - 100), c.start);
  const after = text.slice(c.end, Math.min(sentence.end, c.end + 60));
  const cues = [...c.cues];
  const hit = (re: RegExp, where: string, name: string): boolean => {
    const m = re.exec(where);
    if (m) cues.push(`${name}:${m[0].trim().toLowerCase()}`);
    return m !== null;
  };
  if (c.kind === 'address' && words) {
    if (hit(words.ownAddress, before, 'whose:own') || hit(words.ownAddress, after, 'whose:own')) return { confidence: 0.9, cues };
    if (hit(words.publicAddress, before, 'whose:public') || hit(words.publicAddress, after, 'whose:public')) return { confidence: 0.3, cues };
    return { confidence: c.confidence, cues };
  }
  if (words && hit(words.ownPhoneOne, before, 'whose:own')) return { confidence: 0.9, cues };
  // "liga para o SOS Voz Amiga: 213 544 545", "Clínica Sorriso, 220 000 111": a helpline's or a business's, in the post's language.
  if (c.kind !== 'address' && words?.businessPhone && hit(words.businessPhone, before, 'whose:business')) return { confidence: 0.3, cues };
  if (c.kind === 'address') {
    // "the shop's new address: 42 Park Street": a business's or someone's own words of address, not the author's.
    const ownBefore = OWN_ADDRESS().exec(before);
    if (ownBefore && /(?<![\p{L}])(?!(?:my|our|mum|mom|dad|nan|gran|parents)['’])\p{L}+['’]s?\s*$/iu.test(before.slice(0, ownBefore.index)) && /^(?:new|forwarding|home|postal|delivery)\s/i.test(ownBefore[0].trim())) {
      cues.push(`whose:other:${before.slice(0, ownBefore.index).trim().toLowerCase()}`);
      return { confidence: 0.3, cues };
    }
    if (hit(OWN_ADDRESS(), before, 'whose:own') || hit(OWN_ADDRESS(), after, 'whose:own')) return { confidence: 0.9, cues };
    if (hit(PUBLIC_BEFORE(), before, 'whose:public') || hit(NAMED_PLACE_BEFORE, before, 'whose:public') || hit(OUTING_BEFORE, before, 'whose:public') || hit(PUBLIC_AFTER(), after, 'whose:public')) {
      return { confidence: 0.3, cues };
    }
    return { confidence: c.confidence, cues };
  }
  // "our dentist's new number is ...": the new number is the business's.
  const own = OWN_PHONE_ONE().exec(before);
  if (own && BUSINESS_OWNER_BEFORE.test(before.slice(0, own.index))) {
    cues.push(`whose:business:${own[0].trim().toLowerCase()}`);
    return { confidence: 0.3, cues };
  }
  if (hit(OWN_PHONE_ONE(), before, 'whose:own') || hit(CALL_NAME_BEFORE, before, 'whose:own')) return { confidence: 0.9, cues };
  if (hit(BUSINESS_PHONE(), before, 'whose:business') || hit(BUSINESS_NAME_BEFORE, before, 'whose:business') || hit(PUBLIC_BEFORE(), before, 'whose:business')) {
    return { confidence: 0.3, cues };
  }
  // The business's own name before a number, on either presence: "Happy Paws Rescue: 503-555-0100".
  const lowerBefore = before.toLowerCase();
  const brand = presence.brand.names.find((n) => n.trim() && lowerBefore.includes(n.toLowerCase()));
  if (brand) {
    cues.push(`whose:business:${brand.toLowerCase()}`);
    return { confidence: 0.3, cues };
  }
  // "Ring 503-555-0108 to book a spay appointment": what the number is for.
  if (hit(BUSINESS_PURPOSE_AFTER, after, 'whose:business')) return { confidence: 0.3, cues };
  // On the professional presence a number nobody says is personal is the business's line.
  if (presence.name === 'professional') {
    cues.push('whose:business:professional presence');
    return { confidence: 0.4, cues };
  }
  if (hit(PHONE_VERB_BEFORE(), before, 'cue')) return { confidence: 0.8, cues };
  return { confidence: c.confidence, cues };
}

/** Addresses in the other shapes: any case after a cue, prefixed and suffixed street types, UK postcodes. */
function otherAddresses(text: string, presence: Presence, known: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number, cue: string) => {
    if ([...known, ...found].some((k) => k.start < end && start < k.end)) return;
    const span = { start, end };
    // "10 downing street" in lower case is still the landmark.
    const head = squeeze(text.slice(start, end).replace(/^(?:number|no\.?|num)\s+/i, ''));
    if (PUBLIC.has(head) || NOT_STREET_NAMES.some((s) => head.endsWith(` ${s}`))) return;
    if (presence.name === 'professional' && atVenue(text, span, presence)) return;
    const value = text.slice(start, end);
    found.push({ kind: 'address', start, end, masked: maskValue(value, 2), keys: [normalise(value)], confidence: 0.7, cues: [`trigger:${cue}`] });
  };
  const lower = text.toLowerCase();
  if (LOWER_CASE_STREET_TYPES.some((t) => lower.includes(` ${t}`))) {
    const anyCase = ADDRESS_ANY_CASE();
    anyCase.lastIndex = 0;
    for (let m = anyCase.exec(text); m; m = anyCase.exec(text)) {
      const sentence = sentenceAround(text, { start: m.index, end: m.index + m[0].length });
      const before = text.slice(Math.max(sentence.start, m.index - 80), m.index);
      const name = m.groups!.name!.toLowerCase();
      if (LITTLE_WORD_RE().test(name) || NOT_STREET_NAMES.includes(squeeze(`${name} ${m.groups!.type}`))) {
        anyCase.lastIndex = m.index + 1;
        continue;
      }
      // Lower case is how people type; without a cue or "number" it is too often a phrase.
      // Or a home's word near it: before it in the post ("moved in!! 3318 ne alberta st"), or after it in its sentence.
      const near = HOME_NEAR().test(text.slice(Math.max(0, m.index - 120), m.index)) || HOME_NEAR().test(text.slice(m.index + m[0].length, sentence.end));
      if (near || OWN_ADDRESS().test(before) || UNIT_BEFORE.test(before) || /^(?:number|no|num)\b/i.test(m[0])) add(m.index, m.index + m[0].length, 'street address in any case');
    }
  }
  if (/\d/.test(text)) {
    for (const [re, cue, maybe] of [
      [ADDRESS_PREFIX_TYPE, 'street address, type first', MAYBE_PREFIX_TYPE()],
      [ADDRESS_SUFFIX_TYPE, 'street address, number after', MAYBE_SUFFIX_TYPE()],
      [ADDRESS_POSTCODE, 'street address with a postcode', MAYBE_POSTCODE],
      [ADDRESS_BUILDING, 'flat in a named building', MAYBE_BUILDING],
    ] as const) {
      // A cheap test first: most texts with digits hold none of these shapes.
      if (!maybe.test(text)) continue;
      const pattern = re();
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) add(m.index, m.index + m[0].length, cue);
    }
  }
  return found;
}
const LITTLE_WORD_RE = lazyPattern(() => new RegExp(`^${LITTLE_WORDS}(?:\\s|$)`, 'iu'));

/**
 * Whether a candidate lies in text that is never read: a link (tweet ids,
 * digits in paths), a mention, or a hashtag it starts in ("#Call5035550123";
 * an address may end in a unit like "#4B"). Each answer in constant or
 * logarithmic time: a hostile file holds thousands of candidates and links.
 */
function exclusions(segment: { text: string }): (c: Candidate) => boolean {
  const analysis = analyze(segment);
  const length = segment.text.length;
  let emailHolders: ((start: number, end: number) => boolean) | undefined;
  let linkOrMention: ((start: number, end: number) => boolean) | undefined;
  let hashtag: ((start: number, end: number) => boolean) | undefined;
  return (c) => {
    if (c.kind === 'email') {
      emailHolders ??= containment([...analysis.links, ...analysis.mentions]);
      return emailHolders(c.start, c.end);
    }
    linkOrMention ??= coverage(length, [...analysis.links, ...analysis.mentions]);
    hashtag ??= coverage(length, analysis.hashtags);
    return linkOrMention(c.start, c.end) || hashtag(c.start, c.start + 1);
  };
}

/** Whether one of some spans holds a whole range, by binary search over the spans ordered by start. */
function containment(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // furthest[i]: the furthest end of the spans up to i, which start at or before sorted[i].start.
  const furthest: number[] = [];
  for (const s of sorted) furthest.push(Math.max(s.end, furthest.at(-1) ?? 0));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && furthest[last]! >= end;
  };
}

// Other languages: street addresses, dates of birth and own-number cues in the words of a text's language (rules/data/personal-info-<lang>.ts).

/** A language's words, compiled once. */
interface CompiledWords {
  words: PersonalInfoWords;
  ownPhone: RegExp;
  ownPhoneOne: RegExp;
  businessPhone: RegExp | undefined;
  addresses: RegExp[];
  ownAddress: RegExp;
  publicAddress: RegExp;
  date: RegExp;
  birthForm: RegExp;
  birthOwn: RegExp;
  birthWord: RegExp;
  family: RegExp;
  animals: RegExp;
}

const compiledWords = new Map<string, CompiledWords>();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A capitalised word of a street or town name: "Mayor", "Peupliers", "Aubagne", "Santa". */
const NAME_PART = String.raw`\p{Lu}[\p{L}'’-]*`;
const LANGUAGE_DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const LANGUAGE_YEAR = String.raw`(?:1[5-9]|20)\d\d`;
/** What makes a number a measure, not a house number: "Calle Mayor 12 minutos", "Paseo Marítimo 5 km". */
const MEASURE_AFTER = /^\s*(?:km|kms|min|mins|minutos?|minutes?|minuten|horas?|heures?|stunden|h|m|metros?|mètres?|meter|%|€|euros?|personas|personnes|personen|pessoas|años|anos|ans|jahre|veces|vezes|fois|mal|uhr)(?![\p{L}\p{N}])/iu;

function wordsFor(lang: string | undefined): CompiledWords | undefined {
  if (!lang || !Object.hasOwn(LANGUAGE_WORDS, lang)) return undefined;
  let compiled = compiledWords.get(lang);
  if (compiled) return compiled;
  const w = LANGUAGE_WORDS[lang]!;
  const types = w.streetTypes.flatMap((t) => [t, capitalised(t), t.toUpperCase()]).sort((a, b) => b.length - a.length);
  const type = `(?<![\\p{L}\\p{N}_])(?:${[...new Set(types)].map(escapeRegExp).join('|')})`;
  const suffix = [...w.streetTypes].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const cue = (source: string, flags = 'iu') => new RegExp(`${WORD_BEFORE}(?:${source})${WORD_AFTER}`, flags);
  const month = `(?:${w.months.map((m) => `(?:${m})`).join('|')})`;
  const longDate = w.longDate.replace('{DAY}', LANGUAGE_DAY).replace('{MONTH}', month).replace('{YEAR}', LANGUAGE_YEAR);
  compiled = {
    words: w,
    ownPhone: cue(w.ownPhone, 'giu'),
    ownPhoneOne: cue(w.ownPhone),
    businessPhone: w.businessPhone ? cue(w.businessPhone) : undefined,
    addresses: w.addresses.map(
      (a) => new RegExp(`(?<![\\p{L}\\p{N}_$€£¥#.,:/+'’-])${a.replaceAll('{TYPE}', type).replaceAll('{SUFFIX}', suffix).replaceAll('{NAME}', NAME_PART)}`, 'gu'),
    ),
    ownAddress: cue(w.ownAddress),
    publicAddress: cue(w.publicAddress),
    date: new RegExp(
      `(?<![\\p{L}\\p{N}_/.-])(?<date>${longDate}|\\d{1,2}(?<sep>[/.-])\\d{1,2}\\k<sep>(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})(?![\\p{L}\\p{N}_]|[/.-]\\d)`,
      'giu',
    ),
    birthForm: new RegExp(`${WORD_BEFORE}(?:${w.birthForm})(?![\\p{L}\\p{N}_])[^\\d!?\\n]{0,25}$`, 'iu'),
    birthOwn: cue(w.birthOwn),
    birthWord: cue(`${w.birthForm}|${w.birthOther}`, 'giu'),
    family: cue(w.family),
    animals: cue(w.animals),
  };
  compiledWords.set(lang, compiled);
  return compiled;
}

/**
 * Whether a clause ends at `i`: a line break, "!" or "?", or a full stop
 * after a word of four letters or more ("Madrid. Traed"), never after a
 * number ("am 12. März") or an abbreviation ("Geb.", "Av.", "Esq.").
 */
function clauseEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?') return true;
  return c === '.' && /\s/.test(text[i + 1] ?? ' ') && /\p{L}{4}$/u.test(text.slice(Math.max(0, i - 4), i));
}

function clauseAround(text: string, span: Span): Span {
  let start = span.start;
  const low = Math.max(0, span.start - 120);
  while (start > low && !clauseEnd(text, start - 1)) start--;
  let end = span.end;
  const high = Math.min(text.length, span.end + 80);
  while (end < high && !clauseEnd(text, end)) end++;
  return { start, end };
}

/** The year of a date as the other languages write it (day first), or undefined when its day and month cannot be a date. */
function yearOfLanguageDate(value: string): number | undefined {
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (!numeric) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31 ? Number(iso[1]) : undefined;
    return Number(/\d{4}$/.exec(value)?.[0]);
  }
  const [day, month] = [Number(numeric[1]), Number(numeric[2])];
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const year = Number(numeric[3]);
  return numeric[3]!.length === 4 ? year : year > 30 ? 1900 + year : 2000 + year;
}

/**
 * Dates of birth in a text's language: a full date with a birth word in
 * its clause, the author's ("nací el 14 de marzo de 1991", "je suis née
 * le ..."), their family's ("mi hija nació el ...", "unser kleiner Paul ist
 * am ... geboren"), a form's ("Geburtsdatum 01.02.1990"), or with the
 * subject left out ("Geboren am 03.07.1990"). Someone else's (a famous
 * name's), a pet's, and a year before 1900 are not reported.
 */
function languageBirthdates(text: string, w: CompiledWords): Candidate[] {
  const BIRTH = w.birthWord;
  BIRTH.lastIndex = 0;
  if (!BIRTH.test(text)) return [];
  const found: Candidate[] = [];
  w.date.lastIndex = 0;
  for (let m = w.date.exec(text); m; m = w.date.exec(text)) {
    const value = m.groups!.date!;
    const start = m.index;
    const end = start + value.length;
    const year = yearOfLanguageDate(value);
    if (year === undefined || Number.isNaN(year)) continue;
    const clause = clauseAround(text, { start, end });
    const whole = text.slice(clause.start, clause.end);
    if (w.animals.test(whole)) continue;
    const before = text.slice(clause.start, start);
    let confidence: number | undefined;
    let cue: string | undefined;
    const form = w.birthForm.exec(before);
    if (form) {
      confidence = 0.95;
      cue = form[0].replace(/[^\p{L}\s.-]+$/u, '').trim();
    } else {
      // The birth word before the date in its clause, or right after it ("... am 17. März 2025 um 4:40 Uhr geboren").
      let word: { at: number; text: string } | undefined;
      BIRTH.lastIndex = 0;
      for (let b = BIRTH.exec(before); b; b = BIRTH.exec(before)) word = { at: clause.start + b.index, text: b[0] };
      if (!word) {
        const after = text.slice(end, Math.min(clause.end, end + 40));
        BIRTH.lastIndex = 0;
        const b = BIRTH.exec(after);
        if (b) word = { at: end + b.index, text: b[0] };
      }
      if (!word) continue;
      cue = word.text;
      const lead = text.slice(clause.start, Math.min(word.at, start));
      // "En 1992 nació mi hermano, el 3 de mayo": the family word may follow the birth word, before the date.
      const named = word.at < start ? text.slice(word.at + word.text.length, start) : '';
      if (w.birthOwn.test(whole)) confidence = 0.85;
      else if (w.family.test(lead) || w.family.test(named)) confidence = 0.85;
      // "Geboren am 03.07.1990", "nacida el 29 de febrero del 2000": the clause opens with the birth, its subject left out.
      else if (word.at < start && /^[\s\p{P}\p{S}]*$/u.test(text.slice(clause.start, word.at))) confidence = 0.75;
      else continue;
    }
    // History: nobody's private date any more.
    if (year < HISTORY_BEFORE_YEAR) continue;
    found.push({
      kind: 'birthdate',
      start,
      end,
      masked: maskValue(value, 2),
      keys: [normalise(value)],
      confidence,
      cues: ['trigger:full date', `cue:${cue.toLowerCase()}`],
    });
  }
  return found;
}

/** Street addresses in the shapes of a text's language ("Calle Mayor 12, 3º B, 28013 Madrid", "12 rue des Lilas, 75011 Paris", "Hauptstraße 5"). */
function languageAddresses(text: string, w: CompiledWords, presence: Presence): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of w.addresses) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (MEASURE_AFTER.test(text.slice(end, end + 12)) || found.some((f) => f.start < end && start < f.end)) continue;
      if (w.words.notStreets?.includes(/^[\p{L}-]+/u.exec(m[0])?.[0].toLowerCase() ?? '')) continue;
      const span = { start, end };
      // A business's place or an event's venue is public on purpose on the professional presence.
      if (presence.name === 'professional') {
        const sentence = sentenceAround(text, span);
        if (atVenue(text, span, presence) || w.publicAddress.test(text.slice(sentence.start, sentence.end))) continue;
      }
      const value = m[0];
      found.push({ kind: 'address', start, end, masked: maskValue(value, 2), keys: [normalise(value)], confidence: 0.7, cues: ['trigger:street address'] });
    }
  }
  return found;
}

/**
 * National numbers after an own-number cue of a text's language ("mi móvil
 * 612 345 678", "ruft an: 040 66969 203") when no region is set: tried in
 * the regions where the language is written, and kept with the regions
 * whose numbering plan it is valid in (outside their business-only ranges).
 * A bare number without such a cue is not guessed at.
 */
function languagePhones(text: string, w: CompiledWords, known: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  PHONE_RUN.lastIndex = 0;
  for (let m = PHONE_RUN.exec(text); m; m = PHONE_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = m[0];
    if (value.startsWith('+') || DATE_SHAPED.test(value) || known.some((k) => k.start < end && start < k.end)) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    if (REFERENCE_BEFORE().test(before)) continue;
    let cue: string | undefined;
    w.ownPhone.lastIndex = 0;
    for (let c = w.ownPhone.exec(before); c; c = w.ownPhone.exec(before)) {
      const gap = before.slice(c.index + c[0].length);
      // "mi número de pedido es 40558812": a reference word between the cue and the number.
      if (CUE_GAP.test(gap) && !REFERENCE_IN_GAP().test(gap)) {
        cue = c[0];
        break;
      }
      w.ownPhone.lastIndex = c.index + 1;
    }
    if (!cue) continue;
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let fits: { region: string; business: boolean }[];
    try {
      fits = w.words.regions.flatMap((region) => {
        const number = parsePhoneNumberFromString(value, region as CountryCode);
        return number?.isValid() === true ? [{ region, business: businessRange(region, number.nationalNumber) }] : [];
      });
    } finally {
      Error.stackTraceLimit = limit;
    }
    const regions = fits.filter((f) => !f.business).map((f) => f.region);
    // A business-only range in one of the regions (a Spanish 900 is also a valid-looking Chilean mobile) keeps it quiet.
    if (!regions.length || regions.length < fits.length) continue;
    found.push({
      kind: 'phone',
      start,
      end,
      masked: maskValue(value, 4, /\d/),
      keys: [digitsOf(value)],
      confidence: 0.7,
      cues: ['trigger:phone after a cue', ...regions.map((r) => `region:${r}`)],
      cueLed: true,
      regions,
    });
  }
  return found;
}
/** "Ruf mich an, Termin am 14.03.2026": a date is no phone number, whatever a numbering plan allows. */
const DATE_SHAPED = /^\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})$/;
const REFERENCE_IN_GAP = lazyPattern(() => new RegExp(`${WORD_BEFORE}${REFERENCE_WORDS}`, 'iu'));

/** "Spain or Mexico": the English names of some regions, for a message. */
function regionNames(regions: readonly string[]): string {
  const names = regions.map(regionName);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * Identifying details in a post and its alt texts and captions: phone
 * numbers, e-mail addresses, payment cards, social security numbers,
 * national identity and tax numbers, IBANs, street addresses and dates of
 * birth. Values are masked in messages and data.
 */
export default defineRule<PersonalInfoOptions>({
  id: 'personal-info',
  description:
    'Reports phone numbers, e-mail addresses, payment cards, social security and national ID numbers (ES, FR, DE, PT, BR), IBANs, street addresses and dates of birth in a post, masked.',
  messages: {
    phone: 'Personal info (phone): the phone number {value} lets anyone who reads the post call, text or look you up.',
    phoneRegion: 'Personal info (phone): the phone number {value} (a number of {regionNames}, written without its country code) lets anyone who reads the post call, text or look you up.',
    email: 'Personal info (email): the e-mail address {value} invites spam and phishing, and ties the post to your accounts.',
    card: 'Personal info (card): the payment card number {value} can be used for fraud; never post it.',
    ssn: 'Personal info (ssn): the social security number {value} is the key to identity theft; never post it.',
    nationalId: 'Personal info (national ID): the {idName} {value} is the key to identity theft and fraud; never post it.',
    iban: 'Personal info (iban): the bank account number (IBAN) {value} invites fraud and phishing.',
    address: 'Personal info (address): the street address {value} tells strangers where to find you.',
    birthdate: 'Personal info (birthdate): the full date of birth {value} helps identity thieves.',
  },
  options: {
    kinds: {
      type: 'string[]',
      default: [...PERSONAL_INFO_KINDS],
      description: 'Which kinds to report: phone, email, card, ssn, nationalId, iban, address, birthdate.',
    },
    defaultCountry: {
      type: 'string',
      default: 'US',
      enum: COUNTRIES,
      description:
        "Country (ISO 3166 code) of phone numbers written without a country code when neither the config's region (top-level or the presence's) nor the post's language names one.",
    },
    allowWords: {
      type: 'string[]',
      default: [],
      description: 'Values or phrases never reported, e.g. a business phone number or a support e-mail (phone numbers compare by their digits).',
    },
  },
  // Numbers, e-mail addresses, cards, national numbers and IBANs are read in any language; street addresses, dates of birth and own-number cues in these.
  languages: ['en', 'es', 'fr', 'de', 'pt'],
  elsewhere: 'numbers and e-mail addresses',
  defaultSeverity: severities({
    professional: { public: 'error', default: 'warning' },
    personal: { public: 'error', default: 'warning' },
  }),
  check({ post, presence, options, config }) {
    const { kinds, country, allowed, allowPhrase } = compiledFor(options);
    const findings: Finding[] = [];
    for (const segment of post.segments) {
      const text = segment.text;
      if (!/[\d@]/.test(text)) continue;
      const words = wordsFor(segment.lang);
      const candidates: Candidate[] = [];
      if (kinds.has('email')) append(candidates, emails(text, presence));
      if (/\d/.test(text)) {
        if (kinds.has('iban')) append(candidates, ibans(text));
        if (kinds.has('card')) append(candidates, cards(text));
        if (kinds.has('ssn')) append(candidates, ssns(text));
        if (kinds.has('nationalId')) append(candidates, nationalIds(text));
        if (kinds.has('phone')) {
          // With no region set, a national number in another language is read only after that language's own-number cue.
          const region = configuredRegion(segment.lang, post, presence, config);
          append(candidates, phones(text, region ?? country, region ? undefined : words));
        }
        // Unset: the config's one language, English unless configured otherwise.
        const english = (segment.lang ?? 'en') === 'en';
        if (english && kinds.has('birthdate')) append(candidates, birthdates(text, post.date));
        if (english && kinds.has('address')) append(candidates, addresses(text, presence));
        if (words && kinds.has('birthdate')) append(candidates, languageBirthdates(text, words));
        if (words && kinds.has('address')) append(candidates, languageAddresses(text, words, presence));
      }
      if (candidates.length === 0) continue;
      const allowedSpans: Span[] = [];
      if (allowPhrase) {
        allowPhrase.lastIndex = 0;
        for (let m = allowPhrase.exec(text); m; m = allowPhrase.exec(text)) {
          allowedSpans.push({ start: m.index, end: m.index + m[0].length });
          if (m[0].length === 0) allowPhrase.lastIndex++;
        }
      }
      // Kinds are looked for in order; the first one found keeps its span, reported or not.
      const claimed = new Uint8Array(text.length);
      const excluded = exclusions(segment);
      const inAllowed = coverage(text.length, allowedSpans);
      const kept: Candidate[] = [];
      for (const c of candidates) {
        if (claimed.subarray(c.start, c.end).includes(1)) continue;
        claimed.fill(1, c.start, c.end);
        if (c.quiet || excluded(c)) continue;
        if (c.keys.some((k) => allowed.has(k)) || inAllowed(c.start, c.end)) continue;
        kept.push(c);
      }
      kept.sort((a, b) => a.start - b.start);
      let previousEnd = 0;
      for (const c of kept) {
        const judged = c.kind === 'address' || c.kind === 'phone' ? whose(text, c, previousEnd, presence, words) : c;
        previousEnd = c.end;
        // The value itself is sensitive: reports show `masked` unless --no-mask.
        findings.push({
          confidence: judged.confidence,
          cues: judged.cues,
          messageId: c.regions ? 'phoneRegion' : c.kind,
          field: segment.field,
          span: { start: c.start, end: c.end },
          data: {
            kind: c.kind,
            masked: c.masked,
            value: segment.text.slice(c.start, c.end),
            ...(c.idKind ? { id: c.idKind.id, idName: c.idKind.name } : {}),
            ...(c.regions ? { regions: c.regions.join(', '), regionNames: regionNames(c.regions) } : {}),
          },
          sensitive: ['value'],
          masked: { value: c.masked },
        });
      }
    }
    return findings;
  },
});
