// The Dockerfile model, parsed once per file (SourceFile.memo): instructions with their lines,
// build stages with their base image (ARG defaults substituted, stage aliases resolved), HEALTHCHECK
// commands and the URLs they call. Read by the Docker rules, the probe/route rule and the SBOM.
//
// API
//   DOCKERFILE_GLOBS / isDockerfilePath(path)   Dockerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile, and Containerfile alike
//   dockerfileOf(f: SourceFile)     memoised parseDockerfile(f.text)
//   capturedDockerfiles(ws)         every captured Dockerfile, parsed once per run (in end())
//   parseDockerfile(text)           → Dockerfile (never throws)
//   parseImageRef(ref)              → ImageRef (registry, repository, tag, digest)
//   includedStages(dockerfiles)     path → the stage names dockerfile-x INCLUDEs bring in (or unknown)
//   isIncludedStage(stage, ext)     a bare FROM name that may be one of them
//
// Stages: `FROM [--platform=..] <image> [AS name]`. `image` is the reference after ARG substitution;
// `stageRef` is set when it names an earlier stage (then it is not a base image), `scratch` is marked.
// Instruction lines are where the instruction starts (continuations joined).
import { globMatcher } from '../workspace/glob.js';
import type { SourceFile } from '../workspace/source-file.js';
import type { Workspace } from '../workspace/workspace.js';
import { splitScript } from './shell.js';

export interface ImageRef {
  /** As resolved (`docker.io/library/python:3.12-slim@sha256:...` keeps what was written). */
  raw: string;
  /** Registry host when written (`ghcr.io`, `registry:5000`), else undefined (Docker Hub). */
  registry?: string;
  /** Path without registry, tag or digest (`python`, `bitnami/redis`, `acme/app`). */
  repository: string;
  /** Last path component (`python`, `redis`). */
  name: string;
  tag?: string;
  digest?: string;
}

export interface Stage {
  index: number;
  line: number;
  /** The FROM argument as written (`python:${PY}-slim`). */
  written: string;
  /** After ARG substitution. */
  image: string;
  /** `AS name`, lower-cased as Docker compares them. */
  alias?: string;
  platform?: string;
  /** The FROM names an earlier stage (by alias or index): not a base image. */
  stageRef?: string;
  scratch: boolean;
  /** The reference still holds a variable that no ARG default resolves. */
  unresolved: boolean;
  ref?: ImageRef;
}

export interface Instruction {
  keyword: string;
  /** Arguments, continuations joined (heredoc bodies not included). */
  args: string;
  line: number;
}

export interface Healthcheck {
  line: number;
  /** `NONE` disables the inherited healthcheck. */
  none: boolean;
  command: string;
  /** HTTP URLs the command calls (curl/wget/...): path and port when given. */
  /** `fails`: the client exits non-zero on an HTTP error status (curl -f, wget, urlopen); else a 404 passes the check. */
  urls: Array<{ url: string; path: string; port?: number; fails: boolean }>;
}

export interface Dockerfile {
  instructions: Instruction[];
  stages: Stage[];
  /** `# syntax = devthefuture/dockerfile-x` (or another frontend named dockerfile-x): INCLUDE and file FROMs apply. */
  dockerfileX?: true;
  /** The files its INCLUDE instructions name, as written. */
  includes?: Array<{ path: string; line: number }>;
  healthchecks: Healthcheck[];
  /** EXPOSE'd ports. */
  exposes: number[];
}

/**
 * Every name a Dockerfile goes by: `Dockerfile`, `Dockerfile.prod`, `Dockerfile-multi-arch`,
 * `api.Dockerfile`, and the same for `Containerfile` (Podman), capitalised or not. The one list:
 * checks read these (`files`, `capture`), and isDockerfilePath() is these globs minus documents.
 */
