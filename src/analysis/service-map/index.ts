// The service map: who serves what. For a probe (a Kubernetes or Helm container's, a compose
// healthcheck, a Dockerfile HEALTHCHECK) it follows the chain workload → container → image → where
// the repository builds that image (builds.ts) → the Dockerfile's command and the code it ships
// (image.ts) → the ports it listens on → the routes that code serves (the route model). Each link
// says whether it was read; the first one that was not is the gap a finding names.
//
// A probe is answered by whichever container of the pod listens on its port (they share one
// network namespace): a probe on port 80 next to an nginx sidecar that listens on 80 is nginx's.
// A container whose image is not built here (third-party, sidecars) is judged only by its
// configuration in the repository (nginx `location` blocks), or not at all.
//
// API
//   THIRD_PARTY / isThirdPartyImage(image)   images of other software
//   resolveImage(raw, values)                 an image reference with Helm values resolved
//   imagePorts(d)                             the ports a Dockerfile's image listens on
//   chainOf(probe, world)                     → Chain
//   platformProbesOf(f)                       health checks of Fly, Render, Railway, App Engine descriptors
import { within } from '../python/modules.js';
import type { Dockerfile } from '../dockerfile.js';
import { hasMarkers, resolveValues } from '../k8s.js';
import type { ServiceRoutes } from '../routes/model.js';
import { imageMatches, untagged, type BuildDecl } from './builds.js';
import { imageContents } from './image.js';
import type { NginxConfig } from './nginx.js';

export { BUILD_GLOBS, buildsOf, imageMatches, untagged, type BuildDecl } from './builds.js';
export { looksLikeNginx, nginxServes, parseNginx, type NginxConfig } from './nginx.js';
export { imageContents } from './image.js';
export { isPlatformPath, PLATFORM_GLOBS, platformProbesOf, type PlatformFacts, type PlatformProbe } from './platforms.js';

// Images of other software: their probes are not this code's business (unless the repository builds them).
export const THIRD_PARTY = /^(redis|postgres|postgresql|mysql|mariadb|mongo|mongodb|nginx|nginx-unprivileged|openresty|envoy|rabbitmq|memcached|elasticsearch|opensearch|kibana|grafana|prometheus|alertmanager|busybox|alpine|jaeger|jaeger-all-in-one|otel|opentelemetry-collector|opentelemetry-collector-contrib|consul|vault|etcd|zookeeper|kafka|cp-kafka|minio|traefik|haproxy|proxyv2|cloud-sql-proxy|oauth2-proxy|pgbouncer|keycloak|localstack|mailhog|loki|promtail|tempo|fluent-bit|fluentd|node-exporter|kube-state-metrics|nats|clickhouse-server|cassandra|neo4j|influxdb|pushgateway|blackbox-exporter|sonarqube|adminer|pgadmin4|selenium|wiremock|linkerd2-proxy|istio-proxy|pilot|oauth2_proxy|caddy|httpd|apache|squid|varnish|kong|ambassador|contour|cert-manager-controller|ingress-nginx|controller|coredns|pause|kube-rbac-proxy|cloudflared|datadog-agent|agent|otelcol|otelcol-contrib|vector|telegraf|statsd-exporter|redis-exporter|postgres-exporter|mysqld-exporter|nginx-prometheus-exporter|smtp|mailpit|memgraph|qdrant|weaviate|milvus|chroma|meilisearch|typesense|temporal|temporalio|unleash-server)$/;
const NGINX = /^(nginx|nginx-unprivileged|openresty|nginxinc)$/;

export function isThirdPartyImage(image: string | undefined): boolean {
  if (!image || hasMarkers(image)) return false;
  const repo = untagged(image);
  const segs = repo.toLowerCase().split('/');
  const name = segs.pop()!;
  if (THIRD_PARTY.test(name)) return true;
  // A vendor's namespace names the product too: `selenium/hub`, `grafana/agent`, `bitnami/...` not.
  if (segs.length > 0 && /[.:]|^localhost$/.test(segs[0]!)) segs.shift();
  return segs.some((n) => THIRD_PARTY.test(n));
}

function isNginxImage(image: string | undefined): boolean {
  if (!image || hasMarkers(image)) return false;
  const segs = untagged(image).toLowerCase().split('/');
  return segs.some((s) => NGINX.test(s));
}

