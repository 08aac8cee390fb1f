// Development and test stacks in the repository map (issue 13 triage: convoy's configs/local): the files
// only a stack mounts are tooling, each decided from the compose or devcontainer file, and never
// when something that ships uses them.
import { describe, expect, it } from 'vitest';
import { repositoryMapFrom } from '../../../src/analysis/repo-map/index.js';
import { combined } from '../../../src/engine/repo-map.js';
import { classes, mapOf } from './helpers.js';

const NO_OVERRIDES = { runtime: [], test: [], example: [] };

/** convoy's layout: a local stack mounting a development CA, a release image that copies the binary and sql/ only. */
function convoy(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'configs/local/docker-compose.yml': [
      'services:',
      '  web:',
      '    image: ${CONVOY_IMAGE:-getconvoy/convoy:latest}',
      '    volumes:',
      '      - ./convoy.json:/convoy.json',
      '      - ./conf/redis/ca-cert.pem:/etc/ssl/certs/redis-ca.pem:ro',
      '  pgbouncer:',
      '    image: bitnamilegacy/pgbouncer',
      '    env_file:',
      '      - ./conf/.env',
      '    volumes:',
      '      - ./conf/:/bitnami/pgbouncer/conf/',
      '  redis_server:',
      '    image: redis:7-alpine',
      '    volumes:',
      '      - redis_data:/data',
      '      - type: bind',
      '        source: ./conf/redis/redis-server-key.pem',
      '        target: /usr/local/etc/redis/certs/redis-server-key.pem',
      'volumes:',
      '  redis_data:',
      '',
    ].join('\n'),
    'configs/local/convoy.json': '',
    'configs/local/smoke-test.sh': '',
    'configs/local/conf/.env': '',
    'configs/local/conf/userlists.txt': '',
    'configs/local/conf/redis/ca-key.pem': '',
    'configs/local/conf/redis/ca-cert.pem': '',
    'configs/local/conf/redis/redis-server-key.pem': '',
    'release.Dockerfile': 'FROM alpine:3.20\nCOPY convoy /cmd\nCOPY sql/ /sql/\nENTRYPOINT ["/cmd"]\n',
    'sql/001.sql': '',
    'cmd/main.go': '',
    ...extra,
  };
}

