import { describe, expect, it } from 'vitest';
import { classes, mapOf } from './helpers.js';

describe('repository map: containers and deployment', () => {
  it('a Dockerfile folder is a unit; what it COPYs ships (a scripts/ entrypoint is runtime); CMD names the entry', () => {
    const { map } = mapOf({
      'Dockerfile': `FROM python:3.12 AS build
COPY requirements.txt .
RUN pip install -r requirements.txt
FROM build AS test
COPY tools/ci-helper.py /ci/
FROM python:3.12-slim
WORKDIR /app
COPY --from=build /usr/local /usr/local
COPY app/ ./app/
COPY scripts/entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["python", "app/main.py"]
`,
      'requirements.txt': '',
      'app/main.py': '',
      'scripts/entrypoint.sh': '',
      'scripts/release.sh': '',
      'tools/ci-helper.py': '',
    });
    expect(classes(map, ['app/main.py', 'scripts/entrypoint.sh', 'scripts/release.sh', 'tools/ci-helper.py'])).toEqual({
      'app/main.py': 'runtime',
      'scripts/entrypoint.sh': 'runtime',
      'scripts/release.sh': 'tooling',
      'tools/ci-helper.py': 'tooling',
    });
    expect(map.decision('scripts/entrypoint.sh').reason).toBe('Dockerfile COPYs it into the image');
    expect(map.units).toEqual([{ root: '', kind: 'container', name: '(root)', entries: ['app/main.py', 'scripts/entrypoint.sh'], reason: 'Dockerfile builds an image' }]);
  });

  it('near miss: Dockerfiles under examples/, .devcontainer/ and Dockerfile.test make no unit and ship nothing', () => {
    const { map } = mapOf({
      'examples/shop/Dockerfile': 'FROM node:20\nCOPY scripts/ /s/\n',
      'examples/shop/scripts/run.sh': '',
      '.devcontainer/Dockerfile': 'FROM mcr.microsoft.com/devcontainers/base\n',
      'Dockerfile.test': 'FROM python:3.12\nCOPY tools /tools\n',
      'tools/x.py': '',
    });
    expect(map.units).toEqual([]);
    expect(classes(map, ['examples/shop/scripts/run.sh', 'tools/x.py', 'Dockerfile.test', '.devcontainer/Dockerfile'])).toEqual({
      'examples/shop/scripts/run.sh': 'tooling',
      'tools/x.py': 'tooling',
      'Dockerfile.test': 'test',
      '.devcontainer/Dockerfile': 'tooling',
    });
  });

  it("a compose file that reuses nested anchors in every service is read (getsentry/self-hosted: 142 aliases); a billion-laughs file is malformed", () => {
    const services = Array.from({ length: 60 }, (_, i) => `  svc${i}:\n    <<: *defaults\n    build: ./svc${i}\n    healthcheck: *hc\n`).join('');
    const compose = `x-hc: &hc\n  test: ["CMD", "true"]\n  interval: 5s\nx-defaults: &defaults\n  restart: always\n  healthcheck: *hc\n  logging: &log\n    driver: json-file\nservices:\n${services}`;
    const files: Record<string, string> = { 'docker-compose.yml': compose, 'svc59/app.py': '' };
    const { map, malformed } = mapOf(files);
    expect(malformed).toEqual([]);
    expect(map.units.some((u) => u.root === 'svc59' && u.kind === 'container')).toBe(true);
    const level = (i: number) => `l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`;
    const laughs = ['l0: &l0 ["lol"]', ...Array.from({ length: 9 }, (_, i) => level(i + 1)), 'services:\n  a:\n    build: ./a\n    x: *l9'].join('\n');
    expect(mapOf({ 'docker-compose.yml': laughs }).malformed.map((m) => m.path)).toEqual(['docker-compose.yml']);
  });

  it('COPY of a tests folder does not make tests runtime', () => {
    const { map } = mapOf({ 'Dockerfile': 'FROM python:3.12\nCOPY tests/ tests/\nCOPY . .\n', 'tests/test_a.py': '', 'tests/util.py': '' });
    expect(map.classOf('tests/util.py')).toBe('test');
  });

  it("a file the image COPYs by its own name ships, whatever its folder is called (wrongsecrets' src/test/resources/RSAprivatekey.pem); the rest of that folder stays test", () => {
    const { map } = mapOf({
      'pom.xml': '<project><artifactId>app</artifactId></project>',
      'Dockerfile': 'FROM eclipse-temurin:21\nCOPY target/app.jar app.jar\nCOPY src/test/resources/RSAprivatekey.pem /var/tmp/helpers/\nCOPY docs/banner.txt /app/\n',
      'src/main/java/a/App.java': '',
      'src/test/resources/RSAprivatekey.pem': '',
      'src/test/resources/other.pem': '',
      'docs/banner.txt': '',
      'docs/guide.md': '',
    });
    expect(classes(map, ['src/test/resources/RSAprivatekey.pem', 'src/test/resources/other.pem', 'docs/banner.txt', 'docs/guide.md'])).toEqual({
      'src/test/resources/RSAprivatekey.pem': 'runtime',
      'src/test/resources/other.pem': 'test',
      'docs/banner.txt': 'runtime',
      'docs/guide.md': 'docs',
    });
  });

  it('compose: a CI compose file is test; build contexts of the others are container units', () => {
    const { map } = mapOf({
      'docker-compose.yml': 'services:\n  api:\n    build: ./api\n  db:\n    image: postgres:16\n  site:\n    build:\n      context: examples/site\n',
      'api/server.js': '',
      'examples/site/index.js': '',
      '.github/ci/docker-compose.yml': 'services:\n  db:\n    image: postgres\n',
      'docker-compose.ci.yml': 'services: {}\n',
    });
    expect(map.units.map((u) => `${u.root} ${u.kind} ${u.name} (${u.reason})`)).toEqual(['api container api (docker-compose.yml services.api.build)']);
    expect(classes(map, ['.github/ci/docker-compose.yml', 'docker-compose.ci.yml', 'docker-compose.yml'])).toEqual({
      '.github/ci/docker-compose.yml': 'test',
      'docker-compose.ci.yml': 'test',
      'docker-compose.yml': 'runtime',
    });
    expect(map.decision('.github/ci/docker-compose.yml').reason).toBe('.github/ci/docker-compose.yml: service containers for tests or CI');
  });

  it('Helm: the repository chart is a unit whose templates are runtime; a chart under test/ is test', () => {
    const { map } = mapOf({
      'deploy/helm/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
      'deploy/helm/shop/templates/deployment.yaml': '',
      'deploy/helm/shop/charts/redis/Chart.yaml': 'name: redis\n',
      'test/charts/mock/Chart.yaml': 'name: mock\n',
      'test/charts/mock/templates/x.yaml': '',
    });
    expect(map.units).toEqual([{ root: 'deploy/helm/shop', kind: 'helm', name: 'shop', entries: [], reason: 'deploy/helm/shop/Chart.yaml: a Helm chart' }]);
    expect(classes(map, ['deploy/helm/shop/templates/deployment.yaml', 'test/charts/mock/templates/x.yaml'])).toEqual({
      'deploy/helm/shop/templates/deployment.yaml': 'runtime',
      'test/charts/mock/templates/x.yaml': 'test',
    });
  });

  it("Helm: a chart's ci/ values are chart-testing's test values (prometheus-community's kube-rbac-proxy TLS values); ci/ outside a chart stays tooling", () => {
    const { map } = mapOf({
      'charts/node-exporter/Chart.yaml': 'apiVersion: v2\nname: node-exporter\nversion: 1.0.0\n',
      'charts/node-exporter/values.yaml': '',
      'charts/node-exporter/ci/tls-values.yaml': '',
      'ci/build.sh': '',
    });
    expect(classes(map, ['charts/node-exporter/ci/tls-values.yaml', 'charts/node-exporter/values.yaml', 'ci/build.sh'])).toEqual({
      'charts/node-exporter/ci/tls-values.yaml': 'test',
      'charts/node-exporter/values.yaml': 'runtime',
      'ci/build.sh': 'tooling',
    });
  });
});

