import type { CsvMapping } from '../core/types.js';

/** The columns presence reads from a row of a bulk-schedule CSV. */
export const CSV_FIELDS = ['message', 'date', 'time', 'link', 'presence', 'platforms', 'alt', 'ignore'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** The delimiters presence tries, in order, when the config does not name one. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

/** How to read the rows of one CSV file. */
export interface CsvLayout {
  /** Where the layout came from: recognised by itself, or mapped by the config's `csv` section. */
  kind: 'hootsuite' | 'header' | 'mapped';
  /** One character: `,` `;` `\t` or `|`. */
  delimiter: string;
  /** The 0-based cell index of each column read; `message` is always there. */
  columns: Partial<Record<CsvField, number>> & { message: number };
  /** Whether the first row names the columns (and is not a post). */
  header: boolean;
  /** The most cells a row may have; a longer row is malformed. Undefined: no limit. */
  width?: number;
}

/**
 * What is wrong with the first row as a layout. `cell` is the 0-based cell of
 * the first row it is about; `fatal` means no row of the file can be read.
 */
export interface LayoutIssue {
  message: string;
  hint?: string;
  cell?: number;
  fatal: boolean;
}

/**
 * Header names presence understands (lower case, trimmed). `ignore` holds a
 * row's opt-outs of rules (`rule-id: reason`); `skip` marks a column as
 * deliberately not read.
 */
export const CSV_HEADER_NAMES: Readonly<Record<string, CsvField | 'skip'>> = {
  date: 'date',
  time: 'time',
  message: 'message',
  text: 'message',
  post: 'message',
  content: 'message',
  link: 'link',
  url: 'link',
  presence: 'presence',
  account: 'presence',
  platforms: 'platforms',
  platform: 'platforms',
  alt: 'alt',
  ignore: 'ignore',
  skip: 'skip',
};

/** How many unknown columns of a header row are named one by one; a row of 10,000 is not. */
const LISTED_COLUMNS = 10;

/** The cells of a header row for a message, the first {@link LISTED_COLUMNS} of them. */
function listed(row: readonly string[]): string {
  const names = row.slice(0, LISTED_COLUMNS).map((c) => JSON.stringify(c.trim()));
  return row.length > LISTED_COLUMNS ? `${names.join(', ')} and ${row.length - LISTED_COLUMNS} more` : names.join(', ');
}

const KNOWN_HEADERS =
  'date, time, message (or text, post, content), link (or url), presence (or account), platforms (or platform), alt and ignore';

/** The Hootsuite bulk composer layout: no header; date and time, message, optional link. */
export const HOOTSUITE_COLUMNS = { date: 0, message: 1, link: 2 } as const;

/** The next step when a layout is not recognised: the config's `csv` section, with an example. */
export const MAPPING_HINT =
  'Map the columns in the config, e.g. csv: { header: true, delimiter: ",", columns: { message: "Body", date: "Publish date" } }, or by 1-based number: columns: { message: 3 }.';

/**
 * Settles the layout of a CSV file from its first non-blank row. The config's
 * mapping wins when given; otherwise a row of known header names is a header
 * layout, and a row whose first cell is a date is a Hootsuite bulk row.
 *
 * @param isDate whether a cell reads as a scheduled date
 */
export function detectLayout(
  first: readonly string[],
  delimiter: string,
  mapping: CsvMapping | undefined,
  isDate: (value: string) => boolean,
): { layout?: CsvLayout; issues: LayoutIssue[] } {
  if (mapping) return mappedLayout(first, delimiter, mapping);
  // A Hootsuite row whose message is "Post" is still a Hootsuite row.
  if (isDate(first[0] ?? '')) {
    return { layout: { kind: 'hootsuite', delimiter, columns: { ...HOOTSUITE_COLUMNS }, header: false, width: 3 }, issues: [] };
  }
  return (
    headerLayout(first, delimiter) ?? {
      issues: [
        {
          message:
            'CSV layout not recognised: the first row is neither a header row naming a message column (message, text, post or content) nor a Hootsuite bulk row starting with a date (12/24/2026 14:30)',
          hint: MAPPING_HINT,
          cell: 0,
          fatal: true,
        },
      ],
    }
  );
}

/** A layout from a row of header names, or undefined when no cell names the message column. */
function headerLayout(first: readonly string[], delimiter: string): { layout: CsvLayout; issues: LayoutIssue[] } | undefined {
  const names = first.map((cell) => {
    const key = cell.trim().toLowerCase();
    return Object.hasOwn(CSV_HEADER_NAMES, key) ? CSV_HEADER_NAMES[key] : undefined;
  });
  if (!names.includes('message')) return undefined;
  const columns: Partial<Record<CsvField, number>> = {};
  const issues: LayoutIssue[] = [];
  // Unknown columns past the first LISTED_COLUMNS are counted, from the cell of the first of them.
  let unknown = 0;
  let unlisted = -1;
  names.forEach((name, cell) => {
    const given = first[cell]!.trim();
    if (name === undefined) {
      if (given !== '' && ++unknown > LISTED_COLUMNS && unlisted < 0) unlisted = cell;
      if (given !== '' && unknown <= LISTED_COLUMNS) {
        issues.push({
          message: `unknown column "${given}" in the CSV header row`,
          hint: `presence reads ${KNOWN_HEADERS}; name a column "skip" to leave it unread, or map the layout in the config's csv section.`,
          cell,
          fatal: false,
        });
      }
    } else if (name !== 'skip') {
      if (columns[name] === undefined) columns[name] = cell;
      else {
        issues.push({
          message: `column "${given}" repeats the ${name} column "${first[columns[name]]!.trim()}" of the CSV header row; only the first is read`,
          cell,
          fatal: false,
        });
      }
    }
  });
  if (unlisted >= 0) {
    const rest = unknown - LISTED_COLUMNS;
    issues.push({ message: `${rest.toLocaleString('en-US')} more unknown column${rest === 1 ? '' : 's'} in the CSV header row, from this one on`, cell: unlisted, fatal: false });
  }
  const layout: CsvLayout = { kind: 'header', delimiter, columns: { ...columns, message: columns.message! }, header: true, width: first.length };
  return { layout, issues };
}

/** A layout from the config's `csv` section, its header names found in the first row. */
function mappedLayout(first: readonly string[], delimiter: string, mapping: CsvMapping): { layout?: CsvLayout; issues: LayoutIssue[] } {
  const named = Object.values(mapping.columns).some((c) => typeof c === 'string');
  const header = mapping.header ?? named;
  const headerNames = header ? first.map((cell) => cell.trim().toLowerCase()) : [];
  const columns: Partial<Record<CsvField, number>> = {};
  const issues: LayoutIssue[] = [];
  for (const field of CSV_FIELDS) {
    const column = mapping.columns[field];
    if (column === undefined) continue;
    if (typeof column === 'number') {
      columns[field] = column - 1;
    } else if (!header) {
      issues.push({
        message: `the config's csv.columns.${field} names a column ("${column}") but csv.header is false, so the first row is not read as names`,
        hint: `Give the column's 1-based number, e.g. ${field}: 2, or set csv.header: true.`,
        fatal: true,
      });
    } else {
      const cell = headerNames.indexOf(column.trim().toLowerCase());
      if (cell >= 0) columns[field] = cell;
      else {
        issues.push({
          message: `the config's csv.columns.${field} names the column "${column}", which is not in the header row (${listed(first)})`,
          hint: 'Name a column as it is written in the first row (any case), or give its 1-based number.',
          cell: 0,
          fatal: true,
        });
      }
    }
  }
  if (columns.message === undefined && !issues.length) {
    issues.push({ message: "the config's csv.columns does not say which column is the message", hint: MAPPING_HINT, fatal: true });
  }
  if (issues.length || columns.message === undefined) return { issues };
  const layout: CsvLayout = { kind: 'mapped', delimiter, columns: { ...columns, message: columns.message }, header };
  if (header) layout.width = first.length;
  return { layout, issues };
}