describe('repository map: development and test stacks', () => {
  it('a compose file under local/ and the files it mounts (volumes, env_file, a mounted folder) are tooling, the stack named', () => {
    const { map } = mapOf(convoy());
    expect(classes(map, ['configs/local/docker-compose.yml', 'configs/local/convoy.json', 'configs/local/conf/.env', 'configs/local/conf/redis/ca-key.pem', 'configs/local/conf/redis/redis-server-key.pem', 'configs/local/smoke-test.sh', 'sql/001.sql', 'cmd/main.go'])).toEqual({
      'configs/local/docker-compose.yml': 'tooling',
      'configs/local/convoy.json': 'tooling',
      'configs/local/conf/.env': 'tooling',
      'configs/local/conf/redis/ca-key.pem': 'tooling',
      'configs/local/conf/redis/redis-server-key.pem': 'tooling',
      // Not mounted: the folder name local/ alone decides nothing.
      'configs/local/smoke-test.sh': 'runtime',
      'sql/001.sql': 'runtime',
      'cmd/main.go': 'runtime',
    });
    expect(map.decision('configs/local/conf/redis/redis-server-key.pem').reason).toBe('used only by the development stack configs/local/docker-compose.yml (services.redis_server.volumes)');
    expect(map.decision('configs/local/conf/redis/ca-key.pem').reason).toBe('used only by the development stack configs/local/docker-compose.yml (services.pgbouncer.volumes)');
    expect(map.decision('configs/local/docker-compose.yml').reason).toBe("configs/local/docker-compose.yml: a development stack (a compose file under 'local/')");
    expect(map.stackOf('configs/local/conf/redis/ca-key.pem')?.config).toBe('configs/local/docker-compose.yml');
    expect(map.stackOf('cmd/main.go')).toBeUndefined();
    // The map a worker rebuilds from the data says the same.
    const again = repositoryMapFrom(map.data(), NO_OVERRIDES);
    expect(again.classOf('configs/local/conf/redis/ca-key.pem')).toBe('tooling');
    expect(again.stackOf('configs/local/conf/redis/ca-key.pem')?.config).toBe('configs/local/docker-compose.yml');
  });

  it('near miss: a key an image that ships COPYs stays runtime, the rest of the mounted folder stays tooling', () => {
    const { map } = mapOf(convoy({ 'Dockerfile': 'FROM redis:7-alpine\nCOPY configs/local/conf/redis/redis-server-key.pem /etc/redis/key.pem\n' }));
    expect(map.classOf('configs/local/conf/redis/redis-server-key.pem')).toBe('runtime');
    expect(map.stackOf('configs/local/conf/redis/redis-server-key.pem')).toBeUndefined();
    expect(map.classOf('configs/local/conf/redis/ca-key.pem')).toBe('tooling');
  });

  it('near miss: an image that COPYs the whole context (the folder above) keeps every mounted file runtime', () => {
    const { map } = mapOf(convoy({ 'Dockerfile': 'FROM golang:1.23 AS build\nCOPY . .\nRUN go build -o /app ./cmd\nFROM alpine\nCOPY --from=build /app /app\n' }));
    expect(map.classOf('configs/local/conf/redis/ca-key.pem')).toBe('runtime');
    expect(map.classOf('configs/local/convoy.json')).toBe('runtime');
  });

  it('near miss: a file a production compose file (the root docker-compose.yml) mounts stays runtime; one inside a stack\'s folder keeps a root of its own', () => {
    const { map } = mapOf(convoy({ 'docker-compose.yml': 'services:\n  redis:\n    image: redis:7\n    volumes:\n      - ./configs/local/conf/redis/ca-key.pem:/etc/redis/ca-key.pem\n' }));
    expect(map.classOf('docker-compose.yml')).toBe('runtime');
    expect(map.classOf('configs/local/conf/redis/ca-key.pem')).toBe('runtime');
    expect(map.decision('configs/local/conf/redis/ca-key.pem').reason).toBe('docker-compose.yml (services.redis.volumes) mounts it into a container');
    expect(map.classOf('configs/local/conf/userlists.txt')).toBe('tooling');
  });

  it('compose files named for development or tests are stacks: docker-compose.dev.yml, compose.local.yaml, docker-compose.test.yml; top-level secrets and configs files count', () => {
    const { map } = mapOf({
      'docker-compose.dev.yml': 'services:\n  db:\n    image: postgres\n    env_file: dev/db.env\n',
      'compose.local.yaml': 'services:\n  api:\n    image: x\n    secrets: [tls]\nsecrets:\n  tls:\n    file: ./certs/local.key\nconfigs:\n  nginx:\n    file: ./nginx/local.conf\n',
      'docker-compose.test.yml': 'services:\n  redis:\n    image: redis\n    volumes:\n      - ./redis/redis.conf:/etc/redis.conf\n',
      'dev/db.env': '',
      'certs/local.key': '',
      'certs/prod.key': '',
      'nginx/local.conf': '',
      'redis/redis.conf': '',
    });
    expect(classes(map, ['dev/db.env', 'certs/local.key', 'certs/prod.key', 'nginx/local.conf', 'redis/redis.conf', 'compose.local.yaml'])).toEqual({
      'dev/db.env': 'tooling',
      'certs/local.key': 'tooling',
      'certs/prod.key': 'runtime',
      'nginx/local.conf': 'tooling',
      'redis/redis.conf': 'tooling',
      'compose.local.yaml': 'tooling',
    });
    expect(map.decision('certs/local.key').reason).toBe('used only by the development stack compose.local.yaml (secrets.tls.file)');
    expect(map.decision('redis/redis.conf').reason).toBe('used only by the test stack docker-compose.test.yml (services.redis.volumes)');
  });

  it('near miss: docker-compose.override.yml is no stack (Compose merges it into every `up`, servers included)', () => {
    const { map } = mapOf({
      'docker-compose.yml': 'services:\n  api:\n    image: x\n',
      'docker-compose.override.yml': 'services:\n  api:\n    volumes:\n      - ./certs/server.key:/etc/ssl/server.key\n',
      'certs/server.key': '',
    });
    expect(classes(map, ['certs/server.key'])).toEqual({ 'certs/server.key': 'runtime' });
  });

  it('near miss: a plain docker-compose.yml at the root is no stack; its mounts stay runtime', () => {
    const { map } = mapOf({ 'docker-compose.yml': 'services:\n  web:\n    image: x\n    volumes:\n      - ./conf/web.key:/etc/web.key\n', 'conf/web.key': '' });
    expect(classes(map, ['docker-compose.yml', 'conf/web.key'])).toEqual({ 'docker-compose.yml': 'runtime', 'conf/web.key': 'runtime' });
  });

  it('never claims the workspace a devcontainer mounts, a folder of source code, a named volume, or paths outside the repository', () => {
    const { map } = mapOf({
      '.devcontainer/docker-compose.yml': 'services:\n  app:\n    build:\n      context: ..\n    volumes:\n      - ../..:/workspaces:cached\n      - ..:/workspace\n      - node_modules:/app/node_modules\n      - ${HOME}/.ssh:/root/.ssh\n',
      'docker-compose.dev.yml': 'services:\n  api:\n    image: node:22\n    volumes:\n      - ./src:/app/src\n      - ./main.py:/app/main.py\n      - ./seed:/seed\n      - /etc/hosts:/etc/hosts\n',
      'main.py': '',
      'src/server.ts': '',
      'src/keys/dev.pem': '',
      'seed/data.sql': '',
      'node_modules/x/index.js': '',
    });
    expect(classes(map, ['src/server.ts', 'src/keys/dev.pem', 'main.py', 'seed/data.sql'])).toEqual({ 'src/server.ts': 'runtime', 'src/keys/dev.pem': 'runtime', 'main.py': 'runtime', 'seed/data.sql': 'tooling' });
  });

  it('a devcontainer.json bind mount below the workspace folder is the dev stack\'s; a volume mount is not', () => {
    const { map } = mapOf({
      '.devcontainer/devcontainer.json': '{\n  // JSON with comments\n  "mounts": [\n    "source=${localWorkspaceFolder}/dev-certs,target=/certs,type=bind",\n    { "source": "cache", "target": "/cache", "type": "volume" },\n    { "source": "${localWorkspaceFolder}/seed.env", "target": "/seed.env", "type": "bind" },\n  ],\n}\n',
      'dev-certs/ca.key': '',
      'seed.env': '',
      'cache/x.txt': '',
    });
    expect(classes(map, ['dev-certs/ca.key', 'seed.env', 'cache/x.txt'])).toEqual({ 'dev-certs/ca.key': 'tooling', 'seed.env': 'tooling', 'cache/x.txt': 'runtime' });
    expect(map.stackOf('dev-certs/ca.key')?.config).toBe('.devcontainer/devcontainer.json');
  });

  it('near miss: a file below a kustomization or a Helm chart the repository deploys stays runtime', () => {
    const { map } = mapOf({
      'docker-compose.dev.yml': 'services:\n  a:\n    image: x\n    volumes:\n      - ./deploy/overlays/prod/tls.key:/tls.key\n      - ./charts/api/files/ca.key:/ca.key\n      - ./dev/ca.key:/dev-ca.key\n',
      'deploy/overlays/prod/kustomization.yaml': 'secretGenerator:\n  - name: tls\n    files: [tls.key]\n',
      'deploy/overlays/prod/tls.key': '',
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
      'charts/api/files/ca.key': '',
      'dev/ca.key': '',
    });
    expect(classes(map, ['deploy/overlays/prod/tls.key', 'charts/api/files/ca.key', 'dev/ca.key'])).toEqual({
      'deploy/overlays/prod/tls.key': 'runtime',
      'charts/api/files/ca.key': 'runtime',
      'dev/ca.key': 'tooling',
    });
  });

  it('fails closed: when a production compose file mounts more than the map reads, no stack claims anything', () => {
    const services = Array.from({ length: 11 }, (_, i) => `  s${i}:\n    image: x\n    volumes:\n${Array.from({ length: 50 }, (_, k) => `      - ./data/f${i}-${k}:/f${k}\n`).join('')}`).join('');
    const tree = { 'docker-compose.dev.yml': 'services:\n  a:\n    image: x\n    volumes:\n      - ./dev/ca.key:/ca.key\n', 'dev/ca.key': '' };
    expect(mapOf(tree).map.classOf('dev/ca.key')).toBe('tooling');
    expect(mapOf({ ...tree, 'docker-compose.yml': `services:\n${services}` }).map.classOf('dev/ca.key')).toBe('runtime');
  });
  // hmcts/send-letter-service (session 20 triage): the product's image beside an SFTP emulator and a
  // trust-auth database in a plain docker-compose.yml, while a Helm chart deploys the service.
  const hmcts = (extra: Record<string, string> = {}): Record<string, string> => ({
    'docker-compose.yml': 'services:\n  app:\n    image: registry.example/app:latest\n  sftp:\n    image: emberstack/sftp\n    volumes:\n      - ./docker/sftp/sftp.json:/app/config/sftp.json:ro\n',
    'docker/sftp/sftp.json': '',
    'Dockerfile': 'FROM eclipse-temurin:21\nCOPY build/libs/app.jar /opt/app/\nCMD ["java", "-jar", "/opt/app/app.jar"]\n',
    ...extra,
  });

  it('a plain compose file is likely a local stack when a Helm chart or a kustomization deploys the repository: it and what only it mounts are claimed, the deployer named, and keep their class', () => {
    const chart = { 'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n' };
    const { map } = mapOf(hmcts(chart));
    // Classes stay: what it runs can be deployed as written (a quickstart's healthchecks are judged
    // as probes), and what it mounts is still read by the monitoring rules (alert rules).
    expect(classes(map, ['docker-compose.yml', 'docker/sftp/sftp.json'])).toEqual({ 'docker-compose.yml': 'runtime', 'docker/sftp/sftp.json': 'runtime' });
    expect(map.stackOf('docker-compose.yml')).toEqual({ config: 'docker-compose.yml', why: 'docker-compose.yml: likely a local stack (the repository deploys with the Helm chart charts/app)', guessed: true });
    expect(map.stackOf('docker/sftp/sftp.json')).toEqual({ config: 'docker-compose.yml', why: 'used only by what is likely a local stack, docker-compose.yml (services.sftp.volumes)', guessed: true });
    expect(map.data().localStacks?.map((g) => g.path)).toEqual(['docker-compose.yml', 'docker/sftp/sftp.json']);
    // The map a worker rebuilds from the data says the same.
    expect(repositoryMapFrom(map.data(), NO_OVERRIDES).stackOf('docker/sftp/sftp.json')?.config).toBe('docker-compose.yml');
    const kustomized = mapOf(hmcts({ 'deploy/kustomization.yaml': 'resources: [deployment.yaml]\n', 'deploy/deployment.yaml': '' })).map;
    expect(kustomized.stackOf('docker-compose.yml')?.why).toBe('docker-compose.yml: likely a local stack (the repository deploys with the kustomization deploy/kustomization.yaml)');
  });

  it('near miss: a likely local stack still vetoes a named stack\'s claim on what it mounts, as a production compose file does', () => {
    const chart = { 'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n' };
    const dev = { 'docker-compose.dev.yml': 'services:\n  sftp:\n    image: emberstack/sftp\n    volumes:\n      - ./docker/sftp/sftp.json:/app/config/sftp.json:ro\n' };
    // Mounted by both: the named stack does not make it tooling (the plain compose file may be deployed); the guess still names it.
    const { map } = mapOf(hmcts({ ...chart, ...dev }));
    expect(map.classOf('docker/sftp/sftp.json')).toBe('runtime');
    expect(map.stackOf('docker/sftp/sftp.json')?.guessed).toBe(true);
    // Mounted by the named stack alone: tooling.
    const alone = mapOf({ ...dev, 'docker/sftp/sftp.json': '', ...chart }).map;
    expect(alone.classOf('docker/sftp/sftp.json')).toBe('tooling');
  });

  it("a pull request cannot make a likely local stack: the base's configuration must claim it too", () => {
    const chart = { 'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n' };
    const pr = mapOf(hmcts(chart)).map;
    // The pull request adds the chart that makes the compose file a likely local stack: its key stays the deployment's.
    expect(combined(pr, mapOf(hmcts()).map).stackOf('docker/sftp/sftp.json')).toBeUndefined();
    expect(combined(pr, mapOf(hmcts()).map).stackOf('docker-compose.yml')).toBeUndefined();
    // The base already had the chart: the claim stands.
    expect(combined(pr, mapOf(hmcts(chart)).map).stackOf('docker/sftp/sftp.json')?.config).toBe('docker-compose.yml');
  });

  it('near miss: with nothing else that deploys, a plain compose file is the deployment and what it mounts stays runtime', () => {
    const { map } = mapOf(hmcts());
    expect(classes(map, ['docker-compose.yml', 'docker/sftp/sftp.json'])).toEqual({ 'docker-compose.yml': 'runtime', 'docker/sftp/sftp.json': 'runtime' });
    expect(map.stackOf('docker-compose.yml')).toBeUndefined();
    expect(map.stackOf('docker/sftp/sftp.json')).toBeUndefined();
    // A chart for tests (under ci/) deploys nothing.
    expect(mapOf(hmcts({ 'ci/charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n' })).map.classOf('docker-compose.yml')).toBe('runtime');
  });
});
