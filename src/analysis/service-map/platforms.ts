// Health checks that platform descriptors declare: Fly (`fly.toml`), Render (`render.yaml`), Railway
// (`railway.json` / `railway.toml`) and App Engine flexible (`app.yaml`). Each becomes a plain fact
// for the service map: the path the platform calls, the port, and how the descriptor says the code
// is built: a Dockerfile (`build`), a native runtime or builder running a folder's code (`runs`), or a
// prebuilt image (`image`). Cloud Run's Knative `service.yaml` is a Kubernetes-style workload, read by
// analysis/k8s.ts. Heroku declares no HTTP health check (Procfile, app.json): nothing to read.
//
// API
//   PLATFORM_GLOBS            descriptor files
//   isPlatformPath(path)      is it one?
//   platformProbesOf(f)       → { probes, malformed? } (memoised), undefined when the file is not a descriptor
import { globMatcher } from '../../workspace/glob.js';
import { parse as parseToml } from 'smol-toml';
import type { SourceFile } from '../../workspace/source-file.js';
import { joinPath } from '../k8s.js';
import { get, isMap, items, parseYaml, startOf, str, type Node } from '../yaml.js';

export const PLATFORM_GLOBS = ['**/fly.toml', '**/fly.*.toml', '**/render.yaml', '**/render.yml', '**/railway.json', '**/railway.toml', '**/app.yaml', '**/app.yml'] as const;
export const isPlatformPath = globMatcher([...PLATFORM_GLOBS], { dot: true });

export interface PlatformProbe {
  /** `The health check of Fly app \`x\``. */
  what: string;
  /** `Fly app \`x\``, `Render service \`api\``. */
  workload: string;
  path: string;
  line: number;
  /** The port called, when the descriptor says it (or the platform's default). */
  port?: number;
  /** The platform tells the process which port to listen on (`PORT`) and calls that one. */
  injected?: true;
  /** Ports the descriptor gives the process (Fly `[env] PORT`). */
  declared: string[];
  /** A Dockerfile the platform builds (root-relative); `runs` is the fallback when it does not exist. */
  build?: { context: string; dockerfile: string };
  /** The folder whose code a native runtime or builder runs, and the command it starts. */
  runs?: { root: string; start?: string };
  /** A prebuilt image the platform runs. */
  image?: string;
  /** The command the descriptor runs in the image instead of its CMD (a Fly process group). */
  command?: string;
}

export interface PlatformFacts {
  probes: PlatformProbe[];
  malformed?: string;
}

const MAX_PROBES = 50;
const MAX_ITEMS = 100;
const MAX_LINES = 20_000;

/** The health checks a descriptor declares; undefined when the file is not a platform descriptor (an `app.yaml` that is a Kubernetes manifest). */
export function platformProbesOf(f: SourceFile): PlatformFacts | undefined {
  return f.memo('platform-probes', () => read(f));
}

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
const baseOf = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const label = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function read(f: SourceFile): PlatformFacts | undefined {
  const base = baseOf(f.path);
  const out = (() => {
    if (/^fly(?:\.[^/]+)?\.toml$/.test(base)) return fly(f);
    if (/^render\.ya?ml$/.test(base)) return render(f);
    if (base === 'railway.json' || base === 'railway.toml') return railway(f);
    if (/^app\.ya?ml$/.test(base)) return appEngine(f);
    return undefined;
  })();
  if (out) out.probes = out.probes.slice(0, MAX_PROBES);
  return out;
}

// ------------------------------------------------------------------------------ TOML and JSON

type Table = Record<string, unknown>;
const table = (v: unknown): Table | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : undefined);
const tables = (v: unknown): Table[] => (Array.isArray(v) ? v.slice(0, MAX_ITEMS).map(table).filter((t): t is Table => t !== undefined) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const portOf = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,5}$/.test(v.trim()) ? Number(v) : undefined;
  return n !== undefined && Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
};

function parseTomlText(src: string): { doc?: Table; error?: string } {
  try {
    return { doc: parseToml(src) as Table };
  } catch (e) {
    // The library's message quotes the source: only its position is kept.
    const line = (e as { line?: unknown }).line;
    return { error: typeof line === 'number' ? `TOML does not parse (line ${line})` : 'TOML does not parse' };
  }
}

/**
 * The line of the n-th `key = "value"` (TOML) or `"key": "value"` (JSON) whose value is `value`:
 * the parsers give no positions. Bounded to MAX_LINES lines; 1 when not found.
 */
