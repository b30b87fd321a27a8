/**
 * Scheduled dates as people and scheduling tools write them, shared by the
 * readers (front matter, `.tweet`, JSONL, CSV).
 *
 * A time without a zone is read as UTC, not as the local time of the machine
 * that runs presence: the same file must mean the same instant on a laptop
 * and on a CI runner. Write a zone (`Z`, `+02:00`) to say otherwise.
 */

/** ISO 8601 extended form: a date, optionally a time (`T` or a space) and then a zone. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** US order, as bulk-schedule CSVs write it: `MM/DD/YYYY`, optionally `HH:mm[:ss]` and AM/PM. */
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;

/** The forms accepted, for hints. */
export const DATE_FORMS = '2026-05-01T09:30:00Z (ISO 8601), 2026-05-01 09:30, 05/01/2026 09:30, or a date alone';

/**
 * Reads a scheduled date: ISO 8601 (`2026-05-01`, `2026-05-01T09:30`,
 * `2026-05-01T09:30:00.000+02:00`), `YYYY-MM-DD HH:mm`, `MM/DD/YYYY HH:mm`
 * (also with seconds or AM/PM) and `MM/DD/YYYY`. A date or time without a
 * zone is UTC. Returns undefined for anything else, including dates that do
 * not exist (`2026-02-30`, `25:00`).
 */
export function parseScheduleDate(value: string): Date | undefined {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    return build(+y!, +mo!, +d!, num(h), num(mi), num(s), fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0, zoneMinutes(zone));
  }
  const us = US.exec(text);
  if (us) {
    const [, mo, d, y, h, mi, s, meridiem] = us;
    let hour = num(h);
    if (meridiem) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    }
    return build(+y!, +mo!, +d!, hour, num(mi), num(s), 0, 0);
  }
  return undefined;
}

function num(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits);
}

/** Minutes east of UTC, or NaN for an offset that cannot be. */
function zoneMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = zone.length > 3 ? Number(zone.slice(-2)) : 0;
  if (hours > 23 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes);
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number): Date | undefined {
  if (Number.isNaN(offset) || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour, minute, second, ms);
  return new Date(date.getTime() - offset * 60_000);
}