export const DOCKERFILE_GLOBS = [
  '**/[Dd]ockerfile',
  '**/[Dd]ockerfile.*',
  '**/[Dd]ockerfile-*',
  '**/*.[Dd]ockerfile',
  '**/[Cc]ontainerfile',
  '**/[Cc]ontainerfile.*',
  '**/[Cc]ontainerfile-*',
  '**/*.[Cc]ontainerfile',
] as const;

const DOCKERFILE_NAME = globMatcher([...DOCKERFILE_GLOBS], { dot: true });

/** A Dockerfile by its name (DOCKERFILE_GLOBS), not a document about one (`Dockerfile.md`, `Dockerfile-guide.txt`). */
export function isDockerfilePath(path: string): boolean {
  // The name first: it refuses nearly every path of a tree at once.
  // Documents and backups about a Dockerfile, and source files named for one (checkov's `common/util/dockerfile.py`).
  return DOCKERFILE_NAME(path) && !/\.(md|txt|rst|adoc|dockerignore|orig|bak|py|pyi|[cm]?[jt]sx?|go|rb|java|kt|rs|cs|php|json|ya?ml|toml)$/i.test(path.slice(path.lastIndexOf('/') + 1));
}

export function dockerfileOf(f: SourceFile): Dockerfile {
  return f.memo('dockerfile', () => parseDockerfile(f.text));
}

/**
 * The Dockerfiles the checks captured (DOCKERFILE_GLOBS), path → model, parsed once per run and
 * shared by every check that reads them in end(). A check must capture DOCKERFILE_GLOBS to see them.
 */
export function capturedDockerfiles(ws: Pick<Workspace, 'captured' | 'text' | 'shared'>): ReadonlyMap<string, Dockerfile> {
  return ws.shared('dockerfiles', () => {
    const out = new Map<string, Dockerfile>();
    for (const p of ws.captured) {
      if (!isDockerfilePath(p)) continue;
      const t = ws.text(p);
      if (t !== undefined) out.set(p, parseDockerfile(t));
    }
    return out;
  });
}

export function parseDockerfile(text: string): Dockerfile {
  const instructions = readInstructions(text);
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  const healthchecks: Healthcheck[] = [];
  const exposes: number[] = [];
  const dockerfileX = DOCKERFILE_X.test(directives(text));
  const includes: Array<{ path: string; line: number }> = [];
  for (const ins of instructions) {
    if (ins.keyword === 'INCLUDE') {
      // An included file's own INCLUDEs count whatever its directives: its includer's frontend reads them.
      const target = instructionOperands(ins.args)[0];
      if (target !== undefined && includes.length < MAX_INCLUDES) includes.push({ path: target, line: ins.line });
    } else if (ins.keyword === 'ARG' && stages.length === 0) {
      for (const [k, v] of argDefs(ins.args)) if (v !== undefined) globalArgs.set(k, v);
      else if (!globalArgs.has(k)) globalArgs.set(k, '');
    } else if (ins.keyword === 'FROM') {
      const stage = stageOf(ins, stages, globalArgs);
      // dockerfile-x `FROM ./other.dockerfile AS x`: a file of the repository, not an image.
      if (dockerfileX && stage.ref && /^\.{1,2}\//.test(stage.image)) {
        delete stage.ref;
        stage.stageRef = stage.image;
      }
      stages.push(stage);
    } else if (ins.keyword === 'HEALTHCHECK') {
      healthchecks.push(healthcheckOf(ins));
    } else if (ins.keyword === 'EXPOSE') {
      for (const p of ins.args.split(/\s+/)) {
        const m = /^(\d+)(\/\w+)?$/.exec(p);
        if (m) exposes.push(Number(m[1]));
      }
    }
  }
  return { instructions, stages, healthchecks, exposes, ...(dockerfileX ? { dockerfileX: true as const } : {}), ...(includes.length > 0 ? { includes } : {}) };
}

const DOCKERFILE_X = /^#\s*syntax\s*=\s*\S*dockerfile-x\b/im;
const MAX_INCLUDES = 32;

