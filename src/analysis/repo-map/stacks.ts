// Development and test stacks (RULES.md, "Where the code lives decides too"): a compose file that
// starts the project for a developer or a test run, and the files it mounts. A file that only such a
// stack uses is tooling: a development CA's keys beside a local compose file never reach production.
//
// A stack is named by its configuration: a compose file under `.devcontainer/` (or a `local/`, `dev/`,
// `development/` folder), one whose name says so (`docker-compose.dev.yml`, `compose.local.yaml`,
// `docker-compose.test.yml`), or one of the CI and test compose files
// containers.ts already classes as test; a devcontainer.json's bind `mounts` too. What it uses: the
// file itself, bind sources of `volumes:`, `env_file:`, top-level `configs:`/`secrets:` `file:`.
//
// The claim is kept only when nothing that ships uses the path (decided in index.ts once the
// shipping claims are known): no COPY/ADD of an image that ships covers it or lies inside it, no
// production compose (one without a stack marker) mounts it, no kustomization or Helm chart folder
// holds it (kustomize generators and `.Files.Get` read files below their own folder only); a folder
// or a file of source code is never claimed (a dev stack mounting `./src` or `./app/main.py` for live
// reload runs the product's code); the repository root and paths outside it never are.
import type { ClassRoot, FileClass, GuessedStackClaim, RepositoryMapData, StackClaim } from '../../model/repo-map.js';
import { parseJsonc } from '../js/jsonc.js';
import { baseOf, dirOf, lowerBound, resolveIn, table, under, type Ctx } from './context.js';

/** What one stack or production compose file uses. */
export interface StackUse {
  config: string;
  /** Why it is a stack ('a development stack (...)'), or undefined for a production compose file. */
  stack?: string;
  /** 'development' or 'test': the word the reasons use. */
  kind?: 'development' | 'test';
  /** A stack by inference (localStack), not by its name or folder: its own file keeps its class. */
  guessed?: boolean;
  mounts: Array<{ path: string; how: string }>;
}

const MAX_SERVICES = 200;
const MAX_ENTRIES = 50;
/** Mounts read per file, and in all: beyond either, no stack claims anything (what ships may be unread). */
const MAX_MOUNTS = 500;
export const MAX_ALL_MOUNTS = 5000;
/** Files looked at below a mounted folder for source code: beyond it, the folder is not claimed (fail closed). */
const MAX_FOLDER_FILES = 5000;

// Not `override`: Compose merges `docker-compose.override.yml` into every `docker compose up`, servers included.
const STACK_NAME = /^(?:docker-)?compose[.-](dev|devel|development|local|devcontainer)(?:[.-][\w-]+)?\.ya?ml$/i;
const STACK_DIRS = new Set(['.devcontainer', 'devcontainer', 'local', 'dev', 'development', 'local-dev', 'localdev']);
/** Source code: a mounted folder holding any is the product's code run live, not the stack's own files. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|rb|java|kt|kts|scala|groovy|cs|fs|vb|php|rs|swift|c|cc|cpp|cxx|h|hpp|m|mm|ex|exs|erl|clj|lua|pl|dart|vue|svelte)$/i;

/** Why a compose file (not a CI or test one) is a development stack, or undefined. */
export function developmentStack(path: string): string | undefined {
  const m = STACK_NAME.exec(baseOf(path));
  if (m) return `a development stack (file name '${baseOf(path)}')`;
  for (let d = dirOf(path); d !== ''; d = dirOf(d)) {
    if (STACK_DIRS.has(baseOf(d))) return `a development stack (a compose file under '${baseOf(d)}/')`;
  }
  return undefined;
}

/**
 * A compose file that neither its name nor its folder marks as a stack is the deployment only when
 * nothing else is: where the repository deploys with a Helm chart or a kustomization (`deployer`), a
 * runtime compose file beside it likely starts the project for a developer or a test run
 * (hmcts/send-letter-service: the product's image beside an SFTP emulator and a database with trust
 * authentication, while the chart takes the real key from a vault). Likely only: the files only it
 * mounts are the stack's, but the compose file keeps its class, since what it runs can still be
 * deployed as written (a quickstart whose healthchecks must work), and its credentials get a gap.
 */
export function localStack(u: StackUse, deployer: string | undefined, classOf: (path: string) => FileClass): StackUse {
  if (u.stack !== undefined || deployer === undefined || !COMPOSE_FILE.test(baseOf(u.config)) || classOf(u.config) !== 'runtime') return u;
  return { ...u, stack: `likely a local stack (the repository deploys with ${deployer.slice(0, 120)})`, kind: 'development', guessed: true };
}

const COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i;

