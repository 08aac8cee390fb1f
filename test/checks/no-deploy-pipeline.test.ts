import { describe, expect, it } from 'vitest';
import check from '../../src/checks/no-deploy-pipeline/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const service = { Dockerfile: 'FROM python:3.12-slim\n' };
const wf = (steps: string, extra = '') => ({ '.github/workflows/cd.yml': `on: push\njobs:\n  ship:\n${extra}    runs-on: ubuntu-latest\n    steps:\n${steps}` });

describe('no-deploy-pipeline', () => {
  it('reports a service whose CI never deploys, at the first CI file', async () => {
    const fs = await findingsOf(check, { ...service, ...wf('      - run: docker build .\n      - run: npm test\n') });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path, f.certainty])).toEqual([['no-deploy-pipeline', 'P1', '.github/workflows/cd.yml', 'proven']]);
  });

  it.each([
    ['      - run: docker build .\n      - run: docker push ghcr.io/a/b\n', '`docker push ghcr.io/a/b` (.github/workflows/cd.yml:7)'],
    ['      - uses: docker/build-push-action@v6\n        with:\n          push: true\n', 'docker/build-push-action (.github/workflows/cd.yml:6)'],
    ['      - run: gh release create v1 dist/*\n', '`gh release create v1 dist/*` (.github/workflows/cd.yml:6)'],
    ['      - uses: goreleaser/goreleaser-action@v6\n', 'goreleaser/goreleaser-action (.github/workflows/cd.yml:6)'],
    // hashicorp/vault-helm hands its chart release to another repository's workflow
    ['      - run: gh workflow run publish-charts.yml --repo hashicorp/helm-charts\n', '`gh workflow run publish-charts.yml --repo hashicorp/helm-cha` (.github/workflows/cd.yml:6)'],
  ])('a CI that publishes a release (%#) is likely: what deploys it is not in the tree (meilisearch, getsentry/self-hosted, firefly-iii)', async (steps, where) => {
    const fs = await findingsOf(check, { ...service, ...wf(steps) });
    expect(fs.map((f) => [f.severity, f.certainty, f.gap])).toEqual([['P1', 'likely', `${where} publishes the release: what deploys it (a CD system watching the registry, or the users of a product they host) is not in the tree`]]);
  });

  it("a job that publishes GitHub Pages deploys the docs site, not the service (grafana-operator's hugo.yaml); near miss: another environment deploys", async () => {
    const pages = (env: string, step: string) => ({ ...service, '.github/workflows/site.yml': `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment:\n      name: ${env}\n    steps:\n      - ${step}\n` });
    expect((await findingsOf(check, pages('github-pages', 'uses: actions/deploy-pages@v4'))).map((f) => [f.ruleId, f.certainty])).toEqual([['no-deploy-pipeline', 'proven']]);
    expect((await findingsOf(check, pages('docs', 'uses: peaceiris/actions-gh-pages@v4'))).map((f) => f.ruleId)).toEqual(['no-deploy-pipeline']);
    expect(await findingsOf(check, pages('production', 'run: ./release.sh'))).toEqual([]);
  });

  it('a GitOps resource in docs or an example shows how to deploy; it deploys nothing (grafana-operator docs/blog/flux-gitops); near miss: one in the deploy folder', async () => {
    const flux = 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app\nspec:\n  path: ./deploy\n';
    expect((await findingsOf(check, { ...service, 'docs/blog/flux-gitops/app.yaml': flux })).map((f) => f.ruleId)).toEqual(['no-deploy-pipeline']);
    expect((await findingsOf(check, { ...service, 'examples/flux/app.yaml': flux })).map((f) => f.ruleId)).toEqual(['no-deploy-pipeline']);
    expect(await findingsOf(check, { ...service, 'clusters/prod/app.yaml': flux })).toEqual([]);
  });

  it('near-miss: an image built and not pushed, or a publish step switched off, publishes nothing', async () => {
    expect((await findingsOf(check, { ...service, ...wf('      - run: docker buildx build -t x .\n') })).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, { ...service, ...wf('      - run: gh workflow run lint.yml\n') })).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, { ...service, ...wf('      - run: docker push ghcr.io/a/b\n', '    if: false\n') })).map((f) => f.certainty)).toEqual(['proven']);
  });

  it('reports a service without CI, at "."', async () => {
    expect((await findingsOf(check, service)).map((f) => f.path)).toEqual(['.']);
  });

  it.each([
    '      - run: kubectl apply -f k8s/\n',
    '      - run: helm upgrade --install api ./chart\n',
    '      - run: terraform apply -auto-approve\n',
    '      - run: gcloud run deploy api --image x\n',
    '      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n',
    '      - run: argocd app sync api\n',
    '      - run: flyctl deploy\n',
  ])('near-miss %#: a deploy step', async (steps) => {
    expect(await findingsOf(check, { ...service, ...wf(steps) })).toEqual([]);
  });

  it('near-miss: a Cloud Build config deploys (at the root, or a folder of them as in GoogleCloudPlatform/bank-of-anthos)', async () => {
    const step = "steps:\n  - name: gcr.io/k8s-skaffold/skaffold:v2.22.0\n    entrypoint: bash\n    args:\n      - '-c'\n      - |\n        skaffold deploy --namespace=$NAMESPACE\n";
    expect(await findingsOf(check, { ...service, 'cloudbuild.yaml': step })).toEqual([]);
    expect(await findingsOf(check, { ...service, '.github/cloudbuild/ci-pr.yaml': step })).toEqual([]);
  });

  it('near-miss: a job bound to an environment, and GitOps resources', async () => {
    expect(await findingsOf(check, { ...service, ...wf('      - run: ./ship.sh\n', '    environment: production\n') })).toEqual([]);
    expect(await findingsOf(check, { ...service, 'argocd/app.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: { name: api }\n' })).toEqual([]);
  });

  it('a deploy that is switched off: no finding here (workflow-disabled-job reports it), the gap says disabled', async () => {
    const r = await scanTree([check], { ...service, ...wf('      - run: kubectl apply -f k8s/\n', '    if: false\n') });
    expect(r.findings).toEqual([]);
    expect(r.gaps).toEqual([{ area: 'deploy', component: 'deploy pipeline', status: 'disabled', evidence: '.github/workflows/cd.yml:7' }]);
  });

  it('is a service rule: nothing for a library', async () => {
    const r = await scanTree([check], fixtureRepo('py-library'));
    expect(r.findings).toEqual([]);
    expect(r.gaps).toEqual([{ area: 'deploy', component: 'deploy pipeline', status: 'n/a' }]);
  });

  it('fixtures: helm upgrade (gateway), kubectl in GitLab (Go), a release job named for rollout whose only step is off (Express)', async () => {
    expect(await findingsOf(check, fixtureRepo('fastapi-gateway'))).toEqual([]);
    expect(await findingsOf(check, fixtureRepo('go-raw'))).toEqual([]);
    const r = await scanTree([check], fixtureRepo('express-kustomize'));
    expect(r.findings).toEqual([]);
    expect(r.gaps[0]!.status).toBe('disabled');
  });
});
