// One file, start to finish: read it (once), decode it, hand it to every check whose globs match,
// and collect what they said. The same code runs on the main thread and on worker threads; the
// engine replays the outcomes in path order, so the result does not depend on where it ran.
import { performance } from 'node:perf_hooks';
import { globMatcher } from '../workspace/glob.js';
import type { RuleId } from '../model/catalogue.js';
import type { CheckVisitor, ReportDescriptor } from '../model/check.js';
import type { Malformed, SkipReason } from '../model/types.js';
import { profileEvidence } from '../workspace/profile.js';
import { FileReader, fileChunks, type ReadOutcome } from '../workspace/read.js';
import { isRepositoryLevelPath, repositoryRelative } from '../workspace/repository.js';
import { looksBinary, SourceFile } from '../workspace/source-file.js';
import { findInlineSuppressions, INLINE_MARKER, type InlineSuppression } from '../workspace/suppressions.js';
import { fingerprintKeyOf } from './findings.js';
import { blobId } from './fact-cache.js';

/** The most a captured file may weigh, whatever max-file-size says. */
export const CAPTURE_MAX_BYTES = 256 * 1024 * 1024;

/** What one check said about one file. */
export interface CheckFileOutcome {
  ruleId: RuleId;
  reports: Array<{ d: ReportDescriptor<string>; key: string }>;
  secrets: string[];
  observations: unknown[];
  /**
   * From the fact cache: the observations, still packed (`observations` is then empty; `bytes`
   * this check's alone). Unpacked only when the check's end() runs: on a re-run most checks' end()
   * is answered from the cache.
   */
  packed?: { count: number; load(): unknown[]; bytes: Uint8Array };
  /**
   * The digest of this check's serialized observations of the file (fact-cache.ts
   * observationDigest), when the fact cache packed them: what names them in end()'s key, so that a
   * changed file whose check observes the same as before changes no key of that check.
   */
  digest?: string;
  malformed: Malformed[];
  error?: string;
}

export interface FileOutcome {
  index: number;
  /** `read`, or why the file was not handed to the checks; `missing`: listed, then gone (not counted). */
  status: 'read' | 'missing' | Exclude<SkipReason, 'generated' | 'ignored'>;
  bytes: number;
  nonUtf8: boolean;
  inline: InlineSuppression[];
  profile?: string;
  /** The text, when some check captures this file (`meta.capture`). */
  captured?: string;
  /** Only the checks that said something. */
  checks: CheckFileOutcome[];
  /**
   * The checks that read every tracked file (meta.everyFile) read this file although the others
   * did not (it is generated, too large, or has stray NULs).
   */
  everyRead?: boolean;
  /** Git's blob id of the bytes read, when asked for (a file git does not vouch for): the fact cache's key. */
  contentId?: string;
  /**
   * An outcome from the fact cache for a file some check captures: the cache keeps no text (it would
   * hold every lockfile twice), so the text is read again, and only the checks' work is skipped.
   */
  recapture?: true;
}

/** Which files some check captures for end(): the union of their `meta.capture` globs. */
export function captureMatcher(globs: ReadonlyArray<readonly string[] | undefined>): (path: string) => boolean {
  const all = globs.flatMap((g) => g ?? []);
  return all.length > 0 ? globMatcher(all, { dot: true }) : () => false;
}

/** Which files a check reads: its `meta.files` globs, or every file. */
export function fileMatcher(globs: readonly string[] | undefined): (path: string) => boolean {
  return globs && globs.length > 0 ? globMatcher([...globs], { dot: true }) : () => true;
}

export interface FileCheck {
  id: RuleId;
  visitor: CheckVisitor;
  matches: (path: string) => boolean;
  /** meta.everyFile: also handed generated, too large (in chunks) and NUL-bearing text files. */
  everyFile?: boolean;
}

/** Where a check's report(), secret() and observe() go while it reads a file. */
export interface FileSink {
  current(): { file: SourceFile; out: CheckFileOutcome } | undefined;
}

