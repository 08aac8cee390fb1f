// telemetry-not-initialized: an OpenTelemetry SDK is declared but nothing starts it (RULES.md,
// observability, service rule): no NodeSDK().start(), no tracer/meter provider set-up, no
// `opentelemetry-instrument` launcher or Java agent. The dependency is shipped and no span leaves.
// Owns the "tracing" gap row.
import { declaredIn, MANIFEST_GLOBS, OTEL_SDK_DEPS, OTEL_START, OTEL_START_GLOBS, VENDOR_TRACING_DEPS } from '../../analysis/observability.js';
import { defineCheck } from '../../model/check.js';
import { globMatcher } from '../../workspace/glob.js';

const isManifest = globMatcher([...MANIFEST_GLOBS], { dot: true });

interface Seen {
  sdk?: string[];
  vendor?: string[];
  start?: { line: number; text: string };
}

export default defineCheck({
  meta: {
    id: 'telemetry-not-initialized',
    area: 'observability',
    severity: 'P2',
    effortMinutes: 120,
    title: 'Telemetry declared but not started',
    serviceOnly: true,
    certainty: 'likely',
    precision: 'medium',
    docs: 'rules/checks/telemetry-not-initialized.md',
    pure: true,
    files: [...MANIFEST_GLOBS, ...OTEL_START_GLOBS],
    messages: {
      notStarted: '{sdk} is declared in {path} but never started (no NodeSDK().start(), tracer/meter provider set-up, `opentelemetry-instrument` launcher or Java agent found): no trace or metric leaves the service.',
    },
    remediation:
      'Start the SDK once at process start-up, before the app is imported: `new NodeSDK({...}).start()` in an instrumentation file loaded with `--import`, `opentelemetry-instrument` in the container command, `TracerProvider` + `set_tracer_provider`, or the Java agent; or remove the unused dependency.',
  },
  create(ctx) {
    return {
      file(f) {
        if ((ctx.classOf(f.path) !== 'runtime')) return;
        const seen: Seen = {};
        if (isManifest(f.path)) {
          const sdk = declaredIn(f.text, OTEL_SDK_DEPS);
          if (sdk.length > 0) seen.sdk = sdk;
          const vendor = declaredIn(f.text, VENDOR_TRACING_DEPS);
          if (vendor.length > 0) seen.vendor = vendor;
        }
        // Start-up code in tests proves nothing about the service.
        const m = (ctx.classOf(f.path) !== 'runtime') ? null : OTEL_START.exec(f.text);
        if (m) seen.start = { line: f.lineOf(m.index), text: m[0] };
        if (seen.sdk || seen.vendor || seen.start) ctx.observe(seen);
      },
      end() {
        if (ctx.workspace.profile.kind === 'library') return ctx.gap('tracing', 'n/a');
        const obs = ctx.observations<Seen>();
        const start = obs.find((o) => o.value.start);
        const vendor = obs.find((o) => o.value.vendor);
        const sdk = obs.find((o) => o.value.sdk);
        if (start) return ctx.gap('tracing', 'present', `${start.path}:${start.value.start!.line}`);
        if (vendor) return ctx.gap('tracing', 'present', `${vendor.path}: ${vendor.value.vendor!.join(', ')}`);
        if (!sdk) return ctx.gap('tracing', 'missing');
        ctx.gap('tracing', 'partial', `${sdk.path}: declared, not started`);
        ctx.report({
          messageId: 'notStarted',
          location: { path: sdk.path },
          data: { sdk: sdk.value.sdk!.join(', '), path: sdk.path },
          fingerprintKey: 'notStarted',
        });
      },
    };
  },
});
