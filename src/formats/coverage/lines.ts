// Line coverage of one file as one byte per line number: 0 = not a code line, 1 = code not run,
// 2 = run. Merging two reports of the same file is a per-line max, so a line run by either report is
// covered once and counted once (no double counting), and a 100 MB lcov costs bytes per line, not objects.
export class LineCoverage {
  private bytes: Uint8Array;
  private max = 0;

  constructor(capacity = 64) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Records a code line and whether it ran (hits > 0). Lines below 1 are ignored. */
  add(line: number, hits: number): void {
    if (!(line >= 1) || line > 10_000_000) return;
    if (line >= this.bytes.length) {
      let n = this.bytes.length * 2;
      while (n <= line) n *= 2;
      const grown = new Uint8Array(n);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    const v = hits > 0 ? 2 : 1;
    if (v > this.bytes[line]!) this.bytes[line] = v;
    if (line > this.max) this.max = line;
  }

  merge(other: LineCoverage): void {
    for (let l = 1; l <= other.max; l++) {
      const v = other.bytes[l]!;
      if (v !== 0) this.add(l, v - 1);
    }
  }

  counts(): { total: number; covered: number } {
    let total = 0;
    let covered = 0;
    for (let l = 1; l <= this.max; l++) {
      const v = this.bytes[l]!;
      if (v !== 0) total++;
      if (v === 2) covered++;
    }
    return { total, covered };
  }

  /** Code lines that did not run, ascending. */
  missed(limit = Infinity): number[] {
    const out: number[] = [];
    for (let l = 1; l <= this.max && out.length < limit; l++) if (this.bytes[l] === 1) out.push(l);
    return out;
  }
}

/** One file of a coverage report, by the path the report wrote. */
export interface FileCoverage {
  path: string;
  /** Line by line, when the format has it. */
  lines?: LineCoverage;
  /** Totals only (Istanbul coverage-summary.json), when it does not. */
  summary?: { total: number; covered: number };
}

export type CoverageFormat = 'cobertura' | 'jacoco' | 'lcov' | 'go' | 'coveragepy' | 'istanbul' | 'istanbul-summary';

export interface CoverageReport {
  format: CoverageFormat;
  files: FileCoverage[];
  /** Roots the report's paths are relative to (Cobertura <source>, coverage.py), as written. */
  sourceRoots: string[];
}

/** Collects files by reported path, merging repeats (Cobertura classes of one file, Go blocks). */
export class FileTable {
  private readonly byPath = new Map<string, FileCoverage>();

  lines(path: string): LineCoverage {
    let f = this.byPath.get(path);
    if (!f) this.byPath.set(path, (f = { path }));
    return (f.lines ??= new LineCoverage());
  }

  summary(path: string, total: number, covered: number): void {
    if (!(total >= 0) || !(covered >= 0)) return;
    this.byPath.set(path, { path, summary: { total, covered: Math.min(covered, total) } });
  }

  files(): FileCoverage[] {
    return [...this.byPath.values()];
  }
}
