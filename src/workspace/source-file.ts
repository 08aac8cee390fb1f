// A file of the checkout, read once, decoded once, with a lazily built line index. A file too large
// to read whole is handed to the checks that read every file (meta.everyFile) as several
// SourceFiles, one per chunk: `firstLine` says where the chunk starts, and every line number a
// SourceFile takes or gives is the file's.
import { isUtf8 } from 'node:buffer';

export class SourceFile {
  readonly path: string;
  readonly text: string;
  /** The bytes were not valid UTF-8 and were decoded as Latin-1. */
  readonly nonUtf8: boolean;
  /** 1-based file line of the text's first line (1 unless this is a later chunk of a large file). */
  readonly firstLine: number;
  /**
   * Set on a file of the repository root read for a scan of a subfolder (workspace/repository.ts):
   * `path` is then relative to the scanned root and climbs out of it (`../../.github/workflows/ci.yml`),
   * `repository.path` is the repository-relative one and `folder` the scanned subfolder (`services/api`).
   */
  repository?: { path: string; folder: string };
  private starts: Uint32Array | undefined;
  private memos: Map<string, unknown> | undefined;
  private disposers: Array<() => void> | undefined;

  private constructor(path: string, text: string, nonUtf8: boolean, firstLine = 1) {
    this.path = path;
    this.text = text;
    this.nonUtf8 = nonUtf8;
    this.firstLine = firstLine;
  }

  /** Decodes bytes once: UTF-8 when valid (BOM dropped), else Latin-1, which never fails. */
  static fromBytes(path: string, bytes: Buffer, firstLine = 1): SourceFile {
    const nonUtf8 = !isUtf8(bytes);
    let text = bytes.toString(nonUtf8 ? 'latin1' : 'utf8');
    if (text.charCodeAt(0) === 0xfeff && firstLine === 1) text = text.slice(1);
    return new SourceFile(path, text, nonUtf8, firstLine);
  }

  /** The character offset in `text` of a byte offset in the bytes it was decoded from (by fromBytes). */
  charOffset(bytes: Buffer, byteOffset: number): number {
    if (this.nonUtf8) return byteOffset;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && this.firstLine === 1 ? 1 : 0;
    return bytes.toString('utf8', 0, byteOffset).length - bom;
  }

  /** The character offset of a (file) line and 1-based column. */
  offsetOf(line: number, column = 1): number {
    const s = this.index();
    const i = Math.min(Math.max(line - this.firstLine, 0), s.length - 1);
    return s[i]! + column - 1;
  }

  /** Text already decoded (by the file pass, or a test). */
  static fromText(path: string, text: string, nonUtf8 = false): SourceFile {
    return new SourceFile(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, nonUtf8);
  }

  private index(): Uint32Array {
    if (this.starts) return this.starts;
    const starts: number[] = [0];
    const t = this.text;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.starts = Uint32Array.from(starts));
  }

  get lineCount(): number {
    return this.index().length;
  }

  /** 0-based index (into the line index) of the line holding a character offset. */
  private lineIndex(offset: number): number {
    const s = this.index();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based (file) line of a character offset. */
  lineOf(offset: number): number {
    return this.lineIndex(offset) + this.firstLine;
  }

  /** 1-based column of a character offset. */
  columnOf(offset: number): number {
    return offset - this.index()[this.lineIndex(offset)]! + 1;
  }

  /** The text of a 1-based (file) line, without its line ending (CRLF-safe). */
  line(fileLine: number): string {
    const s = this.index();
    const n = fileLine - this.firstLine + 1;
    if (n < 1 || n > s.length) return '';
    const start = s[n - 1]!;
    const end = n < s.length ? s[n]! - 1 : this.text.length;
    const l = this.text.slice(start, end);
    return l.endsWith('\r') ? l.slice(0, -1) : l;
  }

  /**
   * A value derived from this file (a parse), computed once and shared by every check that reads
   * the file. `dispose` frees what the GC cannot (a tree-sitter tree) when the file pass is done with it.
   */
  memo<T>(key: string, compute: () => T, dispose?: (value: T) => void): T {
    this.memos ??= new Map();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    if (dispose) (this.disposers ??= []).push(() => dispose(value));
    return value;
  }

  /** Called by the file pass after the last check has read this file. */
  dispose(): void {
    for (const d of this.disposers ?? []) d();
    this.disposers = undefined;
    this.memos = undefined;
  }

  /** All lines, CRLF-safe. */
  lines(): string[] {
    return this.text.split(/\r?\n/);
  }
}

/** A NUL byte in the first 8 KiB marks a binary file, as git and ripgrep decide. */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
