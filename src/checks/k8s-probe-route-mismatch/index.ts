// k8s-probe-route-mismatch: an HTTP probe (Kubernetes readiness/liveness/startup, Dockerfile
// HEALTHCHECK, compose healthcheck, the health check of a Fly, Render, Railway, App Engine or Cloud
// Run descriptor) whose path the process that answers it does not serve
// (RULES.md, deploy). The platform then marks every pod unready or kills it in a loop: the release
// never becomes available.
// The probe is judged against the code in its own container, on the port it targets, found through
// the service map (analysis/service-map): workload → image → where the repository builds it →
// the Dockerfile's command and the code it ships → its ports → the routes that code serves. A
// container whose image is not built here is judged by its nginx configuration, or not at all.
// Judged only when the route model is confident for that code (routes found, no catch-all, no
// health library with configurable paths) and the path is not written anywhere in it. Proven only
// when every link of the chain was read, the port is one the process listens on, and no route of
// the service is unread; else likely, naming the first missing link. A probe of a workload whose
// apiVersion Kubernetes removed (extensions/v1beta1 Deployment) is likely: it cannot be applied.
// Owns the "probes" gap row.
import { globMatcher } from '../../workspace/glob.js';
import { DOCKERFILE_GLOBS, capturedDockerfiles, dockerfileOf, isDockerfilePath } from '../../analysis/dockerfile.js';
import { byPlace, copiesText, copyRepository, groupCopies, type Copy } from '../../analysis/k8s-copies.js';
import { composeOf, hasMarkers, helmValues, isComposePath, isK8sCandidate, joinPath, K8S_GLOBS, k8sOf, probeFromValues, removedGap, resolveValues, unrendered, type Probe } from '../../analysis/k8s.js';
import { healthRoutes, observeRoutes, ROUTE_GLOBS, ROUTE_LANGS, isSpringConfig, runtimeRouteModel, serves, SYMFONY_ROUTES_YAML, type RouteObservation, type ServiceRoutes } from '../../analysis/routes/index.js';
import { BUILD_GLOBS, buildsOf, chainOf, dockerEnv, isPlatformPath, looksLikeNginx, nginxServes, parseNginx, PLATFORM_GLOBS, platformProbesOf, type BuildDecl, type NginxConfig, type PodContainer, type ProbeSite } from '../../analysis/service-map/index.js';
import { defineCheck } from '../../model/check.js';
import type { ProbesMetric } from '../../model/metrics.js';


interface ProbeFact {
  source: 'k8s' | 'dockerfile' | 'compose' | 'platform';
  what: string;
  workload: string;
  path: string;
  line: number;
  chart?: string;
  /** compose, platforms: the build context and Dockerfile. */
  build?: { context: string; dockerfile: string };
  /** platforms: the folder whose code a native runtime or builder runs. */
  runs?: { root: string; start?: string };
  /** The platform tells the process the port it calls (`PORT`): tied to the process. */
  injected?: true;
  /** The port probed as written (a number, a k8s port name, a Helm marker); absent: the scheme's default. */
  port?: string;
  /** Ports the probed container declares (k8s containerPort and names, compose ports/expose). */
  declared: string[];
  container?: PodContainer;
  siblings?: PodContainer[];
  /** A health command whose client does not fail on an HTTP error (curl without -f): a 404 passes it. */
  passes404?: true;
  /** k8s: the workload's kind and name and the probe's kind, to tell copies of one workload apart. */
  copy?: { kind: string; name: string; probe: string };
  /** A chart probe's conditions and values source (Probe): read with the chart's values in end(). */
  helm?: Pick<Probe, 'when' | 'whenUnknown' | 'from'>;
  /** k8s: its workload's apiVersion was removed from Kubernetes (the gap that says so): it cannot be applied. */
  removed?: string;
}

type Obs =
  | { t: 'probes'; probes: ProbeFact[]; containers: number; unprobed: number }
  | { t: 'builds'; builds: BuildDecl[] }
  | { t: 'nginx'; line: number; config: NginxConfig }
  | RouteObservation;

const NGINX_FILES = ['**/*.conf', '**/*.conf.template', '**/*.conf.tmpl', '**/nginx.conf*'];
const isNginxFile = globMatcher(NGINX_FILES, { dot: true });
const isBuildFile = globMatcher([...BUILD_GLOBS], { dot: true });