describe('repository map: JVM, .NET, Ruby', () => {
  it('Maven: src/test is test; src/main is runtime and sealed (a Java package named samples is code)', () => {
    const { map } = mapOf({
      'pom.xml': '<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent><artifactId>petclinic</artifactId><build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>',
      'src/main/java/org/springframework/samples/petclinic/App.java': '',
      'src/main/resources/db/fixtures/data.sql': '',
      'src/test/java/org/springframework/samples/petclinic/AppTests.java': '',
    });
    expect(classes(map, ['src/main/java/org/springframework/samples/petclinic/App.java', 'src/main/resources/db/fixtures/data.sql', 'src/test/java/org/springframework/samples/petclinic/AppTests.java'])).toEqual({
      'src/main/java/org/springframework/samples/petclinic/App.java': 'runtime',
      'src/main/resources/db/fixtures/data.sql': 'runtime',
      'src/test/java/org/springframework/samples/petclinic/AppTests.java': 'test',
    });
    expect(map.units.map((u) => `${u.kind} ${u.name}`)).toEqual(['jvm petclinic']);
  });

  it('near miss: without a build file, src/main/ still silences folder names below it, but a Maven module under examples/ is an example', () => {
    const { map } = mapOf({
      'src/main/java/com/acme/samples/Foo.java': '',
      'examples/hello/pom.xml': '<project><artifactId>hello</artifactId><packaging>war</packaging></project>',
      'examples/hello/src/main/java/Hello.java': '',
    });
    expect(classes(map, ['src/main/java/com/acme/samples/Foo.java', 'examples/hello/src/main/java/Hello.java'])).toEqual({
      'src/main/java/com/acme/samples/Foo.java': 'runtime',
      'examples/hello/src/main/java/Hello.java': 'example',
    });
    expect(map.units).toEqual([]);
  });

  it('.NET: a project referencing xunit is test; a Web SDK project is a unit', () => {
    const { map } = mapOf({
      'src/Shop.Api/Shop.Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
      'src/Shop.Api/Program.cs': '',
      'src/Shop.Checks/Shop.Checks.csproj': '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit" Version="2.9.0" /></ItemGroup></Project>',
      'src/Shop.Checks/OrderChecks.cs': '',
      'src/Shop.Core/Shop.Core.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>',
      'src/Shop.Core/Order.cs': '',
    });
    expect(classes(map, ['src/Shop.Api/Program.cs', 'src/Shop.Checks/OrderChecks.cs', 'src/Shop.Core/Order.cs'])).toEqual({
      'src/Shop.Api/Program.cs': 'runtime',
      'src/Shop.Checks/OrderChecks.cs': 'test',
      'src/Shop.Core/Order.cs': 'runtime',
    });
    expect(map.decision('src/Shop.Checks/OrderChecks.cs').reason).toBe('src/Shop.Checks/Shop.Checks.csproj references xunit');
    expect(map.units.map((u) => `${u.root} ${u.kind} ${u.name}`)).toEqual(['src/Shop.Api dotnet Shop.Api']);
  });

  it('Rails: spec/ is test (RSpec); app/ ships; config/application.rb makes the unit', () => {
    const { map } = mapOf({
      'Gemfile': "source 'https://rubygems.org'\ngem 'rails'\n",
      'config/application.rb': '',
      'app/models/order.rb': '',
      'spec/models/order_spec.rb': '',
      'spec/support/helpers.rb': '',
    });
    expect(classes(map, ['app/models/order.rb', 'spec/support/helpers.rb'])).toEqual({ 'app/models/order.rb': 'runtime', 'spec/support/helpers.rb': 'test' });
    expect(map.decision('spec/support/helpers.rb').reason).toBe('Gemfile: RSpec folder spec/');
    expect(map.units.map((u) => `${u.root} ${u.kind} (${u.reason})`)).toEqual([' ruby (config/application.rb: a Rails application)']);
  });
});