function withText(hit: FileOutcome, captured: string): FileOutcome {
  const o: FileOutcome = { ...hit, captured };
  delete o.recapture;
  return o;
}

export class FileProcessor implements FileSink {
  private readonly reader: FileReader;
  private readonly failed = new Set<RuleId>();
  private now: { file: SourceFile; out: CheckFileOutcome } | undefined;
  private readonly every: readonly FileCheck[];
  /** Time spent in each check's file(), for the benchmark's per-rule figures. */
  readonly millis = new Map<RuleId, number>();
  /** What the fact cache recorded for a path with this content id (main thread only), replacing the checks' work. */
  known?: (index: number, path: string, contentId: string) => FileOutcome | undefined;

  constructor(
    private readonly root: string,
    private readonly maxFileSize: number,
    private readonly checks: readonly FileCheck[],
    private readonly capture: (path: string) => boolean = () => false,
    private readonly contents: ReadonlyMap<string, Buffer> = new Map(),
    /** The scanned subfolder, when this processor reads repository-level files (paths starting `../`). */
    private readonly repositoryFolder?: string,
  ) {
    this.reader = new FileReader(root, maxFileSize);
    this.every = checks.filter((c) => c.everyFile);
  }

  current() {
    return this.now;
  }

  /** A ctx.report() during file(), whichever thread it runs on. */
  static report(sink: FileSink, d: ReportDescriptor<string>): void {
    const c = sink.current()!;
    c.out.reports.push({ d, key: fingerprintKeyOf(d, c.file) });
  }

  /**
   * A lockfile over max-file-size is still needed whole by the SBOM (theia's package-lock is 1.2 MB,
   * large monorepos' reach 20 MB): it is captured up to CAPTURE_MAX_BYTES, and not handed to the
   * file checks, whose limit it exceeds (it is counted as too large for them).
   */
  private captureLarge(path: string): { captured?: string } {
    const bytes = this.read(path, CAPTURE_MAX_BYTES);
    if (!Buffer.isBuffer(bytes) || looksBinary(bytes)) return {};
    return { captured: SourceFile.fromBytes(path, bytes).text };
  }

  /**
   * A cached outcome with the text process() would have captured, read again (see
   * FileOutcome.recapture); undefined when the file no longer reads as it did, and then it is
   * processed afresh.
   */
  withCapturedText(hit: FileOutcome, path: string): FileOutcome | undefined {
    if (hit.status === 'tooLarge') {
      const { captured } = this.captureLarge(path);
      return captured === undefined ? undefined : withText(hit, captured);
    }
    const bytes = hit.status === 'read' ? this.read(path) : undefined;
    if (!Buffer.isBuffer(bytes) || looksBinary(bytes)) return undefined;
    return withText(hit, SourceFile.fromBytes(path, bytes).text);
  }

  /** The file's bytes: given (a committed output-named file, removed from disk) or read. */
  private read(path: string, limit?: number): ReadOutcome {
    const given = this.contents.get(path);
    if (given === undefined) return this.reader.read(path, limit);
    return given.length > (limit ?? this.maxFileSize) ? 'tooLarge' : given;
  }