export default defineCheck({
  meta: {
    id: 'k8s-probe-route-mismatch',
    area: 'deploy',
    severity: 'P0',
    effortMinutes: 60,
    title: 'Probe path served by no route',
    certainty: 'proven',
    proof: 'every link from the probe to the code that answers it was read (the workload\'s image, the build in the repository that makes it, the Dockerfile\'s command and the code it ships), the probe\'s port is one that process listens on, its routes were read in full (no catch-all, no health library with configurable paths, no unread file-based routes), and none serves the probe\'s path',
    scope: 'deploy',
    precision: 'high',
    docs: 'rules/checks/k8s-probe-route-mismatch.md',
    pure: true,
    files: [...K8S_GLOBS, ...DOCKERFILE_GLOBS, ...ROUTE_GLOBS, ...BUILD_GLOBS, ...NGINX_FILES, ...PLATFORM_GLOBS],
    capture: ['**/values.yaml', '**/values.yml', ...DOCKERFILE_GLOBS],
    languages: ROUTE_LANGS,
    messages: {
      mismatch: '{what} expects `{path}`, but the code that answers it does not serve it: {chain} → serves {served}. The platform will {effect}.{also}',
      nginx: '{what} expects `{path}`, but no `location` of the nginx configuration that answers it serves it: {chain}. The platform will {effect}.{also}',
      port: '{what} calls port {port}, but the nginx that answers it listens on {listens} ({config}): {chain}. The connection is refused, and the platform will {effect}.{also}',
    },
    remediation:
      'Point the probe at a path the service really serves (or add that route): check the router prefixes, then verify with `curl -i http://localhost:<port><path>` against a running container.',
  },
  create(ctx) {
    return {
      file(f) {
        // Builds are declared in CI files, Makefiles and scripts of any class: they say how the image is made.
        if (isBuildFile(f.path) || isComposePath(f.path)) {
          const builds = buildsOf(f);
          if (builds.length > 0) ctx.observe({ t: 'builds', builds } satisfies Obs);
        }
        if (isDockerfilePath(f.path)) {
          if (ctx.classOf(f.path) !== 'runtime') return;
          const d = dockerfileOf(f);
          const env = dockerEnv(d.instructions);
          const probes: ProbeFact[] = d.healthchecks.flatMap((h) => h.urls.map((u) => ({ source: 'dockerfile' as const, what: 'The Dockerfile HEALTHCHECK', workload: f.path, path: expandVariables(u.path, env), line: h.line, declared: [], ...urlPort(u, env), ...(u.fails ? {} : { passes404: true as const }) })));
          if (probes.length > 0) ctx.observe({ t: 'probes', probes, containers: 0, unprobed: 0 } satisfies Obs);
          return;
        }
        if (isComposePath(f.path)) {
          if (ctx.classOf(f.path) !== 'runtime') return;
          const c = composeOf(f);
          const probes: ProbeFact[] = c.services.flatMap((s) =>
            s.healthchecks.map((h) => ({
              source: 'compose' as const,
              what: `The healthcheck of compose service \`${s.name}\``,
              workload: `compose service \`${s.name}\``,
              path: h.path,
              line: h.line,
              declared: s.ports,
              ...(h.port !== undefined ? { port: String(h.port) } : {}),
              ...(h.fails ? {} : { passes404: true as const }),
              ...(s.build !== undefined ? { build: { context: s.build, dockerfile: joinPath(s.build, s.dockerfile ?? 'Dockerfile') } } : {}),
              container: { name: s.name, ports: s.ports, ...(s.image !== undefined ? { image: s.image } : {}) },
            })),
          );
          if (probes.length > 0) ctx.observe({ t: 'probes', probes, containers: 0, unprobed: 0 } satisfies Obs);
          return;
        }
        // Fly, Render, Railway and App Engine health checks (an `app.yaml` that is no descriptor falls through to the manifests).
        const platform = isPlatformPath(f.path) && ctx.classOf(f.path) === 'runtime' ? platformProbesOf(f) : undefined;
        if (platform) {
          if (platform.malformed !== undefined) ctx.malformed(f.path, f.path.endsWith('.toml') ? 'toml' : f.path.endsWith('.json') ? 'json' : 'yaml', platform.malformed);
          const probes: ProbeFact[] = platform.probes.map((p) => ({
            source: 'platform',
            what: p.what,
            workload: p.workload,
            path: p.path,
            line: p.line,
            declared: p.declared,
            ...(p.port !== undefined ? { port: String(p.port) } : {}),
            ...(p.injected ? { injected: true as const } : {}),
            ...(p.build ? { build: p.build } : {}),
            ...(p.runs ? { runs: p.runs } : {}),
            container: { name: p.workload, ports: p.declared, ...(p.image !== undefined ? { image: p.image } : {}), ...(p.command !== undefined ? { command: p.command } : {}) },
          }));
          if (probes.length > 0) ctx.observe({ t: 'probes', probes, containers: 0, unprobed: 0 } satisfies Obs);
          return;
        }
        if (isNginxFile(f.path) && !/\.ya?ml$/.test(f.path)) {
          if (looksLikeNginx(f.text)) ctx.observe({ t: 'nginx', line: 1, config: parseNginx(f.text) } satisfies Obs);
          return;
        }
        // Symfony's YAML routing files are routes, not manifests; nor is Spring Boot's application.yml.
        if (/\.ya?ml$/.test(f.path) && !SYMFONY_ROUTES_YAML.test(f.path) && !isSpringConfig(f.path)) {
          if (!isK8sCandidate(f.path) || ctx.classOf(f.path) !== 'runtime') return;
          const k = k8sOf(f);
          for (const n of k.nginx ?? []) ctx.observe({ t: 'nginx', line: n.line, config: parseNginx(n.text, n.line) } satisfies Obs);
          const probes: ProbeFact[] = [];
          let containers = 0;
          let unprobed = 0;
          for (const w of k.workloads) {
            if (w.partial || !(w.knative || ['Deployment', 'StatefulSet', 'DaemonSet'].includes(w.kind))) continue;
            const kind = w.knative ? 'Knative Service' : w.kind;
            const pod = w.containers.map((c): PodContainer => ({ name: c.name, ports: c.ports, ...(c.image !== undefined ? { image: c.image } : {}), ...(c.command !== undefined ? { command: c.command } : {}), ...(c.args !== undefined ? { args: c.args } : {}) }));
            for (const [i, c] of w.containers.entries()) {
              containers++;
              // Cloud Run gives a Knative container without probes a default TCP startup probe.
              if (c.probes.length === 0 && !c.opaque && !w.knative) unprobed++;
              // Knative (Cloud Run) probes the container's one port, which it passes as `PORT` (8080 unless containerPort says).
              const knativePort = w.knative ? (c.ports.find((x) => /^\d+$/.test(x)) ?? '8080') : undefined;
              for (const p of c.probes) {
                // A probe filled from values (`toYaml .Values.p`) is typed in end(), from the chart's values.yaml.
                const fromValues = p.type === 'unknown' && p.from !== undefined && k.chart !== undefined;
                if (!fromValues && ((p.type !== 'http' && p.type !== 'exec') || p.path === undefined)) continue;
                const helm = { ...(p.when ? { when: p.when } : {}), ...(p.whenUnknown ? { whenUnknown: p.whenUnknown } : {}), ...(p.from !== undefined ? { from: p.from } : {}) };
                const port = p.port ?? knativePort;
                probes.push({
                  source: 'k8s',
                  what: `The ${p.kind}Probe of container \`${c.name}\` (${kind} \`${w.name}\`)`,
                  workload: `${kind} \`${w.name}\``,
                  path: p.path ?? '',
                  ...(Object.keys(helm).length > 0 ? { helm } : {}),
                  line: p.line,
                  declared: c.ports,
                  ...(port !== undefined ? { port } : {}),
                  ...(knativePort !== undefined && port === knativePort ? { injected: true as const } : {}),
                  ...(k.chart !== undefined ? { chart: k.chart } : {}),
                  container: pod[i]!,
                  siblings: pod.filter((_, j) => j !== i),
                  copy: { kind: w.kind, name: w.name, probe: p.kind },
                  ...(w.removedIn !== undefined && w.apiVersion !== undefined ? { removed: removedGap({ kind: w.kind, apiVersion: w.apiVersion, removedIn: w.removedIn }) } : {}),
                });
              }
            }
          }
          if (containers > 0 || probes.length > 0) ctx.observe({ t: 'probes', probes, containers, unprobed } satisfies Obs);
          return;
        }
        // Routes of tests, tooling and examples are not what the service serves.
        const r = ctx.classOf(f.path) === 'runtime' ? observeRoutes(f) : undefined;
        if (r) ctx.observe(r satisfies Obs);
      },
      end() {
        const obs = ctx.observations<Obs>();
        // The route model is built when a probe is judged: most trees have no probe at all.
        let model: ServiceRoutes[] | undefined;
        const services = () =>
          (model ??= runtimeRouteModel(
            ctx.workspace,
            obs.filter((o): o is { path: string; value: RouteObservation } => o.value.t === 'code' || o.value.t === 'health' || o.value.t === 'spring'),
          ));
        const probeObs = obs.filter((o) => o.value.t === 'probes') as Array<{ path: string; value: Extract<Obs, { t: 'probes' }> }>;
        const values = helmValues(ctx.workspace);
        const files = new Set(ctx.workspace.files);
        const dirs = new Set<string>(['']);
        for (const p of ctx.workspace.files) for (let d = p.lastIndexOf('/'); d > 0; d = p.lastIndexOf('/', d - 1)) {
          const dir = p.slice(0, d);
          if (dirs.has(dir)) break;
          dirs.add(dir);
        }
        const world = {
          builds: obs.flatMap((o) => (o.value.t === 'builds' ? o.value.builds : [])),
          dockerfiles: capturedDockerfiles(ctx.workspace),
          get services() {
            return services();
          },
          nginx: obs.flatMap((o) => (o.value.t === 'nginx' ? [{ path: o.path, line: o.value.line, config: o.value.config }] : [])),
          isFile: (p: string) => files.has(p),
          exists: (p: string) => p === '' || files.has(p) || dirs.has(p),
          values,
        };
        // One chain per distinct container and port, not per probe: a chart's three probes share one.
        const chains = new Map<string, ReturnType<typeof chainOf>>();
        let mismatches = 0;
        let first: string | undefined;
        const seen: ProbesMetric['probes'] = [];
        // Findings on Kubernetes probes wait for the copies of their workload (raw, kustomize, chart): reported once.
        const pending: Array<Copy & { key: string; d: Parameters<typeof ctx.report>[0]; removed?: string }> = [];
        const emit = (o: { path: string }, p: ProbeFact, d: Parameters<typeof ctx.report>[0]) => {
          if (!p.copy) return ctx.report({ ...d, data: { ...d.data, also: '' } });
          pending.push({ kind: p.copy.kind, workload: p.copy.name, container: p.container?.name ?? '', path: o.path, line: p.line, ...(p.container?.image !== undefined ? { image: p.container.image } : {}), ...(p.chart !== undefined ? { chart: p.chart } : {}), key: `${d.messageId}\0${p.copy.probe}\0${String(d.data?.['path'] ?? d.data?.['port'])}`, d, ...(p.removed !== undefined ? { removed: p.removed } : {}) });
        };
        const count = { total: 0, judged: 0, served: 0, notServed: 0 };
        const record = (o: { path: string }, p: ProbeFact, target: string, chain: string[], result: ProbesMetric['probes'][number]['result'], detail: string | undefined) => {
          count.total++;
          if (result !== 'not judged') count.judged++;
          if (result === 'served') count.served++;
          if (result === 'not served') count.notServed++;
          if (seen.length < 200) seen.push({ path: o.path, line: p.line, probe: p.what, target, port: p.port ?? null, chain, result, detail: detail ?? null });
        };
        for (const o of probeObs) {
          for (const fact of o.value.probes) {
            const p = withValues(fact, values);
            if (p === undefined) continue;
            // `$VAR` left in a path is set where the container runs, not in the repository (linkding's `/${LD_CONTEXT_PATH}health`).
            if (p.path.includes('$')) {
              record(o, p, p.path, [p.workload], 'not judged', 'its path holds a variable the repository does not set');
              continue;
            }
            const path = resolveProbePath(p, values);
            if (path === undefined) {
              record(o, p, p.path, [p.workload], 'not judged', 'its path is a template the values do not resolve');
              continue;
            }
            if (p.passes404) {
              record(o, p, path, [p.workload], 'not judged', 'its command passes whatever the HTTP status (curl without -f, or a client not known to fail on 404)');
              continue;
            }
            const port = probePort(p, values);
            const site: ProbeSite = {
              source: p.source,
              file: o.path,
              workload: p.workload,
              ...(p.container ? { container: p.container } : {}),
              ...(p.siblings ? { siblings: p.siblings } : {}),
              ...(p.chart !== undefined ? { chart: p.chart } : {}),
              ...(p.build ? { build: p.build } : {}),
              ...(p.runs ? { runs: p.runs } : {}),
              ...(typeof port === 'number' ? { port } : {}),
            };
            const key = JSON.stringify([o.path, p.workload, p.container?.name, site.port]);
            let chain = chains.get(key);
            if (!chain) {
              chain = chainOf(site, world);
              chains.set(key, chain);
            }
            if (chain.kind === 'none') {
              record(o, p, path, [p.workload], 'not judged', chain.why);
              continue;
            }
            const effect = p.source === 'k8s' ? 'get 404 on every probe and keep the pods unready or restart them' : p.source === 'platform' ? 'fail the health check of every deploy, so the new version never becomes healthy' : 'mark the container unhealthy';
            if (chain.kind === 'nginx') {
              const listens = chain.config.config.listens;
              if (typeof port === 'number' && listens.length > 0 && !listens.includes(port) && !chain.config.config.includes) {
                record(o, p, path, chain.links, 'not served', `nginx listens on ${listens.join(', ')}, not ${port}`);
                mismatches++;
                first ??= `${o.path}:${p.line}`;
                emit(o, p, {
                  messageId: 'port',
                  location: { path: o.path, line: p.line },
                  data: { what: p.what, port, listens: listens.join(', '), config: chain.config.path, chain: chain.links.join(' → '), effect },
                  fingerprintKey: `${p.what}:port:${port}`,
                  // The base image's own server blocks (nginx's default.conf listens on 80) may still be loaded.
                  certainty: 'likely',
                  gap: `the image's own nginx configuration (the base image's \`conf.d/default.conf\`) may also listen on ${port}`,
                });
                continue;
              }
              const by = nginxServes(chain.config.config, path);
              record(o, p, path, chain.links, by ? 'served' : 'not served', by ? `location ${by.modifier ? `${by.modifier} ` : ''}${by.path} (${chain.config.path}:${by.line})` : chain.gap);
              if (by) continue;
              mismatches++;
              first ??= `${o.path}:${p.line}`;
              emit(o, p, {
                messageId: 'nginx',
                location: { path: o.path, line: p.line },
                data: { what: p.what, path, chain: chain.links.join(' → '), effect },
                fingerprintKey: `${p.what}:${path}`,
                ...(chain.gap !== undefined ? { certainty: 'likely' as const, gap: chain.gap } : {}),
              });
              continue;
            }
            const service = chain.service;
            const links = [...chain.links, `routes of ${service.root === '.' ? 'the repository root' : service.root}`];
            if (!service.confident) {
              record(o, p, path, links, 'not judged', service.catchAll ? 'a catch-all route may serve any path' : service.routes.length === 0 ? 'no routes read' : 'a health library with configurable paths');
              continue;
            }
            const served = serves(service, path);
            if (served.served) {
              record(o, p, path, links, 'served', served.by);
              continue;
            }
            // The port: a k8s port name is the container's own; a number must be one the process listens on.
            const tied = p.injected === true || port === 'named' || (port !== undefined && (chain.ports.includes(port) || p.declared.includes(String(port))));
            const gap =
              chain.gap ??
              service.unread ??
              (tied ? undefined : `the probe's port (${p.port ?? 'default'}) is not tied to a port the process listens on (no containerPort, EXPOSE, --port or compose port declares it)`);
            mismatches++;
            first ??= `${o.path}:${p.line}`;
            record(o, p, path, links, 'not served', gap);
            emit(o, p, {
              messageId: 'mismatch',
              location: { path: o.path, line: p.line },
              data: {
                what: p.what,
                path,
                root: service.root === '.' ? 'repository root' : service.root,
                chain: links.join(' → '),
                served: servedList(service),
                effect,
              },
              fingerprintKey: `${p.what}:${path}`,
              ...(gap !== undefined ? { certainty: 'likely' as const, gap } : {}),
            });
          }
        }
        const buckets = new Map<string, typeof pending>();
        for (const x of pending) buckets.set(x.key, [...(buckets.get(x.key) ?? []), x]);
        for (const [, bucket] of [...buckets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
          for (const [first, ...others] of groupCopies(bucket, (c) => copyRepository(c, world.values))) {
            const related = others.map((x) => ({ path: x.path, line: x.line })).sort(byPlace);
            const also = others.length > 0 ? ` The same probe is also defined in ${copiesText(first!.path, others)}.` : '';
            // A workload no copy of which can be applied (a removed apiVersion) proves nothing deployed.
            const removed = first!.removed !== undefined && others.every((x) => x.removed !== undefined) ? first!.removed : undefined;
            const gap = removed === undefined ? {} : { certainty: 'likely' as const, gap: first!.d.gap !== undefined ? `${first!.d.gap}; ${removed}` : removed };
            ctx.report({ ...first!.d, ...gap, data: { ...first!.d.data, also }, ...(related.length > 0 ? { related } : {}) });
          }
        }
        if (count.total > 0) ctx.metric('probes', { ...count, probes: seen });
        const containers = probeObs.reduce((n, o) => n + o.value.containers, 0);
        const unprobed = probeObs.reduce((n, o) => n + o.value.unprobed, 0);
        const anyProbe = probeObs.some((o) => o.value.probes.length > 0);
        if (mismatches > 0) ctx.gap('probes', 'mismatch', first);
        else if (containers > 0) ctx.gap('probes', unprobed === 0 ? 'present' : unprobed === containers ? 'missing' : 'partial', probeObs.find((o) => o.value.containers > 0)!.path);
        else ctx.gap('probes', anyProbe ? 'present' : 'n/a', probeObs[0]?.path);
      },
    };
  },
});

/** The health routes a service serves, else a few of its routes. */
function servedList(s: ServiceRoutes): string {
  const health = healthRoutes(s);
  if (health.length > 0) return health.slice(0, 5).map((h) => `\`${h}\``).join(', ');
  return `no health-like route (${s.routes.length} route${s.routes.length === 1 ? '' : 's'}, e.g. \`${s.routes[0]!.path}\`)`;
}

/** A chart's parsed values (undefined: none, or it does not parse). */
type ValuesOf = (chart: string) => unknown;

/**
 * A chart probe as its default values render it: undefined when they leave it out (a false
 * `if`/`with` condition: nothing is deployed to judge) or when it is filled from values that hold
 * no HTTP probe; a probe filled by `toYaml .Values.p` takes its path and port from there.
 */
function withValues(p: ProbeFact, valuesOf: ValuesOf): ProbeFact | undefined {
  if (p.helm === undefined || p.chart === undefined) return p;
  const values = valuesOf(p.chart);
  if (unrendered(p.helm, values) !== undefined) return undefined;
  if (p.path !== '') return p;
  const typed = probeFromValues({ kind: 'readiness', type: 'unknown', line: p.line, ...p.helm }, values);
  if (typed.type !== 'http' || typed.path === undefined) return undefined;
  const out: ProbeFact = { ...p, path: typed.path };
  if (typed.port !== undefined) out.port = typed.port;
  else delete out.port;
  return out;
}

/** The probe path with Helm values resolved from its chart's values.yaml; undefined when unknown. */
function resolveProbePath(p: ProbeFact, valuesOf: ValuesOf): string | undefined {
  let path = p.path;
  if (hasMarkers(path)) {
    if (p.chart === undefined || path.includes('TEMPLATED')) return undefined;
    const values = valuesOf(p.chart);
    if (values === undefined) return undefined;
    const r = resolveValues(path, values);
    if (r === undefined) return undefined;
    path = r;
  }
  return path.startsWith('/') ? path : undefined;
}

/** The probe's port: a number, 'named' (a k8s port name, resolved in the container's own ports), or undefined when unknown. */
function probePort(p: ProbeFact, valuesOf: ValuesOf): number | 'named' | undefined {
  let port = p.port;
  if (port === undefined) return p.source === 'k8s' || p.source === 'platform' ? undefined : 80;
  if (hasMarkers(port)) {
    if (p.chart === undefined || port.includes('TEMPLATED')) return undefined;
    const values = valuesOf(p.chart);
    if (values === undefined) return undefined;
    port = resolveValues(port, values);
    if (port === undefined) return undefined;
  }
  if (/^\d+$/.test(port)) return Number(port);
  return p.source === 'k8s' && /^[a-z0-9-]+$/i.test(port) ? 'named' : undefined;
}

/**
 * A HEALTHCHECK path with its shell variables (`$X`, `${X}`, `${X:-default}`) taken from ENV/ARG, or
 * the default written; one neither sets stays as written (`$` then marks the path not judged).
 */
function expandVariables(path: string, env: ReadonlyMap<string, string>): string {
  return path.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (whole: string, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => env.get(braced ?? bare!) ?? fallback ?? whole);
}

/** A HEALTHCHECK URL's port, with `$PORT`/`${PORT}` taken from ENV/ARG; none written: the scheme's default. */
function urlPort(u: { url: string; port?: number }, env: ReadonlyMap<string, string>): { port?: string } {
  if (u.port !== undefined) return { port: String(u.port) };
  const v = /^https?:\/\/[^/]*:\$\{?(\w+)\}?/.exec(u.url);
  if (v) return { port: env.get(v[1]!) ?? `$${v[1]}` };
  return { port: u.url.startsWith('https') ? '443' : '80' };
}