function lineOfValue(src: string, key: string, value: string, nth: number): number {
  let seen = 0;
  let start = 0;
  for (let i = 0; i < MAX_LINES && start <= src.length; i++) {
    const end = src.indexOf('\n', start);
    const line = src.slice(start, end === -1 ? src.length : end);
    start = end === -1 ? src.length + 1 : end + 1;
    if (!line.includes(key) || !line.includes(value)) continue;
    const m = /^\s*(?:"([\w-]+)"|'([\w-]+)'|([\w-]+))\s*[=:]\s*(["'])(.*?)\4/.exec(line);
    if (!m || (m[1] ?? m[2] ?? m[3]) !== key || m[5] !== value) continue;
    if (seen++ === nth) return i + 1;
  }
  return 1;
}

// ------------------------------------------------------------------------------ Fly

function fly(f: SourceFile): PlatformFacts {
  const { doc, error } = parseTomlText(f.text);
  if (!doc) return { probes: [], ...(error !== undefined ? { malformed: error } : {}) };
  const dir = dirOf(f.path);
  const name = text(doc['app']) ?? (dir === '.' ? 'app' : baseOf(dir));
  const workload = `Fly app \`${label(name)}\``;
  const build = table(doc['build']) ?? {};
  const env = table(doc['env']) ?? {};
  const envPort = portOf(env['PORT']);
  const processes = table(doc['processes']);
  const commandOf = (groups: unknown): string | undefined => {
    if (!processes) return undefined;
    const group = Array.isArray(groups) && typeof groups[0] === 'string' ? groups[0] : 'app';
    return text(processes[group]);
  };
  // How the image is made: `[build] image` (prebuilt), a builder or buildpacks (the folder's code), or a Dockerfile (named, else `Dockerfile` beside fly.toml).
  const how: Pick<PlatformProbe, 'build' | 'runs' | 'image'> = {};
  const image = text(build['image']);
  const dockerfile = text(build['dockerfile']);
  if (image !== undefined) how.image = image;
  else if (dockerfile !== undefined) how.build = { context: dir, dockerfile: joinPath(dir, dockerfile) };
  else if (build['builder'] !== undefined || build['buildpacks'] !== undefined) how.runs = { root: dir };
  else how.build = { context: dir, dockerfile: joinPath(dir, 'Dockerfile') };

  const found: Array<{ path: string; port?: number; command?: string }> = [];
  const http = table(doc['http_service']);
  if (http) {
    const port = portOf(http['internal_port']);
    const command = commandOf(http['processes']);
    for (const c of tables(http['checks'])) {
      const path = text(c['path']);
      if (path !== undefined) found.push({ path, ...(port !== undefined ? { port } : {}), ...(command !== undefined ? { command } : {}) });
    }
  }
  for (const s of tables(doc['services'])) {
    const port = portOf(s['internal_port']);
    const command = commandOf(s['processes']);
    for (const c of tables(s['http_checks'])) {
      const path = text(c['path']);
      if (path !== undefined) found.push({ path, ...(port !== undefined ? { port } : {}), ...(command !== undefined ? { command } : {}) });
    }
  }
  // Top-level machine checks: `[checks.name] type = "http"` with their own port.
  for (const c of Object.values(table(doc['checks']) ?? {}).slice(0, MAX_ITEMS)) {
    const t = table(c);
    const path = text(t?.['path']);
    if (!t || t['type'] !== 'http' || path === undefined) continue;
    const port = portOf(t['port']);
    found.push({ path, ...(port !== undefined ? { port } : {}) });
  }
  const nth = new Map<string, number>();
  const probes: PlatformProbe[] = [];
  const seen = new Set<string>();
  for (const c of found) {
    const n = nth.get(c.path) ?? 0;
    nth.set(c.path, n + 1);
    const key = `${c.path}\0${c.port}`;
    if (seen.has(key)) continue;
    seen.add(key);
    probes.push({
      what: `The health check of ${workload}`,
      workload,
      path: c.path,
      line: lineOfValue(f.text, 'path', c.path, n),
      ...(c.port !== undefined ? { port: c.port } : {}),
      // Fly calls internal_port; `[env] PORT` tells the process the same port (most frameworks read it).
      declared: envPort !== undefined ? [String(envPort)] : [],
      ...how,
      ...(c.command !== undefined ? { command: c.command } : {}),
    });
  }
  return { probes };
}

// ------------------------------------------------------------------------------ Render

/** Render's default `PORT` for web services. */
const RENDER_PORT = 10000;

function render(f: SourceFile): PlatformFacts {
  const y = parseYaml(f.text);
  const probes: PlatformProbe[] = [];
  const lineOf = (n: Node | undefined) => y.lineOf(startOf(n) ?? 0);
  for (const s of items(get(y.docs[0]?.root, 'services')).slice(0, MAX_ITEMS)) {
    if (!isMap(s)) continue;
    const pathNode = get(s, 'healthCheckPath');
    const path = str(pathNode);
    // Only web services are health-checked over HTTP.
    if (path === undefined || (str(get(s, 'type')) ?? 'web') !== 'web') continue;
    const name = label(str(get(s, 'name')) ?? 'service');
    const workload = `Render service \`${name}\``;
    const runtime = str(get(s, 'runtime')) ?? str(get(s, 'env'));
    // rootDir is relative to the repository root; dockerfilePath and dockerContext to rootDir.
    const root = joinPath(dirOf(f.path), str(get(s, 'rootDir')) ?? '.');
    const how: Pick<PlatformProbe, 'build' | 'runs' | 'image' | 'command'> = {};
    if (runtime === 'docker') {
      how.build = { context: joinPath(root, str(get(s, 'dockerContext')) ?? '.'), dockerfile: joinPath(root, str(get(s, 'dockerfilePath')) ?? 'Dockerfile') };
      const cmd = str(get(s, 'dockerCommand'));
      if (cmd !== undefined) how.command = cmd;
    } else if (runtime === 'image') {
      const url = str(get(get(s, 'image'), 'url'));
      if (url === undefined) continue;
      how.image = url;
    } else if (runtime !== undefined && runtime !== 'static') {
      const start = str(get(s, 'startCommand'));
      how.runs = { root, ...(start !== undefined ? { start } : {}) };
    } else continue;
    let port = RENDER_PORT;
    for (const e of items(get(s, 'envVars')).slice(0, MAX_ITEMS)) {
      if (str(get(e, 'key')) !== 'PORT') continue;
      const p = portOf(str(get(e, 'value')));
      if (p !== undefined) port = p;
    }
    probes.push({ what: `The health check of ${workload}`, workload, path, line: lineOf(pathNode), port, injected: true, declared: [], ...how });
  }
  return { probes, ...(y.error !== undefined ? { malformed: y.error } : {}) };
}

// ------------------------------------------------------------------------------ Railway

function railway(f: SourceFile): PlatformFacts {
  let doc: Table | undefined;
  if (f.path.endsWith('.json')) {
    try {
      doc = table(JSON.parse(f.text));
    } catch {
      return { probes: [], malformed: 'JSON does not parse' };
    }
  } else {
    const r = parseTomlText(f.text);
    if (!r.doc) return { probes: [], ...(r.error !== undefined ? { malformed: r.error } : {}) };
    doc = r.doc;
  }
  const deploy = table(doc?.['deploy']) ?? {};
  const build = table(doc?.['build']) ?? {};
  const path = text(deploy['healthcheckPath']);
  if (path === undefined) return { probes: [] };
  const dir = dirOf(f.path);
  const workload = `Railway service in ${dir === '.' ? 'the repository root' : label(dir)}`;
  const start = text(deploy['startCommand']);
  const builder = text(build['builder'])?.toUpperCase();
  const dockerfile = text(build['dockerfilePath']);
  const how: Pick<PlatformProbe, 'build' | 'runs' | 'command'> = {};
  // The service's folder holds the configuration; a Dockerfile there is used unless a builder is named.
  if (dockerfile !== undefined || builder === 'DOCKERFILE') how.build = { context: dir, dockerfile: joinPath(dir, dockerfile ?? 'Dockerfile') };
  else if (builder !== undefined) how.runs = { root: dir, ...(start !== undefined ? { start } : {}) };
  else {
    how.build = { context: dir, dockerfile: joinPath(dir, 'Dockerfile') };
    how.runs = { root: dir, ...(start !== undefined ? { start } : {}) };
  }
  if (how.build && start !== undefined) how.command = start;
  return { probes: [{ what: `The health check of the ${workload}`, workload, path, line: lineOfValue(f.text, 'healthcheckPath', path, 0), injected: true, declared: [], ...how }] };
}

// ------------------------------------------------------------------------------ App Engine

/** App Engine's `PORT`. */
const APP_ENGINE_PORT = 8080;

function appEngine(f: SourceFile): PlatformFacts | undefined {
  // An `app.yaml` is often a Kubernetes manifest: App Engine's names its `runtime`.
  if (!/^runtime\s*:/m.test(f.text) || /^kind\s*:/m.test(f.text)) return undefined;
  const y = parseYaml(f.text);
  const root = y.docs[0]?.root;
  const runtime = str(get(root, 'runtime'));
  if (runtime === undefined) return undefined;
  const probes: PlatformProbe[] = [];
  const env = str(get(root, 'env'));
  // The standard environment has no configurable HTTP health check.
  if (env === 'flex' || env === 'flexible') {
    const dir = dirOf(f.path);
    const service = label(str(get(root, 'service')) ?? 'default');
    const workload = `App Engine service \`${service}\``;
    const entrypoint = str(get(root, 'entrypoint'));
    const how: Pick<PlatformProbe, 'build' | 'runs'> =
      runtime === 'custom' ? { build: { context: dir, dockerfile: joinPath(dir, 'Dockerfile') } } : { runs: { root: dir, ...(entrypoint !== undefined ? { start: entrypoint } : {}) } };
    for (const [key, kind] of [['liveness_check', 'liveness'], ['readiness_check', 'readiness']] as const) {
      const pathNode = get(get(root, key), 'path');
      const path = str(pathNode);
      if (path === undefined) continue;
      probes.push({ what: `The ${kind} check of ${workload}`, workload, path, line: y.lineOf(startOf(pathNode) ?? 0), port: APP_ENGINE_PORT, injected: true, declared: [], ...how });
    }
  }
  return { probes, ...(y.error !== undefined ? { malformed: y.error } : {}) };
}
