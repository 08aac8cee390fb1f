import { describe, expect, it } from 'vitest';
import { buildsOf, dockerBuild, imageMatches, untagged } from '../../../src/analysis/service-map/builds.js';
import { SourceFile } from '../../../src/workspace/source-file.js';

const builds = (path: string, text: string) => buildsOf(SourceFile.fromText(path, text)).map((b) => [b.tags, b.dockerfile, b.context]);

describe('service map: where images are built', () => {
  it('docker build words: -f, -t (repeated, inline), context; buildx and podman; not without a tag or from a URL', () => {
    expect(dockerBuild(['docker', 'build', '-f', 'svc/api/Dockerfile', '-t', 'ghcr.io/acme/api:1', '--tag=acme/api', '.'], '.', 'x')).toMatchObject({ tags: ['ghcr.io/acme/api', 'acme/api'], dockerfile: 'svc/api/Dockerfile', context: '.' });
    expect(dockerBuild(['docker', 'buildx', 'build', '--platform', 'linux/amd64', '-t', 'a/b', 'svc'], 'deploy', 'x')).toMatchObject({ dockerfile: 'deploy/svc/Dockerfile', context: 'deploy/svc' });
    expect(dockerBuild(['podman', 'build', '-t', 'a/b', '.'], '.', 'x')?.tags).toEqual(['a/b']);
    expect(dockerBuild(['docker', 'build', '.'], '.', 'x')).toBeUndefined();
    expect(dockerBuild(['docker', 'build', '-t', 'a/b', 'https://github.com/x/y.git'], '.', 'x')).toBeUndefined();
    expect(dockerBuild(['docker', 'run', '-t', 'a/b', '.'], '.', 'x')).toBeUndefined();
  });

  it('compose build with an image, skaffold artifacts, Tiltfile docker_build, Makefile recipes, shell and package.json scripts', () => {
    expect(builds('deploy/compose.yaml', 'services:\n  api:\n    image: acme/api:dev\n    build:\n      context: ../api\n      dockerfile: Dockerfile.prod\n  db:\n    image: postgres\n  web:\n    build: ../web\n')).toEqual([[['acme/api'], 'api/Dockerfile.prod', 'api']]);
    expect(builds('skaffold.yaml', 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: cartservice\n      context: src/cartservice\n      docker:\n        dockerfile: Dockerfile.alt\nprofiles:\n  - name: x\n    build:\n      artifacts:\n        - image: web\n')).toEqual([
      [['cartservice'], 'src/cartservice/Dockerfile.alt', 'src/cartservice'],
      [['web'], 'Dockerfile', '.'],
    ]);
    expect(builds('Tiltfile', "docker_build('acme/api', 'services/api', dockerfile='services/api/Dockerfile.dev')\n# docker_build('no', 'x')\n")).toEqual([[['acme/api'], 'services/api/Dockerfile.dev', 'services/api'], [['no'], 'x/Dockerfile', 'x']]);
    expect(builds('build/Makefile', 'IMAGE ?= ghcr.io/acme/api\nimage:\n\t@docker build -t $(IMAGE):$(TAG) -f ../Dockerfile ..\n')).toEqual([[['$(IMAGE)'], 'Dockerfile', '.']]);
    expect(builds('scripts/build.sh', '#!/bin/sh\nset -e\ndocker build -t acme/api . && docker push acme/api\n')).toEqual([[['acme/api'], 'scripts/Dockerfile', 'scripts']]);
    expect(builds('package.json', '{"scripts":{"docker":"docker build -t acme/web -f apps/web/Dockerfile ."}}')).toEqual([[['acme/web'], 'apps/web/Dockerfile', '.']]);
  });

  it('skaffold builders without a Dockerfile (jib, ko, buildpacks) and GoReleaser dockers', () => {
    const [jib] = buildsOf(SourceFile.fromText('skaffold.yaml', 'build:\n  artifacts:\n    - image: balancereader\n      context: src/ledger/balancereader\n      jib: {}\n'));
    expect(jib).toMatchObject({ tags: ['balancereader'], context: 'src/ledger/balancereader', builder: 'jib', anyRegistry: true });
    expect(jib!.dockerfile).toBeUndefined();
    const [module] = buildsOf(SourceFile.fromText('src/ledger/balancereader/skaffold.yaml', 'build:\n  artifacts:\n    - image: balancereader\n      context: ../../../\n      jib:\n        project: src/ledger/balancereader\n'));
    expect(module?.context).toBe('src/ledger/balancereader');
    expect(builds('.goreleaser.yaml', 'dockers:\n  - image_templates:\n      - "ghcr.io/acme/api:{{ .Version }}"\n      - "ghcr.io/acme/api:latest"\n    dockerfile: build/api.Dockerfile\n')).toEqual([[['ghcr.io/acme/api', 'ghcr.io/acme/api'], 'build/api.Dockerfile', '.']]);
  });

  it('GitHub workflows: run steps and docker/build-push-action, with docker/metadata-action images', () => {
    const wf = `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/metadata-action@v5
        id: meta
        with:
          images: ghcr.io/acme/api
      - uses: docker/build-push-action@v6
        with:
          context: services/api
          tags: \${{ steps.meta.outputs.tags }}
      - uses: depot/build-push-action@v1
        with:
          file: web/Dockerfile
          tags: |
            ghcr.io/\${{ github.repository_owner }}/web:latest
      - run: docker build -t ghcr.io/acme/worker -f worker/Dockerfile .
`;
    expect(builds('.github/workflows/release.yml', wf)).toEqual([
      [['ghcr.io/acme/api'], 'services/api/Dockerfile', 'services/api'],
      [['ghcr.io/${{ github.repository_owner }}/web'], 'web/Dockerfile', '.'],
      [['ghcr.io/acme/worker'], 'worker/Dockerfile', '.'],
    ]);
  });

  it('CI files at any depth their globs allow (`**/` spans several folders); a YAML file outside them is no CI file', () => {
    const job = 'build:\n  script:\n    - docker build -t acme/api .\n';
    expect(builds('.gitlab/ci/jobs/build.yml', job)).toEqual([[['acme/api'], 'Dockerfile', '.']]);
    expect(builds('ops/ci/jenkins/Jenkinsfile', "pipeline { stages { stage('b') { steps { sh 'docker build -t acme/api .' } } } }\n")).toEqual([[['acme/api'], 'Dockerfile', '.']]);
    expect(builds('docs/ci/jobs/build.yml', job)).toEqual([]);
  });

  describe('Google Cloud Build steps', () => {
    it('a docker builder step\'s args are docker words; /workspace is the repository root or the file\'s folder, so both are offered', () => {
      const t5 = "steps:\n- name: gcr.io/cloud-builders/docker\n  args:\n  - buildx\n  - build\n  - --tag\n  - us-central1-docker.pkg.dev/${PROJECT_ID}/models/fastdash:latest\n  - '.'\nimages:\n- us-central1-docker.pkg.dev/${PROJECT_ID}/models/fastdash:latest\n";
      expect(builds('ai/client-app/cloudbuild.yaml', t5)).toEqual([
        [['us-central1-docker.pkg.dev/${PROJECT_ID}/models/fastdash'], 'Dockerfile', '.'],
        [['us-central1-docker.pkg.dev/${PROJECT_ID}/models/fastdash'], 'ai/client-app/Dockerfile', 'ai/client-app'],
      ]);
      expect(buildsOf(SourceFile.fromText('ai/client-app/cloudbuild.yaml', t5))[0]!.where).toBe('ai/client-app/cloudbuild.yaml:2 (Cloud Build step)');
      expect(imageMatches('us-central1-docker.pkg.dev/my-project/models/fastdash:latest', builds('ai/client-app/cloudbuild.yaml', t5)[0]![0]![0]!)).toBe(true);
      // `dir` written from the repository root (a trigger's build): the root reading is the one that exists.
      const redis = "steps:\n- name: 'gcr.io/cloud-builders/docker'\n  args: ['build', '-t', 'gcr.io/google-samples/hello-app-redis:1.0', '-f', 'Dockerfile.prod', '.']\n  dir: 'quickstarts/hello-app-redis'\n";
      expect(builds('quickstarts/hello-app-redis/cloudbuild.yaml', redis)).toEqual([
        [['gcr.io/google-samples/hello-app-redis'], 'quickstarts/hello-app-redis/Dockerfile.prod', 'quickstarts/hello-app-redis'],
        [['gcr.io/google-samples/hello-app-redis'], 'quickstarts/hello-app-redis/quickstarts/hello-app-redis/Dockerfile.prod', 'quickstarts/hello-app-redis/quickstarts/hello-app-redis'],
      ]);
      expect(builds('cloudbuild.yaml', "steps:\n- name: docker:24\n  args: [build, -t, acme/api, .]\n  dir: /workspace/svc\n")).toEqual([[['acme/api'], 'svc/Dockerfile', 'svc']]);
    });

    it('kaniko steps: --destination, --dockerfile, --context (dir://, /workspace paths)', () => {
      expect(builds('cloudbuild.yaml', 'steps:\n- name: gcr.io/kaniko-project/executor:latest\n  args: ["--destination=gcr.io/$PROJECT_ID/api:$SHORT_SHA", "--dockerfile=/workspace/svc/api/Dockerfile", "--context=dir:///workspace/svc", "--cache=true"]\n')).toEqual([[['gcr.io/$PROJECT_ID/api'], 'svc/api/Dockerfile', 'svc']]);
      expect(builds('cloudbuild.yaml', 'steps:\n- name: gcr.io/kaniko-project/executor\n  args: ["--destination", "gcr.io/p/web"]\n  dir: web\n')).toEqual([[['gcr.io/p/web'], 'web/Dockerfile', 'web']]);
      expect(builds('cloudbuild.yaml', 'steps:\n- name: gcr.io/kaniko-project/executor\n  args: ["--destination=gcr.io/p/web", "--context=gs://bucket/src.tar.gz"]\n')).toEqual([]);
    });

    it('near misses: another builder, an entrypoint (its args are a script), no tag, a dir outside /workspace, an expression dir, a docker step that is not a build', () => {
      const step = (s: string) => builds('cloudbuild.yaml', `steps:\n- ${s}\n`);
      expect(step("name: gcr.io/cloud-builders/gcloud\n  args: [build, -t, acme/api, .]")).toEqual([]);
      expect(step("name: gcr.io/cloud-builders/docker\n  entrypoint: bash\n  args: [build, -t, acme/api, .]")).toEqual([]);
      expect(step("name: gcr.io/cloud-builders/docker\n  args: [build, .]")).toEqual([]);
      expect(step("name: gcr.io/cloud-builders/docker\n  args: [build, -t, acme/api, .]\n  dir: /tmp/x")).toEqual([]);
      expect(step("name: gcr.io/cloud-builders/docker\n  args: [build, -t, acme/api, .]\n  dir: $_DIR")).toEqual([]);
      expect(step("name: gcr.io/cloud-builders/docker\n  args: [push, acme/api]")).toEqual([]);
      // Not a Cloud Build file: a docker step list elsewhere is not read this way.
      expect(builds('.gitlab-ci.yml', 'steps:\n- name: docker\n  args: [build, -t, acme/api, .]\n')).toEqual([]);
    });
  });

  it('image references match build tags: tags and digests dropped, Docker Hub spellings equal, expressions match one segment but never the name', () => {
    expect(untagged('ghcr.io/acme/api:1.2@sha256:abc')).toBe('ghcr.io/acme/api');
    expect(untagged('localhost:5000/api')).toBe('localhost:5000/api');
    expect(imageMatches('ghcr.io/acme/api:1.0', 'ghcr.io/acme/api')).toBe(true);
    expect(imageMatches('docker.io/library/api:1', 'api')).toBe(true);
    expect(imageMatches('ghcr.io/acme/web:2', 'ghcr.io/${{ github.repository_owner }}/web')).toBe(true);
    expect(imageMatches('ghcr.io/acme/web', '$(IMAGE)')).toBe(false);
    expect(imageMatches('ghcr.io/acme/web', 'ghcr.io/acme/${NAME}')).toBe(false);
    expect(imageMatches('ghcr.io/acme/api', 'ghcr.io/other/api')).toBe(false);
    expect(imageMatches('acme/api', 'ghcr.io/acme/api')).toBe(false);
    // skaffold's default repository completes a short artifact name at deploy time.
    expect(imageMatches('gcr.io/bank/ledger/balancereader:v1', 'balancereader', true)).toBe(true);
    expect(imageMatches('gcr.io/bank/ledger/balancereader:v1', 'balancereader')).toBe(false);
    expect(imageMatches('gcr.io/bank/ledgerwriter', 'balancereader', true)).toBe(false);
  });
});
