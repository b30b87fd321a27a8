import type { Problem } from '../core/types.js';

/**
 * How many problems of one file are listed. A hostile or mangled file (a
 * million lines that are not JSON, a CSV of ragged rows) would otherwise
 * print a million lines, or overflow the call stack of whoever spreads them.
 */
export const MAX_PROBLEMS_PER_FILE = 100;

/**
 * The problems of one file: the first {@link MAX_PROBLEMS_PER_FILE} as they
 * come, the rest counted in one last problem. Memory stays bounded however
 * many are added.
 */
export class ProblemList {
  private readonly kept: Problem[] = [];
  private dropped = 0;

  constructor(
    private readonly file: string,
    private readonly max = MAX_PROBLEMS_PER_FILE,
  ) {}

  add(problem: Problem): void {
    if (this.kept.length < this.max) this.kept.push(problem);
    else this.dropped++;
  }

  /** The problems kept, and one more that counts the others when there were too many. */
  list(): Problem[] {
    if (this.dropped === 0) return this.kept;
    return [
      ...this.kept,
      {
        file: this.file,
        message: `${this.dropped.toLocaleString('en-US')} more problem${this.dropped === 1 ? '' : 's'} in this file not listed (only the first ${this.max} are)`,
        hint: 'Fix the ones above first: many problems in one file often have one cause (a wrong delimiter, a file that is not posts).',
      },
    ];
  }
}

/** `problems` with at most {@link MAX_PROBLEMS_PER_FILE} of them listed (see {@link ProblemList}). */
export function capProblems(problems: readonly Problem[], file: string): Problem[] {
  const list = new ProblemList(file);
  for (const problem of problems) list.add(problem);
  return list.list();
}