describe('repository map: .gitattributes, names, overrides, precedence', () => {
  it('patterns of nested .gitattributes apply in their order whatever folder they are fixed to', () => {
    const { map } = mapOf({
      '.gitattributes': '*.pb.go linguist-generated\npkg/api/** linguist-vendored\n',
      'pkg/.gitattributes': 'keep.pb.go -linguist-generated\napi/own.go -linguist-vendored\n',
      'pkg/api/.gitattributes': 'own.go linguist-generated\n',
      'a.pb.go': '',
      'pkg/keep.pb.go': '',
      'pkg/sub/keep.pb.go': '',
      'pkg/other.pb.go': '',
      'pkg/api/own.go': '',
      'pkg/api/lib.go': '',
    });
    expect(classes(map, ['a.pb.go', 'pkg/keep.pb.go', 'pkg/sub/keep.pb.go', 'pkg/other.pb.go', 'pkg/api/own.go', 'pkg/api/lib.go'])).toEqual({
      'a.pb.go': 'generated',
      'pkg/keep.pb.go': 'runtime',
      'pkg/sub/keep.pb.go': 'runtime',
      'pkg/other.pb.go': 'generated',
      'pkg/api/own.go': 'generated',
      'pkg/api/lib.go': 'vendored',
    });
  });

  it('linguist-generated / -vendored / -documentation, and an unset attribute', () => {
    const { map } = mapOf({
      '.gitattributes': '# generated code\n*.pb.go linguist-generated=true\napi/gen/** linguist-generated\napi/gen/keep.go -linguist-generated\nthird/** linguist-vendored\nguide/** linguist-documentation\n',
      'api/orders.pb.go': '',
      'api/gen/client.go': '',
      'api/gen/keep.go': '',
      'api/handler.go': '',
      'third/lib/x.js': '',
      'guide/setup.py': '',
    });
    expect(classes(map, ['api/orders.pb.go', 'api/gen/client.go', 'api/gen/keep.go', 'api/handler.go', 'third/lib/x.js', 'guide/setup.py'])).toEqual({
      'api/orders.pb.go': 'generated',
      'api/gen/client.go': 'generated',
      'api/gen/keep.go': 'runtime',
      'api/handler.go': 'runtime',
      'third/lib/x.js': 'vendored',
      'guide/setup.py': 'docs',
    });
    expect(map.decision('api/orders.pb.go').reason).toBe('.gitattributes: *.pb.go linguist-generated');
  });

  it("an extension alone marked vendored or documentation is a language left out of GitHub's statistics, not a place (monica's `*.js linguist-vendored`)", () => {
    const { map } = mapOf({
      '.gitattributes': '*.js linguist-vendored\n*.vue linguist-documentation\n*.pb.go linguist-generated\npublic/vendor/*.js linguist-vendored\n',
      'resources/js/app.js': '',
      'resources/js/Pages/Home.vue': '',
      'public/vendor/jquery.js': '',
      'api/orders.pb.go': '',
    });
    expect(classes(map, ['resources/js/app.js', 'resources/js/Pages/Home.vue', 'public/vendor/jquery.js', 'api/orders.pb.go'])).toEqual({
      'resources/js/app.js': 'runtime',
      'resources/js/Pages/Home.vue': 'runtime',
      'public/vendor/jquery.js': 'vendored',
      'api/orders.pb.go': 'generated',
    });
  });

  it('generated beats every folder name below it; discovery reasons are kept', () => {
    const { map } = mapOf(
      { 'src/a.ts': '', '.gitattributes': 'gen/** linguist-generated\n', 'gen/tests/a_test.go': '' },
      { generated: [{ path: 'node_modules/x/tests/index.js', reason: 'node_modules' }, { path: 'proto/out/a.ts', reason: 'paths.generated (proto/out/**)' }, { path: 'proto/out/b/c.ts', reason: 'paths.generated (proto/out/**)' }] },
    );
    expect(classes(map, ['gen/tests/a_test.go', 'node_modules/x/tests/index.js', 'proto/out/a.ts', 'proto/out/b/c.ts', 'dist/app.min.js'])).toEqual({
      'gen/tests/a_test.go': 'generated',
      'node_modules/x/tests/index.js': 'vendored',
      'proto/out/a.ts': 'generated',
      'proto/out/b/c.ts': 'generated',
      'dist/app.min.js': 'generated',
    });
    expect(map.decision('proto/out/b/c.ts').reason).toBe('paths.generated (proto/out/**)');
    expect(map.decision('node_modules/x/tests/index.js').reason).toBe("discovery skips 'node_modules/' (installed dependencies)");
    expect(map.roots.find((r) => r.path === 'proto')).toEqual({ path: 'proto', class: 'generated', reason: 'paths.generated (proto/out/**)', layer: 'generated' });
    expect([map.counts.generated, map.counts.vendored]).toEqual([3, 1]);
  });

  it('examples, samples, workshop and training folders are example; docs are docs; scripts are tooling; hidden top-level folders are tooling', () => {
    const { map } = mapOf({
      'examples/basic/server.js': '',
      'workshop/step-1/app.py': '',
      'training/lab.go': '',
      'docs/conf.py': '',
      'docs_src/first_steps/main.py': '',
      'README.md': '',
      'pkg/notes.rst': '',
      'scripts/release.ts': '',
      '.github/workflows/ci.yml': '',
      '.circleci/config.yml': '',
      'vitest.config.ts': '',
      'jest.config.js': '',
      'eslint.config.js': '',
      'noxfile.py': '',
      'src/Button.stories.tsx': '',
      'src/a.spec.js': '',
      'src/a.test.ts': '',
      'tests/conftest.py': '',
      'pkg/test_x.py': '',
      'pkg/x_test.py': '',
      'public/.well-known/security.txt': '',
      'src/snapshots/service.ts': '',
    });
    expect(classes(map, Object.keys(map.data().counts).length ? [
      'examples/basic/server.js', 'workshop/step-1/app.py', 'training/lab.go', 'docs/conf.py', 'docs_src/first_steps/main.py', 'README.md', 'pkg/notes.rst',
      'scripts/release.ts', '.github/workflows/ci.yml', '.circleci/config.yml', 'vitest.config.ts', 'jest.config.js', 'eslint.config.js', 'noxfile.py',
      'src/Button.stories.tsx', 'src/a.spec.js', 'src/a.test.ts', 'tests/conftest.py', 'pkg/test_x.py', 'pkg/x_test.py', 'public/.well-known/security.txt', 'src/snapshots/service.ts',
    ] : [])).toEqual({
      'examples/basic/server.js': 'example',
      'workshop/step-1/app.py': 'example',
      'training/lab.go': 'example',
      'docs/conf.py': 'docs',
      'docs_src/first_steps/main.py': 'docs',
      'README.md': 'docs',
      'pkg/notes.rst': 'docs',
      'scripts/release.ts': 'tooling',
      '.github/workflows/ci.yml': 'tooling',
      '.circleci/config.yml': 'tooling',
      'vitest.config.ts': 'tooling',
      'jest.config.js': 'tooling',
      'eslint.config.js': 'tooling',
      'noxfile.py': 'tooling',
      'src/Button.stories.tsx': 'test',
      'src/a.spec.js': 'test',
      'src/a.test.ts': 'test',
      'tests/conftest.py': 'test',
      'pkg/test_x.py': 'test',
      'pkg/x_test.py': 'test',
      'public/.well-known/security.txt': 'runtime',
      'src/snapshots/service.ts': 'runtime',
    });
    expect(map.decision('.github/workflows/ci.yml').reason).toBe("hidden top-level folder '.github/' (tool configuration)");
    expect(map.decision('unknown/thing.py')).toEqual({ class: 'runtime', reason: 'no configuration or convention classifies it (runtime by default)' });
  });

  it("tsd's type tests (`x.test-d.ts`, sindresorhus/chalk's source/index.test-d.ts) are tests; near-misses are not", () => {
    const { map } = mapOf({ 'package.json': '{ "name": "chalk", "scripts": { "test": "xo && ava && tsd" } }', 'source/index.test-d.ts': '', 'source/index.d.ts': '', 'source/test-d.ts': '', 'source/index.js': '' });
    expect(classes(map, ['source/index.test-d.ts', 'source/index.d.ts', 'source/test-d.ts', 'source/index.js'])).toEqual({
      'source/index.test-d.ts': 'test',
      'source/index.d.ts': 'runtime',
      'source/test-d.ts': 'runtime',
      'source/index.js': 'runtime',
    });
  });

  it('overrides beat everything, generated included; configuration beats the folder name at the same folder', () => {
    const { map } = mapOf(
      {
        'pytest.ini': '[pytest]\ntestpaths = examples\n',
        'examples/test_a.py': '',
        'examples/b.py': '',
        'dist/server.js': '',
        'tests/live/probe.py': '',
        'src/x.py': '',
      },
      { overrides: { runtime: ['dist/**', 'tests/live/**'], test: [], example: ['src/**'] } },
    );
    expect(classes(map, ['examples/b.py', 'dist/server.js', 'tests/live/probe.py', 'src/x.py'])).toEqual({
      'examples/b.py': 'test',
      'dist/server.js': 'runtime',
      'tests/live/probe.py': 'runtime',
      'src/x.py': 'example',
    });
    expect(map.decision('dist/server.js').reason).toBe("the configuration's runtime globs ('dist/**')");
  });

  it('an override makes a Dockerfile under examples/ a unit when the team says it is runtime', () => {
    const { map } = mapOf({ 'examples/api/Dockerfile': 'FROM node:20\n', 'examples/api/index.js': '' }, { overrides: { runtime: ['examples/api/**'], test: [], example: [] } });
    expect(map.units.map((u) => u.root)).toEqual(['examples/api']);
  });
});

