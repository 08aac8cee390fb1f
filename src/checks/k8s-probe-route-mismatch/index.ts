// k8s-probe-route-mismatch: an HTTP probe (Kubernetes readiness/liveness/startup, Dockerfile
// HEALTHCHECK, compose healthcheck) whose path no route of the service serves (RULES.md, deploy).
// The platform then marks every pod unready or kills it in a loop: the release never becomes
// available. Judged only when the route model is confident for the probe's service (routes found,
// no catch-all, no health library with configurable paths) and the path is not written anywhere
// in the service's code. Owns the "probes" row of the gap table.
// Proven only when the probe's port is tied to a port the service listens on (a named port of the
// container, a containerPort, EXPOSE, `--port`, `ENV PORT`, a compose `ports`/`expose` entry) and no
// route of the service is unread (file-based routers other than Next.js, Next.js middleware); else
// likely, with the gap named.
import { parse } from 'yaml';
import { DOCKERFILE_GLOBS, dockerfileOf, isDockerfilePath } from '../../analysis/dockerfile.js';
import { composeOf, hasMarkers, isComposePath, isK8sCandidate, K8S_GLOBS, k8sOf, resolveValues } from '../../analysis/k8s.js';
import { healthRoutes, manifestDirsOf, observeRoutes, ROUTE_GLOBS, ROUTE_LANGS, routeModel, serves, serviceRootOf, type RouteObservation, type ServiceRoutes } from '../../analysis/routes/index.js';
import { defineCheck } from '../../model/check.js';

interface ProbeFact {
  source: 'k8s' | 'dockerfile' | 'compose';
  what: string;
  path: string;
  line: number;
  image?: string;
  chart?: string;
  build?: string;
  /** The port probed as written (a number, a k8s port name, a Helm marker); absent: the scheme's default. */
  port?: string;
  /** Ports the probed container declares (k8s containerPort and names, compose ports/expose). */
  declared: string[];
}

type Listen = { t: 'listen'; ports: number[] };
type Obs = { t: 'probes'; probes: ProbeFact[]; containers: number; unprobed: number } | Listen | RouteObservation;

// Images of other software: their probes are not this code's business.
const THIRD_PARTY = /^(redis|postgres|postgresql|mysql|mariadb|mongo|mongodb|nginx|envoy|rabbitmq|memcached|elasticsearch|opensearch|kibana|grafana|prometheus|alertmanager|busybox|alpine|jaeger|jaeger-all-in-one|otel|opentelemetry-collector|opentelemetry-collector-contrib|consul|vault|etcd|zookeeper|kafka|cp-kafka|minio|traefik|haproxy|proxyv2|cloud-sql-proxy|oauth2-proxy|pgbouncer|keycloak|localstack|mailhog|loki|promtail|tempo|fluent-bit|fluentd|node-exporter|kube-state-metrics|nats|clickhouse-server|cassandra|neo4j|influxdb|pushgateway|blackbox-exporter|sonarqube|adminer|pgadmin4|selenium|wiremock)$/;

