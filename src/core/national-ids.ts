/**
 * The check digits of national identity and tax numbers, as their issuers
 * define them. Each function takes the value's letters and digits only (no
 * spaces, dots or dashes), in capitals, and says whether the value is well
 * formed and its check digits or letter are right. Pure.
 */

const digitsOnly = (value: string, length: number): boolean => value.length === length && /^\d+$/.test(value);
const digitAt = (value: string, i: number): number => value.charCodeAt(i) - 48;

/** The check letters of the Spanish DNI and NIE, by the number mod 23 (Real Decreto 1553/2005). */
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** A Spanish DNI: eight digits and the check letter of their value mod 23 ("12345678Z"). */
export function validDni(value: string): boolean {
  if (!/^\d{8}[A-Z]$/.test(value)) return false;
  return DNI_LETTERS[Number(value.slice(0, 8)) % 23] === value[8];
}

/** A Spanish NIE: X, Y or Z (read as 0, 1, 2), seven digits and the DNI's check letter ("X1234567L"). */
export function validNie(value: string): boolean {
  if (!/^[XYZ]\d{7}[A-Z]$/.test(value)) return false;
  const number = Number(`${'XYZ'.indexOf(value[0]!)}${value.slice(1, 8)}`);
  return DNI_LETTERS[number % 23] === value[8];
}

/**
 * A French NIR (numéro de sécurité sociale): sex (1 or 2; 3, 4, 7, 8 for
 * temporary numbers), year, month (01-12, or 20-42 and 50-99 when it is
 * unknown), department (two digits, 2A or 2B for Corsica), commune, order
 * and the key 97 - (the first 13 as a number) mod 97, where 2A counts as 19
 * and 2B as 18.
 */
export function validNir(value: string): boolean {
  if (!/^[123478]\d{4}(?:\d\d|2[AB])\d{8}$/.test(value)) return false;
  const month = Number(value.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  const department = value.slice(5, 7);
  if (department === '00') return false;
  const body = Number(value.slice(0, 13).replace('2A', '19').replace('2B', '18'));
  return 97 - (body % 97) === Number(value.slice(13));
}

/**
 * A German Steuer-ID (steuerliche Identifikationsnummer): eleven digits, the
 * first not 0; of the first ten, exactly one digit occurs twice or three
 * times (three times never in a row) and all others at most once; the last
 * is the ISO 7064 MOD 11,10 check digit of the first ten.
 */
export function validSteuerId(value: string): boolean {
  if (!digitsOnly(value, 11) || value[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digitAt(value, i)]!++;
  const repeated = counts.filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(value.slice(0, 10))) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digitAt(value, i) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === digitAt(value, 10);
}

/** A Portuguese NIF (número de identificação fiscal): nine digits, the last a mod-11 check of the first eight (weights 9 to 2). */
export function validNif(value: string): boolean {
  if (!digitsOnly(value, 9)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digitAt(value, i) * (9 - i);
  const rest = sum % 11;
  return (rest < 2 ? 0 : 11 - rest) === digitAt(value, 8);
}

/**
 * Whether a valid Portuguese NIF is a person's: 1, 2 and 3 are residents, 45
 * non-residents; 5 (companies), 6 (public bodies), 7, 8 and 9 (estates,
 * funds, condominiums, non-resident bodies) are not.
 */
export function personalNif(value: string): boolean {
  return /^[123]/.test(value) || value.startsWith('45');
}

/**
 * A Portuguese Cartão de Cidadão document number: the eight digits of the
 * civil identification number, its check digit, two letters of the version
 * and a last check digit ("00000000 0 ZZ4"); letters count A = 10 to Z = 35,
 * every second value from the right is doubled (less 9 above 9), and the sum
 * is a multiple of 10.
 */
export function validCitizenCard(value: string): boolean {
  if (!/^\d{9}[A-Z0-9]{2}\d$/.test(value)) return false;
  let sum = 0;
  for (let i = value.length - 1, second = false; i >= 0; i--, second = !second) {
    let v = Number.parseInt(value[i]!, 36);
    if (second) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** A mod-11 check digit of Brazil's registries: 11 - the weighted sum mod 11, 0 when that is 10 or 11. */
function brazilCheck(value: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((w, i) => (sum += digitAt(value, i) * w));
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** A Brazilian CPF (Cadastro de Pessoas Físicas): eleven digits, not all the same, the last two mod-11 checks. */
export function validCpf(value: string): boolean {
  if (!digitsOnly(value, 11) || /^(\d)\1+$/.test(value)) return false;
  const first = brazilCheck(value, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = brazilCheck(value, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return first === digitAt(value, 9) && second === digitAt(value, 10);
}

/** A Brazilian CNPJ (a company's registry number): fourteen digits, not all the same, the last two mod-11 checks. */
export function validCnpj(value: string): boolean {
  if (!digitsOnly(value, 14) || /^(\d)\1+$/.test(value)) return false;
  const first = brazilCheck(value, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = brazilCheck(value, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return first === digitAt(value, 12) && second === digitAt(value, 13);
}

/** A Swiss AHV/AVS number (AHV-Nr., since 2008): thirteen digits, 756 first, the last the EAN-13 check digit of the first twelve. */
export function validAhv(value: string): boolean {
  if (!digitsOnly(value, 13) || !value.startsWith('756')) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digitAt(value, i) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === digitAt(value, 12);
}

/**
 * An Austrian social insurance number (Sozialversicherungsnummer): a
 * three-digit serial (not starting with 0), a check digit, and the birth
 * date as DDMMYY (month 13-14 for an unknown one); the check is the sum of
 * the other nine digits weighted 3 7 9, 5 8 4 2 1 6, mod 11, never 10.
 */
export function validSvnr(value: string): boolean {
  if (!digitsOnly(value, 10) || value[0] === '0') return false;
  const day = Number(value.slice(4, 6));
  const month = Number(value.slice(6, 8));
  if (day < 1 || day > 31 || month < 1 || month > 14) return false;
  const weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += digitAt(value, i) * weights[i]!;
  const check = sum % 11;
  return check !== 10 && check === digitAt(value, 3);
}

/**
 * A Belgian national register number (numéro de registre national,
 * rijksregisternummer): the birth date as YYMMDD (month or day 00 when
 * unknown, month +20 or +40 for some), a serial of three and a check of two,
 * 97 - (the first nine as a number) mod 97; for a birth from 2000 on the
 * nine are read with a 2 before them.
 */
export function validBelgianNn(value: string): boolean {
  if (!digitsOnly(value, 11)) return false;
  const month = Number(value.slice(2, 4)) % 20;
  const day = Number(value.slice(4, 6));
  if (month > 12 || day > 31) return false;
  const body = Number(value.slice(0, 9));
  const check = Number(value.slice(9));
  return 97 - (body % 97) === check || 97 - ((2_000_000_000 + body) % 97) === check;
}
