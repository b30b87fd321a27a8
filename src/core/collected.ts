import type { CollectedPost, CollectedPosts, PresenceName, RuleOptions, Severity } from './types.js';

/*
 * What collection rules keep of every post, stored by column: a run over a
 * million-row schedule keeps a million of these, and an object per post
 * (with its summary object, its heap numbers and its Date) costs about 300
 * bytes where these columns cost under 80. Columns grow in fixed chunks, so
 * growing never copies and never holds more than one chunk of slack.
 *
 * A summary's `value` is stored by column too when it is a flat record of
 * numbers, booleans, strings, null and undefined (what the built-in rules
 * keep); any other value is kept as it is.
 */

const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

type Chunk = Float64Array | Uint32Array | Uint16Array | Uint8Array;

/** A growable column of numbers; unset entries read as 0. */
class Column {
  private readonly chunks: Chunk[] = [];
  constructor(private readonly make: (length: number) => Chunk) {}

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]?.[i & MASK] ?? 0;
  }

  set(i: number, value: number): void {
    const c = i >>> CHUNK_BITS;
    while (this.chunks.length <= c) this.chunks.push(this.make(CHUNK));
    this.chunks[c]![i & MASK] = value;
  }
}

const f64 = (n: number) => new Float64Array(n);
const u32 = (n: number) => new Uint32Array(n);
const u16 = (n: number) => new Uint16Array(n);
const u8 = (n: number) => new Uint8Array(n);

/** Gives each distinct value a small number, and back. */
class Interner<T> {
  private readonly ids = new Map<T, number>();
  readonly items: T[] = [];

  id(item: T): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(item);
      this.ids.set(item, id);
    }
    return id;
  }
}

/** How one property of a record value is stored in a row. */
const enum Kind {
  Absent = 0,
  Number = 1,
  False = 2,
  True = 3,
  String = 4,
  Null = 5,
  Undefined = 6,
}

type Primitive = number | boolean | string | null | undefined;

function isFlatRecord(value: unknown): value is Record<string, Primitive> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v === 'object') return false;
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return false;
  }
  return true;
}

const PRESENCES: readonly PresenceName[] = ['professional', 'personal'];
const SEVERITIES: readonly Severity[] = ['suggestion', 'warning', 'error'];

/** What the engine keeps of a post beside what the rule sees. */
export interface CollectedRow<S = unknown> {
  file: string;
  post: number;
  presence: PresenceName;
  /** Milliseconds since the epoch, or undefined for a post without a date. */
  time: number | undefined;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  field: string;
  options: RuleOptions;
  value: S;
  severity: Severity;
  /** The file's key, for fingerprints. */
  key: string;
  textHash: number;
}

/** The posts one collection rule keeps, by column. */
export class CollectedStore<S = unknown, O extends RuleOptions = RuleOptions, Extra = unknown> implements CollectedPosts<S, O> {
  private size = 0;
  private readonly files = new Interner<string>();
  /** Each file's place among the files ordered by path, made when first asked for. */
  private fileRanks: Uint32Array | undefined;
  private readonly fields = new Interner<string>();
  private readonly optionSets = new Interner<RuleOptions>();
  private readonly strings = new Interner<string>();
  private readonly fileId = new Column(u32);
  /** The key of each file, by file id (one key per file). */
  private readonly fileKeys: string[] = [];
  private readonly postIndex = new Column(u32);
  private readonly small = new Column(u8); // presence (bit 0), severity (bits 1-2), raw value (bit 3), no value (bit 4)
  private readonly fieldId = new Column(u16);
  private readonly optionsId = new Column(u16);
  private readonly times = new Column(f64);
  private readonly line = new Column(u32);
  private readonly col = new Column(u32);
  /** endLine - line; a span over more lines than a Uint16 holds keeps its end line in `farEnds`. */
  private readonly endLineDelta = new Column(u16);
  private readonly farEnds = new Map<number, number>();
  private readonly endCol = new Column(u32);
  private readonly textHash = new Column(f64);
  private readonly valueKeys: string[] = [];
  private readonly valueKinds = new Map<string, Column>();
  private readonly valueNumbers = new Map<string, Column>();
  /** Values that are not flat records, by row. */
  private readonly raw = new Map<number, unknown>();
  /** Anything else the engine attaches to a few rows (a post's ignore entry). */
  private readonly extras = new Map<number, Extra>();

  get length(): number {
    return this.size;
  }

  push(row: CollectedRow<S>, extra?: Extra): number {
    const i = this.size++;
    const fileId = this.files.id(row.file);
    this.fileId.set(i, fileId);
    this.fileKeys[fileId] ??= row.key;
    this.postIndex.set(i, row.post);
    const noValue = row.value === undefined;
    const rawValue = !noValue && !isFlatRecord(row.value);
    this.small.set(i, (row.presence === 'personal' ? 1 : 0) | (SEVERITIES.indexOf(row.severity) << 1) | (rawValue ? 8 : 0) | (noValue ? 16 : 0));
    this.fieldId.set(i, this.fields.id(row.field));
    this.optionsId.set(i, this.optionSets.id(row.options));
    this.times.set(i, row.time ?? Number.NaN);
    this.line.set(i, row.line);
    this.col.set(i, row.column);
    const delta = row.endLine - row.line;
    if (delta >= 0 && delta < 0xffff) this.endLineDelta.set(i, delta);
    else {
      this.endLineDelta.set(i, 0xffff);
      this.farEnds.set(i, row.endLine);
    }
    this.endCol.set(i, row.endColumn);
    this.textHash.set(i, row.textHash);
    if (rawValue) this.raw.set(i, row.value);
    else if (!noValue) this.setRecord(i, row.value as Record<string, Primitive>);
    if (extra !== undefined) this.extras.set(i, extra);
    return i;
  }

