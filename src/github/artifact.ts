// The `upload-artifact` input: the files publish() wrote (JSON report, SARIF, SBOM, summary Markdown)
// uploaded as one workflow artifact through @actions/artifact (artifact service v4: Twirp JSON calls
// to ACTIONS_RESULTS_URL, the zip to a signed blob URL). An upload is a convenience, never part of
// the verdict: no runtime (a local run, act, a container without the runner's variables), GitHub
// Enterprise Server (no v4 service) or a failed upload each end in a message, not a failed gate.
//
// The files are read back through safe-open (regular files inside the workspace or RUNNER_TEMP,
// no link on the way: an earlier step's leftover process could swap one for a link to a secret
// between the write and the upload) and copied into a private staging folder, which is what the
// library zips: the artifact holds exactly what was checked, under flat names.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { readRegularFile, trustedRoots, UnsafeFileError } from '../workspace/safe-open.js';

/** The largest output file uploaded (an SBOM of a monorepo stays far below). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

export type UploadOutcome =
  | { kind: 'uploaded'; name: string; id: number | null; size: number | null; files: string[] }
  /** Nothing to upload with (no artifact service here): a notice. */
  | { kind: 'skipped'; message: string }
  /** The service was there and the upload failed, or a file was refused: a warning. */
  | { kind: 'failed'; message: string };

/** Uploads `files` (absolute, all inside `root`) as artifact `name`; what @actions/artifact's client does. */
export type Uploader = (name: string, files: string[], root: string) => Promise<{ id?: number; size?: number }>;

export interface UploadDeps {
  env?: NodeJS.ProcessEnv;
  cwd: string;
  upload?: Uploader;
  /**
   * Runs the upload with the library's own log lines kept off the log: it prints `::add-mask::`
   * and `::debug::` commands carrying the signed upload URL, which the log guard would neutralise
   * into plain, visible text (src/io/log-guard.ts).
   */
  quiet?: <T>(f: () => Promise<T>) => Promise<T>;
}

/**
 * Why no upload can be attempted here, or undefined when the runner's artifact service is reachable
 * in principle. ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are given to actions by the runner only.
 */
export function unavailable(env: NodeJS.ProcessEnv): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
  if (missing.length > 0) {
    return `upload-artifact: not uploaded, ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set (the runner sets them for actions; a local run or act has no artifact service). The files are still written.`;
  }
  if (isGhes(env.GITHUB_SERVER_URL)) {
    return 'upload-artifact: not uploaded, GitHub Enterprise Server has no artifact service v4 for @actions/artifact; upload the files with actions/upload-artifact@v3 (the GHES version) instead.';
  }
  return undefined;
}

/** As @actions/artifact decides it: github.com, *.ghe.com (data residency) and *.localhost are not GHES. */
function isGhes(serverUrl: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

/** Flat, distinct names in the artifact: `report.json`, and `report-2.json` for a second one of that name. */
export function artifactNames(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((p) => {
    const base = basename(p) || 'file';
    const ext = extname(base);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base.slice(0, base.length - ext.length)}-${i}${ext}`;
    taken.add(name);
    return name;
  });
}

/** Signed URLs (`?sig=...`, SAS tokens) and bearer tokens cut out of a library's error message. */
export function cleanError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text
    .replace(/([?&](?:sig|se|sv|sp|sr|st|skoid|sktid|skt|ske|sks|skv)=)[^&\s"']*/gi, '$1***')
    .replace(/(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, '$1***')
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 500);
}

export async function uploadOutputs(name: string, paths: readonly string[], deps: UploadDeps): Promise<UploadOutcome> {
  const env = deps.env ?? process.env;
  const why = unavailable(env);
  if (why) return { kind: 'skipped', message: why };
  if (paths.length === 0) return { kind: 'skipped', message: 'upload-artifact: nothing to upload (report, sarif and sbom are all turned off).' };

  const staging = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'readiness-gate-artifact-'));
  try {
    const roots = trustedRoots(deps.cwd, env);
    const names = artifactNames(paths);
    const staged: string[] = [];
    for (let i = 0; i < paths.length; i++) {
      let bytes: Buffer;
      try {
        bytes = readRegularFile(resolve(deps.cwd, paths[i]!), { roots, maxBytes: MAX_FILE_BYTES });
      } catch (e) {
        if (e instanceof UnsafeFileError) return { kind: 'failed', message: `upload-artifact: not uploaded, '${paths[i]}' ${e.message}.` };
        throw e;
      }
      const dest = join(staging, names[i]!);
      writeFileSync(dest, bytes, { flag: 'wx', mode: 0o600 });
      staged.push(dest);
    }
    const upload = deps.upload ?? defaultUploader;
    const quiet = deps.quiet ?? ((f) => f());
    try {
      const r = await quiet(() => upload(name, staged, staging));
      return { kind: 'uploaded', name, id: r.id ?? null, size: r.size ?? null, files: names };
    } catch (e) {
      return { kind: 'failed', message: `upload-artifact: the upload of '${name}' failed: ${cleanError(e)}${hint(e)}` };
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** What to do about the one failure users meet: a second upload of one name in the same run (matrix jobs). */
function hint(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return /already exists|\(409\)/i.test(text) ? ' (an artifact of that name already exists in this run: give each job its own upload-artifact name)' : '';
}

/** The toolkit's client, loaded only when an upload is asked for (runs without one never load it). */
const defaultUploader: Uploader = async (name, files, root) => {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient().uploadArtifact(name, files, root, {});
};

/** The sentence the log shows for an outcome, and its level. */
export function outcomeMessage(o: UploadOutcome): { level: 'notice' | 'warning' | 'info'; text: string } {
  if (o.kind === 'skipped') return { level: 'notice', text: o.message };
  if (o.kind === 'failed') return { level: 'warning', text: o.message };
  const size = o.size === null ? '' : `, ${o.size} bytes zipped`;
  return { level: 'info', text: `upload-artifact: uploaded '${o.name}' (${o.files.join(', ')}${size}${o.id === null ? '' : `, artifact id ${o.id}`})` };
}