export default defineCheck({
  meta: {
    id: 'k8s-probe-route-mismatch',
    area: 'deploy',
    severity: 'P0',
    effortMinutes: 60,
    title: 'Probe path served by no route',
    certainty: 'proven',
    proof: 'the routes of the probed service were read in full (no catch-all, no health library with configurable paths, no unread file-based routes), the probe\'s port is one the service listens on, and no route serves the probe\'s path',
    scope: 'deploy',
    precision: 'high',
    docs: 'rules/checks/k8s-probe-route-mismatch.md',
    pure: true,
    files: [...K8S_GLOBS, ...DOCKERFILE_GLOBS, ...ROUTE_GLOBS],
    capture: ['**/values.yaml', '**/values.yml'],
    languages: ROUTE_LANGS,
    messages: {
      mismatch: '{what} expects `{path}`, but no route of the service ({root}) serves it; the code serves {served}. The platform will {effect}.',
    },
    remediation:
      'Point the probe at a path the service really serves (or add that route): check the router prefixes, then verify with `curl -i http://localhost:<port><path>` against a running container.',
  },
  create(ctx) {
    return {
      file(f) {
        if (isDockerfilePath(f.path)) {
          if ((ctx.classOf(f.path) !== 'runtime')) return;
          const d = dockerfileOf(f);
          const env = dockerEnv(d.instructions);
          const probes: ProbeFact[] = d.healthchecks.flatMap((h) => h.urls.map((u) => ({ source: 'dockerfile' as const, what: 'The Dockerfile HEALTHCHECK', path: u.path, line: h.line, declared: [], ...urlPort(u, env) })));
          ctx.observe({ t: 'listen', ports: listenPorts(d.instructions, d.exposes, env) } satisfies Obs);
          if (probes.length > 0) ctx.observe({ t: 'probes', probes, containers: 0, unprobed: 0 } satisfies Obs);
          return;
        }
        if (isComposePath(f.path)) {
          if ((ctx.classOf(f.path) !== 'runtime')) return;
          const c = composeOf(f);
          const probes: ProbeFact[] = c.services.flatMap((s) =>
            s.healthchecks.map((h) => ({ source: 'compose' as const, what: `The healthcheck of compose service \`${s.name}\``, path: h.path, line: h.line, declared: s.ports, ...(h.port !== undefined ? { port: String(h.port) } : {}), ...(s.build ? { build: s.build } : {}), ...(s.image ? { image: s.image } : {}) })),
          );
          if (probes.length > 0) ctx.observe({ t: 'probes', probes, containers: 0, unprobed: 0 } satisfies Obs);
          return;
        }
        if (/\.ya?ml$/.test(f.path)) {
          if (!isK8sCandidate(f.path) || ctx.classOf(f.path) !== 'runtime') return;
          const k = k8sOf(f);
          const probes: ProbeFact[] = [];
          let containers = 0;
          let unprobed = 0;
          for (const w of k.workloads) {
            if (w.partial || !['Deployment', 'StatefulSet', 'DaemonSet'].includes(w.kind)) continue;
            for (const c of w.containers) {
              containers++;
              if (c.probes.length === 0 && !c.opaque) unprobed++;
              for (const p of c.probes) {
                if (p.type !== 'http' || p.path === undefined) continue;
                probes.push({ source: 'k8s', what: `The ${p.kind}Probe of container \`${c.name}\` (${w.kind} \`${w.name}\`)`, path: p.path, line: p.line, declared: c.ports, ...(p.port !== undefined ? { port: p.port } : {}), ...(c.image ? { image: c.image } : {}), ...(k.chart !== undefined ? { chart: k.chart } : {}) });
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
        const model = routeModel(
          obs.filter((o): o is { path: string; value: RouteObservation } => o.value.t !== 'probes' && o.value.t !== 'listen'),
          ctx.workspace.files,
          (p) => ctx.workspace.classOf(p) === 'runtime',
        );
        const listen = obs.filter((o): o is { path: string; value: Listen } => o.value.t === 'listen');
        const probeObs = obs.filter((o) => o.value.t === 'probes') as Array<{ path: string; value: Extract<Obs, { t: 'probes' }> }>;
        const dirs = manifestDirsOf(ctx.workspace.files);
        const deployDirs = new Set(ctx.workspace.files.filter(isDockerfilePath).map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.')));
        const withRoutes = model.filter((s) => s.routes.length > 0);
        const values = chartValues(ctx.workspace.text.bind(ctx.workspace));
        const serviceOf = serviceFinder(withRoutes, dirs, deployDirs);
        // The ports each Dockerfile's image listens on, by file and by service root (indexed once, not per probe).
        const listenAt = new Map<string, number[]>();
        const listenIn = new Map<string, number[]>();
        for (const l of listen) {
          listenAt.set(l.path, [...(listenAt.get(l.path) ?? []), ...l.value.ports]);
          const root = serviceRootOf(l.path, dirs);
          const at = listenIn.get(root);
          if (at) at.push(...l.value.ports);
          else listenIn.set(root, [...l.value.ports]);
        }
        let mismatches = 0;
        let first: string | undefined;
        for (const o of probeObs) {
          for (const p of o.value.probes) {
            const path = resolveProbePath(p, values);
            if (path === undefined) continue;
            const service = serviceOf(p, o.path);
            if (!service?.confident) continue;
            if (serves(service, path).served) continue;
            // The ports the service's images listen on: this Dockerfile's, or those of the service's Dockerfiles.
            const ports = (p.source === 'dockerfile' ? listenAt.get(o.path) : listenIn.get(service.root)) ?? [];
            const port = probePort(p, values);
            const tied = port === 'named' || (port !== undefined && (ports.includes(port) || p.declared.includes(String(port))));
            const gap =
              service.unread ??
              (tied ? undefined : `the probe's port (${p.port ?? 'default'}) is not tied to a port the service listens on (no containerPort, EXPOSE, --port or compose port declares it)`);
            mismatches++;
            first ??= `${o.path}:${p.line}`;
            const health = healthRoutes(service);
            ctx.report({
              messageId: 'mismatch',
              location: { path: o.path, line: p.line },
              data: {
                what: p.what,
                path,
                root: service.root === '.' ? 'repository root' : service.root,
                served: health.length > 0 ? health.map((h) => `\`${h}\``).join(', ') : `no health-like route (${service.routes.length} route${service.routes.length === 1 ? '' : 's'}, e.g. \`${service.routes[0]!.path}\`)`,
                effect: p.source === 'k8s' ? 'get 404 on every probe and keep the pods unready or restart them' : 'mark the container unhealthy',
              },
              fingerprintKey: `${p.what}:${path}`,
              ...(gap !== undefined ? { certainty: 'likely' as const, gap } : {}),
            });
          }
        }
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

/** A chart's parsed values.yaml (NO_VALUES: none, or it does not parse). */
type ValuesOf = (chart: string) => unknown;
const NO_VALUES = Symbol('no values');

/** Each chart's values.yaml, parsed once for all its probes (paths and ports alike). */
function chartValues(text: (path: string) => string | undefined): ValuesOf {
  const parsed = new Map<string, unknown>();
  return (chart) => {
    if (parsed.has(chart)) return parsed.get(chart);
    const src = text(chart === '.' ? 'values.yaml' : `${chart}/values.yaml`);
    let v: unknown = NO_VALUES;
    if (src !== undefined) {
      try {
        v = parse(src, { logLevel: 'error' }); // warnings quote the source: never printed
      } catch {
        v = NO_VALUES;
      }
    }
    parsed.set(chart, v);
    return v;
  };
}

/** The probe path with Helm values resolved from its chart's values.yaml; undefined when unknown. */
function resolveProbePath(p: ProbeFact, valuesOf: ValuesOf): string | undefined {
  let path = p.path;
  if (hasMarkers(path)) {
    if (p.chart === undefined || path.includes('TEMPLATED')) return undefined;
    const values = valuesOf(p.chart);
    if (values === NO_VALUES) return undefined;
    const r = resolveValues(path, values);
    if (r === undefined) return undefined;
    path = r;
  }
  return path.startsWith('/') ? path : undefined;
}

/** The probe's port: a number, 'named' (a k8s port name, resolved in the container's own ports), or undefined when unknown. */
function probePort(p: ProbeFact, valuesOf: ValuesOf): number | 'named' | undefined {
  let port = p.port;
  if (port === undefined) return p.source === 'k8s' ? undefined : 80;
  if (hasMarkers(port)) {
    if (p.chart === undefined || port.includes('TEMPLATED')) return undefined;
    const values = valuesOf(p.chart);
    if (values === NO_VALUES) return undefined;
    port = resolveValues(port, values);
    if (port === undefined) return undefined;
  }
  if (/^\d+$/.test(port)) return Number(port);
  return p.source === 'k8s' && /^[a-z0-9-]+$/i.test(port) ? 'named' : undefined;
}

/** ENV and ARG values of a Dockerfile (last wins). */
function dockerEnv(instructions: ReadonlyArray<{ keyword: string; args: string }>): Map<string, string> {
  const env = new Map<string, string>();
  for (const ins of instructions) {
    if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
    // A name starts after a non-word character: without the lookbehind the regex restarts inside
    // every word, quadratic on a long one (50,000 characters: 0.9 s); the matches are the same.
    for (const m of ins.args.matchAll(/(?<!\w)(\w+)[=\s]["']?([^\s"']+)/g)) env.set(m[1]!, m[2]!);
  }
  return env;
}

/** A HEALTHCHECK URL's port, with `$PORT`/`${PORT}` taken from ENV/ARG; none written: the scheme's default. */
function urlPort(u: { url: string; port?: number }, env: ReadonlyMap<string, string>): { port?: string } {
  if (u.port !== undefined) return { port: String(u.port) };
  const v = /^https?:\/\/[^/]*:\$\{?(\w+)\}?/.exec(u.url);
  if (v) return { port: env.get(v[1]!) ?? `$${v[1]}` };
  return { port: u.url.startsWith('https') ? '443' : '80' };
}

/** The ports a Dockerfile's image listens on: EXPOSE, `ENV PORT`, and `--port`/`-p`/`--bind`/`-b` of CMD/ENTRYPOINT. */
function listenPorts(instructions: ReadonlyArray<{ keyword: string; args: string }>, exposes: readonly number[], env: ReadonlyMap<string, string>): number[] {
  const out = new Set(exposes);
  const port = env.get('PORT');
  if (port !== undefined && /^\d+$/.test(port)) out.add(Number(port));
  for (const ins of instructions) {
    if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
    for (const m of ins.args.matchAll(/(?:--port|-p|--listen|--bind|-b)["',\s=]+["']?(?:[\w.[\]-]*:)?(\d{2,5})\b/g)) out.add(Number(m[1]));
  }
  return [...out].sort((a, b) => a - b);
}

function imageName(image: string | undefined): string | undefined {
  if (!image || image.includes('{{') || image.includes('TEMPLATED')) return undefined;
  const noDigest = image.split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
  return repo.slice(repo.lastIndexOf('/') + 1).toLowerCase();
}

/** The namespace segments of an image reference (no registry host, no final name): `selenium/hub:4` → [`selenium`]. */
function imageNamespaces(image: string | undefined): string[] {
  if (!image || image.includes('{{') || image.includes('TEMPLATED')) return [];
  const segs = image.split('@')[0]!.split('/');
  segs.pop();
  if (segs.length > 0 && /[.:]|^localhost$/.test(segs[0]!)) segs.shift();
  return segs.map((s) => s.toLowerCase());
}

/**
 * The service a probe belongs to, when that can be told. What does not depend on the probe (service
 * names, the folders another service could own) is computed once, and the answer is kept per
 * Dockerfile, build context or image and chart: a tree with many probes and many folders stays linear.
 */
function serviceFinder(services: readonly ServiceRoutes[], dirs: ReadonlySet<string>, deployDirs: ReadonlySet<string>): (p: ProbeFact, file: string) => ServiceRoutes | undefined {
  const byRoot = new Map<string, ServiceRoutes>();
  for (const s of services) if (!byRoot.has(s.root)) byRoot.set(s.root, s);
  const base = (s: ServiceRoutes) => (s.root === '.' ? '' : s.root.slice(s.root.lastIndexOf('/') + 1).toLowerCase());
  const bases = services.map((s) => [s, base(s)] as const).filter(([, b]) => b !== '');
  // The one service with routes, and whether another folder could own a workload instead.
  const only = services.length === 1 ? services[0]! : undefined;
  const dirBase = (d: string) => d.slice(d.lastIndexOf('/') + 1).toLowerCase();
  const otherDirNames = new Set(only ? [...dirs].filter((d) => d !== only.root && d !== '.').map(dirBase) : []);
  const outside = (d: string) => only !== undefined && only.root !== '.' && d !== only.root && !d.startsWith(`${only.root}/`);
  const deployedElsewhere = [...deployDirs].some(outside);
  const memo = new Map<string, ServiceRoutes | undefined>();
  const find = (p: ProbeFact, file: string): ServiceRoutes | undefined => {
    if (p.source === 'dockerfile') return byRoot.get(serviceRootOf(file, dirs));
    if (p.source === 'compose') return p.build === undefined ? undefined : byRoot.get(serviceRootOf(`${p.build}/Dockerfile`, dirs));
    const name = imageName(p.image);
    if (name && THIRD_PARTY.test(name)) return undefined;
    // A vendor's namespace names the product too: `selenium/hub`, `grafana/agent`, `bitnami/...` not.
    if (imageNamespaces(p.image).some((n) => THIRD_PARTY.test(n))) return undefined;
    const chart = p.chart !== undefined ? p.chart.slice(p.chart.lastIndexOf('/') + 1).toLowerCase() : undefined;
    const hits = bases.filter(([, b]) => b === name || b === chart || (name !== undefined && name.includes(b)));
    if (hits.length === 1) return hits[0]![0];
    if (!only) return undefined;
    // The route model read one service, but a polyglot repository holds others whose routes it could
    // not read (microservices-demo: Go `src/frontend` probed at `/_healthz`, Flask
    // `src/shoppingassistantservice` the only one with routes). The probe is that one service's only
    // when no other deployable directory could own the workload.
    if (name !== undefined && otherDirNames.has(name)) return undefined;
    return deployedElsewhere ? undefined : only;
  };
  return (p, file) => {
    const key = p.source === 'dockerfile' ? `d\0${file}` : p.source === 'compose' ? `c\0${p.build ?? ''}\0${p.build === undefined}` : `k\0${p.image ?? ''}\0${p.image === undefined}\0${p.chart ?? ''}\0${p.chart === undefined}`;
    if (!memo.has(key)) memo.set(key, find(p, file));
    return memo.get(key);
  };
}