/** The repository paths a compose document mounts into its containers, relative to the repository root. */
export function composeMounts(doc: unknown, dir: string): StackUse['mounts'] {
  const out: StackUse['mounts'] = [];
  const add = (raw: unknown, how: string) => {
    if (typeof raw !== 'string' || raw.includes('$') || raw.startsWith('~')) return;
    const p = resolveIn(dir, raw);
    if (p !== undefined) out.push({ path: p, how });
  };
  // One more than the bound: stackRoots sees that the file was not read whole.
  const full = () => out.length > MAX_MOUNTS;
  for (const [name, raw] of Object.entries(table(table(doc).services)).slice(0, MAX_SERVICES)) {
    if (full()) break;
    const service = table(raw);
    const shown = name.slice(0, 60);
    for (const v of list(service.volumes)) {
      if (typeof v === 'string') {
        // Short syntax SOURCE:TARGET[:MODE]; a source that is not a path (`./x`, `../x`, `/x`) is a named volume.
        const source = v.split(':')[0]!;
        if (source.startsWith('.')) add(source, `services.${shown}.volumes`);
      } else if (table(v).type === 'bind') add(table(v).source, `services.${shown}.volumes`);
    }
    for (const e of list(service.env_file)) add(typeof e === 'string' ? e : table(e).path, `services.${shown}.env_file`);
  }
  for (const top of ['configs', 'secrets'] as const) {
    for (const [name, raw] of Object.entries(table(table(doc)[top])).slice(0, MAX_SERVICES)) add(table(raw).file, `${top}.${name.slice(0, 60)}.file`);
  }
  return out;
}

/** A devcontainer.json's bind `mounts` below the workspace folder (`source=${localWorkspaceFolder}/x,target=…,type=bind`). */
export function devcontainerMounts(ctx: Ctx, path: string): StackUse | undefined {
  const text = ctx.read(path);
  if (text === undefined) return undefined;
  const doc = parseJsonc(text);
  if (doc === undefined) {
    ctx.malformed(path, 'devcontainer.json', 'not JSON with comments');
    return undefined;
  }
  const mounts: StackUse['mounts'] = [];
  for (const m of list(table(doc).mounts)) {
    let fields: Record<string, unknown>;
    if (typeof m === 'string') {
      const pairs = m.split(',').slice(0, 20).filter((kv) => kv.includes('='));
      fields = Object.fromEntries(pairs.map((kv) => [kv.slice(0, kv.indexOf('=')).trim(), kv.slice(kv.indexOf('=') + 1).trim()]));
    }
    else fields = table(m);
    const source = fields.source ?? fields.src;
    if ((fields.type ?? 'bind') !== 'bind' || typeof source !== 'string') continue;
    const rest = /^\$\{localWorkspaceFolder\}(?:\/(.*))?$/.exec(source);
    if (!rest || rest[1] === undefined || rest[1].includes('$')) continue;
    const p = resolveIn('', rest[1]);
    if (p !== undefined) mounts.push({ path: p, how: 'mounts' });
  }
  return { config: path, stack: 'a development stack (devcontainer.json)', kind: 'development', mounts };
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, MAX_ENTRIES) : v === undefined || v === null ? [] : [v];
}

export interface StackJudge {
  files: readonly string[];
  fileSet: ReadonlySet<string>;
  dirs: ReadonlySet<string>;
  /** The class before the stacks' claims (configuration narrowing, folder names). */
  classOf(path: string, folder: boolean): FileClass;
  /** Paths that ship, with why: COPY/ADD sources of images that ship, Helm chart and kustomization folders. */
  shipped: ReadonlyArray<{ path: string; reason: string }>;
  /** Paths that already have a runtime root of their own (the shipping claims kept). */
  rooted: ReadonlySet<string>;
}

/**
 * The roots the stacks' claims give: tooling, with the stack named, where nothing that ships uses the
 * path. A claimed folder that holds something that ships keeps that thing runtime with a root of its own.
 */
