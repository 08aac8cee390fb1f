// The SBOM phase end to end through the engine: run() + publish() on a tree with several ecosystems
// and a broken lockfile. Byte-identical twice; SOURCE_DATE_EPOCH honoured; valid; reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { publish } from '../../src/publish.js';
import { buildReport } from '../../src/report/json.js';
import { renderSummary } from '../../src/report/summary.js';
import { validateReport } from '../report/validate.js';
import { writeTree } from '../helpers/rule-tester.js';
import { GRADLE_UNLOCKED_REASON } from '../../src/ecosystems/maven/index.js';

const FIX = join(__dirname, '../fixtures/ecosystems');
const read = (p: string) => readFileSync(join(FIX, p), 'utf8');

const tree = () =>
  writeTree({
    'package.json': read('npm/v3/package.json'),
    'package-lock.json': read('npm/v3/package-lock.json'),
    'services/api/poetry.lock': read('python/poetry/poetry.lock'),
    'services/api/pyproject.toml': read('python/poetry/pyproject.toml'),
    'services/worker/go.mod': read('go/go.mod'),
    'services/worker/go.sum': read('go/go.sum'),
    'legacy/yarn.lock': '# yarn lockfile v1\n\n"broken@^1.0.0":\n  version "1.0.0"\n  dependencies:\n    - not: [valid\n',
    Dockerfile: 'FROM node:20-alpine\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
    'test/fixtures/other/package-lock.json': '{"lockfileVersion":3,"packages":{"node_modules/x":{"version":"1.0.0"}}}',
  });

const inputs = { report: 'out/report.json', sarif: '', sbom: 'out/sbom.cdx.json', 'vulnerability-scan': 'off' } as const;

