// no-deployment-manifest: a service with nothing that says how it runs (RULES.md, deploy, service
// rule): no Dockerfile/Containerfile, Kubernetes manifests, Helm chart, kustomization, compose file,
// or serverless/PaaS descriptor. Owns the "Dockerfile" and "Kubernetes manifests" gap rows.
import { globMatcher } from '../../workspace/glob.js';
import { isDockerfilePath } from '../../analysis/dockerfile.js';
import { isK8sCandidate, K8S_GLOBS, k8sOf, WORKLOAD_KINDS } from '../../analysis/k8s.js';
import { defineCheck } from '../../model/check.js';

const OTHER = globMatcher(
  [
    '**/{docker-,}compose*.{yml,yaml}',
    '**/Chart.yaml',
    '**/kustomization.{yml,yaml}',
    '**/Procfile',
    '**/app.yaml',
    '**/app.yml',
    '**/fly.toml',
    '**/render.yaml',
    '**/serverless.{yml,yaml,ts,js}',
    '**/vercel.json',
    '**/netlify.toml',
    '**/railway.{json,toml}',
    '**/template.{yml,yaml}',
    '**/samconfig.toml',
    '**/cdk.json',
    '**/skaffold.{yml,yaml}',
    '**/Tiltfile',
    '**/*.tf',
    '**/nixpacks.toml',
    '**/apprunner.yaml',
    '**/.platform.app.yaml',
    '**/manifest.{yml,yaml}',
  ],
  { dot: true },
);

export default defineCheck({
  meta: {
    id: 'no-deployment-manifest',
    area: 'deploy',
    severity: 'P1',
    effortMinutes: 240,
    title: 'No deployment manifest',
    serviceOnly: true,
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/no-deployment-manifest.md',
    pure: true,
    files: K8S_GLOBS,
    messages: {
      missing: 'No deployment manifest: no Dockerfile, Kubernetes manifest, Helm chart, kustomization, compose file or serverless/PaaS descriptor says how this service is built and run.',
    },
    remediation:
      'Add a Dockerfile that builds and runs the service, and the manifests of the platform it runs on (Kubernetes Deployment/Service or a Helm chart, or the PaaS descriptor), reviewed like code.',
  },
  create(ctx) {
    return {
      file(f) {
        if (!isK8sCandidate(f.path) || ctx.classOf(f.path) !== 'runtime') return;
        const k = k8sOf(f);
        if (k.malformed !== undefined) return; // counted as malformed by the k8s rules, not as evidence
        const workload = k.workloads.find((w) => WORKLOAD_KINDS.has(w.kind));
        if (workload || k.objects.some((o) => o.kind === 'Service' || o.kind === 'Ingress')) ctx.observe(`${(workload ?? k.objects[0]!).kind} ${f.path}`);
      },
      end() {
        const files = ctx.workspace.files.filter((p) => (ctx.classOf(p) === 'runtime'));
        const docker = files.find(isDockerfilePath);
        const k8s = ctx.observations<string>()[0];
        const chart = files.find((p) => p.endsWith('Chart.yaml'));
        const library = ctx.workspace.profile.kind === 'library';
        ctx.gap('Dockerfile', docker ? 'present' : library ? 'n/a' : 'missing', docker);
        ctx.gap('Kubernetes manifests', k8s || chart ? 'present' : library ? 'n/a' : 'missing', k8s ? k8s.path : chart);
        if (docker || k8s || chart || files.some((p) => OTHER(p))) return;
        ctx.report({ messageId: 'missing', location: { path: '.' }, fingerprintKey: 'missing' });
      },
    };
  },
});