/** An image reference with Helm `{{V:…}}` markers resolved from the chart's values; undefined when not all are. */
export function resolveImage(raw: string | undefined, values: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (!hasMarkers(raw)) return raw;
  // The tag often comes from `.Chart.AppVersion` or a helper: only the repository part matters.
  let s = raw;
  const slash = s.lastIndexOf('/');
  const colon = s.lastIndexOf(':');
  if (colon > slash && colon > s.lastIndexOf('}}')) s = s.slice(0, colon);
  else if (/:(?:TEMPLATED|\{\{V:[^}]*\}\})$/.test(s)) s = s.replace(/:(?:TEMPLATED|\{\{V:[^}]*\}\})$/, '');
  if (s.includes('TEMPLATED') || values === undefined) return undefined;
  const r = resolveValues(s, values);
  if (r === undefined || r === '' || r.startsWith('/') || r.endsWith('/')) return undefined;
  return r;
}

/** ENV and ARG values of a Dockerfile (last wins). */
export function dockerEnv(instructions: ReadonlyArray<{ keyword: string; args: string }>): Map<string, string> {
  const env = new Map<string, string>();
  for (const ins of instructions) {
    if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
    // A name starts after a non-word character: without the lookbehind the regex restarts inside
    // every word, quadratic on a long one (50,000 characters: 0.9 s); the matches are the same.
    for (const m of ins.args.matchAll(/(?<!\w)(\w+)[=\s]["']?([^\s"']+)/g)) env.set(m[1]!, m[2]!);
  }
  return env;
}

/** Servers a command starts and the port each listens on when the command names none. */
const RUNNER_DEFAULTS: Array<[RegExp, number]> = [
  [/(?:^|\s|\/)(?:uvicorn|hypercorn|granian|gunicorn)(?:\s|$)/, 8000],
  [/(?:^|\s|\/)flask\s+run\b/, 5000],
  [/(?:^|\s|\/)next\s+start\b/, 3000],
  [/(?:^|\s|\/)rails\s+(?:s|server)\b/, 3000],
  [/\bartisan\s+serve\b/, 8000],
];

/**
 * The ports a Dockerfile's image listens on: EXPOSE, `ENV PORT`, `--port`/`-p`/`--bind`/`-b`/`--urls`
 * of CMD/ENTRYPOINT, else the default of the server the final command starts (uvicorn 8000...).
 */
export function imagePorts(d: Pick<Dockerfile, 'instructions' | 'exposes'>): number[] {
  const env = dockerEnv(d.instructions);
  const out = new Set(d.exposes);
  const port = env.get('PORT');
  if (port !== undefined && /^\d+$/.test(port)) out.add(Number(port));
  let last: string | undefined;
  let flagged = false;
  for (const ins of d.instructions) {
    if (ins.keyword === 'FROM') last = undefined;
    if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
    const words = ins.args.trim().startsWith('[') ? instructionWords(ins.args) : ins.args;
    last = last === undefined ? words : `${last} ${words}`;
    for (const m of ins.args.matchAll(/(?:--port|-p|--listen|--bind|-b|--urls)["',\s=]+["']?(?:[\w.[\]:/*+-]*:)?(\d{2,5})\b/g)) out.add(Number(m[1]));
    // A port flag whose value is a variable (`-b :$PORT`) still says the command chooses the port: no default then.
    if (/(?:^|[\s"',[])(?:--port|-p|--listen|--bind|-b|--urls)(?=[\s"'=,\]])/.test(ins.args)) flagged = true;
  }
  if (!flagged && port === undefined && last !== undefined) for (const [re, p] of RUNNER_DEFAULTS) if (re.test(last.slice(0, 2000))) out.add(p);
  return [...out].sort((a, b) => a - b);
}

/** A JSON-form instruction's words joined by spaces (its shell form as written otherwise). */
function instructionWords(args: string): string {
  try {
    const a = JSON.parse(args) as unknown;
    return Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string').join(' ') : args;
  } catch {
    return args;
  }
}

/** A container of the probe's pod, as the chain needs it. */
export interface PodContainer {
  name: string;
  image?: string;
  /** containerPort numbers and port names, as declared. */
  ports: string[];
  /** `command` (replaces the image's ENTRYPOINT and CMD) and `args` (replace its CMD), when the manifest sets them. */
  command?: string;
  args?: string;
}

export interface ProbeSite {
  source: 'k8s' | 'dockerfile' | 'compose' | 'platform';
  /** The file holding the probe. */
  file: string;
  /** `Deployment \`api\``, `compose service \`api\``. */
  workload: string;
  container?: PodContainer;
  /** The other containers of the pod (k8s). */
  siblings?: PodContainer[];
  chart?: string;
  /** compose, platforms: the build context and Dockerfile. */
  build?: { context: string; dockerfile: string };
  /** platforms: the folder whose code a native runtime or builder runs (used when `build` names no file). */
  runs?: { root: string; start?: string };
  /** The probed port as resolved: a number, or undefined (unknown). */
  port?: number;
  /** The port as written (a k8s port name, a marker). */
  portWritten?: string;
}

export interface World {
  builds: readonly BuildDecl[];
  dockerfiles: ReadonlyMap<string, Dockerfile>;
  services: readonly ServiceRoutes[];
  nginx: ReadonlyArray<{ path: string; line: number; config: NginxConfig }>;
  isFile(p: string): boolean;
  exists(p: string): boolean;
  values(chart: string): unknown;
}

export type Chain =
  | { kind: 'routes'; links: string[]; service: ServiceRoutes; ports: number[]; gap?: string }
  | { kind: 'nginx'; links: string[]; config: { path: string; line: number; config: NginxConfig }; gap?: string }
  | { kind: 'none'; why: string };

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const code = (s: string) => {
  const m = masked(s);
  return `\`${m.length > 80 ? `${m.slice(0, 77)}…` : m}\``;
};

const SECRETISH = /pass(?:word|wd)?|secret|token|api[-_]?key|credential/i;

/**
 * A command line as a message may show it: the value of an argument named like a credential
 * (`--db-password=x`, `--token x`, `API_KEY=x`) is replaced by `***`. Word by word: linear.
 */
export function masked(command: string): string {
  const words = command.slice(0, 2000).split(/(\s+)/);
  let hide = false;
  return words
    .map((w) => {
      if (/^\s*$/.test(w)) return w;
      if (hide) {
        hide = false;
        return '***';
      }
      const eq = w.indexOf('=');
      const key = eq > 0 ? w.slice(0, eq) : w;
      if (key.length <= 64 && SECRETISH.test(key)) {
        if (eq > 0) return `${key}=***`;
        hide = key.startsWith('-');
      }
      return w;
    })
    .join('');
}

/** The chain from a probe to the code that answers it. */
export function chainOf(site: ProbeSite, world: World): Chain {
  const links: string[] = [site.workload];
  let container = site.container;
  // The pod's container that listens on the probed port answers it.
  if (site.source === 'k8s' && container && site.port !== undefined) {
    const own = container.ports.includes(String(site.port));
    const other = site.siblings?.find((c) => c.ports.includes(String(site.port)));
    if (!own && other) {
      container = other;
      links.push(`port ${site.port} is container ${code(other.name)}'s`);
    }
  }
  if (site.runs && !(site.build && world.isFile(site.build.dockerfile))) return runsChain(site.workload, site.runs, world);
  let dockerfile: string | undefined;
  let context: string | undefined;
  let gap: string | undefined;
  if (site.source === 'dockerfile') dockerfile = site.file;
  else if (site.build) {
    dockerfile = site.build.dockerfile;
    context = site.build.context;
    links.push(`built from ${dockerfile}`);
  } else {
    const raw = container?.image;
    const image = resolveImage(raw, site.chart !== undefined ? world.values(site.chart) : undefined);
    if (image === undefined) return { kind: 'none', why: raw === undefined ? 'no image' : 'the image is a template the values do not resolve' };
    const matching = world.builds.filter((b) => b.tags.some((t) => imageMatches(image, t, b.anyRegistry)));
    const builds = matching.filter((b) => b.dockerfile !== undefined && world.isFile(b.dockerfile));
    const files = [...new Set(builds.map((b) => b.dockerfile!))].sort();
    const builder = matching.find((b) => b.builder !== undefined && world.exists(b.context === '.' ? '' : b.context));
    if (files.length === 0 && builder) return builderChain(links, image, builder, world);
    if (files.length === 0) {
      if (isNginxImage(image)) return nginxChain(site, links, image, world);
      if (isThirdPartyImage(image)) return { kind: 'none', why: `a third-party image (${image})` };
      // Not built by any build the repository declares: the image may still be this code's (built by a
      // pipeline elsewhere). Tied by name to a Dockerfile folder at best: a guess, named as such.
      const name = untagged(image).split('/').pop()!.toLowerCase();
      const byName = [...world.dockerfiles.keys()].filter((p) => dirOf(p).split('/').pop()!.toLowerCase() === name).sort();
      if (byName.length !== 1) return { kind: 'none', why: `no build in the repository tags ${image}` };
      dockerfile = byName[0]!;
      gap = `no build in the repository tags \`${untagged(image)}\` (tied to ${dockerfile} by its folder name only)`;
      links.push(`image ${code(untagged(image))} (${dockerfile} by name)`);
    } else {
      dockerfile = files[0]!;
      const b = builds.find((x) => x.dockerfile === dockerfile)!;
      // Other tags of the same image built otherwise (skaffold's jib beside a Dockerfile) would be a second way: the Dockerfile is read.
      context = b.context;
      links.push(`image ${code(untagged(image))} built from ${dockerfile}`);
      if (files.length > 1) gap ??= `\`${untagged(image)}\` is built from ${files.length} Dockerfiles (${files.slice(0, 3).join(', ')})`;
    }
  }
  const d = world.dockerfiles.get(dockerfile);
  if (!d) return { kind: 'none', why: `${dockerfile} was not read` };
  const dir = dirOf(dockerfile);
  // imageContents takes '' for the repository root.
  const contents = imageContents(d, dir, world.exists, world.isFile, context === '.' ? '' : context);
  const base = d.stages[d.stages.length - 1];
  if (base && isNginxImage(base.image) && !contents.entries.length) {
    // An nginx image built here: its routes are the configuration it ships.
    const shipped = world.nginx.filter((n) => contents.ships.some((s) => within(n.path, s.path)));
    const c = shipped[0];
    if (shipped.length === 1 && c) return { kind: 'nginx', links: [...links, `nginx with ${c.path}`], config: c, ...(c.config.includes ? { gap: `${c.path} includes files that were not read` } : {}) };
    return { kind: 'none', why: 'an nginx image whose configuration was not found' };
  }
  const ports = imagePorts(d);
  let process = contents.command;
  if (container?.command !== undefined) {
    process = [container.command, container.args].filter(Boolean).join(' ');
    // The manifest replaces ENTRYPOINT/CMD: the image's entry files say what runs only when the command names them.
    if (!sameProcess(process, contents.command)) gap ??= `the container's command (${code(process)}) replaces the image's; which code it runs was not traced`;
  } else if (container?.args !== undefined && process !== undefined) process = `${process} (args ${container.args})`;
  const service = serviceOfImage(contents, world.services, dir === '' ? '.' : dir);
  if (service.kind === 'none') return { kind: 'none', why: service.why };
  if (service.kind === 'several') gap ??= service.why;
  const all = [...new Set([...ports, ...service.service.listens])].sort((a, b) => a - b);
  links.push(`${process !== undefined ? code(process) : 'its code'}${all.length > 0 ? ` on ${all.join(', ')}` : ''}`);
  return { kind: 'routes', links, service: service.service, ports: all, ...(gap !== undefined ? { gap } : {}) };
}

const RUNNERS = /^(?:python3?|node|sh|bash|-c|exec|java|-jar|dotnet|ruby|bundle|npm|yarn|pnpm|run|start)$/;

/** Does a manifest's command run what the image's command runs (a shared module, file or binary word)? */
function sameProcess(command: string, image: string | undefined): boolean {
  if (image === undefined) return false;
  const words = (s: string) => new Set(s.split(/[\s"',[\]]+/).filter((w) => w !== '' && !w.startsWith('-') && !RUNNERS.test(w)).map((w) => w.slice(w.lastIndexOf('/') + 1)).filter(Boolean));
  const a = words(command);
  for (const w of words(image)) if (a.has(w)) return true;
  return false;
}

/** The route service whose code the image runs: its CMD's entry file, else the one service it ships. */
function serviceOfImage(
  contents: ReturnType<typeof imageContents>,
  services: readonly ServiceRoutes[],
  dockerDir: string,
): { kind: 'one'; service: ServiceRoutes } | { kind: 'several'; service: ServiceRoutes; why: string } | { kind: 'none'; why: string } {
  const rootOf = (s: ServiceRoutes) => (s.root === '.' ? '' : s.root);
  const withRoutes = services.filter((s) => s.routes.length > 0);
  // The entry file's service: the deepest service root holding it.
  for (const e of contents.entries) {
    const owner = withRoutes.filter((s) => within(e, rootOf(s))).sort((a, b) => rootOf(b).length - rootOf(a).length)[0];
    if (owner) return { kind: 'one', service: owner };
  }
  const shipped = contents.ships.map((s) => s.path);
  const candidates = withRoutes.filter((s) => shipped.some((p) => within(rootOf(s), p) || within(p, rootOf(s))));
  if (candidates.length === 1) return { kind: 'one', service: candidates[0]! };
  if (candidates.length === 0) {
    // Nothing copied (a build stage's binary): the Dockerfile's own service.
    const own = withRoutes.find((s) => s.root === dockerDir);
    if (own && shipped.length === 0) return { kind: 'several', service: own, why: `the image's code was not traced (nothing copied from ${dockerDir === '.' ? 'the repository root' : dockerDir})` };
    return { kind: 'none', why: 'no service with read routes in the image' };
  }
  const own = candidates.find((s) => s.root === dockerDir);
  if (own) return { kind: 'several', service: own, why: `the image ships the code of ${candidates.length} services; which one its command runs was not traced` };
  return { kind: 'none', why: 'the image ships several services' };
}

/** An image a builder makes from a folder's code (jib, ko, buildpacks): that folder's service. */
function builderChain(links: string[], image: string, b: BuildDecl, world: World): Chain {
  const root = b.context === '' ? '.' : b.context;
  const owner = world.services.filter((s) => s.routes.length > 0 && (s.root === root || within(s.root === '.' ? '' : s.root, root === '.' ? '' : root)));
  if (owner.length !== 1) return { kind: 'none', why: `${b.builder} builds ${image} from ${root}, which holds ${owner.length === 0 ? 'no service with read routes' : 'several services'}` };
  links.push(`image ${code(untagged(image))} built by ${b.builder} from ${root}`);
  return { kind: 'routes', links, service: owner[0]!, ports: [...owner[0]!.listens] };
}

/** A platform's native runtime or builder runs a folder's code: the service rooted there, else the one service inside it. */
function runsChain(workload: string, r: { root: string; start?: string }, world: World): Chain {
  const root = r.root === '' ? '.' : r.root;
  const rel = root === '.' ? '' : root;
  if (!world.exists(rel)) return { kind: 'none', why: `${root} does not exist` };
  const withRoutes = world.services.filter((s) => s.routes.length > 0);
  const own = withRoutes.find((s) => s.root === root);
  const inside = withRoutes.filter((s) => within(s.root === '.' ? '' : s.root, rel));
  const service = own ?? (inside.length === 1 ? inside[0] : undefined);
  if (!service) return { kind: 'none', why: `${root === '.' ? 'the repository root' : root} holds ${inside.length === 0 ? 'no service with read routes' : 'several services'}` };
  const link = `${workload} runs ${r.start !== undefined ? code(r.start) : 'its code'} in ${root === '.' ? 'the repository root' : root}`;
  return { kind: 'routes', links: [link], service, ports: [] };
}

function nginxChain(site: ProbeSite, links: string[], image: string, world: World): Chain {
  // Its configuration: an nginx config in the probe's own file (a ConfigMap) or chart, else in its folder.
  const near = (p: string) => p === site.file || (site.chart !== undefined && within(p, site.chart === '.' ? '' : site.chart)) || dirOf(p) === dirOf(site.file);
  const configs = world.nginx.filter((n) => near(n.path));
  if (configs.length !== 1) return { kind: 'none', why: `an nginx container (${image}) whose configuration was ${configs.length === 0 ? 'not found' : 'ambiguous'}` };
  const c = configs[0]!;
  links.push(`${code(untagged(image))} configured by ${c.path}:${c.line}`);
  return { kind: 'nginx', links, config: c, gap: `which configuration the nginx container loads was not traced through its volumes${c.config.includes ? `, and ${c.path} includes files that were not read` : ''}` };
}

