// no-deploy-pipeline: no CI job deploys (RULES.md, deploy, service rule). Releases by hand from a
// laptop are unrepeatable and unaudited. GitOps (Argo CD Applications, Flux Kustomizations or
// HelmReleases in the repository) deploys by pull and counts as a pipeline. A deploy job switched
// off with `if: false` is workflow-disabled-job's finding; here the gap row says `disabled`.
// Owns the "deploy pipeline" row of the gap table.
import { globMatcher } from '../../workspace/glob.js';
import { CI_GLOBS, ciFactsOf, deploySteps, publishSteps } from '../../analysis/ci-files.js';
import { ciPathOf } from '../../analysis/workflow.js';
import { defineCheck } from '../../model/check.js';

// The CI globs as globs (`cloudbuild.yaml` matches `**/cloudbuild*.{yml,yaml}`), not as literal paths.
const isCiGlob = globMatcher([...CI_GLOBS], { dot: true });

interface Seen {
  deploys: Array<{ what: string; line: number; disabled: boolean }>;
  gitops?: string;
  /** Live steps that publish a release (an image push, a GitHub release, a package). */
  publishes?: Array<{ what: string; line: number }>;
}

export default defineCheck({
  meta: {
    id: 'no-deploy-pipeline',
    area: 'deploy',
    severity: 'P1',
    effortMinutes: 240,
    title: 'No deploy pipeline',
    serviceOnly: true,
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/no-deploy-pipeline.md',
    pure: true,
    repositoryFiles: true,
    files: [...CI_GLOBS, '**/*.{yml,yaml}'],
    messages: {
      missing: 'No CI job deploys this service ({looked}): releases depend on someone running commands by hand.',
    },
    remediation:
      'Add a deploy job that runs after the tests on the default branch (kubectl/helm/argocd sync, terraform apply, or a cloud deploy action), behind a GitHub environment with required reviewers for production.',
  },
  create(ctx) {
    const isCi = (p: string) => isCiGlob(p) || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p) || /(^|\/)Jenkinsfile$|^\.gitlab|^\.circleci|^\.woodpecker|^\.azure-pipelines|^\.github\/actions\//.test(p);
    return {
      file(f) {
        if (isCi(ciPathOf(f))) {
          const facts = ciFactsOf(f);
          if (facts.malformed !== undefined) ctx.malformed(f.path, 'ci-config', facts.malformed);
          const deploys = deploySteps(facts);
          const publishes = publishSteps(facts).filter((p) => !p.disabled).map(({ what, line }) => ({ what, line }));
          if (deploys.length > 0 || publishes.length > 0) ctx.observe({ deploys, ...(publishes.length > 0 ? { publishes } : {}) } satisfies Seen);
          return;
        }
        // GitOps controllers' resources: cheap text test first, then the kind line. One in docs, an example or
        // a test shows how to deploy (grafana-operator's docs/blog/flux-gitops), it deploys nothing.
        if (!f.text.includes('argoproj.io') && !f.text.includes('fluxcd.io')) return;
        if (ctx.classOf(f.path) !== 'runtime' && ctx.classOf(f.path) !== 'tooling') return;
        const m = /^kind:\s*(Application|ApplicationSet|Kustomization|HelmRelease)\s*$/m.exec(f.text);
        if (m) ctx.observe({ deploys: [], gitops: `${m[1]} (${f.path})` } satisfies Seen);
      },
      end() {
        if (ctx.workspace.profile.kind === 'library') {
          ctx.gap('deploy pipeline', 'n/a');
          return;
        }
        const obs = ctx.observations<Seen>();
        const gitops = obs.find((o) => o.value.gitops);
        const live = obs.flatMap((o) => o.value.deploys.filter((d) => !d.disabled).map((d) => ({ path: o.path, ...d })));
        if (live.length > 0) return ctx.gap('deploy pipeline', 'present', `${live[0]!.path}:${live[0]!.line}`);
        if (gitops) return ctx.gap('deploy pipeline', 'present', gitops.value.gitops);
        const off = obs.flatMap((o) => o.value.deploys.map((d) => ({ path: o.path, ...d })));
        if (off.length > 0) return ctx.gap('deploy pipeline', 'disabled', `${off[0]!.path}:${off[0]!.line}`);
        ctx.gap('deploy pipeline', 'missing');
        // The scanned tree's CI files, then the repository root's (a subfolder scan: workspace.repository).
        const repository = ctx.workspace.repository;
        const ci = [...ctx.workspace.files.filter(isCi), ...(repository?.files ?? []).filter((p) => isCi(p.slice(repository!.up.length)))];
        // A release CI publishes (an image, a GitHub release, a package) is deployed by whatever runs it: a CD
        // system watching the registry, or the users of a product they host themselves. Neither is in the tree.
        const published = obs.flatMap((o) => (o.value.publishes ?? []).map((p) => ({ path: o.path, ...p })))[0];
        ctx.report({
          messageId: 'missing',
          location: { path: ci[0] ?? '.' },
          data: { looked: ci.length > 0 ? `no kubectl/helm/argocd/terraform apply or cloud deploy step in ${ci.slice(0, 3).join(', ')}${ci.length > 3 ? ', …' : ''}` : 'there is no CI configuration' },
          fingerprintKey: 'missing',
          ...(published ? { certainty: 'likely' as const, gap: `${published.what} (${published.path}:${published.line}) publishes the release: what deploys it (a CD system watching the registry, or the users of a product they host) is not in the tree` } : {}),
        });
      },
    };
  },
});