/** The parser directives at the top of a Dockerfile (`# syntax=...`), as text: they stop at the first other line. */
function directives(text: string): string {
  let end = 0;
  for (let n = 0; n < 8; n++) {
    const nl = text.indexOf('\n', end);
    const line = text.slice(end, nl < 0 ? text.length : nl);
    if (!/^#\s*[a-z]+\s*=\s*\S+\s*$/i.test(line.slice(0, 200))) break;
    end = nl < 0 ? text.length : nl + 1;
    if (nl < 0) break;
  }
  return text.slice(0, end);
}

/** The stage names a Dockerfile may name besides its own: its INCLUDEd files' (or its includers'); `unknown` when an included file could not be read. */
export interface IncludedStages {
  names: ReadonlySet<string>;
  unknown: boolean;
}

/**
 * dockerfile-x: `INCLUDE docker/base.dockerfile` pastes that file in, so its `FROM ... AS base`
 * is a stage of the includer, and a fragment included somewhere may `FROM base` a stage its
 * includer declares. For each Dockerfile with the dockerfile-x syntax directive, its includes are
 * read (transitively, at most MAX_INCLUDED files): relative paths only, from its own folder and
 * else from the repository root (the build context dockerfile-x reads them from), never outside
 * the repository. An include not among the Dockerfiles read leaves its stage names unknown.
 */
export function includedStages(dockerfiles: ReadonlyMap<string, Dockerfile>): Map<string, IncludedStages> {
  const out = new Map<string, { names: Set<string>; unknown: boolean }>();
  const entry = (p: string) => {
    let e = out.get(p);
    if (!e) out.set(p, (e = { names: new Set(), unknown: false }));
    return e;
  };
  for (const [path, d] of dockerfiles) {
    if (!d.dockerfileX || !d.includes) continue;
    const names = new Set<string>();
    let unknown = false;
    const seen = new Set<string>([path]);
    const queue = [path];
    for (let i = 0; i < queue.length && i < MAX_INCLUDED; i++) {
      const from = queue[i]!;
      for (const inc of dockerfiles.get(from)?.includes ?? []) {
        const target = resolveInclude(from, inc.path, dockerfiles);
        if (target === undefined) {
          unknown = true;
          continue;
        }
        if (seen.has(target)) continue;
        seen.add(target);
        queue.push(target);
        for (const s of dockerfiles.get(target)!.stages) if (s.alias) names.add(s.alias);
      }
    }
    if (queue.length > MAX_INCLUDED) unknown = true;
    for (const s of d.stages) if (s.alias) names.add(s.alias);
    // Every file of the set sees every stage of it (order is not checked: a stage used before its declaration is the build's error, not a pin).
    for (const p of seen) {
      const e = entry(p);
      for (const n of names) e.names.add(n);
      e.unknown ||= unknown;
    }
  }
  return out;
}

const MAX_INCLUDED = 64;

/** The Dockerfile an INCLUDE names: relative to the includer's folder, else to the repository root. */
function resolveInclude(from: string, target: string, dockerfiles: ReadonlyMap<string, Dockerfile>): string | undefined {
  if (target.startsWith('/') || target.includes('$') || /^[a-z][\w+.-]*:/i.test(target)) return undefined;
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  for (const base of dir === '' ? [''] : [dir, '']) {
    const p = normalize(base === '' ? target : `${base}/${target}`);
    if (p !== undefined && dockerfiles.has(p)) return p;
  }
  return undefined;
}

function normalize(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/**
 * The base images the repository ships: each stage with an image reference of a runtime Dockerfile
 * (the map's class; examples, tests and docs are not what it ships; `Dockerfile.md` is prose), less
 * the names that are stages of a Dockerfile it INCLUDEs. The base-image rules judge these.
 */
export function* shippedBaseImages(ws: Pick<Workspace, 'captured' | 'text' | 'shared' | 'classOf'>): Generator<{ path: string; stage: Stage }> {
  const dockerfiles = capturedDockerfiles(ws);
  const included = includedStages(dockerfiles);
  for (const [path, d] of dockerfiles) {
    if (!isDockerfilePath(path) || ws.classOf(path) !== 'runtime') continue;
    for (const stage of d.stages) if (stage.ref && !isIncludedStage(stage, included.get(path))) yield { path, stage };
  }
}

/**
 * A FROM that may name a stage of an INCLUDEd file: a bare name (no registry, path, tag or digest)
 * among the included stage names, or any bare name when an included file could not be read.
 */
export function isIncludedStage(s: Stage, ext: IncludedStages | undefined): boolean {
  if (!ext || !s.ref || s.unresolved) return false;
  const r = s.ref;
  if (r.registry !== undefined || r.tag !== undefined || r.digest !== undefined || r.repository.includes('/')) return false;
  return ext.unknown || ext.names.has(s.image.toLowerCase());
}

function stageOf(ins: Instruction, earlier: Stage[], args: Map<string, string>): Stage {
  const words = ins.args.split(/\s+/).filter(Boolean);
  let platform: string | undefined;
  while (words[0]?.startsWith('--')) {
    const w = words.shift()!;
    const m = /^--platform=(.*)$/.exec(w);
    if (m) platform = m[1];
  }
  const written = words[0] ?? '';
  const alias = words[1]?.toLowerCase() === 'as' && words[2] ? words[2].toLowerCase() : undefined;
  let unresolved = false;
  const image = substitute(written, args, () => (unresolved = true));
  const lower = image.toLowerCase();
  const byAlias = earlier.find((s) => s.alias === lower);
  const byIndex = /^\d+$/.test(image) && Number(image) < earlier.length ? String(image) : undefined;
  const stage: Stage = {
    index: earlier.length,
    line: ins.line,
    written,
    image,
    scratch: lower === 'scratch',
    unresolved,
    ...(alias ? { alias } : {}),
    ...(platform ? { platform } : {}),
  };
  if (byAlias) stage.stageRef = byAlias.alias!;
  else if (byIndex !== undefined) stage.stageRef = byIndex;
  else if (!stage.scratch && image !== '') stage.ref = parseImageRef(image);
  return stage;
}

/** `ARG A=1 B` → [[A,'1'],[B,undefined]] (quotes removed). */
function argDefs(args: string): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:=("[^"]*"|'[^']*'|\S*))?/g)) {
    const v = m[2];
    out.push([m[1]!, v === undefined ? undefined : v.replace(/^(["'])(.*)\1$/, '$2')]);
  }
  return out;
}

/** `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}` with the global ARG defaults. */
function substitute(s: string, args: Map<string, string>, onUnresolved: () => void): string {
  return s.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = (braced ?? bare) as string;
    const v = args.get(name);
    const set = v !== undefined && v !== '';
    if (op === '-') return set ? v : (word as string);
    if (op === '+') return set ? (word as string) : '';
    if (!set) {
      onUnresolved();
      return '';
    }
    return v;
  });
}

/**
 * The operands of COPY, ADD, CMD or ENTRYPOINT: the JSON array form, else the words with `--flags`
 * dropped and quotes taken off (Docker reads an array that is not valid JSON as the shell form).
 */
export function instructionOperands(args: string): string[] {
  const t = args.trim();
  if (t.startsWith('[')) {
    try {
      const a = JSON.parse(t) as unknown;
      if (Array.isArray(a)) return a.filter((x): x is string => typeof x === 'string');
    } catch {
      /* shell form after all */
    }
  }
  return t.split(/\s+/).filter((w) => w !== '' && !w.startsWith('--')).map((w) => w.replace(/^["']|["']$/g, ''));
}

/** Splits an image reference: `[registry/]repository[:tag][@digest]`. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const first = rest.split('/')[0]!;
  if (rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    rest = rest.slice(first.length + 1);
  }
  const name = rest.slice(rest.lastIndexOf('/') + 1);
  return { raw: ref, repository: rest, name, ...(registry ? { registry } : {}), ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

function healthcheckOf(ins: Instruction): Healthcheck {
  const none = /^NONE\b/i.test(ins.args.trim());
  const cmd = ins.args.replace(/^(--\S+\s+)*/, '').replace(/^CMD\s+/i, '');
  let command = cmd.trim();
  if (command.startsWith('[')) {
    try {
      const arr = JSON.parse(command) as unknown;
      if (Array.isArray(arr)) command = arr.map(String).join(' ');
    } catch {
      // Not valid JSON: docker runs it through a shell as written.
    }
  }
  return { line: ins.line, none, command, urls: none ? [] : httpUrls(command) };
}

/** HTTP URLs in a command line (curl/wget/python/node one-liners): path, port, and whether a 404 fails the command. */
export function httpUrls(command: string): Healthcheck['urls'] {
  const out: Healthcheck['urls'] = [];
  const cmd = command.slice(0, 10_000);
  for (const m of cmd.matchAll(/https?:\/\/([^/\s'"`)]+)(\/[^\s'"`)|;&]*)?/g)) {
    if (out.length >= 20) break;
    const hostPort = m[1]!;
    const pm = /:(\d+)$/.exec(hostPort);
    const path = (m[2] ?? '/').replace(/[?#].*$/, '') || '/';
    out.push({ url: m[0], path, ...(pm ? { port: Number(pm[1]) } : {}), fails: failsOnHttpError(cmd, m.index) });
  }
  return out;
}

/**
 * Does the command holding the URL at `at` exit non-zero when the server answers 404? curl only with
 * `-f`/`--fail`/`--fail-with-body` (or when its output is piped into grep, which then decides); wget
 * always (exit 8); Python's urlopen raises; other clients (requests, node, a custom binary) are not
 * known to, so a 404 may pass the check and the probe is not judged.
 */
export function failsOnHttpError(command: string, at: number): boolean {
  // The simple command holding the URL: from the operator before it to the one after it.
  let start = 0;
  for (const m of command.slice(0, at).matchAll(/&&|\|\||;|\|/g)) start = m.index + m[0].length;
  const rest = command.slice(at);
  const endRel = rest.search(/&&|\|\||;|\|/);
  const segment = command.slice(start, endRel < 0 ? command.length : at + endRel);
  const piped = endRel >= 0 && rest[endRel] === '|' && rest[endRel + 1] !== '|' && /^\|\s*grep\b/.test(rest.slice(endRel));
  // A short-flag cluster holding `f` (`-sSf`): the lookahead keeps a long run of letters linear.
  if (/(?:^|[\s/"'[,])curl(?=[\s"',\]])/.test(segment)) return piped || /(?:^|[\s"'[,])(?:-(?=[a-zA-Z]*f)[a-zA-Z]+|--fail(?:-with-body)?)(?=[\s"',\]]|$)/.test(segment);
  if (/(?:^|[\s/"'[,])wget(?=[\s"',\]])/.test(segment)) return true;
  if (/\burlopen\s*\(/.test(segment) || /raise_for_status\s*\(/.test(segment)) return true;
  return piped;
}

/**
 * Instructions with their starting lines: comments and parser directives skipped, line
 * continuations (the escape character, `\` or the `# escape=` directive's) joined, heredoc bodies
 * (`RUN <<EOF ... EOF`) skipped.
 */
function readInstructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  let escape = '\\';
  const out: Instruction[] = [];
  let i = 0;
  // Parser directives: only at the very top, before any instruction or blank line.
  while (i < lines.length) {
    const m = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(lines[i]!);
    if (!m) break;
    if (m[1]!.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2]!;
    i++;
  }
  while (i < lines.length) {
    const l = lines[i]!;
    if (/^\s*(#|$)/.test(l)) {
      i++;
      continue;
    }
    const start = i;
    let body = l;
    // Continuation: the escape character at the end of the line; comment lines inside are dropped.
    while (body.trimEnd().endsWith(escape) && i + 1 < lines.length) {
      body = body.trimEnd().slice(0, -1);
      i++;
      while (i < lines.length && /^\s*#/.test(lines[i]!)) i++;
      if (i < lines.length) body += ' ' + lines[i]!.trim();
    }
    i++;
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(body);
    if (!m) continue;
    const keyword = m[1]!.toUpperCase();
    const args = m[2]!.trim();
    out.push({ keyword, args, line: start + 1 });
    // Heredocs: `<<EOF`, `<<-EOF`, `<<"EOF"`; the bodies follow in order.
    for (const h of args.matchAll(/<<(-?)(["']?)([A-Za-z0-9_]+)\2/g)) {
      const delim = h[3]!;
      while (i < lines.length && (h[1] === '-' ? lines[i]!.replace(/^\t+/, '') : lines[i]!) !== delim) i++;
      i++;
    }
  }
  return out;
}

/** A package an image installs itself, outside the project's manifests (`npm install -g zx`, `pip install pyyaml`, `apt-get install python3-yaml`). */
export interface ImageInstall {
  ecosystem: 'npm' | 'pypi';
  /** The package (npm) or distribution (PyPI) name, lower case; for an OS package, the Python import name it provides. */
  name: string;
  line: number;
}

const NPM_INSTALL = new Set(['install', 'i', 'add']);
const PIP = /^(?:pip3?|pip3\.\d+|uv)$/;

/** What the RUN instructions install by name (not from a requirements file or a lockfile: those are manifests). */
export function imageInstalls(d: Dockerfile): ImageInstall[] {
  const out: ImageInstall[] = [];
  for (const ins of d.instructions) {
    if (ins.keyword !== 'RUN' || out.length > 500) continue;
    for (const cmd of splitScript(ins.args).slice(0, 200)) {
      const w = cmd.words;
      // Package names only: no flags, variables, paths, URLs or git specs (a scoped name has its one slash).
      const args = (from: number) => w.slice(from).filter((x) => !x.startsWith('-') && !x.includes('$') && !x.includes(':') && (x.startsWith('@') || !x.includes('/')) && x !== '.');
      if (['npm', 'pnpm', 'yarn'].includes(w[0] ?? '')) {
        const at = w.findIndex((x, i) => i > 0 && (NPM_INSTALL.has(x) || x === 'global'));
        if (at < 0) continue;
        for (const a of args(at + 1)) if (a !== 'add') out.push({ ecosystem: 'npm', name: npmName(a), line: ins.line });
      } else if (PIP.test(w[0] ?? '') || (w[0]?.startsWith('python') && w[1] === '-m' && w[2] === 'pip')) {
        const at = w.indexOf('install');
        if (at < 0 || w.includes('-r') || w.includes('--requirement')) continue;
        for (const a of w.slice(at + 1)) if (!a.startsWith('-') && !a.includes('/') && !a.includes('$') && a !== '.') out.push({ ecosystem: 'pypi', name: a.split(/[=<>!~;[\s]/)[0]!.toLowerCase().replace(/_/g, '-'), line: ins.line });
      } else if (['apt-get', 'apt', 'apk'].includes(w[0] ?? '')) {
        for (const a of w) {
          const m = /^(?:python3?|py3)-([a-z0-9][\w.-]*)$/.exec(a);
          if (m) out.push({ ecosystem: 'pypi', name: m[1]!.toLowerCase().replace(/_/g, '-'), line: ins.line });
        }
      }
    }
  }
  return out;
}

function npmName(spec: string): string {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  return (at > 0 ? spec.slice(0, at) : spec).toLowerCase();
}