  private setRecord(i: number, value: Record<string, Primitive>): void {
    for (const key in value) {
      let kinds = this.valueKinds.get(key);
      let numbers = this.valueNumbers.get(key)!;
      if (!kinds) {
        kinds = new Column(u8);
        numbers = new Column(f64);
        this.valueKeys.push(key);
        this.valueKinds.set(key, kinds);
        this.valueNumbers.set(key, numbers);
      }
      const v = value[key];
      if (typeof v === 'number') {
        kinds.set(i, Kind.Number);
        numbers.set(i, v);
      } else if (typeof v === 'boolean') kinds.set(i, v ? Kind.True : Kind.False);
      else if (typeof v === 'string') {
        kinds.set(i, Kind.String);
        numbers.set(i, this.strings.id(v));
      } else kinds.set(i, v === null ? Kind.Null : Kind.Undefined);
    }
  }

  /** The rule's summary value of post `i`. */
  value(i: number): S {
    const small = this.small.get(i);
    if (small & 16) return undefined as S;
    if (small & 8) return this.raw.get(i) as S;
    const value: Record<string, Primitive> = {};
    for (const key of this.valueKeys) {
      const kind = this.valueKinds.get(key)!.get(i);
      if (kind === Kind.Absent) continue;
      const n = this.valueNumbers.get(key)!.get(i);
      value[key] =
        kind === Kind.Number
          ? n
          : kind === Kind.True
            ? true
            : kind === Kind.False
              ? false
              : kind === Kind.String
                ? this.strings.items[n]
                : kind === Kind.Null
                  ? null
                  : undefined;
    }
    return value as S;
  }

  /** Post `i` as a collection rule sees it (a new object each time). */
  at(index: number): CollectedPost<S, O> | undefined {
    const i = index < 0 ? this.size + index : index;
    if (!Number.isInteger(i) || i < 0 || i >= this.size) return undefined;
    const time = this.times.get(i);
    return {
      file: this.files.items[this.fileId.get(i)]!,
      post: this.postIndex.get(i),
      presence: this.presence(i),
      date: Number.isNaN(time) ? undefined : new Date(time),
      line: this.line.get(i),
      column: this.col.get(i),
      options: this.options(i),
      value: this.value(i),
    };
  }

  /** See {@link CollectedPosts.order}. */
  order(i: number): number {
    if (!this.fileRanks || this.fileRanks.length !== this.files.items.length) {
      const byPath = this.files.items.map((_, id) => id).sort((a, b) => (this.files.items[a]! < this.files.items[b]! ? -1 : 1));
      this.fileRanks = new Uint32Array(byPath.length);
      byPath.forEach((id, rank) => (this.fileRanks![id] = rank));
    }
    return this.fileRanks[this.fileId.get(i)]! * 2 ** 32 + this.postIndex.get(i);
  }

  /** When post `i` is scheduled (milliseconds since the epoch), or undefined. */
  time(i: number): number | undefined {
    const time = this.times.get(i);
    return Number.isNaN(time) ? undefined : time;
  }

  private endLine(i: number): number {
    const delta = this.endLineDelta.get(i);
    return delta === 0xffff ? this.farEnds.get(i)! : this.line.get(i) + delta;
  }

  presence(i: number): PresenceName {
    return PRESENCES[this.small.get(i) & 1]!;
  }

  options(i: number): O {
    return this.optionSets.items[this.optionsId.get(i)] as O;
  }

  *[Symbol.iterator](): Iterator<CollectedPost<S, O>> {
    for (let i = 0; i < this.size; i++) yield this.at(i)!;
  }

  /** Everything the engine kept of post `i`, to report a finding about it. */
  row(i: number): CollectedRow<S> {
    const time = this.times.get(i);
    return {
      file: this.files.items[this.fileId.get(i)]!,
      post: this.postIndex.get(i),
      presence: this.presence(i),
      time: Number.isNaN(time) ? undefined : time,
      line: this.line.get(i),
      column: this.col.get(i),
      endLine: this.endLine(i),
      endColumn: this.endCol.get(i),
      field: this.fields.items[this.fieldId.get(i)]!,
      options: this.options(i),
      value: this.value(i),
      severity: SEVERITIES[(this.small.get(i) >> 1) & 3]!,
      key: this.fileKeys[this.fileId.get(i)]!,
      textHash: this.textHash.get(i),
    };
  }

  extra(i: number): Extra | undefined {
    return this.extras.get(i);
  }
}