export function stackRoots(uses: readonly StackUse[], j: StackJudge): { roots: ClassRoot[]; guessed: GuessedStackClaim[] } {
  // Fail closed: a file whose mounts were not all read may mount what a stack claims.
  if (uses.some((u) => u.mounts.length > MAX_MOUNTS) || uses.reduce((n, u) => n + u.mounts.length, 0) > MAX_ALL_MOUNTS) return { roots: [], guessed: [] };
  // What a likely local stack mounts vetoes a named stack's claim as a production compose file's
  // mounts do (it may still be deployed as written), but not a guess: the guess is about it.
  const vetoes: Array<{ path: string; reason: string; guess?: true }> = [...j.shipped];
  for (const u of uses) {
    if ((u.stack !== undefined && !u.guessed) || j.classOf(u.config, false) !== 'runtime') continue;
    for (const m of u.mounts) vetoes.push({ path: m.path, reason: `${u.config} (${m.how}) mounts it into a container`, ...(u.guessed ? { guess: true as const } : {}) });
  }
  const vetoed = new Set(vetoes.filter((v) => !v.guess).map((v) => v.path));
  const vetoedByGuess = new Set(vetoes.filter((v) => v.guess).map((v) => v.path));
  const covered = (p: string, guess: boolean) => {
    for (let d = p; ; d = dirOf(d)) {
      if (vetoed.has(d) || (!guess && vetoedByGuess.has(d))) return true;
      if (d === '') return false;
    }
  };
  const out = new Map<string, ClassRoot>();
  const keep = new Map<string, ClassRoot>();
  // A guessed stack's claims change no class (its compose file may still be deployed as written, and
  // the monitoring rules read what it mounts): they only name the stack where a credential is found.
  const guessed = new Map<string, GuessedStackClaim>();
  for (const u of uses) {
    if (u.stack === undefined) continue;
    const claim = (r: ClassRoot) => {
      if (!u.guessed) out.set(r.path, r);
      else if (!guessed.has(r.path)) guessed.set(r.path, { path: r.path, config: u.config, why: r.reason });
    };
    // The stack's own file is its first use: a credential written in it is the stack's.
    const own = j.classOf(u.config, false);
    if (j.fileSet.has(u.config) && (own === 'runtime' || own === 'tooling') && !j.rooted.has(u.config) && !out.has(u.config)) {
      claim({ path: u.config, class: 'tooling', reason: `${u.config}: ${u.stack}`, stack: u.config });
    }
    for (const m of u.mounts) {
      if (m.path === '' || out.has(m.path)) continue;
      const folder = j.dirs.has(m.path);
      if (!folder && !j.fileSet.has(m.path)) continue;
      // Something that ships covers it: an image's COPY of its folder, a production mount of it.
      if (covered(m.path, u.guessed === true)) continue;
      const now = j.classOf(m.path, folder);
      if (now !== 'runtime' && now !== 'tooling') continue;
      if (folder ? holdsCode(j.files, m.path) : CODE_FILE.test(m.path)) continue;
      claim({ path: m.path, class: 'tooling', reason: `used only by ${u.guessed ? 'what is likely a local stack,' : `the ${u.kind ?? 'development'} stack`} ${u.config} (${m.how})`, stack: u.config });
      if (!folder || u.guessed) continue;
      for (const v of vetoes) {
        if (v.path === m.path || !under(v.path, m.path) || j.rooted.has(v.path) || keep.has(v.path)) continue;
        if (j.classOf(v.path, j.dirs.has(v.path)) === 'runtime') keep.set(v.path, { path: v.path, class: 'runtime', reason: v.reason });
      }
    }
  }
  return {
    roots: [...out.values(), ...[...keep.values()].filter((r) => !out.has(r.path))],
    guessed: [...guessed.values()].filter((g) => !out.has(g.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

function holdsCode(files: readonly string[], dir: string): boolean {
  const prefix = `${dir}/`;
  for (let i = lowerBound(files, prefix), n = 0; i < files.length && files[i]!.startsWith(prefix); i++, n++) {
    if (n >= MAX_FOLDER_FILES || CODE_FILE.test(files[i]!)) return true;
  }
  return false;
}

const indexes = new WeakMap<readonly ClassRoot[], Map<string, ClassRoot>>();

/**
 * The stack that alone uses a file, when the map's decision for it is a stack's claim: the nearest
 * configuration root on its path (the file, then its folders) carries it.
 */
export function stackOf(map: Pick<RepositoryMapData, 'roots' | 'localStacks'>, path: string, cls: FileClass): StackClaim | undefined {
  return (cls === 'tooling' ? rootClaim(map, path) : undefined) ?? guessedClaim(map, path);
}

function rootClaim(map: Pick<RepositoryMapData, 'roots'>, path: string): StackClaim | undefined {
  let byPath = indexes.get(map.roots);
  if (!byPath) {
    byPath = new Map();
    // The last root of a path decides, as in the resolver.
    for (const r of map.roots) if (r.layer !== 'convention' && r.layer !== 'generated') byPath.set(r.path, r);
    indexes.set(map.roots, byPath);
  }
  for (let d = path; ; d = dirOf(d)) {
    const r = byPath.get(d);
    if (r) return r.stack === undefined ? undefined : { config: r.stack, why: r.reason };
    if (d === '') return undefined;
  }
}

const guessIndexes = new WeakMap<readonly GuessedStackClaim[], Map<string, GuessedStackClaim>>();

/** A guessed stack's claim on the path or a folder above it. */
function guessedClaim(map: Pick<RepositoryMapData, 'localStacks'>, path: string): StackClaim | undefined {
  const list = map.localStacks;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  let byPath = guessIndexes.get(list);
  if (!byPath) guessIndexes.set(list, (byPath = new Map(list.map((g) => [g.path, g]))));
  for (let d = path; ; d = dirOf(d)) {
    const g = byPath.get(d);
    if (g) return { config: g.config, why: g.why, guessed: true };
    if (d === '') return undefined;
  }
}
