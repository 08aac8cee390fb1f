// Container and deployment signals: Dockerfiles (the folder is a container unit; COPY/ADD sources of
// the stages that reach the final image ship; CMD/ENTRYPOINT name its entries), compose files (the
// ones for tests or CI hold service containers for tests; `build:` contexts of the others are units),
// and Helm charts (a Chart.yaml folder is what the repository deploys).
import { parse as parseYamlText } from 'yaml';
import { instructionOperands as operands, isDockerfilePath, parseDockerfile } from '../dockerfile.js';
import { baseOf, dirOf, exists, isGlob, resolveIn, table, type Ctx, type Shipping } from './context.js';

/** The final stage's COPYs searched for CMD's files: each CMD word is looked up in all of them. */
const MAX_COPIED = 200;
/** Files a CMD/ENTRYPOINT may start. */
const CODE_EXT = /\.(?:[cm]?[jt]sx?|py|rb|sh|php|pl|jar|war|dll|exe)$/;
/** Compose files and charts kept for tests or CI: their services are test containers. */
const CI_SEGMENT = /(?:^|\/)(?:\.github|\.gitlab|\.circleci|\.buildkite|ci|\.ci|test|tests|e2e|integration|integration-tests)\//;
const CI_COMPOSE = /^(?:docker-)?compose[.-](?:test|tests|ci|e2e|it|integration)[^/]*\.ya?ml$/i;

export function readContainers(ctx: Ctx): void {
  for (const path of ctx.configs) {
    const base = baseOf(path);
    if (isDockerfilePath(path)) dockerfile(ctx, path);
    else if (/^(?:docker-)?compose[^/]*\.ya?ml$/i.test(base)) compose(ctx, path);
    else if (base === 'Chart.yaml') chart(ctx, path);
  }
}