describe('the SBOM phase', () => {
  it('writes a valid CycloneDX 1.6 document of every lockfile, byte-identical on a second run', async () => {
    const root = tree();
    const r1 = await run(inputs, { cwd: root });
    const w1 = await publish(r1);
    expect(w1.sbom).toBe('out/sbom.cdx.json');
    const first = readFileSync(join(root, 'out/sbom.cdx.json'), 'utf8');
    await publish(await run(inputs, { cwd: root }));
    expect(readFileSync(join(root, 'out/sbom.cdx.json'), 'utf8')).toBe(first);
    expect(await new Validation.JsonStrictValidator('1.6' as never).validate(first)).toBeNull();
    const doc = JSON.parse(first) as { serialNumber: string; metadata: { timestamp?: string; component: { name: string } }; components: Array<{ purl: string }> };
    expect(doc.metadata.timestamp).toBeUndefined();
    expect(doc.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(doc.metadata.component.name).toBe('shop');
    const purls = doc.components.map((c) => c.purl);
    expect(purls).toEqual([...purls].sort());
    expect(purls).toEqual(expect.arrayContaining(['pkg:npm/express@4.18.2', 'pkg:pypi/django@4.2.11', 'pkg:golang/github.com/gin-gonic/gin@v1.9.1', 'pkg:docker/node@20-alpine', 'pkg:github/actions/checkout@v4']));
    expect(purls).not.toContain('pkg:npm/x@1.0.0');

    const s = r1.sbom!;
    expect(s).toMatchObject({ path: 'out/sbom.cdx.json', format: 'json', specVersion: '1.6', vulnerabilities: null });
    expect(s.ecosystems).toEqual({ docker: 1, github: 1, golang: 5, npm: 15, pypi: 5 }); // the npm v3 fixture: 14 from the registry, legacy from git
    expect(s.lockfiles.find((l) => l.path === 'legacy/yarn.lock')).toMatchObject({ status: 'malformed' });
    expect(s.lockfiles.find((l) => l.path === 'test/fixtures/other/package-lock.json')).toMatchObject({ status: 'ignored' });
    expect(r1.malformed).toContainEqual(expect.objectContaining({ path: 'legacy/yarn.lock', kind: 'lockfile (yarn)' }));

    const report = buildReport(r1);
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(report.sbom).toMatchObject({ path: 'out/sbom.cdx.json', components: 27, licenses: { unknown: expect.any(Number) } });
    expect(JSON.stringify(report)).not.toContain('bomFormat');

    const md = renderSummary(r1);
    expect(md).toContain('### SBOM');
    expect(md).toMatch(/27 components from 5 lockfiles and manifests/);
    expect(md).toContain('What the SBOM leaves out');
  });

  it('SOURCE_DATE_EPOCH sets the timestamp; XML and 1.5 are selectable', async () => {
    const root = tree();
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      await publish(await run({ ...inputs, 'sbom-format': 'xml', 'sbom-spec-version': '1.5', sbom: 'sbom.xml' }, { cwd: root }));
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
    const xml = readFileSync(join(root, 'sbom.xml'), 'utf8');
    expect(xml).toContain('<timestamp>2023-11-14T22:13:20.000Z</timestamp>');
    expect(xml).toContain('xmlns="http://cyclonedx.org/schema/bom/1.5"');
    expect(await new Validation.XmlValidator('1.5' as never).validate(xml)).toBeNull();
  });

  it("sbom: '' writes nothing and leaves the report's sbom null, but malformed lockfiles are still reported", async () => {
    const r = await run({ ...inputs, sbom: '' }, { cwd: tree() });
    expect(r.sbom).toBeNull();
    expect(r.malformed.map((m) => m.path)).toContain('legacy/yarn.lock');
  });
});

describe('the SBOM phase and the file size limit', () => {
  it('a lockfile over max-file-size still feeds the SBOM (the file checks skip it)', async () => {
    const root = writeTree({ 'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/a': { version: '1.0.0', description: 'x'.repeat(2000) } } }), '.readiness-gate.yml': 'limits:\n  max-file-size: 1000\n' });
    const r = await run(inputs, { cwd: root });
    expect(r.sbom!.lockfiles).toEqual([expect.objectContaining({ path: 'package-lock.json', status: 'parsed', components: 1 })]);
    expect(r.skipped.tooLarge).toBe(1);
  });

  it('.NET projects without a lockfile are read; a Gradle build without gradle.lockfile is said in the summary', async () => {
    const root = writeTree({
      'Directory.Packages.props': read('nuget-project/Directory.Packages.props'),
      'Directory.Build.props': read('nuget-project/Directory.Build.props'),
      'src/Web/Web.csproj': read('nuget-project/src/Web/Web.csproj'),
      'legacy/Classic.vbproj': read('nuget-classic/Classic.vbproj'),
      'api/build.gradle': "plugins { id 'java' }\ndependencies { implementation 'io.jsonwebtoken:jjwt-api:0.11.2' }\n",
      'lib/build.gradle.kts': 'dependencies { implementation("com.google.code.gson:gson:2.10.1") }\n',
      'lib/gradle.lockfile': read('gradle/gradle.lockfile'),
    });
    const r = await run(inputs, { cwd: root });
    const s = r.sbom!;
    expect(s.ecosystems.nuget).toBeGreaterThan(5);
    expect(s.lockfiles.filter((l) => l.ecosystem === 'gradle')).toEqual([
      { path: 'api/build.gradle', ecosystem: 'gradle', status: 'ignored', components: 0, reason: GRADLE_UNLOCKED_REASON },
      expect.objectContaining({ path: 'lib/gradle.lockfile', status: 'parsed' }),
    ]);
    const md = renderSummary(r);
    expect(md).toContain('api/build.gradle');
    expect(md).toContain('Gradle build script without gradle.lockfile');
    // The locked build is not among the unlocked ones (the service rules may list it among the files they read).
    expect(md.split('\n').filter((l) => l.includes('Gradle build script without gradle.lockfile')).join('\n')).not.toContain('lib/build.gradle.kts');
  });
});
