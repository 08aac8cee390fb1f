// Container and deployment signals: Dockerfiles (the folder is a container unit; COPY/ADD sources of
// the stages that reach the final image ship; CMD/ENTRYPOINT name its entries), compose files (the
// ones for tests or CI hold service containers for tests; `build:` contexts of the others are units),
// and Helm charts (a Chart.yaml folder is what the repository deploys).
import { parse as parseYamlText } from 'yaml';
import { isDockerfilePath, parseDockerfile } from '../dockerfile.js';
import { imageContents } from '../service-map/image.js';
import { baseOf, dirOf, exists, resolveIn, table, type Ctx, type Shipping } from './context.js';
import { fileNameDecision } from './names.js';
import { composeMounts, developmentStack, devcontainerMounts } from './stacks.js';
import { MAX_ALIAS_COUNT } from '../yaml.js';

/** Compose files and charts kept for tests or CI: their services are test containers. */
const CI_SEGMENT = /(?:^|\/)(?:\.github|\.gitlab|\.circleci|\.buildkite|ci|\.ci|test|tests|e2e|integration|integration-tests)\//;
const CI_COMPOSE = /^(?:docker-)?compose[.-](?:test|tests|ci|e2e|it|integration)[^/]*\.ya?ml$/i;

export function readContainers(ctx: Ctx): void {
  for (const path of ctx.configs) {
    const base = baseOf(path);
    if (isDockerfilePath(path)) dockerfile(ctx, path);
    else if (/^(?:docker-)?compose[^/]*\.ya?ml$/i.test(base)) compose(ctx, path);
    else if (base === 'Chart.yaml') chart(ctx, path);
    else if (base === 'devcontainer.json' || base === '.devcontainer.json') {
      const u = devcontainerMounts(ctx, path);
      if (u) ctx.use(u);
    }
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
  const image = imageContents(d, dir, (p) => exists(ctx, p), (p) => ctx.fileSet.has(p));
  const ships: Shipping['ships'] = image.ships.filter((s) => s.path !== dir && s.path !== '').map((s) => ({ path: s.path, reason: `${path} ${s.keyword}s it into the image` }));
  const name = dir === '' ? '(root)' : dir;
  ctx.ship({ config: path, unit: { root: dir, kind: 'container', name, entries: image.entries, reason: `${path} builds an image` }, ships, copied: image.ships.map((s) => s.path) });
}

/** A configuration file's YAML, or undefined (unreadable, or malformed: counted as such). */
function readYaml(ctx: Ctx, path: string, kind: string): unknown {
  const text = ctx.read(path);
  if (text === undefined) return undefined;
  try {
    return parseYamlText(text, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    ctx.malformed(path, kind, e instanceof Error ? e.message.split('\n')[0]! : 'not YAML');
    return undefined;
  }
}

function compose(ctx: Ctx, path: string): void {
  const dir = dirOf(path);
  if (CI_SEGMENT.test(path) || CI_COMPOSE.test(baseOf(path))) {
    ctx.root(path, 'test', `${path}: service containers for tests or CI`);
    const doc = readYaml(ctx, path, 'compose');
    if (doc !== undefined) ctx.use({ config: path, stack: 'a test stack', kind: 'test', mounts: composeMounts(doc, dir) });
    return;
  }
  const doc = readYaml(ctx, path, 'compose');
  if (doc === undefined) return;
  const stack = developmentStack(path);
  ctx.use({ config: path, ...(stack ? { stack, kind: 'development' as const } : {}), mounts: composeMounts(doc, dir) });
  // The stack's own file is tooling whatever its name (configs/local/docker-compose.yml); a name
  // (docker-compose.dev.yml) or a hidden folder already says so.
  if (stack && fileNameDecision(path) === undefined && !/(?:^|\/)\.devcontainer\//.test(path)) ctx.root(path, 'tooling', `${path}: ${stack}`);
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
  // chart-testing (ct) lints and installs the chart once with each `ci/*-values.yaml`: test values, not a release's.
  const ci = dir === '' ? 'ci' : `${dir}/ci`;
  if (ctx.dirs.has(ci)) ctx.root(ci, 'test', `${path}: chart-testing's values in ${ci}/ (ct installs the chart with each in CI)`);
}