function dockerfile(ctx: Ctx, path: string): void {
  const text = ctx.read(path);
  if (text === undefined) return;
  const d = parseDockerfile(text);
  if (d.stages.length === 0) {
    ctx.malformed(path, 'Dockerfile', 'no FROM instruction');
    return;
  }
  const dir = dirOf(path);
  // Instructions by stage (a FROM opens one).
  const byStage: Array<Array<{ keyword: string; args: string }>> = [];
  for (const ins of d.instructions) {
    if (ins.keyword === 'FROM') byStage.push([]);
    else byStage[byStage.length - 1]?.push(ins);
  }
  // The stages whose files reach the final image: the final one, what it is FROM, what it COPYs --from.
  const alias = new Map(d.stages.filter((s) => s.alias).map((s) => [s.alias!, s.index]));
  const stageIndex = (ref: string) => alias.get(ref.toLowerCase()) ?? (/^\d+$/.test(ref) ? Number(ref) : undefined);
  const reach = new Set<number>();
  const queue = [d.stages.length - 1];
  while (queue.length > 0) {
    const i = queue.pop()!;
    if (reach.has(i) || i < 0 || i >= d.stages.length) continue;
    reach.add(i);
    const s = d.stages[i]!;
    if (s.stageRef !== undefined) {
      const j = stageIndex(s.stageRef);
      if (j !== undefined) queue.push(j);
    }
    for (const ins of byStage[i] ?? []) {
      const from = /--from=(\S+)/.exec(ins.args);
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && from) {
        const j = stageIndex(from[1]!);
        if (j !== undefined) queue.push(j);
      }
    }
  }
  const ships: Shipping['ships'] = [];
  const seen = new Set<string>();
  let workdir = '';
  const entries = new Set<string>();
  /** Image path → repository path, for the COPYs of the final stage (to find CMD's script). */
  const copied: Array<{ dest: string; src: string }> = [];
  for (const i of [...reach].sort((a, b) => a - b)) {
    for (const ins of byStage[i] ?? []) {
      if (ins.keyword === 'WORKDIR' && i === d.stages.length - 1) workdir = imagePath(workdir, ins.args.trim());
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || /--from=/.test(ins.args)) continue;
      const ops = operands(ins.args);
      if (ops.length < 2) continue;
      const dest = ops[ops.length - 1]!;
      for (const src of ops.slice(0, -1).slice(0, 50)) {
        if (isGlob(src) || /^[a-z]+:\/\//i.test(src) || src.startsWith('$')) continue;
        // The build context: the Dockerfile's folder, or the repository root (`docker build -f x/Dockerfile .`).
        const inDir = resolveIn(dir, src);
        const inRoot = resolveIn('', src);
        const p = inDir !== undefined && exists(ctx, inDir) ? inDir : inRoot !== undefined && exists(ctx, inRoot) ? inRoot : undefined;
        if (p === undefined) continue;
        if (i === d.stages.length - 1 && copied.length < MAX_COPIED) copied.push({ dest: imagePath(workdir, dest), src: p });
        if (p === dir || p === '' || seen.has(p)) continue;
        seen.add(p);
        ships.push({ path: p, reason: `${path} ${ins.keyword}s it into the image` });
      }
    }
  }
  // CMD / ENTRYPOINT of the final stage: the script or module file it starts, when it was copied in.
  for (const ins of byStage[d.stages.length - 1] ?? []) {
    if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
    for (const w of operands(ins.args).filter((x) => CODE_EXT.test(x)).slice(0, 20)) {
      const abs = imagePath(workdir, w);
      const hit = entryFile(ctx, abs, copied, dir) ?? resolveIn(dir, w.replace(/^\.\//, ''));
      if (hit !== undefined && ctx.fileSet.has(hit)) entries.add(hit);
    }
  }
  const name = dir === '' ? '(root)' : dir;
  ctx.ship({ config: path, unit: { root: dir, kind: 'container', name, entries: [...entries].sort(), reason: `${path} builds an image` }, ships });
}

/** An absolute, normalised path in the image (`./app/` under WORKDIR /app → /app/app). */
function imagePath(workdir: string, p: string): string {
  const parts: string[] = [];
  for (const seg of `${p.startsWith('/') ? '' : `${workdir}/`}${p}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** Where an image path came from: the COPY whose destination holds it. */
function entryFile(ctx: Ctx, abs: string, copied: Array<{ dest: string; src: string }>, dir: string): string | undefined {
  for (const c of copied) {
    const dest = c.dest.replace(/\/+$/, '');
    if (abs === dest && ctx.fileSet.has(c.src)) return c.src;
    if (abs.startsWith(`${dest}/`)) {
      const p = resolveIn(c.src === '' ? '' : c.src, abs.slice(dest.length + 1));
      if (p !== undefined && ctx.fileSet.has(p)) return p;
    }
  }
  return resolveIn(dir, baseOf(abs));
}

/** A configuration file's YAML, or undefined (unreadable, or malformed: counted as such). */
function readYaml(ctx: Ctx, path: string, kind: string): unknown {
  const text = ctx.read(path);
  if (text === undefined) return undefined;
  try {
    return parseYamlText(text, { maxAliasCount: 100 });
  } catch (e) {
    ctx.malformed(path, kind, e instanceof Error ? e.message.split('\n')[0]! : 'not YAML');
    return undefined;
  }
}

function compose(ctx: Ctx, path: string): void {
  if (CI_SEGMENT.test(path) || CI_COMPOSE.test(baseOf(path))) {
    ctx.root(path, 'test', `${path}: service containers for tests or CI`);
    return;
  }
  const doc = readYaml(ctx, path, 'compose');
  if (doc === undefined) return;
  const dir = dirOf(path);
  for (const [service, raw] of Object.entries(table(table(doc).services)).slice(0, 200)) {
    const build = table(raw).build;
    const context = typeof build === 'string' ? build : typeof table(build).context === 'string' ? (table(build).context as string) : undefined;
    if (context === undefined) continue;
    const root = resolveIn(dir, context);
    if (root === undefined || !exists(ctx, root)) continue;
    ctx.ship({ config: path, unit: { root, kind: 'container', name: service, entries: [], reason: `${path} services.${service}.build` }, ships: [] });
  }
}

function chart(ctx: Ctx, path: string): void {
  const dir = dirOf(path);
  if (CI_SEGMENT.test(path)) {
    ctx.root(dir, 'test', `${path}: a chart for tests or CI`);
    return;
  }
  const doc = readYaml(ctx, path, 'Chart.yaml');
  if (doc === undefined) return;
  // A subchart (charts/x inside a chart) belongs to its parent's deployment.
  if (/(?:^|\/)charts\/[^/]+$/.test(dir) && ctx.fileSet.has(`${dirOf(dirOf(dir))}/Chart.yaml`.replace(/^\//, ''))) return;
  const name = typeof table(doc).name === 'string' ? (table(doc).name as string) : baseOf(dir) || '(root)';
  ctx.ship({ config: path, unit: { root: dir, kind: 'helm', name, entries: [], reason: `${path}: a Helm chart` }, ships: dir === '' ? [] : [{ path: dir, reason: `${path}: a Helm chart the repository deploys` }] });
}
