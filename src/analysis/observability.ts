// Observability signals of a repository: metrics, tracing and alerting libraries declared in its
// manifests, OpenTelemetry start-up code, alert and dashboard definitions. Shared by no-metrics,
// no-alerting-rules and telemetry-not-initialized. Names are matched as whole dependency names in
// the manifests' text (a package.json key, a requirements line, a go.mod require, a Maven artifactId).
import { parse as parseToml } from 'smol-toml';
import { record } from '../ecosystems/types.js';
import { DOCKERFILE_GLOBS } from './dockerfile.js';

export const MANIFEST_GLOBS = [
  '**/package.json', '**/requirements*.txt', '**/pyproject.toml', '**/Pipfile', '**/setup.py', '**/setup.cfg', '**/go.mod', '**/pom.xml', '**/build.gradle', '**/build.gradle.kts',
  // Rust, Ruby, .NET, PHP, Elixir services (LemmyNet/lemmy declares `prometheus` in a crate's Cargo.toml; maybe-finance/maybe `skylight` in its Gemfile).
  '**/Cargo.toml', '**/Gemfile', '**/*.gemspec', '**/*.csproj', '**/composer.json', '**/mix.exs',
] as const;

export const METRICS_DEPS = [
  // Python
  'prometheus_client', 'prometheus-client', 'prometheus-fastapi-instrumentator', 'starlette-exporter', 'starlette_exporter', 'starlette-prometheus',
  'django-prometheus', 'prometheus-flask-exporter', 'aioprometheus', 'statsd', 'datadog', 'ddtrace', 'newrelic', 'opentelemetry-exporter-prometheus',
  'opentelemetry-exporter-otlp', 'opentelemetry-distro', 'elastic-apm', 'pyroscope-io',
  // JavaScript
  'prom-client', 'express-prom-bundle', 'fastify-metrics', '@willsoto/nestjs-prometheus', 'hot-shots', 'node-statsd', 'statsd-client', 'dd-trace',
  '@opentelemetry/sdk-metrics', '@opentelemetry/exporter-prometheus', '@opentelemetry/sdk-node', '@opentelemetry/auto-instrumentations-node', 'elastic-apm-node',
  // Go
  'github.com/prometheus/client_golang', 'go.opentelemetry.io/otel/sdk/metric', 'github.com/DataDog/datadog-go', 'gopkg.in/DataDog/dd-trace-go.v1', 'github.com/DataDog/dd-trace-go',
  'github.com/VictoriaMetrics/metrics', 'github.com/armon/go-metrics', 'github.com/hashicorp/go-metrics', 'github.com/rcrowley/go-metrics', 'github.com/go-kit/kit/metrics', 'github.com/cactus/go-statsd-client',
  'go.opentelemetry.io/otel/exporters/prometheus',
  // JVM
  'micrometer-registry-prometheus', 'micrometer-core', 'simpleclient', 'prometheus-metrics-core', 'opentelemetry-sdk-metrics', 'spring-boot-starter-actuator', 'dd-java-agent',
  // Rust
  'prometheus', 'prometheus-client', 'metrics-exporter-prometheus', 'metrics-exporter-statsd', 'actix-web-prom', 'axum-prometheus', 'opentelemetry-prometheus', 'autometrics', 'cadence',
  // Ruby
  'prometheus_exporter', 'yabeda', 'yabeda-prometheus', 'yabeda-rails', 'statsd-instrument', 'dogstatsd-ruby', 'newrelic_rpm', 'skylight', 'scout_apm', 'appsignal', 'opentelemetry-metrics-sdk',
  // .NET, PHP, Elixir
  'prometheus-net', 'prometheus-net.AspNetCore', 'OpenTelemetry.Exporter.Prometheus.AspNetCore', 'App.Metrics', 'promphp/prometheus_client_php', 'prometheus_ex', 'telemetry_metrics_prometheus', 'prom_ex',
];

export const OTEL_SDK_DEPS = [
  'opentelemetry-sdk', 'opentelemetry-distro', '@opentelemetry/sdk-node', '@opentelemetry/sdk-trace-node', '@opentelemetry/sdk-trace-base', '@opentelemetry/sdk-trace-web',
  '@opentelemetry/sdk-metrics', 'go.opentelemetry.io/otel/sdk', 'io.opentelemetry:opentelemetry-sdk', 'opentelemetry-sdk-trace',
];

/** Tracers that start themselves (agents, vendor libraries): tracing present without OTel start-up code. */
export const VENDOR_TRACING_DEPS = ['ddtrace', 'dd-trace', 'newrelic', 'elastic-apm', 'elastic-apm-node', 'gopkg.in/DataDog/dd-trace-go.v1', 'github.com/DataDog/dd-trace-go', 'dd-java-agent', 'opentelemetry-spring-boot-starter'];