describe('repository map: names added from the issue 11 triage', () => {
  it('a folder named for what tests hold (test_resources/) is test; a word that only starts like it is not', () => {
    const { map: m } = mapOf({ 'internal/configuration/test_resources/key.pem': '', 'internal/configuration/testimonials.go': '', 'app/testing_tools/x.py': '', 'app/testimony/x.py': '' });
    expect(m.classOf('internal/configuration/test_resources/key.pem')).toBe('test');
    expect(m.classOf('app/testing_tools/x.py')).toBe('runtime'); // "testing_" is neither test_ nor tests_
    expect(m.classOf('app/testimony/x.py')).toBe('runtime');
  });

  it("test doubles' folders (hydra's cmd/stub/, remark42's app/__stubs__/, msw's src/mocks/) are test; a word that only starts like one is not", () => {
    const { map: m } = mapOf({ 'cmd/stub/rsa.key': '', 'app/__stubs__/store.ts': '', 'src/mocks/handlers.ts': '', 'app/stubborn/x.go': '', 'src/mockups/a.ts': '' });
    expect(['cmd/stub/rsa.key', 'app/__stubs__/store.ts', 'src/mocks/handlers.ts', 'app/stubborn/x.go', 'src/mockups/a.ts'].map((p) => m.classOf(p))).toEqual(['test', 'test', 'test', 'runtime', 'runtime']);
  });

  it("a hidden folder inside test data, an example or docs takes the enclosing folder's class (whispers' tests/fixtures/.aws/credentials); elsewhere it is tool configuration", () => {
    const { map: m } = mapOf({ 'tests/fixtures/.aws/credentials': '', 'examples/app/.config/x.yml': '', '.aws/config': '', 'deploy/.kube/config': '', 'tests/.ssh/id_rsa': '' });
    expect(['tests/fixtures/.aws/credentials', 'examples/app/.config/x.yml', '.aws/config', 'deploy/.kube/config', 'tests/.ssh/id_rsa'].map((p) => m.classOf(p))).toEqual(['test', 'example', 'tooling', 'tooling', 'test']);
  });

  it("a leading underscore keeps a folder name's meaning (getsentry/self-hosted's _integration-test/, _unit-test/); `__tests__` is still its own name", () => {
    const { map: m } = mapOf({ '_integration-test/custom-ca-roots/test.py': '', '_unit-test/create-user-test.sh': '', '_docs/a.py': '', 'src/__tests__/a.ts': '', '_app/main.py': '' });
    expect(['_integration-test/custom-ca-roots/test.py', '_unit-test/create-user-test.sh', '_docs/a.py', 'src/__tests__/a.ts', '_app/main.py'].map((p) => m.classOf(p))).toEqual(['test', 'test', 'docs', 'test', 'runtime']);
  });

  it("test data named for what it serves (headlamp's backend/cmd/headlamp_testdata/, api-fixtures/) is test; a word that only ends like it is not", () => {
    const { map: m } = mapOf({ 'backend/cmd/headlamp_testdata/kubeconfig': '', 'api-fixtures/user.json': '', 'app/mytestdata/x.go': '', 'app/testdata_loader/x.go': '' });
    expect(m.classOf('backend/cmd/headlamp_testdata/kubeconfig')).toBe('test');
    expect(m.classOf('api-fixtures/user.json')).toBe('test');
    expect(m.classOf('app/mytestdata/x.go')).toBe('runtime');
    expect(m.classOf('app/testdata_loader/x.go')).toBe('runtime');
  });

  it('an end-to-end suite named e2e-<tool>/ is test (kafka-ui\'s e2e-playwright/); a word that only starts with e2e is not', () => {
    const { map: m } = mapOf({ 'e2e-playwright/src/steps/topics.ts': '', 'e2e_cypress/spec.js': '', 'app/e2ee/crypto.ts': '', 'services/e2e2/x.go': '' });
    expect(m.classOf('e2e-playwright/src/steps/topics.ts')).toBe('test');
    expect(m.classOf('e2e_cypress/spec.js')).toBe('test');
    expect(m.classOf('app/e2ee/crypto.ts')).toBe('runtime'); // end-to-end encryption, no separator
    expect(m.classOf('services/e2e2/x.go')).toBe('runtime');
  });

  it('a file to copy and fill in (.env.example, config.sample.yml, phpunit.xml.dist) is an example; a Go template is not', () => {
    const { map: m } = mapOf({ 'apps/web/.env.example': '', 'config.sample.yml': '', 'phpunit.xml.dist': '', 'web/templates/mail.tmpl': '', 'src/sample.py': '' });
    expect(m.classOf('apps/web/.env.example')).toBe('example');
    expect(m.classOf('config.sample.yml')).toBe('example');
    expect(m.classOf('phpunit.xml.dist')).toBe('example');
    expect(m.classOf('web/templates/mail.tmpl')).toBe('runtime');
    expect(m.classOf('src/sample.py')).toBe('runtime');
  });

  it('an example named before its extension (config-example.env, example.env, app_sample.yaml) is an example; code named so is not', () => {
    const { map: m } = mapOf({ 'apps/api/config-example.env': '', 'example.env': '', 'deploy/app_sample.yaml': '', 'src/example.py': '', 'src/config-example.ts': '', 'apps/api/config.env': '' });
    expect(['apps/api/config-example.env', 'example.env', 'deploy/app_sample.yaml'].map((p) => m.classOf(p))).toEqual(['example', 'example', 'example']);
    expect(['src/example.py', 'src/config-example.ts', 'apps/api/config.env'].map((p) => m.classOf(p))).toEqual(['runtime', 'runtime', 'runtime']);
  });
});

