/**
 * Which literal text every match of a pattern must contain, so a cheap
 * literal search can rule a text out before a large pattern is compiled or
 * run. The analysis is conservative: it returns undefined whenever it cannot
 * prove that each match holds one of the literals.
 */

/** Literals shorter than this say too little to be worth a pre-check. */
const MIN_LITERAL = 3;

/**
 * Words and word parts so common in posts that a pre-check on them rules
 * almost nothing out; a rarer literal of the same pattern is preferred.
 */
const COMMON = new Set(
  ('the and for are but not you all any can had her was one our out day get has him his how man new now old see two way who ' +
    'did its let put say she too use every time keep year with have this that from they will would there their what about ' +
    'which when make like just know take into your good some could them than then look only come over think also back after ' +
    'work first well even want because these give most pre con com pro pic got off last night one really today').split(' '),
);

/** How much a literal narrows a search: its length, less for common words. */
function selectivity(literal: string): number {
  return literal.trim().length - (COMMON.has(literal.trim()) ? 3 : 0);
}

interface Parsed {
  /** Lower-case strings one of which occurs in every match, or undefined when unknown. */
  req: string[] | undefined;
  /** When the node matches exactly one fixed string (case-insensitively), that string. */
  fixed?: string;
}

const UNKNOWN: Parsed = { req: undefined };

/** A tiny recursive-descent reader for the pattern subset used in word lists. */
class Reader {
  i = 0;
  constructor(readonly s: string) {}

  alternation(): Parsed {
    const branches: Parsed[] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    if (branches.some((b) => !b.req)) return UNKNOWN;
    return { req: [...new Set(branches.flatMap((b) => b.req!))] };
  }

  sequence(): Parsed {
    // Candidates: each mandatory item's own requirement, and runs of fixed
    // text across consecutive mandatory fixed items.
    const candidates: string[][] = [];
    let run = '';
    let allFixed = true;
    const endRun = (): void => {
      if (run.length >= MIN_LITERAL) candidates.push([run]);
      run = '';
    };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.lookaround) continue;
      if (min === 0) {
        allFixed = false;
        endRun();
        continue;
      }
      if (atom.parsed.fixed !== undefined) {
        run += atom.parsed.fixed;
        if (max !== 1) {
          allFixed = false;
          endRun();
        }
      } else {
        allFixed = false;
        endRun();
      }
      if (atom.parsed.req && atom.parsed.req.every((r) => r.length >= MIN_LITERAL)) candidates.push(atom.parsed.req);
    }
    const fixed = allFixed ? run : undefined;
    endRun();
    if (candidates.length === 0) return fixed === undefined ? UNKNOWN : { req: undefined, fixed };
    // The most selective candidate: its least selective literal is the best.
    const score = (c: string[]): number => Math.min(...c.map(selectivity));
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
    return fixed === undefined ? { req: best } : { req: best, fixed };
  }

  atom(): { parsed: Parsed; lookaround?: boolean } {
    const c = this.s[this.i]!;
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (this.s[this.i] === '?') {
        const next = this.s.slice(this.i, this.i + 4);
        if (/^\?<?[=!]/.test(next)) lookaround = true;
        if (next.startsWith('?<') && !lookaround) this.i = this.s.indexOf('>', this.i) + 1;
        else this.i += next.startsWith('?<') ? 3 : 2;
      }
      const inner = this.alternation();
      this.i++; // ')'
      return { parsed: lookaround ? UNKNOWN : inner, lookaround };
    }
    if (c === '[') {
      let j = this.i + 1;
      if (this.s[j] === '^') j++;
      if (this.s[j] === ']') j++;
      while (j < this.s.length && this.s[j] !== ']') j += this.s[j] === '\\' ? 2 : 1;
      this.i = j + 1;
      return { parsed: UNKNOWN };
    }
    if (c === '\\') {
      const e = this.s[this.i + 1]!;
      this.i += 2;
      if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'k') {
        if (this.s[this.i] === '{') this.i = this.s.indexOf('}', this.i) + 1;
        else if (e === 'u') this.i += 4;
        else if (e === 'x') this.i += 2;
        else if (e === 'k') this.i = this.s.indexOf('>', this.i) + 1;
        return { parsed: UNKNOWN };
      }
      if (e === 'b' || e === 'B') return { parsed: { req: undefined, fixed: '' }, lookaround: true };
      if (/[dDwWsStrnvf0-9]/.test(e)) return { parsed: UNKNOWN };
      return { parsed: { req: undefined, fixed: e.toLowerCase() } };
    }
    this.i++;
    if (c === '.' ) return { parsed: UNKNOWN };
    if (c === '^' || c === '$') return { parsed: { req: undefined, fixed: '' }, lookaround: true };
    return { parsed: { req: undefined, fixed: c.toLowerCase() } };
  }

  quantifier(): { min: number; max: number } {
    const c = this.s[this.i];
    let q = { min: 1, max: 1 };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.s.slice(this.i));
      if (m) {
        const min = Number(m[1] || 0);
        const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
        this.i += m[0].length;
        if (this.s[this.i] === '?') this.i++;
        return { min, max };
      }
      return q;
    } else return q;
    this.i++;
    if (this.s[this.i] === '?') this.i++;
    return q;
  }
}

/**
 * Lower-case literals one of which occurs (case-insensitively) in every match
 * of `source`, or undefined when that cannot be shown.
 */
export function requiredLiterals(source: string): string[] | undefined {
  try {
    const reader = new Reader(source);
    const parsed = reader.alternation();
    if (reader.i < source.length) return undefined;
    if (parsed.req) return parsed.req;
    return parsed.fixed !== undefined && parsed.fixed.length >= MIN_LITERAL ? [parsed.fixed] : undefined;
  } catch {
    return undefined;
  }
}