/** Code or launch lines that start an OpenTelemetry SDK (or a distro doing it). */
export const OTEL_START = new RegExp(
  [
    String.raw`\bnew\s+NodeSDK\s*\(`,
    String.raw`\bnew\s+(?:Node|Web|Basic)TracerProvider\s*\(`,
    String.raw`\bregisterInstrumentations\s*\(`,
    String.raw`@opentelemetry/auto-instrumentations-node/register`,
    String.raw`\bset_tracer_provider\s*\(`,
    String.raw`\bset_meter_provider\s*\(`,
    String.raw`\bconfigure_opentelemetry\s*\(`,
    String.raw`\bconfigure_azure_monitor\s*\(`,
    String.raw`\blogfire\.configure\s*\(`,
    String.raw`\bopentelemetry-instrument\b`,
    String.raw`\bSetTracerProvider\s*\(`,
    String.raw`\bSetMeterProvider\s*\(`,
    String.raw`\bNewTracerProvider\s*\(`,
    String.raw`\bOpenTelemetrySdk\s*\.\s*builder\s*\(`,
    String.raw`\bAutoConfiguredOpenTelemetrySdk\b`,
    String.raw`opentelemetry-javaagent`,
    // Wrappers that start the SDK: grafana/dskit tracing, uptrace, honeycomb's distro.
    String.raw`\btracing\s*\.\s*New\w*FromEnv\s*\(`,
    String.raw`\buptrace\s*\.\s*ConfigureOpentelemetry\s*\(`,
    String.raw`\botelconfig\s*\.\s*ConfigureOpenTelemetry\s*\(`,
    String.raw`\bHoneycombSDK\s*\(`,
    // Ruby, Rust, .NET (their manifests are read too).
    String.raw`\bOpenTelemetry::SDK\.configure\b`,
    String.raw`\bSdk(?:Tracer|Meter)Provider::builder\s*\(`,
    String.raw`\bSdk\.Create(?:Tracer|Meter)ProviderBuilder\s*\(`,
    String.raw`\.AddOpenTelemetry\s*\(`,
  ].join('|'),
);

export const OTEL_START_GLOBS = ['**/*.{py,js,mjs,cjs,ts,mts,cts,go,java,kt,sh,rb,rs,cs}', ...DOCKERFILE_GLOBS, '**/Procfile', '**/*.{yml,yaml}', '**/package.json'] as const;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each name as a whole word of a manifest (case-insensitive), compiled once per name. */
const DECLARED = new Map<string, RegExp>();

/** The names of `candidates` declared in a manifest's text. */
export function declaredIn(text: string, candidates: readonly string[]): string[] {
  // The name as a substring is necessary for the whole-word match and far cheaper to look for.
  const lower = text.toLowerCase();
  return candidates.filter((name) => {
    if (!lower.includes(name.toLowerCase())) return false;
    let re = DECLARED.get(name);
    // `:` before: a Gradle coordinate's artifact (`io.micrometer:micrometer-core:1.12`).
    if (!re) DECLARED.set(name, (re = new RegExp(`(^|[\\s"'\\[(=,<>:])${escape(name)}(?=$|[\\s"'\\]<>=~!;@:,)\\[/]|\\.v\\d)`, 'mi')));
    return re.test(text);
  });
}

/**
 * A Gradle version catalog (`gradle/libs.versions.toml`): its catalog's name (`libs`, from the file
 * name) and, by accessor (`micrometer.registry.prometheus` for the alias `micrometer-registry-prometheus`,
 * `bundles.monitoring` for a bundle), the `candidates` its libraries are. A build file names them
 * as `libs.micrometer.registry.prometheus`. `malformed`: why the text does not parse.
 */
export function catalogEntries(path: string, text: string, candidates: readonly string[]): { catalog: string; entries: Array<[string, string[]]>; malformed?: string } | undefined {
  const catalog = /(?:^|\/)([A-Za-z][\w-]*)\.versions\.toml$/.exec(path)?.[1];
  if (catalog === undefined) return undefined;
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    return { catalog, entries: [], malformed: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
  }
  const wanted = new Set(candidates.map((c) => c.toLowerCase()));
  const found = new Map<string, string[]>();
  for (const [alias, v] of Object.entries(record(doc['libraries']) ?? {})) {
    const t = record(v);
    const module = typeof v === 'string' ? v : typeof t?.['module'] === 'string' ? t['module'] : typeof t?.['group'] === 'string' && typeof t['name'] === 'string' ? `${t['group']}:${t['name']}` : undefined;
    const artifact = module?.split(':')[1];
    if (artifact !== undefined && wanted.has(artifact.toLowerCase())) found.set(accessorOf(alias), [artifact]);
  }
  const entries = [...found];
  for (const [name, list] of Object.entries(record(doc['bundles']) ?? {})) {
    const names = Array.isArray(list) ? list.flatMap((a) => (typeof a === 'string' ? (found.get(accessorOf(a)) ?? []) : [])) : [];
    if (names.length > 0) entries.push([`bundles.${accessorOf(name)}`, names]);
  }
  return { catalog, entries };
}

/** Gradle's accessor of a catalog alias: `-`, `_` and `.` all separate, case aside. */
export function accessorOf(alias: string): string {
  return alias.replace(/[-_.]/g, '.').toLowerCase();
}

/** The catalog accessors a Gradle build file uses (`libs.spring.boot.actuator` → `libs` and `spring.boot.actuator`); at most 2,000. */
export function catalogReferences(text: string): Array<[string, string]> {
  const out = new Map<string, [string, string]>();
  for (const m of text.matchAll(/(?<![\w.])([A-Za-z]\w*)\.((?:[A-Za-z]\w*\.)*[A-Za-z]\w*)/g)) {
    if (out.size >= 2000) break;
    const key = `${m[1]}\0${accessorOf(m[2]!)}`;
    if (!out.has(key)) out.set(key, [m[1]!, accessorOf(m[2]!)]);
  }
  return [...out.values()];
}

/** Paths that hold dashboards as code (Grafana JSON, jsonnet mixins, GrafanaDashboard resources). */
export function isDashboardPath(path: string): boolean {
  return /(^|\/)(dashboards?|grafana)\/.+\.(json|jsonnet|libsonnet|ya?ml)$/i.test(path) || /(^|\/)[^/]*dashboard[^/]*\.(json|jsonnet|libsonnet)$/i.test(path);
}