describe('repository map: suites', () => {
  it('a suites/ folder with test files is test, with the keys its compose files mount; one without is what its name says nothing about', () => {
    const { map } = mapOf({
      'internal/suites/suite_test.go': '',
      'internal/suites/action_login.go': '',
      'internal/suites/common/pki/private.pem': '',
      'app/suites/booking.go': '',
    });
    expect(map.classOf('internal/suites/common/pki/private.pem')).toBe('test');
    expect(map.classOf('internal/suites/action_login.go')).toBe('test');
    expect(map.classOf('app/suites/booking.go')).toBe('runtime');
  });
});

describe('repository map: names below source folders', () => {
  it('a docs/ or examples/ folder inside src/ is the code\'s own feature; tests/ there is still test', () => {
    const { map } = mapOf({
      'clients/apps/orbit/src/components/docs/Page.tsx': '',
      'app/examples/views.py': '',
      'src/__tests__/a.test.ts': '',
      'src/tests/helpers.ts': '',
      'docs/guide.py': '',
      'examples/demo/app.py': '',
    });
    expect(map.classOf('clients/apps/orbit/src/components/docs/Page.tsx')).toBe('runtime');
    expect(map.classOf('app/examples/views.py')).toBe('runtime');
    expect(map.classOf('src/tests/helpers.ts')).toBe('test');
    expect(map.classOf('docs/guide.py')).toBe('docs');
    expect(map.classOf('examples/demo/app.py')).toBe('example');
  });

  it('a conventional name means the same with a leading dot: .examples/ is example, .docs/ docs, .tests/ test (gatus keeps a demo mTLS key in .examples/)', () => {
    const { map } = mapOf({
      '.examples/docker-compose-mtls/certs/client/client.key': '',
      '.docs/guide.py': '',
      '.tests/helpers.py': '',
      '.fixtures/data.json': '',
      '.devcontainer/setup.sh': '',
      '.config/settings.py': '',
    });
    expect(map.classOf('.examples/docker-compose-mtls/certs/client/client.key')).toBe('example');
    expect(map.decision('.examples/docker-compose-mtls/certs/client/client.key').reason).toBe("folder name '.examples/'");
    expect(map.classOf('.docs/guide.py')).toBe('docs');
    expect(map.classOf('.tests/helpers.py')).toBe('test');
    expect(map.classOf('.fixtures/data.json')).toBe('test');
    // Near misses: a hidden folder whose name is no convention stays tool configuration.
    expect(map.decision('.devcontainer/setup.sh').reason).toBe("hidden top-level folder '.devcontainer/' (tool configuration)");
    expect(map.classOf('.config/settings.py')).toBe('tooling');
  });

  it('a hidden folder below a source folder is still tool configuration; Remix .server/ is code (halo .storybook)', () => {
    const { map } = mapOf({
      'ui/packages/components/package.json': '{"name": "c"}',
      'ui/packages/components/.storybook/main.ts': '',
      'ui/packages/components/src/Button.vue': '',
      'app/.server/db.ts': '',
    });
    expect(map.classOf('ui/packages/components/.storybook/main.ts')).toBe('tooling');
    expect(map.classOf('ui/packages/components/src/Button.vue')).toBe('runtime');
    expect(map.classOf('app/.server/db.ts')).toBe('runtime');
  });
});
