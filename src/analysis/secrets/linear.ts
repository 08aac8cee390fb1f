// User-supplied secret patterns (the `rules` input's secrets.yml) run in RE2's linear-time engine
// (re2js, pure JavaScript): a pull request that controls that folder could otherwise write
// `(a+)+$` and stall the job on one long line (SPEC §9). The built-in catalogue stays on V8's
// RegExp, which is faster and whose patterns this repository reviews and benchmarks.
//
// The scanner drives a pattern through RegExp's contract (`lastIndex`, `exec` with flags g, m, d:
// match indices per group); this class offers that contract over an RE2 matcher. RE2 refuses what
// it cannot run in linear time (backreferences, lookaround): such a pattern fails to compile.
import { RE2JS } from 're2js';

/** What the secret scanner needs of a compiled pattern: RegExp's `gmd` exec contract. */
export interface PatternRegex {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

export class LinearRegex implements PatternRegex {
  lastIndex = 0;
  private readonly re: RE2JS;
  /** The matcher of the last text searched: `exec` is called again and again on one text. */
  private last: { text: string; matcher: ReturnType<RE2JS['matcher']> } | undefined;

  /** Throws (RE2's syntax error) when RE2 cannot compile `source`. */
  constructor(readonly source: string) {
    this.re = RE2JS.compile(source, RE2JS.MULTILINE);
  }

  exec(text: string): RegExpExecArray | null {
    if (this.lastIndex > text.length) {
      this.lastIndex = 0;
      return null;
    }
    if (this.last?.text !== text) this.last = { text, matcher: this.re.matcher(text) };
    const m = this.last.matcher;
    if (!m.find(this.lastIndex)) {
      this.lastIndex = 0;
      this.last = undefined;
      return null;
    }
    const groups: Array<string | undefined> = [];
    const indices: Array<[number, number] | undefined> = [];
    for (let g = 0; g <= m.groupCount(); g++) {
      const s = m.start(g);
      const e = m.end(g);
      groups.push(s < 0 ? undefined : text.slice(s, e));
      indices.push(s < 0 ? undefined : [s, e]);
    }
    this.lastIndex = m.end(0);
    return Object.assign(groups, { index: m.start(0), input: text, groups: undefined, indices }) as unknown as RegExpExecArray;
  }

  test(text: string): boolean {
    const saved = this.lastIndex;
    this.lastIndex = 0;
    const hit = this.exec(text) !== null;
    this.lastIndex = saved;
    this.last = undefined;
    return hit;
  }
}