  /**
   * Reads one file and hands it to the checks. `generated`: a file discovery skipped as generated or
   * vendored, read only for the checks that read every tracked file. `identify`: name the bytes read
   * by their blob id (contentId), and take the fact cache's outcome for them when it has one.
   */
  async process(index: number, path: string, generated = false, identify = false): Promise<FileOutcome> {
    const outcome: FileOutcome = { index, status: 'read', bytes: 0, nonUtf8: false, inline: [], checks: [] };
    const bytes = this.read(path);
    if (bytes === 'tooLarge') {
      const large: FileOutcome = { ...outcome, status: bytes, ...(!generated && this.capture(path) ? this.captureLarge(path) : {}) };
      await this.stream(path, large);
      return large;
    }
    if (typeof bytes === 'string') return { ...outcome, status: bytes };
    if (bytes instanceof Error) return { ...outcome, status: 'unreadable' };
    if (identify) {
      outcome.contentId = blobId(bytes);
      const hit = this.known?.(index, path, outcome.contentId);
      if (hit && !hit.recapture) return { ...hit, contentId: outcome.contentId };
      if (hit && hit.status === 'read' && !looksBinary(bytes)) return { ...withText(hit, SourceFile.fromBytes(path, bytes).text), contentId: outcome.contentId };
    }
    if (generated || looksBinary(bytes)) {
      const skipped: FileOutcome = { ...outcome, status: 'binary' };
      // Whatever the bytes look like: see CheckMeta.everyFile for why no content test decides it.
      if (this.every.length > 0) {
        const f = SourceFile.fromBytes(path, bytes);
        await this.runChecks(f, this.every, skipped);
        skipped.everyRead = true;
        f.dispose();
      }
      return skipped;
    }
    const f = SourceFile.fromBytes(path, bytes);
    if (this.repositoryFolder !== undefined && isRepositoryLevelPath(path)) f.repository = { path: repositoryRelative(path), folder: this.repositoryFolder };
    outcome.bytes = bytes.length;
    outcome.nonUtf8 = f.nonUtf8;
    if (f.text.includes(INLINE_MARKER)) outcome.inline = findInlineSuppressions(f);
    const evidence = profileEvidence(f);
    if (evidence) outcome.profile = evidence;
    if (this.capture(path)) outcome.captured = f.text;
    await this.runChecks(f, this.checks, outcome);
    f.dispose();
    return outcome;
  }

  /**
   * A file over max-file-size, for the checks that read every file: line-aligned overlapping chunks
   * (read.ts fileChunks), memory bounded by the chunk size. A report is kept by the chunk it starts
   * in before the next chunk's start, so what the overlap shows twice is reported once.
   */
  private async stream(path: string, outcome: FileOutcome): Promise<void> {
    if (this.every.length === 0 || !this.every.some((c) => c.matches(path))) return;
    // A committed output-named file was removed from disk at the start: its bytes were kept whole.
    const given = this.contents.get(path);
    const chunks = given ? [{ bytes: given, firstLine: 1, ownEnd: undefined }] : fileChunks(this.root, path);
    for (const chunk of chunks) {
      const f = SourceFile.fromBytes(path, chunk.bytes, chunk.firstLine);
      const until = chunk.ownEnd === undefined ? Infinity : f.charOffset(chunk.bytes, chunk.ownEnd);
      await this.runChecks(f, this.every, outcome, (line, column) => f.offsetOf(line, column) < until);
      outcome.everyRead = true;
      f.dispose();
    }
  }

  /** Hands `f` to each of `checks` that matches it; `keep` filters the reports by where they start. */
  private async runChecks(f: SourceFile, checks: readonly FileCheck[], outcome: FileOutcome, keep?: (line: number, column: number) => boolean): Promise<void> {
    const path = f.path;
    for (const c of checks) {
      if (this.failed.has(c.id) || !c.matches(path)) continue;
      const out: CheckFileOutcome = { ruleId: c.id, reports: [], secrets: [], observations: [], malformed: [] };
      this.now = { file: f, out };
      const t = performance.now();
      try {
        const pending = c.visitor.file!(f);
        if (pending) await pending;
      } catch (e) {
        out.error = `${e instanceof Error ? e.message : String(e)} (while reading ${path})`;
        this.failed.add(c.id); // a check that threw is not called again
      }
      this.millis.set(c.id, (this.millis.get(c.id) ?? 0) + performance.now() - t);
      this.now = undefined;
      if (keep) out.reports = out.reports.filter(({ d }) => d.location.line === undefined || keep(d.location.line, d.location.column ?? 1));
      if (out.reports.length > 0 || out.secrets.length > 0 || out.observations.length > 0 || out.malformed.length > 0 || out.error !== undefined) outcome.checks.push(out);
    }
  }
}
